"""``kg build``: sources → facts/*.json → graph exports → graph.html, in bounded memory.

1. **Find** the sources (:mod:`kg.sources`).
2. **Extract** each file (:mod:`kg.extraction`), in worker processes when ``jobs`` > 1 (or on
   Dask): a worker reads and decodes its file, extracts it and writes the facts document to the
   cache folder ``OUT/.cache`` (so an unchanged file is never extracted twice), and sends back
   only its counts. A file that cannot be read, decoded or extracted is reported on stderr in one line
   and skipped (``strict`` stops at the first one instead, before anything is written); an empty
   file gets a one-line note.
3. **Write** a new generation (:mod:`kg.publish`): the facts, each copied to ``facts/<stem>.json``, the
   graph exported from them, read one at a time (:func:`kg.graph.graph_quads` →
   :func:`kg.export.rdf.export_quads`, which sorts on disk when the graph is large), then the HTML view.
   When the facts, the options and the export code are those of the current generation (its
   ``build.json``), nothing is rewritten (not with ``--no-cache``). With the cache, each facts file's
   share of the graph is cached (``OUT/.cache/graph``) and the graph files are *edited* from the
   current generation's when only some files changed (:mod:`kg.export.incremental`): time follows the
   change, not the corpus, and the bytes are those of a clean build.
4. **Publish** it in one atomic switch, so ``OUT/facts``, ``OUT/graph.*`` always describe one build;
   with ``store``, also an on-disk Oxigraph store of the graph (:mod:`kg.store`), after an incremental
   build updated from a checkpoint copy of the previous store (:mod:`kg.store_delta`); with two workers
   or more, loaded from graph.nq in a child process while the other files are written (:mod:`kg.store_early`).

A build holds the lock of its output folder throughout; SIGTERM stops it as Ctrl-C does, leaving the
previous outputs as they were. Memory stays bounded by the largest file and the entity registry.
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
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from kg.export.formats import DEFAULT_FORMATS, graph_files
from kg.extraction import COUNTED, EXTRACTOR_VERSION, Job, code_fingerprint, prune_cache, run_jobs
from kg.factsfiles import FactsFiles
from kg.interrupts import terminate_as_interrupt
from kg.io import atomic_write_text, atomic_writer
from kg.publish import (
    build_lock,
    current_generation,
    finish_generation,
    new_generation,
    publish,
    remove_unpublished,
)
from kg.safe_text import printable, printable_path
from kg.sources import MAX_SENTENCE, SOURCE_SUFFIXES, Source, cap_sentences, discover, facts_stem, read_source
from kg.store_early import BackgroundLoad, can_load_early

__all__ = ["EXTRACTOR_VERSION", "MAX_SENTENCE", "SOURCE_SUFFIXES", "BuildError", "BuildOptions", "BuildSummary",
           "Source", "cap_sentences", "discover", "read_source", "run_build"]


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
    follow_links: bool = False
    formats: tuple[str, ...] = DEFAULT_FORMATS  # graph files (kg.export.formats)


@dataclass
class BuildSummary:
    files: int = 0
    articles: int = 0
    entities: int = 0
    relations: int = 0
    observations: int = 0
    triples: int = 0  # in the default graph: graph.ttl and graph.nt
    quads: int = 0  # with the named graphs of the articles: graph.nq
    seconds: float = 0.0
    failures: list[str] = field(default_factory=list)
    empty: list[str] = field(default_factory=list)

    def line(self) -> str:
        failed = f", {len(self.failures)} skipped" if self.failures else ""
        empty = f", {len(self.empty)} empty" if self.empty else ""
        return (f"built {self.files} files{failed}{empty}: {self.articles} articles, {self.entities} entities, "
                f"{self.relations} relations, {self.observations} observations; {self.triples} triples "
                f"(graph.ttl), {self.quads} quads (graph.nq) in {self.seconds:.1f}s")

def _report(message: str, options: BuildOptions, summary: BuildSummary) -> None:
    """A bad source: stop a strict build, else one line on stderr and go on."""
    message = printable(message)
    if options.strict:
        raise BuildError(message)
    print(f"kg: skipped {message}", file=sys.stderr)
    summary.failures.append(message)

# --- the build -------------------------------------------------------------------------------------

def extract_sources(sources: list[Source], options: BuildOptions, summary: BuildSummary,
                    staging: Path) -> list[tuple[str, Path]]:
    """Extract every source into ``staging``; return (source name, staged facts file) of those built."""
    jobs = [Job(os.fspath(s.path), s.name, str(staging), options.cache) for s in sources]
    built: list[tuple[str, Path]] = []
    results = run_jobs(jobs, workers=options.jobs, executor=options.executor, scheduler=options.scheduler,
                       progress=options.progress)
    for job, result in zip(jobs, results):
        for warning in result.get("warnings", ()):
            print(f"kg: warning: {warning}", file=sys.stderr)
        if "error" in result:
            _report(result["error"], options, summary)
        elif result.get("empty"):
            print(f"kg: note: {printable_path(job.path)}: empty file, nothing to extract", file=sys.stderr)
            summary.empty.append(job.path)
        else:
            built.append((job.name, Path(result["facts"])))
            for key in COUNTED:
                setattr(summary, key, getattr(summary, key) + result[key])
    return built


def publish_facts(built: list[tuple[str, Path]], folder: Path) -> FactsFiles:
    """Copy staged facts to ``folder/<stem>.json`` (a new generation's facts folder)."""
    folder.mkdir(parents=True, exist_ok=True)
    entries = []
    for name, staged in built:
        target = folder / f"{facts_stem(name)}.json"
        with staged.open("rb") as source, atomic_writer(target, fsync=False) as copy:
            shutil.copyfileobj(source, copy, 2**20)
        entries.append((name, target))
    return FactsFiles(entries)


def run_build(options: BuildOptions) -> BuildSummary:
    """Run a whole build; see the module docstring."""
    started = time.perf_counter()
    summary = BuildSummary()
    problems: list[str] = []
    notes: list[str] = []
    sources = discover(options.sources, exclude=options.out, problems=problems, notes=notes,
                       follow_links=options.follow_links)
    for note in notes:
        print(f"kg: note: {note}", file=sys.stderr)
    for problem in problems:
        _report(problem, options, summary)
    if not sources:
        raise ValueError(f"no source files ({', '.join('*' + s for s in SOURCE_SUFFIXES)}) under "
                         f"{', '.join(map(printable_path, options.sources))}")
    if options.strict:
        _check_readable(sources)
    _check_writable(options.out)
    early: list[BackgroundLoad] = []  # the store, loaded while the build writes its other files
    try:
        with build_lock(options.out), terminate_as_interrupt() as stop_if_asked:
            _remove_temp_files(options.out)
            remove_unpublished(options.out)
            with _staging(options) as staging:
                built = extract_sources(sources, options, summary, staging)
                stop_if_asked()  # a signal that landed in a finaliser of the workers was swallowed there
                summary.triples, summary.quads, delta = _publish(built, options, early, stop_if_asked)
                if options.cache:  # published: the facts of sources gone or changed are of no more use
                    prune_cache(staging, (path for _, path in built))
        from kg.store import find_store, remove_store, write_store
        from kg.store_delta import update_store

        if not options.store:
            remove_store(options.out)  # a store of an earlier build would no longer describe this one
        elif find_store(options.out) is None and not (delta and update_store(options.out, *delta)):
            write_store(options.out, _known_union(options.out), early[0] if early else None)
    finally:
        for load in early:
            load.cancel()  # stopped if the build was, its staging folder removed
    summary.files = len(built)
    summary.seconds = time.perf_counter() - started
    return summary


def _known_union(out: Path) -> bool | None:
    """Whether the published graph's default graph holds its named graphs' triples, as its build recorded
    (None: not recorded, a build without the cache)."""
    from kg.export.graphstate import GraphState

    current = current_generation(out)
    manifest = GraphState.of_generation(current).manifest() if current is not None else None
    union = manifest.get("union") if isinstance(manifest, dict) else None
    return union if isinstance(union, bool) else None


StoreDelta = tuple[dict[str, object], Path]  # the graph.nq a store was loaded from, the state with the change


def _publish(built: list[tuple[str, Path]], options: BuildOptions, early: list[BackgroundLoad],
             stop_if_asked: Callable[[], None]) -> tuple[int, int, StoreDelta | None]:
    """Write every output into a new generation and publish it (or keep the current one made from the same
    facts, options and code); return the (triple, quad) counts and, when the graph was edited from the last
    (:mod:`kg.export.incremental`), what the store needs. A store loading started is added to ``early``;
    ``stop_if_asked`` is called before publishing (a signal swallowed in a graph worker's finaliser)."""
    key, names = _graph_key(built, options), ("facts", *_graph_outputs(options))
    current = current_generation(options.out)
    if options.cache and current is not None and current.name.startswith(f"gen-{key[:16]}"):
        recorded = _read_stamp(current / STAMP)
        if recorded.get("key") == key and all((options.out / name).exists() for name in names):
            # same facts, same code: the outputs are up to date
            return int(str(recorded.get("triples", 0))), int(str(recorded.get("quads", 0))), None
    generation = new_generation(options.out)
    try:
        facts = publish_facts(built, generation / "facts")
        old_graph = _graph_identity(current)
        triples, quads, edited = _write_graph(facts, generation, options, built, current, early)
        if options.html:
            from kg.export.html import write_view

            write_view(facts, generation / "graph.html")
        atomic_write_text(generation / STAMP, json.dumps({"key": key, "triples": triples, "quads": quads}) + "\n")
        stop_if_asked()
        final = finish_generation(options.out, generation, key)
        publish(options.out, final, names)
    finally:
        shutil.rmtree(generation, ignore_errors=True)  # gone already once published
    from kg.export.graphstate import GraphState

    delta = (old_graph, GraphState.of_generation(final).folder) if edited and old_graph else None
    return triples, quads, delta


def _graph_identity(generation: Path | None) -> dict[str, object] | None:
    """What a store loaded from the graph.nq of ``generation`` records about it (kg.store)."""
    from kg.store import graph_identity

    graph = generation / "graph.nq" if generation is not None else None
    return graph_identity(graph) if graph is not None and graph.is_file() else None


STAMP = "build.json"  # in a generation: the key of its inputs (see _graph_key) and its triple and quad counts


def _graph_outputs(options: BuildOptions) -> tuple[str, ...]:
    files = graph_files(options.formats)
    return (*files, "graph.html") if options.html else files


def _graph_key(built: list[tuple[str, Path]], options: BuildOptions) -> str:
    """What the outputs depend on: each facts file (its staged name hashes the extractor, the source
    name and its content), the base IRI, the view option and the graph and export code."""
    digest = hashlib.sha256(f"{exporter_fingerprint()}\0{options.base}\0{options.html}\0{options.formats}".encode())
    for name, staged in sorted(built):
        digest.update(f"\0{name}\0{staged.name}".encode())
    return digest.hexdigest()


@functools.lru_cache(maxsize=1)
def exporter_fingerprint() -> str:
    """A hash of the code that turns facts into the graph files and the view."""
    root = Path(__file__).resolve().parent
    return code_fingerprint([*sorted((root / "graph").rglob("*.py")), *sorted((root / "export").rglob("*")),
                             root / "vocab.py", root / "factsfiles.py"])


def _read_stamp(path: Path) -> dict[str, object]:
    try:
        stamp = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return stamp if isinstance(stamp, dict) else {}


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


def _write_graph(facts: FactsFiles, folder: Path, options: BuildOptions, built: list[tuple[str, Path]],
                 current: Path | None, early: list[BackgroundLoad] | None = None) -> tuple[int, int, bool]:
    """graph.{ttl,nt,nq,jsonld} and void.ttl, streamed from the facts files; returns (triples, quads, whether
    they were edited from the ``current`` generation's). With the cache, each file's share of the graph is
    cached and the next build edits this one's files (:mod:`kg.export.incremental`). With ``--store`` and
    more than one worker, a clean build loads the store from graph.nq while it is being written
    (:mod:`kg.store_early`), added to ``early``."""
    from kg.export.docruns import RunCache, variant
    from kg.export.from_facts import write_graph_files
    from kg.export.graphstate import GraphState
    from kg.export.incremental import update_graph_files
    from kg.vocab import DEFAULT_BASE

    workers = options.jobs or os.cpu_count() or 1
    nq_follow = None
    if early is not None and options.store and "nq" in options.formats and workers > 1 and can_load_early():
        def nq_follow(graph: Path) -> Callable[[int], None] | None:
            try:
                load = BackgroundLoad(options.out, graph, growing=True)
            except OSError:  # no hard links, no process: the store is loaded after publishing
                return None
            early.append(load)
            return load.written
    if not options.cache:
        counts = write_graph_files(facts, folder, options.base, workers=workers, formats=options.formats,
                                   nq_follow=nq_follow)
        return int(counts.get("graph.nt", 0)), int(counts.get("graph.nq", 0)), False
    stems = {name: staged.name.removesuffix(".json") for name, staged in built}
    cache = RunCache(options.out / ".cache" / "graph",
                     variant(exporter_fingerprint(), options.base or DEFAULT_BASE, "jsonld" in options.formats))
    edited = None
    if current is not None:
        edited = update_graph_files(facts, folder, GraphState.of_generation(current), cache, stems, options.base,
                                    options.formats)
    counts = edited or write_graph_files(facts, folder, options.base, workers=workers, formats=options.formats,
                                         cache=cache, stems=stems, nq_follow=nq_follow)
    manifest = GraphState.of_generation(folder).manifest() or {}
    cache.prune((str(entry[1]), str(entry[3])) for entry in manifest.get("entries", ()))
    return int(counts.get("graph.nt", 0)), int(counts.get("graph.nq", 0)), edited is not None


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
