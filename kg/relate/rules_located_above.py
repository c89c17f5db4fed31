"""In a broadcast's item, a work or body in a county lies in every division above it that the item names.

``辽宁葫芦岛兴城抽水蓄能电站开工`` with the station in 兴城市 → locatedIn 葫芦岛市 and 辽宁省 too, as the
second dev set's TV news reads it (ten of ten such works); a local paper names its own county's bodies
by the county alone, and a body placed in a city (某市海关) is not placed in the province, so only the
news items and only a county's parents.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from kg.gazetteer import load
from kg.relate.context import ArticleContext
from kg.relate.registry import Triple, relation_rule
from kg.relate.rules_places import located_in
from kg.relate.rules_work_places import works_in_places, works_spanning
from kg.text.layouts import Layout

_NEWS_ITEMS = Layout.NEWS_ITEMS.value
_COUNTY = "county"


@relation_rule("located_above", produces=("locatedIn",))
def located_above(ctx: ArticleContext) -> Iterator[Triple]:
    """A work or body another rule places in a county → also in the county's named prefecture and province."""
    if ctx.article.layout != _NEWS_ITEMS:
        return
    for rule in (located_in, works_in_places, works_spanning):
        for head, rel, tail, evidence in rule(ctx):
            if rel != "locatedIn" or ctx.level_of(tail) != _COUNTY:
                continue
            for parent in named_ancestors(ctx, tail):
                yield head, "locatedIn", parent, dataclasses.replace(
                    evidence, rule="locatedIn.above", confidence=round(evidence.confidence * 0.9, 3))


def named_ancestors(ctx: ArticleContext, place: str) -> list[str]:
    """The divisions above ``place`` (by the gazetteer) that the article names, nearest first."""
    divisions = ctx.book.divisions
    division = divisions.get(place)
    if division is None:
        return []
    return [d.name for d in load().ancestors(division)
            if d.name in divisions and divisions[d.name].code == d.code]
