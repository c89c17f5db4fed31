"""Bundled SPARQL queries answer the research questions on a hand-written facts fixture.

The fixture (tests/data/query/facts.json) has two source files, three articles: 信丰县 and 赣县区
(counties of 赣州市) start projects of 80, 10 and 20 亿元, a 1.8亿元 project is under construction,
新余市 (a prefecture, not a county) starts a 50亿元 project; plus posts, reporters, industries,
an initiative shared by two counties, a partnership and growth statistics over two periods.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.query import bundled_queries, format_rows, load_store, query_description, resolve_query, run_query

BASE = "https://w3id.org/govnews-kg/id/"

S_XINFENG = "信丰县总投资80亿元的信丰电厂二期项目今年3月开工。"
S_HUANGKENG = "位于大塘埠镇的黄坑口水源工程投资10亿元，已开工建设。"
S_HUANENG = "赣县区总投资20亿元的华能二期项目去年开工。"

EXPECTED: dict[str, list[list[str]]] = {
    "projects-by-county": [["信丰县", "3", "3", "9180000000"], ["赣县区", "1", "1", "2000000000"]],
    "projects-above-amount": [
        ["信丰电厂二期", "80亿元", "8000000000", "false"],
        ["赣锋锂电项目", "50亿元", "5000000000", "false"],
        ["华能二期", "20亿元", "2000000000", "false"],
        ["黄坑口水源工程", "10亿元", "1000000000", "false"],
    ],
    "projects-by-status": [["开工", "4"], ["在建", "1"]],
    "companies-and-industries": [["赣锋锂业", "锂电"], ["铭利达", "电子信息"]],
    "who-holds-which-post": [["李华", "信丰县委书记", "信丰县重大项目集中开工"],
                             ["赵六", "新余市市长", "新余做强锂电产业"]],
    "reporters-and-articles": [
        ["张三", "赣县区项目建设提速", "100_fixture_a.txt", "1"],
        ["王明", "信丰县重大项目集中开工", "100_fixture_a.txt", "0"],
        ["王明", "赣县区项目建设提速", "100_fixture_a.txt", "1"],
        ["钱金林", "新余做强锂电产业", "101_fixture_b.txt", "0"],
    ],
    "growth-statistics": [
        ["信丰县", "固定资产投资", "同比增长", "12", "%", "2024-01/2024-06", "2024-01-01"],
        ["信丰县", "规模以上工业增加值", "同比增长", "9.1", "%", "2023", "2023-01-01"],
        ["信丰县", "规模以上工业增加值", "同比增长", "8.5", "%", "2024-01/2024-06", "2024-01-01"],
        ["新余市", "工业投资", "同比增长", "19.4", "%", "2024-01/2024-06", "2024-01-01"],
    ],
    "targets-by-place": [["信丰县", "规模以上工业增加值", "同比增长", "10", "%", "2025"]],
    "admin-rollup": [
        ["Organization", "铭利达", "信丰县"],
        ["Place", "信丰县", "赣州市"],
        ["Place", "大塘埠镇", "信丰县"],
        ["Place", "赣县区", "赣州市"],
        ["Project", "黄坑口水源工程", "大塘埠镇"],
    ],
    "initiatives-by-place": [["信丰县", "链长制", "2"], ["赣县区", "链长制", "2"]],
    "places-with-most-facts": [["信丰县", "11"], ["新余市", "5"], ["赣县区", "4"], ["大塘埠镇", "2"],
                               ["赣州市", "2"]],
    "counties-starting-big-projects": [
        ["赣县区", "2023", "华能二期", "2000000000", S_HUANENG],
        ["信丰县", "2024", "信丰电厂二期", "8000000000", S_XINFENG],
        ["信丰县", "2024", "黄坑口水源工程", "1000000000", S_HUANGKENG],
    ],
    "cooperation-partners": [["赣县区", "新余市", "赣县区与新余市签订合作协议，同步推行“链长制”。"]],
    "industries-by-place": [["信丰县", "电子信息", "1"], ["新余市", "锂电", "1"]],
}


@pytest.fixture(scope="module")
def exports(query_fixture_exports: Path) -> Path:
    """graph.{ttl,nt,nq,jsonld} of the fixture facts."""
    return query_fixture_exports


def test_at_least_twelve_bundled_queries_each_described() -> None:
    queries = bundled_queries()
    assert len(queries) >= 12
    for name, text in queries.items():
        assert text.startswith("# "), name
        assert len(query_description(text)) > 20, name


@pytest.mark.parametrize("name", sorted(EXPECTED))
@pytest.mark.parametrize("graph", ["graph.nq", "graph.ttl"])
def test_bundled_query_answers(exports: Path, name: str, graph: str) -> None:
    """Same rows on the N-Quads (named graphs, duplicates across graphs) and the merged Turtle."""
    _, rows = run_query(exports / graph, bundled_queries()[name])
    assert rows == EXPECTED[name]


def test_every_bundled_query_has_an_expected_answer() -> None:
    assert set(bundled_queries()) - set(EXPECTED) == {"evidence-of-fact"}


def test_evidence_of_fact_gives_sentence_offsets_rule_and_confidence(exports: Path) -> None:
    header, rows = run_query(exports / "graph.nq", bundled_queries()["evidence-of-fact"])
    assert header == ["subject", "relation", "object", "sentence", "source", "start", "end", "rule", "confidence"]
    assert len(rows) == 35
    assert ["信丰电厂二期", "hasStatus", "开工", S_XINFENG, "100_fixture_a.txt", "10", "36", "fixture", "0.9"] in rows
    assert ["铭利达", "locatedIn", "信丰县", "信丰县委书记李华介绍，全县推行“链长制”，做大电子信息产业。",
            "100_fixture_a.txt", "90", "120", "located.name_prefix", "0.6"] in rows
    assert ["钱金林", "authorOf", "新余做强锂电产业", "（钱金林）", "101_fixture_b.txt", "190", "195", "byline", "1"] in rows


def test_threshold_is_inclusive_and_prefectures_are_not_counties(exports: Path) -> None:
    _, rows = run_query(exports / "graph.nq", bundled_queries()["counties-starting-big-projects"])
    assert {r[2] for r in rows} == {"华能二期", "信丰电厂二期", "黄坑口水源工程"}  # 10亿元 exactly is in
    assert "新余市" not in {r[0] for r in rows}  # 新余市 started a 50亿元 project but is a prefecture


def test_ask_and_construct(exports: Path) -> None:
    ask = "PREFIX kg: <https://w3id.org/govnews-kg/ontology#> ASK { ?p kg:launches ?x }"
    assert run_query(exports / "graph.nt", ask) == (["ask"], [["true"]])
    construct = ("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> CONSTRUCT { ?s rdfs:label ?l } "
                 "WHERE { ?s rdfs:label ?l FILTER(STR(?l) = \"赣州市\") }")
    header, rows = run_query(exports / "graph.nt", construct)
    assert header == ["subject", "predicate", "object"]
    assert rows == [[BASE + "place/360700000000", "http://www.w3.org/2000/01/rdf-schema#label", "赣州市"]]


def test_invalid_query_is_a_value_error(exports: Path) -> None:
    with pytest.raises(ValueError, match="invalid SPARQL query"):
        run_query(exports / "graph.nq", "SELEC ?x WHERE {}")


def test_jsonld_loads_with_named_graphs(exports: Path) -> None:
    assert len(load_store(exports / "graph.jsonld")) == len(load_store(exports / "graph.nq"))


@pytest.mark.parametrize(("name", "content", "message"), [
    ("graph.rdf", "", "unknown RDF file type"),
    ("missing.ttl", None, "no such graph file"),
    ("bad.ttl", "this is not turtle <", "cannot load RDF"),
])
def test_load_store_errors_name_the_file(tmp_path: Path, name: str, content: str | None, message: str) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(ValueError, match=message) as err:
        load_store(path)
    assert name in str(err.value)
    assert "\n" not in str(err.value)


def test_resolve_query_by_name_path_and_text(tmp_path: Path) -> None:
    assert resolve_query("projects-by-status", None) == bundled_queries()["projects-by-status"]
    query_file = tmp_path / "mine.rq"
    query_file.write_text("ASK {}", encoding="utf-8")
    assert resolve_query(str(query_file), None) == "ASK {}"
    assert resolve_query(None, "SELECT * {}") == "SELECT * {}"


@pytest.mark.parametrize(("arg", "expr", "message"), [
    ("projects-by-status", "ASK {}", "not both"),
    (None, None, "no query given; bundled queries: admin-rollup"),
    ("no-such-question", None, "unknown query 'no-such-question'"),
    ("missing.rq", None, "missing.rq: no such query file"),
    (None, "  ", "empty"),
])
def test_resolve_query_errors(arg: str | None, expr: str | None, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        resolve_query(arg, expr)


def test_format_table_csv_tsv_json() -> None:
    header, rows = ["county", "n"], [["信丰县", "3"], ["赣县区", ""]]
    assert format_rows(header, rows, "csv") == "county,n\n信丰县,3\n赣县区,\n"
    assert format_rows(header, rows, "tsv") == "county\tn\n信丰县\t3\n赣县区\t\n"
    assert json.loads(format_rows(header, rows, "json")) == [{"county": "信丰县", "n": "3"},
                                                            {"county": "赣县区", "n": ""}]
    table = format_rows(header, rows, "table")
    assert "信丰县" in table and "county" in table and "2 rows" in table
    assert "\x1b[" not in table  # no colour codes
    with pytest.raises(ValueError, match="unknown output format 'xml'"):
        format_rows(header, rows, "xml")


cells = st.lists(st.lists(st.text(max_size=8), min_size=2, max_size=2), max_size=5)


@given(cells)
def test_csv_round_trips(rows: list[list[str]]) -> None:
    text = format_rows(["a", "b"], rows, "csv")
    assert list(csv.reader(io.StringIO(text, newline=""))) == [["a", "b"], *rows]


@given(cells)
def test_tsv_round_trips(rows: list[list[str]]) -> None:
    def unescape(cell: str) -> str:
        out, chars = [], iter(cell)
        for ch in chars:
            out.append({"t": "\t", "n": "\n", "r": "\r", "\\": "\\"}[next(chars)] if ch == "\\" else ch)
        return "".join(out)

    lines = format_rows(["a", "b"], rows, "tsv").split("\n")
    assert lines[-1] == ""
    assert [[unescape(c) for c in line.split("\t")] for line in lines[1:-1]] == rows
