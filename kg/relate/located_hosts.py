"""The host of bodies that settle without a destination: ``某县先后落地甲学院、乙学院`` → 某县.

A verb of settling before the list (落地甲、乙) or closing it (甲、乙等大院大所先后落地) with no place
after it: the bodies settle in the place the sentence names before them, else in the article's own place.
"""

from __future__ import annotations

import re

from kg.relate.context import ArticleContext, clause_end
from kg.types import Mention

_SETTLE = r"(?:先后|相继|陆续|成功|正式|已)?(?:落地|落户|入驻)了?"
# the verb before the list in the same clause, maybe before items not recognised as names
# (落地甲学院、乙学院、[丙学院])
_VERB_BEFORE_RE = re.compile(_SETTLE + r"[^，。；]{0,30}$")
# what may close a list of bodies before the verb: items not recognised as names, 等 + a class (等大院大所)
_VERB_AFTER_RE = re.compile(r"(?:[、和及与][^，。；、]{1,20}?)*(?:等[^，。；、]{0,8}?)?" + _SETTLE)
_JOINERS = ("、", "和", "及", "与")
_HOST_LEVELS = ("province", "prefecture", "county", "township", "zone")


def hosted_in(ctx: ArticleContext, index: int, body: Mention) -> str | None:
    """The place ``body`` settles in when the verb of settling names no destination: the place named
    before the list (江西…，甲、乙等大院大所先后落地 → 江西省), else the article's own place."""
    text, mentions = ctx.units[index]
    named = sorted((m for m in mentions if m.type in ("Organization", "Project")), key=lambda m: m.start)
    first, last = _list_around(text.text, named, body)
    before = _VERB_BEFORE_RE.search(text.text, 0, first.start)
    after = _VERB_AFTER_RE.match(text.text, last.end)
    if before is None and (after is None or after.end() != clause_end(text.text, last.end)):
        return None
    start = before.start() if before else first.start
    return _place_before(ctx, index, start) or _own_place(ctx)


def _list_around(text: str, named: list[Mention], body: Mention) -> tuple[Mention, Mention]:
    """The first and last items of the list of bodies ``body`` stands in (甲、乙和丙)."""
    at = named.index(body) if body in named else -1
    first = last = at
    while first > 0 and text[named[first - 1].end:named[first].start] in _JOINERS:
        first -= 1
    while 0 <= last < len(named) - 1 and text[named[last].end:named[last + 1].start] in _JOINERS:
        last += 1
    return (named[first], named[last]) if at >= 0 else (body, body)


def _place_before(ctx: ArticleContext, index: int, at: int) -> str | None:
    """The last place the sentence names before ``at``, outside any name, at a level that hosts."""
    mentions = ctx.units[index][1]
    names = [m for m in mentions if m.type in ("Organization", "Project")]
    for place in sorted((m for m in mentions if m.type == "Place" and m.end <= at), key=lambda m: -m.end):
        if any(n.start <= place.start and place.end <= n.end for n in names):
            continue
        name = ctx.name_of(index, place)
        if name and ctx.level_of(name) in _HOST_LEVELS:
            return name
    return None


def _own_place(ctx: ArticleContext) -> str | None:
    """The article's own place (its main subject) when it is a division or zone."""
    subject = ctx.subject
    return subject if subject and ctx.type_of(subject) == "Place" and ctx.level_of(subject) in _HOST_LEVELS else None
