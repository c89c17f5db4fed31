"""Extraction of source files into staged facts files, in this process, in worker processes or on Dask.

A :class:`Job` names a source and the folder its facts go to (the cache, ``OUT/.cache``, named by a
hash of the extractor code, the file name and its content, so an unchanged file is never extracted
twice). :func:`process` reads, decodes and extracts one file and writes its facts article by article;
it returns only counts, so workers send back almost nothing. :func:`run_jobs` runs the jobs and
yields their results in job order, with a progress bar (bytes of source) on a terminal.

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "a.txt").write_text("宜春市新建标准厂房30栋。", encoding="utf-8")
>>> process(Job(str(folder / "a.txt"), "a.txt", str(folder / "staged"), False))["articles"]
1
"""

from __future__ import annotations

import functools
import hashlib
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from kg.factsfiles import COUNTED, add_counts, read_article_chunks, write_facts_file
from kg.safe_text import printable
from kg.sources import cap_sentences, read_source

__all__ = ["COUNTED", "EXTRACTOR_VERSION", "Job", "Progress", "code_fingerprint", "extractor_fingerprint", "process",
           "prune_cache", "run_jobs"]

EXTRACTOR_VERSION = "0.1.0"
# a single worker extracts in this process for small inputs; past this, in a worker process all the
# same, so that the memory extraction leaves behind (caches, a huge file's articles) goes with it
IN_PROCESS_BYTES = 16 * 2**20


@dataclass(frozen=True)
class Job:
    """One source to extract, and the folder its facts document is staged in."""

    path: str
    name: str
    staging: str
    use_cache: bool
    size: int = 1  # bytes of the source, for progress (set by run_jobs)



_CACHE_NAME = re.compile(r"[0-9a-f]{32}\.json")


def _cache_key(name: str, digest: str) -> str:
    key = hashlib.sha256(f"{EXTRACTOR_VERSION}\0{extractor_fingerprint()}\0{name}\0{digest}".encode()).hexdigest()
    return key[:32]


@functools.lru_cache(maxsize=1)
def extractor_fingerprint() -> str:
    """A hash of the extraction code and its data (lexicons, gazetteer, tagger): change a rule or a
    lexicon and every cached extraction is stale."""
    root = Path(__file__).resolve().parent
    data = (".py", ".gz", ".tsv", ".txt", ".json", ".crfsuite")
    paths = [path for folder in ("text", "extract", "relate", "normalize", "data")
             for path in sorted((root / folder).rglob("*")) if path.suffix in data]
    paths += [root / name for name in ("document.py", "link.py", "lexicon.py", "lexicon_data.py", "gazetteer.py",
                                       "types.py", "sources.py")]
    return code_fingerprint(paths)


def code_fingerprint(paths: Iterable[Path]) -> str:
    """A short hash of the files' paths (relative to the package) and contents, in the order given;
    folders and ``__pycache__`` are passed over."""
    root = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in paths:
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def _extract(item: tuple[str, str]) -> tuple[dict[str, Any], Iterator[dict[str, Any]]]:
    """For ``(name, text)``: the top-level facts fields that say which layout the text was split by,
    and the facts of each of its articles, one at a time (the layout is found once, for both)."""
    from kg.document import fields_and_article_facts

    return fields_and_article_facts(*item)


def prune_cache(folder: Path, kept: Iterable[Path]) -> int:
    """Remove the cached facts documents in ``folder`` (files named by :func:`_cache_key`) that are not
    ``kept``: those of sources removed or changed since, or of an older extractor. Returns how many.

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> for name in ("a" * 32, "b" * 32, "notes"):
    ...     _ = (folder / f"{name}.json").write_text("{}", encoding="utf-8")
    >>> prune_cache(folder, [folder / f"{'a' * 32}.json"]), sorted(p.name[:5] for p in folder.iterdir())
    (1, ['aaaaa', 'notes'])
    """
    keep = {Path(path).name for path in kept}
    removed = 0
    for path in Path(folder).glob("*.json"):
        if path.name not in keep and _CACHE_NAME.fullmatch(path.name):
            path.unlink(missing_ok=True)
            removed += 1
    return removed


def _cached_counts(path: Path) -> dict[str, int] | None:
    """Article and fact counts of a cached facts file, None when it is missing or unreadable."""
    counts = dict.fromkeys(COUNTED, 0)
    try:
        for _fields, articles in read_article_chunks(path):
            add_counts(counts, articles)
    except (OSError, ValueError, TypeError):
        return None
    return counts


def process(job: Job) -> dict[str, Any]:
    """Read, decode, extract (or take from the cache) and stage one source; return what the build
    needs to know: ``{"facts": staged file, counts…}``, ``{"empty": True}`` or ``{"error": message}``.
    Facts are written article by article, so a huge file's facts are never all in memory; progress
    is reported (in bytes of the source) after each article."""
    try:
        return _process(job, job.size)
    finally:
        _PROGRESS.finish(job.size)


def _process(job: Job, size: int) -> dict[str, Any]:
    warnings: list[str] = []
    try:
        text = read_source(Path(job.path), warnings)
    except ValueError as exc:
        return {"error": str(exc)}
    result = _extract_text(job, text, size)
    return {**result, "warnings": warnings} if warnings else result


def _extract_text(job: Job, text: str, size: int) -> dict[str, Any]:
    if not text.strip():
        return {"empty": True}
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    staged = Path(job.staging) / f"{_cache_key(job.name, digest)}.json"
    counts = _cached_counts(staged) if job.use_cache else None
    if counts is None:
        try:
            capped = cap_sentences(text)
            fields, articles = _extract((job.name, capped))
            counts = write_facts_file(staged, job.name, digest, _PROGRESS.follow(articles, size, len(text)), fields)
        except Exception as exc:  # noqa: BLE001 - any extractor bug on odd input is reported per file
            return {"error": f"{printable(job.name)}: " + printable(f"extraction failed ({type(exc).__name__}: {exc})")[:300]}
    return {"facts": str(staged), **counts}


class Progress:
    """Bytes of source extracted so far, shared by the workers of a build (a ``multiprocessing.Value``)."""

    def __init__(self) -> None:
        self.counter: Any = None
        self.done = 0  # of the file being extracted in this process
        self.show: Callable[[int], None] = lambda total: None

    def advance(self, n: int) -> None:
        if self.counter is not None and n > 0:
            with self.counter.get_lock():
                self.counter.value += n
            self.show(self.counter.value)
        self.done += max(n, 0)

    def follow(self, articles: Iterable[dict[str, Any]], size: int, length: int) -> Iterator[dict[str, Any]]:
        """``articles``, advancing by the share of the file each one ends at."""
        for article in articles:
            yield article
            span = article.get("span") if isinstance(article, dict) else None
            if isinstance(span, list) and len(span) == 2 and isinstance(span[1], int):
                self.advance(size * min(span[1], length) // max(length, 1) - self.done)

    def finish(self, size: int) -> None:
        """The file is done (extracted, cached, empty or failed): count all of it."""
        self.advance(size - self.done)
        self.done = 0


_PROGRESS = Progress()


def _start_worker(counter: Any) -> None:
    """Pool initializer: share the progress counter; leave Ctrl-C to the main process, which stops us,
    and die at once on SIGTERM (the main process's SIGTERM handler, inherited through fork, must not
    run here: a worker waiting on the pool's queue lock would never get to it)."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _PROGRESS.counter, _PROGRESS.show = counter, lambda total: None


def run_jobs(jobs: list[Job], *, workers: int = 0, executor: str = "local", scheduler: str | None = None,
             progress: bool = True) -> Iterator[dict[str, Any]]:
    """Results of ``jobs``, in job order, as they arrive: in ``workers`` processes (0: all cores) or on
    Dask (``executor="dask"``, ``scheduler`` address or a local cluster); ``progress``: a bar on a terminal."""
    if executor == "dask":
        yield from _run_on_dask(jobs, scheduler)
        return
    import multiprocessing

    jobs = [replace(job, size=_size(job.path)) for job in jobs]
    total = sum(job.size for job in jobs)
    counter = multiprocessing.Value("q", 0)
    workers = min(workers or os.cpu_count() or 1, len(jobs))
    if workers <= 1 and total < IN_PROCESS_BYTES:
        with _progress(total, len(jobs), progress) as show:
            _PROGRESS.counter, _PROGRESS.show = counter, show
            try:
                yield from (process(job) for job in jobs)
            finally:
                _PROGRESS.counter, _PROGRESS.show = None, lambda total: None
        return
    # the pool is made before the progress thread starts (fork); it is terminated on exit, Ctrl-C included
    with (multiprocessing.Pool(workers, initializer=_start_worker, initargs=(counter,)) as pool,
          _progress(total, len(jobs), progress) as show):
        # the largest files first (no worker is left alone with a big one at the end); yielded in job order
        order = largest_first(jobs)
        results = pool.imap(process, [jobs[i] for i in order], chunksize=1)
        arrived: dict[int, dict[str, Any]] = {}
        due = 0
        for i in order:
            arrived[i] = _next_result(results, lambda: show(counter.value))
            while due in arrived:
                yield arrived.pop(due)
                due += 1
        pool.close()  # every job is done: let the workers leave on their own before the exit
        pool.join()


def largest_first(jobs: list[Job]) -> list[int]:
    """Indices of ``jobs`` by size, the largest first (ties in job order).

    >>> largest_first([Job("a", "a", "s", False, 10), Job("b", "b", "s", False, 30), Job("c", "c", "s", False, 10)])
    [1, 0, 2]
    """
    return sorted(range(len(jobs)), key=lambda i: -jobs[i].size)


def _next_result(results: Any, tick: Callable[[], None]) -> dict[str, Any]:
    """The next result of a pool's ``imap``, calling ``tick`` (the progress bar) every quarter second."""
    import multiprocessing

    while True:
        try:
            result: dict[str, Any] = results.next(timeout=0.25)
        except multiprocessing.TimeoutError:
            tick()
            continue
        tick()
        return result


def _run_on_dask(jobs: list[Job], scheduler: str | None) -> Iterator[dict[str, Any]]:
    """Dask workers may not see our files: sources are read here, extracted there, staged here."""
    from kg.distributed import run_on_dask

    read: list[tuple[Job, str | None, dict[str, Any] | None]] = []
    for job in jobs:
        warnings: list[str] = []
        try:
            text = read_source(Path(job.path), warnings)
        except ValueError as exc:
            read.append((job, None, {"error": str(exc)}))
            continue
        for warning in warnings:
            print(f"kg: warning: {warning}", file=sys.stderr)
        read.append((job, text, None if text.strip() else {"empty": True}))
    todo = [(job.name, cap_sentences(text)) for job, text, done in read if done is None and text is not None]
    docs = iter(run_on_dask(todo, scheduler))
    for job, source_text, done in read:
        if done is not None or source_text is None:
            yield done or {}
            continue
        doc = next(docs)
        if "error" in doc:
            yield {"error": printable(f"{job.name}: {doc['error']}")}
            continue
        digest = hashlib.sha256(source_text.encode("utf-8")).hexdigest()
        staged = Path(job.staging) / f"{_cache_key(job.name, digest)}.json"
        fields: dict[str, Any] = {key: doc[key] for key in ("layout", "notes") if key in doc}
        yield {"facts": str(staged), **write_facts_file(staged, job.name, digest, doc["articles"], fields)}


def _size(path: str) -> int:
    try:
        return max(os.path.getsize(path), 1)
    except OSError:
        return 1


@contextmanager
def _progress(total_bytes: int, files: int, enabled: bool) -> Iterator[Callable[[int], None]]:
    """A transient rich progress bar on stderr, on a terminal, for several files or one of 1 MB or more:
    bytes of source extracted (a huge file advances article by article). ``show(done)`` updates it."""
    if not enabled or (files < 2 and total_bytes < 1_000_000) or not sys.stderr.isatty():
        yield lambda done: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (TextColumn("{task.description}"), BarColumn(), DownloadColumn(), TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("extracting", total=total_bytes)
        yield lambda done: bar.update(task, completed=done)
