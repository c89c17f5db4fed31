"""Atomic file output: write to a temporary file beside the target, then rename.

An interrupted build therefore leaves either the old file or the new one,
never a truncated mix.

>>> import tempfile, pathlib
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> atomic_write_text(d / "a.txt", "新余市")
>>> (d / "a.txt").read_text(encoding="utf-8")
'新余市'
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, BinaryIO


def file_mode() -> int:
    """The permissions a new file gets under the current umask (``0o666 & ~umask``), for files made private
    by ``tempfile`` and then published."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


@contextmanager
def atomic_writer(path: Path, *, fsync: bool = True) -> Iterator[BinaryIO]:
    """A binary file that replaces ``path`` when the ``with`` block ends, and is removed if it raises.

    >>> import tempfile, pathlib
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "b.txt"
    >>> with atomic_writer(target, fsync=False) as out:
    ...     _ = out.write(b"ok")
    >>> target.read_bytes()
    b'ok'
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, file_mode())
        with os.fdopen(fd, "wb") as handle:
            yield handle
            if fsync:
                handle.flush()
                os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically (same-directory temp file, fsync, ``os.replace``)."""
    with atomic_writer(path) as handle:
        handle.write(data)


def atomic_write_text(path: Path, text: str) -> None:
    """Write UTF-8 ``text`` to ``path`` atomically."""
    atomic_write_bytes(path, text.encode("utf-8"))


def dumps_json(data: Any) -> str:
    """Canonical JSON: sorted keys, UTF-8 characters kept, one-space indent, final newline.

    >>> dumps_json({"b": 1, "a": "县"})
    '{\\n "a": "县",\\n "b": 1\\n}\\n'
    """
    return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1) + "\n"
