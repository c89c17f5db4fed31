"""What a work's name does not hold: the verbs that open the words before it and a superlative
that describes a work instead of naming it.

>>> trimmed_work(Mention(0, 6, "经青山至白水铁路", "Project")).text
'青山至白水铁路'
>>> trimmed_work(Mention(0, 6, "全国最大水库", "Project")) is None
True
"""

from __future__ import annotations

from kg.extract.spans import leading_verbs
from kg.types import Mention


def trimmed_work(work: Mention) -> Mention | None:
    """``work`` without the verbs that open it (经|某某铁路, 布局|某某项目), or None when what is left
    is no name: a superlative (某国最大水库, 全国最长隧道) or the head alone."""
    if "最" in work.text:
        return None
    cut = leading_verbs(work.text[:-2], single=False)
    if not cut:
        return work
    return Mention(work.start + cut, work.end, work.text[cut:], work.type, work.kind, work.attrs)
