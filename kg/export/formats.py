"""Which graph files a build writes (``kg build --formats ttl,nq,…``).

Every file holds the same graph; each exists for one kind of reader:

- ``ttl``: graph.ttl, Turtle with prefixes, the smallest and the one people read (default);
- ``nq``: graph.nq, N-Quads with the per-article named graphs (who said what), the file
  ``kg build --store``, ``kg query`` and triple stores load (default);
- ``nt``: graph.nt, N-Triples, one triple per line, for line tools (grep, sort, diff) and loaders
  without Turtle;
- ``jsonld``: graph.jsonld, JSON-LD for web applications.

void.ttl (the dataset's description) is always written. A 10 M-character corpus gives about
400 MB of N-Quads, 270 MB of N-Triples, 135 MB of JSON-LD and 73 MB of Turtle, hence the default.

>>> parse_formats("nq, ttl")
('ttl', 'nq')
>>> parse_formats("all")
('ttl', 'nt', 'nq', 'jsonld')
>>> graph_files(("nq",))
('graph.nq', 'void.ttl')
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["ALL_FORMATS", "DEFAULT_FORMATS", "graph_files", "parse_formats", "remove_unchosen"]

ALL_FORMATS = ("ttl", "nt", "nq", "jsonld")
DEFAULT_FORMATS = ("ttl", "nq")


def parse_formats(text: str) -> tuple[str, ...]:
    """The formats named in ``text`` (comma-separated, or ``all``), in the canonical order.

    ValueError names an unknown format and lists the known ones.
    """
    names = [part.strip().lower().lstrip(".") for part in text.split(",") if part.strip()]
    if names == ["all"]:
        return ALL_FORMATS
    unknown = [name for name in names if name not in ALL_FORMATS]
    if unknown or not names:
        given = repr(unknown[0]) if unknown else "nothing"
        raise ValueError(f"--formats: unknown format {given}; choose from {','.join(ALL_FORMATS)} (or all)")
    return tuple(name for name in ALL_FORMATS if name in names)


def graph_files(formats: tuple[str, ...]) -> tuple[str, ...]:
    """The files a build with ``formats`` writes, void.ttl included."""
    return (*(f"graph.{name}" for name in ALL_FORMATS if name in formats), "void.ttl")


def remove_unchosen(out: Path, formats: tuple[str, ...]) -> None:
    """Remove graph files of formats not chosen (left by an earlier build, they would describe another graph)."""
    for name in ALL_FORMATS:
        if name not in formats:
            (Path(out) / f"graph.{name}").unlink(missing_ok=True)
