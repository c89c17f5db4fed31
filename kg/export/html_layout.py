"""A deterministic pure-Python layout for large graphs (physics off in the browser).

Each connected component gets a radial BFS layout around its best-connected node;
components are packed on shelves, largest first. No randomness, no numpy, O(n).

>>> import networkx as nx
>>> pos = radial_layout(nx.path_graph(["a", "b", "c"]))
>>> sorted(pos) == ["a", "b", "c"] and pos == radial_layout(nx.path_graph(["a", "b", "c"]))
True
"""

from __future__ import annotations

import math

import networkx as nx

SPACING = 60.0  # minimum arc distance between neighbours on one ring, in pixels


def _rings(g: nx.Graph, root: str) -> list[list[str]]:
    """BFS rings from root; each ring ordered by (parent's order, node id)."""
    rings, seen = [[root]], {root}
    while True:
        order = {n: i for i, n in enumerate(rings[-1])}
        nxt: list[tuple[int, str]] = []
        for n in rings[-1]:
            for m in sorted(g.neighbors(n)):
                if m not in seen:
                    seen.add(m)
                    nxt.append((order[n], m))
        if not nxt:
            return rings
        rings.append([m for _, m in sorted(nxt)])


def _component_layout(g: nx.Graph, nodes: set[str]) -> tuple[dict[str, tuple[float, float]], float]:
    sub = g.subgraph(nodes)
    root = min(nodes, key=lambda n: (-sub.degree(n), n))
    pos: dict[str, tuple[float, float]] = {root: (0.0, 0.0)}
    radius = 0.0
    for depth, ring in enumerate(_rings(sub, root)[1:], start=1):
        radius = max(radius + SPACING * 1.5, depth * SPACING * 1.5, len(ring) * SPACING / (2 * math.pi))
        for i, n in enumerate(ring):
            angle = 2 * math.pi * i / len(ring) + depth * 0.3
            pos[n] = (radius * math.cos(angle), radius * math.sin(angle))
    return pos, radius + SPACING


def radial_layout(g: nx.Graph) -> dict[str, tuple[float, float]]:
    """Positions (x, y) rounded to 0.1 px for every node of ``g`` (direction ignored)."""
    und = g.to_undirected(as_view=True) if g.is_directed() else g
    comps = sorted(nx.connected_components(und), key=lambda c: (-len(c), min(c)))
    placed = [_component_layout(und, c) for c in comps]
    total = sum((2 * r) ** 2 for _, r in placed)
    width = max(math.sqrt(total) * 1.2, max((2 * r for _, r in placed), default=0.0))
    pos: dict[str, tuple[float, float]] = {}
    x = y = shelf = 0.0
    for local, r in placed:
        if x > 0 and x + 2 * r > width:
            x, y, shelf = 0.0, y + shelf, 0.0
        for n, (px, py) in local.items():
            pos[n] = (round(x + r + px, 1), round(y + r + py, 1))
        x, shelf = x + 2 * r, max(shelf, 2 * r)
    return pos
