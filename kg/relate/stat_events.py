"""An event's figures go on the place that hosts it, not on the country a national broadcast speaks of.

The GUIDE: events (fairs, forums, conferences, races) are no entities, "their figures go on the host
place". A broadcast item of a national bulletin opens ``某博览会在甲省乙市开幕``; the counts of its
exhibitors, guests or contestants that follow name no place of their own and fell to the article's
main subject, China. They are the host's: the most specific place after 在 and before the verb that
opens, holds or closes the event (开幕, 举行, 闭幕…), in the sentence or one before it in the item.
A figure read so must speak of the event: a word of ``stat_event_words.tsv`` (参展, 嘉宾…, or 本届
with the event's noun) in its clause up to the value's clause end. Only a figure that fell back to a country moves; a province's own item keeps it.

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
_HOST_VERB_RE = re.compile(r"(?:隆重|盛大|正式)?(?:开幕|举行|举办|闭幕|召开|开赛|落幕|启幕|揭幕|拉开帷幕)")
# what may stand between the event's name and 在 (…博览会|今天|在…, …大赛决赛|正|在…)
_BEFORE_AT_RE = re.compile(r"(?:今天|今日|昨天|日前|近日|[0-9]{1,2}日)?(?:[（(][^）)]{0,10}[）)])?"
                           r"(?:今天|今日|昨天|[0-9]{1,2}日)?(?:正|将|已)?在$")
# a level wider than a host: a country or a region hosts no figure of its own here
_NO_HOST_LEVELS = frozenset({"country", "region", "unresolved"})


@cache
def _words(kind: str) -> re.Pattern[str]:
    entries = sorted((row.entry for row in lexicon_rows("stat_event_words") if row.extra.get("kind") == kind),
                     key=len, reverse=True)
    return re.compile("|".join(entries))


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


def event_host(ctx: ArticleContext, index: int, value_start: int, subject: str | None, way: str) -> str | None:
    """The host place of the event a figure speaks of, when the figure fell back to a country; else None."""
    if way not in _FALLBACK_WAYS or subject is None or ctx.level_of(subject) != "country":
        return None
    sentence = ctx.units[index][0].text
    text = sentence[:clause_end(sentence, value_start)]  # 约4000家企业参展: the audience word may follow
    if not (_words("audience").search(text) or _words("reference").search(text) and _words("event").search(text)):
        return None
    for i in range(index, max(-1, index - 3), -1):
        host = _host_in(ctx, i)
        if host:
            return host
    return None
