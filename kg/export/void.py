"""VoID statistics and DCAT distributions describing an export (``void.ttl``).

:class:`TripleStats` counts what VoID reports while the sorted, distinct triples stream
past once: triples, typed entities, classes, properties, distinct subjects and objects
(objects through an external sort, since they do not arrive grouped).

>>> import tempfile
>>> with TripleStats(tempfile.mkdtemp()) as stats:
...     for line in ['<a> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <C>', '<a> <p> "x"', '<b> <p> "x"']:
...         stats.add(line)
...     stats.triples, stats.subjects, stats.distinct_objects()
(3, 2, 2)
"""

from __future__ import annotations

import hashlib
from collections import Counter
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from kg.export.extsort import ExternalSorter

__all__ = ["LICENSES", "MEDIA_TYPES", "VOID_PREFIXES", "TripleStats", "check_datetime", "license_iri",
           "void_triples"]

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_RDF_TYPE_NT = f"<{RDF_TYPE}>"
LICENSES = {
    "CC-BY-4.0": "https://creativecommons.org/licenses/by/4.0/",
    "CC-BY-SA-4.0": "https://creativecommons.org/licenses/by-sa/4.0/",
    "CC0-1.0": "https://creativecommons.org/publicdomain/zero/1.0/",
}
MEDIA_TYPES = {
    "graph.ttl": ("text/turtle", "Turtle"),
    "graph.nt": ("application/n-triples", "N-Triples"),
    "graph.nq": ("application/n-quads", "N-Quads"),
    "graph.jsonld": ("application/ld+json", "JSON-LD"),
}
VOID_PREFIXES = {
    "dcat": "http://www.w3.org/ns/dcat#",
    "dcterms": "http://purl.org/dc/terms/",
    "void": "http://rdfs.org/ns/void#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}


class TripleStats:
    """Counts over sorted, distinct N-Triples lines (``s p o`` without the final `` .``)."""

    def __init__(self, scratch: str | Path, budget: int = 64 * 2**20, keep_objects: Path | None = None) -> None:
        self.keep_objects = keep_objects  # where distinct_objects() writes ``object<TAB>triples`` lines, sorted
        self.subject_list: list[str] | None = [] if keep_objects is not None else None  # subjects, in order
        self.known_objects: int | None = None  # set when the statistics are restored (kg.export.voidstate)
        self.triples = 0
        self.subjects = 0
        self._predicates: dict[str, int] = {}  # by N-Triples text, as they come
        self.classes: Counter[str] = Counter()
        self.entities = 0
        self._subject: str | None = None
        self._typed = False
        self._objects = ExternalSorter(scratch, budget, distinct=keep_objects is None)

    def add(self, line: str) -> None:
        """Count one triple line; lines must come sorted and distinct."""
        subject, predicate, obj = line.split(" ", 2)
        self.triples += 1
        if subject != self._subject:
            self.subjects += 1
            self._subject, self._typed = subject, False
            if self.subject_list is not None:
                self.subject_list.append(subject)
        counts = self._predicates
        counts[predicate] = counts.get(predicate, 0) + 1
        if predicate == _RDF_TYPE_NT and obj.startswith("<"):
            self.classes[obj[1:-1]] += 1
            if not self._typed:
                self.entities += 1
                self._typed = True
        self._objects.add(obj)

    @property
    def properties(self) -> Counter[str]:
        """Triples per property IRI."""
        found = Counter({predicate[1:-1]: n for predicate, n in self._predicates.items()})
        return found

    @properties.setter
    def properties(self, counts: Counter[str]) -> None:
        self._predicates = {f"<{iri}>": n for iri, n in counts.items()}

    def distinct_objects(self) -> int:
        """How many distinct objects the triples have."""
        if self.known_objects is not None:
            return self.known_objects
        if self.keep_objects is None:
            self.known_objects = sum(1 for _ in self._objects.sorted_unique())
            return self.known_objects
        count = 0
        with self.keep_objects.open("w", encoding="utf-8", newline="\n") as kept:
            for obj, triples in self._objects.sorted_counts():
                kept.write(f"{obj}\t{triples}\n")
                count += 1
        self.known_objects = count
        return count

    def summary(self) -> dict[str, object]:
        """The counts, for :mod:`kg.export.voidstate` (after :meth:`distinct_objects`)."""
        return {"triples": self.triples, "subjects": self.subjects, "entities": self.entities,
                "objects": self.distinct_objects(), "properties": dict(sorted(self.properties.items())),
                "classes": dict(sorted(self.classes.items()))}

    def close(self) -> None:
        self._objects.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()


def void_triples(iri: str, stats: TripleStats, sizes: dict[str, int], counts: dict[str, int], *,
                 sources: list[str], license: str, issued: str | None) -> list[Any]:
    """VoID statistics and DCAT distributions (``sizes``: bytes per export file) as sorted pyoxigraph triples."""
    import pyoxigraph as ox

    void, dcat, dct = (_namespace(VOID_PREFIXES[p]) for p in ("void", "dcat", "dcterms"))
    ds = ox.NamedNode(iri)
    out = [
        ox.Triple(ds, ox.NamedNode(RDF_TYPE), void("Dataset")),
        ox.Triple(ds, ox.NamedNode(RDF_TYPE), dcat("Dataset")),
        ox.Triple(ds, dct("license"), ox.NamedNode(license_iri(license))),
        ox.Triple(ds, dct("title"), ox.Literal("govnews-kg knowledge graph", language="en")),
    ]
    out += [ox.Triple(ds, dct("source"), ox.Literal(src)) for src in sorted(set(sources))]
    if issued:
        xsd_dt = ox.NamedNode(VOID_PREFIXES["xsd"] + "dateTime")
        out.append(ox.Triple(ds, dct("issued"), ox.Literal(issued, datatype=xsd_dt)))
    out += _statistics(ds, stats, void)
    out += _distributions(ds, sizes, counts, void, dcat, dct)
    unique = {str(t): t for t in out}
    return [unique[k] for k in sorted(unique)]


def check_datetime(text: str) -> None:
    """ValueError unless ``text`` is an ISO 8601 date-time (``2024-07-01T12:00:00Z``)."""
    from datetime import datetime

    try:
        datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(f"issued must be an ISO 8601 date-time like 2024-07-01T12:00:00Z, got {text!r}") from None
    if "T" not in text:
        raise ValueError(f"issued must be an ISO 8601 date-time like 2024-07-01T12:00:00Z, got {text!r}")


def license_iri(license: str) -> str:
    """An IRI for a licence given as an SPDX id or an IRI.

    >>> license_iri("CC-BY-4.0")
    'https://creativecommons.org/licenses/by/4.0/'
    >>> license_iri("MIT")
    'https://spdx.org/licenses/MIT'
    """
    if license.startswith(("http://", "https://")):
        return license
    if not license or any(c in license for c in " <>\"{}|\\^`"):
        raise ValueError(f"not an SPDX licence id or IRI: {license!r}")
    return LICENSES.get(license, f"https://spdx.org/licenses/{license}")


def _namespace(base: str) -> Any:
    """A function minting ``base + local`` NamedNodes."""
    import pyoxigraph as ox

    return lambda local: ox.NamedNode(base + local)


def _integer(n: int) -> Any:
    import pyoxigraph as ox

    return ox.Literal(str(n), datatype=ox.NamedNode(VOID_PREFIXES["xsd"] + "integer"))


def _statistics(ds: Any, stats: TripleStats, void: Any) -> list[Any]:
    """void:triples, entities (typed subjects), distinct subjects/objects and the partitions."""
    import pyoxigraph as ox

    out = [
        ox.Triple(ds, void("triples"), _integer(stats.triples)),
        ox.Triple(ds, void("entities"), _integer(stats.entities)),
        ox.Triple(ds, void("classes"), _integer(len(stats.classes))),
        ox.Triple(ds, void("properties"), _integer(len(stats.properties))),
        ox.Triple(ds, void("distinctSubjects"), _integer(stats.subjects)),
        ox.Triple(ds, void("distinctObjects"), _integer(stats.distinct_objects())),
    ]
    for kind, counter, count_prop in (("class", stats.classes, "entities"),
                                      ("property", stats.properties, "triples")):
        for term, n in counter.items():
            part = ox.NamedNode(f"{ds.value}/{kind}/{_short_hash(term)}")
            out += [
                ox.Triple(ds, void(f"{kind}Partition"), part),
                ox.Triple(part, void(kind), ox.NamedNode(term)),
                ox.Triple(part, void(count_prop), _integer(n)),
            ]
    return out


def _short_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def _distributions(ds: Any, sizes: dict[str, int], counts: dict[str, int], void: Any, dcat: Any,
                   dct: Any) -> list[Any]:
    """One dcat:Distribution per export file: media type, format, byte size and triple count."""
    import pyoxigraph as ox

    out = []
    for name, size in sizes.items():
        media, label = MEDIA_TYPES[name]
        dist = ox.NamedNode(f"{ds.value}/{name}")
        out += [
            ox.Triple(ds, dcat("distribution"), dist),
            ox.Triple(ds, void("dataDump"), dist),
            ox.Triple(dist, ox.NamedNode(RDF_TYPE), dcat("Distribution")),
            ox.Triple(dist, dcat("downloadURL"), dist),
            ox.Triple(dist, dct("title"), ox.Literal(name)),
            ox.Triple(dist, dct("format"), ox.Literal(label)),
            ox.Triple(dist, dcat("mediaType"),
                      ox.NamedNode(f"https://www.iana.org/assignments/media-types/{media}")),
            ox.Triple(dist, dcat("byteSize"), _integer(size)),
            ox.Triple(dist, void("triples"), _integer(counts[name])),
        ]
    return out
