"""Shared fixtures: the seed texts, their articles, one build of all seeds, the gold folder.

The build runs once per test session (``kg build SEEDS --out TMP -j 1 -q``
through typer's CliRunner, in-process) and is shared by the CLI, snapshot and
determinism tests; tests must not modify it.

The seeds' gold ships with the project (``seeds/gold``). Files of the ``shared/`` folder beside
the repository (the official scorer, the dev2 texts) are reached through :func:`shared_path`:
absent, a test skips, except when the environment variable ``CI`` is set, where it fails.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.text.decode import decode_bytes

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SEEDS_GOLD = SEEDS / "gold"
SNAPSHOT = Path(__file__).parent / "data" / "snapshot"
GOLDEN = Path(__file__).parent / "data" / "golden"  # copies of gold titles and authors (tests/test_text_articles.py)
SHARED = Path(__file__).resolve().parents[2] / "shared"
# KG_UPDATE_SNAPSHOT=1 rewrites the snapshot files; KG_UPDATE_GOLDEN=1 is its former name
UPDATE_SNAPSHOT = "1" in (os.environ.get("KG_UPDATE_SNAPSHOT"), os.environ.get("KG_UPDATE_GOLDEN"))
UPDATE_GOLDEN = UPDATE_SNAPSHOT  # former name, still read by tests/test_text_articles.py


def shared_path(*parts: str) -> Path:
    """``shared/PARTS`` beside the repository; skip the test when absent, fail instead when ``CI`` is set."""
    path = SHARED.joinpath(*parts)
    if path.exists():
        return path
    message = f"{path} absent (the shared/ folder beside the repository)"
    if os.environ.get("CI"):
        pytest.fail(f"{message}; CI is set, so tests that need it fail instead of skipping")
    pytest.skip(message)


@dataclass(frozen=True)
class Build:
    """A finished ``kg build``: its output folder and what the command printed."""

    out: Path
    exit_code: int
    stdout: str
    stderr: str


def seed_paths() -> list[Path]:
    """The seed files, in name order."""
    return sorted(SEEDS.glob("*.txt"))


def run_kg(*args: str) -> Build:
    """Run ``kg ARGS`` in-process; ``out`` is the value after ``--out`` (or '.')."""
    from kg.cli import app

    result = CliRunner().invoke(app, [str(a) for a in args])
    out = Path(args[args.index("--out") + 1]) if "--out" in args else Path(".")
    return Build(out, result.exit_code, result.stdout, result.stderr)


def span_pieces(norm: str, start: int, end: int) -> list[str]:
    """The source lines under a span, without the whitespace between them."""
    return [p.strip() for p in re.split(r"\s*\n\s*", norm[start:end]) if p.strip()]


def rebuilds(text: str, parts: list[str]) -> bool:
    """``text`` is the first part, some of the middle parts (skipped ones are captions) and the last part."""
    if not parts or not text.startswith(parts[0]) or not text.endswith(parts[-1]):
        return False
    position = len(parts[0])
    for part in parts[1:]:
        rest = text[position:].lstrip(" ")
        if rest.startswith(part):
            position = len(text) - len(rest) + len(part)
    return position == len(text)


def span_problem(norm: str, start: int, end: int, text: str) -> str | None:
    """Why ``norm[start:end]`` is not ``text`` once page-break gaps are skipped (None when it is).

    A span within one line must equal the text. A span across lines (a sentence glued across a page
    break, maybe over a caption) must start with the first 5 characters of its first line, end with the
    last 5 of its last line, and be made of whole lines of the slice.
    """
    if not 0 <= start < end <= len(norm):
        return f"span {start}-{end} out of bounds"
    k = min(5, len(text))
    if "\n" not in norm[start:end]:
        return None if norm[start:end] == text else f"slice {norm[start:end]!r} != {text!r}"
    parts = span_pieces(norm, start, end)
    head, tail = min(k, len(parts[0])), min(k, len(parts[-1]))
    if text[:head] != norm[start:start + head] or text[-tail:] != norm[end - tail:end]:
        return f"ends of {text!r} are not the ends of the slice"
    return None if rebuilds(text, parts) else f"{text!r} is not made of the lines {parts!r}"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "needs_shared(*parts): the test reads shared/PARTS beside the repository")


def pytest_runtest_setup(item: pytest.Item) -> None:
    """Tests marked ``needs_shared("tools", "score.py")`` skip without that file, or fail when ``CI`` is set."""
    for mark in item.iter_markers("needs_shared"):
        shared_path(*mark.args)


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    """File name → decoded text of every seed."""
    return {p.name: decode_bytes(p.read_bytes(), str(p)) for p in seed_paths()}


@pytest.fixture(scope="session")
def seed_articles(seed_texts: dict[str, str]) -> dict[str, list]:
    """File name → the articles :func:`split_articles` finds in it."""
    from kg.text.articles import split_articles

    return {name: split_articles(text, name) for name, text in seed_texts.items()}


@pytest.fixture(scope="session")
def seeds_build(tmp_path_factory: pytest.TempPathFactory) -> Build:
    """One ``kg build seeds --out TMP -j 1 -q --formats all`` (every graph file) for the whole session."""
    out = tmp_path_factory.mktemp("build") / "out"
    return run_kg("build", str(SEEDS), "--out", str(out), "-j", "1", "-q", "--formats", "all")


@pytest.fixture(scope="session")
def gold_dir() -> Path:
    """The human gold of the seeds, shipped in ``seeds/gold`` (a copy of shared/gold)."""
    return SEEDS_GOLD


@pytest.fixture(scope="session")
def query_fixture_exports(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """graph.{ttl,nt,nq,jsonld} of the hand-written facts in tests/data/query/facts.json."""
    import json

    from kg.export.rdf import write_exports
    from kg.graph import build_dataset

    base = "https://w3id.org/govnews-kg/id/"
    out = tmp_path_factory.mktemp("query-graph")
    docs = json.loads((Path(__file__).parent / "data" / "query" / "facts.json").read_text(encoding="utf-8"))
    write_exports(build_dataset(docs, base), out, sources=[d["source"] for d in docs], base=base)
    return out
