"""Which place lies in which: ``partOf`` between places named in one article.

``兴国县湘江镇`` → 湘江镇 partOf 兴国县; ``某县甲村、乙村`` → both villages in 某县; ``位于某山深处的甲村`` →
甲村 in 某山's city; a division the gazetteer knows → the nearest division above it that the article names.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from kg.gazetteer import load
from kg.relate.context import ArticleContext
from kg.relate.registry import Triple, relation_rule
from kg.relate.rules_places import place_chain
from kg.types import Mention


@relation_rule("part_of", produces=('partOf',))
def part_of(ctx: ArticleContext) -> Iterator[Triple]:
    """Places adjacent in the text (兴国县湘江镇) or nested in the gazetteer, both named in the article."""
    gazetteer = load()
    divisions = ctx.book.divisions
    found = list(_parents_in_text(ctx))
    yield from found
    first = _first_units(ctx)
    yield from _unlisted_parents(ctx, first, {head for head, *_ in found})
    for child in sorted(divisions.values(), key=lambda d: d.code):
        parent = gazetteer.parent(child)
        while parent and not (parent.name in divisions and divisions[parent.name].code == parent.code):
            parent = gazetteer.parent(parent)  # 义乌市 in a text naming 浙江省 but not 金华市: the nearest named above
        if parent:
            index = first.get(child.name, 0)
            yield child.name, "partOf", parent.name, ctx.evidence(index, "partOf.gazetteer", 0.8)


_LIST_JOINERS = ("、", "和", "及", "与")


def _parents_in_text(ctx: ArticleContext) -> Iterator[Triple]:
    """``甲县乙镇`` → 乙镇 in 甲县, unless the article names a division between them (遂川县 lies in
    吉安市 when the article names it, not in the 江西省 of 江西遂川县); ``甲县乙村、丙村`` → 丙村 in 甲县
    too (a list after a chain shares its parent); ``位于甲山深处的乙村`` → 乙村 in 甲山's place."""
    for index, (sentence, mentions) in enumerate(ctx.units):
        places = sorted((m for m in mentions if m.type == "Place"), key=lambda m: m.start)
        parent_of: dict[int, str] = {}
        for left, right in itertools.pairwise(places):
            head, tail = ctx.name_of(index, right), ctx.name_of(index, left)
            if not head or not tail:
                continue
            if right.start == left.end:
                if _rank(ctx, head) > _rank(ctx, tail) and ctx.level_of(tail) != "region" \
                        and not _abroad(ctx, head, tail) and not _named_between(ctx, head, tail):
                    parent_of[right.start] = tail
                    yield head, "partOf", tail, ctx.evidence(index, "partOf.adjacent", 0.9)
            elif left.start in parent_of and sentence.text[left.end:right.start] in _LIST_JOINERS \
                    and ctx.level_of(head) == ctx.level_of(tail) and head != parent_of[left.start] \
                    and not ctx.book.entities[head].attrs.get("code"):  # the gazetteer places its own
                parent_of[right.start] = parent_of[left.start]
                yield head, "partOf", parent_of[left.start], ctx.evidence(index, "partOf.listed", 0.8)
        yield from _placed_at(ctx, index, places)


# 位于/地处 + a place + a position word + 的 + a smaller place: 位于某山深处的甲村, 地处某县西部的乙镇
_PLACED_AT_RE = re.compile(r"(?:位于|地处|坐落于|坐落在)$")
_POSITION_RE = re.compile(r"(?:[东南西北中]|东南|东北|西南|西北)?部?(?:深处|腹地|境内|脚下|一带|边缘|山区)?的")


def _placed_at(ctx: ArticleContext, index: int, places: list[Mention]) -> Iterator[Triple]:
    """``位于井冈山深处的甲村`` → 甲村 partOf the place of 井冈山 (a smaller place after 的 only)."""
    text = ctx.units[index][0].text
    for outer, inner in itertools.pairwise(places):
        head, tail = ctx.name_of(index, inner), ctx.name_of(index, outer)
        if head and tail and _PLACED_AT_RE.search(text, 0, outer.start) \
                and _POSITION_RE.fullmatch(text, outer.end, inner.start) \
                and not ctx.book.entities[head].attrs.get("code") and _rank(ctx, head) > _rank(ctx, tail) >= 1:
            yield head, "partOf", tail, ctx.evidence(index, "partOf.placed_at", 0.8)


def _named_between(ctx: ArticleContext, head: str, tail: str) -> bool:
    """The article names a division that the gazetteer puts between ``head`` and ``tail`` (吉安市
    between 遂川县 and 江西省): the nearest named one is the parent (GUIDE), given by the gazetteer rule."""
    divisions = ctx.book.divisions
    child, top = divisions.get(head), divisions.get(tail)
    if child is None or top is None:
        return False
    gazetteer = load()
    parent = gazetteer.parent(child)
    while parent and parent.code != top.code:
        named = divisions.get(parent.name)
        if named is not None and named.code == parent.code:
            return True
        parent = gazetteer.parent(parent)
    return False


_CHINA = ("中国", "中华人民共和国")


def _abroad(ctx: ArticleContext, head: str, tail: str) -> bool:
    """A division of China (a gazetteer code) is part of no other country: 新加坡|山东周 names an event."""
    head_entity, tail_entity = ctx.book.entities[head], ctx.book.entities[tail]
    return bool(head_entity.attrs.get("code")) and tail_entity.attrs.get("level") == "country" and tail not in _CHINA


def _unlisted_parents(ctx: ArticleContext, first: dict[str, int], placed: set[str]) -> Iterator[Triple]:
    """Zones lie in the place they are named after; villages and towns the gazetteer does not know
    (and the text did not place) lie in the article's only township or county, or in the township
    the article is about."""
    entities = ctx.book.entities
    places = {alias: name for name, e in entities.items() if e.type == "Place" for alias in {name, *e.aliases}}
    towns = sorted({n for n, e in entities.items() if e.type == "Place" and e.attrs.get("level") == "township"})
    counties = sorted({n for n, e in entities.items() if e.type == "Place" and e.attrs.get("level") == "county"})
    home = ctx.subject if all(ctx.counts[ctx.subject or ""] > ctx.counts[t] for t in towns if t != ctx.subject) else None
    for name, entity in sorted(entities.items()):
        level = entity.attrs.get("level")
        if entity.type != "Place" or entity.attrs.get("code"):
            continue
        index = first.get(name, 0)
        if level == "zone":
            chain = [p for p in place_chain(name, places) if entities[p].attrs.get("level") != "region"]
            if chain:  # a zone named after a region (洞庭湖生态经济区) is no part of it: regions have no parts
                yield name, "partOf", chain[-1], ctx.evidence(index, "partOf.zone_name", 0.8)
        elif name in placed:
            continue
        elif level == "village" and len(towns) == 1:
            yield name, "partOf", towns[0], ctx.evidence(index, "partOf.only_township", 0.55)
        elif level == "village" and home in towns:  # the township the article is about, among others named
            yield name, "partOf", home, ctx.evidence(index, "partOf.article_township", 0.55)
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
