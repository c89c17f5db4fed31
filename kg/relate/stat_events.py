"""An event's figures go on the place that hosts it, not on the country a national broadcast speaks of.

The GUIDE: events (fairs, forums, conferences, races) are no entities, "their figures go on the host
place". A broadcast item of a national bulletin opens ``某博览会在甲省乙市开幕``; the counts of its
exhibitors, guests or contestants that follow name no place of their own and fell to the article's
main subject, China. They are the host's: the most specific place after 在 and before the verb that
opens, holds or closes the event (开幕, 举行, 闭幕…), in the sentence or one before it in the item.
A figure read so must speak of the event: a word of ``stat_event_words.tsv`` (参展, 嘉宾…, or 本届
with the event's noun) in its clause up to the value's clause end. Only a figure that fell back to a
country, or to a body (the organisation holding a summit), moves; a province's own item keeps it.

>>> host_verb("在甲省乙市开幕"), host_verb("在甲市投资建厂")
(True, False)
"""

from __future__ import annotations

import re
from functools import cache

from kg.lexicons import lexicon_rows
from kg.relate.context import ArticleContext, clause_end

# how a subject was found that is a fallback, no place the clause names (see SUBJECT_WAYS); 全国…
# (national) too: 来自全国的800名选手参赛 counts the event's contestants, no national statistic
_FALLBACK_WAYS = frozenset({"national", "topic", "main_subject", "national_item", "sentence_anaphor", "carried"})
# the way of a figure an item's headline leaves to no one (a place the item names only in passing, as
# the host in 某论坛在甲市举行): its event's host may take it
UNSETTLED = "unsettled"
_HOST_VERB_RE = re.compile(r"(?:隆重|盛大|正式)?(?:开幕|举行|举办|闭幕|召开|开赛|落幕|启幕|揭幕|拉开帷幕)")
# what may stand between the event's name and 在 (…博览会|今天|在…, …大赛决赛|正|在…)
# or its date after 于 (…运动会|于11月9日|在…)
_BEFORE_AT_RE = re.compile(r"(?:今天|今日|昨天|日前|近日|[0-9]{1,2}日)?(?:[（(][^）)]{0,10}[）)])?"
                           r"(?:今天|今日|昨天|[0-9]{1,2}日|于(?:[0-9]{1,2}月)?[0-9]{1,2}日)?(?:正|将|已)?在$")
# a level wider than a host: a country or a region hosts no figure of its own here
_NO_HOST_LEVELS = frozenset({"country", "region", "unresolved"})
# a clause ending with taking part (1.4万多名运动员参加, 近300位专家学者参加论坛) counts who take part
_TAKING_PART_RE = re.compile(r"(?:参加|参与|出席)(?:了)?(?:[\u4e00-\u9fff]{1,2}[会赛坛式])?$")


@cache
def _words(kind: str) -> re.Pattern[str]:
    entries = sorted((row.entry for row in lexicon_rows("stat_event_words") if row.extra.get("kind") == kind),
                     key=len, reverse=True)
    return re.compile("|".join(entries))


# a verb of taking part right after a count's noun and ending the clause (2000多家企业|参展, 39万个项目|参与)
_TAKES_PART_RE = re.compile(r"(参展|参赛|参会|参与|参加|与会)了?(?=[，。；]|$)")


def taking_part(clause: str, noun_end: int) -> str:
    """The verb of taking part that follows a count's noun ending at ``noun_end`` and ends the clause,
    else '': the count is of those taking part, named as the event's figures are (参展企业, 参与项目).

    >>> taking_part("来自全国的2000多家企业参展，", 13), taking_part("2000多家企业参展的展品", 9)
    ('参展', '')
    >>> taking_part("共吸引800多所高校的5万个项目参与", 10)  # those whose entries take part
    '参与'

    """
    found = _TAKES_PART_RE.match(clause, noun_end)
    if not found and clause[noun_end:noun_end + 1] == "的":  # 2700多所高校|的39万个项目参与: 参与高校 too
        found = _TAKES_PART_RE.search(clause, noun_end, clause_end(clause, noun_end))
    return found.group(1) if found else ""


# people counted (人, 名, 位), then, in the clause, their presence at an occasion: 出席, or taking part in a
# ceremony (参加开幕式, 参加了招待会, 参与游行)
_PEOPLE_UNITS = ("人", "名", "位")


def attendance(clause: str, start: int, end: int) -> bool:
    """Whether the value ``clause[start:end]`` counts those present at a ceremony, a reception, a drill or a
    march (约150人参加闭幕式, 500多人出席, 近700人出席了招待会): a description of the occasion, no statistic of
    a place; the exhibitors, contestants and guests of a fair, a contest or a forum stay its host's figures.

    >>> attendance("各界代表约150人参加闭幕式", 5, 9), attendance("各界人士500多人出席", 4, 9)
    (True, True)
    >>> attendance("5万多名大学生参加", 0, 4), attendance("组织232万残疾人参加职业技能培训", 2, 7)
    (False, False)
    >>> attendance("约800名中外嘉宾将出席", 1, 5)  # an event's guests (嘉宾) are its figures
    False
    """
    if not clause[start:end].endswith(_PEOPLE_UNITS) or "嘉宾" in clause:
        return False
    after = clause[end:clause_end(clause, end)]
    present = re.search(r"出席|(?:参加|参与)了?", after)
    if not present:
        return False
    return present.group() == "出席" or bool(re.match(_words("ceremony").pattern, after[present.end():])) \
        or bool(_words("ceremony").search(clause, 0, start))  # 游行集会有超11万人参与


def host_verb(text: str) -> bool:
    """Whether ``text`` opens, holds or closes something (the verb after the host place)."""
    return bool(_HOST_VERB_RE.search(text))


def _host_in(ctx: ArticleContext, index: int) -> str | None:
    """The place unit ``index`` says an event is held in (``…博览会在甲省乙市开幕`` → 乙市)."""
    text = ctx.units[index][0].text
    places = sorted((m for m in ctx.units[index][1] if m.type == "Place"), key=lambda m: m.start)
    for m in places:
        at = _BEFORE_AT_RE.search(text, 0, m.start)
        if at is None or not re.search(rf"(?:{_words('event').pattern}|[会节赛展])$", text[:at.start()]):
            continue  # 某公司在甲市…: no event before 在
        chain, end = [m], m.end
        for nxt in places:
            if nxt.start == end:
                chain.append(nxt)
                end = nxt.end
        if not re.match(r"[\u4e00-\u9fff]{0,6}?" + _HOST_VERB_RE.pattern, text[end:end + 14]):
            continue
        for place in reversed(chain):
            name = ctx.name_of(index, place)
            if name and ctx.level_of(name) not in _NO_HOST_LEVELS:
                return name
    return None


def _fell_back_wide(ctx: ArticleContext, subject: str | None, way: str) -> bool:
    """Whether a figure fell back to a country, to a body (上合组织 of a summit's item) or to no one,
    no place its clause names."""
    if way == UNSETTLED:
        return True
    if way not in _FALLBACK_WAYS or subject is None:
        return False
    return ctx.level_of(subject) == "country" or way != "national" and ctx.type_of(subject) == "Organization"


def _opens_with_event(sentence: str) -> bool:
    """Whether the sentence's first clause names an event held somewhere (``今天，第九届某运动会在甲市开幕``)
    before any number of its own."""
    first = sentence[:clause_end(sentence, sentence.find("，") + 1 if sentence.startswith(("今天", "日前", "近日")) else 0)]
    at = re.search(rf"(?:{_words('event').pattern}|[会节赛展])[^，。；]{{0,12}}?在", first)
    return bool(at and host_verb(first[at.end():]))


def _headline_index(ctx: ArticleContext) -> int | None:
    """The unit of the item's headline (``某运动会在甲市闭幕``), when the article has one."""
    title = ctx.article.title
    return next((i for i, (unit, _) in enumerate(ctx.units) if title and unit.text == title), None)


def event_host(ctx: ArticleContext, index: int, value_start: int, subject: str | None, way: str) -> str | None:
    """The host place of the event a figure speaks of, when the figure fell back to a country or a body;
    else None. The host is named in the sentence, in one of the two before it or in the headline."""
    if not _fell_back_wide(ctx, subject, way):
        return None
    sentence = ctx.units[index][0].text
    text = sentence[:clause_end(sentence, value_start)]  # 约4000家企业参展: the audience word may follow
    if not (_words("audience").search(text) or _TAKING_PART_RE.search(text)
            or _words("reference").search(text) and _words("event").search(text)):
        # the sentence that opens, holds or closes the event goes on with its figures (某运动会于…在甲市开幕，
        # 设34个比赛项目), as an item headed by the event held there does (某运动会在甲市闭幕: 创13项纪录);
        # a national figure told in it (全国…) is none of the event's
        if way == "national":
            return None
        headline = _headline_index(ctx)
        return _host_in(ctx, index) if _opens_with_event(sentence) else \
            _host_in(ctx, headline) if headline is not None else None
    headline = _headline_index(ctx)
    for i in [*range(index, max(-1, index - 3), -1), *([] if headline is None else [headline])]:
        host = _host_in(ctx, i)
        if host:
            return host
    return None
