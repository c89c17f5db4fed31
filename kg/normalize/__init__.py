"""Value normalisers: money, percentages, counted quantities, numbers, periods and the article year.

Pure functions over strings, exact decimal arithmetic, full-width input
accepted.  Each ``*_PATTERN`` finds expressions in running text (raw text, so
offsets stay true) and every match it yields is accepted by the matching
``parse_*`` function.  Values come back as ``int`` when integral, else ``float``.

>>> parse_money("1875万美元")
Money(value=18750000, currency='USD', approx=False, bound=None)
>>> parse_percent("19.4%"), parse_number("两千"), parse_period("1至6月", 2024)
(Percent(value=19.4, unit='%', approx=False), 2000, '2024-01/2024-06')
"""

from kg.normalize.measures import (
    PERCENT_HINT,
    PERCENT_PATTERN,
    QUANTITY_PATTERN,
    Percent,
    Quantity,
    parse_percent,
    parse_quantity,
)
from kg.normalize.money import MONEY_HINT, MONEY_PATTERN, Money, parse_money
from kg.normalize.numbers import NUMBER_HINT, parse_number
from kg.normalize.period import PERIOD_HINT, PERIOD_PATTERN, parse_period
from kg.normalize.year import infer_year

__all__ = [
    "MONEY_HINT",
    "MONEY_PATTERN",
    "NUMBER_HINT",
    "PERCENT_HINT",
    "PERCENT_PATTERN",
    "PERIOD_HINT",
    "PERIOD_PATTERN",
    "QUANTITY_PATTERN",
    "Money",
    "Percent",
    "Quantity",
    "infer_year",
    "parse_money",
    "parse_number",
    "parse_percent",
    "parse_period",
    "parse_quantity",
]
