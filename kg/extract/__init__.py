"""Mention extractors, one module per family; :func:`find_mentions` runs them all.

>>> [(m.text, m.type) for m in mentions_of_line("常德市安排重点项目120个，总投资500.5亿元。")]
[('常德市', 'Place'), ('500.5亿元', 'Money')]
"""

from __future__ import annotations

from functools import lru_cache

from kg.extract.amounts import find_money, find_percents
from kg.extract.brands import trade_names_in_projects
from kg.extract.industries import find_industries
from kg.extract.initiatives import find_initiatives
from kg.extract.orgs import find_orgs
from kg.extract.people import find_people
from kg.extract.places import find_places
from kg.extract.projects import find_projects
from kg.extract.spans import outermost, overlaps
from kg.types import Mention

# Families that need only the sentence; organisations also read the sentence's projects.
EXTRACTORS = {
    "places": find_places,
    "people": find_people,
    "money": find_money,
    "percents": find_percents,
    "industries": find_industries,
    "initiatives": find_initiatives,
}


def find_mentions(text: str) -> list[Mention]:
    """All typed mentions of one sentence (nested spans kept), sorted by offset."""
    return list(_sentence_mentions(text))


@lru_cache(maxsize=4096)
def _sentence_mentions(text: str) -> tuple[Mention, ...]:
    """:func:`find_mentions`, cached: it depends on the sentence alone, and sentences recur (an
    article reprinted by several papers, boilerplate lines). Mentions are immutable."""
    projects = find_projects(text)
    found: list[Mention] = projects + find_orgs(text, projects)
    for extractor in EXTRACTORS.values():
        found.extend(extractor(text))
    places = [m for m in found if m.type == "Place"]
    # a name never ends inside a place name: 某县杨|桥镇 is no work called 杨桥
    found = [m for m in found if not (m.type == "Project" and any(p.start < m.end < p.end for p in places))]
    found = [_through_places(text, m, places) if m.type == "Organization" else m for m in found]
    found += trade_names_in_projects(text, projects, places)  # 甲市|乙丙|新能源汽车项目: not 甲市乙丙
    people = [m for m in found if m.type == "Person"]
    found = [_listed_person(m) if m.type == "Place" and _among_people(text, m, people) else m for m in found]
    names = [m for m in found if m.type in ("Organization", "Place", "Project", "Initiative")]
    bodies = [m for m in found if m.type in ("Organization", "Place")]
    # a quoted name inside a work's name (某省“清水入湖”工程) is that work's, no programme of its own
    found = [m for m in found if not (m.type == "Initiative" and any(
        p.start < m.start and m.end < p.end and "“" in p.text for p in projects))]
    # an airport named as (or in) a work being built is that work's (GUIDE: one in service is a body)
    found = [m for m in found if not (m.type == "Organization" and m.text.endswith("机场") and any(
        p.start <= m.start and m.end <= p.end for p in projects))]
    # a plan's name running on into a body's (妇幼保健计划|生育服务中心) is that body's, no programme
    found = [m for m in found if not (m.type == "Initiative" and text[m.start - 1:m.start] != "“" and any(
        o.type == "Organization" and o.start <= m.start and m.end < o.end for o in bodies))]
    quoted = [m for m in found if m.type == "Initiative"]
    # a work's name inside a quoted programme's (“4+4科创工程”) is that programme's
    found = [m for m in found if not (m.type == "Project" and any(
        q.start <= m.start and m.end <= q.end and (q.start, q.end) != (m.start, m.end)
        and text[q.start - 1:q.start] in ("“", "‘") for q in quoted))]
    found = [m for m in found if not (m.type == "Place" and m.attr("level") in ("village", "township")
                                      and (any(overlaps(m, q) for q in quoted) or _calling_card(text, m)))]  # “新时代山乡巨变”: a slogan
    # a bare place name inside a person's (高|云龙, 王|江西): the person's given name, no place
    found = [m for m in found if not (m.type == "Place" and not m.text.endswith(PLACE_NAME_ENDINGS) and any(
        p.start <= m.start and m.end <= p.end and (p.start, p.end) != (m.start, m.end) for p in people))]
    found = [m for m in found if not (m.type == "Person" and any(o.start <= m.start and m.end <= o.end for o in names))
             and not (m.type == "Industry" and any(overlaps(m, o) for o in bodies))]
    return tuple(sorted(set(found), key=lambda m: (m.start, m.end, m.type)))


def _among_people(text: str, m: Mention, people: list[Mention]) -> bool:
    """A village named only by its suffix (no code of the gazetteer) listed with 、 between people's
    names is one of them: a leaders' list (甲、乙、洛桑江村、丙出席) names people, not a village.

    >>> _among_people("王明、洛桑江村、李华出席", Mention(3, 7, "洛桑江村", "Place", attrs=(("level", "village"),)),
    ...               [Mention(0, 2, "王明", "Person"), Mention(8, 10, "李华", "Person")])
    True
    """
    if m.attr("level") != "village" or m.attr("code") or not m.text.endswith("村"):
        return False
    before = text[m.start - 1:m.start] == "、" and any(p.end == m.start - 1 for p in people)
    after = text[m.end:m.end + 1] == "、" and any(p.start == m.end + 1 for p in people)
    return before or after


def _listed_person(m: Mention) -> Mention:
    return Mention(m.start, m.end, m.text, "Person")


def _calling_card(text: str, m: Mention) -> bool:
    """A quoted nickname held as a calling card or an idea (“世界某乡”名片) names no township."""
    from kg.extract.initiatives import CONCEPT_AFTER

    return text[m.start - 1:m.start] == "“" and text[m.end:m.end + 1] == "”" and bool(CONCEPT_AFTER.match(text, m.end + 1))


def _through_places(text: str, org: Mention, places: list[Mention]) -> Mention:
    """An organisation begins where the chain of places naming it begins:
    桃源县漳江镇|青林村|茶叶党支部 → the whole name."""
    start = min([p.start for p in places if p.start < org.start < p.end] + [org.start])
    while True:
        before = [p.start for p in places if p.end == start and p.start < start]
        if not before:
            break
        start = min(before)
    if start == org.start:
        return org
    return Mention(start, org.end, text[start:org.end], org.type, org.kind, org.attrs)


def _split_by_rules(tagged: Mention, ruled: list[Mention]) -> bool:
    """True when the rules read a tagged span as several names of its type (甲县|乙镇|丙村)."""
    inside = [m for m in ruled if m.type == tagged.type and tagged.start <= m.start and m.end <= tagged.end]
    return len(inside) >= 2 and sum(m.end - m.start for m in inside) >= 0.8 * (tagged.end - tagged.start)


PLACE_NAME_ENDINGS = ("省", "市", "县", "区", "镇", "乡", "村", "街道", "社区", "自治州", "旗")


def _rule_stands(text: str, m: Mention) -> bool:
    """Beside the tagger, a rule's name of the tagger's own types is added only with its own
    evidence: a place with its suffix (not a bare 北京 or a country), a person after a post that
    jieba also reads as a name; organisations are the tagger's. Measured on CLUENER's held-out
    split (first 4000 lines), every other rule name lowered the precision more than it raised the
    recall: all six types 0.687 with all rules, 0.707 gated so.

    >>> _rule_stands("在北京工作", Mention(1, 3, "北京", "Place")), _rule_stands("桃源县", Mention(0, 3, "桃源县", "Place"))
    (False, True)
    """
    from kg.lexicon import tagged

    if m.type == "Place":
        return m.text.endswith(PLACE_NAME_ENDINGS) or m.attr("level") == "zone"
    if m.type == "Organization":
        return False
    if m.type == "Person":
        from kg.extract.people import position_words

        window = tagged(text[max(0, m.start - 4):m.end + 2])
        after_post = any(text[max(0, m.start - len(p)):m.start] == p for p in position_words())
        return after_post and any(w == m.text and t.startswith("nr") for w, t in window)
    return True


def mentions_of_line(text: str, *, rules: bool = True, tagger: bool = True) -> list[Mention]:
    """Flat mentions for ``kg mentions``: outermost spans only, no Percent.

    The CRF tagger (:mod:`kg.extract.tagger`) speaks first; the rules add the types it does not
    know (money, projects, industries, initiatives) and, of its own types, what :func:`_rule_stands`
    lets through; an address the tagger reads as one span is split into the places the gazetteer
    knows (the project's convention, not CLUENER's, which costs about 0.01 there).
    """
    from kg.extract.tagger import tag_mentions
    from kg.text.chars import normalize_chars

    norm = normalize_chars(text)
    found = tag_mentions(norm) if tagger else []
    if rules:
        ruled = outermost(m for m in find_mentions(norm) if m.type not in ("Percent", "Position"))
        found = [t for t in found if not _split_by_rules(t, ruled)]
        if tagger:
            ruled = [m for m in ruled if _rule_stands(norm, m)]
        found += [m for m in ruled if not any(overlaps(m, t) for t in found)]
    found = sorted(found, key=lambda m: (m.start, m.end))
    return [Mention(m.start, m.end, text[m.start:m.end], m.type, m.kind, m.attrs) for m in found]
