"""Statistics that are not one value after its indicator: ratios, 持平, and 分别 lists.

>>> [(p.label, p.value) for p in ratio_parts("三次产业结构比例调整为8.7:48.5:42.8")]
[('三次产业结构比例（第一产业）', 8.7), ('三次产业结构比例（第二产业）', 48.5), ('三次产业结构比例（第三产业）', 42.8)]
>>> ratio_parts("男女性别比为105:100")
[]
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from kg.lexicons import lexicon, lexicon_rows
from kg.relate.stat_indicators import MEASURE_RE, clean_indicator

_NUM = r"[0-9]+(?:\.[0-9]+)?"
RATIO_RE = re.compile(rf"(?<![0-9.:：]){_NUM}(?:[:：∶]{_NUM}){{2,}}(?![0-9.:：])")
_RATIO_NOUN_RE = re.compile(r"比例|结构|之比|比重|构成")
# 三次产业 is the standard three-sector division (GB/T 4754-2017 附录 三次产业划分).
_SECTORS = ("第一产业", "第二产业", "第三产业")
STEADY_RE = re.compile(r"(?:与|和|同|较|比)(?:上年|去年|上年末|上年同期|去年同期)(?:基本)?持平|基本持平|保持持平")


class RatioPart(NamedTuple):
    start: int
    end: int
    label: str
    value: float


def ratio_parts(clause: str) -> list[RatioPart]:
    """A ratio of shares in % (the parts add up to 100) after its noun: one 占比 per part.

    A ratio whose parts do not add up to 100 (105:100, 1:2:3) compares, it does not share out.
    """
    found: list[RatioPart] = []
    for match in RATIO_RE.finditer(clause):
        parts = [float(p) for p in re.split(r"[:：∶]", match.group())]
        head = clause[: match.start()]
        nouns = list(_RATIO_NOUN_RE.finditer(head))
        if abs(sum(parts) - 100) > 0.5 or not nouns:
            continue
        indicator = clean_indicator(head[: nouns[-1].end()])
        if "三次" + indicator in head:
            indicator = "三次" + indicator  # the numeral is part of the term 三次产业
        if len(indicator) < 2:
            continue
        labels = _SECTORS if len(parts) == 3 and "三次产业" in indicator else tuple(f"第{k + 1}项" for k in range(len(parts)))
        found.extend(RatioPart(match.start(), match.end(), f"{indicator}（{label}）", value)
                     for label, value in zip(labels, parts, strict=True))
    return found


def respectively(clause: str, values: list, lead: str = "") -> list[tuple[str, re.Match[str] | None]] | None:
    """``A、B分别增长24.7%、40.16%`` → [(A, 增长), (B, 增长)]: the k-th indicator goes with the k-th value; a
    head the last item carries is all items' (装备制造业、高技术制造业增加值), 城乡 is 城镇 then 农村, and
    第一、二、三产业 the three sectors; ``lead``, the clause's own place opening the list, is no item's.

    >>> from kg.relate.stat_values import clause_values
    >>> text = "装备制造业、高技术制造业增加值分别增长14.8%、14.6%"
    >>> [item for item, _ in respectively(text, clause_values(text))]
    ['装备制造业增加值', '高技术制造业增加值']
    """
    if "分别" not in clause or len(values) < 2:
        return None
    head = clause[: values[0].start]
    measure = None
    for m in MEASURE_RE.finditer(head):
        measure = m
    names = head[: measure.start()] if measure else head
    names = _ORDINAL_SECTORS_RE.sub(_sectors_named, names.split("分别")[0])
    items = _elided_items([clean_indicator(part) for part in re.split(r"[、和]", names)])
    if lead and items[0].startswith(lead) and len(items[0]) > len(lead) + 1:
        items[0] = items[0][len(lead):]  # 某县摩托车产销量分别…: 某县 is whose, not what
    if len(items) == 1 and len(values) == 2 and items[0].startswith("城乡"):
        items = ["城镇" + items[0][2:], "农村" + items[0][2:]]  # 城乡居民…分别: the towns', then the countryside's
    if len(items) == 1:
        items = compound_parts(items[0], len(values)) or items
    if len(items) != len(values) or not all(len(i) >= 2 for i in items):
        return None
    head = _shared_head(items[0], items[-1])
    return [(item if k == len(items) - 1 or item.endswith(head) else item + head, measure)
            for k, item in enumerate(items)]


def _elided_items(items: list[str]) -> list[str]:
    """One character listed before the next item stands for that item with its first character
    replaced, when the two characters make a pair said as one word (内、外贸吞吐量 → 内贸吞吐量,
    外贸吞吐量; 中、小学 → 中学, 小学); not a word's last character (警情、刑事案件).

    >>> _elided_items(["港口内", "外贸吞吐量"]), _elided_items(["出口", "进口"])
    (['港口内贸吞吐量', '外贸吞吐量'], ['出口', '进口'])
    >>> _elided_items(["刑事治安警情", "刑事立案数量"])
    ['刑事治安警情', '刑事立案数量']
    """
    from kg.lexicon import words

    def elided(k: int) -> bool:
        return k + 1 < len(items) and len(items[k]) >= 1 and len(words(items[k])[-1]) == 1 \
            and len(items[k + 1]) >= 2 and len(words(items[k + 1])[0]) == 2 \
            and len(words(items[k][-1] + items[k + 1][0])) == 1  # a pair said as one word: 内外, 中小, 进出
    return [item + items[k + 1][1:] if elided(k) else item for k, item in enumerate(items)]


@lru_cache(maxsize=1)
def _compounds() -> re.Pattern[str]:
    entries = sorted(lexicon("stat_compound_indicators"), key=len, reverse=True)
    return re.compile("(" + "|".join(map(re.escape, entries)) + ")(?!率)")


def compound_parts(item: str, count: int) -> list[str] | None:
    """The parts of one compound indicator (stat_compound_indicators.tsv) that ``count`` values after
    分别 measure in turn: 汽车产销量 → 汽车产量, 汽车销量; None when the item holds no compound or it has
    another number of parts (产销率 is one indicator).

    >>> compound_parts("新能源汽车产销量", 2), compound_parts("财政收支", 2), compound_parts("产销率", 2)
    (['新能源汽车产量', '新能源汽车销量'], ['财政收入', '财政支出'], None)
    """
    found = _compounds().search(item)
    if not found:
        return None
    parts = {row.entry: row.extra["parts"].split(",") for row in lexicon_rows("stat_compound_indicators")}[found.group(1)]
    if len(parts) != count:
        return None
    rest = item[found.end():]
    return [item[: found.start()] + (part[:-1] if rest.startswith(part[-1]) else part) + rest for part in parts]


# 第一、二、三产业 / 二、三产业: the three sectors of the national accounts, each named in full
_ORDINAL_SECTORS_RE = re.compile(r"第?([一二三])(?:、|和)([二三])(?:(?:、|和)([三]))?产业")


def _sectors_named(match: re.Match[str]) -> str:
    return "、".join(f"第{n}产业" for n in match.groups() if n)


def _shared_head(first: str, last: str) -> str:
    """The head a coordination's last item carries for all (装备制造业、高技术制造业增加值 → 增加值;
    城镇和农村居民人均可支配收入 → 居民人均可支配收入), '' when the items are whole (出口、进口) or where
    the head begins cannot be told (汽车、家电产品以旧换新).

    >>> _shared_head("装备制造业", "高技术制造业增加值"), _shared_head("城镇", "农村居民人均可支配收入")
    ('增加值', '居民人均可支配收入')
    >>> _shared_head("出口", "进口"), _shared_head("汽车", "家电产品以旧换新")
    ('', '')
    """
    from kg.lexicon import words

    for tail in dict.fromkeys((words(first)[-1] if first else "", first[-2:])):  # its last word, its last two characters
        at = last.rfind(tail) if len(tail) >= 2 else -1
        if 0 < at and at + len(tail) < len(last):
            return last[at + len(tail):]  # the first item's ending recurs in the last one: the head follows it
    if first in _URBAN_RURAL and last[:2] in _URBAN_RURAL and len(last) > 2:
        return last[2:]  # 城镇和农村居民…: the statistics' urban–rural split, the head follows the other's
    return ""


# the urban–rural split of China's statistics (国家统计局《统计上划分城乡的规定》)
_URBAN_RURAL = ("城镇", "城市", "农村", "乡村")

