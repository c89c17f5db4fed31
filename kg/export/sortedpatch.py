"""Sorted line files edited in place of being rewritten: binary search and patching through ``mmap``.

The graph files of a build (graph.nq, graph.nt, the JSON-LD records) are sorted, distinct lines.
When a few lines come and go, the new file is the old one with those lines cut out or slipped in:
:func:`patch_sorted` finds each change by binary search and copies the unchanged stretches between
them with the kernel (``os.copy_file_range``), so the cost follows the changes, not the file.
Lines compare as UTF-8 bytes, which is the code-point order the exports sort by.

>>> import tempfile, pathlib
>>> old, new = (pathlib.Path(tempfile.mkdtemp()) / n for n in ("old", "new"))
>>> _ = old.write_bytes(b"a\\nc\\nd\\n")
>>> patch_sorted(old, new, removed=[b"c"], added=[b"b", b"e"])
>>> new.read_bytes()
b'a\\nb\\nd\\ne\\n'
>>> with SortedLines(new) as lines:
...     lines.has(b"d"), lines.has(b"c"), lines.with_prefix(b"b")
(True, False, [b'b'])
"""

from __future__ import annotations

import mmap
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import TracebackType
from typing import BinaryIO, Self

__all__ = ["SortedLines", "default_lines", "patch_sorted"]

COPY_CHUNK = 16 * 2**20


class SortedLines:
    """A sorted file of ``\\n``-ended lines, memory-mapped for binary search (an empty file works too)."""

    def __init__(self, path: Path) -> None:
        self._handle = Path(path).open("rb")  # noqa: SIM115 - closed by close() / the with block
        size = os.fstat(self._handle.fileno()).st_size
        self.data: mmap.mmap | bytes = mmap.mmap(self._handle.fileno(), 0, access=mmap.ACCESS_READ) if size else b""

    def lower_bound(self, target: bytes, lo: int = 0) -> int:
        """Offset of the first line (from the line starting at ``lo``) that is ``>= target``."""
        data, hi = self.data, len(self.data)
        while lo < hi:
            mid = (lo + hi) // 2
            start = data.rfind(b"\n", lo, mid) + 1 if mid > lo else lo
            start = max(start, lo)
            end = data.find(b"\n", start)
            if data[start:end] < target:
                lo = end + 1
            else:
                hi = start
        return lo

    def has(self, line: bytes) -> bool:
        """Whether ``line`` (without its ``\\n``) is in the file."""
        at = self.lower_bound(line)
        return self.data[at:at + len(line) + 1] == line + b"\n"

    def any_prefix(self, prefix: bytes) -> bool:
        """Whether some line starts with ``prefix``."""
        at = self.lower_bound(prefix)
        return self.data[at:at + len(prefix)] == prefix

    def with_prefix(self, prefix: bytes) -> list[bytes]:
        """Every line that starts with ``prefix`` (they are adjacent), without their ``\\n``."""
        at, found = self.lower_bound(prefix), []
        while at < len(self.data) and self.data[at:at + len(prefix)] == prefix:
            end = self.data.find(b"\n", at)
            found.append(bytes(self.data[at:end]))
            at = end + 1
        return found

    def fileno(self) -> int:
        return self._handle.fileno()

    def close(self) -> None:
        if isinstance(self.data, mmap.mmap):
            self.data.close()
        self._handle.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()


def patch_sorted(old: Path, new: Path, removed: Iterable[bytes], added: Iterable[bytes]) -> None:
    """Write ``new``: the lines of the sorted file ``old``, less ``removed`` (each must be there), plus
    ``added`` (none may be there). Lines are given without their ``\\n``, in any order."""
    changes = sorted([(line, False) for line in removed] + [(line, True) for line in added])
    with SortedLines(old) as lines, Path(new).open("wb") as out:
        position = 0
        for line, insert in changes:
            at = lines.lower_bound(line, position)
            _copy(lines, out, position, at)
            position = at
            if insert:
                out.write(line + b"\n")
            else:
                if lines.data[at:at + len(line) + 1] != line + b"\n":
                    raise ValueError(f"{old}: line to remove is missing: {line[:80]!r}")
                position = at + len(line) + 1
        _copy(lines, out, position, len(lines.data))


def _copy(lines: SortedLines, handle: BinaryIO, start: int, end: int) -> None:
    """Bytes ``start:end`` of ``lines`` appended to ``handle``, by the kernel when it can."""
    if end <= start:
        return
    if hasattr(os, "copy_file_range"):
        handle.flush()
        offset = start
        while offset < end:
            try:
                done = os.copy_file_range(lines.fileno(), handle.fileno(), end - offset, offset)
            except OSError:
                break
            if done <= 0:
                break
            offset += done
        if offset >= end:
            return
        start = offset
    handle.writelines(lines.data[at:min(end, at + COPY_CHUNK)] for at in range(start, end, COPY_CHUNK))


def default_lines(lines: Iterable[bytes]) -> Iterator[bytes]:
    """The N-Triples lines (``T .``) of the default-graph quads among sorted N-Quads lines of a graph whose
    default graph holds every named graph's triple: ``T .`` sorts just before its ``T <g> .`` lines, and
    no other triple's line starts with ``T `` (a term never ends inside another).

    >>> list(default_lines([b"<a> <p> <b> .", b"<a> <p> <b> <g> .", b"<a> <p> <c> ."]))
    [b'<a> <p> <b> .', b'<a> <p> <c> .']
    """
    triple = None  # b"T " of the last default line
    for line in lines:
        if triple is not None and line.startswith(triple):
            continue
        triple = line[:-1]
        yield line
