"""National federations, named by the trades they join (中国物流与采购联合会, 中国石油和化学工业联合会).

The organisation rules read a name from its suffix leftwards and stop at a conjunction, as a name
mostly does; a national federation's name goes on across it, back to the 中国 or 全国 it begins with.
"""

from __future__ import annotations

import re

from kg.types import Mention

__all__ = ["national_federation"]


def national_federation(text: str, m: Mention) -> Mention:
    """A national federation names the trades it joins with 与 or 和 (中国物流与采购联合会, 中国石油和化学
    工业联合会): an association read from the conjunction on begins at the 中国 or 全国 before it.

    >>> national_federation("中国物流与采购联合会发布", Mention(5, 10, "采购联合会", "Organization")).text
    '中国物流与采购联合会'
    """
    if not m.text.endswith(_ASSOCIATIONS) or text[m.start - 1:m.start] not in ("与", "和") or m.start < 2:
        return m
    lead = _FEDERATION_LEAD_RE.search(text, 0, m.start - 1)
    if not lead:
        return m
    return Mention(lead.start(), m.end, text[lead.start():m.end], m.type, m.kind, m.attrs)


_ASSOCIATIONS = ("联合会", "协会", "商会", "学会", "促进会", "研究会")
_FEDERATION_LEAD_RE = re.compile(r"(?:中国|全国)[\u4e00-\u9fff]{1,6}$")
