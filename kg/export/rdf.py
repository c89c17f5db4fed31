"""RDF exports of a built dataset: Turtle, N-Triples, N-Quads, JSON-LD and a VoID/DCAT description.

The in-memory model is rdflib; serialisation goes through pyoxigraph (about 35x faster than
rdflib's Turtle writer). Output is canonical: quads are sorted by their N-Quads form before they are
written, so the same dataset always gives byte-identical files.

>>> import tempfile, pathlib, rdflib
>>> ds = rdflib.Dataset()
>>> _ = ds.add((rdflib.URIRef("http://ex.org/a"), rdflib.RDFS.label, rdflib.Literal("新余市", lang="zh")))
>>> counts = write_exports(ds, pathlib.Path(tempfile.mkdtemp()), sources=["000.txt"])
>>> counts["graph.nt"], counts["graph.nq"]
(1, 1)
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.io import atomic_write_bytes

if TYPE_CHECKING:  # pragma: no cover
    import pyoxigraph
    import rdflib

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
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
DEFAULT_DATASET_IRI = "urn:govnews-kg:dataset"


def write_exports(
    dataset: rdflib.Dataset | rdflib.Graph,
    out_dir: Path,
    *,
    sources: list[str],
    license: str = "CC-BY-4.0",
    base: str | None = None,
    dataset_iri: str | None = None,
    issued: str | None = None,
) -> dict[str, int]:
    """Write graph.{ttl,nt,nq,jsonld} and void.ttl into ``out_dir``; return ``{filename: triple_count}``.

    graph.ttl/.nt/.jsonld hold the default graph and every named graph merged; graph.nq keeps the
    named graphs. ``base`` (the data IRI base of the build) becomes ``@base`` of graph.ttl and
    graph.jsonld, so entity IRIs print short. ``dataset_iri`` names the dataset in void.ttl (default
    ``<base>dataset``, else ``urn:govnews-kg:dataset``). ``issued`` (an xsd:dateTime string) adds
    ``dcterms:issued``; leave it out to keep builds byte-identical.
    """
    out_dir = Path(out_dir)
    if issued:
        _check_datetime(issued)
    license_iri(license)  # fail before writing anything
    quads = to_oxigraph_quads(dataset)
    triples = merged_triples(quads)
    prefixes = used_prefixes(dataset, triples)
    files = {
        "graph.ttl": turtle_bytes(triples, prefixes, base),
        "graph.nt": serialize_sorted(triples, "N_TRIPLES", None),
        "graph.nq": serialize_sorted(quads, "N_QUADS", None),
        "graph.jsonld": jsonld_bytes(quads, prefixes, base),
    }
    counts = {"graph.ttl": len(triples), "graph.nt": len(triples), "graph.nq": len(quads),
              "graph.jsonld": len(quads)}
    for name, data in files.items():
        atomic_write_bytes(out_dir / name, data)
    iri = dataset_iri or (f"{base}dataset" if base else DEFAULT_DATASET_IRI)
    void = void_triples(iri, triples, files, counts, sources=sources, license=license, issued=issued)
    atomic_write_bytes(out_dir / "void.ttl", serialize_sorted(void, "TURTLE", VOID_PREFIXES))
    counts["void.ttl"] = len(void)
    return dict(sorted(counts.items()))


# --- rdflib -> pyoxigraph --------------------------------------------------------------------


def to_oxigraph_quads(dataset: rdflib.Graph) -> list[pyoxigraph.Quad]:
    """All quads of an rdflib Dataset (or triples of a Graph), converted, de-duplicated and sorted."""
    import pyoxigraph as ox
    from rdflib.graph import DATASET_DEFAULT_GRAPH_ID, ConjunctiveGraph

    convert = _term_converter()
    default = ox.DefaultGraph()
    if isinstance(dataset, ConjunctiveGraph):
        rows: Iterable[tuple[Any, ...]] = dataset.quads((None, None, None, None))
    else:
        rows = ((s, p, o, None) for s, p, o in dataset)
    out = {}
    for s, p, o, g in rows:
        g_id = getattr(g, "identifier", g)
        graph = default if g_id is None or g_id == DATASET_DEFAULT_GRAPH_ID else convert(g_id)
        quad = ox.Quad(convert(s), convert(p), convert(o), graph)
        out[str(quad)] = quad
    if any(key.startswith("_:") or " _:" in key for key in out):
        out = _canonical_blank_nodes(out.values())
    return [out[key] for key in sorted(out)]


def _canonical_blank_nodes(quads: Iterable[pyoxigraph.Quad]) -> dict[str, pyoxigraph.Quad]:
    """Rename blank nodes by RDFC-1.0 so that random rdflib labels do not leak into the output."""
    import pyoxigraph as ox

    dataset = ox.Dataset(quads)
    dataset.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
    return {str(q): q for q in dataset}


def _term_converter() -> Any:
    """A memoising rdflib-term → pyoxigraph-term function (terms repeat a lot in a graph)."""
    import pyoxigraph as ox
    from rdflib import BNode, Literal, URIRef

    iris: dict[str, Any] = {}  # keyed by plain str: rdflib's own term hash is slow Python code

    def convert(term: Any) -> Any:
        kind = type(term)
        if kind is URIRef or (kind is not Literal and isinstance(term, URIRef)):
            key = str(term)
            hit = iris.get(key)
            if hit is None:
                hit = iris[key] = ox.NamedNode(key)
            return hit
        if isinstance(term, Literal):
            if term.language:
                return ox.Literal(str(term), language=term.language)
            if term.datatype is not None:
                return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
            return ox.Literal(str(term))
        if isinstance(term, BNode):
            return _blank_node(str(term))
        raise ValueError(f"cannot export RDF term of type {type(term).__name__}: {term!r}")

    return convert


def _blank_node(label: str) -> pyoxigraph.BlankNode:
    import pyoxigraph as ox

    try:
        return ox.BlankNode(label)
    except ValueError:  # not a valid N-Triples label: derive a stable one from its content
        return ox.BlankNode("b" + hashlib.sha256(label.encode("utf-8")).hexdigest()[:16])


def merged_triples(quads: list[pyoxigraph.Quad]) -> list[pyoxigraph.Triple]:
    """The union of all graphs as sorted, distinct triples."""
    seen = {str(q.triple): q.triple for q in quads}
    return [seen[key] for key in sorted(seen)]


def serialize_sorted(items: list[Any], fmt: str, prefixes: dict[str, str] | None, base: str | None = None) -> bytes:
    """Serialise already-sorted triples/quads with pyoxigraph in format ``fmt`` (an RdfFormat name)."""
    import pyoxigraph as ox

    return ox.serialize(items, format=getattr(ox.RdfFormat, fmt), prefixes=prefixes or None, base_iri=base) or b""


def turtle_bytes(triples: list[pyoxigraph.Triple], prefixes: dict[str, str], base: str | None) -> bytes:
    """Turtle with ``@base`` (short entity IRIs) and absolute, sorted ``@prefix`` lines.

    pyoxigraph writes prefix IRIs relative to the base (``kg: </govnews-kg/ontology#>``), which
    is valid but hard to read, so the header is rewritten; the body is left as written.
    """
    data = serialize_sorted(triples, "TURTLE", prefixes, base)
    if not base:
        return data
    lines = data.split(b"\n")
    body = next((i for i, line in enumerate(lines) if not line.startswith((b"@base ", b"@prefix "))), len(lines))
    header = [f"@base <{base}> ."] + [f"@prefix {p}: <{ns}> ." for p, ns in sorted(prefixes.items())]
    return "\n".join(header).encode("utf-8") + b"\n" + b"\n".join(lines[body:])


# --- prefixes and JSON-LD --------------------------------------------------------------------


def used_prefixes(dataset: rdflib.Graph, triples: list[pyoxigraph.Triple]) -> dict[str, str]:
    """The dataset's bound prefixes whose namespace some IRI of ``triples`` starts with, sorted."""
    bound = {str(p): str(ns) for p, ns in dataset.namespace_manager.namespaces() if str(ns)}
    iris: set[str] = set()
    for t in triples:
        iris.update(_iris_of(t))
    used: dict[str, str] = {}
    for prefix, namespace in bound.items():
        if namespace not in used.values() and any(i.startswith(namespace) for i in iris):
            used[prefix] = namespace
    return dict(sorted(used.items()))


def _iris_of(triple: pyoxigraph.Triple) -> Iterator[str]:
    import pyoxigraph as ox

    for term in (triple.subject, triple.predicate, triple.object):
        if isinstance(term, ox.NamedNode):
            yield term.value
        elif isinstance(term, ox.Literal) and term.datatype.value != XSD_STRING:
            yield term.datatype.value


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


def jsonld_bytes(quads: list[pyoxigraph.Quad], prefixes: dict[str, str], base: str | None = None) -> bytes:
    """Compact-IRI JSON-LD: ``@context`` = our prefixes (and ``@base``), default graph nodes plus one
    node per named graph holding that graph's nodes in ``@graph``; one top-level node per line."""
    import pyoxigraph as ox

    prefixes = {prefix: ns for prefix, ns in prefixes.items() if prefix}  # "" is no JSON-LD term
    ids = {**prefixes, "": base} if base else prefixes  # node ids may be relative to @base
    node_id, vocab = _memo(lambda t: _node_id(t, ids)), _memo(lambda iri: compact_iri(iri, prefixes))
    graphs: dict[str | None, dict[str, dict[str, list[Any]]]] = {}
    for q in quads:
        g = None if isinstance(q.graph_name, ox.DefaultGraph) else node_id(q.graph_name)
        node = graphs.setdefault(g, {}).setdefault(node_id(q.subject), {})
        obj = q.object
        if q.predicate.value == RDF_TYPE and isinstance(obj, ox.NamedNode):
            node.setdefault("@type", []).append(vocab(obj.value))
        elif isinstance(obj, ox.Literal):
            node.setdefault(vocab(q.predicate.value), []).append(_literal_value(obj, vocab))
        else:
            node.setdefault(vocab(q.predicate.value), []).append({"@id": node_id(obj)})
    top: list[dict[str, Any]] = _nodes(graphs.pop(None, {}))
    named = [{"@id": g, "@graph": _nodes(nodes)} for g, nodes in graphs.items() if g is not None]
    context: dict[str, str] = {"@base": base, **prefixes} if base else prefixes
    return _dump_document(context, _merge_graph_nodes(top, named))


def _memo(function: Any) -> Any:
    """A per-call dict cache around a one-argument function (terms repeat a lot)."""
    cache: dict[Any, Any] = {}

    def cached(key: Any) -> Any:
        hit = cache.get(key)
        if hit is None:
            hit = cache[key] = function(key)
        return hit

    return cached


def _dump_document(context: dict[str, str], nodes: list[dict[str, Any]]) -> bytes:
    """``{"@context": …, "@graph": [...]}`` with one node per line (C JSON encoder: fast, diffable)."""
    dump = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode
    lines = ['{"@context": ' + json.dumps(context, ensure_ascii=False, sort_keys=True, indent=1) + ",",
             '"@graph": [', ",\n".join(dump(node) for node in nodes), "]}", ""]
    return "\n".join(lines).encode("utf-8")


def _nodes(nodes: dict[str, dict[str, list[Any]]]) -> list[dict[str, Any]]:
    return [{"@id": node_id, **props} for node_id, props in sorted(nodes.items())]


def _merge_graph_nodes(top: list[dict[str, Any]], named: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Attach each named graph's ``@graph`` to the default-graph node of the same ``@id``."""
    by_id = {node["@id"]: node for node in top}
    for graph in named:
        by_id.setdefault(graph["@id"], {"@id": graph["@id"]})["@graph"] = graph["@graph"]
    return [by_id[key] for key in sorted(by_id)]


def _node_id(term: Any, prefixes: dict[str, str]) -> str:
    import pyoxigraph as ox

    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    base = prefixes.get("")
    if base and term.value.startswith(base) and ":" not in term.value[len(base):]:
        return term.value[len(base):]  # relative to @base
    return compact_iri(term.value, {p: ns for p, ns in prefixes.items() if p})


def _literal_value(term: pyoxigraph.Literal, vocab: Any) -> Any:
    if term.language:
        return {"@language": term.language, "@value": term.value}
    if term.datatype.value == XSD_STRING:
        return term.value
    return {"@type": vocab(term.datatype.value), "@value": term.value}


# --- VoID + DCAT ----------------------------------------------------------------------------


def void_triples(
    iri: str,
    triples: list[pyoxigraph.Triple],
    files: dict[str, bytes],
    counts: dict[str, int],
    *,
    sources: list[str],
    license: str,
    issued: str | None,
) -> list[pyoxigraph.Triple]:
    """VoID statistics and DCAT distributions of the exported dataset, sorted."""
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
    out += _statistics(ds, triples, void)
    out += _distributions(ds, files, counts, void, dcat, dct)
    unique = {str(t): t for t in out}
    return [unique[k] for k in sorted(unique)]


def _check_datetime(text: str) -> None:
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


def _integer(n: int) -> pyoxigraph.Literal:
    import pyoxigraph as ox

    return ox.Literal(str(n), datatype=ox.NamedNode(VOID_PREFIXES["xsd"] + "integer"))


def _statistics(ds: Any, triples: list[pyoxigraph.Triple], void: Any) -> list[pyoxigraph.Triple]:
    """void:triples, entities (typed IRI subjects), distinct subjects/objects and the partitions."""
    import pyoxigraph as ox

    properties = Counter(t.predicate.value for t in triples)
    typed = {(str(t.subject), t.object.value) for t in triples
             if t.predicate.value == RDF_TYPE and isinstance(t.object, ox.NamedNode)}
    classes = Counter(c for _, c in typed)
    out = [
        ox.Triple(ds, void("triples"), _integer(len(triples))),
        ox.Triple(ds, void("entities"), _integer(len({s for s, _ in typed}))),
        ox.Triple(ds, void("classes"), _integer(len(classes))),
        ox.Triple(ds, void("properties"), _integer(len(properties))),
        ox.Triple(ds, void("distinctSubjects"), _integer(len({str(t.subject) for t in triples}))),
        ox.Triple(ds, void("distinctObjects"), _integer(len({str(t.object) for t in triples}))),
    ]
    for kind, counter, count_prop in (("class", classes, "entities"), ("property", properties, "triples")):
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


def _distributions(ds: Any, files: dict[str, bytes], counts: dict[str, int], void: Any, dcat: Any,
                   dct: Any) -> list[pyoxigraph.Triple]:
    """One dcat:Distribution per export file: media type, format, byte size and triple count."""
    import pyoxigraph as ox

    out = []
    for name, data in files.items():
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
            ox.Triple(dist, dcat("byteSize"), _integer(len(data))),
            ox.Triple(dist, void("triples"), _integer(counts[name])),
        ]
    return out
