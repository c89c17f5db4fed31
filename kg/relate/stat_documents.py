"""The place and the year an official document speaks of, from its title: a county's statistical bulletin
is about the county and its year (``万载县2022年国民经济和社会发展统计公报`` → 万载县, 2022), a work
report about its province.
"""

from __future__ import annotations

import re

from kg.lexicons import lexicon
from kg.relate.context import ArticleContext

_DOCUMENT_LEVELS = ("province", "prefecture", "county", "township", "zone")


def document_place(ctx: ArticleContext) -> str | None:
    """The place an official document is about: ``万载县2022年…统计公报`` → 万载县.

    Only a title with a document genre word (工作报告, 统计公报) names the document's own place;
    a news headline names what the news is about, which the article's main subject already weighs.
    A document whose title line was read into its first sentence is read there, up to the genre word.
    """
    given = getattr(ctx.article, "place", None)
    if isinstance(given, str) and given:
        return given
    for index, limit in _title_units(ctx):
        mentions = sorted(ctx.units[index][1], key=lambda m: m.start)
        for m in mentions:
            name = ctx.name_of(index, m)
            entity = ctx.book.entities.get(name or "")
            if m.type == "Place" and m.end <= limit and entity and entity.attrs.get("level") in _DOCUMENT_LEVELS:
                return name
    return None


def document_year(ctx: ArticleContext) -> int | None:
    """The year a statistical bulletin reports on, from its title: ``万载县2022年…统计公报`` → 2022.

    A work report is left out: it looks back on the year before and ahead on its own.
    """
    if ctx.year:
        return ctx.year
    title = ctx.article.title or (ctx.units[0][0].text[:40] if ctx.article.sentences else "")
    found = re.search(r"((?:19|20)[0-9]{2})年[^，。]{0,30}统计公报", title)
    return int(found.group(1)) if found else None


def _title_units(ctx: ArticleContext) -> list[tuple[int, int]]:
    """(unit index, end of the title in it) of the units holding a document title."""
    genre = re.compile("|".join(sorted(lexicon("stat_document_titles"), key=len, reverse=True)))
    title = ctx.article.title or ""
    if title:
        found = genre.search(title)
        return [(i, len(title)) for i, (s, _) in enumerate(ctx.units) if found and s.text == title]
    if not ctx.article.sentences:
        return []
    found = genre.search(ctx.units[0][0].text[:40])
    return [(0, found.end())] if found else []
