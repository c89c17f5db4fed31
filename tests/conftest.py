"""Shared fixtures: the seed texts, their articles, one build of all seeds, the gold folder.

The build runs once per test session (``kg build SEEDS --out TMP -j 1 -q``
through typer's CliRunner, in-process) and is shared by the CLI, golden and
determinism tests; tests must not modify it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.text.decode import decode_bytes

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
GOLDEN = Path(__file__).parent / "data" / "golden"
SHARED = Path(__file__).resolve().parents[2] / "shared"
UPDATE_GOLDEN = os.environ.get("KG_UPDATE_GOLDEN") == "1"


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
    """One ``kg build seeds --out TMP -j 1 -q`` for the whole session."""
    out = tmp_path_factory.mktemp("build") / "out"
    return run_kg("build", str(SEEDS), "--out", str(out), "-j", "1", "-q")


@pytest.fixture(scope="session")
def gold_dir() -> Path:
    """shared/gold beside the repository; the test is skipped when it is absent."""
    gold = SHARED / "gold"
    if not gold.is_dir():
        pytest.skip(f"{gold} absent")
    return gold
