"""A build is one transaction: one build at a time per output folder, and whatever stops it (kill -9,
SIGTERM, Ctrl-C, a full disk) the folder shows the previous build or the new one, entirely."""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

import kg.pipeline
from kg.cli import app
from kg.publish import PRIVATE, published_files

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
KG = Path(sys.executable).with_name("kg")
SEED_TEXT = "".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))


def write_corpus(folder: Path, files: int, size: int, shift: int = 0) -> Path:
    """``files`` slices of the seeds of about ``size`` characters each."""
    folder.mkdir(parents=True, exist_ok=True)
    paragraphs = [p.lstrip("# ") for p in SEED_TEXT.split("\n\n")]
    for i in range(files):
        chunk, j = [], i * 7 + shift
        while sum(map(len, chunk)) < size:
            chunk.append(paragraphs[j % len(paragraphs)])
            j += 1
        (folder / f"{i:03d}.txt").write_text("\n\n".join(chunk) + "\n", encoding="utf-8")
    return folder


def build(*args: str) -> object:
    return CliRunner().invoke(app, ["build", *args, "--jobs", "1", "--quiet"])


def shown(out: Path) -> dict[str, bytes]:
    return {str(p.relative_to(out)): p.read_bytes() for p in published_files(out)}


@pytest.fixture(scope="module")
def old_and_new(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict[str, bytes], dict[str, bytes]]:
    """Two different corpora and the outputs of each, built alone."""
    root = tmp_path_factory.mktemp("transaction")
    old, new = write_corpus(root / "old", 3, 1000), write_corpus(root / "new", 7, 1000, shift=3)
    (new / "000.txt").unlink()  # a file the old build has and the new one has not
    for src in (old, new):
        assert build(str(src), "--out", str(root / f"ref-{src.name}")).exit_code == 0
    return old, new, shown(root / "ref-old"), shown(root / "ref-new")


def test_a_second_build_into_the_same_folder_stops_naming_the_holder(tmp_path: Path) -> None:
    src = write_corpus(tmp_path / "src", 1, 300)
    out = tmp_path / "out"
    code = f"from kg.publish import build_lock; import sys\nwith build_lock({str(out)!r}):\n print('held', flush=True); sys.stdin.read()"
    holder = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    try:
        assert holder.stdout is not None and holder.stdout.readline() == b"held\n"
        result = build(str(src), "--out", str(out))
    finally:
        holder.communicate(b"", timeout=10)
    assert result.exit_code == 1
    assert result.output.count("\n") == 1
    assert f"another kg build (pid {holder.pid}) is writing this folder" in result.output
    assert not (out / "facts").exists()
    assert build(str(src), "--out", str(out)).exit_code == 0  # the lock went with its holder
    assert (out / PRIVATE / "lock").read_bytes() == b""


ATTEMPTS = 5


def _killed_at(moment: str, src: Path, out: Path) -> bool:
    """Start a build of ``src`` into ``out`` and kill -9 it as soon as a file matching ``moment`` shows
    in ``out/.kg``; False when the build ended before that."""
    proc = subprocess.Popen([str(KG), "build", str(src), "--out", str(out), "-j", "1", "-q", "--no-cache"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 60
    while proc.poll() is None and time.monotonic() < deadline:
        if list((out / PRIVATE).glob(moment)):
            os.killpg(proc.pid, signal.SIGKILL)
            return proc.wait(timeout=10) == -signal.SIGKILL
        time.sleep(0.002)
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    return False


@pytest.mark.parametrize("moment", ["tmp-*/facts/*.json", "tmp-*/.*.tmp"])
def test_kill_9_leaves_the_old_build_or_the_new_one_entirely(tmp_path: Path, old_and_new: tuple, moment: str) -> None:
    """Killed while writing the facts, or the graph files and the view (killed while extracting: see the
    SIGTERM test); the next build publishes the new outputs and removes the rest."""
    old, new, old_files, new_files = old_and_new
    out = tmp_path / "out"
    for _ in range(ATTEMPTS):  # the moment lasts milliseconds: a build may finish before it is seen
        assert build(str(old), "--out", str(out)).exit_code == 0
        if _killed_at(moment, new, out):
            break
    else:
        pytest.fail(f"the build ended before {moment} in {ATTEMPTS} attempts")
    assert shown(out) == old_files
    result = build(str(new), "--out", str(out))  # the next build cleans up and publishes
    assert result.exit_code == 0, result.output
    assert shown(out) == new_files
    private = sorted(p.name for p in (out / PRIVATE).iterdir())
    assert len(private) == 3 and private[0] == "current" and private[1].startswith("gen-") and private[2] == "lock"
    assert not [p for p in out.iterdir() if p.name.startswith(".kg-") or p.name.endswith(".tmp")]


def _processes_mentioning(text: str) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if text.encode() in (entry / "cmdline").read_bytes():
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc to find the workers")
@pytest.mark.parametrize(("signum", "moment"), [
    (signal.SIGTERM, "extracting"), (signal.SIGTERM, "tmp-*/graph.*"),  # Ctrl-C: test_reliability.py
])
def test_sigterm_and_ctrl_c_stop_cleanly_with_no_orphan(tmp_path: Path, old_and_new: tuple, signum: int,
                                                         moment: str) -> None:
    """Stopped while two workers extract, or while the graph is exported (its own workers)."""
    old, new, old_files, _ = old_and_new
    out = tmp_path / "out"
    assert build(str(old), "--out", str(out)).exit_code == 0
    proc = subprocess.Popen([str(KG), "build", str(new), "--out", str(out), "-j", "2", "--no-cache"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    deadline = time.monotonic() + 30
    while proc.poll() is None and time.monotonic() < deadline:
        if moment == "extracting" and len(_processes_mentioning(str(out))) >= 3:
            time.sleep(0.3)  # the build and its two workers are running
            break
        if moment != "extracting" and list((out / PRIVATE).glob(moment)):
            break
        time.sleep(0.01)
    if signum == signal.SIGTERM:
        proc.send_signal(signum)  # to the build only, as a service manager would
    else:
        os.killpg(proc.pid, signum)  # Ctrl-C reaches the whole process group
    _, stderr = proc.communicate(timeout=30)
    assert proc.returncode == 130, stderr
    assert stderr.decode() == "kg: interrupted; previous outputs left intact\n"
    assert shown(out) == old_files
    deadline = time.monotonic() + 5
    while _processes_mentioning(str(out)) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _processes_mentioning(str(out)) == []
    assert list((out / PRIVATE).glob("tmp-*")) == []  # the unpublished generation is removed on the way out…
    assert list(out.glob(".kg-*")) == []  # …and so is every scratch folder


def test_a_full_disk_names_the_path_and_keeps_the_old_build(tmp_path: Path, old_and_new: tuple,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    old, new, old_files, _ = old_and_new
    out = tmp_path / "out"
    assert build(str(old), "--out", str(out)).exit_code == 0

    def full(facts: object, folder: Path, *options: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device", str(folder / "graph.nt"))

    monkeypatch.setattr(kg.pipeline, "_write_graph", full)
    result = build(str(new), "--out", str(out))
    assert result.exit_code == 1
    assert result.output.count("\n") == 1 and "graph.nt: No space left on device" in result.output
    assert shown(out) == old_files
    assert list((out / PRIVATE).glob("tmp-*")) == []


def test_a_folder_of_an_older_kg_is_taken_over(tmp_path: Path, old_and_new: tuple) -> None:
    """Real facts/ and graph files (as written before generations) become links to the new build."""
    _, new, _, new_files = old_and_new
    out = tmp_path / "out"
    (out / "facts").mkdir(parents=True)
    (out / "facts" / "gone.json").write_text("{}", encoding="utf-8")
    for name in ("graph.ttl", "graph.html", "void.ttl"):
        (out / name).write_text("old\n", encoding="utf-8")
    assert build(str(new), "--out", str(out)).exit_code == 0
    assert shown(out) == new_files
    assert (out / "facts").is_symlink() and (out / "graph.ttl").is_symlink()


def test_outputs_a_build_no_longer_makes_are_removed(tmp_path: Path) -> None:
    src = write_corpus(tmp_path / "src", 1, 300)
    out = tmp_path / "out"
    assert build(str(src), "--out", str(out)).exit_code == 0
    assert (out / "graph.html").is_file()
    assert build(str(src), "--out", str(out), "--no-html").exit_code == 0
    assert not (out / "graph.html").exists() and not (out / "graph.html").is_symlink()
    assert (out / "graph.ttl").is_file()


def test_without_symbolic_links_the_outputs_are_moved_into_place(tmp_path: Path, old_and_new: tuple,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """A file system without links (FAT, some shares): same outputs, as plain files."""
    _, new, _, new_files = old_and_new

    def refused(*args: object, **kwargs: object) -> None:
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "symlink", refused)
    out = tmp_path / "out"
    for _ in range(2):
        assert build(str(new), "--out", str(out)).exit_code == 0
        assert shown(out) == new_files
    assert not (out / "facts").is_symlink() and (out / "facts").is_dir()
    assert list((out / PRIVATE).glob("*gen-*")) == []


def test_a_signal_swallowed_while_the_graph_is_written_still_stops_before_publishing(
        tmp_path: Path, old_and_new: tuple, monkeypatch: pytest.MonkeyPatch) -> None:
    """SIGTERM landing in a finaliser of the graph workers is dropped there by Python; the build must still
    stop at its next safe point, before the new generation is published, and say so in one line."""
    old, new, old_files, _ = old_and_new
    out = tmp_path / "out"
    assert build(str(old), "--out", str(out)).exit_code == 0
    write_graph = kg.pipeline._write_graph

    class Finaliser:
        def __del__(self) -> None:
            os.kill(os.getpid(), signal.SIGTERM)  # the handler raises KeyboardInterrupt in __del__ ...
            time.sleep(1)  # ... which Python reports and drops

    def swallowed(*args: object, **kwargs: object) -> object:
        counts = write_graph(*args, **kwargs)  # type: ignore[arg-type]
        Finaliser()
        return counts

    monkeypatch.setattr(kg.pipeline, "_write_graph", swallowed)
    result = build(str(new), "--out", str(out), "--no-cache")
    assert result.exit_code == 130
    assert result.output == "kg: interrupted; previous outputs left intact\n"
    assert shown(out) == old_files
