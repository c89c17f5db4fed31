"""Derived tables kept on disk between runs, so that a worker process starts in a fraction of a second.

Building the extractors' tables (jieba's word weights, the gazetteer's index, the place-name
prefixes) takes a second or two per process; reading them back from a pickle takes a fraction of
that. A table is stored under the user's cache folder (``$KG_CACHE_DIR``, else
``$XDG_CACHE_HOME/govnews-kg``, else ``~/.cache/govnews-kg``) in a file named by the SHA-256 of
everything it is derived from (the data files and the code that derives it), so a changed input is
a new name and a stale table is never read. Nothing here may fail a build: an unreadable,
unwritable or corrupt cache only means the table is built again (``KG_CACHE_DIR=off`` turns the
cache off).

>>> import tempfile, os
>>> os.environ["KG_CACHE_DIR"] = tempfile.mkdtemp()
>>> cached_table("demo", [b"input 1"], lambda: {"宜春市": "prefecture"})
{'宜春市': 'prefecture'}
>>> cached_table("demo", [b"input 1"], lambda: {})  # read back: the builder is not called
{'宜春市': 'prefecture'}
>>> del os.environ["KG_CACHE_DIR"]
"""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

FORMAT = 1  # bump when the stored layout changes without any input changing


def cache_folder() -> Path | None:
    """Where tables are kept, None when the cache is turned off (``KG_CACHE_DIR=off``)."""
    chosen = os.environ.get("KG_CACHE_DIR")
    if chosen:
        return None if chosen == "off" else Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "govnews-kg"


def input_digest(name: str, inputs: Iterable[bytes | Path]) -> str:
    """The SHA-256 of a table's name, the Python and format versions, and each input (bytes, or a
    file's contents), each length-prefixed so that no two input lists share a digest."""
    digest = hashlib.sha256(f"{name}\0{FORMAT}\0{sys.version_info[:2]}\0{pickle.HIGHEST_PROTOCOL}".encode())
    for item in inputs:
        data = item.read_bytes() if isinstance(item, Path) else item
        digest.update(len(data).to_bytes(8, "big") + data)
    return digest.hexdigest()


def cached_table(name: str, inputs: Iterable[bytes | Path], build: Callable[[], T]) -> T:
    """The table ``build()`` makes from ``inputs``, read from the cache when a copy made from the
    same inputs is there, else built and (when the folder is writable) stored for the next process."""
    folder = cache_folder()
    if folder is None:
        return build()
    path = folder / f"{name}-{input_digest(name, inputs)[:32]}.pickle"
    stored = _read(path)
    if stored is not _MISSING:
        return stored  # type: ignore[return-value]
    table = build()
    _store(path, table)
    return table


_MISSING = object()
# what reading an absent, unreadable, truncated or otherwise corrupt pickle may raise
_READ_ERRORS = (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, IndexError, KeyError,
                TypeError, ValueError, MemoryError)


def _read(path: Path) -> object:
    """The table stored at ``path``, or ``_MISSING`` when it cannot be read back. The cyclic garbage
    collector is paused meanwhile: a table is tens of thousands of new objects, none of them garbage,
    and the collections they would set off take longer than the reading."""
    paused = gc.isenabled()
    gc.disable()
    try:
        with path.open("rb") as handle:
            return pickle.load(handle)
    except _READ_ERRORS:
        return _MISSING
    finally:
        if paused:
            gc.enable()


def _store(path: Path, table: object) -> None:
    """Write ``table`` to ``path`` atomically (a temporary file renamed over it) and remove the copies
    of the same table made from other inputs (stale: a table of ``name`` is kept once); any failure
    is ignored."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                pickle.dump(table, out, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, path)
        except BaseException:
            os.unlink(temporary)
            raise
        name = path.name.rsplit("-", 1)[0]
        for stale in path.parent.glob(f"{name}-*.pickle"):
            if stale != path and stale.name.rsplit("-", 1)[0] == name:
                stale.unlink(missing_ok=True)
    except (OSError, pickle.PicklingError):
        pass
