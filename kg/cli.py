"""The ``kg`` command: thin typer wrappers, each over one library function.

Every command prints a one-line error (never a traceback) for a user mistake
and exits with status 1 (2 for bad usage, 130 on Ctrl-C).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from kg.browse import OBSERVATION, RELATIONS
from kg.cli_help import PlainCommand

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Build a knowledge graph from Chinese local-government news.\n\nExample: kg build seeds --out output",
)

RELATION_NAMES = (*RELATIONS, OBSERVATION)
DEFAULT_SOURCES = [Path("seeds")]
DEFAULT_OUT = Path("output")


def _quiet_broken_pipe() -> NoReturn:
    """The reader of a pipe went away (``kg facts | head``): stop quietly, like other Unix tools."""
    import os

    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error at exit
    raise typer.Exit(141)


def _os_error(exc: OSError, fallback: Path) -> str:
    """``PATH: reason`` for a system error (disk full, permission denied), the path escaped."""
    from kg.safe_text import printable_path

    where = exc.filename if exc.filename is not None else fallback
    return f"{printable_path(where)}: {exc.strerror or exc}"


def printable(text: str) -> str:
    from kg.safe_text import printable as escape

    return escape(text)


def _fail(message: str, code: int = 1) -> NoReturn:
    """Print ``kg: error: MESSAGE`` (one line, control characters escaped) on stderr and exit with ``code``."""
    typer.echo(f"kg: error: {printable(message)}", err=True)
    raise typer.Exit(code)


@app.command(cls=PlainCommand)
def build(
    sources: Annotated[list[Path] | None, typer.Argument(help="Files or folders of articles (default: seeds/).")] = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder.")] = DEFAULT_OUT,
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="Worker processes (0 = all cores).")] = 0,
    base: Annotated[str | None, typer.Option(help="Base IRI of the data (default https://w3id.org/govnews-kg/id/).")] = None,
    strict: Annotated[bool, typer.Option(help="Stop at the first file that cannot be read, decoded or extracted, before writing anything.")] = False,
    html: Annotated[bool, typer.Option(help="Write graph.html.")] = True,
    cache: Annotated[bool, typer.Option(help="Reuse extractions of unchanged files (OUT/.cache).")] = True,
    executor: Annotated[str, typer.Option(help="local or dask.")] = "local",
    scheduler: Annotated[str | None, typer.Option(help="Dask scheduler address (with --executor dask).")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    store: Annotated[bool, typer.Option(help="Also load the graph into an on-disk Oxigraph store, OUT/store, "
                                             "for kg query and kg serve on large graphs.")] = False,
    follow_links: Annotated[bool, typer.Option("--follow-links", help="Read links to files outside the folders "
                                               "given (passed over with a note by default).")] = False,
    formats: Annotated[str, typer.Option(help="Graph files to write, of ttl,nt,nq,jsonld or all (void.ttl always).")]
        = "ttl,nq",
) -> None:
    """Build facts/*.json, graph.ttl and graph.nq (--formats: also .nt .jsonld), void.ttl and graph.html.

    Reads .txt .md .text .html .htm files (UTF-8, UTF-16/32 with BOM, GB18030). A file that cannot be
    read is reported on stderr and skipped (exit status 1 at the end); --strict stops at the first.

    Example: kg build seeds --out output
    """
    try:
        from kg.export.formats import parse_formats
        from kg.pipeline import BuildOptions, run_build

        chosen = parse_formats(formats)
        if store and "nq" not in chosen:
            raise ValueError("--store loads graph.nq: add nq to --formats")
        options = BuildOptions(
            sources=sources or DEFAULT_SOURCES, out=out, jobs=jobs, base=base, strict=strict, html=html,
            cache=cache, executor=executor, scheduler=scheduler, progress=not quiet, store=store,
            follow_links=follow_links, formats=chosen,
        )
        summary = run_build(options)
    except KeyboardInterrupt:
        typer.echo("kg: interrupted; previous outputs left intact", err=True)
        raise typer.Exit(130)
    except OSError as exc:
        _fail(_os_error(exc, out))
    except ValueError as exc:
        _fail(str(exc))
    typer.echo(summary.line())
    if summary.failures:
        raise typer.Exit(1)


@app.command(cls=PlainCommand)
def mentions(
    file: Annotated[Path, typer.Argument(help="Text file; every line is one document.")],
) -> None:
    """Print one JSON line of typed mentions per input line.

    Example: kg mentions docs/examples/sentences.txt
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


@app.command(cls=PlainCommand)
def facts(
    build_dir: Annotated[Path, typer.Argument(metavar="[DIR]", help="A build folder (with facts/).")] = DEFAULT_OUT,
    about: Annotated[str | None, typer.Option(metavar="NAME", help="Only facts about this name or alias.")] = None,
    rel: Annotated[str | None, typer.Option(metavar="REL", help=f"Only this relation: {', '.join(RELATION_NAMES)}.")] = None,
    fmt: Annotated[str, typer.Option("--format", metavar="FORMAT", help="text or json (one object per line).")] = "text",
    min_confidence: Annotated[float | None, typer.Option(
        min=0.0, max=1.0, metavar="P",
        help="Only facts whose confidence (their rule's measured precision) is at least P.")] = None,
) -> None:
    """Print facts of a build with their evidence sentences (names in bold on a terminal).

    Exit status 1 with a one-line note when no fact matches.

    Example: kg facts output --about 新余市 --min-confidence 0.8
    """
    from kg.browse import format_facts, load_build, plain_facts, rich_facts, select_facts

    try:
        rows = select_facts(load_build(build_dir), about=about, rel=rel, min_confidence=min_confidence)
        if not rows:
            wanted = " ".join(x for x in (f"about {about}" if about else "", f"with relation {rel}" if rel else "") if x)
            typer.echo(f"kg: note: no facts {wanted or 'in ' + str(build_dir)}".rstrip(), err=True)
            raise typer.Exit(1)
        if fmt == "text" and sys.stdout.isatty():
            from rich.console import Console

            Console(highlight=False, soft_wrap=True).print(rich_facts(rows), end="")
        elif fmt == "text":
            sys.stdout.write(plain_facts(rows))
        else:
            sys.stdout.write(format_facts(rows, fmt=fmt))
    except BrokenPipeError:
        _quiet_broken_pipe()
    except (OSError, ValueError) as exc:
        _fail(str(exc))


@app.command("eval", cls=PlainCommand)
def evaluate(
    gold_dir: Annotated[Path, typer.Argument(help="Folder of gold JSON files (GUIDE.md format).")],
    build_dir: Annotated[Path, typer.Argument(help="A build folder or its facts/ folder.")] = DEFAULT_OUT,
    errors: Annotated[int, typer.Option(help="How many missed/spurious facts to list per section.")] = 10,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Score a build against gold annotations: P/R/F1 per type, missed and spurious facts.

    Example: kg eval seeds/gold output
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


@app.command(cls=PlainCommand)
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


@app.command(cls=PlainCommand)
def query(
    graph: Annotated[Path, typer.Argument(metavar="GRAPH", help="An RDF file of a build, or a store (kg build --store).")],
    query_name: Annotated[str | None, typer.Argument(metavar="[QUERY]", help="Bundled query name or .rq file.")] = None,
    expr: Annotated[str | None, typer.Option("-e", "--expr", metavar="SPARQL", help="SPARQL text.")] = None,
    params: Annotated[list[str] | None, typer.Option(
        "--param", "-p", metavar="NAME=VALUE",
        help="A parameter of the question (repeatable), e.g. --param level=prefecture; see --list.")] = None,
    fmt: Annotated[str, typer.Option("--format", metavar="FORMAT", help="table, csv, tsv or json.")] = "table",
    list_queries: Annotated[bool, typer.Option("--list", help="List the bundled queries and their parameters.")] = False,
) -> None:
    """Run SPARQL over a graph: a bundled question by name, a .rq file or -e TEXT.

    Example: kg query output/graph.ttl counties-starting-big-projects --param level=prefecture
    """
    from kg.query import bundled_queries, format_rows, query_description, resolve_query, run_query
    from kg.query_params import bind_params, declared_params, parse_assignments

    try:
        if list_queries:
            for name, text in bundled_queries().items():
                comment = "\n".join(ln for ln in text.splitlines() if not ln.startswith("#@param"))
                typer.echo(f"{name:32s} {query_description(comment)}")
                for param in declared_params(text):
                    typer.echo(f"{'':34s}--param {param.describe()}")
            return
        text = bind_params(resolve_query(query_name, expr), parse_assignments(params or []))
        header, rows = run_query(graph, text)
        sys.stdout.write(format_rows(header, rows, fmt))
    except BrokenPipeError:
        _quiet_broken_pipe()
    except (OSError, ValueError) as exc:
        _fail(str(exc))


@app.command(cls=PlainCommand)
def serve(
    graph: Annotated[Path, typer.Argument(help="An RDF file of a build, or a store (kg build --store).")],
    host: Annotated[str, typer.Option(help="Bind address (loopback by default).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 7878,
    timeout: Annotated[float, typer.Option(help="Query timeout in seconds.")] = 10.0,
    workers: Annotated[int | None, typer.Option(help="Query worker processes (default: the cores).")] = None,
) -> None:
    """Serve a read-only SPARQL 1.1 Protocol endpoint; prints 'ready on http://HOST:PORT' when it accepts
    connections. SERVICE (federated) queries are refused; GET /health answers 200.

    Example: kg serve output/graph.ttl --port 7878
    """
    from kg.serve import ServeError
    from kg.serve import serve as run_server

    try:
        run_server(graph, host=host, port=port, timeout_s=timeout, workers=workers)
    except KeyboardInterrupt:
        raise typer.Exit(130)
    except (OSError, ValueError, ServeError) as exc:
        _fail(str(exc))


def _types_option(values: list[str] | None) -> list[str] | None:
    """``--types Place,Project --types Person`` → ``["Place", "Project", "Person"]``; unknown types are a usage error."""
    from kg.export.html_graph import NODE_TYPES

    if not values:
        return None
    found = [part.strip() for value in values for part in value.split(",") if part.strip()]
    unknown = [t for t in found if t not in NODE_TYPES]
    if unknown or not found:
        raise typer.BadParameter(f"unknown type {', '.join(unknown) or '(none)'}; valid: {', '.join(NODE_TYPES)}")
    return found


@app.command(cls=PlainCommand)
def view(
    build_dir: Annotated[Path, typer.Argument(metavar="[DIR]", help="A build folder (or its graph.ttl / facts/).")] = DEFAULT_OUT,
    out: Annotated[Path, typer.Option("--out", "-o", metavar="FILE", help="HTML file to write.")] = Path("view.html"),
    focus: Annotated[str | None, typer.Option(metavar="NAME", help="Centre the view on this name or alias.")] = None,
    hops: Annotated[int, typer.Option(metavar="N", help="With --focus: how many steps around it.")] = 2,
    types: Annotated[list[str] | None, typer.Option(
        "--types", metavar="TYPES", callback=_types_option,
        help="Only these types, comma-separated: Place, Organization, Person, Project, Money, Industry, "
             "Initiative (and Article, Status, Position).")] = None,
) -> None:
    """Write an offline interactive HTML view of a build, or of a focus around one entity.

    Example: kg view output --focus 新余市 --hops 2 --types Place,Project --out xinyu.html
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


if __name__ == "__main__":  # python -m kg.cli … behaves like kg …
    app()
