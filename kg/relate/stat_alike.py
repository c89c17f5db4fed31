"""Statistics one value gives several indicators, or none printed: ``A、B均增长10%`` and ``A与上年持平``.

A list of indicators before 均 (all alike) shares the one value after it: each item is an observation
of its own; an item naming no quantity takes the head the last item carries (食品、药品抽检合格率 →
食品抽检合格率, 药品抽检合格率). Items that name no quantity even so (places, sectors: 甲市、乙市均增长)
give nothing here.

>>> each_alike("旅游人数和收入均增长20%", 9)
['旅游人数', '收入']
>>> each_alike("食品、药品抽检合格率均超99%", 11)
['食品抽检合格率', '药品抽检合格率']
>>> each_alike("甲市、乙市均增长5%", 8), each_alike("人均可支配收入增长5%", 9)
(None, None)

A level held (与上年持平) is a change of 0 % of the noun phrase before the comparison, or, when the
clause names none, of the indicator of the clause before.

>>> steady_indicator("居民消费价格与上年基本持平", "财政收入"), steady_indicator("与上年持平", "播种面积")
('居民消费价格', '播种面积')
"""

from __future__ import annotations

import re
from functools import cache

from kg.lexicons import lexicon
from kg.relate.stat_indicators import clean_indicator
from kg.relate.stat_patterns import STEADY_RE, _elided_items, _shared_head

# 均 as an adverb of its own (not 年均, 人均, 平均, 均衡, 均值), then at most a change word or a verb of a
# level and its bound before the value (均增长, 均达到, 均超过, 均为, 均保持在)
_ALL_ALIKE_RE = re.compile(r"(?<![年人平日月户])均(?![衡值等匀])[^，。；、0-9]{0,6}$")
# a share or a rate of growth ending the last item (发电量占比, 出游总花费增速), which a listed quantity before it
# shares (装机容量和发电量占比, 游客人次、出游总花费增速)
_SHARE_END_RE = re.compile(r"(?:占比|比重|所占比例|增速|增幅)$")
_RATE_ENDS = ("率", "占比", "比重", "比例", "增速", "增幅")
# the words joining the items of a list
_ITEM_SEPARATOR_RE = re.compile(r"[、和与及]")
# the end of a rate or a total of a statistic (参保率, 业务量, 交易额, 人数, 增加值, 增速, 游客人次)
_MEASURE_ENDS = ("率", "量", "额", "数", "值", "度", "速", "比重", "占比", "比例", "指数", "价格", "人次")


@cache
def _quantity_words() -> tuple[str, ...]:
    return tuple(lexicon("stat_quantity_words")) + tuple(lexicon("value_words"))


def _names_measure(item: str) -> bool:
    """Whether ``item`` names a statistic by its head (合格率, 人次, 收入): a place or a sector does not."""
    return item.endswith(_MEASURE_ENDS) or any(word in item for word in _quantity_words())


def each_alike(clause: str, value_start: int, lead: str = "") -> list[str] | None:
    """The indicators of a list before 均 that share the value at ``clause[value_start]``, None when the
    clause holds no such list (see the module's docstring)."""

    head = clause[:value_start]
    alike = _ALL_ALIKE_RE.search(head)
    if not alike:
        return None
    names = head[:alike.start()]
    parts = [clean_indicator(part) for part in _ITEM_SEPARATOR_RE.split(names)]
    if len(parts) < 2 or not all(len(part) >= 2 for part in parts):
        return None
    items = _elided_items(parts)
    if lead and items[0].startswith(lead) and len(items[0]) > len(lead) + 1:
        items[0] = items[0][len(lead):]
    out = [item if _names_measure(item) else item + _head_of(item, items[k + 1:]) for k, item in enumerate(items)]
    share = _SHARE_END_RE.search(items[-1])
    if share:  # 装机容量和发电量|占比: a share of each
        out = [item if item.endswith(_RATE_ENDS) else item + share.group() for item in out]
    return out if all(_names_measure(item) for item in out) else None


def _head_of(item: str, later: list[str]) -> str:
    """The head ``item`` shares with the items after it: the head the last one carries when the two
    are alike (城镇和农村居民人均可支配收入); after a one-word item (食品、药品抽检合格率, 化工、有色行业增加值增速)
    the words after the next item's first; after a longer one (农村卫生户厕、生活垃圾处理设施覆盖率) only the
    next item's last word."""
    from kg.lexicon import words

    if not later:
        return ""
    shared = _shared_head(item, later[-1])
    if shared:
        return shared
    following = words(later[0])
    if len(following) < 2:
        return ""
    if len(words(item)) == 1:
        return "".join(following[1:])
    return "".join(following[-2:]) if len(following[-1]) == 1 and len(following) > 2 else following[-1]  # 办结|率


def steady_indicator(clause: str, previous: str) -> str:
    """What a clause says held level: the noun phrase before the comparison (居民消费价格|与上年持平), else
    the indicator ``previous`` of the clause before (播种面积23千公顷，与上年持平); '' when neither."""
    found = STEADY_RE.search(clause)
    if not found:
        return ""
    own = clean_indicator(clause[:found.start()])
    return own if own and _names_measure(own) else previous
