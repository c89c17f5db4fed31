"""Facts documents → a networkx graph for the HTML view.

One node per (type, canonical name) across all documents; Article nodes linked
from their authors; hasStatus/holdsPosition tails as small Status/Position
nodes; observations kept as data on their subject node.

>>> doc = {"source": "a.txt", "articles": [{"index": 0, "title": "T",
...   "entities": [{"name": "新余市", "type": "Place", "level": "prefecture"},
...                {"name": "锂电", "type": "Industry"}],
...   "relations": [{"head": "新余市", "rel": "developsIndustry", "tail": "锂电",
...                  "evidence": {"sentence": "新余市发展锂电。", "start": 0, "end": 8}}]}]}
>>> g = build_view_graph([doc])
>>> sorted(g.nodes), [k for _, _, k in g.edges(keys=True)]
(['Industry:锂电', 'Place:新余市'], ['developsIndustry'])
"""

from __future__ import annotations

import difflib
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any

import networkx as nx

from kg.factsfiles import FactsFiles

ENTITY_TYPES = ("Place", "Organization", "Person", "Project", "Money", "Industry", "Initiative")
AUX_TYPES = ("Article", "Status", "Position")
NODE_TYPES = ENTITY_TYPES + AUX_TYPES
# what an edge and a node keep in any view (the totals are shown), and how many edges a large build's view keeps
EVIDENCE_LIMIT = 3  # evidence sentences per edge
EDGE_ARTICLES_LIMIT = 20  # articles per edge (for the article filter)
OBSERVATION_LIMIT = 20  # observations per node
EDGE_LIMIT = 10_000  # edges: those stated most often
ATTR_KEYS = ("level", "code", "parent", "kind", "value", "currency", "approx", "bound")


def article_key(source: str, index: int) -> str:
    """Stable key of one article: ``source#index``.

    >>> article_key("000_x.txt", 3)
    '000_x.txt#3'
    """
    return f"{source}#{index}"


def _in_source_order(docs: Iterable[dict]) -> Iterable[dict]:
    """Documents sorted by source (facts files are already in that order and stay unloaded)."""
    if isinstance(docs, FactsFiles):
        return docs
    return sorted(docs, key=lambda d: str(d.get("source", "")))


def _articles(docs: Iterable[dict]) -> Iterator[tuple[str, dict, dict]]:
    """Yield (article key, article, info) for every article, documents sorted by source."""
    for doc in _in_source_order(docs):
        source = str(doc.get("source", ""))
        for pos, art in enumerate(doc.get("articles") or []):
            index = art.get("index", pos)
            info = {"source": source, "index": index, "title": str(art.get("title") or ""),
                    "year": art.get("year")}
            yield article_key(source, index), art, info


def entity_id(ent: dict) -> str | None:
    """The view's node id of an entity dict (``Type:name``), None for what the view does not show.

    >>> entity_id({"type": "Place", "name": "新余市"})
    'Place:新余市'
    """
    etype, name = ent.get("type"), ent.get("name")
    return f"{etype}:{name}" if etype in ENTITY_TYPES and name else None


def _add_entity(g: nx.MultiDiGraph, ent: dict, akey: str, keep: set[str] | None) -> str | None:
    nid = entity_id(ent)
    if nid is None or (keep is not None and nid not in keep):
        return None
    etype, name = ent["type"], ent["name"]
    if nid not in g:
        g.add_node(nid, type=etype, name=name, aliases=set(), articles=set(), attrs={}, observations=[])
    data = g.nodes[nid]
    data["aliases"].update(a for a in ent.get("aliases") or [] if a and a != name)
    data["articles"].add(akey)
    for key in ATTR_KEYS:
        if ent.get(key) is not None and data["attrs"].get(key) is None:
            data["attrs"][key] = ent[key]
    return nid


def _aux_node(g: nx.MultiDiGraph, nid: str, ntype: str, name: str, akey: str) -> str:
    if nid not in g:
        g.add_node(nid, type=ntype, name=name, aliases=set(), articles=set(), attrs={}, observations=[])
    g.nodes[nid]["articles"].add(akey)
    return nid


def _evidence(rel_or_obs: dict, info: dict) -> dict:
    ev = dict(rel_or_obs.get("evidence") or {})
    ev.setdefault("source", info["source"])
    ev.setdefault("article", info["index"])
    return ev


def _tail_node(g: nx.MultiDiGraph, rel: dict, head: str, names: dict[str, str], akey: str) -> str | None:
    kind, tail = rel.get("rel"), str(rel.get("tail") or "")
    if kind == "authorOf":
        return f"Article:{akey}" if tail == "ARTICLE" else names.get(tail)
    if kind == "hasStatus" and tail:
        # one small leaf per (subject, status): a shared 投产 hub would join unrelated projects
        return _aux_node(g, f"Status:{head}|{tail}", "Status", tail, akey)
    if kind == "holdsPosition" and tail:
        return _aux_node(g, f"Position:{tail}", "Position", tail, akey)
    return names.get(tail)


def _add_edge(g: nx.MultiDiGraph, u: str, v: str, rel: str, ev: dict, akey: str) -> None:
    if not g.has_edge(u, v, key=rel):
        g.add_edge(u, v, key=rel, rel=rel, evidence=[], articles=set(), total=0)
    data = g.edges[u, v, rel]
    data["total"] += 1
    if len(data["evidence"]) < EVIDENCE_LIMIT:
        data["evidence"].append(ev)
    if len(data["articles"]) < EDGE_ARTICLES_LIMIT:
        data["articles"].add(akey)


def _name_index(g: nx.MultiDiGraph, ids: Iterable[str | None]) -> dict[str, str]:
    """Canonical names first, then aliases, of the article's entities → node id."""
    names: dict[str, str] = {}
    known = [i for i in ids if i]
    for nid in known:
        names.setdefault(g.nodes[nid]["name"], nid)
    for nid in known:
        for alias in sorted(g.nodes[nid]["aliases"]):
            names.setdefault(alias, nid)
    return names


def _add_article(g: nx.MultiDiGraph, akey: str, art: dict, info: dict, keep: set[str] | None = None) -> None:
    """Add one article's entities (those in ``keep``, when given), relations and observations. At every
    size, edges keep their first EVIDENCE_LIMIT sentences (and EDGE_ARTICLES_LIMIT articles) and nodes
    their first OBSERVATION_LIMIT observations, so a hub cannot fill the page; the totals are kept."""
    ents = sorted(art.get("entities") or [], key=lambda e: (ENTITY_TYPES.index(e["type"])
                                                            if e.get("type") in ENTITY_TYPES else 99))
    names = _name_index(g, [_add_entity(g, e, akey, keep) for e in ents])
    for rel in art.get("relations") or []:
        head = names.get(str(rel.get("head") or ""))
        tail = _tail_node(g, rel, head or "", names, akey) if head else None
        if head and tail:
            if rel["rel"] == "authorOf":
                art_node = _aux_node(g, tail, "Article", info["title"], akey)
                g.nodes[art_node]["attrs"].update({"source": info["source"], "index": info["index"]})
            _add_edge(g, head, tail, str(rel["rel"]), _evidence(rel, info), akey)
    for obs in art.get("observations") or []:
        subject = names.get(str(obs.get("subject") or ""))
        if subject:
            data = g.nodes[subject]
            data["obs_total"] = data.get("obs_total", 0) + 1
            if len(data["observations"]) < OBSERVATION_LIMIT:
                data["observations"].append({**obs, "evidence": _evidence(obs, info), "article": akey})


def _ev_sort_key(ev: dict) -> tuple:
    return (str(ev.get("source", "")), int(ev.get("article") or 0), int(ev.get("start") or 0),
            int(ev.get("end") or 0), str(ev.get("sentence", "")), str(ev.get("rule", "")))


def _freeze(g: nx.MultiDiGraph) -> None:
    """Turn sets into sorted lists and sort evidence so the graph serialises deterministically."""
    for _, data in g.nodes(data=True):
        data["aliases"] = sorted(data["aliases"])
        data["articles"] = sorted(data["articles"])
        data["observations"].sort(key=lambda o: (_ev_sort_key(o["evidence"]), str(o.get("indicator")),
                                                 str(o.get("value"))))
    for _, _, data in g.edges(data=True):
        data["articles"] = sorted(data["articles"])
        data["evidence"].sort(key=_ev_sort_key)


def _candidates(g: nx.MultiDiGraph) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for nid, data in sorted(g.nodes(data=True)):
        for label in [data["name"], *data["aliases"]]:
            found.setdefault(label, []).append(nid)
    return found


def find_nodes(g: nx.MultiDiGraph, name: str) -> list[str]:
    """Node ids whose canonical name or alias equals ``name``; ValueError with close matches if none."""
    labels = _candidates(g)
    if name in labels:
        return labels[name]
    close = difflib.get_close_matches(name, list(labels), n=5, cutoff=0.5)
    close += [lab for lab in sorted(labels) if name and name in lab and lab not in close][: 8 - len(close)]
    hint = "; close matches: " + ", ".join(close) if close else "; no close matches"
    raise ValueError(f"focus {name!r} is not a node name or alias in the facts{hint}")


def _focus(g: nx.MultiDiGraph, focus: str, hops: int) -> tuple[nx.MultiDiGraph, set[str]]:
    if hops < 0:
        raise ValueError(f"hops must be >= 0, got {hops}")
    seeds = find_nodes(g, focus)
    undirected = g.to_undirected(as_view=True)
    keep: set[str] = set()
    for seed in seeds:
        keep.update(nx.single_source_shortest_path_length(undirected, seed, cutoff=hops))
    return g.subgraph(keep).copy(), set(seeds)


def _filter_types(g: nx.MultiDiGraph, types: list[str], pinned: set[str]) -> nx.MultiDiGraph:
    unknown = sorted(set(types) - set(NODE_TYPES))
    if unknown:
        raise ValueError(f"unknown type(s) {', '.join(unknown)}; valid: {', '.join(NODE_TYPES)}")
    keep = {n for n, t in g.nodes(data="type") if t in types} | pinned
    aux = {n for n, t in g.nodes(data="type") if t in AUX_TYPES and n not in keep
           and any(m in keep for m in nx.all_neighbors(g, n))}
    return g.subgraph(keep | aux).copy()


def most_mentioned(docs: Iterable[dict], limit: int) -> tuple[set[str] | None, int]:
    """(ids of the ``limit`` entities named in most articles, or None if there are no more; how many there are).

    Ties go to the smaller id, so the choice is deterministic.
    """
    counts: Counter[str] = Counter()
    for _akey, art, _info in _articles(docs):
        counts.update({nid for e in art.get("entities") or () if isinstance(e, dict) and (nid := entity_id(e))})
    if len(counts) <= limit:
        return None, len(counts)
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return {nid for nid, _ in ranked[:limit]}, len(counts)


def build_view_graph(docs: Iterable[dict], *, focus: str | None = None, hops: int = 2,
                     types: list[str] | None = None, keep: set[str] | None = None) -> nx.MultiDiGraph:
    """Merge facts documents into one MultiDiGraph (edge key = relation name).

    ``keep`` limits the entities to those ids (see :func:`most_mentioned`). ``focus`` keeps the
    nodes within ``hops`` (ignoring direction) of the node(s) named or aliased ``focus``;
    ``types`` then keeps those entity types, their Article/Status/Position leaves and the focus
    node itself.
    """
    g = nx.MultiDiGraph()
    g.graph["articles"] = {}
    for akey, art, info in _articles(docs):
        g.graph["articles"][akey] = info
        _add_article(g, akey, art, info, keep)
    if keep is not None:
        _keep_strongest_edges(g, EDGE_LIMIT)
    _freeze(g)
    pinned: set[str] = set()
    if focus is not None:
        g, pinned = _focus(g, focus, hops)
    if types is not None:
        g = _filter_types(g, list(types), pinned)
    return g


def _keep_strongest_edges(g: nx.MultiDiGraph, limit: int) -> None:
    """Drop all but the ``limit`` edges stated most often (ties: by key), then Status, Position and
    Article leaves left without an edge."""
    edges = sorted(g.edges(keys=True, data="total"), key=lambda e: (-e[3], e[0], e[1], e[2]))
    g.remove_edges_from([(u, v, k) for u, v, k, _ in edges[limit:]])
    g.remove_nodes_from([n for n, t in list(g.nodes(data="type")) if t in AUX_TYPES and g.degree(n) == 0])


def graph_articles(g: nx.MultiDiGraph) -> dict[str, dict[str, Any]]:
    """The article table of ``g`` (key → source, index, title, year)."""
    return dict(g.graph.get("articles", {}))
