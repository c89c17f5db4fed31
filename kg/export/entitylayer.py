"""The entity layer of the graph (each merged entity's types, labels, attributes), remade only where it changed.

Attributes merge first-seen-wins across files, and a name can gain a gazetteer code in another
file, so any change of the facts may change entities that other files mention. The layer is cheap to
compare and expensive to write out: each entity gets a *signature* (a hash of its merged type, names,
aliases, attributes and resolved parent, everything its quads are made from), kept with the prefixes
its quads use in ``entity-sigs.txt`` of the state; an incremental build remakes the quads of the
entities whose signature changed, takes their old quads from ``entities.txt``, and patches that file.

>>> from kg.graph.parts import IndexPart, index_from_parts
>>> index = index_from_parts([IndexPart.of_docs([{"source": "a.txt", "articles": [{"entities": [
...     {"name": "锂电", "type": "Industry"}]}]}])], "http://x.org/")
>>> pairs, sigs, used = full_layer(index, False, "http://x.org/")
>>> len(pairs), sorted(used)[:3]
(5, ['kg', 'rdf', 'rdfs'])
"""

from __future__ import annotations

import hashlib
from typing import Any

from kg.export.graphstate import GraphState
from kg.export.jsonld import JsonLd
from kg.export.rdf import GRAPH_SEP
from kg.export.sortedpatch import SortedLines, patch_sorted
from kg.export.terms import RDF_LANG_STRING, XSD_STRING, Term, Terms
from kg.graph.build import GraphIndex
from kg.graph.entities import Node, Registry
from kg.graph.nodes import entity_triples
from kg.vocab import PREFIXES

__all__ = ["LayerChange", "full_layer", "update_layer"]

LayerChange = tuple[dict[str, str], dict[str, str], set[str]]  # (removed key → record, added key → record, used)


class _Maker:
    """Turns one entity into its (key → record) pairs and the prefixes they use."""

    def __init__(self, jsonld: bool, base: str) -> None:
        self.terms = Terms(dict(PREFIXES))
        self.writer = JsonLd(self.terms.prefixes, base) if jsonld else None
        self._prefixes: dict[str, frozenset[str]] = {}

    def _used(self, term: Term) -> frozenset[str]:
        noted = term.value if term.kind == "iri" else (
            RDF_LANG_STRING if term.language else term.datatype or XSD_STRING) if term.kind == "literal" else ""
        hit = self._prefixes.get(noted)
        if hit is None:
            hit = self._prefixes[noted] = frozenset(
                p for p, ns in self.terms.prefixes.items() if noted and noted.startswith(ns))
        return hit

    def pairs(self, iri: Any, node: Node, registry: Registry) -> tuple[dict[str, str], set[str]]:
        pairs: dict[str, str] = {}
        used: set[str] = set()
        term = self.terms.from_rdflib
        for s, p, o in entity_triples(iri, node, registry):
            ts, tp, to = term(s), term(p), term(o)
            key = f"{ts.nt} {tp.nt} {to.nt}"
            pairs[key] = self.writer.record(ts, tp, to, None) if self.writer is not None else ""
            used |= self._used(ts) | self._used(tp) | self._used(to)
        return pairs, used


def signature(iri: Any, node: Node, registry: Registry) -> str:
    """A hash of everything the entity's quads are made from."""
    parent = node.attrs.get("parent")
    resolved = registry.lookup(parent, ("Place",)) if node.type == "Place" and isinstance(parent, str) else None
    text = repr((str(iri), node.type, node.names, sorted(node.aliases), sorted(node.attrs.items(), key=repr),
                 None if resolved is None else str(resolved)))
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:20]


def full_layer(index: GraphIndex, jsonld: bool, base: str) -> tuple[dict[str, str], dict[str, str], set[str]]:
    """(key → record of every entity quad, IRI → ``signature<TAB>prefixes``, prefixes used)."""
    maker, registry = _Maker(jsonld, base), index.registry
    pairs: dict[str, str] = {}
    sigs: dict[str, str] = {}
    used: set[str] = set()
    for iri in sorted(registry.nodes):
        node = registry.nodes[iri]
        own, own_used = maker.pairs(iri, node, registry)
        pairs.update(own)
        used |= own_used
        sigs[str(iri)] = f"{signature(iri, node, registry)}\t{','.join(sorted(own_used))}"
    return pairs, sigs, used


def update_layer(index: GraphIndex, previous: GraphState, state: GraphState, jsonld: bool, base: str) -> LayerChange:
    """Compare the entity layer of ``index`` with ``previous``'s; write ``state``'s entities.txt and
    entity-sigs.txt; return the quads that left and arrived and the prefixes the layer uses."""
    maker, registry = _Maker(jsonld, base), index.registry
    old_sigs = previous.read_pairs("entity-sigs.txt")
    sigs: dict[str, str] = {}
    used: set[str] = set()
    changed: list[Any] = []
    for iri, node in registry.nodes.items():
        sig, before = signature(iri, node, registry), old_sigs.pop(str(iri), None)
        if before is not None and before.split("\t", 1)[0] == sig:
            sigs[str(iri)] = before
            used.update(p for p in before.split("\t", 1)[1].split(",") if p)
        else:
            changed.append(iri)
    removed: dict[str, str] = {}
    added: dict[str, str] = {}
    with SortedLines(previous.path("entities.txt")) as old:
        for iri in [*changed, *old_sigs]:  # changed, then gone
            for line in old.with_prefix(f"<{iri}> ".encode()):
                key, _, record = line.decode("utf-8").partition("\t")
                if GRAPH_SEP not in key:
                    removed[key] = record
        for iri in changed:
            node = registry.nodes[iri]
            own, own_used = maker.pairs(iri, node, registry)
            added.update(own)
            used |= own_used
            sigs[str(iri)] = f"{signature(iri, node, registry)}\t{','.join(sorted(own_used))}"
    for key in removed.keys() & added.keys():
        del removed[key], added[key]
    patch_sorted(previous.path("entities.txt"), state.path("entities.txt"),
                 (f"{k}\t{v}".encode() for k, v in removed.items()), (f"{k}\t{v}".encode() for k, v in added.items()))
    state.write_pairs("entity-sigs.txt", sigs)
    return removed, added, used
