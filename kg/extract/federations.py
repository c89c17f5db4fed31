"""Names of national bodies that the organisation rules would misread.

The rules read a name from its suffix leftwards and stop at a conjunction, as a name mostly does; a
national federation's name goes on across it, back to the 中国 or 全国 it begins with (中国物流与采购
联合会). And the central bodies' lexicon matches 党中央 wherever it stands, also where 党 ends another
party's short name (农工党中央, 致公党中央).
"""

from __future__ import annotations

import re

from kg.types import Mention

__all__ = ["national_federation", "other_party"]


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


def other_party(text: str, start: int, name: str) -> bool:
    """``党中央`` whose 党 ends a word, another party's short name (农工党, 致公党), not 共产党's."""
    from kg.lexicon import words

    if not name.startswith("党") or start == 0 or text[start - 2:start] == "共产":
        return False
    last = words(text[max(0, start - 3):start + 1])[-1]
    return len(last) > 1 and last.endswith("党")
