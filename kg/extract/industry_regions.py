"""Words before 产业 that say where or how, not which: regions and runs of short names (长三角, 沪苏浙,
中欧), a verb's complement (做好|能源).

>>> region_item("长三角"), region_item("新材料"), past_complement("做好能源", 1, 4)
(True, False, 2)
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.lexicons import lexicon


def past_complement(text: str, s: int, e: int) -> int:
    """An item opening with 好 right after a verb (做好|能源, 建设好|现代农业) begins after it: 好 is the verb's
    complement, no part of the sector.

    >>> past_complement("建设好现代农业", 2, 7), past_complement("好莱坞", 0, 3)
    (3, 0)
    """
    if text[s:s + 1] == "好" and s > 0 and "\u4e00" <= text[s - 1] <= "\u9fff" and e - s >= 3:
        return s + 1
    return s


def region_item(item: str) -> bool:
    """A stretch of land named by provinces' or countries' short names (GB/T 2260 简称: 渝西, 闽东南,
    沿沪宁; 中德, 中欧: China and a partner) or ending in a belt or region word (宁杭生态经济带,
    沿海地区): where industries sit, not which.

    >>> region_item("渝西"), region_item("沿沪宁"), region_item("中德"), region_item("沿海地区")
    (True, True, True, True)
    >>> region_item("新材料"), region_item("中药材"), region_item("苏绣")
    (False, False, False)
    """
    if item.startswith("沿") or item.endswith(("经济带", "创新带", "发展带", "走廊", "地区", "一带")):
        return True  # 沿 is "along" (沿江, 沿边, 沿沪宁): no industry's name opens with it
    if any(region.startswith(item) for region in lexicon("regions")):
        return True  # 长三角, 成渝 (地区), 粤港澳 (大湾区): a region of a national strategy
    return bool(_region_re().fullmatch(item))


@lru_cache(maxsize=1)
def _region_re() -> re.Pattern[str]:
    """Short names + compass points, or 中 + a partner's (the pattern of :func:`region_item`); the
    continents' one-character names (欧, 亚, 非) pair with 中 as countries do (中欧)."""
    from kg.extract.place_words import country_initials

    shorts = "".join(sorted(set(lexicon("province_abbreviations")) | country_initials()))
    provinces = "".join(sorted(lexicon("province_abbreviations")))
    return re.compile(rf"[{shorts}]{{1,2}}[东南西北]{{1,2}}|中[{shorts}欧亚非]{{1,2}}|[{provinces}]{{2,3}}")
