"""A policy's cap for one recipient, a rule's threshold or a duty's rate, not a statistic: ``每辆车最高可补贴2万元``,
``按照每千人口不少于10个托位的标准``.

A cap word (最高, 最多, 上限) shortly before a value, with a benefit the policy grants between them or
right after the value (``stat_benefit_words.tsv``: 补贴, 奖励, 贴息, 支付限额 …), says how much one
recipient may get. ``最高气温38℃`` and ``补贴资金3亿元`` stay statistics.

>>> policy_cap("每户最高可补贴3000元", 7), policy_cap("每户最多可获得5万元的奖励", 7)
(True, True)
>>> policy_cap("今天最高气温38℃", 6), policy_cap("全县发放补贴资金3亿元", 8)
(False, False)

A bound (不少于, 不低于, 不超过 …) right before a value is a rule's threshold when the rule speaks of each
unit it applies to (每千人口, 每个项目, 单笔: not 每年, a rate of a plan), says 原则上, or names the
value a standard (…的标准); a plan's floor (到2027年建成不少于200家) stays, as a target.

>>> rule_threshold("按照每千人口不少于10个托位标准建设", 6, 12), rule_threshold("每个项目奖补金额不超过3亿元", 8, 14)
(True, True)
>>> rule_threshold("到2027年建成不少于200家智能工厂", 8, 15), rule_threshold("计划每年挖掘应用场景不少于100项", 10, 17)
(False, False)
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from kg.lexicons import lexicon
from kg.relate.stat_events import attendance
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


# a bound opening the value's words or right before them (原则上不低于, 不得超过)
_BOUND = r"(?:不少于|不低于|不超过|不高于|不多于|不得超过|不得低于|不得少于|至少)"
_BOUND_BEFORE_RE = re.compile(_BOUND + "$|至少[\u4e00-\u9fff]{1,3}$")  # (各县至少建设|1家: its verb between)
_BOUND_AT_RE = re.compile(_BOUND)
# the unit a rule applies to, each one (每千人口, 每个项目, 每户, 单笔, 各级干部; not 每年, 每月: a plan's rate;
# not 各项贷款, a total), or 原则上
_EACH_RE = re.compile(r"每(?![年月季周])[\u4e00-\u9fff]|单(?:笔|个|次|户|人|项)|原则上|各(?![项类种])[\u4e00-\u9fff]")
# the value named a standard or a threshold right after it (10个|托位标准, 72名|议员签名的最低门槛)
_STANDARD_AFTER_RE = re.compile(r"[\u4e00-\u9fff]{0,8}?的?(?:标准|门槛)")


# what each recipient gets (15个园区各给予500万元): a grant's share for one, no total
_EACH_GETS_RE = re.compile(r"各(?:给予|奖励|补助|补贴|安排|拨付|支持)[^，。；0-9]{0,4}$")


def rule_threshold(clause: str, start: int, end: int) -> bool:
    """Whether the value ``clause[start:end]`` is a threshold a rule sets, or what each recipient gets
    (各给予500万元), not an observed value."""
    if _EACH_GETS_RE.search(clause, 0, start):
        return True
    bound = _BOUND_AT_RE.match(clause, start) or _BOUND_BEFORE_RE.search(clause, 0, start)
    if not bound:
        return False
    return bool(_EACH_RE.search(clause, 0, bound.start()) or _STANDARD_AFTER_RE.match(clause, end))


# a duty a government levies (征收50%关税, 加征10%的所谓“某某关税”, 对等关税24%部分, 17%的反倾销税): its rate
_DUTY = r"(?:关税|反倾销税|反补贴税|附加税|进口税|出口税|特别税)"
_DUTY_AFTER_RE = re.compile(r"[^，。；0-9]{0,8}?" + _DUTY)
_DUTY_BEFORE_RE = re.compile(_DUTY + r"[^，。；0-9]{0,2}$")


def levy_rate(clause: str, start: int, end: int) -> bool:
    """Whether the percentage ``clause[start:end]`` is the rate of a duty a government levies, a policy's
    setting, not a statistic (征收50%关税); a duty's amount (关税收入300亿元) is no percentage.

    >>> levy_rate("对某国商品征收35%关税", 7, 10), levy_rate("对等关税24%部分", 4, 7), levy_rate("关税收入增长5%", 6, 8)
    (True, True, False)
    """
    if not clause[start:end].endswith(("%", "％")):
        return False
    return bool(_DUTY_AFTER_RE.match(clause, end) or _DUTY_BEFORE_RE.search(clause, 0, start))


def no_statistic(ctx: ArticleContext, index: int, offset: int, clause: str, start: int, end: int) -> bool:
    """Whether the value ``clause[start:end]`` (the clause at ``offset`` of unit ``index``) is no
    statistic: an incident's toll (造成3人死亡), the count of a list opening the clause (甲部等14个部门…),
    those present at a ceremony (150人参加闭幕式), what a thing can serve (可以帮助3000名灾民), an association's
    own membership (联盟会员覆盖40个国家), a policy's cap (每户最高可补贴3000元), a rule's threshold (每个项目不超过3亿元), a duty's rate
    (征收50%关税) or the size of a sample monitored (重点监测的78个步行街)."""
    return incident(clause, start, end) or attendance(clause, start, end) or list_count(ctx, index, offset, offset + start) \
        or policy_cap(clause, start) or rule_threshold(clause, start, end) or levy_rate(clause, start, end) \
        or bool(_SAMPLE_RE.search(clause, 0, start)) or capacity(clause, start) or own_membership(clause, start)


# the units a publisher monitors or surveys, counted right after it (商务部重点监测的全国78个步行街, 统计的91种产品):
# the sample's size, no statistic; what the sample shows stays
_SAMPLE_RE = re.compile(r"(?:监测|统计|调查|抽查)的(?:全国|全省|全市)?(?:约|近)?$")


# a modal and a verb of serving right before the value (可以帮助|约3000名灾民, 可容纳|3万名观众, 能满足|10万人用水):
# what a shipment, a work or a venue can do, its own figure, no statistic of a place
_CAPACITY_RE = re.compile(r"(?:可以|能够|可|能)(?:帮助|满足|供|容纳|服务|惠及|解决)[^，。；：0-9]{0,6}?(?:约|近|超过?|逾|多达)?$")


def capacity(clause: str, start: int) -> bool:
    """Whether the value at ``clause[start]`` is what a thing can serve, not what a place has.

    >>> capacity("这批物资可以帮助约3000名灾民", 9), capacity("新体育馆可容纳3万名观众", 7), capacity("全县帮助3000名群众", 4)
    (True, True, False)
    """
    return bool(_CAPACITY_RE.search(clause, 0, start))


# an association and its members or their spread before the value (某联盟会员覆盖|40个国家和地区, 某协会已有会员单位|
# 200家): the association's own membership, no statistic of its host; 上合组织成员国贸易额 names a trade; 全省…联盟成员
# counts the members of all a place's associations of the kind
_MEMBERSHIP_RE = re.compile(r"(?:联盟|协会|联合会|商会|学会)[^，。；：0-9]{0,6}?(?:会员|成员)[^，。；：0-9]{0,6}?"
                            r"(?:覆盖|遍及|来自|分布于|涵盖|达到?|超过?|已有|有|单位)?$")


_WHOLE_DIVISION_RE = re.compile(r"全(?:国|省|市|县|区|州|盟)")


def own_membership(clause: str, start: int) -> bool:
    """Whether the value at ``clause[start]`` counts an association's own members.

    >>> own_membership("世界某某联盟会员覆盖40个国家和地区", 10), own_membership("全市新增会员企业40家", 8)
    (True, False)
    >>> own_membership("全省产业联盟成员达96家", 9)
    False
    """
    found = _MEMBERSHIP_RE.search(clause, 0, start)
    return found is not None and not _WHOLE_DIVISION_RE.search(clause, 0, found.start())  # (全省…联盟成员: all of them)
