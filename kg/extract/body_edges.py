"""Where a body's name begins, beyond the walk to the first function word: a department's standard
name that joins two fields with 和 (住房和城乡建设局), another body joined to it by 和 (甲局和|县教育局),
a verb of the clause before a place (建设|某市某大学); and the heads of named works, which no firm's
name ends in.

>>> verb_before_place("建设长春理工大学中山"), after_joined_body("甲县财政局和县教育局", 0, 9)
(2, 6)
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.lexicons import lexicon, lexicon_rows


def after_joined_body(text: str, start: int, suffix: int) -> int:
    """A name begins after another body's name joined to it by 和, 及 or 与 (甲县财政局和|县教育局:
    the dictionary reads 局|和县 as the county 和县), or after any words joined by one to a level that
    opens a body's name (经某部门审批和|县大数据管理局).

    >>> after_joined_body("甲县财政局和县教育局", 0, 9), after_joined_body("甲县住房和城乡建设局", 0, 9)
    (6, 0)
    >>> after_joined_body("部门审批和县数据局", 0, 8), after_joined_body("安徽省和县教育局", 0, 7)
    (5, 0)
    """
    from kg.extract.org_words import _SUFFIX_RE

    cut = start
    for match in _SUFFIX_RE.finditer(text, start, suffix):
        if text[match.end():match.end() + 1] in ("和", "及", "与"):
            cut = max(cut, match.end() + 1)
    for at in range(cut + 1, suffix - 1):
        if text[at] in "和及与" and text[at + 1] in _LEVELS and text[at - 1] not in "省市州":
            cut = at + 1  # …立项审批和|县大数据管理局: a level opens the body's name (安徽省和县 is a county)
    return cut


# the levels that open a body's name of the document's own place (县财政局, 市政府); no standard name of a
# department holds 和 before one (住房和城乡建设局, 发展和改革委员会)
_LEVELS = frozenset("省市县区乡镇")


@lru_cache(maxsize=1)
def works_heads() -> tuple[str, ...]:
    """The heads of named works (lexicon facilities, kind work: 铁路, 灌区, 水库…)."""
    return tuple(row.entry for row in lexicon_rows("facilities") if row.extra.get("kind") == "work")


@lru_cache(maxsize=1)
def standard_names() -> tuple[str, ...]:
    """The standard names of local departments that join two fields with 和 (住房和城乡建设局,
    发展和改革委员会: lexicons local_bodies and body_abbreviations), with the province's 厅 for a
    county's 局 (机构编制: 省某某厅, 市县某某局), longest first."""
    names = {row.entry for name in ("local_bodies", "body_abbreviations") for row in lexicon_rows(name) if "和" in row.entry}
    names |= {name[:-1] + "厅" for name in names if name.endswith("局")}
    return tuple(sorted(names, key=lambda n: (-len(n), n)))


def standard_name_start(text: str, end: int) -> int | None:
    """Where a department's standard name with 和 ending at ``end`` begins (the walk to a name's left
    edge stops at 和 and at 城乡建设, which the dictionary tags an idiom).

    >>> standard_name_start("甲县住房和城乡建设局负责人", 10), standard_name_start("甲县教育局", 5)
    (2, None)
    """
    return next((end - len(name) for name in standard_names() if text.startswith(name, end - len(name))), None)


def verb_before_place(head: str) -> int:
    """Length of a verb that may sit inside a body's name (建设, 服务: 建设银行, 某某服务中心) when it
    opens the name right before a place: the verb of the clause (建设|某市理工大学某研究院), not the name's.

    >>> verb_before_place("建设长春理工大学中山"), verb_before_place("建设")
    (2, 0)
    """
    from kg.extract.places import leading_place
    from kg.extract.spans import NAME_VERBS
    from kg.lexicon import words

    tokens = words(head)
    if len(tokens) < 2 or tokens[0] not in NAME_VERBS:
        return 0
    return len(tokens[0]) if leading_place(head[len(tokens[0]):]) else 0


# a body named after the work it leads (某某工作领导小组, 某某工作委员会, 某某工作指挥部)
_WORK_LED_RE = re.compile("工作(?:领导小组|委员会|指挥部|专班)")
# words that end such a work's name on its left: function words, counts, people's names, the genre's lead
# verbs and the verbs of leaders' and legislative news that take a body as object (主持|某某工作领导小组会议)
_WORK_STOP_TAGS = frozenset(("p", "c", "u", "uj", "ul", "ud", "uv", "uz", "ug", "d", "r", "m", "q", "y", "e", "o",
                             "nr", "nrfg", "nrt"))
_NEWS_OBJECT_VERBS = frozenset(("主持", "走访", "批准", "组建", "会见", "出席", "视察", "考察", "调研", "参加", "看望",
                                "慰问", "听取", "审议", "通过", "召集", "牵头", "领导", "设立", "设置", "有关", "相关"))


def work_led_start(text: str, start: int, end: int) -> int:
    """A body named after the work it leads holds that work's verbs (中国关心下一代工作委员会, 某县根治
    拖欠农民工工资工作领导小组): its name goes on left over verbs and nouns to a function word, a person's
    name, a lead verb (成立, 推进…), a verb of news taking a body (主持, 批准…) or punctuation.

    >>> text = "县里成立创建卫生县城工作领导小组"
    >>> text[work_led_start(text, 10, 16):16]
    '创建卫生县城工作领导小组'
    """
    from kg.extract.spans import _STOP_SET, HARD_STOP
    from kg.lexicon import pos, words

    if not _WORK_LED_RE.search(text, start, end):
        return start
    left = start
    while left > 0 and text[left - 1] not in HARD_STOP and not text[left - 1].isspace() and start - left < 24:
        left -= 1
    for word in reversed(words(text[left:start])):
        if word in _STOP_SET or word in _NEWS_OBJECT_VERBS or (pos(word) or "") in _WORK_STOP_TAGS:
            break
        start -= len(word)
    return start


# verbs of appointment news (任免通知: 任命某某为…, 免去某某…职务, 增补某某为…) and the person they take
_APPOINTING = ("任命", "免去", "提名", "增补", "选举", "推选", "任免")
_APPOINTEE_RE = re.compile("[\u4e00-\u9fff]{2,4}?(?:同志)?(?:为|的|第)")


def after_appointee(text: str, start: int) -> int:
    """After a verb of appointment the words before the body are the person appointed and 为 / 的
    (任命|王立新为|某省人民政府副省长, 免去|王立新|第十届某委员会委员职务): the body begins after them.

    >>> text = "任命王立新为甲市人民政府副市长"
    >>> text[after_appointee(text, 2):]
    '甲市人民政府副市长'
    """
    if text[max(0, start - 2):start] not in _APPOINTING:
        return start
    match = _APPOINTEE_RE.match(text, start)
    if not match:
        return start
    return match.end() - (1 if match.group().endswith("第") else 0)


# what opens a body's name with its owner: China's own bodies, a term of office
_OWNER_OPENINGS = ("中国", "全国", "中央", "中共", "国家")
_TERM_RE = re.compile("第?[一二三四五六七八九十]+届")
# bodies named after the work they lead (创建某某工作领导小组): a verb opens their names (body_edges.work_led_start)
_WORK_LED_WORDS = ("工作", "领导小组", "指挥部")


def after_clause_words(text: str, start: int, suffix: int) -> int:
    """A name that runs left of its owner holds the clause's words before it (应|某国劳动党中央委员会,
    亮相|国家博物馆, 入藏|某省博物馆): when the would-be name does not open with
    an owner (a place of the gazetteer or a country, 中国, 全国, 中央, 中共, 国家, a term 第N届) and one
    opens at a word's start within its first six characters after a word of the clause (a verb, a
    preposition …: :func:`_clause_word_before`), with only Chinese characters and no body's suffix before
    it (中国科学院|广州…研究所, 协和医学院|天津医院, ABC|某某学院, 乌|国家电力公司 stay), the name begins
    there; a body named after the work it leads keeps its verb (创建|国家卫生城市工作领导小组).

    >>> after_clause_words("应越南国家博物馆邀请", 0, 5), after_clause_words("美中贸易全国委员会", 0, 6)
    (1, 0)
    >>> after_clause_words("出售委内瑞拉国家石油公司", 0, 10)
    2
    >>> after_clause_words("协和医学院天津医院", 0, 7), after_clause_words("湖南省博物馆", 0, 4)
    (0, 0)
    """
    from kg.extract.org_words import _SUFFIX_RE
    from kg.lexicon import word_boundaries

    head = text[start:suffix]
    if len(head) < 2 or _owner_at(text, start, suffix) or any(w in text[start:suffix + 4] for w in _WORK_LED_WORDS):
        return start
    boundaries = word_boundaries(text[start:suffix + 4])
    for at in range(start + 1, min(suffix, start + 7)):
        if _SUFFIX_RE.search(text, start, at) or not "\u4e00" <= text[at - 1] <= "\u9fff":
            break
        if at - start in boundaries and _owner_at(text, at, suffix) and _clause_word_before(text[start:at]):
            return at
    return start


# tags of the last word before an owner that make it the clause's (a verb, a preposition, a pronoun, a
# conjunction, a particle), not a name's first part (乌|国家电力公司, 白宫|国家经济委员会, 国铁|南昌局, a verbal
# noun: 美中贸易|全国委员会); 驻 names where a body sits (某军驻|某地办事处, 中国驻|某国大使馆)
_CLAUSE_TAGS = frozenset(("v", "vd", "p", "r", "c", "u", "uj", "ul", "ud", "uv", "uz", "ug"))


def _clause_word_before(prefix: str) -> bool:
    """The words before the owner end in a word of the clause (应|, 入藏|, 货运量|占|, 习近平|受|, a verbal
    noun alone or after a verb: 出售|, 规划|建设|; a verb of lexicon lead_verbs: 代表|); a character read
    alone after another one alone is a name's fragment (国|能|天津电力公司).

    >>> _clause_word_before("入藏"), _clause_word_before("国铁"), _clause_word_before("国能"), _clause_word_before("八路军驻")
    (True, False, False, False)
    """
    from kg.lexicon import tagged

    words = tagged(prefix)
    if not words or prefix.endswith("驻"):
        return False
    word, tag = words[-1]
    if tag == "vn" and (len(words) == 1 or words[-2][1][:1] in ("v", "d")) or word in lexicon("lead_verbs"):
        return True  # 出售|, 规划建设|, 代表|: a verbal noun opening the clause or after another verb
    if tag not in _CLAUSE_TAGS:
        return False
    return len(words[-1][0]) >= 2 or len(words) == 1 or len(words[-2][0]) >= 2


def _owner_at(text: str, at: int, suffix: int) -> bool:
    """An owner opens the name at ``at`` (see :func:`after_clause_words`)."""
    from kg.extract.places import leading_places

    rest = text[at:suffix + 4]
    return rest.startswith(_OWNER_OPENINGS) or bool(_TERM_RE.match(rest)) \
        or any(end >= 2 for _, end in leading_places(text[at:suffix])[:1])


def after_representative(text: str, start: int, suffix: int) -> int:
    """A person's post and name, then 代表 (on behalf of), before a body's owner: the body is the one
    represented, after the last 代表 (某市副市长王某某代表|南昌市人民政府; 人大代表联络站 keeps its
    代表, which no owner follows).

    >>> text = "南昌市副市长王某某代表南昌市人民政府"
    >>> text[after_representative(text, 0, 16):]
    '南昌市人民政府'
    >>> after_representative("某县人大代表联络站", 0, 7), after_representative("县长王某代表县政府", 0, 7)
    (0, 6)
    """
    at = text.rfind("代表", start, suffix)
    if at < 0 or not any(post in text[start:at] for post in _posts()) \
            or not (_owner_at(text, at + 2, suffix) or text[at + 2:at + 3] in _LEVELS):
        return start  # 代表|县政府: a level opens the body of the speaker's own place
    return at + 2


@lru_cache(maxsize=1)
def _posts() -> tuple[str, ...]:
    """Posts of lexicon positions of two characters or more (副市长, 主委, 副主席)."""
    return tuple(w for w in lexicon("positions") if len(w) >= 2)


# a verb's complement or preposition glued to it, read alone by the dictionary: 落实|好, 用|好, 毕业|于
_COMPLEMENTS = frozenset("好于")


def after_complement(text: str, start: int, suffix: int) -> int:
    """A verb with its complement 好 or the preposition 于 before a body's name is the clause's (落实好|省委,
    用好|某某学院, 毕业于|某某大学): the body begins after them, when the dictionary reads 好 or 于 as a
    word of its own within the first four characters (友好|医院 and 于都县 keep theirs).

    >>> text = "毕业于青山大学"
    >>> text[after_complement(text, 0, 5):], after_complement("友好医院", 0, 2), after_complement("用好青山学院", 1, 4)
    ('青山大学', 0, 2)
    """
    from kg.lexicon import words

    cuts = []
    for reading in (words(text[start:suffix]), words(text[start:suffix + 4])):  # 落实|好|省, 毕业|于|清华大学
        at = start
        for word in reading:
            at += len(word)
            if at - start > 4 or at > suffix:
                break
            glued = at - 1 > start or start > 0 and "\u4e00" <= text[start - 1] <= "\u9fff"  # 用|好…: a verb before
            if word in _COMPLEMENTS and glued:
                cuts.append(at)
    return min(cuts, default=start)
