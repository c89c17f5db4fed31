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

__all__ = ["CachedNamespace"]


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
