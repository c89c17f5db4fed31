"""Percentages (``19.4%``, ``72.8个百分点``, ``百分之十五``, ``近三分之一``) and counted
quantities (``128个``, ``1300余个``, ``10.5万吨``, ``2×1000兆瓦``).

A quantity keeps its unit *as written*, 万/亿 included: ``2.5万个`` is value 2.5,
unit ``万个`` (the gold annotations do the same); ``一万吨`` is 1 ``万吨``.  Fractions
become percentages rounded to two decimals (三分之一 → 33.33).

>>> parse_percent("５.１％")
Percent(value=5.1, unit='%', approx=False)
>>> parse_quantity("2×1000兆瓦")
Quantity(value=2000, unit='兆瓦', approx=False)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from kg.normalize.numbers import (
    ARABIC,
    CN_DIGITS,
    CN_NUMERAL,
    DIGIT,
    NOT_AFTER_DIGIT,
    PREFIX,
    SUFFIX,
    decimal_value,
    nfkc,
    to_number,
)


@dataclass(frozen=True, slots=True)
class Percent:
    """A percentage (unit '%', '‰') or a difference in percentage points ('个百分点')."""

    value: float
    unit: str
    approx: bool


@dataclass(frozen=True, slots=True)
class Quantity:
    """A counted or measured amount; ``unit`` as written (个, 万吨, 兆瓦, 平方米 …)."""

    value: float
    unit: str
    approx: bool


_PERCENT = (
    rf"{NOT_AFTER_DIGIT}(?P<pre>{PREFIX})?(?:"
    rf"(?P<num>{ARABIC}|{CN_NUMERAL})(?P<inf>[余多])?(?:[^\S\n](?=[%％]))?(?P<unit>[%％‰]|个百分点|百分点)"
    rf"|百分之(?P<cn>{ARABIC}|{CN_NUMERAL})"
    rf"|(?P<den>[{CN_DIGITS}十百]+)分之(?P<nom>[{CN_DIGITS}十百]+))"
    rf"(?P<suf>{SUFFIX})?"
)
PERCENT_PATTERN: re.Pattern[str] = re.compile(_PERCENT)
# Every match holds a percent sign or 点 (百分点) or 之 (百分之, 三分之一): text without any has no percentage.
PERCENT_HINT: re.Pattern[str] = re.compile("[%％‰点之]")


@lru_cache(maxsize=8192)  # pure, and the same expressions recur across articles
def parse_percent(text: str) -> Percent | None:
    """Parse one percentage (the whole text); None otherwise.

    >>> parse_percent("72.8个百分点"), parse_percent("30%以上")
    (Percent(value=72.8, unit='个百分点', approx=False), Percent(value=30, unit='%', approx=True))
    >>> parse_percent("近三分之一"), parse_percent("百分之十五").value
    (Percent(value=33.33, unit='%', approx=True), 15)
    """
    match = PERCENT_PATTERN.fullmatch(nfkc(text))
    if match is None:
        return None
    g = match.groupdict()
    approx = bool(g["pre"] or g["suf"] or g["inf"])
    if g["num"] is not None:
        unit = "个百分点" if g["unit"].endswith("百分点") else g["unit"]
        value = decimal_value(g["num"])
    elif g["cn"] is not None:
        unit, value = "%", decimal_value(g["cn"])
    else:
        unit, value = "%", _fraction(g["nom"], g["den"])
    return None if value is None else Percent(to_number(value), unit, approx)


def _fraction(nominator: str, denominator: str) -> Decimal | None:
    """``nominator/denominator`` as a percentage with two decimals."""
    nom, den = decimal_value(nominator), decimal_value(denominator)
    if nom is None or not den:
        return None
    return (nom / den * 100).quantize(Decimal("0.01"))


_UNIT_WORDS = """个月 个 家 人次 人 件 吨标准煤 吨 亩 名 户次 户 所 座 套 项 笔 份 条 处 张 场次 场 车次 架次 辆次 艘次 班次 航次 次 起
    栋 间 宗 辆 台 位 支 批 株 棵 头 只 艘 册 篇 部门 口 根 千瓦时 吉瓦时 兆瓦时 千瓦 兆瓦 吉瓦
    平方公里 平方千米 平方米 立方米 公里 千米 米 千公顷 公顷 公斤 千克 斤 标准箱 标箱 天 小时 岁
    羽 种 列 部 堂 吨公里 人公里 PF"""
# Units, longest first so 平方公里 wins over 公里 and 人次 over 人.
_UNITS = sorted(_UNIT_WORDS.split(), key=len, reverse=True)
# 个 is not 个百分点; 对 not 对接; 年 only after at most three digits (2023年 is a date).
_UNIT = "|".join(u if u != "个" else "个(?!百分点)" for u in _UNITS) + "|对(?!接|于)"
# A rate unit: 吨标准煤/万元, 人/公里.
_PER = rf"(?:/(?:万|亿)?(?:元|{'|'.join(_UNITS)}))?"
_YEAR_UNIT = rf"(?<![{DIGIT}{CN_DIGITS}]{{4}})年(?![度初底末中前后以])"
_D = "一二两三四五六七八九"
_CN_COUNT = (  # 十五, 三百, 一千二, 千 (千亩 = 1000 亩), 一 only before 万/亿 (一万吨); not 八九十年, 几十亩, 数百个
    rf"(?<![{CN_DIGITS}十百千万亿几数])(?:[{_D}]?千(?:零?[{_D}]百)?(?:零?[{_D}]?十)?(?:零?[{_D}])?"
    rf"|[{_D}]?百(?:零?[{_D}]?十)?(?:零?[{_D}])?|[{_D}]?十[{_D}]?|[{_D}](?=[万亿]))"
)
_QUANTITY = (
    rf"{NOT_AFTER_DIGIT}(?<!第)(?P<pre>{PREFIX})?"
    rf"(?:(?P<factor>{ARABIC})\s*[×xX＊*]\s*)?(?P<num>{ARABIC}|{_CN_COUNT})"
    rf"(?P<in1>[余多])?(?P<mag>万|亿)?(?P<in2>[余多])?(?P<unit>(?:{_UNIT}|{_YEAR_UNIT}){_PER})(?![A-Za-z])"
    rf"(?P<suf>{SUFFIX})?"
)
QUANTITY_PATTERN: re.Pattern[str] = re.compile(_QUANTITY)
_LEAD = re.compile(r"^(?:年产能|年产量|年产|产能|共计|总计|合计|累计|共|达到|达|新增)")


@lru_cache(maxsize=8192)  # pure, and the same expressions recur across articles
def parse_quantity(text: str) -> Quantity | None:
    """Parse one quantity (the whole text, after a lead word such as 年产 or 共); None otherwise.

    >>> parse_quantity("年产6万吨"), parse_quantity("1300余个")
    (Quantity(value=6, unit='万吨', approx=False), Quantity(value=1300, unit='个', approx=True))
    >>> parse_quantity("一万吨").unit, parse_quantity("15吉瓦时").value, parse_quantity("2023年")
    ('万吨', 15, None)
    """
    match = QUANTITY_PATTERN.fullmatch(_LEAD.sub("", nfkc(text)))
    if match is None:
        return None
    g = match.groupdict()
    value = decimal_value(g["num"])
    if value is None:
        return None
    if g["factor"] is not None:
        value *= decimal_value(g["factor"]) or 0
    approx = bool(g["pre"] or g["suf"] or g["in1"] or g["in2"])
    return Quantity(to_number(value), (g["mag"] or "") + g["unit"], approx)
