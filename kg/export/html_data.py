"""View graph → the JSON payload embedded in graph.html (styles, articles, nodes, edges).

Display strings (normalised money, place level, …) are computed here so the page's
script only has to put text into the DOM.

>>> money_facts({"value": 5000000000, "currency": "CNY", "approx": True, "bound": "lower"})[:2]
[['金额', '50 亿元'], ['折合', '5,000,000,000 元']]
"""

from __future__ import annotations

import math
from typing import Any

import networkx as nx

from kg.export.html_graph import article_key, graph_articles
from kg.export.html_layout import radial_layout
from kg.export.html_overview import overview
from kg.schema import LEVELS as SCHEMA_LEVELS
from kg.schema import NODE_TYPES, ORG_KINDS
from kg.schema import RELATIONS as SCHEMA_RELATIONS

LAYOUT_THRESHOLD = 800  # above this many nodes: Python layout, physics off
LABEL_MAX = 16

# type → (Chinese name, colour, vis shape, legend glyph), and relation → Chinese label: from kg.schema
STYLES: dict[str, tuple[str, str, str, str]] = {t.name: (t.zh, t.colour, t.shape, t.glyph) for t in NODE_TYPES.values()}
RELATIONS: dict[str, str] = {name: kind.zh for name, kind in SCHEMA_RELATIONS.items()}
LEVELS = {name: concept.zh for name, concept in SCHEMA_LEVELS.items()}
KINDS = {name: concept.zh for name, concept in ORG_KINDS.items()}
BOUNDS = {"lower": "下限（超/以上/逾）", "upper": "上限（近/不到）"}
CURRENCIES = {"CNY": ("亿元", "元"), "USD": ("亿美元", "美元")}


def fmt_number(value: Any) -> str:
    """Shortest readable form of a number: ``19.4``, ``154``, ``1,250,000`` stays plain.

    >>> fmt_number(154.0), fmt_number(19.4), fmt_number(806.7600000001)
    ('154', '19.4', '806.76')
    """
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        return str(value)
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.6f}".rstrip("0").rstrip(".")


def money_text(value: float, currency: str) -> tuple[str, str]:
    """(amount in 亿, amount in units) for a money value.

    >>> money_text(80676000000, "CNY")
    ('806.76 亿元', '80,676,000,000 元')
    """
    yi, unit = CURRENCIES.get(currency, (f"亿 {currency}", currency))
    units = f"{int(value):,}" if float(value).is_integer() else f"{value:,.2f}"
    return f"{fmt_number(value / 1e8)} {yi}", f"{units} {unit}"


def money_facts(attrs: dict) -> list[list[str]]:
    """Display rows of a Money node."""
    rows: list[list[str]] = []
    value, currency = attrs.get("value"), str(attrs.get("currency") or "CNY")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        rows += [["金额", money_text(value, currency)[0]], ["折合", money_text(value, currency)[1]]]
    rows.append(["币种", currency])
    rows.append(["约数", "是" if attrs.get("approx") else "否"])
    if attrs.get("bound") in BOUNDS:
        rows.append(["界限", BOUNDS[attrs["bound"]]])
    return rows


def node_facts(ntype: str, attrs: dict) -> list[list[str]]:
    """Display rows (label, value) of a node's normalised attributes."""
    if ntype == "Money":
        return money_facts(attrs)
    rows: list[list[str]] = []
    if ntype == "Place" and attrs.get("level"):
        rows.append(["级别", f"{LEVELS.get(attrs['level'], attrs['level'])}（{attrs['level']}）"])
    if attrs.get("code"):
        rows.append(["区划代码", str(attrs["code"])])
    if attrs.get("parent"):
        rows.append(["上级", str(attrs["parent"])])
    if ntype == "Organization" and attrs.get("kind"):
        rows.append(["类别", f"{KINDS.get(attrs['kind'], attrs['kind'])}（{attrs['kind']}）"])
    if ntype == "Article":
        rows += [["来源文件", str(attrs.get("source", ""))], ["文内序号", str(attrs.get("index", ""))]]
    return rows


def _evidence(ev: dict, art_index: dict[str, int]) -> dict:
    key = article_key(str(ev.get("source", "")), ev.get("article", 0))
    out = {k: ev.get(k) for k in ("sentence", "source", "start", "end", "rule", "confidence")}
    out["a"] = art_index.get(key, -1)
    return out


def _observation(obs: dict, art_index: dict[str, int]) -> dict:
    value, unit = obs.get("value"), str(obs.get("unit") or "")
    text = f"{fmt_number(value)} {unit}".strip()
    if unit in CURRENCIES and isinstance(value, (int, float)) and not isinstance(value, bool):
        text = f"{money_text(value, unit)[0]}（{money_text(value, unit)[1]}）"
    return {"indicator": str(obs.get("indicator") or ""), "measure": str(obs.get("measure") or ""),
            "value": text, "period": str(obs.get("period") or ""),
            "ev": _evidence(obs.get("evidence") or {}, art_index)}


def _label(name: str) -> str:
    return name if len(name) <= LABEL_MAX else name[: LABEL_MAX - 1] + "…"


def _size(ntype: str, degree: int) -> float:
    if ntype in ("Status", "Position"):
        return 7.0
    return round(10 + min(4 * math.sqrt(degree), 22), 1)


def _node(i: int, nid: str, data: dict, g: nx.MultiDiGraph, art_index: dict[str, int]) -> dict:
    return {"id": i, "type": data["type"], "name": data["name"], "label": _label(data["name"]),
            "aliases": data["aliases"], "articles": [art_index[a] for a in data["articles"] if a in art_index],
            "facts": node_facts(data["type"], data["attrs"]), "size": _size(data["type"], g.degree(nid)),
            "obs": [_observation(o, art_index) for o in data["observations"]],
            **({"obsn": data["obs_total"]} if data.get("obs_total", 0) > len(data["observations"]) else {})}


def _article_table(g: nx.MultiDiGraph) -> list[dict]:
    used = {a for _, arts in g.nodes(data="articles") for a in arts}
    table = [dict(info, key=k) for k, info in graph_articles(g).items() if k in used]
    return sorted(table, key=lambda a: (a["source"], a["index"]))


def _legend(g: nx.MultiDiGraph) -> tuple[list[dict], list[dict]]:
    counts: dict[str, int] = {}
    for _, t in g.nodes(data="type"):
        counts[t] = counts.get(t, 0) + 1
    types = [{"type": t, "zh": zh, "color": c, "shape": s, "glyph": gl, "count": counts.get(t, 0)}
             for t, (zh, c, s, gl) in STYLES.items()]
    rels: dict[str, int] = {}
    for _, _, r in g.edges(data="rel"):
        rels[r] = rels.get(r, 0) + 1
    order = list(RELATIONS) + sorted(set(rels) - set(RELATIONS))
    return types, [{"rel": r, "zh": RELATIONS.get(r, r), "count": rels[r]} for r in order if r in rels]


def build_payload(g: nx.MultiDiGraph, *, title: str) -> dict:
    """Everything the page needs, as plain JSON-able data with integer ids; a large graph (frozen
    layout) also gets an ``overview`` (see :mod:`kg.export.html_overview`)."""
    articles = _article_table(g)
    art_index = {a["key"]: i for i, a in enumerate(articles)}
    ids = {nid: i for i, nid in enumerate(sorted(g.nodes))}
    nodes = [_node(ids[n], n, g.nodes[n], g, art_index) for n in sorted(g.nodes)]
    frozen = len(nodes) > LAYOUT_THRESHOLD
    if frozen:
        for nid, (x, y) in radial_layout(g).items():
            nodes[ids[nid]].update(x=x, y=y)
    edges = [{"id": i, "from": ids[u], "to": ids[v], "rel": k,
              "articles": [art_index[a] for a in d["articles"] if a in art_index],
              "ev": [_evidence(e, art_index) for e in d["evidence"]],
              **({"evn": d["total"]} if d.get("total", 0) > len(d["evidence"]) else {})}
             for i, (u, v, k, d) in enumerate(sorted(g.edges(keys=True, data=True), key=lambda e: e[:3]))]
    types, rels = _legend(g)
    payload = {"title": title, "types": types, "rels": rels, "frozen": frozen,
               "articles": [{k: a[k] for k in ("title", "source", "index", "year")} for a in articles],
               "nodes": nodes, "edges": edges}
    if frozen:  # too many nodes to read at once: open on the most mentioned of each type
        payload["overview"] = overview(g, ids)
    return payload
