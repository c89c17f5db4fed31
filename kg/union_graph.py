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
from functools import lru_cache
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


@lru_cache(maxsize=4)
def file_needs_union(path: str, mtime_ns: int, size: int) -> bool:
    """Whether the graph file at ``path`` (as loaded by :func:`kg.query._cached_store`) needs the union."""
    from kg.query import _cached_store

    return not default_holds_union(_cached_store(path, mtime_ns, size))
