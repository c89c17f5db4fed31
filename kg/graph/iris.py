"""Deterministic, ASCII-only IRIs for everything the graph mints.

Names become path segments by percent-encoding their NFC-normalised UTF-8 bytes
(``urllib.parse.quote`` with no safe characters). We chose this over a short
hash because it is collision-free, reversible (a browser shows the Chinese name
again), needs no lookup table, and still gives a valid ASCII IRI for any
string — quotes, spaces, ``<>``, ``#``, newlines and emoji included. Places
with a 12-digit gazetteer code use the code instead, so the same division gets
one IRI whatever name variant an article used. Facts, assertions and
observations have no name: their IRIs carry a SHA-1 of their content.

>>> iri_for_entity({"type": "Organization", "name": "新钢公司"}, DEFAULT_BASE)
rdflib.term.URIRef('https://w3id.org/govnews-kg/id/org/%E6%96%B0%E9%92%A2%E5%85%AC%E5%8F%B8')
>>> iri_for_entity({"type": "Place", "name": "新余市", "code": "360500000000"}, DEFAULT_BASE)
rdflib.term.URIRef('https://w3id.org/govnews-kg/id/place/360500000000')
>>> iri_for_article("000_e06924aedc06bbba.txt", 3, "标题", "http://x.org/")
rdflib.term.URIRef('http://x.org/article/000_e06924aedc06bbba/3-748d7dc7')
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from pathlib import PurePosixPath
from urllib.parse import quote

from rdflib import URIRef

from kg.schema import ENTITY_TYPES
from kg.vocab import DEFAULT_BASE

__all__ = [
    "DEFAULT_BASE", "check_base", "content_hash", "iri_for_article", "iri_for_assertion", "iri_for_dataset",
    "iri_for_entity", "iri_for_graph", "iri_for_instant", "iri_for_observation", "iri_for_period",
    "iri_for_post", "iri_for_sentence", "segment", "valid_code",
]

# entity type -> IRI path segment, from the schema
TYPE_SEGMENTS = {name: str(kind.segment) for name, kind in ENTITY_TYPES.items()}
_CODE = re.compile(r"[0-9]{12}")
_BASE = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:[^\s<>\"{}|\\^`]*[/#]")


def segment(text: str) -> str:
    """Percent-encode a name as one IRI path segment (NFC, stripped; dot-only names escaped).

    >>> segment(" a b/c#ü ")
    'a%20b%2Fc%23%C3%BC'
    >>> segment("..")
    '%2E%2E'
    """
    name = unicodedata.normalize("NFC", str(text)).strip()
    if not name:  # whitespace only: still a stable, content-derived segment
        return "_" + hashlib.sha1(str(text).encode("utf-8")).hexdigest()[:16]
    seg = quote(name, safe="")
    return seg.replace(".", "%2E") if set(seg) == {"."} else seg


def check_base(base: str) -> str:
    """Return ``base`` if it is an absolute IRI ending in ``/`` or ``#``, else raise ValueError.

    >>> check_base("http://example.org/kg/")
    'http://example.org/kg/'
    """
    if not _BASE.fullmatch(base) or not base.isascii():
        raise ValueError(f"base IRI must be an absolute ASCII IRI ending in '/' or '#': {base!r}")
    return base


def content_hash(*parts: object) -> str:
    """First 20 hex digits of the SHA-1 of the parts joined by U+001F.

    >>> content_hash("a", 1)
    '6aec555ea0dedb3437d1'
    """
    text = "\x1f".join("" if part is None else str(part) for part in parts)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:20]


def valid_code(code: object) -> bool:
    """True for a 12-digit administrative code string."""
    return isinstance(code, str) and _CODE.fullmatch(code) is not None


def iri_for_entity(entity: dict, base: str = DEFAULT_BASE) -> URIRef:
    """IRI of an entity: ``place/<code>`` for coded places, else ``<type>/<percent-encoded name>``."""
    kind = entity.get("type")
    if kind not in TYPE_SEGMENTS:
        raise ValueError(f"unknown entity type {kind!r} for {entity.get('name')!r}")
    if kind == "Place" and valid_code(entity.get("code")):
        return URIRef(f"{base}place/{entity['code']}")
    return URIRef(f"{base}{TYPE_SEGMENTS[kind]}/{segment(entity.get('name') or '')}")


def _article_path(source: str, index: int, title: str) -> str:
    return f"{_stem_segment(str(source))}/{int(index)}-{content_hash(title or '')[:8]}"


@functools.lru_cache(maxsize=4096)
def _stem_segment(source: str) -> str:
    """The path segment of a source file's stem (every article of the file needs it)."""
    return segment(PurePosixPath(source.replace("\\", "/")).stem or source)


def iri_for_article(source: str, index: int, title: str, base: str = DEFAULT_BASE) -> URIRef:
    """IRI of an article: source stem, index in the file and a short hash of its title."""
    return URIRef(f"{base}article/{_article_path(source, index, title)}")


def iri_for_graph(source: str, index: int, title: str, base: str = DEFAULT_BASE) -> URIRef:
    """IRI of the named graph that holds one article's facts (parallel to its article IRI)."""
    return URIRef(f"{base}graph/{_article_path(source, index, title)}")


def iri_for_sentence(source: str, start: int, end: int, text: str, base: str = DEFAULT_BASE) -> URIRef:
    """IRI of an evidence sentence: source stem and offsets (a text hash when offsets are missing)."""
    stem = segment(PurePosixPath(str(source)).stem or str(source))
    if isinstance(start, int) and isinstance(end, int):
        return URIRef(f"{base}sentence/{stem}/{start}-{end}")
    return URIRef(f"{base}sentence/{stem}/{content_hash(text)}")


def iri_for_post(title: str, base: str = DEFAULT_BASE) -> URIRef:
    """IRI of a position (org:Post) by its printed title."""
    return URIRef(f"{base}post/{segment(title)}")


def iri_for_assertion(*content: object, base: str = DEFAULT_BASE) -> URIRef:
    """IRI of a reified relation fact, from a hash of its content and evidence."""
    return URIRef(f"{base}assertion/{content_hash(*content)}")


def iri_for_observation(*content: object, base: str = DEFAULT_BASE) -> URIRef:
    """IRI of a statistical observation, from a hash of its content and evidence."""
    return URIRef(f"{base}observation/{content_hash(*content)}")


def iri_for_period(period: str, base: str = DEFAULT_BASE) -> URIRef:
    """IRI of a reference period; the ISO interval slash becomes ``--`` (ISO 8601-1:2019 alternative).

    >>> iri_for_period("2024-01/2024-06", "http://x.org/")
    rdflib.term.URIRef('http://x.org/period/2024-01--2024-06')
    """
    return URIRef(f"{base}period/{segment(period.replace('/', '--'))}")


def iri_for_instant(day: str, base: str = DEFAULT_BASE) -> URIRef:
    """IRI of a day (time:Instant), ``instant/2024-06-30``."""
    return URIRef(f"{base}instant/{segment(day)}")


def iri_for_dataset(base: str = DEFAULT_BASE) -> URIRef:
    """IRI of the qb:DataSet that groups all observations of a build."""
    return URIRef(f"{base}dataset/statistics")
