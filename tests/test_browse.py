"""kg.browse: loading a build, selecting facts by entity and relation, text and JSON output."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from kg.browse import (
    RELATIONS,
    FactRow,
    format_facts,
    highlight,
    load_build,
    plain_facts,
    rich_facts,
    select_facts,
)
from kg.cli import app

DATA = Path(__file__).parent / "data" / "browse"
BUILD = DATA / "build"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"


@pytest.fixture(scope="module")
def docs() -> list[dict]:
    return load_build(BUILD)


def triples(rows: list[FactRow]) -> list[tuple[str, str, str]]:
    return [(r.head, r.rel, r.tail) for r in rows]


def check_golden(path: Path, text: str) -> None:
    """Compare with a stored file; UPDATE_GOLDEN=1 rewrites it."""
    if UPDATE:
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"{path} missing: run with UPDATE_GOLDEN=1"
    assert text == path.read_text(encoding="utf-8")


# ---------------------------------------------------------------- loading


def test_load_build_reads_facts_in_name_order(docs: list[dict]):
    assert [d["source"] for d in docs] == ["001_demo.txt", "002_demo.txt"]


def test_load_build_accepts_the_facts_folder_itself():
    assert load_build(BUILD / "facts") == load_build(BUILD)


def test_load_build_without_facts(tmp_path: Path):
    with pytest.raises(ValueError, match=r"no facts/\*\.json"):
        load_build(tmp_path)
    with pytest.raises(ValueError, match="build folder not found"):
        load_build(tmp_path / "missing")


def test_load_build_names_a_malformed_file(tmp_path: Path):
    (tmp_path / "facts").mkdir()
    (tmp_path / "facts" / "003_bad.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(ValueError, match=r"003_bad\.json: not valid JSON"):
        load_build(tmp_path)


# ---------------------------------------------------------------- selection


def test_all_facts_sorted_by_source_and_offset(docs: list[dict]):
    rows = select_facts(docs)
    assert len(rows) == 9
    assert [(r.source, r.start) for r in rows if r.start is not None] == sorted((r.source, r.start) for r in rows if r.start is not None)


def test_about_alias_matches_exactly_and_excludes_longer_names(docs: list[dict]):
    rows = select_facts(docs, about="新余")  # alias of 新余市; 新余高新区 only where 新余市 is the other end
    assert triples(rows) == [
        ("新余市", "launches", "新钢电弧炉项目"),
        ("新余市", "工业投资/同比增长", "19.4 % (2024-01/2024-06)"),
        ("新余高新区", "partOf", "新余市"),
    ]


def test_about_canonical_name_equals_alias(docs: list[dict]):
    assert select_facts(docs, about="新余市") == select_facts(docs, about="新余")


def test_about_tail_and_org_alias(docs: list[dict]):
    assert triples(select_facts(docs, about="新钢")) == [("新余钢铁集团有限公司", "investsIn", "新钢电弧炉项目")]
    assert [r.head for r in select_facts(docs, about="新钢电弧炉项目")] == ["新余钢铁集团有限公司", "新余市", "新钢电弧炉项目"]


def test_about_falls_back_to_substring(docs: list[dict]):
    rows = select_facts(docs, about="高新")
    assert {r.head for r in rows} == {"新余高新区"} and len(rows) == 4


def test_about_is_nfkc_and_quote_insensitive(docs: list[dict]):
    assert triples(select_facts(docs, about="５Ｇ")) == [("新余高新区", "developsIndustry", "5G")]
    assert triples(select_facts(docs, about="“赣快办”")) == [("新余高新区", "implements", "赣快办")]
    assert triples(select_facts(docs, about="5g")) == [("新余高新区", "developsIndustry", "5G")]


def test_about_nothing(docs: list[dict]):
    assert select_facts(docs, about="南昌市") == []


def test_rel_filter(docs: list[dict]):
    assert triples(select_facts(docs, rel="partOf")) == [("新余高新区", "partOf", "新余市")]
    assert select_facts(docs, rel="PARTOF") == select_facts(docs, rel="partOf")
    assert {r.kind for r in select_facts(docs, rel="observation")} == {"observation"}
    assert len(select_facts(docs, rel="observation")) == 2


def test_rel_and_about_combine(docs: list[dict]):
    assert triples(select_facts(docs, about="新余", rel="launches")) == [("新余市", "launches", "新钢电弧炉项目")]
    assert select_facts(docs, about="新余", rel="investsIn") == []


def test_unknown_rel_lists_valid_ones(docs: list[dict]):
    with pytest.raises(ValueError, match="unknown relation 'foo'") as err:
        select_facts(docs, rel="foo")
    assert all(r in str(err.value) for r in (*RELATIONS, "observation"))


def test_rows_carry_evidence(docs: list[dict]):
    (row,) = select_facts(docs, rel="authorOf")
    assert (row.source, row.title, row.tail) == ("001_demo.txt", "新余：项目建设跑出“加速度”", "ARTICLE")
    assert (row.sentence, row.start, row.end, row.rule, row.confidence) == ("本报记者 钱金林", 2, 10, "byline", 1.0)


def test_fact_without_evidence(docs: list[dict]):
    (row,) = select_facts(docs, rel="implements")
    assert (row.sentence, row.start, row.end, row.rule, row.confidence) == ("", None, None, "", None)


# ---------------------------------------------------------------- output


def test_text_golden(docs: list[dict]):
    check_golden(DATA / "expected_about_xinyu.txt", format_facts(select_facts(docs, about="新余")))


def test_json_lines_golden(docs: list[dict]):
    out = format_facts(select_facts(docs), fmt="json")
    check_golden(DATA / "expected_all.jsonl", out)
    rows = [json.loads(line) for line in out.splitlines()]
    assert len(rows) == 9 and "names" not in rows[0] and "[bold]" not in out


def test_text_highlights_names_and_renders_plain(docs: list[dict]):
    from rich.console import Console

    (row,) = select_facts(docs, rel="investsIn")
    text = format_facts([row])
    assert "[bold]新钢[/bold]建设的电弧炉项目" in text  # the alias of the head, as written
    console = Console(record=True, width=200, color_system=None)
    console.print(text, end="")
    assert "新钢建设的电弧炉项目" in console.export_text() and "[bold]" not in console.export_text()


def test_unknown_format_and_empty_rows():
    with pytest.raises(ValueError, match="unknown format 'xml'"):
        format_facts([], fmt="xml")
    assert format_facts([]) == "" and format_facts([], fmt="json") == ""


def test_highlight_prefers_longest_name():
    assert highlight("新余高新区位于新余", ["新余", "新余高新区"]) == "[bold]新余高新区[/bold]位于[bold]新余[/bold]"


@given(st.text(alphabet="[]/\\ab新余 #@", max_size=30), st.lists(st.text(alphabet="[]/\\ab新余", max_size=4)))
def test_highlight_is_markup_safe(sentence: str, names: list[str]):
    from rich.text import Text

    assert Text.from_markup(highlight(sentence, names)).plain == sentence


MARKUPISH = st.text(alphabet="[]/\\ab新 #", min_size=1, max_size=12)


@given(head=MARKUPISH, tail=MARKUPISH, sentence=MARKUPISH, title=MARKUPISH)
def test_text_block_renders_back_to_plain_text(head: str, tail: str, sentence: str, title: str):
    from rich.text import Text

    row = FactRow("relation", "a.txt", title, head, "launches", tail, sentence, 0, 3, "r", 0.5, names=(head, tail))
    expected = f"{head} —launches→ {tail}\n  {sentence}\n  a.txt:0-3  《{title}》  rule=r  confidence=0.50\n"
    assert Text.from_markup(format_facts([row])).plain == expected


# ---------------------------------------------------------------- kg facts on the command line


def test_plain_text_has_no_markup_and_keeps_brackets():
    row = FactRow("relation", "a.txt", "", "[b]抚州市", "launches", "X项目", "[b]抚州市\\[开工]X项目", 0, 12)
    assert plain_facts([row]) == "[b]抚州市 —launches→ X项目\n  [b]抚州市\\[开工]X项目\n  a.txt:0-12\n"


def test_terminal_text_is_bold_where_names_are():
    from rich.console import Console

    row = FactRow("relation", "a.txt", "", "抚州市", "launches", "X项目", "抚州市开工X项目", 0, 8,
                  names=("抚州市", "X项目"))
    console = Console(record=True, width=200, force_terminal=True, color_system="standard")
    console.print(rich_facts([row]), end="")
    ansi = console.export_text(styles=True)
    assert "\x1b[1m抚州市\x1b[0m开工\x1b[1mX项目\x1b[0m" in ansi and "[bold]" not in ansi


def test_cli_facts_in_a_pipe_is_plain():
    result = CliRunner().invoke(app, ["facts", str(BUILD), "--about", "新余"])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == plain_facts(select_facts(load_build(BUILD), about="新余"))
    assert "[bold]" not in result.stdout and "\\[" not in result.stdout


@pytest.mark.parametrize(("args", "note"), [
    (["--about", "抚州市"], "kg: note: no facts about 抚州市"),
    (["--about", "新余", "--rel", "cooperatesWith"], "kg: note: no facts about 新余 with relation cooperatesWith"),
])
def test_cli_facts_without_a_match_says_so_and_exits_1(args: list[str], note: str):
    result = CliRunner().invoke(app, ["facts", str(BUILD), *args])
    assert (result.exit_code, result.stdout, result.stderr) == (1, "", note + "\n")


def test_cli_facts_unknown_relation_is_one_error_line():
    result = CliRunner().invoke(app, ["facts", str(BUILD), "--rel", "owns"])
    assert result.exit_code == 1 and result.stderr.startswith("kg: error: unknown relation 'owns'; valid: partOf")
