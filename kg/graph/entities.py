"""One node per real thing across a build: merge entities of all articles and resolve names.

The same (type, name) in several articles gets the same IRI; a place name with a
single known gazetteer code anywhere in the build gets the code IRI everywhere.
Attributes merge first-seen-wins in (source, article, entity) order; aliases and
other names are unioned.

>>> docs = [{"source": "a.txt", "articles": [{"index": 0, "entities": [
...     {"name": "新余市", "type": "Place", "code": "360500000000", "level": "prefecture"}]}, {"index": 1,
...     "entities": [{"name": "新余市", "type": "Place", "aliases": ["新余"]}]}]}]
>>> reg = Registry.collect(docs, "http://x.org/")
>>> [str(i) for i in reg.nodes], reg.nodes[next(iter(reg.nodes))].aliases
(['http://x.org/place/360500000000'], {'新余'})
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from rdflib import URIRef

from kg.graph.iris import TYPE_SEGMENTS, iri_for_entity, valid_code
from kg.graph.values import to_decimal

__all__ = ["ArticleScope", "Node", "Registry", "iter_articles", "place_codes", "sort_docs"]

ATTRS = ("level", "code", "parent", "kind", "value", "currency", "approx", "bound")


@dataclass
class Node:
    """A merged entity: its type, names in first-seen order, aliases and first-seen attributes."""

    type: str
    names: list[str]
    aliases: set[str] = field(default_factory=set)
    attrs: dict[str, Any] = field(default_factory=dict)

    def merge(self, entity: dict) -> None:
        """Add another mention's name, aliases and missing attributes."""
        if entity["name"] not in self.names:
            self.names.append(entity["name"])
        self.aliases.update(a for a in entity.get("aliases") or () if isinstance(a, str) and a.strip())
        for key in ATTRS:
            if self.attrs.get(key) is None and entity.get(key) is not None:
                self.attrs[key] = entity[key]


def sort_docs(docs: Iterable[dict]) -> list[dict]:
    """Documents in build order: by source."""
    return sorted(docs, key=lambda d: str(d.get("source", "")))


def iter_articles(docs: Iterable[dict]) -> Iterator[tuple[dict, dict]]:
    """(doc, article) pairs, documents as given (see :func:`sort_docs`), articles by position."""
    for doc in docs:
        for position, article in enumerate(doc.get("articles") or ()):
            yield doc, {"index": position, **article}


def _check_entity(entity: Any, source: str) -> dict:
    if not isinstance(entity, dict) or not isinstance(entity.get("name"), str) or not entity["name"].strip():
        raise ValueError(f"facts {source}: entity without a name: {entity!r}")
    if entity.get("type") not in TYPE_SEGMENTS:
        raise ValueError(f"facts {source}: unknown entity type {entity.get('type')!r} of {entity['name']!r}")
    if entity["type"] == "Money" and entity.get("value") is not None:
        try:
            to_decimal(entity["value"])
        except ValueError as err:
            raise ValueError(f"facts {source}: money {entity['name']!r}: {err}") from None
    return entity


@dataclass
class Registry:
    """All merged entities of a build, keyed by IRI, with name indexes for resolution."""

    base: str
    nodes: dict[URIRef, Node] = field(default_factory=dict)
    names: dict[tuple[str, str], set[URIRef]] = field(default_factory=lambda: defaultdict(set))
    aliases: dict[tuple[str, str], set[URIRef]] = field(default_factory=lambda: defaultdict(set))
    codes: dict[str, set[str]] = field(default_factory=dict)
    memo: dict[tuple[str, str, str | None], URIRef] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def collect(cls, docs: Iterable[dict], base: str, codes: dict[str, set[str]] | None = None) -> Registry:
        """Register every entity of every article, then add stub places for unknown parents.

        ``docs`` is read twice (first for place codes) unless ``codes`` (:func:`place_codes`) is given.
        """
        registry = cls(base, codes=place_codes(docs) if codes is None else codes)
        for doc, article in iter_articles(docs):
            for entity in article.get("entities") or ():
                registry.add(_check_entity(entity, doc.get("source", "?")))
        parents = {node.attrs.get("parent") for node in registry.nodes.values() if node.type == "Place"}
        for parent in sorted(p for p in parents if isinstance(p, str) and p.strip()):
            if registry.lookup(parent, ("Place",)) is None:
                registry.add({"type": "Place", "name": parent})
        return registry

    def iri(self, entity: dict) -> URIRef:
        """The build-wide IRI of an entity dict (a place's code filled in when the build knows it)."""
        kind, name, code = entity.get("type"), entity.get("name"), entity.get("code")
        if not (isinstance(kind, str) and isinstance(name, str) and (code is None or isinstance(code, str))):
            return iri_for_entity(_with_code(entity, self.codes), self.base)
        hit = self.memo.get((kind, name, code))  # names repeat a lot; the codes are fixed once collected
        if hit is None:
            hit = self.memo[(kind, name, code)] = iri_for_entity(_with_code(entity, self.codes), self.base)
        return hit

    def add(self, entity: dict) -> URIRef:
        iri = self.iri(entity)
        node = self.nodes.setdefault(iri, Node(entity["type"], [entity["name"]]))
        node.merge(entity)
        self.names[(entity["type"], entity["name"])].add(iri)
        for alias in entity.get("aliases") or ():
            self.aliases[(entity["type"], alias)].add(iri)
        return iri

    def lookup(self, name: str, types: Iterable[str]) -> URIRef | None:
        """The unique IRI of ``name`` among ``types`` (by canonical name, then alias), else None."""
        for index in (self.names, self.aliases):
            found = set().union(*(index.get((kind, name), set()) for kind in types))
            if len(found) == 1:
                return next(iter(found))
        return None


def place_codes(docs: Iterable[dict], codes: dict[str, set[str]] | None = None) -> dict[str, set[str]]:
    """Gazetteer codes by place name over ``docs`` (added to ``codes`` when given)."""
    found: dict[str, set[str]] = defaultdict(set) if codes is None else codes
    for _doc, article in iter_articles(docs):
        for entity in article.get("entities") or ():
            if isinstance(entity, dict) and entity.get("type") == "Place" and valid_code(entity.get("code")):
                found.setdefault(str(entity["name"]), set()).add(entity["code"])
    return found


def _with_code(entity: dict, codes: dict[str, set[str]]) -> dict:
    """Fill a missing place code when the build knows exactly one code for that name."""
    if entity.get("type") != "Place" or valid_code(entity.get("code")):
        return entity
    known = codes.get(str(entity["name"]), set())
    return {**entity, "code": next(iter(known))} if len(known) == 1 else entity


@dataclass
class ArticleScope:
    """Name resolution inside one article: its own entities first, then the whole build."""

    registry: Registry
    entities: list[tuple[str, str, URIRef, tuple[str, ...]]]  # (type, name, iri, aliases)
    by_name: dict[str, list[tuple[str, URIRef]]] = field(default_factory=dict)  # name -> (type, iri)
    by_alias: dict[str, list[tuple[str, URIRef]]] = field(default_factory=dict)

    @classmethod
    def of(cls, registry: Registry, article: dict) -> ArticleScope:
        rows = [
            (entity["type"], entity["name"], registry.iri(entity), tuple(entity.get("aliases") or ()))
            for entity in article.get("entities") or ()
        ]
        scope = cls(registry, rows)
        for kind, name, iri, aliases in rows:
            scope.by_name.setdefault(name, []).append((kind, iri))
            for alias in aliases:
                scope.by_alias.setdefault(alias, []).append((kind, iri))
        return scope

    def resolve(self, name: object, types: tuple[str, ...]) -> URIRef | None:
        """IRI of ``name`` with a type in ``types``; None when unknown or ambiguous."""
        if not isinstance(name, str):
            return None
        for index in (self.by_name, self.by_alias):
            hits = {iri for kind, iri in index.get(name, ()) if kind in types}
            if len(hits) == 1:
                return next(iter(hits))
            if hits:
                return min(hits)  # ambiguous inside one article: deterministic pick
        return self.registry.lookup(name, types)

    def iris(self) -> list[URIRef]:
        """Sorted distinct IRIs of the article's entities."""
        return sorted({iri for _, _, iri, _ in self.entities})
