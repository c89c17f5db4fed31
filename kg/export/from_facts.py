"""A build's facts files → its export files, in one process or in several.

One process: :func:`kg.graph.graph_quads` streamed into :func:`kg.export.rdf.export_quads`.
Several (``workers`` > 1, where processes can be forked): the entity index is built once here,
then each worker turns its share of the facts files into sorted runs of N-Quads keys and JSON-LD
records (:class:`kg.export.rdf.QuadSink`), while this process adds the entities' own quads; the
runs are merged into the files, graph.jsonld in a process of its own. The output is the same
bytes either way: everything is sorted before it is written.
"""

from __future__ import annotations

import multiprocessing
from pathlib import Path
from typing import Any

from kg.export.extsort import ExternalSorter
from kg.export.formats import ALL_FORMATS
from kg.export.jsonld import JsonLd
from kg.export.rdf import ExportOptions, QuadSink, export_quads, export_scratch, write_sorted
from kg.export.terms import Terms
from kg.factsfiles import FactsFiles
from kg.graph.build import (
    GraphIndex,
    document_quads,
    entity_quads,
    graph_quads,
    has_observations,
    index_graph,
    statistics_quads,
)
from kg.vocab import DEFAULT_BASE, PREFIXES

__all__ = ["write_graph_files"]

BUDGET = 128 * 2**20  # bytes per external sort and process
_SHARE: dict[str, Any] = {}  # what forked workers inherit: the index, the facts, the scratch folder


def write_graph_files(facts: FactsFiles, out: Path, base: str | None = None, workers: int = 1,
                      formats: tuple[str, ...] = ALL_FORMATS) -> dict[str, int]:
    """graph.{ttl,nt,nq,jsonld} (those of ``formats``) and void.ttl of ``facts`` in ``out``; returns ``{file: count}``."""
    base = base or DEFAULT_BASE
    options = ExportOptions(facts.sources, base=base)
    workers = min(workers, len(facts.entries))
    if workers <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        terms = Terms(dict(PREFIXES))
        return export_quads(terms.from_rdflib_quads(graph_quads(facts, base)), out, terms, sources=facts.sources,
                            base=base, budget=BUDGET, formats=formats)
    options.check()
    index = index_graph(facts, base)
    with export_scratch(out) as scratch:
        _SHARE.update(index=index, entries=facts.entries, chunk=facts.chunk, scratch=scratch, base=base,
                      workers=workers, jsonld="jsonld" in formats)
        try:
            with multiprocessing.get_context("fork").Pool(workers, initializer=_default_sigterm) as pool:
                shares = pool.map_async(_collect_share, range(workers))
                terms = Terms(dict(PREFIXES))
                own = QuadSink(scratch, JsonLd(terms.prefixes, base) if "jsonld" in formats else None, BUDGET)
                for s, p, o, g in terms.from_rdflib_quads(entity_quads(index)):
                    own.add(s, p, o, g)
                results = shares.get()
                pool.close()  # done: the workers leave on their own, none is killed holding the queue lock
                pool.join()
        finally:
            _SHARE.clear()
        if any(observed for *_, observed in results):
            for s, p, o, g in terms.from_rdflib_quads(statistics_quads(base)):
                own.add(s, p, o, g)
        quad_runs, record_runs = own.freeze()
        for quad_files, record_files, used, _ in results:
            quad_runs += [Path(run) for run in quad_files]
            record_runs += [Path(run) for run in record_files]
            terms.used.update(used)
        with ExternalSorter.of_runs(scratch, quad_runs, BUDGET) as quads, \
                ExternalSorter.of_runs(scratch, record_runs, BUDGET) as records:
            return write_sorted(quads, records, out, scratch, terms.used_prefixes(), options, budget=BUDGET,
                                parallel=True, formats=formats)


def _default_sigterm() -> None:
    """Pool initializer: SIGTERM kills a graph worker at once (not the build's inherited handler)."""
    import signal

    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _collect_share(k: int) -> tuple[list[str], list[str], list[str], bool]:
    """Worker ``k``: sorted runs of its share of the documents; the prefixes they use; whether they observe."""
    index: GraphIndex = _SHARE["index"]
    terms = Terms(dict(PREFIXES))
    sink = QuadSink(_SHARE["scratch"], JsonLd(terms.prefixes, _SHARE["base"]) if _SHARE["jsonld"] else None,
                    BUDGET // 2)
    observed = False
    for doc in FactsFiles(_SHARE["entries"][k::_SHARE["workers"]], _SHARE["chunk"]):
        quads: Any = document_quads(index, doc)
        for s, p, o, g in terms.from_rdflib_quads(quads):
            sink.add(s, p, o, g)
        observed |= has_observations(doc)
    quad_runs, record_runs = sink.freeze()
    return [str(r) for r in quad_runs], [str(r) for r in record_runs], sorted(terms.used), observed

