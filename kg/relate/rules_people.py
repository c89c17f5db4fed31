"""People: bylines → authorOf the article; ``某某公司董事长张三`` → holdsPosition.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.link import expand_bare_body
from kg.relate.context import ArticleContext
from kg.relate.registry import Triple, relation_rule
from kg.types import Evidence, Mention


@relation_rule("author_of", produces=('authorOf',))
def author_of(ctx: ArticleContext) -> Iterator[Triple]:
    """Bylines, datelines and photo credits → authorOf ARTICLE."""
    article = ctx.article
    for byline in article.bylines:
        ev = Evidence(article.source, article.index, byline.role + " " + byline.name, byline.start, byline.end,
                      "authorOf.byline", 0.95)
        yield byline.name, "authorOf", "ARTICLE", ev


@relation_rule("positions", produces=('holdsPosition',))
def positions(ctx: ArticleContext) -> Iterator[Triple]:
    """``江西沃德科科技有限公司董事长黄留肖`` → holdsPosition 江西沃德科科技有限公司董事长; posts listed
    before one name (``村党支部书记、县人大代表李中平``) are all that person's."""
    for index, (sentence, mentions) in enumerate(ctx.units):
        text = sentence.text
        posts = {m.end: m for m in mentions if m.type == "Position"}
        for person in (m for m in mentions if m.type == "Person"):
            post = posts.get(person.start)
            chain_start = person.start
            previous_owner = ""
            while post:
                title, owner_start, owner_name = _post_title(ctx, index, post, chain_start)
                previous_owner = owner_name or previous_owner
                yield person.text, "holdsPosition", trim_title(title), ctx.evidence(index, "holdsPosition.title_name",
                                                                                     0.75)
                lead = owner_start - 1
                post = posts.get(lead) if text[lead:lead + 1] == "、" else None
                if post is None and text[lead:lead + 1] == "、":
                    post = next((p for p in posts.values() if p.end < lead and text[p.end:lead].isalpha()
                                 and lead - p.end <= 8), None)
                chain_start = owner_start
        yield from _name_then_title(ctx, index, posts)


def _name_then_title(ctx: ArticleContext, index: int, posts: dict[int, Mention]) -> Iterator[Triple]:
    """``某某总书记``, ``张三县长``: a bare title right after a name is that person's (unless a name follows it)."""
    mentions = ctx.units[index][1]
    people = {m.start for m in mentions if m.type == "Person"}
    for person in (m for m in mentions if m.type == "Person"):
        post = next((p for p in posts.values() if p.start == person.end), None)
        if post and post.end not in people and person.start not in posts:
            yield person.text, "holdsPosition", post.text, ctx.evidence(index, "holdsPosition.name_title", 0.7)


# a title ends at a meeting named before it: 某省人民代表大会第三次会议上某省人民政府省长 → 某省人民政府省长
_MEETING_RE = re.compile(r"^.*?(?:会议|大会|会)上")


def trim_title(title: str) -> str:
    """The title without a meeting glued before it.

    >>> trim_title("省第十四届人民代表大会第三次会议上省人民政府省长")
    '省人民政府省长'
    >>> trim_title("县委书记")
    '县委书记'
    """
    return _MEETING_RE.sub("", title) or title


def _post_title(ctx: ArticleContext, index: int, post: Mention, limit: int) -> tuple[str, int, str]:
    """The title of ``post`` with its body (and the places that name it), where that title starts, the body."""
    text, mentions = ctx.units[index][0].text, ctx.units[index][1]
    owners = [m for m in mentions if m.type in ("Organization", "Place") and m.end <= post.start
              and post.start - m.end <= 6 and not re.search(r"[，、。；]", text[m.end:post.start])]
    if owners:
        first = max(owners, key=lambda m: (m.end, -m.start))
        owner_name = ctx.name_of(index, first) or first.text
        return owner_name + text[first.end:post.end], first.start, owner_name
    lead = text[:post.start]
    company_at = lead.rfind("该公司", max(0, post.start - 10))
    if company_at >= 0 and not re.search(r"[，、。；]", lead[company_at:]):
        company = last_company(ctx, index, before=company_at)
        if company:
            return company + text[company_at + 3:post.end], company_at, company
    body = re.search(r"([县市区乡镇村])([\u4e00-\u9fff]{0,8})$", lead)
    if body:
        expanded = expand_bare_body(body.group(0) + post.text, ctx.mains)
        if expanded:
            return expanded, body.start(), ""
        return body.group(0) + post.text, body.start(), ""
    return post.text, post.start, ""


def last_company(ctx: ArticleContext, index: int, before: int | None = None) -> str | None:
    for i in range(index, -1, -1):
        companies = [m for m in ctx.units[i][1] if m.type == "Organization" and m.kind == "company"
                     and (i != index or before is None or m.end <= before)]
        if companies:
            return ctx.name_of(i, max(companies, key=lambda m: m.end))
    return None
