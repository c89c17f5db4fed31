"""Compact-IRI JSON-LD, written from a stream of quads that need not fit in memory.

The document's ``@context`` holds our prefixes (and ``@base``); ``@graph`` lists one
top-level node per line, sorted by ``@id``: the default graph's nodes, and for each named
graph a node holding that graph's nodes in its own ``@graph`` (merged with the default-graph
node of the same ``@id``). Each quad becomes one sortable *record* (:meth:`JsonLd.record`):
``top id, inner node, property, object, value``; an external sort groups the records by
top-level node, and :meth:`JsonLd.write` assembles one node at a time.

>>> from kg.export.terms import Terms
>>> t = Terms({})
>>> ld = JsonLd({"ex": "http://ex.org/"}, "http://ex.org/id/")
>>> rec = ld.record(t.iri("http://ex.org/id/a"), t.iri("http://ex.org/p"), t.literal("x", "zh"), None)
>>> import io; out = io.BytesIO(); ld.write([rec], out)
>>> out.getvalue().decode().splitlines()[-2]
'{"@id": "a", "ex:p": [{"@language": "zh", "@value": "x"}]}'
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import IO, Any

from kg.export.terms import Term

__all__ = ["JsonLd", "compact_iri"]

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
SEP = "\x1e"  # between record fields: below every character of an id, above "\n" (see kg.export.extsort)
MEMO_LIMIT = 50_000
OWN, INNER = "0", "1"  # a top node's own properties sort before the nodes of its @graph


def compact_iri(iri: str, prefixes: dict[str, str]) -> str:
    """``prefix:local`` for the longest matching namespace, else the IRI.

    >>> compact_iri("http://ex.org/v#p", {"v": "http://ex.org/v#"})
    'v:p'
    >>> compact_iri("http://other.org/x", {"v": "http://ex.org/v#"})
    'http://other.org/x'
    """
    best = ""
    for prefix, namespace in prefixes.items():
        if iri.startswith(namespace) and len(namespace) > len(prefixes.get(best, "")):
            local = iri[len(namespace):]
            if not local.startswith("//"):
                best = prefix
    return f"{best}:{iri[len(prefixes[best]):]}" if best else iri


class JsonLd:
    """Records and writer of one JSON-LD document under ``prefixes`` and ``base``."""

    def __init__(self, prefixes: dict[str, str], base: str | None = None) -> None:
        self.prefixes = {prefix: ns for prefix, ns in prefixes.items() if prefix}  # "" is no JSON-LD term
        self.base = base
        self._ids: dict[str, str] = {}
        self._vocab: dict[str, str] = {}
        self._values: dict[tuple[Term, bool], str] = {}

    def node_id(self, term: Term) -> str:
        """``@id`` of an IRI or blank node: relative to ``@base`` when possible, else compacted."""
        if term.kind == "blank":
            return f"_:{term.value}"
        hit = self._ids.get(term.value)
        if hit is None:
            iri, base = term.value, self.base
            if base and iri.startswith(base) and ":" not in iri[len(base):]:
                hit = iri[len(base):]
            else:
                hit = compact_iri(iri, self.prefixes)
            if len(self._ids) >= MEMO_LIMIT:
                self._ids.clear()
            self._ids[term.value] = hit
        return hit

    def vocab(self, iri: str) -> str:
        """A property, class or datatype IRI, compacted."""
        hit = self._vocab.get(iri)
        if hit is None:
            hit = self._vocab[iri] = compact_iri(iri, self.prefixes)
        return hit

    def record(self, s: Term, p: Term, o: Term, g: Term | None) -> str:
        """The sortable record of one quad: top-level node, inner node, property, object (its N-Triples
        text orders each property's values as N-Quads order them), the value's JSON."""
        if g is None:
            top, inner = self.node_id(s), OWN
        else:
            top, inner = self.node_id(g), INNER + self.node_id(s)
        if p.value == RDF_TYPE and o.kind == "iri":
            prop = "@type"
        else:
            prop = self.vocab(p.value)
        return SEP.join((top, inner, prop, o.nt, self._value(o, prop == "@type")))

    def _value(self, o: Term, is_type: bool) -> str:
        """The JSON text of an object in the node's property list (memoised: objects repeat)."""
        hit = self._values.get((o, is_type))
        if hit is None:
            if is_type:
                value: Any = self.vocab(o.value)
            elif o.kind == "literal":
                value = self._literal(o)
            else:
                value = {"@id": self.node_id(o)}
            hit = json.dumps(value, ensure_ascii=False, sort_keys=True)
            if len(self._values) >= MEMO_LIMIT:
                self._values.clear()
            self._values[(o, is_type)] = hit
        return hit

    def _literal(self, term: Term) -> Any:
        if term.language:
            return {"@language": term.language, "@value": term.value}
        if term.datatype is None:
            return term.value
        return {"@type": self.vocab(term.datatype), "@value": term.value}

    def write(self, records: Iterable[str], out: IO[bytes], used: dict[str, str] | None = None) -> None:
        """Write the document from ``records`` sorted in record order (one node per line).

        ``used``: the prefixes the ``@context`` lists (default: all). Compacting with unused
        prefixes changes nothing, so records can be made before it is known which are used.
        """
        prefixes = {p: ns for p, ns in (self.prefixes if used is None else used).items() if p}
        context = {"@base": self.base, **prefixes} if self.base else prefixes
        head = '{"@context": ' + json.dumps(context, ensure_ascii=False, sort_keys=True, indent=1) + ","
        out.write((head + '\n"@graph": [\n').encode("utf-8"))
        first = True
        for node in _node_texts(records):
            out.write(((",\n" if not first else "") + node).encode("utf-8"))
            first = False
        out.write(b"\n]}\n")


def _node_texts(records: Iterable[str]) -> Iterator[str]:
    """The JSON text of each top-level node, assembled from sorted records (values are JSON already)."""
    top_id: str | None = None
    own: dict[str, list[str]] = {}
    inner: list[tuple[str, dict[str, list[str]]]] = []  # (node id, its properties), in order
    for record in records:
        top, where, prop, _obj, value = record.split(SEP, 4)
        if top != top_id:
            if top_id is not None:
                yield _object_text(top_id, own, [_object_text(i, props) for i, props in inner] if inner else None)
            top_id, own, inner = top, {}, []
        if where == OWN:
            target = own
        else:
            if not inner or inner[-1][0] != where[1:]:
                inner.append((where[1:], {}))
            target = inner[-1][1]
        target.setdefault(prop, []).append(value)
    if top_id is not None:
        yield _object_text(top_id, own, [_object_text(i, props) for i, props in inner] if inner else None)


def _object_text(node_id: str, props: dict[str, list[str]], graph: list[str] | None = None) -> str:
    """``{"@id": …, prop: [values], "@graph": [nodes]}`` with sorted keys, as ``json.dumps(sort_keys=True)``
    writes it (the values' own JSON has its keys in sorted order already).

    >>> _object_text("a", {"kg:p": ['"x"', '{"@id": "b"}']}, ['{"@id": "c"}'])
    '{"@graph": [{"@id": "c"}], "@id": "a", "kg:p": ["x", {"@id": "b"}]}'
    """
    fields = {"@id": json.dumps(node_id, ensure_ascii=False)}
    fields.update((prop, "[" + ", ".join(values) + "]") for prop, values in props.items())
    if graph is not None:
        fields["@graph"] = "[" + ", ".join(graph) + "]"
    return "{" + ", ".join(f"{json.dumps(key, ensure_ascii=False)}: {fields[key]}" for key in sorted(fields)) + "}"
