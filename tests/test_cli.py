"""The ``kg`` command through typer's CliRunner: build, bad input, help, mentions, facts, eval, determinism."""

from __future__ import annotations

import codecs
import json
import os
import re
import shutil
from pathlib import Path

import pytest
import typer.main
from conftest import SEEDS, run_kg, seed_paths, span_problem
from typer.testing import CliRunner

from kg.cli import app
from kg.io import dumps_json
from kg.publish import published_files
from kg.text.chars import normalize_chars

SUMMARY = re.compile(
    r"built (\d+) files(?:, (\d+) skipped)?(?:, \d+ empty)?: (\d+) articles, (\d+) entities, (\d+) relations, "
    r"(\d+) observations; (\d+) triples \(graph.ttl\), (\d+) quads \(graph.nq\) in \d+\.\ds"
)
SEED_004 = SEEDS / "004_35fb48b10cf09309.txt"


def output_files(folder: Path) -> dict[str, bytes]:
    """Relative path → bytes of every file of a build, without the .cache folder."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in published_files(folder)}


def one_error_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    return lines[0]


# ------------------------------------------------------------------ kg build


def test_build_seeds_exits_0_and_writes_every_output(seeds_build):
    assert seeds_build.exit_code == 0, seeds_build.stderr
    out = seeds_build.out
    assert sorted(p.name for p in (out / "facts").glob("*.json")) == [p.stem + ".json" for p in seed_paths()]
    for name in ("graph.ttl", "graph.nt", "graph.html"):
        assert (out / name).stat().st_size > 1000, name
    assert seeds_build.stderr == ""


def test_build_prints_a_one_line_summary_that_matches_the_facts(seeds_build):
    [line] = seeds_build.stdout.splitlines()
    match = SUMMARY.fullmatch(line)
    assert match, line
    files, skipped, articles, entities, relations, observations, triples, quads = match.groups()
    graph = seeds_build.out
    assert int(triples) == len((graph / "graph.nt").read_text(encoding="utf-8").splitlines())
    assert int(quads) == len((graph / "graph.nq").read_text(encoding="utf-8").splitlines())
    docs = [json.loads(p.read_text(encoding="utf-8")) for p in sorted((seeds_build.out / "facts").glob("*.json"))]
    arts = [a for d in docs for a in d["articles"]]
    assert (int(files), skipped) == (5, None)
    assert int(articles) == len(arts) == 31
    assert int(entities) == sum(len(a["entities"]) for a in arts)
    assert int(relations) == sum(len(a["relations"]) for a in arts)
    assert int(observations) == sum(len(a["observations"]) for a in arts)


def test_facts_files_are_canonical_json_about_their_source(seeds_build, seed_texts):
    for path in sorted((seeds_build.out / "facts").glob("*.json")):
        text = path.read_text(encoding="utf-8")
        doc = json.loads(text)
        assert dumps_json(doc) == text, path.name  # sorted keys, indent 1, final newline
        assert doc["source"] == path.stem + ".txt"
        source = seed_texts[doc["source"]]
        for article in doc["articles"]:
            start, end = article["span"]
            assert 0 <= start < end <= len(source)
            for fact in article["relations"] + article["observations"]:
                evidence = fact["evidence"]
                assert evidence["source"] == doc["source"]
                assert 0 <= evidence["start"] <= evidence["end"] <= len(source)


def evidence_of(facts_dir: Path):
    """(source name, article, fact, evidence) of every relation and observation of a build."""
    for path in sorted(facts_dir.glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        for article in doc["articles"]:
            for fact in article["relations"] + article["observations"]:
                yield doc["source"], article, fact, fact["evidence"]


def test_evidence_points_back_into_the_source(seeds_build, seed_texts):
    """Evidence sentences are source slices (gaps of page breaks skipped); authorOf points at the name.

    Title evidence (an empty span) is left to the xfail test below.
    """
    checked = 0
    for source, article, fact, evidence in evidence_of(seeds_build.out / "facts"):
        norm = normalize_chars(seed_texts[source])
        start, end = evidence["start"], evidence["end"]
        if fact.get("rel") == "authorOf":
            assert norm[start:end] == fact["head"], evidence
        elif start != end:
            assert span_problem(norm, start, end, evidence["sentence"]) is None, evidence
        checked += 1
    assert checked > 300


def test_title_evidence_has_the_span_of_the_title(seeds_build, seed_texts):
    empty = [(source, e) for source, _, _, e in evidence_of(seeds_build.out / "facts") if e["start"] == e["end"]]
    assert empty == []


def test_build_outputs_are_readable_under_the_umask(seeds_build):
    umask = os.umask(0)
    os.umask(umask)
    for name in ("graph.ttl", "graph.html", "facts/002_011b906044fe82a3.json"):
        assert (seeds_build.out / name).stat().st_mode & 0o777 == 0o666 & ~umask, name


BAD_FILES = {
    "binary": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",
    "invalid": "赣县区".encode() + b"\xff\xfe\xfd garbage \xff",
}


@pytest.mark.parametrize("kind", sorted(BAD_FILES))
def test_build_skips_a_bad_file_with_one_line_and_builds_the_rest(tmp_path, kind):
    sources = tmp_path / "src"
    sources.mkdir()
    shutil.copy(SEED_004, sources)
    (sources / "bad.txt").write_bytes(BAD_FILES[kind])
    result = run_kg("build", str(sources), "--out", str(tmp_path / "out"), "-j", "1", "-q", "--no-html")
    assert result.exit_code == 1
    line = one_error_line(result.stderr)
    assert str(sources / "bad.txt") in line
    assert (tmp_path / "out" / "facts" / f"{SEED_004.stem}.json").exists()
    assert not (tmp_path / "out" / "facts" / "bad.json").exists()
    match = SUMMARY.fullmatch(result.stdout.strip())
    assert match and match.group(1, 2) == ("1", "1"), result.stdout


def test_build_strict_stops_at_a_bad_file(tmp_path):
    sources = tmp_path / "src"
    sources.mkdir()
    shutil.copy(SEED_004, sources)
    (sources / "bad.txt").write_bytes(BAD_FILES["binary"])
    result = run_kg("build", str(sources), "--out", str(tmp_path / "out"), "-q", "--strict")
    assert result.exit_code == 1
    line = one_error_line(result.stderr)
    assert line.startswith("kg: error: ") and "bad.txt" in line
    assert not (tmp_path / "out" / "facts").exists()


def test_build_on_a_missing_path_is_a_one_line_error(tmp_path):
    missing = tmp_path / "no-such-folder"
    result = run_kg("build", str(missing), "--out", str(tmp_path / "out"), "-q")
    assert result.exit_code == 1
    assert one_error_line(result.stderr) == f"kg: error: {missing}: no such file or folder"
    assert result.stdout == ""
    assert not (tmp_path / "out").exists()


def test_build_on_a_folder_without_sources_is_a_one_line_error(tmp_path):
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    result = run_kg("build", str(tmp_path), "--out", str(tmp_path / "out"), "-q")
    assert result.exit_code == 1
    assert "no source files" in one_error_line(result.stderr)


TINY = "新余：项目建设提速\n\n今年以来，新余市安排重点项目154个，总投资806.76亿元。（钱金林）\n"


def test_build_notes_an_empty_file_and_goes_on(tmp_path):
    sources = tmp_path / "src"
    sources.mkdir()
    (sources / "a.txt").write_text(TINY, encoding="utf-8")
    (sources / "empty.txt").write_bytes(b"")
    result = run_kg("build", str(sources), "--out", str(tmp_path / "out"), "-q", "--no-html")
    assert result.exit_code == 0, result.stderr
    line = one_error_line(result.stderr)
    assert str(sources / "empty.txt") in line and "empty" in line
    assert ", 1 empty:" in result.stdout
    assert sorted(p.name for p in (tmp_path / "out" / "facts").iterdir()) == ["a.json"]


def test_build_names_facts_of_nested_files_after_their_path(tmp_path):
    for folder in ("a", "b"):
        (tmp_path / "src" / folder).mkdir(parents=True)
        (tmp_path / "src" / folder / "x.txt").write_text(TINY, encoding="utf-8")
    result = run_kg("build", str(tmp_path / "src"), "--out", str(tmp_path / "out"), "-q", "--no-html")
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in (tmp_path / "out" / "facts").iterdir()) == ["a__x.json", "b__x.json"]


def test_build_refuses_two_files_whose_facts_would_clash(tmp_path):
    first, second = tmp_path / "a" / "x.txt", tmp_path / "b" / "x.txt"
    for path in (first, second):
        path.parent.mkdir()
        path.write_text(TINY, encoding="utf-8")
    result = run_kg("build", str(first), str(second), "--out", str(tmp_path / "out"), "-q", "--no-html")
    assert result.exit_code == 1
    line = one_error_line(result.stderr)
    assert str(second) in line and str(first) in line
    assert sorted(p.name for p in (tmp_path / "out" / "facts").iterdir()) == ["x.json"]


def test_build_into_a_folder_inside_the_sources_ignores_its_own_output(tmp_path):
    sources = tmp_path / "src"
    sources.mkdir()
    (sources / "a.txt").write_text(TINY, encoding="utf-8")
    for _ in range(2):
        result = run_kg("build", str(sources), "--out", str(sources / "out"), "-q")
        assert result.exit_code == 0, result.stderr
        assert SUMMARY.fullmatch(result.stdout.strip()).group(1) == "1"  # graph.html is not a source
    assert sorted(p.name for p in (sources / "out" / "facts").iterdir()) == ["a.json"]


@pytest.mark.parametrize(
    "encode",
    [
        lambda s: s.encode("gbk"),
        lambda s: codecs.BOM_UTF16_LE + s.encode("utf-16-le"),
        lambda s: codecs.BOM_UTF8 + s.encode("utf-8"),
    ],
    ids=["gbk", "utf-16-le", "utf-8-bom"],
)
def test_build_of_a_reencoded_seed_gives_the_same_facts(tmp_path, seeds_build, encode):
    sources = tmp_path / "src"
    sources.mkdir()
    (sources / SEED_004.name).write_bytes(encode(SEED_004.read_text(encoding="utf-8")))
    result = run_kg("build", str(sources), "--out", str(tmp_path / "out"), "-q", "--no-html")
    assert result.exit_code == 0, result.stderr
    facts = f"facts/{SEED_004.stem}.json"
    assert (tmp_path / "out" / facts).read_bytes() == (seeds_build.out / facts).read_bytes()


def test_two_builds_are_byte_identical(tmp_path, seeds_build):
    """Same input → same bytes: facts/*.json, graph.ttl, graph.nt, graph.html and the rest (not .cache).

    The second build runs twice into its folder: fresh in two worker processes, then from its cache.
    """
    expected = output_files(seeds_build.out)
    assert {"graph.ttl", "graph.nt", "graph.html"} <= set(expected)
    other = tmp_path / "again"
    for jobs in ("2", "1"):
        result = run_kg("build", str(SEEDS), "--out", str(other), "-j", jobs, "-q", "--formats", "all")
        assert result.exit_code == 0, result.stderr
        got = output_files(other)
        assert sorted(got) == sorted(expected)
        assert [name for name in expected if got[name] != expected[name]] == []


# ------------------------------------------------------------------ help


COMMANDS = [c.name or c.callback.__name__ for c in app.registered_commands]


def test_every_command_is_registered():
    assert {"build", "mentions", "facts", "eval"} <= set(COMMANDS)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(command):
    result = CliRunner().invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert re.search(r"Example: kg " + re.escape(command) + r"\b", result.stdout), result.stdout


@pytest.mark.parametrize("command", COMMANDS)
def test_every_option_and_argument_has_help(command):
    click_command = typer.main.get_command(app).commands[command]
    undocumented = [p.name for p in click_command.params if not getattr(p, "help", None)]
    assert undocumented == []


def test_main_help_has_an_example():
    result = CliRunner().invoke(app, ["--help"])
    assert result.exit_code == 0 and "Example: kg build" in result.stdout


# ------------------------------------------------------------------ kg mentions


MENTION_LINES = [
    "本报讯(特约记者熊艳 通讯员黎根英)进入六月,赣县区开足马力,规模以上企业完成工业总产值133.87亿元,同比增长35.8%。",
    "今年，新余市安排第一批市重点项目154个，总投资806.76亿元。",
    "在赣县区茅店镇东田村,前来休闲度假的游客正体验甜瓜采摘乐趣。",
    "",
    "纯英文 line without entities",
]


def test_mentions_prints_one_json_line_per_input_line_and_spans_slice_the_line(tmp_path):
    path = tmp_path / "lines.txt"
    path.write_text("\n".join(MENTION_LINES), encoding="utf-8")  # no final newline
    result = CliRunner().invoke(app, ["mentions", str(path)])
    assert result.exit_code == 0, result.stderr
    outputs = result.stdout.splitlines()
    assert len(outputs) == len(MENTION_LINES)
    found: dict[str, str] = {}
    for line, output in zip(MENTION_LINES, outputs):
        for mention in json.loads(output)["mentions"]:
            assert {"start", "end", "text", "type"} <= set(mention)
            assert line[mention["start"]:mention["end"]] == mention["text"]
            found[mention["text"]] = mention["type"]
    assert found["赣县区"] == "Place"
    assert found["新余市"] == "Place"
    assert found["806.76亿元"] == "Money"
    assert found["东田村"] == "Place"
    assert json.loads(outputs[3]) == {"mentions": []}


def test_mentions_on_a_file_with_a_final_newline(tmp_path):
    path = tmp_path / "lines.txt"
    path.write_text("新余市\n赣县区\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["mentions", str(path)])
    assert len(result.stdout.splitlines()) == 2


def test_mentions_reads_gbk_and_reports_offsets_into_the_line(tmp_path):
    path = tmp_path / "gbk.txt"
    path.write_bytes("赣县区茅店镇东田村".encode("gbk"))
    result = CliRunner().invoke(app, ["mentions", str(path)])
    assert result.exit_code == 0
    mentions = json.loads(result.stdout)["mentions"]
    assert (mentions[0]["start"], mentions[0]["end"], mentions[0]["text"]) == (0, 3, "赣县区")


@pytest.mark.parametrize("content", [None, BAD_FILES["binary"]], ids=["missing", "binary"])
def test_mentions_on_a_bad_file_is_a_one_line_error(tmp_path, content):
    path = tmp_path / "x.txt"
    if content is not None:
        path.write_bytes(content)
    result = CliRunner().invoke(app, ["mentions", str(path)])
    assert result.exit_code == 1
    line = one_error_line(result.stderr)
    assert line.startswith("kg: error: ") and str(path) in line


# ------------------------------------------------------------------ kg facts, kg eval


def test_facts_about_a_place(seeds_build):
    result = CliRunner().invoke(app, ["facts", str(seeds_build.out), "--about", "新余市", "--format", "json"])
    assert result.exit_code == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) >= 5
    for row in rows:
        assert "新余" in " ".join(str(row.get(k, "")) for k in ("head", "tail", "subject")), row
        assert row["source"] == "000_e06924aedc06bbba.txt"
    text = CliRunner().invoke(app, ["facts", str(seeds_build.out), "--about", "新余市"])
    assert text.exit_code == 0 and "新余市" in text.stdout


def test_facts_on_a_folder_without_a_build_is_a_one_line_error(tmp_path):
    result = CliRunner().invoke(app, ["facts", str(tmp_path), "--about", "新余市"])
    assert result.exit_code == 1
    assert one_error_line(result.stderr).startswith("kg: error: ")
