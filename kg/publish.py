"""One build at a time per output folder, and all of a build's outputs published at once.

A build takes the lock ``OUT/.kg/lock`` (a second build into the same folder stops with one line
naming the holder's pid; the lock goes with the process, even on kill -9). It writes every output
into a new generation folder, ``OUT/.kg/tmp-…``, renamed ``OUT/.kg/gen-<key>`` when complete (the
key hashes everything the outputs depend on, so the same input gives the same name). The public
paths ``OUT/facts``, ``OUT/graph.ttl``, … are fixed symbolic links through ``OUT/.kg/current``, and
publishing is one atomic rename of that link: whenever the build stops (kill -9, Ctrl-C, SIGTERM,
a full disk), the folder shows the old build or the new one, entirely.

    with build_lock(out):
        gen = new_generation(out)           # write facts/ and graph files into it
        publish(out, finish_generation(out, gen, key), ("facts", "graph.ttl"))
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

__all__ = ["PRIVATE", "PUBLIC", "BuildLocked", "build_lock", "current_generation", "finish_generation",
           "new_generation", "publish", "published_files", "remove_unpublished"]

PRIVATE = ".kg"
PUBLIC = ("facts", "graph.ttl", "graph.nt", "graph.nq", "graph.jsonld", "void.ttl", "graph.html")
_CURRENT = "current"


class BuildLocked(ValueError):
    """Another build holds the output folder; the message names its pid."""


@contextlib.contextmanager
def build_lock(out: Path) -> Iterator[None]:
    """Hold ``OUT/.kg/lock`` for the ``with`` block, or raise :class:`BuildLocked` at once. It is a POSIX
    record lock: it belongs to this process only (forked workers do not hold it) and goes with it."""
    private = Path(out) / PRIVATE
    private.mkdir(parents=True, exist_ok=True)
    fd = os.open(private / "lock", os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as err:
            if err.errno not in (errno.EACCES, errno.EAGAIN):
                raise
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "unknown"
            raise BuildLocked(f"{out}: another kg build (pid {holder}) is writing this folder; wait for it to "
                              "finish or give another --out") from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        try:
            yield
        finally:
            os.ftruncate(fd, 0)  # an idle folder's lock is empty, so builds stay byte-identical
    finally:
        os.close(fd)


def current_generation(out: Path) -> Path | None:
    """The generation folder the public paths show now (None before the first build)."""
    link = Path(out) / PRIVATE / _CURRENT
    if not link.is_symlink():
        return None
    target = link.parent / os.readlink(link)
    return target if target.is_dir() else None


def new_generation(out: Path) -> Path:
    """An empty private folder for the outputs of the build starting now."""
    folder = Path(tempfile.mkdtemp(prefix="tmp-", dir=Path(out) / PRIVATE))
    mask = os.umask(0)
    os.umask(mask)
    folder.chmod(0o777 & ~mask)  # as readable as any other output, not private like a temp folder
    return folder


def finish_generation(out: Path, staged: Path, key: str) -> Path:
    """Rename a complete generation ``gen-<key>`` (replacing an unpublished one of that name)."""
    final = Path(out) / PRIVATE / f"gen-{key[:16]}"
    if final.exists():
        if final == current_generation(out):
            final = final.with_name(final.name + "-b")
        shutil.rmtree(final, ignore_errors=True)
    os.replace(staged, final)
    return final


def publish(out: Path, generation: Path, names: tuple[str, ...]) -> None:
    """Make ``generation`` the one the public paths show: links first (a new link may dangle for a
    moment), then the atomic switch of ``current``, then public paths the new build has no more, then
    the older generations."""
    out = Path(out)
    if not _links_work(out / PRIVATE):
        _publish_by_moving(out, generation, names)
        return
    for name in names:
        _link(out / name, f"{PRIVATE}/{_CURRENT}/{name}")
    switch = out / PRIVATE / f".{_CURRENT}.{os.getpid()}.tmp"
    switch.unlink(missing_ok=True)
    os.symlink(generation.name, switch)
    os.replace(switch, out / PRIVATE / _CURRENT)
    _sync(out / PRIVATE)
    for name in PUBLIC:
        if name not in names:
            _remove_public(out / name)
    remove_unpublished(out)


def _links_work(folder: Path) -> bool:
    """Whether the file system of ``folder`` has symbolic links (not FAT, not some network shares)."""
    probe = folder / f".probe.{os.getpid()}.tmp"
    probe.unlink(missing_ok=True)
    try:
        os.symlink("current", probe)
    except OSError:
        return False
    probe.unlink()
    return True


def _publish_by_moving(out: Path, generation: Path, names: tuple[str, ...]) -> None:
    """Without symbolic links: each output moved into place in turn (each file whole, the set not at once)."""
    for name in PUBLIC:
        _remove_public(out / name)
        if name in names:
            os.replace(generation / name, out / name)
    shutil.rmtree(generation, ignore_errors=True)


def remove_unpublished(out: Path) -> None:
    """Generations other than the current one (older builds, builds killed before publishing)."""
    current = current_generation(out)
    for entry in sorted((Path(out) / PRIVATE).iterdir()):
        if entry.name.startswith(("gen-", "tmp-")) and entry != current and entry.is_dir():
            shutil.rmtree(entry, ignore_errors=True)
        elif entry.name.endswith(".tmp") and entry.is_symlink():
            entry.unlink(missing_ok=True)


def published_files(out: Path) -> list[Path]:
    """Every file of the build ``out`` shows, as a reader sees it (links followed, private state passed
    over), sorted: ``OUT/facts/a.json``, ``OUT/graph.ttl``, …"""
    found = []
    for root, dirs, files in os.walk(out, followlinks=True):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found += [Path(root, name) for name in files if not name.startswith(".")]
    return sorted(found)


def _link(path: Path, target: str) -> None:
    """``path`` → ``target`` (relative); an output of a build made before generations is replaced."""
    if path.is_symlink() and os.readlink(path) == target:
        return
    if path.is_dir() and not path.is_symlink():
        _remove_public(path)
    staged = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    staged.unlink(missing_ok=True)
    os.symlink(target, staged)
    os.replace(staged, path)


def _remove_public(path: Path) -> None:
    if path.is_symlink() or path.is_file():
        path.unlink(missing_ok=True)
    elif path.is_dir():
        aside = path.with_name(f".kg-old-{path.name}-{os.getpid()}")  # a killed build's is removed next time
        os.replace(path, aside)
        shutil.rmtree(aside, ignore_errors=True)


def _sync(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
