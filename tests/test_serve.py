"""The read-only SPARQL endpoint: SPARQL 1.1 Protocol GET/POST, updates refused, queries cut by the
timeout, clean start/stop. Every server listens on a free loopback port and is always shut down."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.query import bundled_queries
from kg.serve import Reply, ServeError, Server, negotiate, read_request, start_server

TIMEOUT_S = 2.0
PATHOLOGICAL = "SELECT * WHERE { ?s ?p ?o . ?s2 ?p2 ?o2 . ?s3 ?p3 ?o3 } ORDER BY ?o3"


@pytest.fixture(scope="module")
def graph(query_fixture_exports: Path) -> Path:
    return query_fixture_exports / "graph.nq"


@pytest.fixture(scope="module")
def server(graph: Path) -> Iterator[Server]:
    with start_server(graph, port=0, timeout_s=TIMEOUT_S) as running:
        yield running


def http(url: str, *, data: bytes | None = None, headers: dict[str, str] | None = None,
         method: str | None = None) -> tuple[int, str, bytes]:
    request = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers.get("Content-Type", ""), response.read()
    except urllib.error.HTTPError as err:
        return err.code, err.headers.get("Content-Type", ""), err.read()


def get_query(server: Server, query: str, accept: str = "application/sparql-results+json") -> tuple[int, str, bytes]:
    return http(f"{server.url}?{urllib.parse.urlencode({'query': query})}", headers={"Accept": accept})


def test_listens_on_loopback_by_default(server: Server) -> None:
    assert server.host == "127.0.0.1"
    assert server.url == f"http://127.0.0.1:{server.port}/query"


def test_get_answers_a_bundled_query_as_sparql_json(server: Server) -> None:
    status, media, body = get_query(server, bundled_queries()["projects-by-county"])
    assert (status, media) == (200, "application/sparql-results+json")
    result = json.loads(body)
    rows = [[b[v]["value"] for v in result["head"]["vars"]] for b in result["results"]["bindings"]]
    assert rows == [["信丰县", "3", "3", "9180000000"], ["赣县区", "1", "1", "2000000000"]]


def test_post_form_and_direct_query_with_csv(server: Server) -> None:
    query = bundled_queries()["projects-by-status"]
    form = urllib.parse.urlencode({"query": query}).encode()
    for data, media in ((form, "application/x-www-form-urlencoded"),
                        (query.encode(), "application/sparql-query; charset=utf-8")):
        status, got, body = http(server.url, data=data, headers={"Content-Type": media, "Accept": "text/csv"})
        assert (status, got) == (200, "text/csv")
        assert body.decode().splitlines() == ["status,projects", "开工,4", "在建,1"]


def test_construct_gives_turtle(server: Server) -> None:
    query = "CONSTRUCT { ?s <http://ex.org/p> ?o } WHERE { ?s <https://w3id.org/govnews-kg/ontology#adminCode> ?o }"
    status, media, body = get_query(server, query, accept="text/turtle")
    assert (status, media) == (200, "text/turtle")
    assert body.count(b"<http://ex.org/p>") == 5  # five places have a code


@pytest.mark.parametrize(("path", "data", "media"), [
    ("/update", b"update=INSERT+DATA+%7B%3Ca%3A1%3E+%3Ca%3A2%3E+%3Ca%3A3%3E%7D", "application/x-www-form-urlencoded"),
    ("/query", b"update=INSERT+DATA+%7B%3Ca%3A1%3E+%3Ca%3A2%3E+%3Ca%3A3%3E%7D", "application/x-www-form-urlencoded"),
    ("/query", b"INSERT DATA { <a:1> <a:2> <a:3> }", "application/sparql-update"),
])
def test_updates_are_refused(server: Server, path: str, data: bytes, media: str) -> None:
    status, _, body = http(server.base + path, data=data, headers={"Content-Type": media})
    assert status == 403 and b"read-only" in body
    status, _, body = get_query(server, "ASK { <a:1> <a:2> <a:3> }")
    assert json.loads(body)["boolean"] is False


def test_other_methods_and_bad_requests(server: Server) -> None:
    assert http(server.url, data=b"x", method="PUT")[0] == 405
    assert http(server.url, method="DELETE")[0] == 405
    assert http(server.url)[0] == 400  # no query parameter
    assert http(server.base + "/elsewhere")[0] == 404
    status, _, body = get_query(server, "SELEC nothing")
    assert status == 400 and b"invalid SPARQL query" in body
    assert http(server.url, data=b"query=x", headers={"Content-Type": "text/plain"})[0] == 415


def test_a_pathological_query_is_cut_by_the_timeout(server: Server) -> None:
    started = time.monotonic()
    status, _, body = get_query(server, PATHOLOGICAL)
    elapsed = time.monotonic() - started
    assert status == 503 and b"timeout" in body
    assert TIMEOUT_S <= elapsed < TIMEOUT_S + 5
    assert get_query(server, "ASK { ?s ?p ?o }")[0] == 200  # still serving


def test_bad_graph_file_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "broken.ttl"
    bad.write_text("<a> <b> .", encoding="utf-8")
    with pytest.raises(ServeError, match="broken.ttl: cannot load RDF"), start_server(bad, port=0):
        pass
    with pytest.raises(ServeError, match="timeout must be positive"), start_server(bad, port=0, timeout_s=0):
        pass


def test_port_in_use_is_a_clear_error(graph: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        with pytest.raises(ServeError, match="cannot listen on 127.0.0.1"), \
                start_server(graph, port=busy.getsockname()[1]):
            pass


def test_protocol_helpers() -> None:
    assert negotiate("text/tab-separated-values;q=0.9, text/csv", {"text/csv": "CSV", "text/tab-separated-values": "TSV"}) == "text/csv"
    asked = read_request("POST", "/query", {"Content-Type": "application/sparql-query"}, b"ASK {}")
    assert not isinstance(asked, Reply) and asked.query == "ASK {}"
    refused = read_request("GET", "/query?update=DROP+ALL", {}, b"")
    assert not isinstance(refused, str) and refused.status == 403


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_serve_runs_until_sigterm(graph: Path) -> None:
    """The blocking ``serve`` used by ``kg serve``: answers, then stops cleanly on SIGTERM."""
    port = _free_port()
    root = str(Path(__file__).resolve().parent.parent)
    code = f"from kg.serve import serve; serve({str(graph)!r}, port={port}, timeout_s=5)"
    proc = subprocess.Popen([sys.executable, "-c", code], env={**os.environ, "PYTHONPATH": root},
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                    break
            except OSError:
                assert proc.poll() is None, proc.stderr.read() if proc.stderr else b""
                time.sleep(0.1)
        status, _, body = http(f"http://127.0.0.1:{port}/query?query=ASK%7B%3Fs%20%3Fp%20%3Fo%7D",
                               headers={"Accept": "application/sparql-results+json"})
        assert status == 200 and json.loads(body)["boolean"] is True
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=15) == 0
        assert b"SPARQL endpoint (read-only) at" in (proc.stderr.read() if proc.stderr else b"")
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=10)
        if proc.stderr:
            proc.stderr.close()
