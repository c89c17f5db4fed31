"""A build's graph in an on-disk Oxigraph store (``OUT/store``), for queries over large graphs.

``kg build --store`` bulk-loads ``graph.nq`` into ``OUT/store`` after writing it, so ``kg query``
and ``kg serve`` open the store read-only instead of parsing the graph into memory each time.
The store is made beside its target and swapped in only when complete; a marker file records
which ``graph.nq`` (size and modification time) it was loaded from, so a store left behind by an
older build is never used for a newer graph.

>>> import tempfile, pathlib
>>> out = pathlib.Path(tempfile.mkdtemp())
>>> _ = (out / "graph.nq").write_text('<http://x.org/a> <http://x.org/p> "县" .\\n', encoding="utf-8")
>>> write_store(out)
1
>>> find_store(out) == out / "store", find_store(out / "graph.nq") == out / "store"
(True, True)
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from kg.store_early import BackgroundLoad

__all__ = ["MARKER", "STORE", "find_store", "graph_identity", "open_store", "remove_store", "store_for", "write_store"]

STORE = "store"
MARKER = "kg-store.json"


def graph_identity(graph: Path) -> dict[str, Any]:
    """What a store's marker records of the graph file it was loaded from."""
    stat = graph.stat()
    return {"graph": graph.name, "size": stat.st_size, "mtime_ns": stat.st_mtime_ns}


_identity = graph_identity


def write_store(out: Path, union: bool | None = None, loading: BackgroundLoad | None = None) -> int:
    """Bulk-load ``out/graph.nq`` into ``out/store`` (replacing an older store); return its quad count.

    ``union``: whether the default graph of graph.nq holds every triple of its named graphs, when the build
    that wrote it knows (:mod:`kg.export.graphstate`); else the store is asked (one scan of the named graphs).
    ``loading``: the same graph.nq, loaded while the build went on (:mod:`kg.store_early`); installed when it
    succeeded, else graph.nq is loaded here.
    """
    graph = Path(out) / "graph.nq"
    if not graph.is_file():
        raise ValueError(f"{graph}: no such graph file (run kg build first)")
    loaded = loading.wait() if loading is not None else None
    if loaded is not None:
        return _install(Path(out), loaded[0], union, loaded[1])
    staging = Path(tempfile.mkdtemp(prefix=".kg-store-", dir=out))
    try:
        return _install(Path(out), staging, union, _load(graph, staging / STORE))
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _load(graph: Path, folder: Path) -> int:
    """The store of ``graph`` at ``folder``, loaded in batches (bounded memory on large graphs); its quad count."""
    import pyoxigraph as ox

    from kg.store_load import bulk_load_lines

    store = ox.Store(str(folder))
    try:
        bulk_load_lines(store, graph)
    except (SyntaxError, ValueError, OSError) as err:
        raise ValueError(f"{graph}: cannot load into a store: {str(err).splitlines()[0]}") from None
    store.flush()
    store.optimize()
    return len(store)


def _install(out: Path, staging: Path, union: bool | None, count: int) -> int:
    """Mark the loaded ``staging/store`` as the store of ``out/graph.nq`` and swap it in; return ``count``."""
    from kg.union_graph import FLAG, record_union

    try:
        if union is None:
            import pyoxigraph as ox

            store = ox.Store(str(staging / STORE))
            record_union(store, staging / STORE)
            del store
        else:
            (staging / STORE / FLAG).write_text(json.dumps({"default_graph_is_union": union}) + "\n", encoding="utf-8")
        (staging / STORE / MARKER).write_text(json.dumps(_identity(out / "graph.nq")), encoding="utf-8")
        target = out / STORE
        if target.exists():
            os.replace(target, staging / "old")
        os.replace(staging / STORE, target)
        return count
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def remove_store(out: Path) -> None:
    """Remove ``out/store`` if it is a store written by :func:`write_store`."""
    target = Path(out) / STORE
    if (target / MARKER).is_file():
        shutil.rmtree(target, ignore_errors=True)


def find_store(path: Path) -> Path | None:
    """The up-to-date store for ``path``: a store folder itself, a build folder, or its graph file."""
    path = Path(path)
    candidates = [path] if path.is_dir() else []
    candidates += [path / STORE] if path.is_dir() else [path.parent / STORE]
    for folder in candidates:
        marker = folder / MARKER
        if not marker.is_file():
            continue
        try:
            recorded = json.loads(marker.read_text(encoding="utf-8"))
            graph = folder.parent / str(recorded["graph"])
            if path.is_file() and path.resolve() != graph.resolve():
                continue  # a query of graph.ttl is not answered from the N-Quads store
            if not graph.is_file() or _identity(graph) == recorded:
                return folder  # a bare store (graph file moved away) is still usable
        except (OSError, ValueError, KeyError, TypeError):
            continue
    return None


def store_for(path: Path) -> Path | None:
    """:func:`find_store`, with a ValueError when ``path`` is a folder that holds no up-to-date store
    (a folder has no graph file to fall back on)."""
    found = find_store(path)
    if found is None and Path(path).is_dir():
        raise ValueError(f"{path}: a folder with no up-to-date store (kg build --store) — give a graph file such as "
                         "graph.nq")
    return found


def open_store(folder: Path) -> Any:
    """The store at ``folder``, read-only (ValueError naming the folder when it cannot be opened)."""
    import pyoxigraph as ox

    try:
        return ox.Store.read_only(str(folder))
    except OSError as err:
        raise ValueError(f"{folder}: cannot open the store: {str(err).splitlines()[0]}") from None
