"""The overview of a large view: the most mentioned entities of each type, grouped, at readable positions.

A browser cannot show thousands of labels at once. The first screen of a large build shows, for each
entity type, the ``per_type`` entities named in most articles (ties: more relations, then name) as
labelled boxes in one block per type; a click on a block's title or "显示全部" shows the rest. Positions
are in pixels for a canvas of about 1,000 × 1,000, so labels are readable at the initial zoom.

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_node("Place:新余市", type="Place", name="新余市", articles=["a#0", "a#1"])
>>> g.add_node("Place:分宜县", type="Place", name="分宜县", articles=["a#0"])
>>> ov = overview(g, {"Place:新余市": 0, "Place:分宜县": 1})
>>> [row[0] for row in ov["nodes"]], ov["groups"][0]["type"], ov["groups"][0]["total"]
([0, 1], 'Place', 2)
"""

from __future__ import annotations

from typing import Any

import networkx as nx

# the types an overview shows, in reading order (amounts, articles and statuses are one click away)
OVERVIEW_TYPES = ("Place", "Organization", "Project", "Person", "Industry", "Initiative")
PER_TYPE = 12
COLUMNS = 2  # blocks per row
BLOCK_W, BLOCK_H = 470.0, 300.0  # one type's block
SUB_COLUMNS, ROW_H, TITLE_H = 2, 38.0, 44.0  # entities inside a block


def ranked(g: nx.MultiDiGraph, etype: str) -> list[str]:
    """Node ids of one type, named in most articles first (ties: more relations, then id)."""
    ids = [n for n, t in g.nodes(data="type") if t == etype]
    return sorted(ids, key=lambda n: (-len(g.nodes[n].get("articles") or ()), -g.degree(n), n))


def overview(g: nx.MultiDiGraph, ids: dict[str, int], per_type: int = PER_TYPE) -> dict[str, Any]:
    """``{"nodes": [[payload id, x, y], ...], "groups": [{type, total, shown, x, y}, ...]}``."""
    nodes: list[list[float]] = []
    groups: list[dict[str, Any]] = []
    present = [t for t in OVERVIEW_TYPES if any(ty == t for _, ty in g.nodes(data="type"))]
    for k, etype in enumerate(present):
        left, top = (k % COLUMNS) * BLOCK_W, (k // COLUMNS) * BLOCK_H
        order = ranked(g, etype)
        top_ids = order[:per_type]
        groups.append({"type": etype, "total": len(order), "shown": len(top_ids),
                       "x": round(left + BLOCK_W / 2 - 20, 1), "y": round(top, 1)})
        rows = (len(top_ids) + SUB_COLUMNS - 1) // SUB_COLUMNS
        for i, nid in enumerate(top_ids):
            col, row = i // rows, i % rows  # down the first column, then the second
            x = left + (col + 0.5) * (BLOCK_W - 40) / SUB_COLUMNS
            y = top + TITLE_H + row * ROW_H
            nodes.append([ids[nid], round(x, 1), round(y, 1)])
    return {"nodes": nodes, "groups": groups}
