"""Parallel and incremental builds write exactly what a fresh single-process build writes.

Worker processes (``--jobs 2``) must not change a byte of any output; the extraction cache
(``OUT/.cache``, keyed by content and EXTRACTOR_VERSION) must skip unchanged files, re-extract
only new or changed ones, and be invalidated by a new extractor version.
"""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import kg.extraction
from kg.cli import app
from kg.publish import published_files

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SMALL = ("002_011b906044fe82a3.txt", "004_35fb48b10cf09309.txt")  # the two shortest seeds


def build(*args: str) -> None:
    result = CliRunner().invoke(app, ["build", *args, "--quiet"])
    assert result.exit_code == 0, result.output
    assert "built " in result.output


def outputs(out: Path) -> dict[str, bytes]:
    """Every output file (facts, graph exports, void, html) by relative path; the cache excluded."""
    return {str(p.relative_to(out)): p.read_bytes() for p in published_files(out)}


def assert_same_outputs(left: Path, right: Path) -> None:
    a, b = outputs(left), outputs(right)
    assert sorted(a) == sorted(b)
    differing = [name for name in a if a[name] != b[name]]
    assert not differing, f"outputs differ: {differing}"


@pytest.fixture()
def extractions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Names of the files the next (single-process) builds actually extract."""
    calls: list[str] = []
    original = kg.extraction._extract

    def counting(item: tuple[str, str]) -> dict[str, Any]:
        calls.append(item[0])
        return original(item)

    monkeypatch.setattr(kg.extraction, "_extract", counting)
    return calls


@pytest.fixture()
def sources(tmp_path: Path) -> Path:
    folder = tmp_path / "src"
    folder.mkdir()
    for name in SMALL:
        shutil.copy(SEEDS / name, folder / name)
    return folder


def test_two_workers_write_the_same_bytes_as_one(tmp_path: Path) -> None:
    build(str(SEEDS), "--out", str(tmp_path / "one"), "--jobs", "1", "--no-cache")
    build(str(SEEDS), "--out", str(tmp_path / "two"), "--jobs", "2", "--no-cache")
    assert len(list((tmp_path / "one" / "facts").glob("*.json"))) == 5
    assert_same_outputs(tmp_path / "one", tmp_path / "two")


def test_rebuild_without_changes_extracts_nothing(tmp_path: Path, sources: Path, extractions: list[str]) -> None:
    out = tmp_path / "out"
    build(str(sources), "--out", str(out), "--jobs", "1", "--no-html")
    assert sorted(extractions) == sorted(SMALL)
    first = outputs(out)
    extractions.clear()
    build(str(sources), "--out", str(out), "--jobs", "1", "--no-html")
    assert extractions == []
    assert outputs(out) == first


def test_added_file_is_the_only_one_extracted(tmp_path: Path, sources: Path, extractions: list[str]) -> None:
    out = tmp_path / "out"
    build(str(sources), "--out", str(out), "--jobs", "1", "--no-html")
    extractions.clear()
    text = (SEEDS / "000_e06924aedc06bbba.txt").read_text(encoding="utf-8")
    (sources / "005_added.txt").write_text(text[:3000], encoding="utf-8")
    build(str(sources), "--out", str(out), "--jobs", "1", "--no-html")
    assert extractions == ["005_added.txt"]
    build(str(sources), "--out", str(tmp_path / "fresh"), "--jobs", "1", "--no-html", "--no-cache")
    assert_same_outputs(out, tmp_path / "fresh")


def test_changed_file_is_re_extracted(tmp_path: Path, sources: Path, extractions: list[str]) -> None:
    out = tmp_path / "out"
    build(str(sources), "--out", str(out), "--jobs", "1", "--no-html")
    extractions.clear()
    changed = sources / SMALL[0]
    changed.write_text(changed.read_text(encoding="utf-8") + "\n新余市召开会议。\n", encoding="utf-8")
    build(str(sources), "--out", str(out), "--jobs", "1", "--no-html")
    assert extractions == [SMALL[0]]


def test_the_cache_keeps_only_the_facts_of_the_last_build(tmp_path: Path, sources: Path,
                                                        extractions: list[str]) -> None:
    """A changed file's old facts and a removed file's facts leave the cache once the build is published;
    what stays is what the next build needs (it extracts nothing)."""
    out = tmp_path / "out"
    build(str(sources), "--out", str(out), "--jobs", "1", "--no-html")
    assert len(list((out / ".cache").glob("*.json"))) == 2
    changed = sources / SMALL[0]
    changed.write_text(changed.read_text(encoding="utf-8") + "\n新余市召开会议。\n", encoding="utf-8")
    (sources / SMALL[1]).unlink()
    build(str(sources), "--out", str(out), "--jobs", "1", "--no-html")
    assert len(list((out / ".cache").glob("*.json"))) == 1
    extractions.clear()
    build(str(sources), "--out", str(out), "--jobs", "1", "--no-html")
    assert extractions == []


def test_new_extractor_version_invalidates_the_cache(tmp_path: Path, sources: Path, extractions: list[str],
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    build(str(sources), "--out", str(out), "--jobs", "1", "--no-html")
    extractions.clear()
    monkeypatch.setattr(kg.extraction, "EXTRACTOR_VERSION", kg.extraction.EXTRACTOR_VERSION + "+test")
    build(str(sources), "--out", str(out), "--jobs", "1", "--no-html")
    assert sorted(extractions) == sorted(SMALL)


def test_no_cache_neither_reads_nor_writes_it(tmp_path: Path, sources: Path, extractions: list[str]) -> None:
    out = tmp_path / "out"
    build(str(sources), "--out", str(out), "--jobs", "1", "--no-html", "--no-cache")
    build(str(sources), "--out", str(out), "--jobs", "1", "--no-html", "--no-cache")
    assert sorted(extractions) == sorted(SMALL * 2)
    assert not list(out.glob(".cache/*.json"))


def test_graph_files_are_kept_when_nothing_they_depend_on_changed(tmp_path: Path, sources: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    import kg.pipeline

    out = tmp_path / "out"
    build(str(sources), "--out", str(out), "--jobs", "1")
    first = outputs(out)
    calls: list[int] = []
    real = kg.pipeline._write_graph
    monkeypatch.setattr(kg.pipeline, "_write_graph", lambda *a: calls.append(1) or real(*a))
    result = CliRunner().invoke(app, ["build", str(sources), "--out", str(out), "--jobs", "1", "--quiet"])
    assert calls == [] and outputs(out) == first
    assert f"{result.output.split(' triples')[0].rsplit(' ', 1)[1]}" != "0"  # the count is remembered
    (out / "graph.ttl").unlink()  # a missing file: rebuilt
    build(str(sources), "--out", str(out), "--jobs", "1")
    assert calls == [1] and outputs(out) == first
    build(str(sources), "--out", str(out), "--jobs", "1", "--base", "http://example.org/kg/")  # other options
    assert calls == [1, 1] and outputs(out)["graph.nq"] != first["graph.nq"]
    text = (SEEDS / "000_e06924aedc06bbba.txt").read_text(encoding="utf-8")
    (sources / "005_added.txt").write_text(text[:3000], encoding="utf-8")  # other facts
    build(str(sources), "--out", str(out), "--jobs", "1", "--base", "http://example.org/kg/")
    assert calls == [1, 1, 1]


def test_workers_take_the_largest_files_first_and_results_come_in_job_order(tmp_path: Path) -> None:
    """Two workers start on the largest files (no worker is left alone with a big one at the end), yet
    the build sees the results in the order of its jobs."""
    import json

    from kg.extraction import Job, largest_first, run_jobs

    sizes = {"a.txt": 1, "b.txt": 40, "c.txt": 3, "d.txt": 20}
    for name, sentences in sizes.items():
        (tmp_path / name).write_text("宜春市新建标准厂房30栋。" * sentences, encoding="utf-8")
    jobs = [Job(str(tmp_path / name), name, str(tmp_path / "staged"), False) for name in sizes]
    assert largest_first([replace(job, size=sizes[job.name]) for job in jobs]) == [1, 3, 2, 0]
    results = list(run_jobs(jobs, workers=2, progress=False))
    sources = [json.loads(Path(r["facts"]).read_text(encoding="utf-8"))["source"] for r in results]
    assert sources == list(sizes)
