"""A speaker's 我们 in the news: the speaker's own side, not the meeting's body or its host.

``某国总理在某组织会议上表示，…。我们将继续推进某某政策。`` → 我们 is the speaker's country; the item's
subject (the organisation met, the city hosting it) runs nothing of it.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from kg.lexicons import lexicon, lexicon_rows
from kg.relate.bystanders import foreign_actor

if TYPE_CHECKING:
    from kg.relate.context import ArticleContext

# 我们 opening the sentence, or after a short opening phrase (下一步，我们…); not 我们村, 我们市 (a place)
_WE_OPENING_RE = re.compile(r"^(?:[^，。；：“”]{1,6}，)?我们(?![省市县区村镇乡])")


@cache
def _international_orgs() -> frozenset[str]:
    """International and regional organisations by short and full name (lexicon international_orgs)."""
    rows = lexicon_rows("international_orgs")
    return lexicon("international_orgs") | {r.extra["name"] for r in rows if r.extra.get("name")}


def opens_with_we(text: str) -> bool:
    """Whether a speaker's 我们 opens ``text``.

    >>> opens_with_we("我们将继续推进甲政策。"), opens_with_we("下一步，我们要推进甲工程。")
    (True, True)
    >>> opens_with_we("我们村大力发展茶产业。"), opens_with_we("甲县同我们共建园区。")
    (False, False)
    """
    return _WE_OPENING_RE.match(text) is not None


def speakers_we(ctx: ArticleContext, index: int, fallback: str | None) -> bool:
    """Whether unit ``index`` opens with a speaker's 我们 while the place or body the item would fall back
    on is no side of the speaker's: a body other than a company (an organisation met), a foreign place, or any place of an
    item naming an international organisation (the host city of its meeting)."""
    if fallback is None or not opens_with_we(ctx.units[index][0].text):
        return False
    entity = ctx.book.entities.get(fallback)
    if entity is not None and entity.type == "Organization" and entity.kind != "company":
        return True  # 某组织, 全国人大 (a session's speech): addressed or met; a firm's staff speak for the firm
    if foreign_actor(ctx, fallback):
        return True
    orgs = _international_orgs()
    return any(name in orgs for name, e in ctx.book.entities.items() if e.type == "Organization")
