"""SPARQL over a built graph file, with the bundled research questions of ``kg/queries/*.rq``.

Queries run in pyoxigraph (15-40x faster than rdflib's engine on a million triples) with the
default graph taken as the union of all graphs, so the per-article named graphs are queried too;
a query with ``FROM`` / ``FROM NAMED`` runs on the graphs it names instead. ``SERVICE`` (federated
query) is refused (:mod:`kg.sparql_guard`): nothing is ever sent to another address.

>>> "projects-by-county" in bundled_queries()
True
>>> print(format_rows(["place", "n"], [["赣州市", "3"]], "csv"), end="")
place,n
赣州市,3
"""

from __future__ import annotations

import io
import json
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    import pyoxigraph

FORMATS = ("table", "csv", "tsv", "json")
RDF_EXTENSIONS = {
    ".ttl": "TURTLE",
    ".nt": "N_TRIPLES",
    ".nq": "N_QUADS",
    ".trig": "TRIG",
    ".jsonld": "JSON_LD",
}


def bundled_queries() -> dict[str, str]:
    """The bundled queries, file stem → SPARQL text, sorted by name."""
    root = resources.files("kg.queries")
    found = {Path(entry.name).stem: entry.read_text(encoding="utf-8")
             for entry in root.iterdir() if entry.name.endswith(".rq")}
    return dict(sorted(found.items()))


def query_description(text: str) -> str:
    """The leading ``#`` comment of a query, joined into one line.

    >>> query_description("# Projects per county.\\n# Sorted.\\nSELECT * {}")
    'Projects per county. Sorted.'
    """
    lines = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        lines.append(line.lstrip("#").strip())
    return " ".join(part for part in lines if part)


def resolve_query(arg: str | None, expr: str | None) -> str:
    """SPARQL text from a bundled query name, a path to a ``.rq`` file, or inline text (``-e``).

    >>> resolve_query(None, "ASK {}")
    'ASK {}'
    """
    if arg and expr:
        raise ValueError("give either a query name/file or an inline query (-e), not both")
    if expr is not None:
        if not expr.strip():
            raise ValueError("the inline query (-e) is empty")
        return expr
    bundled = bundled_queries()
    if not arg:
        raise ValueError(f"no query given; bundled queries: {', '.join(bundled)}")
    if arg in bundled:
        return bundled[arg]
    path = Path(arg)
    if path.is_file():
        try:
            return path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as err:
            raise ValueError(f"{path}: cannot read query file: {err}") from None
    if path.suffix == ".rq" or "/" in arg:
        raise ValueError(f"{path}: no such query file")
    raise ValueError(f"unknown query {arg!r}; bundled queries: {', '.join(bundled)}")


def load_store(graph_path: Path, location: Path | None = None) -> pyoxigraph.Store:
    """A pyoxigraph Store holding the file (.ttl .nt .nq .trig .jsonld); in memory unless ``location``."""
    import pyoxigraph as ox

    graph_path = Path(graph_path)
    fmt = RDF_EXTENSIONS.get(graph_path.suffix.lower())
    if fmt is None:
        raise ValueError(f"{graph_path}: unknown RDF file type; expected one of {', '.join(RDF_EXTENSIONS)}")
    if not graph_path.is_file():
        raise ValueError(f"{graph_path}: no such graph file")
    store = ox.Store(None if location is None else str(location))
    try:
        store.bulk_load(path=str(graph_path), format=getattr(ox.RdfFormat, fmt))
    except (SyntaxError, ValueError, OSError) as err:
        raise ValueError(f"{graph_path}: cannot load RDF: {_first_line(err)}") from None
    return store


def _first_line(err: BaseException) -> str:
    text = str(err).strip() or type(err).__name__
    return text.splitlines()[0]


@lru_cache(maxsize=4)
def _cached_store(path: str, mtime_ns: int, size: int) -> pyoxigraph.Store:
    """load_store memoised on the file's identity, so repeated queries skip re-parsing."""
    return load_store(Path(path))


def run_query(graph_path: Path, query: str) -> tuple[list[str], list[list[str]]]:
    """Run SELECT / ASK (or CONSTRUCT / DESCRIBE) on a graph file; return header and string rows.

    ``graph_path`` may also be a store written by ``kg build --store`` (or its build folder): an
    up-to-date on-disk store is opened read-only instead of loading the graph into memory.

    Literals give their lexical form, IRIs the IRI, blank nodes ``_:id``, unbound values ``""``.
    ASK gives header ``["ask"]`` and one row ``["true"]`` or ``["false"]``; CONSTRUCT and DESCRIBE
    give ``subject, predicate, object`` rows.
    """
    import pyoxigraph as ox

    from kg.store import open_store, store_for
    from kg.union_graph import file_needs_union, store_needs_union

    graph_path = Path(graph_path)
    on_disk = store_for(graph_path)
    stat = graph_path.stat() if graph_path.is_file() else None
    union = True
    if on_disk is not None:
        store, union = open_store(on_disk), store_needs_union(on_disk)
    elif stat is not None:
        identity = (str(graph_path.resolve()), stat.st_mtime_ns, stat.st_size)
        store = _cached_store(*identity)
        union = file_needs_union(store, identity)
    else:
        store = load_store(graph_path)
    try:
        result = query_store(store, query, union=union)
        if isinstance(result, ox.QueryBoolean):
            return ["ask"], [["true" if bool(result) else "false"]]
        if isinstance(result, ox.QuerySolutions):
            header = [v.value for v in result.variables]
            return header, [[term_text(solution[v]) for v in header] for solution in result]
        rows = [[term_text(t.subject), term_text(t.predicate), term_text(t.object)] for t in result]
        return ["subject", "predicate", "object"], rows
    except SyntaxError as err:
        raise ValueError(f"invalid SPARQL query: {_first_line(err)}") from None
    except OSError as err:
        raise ValueError(f"{graph_path}: query failed: {_first_line(err)}") from None


def query_store(store: pyoxigraph.Store, query: str, default_graphs: list[str] | None = None,
                named_graphs: list[str] | None = None, *, union: bool = True) -> Any:
    """Run ``query`` on ``store``: refused (QueryRefused) with ``SERVICE``; the dataset is the one the
    query names (``FROM``), else the graphs given (protocol ``default-graph-uri`` / ``named-graph-uri``),
    else the union of all graphs (``union=False``: the default graph alone, for a store whose default
    graph already holds every triple, :mod:`kg.union_graph`). SyntaxError when the query is not SPARQL."""
    import pyoxigraph as ox

    from kg.sparql_guard import inspect_query

    shape = inspect_query(query)
    if shape.has_dataset or not (default_graphs or named_graphs):
        return store.query(query, use_default_graph_as_union=union and not shape.has_dataset)
    return store.query(query, default_graph=[ox.NamedNode(g) for g in default_graphs or ()],
                       named_graphs=[ox.NamedNode(g) for g in named_graphs or ()] or None)


def term_text(term: Any) -> str:
    """A result term as a plain string.

    >>> import pyoxigraph as ox
    >>> term_text(ox.Literal("10", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")))
    '10'
    >>> term_text(ox.BlankNode("b0")), term_text(None)
    ('_:b0', '')
    """
    import pyoxigraph as ox

    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Triple):
        return str(term)
    return str(term.value)


def format_rows(header: list[str], rows: list[list[str]], fmt: str) -> str:
    """Render rows as ``table`` (rich), ``csv``, ``tsv`` or ``json``.

    ``json`` is a list of objects, one per row, keys in header order (not the SPARQL results
    shape: values are already plain strings). ``tsv`` escapes tab, newline and backslash inside
    values as ``\\t``, ``\\n``, ``\\\\``.

    >>> format_rows(["a", "b"], [["1", "x\\ty"]], "tsv")
    'a\\tb\\n1\\tx\\\\ty\\n'
    >>> print(format_rows(["a"], [["县"]], "json"), end="")
    [
     {
      "a": "县"
     }
    ]
    """
    if fmt == "table":
        return _table(header, rows)
    if fmt == "csv":
        return "".join(",".join(_csv_cell(c) for c in line) + "\n" for line in [header, *rows])
    if fmt == "tsv":
        return "".join("\t".join(_tsv_cell(c) for c in line) + "\n" for line in [header, *rows])
    if fmt == "json":
        records = [dict(zip(header, row, strict=True)) for row in rows]
        return json.dumps(records, ensure_ascii=False, indent=1) + "\n"
    raise ValueError(f"unknown output format {fmt!r}; expected one of {', '.join(FORMATS)}")


def _csv_cell(value: str) -> str:
    """RFC 4180 quoting (also for a lone carriage return, which the csv module leaves bare)."""
    if any(ch in value for ch in ',"\r\n'):
        return '"' + value.replace('"', '""') + '"'
    return value


def _tsv_cell(value: str) -> str:
    return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def _table(header: list[str], rows: list[list[str]]) -> str:
    """A plain-text (no colour codes) rich table with a row count caption."""
    from rich.console import Console
    from rich.table import Table

    table = Table(*header, caption=f"{len(rows)} row{'s' if len(rows) != 1 else ''}")
    for row in rows:
        table.add_row(*row)
    out = io.StringIO()
    Console(file=out, width=160, color_system=None, force_terminal=False).print(table)
    return out.getvalue()
