"""Namespaces whose terms are made once: rdflib's ``RDF.type`` or ``KG["launches"]`` builds a new URIRef
on every lookup (and a DefinedNamespace checks the name first), which the graph code does for every quad.

The cached terms are the same objects each time, so the exports can remember their N-Triples form
by identity (:meth:`kg.export.terms.Terms.from_rdflib`).

>>> from rdflib.namespace import RDF
>>> rdf = CachedNamespace(RDF)
>>> rdf.type is rdf.type, rdf.type == RDF.type, rdf["type"] is rdf.type
(True, True, True)
"""

from __future__ import annotations

from typing import Any

from rdflib import namespace as _ns

from kg import vocab as _vocab

__all__ = ["DCTERMS", "KG", "ORG", "PROV", "QB", "RDF", "RDFS", "SCHEMA", "SDO", "SKOS", "TIME", "XSD",
           "CachedNamespace"]


class CachedNamespace:
    """Attribute and item lookups of an rdflib namespace, each made once and then remembered."""

    def __init__(self, namespace: Any) -> None:
        self._namespace = namespace
        self._items: dict[str, Any] = {}

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        value = self[name]
        setattr(self, name, value)  # found in __dict__ from now on: __getattr__ is not called again
        return value

    def __getitem__(self, name: str) -> Any:
        value = self._items.get(name)
        if value is None:
            value = self._items[name] = getattr(self._namespace, name)
        return value


# the namespaces of the graph code, each made once for the whole process
DCTERMS = CachedNamespace(_ns.DCTERMS)
ORG = CachedNamespace(_ns.ORG)
PROV = CachedNamespace(_ns.PROV)
QB = CachedNamespace(_ns.QB)
RDF = CachedNamespace(_ns.RDF)
RDFS = CachedNamespace(_ns.RDFS)
SDO = CachedNamespace(_ns.SDO)
SKOS = CachedNamespace(_ns.SKOS)
TIME = CachedNamespace(_ns.TIME)
XSD = CachedNamespace(_ns.XSD)
KG = CachedNamespace(_vocab.KG)
SCHEMA = CachedNamespace(_vocab.SCHEMA)
