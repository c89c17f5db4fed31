"""The period of a statistic: the sentence's own (``1至6月``), one opening the sentence just before,
or the article's year when the sentence speaks of the whole year (今年, 全年, 年末).

>>> opens_sentence("1至9月，全市工业增加值增长5%", "1至9月"), opens_sentence("全市新开工的重点项目9月底前全部开工", "9月底")
(True, False)
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.normalize import PERIOD_HINT, PERIOD_PATTERN, parse_period
from kg.relate.context import ArticleContext
from kg.relate.stat_documents import document_year

_BASE_BEFORE = frozenset("比较与同")


def sentence_period(ctx: ArticleContext, index: int) -> str | None:
    """The sentence's period (or the one opening the sentence just before), else the year of the article
    or of the bulletin when the sentence speaks of the whole year (今年, 全年, 年末)."""
    sentence = ctx.units[index][0]
    year = document_year(ctx)
    for i in (index, index - 1):
        if i < 0:
            continue
        expression = period_expression(ctx.units[i][0].text)
        if expression is not None and (i == index or (ctx.units[i][0].end >= sentence.start - 2
                                                      and opens_sentence(ctx.units[i][0].text, expression))):
            period = parse_period(expression, year)
            # 2022年末户籍人口: a stock at the year's end is that year's figure
            return period[:4] if period and expression.endswith(("年末", "年底")) else period
    return str(year) if year and re.search("今年|全年|年末|年底", sentence.text) else None


def opens_sentence(text: str, expression: str) -> bool:
    """Whether a period expression opens a sentence (in its first clause, within a few characters of
    its start) as the topic of what follows (``1至9月，…``), not as a deadline inside it
    (``…项目9月底前全部开工``)."""
    comma = re.search("[，；：]", text)
    return text.find(expression) < min(comma.start() if comma else len(text), 8)


def plan_period(ctx: ArticleContext, index: int, plan_year: int | None) -> str | None:
    """The period of a figure in a plan section: a later year the sentence names (到2027年), else the
    year planned (null when unknown)."""
    expression = period_expression(ctx.units[index][0].text)
    period = parse_period(expression, plan_year) if expression else None
    if period and plan_year and period[:4].isdigit() and int(period[:4]) >= plan_year:
        return period
    return str(plan_year) if plan_year else None


@lru_cache(maxsize=1024)
def period_expression(text: str) -> str | None:
    """The first period expression of a sentence (each sentence is also read for the next one)."""
    if not PERIOD_HINT.search(text):
        return None
    for match in PERIOD_PATTERN.finditer(text):
        if text[match.start() - 1:match.start()] not in _BASE_BEFORE or match.start() == 0:
            return match.group()  # 比上年增长: 上年 is the base of a comparison, not the period
    return None
