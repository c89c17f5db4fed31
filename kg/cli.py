"""The ``kg`` command: thin typer wrappers, each over one library function.

Every command prints a one-line error (never a traceback) for a user mistake
and exits with status 1 (2 for bad usage, 130 on Ctrl-C).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, NoReturn, Optional

import typer

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Build a knowledge graph from Chinese local-government news.\n\nExample: kg build seeds --out output",
)

DEFAULT_SOURCES = [Path("seeds")]
DEFAULT_OUT = Path("output")


def _fail(message: str, code: int = 1) -> NoReturn:
    """Print ``kg: error: MESSAGE`` (one line) on stderr and exit with ``code``."""
    typer.echo(f"kg: error: {message}", err=True)
    raise typer.Exit(code)


@app.command()
def build(
    sources: Annotated[Optional[list[Path]], typer.Argument(help="Files or folders of articles (default: seeds/).")] = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder.")] = DEFAULT_OUT,
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="Worker processes (0 = all cores).")] = 0,
    base: Annotated[Optional[str], typer.Option(help="Base IRI of the data (default https://w3id.org/govnews-kg/id/).")] = None,
    strict: Annotated[bool, typer.Option(help="Stop at the first file that cannot be read, decoded or extracted, before writing anything.")] = False,
    html: Annotated[bool, typer.Option(help="Write graph.html.")] = True,
    cache: Annotated[bool, typer.Option(help="Reuse extractions of unchanged files (OUT/.cache).")] = True,
    executor: Annotated[str, typer.Option(help="local or dask.")] = "local",
    scheduler: Annotated[Optional[str], typer.Option(help="Dask scheduler address (with --executor dask).")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    store: Annotated[bool, typer.Option(help="Also load the graph into an on-disk Oxigraph store, OUT/store, "
                                             "for kg query and kg serve on large graphs.")] = False,
) -> None:
    """Build facts/*.json, graph.ttl (+ .nt .nq .jsonld, void.ttl) and graph.html.

    Reads .txt .md .text .html .htm files (UTF-8, UTF-16/32 with BOM, GB18030). A file that cannot be
    read is reported on stderr and skipped (exit status 1 at the end); --strict stops at the first.

    Example: kg build seeds --out output
    """
    try:
        from kg.pipeline import BuildOptions, run_build

        options = BuildOptions(
            sources=sources or DEFAULT_SOURCES, out=out, jobs=jobs, base=base, strict=strict, html=html,
            cache=cache, executor=executor, scheduler=scheduler, progress=not quiet, store=store,
        )
        summary = run_build(options)
    except KeyboardInterrupt:
        typer.echo("kg: interrupted; previous outputs left intact", err=True)
        raise typer.Exit(130)
    except (OSError, ValueError) as exc:
        _fail(str(exc))
    typer.echo(summary.line())
    if summary.failures:
        raise typer.Exit(1)


@app.command()
def mentions(
    file: Annotated[Path, typer.Argument(help="Text file; every line is one document.")],
) -> None:
    """Print one JSON line of typed mentions per input line.

    Example: kg mentions sentences.txt
    """
    import json

    from kg.extract import mentions_of_line
    from kg.text.decode import DecodeError, decode_bytes

    try:
        text = decode_bytes(file.read_bytes(), str(file))
    except (OSError, DecodeError) as exc:
        _fail(f"{file}: {exc.strerror}" if isinstance(exc, OSError) else str(exc))
    out = sys.stdout
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()  # a final newline ends the last line; it does not start another
    for line in lines:
        line = line.rstrip("\r")
        found = [
            {"start": m.start, "end": m.end, "text": m.text, "type": m.type, "kind": m.kind or None}
            for m in mentions_of_line(line)
        ]
        out.write(json.dumps({"mentions": found}, ensure_ascii=False) + "\n")


@app.command()
def facts(
    build_dir: Annotated[Path, typer.Argument(help="A build folder (with facts/).")] = DEFAULT_OUT,
    about: Annotated[Optional[str], typer.Option(help="Only facts about this name or alias.")] = None,
    rel: Annotated[Optional[str], typer.Option(help="Only this relation (or 'observation').")] = None,
    fmt: Annotated[str, typer.Option("--format", help="text or json.")] = "text",
    min_confidence: Annotated[Optional[float], typer.Option(
        min=0.0, max=1.0, help="Only facts whose confidence (their rule's measured precision) is at least this.")] = None,
) -> None:
    """Print facts of a build with their evidence sentences.

    Example: kg facts output --about 新余市 --rel launches --min-confidence 0.8
    """
    from kg.browse import format_facts, load_build, select_facts

    try:
        rows = select_facts(load_build(build_dir), about=about, rel=rel, min_confidence=min_confidence)
        typer.echo(format_facts(rows, fmt=fmt), nl=False)
    except (OSError, ValueError) as exc:
        _fail(str(exc))


@app.command("eval")
def evaluate(
    gold_dir: Annotated[Path, typer.Argument(help="Folder of gold JSON files (GUIDE.md format).")],
    build_dir: Annotated[Path, typer.Argument(help="A build folder or its facts/ folder.")] = DEFAULT_OUT,
    errors: Annotated[int, typer.Option(help="How many missed/spurious facts to list per section.")] = 10,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Score a build against gold annotations: P/R/F1 per type, missed and spurious facts.

    Example: kg eval ../shared/gold output
    """
    import json

    from kg.evaluate import evaluate as run_eval
    from kg.evaluate import format_report, report_as_json

    try:
        report = run_eval(gold_dir, build_dir)
    except (OSError, ValueError) as exc:
        _fail(str(exc))
    if as_json:
        typer.echo(json.dumps(report_as_json(report), ensure_ascii=False, indent=1))
    else:
        typer.echo(format_report(report, show_errors=errors), nl=False)


@app.command()
def validate(graph: Annotated[Path, typer.Argument(help="An RDF file (.ttl .nt .nq .trig .jsonld).")]) -> None:
    """Check a graph against ontology/shapes.ttl (SHACL); exit 1 when it does not conform.

    Example: kg validate output/graph.ttl
    """
    from kg.validate import validate_file

    try:
        conforms, report = validate_file(graph)
    except (OSError, ValueError) as exc:
        _fail(str(exc))
    typer.echo(report.rstrip("\n"))
    if not conforms:
        raise typer.Exit(1)


@app.command()
def query(
    graph: Annotated[Path, typer.Argument(help="An RDF file of a build, or a store (kg build --store).")],
    query_name: Annotated[Optional[str], typer.Argument(metavar="QUERY", help="Bundled query name or .rq file.")] = None,
    expr: Annotated[Optional[str], typer.Option("-e", "--expr", help="SPARQL text.")] = None,
    fmt: Annotated[str, typer.Option("--format", help="table, csv, tsv or json.")] = "table",
    list_queries: Annotated[bool, typer.Option("--list", help="List the bundled queries.")] = False,
) -> None:
    """Run SPARQL over a graph: a bundled question by name, a .rq file or -e TEXT.

    Example: kg query output/graph.ttl projects-by-county
    """
    from kg.query import bundled_queries, format_rows, resolve_query, run_query

    try:
        if list_queries:
            for name, text in sorted(bundled_queries().items()):
                first = next((ln.lstrip("# ").strip() for ln in text.splitlines() if ln.startswith("#")), "")
                typer.echo(f"{name:32s} {first}")
            return
        header, rows = run_query(graph, resolve_query(query_name, expr))
        typer.echo(format_rows(header, rows, fmt), nl=False)
    except (OSError, ValueError) as exc:
        _fail(str(exc))


@app.command()
def serve(
    graph: Annotated[Path, typer.Argument(help="An RDF file of a build, or a store (kg build --store).")],
    host: Annotated[str, typer.Option(help="Bind address (loopback by default).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 7878,
    timeout: Annotated[float, typer.Option(help="Query timeout in seconds.")] = 10.0,
) -> None:
    """Serve a read-only SPARQL 1.1 Protocol endpoint.

    Example: kg serve output/graph.ttl --port 7878
    """
    from kg.serve import ServeError
    from kg.serve import serve as run_server

    try:
        run_server(graph, host=host, port=port, timeout_s=timeout)
    except KeyboardInterrupt:
        raise typer.Exit(130)
    except (OSError, ValueError, ServeError) as exc:
        _fail(str(exc))


@app.command()
def view(
    build_dir: Annotated[Path, typer.Argument(help="A build folder (or its graph.ttl / facts/).")] = DEFAULT_OUT,
    out: Annotated[Path, typer.Option("--out", "-o", help="HTML file to write.")] = Path("view.html"),
    focus: Annotated[Optional[str], typer.Option(help="Centre the view on this name or alias.")] = None,
    hops: Annotated[int, typer.Option(help="With --focus: how many steps around it.")] = 2,
    types: Annotated[Optional[list[str]], typer.Option("--types", help="Only these entity types.")] = None,
) -> None:
    """Write an offline interactive HTML view of a build, or of a focus around one entity.

    Example: kg view output --focus 新余市 --hops 2 --out xinyu.html
    """
    from kg.browse import load_build
    from kg.export.html import write_view

    folder = build_dir.parent if build_dir.suffix else build_dir
    if folder.name == "facts":
        folder = folder.parent
    try:
        counts = write_view(load_build(folder), out, focus=focus, hops=hops, types=types)
    except (OSError, ValueError) as exc:
        _fail(str(exc))
    typer.echo(f"wrote {out}: {counts['nodes']} nodes, {counts['edges']} edges")


def main() -> None:  # pragma: no cover - console entry point
    app()
