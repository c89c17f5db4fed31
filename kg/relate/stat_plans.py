"""Targets and plans are figures of the year they aim at: which sections of a document look ahead.

A government work report first looks back (``一、2024年工作回顾``), then ahead (``二、2025年工作安排``,
``主要预期目标``, ``重点任务``) and on its own work (``三、加强政府自身建设``). A figure in a section that
looks ahead is a target or a plan: its period is the year the section plans for (the year its heading
names, else the year after the one the document reports on), never the year reviewed. A section is a
plan when one of its headings names a plan (a genre word of the report's headings, or a year after the
document's own), or when its top heading follows a review heading without being a review itself.

>>> is_plan_heading("二、2030年工作安排", None), is_plan_heading("一、2029年工作回顾", 2029)
(True, False)
>>> is_plan_heading("（三）2031年经济社会发展的主要目标", None), is_plan_heading("（二）农业", None)
(True, False)
"""

from __future__ import annotations

import re
from bisect import bisect_right

from kg.text.headings import heading_rank
from kg.types import Article

# Heading words of the forward-looking parts of a work report or a plan (工作安排, 预期目标, 重点任务).
_PLAN_HEADING_RE = re.compile(r"工作安排|工作部署|工作思路|工作任务|重点任务|主要任务|目标任务|重点工作|"
                              r"主要目标|预期目标|发展目标|总体要求|奋斗目标")
# Heading words of the part that looks back (工作回顾, 过去一年, 取得新成效).
_REVIEW_HEADING_RE = re.compile(r"回顾|过去[一五]年|取得[^，。]{0,6}成[效绩就果]|主要成[效绩就]")
# A year, not a date (2031年1月20日在…会议上 is the date of the speech).
_YEAR_RE = re.compile(r"((?:19|20)[0-9]{2})\s*年(?![0-9]{1,2}月)")
# The outermost heading numbers of a report (一、 第二部分); 一是… or a speaker's line rank below them.
_TOP_NUMBER_RE = re.compile(r"^(?:[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十]{1,3}[章部分])")


def is_plan_heading(text: str, year: int | None) -> bool:
    """Whether a heading names a plan: a plan word, or a year after ``year`` (the document's own)."""
    if _REVIEW_HEADING_RE.search(text):
        return False
    if _PLAN_HEADING_RE.search(text):
        return True
    found = _YEAR_RE.search(text)
    return bool(year and found and int(found.group(1)) > year)


def is_review_heading(text: str, year: int | None) -> bool:
    """Whether a heading names the part looking back: a review word, or the document's own year
    followed by 工作 (``一、2029年工作回顾``, ``2029年主要工作``)."""
    if _REVIEW_HEADING_RE.search(text):
        return True
    found = _YEAR_RE.search(text)
    return bool(year and found and int(found.group(1)) == year and not _PLAN_HEADING_RE.search(text))


def plan_ranges(article: Article, year: int | None) -> list[tuple[int, int, int | None]]:
    """(start, end, year) of the article's sections that look ahead or back, in text order: the
    year planned for a plan section, the document's own ``year`` (negated) for a review section.

    A heading ranked below the top (``（一）``, or ``一是…`` under ``一、`` headings) inherits the plan
    of its top section (and is one when it names a plan outside a review); a top heading is a plan when it names one, or when it comes
    after a review heading and is no review itself. The planned year is the latest year after
    ``year`` its headings name, else the year after ``year`` (None when neither is known).
    """
    headings = [(h.start, h.text) for h in article.headings]
    numbered = any(_TOP_NUMBER_RE.match(text) for _, text in headings)
    ranges: list[tuple[int, int, int | None]] = []
    review_seen = top_review = top_plan = False
    top_year: int | None = None
    for k, (start, text) in enumerate(headings):
        end = headings[k + 1][0] if k + 1 < len(headings) else max(article.end, start + 1)
        named = _later_year(text, year)
        if heading_rank(text) == 1 and (not numbered or _TOP_NUMBER_RE.match(text)):
            top_review = is_review_heading(text, year)
            top_plan = not top_review and (is_plan_heading(text, year) or review_seen)
            review_seen = review_seen or top_review
            top_year = named or top_year if top_plan else None
        if top_plan or (not top_review and is_plan_heading(text, year)):
            ranges.append((start, end, named or top_year or (year + 1 if year else None)))
        elif top_review and year:
            ranges.append((start, end, -year))
    return ranges


def _later_year(text: str, year: int | None) -> int | None:
    """The year a heading names when it is after ``year``: ``二、2030年工作安排`` → 2030."""
    found = _YEAR_RE.search(text)
    return int(found.group(1)) if found and (year is None or int(found.group(1)) > year) else None


def plan_at(ranges: list[tuple[int, int, int | None]], offset: int) -> tuple[int, int, int | None] | None:
    """The plan or review section holding source ``offset`` (``ranges`` sorted and disjoint), else None."""
    k = bisect_right([start for start, _, _ in ranges], offset) - 1
    return ranges[k] if k >= 0 and ranges[k][0] <= offset < ranges[k][1] else None
