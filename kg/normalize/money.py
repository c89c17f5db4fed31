"""Amounts of money: ``806.76亿元``, ``1875万美元``, ``超50亿元``, ``310余万元``, ``200万余元``.

``MONEY_PATTERN`` finds amounts in running text; every ``group(0)`` it yields is
accepted by :func:`parse_money`.  Approximation words that touch the number are
part of the match (超 超过 逾 近 将近 约 约达 不到 不足 …, infix 余 多, suffix 以上
以下 以内 左右); neutral lead words (达 共 总额 投资 …) are not, and
``parse_money`` drops them when a caller passes them.  A Chinese numeral needs a
unit character (一千万元, 三千亿元), so 三元前驱体 is no amount; 签约5亿元 and
节约200万元 do not read 约 as "about".

A bare ``N亿`` without 元 (产值预计可达50亿，) counts as CNY when an Arabic number
precedes it and punctuation or 的 follows; a bare ``N万`` never does.

A range (``5万元至10万元``) is not one amount: ``parse_money`` returns None and the
pattern finds its two ends separately.

>>> parse_money("806.76亿元")
Money(value=80676000000, currency='CNY', approx=False, bound=None)
>>> [m.group(0) for m in MONEY_PATTERN.finditer("总投资超50亿元，其中外资1875万美元。")]
['超50亿元', '1875万美元']
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType

from kg.normalize.numbers import (
    ARABIC,
    CN_NUMERAL_WITH_UNIT,
    INFIX_BOUNDS,
    NOT_AFTER_DIGIT,
    PREFIX,
    PREFIX_BOUNDS,
    SUFFIX,
    SUFFIX_BOUNDS,
    combine_bounds,
    decimal_value,
    nfkc,
    to_number,
)


@dataclass(frozen=True, slots=True)
class Money:
    """An amount in units of ``currency``; ``bound`` is 'lower', 'upper' or None."""

    value: float  # an int when integral (80676000000), else a float
    currency: str  # ISO 4217: CNY, USD, EUR, HKD, JPY, GBP
    approx: bool
    bound: str | None


CURRENCIES: Mapping[str, str] = MappingProxyType(
    {
        "美元": "USD",
        "欧元": "EUR",
        "港元": "HKD",
        "港币": "HKD",
        "日元": "JPY",
        "英镑": "GBP",
        "元人民币": "CNY",
        "人民币": "CNY",
        "元": "CNY",
    }
)
_CURRENCY = "|".join(sorted(CURRENCIES, key=len, reverse=True))
_MAGNITUDE = "万亿|千万|百万|千|百|万|亿"
_MONEY = (
    rf"{NOT_AFTER_DIGIT}(?<!第)(?P<pre>{PREFIX})?"
    rf"(?:(?P<num>{ARABIC}|{CN_NUMERAL_WITH_UNIT})(?P<in1>[余多])?(?P<mag>{_MAGNITUDE})?(?P<in2>[余多])?"
    rf"(?P<cur>{_CURRENCY})(?![化素旦宵])"
    rf"|(?P<bnum>{ARABIC})(?P<bin1>[余多])?(?P<bmag>亿|万亿)(?P<bin2>[余多])?"
    rf"(?=$|[的，,。；;、）)\s！？!?]|{SUFFIX}))"
    rf"(?P<suf>{SUFFIX})?"
)
MONEY_PATTERN: re.Pattern[str] = re.compile(_MONEY)
# Every match holds a currency (元 币 镑) or a bare 亿: text without any of these has no amount.
MONEY_HINT: re.Pattern[str] = re.compile("[元币镑亿]")
_NEUTRAL_LEAD = re.compile(r"^(?:总投资|投资额|投资|共计|总计|合计|累计|总额|金额|高达|多达|共|计|达)")


@lru_cache(maxsize=8192)  # pure, and the same expressions recur across articles
def parse_money(text: str) -> Money | None:
    """Parse one amount of money (the whole text); None when it is not one.

    >>> parse_money("超50亿元")
    Money(value=5000000000, currency='CNY', approx=True, bound='lower')
    >>> parse_money("近400万元").bound, parse_money("200万余元").value, parse_money("约达180.3亿元").bound
    ('upper', 2000000, None)
    >>> parse_money("一万亿元").value, parse_money("1875万美元").currency
    (1000000000000, 'USD')
    >>> parse_money("5万元至10万元") is None, parse_money("154个") is None
    (True, True)
    """
    text = _NEUTRAL_LEAD.sub("", nfkc(text))
    match = MONEY_PATTERN.fullmatch(text)
    if match is None:
        return None
    groups = match.groupdict()
    bare = groups["bnum"] is not None
    digits = groups["bnum"] if bare else groups["num"]
    magnitude = (groups["bmag"] if bare else groups["mag"]) or ""
    value = decimal_value(digits + magnitude)
    if value is None:
        return None
    infixes = [groups[k] for k in ("in1", "in2", "bin1", "bin2") if groups[k]]
    bounds = [PREFIX_BOUNDS.get(groups["pre"] or "", None), SUFFIX_BOUNDS.get(groups["suf"] or "", None)]
    bounds += [INFIX_BOUNDS[i] for i in infixes]
    approx = bool(groups["pre"] or groups["suf"] or infixes)
    currency = "CNY" if bare else CURRENCIES[groups["cur"]]
    return Money(to_number(value), currency, approx, combine_bounds(*bounds))
