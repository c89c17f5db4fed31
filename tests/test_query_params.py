"""Parameters of the bundled questions: declared, checked, bound as terms; the CLI's --param and --list."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from kg.cli import app
from kg.query import bundled_queries, run_query
from kg.query_params import Param, bind_params, declared_params, parse_assignments, render_term

LEVEL = Param("level", "level", "county", "")
NAME = Param("place", "name", "赣州市", "")
NUMBER = Param("min", "number", "1000000000", "")
YEAR = Param("year", "year", "any", "")
QUERY = """#@param place name 赣州市 a division
#@param min number 1000000000 yuan
SELECT ?x WHERE {
  VALUES ?place { "赣州市"@zh }
  VALUES ?min { 1000000000 }
}
"""


@pytest.mark.parametrize(("param", "value", "term"), [
    (LEVEL, "prefecture", "<https://w3id.org/govnews-kg/level/prefecture>"),
    (LEVEL, "any", "UNDEF"),
    (NAME, "新余市", '"新余市"@zh'),
    (NAME, '抚州"} ; DROP ALL #', '"抚州\\"} ; DROP ALL #"@zh'),  # a quote cannot end the literal
    (NAME, "a\\b", '"a\\\\b"@zh'),
    (NUMBER, "1000000000", "1000000000"),
    (NUMBER, "10亿", "1000000000"),
    (NUMBER, "5000万", "50000000"),
    (NUMBER, "2.5亿元", "250000000"),
    (NUMBER, "1,000", "1000"),
    (NUMBER, "0.5", "0.5"),
    (YEAR, "2024", '"2024"'),
])
def test_values_become_one_term(param: Param, value: str, term: str) -> None:
    assert render_term(param, value) == term


@pytest.mark.parametrize(("param", "value", "message"), [
    (LEVEL, "city", "unknown level 'city'; valid: country, province, prefecture"),
    (LEVEL, "<http://x/>", "unknown level"),
    (NUMBER, "1 } ?x", "is not a number"),
    (NUMBER, "ten", "is not a number"),
    (NUMBER, "-5", "is not a number"),
    (YEAR, "24", "is not a year"),
    (YEAR, "2024 || true", "is not a year"),
    (NAME, "", "give a name on one line"),
    (NAME, "新余\n市", "give a name on one line"),
])
def test_bad_values_are_refused(param: Param, value: str, message: str) -> None:
    with pytest.raises(ValueError, match=message.replace("(", r"\(").replace("?", r"\?")):
        render_term(param, value)


@given(st.text(min_size=1, max_size=20).filter(lambda s: "\n" not in s and s != "any"))
def test_any_name_stays_inside_its_literal(name: str) -> None:
    import pyoxigraph as ox

    bound = bind_params(QUERY, {"place": name})
    store = ox.Store()
    header_rows = store.query(bound.replace("SELECT ?x", "SELECT ?place"))
    assert [str(s["place"].value) for s in header_rows] == [name]


def test_declarations_and_defaults() -> None:
    assert declared_params(QUERY) == [Param("place", "name", "赣州市", "a division"), Param("min", "number", "1000000000", "yuan")]
    assert '{ "新余市"@zh }' in bind_params(QUERY, {"place": "新余市"})
    assert "{ 1000000000 }" in bind_params(QUERY, {})
    assert declared_params("SELECT * {}") == []


def test_unknown_parameter_and_missing_values_line() -> None:
    with pytest.raises(ValueError, match="unknown parameter 'level'; this query's parameters: place, min"):
        bind_params(QUERY, {"level": "county"})
    with pytest.raises(ValueError, match="unknown parameter 'x'; this query's parameters: none"):
        bind_params("SELECT * {}", {"x": "1"})
    with pytest.raises(ValueError, match="has no line 'VALUES \\?min"):
        bind_params("#@param min number 1 yuan\nSELECT * {}", {})


@pytest.mark.parametrize(("items", "expected"), [
    (["level=prefecture"], {"level": "prefecture"}),
    (["place=赣州市", "min = 10亿"], {"place": "赣州市", "min": "10亿"}),
    (["subject=a=b"], {"subject": "a=b"}),
])
def test_assignments(items: list[str], expected: dict[str, str]) -> None:
    assert parse_assignments(items) == expected


@pytest.mark.parametrize("item", ["level", "=county", ""])
def test_assignment_without_a_name_is_refused(item: str) -> None:
    with pytest.raises(ValueError, match="expected NAME=VALUE"):
        parse_assignments([item])


@pytest.mark.parametrize("name", sorted(bundled_queries()))
def test_every_bundled_query_gives_the_same_answers_bound_to_its_defaults(name: str,
                                                                          query_fixture_exports: Path) -> None:
    text = bundled_queries()[name]
    graph = query_fixture_exports / "graph.nq"
    assert run_query(graph, bind_params(text, {})) == run_query(graph, text)


def test_questions_that_were_hard_wired_take_parameters() -> None:
    names = {q: [p.name for p in declared_params(t)] for q, t in bundled_queries().items()}
    assert names["admin-rollup"] == ["place"]
    assert names["counties-starting-big-projects"] == ["level", "min", "year"]
    assert names["projects-above-amount"] == ["min"]


def test_admin_rollup_of_another_place(query_fixture_exports: Path) -> None:
    text = bind_params(bundled_queries()["admin-rollup"], {"place": "信丰县"})
    _, rows = run_query(query_fixture_exports / "graph.nq", text)
    assert ["Place", "大塘埠镇", "信丰县"] in rows and all(r[1] != "赣县区" for r in rows)


def test_a_year_and_a_threshold_narrow_the_answer(query_fixture_exports: Path) -> None:
    text = bundled_queries()["counties-starting-big-projects"]
    graph = query_fixture_exports / "graph.nq"
    everything = run_query(graph, text)[1]
    big = run_query(graph, bind_params(text, {"min": "50亿"}))[1]
    assert {r[2] for r in big} == {"信丰电厂二期"} and len(everything) > len(big)


# ---------------------------------------------------------------- the command line


def test_showcase_question_on_the_seeds_one_level_up(seeds_build) -> None:
    graph = str(seeds_build.out / "graph.ttl")
    result = CliRunner().invoke(app, ["query", graph, "counties-starting-big-projects", "--param",
                                      "level=prefecture", "--format", "csv"])
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "place,year,project,yuan,sentence"
    assert lines[1].startswith("新余市,2024,新钢公司铁前系统超低排放改造,5000000000,总投资超50亿元的新钢公司铁前系统超低排放改造")
    county = CliRunner().invoke(app, ["query", graph, "counties-starting-big-projects", "--format", "csv"])
    assert "新余市" not in county.stdout  # a prefecture is not a county


def test_list_shows_parameters_and_defaults() -> None:
    result = CliRunner().invoke(app, ["query", "unused.ttl", "--list"])
    assert result.exit_code == 0
    assert "--param place=赣州市 (name): the division to roll up" in result.stdout
    assert "--param level=county (country|province|prefecture|county|" in result.stdout
    assert "#@param" not in result.stdout and "@param" not in result.stdout


@pytest.mark.parametrize(("args", "message"), [
    (["--param", "level=city"], "kg: error: parameter level: unknown level 'city'"),
    (["--param", "colour=red"], "kg: error: unknown parameter 'colour'"),
    (["--param", "level"], "kg: error: --param 'level': expected NAME=VALUE"),
])
def test_bad_parameters_are_one_line_errors(args: list[str], message: str, seeds_build) -> None:
    result = CliRunner().invoke(app, ["query", str(seeds_build.out / "graph.ttl"), "counties-starting-big-projects",
                                      *args])
    assert result.exit_code == 1
    assert result.stderr.strip().startswith(message) and len(result.stderr.strip().splitlines()) == 1


def test_the_readme_lists_every_question_with_its_parameters_and_defaults() -> None:
    import re

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    rows = dict(re.findall(r"^\| `([a-z-]+)` \| [^|]+ \|([^|]*)\|$", readme, re.MULTILINE))
    assert set(rows) == set(bundled_queries())
    for name, text in bundled_queries().items():
        listed = re.findall(r"`(\w+)` \(([^)]+)\)", rows[name])
        assert listed == [(p.name, p.default) for p in declared_params(text)], name
