"""Clauses and statements of a sentence, and the names that open them: who may be the subject of a
clause (甲市，…; 2024年，在甲市带动下…), a list or chain of names (甲市、乙市; 某省某市), statements
joined by ；, and the nations or parties that open a clause of national and foreign news (我国, 中方).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.types import Mention

CLAUSE_LEAD_RE = re.compile(r"(?:[^，。；：]{0,6}(?:年|月|以来|期间|方面))?(?:在|由|支持|推动|鼓励|引导|指导)?$")


def own_statement(text: str, actors: list[Mention], before: int) -> list[Mention]:
    """The actors of the statement holding offset ``before`` when a semicolon starts it and a place or
    body opens it: statements joined by ；each have their own subject (甲县开展…；乙县推行“某某”).

    >>> from kg.types import Mention
    >>> a, b = Mention(0, 2, "甲县", "Place"), Mention(7, 9, "乙县", "Place")
    >>> [m.text for m in own_statement("甲县开展调研；乙县推行某某", [a, b], 12)]
    ['乙县']
    >>> [m.text for m in own_statement("甲县开展调研；推行某某，由乙县负责", [a], 10)]
    ['甲县']
    """
    start = text.rfind("；", 0, before) + 1
    if start == 0:
        return actors
    own = [m for m in actors if start <= m.start < before]
    return own if any(CLAUSE_LEAD_RE.fullmatch(text, start, m.start) for m in own) else actors


def across_statements(text: str, mentions: list[Mention], actors: list[Mention], before: int) -> list[Mention]:
    """The actors that may reach offset ``before`` across a ；: those of its own statement, and before it
    only names opening a clause (the sentence's subject); a name inside an earlier statement is that
    statement's object (甲市将共建乙城、丙中心；发展制造业 → 甲市, not 丙).

    >>> from kg.types import Mention
    >>> a, b = Mention(0, 2, "甲市", "Place"), Mention(6, 8, "乙城", "Place")
    >>> [m.text for m in across_statements("甲市将共建乙城中心；发展制造业", [a, b], [a, b], 14)]
    ['甲市']
    >>> [m.text for m in across_statements("甲市将共建乙城中心，发展制造业", [a, b], [a, b], 14)]
    ['甲市', '乙城']
    >>> c = Mention(2, 4, "乙县", "Place")  # a chain of divisions opening the sentence: 甲市乙县
    >>> [m.text for m in across_statements("甲市乙县共建丙城中心；发展制造业", [a, c], [a, c], 14)]
    ['甲市', '乙县']
    """
    statement = text.rfind("；", 0, before) + 1
    return [m for m in actors if m.start >= statement or opens_clause(text, phrase_start(mentions, text, m))]


def phrase_start(mentions: list[Mention], text: str, m: Mention) -> int:
    """Where the run of names ``m`` ends begins: a list joined by 、 (甲市、乙市) or a chain of divisions
    (某省某市: 某市 is named by the chain)."""
    start = m.start
    while True:
        before = [o.start for o in mentions if o.type in ("Place", "Organization")
                  and (o.end == start or o.end == start - 1 and text[start - 1] == "、")]
        if not before or min(before) >= start:
            return start
        start = min(before)


def opens_clause(text: str, start: int) -> bool:
    """Whether a name at ``start`` opens its clause, after time words or a preposition (2024年，某市…;
    支持某市…): in a report a name further in follows a verb, as its object.

    >>> opens_clause("理顺甲新区管理体制", 2), opens_clause("今年以来，在甲市带动下", 6)
    (False, True)
    """
    clause = max(text.rfind(p, 0, start) for p in "，。；：") + 1  # as kg.relate.context.clause_start
    return bool(CLAUSE_LEAD_RE.fullmatch(text, clause, start))


def list_start(mentions: list[Mention], text: str, m: Mention, joiners: str = "、") -> int:
    """Where the list of names ``m`` closes begins (支持甲市、乙市、丙市…: 甲市's start); ``joiners``
    may add conjunctions (落实甲委和乙院…)."""
    start = m.start
    while start > 0 and text[start - 1] in joiners:
        before = [o.start for o in mentions if o.end == start - 1 and o.type in ("Place", "Organization")]
        if not before:
            break
        start = min(before)
    return start


def own_subject(text: str, mentions: list[Mention], actors: list[Mention], before: int) -> Mention | None:
    """In a report, the name that opens the later clause or list item holding offset ``before`` with a verb
    of its own: each of the sentence's places does its own work (甲市入选某试点，乙市入选“某某”试点 →
    乙市; 支持甲市建设某区、乙市建设“某某” → 乙市). A list of names (支持甲市、乙市建设…) is one subject,
    and a first clause's subject is the sentence's: None for both.

    >>> from kg.types import Mention
    >>> a, b = Mention(2, 4, "甲市", "Place"), Mention(9, 11, "乙市", "Place")
    >>> own_subject("支持甲市建设某区、乙市建设某某", [a, b], [a, b], 13).text
    '乙市'
    >>> c = Mention(5, 7, "乙市", "Place")
    >>> own_subject("支持甲市、乙市建设某某", [a, c], [a, c], 9) is None
    True
    >>> d, e = Mention(0, 2, "甲市", "Place"), Mention(8, 10, "乙市", "Place")
    >>> own_subject("甲市入选某试点，乙市入选某某", [d, e], [d, e], 12).text
    '乙市'
    """
    clause = max(text.rfind(p, 0, before) for p in "，。；：") + 1
    item = text.rfind("、", clause, before)
    while item >= clause:
        opening = [m for m in actors if m.start == item + 1]
        if opening:
            m = opening[0]
            return m if m.type == "Place" and _verb_follows(text, m.end) and not _names_item(text, mentions, item) \
                else None
        item = text.rfind("、", clause, item)
    if clause == 0:
        return None
    opening = [m for m in actors if clause <= m.start < before and list_start(mentions, text, m) >= clause
               and opens_clause(text, list_start(mentions, text, m))]
    return min(opening, key=lambda m: m.start) if opening else None


_BACKING_RE = re.compile(r"(?:支持|推动|鼓励|引导|指导)$")


_OBJECT_CLAUSE_END_RE = re.compile(r"(?:建设|发展)$")


def backed_elsewhere(text: str, mentions: list[Mention], m: Mention, before: int) -> bool:
    """Whether ``m`` is what a report backs (支持甲市…) in a clause before the one holding offset ``before``
    and no subject of the later clauses, where the report's own place goes on: a body (支持某医院创建某中心，
    推进“某某”), or a place whose clause ends on the work itself (支持甲市、乙市协同发展，推进“某某”).
    A place backed to do something goes on doing it (支持甲市建设某区，打造“某某”: 甲市's).

    >>> from kg.types import Mention
    >>> a, b = Mention(2, 4, "甲市", "Place"), Mention(2, 5, "某医院", "Organization")
    >>> backed_elsewhere("支持甲市建设，推进某某", [a], a, 9), backed_elsewhere("支持某医院创建中心，推进某某", [b], b, 12)
    (True, True)
    >>> backed_elsewhere("支持甲市建设某区，打造某某", [a], a, 11), backed_elsewhere("支持甲市建设", [a], a, 6)
    (False, False)
    """
    start = list_start(mentions, text, m)
    clause = max(text.rfind(p, 0, start) for p in "，。；：") + 1
    end = min((i for i in (text.find(p, m.end) for p in "，；：") if i != -1), default=len(text))
    return bool(_BACKING_RE.search(text, clause, start)) and end < before \
        and (m.type == "Organization" or bool(_OBJECT_CLAUSE_END_RE.search(text, m.end, end)))


def subject_of_own_clause(text: str, mentions: list[Mention], m: Mention, before: int) -> bool:
    """Whether ``m`` opens the clause holding offset ``before`` and a verb follows it: the clause's
    subject, whatever it is (甲乙丙都市圈纳入某试点: a region does what its own clause says).

    >>> from kg.types import Mention
    >>> a = Mention(0, 3, "长株潭", "Place")
    >>> subject_of_own_clause("长株潭纳入某试点", [a], a, 5), subject_of_own_clause("长株潭的某试点", [a], a, 5)
    (True, False)
    >>> subject_of_own_clause("长株潭纳入某区，推进某试点", [a], a, 10)
    False
    """
    start = list_start(mentions, text, m)
    clause = max(text.rfind(p, 0, before) for p in "，。；：") + 1
    return start >= clause and opens_clause(text, start) and _verb_follows(text, m.end, finite=True)


def topic_opens_clause(text: str, before: int) -> bool:
    """Whether the topic at offset ``before`` opens a later clause of its sentence, with nothing but
    nouns or quotes before it (…，中老泰“三国三园”合作扎实推进): the clause says how the work goes, and
    the subject of an earlier clause does not run it.

    >>> topic_opens_clause("某园开工建设，“三国三园”合作扎实推进", 8), topic_opens_clause("某园开工建设，推进“三国三园”", 10)
    (True, False)
    >>> topic_opens_clause("“三国三园”合作扎实推进", 1)
    False
    """
    from kg.lexicon import tagged

    clause = max(text.rfind(p, 0, before) for p in "，；：") + 1
    if clause == 0:
        return False
    lead = text[clause:before].strip("“”‘’《》")
    return all(tag.startswith(("n", "m", "q", "x")) for _, tag in tagged(lead)) if lead else True


def _verb_follows(text: str, end: int, finite: bool = False) -> bool:
    """Whether the word after a name is a verb (甲市|建设某区, 乙市|入选…), not a noun of the name's
    phrase (甲市|核电机组, a work's name) nor the next name of a list; a ``finite`` verb only, not one
    used as a noun (某经济带|污染治理工程).

    >>> _verb_follows("甲市建设某区", 2), _verb_follows("甲市核电机组", 2), _verb_follows("甲市、乙市", 2)
    (True, False, False)
    >>> _verb_follows("甲带纳入某试点", 2, finite=True), _verb_follows("甲带污染治理", 2, finite=True)
    (True, False)
    """
    from kg.lexicon import tagged

    words = tagged(text[end:end + 6])
    if finite:
        return bool(words) and words[0][1] == "v"
    return bool(words) and words[0][1].startswith(("v", "d", "j")) and words[0][1] != "vg"


def _names_item(text: str, mentions: list[Mention], comma: int) -> bool:
    """Whether the list item ending at the 、 at ``comma`` is a name with nothing but lead words before it
    (支持甲市、: a list of names), not a clause of its own (甲市建设某区、)."""
    start = max(text.rfind(p, 0, comma) for p in "，。；：、") + 1
    return any(m.end == comma and m.type in ("Place", "Organization") and m.start >= start
               and CLAUSE_LEAD_RE.fullmatch(text, start, m.start) for m in mentions)


# a nation or the parties of a diplomatic item as the subject (genre words of national and foreign news);
# 中国式现代化 and 中国特色 name no actor
NATIONS_RE = re.compile(r"我国|中国(?!式|特色)|中方|双方|两国|三国|各方|国际社会")


def speaks_of_nations(text: str, mentions: list[Mention], before: int) -> bool:
    """Whether a clause before offset ``before`` opens with a nation or the parties of an international
    item (我国, 中方, 双方…) outside any name (中国宝武 is a company; 举办中国…展览会 opens no clause).

    >>> speaks_of_nations("中方愿同某方推进“某某”建设", [], 8), speaks_of_nations("今年，某县推进“某某”建设", [], 8)
    (True, False)
    >>> speaks_of_nations("推进中国式现代化“某某”建设", [], 9), speaks_of_nations("举办中国某某展，某某产业增长", [], 9)
    (False, False)
    """
    return any(opens_clause(text, found.start()) and not any(m.start <= found.start() < m.end for m in mentions)
               for found in NATIONS_RE.finditer(text, 0, before))


# a sentence opening with what its subject is (作为某某大省，…; 今年，作为首个某某区，…)
_APPOSITION_RE = re.compile(r"^(?:[^，。；：]{0,8}，)?作为[^，。；：]{2,30}?，")
_TIME_CLAUSE_RE = re.compile(r"[^，。；：]{0,6}(?:年|月|日|年来|以来|期间|近期|目前|如今|当前)，")


def appositive_subject(text: str, mentions: list[Mention], before: int) -> Mention | None:
    """The place or body a sentence's opening 作为…， phrase describes, when offset ``before`` lies in that
    phrase: the name opening the clause after it, past a clause of time words (作为数字经济大省，今年，甲省将
    推进… → 甲省); None when the phrase does not hold ``before`` or something else opens that clause.

    >>> from kg.types import Mention
    >>> a = Mention(12, 14, "甲省", "Place")
    >>> appositive_subject("作为数字经济大省，今年，甲省将推进", [a], 2).text
    '甲省'
    >>> appositive_subject("作为数字经济大省，今年，甲省将推进", [a], 16) is None
    True
    >>> appositive_subject("作为一名代表，张三提出，甲省应推进", [Mention(12, 14, "甲省", "Place")], 4) is None
    True
    """
    phrase = _APPOSITION_RE.match(text)
    if phrase is None or not (text.find("作为") < before < phrase.end()):
        return None
    start = phrase.end()
    time = _TIME_CLAUSE_RE.match(text, start)
    start = time.end() if time else start
    found = [m for m in mentions if m.type in ("Place", "Organization") and list_start(mentions, text, m) >= start
             and CLAUSE_LEAD_RE.fullmatch(text, start, list_start(mentions, text, m))]
    return min(found, key=lambda m: m.start) if found else None


def described_in_apposition(text: str, m: Mention, before: int) -> bool:
    """Whether ``m`` is named inside a sentence's opening 作为…， phrase and offset ``before`` lies after it:
    the phrase describes the clause's subject (作为甲省首个试点城市，近年来，乙市构建… → 乙市, not 甲省).

    >>> from kg.types import Mention
    >>> described_in_apposition("作为甲省首个试点城市，近年来，乙市构建“某某”体系", Mention(2, 4, "甲省", "Place"), 22)
    True
    >>> described_in_apposition("甲省作为试点省份，构建“某某”体系", Mention(0, 2, "甲省", "Place"), 12)
    False
    """
    phrase = _APPOSITION_RE.match(text)
    return phrase is not None and text.find("作为") < m.start < phrase.end() <= before
