"""SHACL validation of an exported graph file against ``ontology/shapes.ttl``.

>>> from kg.vocab import ONTOLOGY_IRI, OWL
>>> load_ontology().value(ONTOLOGY_IRI, OWL.versionInfo)
rdflib.term.Literal('0.1.0')
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

from rdflib import Dataset, Graph, Node, URIRef
from rdflib.namespace import RDF, SH

from kg.vocab import PREFIXES

__all__ = ["FORMATS", "format_for", "load_ontology", "load_shapes", "read_graph", "report_lines",
           "validate_file", "validate_graph"]

# suffix -> (rdflib parser name, whether the format holds named graphs)
FORMATS = {
    ".ttl": ("turtle", False),
    ".nt": ("nt", False),
    ".nq": ("nquads", True),
    ".trig": ("trig", True),
    ".jsonld": ("json-ld", True),
}


def _ontology_text(name: str) -> str:
    """Text of an ontology file: from the installed ``kg.ontology`` package, else the source tree."""
    try:
        return resources.files("kg.ontology").joinpath(name).read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        return (Path(__file__).resolve().parent.parent / "ontology" / name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def _parsed(name: str) -> Graph:
    return Graph().parse(data=_ontology_text(name), format="turtle")


def _copy(graph: Graph) -> Graph:
    out = Graph()
    for prefix, namespace in graph.namespaces():
        out.bind(prefix, namespace)
    for triple in graph:
        out.add(triple)
    return out


def load_ontology() -> Graph:
    """The govnews-kg ontology (``kg.ttl``) as a fresh Graph."""
    return _copy(_parsed("kg.ttl"))


def load_shapes() -> Graph:
    """The SHACL shapes (``shapes.ttl``) as a fresh Graph."""
    return _copy(_parsed("shapes.ttl"))


def format_for(path: Path) -> str:
    """rdflib parser name for a file suffix; ValueError for unknown suffixes.

    >>> format_for(Path("out/kg.nq"))
    'nquads'
    """
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(f"{path}: unknown RDF format {suffix!r} (expected one of {', '.join(FORMATS)})")
    return FORMATS[suffix][0]


def read_graph(path: Path) -> Graph:
    """Parse a graph file; datasets (.nq .trig .jsonld) are merged into one graph."""
    path = Path(path)
    fmt = format_for(path)
    if not path.is_file():
        raise ValueError(f"{path}: no such file")
    try:
        dataset = Dataset()
        dataset.parse(path, format=fmt)
    except Exception as err:  # noqa: BLE001 - rdflib parsers raise many unrelated exception types
        first = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
        raise ValueError(f"{path}: cannot parse as {fmt}: {first}") from None
    merged = Graph()
    for prefix, namespace in PREFIXES.items():
        merged.bind(prefix, namespace)
    for s, p, o, _g in dataset.quads((None, None, None, None)):
        merged.add((s, p, o))
    return merged


def _short(graph: Graph, node: Node | None) -> str:
    if node is None:
        return "-"
    if isinstance(node, URIRef):
        return graph.namespace_manager.normalizeUri(node)
    return node.n3(graph.namespace_manager)


def report_lines(results: Graph, data: Graph) -> list[str]:
    """One sorted line per SHACL result: severity, focus node, path, message."""
    lines = set()
    for result in results.subjects(RDF.type, SH.ValidationResult):
        severity = results.value(result, SH.resultSeverity)
        focus = results.value(result, SH.focusNode)
        path = results.value(result, SH.resultPath)
        message = results.value(result, SH.resultMessage) or results.value(result, SH.sourceConstraintComponent)
        value = results.value(result, SH.value)
        tail = f" (value {_short(data, value)})" if value is not None and value != focus else ""
        level = str(severity).rsplit("#", 1)[-1] if severity else "Violation"
        lines.add(f"{level}: {_short(data, focus)} {_short(data, path)}: {message}{tail}")
    return sorted(lines)


def validate_graph(data: Graph) -> tuple[bool, list[str]]:
    """Validate a graph with the shapes (ontology mixed in for subclass reasoning)."""
    from pyshacl import validate  # heavy import, lazily

    conforms, results, _text = validate(
        data, shacl_graph=load_shapes(), ont_graph=load_ontology(), inference="none",
        abort_on_first=False, allow_warnings=True, advanced=False,
    )
    return bool(conforms), report_lines(results, data)


def validate_file(path: Path) -> tuple[bool, str]:
    """Validate a graph file; return (conforms, report with one line per violation).

    Raises ValueError naming the file when it cannot be read or parsed.
    """
    data = read_graph(Path(path))
    conforms, lines = validate_graph(data)
    head = (f"{path}: conforms ({len(data)} triples)" if conforms
            else f"{path}: {len(lines)} violation(s) in {len(data)} triples")
    return conforms, "\n".join([head, *lines]) + "\n"
