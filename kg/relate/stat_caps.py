"""A policy's cap for one recipient, not a statistic: ``每辆车最高可补贴2万元``.

A cap word (最高, 最多, 上限) shortly before a value, with a benefit the policy grants between them or
right after the value (``stat_benefit_words.tsv``: 补贴, 奖励, 贴息, 支付限额 …), says how much one
recipient may get. ``最高气温38℃`` and ``补贴资金3亿元`` stay statistics.

>>> policy_cap("每户最高可补贴3000元", 7), policy_cap("每户最多可获得5万元的奖励", 7)
(True, True)
>>> policy_cap("今天最高气温38℃", 6), policy_cap("全县发放补贴资金3亿元", 8)
(False, False)
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from kg.lexicons import lexicon
from kg.relate.stat_incidents import incident
from kg.relate.stat_openings import list_count

if TYPE_CHECKING:
    from kg.relate.context import ArticleContext

# a cap word and what may stand between it and the value (可获得, 可享受, 为, 达)
_CAP_RE = re.compile(r"(?:最高|最多|上限)[^，。；：0-9]{0,10}$")


@cache
def _benefits() -> re.Pattern[str]:
    return re.compile("|".join(sorted(lexicon("stat_benefit_words"), key=len, reverse=True)))


def policy_cap(clause: str, start: int) -> bool:
    """Whether the value at ``clause[start]`` is a cap a policy sets for one recipient."""
    cap = _CAP_RE.search(clause, 0, start)
    if not cap:
        return False
    after = re.match(r"[0-9.万亿千百元%％]*(?:的)?[\u4e00-\u9fff]{0,4}", clause[start:])
    return bool(_benefits().search(cap.group()) or (after and _benefits().search(after.group())))


def no_statistic(ctx: ArticleContext, index: int, offset: int, clause: str, start: int, end: int) -> bool:
    """Whether the value ``clause[start:end]`` (the clause at ``offset`` of unit ``index``) is no
    statistic: an incident's toll (造成3人死亡), the count of a list opening the clause (甲部等14个部门…)
    or a policy's cap (每户最高可补贴3000元)."""
    return incident(clause, start, end) or list_count(ctx, index, offset, offset + start) or policy_cap(clause, start)
