"""People: bylines → authorOf the article; ``某某公司董事长张三`` → holdsPosition.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.people import TITLES_AFTER, position_words
from kg.lexicons import lexicon_rows
from kg.link import expand_bare_body, glued_abbreviation
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
        for person in (m for m in mentions if m.type == "Person" and not common_word_or_group(m.text)):
            post = posts.get(person.start)
            if post and post_glued_to_name(post.text, person.text):
                continue  # 轮值主席|国职责: 主席国, a chair country, names nobody
            chain_start = person.start
            titles: list[tuple[str, bool]] = []  # (title, whether its body is bare: 管委会主任)
            bodies: list[str] = []  # the body printed with each title (科学技术部党组书记 → 科学技术部)
            while post:
                title, owner_start, _ = _post_title(ctx, index, post, chain_start)
                bodies.append(_printed_body(trim_title(title), post.text))
                bare = _BARE_BODY_RE.search(text[max(0, owner_start - 6):owner_start]) if title == post.text else None
                if bare and text[owner_start - len(bare.group()) - 1:owner_start - len(bare.group())] == "、":
                    title, owner_start = bare.group() + title, owner_start - len(bare.group())
                titles.append((trim_title(title), bare is not None))
                lead = owner_start - 1
                post = posts.get(lead) if text[lead:lead + 1] in _POST_JOINERS else None  # 国务委员兼|外交部长
                if post is None and text[lead:lead + 1] == "兼":
                    post = _post_word_ending(text, lead)
                if post is None and text[lead:lead + 1] == "、":
                    post = next((p for p in posts.values() if p.end < lead and text[p.end:lead].isalpha()
                                 and lead - p.end <= 8 and not _named_between(mentions, p.end, lead)), None)
                chain_start = owner_start
            home = _owner_place(titles[-1][0]) if titles else ""
            for rank, (title, is_bare) in enumerate(titles):
                title = home + title if is_bare and home else title
                before = bodies[rank + 1] if rank + 1 < len(bodies) else ""  # the title printed right before
                title = before + title if heads_body(title, before) else title  # 某部党组书记、部长
                yield person.text, "holdsPosition", title, ctx.evidence(index, "holdsPosition.title_name", 0.75)
        yield from _name_then_title(ctx, index, posts)


def post_glued_to_name(post: str, name: str) -> bool:
    """Whether a post and the first character of the name after it make one noun of the dictionary
    (主席|国发挥 → 主席国, 总统|府发言人 → 总统府, 主席|团成员 → 主席团): no title before a person.

    >>> post_glued_to_name("主席", "国发挥"), post_glued_to_name("总统", "府官员"), post_glued_to_name("主席", "王国强")
    (True, True, False)
    """
    from kg.lexicon import pos

    return (pos(post + name[:1]) or "").startswith("n")


def _printed_body(title: str, post: str) -> str:
    """The body a title prints before its post, without a party group's word (科学技术部党组|书记 → 科学技术部).

    >>> _printed_body("科学技术部党组书记", "书记"), _printed_body("部长", "部长")
    ('科学技术部', '')
    """
    body = title[:-len(post)] if title.endswith(post) else ""
    return re.sub(r"(?:党组|党委|党工委)$", "", body)


_BODY_HEADS = {row.entry: tuple(row.extra["endings"].split("|")) for row in lexicon_rows("body_heads")}


def heads_body(title: str, body: str) -> bool:
    """Whether a bare ``title`` is the head post of ``body`` (部长 of a 部, 院长 of a 院; lexicon body_heads):
    listed after that body's first post, it is that body's.

    >>> heads_body("部长", "科学技术部"), heads_body("院长", "中国科学院"), heads_body("副市长", "某市委")
    (True, True, False)
    """
    return bool(body) and body.endswith(_BODY_HEADS.get(title, ("\0",)))


_COMMON_WORD = 200  # a word this frequent in the dictionary, tagged as no noun (成功 a, 明确 ad), is no person's name;
# nouns stay, as a name may be one (马力)
_GROUP_RE = re.compile(r"(?:团|组|队|班子)$")  # 宣讲团, 工作组: a group holds no post as one person


def common_word_or_group(name: str) -> bool:
    """Whether a Person mention is a common word (主席|成功对某国访问, 总书记|明确指出) or a group
    (某某宣讲团): it names nobody who holds a post.

    >>> common_word_or_group("成功"), common_word_or_group("宣讲团"), common_word_or_group("王立新"), common_word_or_group("马力")
    (True, True, False, False)
    """
    from kg.lexicon import frequency, pos

    tag = pos(name) or ""
    return bool(_GROUP_RE.search(name)) or tag[:1] in ("a", "d", "v", "p", "c") and frequency(name) >= _COMMON_WORD


_POST_JOINERS = ("、", "兼")  # posts listed before one name: 甲主任、乙书记; 国务委员兼外交部长


def _post_word_ending(text: str, end: int) -> Mention | None:
    """The longest post of the positions lexicon ending at ``end`` (国务委员|兼…), as a Position mention."""
    word = max((w for w in position_words() if text.endswith(w, 0, end)), key=len, default=None)
    return Mention(end - len(word), end, word, "Position") if word else None


def _named_between(mentions: list[Mention], start: int, end: int) -> bool:
    """A person is named in ``[start, end)``: 甲主席张三、乙主席李四 — 甲主席 is 张三's, not 李四's too."""
    return any(m.type == "Person" and start <= m.start < end for m in mentions)


# a body named without its place in a list of posts (某县某社区党工委副书记、管委会主任): it is that place's
_BODY_WORDS = sorted((row.entry for row in lexicon_rows("org_suffixes") if row.extra.get("kind") == "government"),
                     key=len, reverse=True)
_BARE_BODY_RE = re.compile("(?:" + "|".join(_BODY_WORDS) + ")$")


def _owner_place(title: str) -> str:
    """The place that opens the first title of a list, up to its body word.

    >>> _owner_place("青石县城市社区党工委副书记"), _owner_place("副书记")
    ('青石县城市社区', '')
    """
    match = re.match(r"^(.+?)(?:" + "|".join(_BODY_WORDS) + ")", title)
    return match.group(1) if match and re.search(r"[省市县区乡镇村]|社区", match.group(1)) else ""


def _name_then_title(ctx: ArticleContext, index: int, posts: dict[int, Mention]) -> Iterator[Triple]:
    """``某某总书记``, ``张三县长``: a bare title right after a name is that person's (unless a name follows it)."""
    mentions = ctx.units[index][1]
    people = {m.start for m in mentions if m.type == "Person"}
    text = ctx.units[index][0].text
    for person in (m for m in mentions if m.type == "Person" and not common_word_or_group(m.text)):
        post = next((p for p in posts.values() if p.start == person.end), None)
        if post and post.end not in people and person.start not in posts:
            yield person.text, "holdsPosition", post.text, ctx.evidence(index, "holdsPosition.name_title", 0.7)
        elif not post and person.start not in posts:
            title = _LEADER_TITLE_RE.match(text, person.end)
            if title:
                yield person.text, "holdsPosition", title.group(), ctx.evidence(index, "holdsPosition.name_title", 0.7)


# the titles news prints after a leader's name (张三总书记, 李四总理); 同志 is an address, not a post
_LEADER_TITLE_RE = re.compile("|".join(sorted((t for t in TITLES_AFTER if t != "同志"), key=len, reverse=True)))


# a title ends at a meeting named before it: 某省人民代表大会第三次会议上某省人民政府省长 → 某省人民政府省长;
# and after a verb of meeting someone (某某会见|某国某部部长): the news prints the guest's title after it
_MEETING_RE = re.compile(r"^.*?(?:会议|大会|会)上|^.*(?:会见|会谈|会晤|接见|看望|慰问|还同)")


def trim_title(title: str) -> str:
    """The title without a meeting or a verb of meeting glued before it.

    >>> trim_title("省第十四届人民代表大会第三次会议上省人民政府省长")
    '省人民政府省长'
    >>> trim_title("县委书记"), trim_title("京会见某国某党中央政治局委员"), trim_title("某某会见某国集团会长")
    ('县委书记', '某国某党中央政治局委员', '某国集团会长')
    """
    return _MEETING_RE.sub("", title) or title


# a body's name printed before a post, from the last separator on, ending in a body's last character
# (中央, 委员会, 军委, 党, 院, 部, and offices, secretariats and delegations: 研究室, 书记处, 规划署, 科协, 议员团,
# 内阁), or right after a verb of meeting a guest (…在京会见|甲共中央|总书记); no place in it (those are read from
# the mentions)
_PRINTED_BODY_RE = re.compile(r"(?:^|(?<=[、，：:\s（(])|(?<=会见)|(?<=会晤)|(?<=接见))"
                              r"[\u4e00-\u9fff]{1,11}(?:[央委会院部局署办厅社联盟党处室协团阁军]|战区)$")
# a rank word printed between a body and its post (联合国|常务|副秘书长, 某规划署|执行|主任, 某联盟|轮值|主席,
# 某联合会|代理|主席): part of the post
# and 前 of a former post after a separator, a verb's space or a preposition opening the person's phrase
# (、前总统, 由前总统, 对前总统, 同前总统; not 会前|市长, 日前); 候补 of an alternate member (中央候补委员) and
# 政治 of an armed force's political post (政治委员, 政治指导员)
_RANK_WORD_RE = re.compile(r"(?:常务|执行|专职|首席|终身名誉|名誉|代理|轮值|候补|政治|(?:^|(?<=[、，：:\s由对向同给]))前)$")


# an envoy posted to a country (中国驻某国大使, 驻某国使馆参赞): the country is where, not whose, the post is
_POSTED_TO_RE = re.compile(r"(?:中国|我国)?驻")


def _post_title(ctx: ArticleContext, index: int, post: Mention, limit: int) -> tuple[str, int, str]:
    """The title of ``post`` with its body (and the places that name it), where that title starts, the body."""
    text, mentions = ctx.units[index][0].text, ctx.units[index][1]
    glued = [m for m in mentions if m.type == "Organization" and m.start < post.start < m.end <= post.end]
    if glued:  # 全国政协|委员 read as 全国政协 + 政协委员: the body's name and the rest of the post
        first = min(glued, key=lambda m: m.start)
        owner_name = ctx.name_of(index, first) or first.text
        return owner_name + text[first.end:post.end], first.start, owner_name
    owners = [m for m in mentions if m.type in ("Organization", "Place") and m.end <= post.start
              and post.start - m.end <= 6 and not re.search(r"[，、。；]", text[m.end:post.start])]
    if owners:
        first = max(owners, key=lambda m: (m.end, -m.start))
        owner_name = ctx.name_of(index, first) or first.text
        as_printed = first.text[glued_abbreviation(first.text):]  # 在京|中共中央政治局委员: not the body's name
        shown = as_printed if owner_name in as_printed else owner_name  # 某县某村党支部, not its short name
        posted = _POSTED_TO_RE.search(text, 0, first.start)
        if posted and posted.end() == first.start:  # 中国驻某国大使: the sender's envoy, not the host's
            return posted.group() + shown + text[first.end:post.end], posted.start(), owner_name
        return shown + text[first.end:post.end], first.start, owner_name
    lead = text[:post.start]
    company_at = lead.rfind("该公司", max(0, post.start - 10))
    if company_at >= 0 and not re.search(r"[，、。；]", lead[company_at:]):
        company = last_company(ctx, index, before=company_at)
        if company:
            return company + text[company_at + 3:post.end], company_at, company
    rank = _RANK_WORD_RE.search(lead)
    ranked = (rank.group() if rank else "") + post.text  # 常务副秘书长: the post with its rank word
    lead = lead[:rank.start()] if rank else lead
    printed = _PRINTED_BODY_RE.search(lead)
    start = printed.start() + _after_clause_verb(printed.group()) if printed else post.start
    if printed and len(lead) - start >= 2 and lead[start:] not in _BODY_WORDS:
        # 民进中央|主席, 中央军委|副主席: the body printed right before the post, as the GUIDE keeps it, not the
        # clause's verb before it (会议听取了|大会副秘书长); a bare 管委会 is left to the list's place, below
        return lead[start:] + ranked, start, ""
    body = re.search(r"([县市区乡镇村])([\u4e00-\u9fff]{0,8})$", lead)
    if body:
        expanded = expand_bare_body(body.group(0) + post.text, ctx.mains)
        if expanded:
            return expanded, body.start(), ""
        return body.group(0) + post.text, body.start(), ""
    return ranked, len(lead), ""


def _after_clause_verb(phrase: str) -> int:
    """Where a body's name printed before a post begins in ``phrase``: after the clause's verb, marked by its
    aspect particle (会议听取了|大会, 某省组建了|…); 0 when there is none (a name holds verbs of its own:
    海洋与投资统筹部, 预算工委, 发展改革委).

    >>> _after_clause_verb("会议听取了大会"), _after_clause_verb("海洋与投资统筹部"), _after_clause_verb("民进中央")
    (5, 0, 0)
    >>> _after_clause_verb("中央纪委对第二十届中央"), _after_clause_verb("授衔的陆军")
    (5, 3)
    """
    from kg.lexicon import pos, words

    cut = position = 0
    for word in words(phrase):
        position += len(word)
        if pos(word) in ("ul", "uz", "ug", "uj") or word in _OPENING_PREPOSITIONS:
            cut = position  # 了, 着, 过 after the clause's verb; 的 closing an attribute; 对 opening an object
    return cut


# prepositions that open the phrase of the person a clause acts on (中央纪委对|第二十届中央候补委员某某,
# 他向|陆军政治委员某某); 与 and 和 join the words of a body's own name (海洋与投资统筹部)
_OPENING_PREPOSITIONS = frozenset(("对", "向", "给", "为", "被", "把", "同"))


def last_company(ctx: ArticleContext, index: int, before: int | None = None) -> str | None:
    for i in range(index, -1, -1):
        companies = [m for m in ctx.units[i][1] if m.type == "Organization" and m.kind == "company"
                     and (i != index or before is None or m.end <= before)]
        if companies:
            return ctx.name_of(i, max(companies, key=lambda m: m.end))
    return None
