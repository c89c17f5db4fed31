"""graph.html in a real headless Chromium, offline, driven over the DevTools pipe (stdlib only).

Needs Debian's ``chromium`` (and ``fonts-noto-cjk`` for readable labels); skipped otherwise.
Run as a script to refresh a README screenshot (1,600 × 1,000):

    .venv/bin/python tests/test_browser.py FACTS_DIR docs/screenshot.png
"""

from __future__ import annotations

import base64
import contextlib
import fcntl
import json
import os
import queue
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg.export.html import write_view

CHROMIUM = os.environ.get("KG_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-extensions", "--disable-dev-shm-usage", "--window-size=1400,900",
         "--remote-debugging-pipe"]
XSS_NAME = "<script>window.__xss=1;alert(1)</script>"
XSS_SENTENCE = '</script><script>document.title="pwned";window.__xss=2</script><img src=x onerror="window.__xss=3">'


def _high_fd(fd: int) -> int:
    high = fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, 10)
    os.close(fd)
    return high


class Chrome:
    """A headless Chromium speaking the DevTools protocol on fds 3/4 (NUL-separated JSON)."""

    def __init__(self, profile: Path) -> None:
        cmd_r, cmd_w = os.pipe()
        out_r, out_w = os.pipe()
        # the child's ends move above 9 so that dup2 onto 3/4 never aliases them
        cmd_r, out_w = _high_fd(cmd_r), _high_fd(out_w)
        # a tiny Python trampoline puts the child's ends on fds 3 (commands in) and 4 (replies out)
        hop = ("import os,sys; a,b=int(sys.argv[1]),int(sys.argv[2]); os.dup2(a,3); os.dup2(b,4); "
               "os.close(a); os.close(b); os.execv(sys.argv[3],sys.argv[3:])")
        args = [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", "about:blank"]
        self.proc = subprocess.Popen([sys.executable, "-c", hop, str(cmd_r), str(out_w), *args],
                                     pass_fds=(cmd_r, out_w), stdin=subprocess.DEVNULL,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(cmd_r)
        os.close(out_w)
        self.out = os.fdopen(cmd_w, "wb")
        self.inbox: queue.Queue[dict] = queue.Queue()
        self.events: list[dict] = []
        self.next_id = 0
        threading.Thread(target=self._read, args=(out_r,), daemon=True).start()

    def _read(self, fd: int) -> None:
        buf = b""
        with os.fdopen(fd, "rb") as pipe:
            while chunk := pipe.read1(1 << 16):
                buf += chunk
                *messages, buf = buf.split(b"\0")
                for raw in messages:
                    self.inbox.put(json.loads(raw))

    def call(self, method: str, params: dict | None = None, session: str | None = None,
             timeout: float = 30) -> dict:
        self.next_id += 1
        msg: dict[str, Any] = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = session
        self.out.write(json.dumps(msg).encode() + b"\0")
        self.out.flush()
        deadline = time.monotonic() + timeout
        while True:
            reply = self.inbox.get(timeout=max(0.01, deadline - time.monotonic()))
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self._event(reply)

    def _event(self, event: dict) -> None:
        self.events.append(event)
        if event.get("method") == "Page.javascriptDialogOpening":  # an alert() would block the page
            threading.Thread(target=self.call, args=("Page.handleJavaScriptDialog", {"accept": True},
                                                     event.get("sessionId")), daemon=True).start()

    def drain(self, seconds: float) -> None:
        end = time.monotonic() + seconds
        while (left := end - time.monotonic()) > 0:
            try:
                self._event(self.inbox.get(timeout=left))
            except queue.Empty:
                return

    def close(self) -> None:
        with contextlib.suppress(Exception):  # the browser may already be gone
            self.call("Browser.close", timeout=5)
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


class Page:
    """One tab: open a file, wait for the view to be ready, evaluate, screenshot."""

    def __init__(self, chrome: Chrome, width: int = 1600, height: int = 1000) -> None:
        self.chrome = chrome
        target = chrome.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = chrome.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Runtime", "Log", "Page", "Network"):
            self.call(f"{domain}.enable")
        self.call("Emulation.setDeviceMetricsOverride",
                  {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})

    def call(self, method: str, params: dict | None = None, timeout: float = 30) -> dict:
        return self.chrome.call(method, params, self.session, timeout)

    def eval(self, expression: str) -> Any:
        result = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True})
        if "exceptionDetails" in result:
            raise AssertionError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def open(self, path: Path, timeout: float = 120) -> float:
        start = time.monotonic()
        self.call("Page.navigate", {"url": path.resolve().as_uri()})
        while time.monotonic() - start < timeout:
            self.chrome.drain(0.2)
            if self.eval("document.body && document.body.getAttribute('data-kg-ready')") == "1":
                self.chrome.drain(0.5)
                return time.monotonic() - start
        raise AssertionError(f"{path.name}: view not ready after {timeout}s; errors: {self.errors()}")

    def screenshot(self, out: Path) -> None:
        data = self.call("Page.captureScreenshot", {"format": "png"})["data"]
        out.write_bytes(base64.b64decode(data))

    def _mine(self) -> list[dict]:
        return [e for e in self.chrome.events if e.get("sessionId") == self.session]

    def errors(self) -> list[str]:
        found = []
        for e in self._mine():
            method, p = e.get("method"), e.get("params", {})
            if method == "Runtime.exceptionThrown":
                details = p["exceptionDetails"]
                found.append(f"{details.get('exception', {}).get('description', details.get('text'))} "
                             f"at line {details.get('lineNumber')}")
            elif method == "Runtime.consoleAPICalled" and p.get("type") in ("error", "warning", "assert"):
                found.append(json.dumps(p.get("args"), ensure_ascii=False)[:500])
            elif method == "Log.entryAdded" and p["entry"].get("level") in ("error", "warning"):
                found.append(p["entry"].get("text", "")[:500])
        return found

    def requests(self) -> list[str]:
        return [e["params"]["request"]["url"] for e in self._mine() if e.get("method") == "Network.requestWillBeSent"]

    def dialogs(self) -> list[str]:
        return [e["params"].get("message", "") for e in self._mine()
                if e.get("method") == "Page.javascriptDialogOpening"]


def _doc(source: str, articles: list[dict]) -> dict:
    return {"source": source, "articles": articles}


def xss_docs() -> list[dict]:
    """A small facts set whose names and sentences try to break out of the page."""
    ev = {"source": "x.txt", "article": 0, "sentence": XSS_SENTENCE, "start": 3, "end": 40,
          "rule": "javascript:alert(1)", "confidence": 0.5}
    ents = [{"name": XSS_NAME, "type": "Place", "level": "county", "aliases": ['"javascript:alert(1)"', "&amp;"]},
            {"name": "新余市", "type": "Place", "level": "prefecture", "code": "360500000000"},
            {"name": "超50亿元", "type": "Money", "value": 5000000000, "currency": "CNY", "approx": True,
             "bound": "lower"},
            {"name": "钱金林", "type": "Person"}]
    rels = [{"head": XSS_NAME, "rel": "partOf", "tail": "新余市", "evidence": ev},
            {"head": "新余市", "rel": "invests", "tail": "超50亿元", "evidence": ev},
            {"head": "钱金林", "rel": "authorOf", "tail": "ARTICLE", "evidence": ev}]
    obs = [{"subject": XSS_NAME, "indicator": "<b>GDP</b>", "measure": "同比增长", "value": 5.2, "unit": "%",
            "period": "2024", "evidence": ev}]
    return [_doc("x.txt", [{"index": 0, "title": "</title><script>window.__xss=4</script>", "entities": ents,
                            "relations": rels, "observations": obs}])]


def synthetic_docs(n_articles: int, per_article: int) -> list[dict]:
    """Deterministic facts of a given size (places in chains, projects launched by them)."""
    arts = []
    for a in range(n_articles):
        ents = [{"name": f"县{a}-{i}", "type": "Place", "level": "county"} for i in range(per_article)]
        ents += [{"name": f"项目{a}-{i}", "type": "Project"} for i in range(per_article)]
        ev = {"source": "s.txt", "article": a, "sentence": f"第{a}篇。", "start": 0, "end": 4}
        rels = [{"head": f"县{a}-{i}", "rel": "launches", "tail": f"项目{a}-{i}", "evidence": ev}
                for i in range(per_article)]
        rels += [{"head": f"县{a}-{i}", "rel": "partOf", "tail": f"县{a}-0", "evidence": ev}
                 for i in range(1, per_article)]
        arts.append({"index": a, "title": f"文章{a}", "entities": ents, "relations": rels})
    return [_doc("s.txt", arts)]


needs_chromium = pytest.mark.skipif(not Path(CHROMIUM).exists(),
                                    reason=f"{CHROMIUM} not installed (apt-get install chromium fonts-noto-cjk)")


@pytest.fixture(scope="module")
def chrome(tmp_path_factory: pytest.TempPathFactory):
    browser = Chrome(tmp_path_factory.mktemp("profile"))
    yield browser
    browser.close()


def _offline_checks(page: Page) -> None:
    assert page.errors() == []
    assert [u for u in page.requests() if not u.startswith(("file:", "data:", "about:"))] == []


@needs_chromium
def test_xss_fixture_renders_escaped_and_never_executes(chrome: Chrome, tmp_path: Path) -> None:
    out = tmp_path / "graph.html"
    write_view(xss_docs(), out, title="XSS <check>")
    page = Page(chrome)
    page.open(out)
    _offline_checks(page)
    assert page.dialogs() == []
    assert page.eval("typeof window.__xss") == "undefined"
    assert page.eval("document.title") == "XSS <check>"
    assert page.eval("document.querySelectorAll('script').length") == 3  # data, vis, app: nothing injected
    # search by alias → node selected, panel shows the hostile strings as text
    page.eval("const s=document.getElementById('kg-search'); s.value='&amp;';"
              "s.dispatchEvent(new Event('change'))")
    panel = page.eval("document.getElementById('kg-panel').textContent")
    assert XSS_NAME in panel and XSS_SENTENCE in panel and "<b>GDP</b>" in panel
    assert page.eval("document.querySelectorAll('#kg-panel script, #kg-panel img, #kg-panel b').length") == 0
    assert page.eval("typeof window.__xss") == "undefined"
    # the node panel links to the edge's evidence: sentence, file and offsets, still as text
    page.eval("[...document.querySelectorAll('#kg-panel button.link')].find(b => b.textContent === '证据').click()")
    panel = page.eval("document.getElementById('kg-panel').textContent")
    assert "partOf（隶属）" in panel and XSS_SENTENCE in panel and "x.txt [3–40)" in panel
    assert page.eval("document.querySelectorAll('#kg-panel script, #kg-panel img').length") == 0
    assert page.errors() == [] and page.eval("typeof window.__xss") == "undefined"


@needs_chromium
def test_view_renders_canvas_legend_and_filters(chrome: Chrome, tmp_path: Path) -> None:
    out = tmp_path / "graph.html"
    counts = write_view(synthetic_docs(6, 8), out)
    page = Page(chrome)
    page.open(out)
    _offline_checks(page)
    assert page.eval("document.querySelectorAll('#kg-network canvas').length") == 1
    assert page.eval("[...document.querySelectorAll('#kg-types label')].map(l => l.textContent)")[:2] == [
        "●地点 Place48", "■机构 Organization0"]
    stats = page.eval("document.getElementById('kg-stats').textContent")
    assert stats == f"显示 {counts['nodes']} / {counts['nodes']} 个节点，{counts['edges']} / {counts['edges']} 条边"
    # the canvas has drawn something: many non-background pixels
    painted = page.eval("""(() => { const c = document.querySelector('#kg-network canvas');
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let n = 0;
        for (let i = 0; i < d.length; i += 4) if (d[i+3] > 0 && (d[i] < 200 || d[i+1] < 200)) n++; return n; })()""")
    assert painted > 2000
    page.eval("const a=document.getElementById('kg-article'); a.value='0'; a.dispatchEvent(new Event('change'))")
    assert page.eval("document.getElementById('kg-stats').textContent").startswith("显示 16 / 96 个节点，15 / ")
    page.screenshot(tmp_path / "shot.png")
    assert (tmp_path / "shot.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


@needs_chromium
def test_large_graph_uses_python_layout_and_loads(chrome: Chrome, tmp_path: Path) -> None:
    out = tmp_path / "big.html"
    counts = write_view(synthetic_docs(60, 8), out)
    assert counts["nodes"] > 800
    page = Page(chrome)
    seconds = page.open(out)
    _offline_checks(page)
    assert seconds < 30
    assert page.eval("JSON.parse(document.getElementById('kg-data').textContent).frozen") is True


@needs_chromium
def test_labels_of_the_best_connected_nodes_are_readable_at_first_load(chrome: Chrome, tmp_path: Path) -> None:
    out = tmp_path / "graph.html"
    write_view(synthetic_docs(6, 8), out)
    page = Page(chrome)
    page.open(out)
    sizes = page.eval("""(() => { const v = window.kgView; const s = v.network.getScale();
        return v.nodes.get().filter(n => n.font && n.font.size).map(n => [n.label, n.font.size * s]); })()""")
    hubs = [px for label, px in sizes if label.startswith("县") and label.endswith("-0")]  # 县N-0: the six best-connected places
    assert len(hubs) == 6 and min(hubs) >= 14  # on-screen pixels, whatever the zoom after fitting
    page.eval("window.kgView.network.moveTo({scale: 3})")
    chrome.drain(0.3)
    # zoomed in, the hub's label is back to its normal size (not blown up)
    assert page.eval("window.kgView.nodes.get().find(n => n.label === '县0-0').font.size") == 14


@needs_chromium
@pytest.mark.parametrize(("connected", "isolated", "hidden"), [(6, 250, True), (6, 100, False), (1, 300, False)])
def test_a_big_view_starts_without_isolated_nodes(chrome: Chrome, tmp_path: Path, connected: int, isolated: int,
                                                  hidden: bool) -> None:
    docs = synthetic_docs(connected, 8)
    docs[0]["articles"][0]["entities"] += [{"name": f"孤{i}", "type": "Organization"} for i in range(isolated)]
    out = tmp_path / "graph.html"
    counts = write_view(docs, out)
    page = Page(chrome)
    page.open(out)
    assert page.eval("document.getElementById('kg-isolated').checked") is hidden
    shown = counts["nodes"] - isolated if hidden else counts["nodes"]
    assert page.eval("document.getElementById('kg-stats').textContent").startswith(f"显示 {shown} / {counts['nodes']} ")


@needs_chromium
def test_evidence_click_selects_and_centres_its_edge(chrome: Chrome, tmp_path: Path) -> None:
    out = tmp_path / "graph.html"
    write_view(synthetic_docs(6, 8), out)
    page = Page(chrome)
    page.open(out)
    page.eval("const s=document.getElementById('kg-search'); s.value='县3-0'; s.dispatchEvent(new Event('change'))")
    page.eval("window.kgView.network.moveTo({position: {x: 5000, y: 5000}, scale: 0.2})")  # look elsewhere
    page.eval("[...document.querySelectorAll('#kg-panel button.link')].filter(b => b.textContent === '证据')[2].click()")
    edge, selected, offset = page.eval("""(() => { const n = window.kgView.network;
        const id = Number(document.body.dataset.kgEdge); const e = window.kgView.edges.get(id);
        const p = n.getPositions([e.from, e.to]); const v = n.getViewPosition();
        return [id, n.getSelectedEdges(), Math.hypot((p[e.from].x + p[e.to].x) / 2 - v.x,
                                                     (p[e.from].y + p[e.to].y) / 2 - v.y)]; })()""")
    assert selected == [edge] and offset < 1
    assert page.eval("window.kgView.network.getScale()") >= 1
    assert "证据句" in page.eval("document.getElementById('kg-panel').textContent")


@needs_chromium
def test_large_view_opens_on_a_readable_overview_and_shows_the_rest_on_click(chrome: Chrome, tmp_path: Path) -> None:
    out = tmp_path / "big.html"
    counts = write_view(synthetic_docs(60, 8), out)
    page = Page(chrome)
    page.open(out)
    _offline_checks(page)
    stats = page.eval("document.getElementById('kg-stats').textContent")
    assert stats.startswith(f"显示 24 / {counts['nodes']} 个节点")  # 12 places and 12 projects
    titles = page.eval("window.kgView.nodes.get().filter(n => typeof n.id === 'string').map(n => n.label)")
    assert titles == ["地点 Place（前 12 / 共 480）▸", "项目 Project（前 12 / 共 480）▸"]
    assert page.eval("window.kgView.network.getScale()") > 0.6  # boxes of 15 px text stay readable
    page.eval("[...document.querySelectorAll('#kg-hood button.link')].find(b => b.textContent === '显示全部').click()")
    assert page.eval("document.getElementById('kg-stats').textContent").startswith(f"显示 {counts['nodes']} / ")
    assert page.eval("window.kgView.nodes.get().filter(n => typeof n.id === 'string').length") == 0


@needs_chromium
def test_focused_view_says_what_it_is_focused_on(chrome: Chrome, tmp_path: Path) -> None:
    out = tmp_path / "focus.html"
    write_view(synthetic_docs(6, 8), out, focus="县2-0", hops=1)
    page = Page(chrome)
    page.open(out)
    assert page.eval("document.title") == page.eval("document.getElementById('kg-title').textContent") \
        == "县2-0 · 1 跳邻域 — govnews-kg"
    assert page.eval("document.querySelector('#kg-panel h2.name').textContent") == "县2-0"


def main(facts_dir: str, png: str) -> None:
    docs = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(Path(facts_dir).glob("*.json"))]
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "graph.html"
        print(write_view(docs, out))
        chrome = Chrome(Path(tmp) / "profile")
        try:
            page = Page(chrome)
            print(f"ready in {page.open(out):.1f}s; errors: {page.errors()}")
            page.eval(sys.argv[3] if len(sys.argv) > 3 else "0")
            chrome.drain(1.0)
            page.screenshot(Path(png))
        finally:
            chrome.close()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
