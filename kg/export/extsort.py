"""Sort and de-duplicate more lines than fit in memory (an external merge sort).

Lines are kept in memory up to a budget; past it, each batch is sorted, de-duplicated and
written to a run file, and the runs are merged with :func:`heapq.merge` at the end. A build
that fits in the budget never touches the disk. The order is Python's string order (code
points), which is also the byte order of their UTF-8 form. Lines must not contain characters
at or below ``\\n`` (U+000A): run files end lines with it, and the merge compares whole lines.

>>> import tempfile
>>> with ExternalSorter(tempfile.mkdtemp(), budget=10) as lines:
...     lines.extend(["b", "a", "c", "a", "b"])
...     list(lines.sorted_unique())
['a', 'b', 'c']
"""

from __future__ import annotations

import heapq
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import TracebackType
from typing import Self

__all__ = ["ExternalSorter"]

FAN_IN = 16  # run files merged at once
LINE_OVERHEAD = 80  # bytes a short str object costs beyond its characters (CPython, roughly)


class ExternalSorter:
    """Collects lines with :meth:`add`, then yields them sorted and distinct from :meth:`sorted_unique`.

    ``budget`` is the approximate memory, in bytes, the pending lines may take (default 128 MB).
    Run files go to a private folder made inside ``folder``, removed by :meth:`close`. With
    ``distinct=False`` a line added several times is kept several times, and :meth:`sorted_counts`
    says how often (the graph counts how many documents state each quad this way).
    """

    def __init__(self, folder: str | Path, budget: int = 128 * 2**20, distinct: bool = True) -> None:
        self._folder = Path(folder)
        self._distinct = distinct
        self._budget = budget
        self._lines: list[str] = []
        self._size = 0
        self._runs: list[Path] = []
        self._scratch: Path | None = None
        self._merges = 0

    def add(self, line: str) -> None:
        """Add one line (no ``\\n`` in it)."""
        self._lines.append(line)
        self._size += 2 * len(line) + LINE_OVERHEAD
        if self._size > self._budget:
            self._spill()

    def extend(self, lines: Iterable[str]) -> None:
        """Add several lines."""
        for line in lines:
            self.add(line)

    def _spill(self) -> None:
        if self._scratch is None:
            self._scratch = Path(tempfile.mkdtemp(prefix=".kg-sort-", dir=self._folder))
        run = self._scratch / f"run-{len(self._runs):05d}"
        with run.open("w", encoding="utf-8", newline="\n") as handle:
            handle.writelines(line + "\n" for line in sorted(set(self._lines) if self._distinct else self._lines))
        self._runs.append(run)
        self._lines, self._size = [], 0

    def sorted_unique(self) -> Iterator[str]:
        """Every distinct line added, in sorted order (may be read once)."""
        if not self._runs:
            yield from sorted(set(self._lines))
            return
        yield from (line[:-1] for line in self._merged(self._final_runs()))

    def sorted_counts(self) -> Iterator[tuple[str, int]]:
        """(line, how many times it was added) of every distinct line, in sorted order (``distinct=False``)."""
        if not self._runs:
            yield from _counted(sorted(self._lines))
            return
        handles = [run.open(encoding="utf-8", newline="\n") for run in self._final_runs()]
        try:
            previous, count = None, 0
            for line in heapq.merge(*handles):
                if line == previous:
                    count += 1
                    continue
                if previous is not None:
                    yield previous[:-1], count
                previous, count = line, 1
            if previous is not None:
                yield previous[:-1], count
        finally:
            for handle in handles:
                handle.close()

    def _final_runs(self) -> list[Path]:
        if self._lines:
            self._spill()
        while len(self._runs) > FAN_IN:  # merge in rounds: open files (and their buffers) stay few
            groups = [self._runs[i:i + FAN_IN] for i in range(0, len(self._runs), FAN_IN)]
            self._runs = [self._merge_to_file(group) for group in groups]
        return self._runs

    def _merged(self, runs: list[Path]) -> Iterator[str]:
        """Lines (with their ``\\n``) of sorted run files, merged; distinct unless ``distinct=False``."""
        handles = [run.open(encoding="utf-8", newline="\n") for run in runs]
        try:
            previous = None
            for line in heapq.merge(*handles):
                if line != previous or not self._distinct:
                    yield line
                    previous = line
        finally:
            for handle in handles:
                handle.close()

    def _merge_to_file(self, runs: list[Path]) -> Path:
        assert self._scratch is not None
        self._merges += 1
        merged = self._scratch / f"merged-{self._merges:05d}"
        with merged.open("w", encoding="utf-8", newline="\n") as handle:
            handle.writelines(self._merged(runs))
        for run in runs:
            run.unlink()
        return merged

    def freeze(self) -> list[Path]:
        """Write every pending line to a run file and hand over the run files: they outlive this sorter
        (another one, :meth:`of_runs`, merges them; removing their folder is then up to the caller)."""
        if self._lines or not self._runs:
            self._spill()
        runs, self._runs, self._scratch = self._runs, [], None
        return runs

    @classmethod
    def of_runs(cls, folder: str | Path, runs: list[Path], budget: int = 128 * 2**20,
                distinct: bool = True) -> ExternalSorter:
        """A sorter holding sorted run files made by :meth:`freeze` (possibly in other processes)."""
        sorter = cls(folder, budget, distinct)
        sorter._runs = [Path(run) for run in runs]
        sorter._scratch = Path(tempfile.mkdtemp(prefix=".kg-sort-", dir=folder))  # for merge rounds
        return sorter

    @property
    def spilled(self) -> int:
        """How many run files were written (0: everything stayed in memory)."""
        return len(self._runs)

    def close(self) -> None:
        """Remove the run files."""
        self._lines = []
        if self._scratch is not None:
            shutil.rmtree(self._scratch, ignore_errors=True)
            self._scratch = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()


def _counted(lines: Iterable[str]) -> Iterator[tuple[str, int]]:
    """(line, run length) of the runs of equal lines."""
    previous, count = None, 0
    for line in lines:
        if line == previous:
            count += 1
            continue
        if previous is not None:
            yield previous, count
        previous, count = line, 1
    if previous is not None:
        yield previous, count
