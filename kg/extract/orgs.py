"""Organisations: a name ends in a suffix that says what kind of body it is
(有限公司, 集团, 局, 委员会, 政协, 法院, 商会, 大学 …); the name's left edge is
found by walking back to punctuation or a function word. Short company names
come from enumerations (``甲能、乙达等企业``).

>>> [(m.text, m.kind) for m in find_orgs("由县市场监督管理局每周向县政协报送一批工单")]
[('县市场监督管理局', 'government'), ('县政协', 'government')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.body_edges import (
    after_appointee,
    after_clause_words,
    after_complement,
    after_joined_body,
    after_representative,
    standard_name_start,
    verb_before_place,
    work_led_start,
)
from kg.extract.federations import national_federation, other_party
from kg.extract.listed_firms import enumerated_firms
from kg.extract.org_words import (
    _BARE_COMPANY_WORDS,
    _BARE_INSTITUTION_WORDS,
    _LEGAL_FORMS,
    _SUFFIX_RE,
    GENERIC_HEADS,
    SUFFIX_KIND,
    class_after_quantifier,
    common_word,
    games_of_a_match,
    kind_of_team,
    names_a_kind,
)
from kg.extract.spans import (
    CJK,
    HARD_STOP,
    LEVEL_LIST_RE,
    leading_verbs,
    left_extend,
    opens_word,
    word_runs_past,
)
from kg.extract.trade_names import trade_names
from kg.lexicons import lexicon, lexicon_rows
from kg.types import Mention

# Central bodies (kg/data/lexicons/ministries.tsv: the State Council's departments, the Party's and
# the state's central organs, each with its short forms); a country or its one-character abbreviation
# just before makes a foreign body (美财政部), kept apart from China's.
MINISTRIES = tuple(sorted(lexicon("ministries"), key=lambda w: (-len(w), w)))
_COUNTRY_ABBREVIATIONS = {row.entry: row.extra["name"] for row in lexicon_rows("country_abbreviations")}
_MINISTRY_RE = re.compile("(?:" + "|".join(map(re.escape, MINISTRIES)) + ")(?!门)")
# Central state-owned enterprises by the short names they go by (kg/data/lexicons/central_enterprises.tsv,
# SASAC's list): 国家电网在某地开工建设… names the company without any legal form.
_CENTRAL_ENTERPRISE_RE = re.compile(
    "|".join(map(re.escape, sorted(lexicon("central_enterprises"), key=lambda w: (-len(w), w)))))
NOT_BODY_WORDS = (
    "格局", "布局", "僵局", "新局", "大局", "全局", "结局", "开局", "时局", "棋局", "饭局", "骗局", "赌局", "出局",
    "入局", "平局", "变局", "残局", "定局", "败局", "胜局", "死局", "困局", "危局", "破局", "当局", "乱局", "好局",
)
PLACE_ENDINGS = tuple("省市县区乡镇") + ("街道", "人民", "自治州", "特别行政区")
GENERIC_NAMES = {
    "公司", "集团", "政府", "法院", "法庭", "委员会", "常委会", "学校", "医院", "商会", "协会", "工作室", "党支部",
    "县委", "市委", "区委", "省委", "党委", "管委会", "局", "厅", "组织部", "办公室", "服务队", "村党支部",
    "人民政府", "机关", "单位", "部门", "业主委员会", "中心", "调解委员会", "基金会", "国际机场",
}


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
        if match.group().endswith("会") and text[end:end + 1] == "议" and word_runs_past(text, end):
            continue  # 界别协|商会|议 is 协商|会议, a meeting: no body's suffix (总商会|议事会 keeps it)
        if match.group() == "商会" and text[match.start() - 1:match.start()] in ("协", "磋"):
            continue  # 远程协商会, 磋商会: a meeting for consultation, no chamber of commerce
        if text[match.start():end + 1] in ("局地", "局部") and opens_word(text, match.start()):
            continue  # 等地|局地|最高温: 局 opens the adverb "locally" (局地, 局部), no body's suffix
        start = left_extend(text, match.start(), limit=24) if match.start() > 0 else 0
        if match.group() in _LEGAL_FORMS and text[start:match.start()] in lexicon("trade_words"):
            start = _trade_name_start(text, start)  # 某区|老字号|食品有限公司: the 字号 before the trade
        start += leading_verbs(text[start:match.start()])
        start += verb_before_place(text[start:match.start()])
        standard = standard_name_start(text, end)
        if standard is not None and standard < start:
            start = left_extend(text, standard, limit=24) if standard > 0 else 0  # 某市|住房和城乡建设局
        start = after_joined_body(text, after_appointee(text, work_led_start(text, start, end)), match.start())
        start = after_clause_words(text, start, match.start())
        start = after_complement(text, after_representative(text, start, match.start()), match.start())
        start += len(text[start:end]) - len(text[start:end].lstrip("%％"))  # 90%|乡镇卫生院: a share's sign
        name = text[start:end]
        if len(name) <= len(match.group()) or name in GENERIC_NAMES or name.startswith(GENERIC_HEADS):
            continue
        if not _LETTER_RE.search(name[: len(name) - len(match.group())]):
            continue
        if name.endswith(NOT_BODY_WORDS) or name.endswith("上市公司") or kind_of_team(name, match.group()) \
                or games_of_a_match(name):  # 先丢一局, 连扳三局: games of a match
            continue  # 监控专班, 招商小分队: a kind of team
        if match.group() == "厅" and not name[:-1].endswith(tuple(lexicon("department_fields"))):
            continue  # 进门大厅, 宴会厅, 北京厅: a hall or a room; 某省教育厅, 办公厅: a field's department
        if match.group() in ("政府", "人民政府", "人大", "县委", "市委", "区委", "省委", "党委") and not _place_led(name, match.group()):
            continue
        listed = text[start - 1:start] == "、"  # 省能源集团、矿产集团: the list's place
        core = name[: len(name) - len(match.group())]
        if match.group() in _BARE_INSTITUTION_WORDS and word_runs_past(text, match.start()) and word_runs_past(text, end):
            continue  # 加大|学前教育, 扩大|学位: the suffix begins and ends inside the dictionary's words
        if (match.group() in _BARE_COMPANY_WORDS or match.group() in _BARE_INSTITUTION_WORDS and len(core) > 1) \
                and not listed and common_word(core):
            continue  # 平台公司, 城投公司, 三级医院: a kind (县医院 is the county's own: link names it)
        out.append(Mention(start, end, name, "Organization", SUFFIX_KIND[match.group()]))
    return out


def _trade_name_start(text: str, trade: int) -> int:
    """Where a company's trade name (字号) begins when its name reads place + 字号 + trade + legal
    form (企业名称登记管理规定 第六条) and the trade word alone was found: after the place that ends
    two to four characters before the trade word, else the trade word itself.

    >>> _trade_name_start("助推青原区老介福食品有限公司入选", 8)
    5
    """
    from kg.extract.places import places_ending_at

    for width in (2, 3, 4):
        at = trade - width
        if at <= 0 or any(c in HARD_STOP or not c.strip() for c in text[at:trade]):
            break
        if places_ending_at(text, at):
            return at
    return trade


def _place_led(name: str, suffix: str) -> bool:
    """``南昌市人民政府`` yes, ``落实政府`` no: a generic body word needs a place before it."""
    head = name[: len(name) - len(suffix)]
    if LEVEL_LIST_RE.fullmatch(head):
        return False  # 省市县政府, 市县政府: governments of several levels, no one body
    return head.endswith(PLACE_ENDINGS) or suffix in ("县委", "市委", "区委", "省委") and len(head) >= 2 and head[-1] not in "新届"


# a plant named by its owner and its capacity (甲乙锂电年产2万吨…), or by a trade name of two characters
# (with its trade word: 甲乙重工) and its phase (甲乙二期); any other name before a phase is the work's
# own (某某核电一期, 某某公园三期)
_OWNER_RE = re.compile(rf"([{CJK}A-Za-z]{{2,6}}?)(?=年产|[0-9]+(?:万|千)?(?:吨|吉瓦|兆瓦|千瓦|万千瓦|GW|MW))"
                       rf"|([{CJK}]{{2}}(?:{'|'.join(sorted(lexicon('trade_words'), key=len, reverse=True))})?)"
                       rf"(?=[一二三四]期)")


def project_owners(text: str, projects: list[Mention]) -> list[Mention]:
    """The company a project is named after: ``甲乙锂电年产2万吨…项目`` → 甲乙锂电, ``甲乙二期`` → 甲乙.

    >>> [m.text for m in project_owners("青石核电一期开工", [Mention(0, 6, "青石核电一期", "Project")])]
    []
    >>> [m.text for m in project_owners("青石重工二期开工", [Mention(0, 6, "青石重工二期", "Project")])]
    ['青石重工']
    >>> [m.text for m in project_owners("赣州二期开工", [Mention(0, 4, "赣州二期", "Project")])]
    []
    """
    out = []
    for project in projects:
        match = _OWNER_RE.match(text, project.start)
        if not match:
            continue
        group = 1 if match.group(1) else 2
        start, name = match.start(group), match.group(group)
        lead = _leading_place(name)
        start, name = start + len(lead), name[len(lead):]  # 甲市|乙丙50兆瓦…: the place is not the owner
        if len(name) < 2 or name.endswith(("市", "县", "区", "省", "厂", "电厂", "镇", "乡", "港")) \
                or name in GENERIC_NAMES or text[start - 1:start].isdigit() or "年产" in name:
            # 年产|150万吨…项目: the capacity's own word owns nothing
            continue
        out.append(Mention(start, start + len(name), name, "Organization", "company"))
    return out


def _leading_place(name: str) -> str:
    """The provinces, prefectures and counties of the gazetteer that open ``name`` (甲省乙市|丙丁 → 甲省乙市).

    >>> _leading_place("赣州青石"), _leading_place("青石重工")
    ('赣州', '')
    """
    from kg.extract.places import leading_places
    from kg.gazetteer import load

    chain = leading_places(name, load().names_division)
    return name[:chain[-1][1]] if chain else ""


def find_orgs(text: str, projects: list[Mention] | None = None) -> list[Mention]:
    """Organisation mentions in one sentence (nested names kept: 法院 inside 法院过埠法庭); ``projects``:
    the sentence's project mentions when the caller has them already."""
    if projects is None:
        from kg.extract.projects import find_projects

        projects = find_projects(text)
    found = _suffix_mentions(text) + enumerated_firms(text) + project_owners(text, projects) + trade_names(text)
    # 党中央 ending another party's name (农工党中央, 致公党中央) is none; 国家粮食和|物资储备局: no tail
    central = [_central_body(text, m.start(), m.end()) for m in _MINISTRY_RE.finditer(text)
               if not other_party(text, m.start(), m.group())]
    found = [m for m in found if not any(c.start < m.start and c.end == m.end or _glued_before(text, m, c)
                                         for c in central)] + central
    found += _central_enterprises(text) + _international_orgs(text)
    found += _bare_local_bodies(text, found)
    found = [national_federation(text, m) for m in found]
    by_span: dict[tuple[int, int], Mention] = {}
    for m in found:
        by_span.setdefault((m.start, m.end), m)
    from kg.extract.work_generic import counted_before

    # 3家省实验室, 22家重点实验室: a count makes a class of bodies, not one
    named = [m for m in by_span.values() if not counted_before(text, m.start) and not _COUNTED_AFTER_RE.match(text, m.end)
             and not class_after_quantifier(text, m) and not names_a_kind(text, m) and not _FORMER_SITE_RE.match(text, m.end)]  # 某某中央局|旧址
    spans = _join_units(text, sorted(named, key=lambda m: (m.start, m.end)))
    return list(dict.fromkeys(m for m in spans if not any(o.start == m.start and o.end > m.end for o in spans)))


def _glued_before(text: str, m: Mention, central: Mention) -> bool:
    """A name found by its suffix that runs on left of a central body ending with it holds the clause's
    words, not an owner (研究|全国人大常委会, 实施好|全国政协, 并报|中央政治局, 发布会上|中国人民银行): the
    word before the central body is no name (a place, a body, 中共) nor a term (第十四届).

    >>> _glued_before("并报中央政治局审议", Mention(1, 7, "报中央政治局", "Organization"), Mention(2, 7, "中央政治局", "Organization"))
    True
    """
    from kg.lexicon import tagged

    if not (m.start < central.start and m.end == central.end):
        return False
    extra = text[m.start:central.start]
    words = tagged(extra)
    return bool(words) and not extra.endswith("届") and words[-1][1] not in ("ns", "nt", "nz", "j")


# the site where a body once sat (中共苏区中央局|旧址, 八路军总部|旧址, 某大学|遗址): a place visited, no body acting
_FORMER_SITE_RE = re.compile("旧址|遗址|会址|故址")
# a count closing the phrase of a body's name (省实验室27家、产业研究院55家) makes a class of bodies, as one
# before does (北约32个成员国 counts the members)
_COUNTED_AFTER_RE = re.compile(r"[0-9一二两三四五六七八九十百千]+(?:家|个|所|座)(?:[、，。；）)]|$)")


# openings of the names of China's own bodies: no foreign country stands before them
_CHINESE_BY_NAME = ("中共", "中国", "全国", "中央", "中华")


def _central_body(text: str, start: int, end: int) -> Mention:
    """A central body, with the foreign country before it when there is one (俄外交部 is not 外交部); a
    body whose name says it is China's (中共中央, 全国人大常委会) takes none (以|中共中央名义: 以 is "in").

    >>> _central_body("美财政部宣布", 1, 4).text, _central_body("财政部宣布", 0, 3).text, _central_body("以中共中央名义", 1, 5).text
    ('美财政部', '财政部', '中共中央')
    """
    from kg.extract.places import countries

    prefix = ""
    if text.startswith(_CHINESE_BY_NAME, start):
        return Mention(start, end, text[start:end], "Organization", "government")  # 以|中共中央…名义: a preposition
    for size in range(min(start, 8), 0, -1):
        head = text[start - size:start]
        if head != "中国" and (head in countries() or head in _COUNTRY_ABBREVIATIONS):
            prefix = head
            break
    if prefix in _COUNTRY_ABBREVIATIONS and start - len(prefix) > 0 and "\u4e00" <= text[start - len(prefix) - 1] <= "\u9fff":
        prefix = ""  # 俄 only as a word of its own: 全美 … is not a country abbreviation here
    return Mention(start - len(prefix), end, text[start - len(prefix):end], "Organization", "government")


def _central_enterprises(text: str) -> list[Mention]:
    """Central enterprises named as whole words: not the start of a longer word (中国电子商务) nor
    the end of one before it.

    >>> [m.text for m in _central_enterprises("中国华能在某县开工建设风电场，发展中国电子商务")]
    ['中国华能']
    """
    from kg.lexicon import word_boundaries

    out = []
    for match in _CENTRAL_ENTERPRISE_RE.finditer(text):
        start, end = match.span()
        if start > 0 and "\u4e00" <= text[start - 1] <= "\u9fff" and start not in word_boundaries(text):
            continue
        if _ends_name(text, end) or _time_or_post_follows(text, end):
            out.append(Mention(start, end, match.group(), "Organization", "company"))
    return out


_BODY_FOLLOWERS = frozenset("对向与同和及在的")
_INTERNATIONAL_RE = re.compile("|".join(map(re.escape, sorted(lexicon("international_orgs"), key=lambda w: (-len(w), w)))))


def _international_orgs(text: str) -> list[Mention]:
    """International and regional organisations (lexicon international_orgs) named as whole words,
    not the start of a longer name (联合国|教科文组织 is that body's).

    >>> [m.text for m in _international_orgs("广西对东盟出口增长，联合国教科文组织发布名录")]
    ['东盟', '联合国教科文组织']
    """
    from kg.lexicon import word_boundaries

    out = []
    for match in _INTERNATIONAL_RE.finditer(text):
        start, end = match.span()
        bounds = word_boundaries(text[max(0, start - 4):end + 4])
        if start - max(0, start - 4) not in bounds:
            continue  # 马|来西|亚… : the name begins inside a word
        if _ends_name(text, end) or _time_or_post_follows(text, end) or text[end:end + 1] in _BODY_FOLLOWERS \
                or text[end:end + 2] in ("进出", "国家", "成员"):  # 欧盟|对华政策, 东盟|国家, 上合组织|成员国
            out.append(Mention(start, end, match.group(), "Organization", "other"))
    return out


def _time_or_post_follows(text: str, end: int) -> bool:
    """A time word (…今天发布) or a post (…负责人, …董事长) follows a name that is complete.

    >>> _time_or_post_follows("某集团今天宣布", 3), _time_or_post_follows("某集团董事长", 3)
    (True, True)
    >>> _time_or_post_follows("某集团产品", 3)
    False
    """
    from kg.lexicon import tagged

    if any(text.startswith(post, end) for post in lexicon("positions")):
        return True
    after = text[end:end + 4]
    return bool(after) and tagged(after)[0][1] == "t"


@lru_cache(maxsize=1)
def _local_body_re() -> re.Pattern[str]:
    words = sorted(lexicon("local_bodies"), key=lambda w: (-len(w), w))
    return re.compile(rf"(?:(?<![{CJK}])|(?<=[有和及与在由到]))(?:{'|'.join(map(re.escape, words))})")


def _bare_local_bodies(text: str, found: list[Mention]) -> list[Mention]:
    """A county's public body named without its place in the county's own text (公安局提供,
    文化馆、图书馆): the linker prefixes the document's place.

    >>> [m.text for m in _bare_local_bodies("全县有文化馆、图书馆各1个", [])]
    ['文化馆', '图书馆']
    """
    out = []
    for match in _local_body_re().finditer(text):
        if not any(m.start < match.end() and match.start() < m.end for m in found) and _ends_name(text, match.end()):
            kind = "government" if match.group().endswith(("局", "法院", "检察院", "委员会")) else "institution"
            out.append(Mention(match.start(), match.end(), match.group(), "Organization", kind))
    return out


def _ends_name(text: str, end: int) -> bool:
    """Nothing of the name follows ``end``: punctuation, the end, or a verb or function word
    (…局提供, …馆和…), not a longer name (…医院城南分院, …医院综合大楼)."""
    from kg.lexicon import tagged

    after = text[end:end + 4]
    if not after or not "\u4e00" <= after[0] <= "\u9fff":
        return True
    word, tag = tagged(after)[0]
    return tag[:1] in ("v", "p", "c", "u", "d", "r", "m") or word in ("等",)


SUB_UNITS = ("学院", "分院", "分校", "分公司", "研究院", "研究中心", "办公室", "法庭", "党支部", "工作室", "联络组")


# A company's named site right after its name (…有限公司富山工厂): GUIDE, "Organizations and zones".
_SITE_RE = re.compile(rf"[{CJK}]{{1,6}}?(?:工厂|制造基地|生产基地|产业园)")


def _join_units(text: str, spans: list[Mention]) -> list[Mention]:
    """A body followed at once by one of its units is one name: 甲乙师范大学|现代产业学院."""
    out = list(spans)
    for left in spans:
        site = _SITE_RE.match(text, left.end)
        if left.kind == "company" and site:
            out.append(Mention(left.start, site.end(), text[left.start:site.end()], "Organization", "company"))
        for right in spans:
            if right.start == left.end and right.text.endswith(SUB_UNITS):
                out.append(Mention(left.start, right.end, text[left.start:right.end], "Organization", right.kind))
    return out

