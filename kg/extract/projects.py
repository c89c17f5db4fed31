"""Projects: named investment, construction and production projects.

Three shapes: apposition after an amount (``投资50亿元的新钢电弧炉项目``),
a project suffix with the name to its left (``春鹏锂电年产3.5万吨高纯锂电项目``),
and lists of works followed by a status (``文化公园、花园湾大桥等相继建成投用``).

>>> [m.text for m in find_projects("投资50亿元的新钢电弧炉项目于7月18日成功热负荷试车")]
['新钢电弧炉项目']
"""

from __future__ import annotations

import re

from kg.extract.spans import CJK, left_extend
from kg.types import Mention

SUFFIXES = ("项目", "工程", "一期", "二期", "三期", "四期")
GENERIC_WORDS = (
    "重点", "重大", "工业", "招商", "在建", "续建", "新建", "新开工", "储备", "前期", "民生", "医疗", "配套", "示范",
    "产业", "一批", "该", "本", "各类", "各", "所有", "全部", "部分", "相关", "亿元", "万元", "以上", "超", "签约",
    "投资", "建设", "开工", "竣工", "投产", "实施", "推进", "攻坚", "省外", "省内", "市级", "省级", "县级", "国家级",
    "集中", "信息化", "基础设施", "城市更新", "民生实事", "政府", "这些", "其中", "优质", "好", "大", "小", "新", "个",
    "一号", "年度", "制造业", "产业链", "招商引资", "技改", "公开招标", "异地评标", "具体", "工程", "倍增", "升级", "调度", "列入", "全区", "全市", "全县", "市级工业", "计划", "引进", "落地", "五大", "十大", "主体", "惠民", "改造", "在谈", "意向", "跟踪",
)
_GENERIC_TAILS = (
    "重点", "重大", "工业", "在建", "续建", "新建", "招商", "储备", "前期", "民生", "医疗", "配套", "示范", "一批",
    "签约", "调度", "惠民", "实事", "的", "个", "等", "推进", "力促", "加快", "强化", "提升", "召开", "支持",
    "服务", "攻坚", "管理", "加速", "推动", "谋划", "争取", "包装", "落地", "更多", "其他", "一大批",
)
_GENERIC_RE = re.compile("|".join(sorted(map(re.escape, GENERIC_WORDS), key=len, reverse=True)) + r"|[0-9.“”\"]+")
_MONEY = r"(?:超|近|约|逾)?[0-9.]+(?:亿|万)?(?:余)?(?:元|美元)(?:以上)?"
_APPOSITION_RE = re.compile(rf"(?:总投资|投资|投入)(?:达|超|约)?{_MONEY}的([^，。；、：]+?)(?=、|等|，|。|；|于|顺利|正式|已|将|$)")
_STATUS_LIST_RE = re.compile(
    rf"((?:[{CJK}0-9A-Za-z（）()]{{2,14}}、)+[{CJK}0-9A-Za-z（）()]{{2,14}})等(?:[{CJK}]{{0,4}})?(?:相继)?(?:建成|开工|竣工|投产|投用|通车|开业|完工)"
)


def _starts_with_verb(core: str) -> bool:
    from kg.lexicon import pos, words

    tokens = words(core)
    return bool(tokens) and (pos(tokens[0]) or "").startswith("v") and pos(tokens[0]) != "vn" and len(tokens[0]) > 1


def is_generic(name: str) -> bool:
    """``重点项目``, ``100亿元项目``, ``该项目``: no proper name left once generic words go.

    >>> is_generic("一批重点项目"), is_generic("新钢电弧炉项目")
    (True, False)
    """
    core = name
    for suffix in SUFFIXES:
        if core.endswith(suffix):
            core = core[: -len(suffix)]
            break
    if core.endswith(_GENERIC_TAILS) or _starts_with_verb(core):
        return True
    rest = _GENERIC_RE.sub("", core)
    return len(rest) < 2


_SUFFIX_RE = re.compile("(?:" + "|".join(SUFFIXES) + ")(?!师|队|负责人|经理|部|办|资金|单位)")
_PLACE_NAME_RE = re.compile(r".{1,4}[省市县区乡镇村]")  # a core that is just a place: 某某县项目


def _suffixed(text: str) -> list[Mention]:
    out = []
    for match in _SUFFIX_RE.finditer(text):
        start = left_extend(text, match.start(), limit=30, numbers=True)
        anchor = text.rfind("的", start, match.start())
        if anchor >= 0:
            start = anchor + 1
        name = text[start:match.end()]
        core = name[: -len(match.group())]
        short = len(core) < 3 and match.group() in ("项目", "工程")
        if not is_generic(name) and len(core) >= 2 and not short and not _PLACE_NAME_RE.fullmatch(core):
            out.append(Mention(start, match.end(), name, "Project"))
    return out


def _appositions(text: str) -> list[Mention]:
    out = []
    for match in _APPOSITION_RE.finditer(text):
        name = match.group(1)
        cut = max((name.rfind(s) + len(s) for s in SUFFIXES if s in name), default=-1)
        if cut > 0:
            name = name[:cut]
        listed = text[match.start(1) + len(name):match.start(1) + len(name) + 1] in ("、", "等")
        if (cut > 0 or listed) and "是" not in name and not is_generic(name) and len(name) >= 4:
            out.append(Mention(match.start(1), match.start(1) + len(name), name, "Project"))
    return out


def _status_lists(text: str) -> list[Mention]:
    out = []
    for match in _STATUS_LIST_RE.finditer(text):
        position = match.start(1)
        for item in match.group(1).split("、"):
            start, position = position, position + len(item) + 1
            # company short names also come in such lists (天能、铭利达等项目开工): keep works only
            if not is_generic(item) and item.endswith(FACILITIES + SUFFIXES + ("路", "桥", "馆", "园", "站", "厂")):
                out.append(Mention(start, start + len(item), item, "Project"))
    return out


FACILITIES = (
    "综合大楼", "外科大楼", "大楼", "大桥", "公园", "高速公路", "高速", "公路", "大道", "环路", "隧道", "中学", "小学",
    "八中", "一中", "二中", "三中", "学校", "人民医院", "医院", "卫生院", "保健院", "疾控中心", "体育馆", "图书馆",
    "博物馆", "综合体", "小镇", "智谷", "创智谷", "环球港", "港", "基地", "电厂", "电站", "水厂", "监测系统", "系统",
    "广场", "商贸中心", "物流园", "产业园", "水源工程",
)
_FACILITY_RE = re.compile("(?:" + "|".join(sorted(map(re.escape, FACILITIES), key=len, reverse=True)) + ")")
_BUILDING_RE = re.compile(r"^[^，。；]{0,14}?(?:正在施工|施工|主体竣工|竣工|建成|完工|建设完成|封顶|开工|投用|启用|通车|交付|"
                          r"加快推进|加快建设|加速推进|建设现场|上线)")


_LISTED_PROJECTS_RE = re.compile(r"^等[^，。]{0,6}项目")


def _facilities(text: str) -> list[Mention]:
    """Buildings and works whose construction the sentence reports: ``第六人民医院…正在施工``,
    ``刘垦卫生院、中童中心卫生院建设完成``, ``信雄高速建成通车``."""
    out = []
    spans = []
    for match in _FACILITY_RE.finditer(text):
        start = left_extend(text, match.start(), limit=14, numbers=True) if match.start() else 0
        spans.append((start, match.end()))
    for k, (start, end) in enumerate(spans):
        run_end = end  # the status may close a list: A、B等…建成
        for s2, e2 in spans[k + 1:]:
            if text[run_end:s2] in ("、", "和", "及"):
                run_end = e2
            else:
                break
        tail = text[run_end:].lstrip("等")
        if not _BUILDING_RE.match(tail) and not _LISTED_PROJECTS_RE.match(text[run_end:]):
            continue
        name = text[start:end]
        if len(name) >= 3 and not is_generic(name) and name not in FACILITIES[:0]:
            out.append(Mention(start, end, name, "Project"))
    return out


def find_projects(text: str) -> list[Mention]:
    """Project mentions of one sentence; a name found two ways is kept once (the longest)."""
    found = _appositions(text) + _suffixed(text) + _status_lists(text) + _facilities(text)
    kept: list[Mention] = []
    for m in sorted(found, key=lambda m: (-(m.end - m.start), m.start)):
        if not any(k.start <= m.start and m.end <= k.end for k in kept):
            kept.append(m)
    return sorted(kept, key=lambda m: (m.start, m.end))
