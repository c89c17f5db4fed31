"""Load a large N-Quads file into an Oxigraph store in bounded memory.

pyoxigraph's ``Store.bulk_load`` keeps about ten times its input in memory while it sorts it into
the store's files: 2.2 GB for the 404 MB graph.nq of a 10 M-character corpus. Fed in batches of
whole lines (``batch_bytes`` each) it stays near ten times one batch, whatever the file's size;
the store's ``optimize`` afterwards merges the batches' files.

>>> import tempfile, pathlib, pyoxigraph as ox
>>> graph = pathlib.Path(tempfile.mkdtemp()) / "graph.nq"
>>> _ = graph.write_text("".join(f'<http://x.org/县{i}> <http://x.org/p> "{i}" .\\n' for i in range(5)), encoding="utf-8")
>>> store = ox.Store()
>>> bulk_load_lines(store, graph, batch_bytes=100)
2
>>> len(store)
5
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

__all__ = ["BATCH_BYTES", "bulk_load_growing", "bulk_load_lines"]

BATCH_BYTES = 16 * 2**20  # about 200 MB of peak memory per batch


def bulk_load_lines(store: Any, path: Path, batch_bytes: int = BATCH_BYTES) -> int:
    """Bulk-load the N-Quads file ``path`` into ``store`` in batches of whole lines; return the batch count.

    A syntax error names the line of the file (not of its batch).
    """
    import pyoxigraph as ox

    batches = first_line = 0
    with Path(path).open("rb") as handle:
        while True:
            lines = handle.readlines(batch_bytes)
            if not lines:
                return batches
            try:
                store.bulk_load(b"".join(lines), format=ox.RdfFormat.N_QUADS)
            except SyntaxError as err:
                raise SyntaxError(f"after line {first_line}: {str(err).splitlines()[0]}") from None
            batches += 1
            first_line += len(lines)


def bulk_load_growing(store: Any, path: Path, done: Path, batch_bytes: int = BATCH_BYTES,
                      alive: Callable[[], bool] = lambda: True, pause: float = 0.02,
                      least_bytes: int | None = None) -> int:
    """Bulk-load the N-Quads file ``path`` while another process still writes it; return the batch count.

    The writer creates ``done``, holding the file's final size in bytes, once it has closed the file.
    Whole lines are loaded as they arrive: in batches of about ``batch_bytes`` while the loader is behind
    the writer (each batch costs the store a merge later, so a loader that cannot keep up takes big ones),
    and of at least ``least_bytes`` (default a quarter of ``batch_bytes``) once it has caught up, so that
    little is left to load after the writer finishes; the last batch is whatever is left once the size is
    known. A partial line waits for its end. ``alive()`` false (the writer is gone) or a file that ends
    short of the size in ``done`` raises OSError.

    >>> import tempfile, pathlib, pyoxigraph as ox
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "g.nq").write_text('<http://x.org/a> <http://x.org/p> "乡" .\\n', encoding="utf-8")
    >>> _ = (folder / "done").write_text(str((folder / "g.nq").stat().st_size), encoding="ascii")
    >>> store = ox.Store()
    >>> bulk_load_growing(store, folder / "g.nq", folder / "done"), len(store)
    (1, 1)
    """
    import pyoxigraph as ox

    least = batch_bytes // 4 if least_bytes is None else least_bytes
    batches = read = 0
    pending = b""
    with Path(path).open("rb") as handle:
        while True:
            final = _final_size(done)  # asked before reading: a size seen here is all there is to read
            chunk = handle.read(max(batch_bytes - len(pending), batch_bytes // 256, 1))  # pending stays near one batch
            read += len(chunk)
            pending += chunk
            caught_up = not chunk
            cut = pending.rfind(b"\n") + 1
            if cut and (len(pending) >= batch_bytes or (caught_up and (final is not None or cut >= least))):
                _load_batch(store, pending[:cut], ox)
                batches += 1
                pending = pending[cut:]
            if not caught_up:
                continue
            if final is not None:
                if pending or read != final:
                    raise OSError(f"{path}: {read} bytes read, {final} written, {len(pending)} in a partial line")
                return batches
            if not alive():
                raise OSError(f"{path}: its writer stopped before finishing it")
            time.sleep(pause)


def _final_size(done: Path) -> int | None:
    try:
        return int(done.read_text(encoding="ascii"))
    except (OSError, ValueError):
        return None


def _load_batch(store: Any, data: bytes, ox: Any) -> None:
    try:
        store.bulk_load(data, format=ox.RdfFormat.N_QUADS)
    except SyntaxError as err:
        raise SyntaxError(str(err).splitlines()[0]) from None
