"""An incremental build: the previous generation's graph files edited by the change, not remade.

Every quad of the graph has *contributors*: the facts files that state it (their cached runs,
:mod:`kg.export.docruns`), the entity layer (the merged entities' own quads) and the statistics data
set. The previous generation keeps its sorted graph.nq (and graph.nt), the entity layer, and the count of
every quad with more than one contributor (:mod:`kg.export.graphstate`). A new build:

1. makes the entity index from the cached index parts of all files (no facts are read);
2. finds the files whose run must change: new, changed or removed files, and unchanged files whose
   dependencies (the index answers their quads took, :mod:`kg.graph.parts`) no longer hold, e.g. a place
   name that gained a gazetteer code in another file; only those are read and their runs remade;
3. remakes the quads of the entities whose signature changed (:mod:`kg.export.entitylayer`: attributes
   merge first-seen-wins, so one file can change the entities of others);
4. counts, for each quad of an old or new contribution that changed, its contributors before and after:
   a quad leaves graph.nq when its count drops to 0, arrives when it rises from 0;
5. patches graph.nq, graph.nt and the JSON-LD records by binary search (:mod:`kg.export.sortedpatch`),
   graph.ttl block by block (:mod:`kg.export.turtlepatch`), adjusts the VoID counts
   (:mod:`kg.export.voidstate`), and writes graph.jsonld (from the patched records) and void.ttl.

The quads that left and arrived are kept (``delta-removed.nq``, ``delta-added.nq``) for the store
(:mod:`kg.store_delta`). The result is byte-identical to a clean build of the same facts
(tests/test_incremental_graph.py); when the previous state is missing or was made with other options
(code, base, formats), :func:`update_graph_files` returns None and the build is made clean.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from kg.export.docruns import DocRun, RunCache, make_run
from kg.export.entitylayer import update_layer
from kg.export.formats import ALL_FORMATS
from kg.export.from_facts import layer_pairs, load_parts
from kg.export.graphstate import GraphState
from kg.export.jsonld import JsonLd
from kg.export.rdf import (
    GRAPH_SEP,
    ExportOptions,
    _publish,
    _serialize,
    export_scratch,
)
from kg.export.sortedpatch import SortedLines, default_lines, patch_sorted
from kg.export.turtle import turtle_header, write_turtle
from kg.export.turtlepatch import index_turtle, patch_turtle
from kg.export.void import VOID_PREFIXES, void_triples
from kg.export.voidstate import update_stats
from kg.factsfiles import FactsFiles
from kg.graph.build import statistics_quads
from kg.graph.parts import dependencies_hold, index_from_parts
from kg.io import atomic_write_bytes
from kg.vocab import DEFAULT_BASE, PREFIXES

__all__ = ["update_graph_files"]

BUDGET = 64 * 2**20


def _line(key: str) -> bytes:
    """The N-Quads line (without ``\\n``) of a quad key."""
    triple, sep, graph = key.partition(GRAPH_SEP)
    return f"{triple} {graph} .".encode() if sep else f"{triple} .".encode()


def update_graph_files(facts: FactsFiles, out: Path, previous: GraphState, cache: RunCache, stems: dict[str, str],
                       base: str | None = None, formats: tuple[str, ...] = ALL_FORMATS) -> dict[str, int] | None:
    """The export files of ``facts`` in ``out``, by editing the ``previous`` generation's; None when it cannot."""
    base = base or DEFAULT_BASE
    old = previous.manifest()
    if (old is None or old.get("variant") != cache.variant or old.get("base") != base
            or old.get("formats") != list(formats) or old.get("union") is not True
            or not previous.path("stats.json").is_file()):
        return None
    jsonld = "jsonld" in formats
    parts = load_parts(facts, cache, stems)
    index = index_from_parts(parts, base)
    old_entries = {name: (stem, used, run_id) for name, stem, used, run_id in old["entries"]}
    delta: Counter[str] = Counter()
    records: dict[str, str] = {}  # key -> JSON-LD record of every quad that may come or go
    kept: dict[str, tuple[list[str], str]] = {}  # name -> (prefixes used, run id)

    def contribute(keys: list[str], recs: list[str], sign: int) -> None:
        for key, record in zip(keys, recs):
            delta[key] += sign
            records.setdefault(key, record)

    for name, path in facts.entries:
        stem = stems[name]
        before = old_entries.pop(name, None)
        if before is not None and before[0] == stem and _holds(cache, stem, before[2], index):
            kept[name] = (before[1], before[2])
            continue
        if before is not None:
            old_run = cache.run(before[0], before[2])
            if old_run is None:
                return None
            contribute(old_run.keys, old_run.records, -1)
        latest = cache.latest(stem)
        run = cache.run(stem, latest) if _holds(cache, stem, latest, index) else None
        if run is None or latest is None:
            run = make_run(index, name, path, facts.chunk, base, jsonld)
            latest = cache.save_run(stem, run)
        contribute(run.keys, run.records, +1)
        kept[name] = (run.used, latest)
    for stem, _, run_id in old_entries.values():  # files removed
        gone: DocRun | None = cache.run(stem, run_id)
        if gone is None:
            return None
        contribute(gone.keys, gone.records, -1)
    state = GraphState.of_generation(out)
    state.folder.mkdir(parents=True, exist_ok=True)
    gone_entities, new_entities, used = update_layer(index, previous, state, jsonld, base)
    contribute(list(gone_entities), list(gone_entities.values()), -1)
    contribute(list(new_entities), list(new_entities.values()), +1)
    observed = any(part.observed for part in parts)
    stats, stats_used = layer_pairs(statistics_quads(base), jsonld, base)
    if observed:
        used |= stats_used
    if observed != bool(old.get("observed")):
        contribute(sorted(stats), [stats[k] for k in sorted(stats)], 1 if observed else -1)
    for names, _ in kept.values():
        used.update(names)
    return _apply(facts, out, previous, old, delta, records, used, jsonld, formats, base,
                  {"variant": cache.variant, "formats": list(formats), "base": base, "observed": observed,
                   "entries": [[name, stems[name], *kept[name]] for name, _ in facts.entries]})


def _holds(cache: RunCache, stem: str, run_id: str | None, index: Any) -> bool:
    dependencies = cache.dependencies(stem, run_id)
    return dependencies is not None and dependencies_hold(index, dependencies)


def _apply(facts: FactsFiles, out: Path, previous: GraphState, old: dict[str, Any], delta: Counter[str],
           records: dict[str, str], used: set[str], jsonld: bool, formats: tuple[str, ...], base: str,
           manifest: dict[str, Any]) -> dict[str, int] | None:
    """Turn contributor changes into quads that leave and arrive; write the new files and state."""
    multi = previous.read_pairs("multi.txt")
    removed, added = [], []
    with SortedLines(previous.path("graph.nq")) as old_nq:
        for key, change in delta.items():
            if change == 0:
                continue
            if key in multi:
                before = int(multi[key])
            elif change < 0:
                before = 1  # an old contributor stated it: it is in the graph
            else:
                before = 1 if old_nq.has(_line(key)) else 0
            after = before + change
            if after < 0:
                raise ValueError(f"incremental graph: negative count for {key[:80]!r}")
            if after >= 2:
                multi[key] = str(after)
            else:
                multi.pop(key, None)
            if before and not after:
                removed.append(key)
            elif after and not before:
                added.append(key)
    state = GraphState.of_generation(out)
    new_nq, new_nt = state.path("graph.nq"), state.path("graph.nt")
    patch_sorted(previous.path("graph.nq"), new_nq, map(_line, removed), map(_line, added))
    gone_triples, new_triples, union = _triple_changes(previous, new_nq, removed, added)
    if not union:  # never from kg's own facts; the edits below rely on it, so build clean
        return None
    if "nt" in formats:
        patch_sorted(previous.path("graph.nt"), new_nt, gone_triples, new_triples)
    _write_delta(state, removed, added)
    prefixes = {prefix: str(PREFIXES[prefix]) for prefix in sorted(used) if prefix in PREFIXES}
    quads = int(old["quads"]) - len(removed) + len(added)
    counts = {"graph.nq": quads, "graph.jsonld": quads}
    if jsonld:
        patch_sorted(previous.path("records.txt"), state.path("records.txt"),
                     (records[k].encode() for k in removed), (records[k].encode() for k in added))
    with export_scratch(out) as scratch:
        staged = {name: scratch / name for name in ("graph.ttl", "graph.jsonld")}
        if "ttl" in formats:
            subjects = {line.split(b" ", 1)[0] for line in (*gone_triples, *new_triples)}
            if not patch_turtle(previous.folder.parent / "graph.ttl", previous.path("ttl-index.txt"),
                                staged["graph.ttl"], state.path("ttl-index.txt"), new_nq, subjects,
                                turtle_header(prefixes, base)):
                triples = new_nt if "nt" in formats else _triples_file(new_nq, scratch / "graph.nt")
                write_turtle(triples, staged["graph.ttl"], prefixes, base)
                index_turtle(staged["graph.ttl"], triples, state.path("ttl-index.txt"))
        if jsonld:
            with state.path("records.txt").open(encoding="utf-8", newline="\n") as lines, \
                    staged["graph.jsonld"].open("wb") as handle:
                JsonLd(dict(PREFIXES), base).write((line[:-1] for line in lines), handle, used=prefixes)
        sizes: dict[str, int] = {}
        for name in (f"graph.{f}" for f in ("ttl", "nt", "nq", "jsonld") if f in formats):
            source = staged.get(name) or state.path(name)
            sizes[name] = source.stat().st_size
        stats = update_stats(previous, state, scratch, gone_triples, new_triples)
        if stats is None:
            raise ValueError("incremental graph: the previous statistics are missing")
        counts["graph.nt"] = counts["graph.ttl"] = stats.triples
        void = void_triples(f"{base}dataset", stats, sizes, counts, sources=facts.sources, license=ExportOptions([]).license,
                            issued=None)
        for name in sizes:
            if name in staged:
                _publish(staged[name], out / name)
    for name in ("graph.nq", "graph.nt"):
        if name.removeprefix("graph.") in formats:
            _publish_link(state.path(name), out / name)
    atomic_write_bytes(out / "void.ttl", _serialize(void, "TURTLE", VOID_PREFIXES))
    counts["void.ttl"] = len(void)
    state.write_pairs("multi.txt", multi)
    state.write_manifest({**manifest, "quads": quads, "union": union})
    return dict(sorted(counts.items()))


def _triple_changes(previous: GraphState, new_nq: Path, removed: list[str],
                    added: list[str]) -> tuple[list[bytes], list[bytes], bool]:
    """Triples that leave and arrive in graph.nt, and whether the default graph still holds the union."""
    touched = {key.partition(GRAPH_SEP)[0] for key in removed + added}
    gone, new, union = [], [], True
    with SortedLines(previous.path("graph.nq")) as old_nq, SortedLines(new_nq) as nq:
        for triple in touched:
            lines = nq.with_prefix(f"{triple} ".encode())
            now = bool(lines)
            was = old_nq.has(f"{triple} .".encode())  # the old default graph holds every triple
            if now and f"{triple} .".encode() not in lines:
                union = False
            if was and not now:
                gone.append(f"{triple} .".encode())
            elif now and not was:
                new.append(f"{triple} .".encode())
    return gone, new, union


def _triples_file(nq: Path, target: Path) -> Path:
    """graph.nt of a graph.nq whose default graph holds every triple, written to ``target``."""
    with nq.open("rb") as lines, target.open("wb") as out:
        out.writelines(line + b"\n" for line in default_lines(line[:-1] for line in lines))
    return target


def _write_delta(state: GraphState, removed: list[str], added: list[str]) -> None:
    """The quads that left and arrived, as N-Quads, for the store (kg.store_delta)."""
    for name, keys in (("delta-removed.nq", removed), ("delta-added.nq", added)):
        with state.path(name).open("wb") as handle:
            handle.writelines(_line(key) + b"\n" for key in sorted(keys))


def _publish_link(kept: Path, target: Path) -> None:
    """A published graph file that is the state's own sorted file (one inode, two names)."""
    import os

    from kg.io import file_mode

    os.chmod(kept, file_mode())
    target.unlink(missing_ok=True)
    try:
        os.link(kept, target)
    except OSError:
        import shutil

        shutil.copyfile(kept, target)
