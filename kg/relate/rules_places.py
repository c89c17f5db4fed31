"""Where things are: ``partOf`` between places, ``locatedIn`` for bodies and projects.

``崇义县人民法院`` → locatedIn 崇义县 (its name begins with the place); ``兴国县湘江镇`` → 湘江镇 partOf 兴国县.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from kg.gazetteer import load
from kg.relate.context import ArticleContext
from kg.relate.registry import Triple, relation_rule


@relation_rule("located_in", produces=('locatedIn',))
def located_in(ctx: ArticleContext) -> Iterator[Triple]:
    """An organisation or project placed by its name (崇义县人民法院 → 崇义县), by a township or
    village named in its sentence, or else by the county or city the article is about."""
    places = {alias: name for name, e in ctx.book.entities.items() if e.type == "Place"
              for alias in {name, *e.aliases}}
    subject = ctx.subject if ctx.subject and ctx.type_of(ctx.subject) == "Place" else None
    home = subject or next((ctx.mains[s] for s in ("县", "区", "市") if s in ctx.mains), None)
    for index, m, name in ctx.named("Organization", "Project"):
        chain = _place_chain(name, places)
        if chain:
            yield name, "locatedIn", chain[-1], ctx.evidence(index, "locatedIn.name_prefix", 0.85)
            continue
        local = [p for p in ctx.units[index][1] if p.type == "Place" and p.attr("level") in ("township", "village")
                 and not (p.start >= m.start and p.end <= m.end)]
        if len(local) == 1:
            for place in local:
                place_name = ctx.name_of(index, place)
                if place_name:
                    yield name, "locatedIn", place_name, ctx.evidence(index, "locatedIn.sentence_place", 0.55)
        elif home and not local and m.kind == "company" and not name.startswith(("中国", "国家", "全国", "中")):
            yield name, "locatedIn", home, ctx.evidence(index, "locatedIn.article_place", 0.45)


def _place_chain(name: str, places: dict[str, str]) -> list[str]:
    """Places a name begins with, in order: 鹰潭市余江区融媒体中心 → [鹰潭市, 余江区]."""
    chain, rest = [], name
    while True:
        prefix = max((p for p in places if rest.startswith(p) and len(p) < len(rest)), key=len, default=None)
        if not prefix or places[prefix] == "中国" and chain == []:
            return chain
        chain.append(places[prefix])
        rest = rest[len(prefix):]


@relation_rule("part_of", produces=('partOf',))
def part_of(ctx: ArticleContext) -> Iterator[Triple]:
    """Places adjacent in the text (兴国县湘江镇) or nested in the gazetteer, both named in the article."""
    gazetteer = load()
    divisions = ctx.book.divisions
    for index, (sentence, mentions) in enumerate(ctx.units):
        places = sorted((m for m in mentions if m.type == "Place"), key=lambda m: m.start)
        for left, right in itertools.pairwise(places):
            if right.start == left.end:
                head, tail = ctx.name_of(index, right), ctx.name_of(index, left)
                if head and tail and _rank(ctx, head) > _rank(ctx, tail):
                    yield head, "partOf", tail, ctx.evidence(index, "partOf.adjacent", 0.9)
    first = _first_units(ctx)
    yield from _unlisted_parents(ctx, first)
    for child in sorted(divisions.values(), key=lambda d: d.code):
        parent = gazetteer.parent(child)
        if parent and parent.name in divisions and divisions[parent.name].code == parent.code:
            index = first.get(child.name, 0)
            yield child.name, "partOf", parent.name, ctx.evidence(index, "partOf.gazetteer", 0.8)


def _unlisted_parents(ctx: ArticleContext, first: dict[str, int]) -> Iterator[Triple]:
    """Zones lie in the place they are named after; villages and towns the gazetteer does not know
    lie in the article's only township or county."""
    entities = ctx.book.entities
    places = {alias: name for name, e in entities.items() if e.type == "Place" for alias in {name, *e.aliases}}
    towns = sorted({n for n, e in entities.items() if e.type == "Place" and e.attrs.get("level") == "township"})
    counties = sorted({n for n, e in entities.items() if e.type == "Place" and e.attrs.get("level") == "county"})
    for name, entity in sorted(entities.items()):
        level = entity.attrs.get("level")
        if entity.type != "Place" or entity.attrs.get("code"):
            continue
        index = first.get(name, 0)
        if level == "zone":
            chain = _place_chain(name, places)
            if chain:
                yield name, "partOf", chain[-1], ctx.evidence(index, "partOf.zone_name", 0.8)
        elif level == "village" and len(towns) == 1:
            yield name, "partOf", towns[0], ctx.evidence(index, "partOf.only_township", 0.55)
        elif level in ("township", "village") and not towns and len(counties) == 1:
            yield name, "partOf", counties[0], ctx.evidence(index, "partOf.only_county", 0.5)


_LEVEL_RANK = {"country": 0, "region": 0, "province": 1, "prefecture": 2, "county": 3, "zone": 4,
               "township": 4, "village": 5}
def _rank(ctx: ArticleContext, name: str) -> int:
    return _LEVEL_RANK.get(ctx.book.entities[name].attrs.get("level", ""), 9)


def _first_units(ctx: ArticleContext) -> dict[str, int]:
    """The index of the first unit that names each entity."""
    first: dict[str, int] = {}
    for index, _, name in ctx.named():
        first.setdefault(name, index)
    return first
