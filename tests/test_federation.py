"""No federation: SERVICE is refused by ``kg serve`` and ``kg query`` (decided on the parsed query), and a
listener on loopback receives nothing; FROM / FROM NAMED and the protocol's graph parameters are honoured."""

from __future__ import annotations

import json
import socket
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.query import run_query
from kg.serve import Server, start_server
from kg.sparql_guard import QueryRefused, inspect_query


class Listener:
    """A TCP listener on 127.0.0.1 that records every connection it gets."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.2)
        self.port = int(self.sock.getsockname()[1])
        self.connections = 0
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self) -> None:
        while not self.stopped.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.connections += 1
            conn.close()

    def close(self) -> None:
        self.stopped.set()
        self.thread.join(timeout=5)
        self.sock.close()


@pytest.fixture()
def listener() -> Iterator[Listener]:
    running = Listener()
    yield running
    running.close()


@pytest.fixture(scope="module")
def graph(query_fixture_exports: Path) -> Path:
    return query_fixture_exports / "graph.nq"


@pytest.fixture(scope="module")
def server(graph: Path) -> Iterator[Server]:
    with start_server(graph, port=0, timeout_s=5, workers=1) as running:
        yield running


def federated(port: int) -> list[str]:
    """SERVICE in every place a query can hold one, pointed at ``port``."""
    target = f"<http://127.0.0.1:{port}/sparql>"
    return [
        f"SELECT * WHERE {{ SERVICE {target} {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ SERVICE SILENT {target} {{ ?s ?p ?o }} }}",
        f"select * where {{ ?a ?b ?c OPTIONAL {{ service silent {target} {{ ?a ?p ?o }} }} }} LIMIT 1",
        f"SELECT * WHERE {{ {{ SELECT ?s WHERE {{ SERVICE {target} {{ ?s ?p ?o }} }} }} }}",
        f"ASK {{ {{ ?s ?p ?o }} UNION {{ SERVICE {target} {{ ?s ?p ?o }} }} }}",
        f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ SERVICE {target} {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ VALUES ?e {{ {target} }} SERVICE ?e {{ ?s ?p ?o }} }}",
    ]


def http(url: str, data: bytes | None = None, headers: dict[str, str] | None = None) -> tuple[int, bytes]:
    request = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as err:
        return err.code, err.read()


def ask(server: Server, query: str, **params: str) -> tuple[int, bytes]:
    return http(f"{server.url}?{urllib.parse.urlencode({'query': query, **params})}",
                headers={"Accept": "application/sparql-results+json"})


def test_the_endpoint_refuses_service_and_sends_nothing(server: Server, listener: Listener) -> None:
    for query in federated(listener.port):
        status, body = ask(server, query)
        assert status == 400, query
        assert body.decode().count("\n") == 1 and "SERVICE" in body.decode()
    status, _ = http(server.url, data=federated(listener.port)[1].encode(),
                     headers={"Content-Type": "application/sparql-query"})
    assert status == 400
    listener.stopped.wait(0.5)
    assert listener.connections == 0


def test_kg_query_refuses_service_in_one_line_and_sends_nothing(graph: Path, listener: Listener) -> None:
    for query in federated(listener.port):
        with pytest.raises(QueryRefused, match="SERVICE"):
            run_query(graph, query)
    result = CliRunner().invoke(app, ["query", str(graph), "-e", federated(listener.port)[1]])
    assert result.exit_code == 1
    assert result.output.count("\n") == 1 and result.output.startswith("kg: error: SERVICE")
    assert listener.connections == 0


@pytest.mark.parametrize("query", [
    "SELECT ?service WHERE { ?service ?p ?o } LIMIT 1",
    "SELECT * WHERE { ?s ?p 'SERVICE <http://127.0.0.1:1/> { }' } LIMIT 1",
    "PREFIX ex: <http://example.org/>\nSELECT * WHERE { ?s ex:SERVICE ?o } LIMIT 1",
    "# SERVICE <http://127.0.0.1:1/> { ?s ?p ?o }\nASK { ?s ?p ?o }",
    "SELECT * WHERE { <http://example.org/SERVICE> ?p ?o }",
    'SELECT * WHERE { ?s ?p "x"@service }',
    "SELECT * WHERE { ?s ?p " + "'" * 3 + "a\nSERVICE <http://127.0.0.1:1/> { }" + "'" * 3 + " }",
])
def test_the_word_service_elsewhere_is_not_a_service_clause(server: Server, query: str) -> None:
    assert inspect_query(query).has_dataset is False
    assert ask(server, query)[0] == 200


@pytest.mark.parametrize(("query", "refused"), [
    ("SELECT * { <<?s ?p ?o>> ?q ?r . SERVICE <http://127.0.0.1:1/> { ?s ?p ?o } }", True),  # not rdflib SPARQL
    ("SELECT * { <<?s ?p ?o>> ?q ?r . ?s <http://x.org/service> ?service }", False),
    ('SELECT * { <<?s ?p ?o>> ?q """a "SERVICE" b""" }', False),
])
def test_queries_rdflib_cannot_parse_are_checked_on_their_tokens(query: str, refused: bool) -> None:
    if refused:
        with pytest.raises(QueryRefused):
            inspect_query(query)
    else:
        assert inspect_query(query).has_dataset is False


def _count(server: Server, query: str, **params: str) -> int:
    status, body = ask(server, query, **params)
    assert status == 200, body
    return int(json.loads(body)["results"]["bindings"][0]["n"]["value"])


def test_from_and_from_named_are_honoured(server: Server, graph: Path) -> None:
    _, rows = run_query(graph, "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g LIMIT 1")
    name, in_graph = rows[0][0], int(rows[0][1])
    everything = _count(server, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")
    assert everything > in_graph > 0
    assert _count(server, f"SELECT (COUNT(*) AS ?n) FROM <{name}> {{ ?s ?p ?o }}") == in_graph
    assert _count(server, "SELECT (COUNT(*) AS ?n) FROM <http://nowhere.example/> { ?s ?p ?o }") == 0
    assert _count(server, f"SELECT (COUNT(*) AS ?n) FROM NAMED <{name}> {{ GRAPH ?g {{ ?s ?p ?o }} }}") == in_graph
    assert _count(server, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", **{"default-graph-uri": name}) == in_graph
    assert run_query(graph, "SELECT (COUNT(*) AS ?n) FROM <http://nowhere.example/> { ?s ?p ?o }")[1] == [["0"]]


def test_a_bad_graph_parameter_is_a_400(server: Server) -> None:
    status, body = ask(server, "ASK { ?s ?p ?o }", **{"default-graph-uri": "not an iri"})
    assert status == 400 and body.count(b"\n") == 1
