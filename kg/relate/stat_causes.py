"""What changes when a causative verb makes it change (让|车辆利用效率提升50%, 带动|一般公共预算收入增长
6.6%): the noun phrase after the verb, when it names a rate, a total or a value; the verb's own object
counted (带动销售164亿元, 推动成果转化20项) stays as printed.
"""

from __future__ import annotations

import re

from kg.lexicons import lexicon
from kg.relate.stat_indicators import clean_indicator

# verbs making something change (让|车辆利用效率提升50%, 带动|一般公共预算收入增长6.6%): before a change
# word or a level reached, what changes is the noun phrase after them
# (not 拉动: 拉动|某收入增长2.7个百分点 is a contribution to that growth, a statistic of its own)
_CAUSATIVES = frozenset(("让", "使", "令", "促使", "推动", "带动", "助推", "驱动"))
# a level reached at the end of the words before a value (突破1.5万家, 达到30%)
LEVEL_REACHED_RE = re.compile(r"(?:突破|达到|达|超过|升至|增至|提高到|提高至|提升到|提升至)了?$")


def without_causative(indicator: str) -> str:
    """The noun phrase a causative verb in ``indicator`` makes change, when one is left; the caller
    says a change word or a level reached follows it.

    >>> without_causative("让车辆利用效率"), without_causative("推动全省高新技术企业数"), without_causative("带动销售")
    ('车辆利用效率', '高新技术企业数', '带动销售')
    """
    from kg.lexicon import words

    tokens = words(indicator)
    at = [k for k, token in enumerate(tokens[:-1]) if token in _CAUSATIVES]
    if not at:
        return indicator
    rest = clean_indicator("".join(tokens[at[-1] + 1:]))  # (新技术使|竹材利用率: the agent before it goes too)
    return rest if len(rest) >= 3 and names_rate_or_total(rest) else indicator


def names_rate_or_total(phrase: str) -> bool:
    """Whether ``phrase`` ends with the head of a rate, a total or a value (利用率, 增速, 销售额, 预算收入,
    产业比重), not with a deed (成功发行).

    >>> names_rate_or_total("国内生产总值增速"), names_rate_or_total("一般公共预算收入"), names_rate_or_total("伦敦成功发行")
    (True, True, False)
    """
    heads = tuple(lexicon("value_words")) + _RATE_HEADS
    return bool(phrase) and (phrase[-1] in "率量额数值度速" or phrase.endswith(heads))


# heads of a rate or a level that end in no character of a total (比重, 效率, 指数)
_RATE_HEADS = ("比重", "比例", "效率", "规模", "指数", "水平")
