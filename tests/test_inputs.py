"""Inputs of a build: any file name the system allows, nothing read from the output folder, links out
of the given folders passed over, damaged bytes replaced with a warning that names the right byte,
control characters escaped in messages and invisible characters removed from names."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.safe_text import clean_name, printable
from kg.sources import MAX_STEM_BYTES, facts_stem, source_name
from kg.text.decode import DecodeError, decode_bytes, decode_damaged

# invented news sentences (not from seeds/ or dev2)
TEXT = "城南：园区建设提速\n\n今年以来，城南区安排重点项目三十个，总投资十二亿元。\n"
LONG = TEXT * 6


def build(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(app, ["build", *args, "--jobs", "1", "--quiet", "--no-html", "--no-cache"])


def facts_names(out: Path) -> list[str]:
    return sorted(os.listdir(out / "facts"))


def source_of(path: Path) -> str:
    return str(json.loads(path.read_text(encoding="utf-8"))["source"])


# --- names ---------------------------------------------------------------------------------------------

def test_a_name_that_is_not_utf8_builds(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    (src / os.fsdecode(b"gb-\xb3\xc7\xc4\xcf.txt")).write_bytes(TEXT.encode("utf-8"))  # 城南 in GBK bytes
    result = build(str(src), "--out", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    assert facts_names(tmp_path / "out") == ["gb-\\xb3\\xc7\\xc4\\xcf.json"]
    assert source_of(tmp_path / "out" / "facts" / "gb-\\xb3\\xc7\\xc4\\xcf.json") == "gb-\\xb3\\xc7\\xc4\\xcf.txt"


def test_a_long_name_and_a_deep_folder_get_short_stable_facts_names(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    long_name = "城南区" * 27 + ".txt"  # 81 characters, 243 bytes of UTF-8
    (src / long_name).write_text(TEXT, encoding="utf-8")
    deep = src.joinpath(*["层"] * 120)
    deep.mkdir(parents=True)
    (deep / "a.txt").write_text(TEXT.replace("三十", "四十"), encoding="utf-8")
    for _ in range(2):
        result = build(str(src), "--out", str(tmp_path / "out"))
        assert result.exit_code == 0, result.output
        names = facts_names(tmp_path / "out")
        assert len(names) == 2 and all(len(n.encode()) <= MAX_STEM_BYTES + 5 for n in names)
    assert names == sorted([facts_stem(long_name) + ".json", facts_stem("__".join(["层"] * 120 + ["a.txt"])) + ".json"])
    sources = {source_of(tmp_path / "out" / "facts" / n) for n in names}
    assert long_name in sources  # the full name is kept inside


@pytest.mark.parametrize(("name", "stem"), [
    ("a.txt", "a"),
    ("2024__新余.txt", "2024__新余"),
    ("长" * 40 + ".txt", "长" * 40),  # 120 bytes: kept
])
def test_facts_stem_keeps_short_names(name: str, stem: str) -> None:
    assert facts_stem(name) == stem


def test_facts_stem_cuts_long_names_with_a_hash() -> None:
    first, second = facts_stem("长" * 41 + "甲.txt"), facts_stem("长" * 41 + "乙.txt")
    assert first != second and first[:36] == second[:36] == "长" * 36
    assert len(first.encode()) <= MAX_STEM_BYTES and first == facts_stem("长" * 41 + "甲.txt")


@pytest.mark.parametrize(("parts", "name"), [
    (["新余\u200b要闻.txt"], "新余要闻.txt"),  # zero-width space
    (["a\u202etxt.exe.txt"], "atxt.exe.txt"),  # right-to-left override
    (["\ufeffb.txt"], "b.txt"),  # a byte-order mark in a name
    (["2024", "第 01 期.txt"], "2024__第 01 期.txt"),  # ordinary spaces stay
    ([os.fsdecode(b"\xff.txt")], "\\xff.txt"),
])
def test_source_names_drop_invisible_characters(parts: list[str], name: str) -> None:
    assert source_name(parts) == name


@pytest.mark.parametrize(("text", "shown"), [
    ("bad\nname.txt", "bad\\nname.txt"),
    ("\x1b[31mred.txt", "\\x1b[31mred.txt"),
    ("a\u202eb.txt", "a\\u202eb.txt"),
    ("新余 市.txt", "新余 市.txt"),  # nothing to escape
])
def test_printable_escapes_controls(text: str, shown: str) -> None:
    assert printable(text) == shown
    assert clean_name(text) == shown.replace("\\n", "").replace("\\x1b", "").replace("\\u202e", "")


def test_control_characters_in_a_name_stay_escaped_in_the_one_line_message(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    (src / "good.txt").write_text(TEXT, encoding="utf-8")
    (src / "bad\nname\x1b[2J.txt").write_bytes(b"\x00\x01binary")
    result = build(str(src), "--out", str(tmp_path / "out"))
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and "\x1b" not in result.stderr
    assert "bad\\nname\\x1b[2J.txt: binary data" in lines[0]


# --- what is a source --------------------------------------------------------------------------------------

def test_files_inside_the_output_folder_are_never_sources(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out"
    assert build(str(tmp_path / "a.txt"), "--out", str(out)).exit_code == 0
    (out / "notes.txt").write_text(TEXT, encoding="utf-8")
    result = build(str(tmp_path / "a.txt"), str(out / "graph.ttl"), str(out / "notes.txt"), "--out", str(out))
    assert result.exit_code == 0, result.output
    assert result.stderr.count("inside the output folder, not read as a source") == 2
    assert facts_names(out) == ["a.json"]


def test_links_out_of_the_tree_are_passed_over_unless_asked(tmp_path: Path) -> None:
    outside = tmp_path / "private"
    outside.mkdir()
    (outside / "secret.txt").write_text(TEXT.replace("城南", "城北"), encoding="utf-8")
    src = tmp_path / "src"
    src.mkdir()
    (src / "own.txt").write_text(TEXT, encoding="utf-8")
    (src / "leak.txt").symlink_to(outside / "secret.txt")
    (src / "again.txt").symlink_to("own.txt")  # inside the tree: the same file, read once
    result = build(str(src), "--out", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    assert "leak.txt: a link to a file outside the folders given, passed over" in result.stderr
    assert facts_names(tmp_path / "out") == ["again.json"]  # the first name in order is kept
    result = CliRunner().invoke(app, ["build", str(src), "--out", str(tmp_path / "out"), "--follow-links", "-q",
                                      "--jobs", "1", "--no-html"])
    assert result.exit_code == 0 and "leak.json" in facts_names(tmp_path / "out")


# --- damaged bytes ---------------------------------------------------------------------------------------

def test_damaged_bytes_are_replaced_with_a_warning_naming_the_byte(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    data = LONG.encode("utf-8")
    (src / "tail.txt").write_bytes(data + b"\xe5\x9f")  # a character cut in half at the end
    result = build(str(src), "--out", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    assert result.stderr == (f"kg: warning: {src / 'tail.txt'}: 2 damaged bytes replaced (first at byte {len(data)}, "
                             "read as UTF-8); the rest of the file builds\n")
    assert "城南区" in (tmp_path / "out" / "facts" / "tail.json").read_text(encoding="utf-8")
    strict = CliRunner().invoke(app, ["build", str(src), "--out", str(tmp_path / "strict"), "--strict", "-q"])
    assert strict.exit_code == 1 and f"(byte {len(data)})" in strict.output


@pytest.mark.parametrize(("data", "encoding", "first"), [
    (LONG.encode("utf-8")[:59] + b"\xff" + LONG.encode("utf-8")[59:], "UTF-8", 59),  # between two characters
    (LONG.encode("gb18030") + b"\xff", "GB18030", len(LONG.encode("gb18030"))),
])
def test_decode_damaged_reads_the_encoding_that_fits(data: bytes, encoding: str, first: int) -> None:
    with pytest.raises(DecodeError, match=f"byte {first}"):
        decode_bytes(data, "x.txt")
    text, warning = decode_damaged(data, "x.txt")
    assert "\ufffd" in text and "城南区安排" in text
    assert warning is not None and f"first at byte {first}, read as {encoding}" in warning


@pytest.mark.parametrize("data", [
    b"\x80\x81\xff\xfe\x80 not text",  # mostly bad bytes
    "城南".encode() + b"\xff" * 3,  # too many for so short a file
    b"\x00\x01" * 50,  # binary
])
def test_too_damaged_is_still_an_error(data: bytes) -> None:
    with pytest.raises(DecodeError):
        decode_damaged(data, "x.txt")


# --- the README says what is tested ------------------------------------------------------------------------

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def test_the_readme_states_the_limits_the_code_uses() -> None:
    from kg.serve import IDLE_S, MAX_QUERY_BYTES
    from kg.serve_pool import WORKER_MEMORY_BYTES
    from kg.text.decode import MAX_DAMAGED_RUNS

    section = README.split("## Input and errors")[1].split("\n## ")[0]
    assert f"longer than {MAX_STEM_BYTES} bytes" in section
    assert "at most 1 % of it" in section and MAX_DAMAGED_RUNS > 0
    assert "another kg build (pid N) is writing this folder" in section
    endpoint = README.split("### The endpoint")[1].split("\n## ")[0]
    assert f"idle for {IDLE_S:g} s" in endpoint
    assert f"above {MAX_QUERY_BYTES >> 20} MB" in endpoint
    assert f"a {WORKER_MEMORY_BYTES >> 30} GB memory cap" in endpoint
    assert "ready on\nhttp://127.0.0.1:PORT" in endpoint or "ready on http://127.0.0.1:PORT" in endpoint
