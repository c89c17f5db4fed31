"""What a headline names: the place or body an item is about, not the venue of its meeting."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.relate.context import ArticleContext

# the verbs of a meeting or ceremony held at a venue (某大会在某市召开, 某论坛在某市开幕)
_VENUE_RE = re.compile(r"(?:隆重)?(?:召开|举行|举办|开幕|闭幕)")


def headline_names(ctx: ArticleContext, name: str | None) -> bool:
    """Whether the article's headline names ``name`` (by any of its forms) as what the item is about
    (浙江：推动…, 某县召开…), not as the venue of a meeting (某会议在某市召开: the meeting's business is
    not the city's)."""
    entity = ctx.book.entities.get(name or "")
    title = ctx.article.title or ""
    return entity is not None and any(not _VENUE_RE.match(title, found.end()) or title[found.start() - 1:found.start()] != "在"
                                      for alias in {entity.name, *entity.aliases} if alias
                                      for found in re.finditer(re.escape(alias), title))
