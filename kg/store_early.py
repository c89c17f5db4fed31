"""Load the store while the build still writes its other files: ``kg build --store`` with two cores or more.

The store needs only graph.nq, which the export writes first (:func:`kg.export.rdf.write_sorted`);
graph.ttl, the VoID file, the graph state and the HTML view come after it. :class:`BackgroundLoad`
bulk-loads that graph.nq (a hard link to it: the file is renamed into its generation meanwhile) into a
staging store in a child process, and :func:`kg.store.write_store` installs the result once the build
is published, exactly as if it had loaded graph.nq then. With ``growing=True`` the child starts while
graph.nq is still being written and loads its lines as they come (:func:`kg.store_load.bulk_load_growing`);
:meth:`BackgroundLoad.written` tells it the file is complete. Any failure of the child leaves nothing
behind and the store is loaded the usual way.

>>> import tempfile, pathlib
>>> out = pathlib.Path(tempfile.mkdtemp())
>>> _ = (out / "g.nq").write_text('<http://x.org/a> <http://x.org/p> "县" .\\n', encoding="utf-8")
>>> loading = BackgroundLoad(out, out / "g.nq")
>>> folder, count = loading.wait()
>>> (folder / "store").is_dir(), count
(True, 1)
>>> loading.cancel()
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

__all__ = ["BackgroundLoad", "can_load_early"]

_STORE, _COUNT, _WRITTEN = "store", "count", "written"


# batches of a growing graph.nq: 16 MB while the loader is behind the writer (as many as 4 MB ones cost
# 0.4 s more of loading and merging on a 45 MB graph.nq), 4 MB once it has caught up (what is left after
# the writer finishes is loaded while the build waits)
GROWING_BATCH, GROWING_LEAST = 16 * 2**20, 4 * 2**20


def can_load_early() -> bool:
    """Whether the store can be loaded beside the build (a child Python process; always, on CPython)."""
    return bool(sys.executable)


class BackgroundLoad:
    """A child process bulk-loading ``graph`` into ``<staging>/store``, the staging folder made in ``out``.

    A fresh interpreter, not a fork: a process that has opened a store has RocksDB threads whose locks a
    forked child would inherit held.
    """

    def __init__(self, out: Path, graph: Path, growing: bool = False) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix=".kg-store-", dir=out))
        source = self.folder / "graph.nq"
        os.link(graph, source)  # same file system (the export's scratch is inside out)
        root = str(Path(__file__).resolve().parent.parent)  # kg importable in the child as it is here
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")]))}
        self._child: subprocess.Popen[bytes] | None = subprocess.Popen(
            [sys.executable, "-c", "import sys; from kg.store_early import load; load(*sys.argv[1:])",
             str(source), str(self.folder), str(os.getpid()) if growing else ""], env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL, start_new_session=True)  # Ctrl-C reaches the build, which cancels this

    def written(self, size: int) -> None:
        """A growing graph.nq is complete at ``size`` bytes (written whole, then renamed: never half read)."""
        partial = self.folder / f"{_WRITTEN}.part"
        partial.write_text(str(size), encoding="ascii")
        os.replace(partial, self.folder / _WRITTEN)

    def wait(self) -> tuple[Path, int] | None:
        """(staging folder with the loaded ``store``, its quad count), or None when the child failed."""
        if self._child is None:
            return None
        ok = self._child.wait() == 0
        self._child = None
        try:
            return (self.folder, int((self.folder / _COUNT).read_text(encoding="ascii"))) if ok else None
        except (OSError, ValueError):
            return None

    def cancel(self) -> None:
        """Stop the child if it still runs and remove the staging folder (whatever was not installed)."""
        if self._child is not None:
            if self._child.poll() is None:
                self._child.terminate()
            self._child.wait()
        self._child = None
        shutil.rmtree(self.folder, ignore_errors=True)


def load(graph: str, folder: str, writer: str = "") -> None:
    """In the child: the store of ``graph`` in ``folder/store``, its quad count in ``folder/count``.
    ``writer``: the id of the process still writing ``graph`` (growing), or empty (complete)."""
    import pyoxigraph as ox

    from kg.store_load import bulk_load_growing, bulk_load_lines

    store = ox.Store(str(Path(folder) / _STORE))
    if writer:
        bulk_load_growing(store, Path(graph), Path(folder) / _WRITTEN, batch_bytes=GROWING_BATCH,
                          least_bytes=GROWING_LEAST, alive=lambda: os.getppid() == int(writer))
    else:
        bulk_load_lines(store, Path(graph))
    store.flush()
    store.optimize()
    count = len(store)
    del store
    (Path(folder) / _COUNT).write_text(str(count), encoding="ascii")
    Path(graph).unlink()
