"""A read-only SPARQL 1.1 Protocol endpoint over a graph file.

The graph is bulk-loaded into a temporary on-disk Oxigraph store (a store of ``kg build --store`` is
served in place). Queries run in a fixed pool of long-lived worker processes (:mod:`kg.serve_pool`,
``workers``, default the cores), each with the store open read-only and the default graph as the union
of all graphs (``FROM`` / ``FROM NAMED`` and the protocol's ``default-graph-uri`` / ``named-graph-uri``
are honoured). ``SERVICE`` (federated query) is refused with 400: the endpoint never sends a request.
A query still running after ``timeout_s`` seconds is cut (503); a request that finds every worker busy
for ``timeout_s`` gets 503 with ``Retry-After``. The ``oxigraph`` CLI's own ``--timeout-s`` is not used:
it does not stop a query whose results are already streaming.

Protocol: ``GET /query?query=…``; ``POST /query`` with ``application/x-www-form-urlencoded``
(``query=…``) or ``application/sparql-query`` and an exact ``Content-Length`` (400 when missing or
not a number, 413 above 1 MB). Results by ``Accept``: SPARQL JSON (default), XML, CSV, TSV;
CONSTRUCT/DESCRIBE: Turtle (default), N-Triples, JSON-LD. Updates are refused with 403 (``/update``,
an ``update`` parameter, ``application/sparql-update``), other methods with 405. ``GET /health``
answers 200. Connections idle for ``idle_s`` are closed, and at most MAX_CONNECTIONS are open at once. Listens on loopback unless told otherwise;
the access log on stderr escapes control characters. The temporary store is removed at exit, and
one left by a killed server is removed at the next start.

    with start_server(Path("out/graph.nq"), port=7878) as server:
        print(server.url)          # http://127.0.0.1:7878/query
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
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
from kg.safe_text import printable
from kg.serve_pool import GRAPH_TYPES, RESULT_TYPES, Reply, WorkerPool, negotiate

__all__ = ["GRAPH_TYPES", "MAX_QUERY_BYTES", "RESULT_TYPES", "Reply", "ServeError", "Server", "negotiate",
           "read_request", "serve", "start_server"]

MAX_QUERY_BYTES = 1 << 20
IDLE_S = 30.0  # a connection that sends nothing for this long is closed
MAX_CONNECTIONS = 256  # open connections at once (one thread each); more are closed at once
TEMP_PREFIX = "kg-serve-"
OWNER = "owner.pid"


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


# --- HTTP ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class QueryRequest:
    """A query and the dataset the request names (protocol ``default-graph-uri`` / ``named-graph-uri``)."""

    query: str
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()

    def as_job(self, accept: str) -> dict[str, Any]:
        return {"query": self.query, "accept": accept, "default_graphs": list(self.default_graphs),
                "named_graphs": list(self.named_graphs)}


def read_request(method: str, path: str, headers: Any, body: bytes) -> QueryRequest | Reply:
    """The query of a SPARQL Protocol request, or the Reply refusing it.

    >>> read_request("GET", "/query?query=ASK%7B%7D", {}, b"").query
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
    text = None
    if method == "POST":
        if media == "application/sparql-update":
            return Reply.text(403, "this endpoint is read-only: updates are refused")
        if media == "application/sparql-query":
            text = body.decode("utf-8", "replace")
        elif media == "application/x-www-form-urlencoded":
            params = parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)
        else:
            return Reply.text(415, f"unsupported Content-Type {printable(media)!r} for POST /query")
    if "update" in params:
        return Reply.text(403, "this endpoint is read-only: updates are refused")
    if text is None:
        queries = params.get("query", [])
        if len(queries) != 1 or not queries[0].strip():
            return Reply.text(400, "give exactly one non-empty 'query' parameter")
        text = queries[0]
    return QueryRequest(text, tuple(params.get("default-graph-uri", ())), tuple(params.get("named-graph-uri", ())))


def body_length(value: str | None) -> int | Reply:
    """The ``Content-Length`` of a POST, or the Reply refusing it (missing, not a number, negative, too big).

    >>> body_length("12"), body_length("-1").status, body_length("abc").status, body_length(None).status
    (12, 400, 400, 400)
    """
    if value is None:
        return Reply.text(400, "POST needs a Content-Length header")
    if not value.strip().isdigit():
        return Reply.text(400, f"bad Content-Length {printable(value)[:40]!r}: expected a whole number of bytes")
    length = int(value)
    if length > MAX_QUERY_BYTES:
        return Reply.text(413, "request body too large")
    return length


def _handler(pool: WorkerPool, idle_s: float) -> type:
    """A request handler class bound to one worker pool."""

    class Handler(BaseHTTPRequestHandler):
        server_version = "govnews-kg-sparql"
        timeout = idle_s  # socket timeout: an idle or stalled client is dropped

        def do_GET(self) -> None:
            if urlsplit(self.path).path == "/health":
                self._send(Reply.text(200, "ok"))
                return
            self._answer(b"")

        def do_POST(self) -> None:
            length = body_length(self.headers.get("Content-Length"))
            if isinstance(length, Reply):
                self.close_connection = True
                self._send(length)
                return
            body = self.rfile.read(length)
            if len(body) < length:
                self.close_connection = True
                self._send(Reply.text(400, "request body shorter than its Content-Length"))
                return
            self._answer(body)

        def _refuse(self) -> None:
            self._send(Reply.text(405, "method not allowed: this endpoint is read-only"), allow=True)

        do_PUT = do_DELETE = do_PATCH = _refuse

        def _answer(self, body: bytes) -> None:
            request = read_request(self.command, self.path, self.headers, body)
            if isinstance(request, Reply):
                self._send(request)
            else:
                self._send(pool.run(request.as_job(self.headers.get("Accept", ""))))

        def _send(self, reply: Reply, allow: bool = False) -> None:
            self.send_response(reply.status)
            self.send_header("Content-Type", reply.media_type)
            self.send_header("Content-Length", str(len(reply.body)))
            for name, value in reply.headers:
                self.send_header(name, value)
            if allow:
                self.send_header("Allow", "GET, POST")
            self.end_headers()
            self.wfile.write(reply.body)

        def log_message(self, format: str, *args: Any) -> None:
            print(printable(f"{self.address_string()} {format % args}"), file=sys.stderr)

    return Handler


class _BoundedServer(ThreadingHTTPServer):
    """One thread per connection, at most MAX_CONNECTIONS at once: past that, a connection is closed."""

    daemon_threads = True
    request_queue_size = 128

    def __init__(self, address: tuple[str, int], handler: type) -> None:
        self.connections = threading.BoundedSemaphore(MAX_CONNECTIONS)
        super().__init__(address, handler)

    def process_request(self, request: Any, client_address: Any) -> None:
        if not self.connections.acquire(blocking=False):
            self.shutdown_request(request)
            return
        super().process_request(request, client_address)

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self.connections.release()


def _http_server(host: str, port: int, handler: type) -> ThreadingHTTPServer:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    server_class = type("Server", (_BoundedServer,), {"address_family": family})
    try:
        return server_class((host, port), handler)
    except (OSError, OverflowError) as err:
        reason = getattr(err, "strerror", None) or err
        raise ServeError(f"cannot listen on {printable(host)}:{port}: {reason}") from None


def load_on_disk(graph_path: Path, location: Path) -> None:
    """Bulk-load a graph file into a new on-disk store (ServeError naming the file on bad input)."""
    try:
        store = load_store(graph_path, location)
    except ValueError as err:
        raise ServeError(str(err)) from None
    store.flush()


def check_options(port: int, timeout_s: float, workers: int | None) -> None:
    """ServeError (one line) for an option no server can run with.

    >>> check_options(99999, 10, 2)
    Traceback (most recent call last):
    ...
    kg.serve.ServeError: port must be between 0 and 65535, got 99999
    """
    if not 0 <= port <= 65535:
        raise ServeError(f"port must be between 0 and 65535, got {port}")
    if not timeout_s > 0:
        raise ServeError(f"query timeout must be positive, got {timeout_s}")
    if workers is not None and not 1 <= workers <= 256:
        raise ServeError(f"workers must be between 1 and 256, got {workers}")


def remove_stale_stores(folder: Path | None = None) -> list[Path]:
    """Remove temporary stores (``kg-serve-*``) whose server is gone; return them."""
    removed = []
    for tmp in sorted(Path(folder or tempfile.gettempdir()).glob(f"{TEMP_PREFIX}*")):
        try:
            pid = int((tmp / OWNER).read_text(encoding="ascii").strip())
        except (OSError, ValueError):
            continue  # not ours, or being made right now
        if not _alive(pid):
            shutil.rmtree(tmp, ignore_errors=True)
            removed.append(tmp)
    return removed


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # another user's process
    return True


@contextlib.contextmanager
def _temp_folder() -> Iterator[Path]:
    """A private temporary folder that names its owner (this pid), removed on the way out."""
    remove_stale_stores()
    tmp = Path(tempfile.mkdtemp(prefix=TEMP_PREFIX))
    try:
        (tmp / OWNER).write_text(str(os.getpid()), encoding="ascii")
        yield tmp
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


@contextlib.contextmanager
def start_server(
    graph_path: Path, host: str = "127.0.0.1", port: int = 7878, timeout_s: float = 10.0, *,
    workers: int | None = None, idle_s: float = IDLE_S, wait_s: float | None = None,
) -> Iterator[Server]:
    """Serve in a background thread for the duration of the ``with`` block (``port=0``: any free port).
    ``workers``: query processes (default the cores); ``wait_s``: longest wait for one (default ``timeout_s``)."""
    check_options(port, timeout_s, workers)
    from kg.store import store_for

    try:
        location = store_for(Path(graph_path))  # kg build --store: serve it as it is
    except ValueError as err:
        raise ServeError(str(err)) from None
    with _temp_folder() as tmp:
        if location is None:
            location = tmp / "store"
            load_on_disk(Path(graph_path), location)
        try:
            pool = WorkerPool(str(location), workers or os.cpu_count() or 1, timeout_s,
                              timeout_s if wait_s is None else wait_s)
        except ValueError as err:
            raise ServeError(str(err)) from None
        try:
            httpd = _http_server(host, port, _handler(pool, idle_s))
            thread = threading.Thread(target=httpd.serve_forever, name="kg-serve", daemon=True)
            thread.start()
            try:
                yield Server(host, httpd.server_address[1])
            finally:
                httpd.shutdown()
                httpd.server_close()
                thread.join(timeout=10)
        finally:
            pool.close()


def serve(graph_path: Path, host: str = "127.0.0.1", port: int = 7878, timeout_s: float = 10.0,
          workers: int | None = None) -> None:
    """Serve ``graph_path`` read-only at ``http://host:port/query`` until Ctrl-C or SIGTERM; print
    ``ready on http://host:port`` on stdout once connections are accepted."""
    stop = threading.Event()
    with _signals_set(stop), start_server(graph_path, host, port, timeout_s, workers=workers) as server:
        print(f"ready on {server.base}", flush=True)
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
