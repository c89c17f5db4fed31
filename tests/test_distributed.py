"""``kg build --executor dask`` on a two-worker LocalCluster writes the same bytes as a local build."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

import kg.distributed
from kg.cli import app
from kg.distributed import DaskUnavailableError, run_on_dask
from kg.document import extract_document
from kg.publish import published_files

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """Address of a LocalCluster with 2 single-threaded worker processes."""
    distributed = pytest.importorskip("distributed", reason="dask not installed (pip install 'govnews-kg[dask]')")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  silence_logs=logging.ERROR) as cluster:
        yield cluster.scheduler_address


def outputs(out: Path) -> dict[str, bytes]:
    return {str(p.relative_to(out)): p.read_bytes() for p in published_files(out)}


def build(*args: str) -> None:
    result = CliRunner().invoke(app, ["build", *args, "--quiet", "--no-cache"])
    assert result.exit_code == 0, result.output


def test_dask_build_equals_local_build(tmp_path: Path, scheduler: str) -> None:
    build(str(SEEDS), "--out", str(tmp_path / "local"), "--jobs", "1")
    build(str(SEEDS), "--out", str(tmp_path / "dask"), "--executor", "dask", "--scheduler", scheduler)
    local, dask = outputs(tmp_path / "local"), outputs(tmp_path / "dask")
    assert len([name for name in local if name.startswith("facts")]) == 5
    assert sorted(local) == sorted(dask)
    assert [name for name in local if local[name] != dask[name]] == []


def test_results_come_back_in_work_order(scheduler: str) -> None:
    texts = {p.name: p.read_text(encoding="utf-8")[:1500] for p in sorted(SEEDS.glob("*.txt"))}
    work = sorted(texts.items(), reverse=True) + [("copy.txt", texts["000_e06924aedc06bbba.txt"])]
    docs = run_on_dask(work, scheduler)
    assert [d["source"] for d in docs] == [name for name, _ in work]
    assert docs[0] == extract_document(*work[0])


def test_unreachable_scheduler_is_a_one_line_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("distributed")
    monkeypatch.setattr(kg.distributed, "CONNECT_TIMEOUT", "1s")
    result = CliRunner().invoke(app, ["build", str(SEEDS / "004_35fb48b10cf09309.txt"), "--out", str(tmp_path),
                                      "--executor", "dask", "--scheduler", "tcp://127.0.0.1:1", "--quiet"])
    assert result.exit_code == 1
    assert "cannot connect to the Dask scheduler at tcp://127.0.0.1:1" in result.output
    assert "Traceback" not in result.output


def test_missing_dask_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)
    with pytest.raises(DaskUnavailableError, match=r"pip install 'govnews-kg\[dask\]'"):
        run_on_dask([("a.txt", "新余市。")], None)


def test_a_failing_file_gives_an_error_record_not_a_crash(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(name: str, text: str) -> dict[str, object]:
        raise RuntimeError("odd input")

    monkeypatch.setattr("kg.document.extract_document", broken)
    assert kg.distributed.extract_safely("a.txt", "x") == {"error": "extraction failed (RuntimeError: odd input)"}
