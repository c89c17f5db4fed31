"""Names a news sentence mentions that do not act in it: a body whose figures it reports (某部今天发布数据，…;
记者从某厅获悉，…) or that hosts a press conference (某办举行新闻发布会，介绍…), and a place a leader visits or
speaks in (总书记在某省考察时强调…; 到某省某市考察).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from kg.lexicons import lexicon

if TYPE_CHECKING:
    from kg.relate.context import ArticleContext
    from kg.types import Entity, Mention

# 某部公布的数据显示 / 某部今天（5月3日）发布数据，/ 某局发布统计数据：the body is the source of the figures
_DATA_SOURCE_RE = re.compile(r"[^，。；：]{0,8}?(?:（[^）]{1,12}）[^，。；：]{0,6}?)?"
                             r"(?:数据显示|(?:发布|公布)(?:了)?(?:统计|最新)?数据[，：])")
# 记者从某厅了解到 / 从某局获悉: the body told the reporter
_TOLD_RE = re.compile(r"[^，。；：]{0,8}?(?:了解到|获悉|得知)")
# 据某海关统计，/ 据某局监测: the body counted the figures (据某县介绍 may tell the county's own deeds)
_COUNTED_RE = re.compile(r"[^，。；：]{0,8}?(?:统计|监测|测算)")
# 某办今天（5月3日）举行新闻发布会，… / 从某办举行的发布会上了解到 / 某办举行政策例行吹风会: the host presents
# what others did or issued
_PRESS_RE = re.compile(r"[^，。；：]{0,4}?(?:（[^）]{1,12}）)?举行(?:的)?(?:新闻|政策例行)?(?:发布会|吹风会)")
# 在某省考察时 / 在甲、乙等地调研 / 在某省强调: where a leader went or spoke, not who acts there;
# 某大会今天在某市召开 / 某活动在某县启动: the venue of an event (the headline's venue: kg.relate.headlines)
_VISIT_RE = re.compile(r"(?:、[^，。；：、]{1,5})*(?:等地)?(?:(?:考察|调研|视察|访问|参观|出席)(?![组团员])(?:时|期间|中)?"
                       r"|强调|指出|阐释|解读|表示|(?:隆重)?(?:召开|举办|举行|开幕|闭幕|启动)(?:[，。；]|$))")


def reports_data(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start``–``end`` is the source of the figures the sentence reports.

    >>> reports_data("甲部今天（5月3日）发布数据，全国新建乙工程30处", 0, 2), reports_data("记者从甲厅获悉，乙县实施某工程", 3, 5)
    (True, True)
    >>> reports_data("甲部发布方案，实施某工程", 0, 2), reports_data("甲县从今年起实施某工程", 0, 2)
    (False, False)
    >>> reports_data("甲办今天（5月3日）举行新闻发布会，介绍某工程", 0, 2), reports_data("甲局在发布会上宣布", 0, 2)
    (True, False)
    >>> reports_data("据甲海关统计，“某某”班列开行300列", 1, 4), reports_data("据甲县介绍，该县实施某工程", 1, 3)
    (True, False)
    """
    return bool(_DATA_SOURCE_RE.match(text, end) or _PRESS_RE.match(text, end)
                or text[max(0, start - 1):start] == "从" and _TOLD_RE.match(text, end)
                or text[max(0, start - 1):start] == "据" and _COUNTED_RE.match(text, end))


def visited_place(text: str, mentions: list[Mention], m: Mention) -> bool:
    """Whether the place ``m`` (with the chain of divisions it is in, or the list it ends, 甲、乙等地) is
    where a leader went or spoke (在某省考察时强调…, 在某省解读“某某”) or where an event is held
    (某论坛在甲省乙县举办，…).

    >>> from kg.types import Mention
    >>> a, b = Mention(4, 6, "甲省", "Place"), Mention(6, 8, "乙县", "Place")
    >>> visited_place("总书记在甲省乙县考察时强调，要推进某工程", [a, b], a), visited_place("某论坛在甲省乙县举办。", [a, b], b)
    (True, True)
    >>> visited_place("在甲省乙县，推进某工程", [Mention(1, 3, "甲省", "Place")], Mention(1, 3, "甲省", "Place"))
    False
    >>> c, d = Mention(2, 4, "甲省", "Place"), Mention(4, 6, "乙县", "Place")
    >>> visited_place("他在甲省乙县启动“某某”行动", [c, d], d), visited_place("他在甲省乙县启动。", [c, d], d)
    (False, True)
    """
    start, end = chain_start(text, mentions, m), m.end
    while True:  # on over the chain and over a name the place opens (甲市|某产业园)
        after = [o.end for o in mentions if o.type == "Place" and (o.start == end or o.start <= m.start < end < o.end)]
        if not after:
            break
        end = max(after)
    opening = text.rfind("在", max(0, start - 12), start)
    between = text[opening + 1:start] if opening >= 0 else ""
    if opening < 0 or between and not (between.endswith("、") and not re.search("[，。；：]", between)):
        return False
    return bool(_VISIT_RE.match(text, end))


def chain_start(text: str, mentions: list[Mention], m: Mention) -> int:
    """Where the chain or list of places ``m`` closes begins: 到甲省|乙市 opens at 甲省, and so does
    到甲省乙林场、丙省 (a list item may end on a word that is no name, 林场).

    >>> from kg.types import Mention
    >>> a, b, c = Mention(1, 3, "甲省", "Place"), Mention(3, 5, "乙市", "Place"), Mention(8, 10, "丙省", "Place")
    >>> chain_start("到甲省乙市林场、丙省林场", [a, b, c], c), chain_start("甲省，丙省", [a, c], c)
    (1, 8)
    """
    start = m.start
    while True:
        before = [o.start for o in mentions if o.type == "Place" and o.end == start and o.start < start]
        if not before and text[start - 1:start] == "、":
            before = [o.start for o in mentions if o.type in ("Place", "Organization") and o.end < start
                      and start - 1 - o.end <= 6 and not re.search("[，。；：“”、]", text[o.end:start - 1])]
        if not before:
            return start
        start = max(before) if text[start - 1:start] == "、" else min(before)


_DIVISION_LEVELS = ("province", "prefecture", "county")


def foreign_actor(ctx: ArticleContext, name: str) -> bool:
    """Whether ``name`` is a foreign place (a country, or a division the gazetteer of China has no code
    for: 奥克兰) or a foreign body (its name opens with a country or a foreign city of the lexicons:
    乌克兰国防部, 东京都政府): in a Chinese broadcast it runs no programme of a place."""
    entity = ctx.book.entities.get(name)
    if entity is None:
        return False
    if entity.type == "Place":
        return _foreign_place(entity)
    return entity.type == "Organization" and any(name.startswith(place) for place in _abroad())


@cache
def _abroad() -> frozenset[str]:
    """Names of countries (ISO 3166-1) and foreign cities (新华社 forms) of two characters or more, not 中国."""
    return frozenset(n for n in lexicon("countries") | lexicon("foreign_cities") if len(n) >= 2 and n != "中国")


def _foreign_place(entity: Entity) -> bool:
    """A foreign country, or a division the gazetteer of China has no code for (奥克兰)."""
    level = entity.attrs.get("level")
    return level == "country" and entity.name != "中国" or level in _DIVISION_LEVELS and not entity.attrs.get("code")


_EVENT_RE = re.compile("|".join(sorted(lexicon("event_words"), key=len, reverse=True)))


def only_a_venue(ctx: ArticleContext, place: str) -> bool:
    """Whether every mention of ``place`` in the item opens an event's name (中非合作论坛北京|峰会, 杭州|亚运会:
    lexicon event_words): the city is where the event meets, and what is announced there is not its own."""
    found = [(sentence.text, m) for index, (sentence, mentions) in enumerate(ctx.units) for m in mentions
             if m.type == "Place" and ctx.name_of(index, m) == place]
    return bool(found) and all(_EVENT_RE.match(text, m.end) for text, m in found)

