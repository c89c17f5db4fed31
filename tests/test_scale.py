"""What keeps real corpora cheap: ``--formats`` (which graph files), the store loaded in batches,
and queries on the default graph when it already holds every named graph's triples."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from conftest import SEEDS, run_kg

from kg.export.formats import parse_formats
from kg.query import run_query
from kg.store_load import bulk_load_growing, bulk_load_lines
from kg.union_graph import FLAG, default_holds_union, store_needs_union

SEED = min(SEEDS.glob("*.txt"))
EX = "http://example.org/"


@pytest.mark.parametrize(("text", "expected"), [
    ("ttl,nq", ("ttl", "nq")),
    ("nq, ttl", ("ttl", "nq")),
    ("NT", ("nt",)),
    (".jsonld,nt", ("nt", "jsonld")),
    ("all", ("ttl", "nt", "nq", "jsonld")),
])
def test_formats_are_read_in_canonical_order(text: str, expected: tuple[str, ...]) -> None:
    assert parse_formats(text) == expected


@pytest.mark.parametrize(("text", "message"), [
    ("ttl,rdfxml", "unknown format 'rdfxml'"),
    ("", "unknown format nothing"),
    ("all,nt", "unknown format 'all'"),
])
def test_unknown_formats_are_named(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_formats(text)


def graph_files(out: Path) -> list[str]:
    return sorted(p.name for p in out.iterdir() if p.name.startswith(("graph.", "void.")))


def test_default_build_writes_turtle_and_nquads_and_a_narrower_build_removes_the_rest(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run_kg("build", str(SEED), "--out", str(out), "-j", "1", "-q", "--no-html", "--formats", "all")
    assert result.exit_code == 0, result.stderr
    assert graph_files(out) == ["graph.jsonld", "graph.nq", "graph.nt", "graph.ttl", "void.ttl"]
    full_nq = (out / "graph.nq").read_bytes()
    result = run_kg("build", str(SEED), "--out", str(out), "-j", "1", "-q", "--no-html")
    assert result.exit_code == 0, result.stderr
    assert graph_files(out) == ["graph.nq", "graph.ttl", "void.ttl"]
    assert (out / "graph.nq").read_bytes() == full_nq
    void = (out / "void.ttl").read_text(encoding="utf-8")
    assert "graph.nq" in void and "graph.jsonld" not in void


def test_a_store_needs_nquads(tmp_path: Path) -> None:
    result = run_kg("build", str(SEED), "--out", str(tmp_path / "out"), "-q", "--store", "--formats", "ttl")
    assert result.exit_code == 1
    assert result.stderr.strip() == "kg: error: --store loads graph.nq: add nq to --formats"


def nquads(rows: list[tuple[str, str, str | None]]) -> str:
    """N-Quads of (subject, object, graph) rows with one predicate."""
    return "".join(f'<{EX}{s}> <{EX}p> "{o}"' + (f" <{EX}{g}>" if g else "") + " .\n" for s, o, g in rows)


@pytest.mark.parametrize(("rows", "holds"), [
    ([("县", "1", None), ("县", "1", "g1")], True),  # the named graph repeats the default graph
    ([("县", "1", None)], True),  # no named graph at all
    ([("县", "1", None), ("镇", "2", "g1")], False),  # a triple only in a named graph
    ([("县", "1", "g1"), ("县", "1", "g2")], False),  # nothing in the default graph
])
def test_default_graph_holds_the_union(rows: list[tuple[str, str, str | None]], holds: bool) -> None:
    store = ox.Store()
    store.load(nquads(rows), format=ox.RdfFormat.N_QUADS)
    assert default_holds_union(store) is holds


@pytest.mark.parametrize("rows", [
    [("县", "1", None), ("镇", "2", "g1")],
    [("县", "1", None), ("县", "1", "g1"), ("镇", "2", "g2"), ("镇", "2", None)],
])
def test_queries_see_every_graph_either_way(tmp_path: Path, rows: list[tuple[str, str, str | None]]) -> None:
    graph = tmp_path / "graph.nq"
    graph.write_text(nquads(rows), encoding="utf-8")
    _, found = run_query(graph, f"SELECT ?s WHERE {{ ?s <{EX}p> ?o }} ORDER BY ?s")
    assert found == sorted([[f"{EX}{s}"] for s in {s for s, _, _ in rows}])


def test_a_store_records_whether_queries_need_the_union(tmp_path: Path) -> None:
    from kg.store import write_store

    (tmp_path / "graph.nq").write_text(nquads([("县", "1", None), ("县", "1", "g1")]), encoding="utf-8")
    write_store(tmp_path)
    assert json.loads((tmp_path / "store" / FLAG).read_text(encoding="utf-8")) == {"default_graph_is_union": True}
    assert store_needs_union(tmp_path / "store") is False
    assert store_needs_union(tmp_path) is True  # no flag here: the union, always correct


@pytest.mark.parametrize(("lines", "batch_bytes", "batches"), [
    (10, 2**20, 1),
    (10, 1, 10),  # each line alone
    (0, 100, 0),
])
def test_the_store_is_loaded_in_batches_of_whole_lines(tmp_path: Path, lines: int, batch_bytes: int,
                                                       batches: int) -> None:
    graph = tmp_path / "graph.nq"
    graph.write_text(nquads([(f"村{i}", str(i), "g" if i % 2 else None) for i in range(lines)]), encoding="utf-8")
    store = ox.Store()
    assert bulk_load_lines(store, graph, batch_bytes) == batches
    assert len(store) == lines


def test_a_bad_line_is_named_by_its_place_in_the_file(tmp_path: Path) -> None:
    graph = tmp_path / "graph.nq"
    graph.write_text(nquads([("县", "1", None)]) * 3 + "<broken\n", encoding="utf-8")
    with pytest.raises(SyntaxError, match="after line 3"):
        bulk_load_lines(ox.Store(), graph, batch_bytes=1)


def _write_slowly(graph: Path, text: str, done: Path | None, pieces: int) -> None:
    """Write ``text`` to ``graph`` in ``pieces`` cuts that fall inside lines, pausing between them; then
    record its size in ``done`` (when given), as the export does for a growing graph.nq."""
    data = text.encode("utf-8")
    step = max(1, len(data) // pieces)
    with graph.open("wb") as handle:
        for at in range(0, len(data), step):
            handle.write(data[at:at + step])
            handle.flush()
            time.sleep(0.01)
    if done is not None:
        done.write_text(str(len(data)), encoding="ascii")


def test_a_growing_graph_is_loaded_whole_while_it_is_written(tmp_path: Path) -> None:
    """Lines cut in the middle by the writer's pauses are loaded once complete; every quad arrives."""
    graph, done = tmp_path / "graph.nq", tmp_path / "done"
    graph.touch()
    text = nquads([(f"村{i}", str(i), "g" if i % 3 else None) for i in range(40)])
    writer = threading.Thread(target=_write_slowly, args=(graph, text, done, 7))
    writer.start()
    store = ox.Store()
    batches = bulk_load_growing(store, graph, done, batch_bytes=200, pause=0.001)
    writer.join()
    assert len(store) == 40 and batches > 1


def test_a_loader_behind_its_writer_takes_full_batches(tmp_path: Path) -> None:
    """A file already complete (the writer far ahead) is loaded in batches of ``batch_bytes``, not of the
    smaller ``least_bytes`` a caught-up loader takes."""
    graph, done = tmp_path / "graph.nq", tmp_path / "done"
    _write_slowly(graph, nquads([(f"乡{i}", str(i), None) for i in range(60)]), done, 1)
    size = graph.stat().st_size
    store = ox.Store()
    batches = bulk_load_growing(store, graph, done, batch_bytes=size // 2 + 100, least_bytes=100, pause=0.001)
    assert len(store) == 60 and batches == 2


def test_a_caught_up_loader_loads_what_has_come_without_waiting_for_a_full_batch(tmp_path: Path) -> None:
    """A loader ahead of a slow writer loads each piece once ``least_bytes`` have come, so little is left
    for after the writer finishes, though ``batch_bytes`` is never reached."""
    graph, done = tmp_path / "graph.nq", tmp_path / "done"
    graph.touch()
    writer = threading.Thread(target=_write_slowly, args=(graph, nquads([(f"镇{i}", str(i), None) for i in range(30)]),
                                                          done, 5))
    writer.start()
    store = ox.Store()
    batches = bulk_load_growing(store, graph, done, batch_bytes=10**6, least_bytes=1, pause=0.001)
    writer.join()
    assert len(store) == 30 and batches > 1


def test_a_growing_graph_whose_writer_stops_fails_instead_of_waiting(tmp_path: Path) -> None:
    graph, done = tmp_path / "graph.nq", tmp_path / "done"
    _write_slowly(graph, nquads([("县", "1", None)]), None, 1)  # never marked complete
    with pytest.raises(OSError, match="writer stopped"):
        bulk_load_growing(ox.Store(), graph, done, alive=lambda: False)


def test_a_growing_graph_shorter_than_its_recorded_size_fails(tmp_path: Path) -> None:
    graph, done = tmp_path / "graph.nq", tmp_path / "done"
    graph.write_text(nquads([("县", "1", None)]) + "<http://x.org/half", encoding="utf-8")
    done.write_text(str(graph.stat().st_size), encoding="ascii")
    with pytest.raises(OSError, match="partial line"):
        bulk_load_growing(ox.Store(), graph, done)
