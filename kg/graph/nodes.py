"""Triples that describe entities (one node per merged entity) and articles."""

from __future__ import annotations

from collections.abc import Iterator

from rdflib import Literal, URIRef

from kg.graph.entities import Node, Registry
from kg.graph.fastns import KG, RDF, RDFS, SCHEMA, SKOS, XSD
from kg.graph.values import decimal_literal, literal
from kg.schema import ENTITY_TYPES, NODE_TYPES
from kg.vocab import LEVEL_BY_NAME, ORGKIND_BY_NAME, expand

__all__ = ["Triple", "article_triples", "entity_triples", "zh"]


Triple = tuple[URIRef, URIRef, URIRef | Literal]

DIVISION_LEVELS = frozenset({"province", "prefecture", "county", "township", "village"})
# entity type -> its rdf:types, from the schema
CLASSES = {name: tuple(expand(c) for c in kind.classes) for name, kind in ENTITY_TYPES.items()}
ARTICLE_CLASSES = tuple(expand(c) for c in NODE_TYPES["Article"].classes)


def zh(text: str) -> Literal:
    """A Chinese-language literal.

    >>> zh("新余市").n3()
    '"新余市"@zh'
    """
    return literal(text, lang="zh")


def entity_triples(iri: URIRef, node: Node, registry: Registry) -> Iterator[Triple]:
    """Types, labels and attributes of one merged entity."""
    for cls in CLASSES[node.type]:
        yield iri, RDF.type, cls
    label = node.names[0]
    yield iri, RDFS.label, zh(label)
    for alias in sorted((set(node.names) | node.aliases) - {label}):
        yield iri, SKOS.altLabel, zh(alias)
    yield from _TYPED.get(node.type, _no_extra)(iri, node, registry)


def _no_extra(iri: URIRef, node: Node, registry: Registry) -> Iterator[Triple]:
    return iter(())


def _place(iri: URIRef, node: Node, registry: Registry) -> Iterator[Triple]:
    level = str(node.attrs.get("level"))
    if level in DIVISION_LEVELS:
        yield iri, RDF.type, KG.AdministrativeDivision
    elif level == "zone":
        yield iri, RDF.type, KG.DevelopmentZone
    if level in LEVEL_BY_NAME:
        yield iri, KG.adminLevel, LEVEL_BY_NAME[level]
    code = node.attrs.get("code")
    if code is not None:
        yield iri, KG.adminCode, literal(str(code))
    parent = node.attrs.get("parent")
    parent_iri = registry.lookup(parent, ("Place",)) if isinstance(parent, str) else None
    if parent_iri is not None and parent_iri != iri:
        yield iri, KG.parentDivision, parent_iri
        yield iri, SCHEMA.containedInPlace, parent_iri


def _organization(iri: URIRef, node: Node, registry: Registry) -> Iterator[Triple]:
    kind = str(node.attrs.get("kind"))
    if kind in ORGKIND_BY_NAME:
        yield iri, KG.organizationKind, ORGKIND_BY_NAME[kind]


def _industry(iri: URIRef, node: Node, registry: Registry) -> Iterator[Triple]:
    yield iri, SKOS.inScheme, KG.industryScheme
    yield iri, SKOS.prefLabel, zh(node.names[0])


def _money(iri: URIRef, node: Node, registry: Registry) -> Iterator[Triple]:
    value, bound = node.attrs.get("value"), node.attrs.get("bound")
    if value is not None:
        amount = decimal_literal(value)
        yield iri, SCHEMA.value, amount
        if bound == "lower":
            yield iri, SCHEMA.minValue, amount
        elif bound == "upper":
            yield iri, SCHEMA.maxValue, amount
    if node.attrs.get("currency"):
        yield iri, SCHEMA.currency, literal(str(node.attrs["currency"]))
    yield iri, KG.approximate, literal(bool(node.attrs.get("approx")))


_TYPED = {"Place": _place, "Organization": _organization, "Industry": _industry, "Money": _money}


def article_triples(iri: URIRef, doc: dict, article: dict) -> Iterator[Triple]:
    """Types, headline, position and credits lines of one article."""
    for cls in ARTICLE_CLASSES:
        yield iri, RDF.type, cls
    title = str(article.get("title") or "").strip()
    if title:
        yield iri, SCHEMA.headline, zh(title)
        yield iri, RDFS.label, zh(title)
    yield iri, KG.sourceFile, literal(str(doc.get("source", "")))
    yield iri, KG.articleIndex, literal(int(article["index"]))
    for key, prop in (("kicker", KG.kicker), ("subtitle", KG.subtitle)):
        if str(article.get(key) or "").strip():
            yield iri, prop, zh(str(article[key]).strip())
    if isinstance(article.get("year"), int) and not isinstance(article["year"], bool):
        yield iri, KG.year, literal(f"{article['year']:04d}", datatype=XSD.gYear)
    span = article.get("span")
    if isinstance(span, (list, tuple)) and len(span) == 2 and all(isinstance(x, int) for x in span):
        yield iri, KG.startOffset, literal(span[0])
        yield iri, KG.endOffset, literal(span[1])

