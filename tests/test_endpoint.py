"""The endpoint under hostile or heavy use: strict Content-Length, idle connections dropped, a bounded
worker pool answering 503 + Retry-After when saturated, escaped log, one-line option errors, a ready
line and /health, temporary stores removed (also after kill -9), and a bounded loopback load test."""

from __future__ import annotations

import http.client
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.serve import OWNER, TEMP_PREFIX, ServeError, Server, remove_stale_stores, start_server

ROOT = str(Path(__file__).resolve().parent.parent)
HEAVY = "SELECT * WHERE { ?s ?p ?o . ?s2 ?p2 ?o2 . ?s3 ?p3 ?o3 } ORDER BY ?o3"


@pytest.fixture(scope="module")
def graph(query_fixture_exports: Path) -> Path:
    return query_fixture_exports / "graph.nq"


@pytest.fixture(scope="module")
def server(graph: Path) -> Iterator[Server]:
    with start_server(graph, port=0, timeout_s=5, idle_s=1.0) as running:
        yield running


def raw(server: Server, data: bytes, wait_s: float = 10) -> bytes:
    """Send ``data`` on a fresh connection; everything the server answers before it closes."""
    with socket.create_connection((server.host, server.port), timeout=wait_s) as sock:
        sock.sendall(data)
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


def status_of(reply: bytes) -> int:
    return int(reply.split(b" ", 2)[1]) if reply.startswith(b"HTTP/") else 0


def get(server: Server, query: str) -> tuple[int, dict[str, str], bytes]:
    conn = http.client.HTTPConnection(server.host, server.port, timeout=30)
    try:
        conn.request("GET", "/query?" + urllib.parse.urlencode({"query": query}))
        response = conn.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        conn.close()


@pytest.mark.parametrize(("length", "expected"), [
    (None, 400), ("-1", 400), ("abc", 400), ("1e3", 400), (" ", 400), (str(2 << 20), 413),
])
def test_content_length_is_strict(server: Server, length: str | None, expected: int) -> None:
    head = b"POST /query HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
    if length is not None:
        head += f"Content-Length: {length}\r\n".encode()
    reply = raw(server, head + b"\r\nASK { ?s ?p ?o }")
    assert status_of(reply) == expected
    assert b"Traceback" not in reply


def test_an_exact_content_length_is_answered(server: Server) -> None:
    body = b"ASK { ?s ?p ?o }"
    head = (b"POST /query HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/sparql-query\r\n"
            + f"Content-Length: {len(body)}\r\n\r\n".encode())
    reply = raw(server, head + body)
    assert status_of(reply) == 200 and b'"boolean":true' in reply


def test_idle_connections_are_dropped(server: Server) -> None:
    socks = [socket.create_connection((server.host, server.port), timeout=10) for _ in range(50)]
    try:
        started = time.monotonic()
        for sock in socks:
            assert sock.recv(1024) == b""  # closed by the server, not by our timeout
        assert time.monotonic() - started < 8
    finally:
        for sock in socks:
            sock.close()
    assert get(server, "ASK { ?s ?p ?o }")[0] == 200


def test_connections_beyond_the_cap_are_closed_at_once(graph: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import kg.serve

    monkeypatch.setattr(kg.serve, "MAX_CONNECTIONS", 4)
    with start_server(graph, port=0, workers=1, idle_s=20) as capped:
        held = [socket.create_connection((capped.host, capped.port), timeout=10) for _ in range(4)]
        try:
            time.sleep(0.3)
            started = time.monotonic()
            with socket.create_connection((capped.host, capped.port), timeout=10) as extra:
                assert extra.recv(1024) == b""  # closed by the server, long before the idle timeout
            assert time.monotonic() - started < 5
        finally:
            for sock in held:
                sock.close()
        time.sleep(0.3)
        assert get(capped, "ASK { ?s ?p ?o }")[0] == 200  # freed slots serve again


def test_health_and_a_query_on_the_pool(server: Server) -> None:
    assert status_of(raw(server, b"GET /health HTTP/1.0\r\n\r\n")) == 200
    assert get(server, "ASK { ?s ?p ?o }")[0] == 200


def test_heavy_queries_do_not_starve_light_ones_and_a_full_pool_says_retry(graph: Path) -> None:
    with start_server(graph, port=0, timeout_s=3, workers=3, wait_s=0.3) as busy:
        heavy = [threading.Thread(target=get, args=(busy, HEAVY)) for _ in range(3)]
        for thread in heavy[:2]:
            thread.start()
        time.sleep(0.5)
        started = time.monotonic()
        assert get(busy, "ASK { ?s ?p ?o }")[0] == 200  # two heavy queries running: the third worker answers
        assert time.monotonic() - started < 2
        heavy[2].start()
        time.sleep(0.5)
        status, headers, _ = get(busy, "ASK { ?s ?p ?o }")  # every worker busy: told when to come back
        for thread in heavy:
            thread.join(timeout=30)
        assert status == 503 and headers.get("Retry-After") == "1"
        deadline = time.monotonic() + 30
        while get(busy, "ASK { ?s ?p ?o }")[0] != 200:  # the cut workers are replaced (a new process starts)
            assert time.monotonic() < deadline
            time.sleep(0.2)


def test_control_characters_are_escaped_in_the_log(server: Server, capfd: pytest.CaptureFixture[str]) -> None:
    raw(server, b"GET /x\x1b[31m\x07 HTTP/1.0\r\n\r\n")
    time.sleep(0.2)
    err = capfd.readouterr().err
    assert "\x1b" not in err and "\x07" not in err
    assert "\\x1b[31m\\x07" in err


@pytest.mark.parametrize(("args", "message"), [
    (["--port", "99999"], "port must be between 0 and 65535, got 99999"),
    (["--port", "-5"], "port must be between 0 and 65535"),
    (["--timeout", "0"], "query timeout must be positive"),
    (["--workers", "0"], "workers must be between 1 and 256"),
])
def test_bad_options_are_one_line(graph: Path, args: list[str], message: str) -> None:
    result = CliRunner().invoke(app, ["serve", str(graph), *args])
    assert result.exit_code == 1
    assert result.output.count("\n") == 1 and message in result.output


def test_bad_options_fail_before_loading(tmp_path: Path) -> None:
    with pytest.raises(ServeError, match="port must be"), start_server(tmp_path / "missing.nq", port=70000):
        pass


def _worker_pids(location: str) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if location.encode() in (entry / "cmdline").read_bytes():
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc to find the workers")
def test_ready_line_then_kill_9_leaves_no_worker_and_the_store_goes_next_start(graph: Path, tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": ROOT, "TMPDIR": str(tmp_path)}
    code = f"from kg.serve import serve; serve({str(graph)!r}, port=0, timeout_s=5, workers=2)"
    proc = subprocess.Popen([sys.executable, "-c", code], env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline().decode()
        assert line.startswith("ready on http://127.0.0.1:")
        port = int(line.rsplit(":", 1)[1])
        assert status_of(raw(Server("127.0.0.1", port), b"GET /health HTTP/1.0\r\n\r\n")) == 200
        (folder,) = [p for p in tmp_path.glob(f"{TEMP_PREFIX}*") if (p / OWNER).read_text() == str(proc.pid)]
        assert len(_worker_pids(str(folder))) == 2
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=10)
        if proc.stdout:
            proc.stdout.close()
    deadline = time.monotonic() + 10
    while _worker_pids(str(folder)) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _worker_pids(str(folder)) == []
    assert folder.is_dir()  # kill -9 gives no chance to clean up…
    (tmp_path / f"{TEMP_PREFIX}other").mkdir()  # …and a folder without an owner file is not ours to remove
    assert remove_stale_stores(tmp_path) == [folder]
    assert not folder.exists() and (tmp_path / f"{TEMP_PREFIX}other").is_dir()


def test_a_clean_stop_removes_its_temporary_store(graph: Path) -> None:
    before = set(Path(tempfile.gettempdir()).glob(f"{TEMP_PREFIX}*"))
    with start_server(graph, port=0, workers=1) as running:
        made = [p for p in set(Path(tempfile.gettempdir()).glob(f"{TEMP_PREFIX}*")) - before
                if (p / OWNER).read_text() == str(os.getpid())]
        assert len(made) == 1 and get(running, "ASK { ?s ?p ?o }")[0] == 200
    assert not made[0].exists()


def test_load_20_clients_by_100_queries(server: Server) -> None:
    """Bounded loopback load: 2,000 small queries from 20 clients, at least 99 % answered 200."""
    answered = []
    lock = threading.Lock()

    def client(n: int) -> None:
        ok = 0
        for i in range(100):
            try:
                ok += get(server, f"SELECT ?s WHERE {{ ?s ?p ?o }} LIMIT {1 + (n * 100 + i) % 7}")[0] == 200
            except OSError:
                pass
        with lock:
            answered.append(ok)

    started = time.monotonic()
    threads = [threading.Thread(target=client, args=(n,)) for n in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert len(answered) == 20
    assert sum(answered) >= 1980
    assert time.monotonic() - started < 30
