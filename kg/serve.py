"""A read-only SPARQL 1.1 Protocol endpoint over a graph file.

The graph is bulk-loaded into a temporary on-disk Oxigraph store. Each query then runs in a fresh
worker process that opens the store read-only, with the default graph as the union of all graphs;
a query still running after ``timeout_s`` seconds is killed (HTTP 503), so a pathological query
(``?s ?p ?o`` joined with itself three times) cannot hold the server. The ``oxigraph`` CLI's own
``--timeout-s`` is not used: it does not stop a query whose results are already streaming.

Protocol: ``GET /query?query=…``; ``POST /query`` with ``application/x-www-form-urlencoded``
(``query=…``) or ``application/sparql-query``. Results by ``Accept``: SPARQL JSON (default), XML,
CSV, TSV; CONSTRUCT/DESCRIBE: Turtle (default), N-Triples, JSON-LD. Updates are refused with 403
(``/update``, an ``update`` parameter, ``application/sparql-update``), other methods with 405.
Listens on loopback unless told otherwise.

    with start_server(Path("out/graph.nq"), port=7878) as server:
        print(server.url)          # http://127.0.0.1:7878/query
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from kg.query import load_store
from kg.union_graph import store_needs_union

MAX_QUERY_BYTES = 1 << 20
WORKER_MEMORY_BYTES = 4 << 30  # address-space cap of one query worker
RESULT_TYPES = {  # media type → pyoxigraph QueryResultsFormat name, first = default
    "application/sparql-results+json": "JSON",
    "application/sparql-results+xml": "XML",
    "text/csv": "CSV",
    "text/tab-separated-values": "TSV",
}
GRAPH_TYPES = {  # media type → pyoxigraph RdfFormat name, first = default
    "text/turtle": "TURTLE",
    "application/n-triples": "N_TRIPLES",
    "application/ld+json": "JSON_LD",
}


class ServeError(RuntimeError):
    """The endpoint could not be started (bad graph file, port in use, bad option)."""


@dataclass(frozen=True)
class Server:
    """A running endpoint: where it listens and how to reach its query service."""

    host: str
    port: int

    @property
    def base(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    @property
    def url(self) -> str:
        return f"{self.base}/query"


@dataclass(frozen=True)
class Reply:
    """An HTTP answer: status, media type, body."""

    status: int
    media_type: str
    body: bytes

    @classmethod
    def text(cls, status: int, message: str) -> Reply:
        return cls(status, "text/plain; charset=utf-8", (message.rstrip("\n") + "\n").encode("utf-8"))


# --- the query worker (runs in a child process) -----------------------------------------------


def worker_main() -> None:
    """Child entry point: read a JSON request on stdin, write a status line and the body to stdout."""
    _limit_memory()
    request = json.loads(sys.stdin.buffer.read().decode("utf-8"))
    try:
        reply = execute(request["location"], request["query"], request["accept"])
    except MemoryError:
        reply = Reply.text(503, "query cancelled: it needed more memory than the endpoint allows")
    head = json.dumps({"status": reply.status, "media_type": reply.media_type}).encode("utf-8")
    sys.stdout.buffer.write(head + b"\n" + reply.body)
    sys.stdout.buffer.flush()


def _limit_memory() -> None:
    """In the worker: cap the address space so a runaway query fails instead of swapping."""
    with contextlib.suppress(ValueError, OSError, ImportError):
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (WORKER_MEMORY_BYTES, WORKER_MEMORY_BYTES))


def execute(location: str, query: str, accept: str) -> Reply:
    """Run a query on the store at ``location`` and serialise the result for ``accept``."""
    import pyoxigraph as ox

    store = ox.Store.read_only(location)
    try:
        result = store.query(query, use_default_graph_as_union=store_needs_union(Path(location)))
    except SyntaxError as err:
        return Reply.text(400, f"invalid SPARQL query: {err}")
    if isinstance(result, ox.QueryTriples):
        media = negotiate(accept, GRAPH_TYPES)
        return Reply(200, media, ox.serialize(result, format=getattr(ox.RdfFormat, GRAPH_TYPES[media])) or b"")
    media = negotiate(accept, RESULT_TYPES)
    return Reply(200, media, result.serialize(format=getattr(ox.QueryResultsFormat, RESULT_TYPES[media])) or b"")


def negotiate(accept: str, offered: dict[str, str]) -> str:
    """The offered media type the ``Accept`` header prefers (q-values honoured), else the first.

    >>> negotiate("text/csv;q=0.5, application/sparql-results+xml", RESULT_TYPES)
    'application/sparql-results+xml'
    >>> negotiate("*/*", RESULT_TYPES)
    'application/sparql-results+json'
    """
    ranked = []
    for position, part in enumerate(accept.split(",")):
        media, *params = [p.strip() for p in part.split(";")]
        q = next((float(p[2:]) for p in params if p.startswith("q=") and _is_number(p[2:])), 1.0)
        ranked.append((-q, position, media.lower()))
    for _, _, media in sorted(ranked):
        if media in offered:
            return media
    return next(iter(offered))


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def run_with_deadline(location: str, query: str, accept: str, timeout_s: float) -> Reply:
    """Run the query in a worker process; kill it and answer 503 when ``timeout_s`` runs out."""
    root = str(Path(__file__).resolve().parent.parent)  # so the child imports this very package
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")]))}
    cmd = [sys.executable, "-c", "from kg.serve import worker_main; worker_main()"]
    request = json.dumps({"location": location, "query": query, "accept": accept}).encode("utf-8")
    with subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          env=env) as worker:
        try:
            out, err = worker.communicate(request, timeout=timeout_s)
        except subprocess.TimeoutExpired:
            worker.kill()
            worker.communicate()
            return Reply.text(503, f"query cancelled: it exceeded the {timeout_s:g} s timeout")
    head, _, body = out.partition(b"\n")
    if worker.returncode != 0 or not head:
        last = err.decode("utf-8", "replace").strip().splitlines()[-1:] or ["no message"]
        return Reply.text(500, f"query worker failed (out of memory?): {last[0]}")
    meta = json.loads(head)
    return Reply(int(meta["status"]), str(meta["media_type"]), body)


# --- HTTP ------------------------------------------------------------------------------------


def read_request(method: str, path: str, headers: Any, body: bytes) -> str | Reply:
    """The query of a SPARQL Protocol request, or the Reply refusing it.

    >>> read_request("GET", "/query?query=ASK%7B%7D", {}, b"")
    'ASK{}'
    >>> read_request("POST", "/update", {}, b"").status
    403
    """
    url = urlsplit(path)
    if url.path in ("/update", "/store", "/data"):
        return Reply.text(403, "this endpoint is read-only: updates are refused")
    if url.path not in ("/query", "/sparql"):
        return Reply.text(404, "not found: send SPARQL queries to /query")
    params = parse_qs(url.query, keep_blank_values=True)
    media = str(headers.get("Content-Type", "")).split(";")[0].strip().lower()
    if method == "POST":
        if media == "application/sparql-update":
            return Reply.text(403, "this endpoint is read-only: updates are refused")
        if media == "application/sparql-query":
            return body.decode("utf-8", "replace")
        if media == "application/x-www-form-urlencoded":
            params = parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)
        else:
            return Reply.text(415, f"unsupported Content-Type {media!r} for POST /query")
    if "update" in params:
        return Reply.text(403, "this endpoint is read-only: updates are refused")
    queries = params.get("query", [])
    if len(queries) != 1 or not queries[0].strip():
        return Reply.text(400, "give exactly one non-empty 'query' parameter")
    return queries[0]


def _handler(location: str, timeout_s: float, slots: threading.BoundedSemaphore) -> type:
    """A request handler class bound to one store and timeout."""

    class Handler(BaseHTTPRequestHandler):
        server_version = "govnews-kg-sparql"

        def do_GET(self) -> None:
            self._answer(b"")

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            if length > MAX_QUERY_BYTES:
                self._send(Reply.text(413, "request body too large"))
                return
            self._answer(self.rfile.read(length))

        def _refuse(self) -> None:
            self._send(Reply.text(405, "method not allowed: this endpoint is read-only"), allow=True)

        do_PUT = do_DELETE = do_PATCH = _refuse

        def _answer(self, body: bytes) -> None:
            request = read_request(self.command, self.path, self.headers, body)
            if isinstance(request, Reply):
                self._send(request)
            elif not slots.acquire(timeout=timeout_s):
                self._send(Reply.text(503, "too many queries running; try again"))
            else:
                try:
                    self._send(run_with_deadline(location, request, self.headers.get("Accept", ""), timeout_s))
                finally:
                    slots.release()

        def _send(self, reply: Reply, allow: bool = False) -> None:
            self.send_response(reply.status)
            self.send_header("Content-Type", reply.media_type)
            self.send_header("Content-Length", str(len(reply.body)))
            if allow:
                self.send_header("Allow", "GET, POST")
            self.end_headers()
            self.wfile.write(reply.body)

        def log_message(self, format: str, *args: Any) -> None:
            print(f"{self.address_string()} {format % args}", file=sys.stderr)

    return Handler


def _http_server(host: str, port: int, handler: type) -> ThreadingHTTPServer:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    server_class = type("Server", (ThreadingHTTPServer,), {"address_family": family, "daemon_threads": True})
    try:
        return server_class((host, port), handler)
    except OSError as err:
        raise ServeError(f"cannot listen on {host}:{port}: {err.strerror or err}") from None


def load_on_disk(graph_path: Path, location: Path) -> None:
    """Bulk-load a graph file into a new on-disk store (ServeError naming the file on bad input)."""
    try:
        store = load_store(graph_path, location)
    except ValueError as err:
        raise ServeError(str(err)) from None
    store.flush()


@contextlib.contextmanager
def start_server(
    graph_path: Path, host: str = "127.0.0.1", port: int = 7878, timeout_s: float = 10.0, *,
    max_concurrent: int = 2,
) -> Iterator[Server]:
    """Serve in a background thread for the duration of the ``with`` block (``port=0``: any free port)."""
    if timeout_s <= 0:
        raise ServeError(f"query timeout must be positive, got {timeout_s}")
    from kg.store import store_for

    try:
        location = store_for(Path(graph_path))  # kg build --store: serve it as it is
    except ValueError as err:
        raise ServeError(str(err)) from None
    with tempfile.TemporaryDirectory(prefix="kg-serve-") as tmp:
        if location is None:
            location = Path(tmp) / "store"
            load_on_disk(Path(graph_path), location)
        slots = threading.BoundedSemaphore(max_concurrent)
        httpd = _http_server(host, port, _handler(str(location), timeout_s, slots))
        thread = threading.Thread(target=httpd.serve_forever, name="kg-serve", daemon=True)
        thread.start()
        try:
            yield Server(host, httpd.server_address[1])
        finally:
            httpd.shutdown()
            httpd.server_close()
            thread.join(timeout=10)


def serve(graph_path: Path, host: str = "127.0.0.1", port: int = 7878, timeout_s: float = 10.0) -> None:
    """Serve ``graph_path`` read-only at ``http://host:port/query`` until Ctrl-C or SIGTERM."""
    stop = threading.Event()
    with _signals_set(stop), start_server(graph_path, host, port, timeout_s) as server:
        print(f"SPARQL endpoint (read-only) at {server.url}; Ctrl-C to stop", file=sys.stderr, flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            while not stop.wait(0.5):
                pass


@contextlib.contextmanager
def _signals_set(stop: threading.Event) -> Iterator[None]:
    """Make SIGTERM set ``stop`` (main thread only), so the temp store is always cleaned up."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, lambda signum, frame: stop.set())
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
