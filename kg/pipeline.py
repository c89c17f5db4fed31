"""``kg build``: sources → facts/*.json → graph exports → graph.html, in bounded memory.

1. **Find** the sources (:mod:`kg.sources`).
2. **Extract** each file (:func:`kg.document.extract_document`), in worker processes when
   ``jobs`` > 1 (or on Dask): a worker reads and decodes its file, extracts it and writes the
   facts document to the cache folder ``OUT/.cache`` (named by a hash of the extractor, the
   file name and its content, so an unchanged file is never extracted twice), and sends back only
   its counts. A file that cannot be read, decoded or extracted is reported on stderr in one line
   and skipped (``strict`` stops at the first one instead, before anything is written); an empty
   file gets a one-line note.
3. **Publish** the facts: each is copied to ``facts/<stem>.json``; facts of sources no longer
   built are removed.
4. **Export** the graph from the facts files, read one at a time (:func:`kg.graph.graph_quads`
   → :func:`kg.export.rdf.export_quads`, which sorts on disk when the graph is large), then the
   HTML view; with ``store``, also an on-disk Oxigraph store of the graph (:mod:`kg.store`).

Every output is written atomically, so an interrupted build leaves each previous output file whole.
Memory stays bounded by the largest single file and the entity registry, not by the corpus.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.factsfiles import FactsFiles, read_article_chunks, write_facts_file
from kg.io import atomic_write_text, dumps_json
from kg.sources import MAX_SENTENCE, SOURCE_SUFFIXES, Source, cap_sentences, discover, read_source

__all__ = ["EXTRACTOR_VERSION", "MAX_SENTENCE", "SOURCE_SUFFIXES", "BuildError", "BuildOptions", "BuildSummary",
           "Source", "cap_sentences", "discover", "read_source", "run_build"]

EXTRACTOR_VERSION = "0.1.0"
COUNTED = ("articles", "entities", "relations", "observations")


class BuildError(ValueError):
    """A source that stops a ``strict`` build; the message names the file and the reason."""


@dataclass
class BuildOptions:
    sources: list[Path]
    out: Path
    jobs: int = 0
    base: str | None = None
    strict: bool = False
    html: bool = True
    cache: bool = True
    executor: str = "local"
    scheduler: str | None = None
    progress: bool = True
    store: bool = False


@dataclass
class BuildSummary:
    files: int = 0
    articles: int = 0
    entities: int = 0
    relations: int = 0
    observations: int = 0
    triples: int = 0
    seconds: float = 0.0
    failures: list[str] = field(default_factory=list)
    empty: list[str] = field(default_factory=list)

    def line(self) -> str:
        failed = f", {len(self.failures)} skipped" if self.failures else ""
        empty = f", {len(self.empty)} empty" if self.empty else ""
        return (f"built {self.files} files{failed}{empty}: {self.articles} articles, {self.entities} entities, "
                f"{self.relations} relations, {self.observations} observations, {self.triples} triples "
                f"in {self.seconds:.1f}s")


@dataclass(frozen=True)
class Job:
    """One source to extract, and the folder its facts document is staged in."""

    path: str
    name: str
    staging: str
    use_cache: bool


def _report(message: str, options: BuildOptions, summary: BuildSummary) -> None:
    """A bad source: stop a strict build, else one line on stderr and go on."""
    if options.strict:
        raise BuildError(message)
    print(f"kg: skipped {message}", file=sys.stderr)
    summary.failures.append(message)


# --- extraction (runs in workers) -------------------------------------------------------------------

def _cache_key(name: str, digest: str) -> str:
    key = hashlib.sha256(f"{EXTRACTOR_VERSION}\0{extractor_fingerprint()}\0{name}\0{digest}".encode()).hexdigest()
    return key[:32]


@functools.lru_cache(maxsize=1)
def extractor_fingerprint() -> str:
    """A hash of the extraction code and its data (lexicons, gazetteer, tagger): change a rule or a
    lexicon and every cached extraction is stale."""
    root = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for folder in ("text", "extract", "relate", "normalize", "data"):
        for path in sorted((root / folder).rglob("*")):
            if path.is_file() and path.suffix in (".py", ".gz", ".tsv", ".txt", ".json", ".crfsuite"):
                digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes())
    for name in ("document.py", "link.py", "lexicon.py", "lexicon_data.py", "gazetteer.py", "types.py",
                 "sources.py"):
        digest.update(name.encode() + b"\0" + (root / name).read_bytes())
    return digest.hexdigest()[:16]


def _extract(item: tuple[str, str]) -> Iterable[dict[str, Any]]:
    """The facts of each article of ``(name, text)``, one at a time."""
    from kg.document import iter_article_facts

    return iter_article_facts(*item)


def _cached_counts(path: Path) -> dict[str, int] | None:
    """Article and fact counts of a cached facts file, None when it is missing or unreadable."""
    counts = dict.fromkeys(COUNTED, 0)
    try:
        for _fields, articles in read_article_chunks(path):
            counts["articles"] += len(articles)
            for key in COUNTED[1:]:
                counts[key] += sum(len(a.get(key) or ()) for a in articles if isinstance(a, dict))
    except (OSError, ValueError, TypeError):
        return None
    return counts


def _counts(doc: dict[str, Any]) -> dict[str, int]:
    articles = doc["articles"]
    return {"articles": len(articles),
            **{key: sum(len(a.get(key) or ()) for a in articles) for key in COUNTED[1:]}}


def process(job: Job) -> dict[str, Any]:
    """Read, decode, extract (or take from the cache) and stage one source; return what the build
    needs to know: ``{"facts": staged file, counts…}``, ``{"empty": True}`` or ``{"error": message}``.
    Facts are written article by article, so a huge file's facts are never all in memory; progress
    is reported (in bytes of the source) after each article."""
    size = _size(job.path)
    try:
        return _process(job, size)
    finally:
        _PROGRESS.finish(size)


def _process(job: Job, size: int) -> dict[str, Any]:
    try:
        text = read_source(Path(job.path))
    except ValueError as exc:
        return {"error": str(exc)}
    if not text.strip():
        return {"empty": True}
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    staged = Path(job.staging) / f"{_cache_key(job.name, digest)}.json"
    counts = _cached_counts(staged) if job.use_cache else None
    if counts is None:
        try:
            articles = _PROGRESS.follow(_extract((job.name, cap_sentences(text))), size, len(text))
            counts = write_facts_file(staged, job.name, digest, articles)
        except Exception as exc:  # noqa: BLE001 - any extractor bug on odd input is reported per file
            return {"error": f"{job.name}: " + f"extraction failed ({type(exc).__name__}: {exc})"[:300]}
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
    """Pool initializer: share the progress counter; leave Ctrl-C to the main process, which stops us."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _PROGRESS.counter, _PROGRESS.show = counter, lambda total: None


def _run(jobs: list[Job], options: BuildOptions) -> Iterator[dict[str, Any]]:
    """Results of ``jobs``, in job order, as they arrive (progress shown on a terminal)."""
    if options.executor == "dask":
        yield from _run_on_dask(jobs, options)
        return
    import multiprocessing

    total = sum(_size(job.path) for job in jobs)
    counter = multiprocessing.Value("q", 0)
    workers = min(options.jobs or os.cpu_count() or 1, len(jobs))
    if workers <= 1:
        with _progress(total, len(jobs), options.progress) as show:
            _PROGRESS.counter, _PROGRESS.show = counter, show
            try:
                yield from (process(job) for job in jobs)
            finally:
                _PROGRESS.counter, _PROGRESS.show = None, lambda total: None
        return
    # the pool is made before the progress thread starts (fork); it is terminated on exit, Ctrl-C included
    with (multiprocessing.Pool(workers, initializer=_start_worker, initargs=(counter,)) as pool,
          _progress(total, len(jobs), options.progress) as show):
        results = pool.imap(process, jobs, chunksize=1)
        while True:
            try:
                result = results.next(timeout=0.25)
            except multiprocessing.TimeoutError:
                show(counter.value)
                continue
            except StopIteration:
                return
            show(counter.value)
            yield result


def _run_on_dask(jobs: list[Job], options: BuildOptions) -> Iterator[dict[str, Any]]:
    """Dask workers may not see our files: sources are read here, extracted there, staged here."""
    from kg.distributed import run_on_dask

    read: list[tuple[Job, str | None, dict[str, Any] | None]] = []
    for job in jobs:
        try:
            text = read_source(Path(job.path))
        except ValueError as exc:
            read.append((job, None, {"error": str(exc)}))
            continue
        read.append((job, text, None if text.strip() else {"empty": True}))
    todo = [(job.name, cap_sentences(text)) for job, text, done in read if done is None and text is not None]
    docs = iter(run_on_dask(todo, options.scheduler))
    for job, text, done in read:
        if done is not None or text is None:
            yield done or {}
            continue
        doc = next(docs)
        if "error" in doc:
            yield {"error": f"{job.name}: {doc['error']}"}
            continue
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        doc["sha256"] = digest
        staged = Path(job.staging) / f"{_cache_key(job.name, digest)}.json"
        atomic_write_text(staged, dumps_json(doc))
        yield {"facts": str(staged), **_counts(doc)}


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


# --- the build -------------------------------------------------------------------------------------

def extract_sources(sources: list[Source], options: BuildOptions, summary: BuildSummary,
                    staging: Path) -> list[tuple[str, Path]]:
    """Extract every source into ``staging``; return (source name, staged facts file) of those built."""
    jobs = [Job(str(s.path), s.name, str(staging), options.cache) for s in sources]
    built: list[tuple[str, Path]] = []
    for job, result in zip(jobs, _run(jobs, options)):
        if "error" in result:
            _report(result["error"], options, summary)
        elif result.get("empty"):
            print(f"kg: note: {job.path}: empty file, nothing to extract", file=sys.stderr)
            summary.empty.append(job.path)
        else:
            built.append((job.name, Path(result["facts"])))
            for key in COUNTED:
                setattr(summary, key, getattr(summary, key) + result[key])
    return built


def publish_facts(built: list[tuple[str, Path]], out: Path) -> FactsFiles:
    """Copy staged facts to ``facts/<stem>.json`` (atomically), remove facts of sources no longer built."""
    folder = out / "facts"
    folder.mkdir(parents=True, exist_ok=True)
    entries = []
    for name, staged in built:
        target = folder / f"{Path(name).stem}.json"
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
        os.close(fd)
        try:
            shutil.copyfile(staged, tmp)
            os.chmod(tmp, 0o666 & ~_umask())
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        entries.append((name, target))
    names = {target.name for _, target in entries}
    for stale in sorted(folder.glob("*.json")):
        if stale.name not in names:
            stale.unlink(missing_ok=True)
    return FactsFiles(entries)


def run_build(options: BuildOptions) -> BuildSummary:
    """Run a whole build; see the module docstring."""
    started = time.perf_counter()
    summary = BuildSummary()
    problems: list[str] = []
    sources = discover(options.sources, exclude=options.out, problems=problems)
    for problem in problems:
        _report(problem, options, summary)
    if not sources:
        raise ValueError(f"no source files ({', '.join('*' + s for s in SOURCE_SUFFIXES)}) under "
                         f"{', '.join(map(str, options.sources))}")
    if options.strict:
        _check_readable(sources)
    _check_writable(options.out)
    _remove_temp_files(options.out)
    with _staging(options) as staging:
        built = extract_sources(sources, options, summary, staging)
        facts = publish_facts(built, options.out)
    summary.triples = _write_graph(facts, options)
    from kg.store import remove_store, write_store

    if options.store:
        write_store(options.out)
    else:
        remove_store(options.out)  # a store of an earlier build would no longer describe this one
    if options.html:
        from kg.export.html import write_view

        write_view(facts, options.out / "graph.html")
    summary.files = len(facts)
    summary.seconds = time.perf_counter() - started
    return summary


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextmanager
def _staging(options: BuildOptions) -> Iterator[Path]:
    """Where workers put facts documents: the cache, or a scratch folder removed afterwards."""
    if options.cache:
        yield options.out / ".cache"
        return
    scratch = Path(tempfile.mkdtemp(prefix=".kg-staging-", dir=options.out))
    try:
        yield scratch
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _write_graph(facts: FactsFiles, options: BuildOptions) -> int:
    """graph.{ttl,nt,nq,jsonld} and void.ttl, streamed from the facts files; returns the quad count."""
    from kg.export.rdf import export_quads
    from kg.export.terms import Terms
    from kg.graph import graph_quads
    from kg.vocab import DEFAULT_BASE, PREFIXES

    base = options.base or DEFAULT_BASE
    terms = Terms(dict(PREFIXES))
    term = terms.from_rdflib
    quads = ((term(s), term(p), term(o), None if g is None else term(g)) for s, p, o, g in graph_quads(facts, base))
    counts = export_quads(quads, options.out, terms, sources=facts.sources, base=base)
    return int(counts.get("graph.nq", counts.get("graph.nt", 0)))


def _check_readable(sources: list[Source]) -> None:
    """A strict build stops at the first source it cannot read or decode, before it writes anything."""
    for source in sources:
        try:
            read_source(source.path)
        except ValueError as exc:
            raise BuildError(str(exc)) from None


def _check_writable(out: Path) -> None:
    if out.exists() and not out.is_dir():
        raise ValueError(f"{out}: output folder is a file")
    try:
        out.mkdir(parents=True, exist_ok=True)
        probe = out / ".kg-write-test"
        probe.write_text("", encoding="utf-8")
        probe.unlink()
    except OSError as exc:
        raise ValueError(f"{out}: output folder is not writable ({exc.strerror or exc})") from exc


def _remove_temp_files(out: Path) -> None:
    """Temporary files and folders (``.NAME.*.tmp`` of kg.io, ``.kg-*`` scratch) left by a killed build."""
    for folder in (out, out / "facts", out / ".cache"):
        for temp in folder.glob(".*.tmp"):
            temp.unlink(missing_ok=True)
    for scratch in out.glob(".kg-*"):
        if scratch.is_dir():
            shutil.rmtree(scratch, ignore_errors=True)
