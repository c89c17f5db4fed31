"""``kg build``: sources → facts/*.json → graph exports → graph.html.

Files are found, read and decoded one by one; a file that cannot be read is
reported on stderr (one line) and skipped. Extraction runs per file
(:func:`kg.document.extract_document`), in worker processes when ``jobs`` > 1,
and is cached by content hash in ``OUT/.cache``. Every output is written
atomically, so an interrupted build leaves the previous output intact.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.io import atomic_write_text, dumps_json
from kg.text.decode import DecodeError, decode_bytes

SOURCE_SUFFIXES = (".txt", ".md", ".text")
EXTRACTOR_VERSION = "0.1.0"


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

    def line(self) -> str:
        failed = f", {len(self.failures)} skipped" if self.failures else ""
        return (f"built {self.files} files{failed}: {self.articles} articles, {self.entities} entities, "
                f"{self.relations} relations, {self.observations} observations, {self.triples} triples "
                f"in {self.seconds:.1f}s")


def discover(paths: Iterable[Path]) -> list[Path]:
    """Source files under ``paths`` (files kept as given; folders searched recursively, links not followed)."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            for root, dirs, files in os.walk(path, followlinks=False):
                dirs.sort()
                found.extend(Path(root) / f for f in sorted(files) if f.endswith(SOURCE_SUFFIXES) and not f.startswith("."))
        elif path.exists() or path.is_symlink():
            found.append(path)
        else:
            raise ValueError(f"{path}: no such file or folder")
    return sorted(dict.fromkeys(found), key=lambda p: (p.name, str(p)))


def read_source(path: Path) -> str:
    """Decoded text of ``path``; raises ValueError naming the file and the reason."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ValueError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    try:
        return decode_bytes(data, str(path))
    except DecodeError as exc:
        raise ValueError(str(exc)) from exc


def _cache_key(name: str, text: str) -> str:
    digest = hashlib.sha256(f"{EXTRACTOR_VERSION}\0{name}\0{text}".encode()).hexdigest()
    return digest[:32]


def _extract(item: tuple[str, str]) -> dict[str, Any]:
    from kg.document import extract_document

    return extract_document(*item)


def _tasks(files: list[Path], options: BuildOptions, summary: BuildSummary) -> Iterator[tuple[str, str]]:
    for path in files:
        try:
            yield path.name, read_source(path)
        except ValueError as exc:
            if options.strict:
                raise
            print(f"kg: skipped {exc}", file=sys.stderr)
            summary.failures.append(str(path))


def extract_all(files: list[Path], options: BuildOptions, summary: BuildSummary) -> list[dict[str, Any]]:
    """Facts documents of ``files`` in a deterministic order (cache, workers, progress)."""
    cache_dir = options.out / ".cache"
    items = list(_tasks(files, options, summary))
    docs: dict[int, dict[str, Any]] = {}
    todo: list[tuple[int, tuple[str, str]]] = []
    for i, item in enumerate(items):
        cached = cache_dir / f"{_cache_key(*item)}.json"
        if options.cache and cached.exists():
            docs[i] = json.loads(cached.read_text(encoding="utf-8"))
        else:
            todo.append((i, item))
    results = _run(todo, options)
    for (i, item), doc in zip(todo, results):
        docs[i] = doc
        if options.cache:
            atomic_write_text(cache_dir / f"{_cache_key(*item)}.json", dumps_json(doc))
    return [docs[i] for i in sorted(docs)]


def _run(todo: list[tuple[int, tuple[str, str]]], options: BuildOptions) -> list[dict[str, Any]]:
    work = [item for _, item in todo]
    if options.executor == "dask":
        from kg.distributed import run_on_dask

        return run_on_dask(work, options.scheduler)
    jobs = options.jobs or os.cpu_count() or 1
    progress = _progress(len(work), options.progress)
    if jobs <= 1 or len(work) <= 1:
        out = []
        for item in work:
            out.append(_extract(item))
            progress(1)
        return out
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=min(jobs, len(work))) as pool:
        out = []
        for doc in pool.map(_extract, work, chunksize=1):
            out.append(doc)
            progress(1)
        return out


def _progress(total: int, enabled: bool):  # type: ignore[no-untyped-def]
    if not enabled or total < 2 or not sys.stderr.isatty():
        return lambda n: None
    from rich.progress import Progress

    bar = Progress(transient=True)
    bar.start()
    task = bar.add_task("extracting", total=total)

    def advance(n: int) -> None:
        bar.advance(task, n)
        if bar.tasks[0].finished:
            bar.stop()

    return advance


def write_facts(docs: list[dict[str, Any]], out: Path) -> None:
    for doc in docs:
        atomic_write_text(out / "facts" / f"{Path(doc['source']).stem}.json", dumps_json(doc))


def run_build(options: BuildOptions) -> BuildSummary:
    """Run a whole build; see the module docstring."""
    started = time.perf_counter()
    summary = BuildSummary()
    files = discover(options.sources)
    if not files:
        raise ValueError(f"no source files (*.txt, *.md) under {', '.join(map(str, options.sources))}")
    _check_writable(options.out)
    docs = extract_all(files, options, summary)
    write_facts(docs, options.out)
    summary.triples = _write_graph(docs, options)
    if options.html:
        from kg.export.html import write_view

        write_view(docs, options.out / "graph.html")
    summary.files = len(docs)
    for doc in docs:
        for article in doc["articles"]:
            summary.articles += 1
            summary.entities += len(article["entities"])
            summary.relations += len(article["relations"])
            summary.observations += len(article["observations"])
    summary.seconds = time.perf_counter() - started
    return summary


def _write_graph(docs: list[dict[str, Any]], options: BuildOptions) -> int:
    from kg.export.rdf import write_exports
    from kg.graph import build_dataset

    kwargs = {"base": options.base} if options.base else {}
    dataset = build_dataset(docs, **kwargs)
    counts = write_exports(dataset, options.out, sources=[d["source"] for d in docs])
    return int(counts.get("graph.nq", counts.get("graph.nt", 0)))


def _check_writable(out: Path) -> None:
    try:
        out.mkdir(parents=True, exist_ok=True)
        probe = out / ".kg-write-test"
        probe.write_text("", encoding="utf-8")
        probe.unlink()
    except OSError as exc:
        raise ValueError(f"{out}: output folder is not writable ({exc.strerror or exc})") from exc
