"""Sites of a visit: in a broadcast's item on a leader's visit (某某在甲省乙市调研…), the companies and
institutes the item names are the sites visited, so they lie in the places visited.

``李强在甲省乙市调研。李强考察了某研究院…`` → 某研究院 locatedIn 甲省 and 乙市, as the TV-news gold reads
the sites of such items; government bodies named there (党中央, 国务院) are who sends the visitor, not sites.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.relate.context import ArticleContext
from kg.relate.registry import Triple, relation_rule
from kg.relate.rules_places import place_chain
from kg.text.layouts import Layout

_NEWS_ITEMS = Layout.NEWS_ITEMS.value
_VISIT_RE = re.compile(r"(?:调研|考察|视察|看望|慰问|检查|走访)")
_SITE_KINDS = ("company", "institution", "other")
_DIVISIONS = ("province", "prefecture", "county")


@relation_rule("visited_sites", produces=("locatedIn",))
def visited_sites(ctx: ArticleContext) -> Iterator[Triple]:
    """The item's companies and institutes → locatedIn each division of the visit (在甲省乙市调研)."""
    if ctx.article.layout != _NEWS_ITEMS:
        return
    visit = visit_places(ctx)
    if visit is None:
        return
    index, places = visit
    names = {alias: name for name, e in ctx.book.entities.items() if e.type == "Place" for alias in {name, *e.aliases}}
    for site_index, m, name in ctx.named("Organization"):
        if m.kind not in _SITE_KINDS or place_chain(name, names) or site_index < index:
            continue  # a body named after its place is placed by its name (kg.relate.rules_places)
        for place in places:
            yield name, "locatedIn", place, ctx.evidence(site_index, "locatedIn.visited", 0.6)


def visit_places(ctx: ArticleContext) -> tuple[int, list[str]] | None:
    """(the unit, the divisions) of the item's first visit: 在/到/赴 + a chain of divisions + a verb of visiting
    (在江西赣州调研 → 江西省, 赣州市; 到甲省调研), in its first two sentences."""
    for index, (sentence, mentions) in list(enumerate(ctx.units))[:2]:
        text = sentence.text
        places = sorted((m for m in mentions if m.type == "Place"), key=lambda m: m.start)
        for first in places:
            if text[first.start - 1:first.start] not in ("在", "到", "赴"):
                continue
            chain, end = [first], first.end
            for m in places:
                if m.start == end:
                    chain.append(m)
                    end = m.end
            named = [ctx.name_of(index, m) for m in chain]
            if _VISIT_RE.match(text, end) and all(n and ctx.level_of(n) in _DIVISIONS for n in named):
                return index, [n for n in named if n]
    return None
