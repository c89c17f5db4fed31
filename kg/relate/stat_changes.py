"""A change read from an old level to a new one: ``从``/``由`` + the old level, the change verb to the new.

>>> changed_from("高新技术企业数从4.9万家增加到33万家", 18)
'高新技术企业数'
"""

from __future__ import annotations

import re

from kg.relate.context import clause_start
from kg.relate.stat_indicators import clean_indicator

# a change read to its new level: 从/由 + the old level before it names what changed
CHANGE_TO_RE = re.compile(r"(?:增|增加|增长|下降|降低|减少|扩大|扩展|提高|提升|上升|上调|下调|收窄|缩小|升|降|减)(?:至|到)")
FROM_RE = re.compile(r"[从由]")
# the old level's start ending the head: 从, 由, with the time it stood then (从原来的2900家增长到…)
FROM_END_RE = re.compile(r"[从由](?:原来|过去|以前|之前|最初|当初|目前)?$")
# an old level's opening at the end of a head (网民规模|从十年前的, 覆盖率|由, 企业|从原来的), what is left of it
# at the end of an indicator, and the change to the level reached between two values of one unit (增加到现在的,
# 提高至, 降至2024年的)
FROM_BEFORE_RE = re.compile(r"(?<=[\u4e00-\u9fff])[从由](?:[^，。；从由、]{0,8}?的)?$")
FROM_TAIL_RE = re.compile(r"(?<=[\u4e00-\u9fff]{2})[从由][^，。；从由、]{0,8}$")
CHANGED_TO_RE = re.compile(rf"的?(?:{CHANGE_TO_RE.pattern})(?:现在|目前|如今|当前|今年|去年|[0-9]{{4}}年(?:底|末)?)?的?")


def from_ends(indicator: str) -> bool:
    """Whether the head ends with 从 or 由 as a word of its own (税收|由3亿元…, 企业|从|原来的…), not inside
    one (自由, 理由)."""
    from kg.lexicon import words

    found = FROM_END_RE.search(indicator)
    return found is not None and found.start() >= 2 and words(indicator[:found.start() + 1])[-1] in ("从", "由")


def changed_from(text: str, at: int, begin: int | None = None) -> str:
    """What the clause before ``at`` says changed: ``总量由28万亿元增加到55万亿元`` → 总量 (the noun
    phrase before 从/由, from ``begin``, after the clause's own subject), '' when there is none."""
    begin = clause_start(text, at) if begin is None else begin
    found = [m for m in FROM_RE.finditer(text, begin, at)]
    if not found:
        return ""
    return clean_indicator(text[begin:found[-1].start()])
