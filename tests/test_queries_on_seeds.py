"""Every bundled research question answers on the graph built from seeds/.

The assertions name facts a reader of the seed articles can check in the text
(the byline of 坚持“三个聚力”…, 兴国县委书记李贱贵, 72.8亿元 for the 分宜 power
plant), so they stay true while the extraction rules improve.
"""

from __future__ import annotations

import pytest

from kg.query import bundled_queries, run_query


@pytest.fixture(scope="module")
def ask(seeds_build):
    assert seeds_build.exit_code in (0, 1), seeds_build.stderr
    graph = seeds_build.out / "graph.ttl"

    def run(name: str) -> list[dict[str, str]]:
        header, rows = run_query(graph, bundled_queries()[name])
        return [dict(zip(header, row)) for row in rows]

    return run


# Questions the seeds have no answer to (tests/test_query.py checks them on hand-written facts).
EMPTY_ON_SEEDS = {
    "counties-starting-big-projects": "the started projects of the seeds lie in 新余市, a prefecture, not a county",
}


def test_every_bundled_query_answers_on_the_seeds(ask):
    assert len(bundled_queries()) >= 12
    empty = {name for name in bundled_queries() if not ask(name)}  # ask raises on a broken query
    assert empty == set(EMPTY_ON_SEEDS), "update EMPTY_ON_SEEDS, with the reason, when a question is empty"


def test_reporters_and_their_articles(ask):
    rows = ask("reporters-and-articles")
    pairs = {(r["reporter"], r["headline"]) for r in rows}
    assert ("钱金林", "坚持“三个聚力” 跑出工业项目建设加速度") in pairs
    assert ("熊艳", "赣县区多措并举推进工业倍增升级") in pairs


def test_who_holds_which_post(ask):
    posts = {(r["person"], r["post"]) for r in ask("who-holds-which-post")}
    assert ("李贱贵", "兴国县委书记") in posts
    assert ("伍全球", "江西粤磁稀土科技有限公司总经理") in posts


def test_projects_above_ten_yi(ask):
    rows = {r["project"]: r for r in ask("projects-above-amount")}
    assert len(rows) >= 3
    plant = rows["国家电投分宜电厂2×1000兆瓦机组扩建工程"]
    assert plant["amount"] == "72.8亿元" and float(plant["yuan"]) == 7.28e9
    assert all(float(r["yuan"]) >= 1e9 for r in rows.values())


def test_projects_by_status_and_county(ask):
    statuses = {r["status"]: int(r["projects"]) for r in ask("projects-by-status")}
    assert statuses.get("开工", 0) >= 3
    assert set(statuses) <= {"签约", "开工", "在建", "试产", "试运行", "投产", "建成", "竣工", "交付"}
    counties = {r["county"] for r in ask("projects-by-county")}
    assert "信丰县" in counties


def test_admin_rollup_covers_the_counties_of_ganzhou(ask):
    rows = ask("admin-rollup")
    assert {"赣县区", "信丰县", "兴国县"} <= {r["name"] for r in rows}


def test_growth_statistics_of_xinyu(ask):
    rows = ask("growth-statistics")
    assert any(r["place"] == "新余市" and "工业投资" in r["indicator"] and float(r["value"]) == 19.4 for r in rows)


def test_initiatives_and_industries_by_place(ask):
    assert ("赣县区", "赣快办") in {(r["place"], r["initiative"]) for r in ask("initiatives-by-place")}
    assert ("新余市", "锂电") in {(r["place"], r["industry"]) for r in ask("industries-by-place")}
    assert ("春鹏锂电", "锂电") in {(r["company"], r["industry"]) for r in ask("companies-and-industries")}


def test_every_fact_has_its_sentence(ask):
    rows = ask("evidence-of-fact")
    assert rows
    for row in rows:
        assert row["sentence"] and int(row["start"]) < int(row["end"])
        assert 0 < float(row["confidence"]) <= 1


def test_places_with_most_facts_lead_with_a_county_of_the_seeds(ask):
    rows = ask("places-with-most-facts")
    assert len(rows) >= 3
    assert rows[0]["place"] in {"赣县区", "新余市", "信丰县"}
    counts = [int(r["facts"]) for r in rows]
    assert counts == sorted(counts, reverse=True)


def test_cooperation_partners_name_two_parties(ask):
    rows = ask("cooperation-partners")
    assert rows
    for row in rows:
        assert row["partner"] and row["with"] and row["partner"] != row["with"]
