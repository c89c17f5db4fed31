"""Organisations: a name ends in a suffix that says what kind of body it is
(有限公司, 集团, 局, 委员会, 政协, 法院, 商会, 大学 …); the name's left edge is
found by walking back to punctuation or a function word. Short company names
come from enumerations (``天能、铭利达等企业``).

>>> [(m.text, m.kind) for m in find_orgs("由县行政审批局热线服务中心每周向县政协移交一批热线工单")]
[('县行政审批局热线服务中心', 'government'), ('县政协', 'government')]
"""

from __future__ import annotations

import re

from kg.extract.spans import CJK, left_extend
from kg.types import Mention

# suffix → kind; longer suffixes first when matching.
SUFFIX_KIND = {
    "股份有限公司": "company", "有限责任公司": "company", "有限公司": "company", "集团公司": "company",
    "分公司": "company", "公司": "company", "集团": "company", "银行": "company", "支行": "company",
    "家庭农场": "company", "农场": "company", "合作社": "other",
    "人民政府": "government", "政府": "government", "人大常委会": "government", "常委会": "government",
    "委员会": "government", "政协": "government", "人民法院": "government", "法院": "government", "法庭": "government",
    "检察院": "government", "公安局": "government", "派出所": "government", "局": "government", "厅": "government",
    "管委会": "government", "党工委": "government", "工委": "government", "党委": "government", "县委": "government",
    "市委": "government", "区委": "government", "省委": "government", "组织部": "government", "宣传部": "government",
    "统战部": "government", "办公室": "government", "网信办": "government", "发改委": "government", "卫健委": "government",
    "卫生健康委": "government", "科技部": "government", "办事处": "government", "领导小组": "government",
    "联络组": "government", "政务服务中心": "government", "综治中心": "government", "采购中心": "government",
    "服务中心": "government", "热线中心": "government", "工作组": "government", "专班": "government",
    "大学": "institution", "学院": "institution", "中学": "institution", "小学": "institution", "学校": "institution",
    "分校": "institution", "医院": "institution", "卫生院": "institution", "保健院": "institution", "研究院": "institution",
    "研究所": "institution", "研究中心": "institution", "实验室": "institution", "融媒体中心": "institution",
    "干部学院": "institution", "党校": "institution", "幼儿园": "institution",
    "商会": "association", "总商会": "association", "工商联": "association", "协会": "association",
    "学会": "association", "联合会": "association", "工会": "association", "总会": "association", "基金会": "association",
    "志愿服务总队": "association", "党支部": "other", "党总支": "other", "志愿服务队": "other", "服务队": "other",
    "调解队": "other", "巡防队": "other", "宣传队": "other", "工作室": "other", "联络站": "other", "分队": "other",
    "调解委员会": "other", "机场": "other",
}
# a few suffixes begin longer words that are not bodies: 大学城, 大学生, 学院派, 中学生
_NOT_AFTER = {"大学": "城|生", "学院": "派|路", "中学": "生", "小学": "生", "机场": "路|大道", "医院": "路"}
_SUFFIX_RE = re.compile("|".join(
    re.escape(suffix) + (f"(?!{_NOT_AFTER[suffix]})" if suffix in _NOT_AFTER else "")
    for suffix in sorted(SUFFIX_KIND, key=len, reverse=True)
))
# National ministries and commissions: a closed list of the State Council's departments.
MINISTRIES = (
    "外交部", "国防部", "教育部", "科技部", "工业和信息化部", "工信部", "公安部", "民政部", "司法部", "财政部",
    "人力资源和社会保障部", "人社部", "自然资源部", "生态环境部", "住房和城乡建设部", "住建部", "交通运输部",
    "水利部", "农业农村部", "商务部", "文化和旅游部", "国家卫生健康委", "国家卫健委", "应急管理部", "审计署",
    "国家发展改革委", "国家发改委", "国务院", "全国人大", "全国政协", "中国人民银行", "国资委",
)
_MINISTRY_RE = re.compile("(?:" + "|".join(sorted(map(re.escape, MINISTRIES), key=len, reverse=True)) + ")(?!门)")
GENERIC_HEADS = (
    "该", "本", "各", "全市", "全县", "全区", "全省", "全镇", "全乡", "全村", "每", "一", "两", "多", "些", "相关", "有关", "职能", "上级", "基层", "主管", "部门", "行业",
    "企业", "国有", "民营", "金融", "市场", "保险", "地方", "当地", "辖区", "村级", "社会", "公立", "公办", "所有",
    "上市", "航空", "新建", "改建", "小规模", "省级", "市属", "县属", "区属", "助老", "职工", "新一届",
)
NOT_BODY_WORDS = (
    "格局", "布局", "僵局", "新局", "大局", "全局", "结局", "开局", "时局", "棋局", "饭局", "骗局", "赌局", "出局",
    "入局", "平局", "变局", "残局", "定局", "败局", "胜局", "死局", "困局", "危局", "破局", "当局",
)
PLACE_ENDINGS = tuple("省市县区乡镇") + ("街道", "人民", "自治州", "特别行政区")
GENERIC_NAMES = {
    "公司", "集团", "政府", "法院", "法庭", "委员会", "常委会", "学校", "医院", "商会", "协会", "工作室", "党支部",
    "县委", "市委", "区委", "省委", "党委", "管委会", "局", "厅", "组织部", "办公室", "服务队", "村党支部",
    "人民政府", "机关", "单位", "部门", "业主委员会", "中心", "调解委员会", "基金会",
}
_ENUM_ITEM = rf"[{CJK}A-Za-z0-9]{{2,10}}"
_ENUM_RE = re.compile(
    rf"((?:{_ENUM_ITEM}、)+{_ENUM_ITEM})等(?:一批|多家|一大批)?(?:重大|重点|龙头|头部|骨干|知名)?(企业|公司|项目|单位|龙头企业|头部企业)"
)
_LED_BY_RE = re.compile(rf"以((?:{_ENUM_ITEM}、)*{_ENUM_ITEM})为代表的")
FACILITY = ("电厂", "项目", "工程", "基地", "二期", "一期", "三期")


def _kind(name: str) -> str:
    match = None
    for m in _SUFFIX_RE.finditer(name):
        if m.end() == len(name):
            match = m
            break
    return SUFFIX_KIND.get(match.group(), "other") if match else "company"


_LETTER_RE = re.compile(rf"[{CJK}A-Za-z]")


def _suffix_mentions(text: str) -> list[Mention]:
    out = []
    for match in _SUFFIX_RE.finditer(text):
        end = match.end()
        if match.group() in ("局", "厅", "厂", "院") and text[end:end + 1] == "长":
            continue  # 局长: a post, not a body
        start = left_extend(text, match.start(), limit=24) if match.start() > 0 else 0
        name = text[start:end]
        if len(name) <= len(match.group()) or name in GENERIC_NAMES or name.startswith(GENERIC_HEADS):
            continue
        if not _LETTER_RE.search(name[: len(name) - len(match.group())]):
            continue
        if name.endswith(NOT_BODY_WORDS) or name.endswith("上市公司"):
            continue
        if match.group() in ("政府", "人民政府", "县委", "市委", "区委", "省委", "党委") and not _place_led(name, match.group()):
            continue
        out.append(Mention(start, end, name, "Organization", SUFFIX_KIND[match.group()]))
    return out


def _place_led(name: str, suffix: str) -> bool:
    """``南昌市人民政府`` yes, ``落实政府`` no: a generic body word needs a place before it."""
    head = name[: len(name) - len(suffix)]
    return head.endswith(PLACE_ENDINGS) or suffix in ("县委", "市委", "区委", "省委") and len(head) >= 2 and head[-1] not in "新届"


def _enumerated(text: str) -> list[Mention]:
    """Short company names in lists: ``天能、铭利达、得利斯等项目``, ``以大族、绿荫为代表的``."""
    out = []
    for match in list(_ENUM_RE.finditer(text)) + list(_LED_BY_RE.finditer(text)):
        position = match.start(1)
        for k, item in enumerate(match.group(1).split("、")):
            start, position = position, position + len(item) + 1
            if k == 0:
                cut = left_extend(text, start + len(item), limit=len(item))
                item, start = text[cut:start + len(item)], cut
            if len(item) < 2 or item.endswith((*FACILITY, "企业", "基地", "单位", "机构", "组织", *SUFFIX_KIND)):
                continue
            out.append(Mention(start, start + len(item), item, "Organization", "company"))
    return out


_OWNER_RE = re.compile(rf"([{CJK}A-Za-z]{{2,6}}?)(?=年产|[0-9]+(?:万|千)?(?:吨|吉瓦|兆瓦|千瓦|万千瓦|GW|MW)|[一二三四]期)")


def project_owners(text: str, projects: list[Mention]) -> list[Mention]:
    """The company a project is named after: ``春鹏锂电年产3.5万吨…项目`` → 春鹏锂电."""
    out = []
    for project in projects:
        match = _OWNER_RE.match(text, project.start)
        if not match:
            continue
        name = match.group(1)
        if name.endswith(("市", "县", "区", "省", "厂", "电厂", "镇", "乡")) or name in GENERIC_NAMES:
            continue
        out.append(Mention(match.start(1), match.end(1), name, "Organization", "company"))
    return out


def find_orgs(text: str, projects: list[Mention] | None = None) -> list[Mention]:
    """Organisation mentions in one sentence (nested names kept: 法院 inside 法院过埠法庭).

    ``projects`` are the sentence's project mentions when the caller has them already.
    """
    if projects is None:
        from kg.extract.projects import find_projects

        projects = find_projects(text)
    found = _suffix_mentions(text) + _enumerated(text) + project_owners(text, projects)
    found += [Mention(m.start(), m.end(), m.group(), "Organization", "government") for m in _MINISTRY_RE.finditer(text)]
    by_span: dict[tuple[int, int], Mention] = {}
    for m in found:
        by_span.setdefault((m.start, m.end), m)
    spans = _join_units(text, sorted(by_span.values(), key=lambda m: (m.start, m.end)))
    return [m for m in spans if not any(o.start == m.start and o.end > m.end for o in spans)]


SUB_UNITS = ("学院", "分院", "分校", "分公司", "研究院", "研究中心", "办公室", "法庭", "党支部", "工作室", "联络组")


def _join_units(text: str, spans: list[Mention]) -> list[Mention]:
    """A body followed at once by one of its units is one name: 赣南师范大学|赣南现代产业学院."""
    out = list(spans)
    for left in spans:
        for right in spans:
            if right.start == left.end and right.text.endswith(SUB_UNITS):
                out.append(Mention(left.start, right.end, text[left.start:right.end], "Organization", right.kind))
    return out

