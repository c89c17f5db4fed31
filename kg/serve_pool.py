"""The endpoint's query workers: a fixed pool of long-lived processes over one read-only store.

Each worker opens the store once and answers queries one at a time (length-prefixed JSON request on
stdin, head and body on stdout). A request waits at most ``wait_s`` for a free worker, else it gets
503 with ``Retry-After`` (a few heavy queries cannot hang every other client). A query still running
after ``timeout_s`` is answered 503; its worker is killed and replaced. Workers exit when the server's
end of their pipe closes, so a server killed with -9 leaves no worker behind.

    pool = WorkerPool("/tmp/store", size=2, timeout_s=10, wait_s=10)
    reply = pool.run({"query": "ASK {}", "accept": ""})   # Reply(200, 'application/sparql-results+json', …)
    pool.close()
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import select
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

WORKER_MEMORY_BYTES = 4 << 30  # address-space cap of one query worker
START_S = 60.0  # a worker must have opened the store within this
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


@dataclass(frozen=True)
class Reply:
    """An HTTP answer: status, media type, body, extra headers."""

    status: int
    media_type: str
    body: bytes
    headers: tuple[tuple[str, str], ...] = ()

    @classmethod
    def text(cls, status: int, message: str, headers: tuple[tuple[str, str], ...] = ()) -> Reply:
        return cls(status, "text/plain; charset=utf-8", (message.rstrip("\n") + "\n").encode("utf-8"), headers)


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


def execute(store: Any, request: dict[str, Any], union: bool = True) -> Reply:
    """Run ``request`` (query, accept, default/named graphs) on an open store and serialise the result."""
    import pyoxigraph as ox

    from kg.query import query_store
    from kg.sparql_guard import QueryRefused

    try:
        result = query_store(store, request["query"], request.get("default_graphs"), request.get("named_graphs"),
                             union=union)
    except QueryRefused as err:
        return Reply.text(400, str(err))
    except SyntaxError as err:
        return Reply.text(400, f"invalid SPARQL query: {_one_line(err)}")
    except ValueError as err:
        return Reply.text(400, f"invalid request: {_one_line(err)}")
    accept = str(request.get("accept", ""))
    if isinstance(result, ox.QueryTriples):
        media = negotiate(accept, GRAPH_TYPES)
        return Reply(200, media, ox.serialize(result, format=getattr(ox.RdfFormat, GRAPH_TYPES[media])) or b"")
    media = negotiate(accept, RESULT_TYPES)
    return Reply(200, media, result.serialize(format=getattr(ox.QueryResultsFormat, RESULT_TYPES[media])) or b"")


def _one_line(err: BaseException) -> str:
    return (str(err).strip().splitlines() or [type(err).__name__])[0]


# --- the worker (a child process) ----------------------------------------------------------------


def worker_main(location: str) -> None:
    """Child entry point: open the store, say ready, then answer requests until stdin closes."""
    _limit_memory()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the server's to handle; it stops us
    out, inp = sys.stdout.buffer, sys.stdin.buffer
    try:
        import pyoxigraph as ox

        store = ox.Store.read_only(location)
    except (OSError, ValueError) as err:
        _write(out, {"error": f"{location}: cannot open the store: {_one_line(err)}"}, b"")
        return
    from kg.sparql_guard import inspect_query
    from kg.union_graph import store_needs_union

    union = store_needs_union(Path(location))
    inspect_query("ASK {}")  # load the SPARQL parser now, not during the first query
    _write(out, {"ready": True}, b"")
    while True:
        size = inp.read(4)
        if len(size) < 4:
            return
        request = json.loads(inp.read(int.from_bytes(size, "big")))
        try:
            reply = execute(store, request, union)
        except MemoryError:
            _write(out, {"status": 503, "media_type": "text/plain; charset=utf-8", "exit": True},
                   b"query cancelled: it needed more memory than the endpoint allows\n")
            return
        except Exception as err:  # noqa: BLE001 - an engine failure answers 500, the worker goes on
            reply = Reply.text(500, f"query failed: {_one_line(err)}")
        _write(out, {"status": reply.status, "media_type": reply.media_type}, reply.body)


def _limit_memory() -> None:
    """In the worker: cap the address space so a runaway query fails instead of swapping."""
    with contextlib.suppress(ValueError, OSError, ImportError):
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (WORKER_MEMORY_BYTES, WORKER_MEMORY_BYTES))


def _write(out: BinaryIO, head: dict[str, Any], body: bytes) -> None:
    data = json.dumps(head).encode("utf-8")
    out.write(len(data).to_bytes(4, "big") + len(body).to_bytes(8, "big") + data + body)
    out.flush()


# --- the server side -------------------------------------------------------------------------------


class _Worker:
    """One worker process, seen from the server."""

    def __init__(self, location: str) -> None:
        root = str(Path(__file__).resolve().parent.parent)  # so the child imports this very package
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")]))}
        code = "import sys; from kg.serve_pool import worker_main; worker_main(sys.argv[1])"
        self.proc = subprocess.Popen([sys.executable, "-c", code, location], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)

    def wait_ready(self) -> None:
        """Return once the worker has opened the store; ValueError with its message otherwise."""
        try:
            head, _ = self._receive(time.monotonic() + START_S)
        except (TimeoutError, EOFError) as err:
            raise ValueError(f"query worker did not start ({type(err).__name__})") from None
        if "error" in head:
            raise ValueError(str(head["error"]))

    def ask(self, request: dict[str, Any], timeout_s: float) -> tuple[Reply, bool]:
        """The reply to ``request`` and whether the worker is still usable; TimeoutError, EOFError."""
        assert self.proc.stdin is not None
        data = json.dumps(request).encode("utf-8")
        self.proc.stdin.write(len(data).to_bytes(4, "big") + data)
        self.proc.stdin.flush()
        head, body = self._receive(time.monotonic() + timeout_s)
        return Reply(int(head["status"]), str(head["media_type"]), body), not head.get("exit")

    def _receive(self, deadline: float) -> tuple[dict[str, Any], bytes]:
        assert self.proc.stdout is not None
        fd = self.proc.stdout.fileno()
        sizes = _read_exact(fd, 12, deadline)
        head = json.loads(_read_exact(fd, int.from_bytes(sizes[:4], "big"), deadline))
        return head, _read_exact(fd, int.from_bytes(sizes[4:], "big"), deadline)

    def stop(self) -> None:
        with contextlib.suppress(OSError):
            self.proc.kill()
        self.proc.wait()
        for pipe in (self.proc.stdin, self.proc.stdout):
            with contextlib.suppress(OSError):
                if pipe is not None:
                    pipe.close()


def _read_exact(fd: int, size: int, deadline: float) -> bytes:
    """``size`` bytes from ``fd`` before ``deadline`` (TimeoutError), EOFError if the worker died."""
    chunks, left = [], size
    while left > 0:
        remaining = deadline - time.monotonic()
        if remaining <= 0 or not select.select([fd], [], [], remaining)[0]:
            raise TimeoutError
        chunk = os.read(fd, min(left, 1 << 20))
        if not chunk:
            raise EOFError
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


class WorkerPool:
    """``size`` workers over the store at ``location``; see the module docstring."""

    def __init__(self, location: str, size: int, timeout_s: float, wait_s: float) -> None:
        self.location, self.timeout_s, self.wait_s = location, timeout_s, wait_s
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        started = [self._new() for _ in range(size)]
        try:
            for worker in started:
                worker.wait_ready()
                self._idle.put(worker)
        except ValueError:
            self.close()
            raise

    def _new(self) -> _Worker:
        worker = _Worker(self.location)
        with self._lock:
            self._all.add(worker)
        return worker

    def _replace(self, worker: _Worker) -> None:
        """Stop ``worker``; start another in the background and add it once ready."""
        self._retire(worker)

        def start() -> None:
            if self._closed:
                return
            fresh = self._new()
            try:
                fresh.wait_ready()
            except ValueError:
                self._retire(fresh)
                return
            if self._closed:
                self._retire(fresh)
            else:
                self._idle.put(fresh)

        threading.Thread(target=start, name="kg-serve-worker-start", daemon=True).start()

    def _retire(self, worker: _Worker) -> None:
        worker.stop()
        with self._lock:
            self._all.discard(worker)

    def run(self, request: dict[str, Any]) -> Reply:
        """The reply to one query request (503 + Retry-After when no worker frees up in ``wait_s``)."""
        try:
            worker = self._idle.get(timeout=self.wait_s)
        except queue.Empty:
            return Reply.text(503, f"busy: every query worker stayed busy for {self.wait_s:g} s; try again",
                              (("Retry-After", "1"),))
        try:
            reply, usable = worker.ask(request, self.timeout_s)
        except TimeoutError:
            self._replace(worker)
            return Reply.text(503, f"query cancelled: it exceeded the {self.timeout_s:g} s timeout",
                              (("Retry-After", "1"),))
        except (EOFError, OSError, ValueError):
            self._replace(worker)
            return Reply.text(500, "query worker failed (it ran out of memory or crashed); try again")
        if usable:
            self._idle.put(worker)
        else:
            self._replace(worker)
        return reply

    def close(self) -> None:
        """Stop every worker."""
        self._closed = True
        with self._lock:
            workers = list(self._all)
            self._all.clear()
        for worker in workers:
            worker.stop()
