"""Statistics that are not one value after its indicator: ratios, 持平, and 分别 lists.

>>> [(p.label, p.value) for p in ratio_parts("三次产业结构比例调整为8.7:48.5:42.8")]
[('三次产业结构比例（第一产业）', 8.7), ('三次产业结构比例（第二产业）', 48.5), ('三次产业结构比例（第三产业）', 42.8)]
>>> ratio_parts("男女性别比为105:100")
[]
"""

from __future__ import annotations

import re
from typing import NamedTuple

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


def respectively(clause: str, values: list) -> list[tuple[str, re.Match[str] | None]] | None:
    """``A、B分别增长24.7%、40.16%`` → [(A, 增长), (B, 增长)]: the k-th indicator goes with the k-th value.

    >>> from kg.relate.stat_values import clause_values
    >>> text = "装备制造业、高技术制造业增加值分别增长14.8%、14.6%"
    >>> [item for item, _ in respectively(text, clause_values(text))]
    ['装备制造业', '高技术制造业增加值']
    """
    if "分别" not in clause or len(values) < 2:
        return None
    head = clause[: values[0].start]
    measure = None
    for m in MEASURE_RE.finditer(head):
        measure = m
    names = head[: measure.start()] if measure else head
    names = names.split("分别")[0]
    items = [clean_indicator(part) for part in re.split(r"[、和]", names)]
    if len(items) != len(values) or not all(len(i) >= 2 for i in items):
        return None
    return [(item, measure) for item in items]

