"""Periods and dates as ISO 8601 strings: ``2024``, ``2024-06``, ``2024-07-18``,
``2024-01/2024-06``, and ISO 8601-2 open intervals ``2021/..``.

Decisions:

* relative years (今年 本年 当年 去年 上年 前年 明年) and year-less months need the
  article's year; without it the result is None;
* 上半年 → ``Y-01/Y-06``, 下半年 → ``Y-07/Y-12``, N季度 → its three months,
  前三季度 → ``Y-01/Y-09``, 前N个月 → ``Y-01/Y-N``, 年初 → ``Y-01``, 年底/年末 → ``Y-12``,
  全年 → ``Y``;
* "since"/"until now" (以来 至今 到目前) give an open interval ``start/..``
  (``2023年4月至今`` → ``2023-04/..``, ``2021年以来`` → ``2021/..``), except that
  "since the start of the article's own year" (今年以来) is that year, ``2024``;
* five-year plans: “十四五” → ``2021/2025``, “十四五”以来 → ``2021/..``.

``PERIOD_PATTERN`` finds these expressions in running text; its matches parse.

>>> parse_period("1至6月", 2024), parse_period("2023年4月至今", None)
('2024-01/2024-06', '2023-04/..')
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from functools import lru_cache

from kg.normalize.numbers import DIGIT, decimal_value, nfkc

_YEAR = rf"(?:1[89]|20|１[８９]|２０)[{DIGIT}]{{2}}|[〇零一二三四五六七八九]{{4}}"
_RELATIVE = {"今年": 0, "本年": 0, "当年": 0, "去年": -1, "上年": -1, "前年": -2, "明年": 1}
_MONTH = r"1[0-2]|１[０-２]|0?[1-9]|０?[１-９]|十[一二]?|[一二三四五六七八九]"
_DAY = rf"[12][{DIGIT}]|3[01]|[１２][{DIGIT}]|３[０１]|0?[1-9]|０?[１-９]"
_SEP = r"\s*(?:至|到|[-－—–~～])\s*"
_OPEN = r"以来|至今|到现在|至目前|到目前"
_PART = r"(?<=年)[初底末]|上半年|下半年|前三季度|第?[一二三四1-4１-４]季度|年初|年底|年末|全年|前(?P<nm>[1-9一二三四五六七八九十]{1,2})个月"
_PLAN = r"[“\"]?十(?P<plan>[一二三四五])五[”\"]?(?:时期|期间)?"


def _yx(i: int) -> str:
    """A year: 2024年(度), 二〇二四年 or a relative year word."""
    relative = "|".join(_RELATIVE)
    return rf"(?:(?P<y{i}>{_YEAR})年度?|(?P<r{i}>{relative}))"


def _md(i: int, month_word: str = "月份?(?![一二三四五六七八九十])") -> str:
    """A month with an optional day: 6月, 6月份, 7月18日 (not 一月一办)."""
    return rf"(?P<m{i}>{_MONTH}){month_word}(?:(?P<d{i}>{_DAY})[日号])?"


_RULES: dict[str, str] = {
    "mrange": rf"(?:{_yx(1)})?(?P<m1>{_MONTH})(?:月份?(?:(?P<d1>{_DAY})[日号])?)?{_SEP}(?:{_yx(2)})?{_md(2)}",
    "yrange": rf"(?P<y1>{_YEAR})年?度?{_SEP}(?P<y2>{_YEAR})年度?",
    "open": rf"(?:{_yx(1)}(?:{_md(1)})?|{_md(3)}|{_PLAN})(?P<open>{_OPEN})",
    "part": rf"(?:{_yx(1)})?(?P<part>{_PART})",
    "plan": _PLAN,
    "single": rf"{_yx(1)}(?:{_md(1)})?|{_md(3)}",
}
_COMPILED = {name: re.compile(rule) for name, rule in _RULES.items()}
_UNNAMED = re.compile(r"\(\?P<\w+>")
PERIOD_PATTERN: re.Pattern[str] = re.compile(
    rf"(?<![{DIGIT}.．])(?:" + "|".join(_UNNAMED.sub("(?:", r) for r in _RULES.values()) + ")"
)


# Every match of PERIOD_PATTERN holds one of these (年 in years, relative years and 年初; 月; 季度;
# 五 in 十四五), so text without any of them has no period: a cheap pre-check.
PERIOD_HINT: re.Pattern[str] = re.compile("[年月季五]")


def _int(text: str | None) -> int | None:
    """An integer from Arabic or Chinese digits (二〇二四 → 2024)."""
    value = decimal_value(text) if text else None
    return None if value is None else int(value)


def _year(g: dict[str, str | None], i: int, ref: int | None) -> int | None:
    """The year of endpoint ``i``: explicit, relative to ``ref``, or ``ref`` itself."""
    if g.get(f"y{i}"):
        return _int(g[f"y{i}"])
    relative = g.get(f"r{i}")
    if ref is None:
        return None
    return ref + _RELATIVE[relative] if relative else ref


def _point(year: int, month: int | None = None, day: int | None = None) -> str | None:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; None when the date does not exist."""
    if month is None:
        return f"{year:04d}"
    if not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _interval(start: str | None, end: str | None) -> str | None:
    """``start/end`` when both exist and start ≤ end (or end is ``..``)."""
    if start is None or end is None:
        return None
    if end != ".." and start[: len(end)] > end[: len(start)]:
        return None
    return f"{start}/{end}"


def _month_day(g: dict[str, str | None]) -> tuple[int | None, int | None]:
    """Month and day of the single endpoint (named 1 after a year, 3 without)."""
    i = 1 if g.get("m1") else 3
    return _int(g.get(f"m{i}")), _int(g.get(f"d{i}"))


def _mrange(g: dict[str, str | None], ref: int | None) -> str | None:
    year = _year(g, 1, ref)
    if year is None:
        return None
    end_year = _int(g["y2"]) if g.get("y2") else (_year(g, 2, ref) if g.get("r2") else year)
    if end_year is None:
        return None
    start = _point(year, _int(g["m1"]), _int(g["d1"]))
    return _interval(start, _point(end_year, _int(g["m2"]), _int(g["d2"])))


def _yrange(g: dict[str, str | None], ref: int | None) -> str | None:
    return _interval(_point(_int(g["y1"]) or 0), _point(_int(g["y2"]) or 0))


def _plan_years(g: dict[str, str | None]) -> tuple[int, int]:
    """First and last year of the Nth five-year plan (十一五 = 2006–2010)."""
    start = 1981 + 5 * ("一二三四五".index(g["plan"] or "一") + 11 - 6)
    return start, start + 4


def _open(g: dict[str, str | None], ref: int | None) -> str | None:
    if g.get("plan"):
        return f"{_plan_years(g)[0]}/.."
    year = _year(g, 1, ref)
    if year is None:
        return None
    month, day = _month_day(g)
    if month is None and year == ref:
        return str(year)  # 今年以来: the article's own year, to date
    start = _point(year, month, day)
    return None if start is None else f"{start}/.."


_PART_MONTHS = {
    "上半年": (1, 6),
    "下半年": (7, 12),
    "前三季度": (1, 9),
    "年初": (1, 1),
    "年底": (12, 12),
    "年末": (12, 12),
    "全年": (1, 12),
    "初": (1, 1),
    "底": (12, 12),
    "末": (12, 12),
}


def _part(g: dict[str, str | None], ref: int | None) -> str | None:
    year, part = _year(g, 1, ref), g["part"] or ""
    if year is None:
        return None
    if part == "全年":
        return str(year)
    if g.get("nm"):
        first, last = 1, _int(g["nm"]) or 0
    elif part.endswith("季度") and part != "前三季度":
        quarter = _int(part.strip("第季度")) or 0
        first, last = 3 * quarter - 2, 3 * quarter
    else:
        first, last = _PART_MONTHS[part]
    if first == last:
        return _point(year, first)
    return _interval(_point(year, first), _point(year, last))


def _plan(g: dict[str, str | None], ref: int | None) -> str | None:
    first, last = _plan_years(g)
    return f"{first}/{last}"


def _single(g: dict[str, str | None], ref: int | None) -> str | None:
    year = _year(g, 1, ref)
    if year is None:
        return None
    return _point(year, *_month_day(g))


_HANDLERS: dict[str, Callable[[dict[str, str | None], int | None], str | None]] = {
    "mrange": _mrange,
    "yrange": _yrange,
    "open": _open,
    "part": _part,
    "plan": _plan,
    "single": _single,
}


@lru_cache(maxsize=8192)  # pure, and the same expressions recur across articles
def parse_period(text: str, year: int | None) -> str | None:
    """The ISO 8601 period of a time expression; ``year`` is the article's 今年.

    >>> [parse_period(s, 2024) for s in ("今年1至10月", "上半年", "一季度", "去年", "6月份")]
    ['2024-01/2024-10', '2024-01/2024-06', '2024-01/2024-03', '2023', '2024-06']
    >>> parse_period("2021年以来", 2024), parse_period("今年以来", 2024), parse_period("今年", None)
    ('2021/..', '2024', None)
    """
    text = nfkc(text)
    for name, rule in _COMPILED.items():
        match = rule.fullmatch(text)
        if match is not None:
            return _HANDLERS[name](match.groupdict(), year)
    return None
