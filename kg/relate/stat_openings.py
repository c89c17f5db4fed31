"""Where a clause's own words begin, and clauses whose figures are a work's or a person's own.

``今年，其中，据统计…`` lead a clause before its own words (:func:`after_lead`); ``该工程总投资30亿元``
states a work's figure (its totalInvestment), ``他先后8次…`` a person's deeds and ``某军打击了140个区域``
an armed force's operations: none is a place's statistic (:func:`work_opening`, :func:`person_opening`,
:func:`force_opening`).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kg.relate.context import ArticleContext

# Time words, connectives and a source (据南宁海关统计: the customs office counts, the place trades)
# that may stand before a clause's own subject.
_LEAD_TIME_RE = re.compile(r"^(?:(?:今年|去年|全年|年末|目前|截至目前|近年来|如今|眼下|当前|现在|近年|多年来|同时|其中|此外|另外|据统计|据悉|据了解|此次|为此|预计|"
                           r"(?:今天|昨天|日前|近日|近期|当天|这次)(?:（[^）]{0,12}）)?(?:上午|下午|晚上)?|"
                           r"据[^，。]{1,16}?(?:统计|数据显示|消息|介绍|监测)|"
                           r"[0-9]{4}年(?:以来|末)?|前?[0-9一二三四]{1,2}(?:[至—-][0-9]{1,2})?个?月(?:份)?|[一二三四]季度|"
                           r"[上下]半年)[，、]?)*")
def after_lead(text: str, start: int, end: int) -> int:
    """Where the clause ``text[start:end]`` has its own words: after its time words, connectives and
    source (今年，其中，据统计…).

    >>> after_lead("今年，全县新增就业3000人", 0, 14)
    3
    """
    lead = _LEAD_TIME_RE.match(text[start:end])
    return start + (lead.end() if lead else 0)


def person_opening(ctx: ArticleContext, index: int, begin: int, end: int) -> bool:
    """Whether the clause ``text[begin:end]`` opens (after its time words) with a person, named or 他/她
    (们), who is not merely the one speaking (张三表示，…): what it counts is that person's."""
    text = ctx.units[index][0].text
    first = after_lead(text, begin, end)
    if _SPEECH_END_RE.search(text, first, end):
        return False
    return bool(_PRONOUN_RE.match(text, first, end)) or any(
        m.type == "Person" and m.start == first for m in ctx.units[index][1])


def force_opening(ctx: ArticleContext, index: int, begin: int, end: int) -> bool:
    """Whether the clause opens (after its time words) with an armed force of war news (俄军, 以军, 某国
    空军, 某武装, 军方): what it counts are its operations (控制了5个居民点, 击落30架无人机), no place's
    statistic. 军 is a force after a country's one-character name only (获得冠军, 参军 are none).

    >>> [bool(_force_re().match(t)) for t in ("俄军对140个区域", "以色列军方称", "获得冠军", "美军人")]
    [True, True, False, False]
    """
    text = ctx.units[index][0].text
    return bool(_force_re().match(text, after_lead(text, begin, end), end))


def one_body_opening(ctx: ArticleContext, index: int, begin: int, end: int) -> bool:
    """Whether the clause opens (after its time words, maybe after the place it is in) with one body the
    report shows and does not name (在某市，这家企业…, 某县这家合作社…, 在这家工厂里…): what it counts is
    that body's, no place's statistic.

    >>> [bool(_ONE_BODY_RE.match(t)) for t in ("湖北某市这家企业连年", "在这家工厂", "这座城市", "全市企业")]
    [True, True, False, False]
    """
    text = ctx.units[index][0].text
    found = _ONE_BODY_RE.match(text, after_lead(text, begin, end), end)
    # 这家新央企汽车集团…: the body named right after 这家 speaks for itself
    if found is None:
        return False
    return not any(m.type == "Organization" and m.start == found.end() for m in ctx.units[index][1])


# 这家 (this one firm, store or institution) within the first words of the clause; not 这座 (a city)
_ONE_BODY_RE = re.compile(r"[^，。；0-9]{0,8}?这家")


@cache
def _force_re() -> re.Pattern[str]:
    from kg.extract.place_words import country_initials

    initials = "".join(sorted(country_initials()))
    # a country's one-character name then its force (俄军, 美空军, 俄黑海舰队), or a name of one to six
    # characters then a word that can only be a force (以色列军方, 某某武装, 俄国防部)
    return re.compile(rf"[{initials}](?:军(?![人事工区费民属嫂龄校医需品企])|[空海陆]军|[\u4e00-\u9fff]{{0,3}}舰队|防空)"
                      rf"|(?:(?![与和及、的])[\u4e00-\u9fff]){{1,6}}?(?:军方|军队|武装(?:力量|部队)?|国防部|国防军)")


def thing_opening(ctx: ArticleContext, index: int, begin: int, end: int) -> bool:
    """Whether the clause opens (after its time words) with one machine, vehicle or product referred back
    to (它, 这台…, 这款…, 该船…): what it counts is the thing's specification (最大储油量6万吨), no
    place's statistic; 它们 (often places or firms) and 这里 (a place) are left alone.

    >>> import re; bool(_THING_RE.match("这台收割机每小时")), bool(_THING_RE.match("它们的产值"))
    (True, False)
    """
    text = ctx.units[index][0].text
    return bool(_THING_RE.match(text, after_lead(text, begin, end), end))


# one thing referred back to: 它 (not 它们), a demonstrative with a classifier of machines and products
_THING_RE = re.compile(r"它(?!们)|(?:这|该|此)(?:台|款|辆|架|艘|部|套设备)|该(?:机|船|车|设备|装备|产品|平台)(?![构关制])")
_PRONOUN_RE = re.compile(r"他们|她们|他|她")  # not 我, 我们: in a work report, the government speaking
# a clause that only says who speaks or reports
_SPEECH_END_RE = re.compile(r"(?:说|表示|介绍|指出|认为|强调|透露|坦言|告诉记者|说道)(?:道|说)?[：:]?$")


def work_opening(ctx: ArticleContext, index: int, begin: int, end: int) -> bool:
    """Whether the clause ``text[begin:end]`` opens (after its time words) with a word referring back to
    a work named in this sentence or the one before (该工程…, 项目总投资…): its figures are the work's.
    A count of works (项目总数, 工程个数) is still the place's. (A clause opening with the work's own name
    is left to the place: news counts a named work's figures as its place's as often as not.)"""
    text = ctx.units[index][0].text
    if not _WORK_RE.match(text, after_lead(text, begin, end), end):
        return False
    here = [m.end for m in ctx.units[index][1] if m.type == "Project" and m.end <= begin]
    before = index > 0 and any(m.type == "Project" for m in ctx.units[index - 1][1])
    if not here and not before:
        return False
    # 新开工项目60个，项目总投资4000亿元: the works counted since the last one named, all of them: the place's
    return not _WORKS_COUNTED_RE.search(text, max(here, default=0), begin)


_WORKS_COUNTED_RE = re.compile(r"[0-9一二三四五六七八九十百千]+[多余]?(?:个|项|批)")
# a work referred back to by its kind: 该工程, 这一项目, 项目 (not 项目总数, 工程个数: counts of works)
_WORK_RE = re.compile(r"(?:该|此|这一?|这[座条项个]|整个)?(?:工程|项目)(?!总数|个数|数量|数|总量)")


# what may follow the opening name inside its list: more items (、乙部、丙部), then 等 right before the count
_LIST_CLOSED_RE = re.compile(r"(?:[、和][^，。；、0-9]{1,14}?)*等")


def list_count(ctx: ArticleContext, index: int, begin: int, value_start: int) -> bool:
    """Whether the count at ``value_start`` closes a list of bodies that opens the clause (甲部等14个部门
    联合印发…, 甲基金、乙基金等12家基金签约…): it counts those acting together, no statistic of anyone's.
    A zone is listed as a body (甲高新区和乙经开区等6家园区入选…); a list of places (甲省、乙省等9个省份春耕过半) is the country's count; a list after a verb (来自甲国、
    乙国等30个国家) is counted by the clause's subject."""
    text = ctx.units[index][0].text
    first = after_lead(text, begin, value_start)
    opening = [m for m in ctx.units[index][1] if m.start == first and (m.type == "Organization" or m.type == "Place"
                                                                       and _level(ctx, index, m) == "zone")]
    return any(_LIST_CLOSED_RE.fullmatch(text, m.end, value_start) for m in opening)


def _level(ctx: ArticleContext, index: int, mention: Any) -> str | None:
    """The level of the place a mention names (zone, county …)."""
    entity = ctx.book.entities.get(ctx.name_of(index, mention) or "")
    return entity.attrs.get("level") if entity else None
