"""The offline interactive HTML view of the knowledge graph (``graph.html``).

One self-contained file: vis-network (inlined from pyvis's bundled copy), our CSS
and script, and the data as JSON in ``<script type="application/json">``. No URL
is loaded; a Content-Security-Policy forbids any request.

>>> script_json({"name": "</script><b>&"})
'{"name":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
"""

from __future__ import annotations

import functools
import html
import json
import re
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import Any

from kg.export.html_data import build_payload
from kg.export.html_graph import EVIDENCE_LIMIT, build_view_graph, most_mentioned
from kg.io import atomic_write_text

__all__ = ["VIEW_LIMIT", "build_view_graph", "render_view", "script_json", "write_view"]

DEFAULT_TITLE = "govnews-kg"
VIEW_LIMIT = 2000  # entities a build's view shows at most (the most mentioned); see html_graph's other limits

VIS_JS = ("lib", "vis-9.1.2", "vis-network.min.js")
_JSON_ESCAPES = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026",
                 0x2028: "\\u2028", 0x2029: "\\u2029"}


def script_json(data: Any) -> str:
    """Compact, sorted JSON safe to place inside a ``<script>`` element."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False)
    return text.translate(_JSON_ESCAPES)


def _check_inline_script(name: str, text: str) -> str:
    """Refuse script text that could end its ``<script>`` element early."""
    if re.search(r"</script|<!--", text, re.IGNORECASE):
        raise RuntimeError(f"{name}: contains '</script' or '<!--'; cannot be inlined safely")
    return text


@functools.cache
def _asset(name: str) -> str:
    return resources.files("kg.export").joinpath("assets", name).read_text(encoding="utf-8")


@functools.lru_cache(maxsize=1)
def _vis_js() -> str:
    try:
        path = resources.files("pyvis").joinpath(*VIS_JS)
        text = path.read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError) as exc:
        raise RuntimeError(f"pyvis's bundled {'/'.join(VIS_JS)} not found; reinstall pyvis>=0.3.2") from exc
    return _check_inline_script("vis-network.min.js", text)


def render_view(payload: dict, *, title: str) -> str:
    """Fill the page template (one pass, so inserted text is never re-scanned)."""
    parts = {
        "TITLE": html.escape(title),
        "CSS": _asset("view.css"),
        "DATA": script_json(payload),
        "VIS": _vis_js(),
        "APP": _check_inline_script("view.js", _asset("view.js")),
    }
    return re.sub(r"\{\{(TITLE|CSS|DATA|VIS|APP)\}\}", lambda m: parts[m[1]], _asset("view.html"))


def focus_title(focus: str, hops: int) -> str:
    """The title of a focused view.

    >>> focus_title("新余市", 2)
    '新余市 · 2 跳邻域 — govnews-kg'
    """
    return f"{focus} · {hops} 跳邻域 — {DEFAULT_TITLE}"


def write_view(docs: Iterable[dict], out: Path, *, focus: str | None = None, hops: int = 2,
               types: list[str] | None = None, title: str = DEFAULT_TITLE, limit: int = VIEW_LIMIT) -> dict:
    """Write the self-contained HTML view of ``docs`` to ``out``; return its node and edge counts.

    A browser cannot lay out a whole large corpus: without ``focus``, when the facts name more
    than ``limit`` entities, the view keeps the ``limit`` named in most articles and says so.
    A focused view is titled with its focus (unless ``title`` is given) and opens on it.
    ``docs`` is read twice then (a :class:`kg.factsfiles.FactsFiles` loads one file at a time).
    """
    keep, total = (None, 0) if focus is not None else most_mentioned(docs, limit)
    g = build_view_graph(docs, focus=focus, hops=hops, types=types, keep=keep)
    if focus is not None and title == DEFAULT_TITLE:
        title = focus_title(focus, hops)
    payload = build_payload(g, title=title)
    if focus is not None:
        payload["focus"] = focus
    if keep is not None:
        payload["note"] = (f"只显示被最多文章提及的 {len(keep):,} 个实体（共 {total:,} 个）及其间最常见的关系，"
                           f"每条关系至多 {EVIDENCE_LIMIT} 个证据句；用 kg view --focus 名称 查看其他实体。")
    atomic_write_text(Path(out), render_view(payload, title=title))
    return {"nodes": g.number_of_nodes(), "edges": g.number_of_edges()}
