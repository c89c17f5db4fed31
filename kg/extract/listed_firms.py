"""Short company names from lists: ``甲能、乙达等项目``, ``以甲族、乙荫为代表的龙头企业``.

>>> [m.text for m in enumerated_firms("青石、铭远达等企业落户园区")]
['青石', '铭远达']
>>> [m.text for m in enumerated_firms("体验了剪纸、舞狮等项目")]
[]
"""

from __future__ import annotations

import re

from kg.extract.body_edges import works_heads
from kg.extract.org_words import SUFFIX_KIND, common_word
from kg.extract.spans import CJK, left_extend
from kg.types import Mention

_ENUM_ITEM = rf"[{CJK}A-Za-z0-9]{{2,10}}"
_ENUM_RE = re.compile(
    rf"((?:{_ENUM_ITEM}、)+{_ENUM_ITEM})等(?:一批|多家|一大批|[0-9]+家)?(?:重大|重点|龙头|头部|骨干|知名)?"
    r"(企业|公司|项目|单位|龙头企业|头部企业|基金|金融机构|银行)"
)
# 以甲、乙为代表的龙头企业: the items stand for firms only when firms follow (以木雕、砖雕为代表的技艺: crafts)
_LED_BY_RE = re.compile(rf"以((?:{_ENUM_ITEM}、)*{_ENUM_ITEM})为代表的(?=[{CJK}]{{0,6}}?(?:企业|公司|集团|龙头|厂商|银行))")
# a list closing with 项目 names firms only when their projects' news follows (甲、乙等项目当年开工|相继投产|
#签约落户); otherwise it lists works, trades, sports or activities (核电、风电等项目投资, 冰壶、雪车等项目)
_FIRMS_PROJECTS_NEWS = re.compile(rf"[{CJK}]{{0,4}}?(?:签约|开工|投产|落地|落户|竣工|达产|建成)")
FACILITY = ("电厂", "项目", "工程", "基地", "二期", "一期", "三期")


def enumerated_firms(text: str) -> list[Mention]:
    """Short company names in lists: ``天能、铭利达、得利斯等项目``, ``以大族、绿荫为代表的``."""
    out = []
    for match in list(_ENUM_RE.finditer(text)) + list(_LED_BY_RE.finditer(text)):
        if match.re is _ENUM_RE and match.group(2) == "项目" and not _FIRMS_PROJECTS_NEWS.match(text, match.end()):
            continue  # 核电、风电等项目投资, 冰壶、雪车等项目: no firms
        position = match.start(1)
        for k, item in enumerate(match.group(1).split("、")):
            start, position = position, position + len(item) + 1
            if k == 0:
                cut = left_extend(text, start + len(item), limit=len(item))
                item, start = text[cut:start + len(item)], cut
            if len(item) < 2 or item.endswith(FACILITY + ("企业", "基地", "单位", "机构", "组织", "业", *SUFFIX_KIND, *works_heads())):
                continue  # 某某灌区、某某水库等项目: works, not firms; 银行业、保险业等机构: trades
            if common_word(item):
                continue  # 晶和|科技、华勤电子; 科技、电子等企业: a common word of the dictionary is no company
            out.append(Mention(start, start + len(item), item, "Organization", "company"))
    return out
