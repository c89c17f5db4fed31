"""RDF terms as the exports need them: N-Triples text, written exactly as pyoxigraph writes it.

The streaming exports (:mod:`kg.export.rdf`) sort and merge quads as N-Quads text, so every
term is turned into its canonical N-Triples form once. :class:`Terms` memoises that per
document (terms repeat a lot) and records which of the bound namespaces the IRIs use, so the
Turtle and JSON-LD headers list only those prefixes.

>>> nt_literal('say "hi"\\n', language="zh")
'"say \\\\"hi\\\\"\\\\n"@zh'
>>> terms = Terms({"ex": "http://ex.org/"})
>>> terms.iri("http://ex.org/a").nt, terms.used_prefixes()
('<http://ex.org/a>', {'ex': 'http://ex.org/'})
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any, NamedTuple

import rdflib as _rdflib

__all__ = ["RDF_LANG_STRING", "XSD_STRING", "Term", "Terms", "nt_literal"]

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"

_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
MEMO_LIMIT = 50_000  # terms remembered at most (then the memo starts afresh)
_NEEDS_ESCAPE = re.compile(r'[\\"\x00-\x1f\x7f\ufffe\uffff]')  # as pyoxigraph escapes (U+FFFE, U+FFFF: non-characters)


def _escape(match: re.Match[str]) -> str:
    char = match[0]
    return _ESCAPES.get(char) or f"\\u{ord(char):04X}"


def nt_literal(value: str, language: str | None = None, datatype: str | None = None) -> str:
    """A literal in canonical N-Triples (pyoxigraph's escaping; ``xsd:string`` left implicit).

    >>> nt_literal("5", datatype="http://www.w3.org/2001/XMLSchema#integer")
    '"5"^^<http://www.w3.org/2001/XMLSchema#integer>'
    >>> nt_literal("a\\x01")
    '"a\\\\u0001"'
    """
    text = '"' + _NEEDS_ESCAPE.sub(_escape, value) + '"'
    if language:
        return f"{text}@{language.lower()}"
    if datatype and datatype != XSD_STRING:
        return f"{text}^^<{datatype}>"
    return text


class Term(NamedTuple):
    """One RDF term: its N-Triples text, kind (``iri``, ``blank``, ``literal``) and parts (a named tuple:
    made for every new term of an export, and quicker to make than a frozen dataclass)."""

    nt: str
    kind: str
    value: str
    language: str | None = None
    datatype: str | None = None  # None for plain (xsd:string) and language-tagged literals


class Terms:
    """Makes :class:`Term` objects, memoised, and notes which ``prefixes`` their IRIs use.

    IRIs are checked by pyoxigraph once each, so an invalid IRI fails the export with a
    ValueError instead of producing a file no store can load.
    """

    def __init__(self, prefixes: dict[str, str]) -> None:
        self.prefixes: dict[str, str] = {}  # of two prefixes of one namespace, the first bound wins
        for prefix, namespace in prefixes.items():
            if namespace and namespace not in self.prefixes.values():
                self.prefixes[prefix] = namespace
        self.used: set[str] = set()
        self._pending = dict(self.prefixes)
        self._starts = tuple(self._pending.values())
        self._memo: dict[Any, Term] = {}
        self._objects: dict[int, tuple[Any, Term]] = {}  # id(rdflib term) -> (that term, kept alive; its Term)

    def used_prefixes(self) -> dict[str, str]:
        """The prefixes whose namespace some IRI (or literal datatype) starts with, sorted by prefix."""
        return {prefix: self.prefixes[prefix] for prefix in sorted(self.used)}

    def _remember(self, key: Any, term: Term) -> Term:
        if len(self._memo) >= MEMO_LIMIT:  # keep memory flat on huge graphs
            self._memo.clear()
        self._memo[key] = term
        return term

    def _note(self, iri: str) -> None:
        if self._pending and iri.startswith(self._starts):  # most IRIs start with no namespace still pending
            for prefix, namespace in list(self._pending.items()):
                if iri.startswith(namespace):
                    self.used.add(prefix)
                    del self._pending[prefix]
            self._starts = tuple(self._pending.values())

    def iri(self, iri: str) -> Term:
        """An IRI term."""
        hit = self._memo.get(iri)
        if hit is None:
            import pyoxigraph as ox

            ox.NamedNode(iri)  # raises ValueError on an invalid IRI
            self._note(iri)
            hit = self._remember(iri, Term(f"<{iri}>", "iri", iri))
        return hit

    def blank(self, label: str) -> Term:
        """A blank node term (``label`` must already be a valid N-Triples label)."""
        return Term(f"_:{label}", "blank", label)

    def literal(self, value: str, language: str | None = None, datatype: str | None = None) -> Term:
        """A literal term; ``datatype`` xsd:string is dropped, as in canonical N-Triples."""
        if language:
            language, datatype = language.lower(), None  # tags are case-insensitive; pyoxigraph writes them lower-case
        elif datatype == XSD_STRING:
            datatype = None
        key = (value, language, datatype)
        hit = self._memo.get(key)
        if hit is None:
            self._note(RDF_LANG_STRING if language else datatype or XSD_STRING)
            hit = self._remember(key, Term(nt_literal(value, language, datatype), "literal", value, language, datatype))
        return hit

    def from_rdflib(self, term: Any) -> Term:
        """The Term of an rdflib URIRef, Literal or BNode (remembered by the object's identity: the graph code
        reuses its namespace and entity terms, and hashing an rdflib term is slow)."""
        hit = self._objects.get(id(term))
        if hit is not None:
            return hit[1]
        if len(self._objects) >= MEMO_LIMIT:
            self._objects.clear()
        found = self._objects[id(term)] = (term, self._convert(term))  # the term kept alive: its id stays its own
        return found[1]

    def _convert(self, term: Any) -> Term:
        kind = type(term)
        if kind is _rdflib.URIRef:
            return self.iri(str(term))
        if kind is _rdflib.Literal or isinstance(term, _rdflib.Literal):
            datatype = term.datatype
            return self.literal(str(term), term.language or None, None if datatype is None else str(datatype))
        if isinstance(term, _rdflib.URIRef):
            return self.iri(str(term))
        if isinstance(term, _rdflib.BNode):
            return self.blank(str(term))
        raise ValueError(f"cannot export RDF term of type {type(term).__name__}: {term!r}")

    def from_rdflib_quads(self, quads: Iterable[tuple[Any, Any, Any, Any]]) -> Iterator[tuple[Term, Term, Term, Term | None]]:
        """(s, p, o, g) rdflib quads as Terms (``g`` None: the default graph), lazily."""
        seen, term = self._objects.get, self.from_rdflib  # the lookup of from_rdflib, inlined: most terms are seen
        for s, p, o, g in quads:
            hs, hp, ho = seen(id(s)), seen(id(p)), seen(id(o))
            yield (term(s) if hs is None else hs[1], term(p) if hp is None else hp[1], term(o) if ho is None else ho[1],
                   None if g is None else term(g))

    def from_oxigraph(self, term: Any) -> Term:
        """The Term of a pyoxigraph NamedNode, Literal or BlankNode."""
        import pyoxigraph as ox

        if isinstance(term, ox.NamedNode):
            return self.iri(term.value)
        if isinstance(term, ox.Literal):
            return self.literal(term.value, term.language, term.datatype.value)
        if isinstance(term, ox.BlankNode):
            return self.blank(term.value)
        raise ValueError(f"cannot export RDF term of type {type(term).__name__}: {term!r}")
