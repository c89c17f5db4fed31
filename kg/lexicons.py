"""Closed word lists as data: ``kg/data/lexicons/<name>.tsv``, each entry with its source.

A lexicon file is tab-separated with a header line ``entry<TAB>source[<TAB>more columns]``.
``source`` says where the entry comes from: a standard or classification (``GB/T 4754-2017``,
``ISO 3166-1``), the gazetteer, or ``genre word`` (a word of the news genre itself). An entry
without a source is an error, so that no list grows one failing example at a time.

>>> rows = parse_lexicon("entry\\tsource\\n钢铁\\tGB/T 4754-2017\\n# a comment\\n", "demo")
>>> [(r.entry, r.source) for r in rows]
[('钢铁', 'GB/T 4754-2017')]
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from importlib import resources

LEXICON_PACKAGE = "kg.data.lexicons"


class LexiconError(ValueError):
    """A lexicon file that breaks the format (one line names file, line and problem)."""


@dataclass(frozen=True)
class LexiconRow:
    """One entry of a lexicon with its source and any further columns by header name."""

    entry: str
    source: str
    extra: dict[str, str] = field(default_factory=dict, compare=False, hash=False)


def parse_lexicon(text: str, name: str) -> list[LexiconRow]:
    """Rows of one lexicon file's text; blank lines and ``#`` comments are skipped.

    >>> parse_lexicon("entry\\tsource\\n高铁\\t\\n", "demo")
    Traceback (most recent call last):
    ...
    kg.lexicons.LexiconError: demo.tsv line 2: entry '高铁' has no source
    """
    lines = text.splitlines()
    if not lines or lines[0].split("\t")[:2] != ["entry", "source"]:
        raise LexiconError(f"{name}.tsv line 1: header must start with 'entry<TAB>source'")
    header = lines[0].split("\t")
    rows: list[LexiconRow] = []
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t") + [""] * len(header)
        entry, source = cells[0].strip(), cells[1].strip()
        if not entry:
            raise LexiconError(f"{name}.tsv line {number}: empty entry")
        if not source:
            raise LexiconError(f"{name}.tsv line {number}: entry {entry!r} has no source")
        extra = {key: cells[i].strip() for i, key in enumerate(header[2:], start=2)}
        rows.append(LexiconRow(entry, source, extra))
    return rows


@cache
def lexicon_rows(name: str) -> tuple[LexiconRow, ...]:
    """The rows of the packaged lexicon ``name`` (cached)."""
    text = resources.files(LEXICON_PACKAGE).joinpath(f"{name}.tsv").read_text(encoding="utf-8")
    return tuple(parse_lexicon(text, name))


@cache
def lexicon(name: str) -> frozenset[str]:
    """The entries of the packaged lexicon ``name`` as a set (cached)."""
    return frozenset(row.entry for row in lexicon_rows(name))


def lexicon_names() -> list[str]:
    """Names of all packaged lexicons (file stems), sorted."""
    files = resources.files(LEXICON_PACKAGE).iterdir()
    return sorted(f.name[:-4] for f in files if f.name.endswith(".tsv"))
