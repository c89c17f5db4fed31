"""The words that make a body's name: its suffixes (org_suffixes.tsv: 有限公司, 局, 大学 …) and what
they say of its kind, the legal forms and bare company words, and the heads that open no one body's
name (全市, 相关, 新一轮 …).

>>> SUFFIX_KIND["有限公司"], SUFFIX_KIND["大学"]
('company', 'institution')
"""

from __future__ import annotations

import re

from kg.extract.spans import QUANTIFIERS
from kg.lexicons import lexicon_rows
from kg.types import Mention

# suffix → kind (kg/data/lexicons/org_suffixes.tsv); longer suffixes first when matching.
SUFFIX_KIND = {row.entry: row.extra["kind"] for row in lexicon_rows("org_suffixes")}
# a few suffixes begin longer words that are not bodies: 大学城, 大学生, 学院派, 中学生
_NOT_AFTER = {"局": "势|面|部", "人大": "代表", "大学": "城|生", "学院": "派|路", "中学": "生", "小学": "生", "机场": "路|大道", "医院": "路"}
_SUFFIX_RE = re.compile("|".join(
    re.escape(suffix) + (f"(?!{_NOT_AFTER[suffix]})" if suffix in _NOT_AFTER else "")
    for suffix in sorted(SUFFIX_KIND, key=len, reverse=True)
))
GENERIC_HEADS = (
    "该", "本", "各", "全市", "全县", "全区", "全省", "全镇", "全乡", "全村", "每", "一", "两", "多", "些", "相关", "有关", "职能", "上级", "基层", "主管", "部门", "行业",
    "企业", "国有", "民营", "金融", "市场", "保险", "地方", "当地", "辖区", "村级", "社会", "公立", "公办", "所有",
    "上市", "航空", "新建", "改建", "小规模", "省级", "市属", "县属", "区属", "助老", "职工", "新一届",
    "中心", "普通", "特殊", "公共", "民办", "私立", "乡村", "城乡", "新一轮", "改扩建", "新改扩建",
)
_BARE_COMPANY_WORDS = ("公司", "集团", "集团公司", "银行")
# schools, hospitals and laboratories (事业单位名称): one common word or a level before them names a kind
# (县级医院, 乡镇卫生院, 三级医院, 专门学校, 重点实验室), not one body; 县医院 in a county's news is its own
_BARE_INSTITUTION_WORDS = ("大学", "学院", "中学", "小学", "学校", "医院", "卫生院", "保健院", "幼儿园", "实验室")
_LEGAL_FORMS = ("有限公司", "有限责任公司", "股份有限公司", "公司", "集团", "集团公司", "集团有限公司")


def class_after_quantifier(text: str, body: Mention) -> bool:
    """After a determiner of quantity a body named by one common word and its suffix is a class of bodies
    (一些|热门机场, 部分|重点医院); a named one stays (部分|青山大学师生).

    >>> class_after_quantifier("一些热门机场增开柜台", Mention(2, 6, "热门机场", "Organization"))
    True
    """
    if not text.endswith(QUANTIFIERS, 0, body.start):
        return False
    from kg.lexicon import frequency, pos, words

    suffix = next((m for m in _SUFFIX_RE.finditer(body.text) if m.end() == len(body.text)), None)
    core = body.text[:suffix.start()] if suffix else ""
    return (len(words(core)) == 1 and frequency(core) >= 300
            and not (pos(core) or "").startswith(("nr", "ns", "nt", "nz")))


def common_word(core: str) -> bool:
    """The core of a company's name is one common word of the dictionary (平台, 城投), not a trade name.

    >>> common_word("平台"), common_word("赣锋锂业"), common_word("江西某某")
    (True, False, False)
    """
    from kg.lexicon import frequency, pos, words

    tokens = words(core)
    return len(tokens) == 1 and frequency(core) >= 1000 and not (pos(core) or "").startswith(("nr", "ns", "nt", "nz"))


# the suffixes of teams and task forces (基层组织, 党政机关的工作专班): a team is named by a place, a person
# or a nickname (马大姐宣传队, “某某”志愿服务队), or only by the work it does (监控专班, 招商小分队)
# (a task force named after the work it is set up for, 某某工作专班 or 某某问题工作组, is a formal name and stays)
_TEAM_SUFFIXES = ("分队", "专班", "服务队", "志愿服务队", "调解队", "巡防队", "宣传队")


def kind_of_team(name: str, suffix: str) -> bool:
    """A team named only by the work it does, in words of two characters or more that the dictionary
    knows as common words, is a kind of team (专业招商|小分队, 矛盾纠纷|调解队, 监控|专班), no body; a
    place, a proper noun, a nickname of one-character words (马|大叔, 三|马) or a quote before it names one.

    >>> kind_of_team("专业招商小分队", "分队"), kind_of_team("矛盾纠纷调解队", "调解队")
    (True, True)
    >>> kind_of_team("马大叔调解队", "调解队"), kind_of_team("青山村志愿服务队", "志愿服务队"), kind_of_team("春运工作专班", "专班")
    (False, False, False)
    """
    from kg.lexicon import frequency, pos, words

    if suffix not in _TEAM_SUFFIXES:
        return False
    core = name[: len(name) - len(suffix)]
    core = core.removesuffix("小")  # 小分队
    if core.endswith("工作"):
        return False  # 某某春运工作专班: a task force's formal name
    tokens = words(core)
    return bool(tokens) and all(
        len(word) >= 2 and frequency(word) >= 20 and not (pos(word) or "x").startswith(("nr", "ns", "nt", "nz", "m"))
        for word in tokens)


# a count of games before 局 (连扳三局, 先丢一局): a match's games, no bureau (中铁三局 is one)
_GAMES_RE = re.compile("[0-9一二两三四五六七八九十]+局$")


def games_of_a_match(name: str) -> bool:
    """A verb before a count of games closes the would-be name (先丢|一局, 连扳|三局), no company's name.

    >>> games_of_a_match("后连扳三局"), games_of_a_match("中铁三局")
    (True, False)
    """
    from kg.lexicon import tagged

    count = _GAMES_RE.search(name)
    words = tagged(name[:count.start()]) if count else []
    return bool(words) and words[-1][1].startswith("v")


# determiners that make what follows every body of a kind (各|供热公司, 每所|学校); the level words of
# lexicon level_class_words (县级, 乡镇, 市域) and a level adjective in 级 (市（州）级, 国家级) do the same
_KIND_DETERMINERS = ("各", "每", "每家", "每所", "各家", "各类", "各级", "级")
# a count of bodies in words (近万家, 上千所, 数百个): a class, as a count in digits is (work_generic.counted_before)
_COUNT_BEFORE_RE = re.compile("[数上近逾超][十百千万]+(?:多|余)?[家所个]$")
_COUNT_OPENS_RE = re.compile("[数上近逾超][十百千万]+(?:多|余)?[家所个]")


def names_a_kind(text: str, body: Mention) -> bool:
    """A body named only by common words and its suffix after a determiner or a level word is a kind of
    body (各|供热公司, 县级|综合医院, 市级|旅游运营集团), no one body; a proper noun or a place in the
    name keeps it (各|青山公司, 县级|某某大学 are rare but named).

    >>> names_a_kind("各供热公司加强调节", Mention(1, 5, "供热公司", "Organization"))
    True
    >>> names_a_kind("县级综合医院建设", Mention(0, 6, "县级综合医院", "Organization"))
    True
    >>> names_a_kind("南昌供热公司加强调节", Mention(0, 6, "南昌供热公司", "Organization"))
    False
    >>> names_a_kind("聚集了近万家贸易公司", Mention(3, 10, "近万家贸易公司", "Organization"))
    True
    """
    from kg.lexicon import frequency, pos, words
    from kg.lexicons import lexicon

    name = body.text
    first = (words(name) or [""])[0]
    counted = _COUNT_OPENS_RE.match(name)  # 近万家|贸易公司: the count ran into the name
    lead = counted.group() if counted else first if first in lexicon("level_class_words") else ""
    if not lead and not text.endswith(_KIND_DETERMINERS, 0, body.start) and not _COUNT_BEFORE_RE.search(text, 0, body.start):
        return False
    suffix = next((m for m in _SUFFIX_RE.finditer(name) if m.end() == len(name) and m.start() >= len(lead)), None)
    if suffix is None:
        return False
    tokens = words(name[len(lead):suffix.start()])
    return all(len(t) >= 2 and frequency(t) >= 20 and not (pos(t) or "x").startswith(("nr", "ns", "nt", "nz", "j"))
               for t in tokens)
