"""The names listed right before a count of them: ``新增甲山、乙湖2家景区`` counts the two places named,
and what it counts is the noun after the count (景区), not the last name listed.

A list is two or more items joined by 、 running up to the count, each with no number of its own (not
``人才100个、项目100个``), none a deed (``大桥建成通车、建成5座``) and none closed by 等 (``甲、乙等3家``: the
examples' own rule); it begins after the verb before its first item (新增|甲山、乙湖), or at the head's start.
The noun after the count must open with a noun (not ``720人|参加``).

>>> listed_items("新增甲山、乙湖"), listed_items("建设人才100个、项目"), listed_items("甲、乙等")
(5, 0, 0)
>>> listed_items("打造电子信息、装备制造"), listed_items("打通断头路、大桥建成通车、建成")
(9, 0)
>>> listed_items("大赛各项赛事将在华北、东北")
0
"""

from __future__ import annotations

import re

# an item of a list: no number, no punctuation but 、, no 等 closing it, no 的 making it a modifier
_ITEM_RE = re.compile(r"[^0-9，。；：、等的“”]{1,12}")
# a grade printed before a counted noun: a scenic area's A grade, an industry's or a park's size class
GRADE_RE = re.compile(r"[1-5]?A{1,5}级|[十百千万]+亿(?:元)?级")


def _deed(item: str) -> bool:
    """An item opening with a verb or going on after one (建成, 大桥建成通车) is a deed done, no name;
    a verb ending a noun (装备制造) names an industry."""
    from kg.lexicon import tagged

    words = tagged(item)
    return any(len(word) > 1 and tag.startswith("v") and (k == 0 or k < len(words) - 1)
               for k, (word, tag) in enumerate(words))


def _function_words(item: str) -> bool:
    """An item holding a preposition, an adverb, a pronoun or a particle (赛事将在华北) is a clause, no name."""
    from kg.lexicon import tagged

    return any(tag.startswith(("p", "d", "r", "c", "u")) for _, tag in tagged(item))


def listed_items(head: str) -> int:
    """How many characters at the end of ``head`` (the words before a count) are a list of names the
    count counts; 0 when the head does not end with one."""
    from kg.lexicon import pos, words

    parts = head.split("、")
    if len(parts) < 2 or not all(_ITEM_RE.fullmatch(part) and not _deed(part) for part in parts[1:]):
        return 0
    tokens = words(parts[0])
    start = len(tokens)
    while start > 0 and not (len(tokens[start - 1]) > 1 and (pos(tokens[start - 1]) or "").startswith("v")):
        start -= 1
    first = "".join(tokens[start:])
    if not first or not _ITEM_RE.fullmatch(first) or _function_words(first):
        return 0
    return len(head) - len("".join(tokens[:start]))
