"""The offline HTML view: graph building, subsetting, payload, escaping, determinism."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.export.html import script_json, write_view
from kg.export.html_data import LAYOUT_THRESHOLD, build_payload, money_text
from kg.export.html_graph import build_view_graph

XSS = "<script>alert(1)</script>"
BREAKOUT = '</script><script>window.__xss=1</script>'


def ev(source: str, article: int, sentence: str, start: int = 0) -> dict:
    return {"source": source, "article": article, "sentence": sentence, "start": start,
            "end": start + len(sentence), "rule": "test", "confidence": 0.8}


def fixture_docs() -> list[dict]:
    """Two sources, three articles; 新余市 and 锂电 appear in two of them."""
    a0 = {"index": 0, "title": "新余工业", "year": 2024, "entities": [
        {"name": "新余市", "type": "Place", "level": "prefecture", "code": "360500000000", "parent": "江西省",
         "aliases": ["新余"]},
        {"name": "锂电", "type": "Industry"},
        {"name": "新钢电弧炉项目", "type": "Project"},
        {"name": "超50亿元", "type": "Money", "value": 5000000000, "currency": "CNY", "approx": True,
         "bound": "lower"},
        {"name": "钱金林", "type": "Person"}],
        "relations": [
            {"head": "新余", "rel": "developsIndustry", "tail": "锂电", "evidence": ev("a.txt", 0, "新余发展锂电。", 10)},
            {"head": "新余市", "rel": "launches", "tail": "新钢电弧炉项目", "evidence": ev("a.txt", 0, "新余市推进项目。")},
            {"head": "新钢电弧炉项目", "rel": "totalInvestment", "tail": "超50亿元", "evidence": ev("a.txt", 0, "超50亿元。")},
            {"head": "新钢电弧炉项目", "rel": "hasStatus", "tail": "投产", "evidence": ev("a.txt", 0, "已投产。")},
            {"head": "钱金林", "rel": "authorOf", "tail": "ARTICLE", "evidence": ev("a.txt", 0, "钱金林")},
            {"head": "无名氏", "rel": "partOf", "tail": "新余市", "evidence": ev("a.txt", 0, "dangling")}],
        "observations": [{"subject": "新余市", "indicator": "工业投资", "measure": "同比增长", "value": 19.4,
                          "unit": "%", "period": "2024-01/2024-06", "evidence": ev("a.txt", 0, "增长19.4%。")}]}
    a1 = {"index": 1, "title": "锂电再发力", "entities": [
        {"name": "新余市", "type": "Place", "level": "prefecture", "aliases": ["新余", "新余地区"]},
        {"name": "锂电", "type": "Industry"},
        {"name": "张三", "type": "Person"}],
        "relations": [
            {"head": "新余市", "rel": "developsIndustry", "tail": "锂电", "evidence": ev("a.txt", 1, "再说锂电。", 99)},
            {"head": "张三", "rel": "holdsPosition", "tail": "新余市委书记", "evidence": ev("a.txt", 1, "张三书记")}]}
    b0 = {"index": 0, "title": "赣县", "entities": [
        {"name": "赣县区", "type": "Place", "level": "county", "parent": "赣州市"},
        {"name": "赣州市", "type": "Place", "level": "prefecture"}],
        "relations": [{"head": "赣县区", "rel": "partOf", "tail": "赣州市", "evidence": ev("b.txt", 0, "赣县区")}]}
    return [{"source": "b.txt", "articles": [b0]}, {"source": "a.txt", "articles": [a0, a1]}]


def xss_docs() -> list[dict]:
    hostile = ev("x.txt", 0, BREAKOUT + ' " javascript:alert(1) &amp; \u2028')
    return [{"source": "x.txt", "articles": [{"index": 0, "title": XSS, "entities": [
        {"name": XSS, "type": "Place", "aliases": ["javascript:alert(1)", '"quoted"', "&amp;"]},
        {"name": "A&amp;B", "type": "Organization", "kind": "company"},
        {"name": "作者", "type": "Person"}],
        "relations": [{"head": XSS, "rel": "cooperatesWith", "tail": "A&amp;B", "evidence": hostile},
                      {"head": "作者", "rel": "authorOf", "tail": "ARTICLE", "evidence": hostile}],
        "observations": [{"subject": XSS, "indicator": "<img src=x onerror=alert(1)>", "value": 1, "unit": "个",
                          "evidence": hostile}]}]}]


def data_block(html: str) -> dict:
    """The JSON between the data script's open tag and the first ``</script>`` after it."""
    match = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.DOTALL)
    assert match, "no data block"
    return json.loads(match.group(1))


@pytest.fixture()
def written(tmp_path: Path) -> tuple[str, dict]:
    counts = write_view(fixture_docs(), tmp_path / "graph.html", title="测试")
    return (tmp_path / "graph.html").read_text(encoding="utf-8"), counts


def test_graph_merges_entities_across_articles_and_adds_aux_nodes() -> None:
    g = build_view_graph(fixture_docs())
    assert sorted(g.nodes) == [
        "Article:a.txt#0", "Industry:锂电", "Money:超50亿元", "Person:张三", "Person:钱金林", "Place:新余市",
        "Place:赣县区", "Place:赣州市", "Position:新余市委书记", "Project:新钢电弧炉项目", "Status:Project:新钢电弧炉项目|投产"]
    xinyu = g.nodes["Place:新余市"]
    assert xinyu["articles"] == ["a.txt#0", "a.txt#1"]
    assert xinyu["aliases"] == ["新余", "新余地区"]
    assert xinyu["attrs"] == {"level": "prefecture", "code": "360500000000", "parent": "江西省"}
    assert [o["indicator"] for o in xinyu["observations"]] == ["工业投资"]
    # the same relation in two articles is one edge carrying both evidence sentences, in offset order
    edge = g.edges["Place:新余市", "Industry:锂电", "developsIndustry"]
    assert [e["sentence"] for e in edge["evidence"]] == ["新余发展锂电。", "再说锂电。"]
    assert g.has_edge("Person:钱金林", "Article:a.txt#0", "authorOf")
    assert g.nodes["Article:a.txt#0"]["name"] == "新余工业"
    assert g.number_of_edges() == 7  # the relation with an unknown head (无名氏) is dropped


def test_write_view_counts_match_embedded_data(written: tuple[str, dict]) -> None:
    html, counts = written
    data = data_block(html)
    assert counts == {"nodes": 11, "edges": 7}
    assert (len(data["nodes"]), len(data["edges"])) == (11, 7)
    assert [a["title"] for a in data["articles"]] == ["新余工业", "锂电再发力", "赣县"]
    assert {r["rel"]: r["count"] for r in data["rels"]}["developsIndustry"] == 1
    assert data["frozen"] is False and all("x" not in n for n in data["nodes"])


def test_payload_normalised_values() -> None:
    data = build_payload(build_view_graph(fixture_docs()), title="t")
    facts = {n["name"]: n["facts"] for n in data["nodes"]}
    assert facts["超50亿元"] == [["金额", "50 亿元"], ["折合", "5,000,000,000 元"], ["币种", "CNY"],
                              ["约数", "是"], ["界限", "下限（超/以上/逾）"]]
    assert facts["新余市"] == [["级别", "地级（prefecture）"], ["区划代码", "360500000000"], ["上级", "江西省"]]
    obs = next(n for n in data["nodes"] if n["name"] == "新余市")["obs"]
    assert obs[0]["value"] == "19.4 %" and obs[0]["period"] == "2024-01/2024-06"
    assert data["articles"][obs[0]["ev"]["a"]]["title"] == "新余工业"
    assert money_text(18750000, "USD") == ("0.1875 亿美元", "18,750,000 美元")


def test_no_external_resources(written: tuple[str, dict]) -> None:
    html = written[0].lower()
    for needle in ('src="http', "src='http", 'href="http', "href='http", "@import", "url(http", "<link",
                   "<script src", "<iframe"):
        assert needle not in html, needle
    assert "content-security-policy" in html and "connect-src 'none'" in html


@pytest.mark.parametrize(("focus", "hops", "expected"), [
    ("新余", 0, {"Place:新余市"}),
    ("新余市", 1, {"Place:新余市", "Industry:锂电", "Project:新钢电弧炉项目"}),
    ("新余地区", 2, {"Place:新余市", "Industry:锂电", "Project:新钢电弧炉项目", "Money:超50亿元",
                 "Status:Project:新钢电弧炉项目|投产"}),
    ("赣州市", 5, {"Place:赣县区", "Place:赣州市"}),
])
def test_focus_keeps_nodes_within_hops(focus: str, hops: int, expected: set[str]) -> None:
    assert set(build_view_graph(fixture_docs(), focus=focus, hops=hops).nodes) == expected


def test_focus_unknown_name_lists_close_matches() -> None:
    with pytest.raises(ValueError, match=r"'新余县'.*close matches: .*新余市"):
        build_view_graph(fixture_docs(), focus="新余县")
    with pytest.raises(ValueError, match="hops"):
        build_view_graph(fixture_docs(), focus="新余", hops=-1)


def test_types_filter_keeps_types_and_their_leaves() -> None:
    g = build_view_graph(fixture_docs(), types=["Project", "Person"])
    assert set(g.nodes) == {"Project:新钢电弧炉项目", "Status:Project:新钢电弧炉项目|投产", "Person:钱金林",
                            "Person:张三", "Article:a.txt#0", "Position:新余市委书记"}
    focused = build_view_graph(fixture_docs(), focus="新余市", hops=1, types=["Industry"])
    assert set(focused.nodes) == {"Place:新余市", "Industry:锂电"}  # the focus node itself stays
    with pytest.raises(ValueError, match="unknown type.*Plaec"):
        build_view_graph(fixture_docs(), types=["Plaec"])


def test_hostile_text_is_only_ever_escaped(tmp_path: Path) -> None:
    out = tmp_path / "x.html"
    write_view(xss_docs(), out, title=XSS)
    html = out.read_text(encoding="utf-8")
    assert "<script>alert" not in html
    assert "<img src=x" not in html
    assert "<title>&lt;script&gt;alert(1)&lt;/script&gt;</title>" in html
    block = html.split('<script type="application/json" id="kg-data">', 1)[1].split("</script>", 1)[0]
    assert not set(block) & {"<", ">", "&", "\u2028", "\u2029"}
    data = json.loads(block)  # the block ends at our own </script>, not at one from the data
    place = next(n for n in data["nodes"] if n["type"] == "Place")
    assert place["name"] == XSS and place["aliases"] == ['"quoted"', "&amp;", "javascript:alert(1)"]
    assert data["edges"][0]["ev"][0]["sentence"].startswith(BREAKOUT)
    assert html.count("javascript:alert(1)") == html.count("javascript:alert(1)", html.index('id="kg-data"'),
                                                           html.index("</script>", html.index('id="kg-data"')))


def test_app_script_builds_dom_with_text_only() -> None:
    js = (Path(__file__).resolve().parents[1] / "kg/export/assets/view.js").read_text(encoding="utf-8")
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"):
        assert sink not in js, sink


def test_output_is_deterministic(tmp_path: Path) -> None:
    docs = fixture_docs()
    write_view(docs, tmp_path / "1.html")
    shuffled = json.loads(json.dumps(docs))
    random.Random(3).shuffle(shuffled)
    write_view(shuffled, tmp_path / "2.html")
    assert (tmp_path / "1.html").read_bytes() == (tmp_path / "2.html").read_bytes()


def big_docs(n_articles: int) -> list[dict]:
    arts = []
    for a in range(n_articles):
        ents = [{"name": f"县{a}-{i}", "type": "Place"} for i in range(10)]
        rels = [{"head": f"县{a}-{i}", "rel": "partOf", "tail": f"县{a}-0", "evidence": ev("s.txt", a, "句")}
                for i in range(1, 10)]
        arts.append({"index": a, "title": f"文{a}", "entities": ents, "relations": rels})
    return [{"source": "s.txt", "articles": arts}]


def test_large_graph_gets_python_layout_without_physics() -> None:
    small = build_payload(build_view_graph(big_docs(LAYOUT_THRESHOLD // 10)), title="t")
    assert small["frozen"] is False
    big = build_payload(build_view_graph(big_docs(LAYOUT_THRESHOLD // 10 + 1)), title="t")
    assert big["frozen"] is True
    points = {(n["x"], n["y"]) for n in big["nodes"]}
    assert len(points) == len(big["nodes"])  # every node placed, no two on the same spot
    assert big == build_payload(build_view_graph(big_docs(LAYOUT_THRESHOLD // 10 + 1)), title="t")


@given(st.recursive(st.text() | st.integers() | st.booleans() | st.none(),
                    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
                    max_leaves=20))
def test_script_json_round_trips_without_markup_characters(value: object) -> None:
    text = script_json(value)
    assert json.loads(text) == value
    assert not set(text) & {"<", ">", "&", "\u2028", "\u2029"}


def test_empty_facts_give_an_empty_but_valid_page(tmp_path: Path) -> None:
    assert write_view([], tmp_path / "sub" / "e.html") == {"nodes": 0, "edges": 0}
    data = data_block((tmp_path / "sub" / "e.html").read_text(encoding="utf-8"))
    assert (data["nodes"], data["edges"], data["articles"]) == ([], [], [])


# ---------------------------------------------------------------- caps, overview, focus


def hub_docs(n_articles: int) -> list[dict]:
    """One small place stated in many articles: the same edge and new observations each time."""
    arts = []
    for a in range(n_articles):
        ents = [{"name": "抚州市", "type": "Place"}, {"name": "临川区", "type": "Place"}]
        rels = [{"head": "临川区", "rel": "partOf", "tail": "抚州市", "evidence": ev("h.txt", a, f"第{a}句。")}]
        obs = [{"subject": "抚州市", "indicator": "GDP", "measure": "同比增长", "value": a, "unit": "%",
                "period": str(2000 + a), "evidence": ev("h.txt", a, f"第{a}句。")}]
        arts.append({"index": a, "title": f"文{a}", "entities": ents, "relations": rels, "observations": obs})
    return [{"source": "h.txt", "articles": arts}]


def test_caps_on_evidence_and_observations_apply_to_a_small_view_too(tmp_path: Path) -> None:
    write_view(hub_docs(50), tmp_path / "h.html")
    data = data_block((tmp_path / "h.html").read_text(encoding="utf-8"))
    assert len(data["nodes"]) == 2  # a tiny graph, yet one node carries 50 observations
    [edge] = data["edges"]
    assert (len(edge["ev"]), edge["evn"]) == (3, 50)
    fuzhou = next(n for n in data["nodes"] if n["name"] == "抚州市")
    assert (len(fuzhou["obs"]), fuzhou["obsn"]) == (20, 50)


def test_small_views_have_no_overview() -> None:
    assert "overview" not in build_payload(build_view_graph(fixture_docs()), title="t")


def test_a_large_view_opens_on_an_overview_of_the_most_mentioned_per_type() -> None:
    docs = big_docs(LAYOUT_THRESHOLD // 10 + 1)
    docs[0]["articles"][0]["entities"].append({"name": "县0-5", "type": "Place"})  # listed twice: same article
    docs[0]["articles"][1]["entities"].append({"name": "县0-5", "type": "Place"})  # named in a second article
    payload = build_payload(build_view_graph(docs), title="t")
    ov = payload["overview"]
    assert [(g["type"], g["shown"], g["total"]) for g in ov["groups"]] == [("Place", 12, len(payload["nodes"]))]
    names = [payload["nodes"][i]["name"] for i, _, _ in ov["nodes"]]
    assert names[0] == "县0-5"  # named in two articles: first
    assert names[1] == "县0-0"  # then the best connected (the hub of its article)
    assert len({(x, y) for _, x, y in ov["nodes"]}) == 12  # one place each


def test_a_focused_view_is_titled_with_its_focus(tmp_path: Path) -> None:
    write_view(fixture_docs(), tmp_path / "f.html", focus="新余", hops=1)
    html = (tmp_path / "f.html").read_text(encoding="utf-8")
    assert "<title>新余 · 1 跳邻域 — govnews-kg</title>" in html
    assert data_block(html)["focus"] == "新余"
    write_view(fixture_docs(), tmp_path / "g.html", focus="新余", title="我的视图")
    assert "<title>我的视图</title>" in (tmp_path / "g.html").read_text(encoding="utf-8")
