"""What in a work's or a project's name says which kind, never which one: the genre's qualifiers
(重点项目, 病险水库), counts (5个项目), a sector alone (新材料项目), and whether a proper part is left
(a place, a name jieba does not know, a code, a capacity); and the verbs that lead into a name.

>>> is_generic("重点新材料项目"), is_generic("青石新材料项目"), has_proper_part("年产5万吨涂料")
(True, False, True)
"""

from __future__ import annotations

import re

from kg.lexicons import lexicon, lexicon_rows

SUFFIXES = tuple(row.entry for row in lexicon_rows("project_heads"))
WORKS = tuple(row.entry for row in lexicon_rows("facilities") if row.extra.get("kind") == "work")
FACILITIES = tuple(row.entry for row in lexicon_rows("facilities"))

# Qualifiers of the genre that say what kind of project, never which one (重点项目, 市级工业项目).
GENERIC_WORDS = (
    "重点", "重大", "工业", "招商", "在建", "续建", "新建", "新开工", "储备", "前期", "民生", "医疗", "配套", "示范",
    "产业", "一批", "该", "本", "各类", "各", "所有", "全部", "部分", "相关", "亿元", "万元", "以上", "超", "签约",
    "投资", "建设", "开工", "竣工", "投产", "实施", "推进", "攻坚", "省外", "省内", "市级", "省级", "县级", "国家级",
    "集中", "信息化", "基础设施", "城市更新", "民生实事", "政府", "这些", "其中", "优质", "好", "大", "小", "新", "个",
    "一号", "年度", "制造业", "产业链", "招商引资", "技改", "公开招标", "异地评标", "具体", "工程", "倍增", "升级",
    "调度", "列入", "全区", "全市", "全县", "全省", "全国", "市级工业", "计划", "引进", "落地", "五大", "十大", "主体",
    "惠民", "改造", "在谈", "意向", "跟踪", "合作", "标志性", "首批", "首个", "首条", "多个", "若干", "更多",
    *sorted(lexicon("work_class_words")),  # qualifiers of a class of works (病险水库, 普速铁路, 规模化供水工程)
    *sorted(lexicon("generic_project_words")),
)
_GENERIC_TAILS = (
    "重点", "重大", "工业", "在建", "续建", "新建", "招商", "储备", "前期", "民生", "医疗", "配套", "示范", "一批",
    "签约", "调度", "惠民", "实事", "的", "个", "等", "推进", "力促", "加快", "强化", "提升", "召开", "支持",
    "服务", "攻坚", "管理", "加速", "推动", "谋划", "争取", "包装", "落地", "更多", "其他", "一大批", "标志性",
)
_GENERIC_RE = re.compile("|".join(sorted(map(re.escape, GENERIC_WORDS), key=len, reverse=True)) + r"|[0-9.“”\"]+")
_COUNTED_BEFORE_RE = re.compile(r"[0-9一二两三四五六七八九十百千余多]+(?:个|条|座|处|批|项|类|家|列|所)$")
_COUNTED_RE = re.compile(r"[0-9一二两三四五六七八九十百千余多首]+(?:个|条|座|处|批|项|类|家|大|列|趟|轮|年|地)|[0-9.万千多余]+(?:公里|种|名|户)")
# a capacity or size names one plant: 年产5万吨, 2×600兆瓦, 20万千瓦
_CAPACITY_RE = re.compile(r"[0-9.×]+(?:万|亿)?(?:吨|千瓦|兆瓦|吉瓦|瓦时|千伏|台|套|辆|片|平方米|立方米)")
_NUMBER_RE = re.compile(r"[0-9.]+")
_PROPER_TAGS = ("ns", "nt", "nz")  # person names (nr) are too often jieba's guess for common words
COMMON = 1000  # jieba tags common words ns/nz too (城市, 美丽): a proper noun is rarer than this
_CODE_RE = re.compile(r"[A-Z][0-9]+|[A-Za-z]{2,}")


def counted_before(text: str, start: int) -> bool:
    """True when a count and a classifier stand right before ``start``: 新上3条|智能化生产线 names
    a class of works, not one.

    >>> counted_before("新建5座污水处理厂", 4), counted_before("新建青山污水处理厂", 2)
    (True, False)
    """
    return _COUNTED_BEFORE_RE.search(text, max(0, start - 6), start) is not None


def _starts_with_verb(core: str) -> bool:
    """The core opens with a verb, not a division's name the dictionary reads as one (久治|至…).

    >>> _starts_with_verb("推进青石"), _starts_with_verb("久治至马尔康")
    (True, False)
    """
    from kg.gazetteer import load
    from kg.lexicon import pos, words

    tokens = words(core)
    return (bool(tokens) and (pos(tokens[0]) or "").startswith("v") and pos(tokens[0]) != "vn" and len(tokens[0]) > 1
            and not load().names_division(tokens[0]))


def has_proper_part(core: str) -> bool:
    """True when a name's core says which project: a proper noun, a place of the gazetteer, a name
    jieba does not know (split into single characters), a code or a capacity.

    >>> has_proper_part("鑫拓化工涂料"), has_proper_part("年产5万吨涂料"), has_proper_part("产业发展")
    (True, True, False)
    """
    from kg.gazetteer import load
    from kg.lexicon import frequency, pos, words

    if _CAPACITY_RE.search(core) or _CODE_RE.search(core):
        return True
    tokens = words(core)
    run: list[str] = []
    for k, word in enumerate(tokens):
        if _NUMBER_RE.fullmatch(word):
            if tokens[k + 1:k + 2] and tokens[k + 1].startswith("号"):
                return True  # 18号线, 3号机组: a number that names
            continue  # 1月26日|高铁, 5.7万公里|管道: a date or a count names nothing (a capacity did above)
        tag = pos(word)
        if tag is None or len(word) >= 2 and (tag in _PROPER_TAGS and frequency(word) < COMMON
                                              or load().names_division(word)):
            return True
        if len(word) >= 3 and tag == "nr":
            return True  # a person's full name (a memorial hall, a school)
        # single characters in a row, one of them a name's, are a word jieba does not know (鑫|拓)
        run = run + [tag] if len(word) == 1 and tag[0] in "nvabj" else []
        if len(run) >= 2 and any(t in ("nr", "ns", "nz", "j") for t in run):
            return True
    return False


def is_generic(name: str) -> bool:
    """``重点项目``, ``20亿元项目``, ``该项目``: no proper name left once generic words go.

    >>> is_generic("一批大项目"), is_generic("鑫拓化工涂料项目"), is_generic("5个合作项目")
    (True, False, True)
    >>> is_generic("新材料项目"), is_generic("重点新材料项目"), is_generic("青石新材料项目")
    (True, True, False)
    """
    head = next((h for h in _HEADS if name.endswith(h)), "")  # a project's head or a work's (病险|水库)
    core = name[: len(name) - len(head)]
    if core.endswith(_GENERIC_TAILS) or _starts_with_verb(core) or _COUNTED_RE.search(core):
        return True
    # before a work's head the qualifiers of two characters or more that open it (全省|病险|水库: 遂大|高速 keeps
    # its 大, G99 its number, 青山塘|水库 its 山塘)
    rest = _GENERIC_RE.sub("", core) if head in SUFFIXES else _LONG_GENERIC_RE.sub("", core, count=1)
    return len(rest) < 2 or _sector_class(core)


_HEADS = tuple(sorted(SUFFIXES + WORKS, key=len, reverse=True))
_LONG_GENERIC_RE = re.compile("^(?:" + "|".join(sorted((re.escape(w) for w in GENERIC_WORDS if len(w) > 1), key=len, reverse=True))
                              + ")+")
_ONE_GENERIC_RE = re.compile("^(?:" + _GENERIC_RE.pattern + ")")


def _sector_class(core: str) -> bool:
    """A sector's name after generic words only (重点|新材料): a class of projects, not one."""
    sectors = lexicon("sectors")
    while core and core not in sectors:
        lead = _ONE_GENERIC_RE.match(core)
        if not lead or not lead.group():
            return False
        core = core[lead.end():]
    return bool(core)


_LEAD_TAGS = ("v", "d", "p", "c")


def without_lead_verbs(core: str) -> str:
    """A name without the verbs that lead into it: 新开工|石门 → 石门, 建成投产|远大三期 → 远大三期."""
    from kg.lexicon import pos, words

    tokens = words(core)
    while len(tokens) > 1 and len(tokens[0]) > 1 and (pos(tokens[0]) or "x").startswith(_LEAD_TAGS):
        tokens = tokens[1:]
    return _STATUS_LEAD_RE.sub("", "".join(tokens))


# the status and work verbs of construction news that lead into a work's name
_STATUS_LEAD_RE = re.compile(r"^(?:新开工|开工|建成|投产|投运|建设|新建|续建|扩建|改扩建|整治|推进|加快|加密|提质|实施|启动|"
                             r"谋划|规划|含|包括|力争|争取|完成|打通|贯通|通车|"
                             r"做[实细深优强大足精])+")  # 做实, 做深: 做 and its result, a verb of reports jieba splits
