"""Money and percentages, found with the normalisers' patterns.

>>> [(m.text, m.attr("value"), m.attr("currency")) for m in find_money("吸引外资2360万美元")]
[('2360万美元', 23600000, 'USD')]
"""

from __future__ import annotations

from kg.normalize import MONEY_HINT, MONEY_PATTERN, PERCENT_HINT, PERCENT_PATTERN, parse_money, parse_percent
from kg.types import Mention


def find_money(text: str) -> list[Mention]:
    """Money mentions of one sentence."""
    out: list[Mention] = []
    if not MONEY_HINT.search(text):
        return out
    for match in MONEY_PATTERN.finditer(text):
        money = parse_money(match.group())
        if money is None:
            continue
        attrs = (("approx", money.approx), ("bound", money.bound), ("currency", money.currency), ("value", money.value))
        out.append(Mention(match.start(), match.end(), match.group(), "Money", attrs=attrs))
    return out


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
