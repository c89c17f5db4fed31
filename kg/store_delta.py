"""Bring ``OUT/store`` up to date with an incremental build by applying the change, not reloading.

An incremental build (:mod:`kg.export.incremental`) keeps the quads that left and arrived. When the
store was loaded from the graph.nq the build started from (its marker says so), the store is copied
with ``Store.backup`` (a RocksDB checkpoint: hard links to the immutable table files, so cheap), the
change is applied to the copy, and the copy is swapped in with a marker for the new graph.nq. Any
failure leaves the old store, and :func:`update_store` answers False so that the build loads anew.

>>> update_store(__import__("pathlib").Path("/nonexistent"), {}, __import__("pathlib").Path("/nonexistent"))
False
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

__all__ = ["update_store"]


def update_store(out: Path, old_graph: dict[str, object], state: Path) -> bool:
    """Apply ``state``'s delta files to ``out/store`` if it was loaded from ``old_graph``; True when done."""
    import pyoxigraph as ox

    from kg.store import MARKER, STORE, graph_identity
    from kg.union_graph import FLAG

    target, graph = Path(out) / STORE, Path(out) / "graph.nq"
    try:
        recorded = json.loads((target / MARKER).read_text(encoding="utf-8"))
        union = json.loads((target / FLAG).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    manifest = _manifest(state)
    if recorded != old_graph or not graph.is_file() or manifest is None or union != {"default_graph_is_union": True}:
        return False
    staging = Path(tempfile.mkdtemp(prefix=".kg-store-", dir=out))
    try:
        old = ox.Store.read_only(str(target))
        old.backup(str(staging / STORE))
        del old
        store = ox.Store(str(staging / STORE))
        removed = ox.parse(path=str(state / "delta-removed.nq"), format=ox.RdfFormat.N_QUADS)
        for quad in removed:
            store.remove(quad)
        store.extend(ox.parse(path=str(state / "delta-added.nq"), format=ox.RdfFormat.N_QUADS))
        store.flush()
        del store
        (staging / STORE / FLAG).write_text(
            json.dumps({"default_graph_is_union": manifest.get("union") is True}) + "\n", encoding="utf-8")
        (staging / STORE / MARKER).write_text(json.dumps(graph_identity(graph)), encoding="utf-8")
        os.replace(target, staging / "old")
        os.replace(staging / STORE, target)
        return True
    except (OSError, ValueError, SyntaxError):
        return False
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _manifest(state: Path) -> dict[str, object] | None:
    try:
        found = json.loads((Path(state) / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return found if isinstance(found, dict) else None
