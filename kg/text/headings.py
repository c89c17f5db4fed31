"""Section headings and their rank, so a sentence can know the section it stands in.

Work reports and bulletins number their headings by rank: ``一、`` (1), ``（一）`` (2),
``1.`` (3), ``（1）`` (4); a heading without a number ranks 1 (a section name on a news page).

>>> heading_rank("一、总体要求"), heading_rank("（二）工业"), heading_rank("3.粮食"), heading_rank("乡村振兴")
(1, 2, 3, 1)
"""

from __future__ import annotations

import re
from bisect import bisect_right

_RANKS = (
    (re.compile(r"^(?:第[一二三四五六七八九十]{1,3}[章部分]|[一二三四五六七八九十]{1,3}、)"), 1),
    (re.compile(r"^[（(][一二三四五六七八九十]{1,3}[）)]"), 2),
    (re.compile(r"^[0-9]{1,2}[.．、](?![0-9])"), 3),
    (re.compile(r"^[（(][0-9]{1,2}[）)]"), 4),
)


def heading_rank(text: str) -> int:
    """1 for the outermost heading numbers, higher for nested ones; 1 when unnumbered."""
    line = text.strip()
    return next((rank for pattern, rank in _RANKS if pattern.match(line)), 1)


def section_path(headings: list[tuple[int, str]], offset: int) -> tuple[str, ...]:
    """The headings above ``offset``, outermost first; ``headings`` are (start, text) in text order.

    >>> hs = [(0, "一、回顾"), (10, "（一）工业"), (20, "（二）农业"), (30, "二、计划")]
    >>> section_path(hs, 25), section_path(hs, 35), section_path(hs, 5)
    (('一、回顾', '（二）农业'), ('二、计划',), ('一、回顾',))
    """
    upto = bisect_right([start for start, _ in headings], offset)
    path: list[tuple[int, str]] = []
    for _, text in headings[:upto]:
        rank = heading_rank(text)
        while path and path[-1][0] >= rank:
            path.pop()
        path.append((rank, text))
    return tuple(text for _, text in path)
