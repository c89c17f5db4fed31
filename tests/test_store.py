"""``kg build --store``: the graph in an on-disk Oxigraph store that ``kg query`` and ``kg serve``
open read-only, giving the same answers as the graph file; a stale store is never used."""

from __future__ import annotations

import json
import os
import shutil
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from kg.query import bundled_queries, run_query
from kg.serve import start_server
from kg.store import MARKER, find_store, remove_store, write_store

QUESTIONS = ["projects-by-county", "who-holds-which-post", "growth-statistics", "admin-rollup"]


@pytest.fixture()
def build(query_fixture_exports: Path, tmp_path: Path) -> Path:
    """A build folder (copy of the query fixture's exports) with its store."""
    out = tmp_path / "out"
    shutil.copytree(query_fixture_exports, out)
    assert write_store(out) > 0
    return out


@pytest.mark.parametrize("name", QUESTIONS)
def test_the_store_answers_as_the_graph_file_does(build: Path, name: str) -> None:
    query = bundled_queries()[name]
    expected = run_query(build / "graph.ttl", query)
    assert expected[1], "the fixture must give rows"
    for target in (build, build / "store", build / "graph.nq"):
        assert find_store(target) == build / "store"
        assert run_query(target, query) == expected


def test_a_stale_store_is_ignored_and_a_build_without_store_removes_it(build: Path) -> None:
    graph = build / "graph.nq"
    os.utime(graph, ns=(graph.stat().st_atime_ns, graph.stat().st_mtime_ns + 10**9))  # a newer graph.nq
    assert find_store(build) is None and find_store(graph) is None
    with pytest.raises(ValueError, match="no up-to-date store"):
        run_query(build, "ASK {}")
    assert run_query(graph, "ASK { ?s ?p ?o }") == (["ask"], [["true"]])  # loaded from the file instead
    remove_store(build)
    assert not (build / "store").exists()


def test_rewriting_the_store_replaces_it_whole(build: Path) -> None:
    marker = json.loads((build / "store" / MARKER).read_text(encoding="utf-8"))
    assert marker["graph"] == "graph.nq" and marker["size"] == (build / "graph.nq").stat().st_size
    write_store(build)
    assert sorted(p.name for p in build.iterdir() if p.name.startswith(".")) == []  # no staging left
    assert run_query(build, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")[1][0][0] != "0"


def test_the_endpoint_serves_a_store_in_place(build: Path) -> None:
    query = bundled_queries()["projects-by-county"]
    with start_server(build / "store", port=0) as server:
        url = f"{server.url}?{urllib.parse.urlencode({'query': query})}"
        request = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
        with urllib.request.urlopen(request, timeout=30) as reply:
            rows = json.loads(reply.read())["results"]["bindings"]
    assert len(rows) == len(run_query(build / "graph.ttl", query)[1])


def test_missing_graph_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="graph.nq: no such graph file"):
        write_store(tmp_path)


def test_kg_build_store_then_kg_query_the_folder(tmp_path: Path) -> None:
    from tests.conftest import SEEDS, run_kg

    out = tmp_path / "out"
    built = run_kg("build", str(SEEDS / min(p.name for p in SEEDS.glob("*.txt"))), "--out", str(out),
                   "-q", "--store", "--no-html")
    assert built.exit_code == 0, built.stderr
    assert (out / "store" / MARKER).is_file()
    import pyoxigraph as ox

    from kg.union_graph import FLAG, default_holds_union

    store = ox.Store.read_only(str(out / "store"))  # the flag the build copied from its graph state is the truth
    recorded = json.loads((out / "store" / FLAG).read_text(encoding="utf-8"))
    assert recorded == {"default_graph_is_union": default_holds_union(store)}
    del store
    from_store = run_kg("query", str(out), "projects-by-county", "--format", "csv")
    from_file = run_kg("query", str(out / "graph.ttl"), "projects-by-county", "--format", "csv")
    assert from_store.exit_code == 0 and from_store.stdout == from_file.stdout and from_file.stdout.count("\n") > 1
    rebuilt = run_kg("build", str(SEEDS / min(p.name for p in SEEDS.glob("*.txt"))), "--out", str(out),
                     "-q", "--no-html")
    assert rebuilt.exit_code == 0 and not (out / "store").exists()


def test_a_store_loaded_while_the_build_goes_on_is_the_store_of_the_published_graph(tmp_path: Path) -> None:
    """--jobs 2 loads graph.nq into the store in a child process while graph.ttl is written: same quads,
    a marker naming the published graph.nq, no staging folder left behind."""
    import pyoxigraph as ox

    from tests.conftest import SEEDS, run_kg

    sources = sorted(SEEDS.glob("*.txt"))[:2]
    quads = {}
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}"
        built = run_kg("build", *map(str, sources), "--out", str(out), "-q", "--store", "--no-html", "--jobs", jobs)
        assert built.exit_code == 0, built.stderr
        assert find_store(out) == out / "store"
        assert not [p.name for p in out.iterdir() if p.name.startswith(".kg-")]
        quads[jobs] = sorted(map(str, ox.Store.read_only(str(out / "store"))))
    assert quads["1"] == quads["2"] and quads["1"]


def test_a_failed_background_load_leaves_the_store_to_the_usual_load(tmp_path: Path) -> None:
    from kg.store_early import BackgroundLoad

    out = tmp_path / "out"
    out.mkdir()
    (out / "bad.nq").write_text("not n-quads\n", encoding="utf-8")
    load = BackgroundLoad(out, out / "bad.nq")
    assert load.wait() is None
    load.cancel()
    assert [p.name for p in out.iterdir()] == ["bad.nq"]


def test_a_background_load_of_a_growing_graph_waits_for_its_end(tmp_path: Path) -> None:
    """Started on an empty graph.nq, the child loads what is written after it, once told the size."""
    from kg.store_early import BackgroundLoad

    out = tmp_path / "out"
    out.mkdir()
    graph = out / "graph.nq"
    graph.touch()
    load = BackgroundLoad(out, graph, growing=True)
    with graph.open("w", encoding="utf-8") as handle:  # truncates the same file, as the export does
        for i in range(3):
            handle.write(f'<http://x.org/村{i}> <http://x.org/p> "{i}" .\n')
    load.written(graph.stat().st_size)
    loaded = load.wait()
    assert loaded is not None and loaded[1] == 3
    load.cancel()
    assert [p.name for p in out.iterdir()] == ["graph.nq"]


def test_a_background_load_of_a_graph_never_finished_is_stopped_by_cancel(tmp_path: Path) -> None:
    from kg.store_early import BackgroundLoad

    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.nq").touch()
    load = BackgroundLoad(out, out / "graph.nq", growing=True)
    load.cancel()  # the build failed before graph.nq was complete
    assert [p.name for p in out.iterdir()] == ["graph.nq"]
