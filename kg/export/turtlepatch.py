"""graph.ttl edited subject by subject instead of serialised anew.

pyoxigraph writes the sorted triples of graph.nt as one Turtle block per subject, in the same
order, each starting on a line that does not start with a tab. A clean build records the subject
and byte length of every block (``ttl-index.txt`` of the state: ``subject<TAB>length``, in
graph.nt order) when the blocks and the subjects of graph.nt match one to one. An incremental build
serialises only the blocks of the subjects whose triples changed (with the same prefixes and base)
and copies every other block from the previous graph.ttl. When the header (prefixes) changes or
there is no index, graph.ttl is written in full.

>>> _blocks(b"@base <x> .\\n<a> <p> 1 ;\\n\\t<q> 2 .\\n<b> <p> 3 .\\n")
(12, [21, 12])
"""

from __future__ import annotations

import mmap
import os
import re
from collections.abc import Iterable
from pathlib import Path

from kg.export.sortedpatch import SortedLines, default_lines

__all__ = ["index_turtle", "patch_turtle"]


def _blocks(data: bytes | Iterable[bytes]) -> tuple[int, list[int]]:
    """(header length, length of each subject block) of pyoxigraph Turtle (bytes, or its lines)."""
    lines = data.splitlines(keepends=True) if isinstance(data, bytes) else data
    head_bytes, in_header = 0, True
    blocks: list[int] = []
    for line in lines:
        if in_header and line.startswith((b"@base ", b"@prefix ")):
            head_bytes += len(line)
            continue
        in_header = False
        if line.startswith(b"\t") and blocks:
            blocks[-1] += len(line)
        else:
            blocks.append(len(line))
    return head_bytes, blocks


def _subjects(nt: Path) -> list[bytes]:
    """Distinct subjects of a sorted N-Triples file, in order."""
    found: list[bytes] = []
    with nt.open("rb") as lines:
        for line in lines:
            subject = line.split(b" ", 1)[0]
            if not found or found[-1] != subject:
                found.append(subject)
    return found


def index_turtle(ttl: Path, nt: Path, index: Path, subjects: list[str] | None = None) -> bool:
    """Write ``index`` for the graph.ttl made from ``nt`` (whose subjects, in order, may be given);
    False (no index) when blocks and subjects differ."""
    header = 0
    with ttl.open("rb") as handle:
        for line in handle:
            if not line.startswith((b"@base ", b"@prefix ")):
                break
            header += len(line)
        size = os.fstat(handle.fileno()).st_size
        data = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) if size else b""
        try:
            starts = [header] + [match.end() for match in _BLOCK.finditer(data, header)] if header < size else []
        finally:
            if isinstance(data, mmap.mmap):
                data.close()
    blocks = [end - start for start, end in zip(starts, [*starts[1:], size])]
    names = [s.encode("utf-8") for s in subjects] if subjects is not None else _subjects(nt)
    if len(blocks) != len(names):
        index.unlink(missing_ok=True)
        return False
    with index.open("wb") as out:
        out.write(f"\t{header}\n".encode())  # the header's length first (an empty subject sorts first)
        out.writelines(b"%s\t%d\n" % (subject, length) for subject, length in zip(names, blocks))
    return True


_BLOCK = re.compile(rb"\n(?=[^\t])")  # the end of a line followed by one that starts a block


def patch_turtle(old_ttl: Path, old_index: Path, new_ttl: Path, new_index: Path, new_nq: Path,
                 subjects: set[bytes], header: bytes) -> bool:
    """Write ``new_ttl`` and ``new_index`` from the old ones, re-serialising the blocks of ``subjects``
    from the default graph of ``new_nq``, which holds every triple (:func:`~kg.export.sortedpatch.default_lines`);
    False (nothing written) when the old header is not ``header`` or there is no index."""
    import pyoxigraph as ox

    if not old_index.is_file():
        return False
    with old_ttl.open("rb") as handle:
        if handle.read(len(header) + 1)[: len(header)] != header:
            return False
    wanted = sorted(subjects)
    with SortedLines(new_nq) as nq:
        lines = [line for subject in wanted for line in default_lines(nq.with_prefix(subject + b" "))]
    body = b"".join(line + b"\n" for line in lines)
    turtle = ox.serialize(ox.parse(input=body, format=ox.RdfFormat.N_TRIPLES), format=ox.RdfFormat.TURTLE,
                          prefixes=_prefixes(header), base_iri=_base(header)) or b""
    _, sizes = _blocks(turtle)
    present = sorted({line.split(b" ", 1)[0] for line in lines})
    if len(sizes) != len(present):
        return False
    skip = _header_length(turtle)
    fresh, at = {}, skip
    for subject, size in zip(present, sizes):
        fresh[subject] = turtle[at:at + size]
        at += size
    _write(old_ttl, old_index, new_ttl, new_index, wanted, fresh, header)
    return True


def _write(old_ttl: Path, old_index: Path, new_ttl: Path, new_index: Path, wanted: list[bytes],
           fresh: dict[bytes, bytes], header: bytes) -> None:
    """One pass over the old index: copy unchanged blocks, put in the fresh ones, drop the gone ones."""
    pending = iter(wanted)
    next_subject = next(pending, None)
    with old_ttl.open("rb") as ttl, old_index.open("rb") as index, new_ttl.open("wb") as out, \
            new_index.open("wb") as new:
        first = index.readline()
        new.write(first)
        out.write(ttl.read(int(first.rsplit(b"\t", 1)[1])))
        for line in index:
            subject, _, length = line[:-1].rpartition(b"\t")
            while next_subject is not None and next_subject < subject:
                _put(out, new, next_subject, fresh)
                next_subject = next(pending, None)
            block = ttl.read(int(length))
            if subject == next_subject:
                _put(out, new, subject, fresh)
                next_subject = next(pending, None)
            else:
                out.write(block)
                new.write(line)
        while next_subject is not None:
            _put(out, new, next_subject, fresh)
            next_subject = next(pending, None)


def _put(out: object, index: object, subject: bytes, fresh: dict[bytes, bytes]) -> None:
    block = fresh.get(subject)
    if block is not None:
        out.write(block)  # type: ignore[attr-defined]
        index.write(b"%s\t%d\n" % (subject, len(block)))  # type: ignore[attr-defined]


def _header_length(turtle: bytes) -> int:
    return _blocks(turtle)[0]


def _prefixes(header: bytes) -> dict[str, str] | None:
    found = {}
    for line in header.decode("utf-8").splitlines():
        if line.startswith("@prefix "):
            name, iri = line[len("@prefix "):].split(": <", 1)
            found[name] = iri.rsplit("> .", 1)[0]
    return found or None


def _base(header: bytes) -> str | None:
    for line in header.decode("utf-8").splitlines():
        if line.startswith("@base <"):
            return line[len("@base <"):].rsplit("> .", 1)[0]
    return None
