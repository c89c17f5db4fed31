"""The tree is lint- and type-clean: ``ruff check`` and ``mypy kg`` run as part of the tests (so CI,
which runs the README's test command, enforces both)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600, check=False)


@pytest.mark.skipif(shutil.which("ruff") is None, reason="ruff not installed (pip install -e '.[test]')")
def test_ruff_finds_nothing():
    result = _run("ruff", "check", "kg", "tests", "scripts", "benchmarks")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_finds_nothing():
    pytest.importorskip("mypy", reason="mypy not installed (pip install -e '.[test]')")
    result = _run(sys.executable, "-m", "mypy", "kg")
    assert result.returncode == 0, result.stdout + result.stderr
