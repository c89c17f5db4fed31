"""graph.ttl from the sorted graph.nt: pyoxigraph's streaming Turtle writer, with a readable header.

>>> turtle_header({"kg": "https://w3id.org/govnews-kg/ontology#"}, "https://w3id.org/govnews-kg/id/").decode().splitlines()
['@base <https://w3id.org/govnews-kg/id/> .', '@prefix kg: <https://w3id.org/govnews-kg/ontology#> .']
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import IO

__all__ = ["turtle_header", "write_turtle"]


def write_turtle(nt_path: Path, ttl_path: Path, prefixes: dict[str, str], base: str | None) -> None:
    """graph.ttl from graph.nt by pyoxigraph, streamed, with a readable header (see :func:`turtle_header`)."""
    import pyoxigraph as ox

    raw = ttl_path.with_suffix(".raw")
    triples = ox.parse(path=str(nt_path), format=ox.RdfFormat.N_TRIPLES)
    ox.serialize(triples, output=str(raw), format=ox.RdfFormat.TURTLE, prefixes=prefixes or None, base_iri=base)
    with raw.open("rb") as src, ttl_path.open("wb") as dst:
        _copy_with_header(src, dst, prefixes, base)
    raw.unlink()


def _copy_with_header(src: IO[bytes], dst: IO[bytes], prefixes: dict[str, str], base: str | None) -> None:
    """Copy pyoxigraph's Turtle, replacing its ``@base``/``@prefix`` lines by absolute, sorted ones.

    pyoxigraph writes prefix IRIs relative to the base (``kg: </govnews-kg/ontology#>``), which is
    valid but hard to read.
    """
    if not base:
        shutil.copyfileobj(src, dst)
        return
    dst.write(turtle_header(prefixes, base))
    for line in src:
        if not line.startswith((b"@base ", b"@prefix ")):
            dst.write(line)
            break
    else:
        return
    shutil.copyfileobj(src, dst)


def turtle_header(prefixes: dict[str, str], base: str) -> bytes:
    """The ``@base`` and ``@prefix`` lines graph.ttl starts with (absolute IRIs, sorted by prefix)."""
    header = [f"@base <{base}> ."] + [f"@prefix {p}: <{ns}> ." for p, ns in sorted(prefixes.items())]
    return "\n".join(header).encode("utf-8") + b"\n"
