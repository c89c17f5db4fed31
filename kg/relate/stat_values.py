"""Values of a statistics clause: money, percentages and counted quantities, left to right.

A value is a statistic only when it measures something: ``全长19公里`` describes a work, ``时速350公里``
a speed, ``5000万元以上项目`` is a threshold qualifying a noun, ``2024年`` a date; none of them is read.

>>> [(v.value, v.unit) for v in clause_values("工业投资增长9.5%，完成投资12亿元")]
[(9.5, '%'), (1200000000.0, 'CNY')]
>>> clause_values("引进5000万元以上项目12个")[0].unit
'个'
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from kg.extract.amounts import bare_amount_is_money
from kg.lexicons import lexicon_rows
from kg.normalize import (
    MONEY_HINT,
    MONEY_PATTERN,
    NUMBER_HINT,
    PERCENT_HINT,
    PERCENT_PATTERN,
    QUANTITY_PATTERN,
    parse_money,
    parse_percent,
    parse_quantity,
)
from kg.normalize.numbers import decimal_value, nfkc

# a work's completion setting the condition of the clauses after it (某站建成投用后，预计…)
_ONCE_BUILT_RE = re.compile(r"(?:建成|投产|完工|竣工|开通|运营|投用|投运)后[，,]?$")
# Counted things (a count's noun often follows it: 160家企业); 个月 and 年 are durations, not counts.
COUNT_UNITS = frozenset("个家名人件条项所座户笔份起次处套台栋间亩位支种列部堂")
NON_STAT_UNITS = frozenset({"年", "月", "日", "时", "小时", "倍", "天", "周", "岁", "个月"})
_BOUND_RE = re.compile(r"以上|以下|以内")
# What a work will do once built (建成后年发电量可达…, 可满足年旅客吞吐量…) is its design, not a statistic.
DESIGN_RE = re.compile(r"(?:建成|投产|完工|开通|运营|投用)后|(?:可|能够|能)(?:满足|容纳|消纳|承载)")
# What one machine or facility can do in a unit of time (每分钟可移栽1680株, 一天能浇600亩地, 前肢可实现每秒
# 振动200次): its specification, not a statistic; a place's daily figure has no modal (全省每天投入3万台收割机).
CAPACITY_RATE_RE = re.compile(r"(?:每|一)(?:秒钟?|分钟|小时|天)[^，。；0-9]{0,6}?(?:可以?|能够?)"
                              r"|(?:可以?|能够?)[^，。；0-9]{0,4}?每(?:秒钟?|分钟|小时|天)")
# A rank (位居全国前5位, 进入全球前1%, 票房榜前10位) or an equivalence (相当于…2.4亿吨标准煤) before a value: no statistic.
_RANK_OR_EQUIVALENT_RE = re.compile(r"(?:居|列|排名|进入|跻身|位于|榜)[\u4e00-\u9fff]{0,6}?前$|相当于[^，。；0-9]{0,12}$"
                                    # a rank's move (全国排名上升11位, 位次前移3位): places on a list, no statistic
                                    r"|(?:排名|位次|名次|排位)(?:有望|预计|将)?(?:上升|提升|提高|前移|前进|跃升|下降|后移|下滑)了?$")
# An amount right before the noun it classes: 100亿元项目, 千亿级产业.
_ATTRIBUTIVE_RE = re.compile(r"(?:级|量级)?(?:重大)?(?:项目|企业|工程|产业)")
# A size right before a facility it describes (no punctuation between).
_FACILITY_RE = re.compile(r"[\u4e00-\u9fff“”]{0,14}(?:项目|机组|生产线|产线)")
# 个 before a time noun counts time: 15个工作日, 1个小时; /小时 is a speed.
_DURATION_RE = re.compile(r"(?:工作日|小时|星期|季度|/小时)")
# 宽, 长, 高 describe a size, except as the end of a change word (增长, 延长, 提高).
_CHANGE_CHARS = frozenset("增延提升成")


class Value(NamedTuple):
    """One value of a clause: offsets in the clause, the number and its unit (CNY for money)."""

    start: int
    end: int
    value: float
    unit: str
    kind: str


def clause_values(clause: str) -> list[Value]:
    """Every statistic value of a clause, left to right, without overlaps."""
    found: list[Value] = []
    if not NUMBER_HINT.search(clause) or DESIGN_RE.search(clause) or CAPACITY_RATE_RE.search(clause):
        return found
    for pattern, hint, kind in ((MONEY_PATTERN, MONEY_HINT, "money"), (PERCENT_PATTERN, PERCENT_HINT, "percent"),
                                (QUANTITY_PATTERN, NUMBER_HINT, "quantity")):
        if not hint.search(clause):
            continue
        for match in pattern.finditer(clause):
            if any(v.start < match.end() and match.start() < v.end for v in found):
                continue
            if _qualifier(clause, match.start(), match.end(), kind) or _descriptive(clause, match.start(), match.end()) \
                    or _idiom_or_ordinal(clause, match.start(), match.end()) or _rank_or_equivalent(clause, match.start(), kind):
                continue
            parsed = _parse(match.group(), kind)
            if parsed and kind == "money" and not bare_amount_is_money(clause, match):
                parsed = _bare_count(match)  # 网民规模10.51亿: a count, its magnitude as printed
            if parsed and kind == "quantity" and not is_count(parsed[1]) and _FACILITY_RE.match(clause, match.end()):
                continue  # 25万吨煤基乙烯项目, 100万千瓦机组: the size of a facility
            if parsed:
                found.append(Value(match.start(), match.end(), parsed[0], parsed[1], kind))
    return _shared_units(sorted(found), clause)


def once_built(text: str, offset: int) -> bool:
    """Whether an earlier clause of the same part of the sentence sets a work's completion as the condition
    of the clause at ``offset``: its figures are the work's design (某站建成投用后，预计旅客年发送量将达…).

    >>> once_built("某站建成投用后，预计年发送旅客3000万人次", 8), once_built("某站建成投用，年发送旅客3000万人次", 7)
    (True, False)
    """
    part_start = max(text.rfind(p, 0, offset) for p in "；。") + 1
    clauses = re.split(r"[，,]", text[part_start:offset])
    return any(_ONCE_BUILT_RE.search(c + "，") for c in clauses if c)


def _shared_units(values: list[Value], clause: str) -> list[Value]:
    """``2.2个和3.7个百分点``: the first of a pair takes the unit spelled out on the second.

    >>> [(v.value, v.unit) for v in clause_values("分别高于全省2.2个和3.7个百分点")]
    [(2.2, '个百分点'), (3.7, '个百分点')]
    """
    out = list(values)
    for k in range(len(out) - 1):
        first, second = out[k], out[k + 1]
        if first.unit == "个" and second.unit == "个百分点" and clause[first.end:second.start] in ("和", "、", "与"):
            out[k] = first._replace(unit="个百分点", kind="percent")
    return out


def _qualifier(clause: str, start: int, end: int, kind: str = "money") -> bool:
    """``投资50亿元的项目`` (an apposition), ``100亿元项目`` (a class of projects) and ``5000万元以上项目``
    (a threshold) qualify a noun; ``74.6%的增加值`` is a share of it.

    >>> _qualifier("引进5亿元以上项目", 2, 5), _qualifier("增长30%以上", 2, 8)
    (True, False)
    """
    rest = clause[end:]
    if (rest.startswith("的") and kind != "percent") or (kind == "money" and _ATTRIBUTIVE_RE.match(rest)):
        return True
    bound = _BOUND_RE.match(rest)
    if bound:
        rest = rest[bound.end():]
    elif not _BOUND_RE.search(clause[start:end]):
        return False
    return bool(re.match(r"[\u4e00-\u9fff]", rest))


def _rank_or_equivalent(clause: str, start: int, kind: str = "quantity") -> bool:
    """A rank (居全国前5位, 进入全球前1%) or an amount an equivalence converts to (相当于种植3000亩森林): no
    statistic of its own; a share after 相当于 (相当于全国的三分之一) still measures.

    >>> _rank_or_equivalent("产量居全国前5位", 6), _rank_or_equivalent("前5个月增长8%", 1)
    (True, False)
    """
    found = _RANK_OR_EQUIVALENT_RE.search(clause, 0, start)
    return found is not None and (kind != "percent" or not found.group().startswith("相当于"))


def _descriptive(clause: str, start: int, end: int) -> bool:
    """A length or speed of one thing (``全长19公里``, ``350公里时速``, ``仅宽1.5米``), a duration
    (``15个工作日内``) or a group in a story (``张某等4人``), not a statistic."""
    words = _description_words("word")
    if any(_describes_after(clause, end, w) for w in words) or _DURATION_RE.match(clause, end):
        return True
    if _LENGTH_RE.search(clause, start, end) and _is_distance(clause, start, end):
        return True
    if clause[end - 1:end] == "人" and clause[:start].endswith("等") and clause[max(0, start - 4):start - 1].endswith("某"):
        return True
    if _CONTENTS_BEFORE_RE.search(clause, 0, start) and (clause[end - 1:end] in "篇卷章段"
                                                         or _PARTS_AFTER_RE.match(clause, end)):
        return True  # 《某文选》收入…文稿79篇, 分为18个专题: a publication's contents
    before = clause[:start].rstrip("约近超达为仅")
    return any(before.endswith(w) and (len(w) > 1 or before[-2:-1] not in _CHANGE_CHARS) for w in words)


def _describes_after(clause: str, end: int, word: str) -> bool:
    """Whether ``word`` right after a value describes its size (350公里时速, 120米高，, 200米长的): one
    character (高, 长, 宽) only when no word goes on with it (30所高校, 120家高新技术企业, 20公里长江岸线)."""
    if not clause.startswith(word, end):
        return False
    after = clause[end + len(word):end + len(word) + 1]
    return len(word) > 1 or not after or after == "的" or not "\u4e00" <= after <= "\u9fff"


# a publication's contents: a verb of compiling before the count (收入, 收录, 分为, 共有…) and pieces of a
# book (篇, 卷, 章, 段) or its parts (个专题) counted; 发表论文300篇, a library's 藏书29万册 stay
_CONTENTS_BEFORE_RE = re.compile(r"(?:收入|收录|选入|选编|摘编|摘自|分为|分|编为|共计|共有|共)[^，。；0-9]{0,40}$")
_PARTS_AFTER_RE = re.compile(r"个?(?:专题|部分|章节|单元)")


@cache
def _description_words(kind: str) -> frozenset[str]:
    return frozenset(row.entry for row in lexicon_rows("stat_descriptions") if row.extra.get("kind") == kind)


# a length unit closing a value (8公里, 1000米, 3.5千米)
_LENGTH_RE = re.compile(r"(?:米|公里|千米)$")
# a distance from somewhere (距离县城约8公里, 距地400公里) or to a place beyond it (5公里外的…)
_DISTANCE_BEFORE_RE = re.compile(r"距(?:离)?[\u4e00-\u9fff]{0,12}?[约近超达为仅]?$")
_BEYOND_RE = re.compile(r"[多余]?(?:之外|以外|开外|外)")


def _is_distance(clause: str, start: int, end: int) -> bool:
    """Whether a length is a distance from or to somewhere, or the distance naming a race (女子1000米决赛),
    not a length built or measured.

    >>> _is_distance("距离县城约8公里", 5, 8), _is_distance("赶往5公里外的故障点", 2, 5)
    (True, True)
    >>> _is_distance("获得女子1000米决赛冠军", 4, 9), _is_distance("新建公路80公里", 4, 8)
    (True, False)
    """
    if _DISTANCE_BEFORE_RE.search(clause, 0, start) or _BEYOND_RE.match(clause, end):
        return True
    return any(clause.startswith(w, end) or clause.startswith(w, end + 2) and clause[end:end + 2] in _RACE_KINDS
               for w in _description_words("event"))


# the kind of a race standing between its distance and the event (1000米|混合|接力)
_RACE_KINDS = frozenset(("混合", "团体", "男子", "女子", "个人"))


# A bare magnitude word as a number (千户苗寨, 万名干部进万企, 百县千企) is an idiom, not a count.
_BARE_MAGNITUDE_RE = re.compile(r"[百千万][^0-9.一二两三四五六七八九十百千万亿]")
_NUMERAL_CHARS = "0123456789.一二两三四五六七八九十百千万亿几数"
# 十届十二次、十三次全会: the ordinal of a meeting.
_MEETING_RE = re.compile(r"(?:[、和][0-9一二三四五六七八九十]+次)*(?:全体)?(?:全会|会议|常委会)")


def _idiom_or_ordinal(clause: str, start: int, end: int) -> bool:
    """``千户苗寨`` (a bare 千 names no number), ``十届十二次全会`` (a meeting's ordinal) and a code's digits
    after its letters (``C9309次列车``, a train's number; ``AG600``, an aircraft's model) are no values.

    >>> _idiom_or_ordinal("支持西江千户苗寨创建", 4, 6), _idiom_or_ordinal("落实十届十二次全会部署", 4, 7)
    (True, True)
    >>> _idiom_or_ordinal("新增三千户", 2, 5), _idiom_or_ordinal("开展培训12次", 4, 7), _idiom_or_ordinal("G15次", 1, 4)
    (False, False, True)
    """
    if _BARE_MAGNITUDE_RE.match(clause, start) and (start == 0 or clause[start - 1] not in _NUMERAL_CHARS):
        return True
    if start > 0 and clause[start - 1].isascii() and clause[start - 1].isalpha():
        return True  # C9309次, Y925次: a code's digits after its letters
    return clause[end - 1:end] == "次" and (clause[:start].endswith("届") or bool(_MEETING_RE.match(clause, end)))


def _parse(text: str, kind: str) -> tuple[float, str] | None:
    if kind == "money":
        money = parse_money(text)
        return (float(money.value), money.currency) if money else None
    if kind == "percent":
        pct = parse_percent(text)
        return (float(pct.value), pct.unit) if pct else None
    qty = parse_quantity(text)
    if qty and qty.unit not in NON_STAT_UNITS:
        return float(qty.value), qty.unit
    return None


def _bare_count(match: re.Match[str]) -> tuple[float, str] | None:
    """A bare N亿 that is no money: the number and its magnitude word as printed (10.51, 亿)."""
    number = decimal_value(nfkc(match.group("bnum")))
    return (float(number), match.group("bmag")) if number is not None else None


def is_count(unit: str) -> bool:
    """个, 万家, 亿人次: a count of things whose noun may follow the number."""
    return unit in COUNT_UNITS or unit.endswith(tuple(COUNT_UNITS))


# a milestone passed before its value (首次突破100亿元, 历史性突破了10亿千瓦, 累计超过2万例): a verb of
# passing a round mark, the value right after it; not a change's bound (净增超1.4亿平方米)
_MILESTONE_BEFORE_RE = re.compile(r"(?:突破|超过|迈上|跨上|站上|越过)了?$")
# a value read with its bound (超过2万例, 超2万例) passes the mark the same way
_MILESTONE_OPEN_RE = re.compile(r"超过?了?[0-9]")
_CHANGE_BEFORE_RE = re.compile(r"(?:增|减|降|增长|增加|减少|下降|降低|提高|提升|上升|扩大)$")
# the level reached after it, opening the next clause (…大关，达到108亿元)
_LEVEL_NEXT_RE = re.compile(r"(?:的?大关|关口)?，(?:已|并|再|进而)?(?:达到|达|为|增至|升至)了?(?:约|近|超过|超)?(?=[0-9])")
_NUMBER_RE = re.compile(r"[0-9.]+[十百千万亿]*(?:多|余)?")


def _unit_word(value_text: str) -> str:
    """The measure word of a printed value, without its magnitude: 超过2万例 → 例, 33万亿美元 → 美元."""
    number = _NUMBER_RE.search(value_text)
    return value_text[number.end():] if number else ""


def milestone_passed(sentence: str, start: int, end: int) -> bool:
    """Whether the value ``sentence[start:end]`` is a milestone passed on the way to the level the next
    clause reaches in the same measure word (突破100亿元，达到108亿元): the level is the statistic, the
    milestone a round number; not 超过7万家，为5年来最高 (为 opens no level of 家).

    >>> milestone_passed("产值首次突破100亿元，达到108亿元", 6, 11), milestone_passed("产值突破100亿元，同比增长5%", 4, 9)
    (True, False)
    >>> milestone_passed("病例已超过2万例，达到20513例", 3, 8), milestone_passed("企业超过7万家，为5年来最高", 2, 7)
    (True, False)
    """
    passed = _MILESTONE_BEFORE_RE.search(sentence, 0, start) or _MILESTONE_OPEN_RE.match(sentence, start)
    level = _LEVEL_NEXT_RE.match(sentence, end)
    if not passed or not level or _CHANGE_BEFORE_RE.search(sentence, 0, start):
        return False
    number = _NUMBER_RE.match(sentence, level.end())
    unit = _unit_word(sentence[start:end])
    return number is not None and bool(unit) and sentence.startswith(unit, number.end())
