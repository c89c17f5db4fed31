"""A build's facts files → its export files, in one process or in several.

The entity index is made once here, from each facts file's cached :class:`~kg.graph.parts.IndexPart`.
Then each worker (``workers`` > 1, where processes can be forked; else this process) turns its share of
the facts files into per-file runs (:mod:`kg.export.docruns`: sorted N-Quads keys and JSON-LD records,
cached for the next build) and feeds them to one sorter, while this process adds the entities' own quads
(the *entity layer*). The sorter keeps how many contributors (files, the entity layer, the statistics
data set) state each quad; the runs are merged into the files, graph.jsonld in a process of its own, and
the generation keeps what an incremental build needs (:mod:`kg.export.graphstate`). The output is the
same bytes either way: everything is sorted before it is written.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterable
from contextlib import nullcontext
from pathlib import Path
from typing import Any

from kg.export.docruns import RunCache, make_run
from kg.export.entitylayer import full_layer
from kg.export.extsort import ExternalSorter
from kg.export.formats import ALL_FORMATS
from kg.export.graphstate import GraphState
from kg.export.jsonld import JsonLd
from kg.export.rdf import GRAPH_SEP, ExportOptions, QuadSink, export_scratch, write_sorted
from kg.export.terms import Terms
from kg.factsfiles import FactsFiles
from kg.graph.build import GraphIndex, statistics_quads
from kg.graph.parts import IndexPart, index_from_parts
from kg.vocab import DEFAULT_BASE, PREFIXES

__all__ = ["layer_pairs", "load_parts", "write_graph_files"]

BUDGET = 128 * 2**20  # bytes per external sort and process
_SHARE: dict[str, Any] = {}  # what forked workers inherit: the index, the facts, the scratch folder


def load_parts(facts: FactsFiles, cache: RunCache | None, stems: dict[str, str] | None) -> list[IndexPart]:
    """The index part of every facts file, from the cache when it has them."""
    if cache is None or stems is None:
        return [IndexPart.of_docs(FactsFiles([entry], facts.chunk)) for entry in facts.entries]
    with cache.writing_behind():
        return [cache.part(stems[name], name, path, facts.chunk) for name, path in facts.entries]


def layer_pairs(quads: Iterable[Any], jsonld: bool, base: str) -> tuple[dict[str, str], set[str]]:
    """(key → record, prefixes used) of quads made outside the files (entity layer, statistics)."""
    terms = Terms(dict(PREFIXES))
    writer = JsonLd(terms.prefixes, base) if jsonld else None
    pairs: dict[str, str] = {}
    for s, p, o, g in terms.from_rdflib_quads(quads):
        key = f"{s.nt} {p.nt} {o.nt}" if g is None else f"{s.nt} {p.nt} {o.nt}{GRAPH_SEP}{g.nt}"
        pairs[key] = writer.record(s, p, o, g) if writer is not None else ""
    return pairs, terms.used


def write_graph_files(facts: FactsFiles, out: Path, base: str | None = None, workers: int = 1,
                      formats: tuple[str, ...] = ALL_FORMATS, cache: RunCache | None = None,
                      stems: dict[str, str] | None = None, nq_follow: Callable[[Path], Callable[[int], None] | None] | None = None) -> dict[str, int]:
    """graph.{ttl,nt,nq,jsonld} (those of ``formats``) and void.ttl of ``facts`` in ``out``; returns ``{file: count}``.

    ``cache`` and ``stems`` (source name → facts cache name): keep each file's index part and run there,
    and keep the state of the graph in ``out`` (:mod:`kg.export.graphstate`) for the next build.
    ``nq_follow``: see :func:`~kg.export.rdf.write_sorted`.
    """
    base = base or DEFAULT_BASE
    options = ExportOptions(facts.sources, base=base)
    options.check()
    jsonld = "jsonld" in formats
    workers = max(1, min(workers, len(facts.entries)))
    forked = workers > 1 and "fork" in multiprocessing.get_all_start_methods()
    parts = _parts_in_pool(facts, cache, stems, workers) if forked else load_parts(facts, cache, stems)
    index = index_from_parts(parts, base)
    state = GraphState.of_generation(out) if cache is not None else None
    with export_scratch(out) as scratch:
        _SHARE.update(index=index, entries=facts.entries, chunk=facts.chunk, scratch=scratch, base=base,
                      workers=workers if forked else 1, jsonld=jsonld, cache=cache, stems=stems or {})
        try:
            if forked:
                with multiprocessing.get_context("fork").Pool(workers, initializer=_default_sigterm) as pool:
                    shares = pool.map_async(_collect_share, range(workers))
                    own, used, entities = _own_share(index, scratch, jsonld, base)
                    results = shares.get()
                    pool.close()  # done: the workers leave on their own, none is killed holding the queue lock
                    pool.join()
            else:
                own, used, entities = _own_share(index, scratch, jsonld, base)
                results = [_collect_share(0)]
        finally:
            _SHARE.clear()
        observed = any(part.observed for part in parts)
        if observed:
            stats, stats_used = layer_pairs(statistics_quads(base), jsonld, base)
            used |= stats_used
            for key, record in stats.items():
                own.add_key(key, record)
        quad_runs, record_runs = own.freeze()
        file_used: dict[str, tuple[list[str], str]] = {}
        for quad_files, record_files, share_used in results:
            quad_runs += [Path(run) for run in quad_files]
            record_runs += [Path(run) for run in record_files]
            file_used.update(share_used)
            used.update(*(names for names, _ in share_used.values()))
        prefixes = {prefix: str(PREFIXES[prefix]) for prefix in sorted(used) if prefix in PREFIXES}
        with ExternalSorter.of_runs(scratch, quad_runs, BUDGET, distinct=state is None) as quads, \
                ExternalSorter.of_runs(scratch, record_runs, BUDGET) as records:
            counts = write_sorted(quads, records, out, scratch, prefixes, options, budget=BUDGET,
                                  parallel=True, formats=formats, state=state, nq_follow=nq_follow)
    if state is not None and stems is not None and cache is not None:
        state.write_pairs("entities.txt", entities[0])
        state.write_pairs("entity-sigs.txt", entities[1])
        state.write_manifest({"variant": cache.variant, "formats": list(formats), "base": base,
                              "quads": counts["graph.nq"], "union": state.union, "observed": observed,
                              "entries": [[name, stems[name], *file_used[name]] for name, _ in facts.entries]})
    return counts


def _own_share(index: GraphIndex, scratch: Path, jsonld: bool,
               base: str) -> tuple[QuadSink, set[str], tuple[dict[str, str], dict[str, str]]]:
    """This process's contributor: the entity layer, into a counting sink."""
    own = QuadSink(scratch, JsonLd(dict(PREFIXES), base) if jsonld else None, BUDGET, distinct=False)
    entities, sigs, used = full_layer(index, jsonld, base)
    for key, record in entities.items():
        own.add_key(key, record)
    return own, set(used), (entities, sigs)


def _parts_in_pool(facts: FactsFiles, cache: RunCache | None, stems: dict[str, str] | None,
                   workers: int) -> list[IndexPart]:
    """:func:`load_parts` in ``workers`` forked processes (each file's part made or read where it is asked)."""
    _SHARE.update(facts=facts, cache=cache, stems=stems)
    try:
        with multiprocessing.get_context("fork").Pool(workers, initializer=_default_sigterm) as pool:
            size = max(1, len(facts.entries) // (4 * workers))
            parts = pool.map(_part_of, range(len(facts.entries)), chunksize=size)  # in the order of the files
            pool.close()
            pool.join()
        return parts
    finally:
        _SHARE.clear()


def _part_of(i: int) -> IndexPart:
    facts: FactsFiles = _SHARE["facts"]
    cache: RunCache | None = _SHARE["cache"]
    stems: dict[str, str] | None = _SHARE["stems"]
    name, path = facts.entries[i]
    if cache is None or stems is None:
        return IndexPart.of_docs(FactsFiles([(name, path)], facts.chunk))
    return cache.part(stems[name], name, path, facts.chunk)


def _default_sigterm() -> None:
    """Pool initializer: SIGTERM kills a graph worker at once (not the build's inherited handler)."""
    import signal

    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _collect_share(k: int) -> tuple[list[str], list[str], dict[str, tuple[list[str], str]]]:
    """Worker ``k``: sorted runs of its share of the files; the prefixes each file uses and its run id."""
    index: GraphIndex = _SHARE["index"]
    cache: RunCache | None = _SHARE["cache"]
    jsonld = _SHARE["jsonld"]
    sink = QuadSink(_SHARE["scratch"], JsonLd(dict(PREFIXES), _SHARE["base"]) if jsonld else None, BUDGET // 2,
                    distinct=cache is None)
    used: dict[str, tuple[list[str], str]] = {}
    with cache.writing_behind() if cache is not None else nullcontext():
        for name, path in _SHARE["entries"][k::_SHARE["workers"]]:
            run = make_run(index, name, path, _SHARE["chunk"], _SHARE["base"], jsonld)
            run_id = cache.save_run(_SHARE["stems"][name], run) if cache is not None else ""
            for key, record in zip(run.keys, run.records):
                sink.add_key(key, record)
            used[name] = (run.used, run_id)
    quad_runs, record_runs = sink.freeze()
    return [str(r) for r in quad_runs], [str(r) for r in record_runs], used
