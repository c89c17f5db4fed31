"""Whether a graph's default graph already holds the triples of all its named graphs.

``kg build`` writes every triple into the default graph and repeats some of them in per-article
named graphs, so its default graph *is* the union. pyoxigraph's ``use_default_graph_as_union``
is then only a cost: it matches every pattern against every graph and de-duplicates, which made
bundled questions 20–100× slower on a real corpus (see benchmarks/results.md). This module decides,
once per store, whether the union is needed: a store from ``kg build --store`` records the answer
in a small file beside its marker; a graph file loaded in memory is checked once after loading.

>>> import pyoxigraph as ox
>>> s, p, g = ox.NamedNode("http://x.org/县"), ox.NamedNode("http://x.org/p"), ox.NamedNode("http://x.org/g")
>>> store = ox.Store()
>>> store.add(ox.Quad(s, p, ox.Literal("1"), g))
>>> default_holds_union(store)
False
>>> store.add(ox.Quad(s, p, ox.Literal("1")))
>>> default_holds_union(store)
True
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

__all__ = ["FLAG", "default_holds_union", "file_needs_union", "record_union", "store_needs_union"]

FLAG = "kg-default-graph.json"  # in the store folder, beside kg.store.MARKER
_MISSING = "ASK { GRAPH ?g { ?s ?p ?o } FILTER NOT EXISTS { ?s ?p ?o } }"


def default_holds_union(store: Any) -> bool:
    """True when no triple of a named graph is missing from the default graph (one scan of the
    named graphs' quads)."""
    return not bool(store.query(_MISSING))


def record_union(store: Any, folder: Path) -> None:
    """Write into ``folder`` (a store being made) whether queries on it need the union default graph."""
    answer = {"default_graph_is_union": default_holds_union(store)}
    (Path(folder) / FLAG).write_text(json.dumps(answer) + "\n", encoding="utf-8")


def store_needs_union(folder: Path) -> bool:
    """What :func:`record_union` wrote for the store at ``folder``; True (always correct) when unknown."""
    try:
        recorded = json.loads((Path(folder) / FLAG).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return True
    return not (isinstance(recorded, dict) and recorded.get("default_graph_is_union") is True)


_FILE_ANSWERS: dict[tuple[str, int, int], bool] = {}


def file_needs_union(store: Any, identity: tuple[str, int, int]) -> bool:
    """Whether ``store``, loaded from the graph file of ``identity`` (path, mtime_ns, size), needs the
    union; checked once per file version."""
    if identity not in _FILE_ANSWERS:
        if len(_FILE_ANSWERS) >= 8:
            _FILE_ANSWERS.clear()
        _FILE_ANSWERS[identity] = not default_holds_union(store)
    return _FILE_ANSWERS[identity]
