"""RDF exports: Turtle, N-Triples, N-Quads, JSON-LD and a VoID/DCAT description, streamed.

:func:`export_quads` takes quads one at a time (a build's graph need never be in memory):
each becomes an N-Quads sort key and a JSON-LD record, both collected by external sorts
(:mod:`kg.export.extsort`). Then, in one pass over the sorted, distinct quads, graph.nq and
graph.nt are written line by line; pyoxigraph turns graph.nt into graph.ttl as a stream; the
JSON-LD records become graph.jsonld; VoID statistics are counted on the way. Output is
canonical (sorted by N-Quads text), so the same quads always give byte-identical files, and
every file is written beside its target and renamed into place only when all are complete.

:func:`write_exports` does the same for an rdflib Dataset or Graph.

>>> import tempfile, pathlib, rdflib
>>> ds = rdflib.Dataset()
>>> _ = ds.add((rdflib.URIRef("http://ex.org/a"), rdflib.RDFS.label, rdflib.Literal("新余市", lang="zh")))
>>> counts = write_exports(ds, pathlib.Path(tempfile.mkdtemp()), sources=["000.txt"])
>>> counts["graph.nt"], counts["graph.nq"]
(1, 1)
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from kg.export.extsort import ExternalSorter
from kg.export.formats import ALL_FORMATS
from kg.export.graphstate import GraphState
from kg.export.jsonld import JsonLd, compact_iri
from kg.export.terms import Term, Terms
from kg.export.turtle import write_turtle
from kg.export.void import VOID_PREFIXES, TripleStats, check_datetime, license_iri, void_triples
from kg.io import atomic_write_bytes, file_mode

if TYPE_CHECKING:  # pragma: no cover
    import rdflib

__all__ = ["DEFAULT_DATASET_IRI", "ExportOptions", "QuadSink", "compact_iri", "export_quads", "export_scratch",
           "license_iri", "write_exports", "write_sorted"]

DEFAULT_DATASET_IRI = "urn:govnews-kg:dataset"
GRAPH_SEP = "\x1f"  # between a quad key's triple and its graph
TermQuad = tuple[Term, Term, Term, "Term | None"]


class QuadSink:
    """Collects quads for :func:`export_quads`: N-Quads keys and JSON-LD records, sorted externally.

    A quad's key is ``s p o`` (default graph) or ``s p o<U+001F>g``: U+001F sorts like the space
    pyoxigraph puts there (no character between them can occur in N-Quads), and marks where
    the triple ends.
    """

    def __init__(self, scratch: Path, jsonld: JsonLd | None, budget: int, distinct: bool = True) -> None:
        self.quads = ExternalSorter(scratch, budget, distinct)  # distinct=False: counts the contributors
        self.records = ExternalSorter(scratch, budget)
        self.jsonld = jsonld  # None: no graph.jsonld is written, no records are collected

    def add(self, s: Term, p: Term, o: Term, g: Term | None) -> None:
        key = f"{s.nt} {p.nt} {o.nt}" if g is None else f"{s.nt} {p.nt} {o.nt}{GRAPH_SEP}{g.nt}"
        self.quads.add(key)
        if self.jsonld is not None:
            self.records.add(self.jsonld.record(s, p, o, g))

    def add_key(self, key: str, record: str) -> None:
        """Add a quad already made into its key and record (see :mod:`kg.export.docruns`)."""
        self.quads.add(key)
        if self.jsonld is not None:
            self.records.add(record)

    def freeze(self) -> tuple[list[Path], list[Path]]:
        """Hand over the run files of both sorts (see :meth:`ExternalSorter.freeze`)."""
        return self.quads.freeze(), self.records.freeze()

    def close(self) -> None:
        self.quads.close()
        self.records.close()


@dataclass(frozen=True)
class ExportOptions:
    """What the exported files say about the dataset (see :func:`export_quads`)."""

    sources: list[str]
    license: str = "CC-BY-4.0"
    base: str | None = None
    dataset_iri: str | None = None
    issued: str | None = None

    def check(self) -> None:
        """Fail before anything is written."""
        if self.issued:
            check_datetime(self.issued)
        license_iri(self.license)


def export_quads(
    quads: Iterable[TermQuad],
    out_dir: Path,
    terms: Terms,
    *,
    sources: list[str],
    license: str = "CC-BY-4.0",
    base: str | None = None,
    dataset_iri: str | None = None,
    issued: str | None = None,
    budget: int = 128 * 2**20,
    timings: dict[str, float] | None = None,
    formats: tuple[str, ...] = ALL_FORMATS,
) -> dict[str, int]:
    """Write graph.{ttl,nt,nq,jsonld} and void.ttl of ``quads`` into ``out_dir``; return ``{file: count}``.

    ``terms`` made the quads' terms and knows which of its prefixes they use. graph.ttl/.nt hold
    the default graph and every named graph merged; graph.nq and graph.jsonld keep the named
    graphs. ``base`` becomes ``@base`` of graph.ttl and graph.jsonld. ``dataset_iri`` names the
    dataset in void.ttl (default ``<base>dataset``, else ``urn:govnews-kg:dataset``). ``issued`` (an
    xsd:dateTime) adds ``dcterms:issued``; leave it out to keep builds byte-identical. ``budget``
    bounds the memory of each external sort, in bytes. ``timings``, when given, receives the seconds
    of each step (for the benchmark). ``formats`` chooses the graph files (:mod:`kg.export.formats`).
    """
    options = ExportOptions(sources, license, base, dataset_iri, issued)
    options.check()
    clock = _Clock(timings)
    with export_scratch(out_dir) as scratch:
        sink = QuadSink(scratch, JsonLd(terms.prefixes, base) if "jsonld" in formats else None, budget)
        try:
            for s, p, o, g in quads:
                sink.add(s, p, o, g)
            clock("collect")
            return write_sorted(sink.quads, sink.records, out_dir, scratch, terms.used_prefixes(), options,
                                budget=budget, timings=timings, formats=formats)
        finally:
            sink.close()


@contextmanager
def export_scratch(out_dir: Path) -> Iterator[Path]:
    """A private scratch folder inside ``out_dir`` (same file system: finished files are renamed out)."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=".kg-export-", dir=out_dir))
    try:
        yield scratch
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def write_sorted(quads: ExternalSorter, records: ExternalSorter, out_dir: Path, scratch: Path,
                 prefixes: dict[str, str], options: ExportOptions, *, budget: int = 128 * 2**20,
                 timings: dict[str, float] | None = None, parallel: bool = False,
                 formats: tuple[str, ...] = ALL_FORMATS, state: GraphState | None = None,
                 nq_follow: Callable[[Path], Callable[[int], None] | None] | None = None) -> dict[str, int]:
    """The export files of ``formats`` from collected quad keys and JSON-LD records (see :class:`QuadSink`).

    graph.nq and graph.nt are always made (the counts, the statistics and graph.ttl come from them) and
    published when chosen. ``parallel``: write graph.jsonld in a forked process while this one writes the others.
    ``state``: ``quads`` counts its contributors (``distinct=False``); the quads stated more than once go to
    ``multi.txt`` of ``state``, which also keeps graph.nq, graph.nt and the records (:mod:`kg.export.graphstate`);
    ``state.union`` is set: whether the default graph holds every triple of the named graphs.
    ``nq_follow``: called with graph.nq (in ``scratch``, created empty) before it is written; what it returns,
    if anything, is called with the file's size once it is complete, before the other files are written.
    """
    clock = _Clock(timings)
    chosen = [f"graph.{name}" for name in ("ttl", "nt", "nq", "jsonld") if name in formats]
    staged = {name: scratch / name for name in ("graph.nq", "graph.nt", "graph.ttl", "graph.jsonld")}
    jsonld = JsonLd(prefixes, options.base)
    wants_jsonld = "graph.jsonld" in chosen
    kept = state.path("records.txt") if state is not None else None
    child = _start_child(_write_jsonld, (jsonld, records, staged["graph.jsonld"], prefixes, kept)) \
        if parallel and wants_jsonld else None
    multi: dict[str, str] | None = {} if state is not None else None
    if state is not None:
        state.folder.mkdir(parents=True, exist_ok=True)
    with TripleStats(scratch, budget // 2, state.path("objects.txt") if state is not None else None) as stats:
        keys = quads.sorted_counts() if state is not None else ((key, 1) for key in quads.sorted_unique())
        staged["graph.nq"].touch()
        finished = nq_follow(staged["graph.nq"]) if nq_follow is not None else None
        counts = _write_lines(keys, staged["graph.nq"], staged["graph.nt"], stats, multi)
        clock("sort and write nq + nt")
        if finished is not None:
            finished(staged["graph.nq"].stat().st_size)
        if "graph.ttl" in chosen:
            write_turtle(staged["graph.nt"], staged["graph.ttl"], prefixes, options.base)
            clock("write ttl")
        if child is None and wants_jsonld:
            _write_jsonld(jsonld, records, staged["graph.jsonld"], prefixes, kept)
        elif child is not None:
            child.join()
            if child.exitcode != 0:
                raise RuntimeError(f"writing graph.jsonld failed in process {child.pid} (exit {child.exitcode})")
        clock("sort and write jsonld" if child is None else "wait for jsonld")
        union = bool(counts.pop("union"))
        counts["graph.jsonld"], counts["graph.ttl"] = counts["graph.nq"], counts["graph.nt"]
        sizes = {name: staged[name].stat().st_size for name in chosen}
        iri = options.dataset_iri or (f"{options.base}dataset" if options.base else DEFAULT_DATASET_IRI)
        void = void_triples(iri, stats, sizes, counts, sources=options.sources, license=options.license,
                            issued=options.issued)
    for name in chosen:
        _publish(staged[name], Path(out_dir) / name)
    if state is not None and multi is not None:
        if "graph.ttl" in chosen:
            from kg.export.turtlepatch import index_turtle

            index_turtle(Path(out_dir) / "graph.ttl", staged["graph.nt"] if "graph.nt" not in chosen
                         else Path(out_dir) / "graph.nt", state.path("ttl-index.txt"), stats.subject_list)
        state.union = union
        state.write_pairs("multi.txt", multi)
        state.write_json("stats.json", stats.summary())
        state.keep("graph.nq", Path(out_dir) / "graph.nq" if "graph.nq" in chosen else staged["graph.nq"],
                   "graph.nq" in chosen)
        if "graph.nt" in chosen:  # else the default graph of graph.nq stands for it (kg.export.incremental)
            state.keep("graph.nt", Path(out_dir) / "graph.nt", True)
    atomic_write_bytes(Path(out_dir) / "void.ttl", _serialize(void, "TURTLE", VOID_PREFIXES))
    counts["void.ttl"] = len(void)
    clock("void and publish")
    return dict(sorted(counts.items()))


def _write_jsonld(jsonld: JsonLd, records: ExternalSorter, path: Path, prefixes: dict[str, str],
                  kept: Path | None = None) -> None:
    """graph.jsonld from the sorted records; ``kept``: also write the records there, one a line."""
    lines: Iterable[str] = records.sorted_unique()
    with path.open("wb") as handle:
        if kept is None:
            jsonld.write(lines, handle, used=prefixes)
            return
        kept.parent.mkdir(parents=True, exist_ok=True)
        with kept.open("w", encoding="utf-8", newline="\n") as copy:
            jsonld.write(_tee(lines, copy), handle, used=prefixes)


def _tee(lines: Iterable[str], copy: IO[str]) -> Iterator[str]:
    for line in lines:
        copy.write(line + "\n")
        yield line


def _start_child(target: Any, args: tuple[Any, ...]) -> Any:
    """``target(*args)`` in a forked process (it shares this one's memory as it was), or None without fork."""
    import multiprocessing

    if "fork" not in multiprocessing.get_all_start_methods():
        return None
    child = multiprocessing.get_context("fork").Process(target=target, args=args, daemon=True)
    child.start()
    return child


class _Clock:
    """Adds the seconds since the previous call to ``timings[step]`` (does nothing without ``timings``)."""

    def __init__(self, timings: dict[str, float] | None) -> None:
        self.timings = timings
        self.last = time.perf_counter()

    def __call__(self, step: str) -> None:
        now = time.perf_counter()
        if self.timings is not None:
            self.timings[step] = self.timings.get(step, 0.0) + now - self.last
        self.last = now


def _write_lines(keys: Iterable[tuple[str, int]], nq_path: Path, nt_path: Path, stats: TripleStats,
                 multi: dict[str, str] | None = None) -> dict[str, int]:
    """graph.nq from the sorted (quad key, contributor count) pairs and graph.nt from their triples
    (adjacent duplicates dropped); keys counted more than once go to ``multi``; ``union`` in the result:
    whether every named graph's triple is also in the default graph (its key sorts just before)."""
    quads = triples = 0
    union = 1
    previous = default = None
    with nq_path.open("w", encoding="utf-8", newline="\n") as nq, \
            nt_path.open("w", encoding="utf-8", newline="\n") as nt:
        for key, count in keys:
            triple, tab, graph = key.partition(GRAPH_SEP)
            nq.write(f"{triple} {graph} .\n" if tab else f"{triple} .\n")
            quads += 1
            if tab:
                union &= triple == default
            else:
                default = triple
            if count > 1 and multi is not None:
                multi[key] = str(count)
            if triple != previous:
                nt.write(f"{triple} .\n")
                stats.add(triple)
                triples += 1
                previous = triple
    return {"graph.nq": quads, "graph.nt": triples, "union": union}


def _publish(staged: Path, target: Path) -> None:
    """Move a finished file into place (same file system: an atomic rename)."""
    os.chmod(staged, file_mode())
    os.replace(staged, target)



def _serialize(items: list[Any], fmt: str, prefixes: dict[str, str] | None) -> bytes:
    import pyoxigraph as ox

    return ox.serialize(items, format=getattr(ox.RdfFormat, fmt), prefixes=prefixes or None) or b""


# --- rdflib datasets ------------------------------------------------------------------------


def write_exports(
    dataset: rdflib.Dataset | rdflib.Graph,
    out_dir: Path,
    *,
    sources: list[str],
    license: str = "CC-BY-4.0",
    base: str | None = None,
    dataset_iri: str | None = None,
    issued: str | None = None,
) -> dict[str, int]:
    """:func:`export_quads` of an rdflib Dataset (or Graph); blank nodes get canonical (RDFC-1.0) labels."""
    terms = Terms({str(p): str(ns) for p, ns in dataset.namespace_manager.namespaces()})
    return export_quads(_dataset_quads(dataset, terms), out_dir, terms, sources=sources, license=license,
                        base=base, dataset_iri=dataset_iri, issued=issued)


def _dataset_quads(dataset: rdflib.Graph, terms: Terms) -> Iterator[TermQuad]:
    from rdflib import BNode
    from rdflib.graph import DATASET_DEFAULT_GRAPH_ID, ConjunctiveGraph

    if isinstance(dataset, ConjunctiveGraph):
        rows: Iterable[tuple[Any, ...]] = dataset.quads((None, None, None, None))
    else:
        rows = ((s, p, o, None) for s, p, o in dataset)
    rows = [(s, p, o, getattr(g, "identifier", g)) for s, p, o, g in rows]
    if any(isinstance(term, BNode) for row in rows for term in row):
        yield from _canonical_quads(rows, terms)
        return
    for s, p, o, g in rows:
        graph = None if g is None or g == DATASET_DEFAULT_GRAPH_ID else terms.from_rdflib(g)
        yield terms.from_rdflib(s), terms.from_rdflib(p), terms.from_rdflib(o), graph


def _canonical_quads(rows: list[tuple[Any, ...]], terms: Terms) -> Iterator[TermQuad]:
    """Rename blank nodes by RDFC-1.0 so that random rdflib labels do not leak into the output."""
    import pyoxigraph as ox
    from rdflib import BNode, Literal
    from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

    def convert(term: Any) -> Any:
        if isinstance(term, BNode):
            return _blank_node(str(term))
        if isinstance(term, Literal):
            if term.language:
                return ox.Literal(str(term), language=term.language)
            if term.datatype is not None:
                return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
            return ox.Literal(str(term))
        return ox.NamedNode(str(term))

    dataset = ox.Dataset(
        ox.Quad(convert(s), convert(p), convert(o),
                ox.DefaultGraph() if g is None or g == DATASET_DEFAULT_GRAPH_ID else convert(g))
        for s, p, o, g in rows)
    dataset.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
    for q in dataset:
        graph = None if isinstance(q.graph_name, ox.DefaultGraph) else terms.from_oxigraph(q.graph_name)
        yield terms.from_oxigraph(q.subject), terms.from_oxigraph(q.predicate), terms.from_oxigraph(q.object), graph


def _blank_node(label: str) -> Any:
    import pyoxigraph as ox

    try:
        return ox.BlankNode(label)
    except ValueError:  # not a valid N-Triples label: derive a stable one from its content
        return ox.BlankNode("b" + hashlib.sha256(label.encode("utf-8")).hexdigest()[:16])
