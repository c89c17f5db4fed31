"""Money and percentages, found with the normalisers' patterns.

>>> [(m.text, m.attr("value"), m.attr("currency")) for m in find_money("吸引外资2360万美元")]
[('2360万美元', 23600000, 'USD')]
"""

from __future__ import annotations

import re

from kg.lexicons import lexicon
from kg.normalize import MONEY_HINT, MONEY_PATTERN, PERCENT_HINT, PERCENT_PATTERN, parse_money, parse_percent
from kg.types import Mention


def find_money(text: str) -> list[Mention]:
    """Money mentions of one sentence."""
    out: list[Mention] = []
    if not MONEY_HINT.search(text):
        return out
    for match in MONEY_PATTERN.finditer(text):
        money = parse_money(match.group())
        if money is None or is_threshold(text, match.start(), match.end()) or not bare_amount_is_money(text, match):
            continue
        attrs = (("approx", money.approx), ("bound", money.bound), ("currency", money.currency), ("value", money.value))
        out.append(Mention(match.start(), match.end(), match.group(), "Money", attrs=attrs))
    return out


def bare_amount_is_money(text: str, match: re.Match[str]) -> bool:
    """An amount of ``MONEY_PATTERN`` is money unless it is a bare N亿 (no 元) whose clause names no value
    before it (``value_words.tsv``: 产值, 投资, 销售额 …): 常住人口1.2亿, 网民规模10.51亿 count people.

    >>> [m.text for m in find_money("全年产值达50亿，常住人口1.2亿，投资120亿元。")]
    ['50亿', '120亿元']
    """
    if match.group("bnum") is None:
        return True
    clause = text[clause_begin(text, match.start()):match.start()]
    return any(word in clause for word in lexicon("value_words"))


def clause_begin(text: str, at: int) -> int:
    """Where the clause holding ``at`` begins (after the last ，；。！？ or a line break before it).

    >>> clause_begin("甲，乙丙", 3)
    2
    """
    return max(text.rfind(mark, 0, at) for mark in "，,；;。！？\n") + 1


# what follows a threshold: a class of things (…以上项目, …以上的村) or a count of them (超5亿元的3户)
_CLASS_AFTER = re.compile(r"^(?:的)?[\u4e00-\u9fff]")
_COUNT_AFTER = re.compile(r"^的?[0-9一二两三四五六七八九十]+[户个家项座]")
_LOWER = re.compile(r"^(?:超过|超|过)")


def is_threshold(text: str, start: int, end: int) -> bool:
    """An amount that bounds a class rather than measures something (GUIDE: not Money).

    >>> [m.text for m in find_money("新签约3000万元以上项目20个，完成投资3000万元以上。")]
    ['3000万元以上']
    >>> [m.text for m in find_money("营收超5亿元的企业3户，其中超8亿元的2户")]
    ['超5亿元']
    """
    amount, after = text[start:end], text[end:end + 6]
    if amount.endswith(("以上", "以下")):
        return bool(_CLASS_AFTER.match(after))
    return bool(_LOWER.match(amount) and _COUNT_AFTER.match(after))


def find_percents(text: str) -> list[Mention]:
    """Percent mentions of one sentence."""
    out: list[Mention] = []
    if not PERCENT_HINT.search(text):
        return out
    for match in PERCENT_PATTERN.finditer(text):
        pct = parse_percent(match.group())
        if pct is not None:
            out.append(Mention(match.start(), match.end(), match.group(), "Percent",
                               attrs=(("unit", pct.unit), ("value", pct.value))))
    return out
