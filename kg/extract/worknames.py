"""What a work's name does not hold: the verbs that open the words before it, a superlative that
describes a work instead of naming it, a title of the genre before the name (超级工程|某某大桥), and
what is no work at all: a session of an event (第9届某某会第二期), a place's network (某省铁路).

>>> trimmed_work(Mention(0, 6, "经青山至白水铁路", "Project")).text
'青山至白水铁路'
>>> trimmed_work(Mention(0, 6, "全国最大水库", "Project")) is None
True
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.spans import CJK, QUANTIFIERS, leading_verbs
from kg.lexicons import lexicon
from kg.types import Mention

# a recurring event's edition (第9届) or a fair's session (某某会第二期): events are no entities (GUIDE)
_EVENT_RE = re.compile(r"届|会第?[一二三四五六七八九十0-9]+期$")
# the heads of lines: one place before them names that place's network (某省铁路, 某市高速公路), no work
_LINE_HEADS = ("高速铁路", "城际铁路", "高速公路", "铁路", "高铁", "高速", "公路")
_PLACE_RE = re.compile(r".{1,4}[省市县区]")
_DESCRIBED = ("工程", "项目")


def trimmed_work(work: Mention) -> Mention | None:
    """``work`` without the verbs that open it (经|某某铁路, 布局|某某项目) or the genre's title before
    its name (重大工程|某某高铁), a line without its structures as a class (某某高铁|隧道), or None when
    what is left is no name: a superlative (某国最大水库, 全国最长隧道), the head alone, a title alone
    (某某超级工程), an event's session, a place's network, a number's classifier without its number
    (号|机组), a class after a determiner (某地部分|铁路)."""
    if _no_work(work.text) or _built_head(work.text):
        return None
    titled = _after_title(work.text)
    if titled < 0:
        return None
    cut = max(leading_verbs(work.text[:-2], single=False), titled, _after_break(work.text), _after_class_head(work.text))
    if cut and work.text[cut:] in _heads():
        return None  # 投身|铁路: the head alone once the verb goes
    structures = _LINE_STRUCTURES_RE.search(work.text)
    drop = len(structures.group(1)) if structures else 0  # 甲至乙高铁|隧道: the line's tunnels
    if not cut and not drop:
        return work
    return Mention(work.start + cut, work.end - drop, work.text[cut:len(work.text) - drop], work.type, work.kind,
                   work.attrs)


# a line's head and a structure's with nothing between: the line's structures, a class (某某高铁隧道全部贯通)
_LINE_STRUCTURES_RE = re.compile(r"(?:铁路|高铁|高速|公路)(隧道|隧洞|桥梁)$")


def _built_head(name: str) -> bool:
    """A verb of building of one character, a word of its own after a word of two or more, right before
    the head: the head is that verb's object, unnamed (在海底|建|大桥); after another single character it
    abbreviates a place (金|建|铁路: 金华 to 建德).

    >>> _built_head("海底建大桥"), _built_head("青石大桥"), _built_head("修建大桥"), _built_head("金建铁路")
    (True, False, False, False)
    """
    from kg.lexicon import words

    tokens = words(name)
    return (len(tokens) >= 3 and tokens[-2] in ("建", "修", "造", "架") and len(tokens[-3]) >= 2
            and tokens[-1] in _heads())


def _no_work(name: str) -> bool:
    """A superlative, a determiner, a level's class, an event's session, a classifier without its number
    or a place's network: no work's name (全国最大水库, 县级医院, 第9届某某会二期, 号机组, 江西铁路)."""
    return ("最" in name or _quantified(name) or name.startswith((*_level_classes(), "号"))
            or _EVENT_RE.search(name) is not None or _names_network(name) or _places_class(name))


def _quantified(name: str) -> bool:
    """A determiner of quantity as a word of the name makes it a class (某地部分|铁路, 一些|水库).

    >>> _quantified("北方部分铁路"), _quantified("青石铁路")
    (True, False)
    """
    from kg.lexicon import words

    return any(word in QUANTIFIERS for word in words(name))


def _after_title(name: str) -> int:
    """Where a name begins after a title of the genre, a qualifier of a class with 工程 or 项目
    (超级工程|某某大桥, 国家重大工程|某某港五期); -1 when the name is that title (某某全线控制性工程).

    >>> _after_title("超级工程青石大桥"), _after_title("青石铁路全线控制性工程"), _after_title("青石大桥")
    (4, -1, 0)
    >>> _after_title("新疆青石瓜蒌产业项目")
    0
    """
    from kg.lexicon import words

    tokens = words(name)
    closing = tokens[-2] if len(tokens) > 1 and tokens[-1] in _DESCRIBED else ""
    if closing in lexicon("work_class_words") or len(closing) == 1 and closing in lexicon("generic_project_words"):
        return -1  # a figure said of a work (超级, 控制性, 骨干; 新|项目) closes no name (某某产业项目 is one)
    for k in range(len(tokens) - 2, -1, -1):
        if _closes_title(tokens, k):
            return len("".join(tokens[:k + 1]))
    return 0


def _closes_title(tokens: list[str], k: int) -> bool:
    """``tokens[k]`` closes a title of the genre: 工程 or 项目 after a qualifier (重大|工程), with one
    common word of a field between (重点|交通|工程), or a word that ends in one (重大|水利工程, 重点项目)."""
    from kg.extract.work_generic import has_proper_part

    qualifiers, word = _title_qualifiers(), tokens[k]
    if word.endswith(_DESCRIBED) and len(word) > 2:  # 重点项目, 水利工程: one word of the dictionary
        return word[:-2] in qualifiers or k > 0 and tokens[k - 1] in qualifiers
    if word not in _DESCRIBED or k == 0:
        return False
    field = tokens[k - 1]  # 重点|交通|工程: a common word of a field between the qualifier and the head
    return field in qualifiers or (k > 1 and tokens[k - 2] in qualifiers and len(field) <= 4
                                   and not has_proper_part(field))


def _places_class(name: str) -> bool:
    """A place's class of projects named by the genre's qualifiers (某省重点项目, 某市重点城市更新项目,
    某区重大交通工程): the title of the works it lists, no work's name (某某新材料项目 has no qualifier).

    >>> _places_class("江西省重点交通工程"), _places_class("长三角重大项目"), _places_class("江西省青石大桥")
    (True, True, False)
    >>> _places_class("墨西哥城重要基础设施项目"), _places_class("墨西哥青石港口项目")
    (True, False)
    """
    from kg.extract.work_generic import is_generic
    from kg.gazetteer import load
    from kg.lexicon import words

    tokens, qualifiers = words(name), lexicon("generic_project_words")  # 成都|绕城高速 is a name: ranks only
    first = next((k for k, w in enumerate(tokens) if w in qualifiers or w.endswith(_DESCRIBED) and w[:-2] in qualifiers), 0)
    place = "".join(tokens[:first])
    named_place = (place in lexicon("regions") or place in lexicon("countries") or place in lexicon("foreign_cities")
                   or load().names_division(place) or place in _OWN_LEVELS)
    return bool(place) and named_place and is_generic(name[len(place):])


_OWN_LEVELS = ("国家", "省", "市", "县", "区")  # the speaker's own level (省重点项目, 国家重大工程)


def _after_class_head(name: str) -> int:
    """Where a name begins after a line's head or 工程, 项目 that opens it as its class (高速铁路|青石高铁:
    "the high-speed railway 青石高铁"; 项目|引青济白工程); 0 when the rest is no name of four characters or
    more ending in a head (a body's building, 某医院|新大楼, keeps its body).

    >>> _after_class_head("高速铁路青石高铁"), _after_class_head("高铁青石站"), _after_class_head("医院新外科大楼")
    (4, 0, 0)
    """
    heads = _heads()
    opening = next((h for h in (*_LINE_HEADS, *_DESCRIBED) if name.startswith(h)), "")
    rest = name[len(opening):]
    return len(opening) if opening and len(rest) >= 4 and any(rest.endswith(h) for h in heads) else 0


def done_well(text: str, work: Mention) -> Mention:
    """``work`` without a leading 好 that closes a verb before it (实施好|青石铁路, 建设好|…: "do well");
    好 opening a word of the sentence stays (好人|…).

    >>> done_well("实施好青石铁路等项目", Mention(2, 7, "好青石铁路", "Project")).text
    '青石铁路'
    """
    from kg.lexicon import pos, word_boundaries

    if not work.text.startswith("好") or len(work.text) < 4:
        return work
    opening = max(text.rfind(mark, 0, work.start) for mark in "，。；：、") + 1
    bounds = {opening + b for b in word_boundaries(text[opening:work.end])}
    before = text[max(opening, work.start - 2):work.start]
    if work.start + 1 not in bounds or len(before) < 2 or not (pos(before) or "").startswith("v"):
        return work
    return Mention(work.start + 1, work.end, work.text[1:], work.type, work.kind, work.attrs)


def _after_break(name: str) -> int:
    """Where a name begins after a word that no name holds inside it: a verb leading into a name or a
    word of belonging (某海关所属|某某大桥, 某国称|某某核电站, 某集团旗下|某某电站); 0 when none.

    >>> _after_break("青石海关所属白沙大桥"), _after_break("青石大桥")
    (6, 0)
    """
    from kg.lexicon import words

    tokens = words(name)
    breaks = _break_words()
    cuts = [k for k, word in enumerate(tokens[:-1]) if word in breaks
            and not (word == "经" and "至" in tokens[k + 1:])]  # 甲|经|乙|至|丙高铁: "via", inside a line's name
    rest = len("".join(tokens[:cuts[-1] + 1])) if cuts else 0
    alone = cuts and len(tokens[cuts[-1]]) > 1 and name[rest:] in _heads() and name[rest:] not in _DESCRIBED
    return rest if len(name) - rest >= 4 or alone else 0  # 某公司参观|生产线: the head alone (阳|涉|铁路 stays)


@lru_cache(maxsize=1)
def _level_classes() -> tuple[str, ...]:
    """Words for a class of places (县级, 市域: lexicon level_class_words) that open a class of works (县级医院)."""
    from kg.lexicons import lexicon

    return tuple(sorted(lexicon("level_class_words")))


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    from kg.lexicons import lexicon

    return lexicon("facilities") | lexicon("project_heads")


@lru_cache(maxsize=1)
def _break_words() -> frozenset[str]:
    from kg.lexicons import lexicon

    return lexicon("lead_verbs") | lexicon("belonging_words")


@lru_cache(maxsize=1)
def _title_qualifiers() -> frozenset[str]:
    from kg.lexicons import lexicon

    return lexicon("generic_project_words") | lexicon("work_class_words")


def _names_network(name: str) -> bool:
    """One place and a line's head name the place's network, no work (某省铁路, 长三角铁路, 某某县高速).

    >>> _names_network("江西铁路"), _names_network("长三角铁路"), _names_network("昌九铁路")
    (True, True, False)
    """
    from kg.gazetteer import load
    from kg.lexicons import lexicon

    head = next((h for h in _LINE_HEADS if name.endswith(h)), "")
    core = name[: len(name) - len(head)]
    if not head or not core:
        return False
    return core in lexicon("regions") or load().names_division(core) or _PLACE_RE.fullmatch(core) is not None


# a demonstrative (with its classifier) right before a work points back to one named earlier (该环线高速, 这座大桥)
_DEMONSTRATIVE_RE = re.compile("(?:该|此|这|那|本)[条座个项处期]?$")
# what a work's name qualifies when it follows (a compound's head is its last noun): a town or zone named after
# the work (高铁新城, 高速服务区), another work (某某水库|灌区, 机场|大道) or a body's branch (某某医院城南分院)
_MODIFIED_RE = re.compile("(?:新城|新区|片区|服务区|站|" + "|".join(sorted(map(re.escape, lexicon("facilities") | lexicon("work_modified_nouns")),
                                                                key=len, reverse=True))
                          + rf")|[{CJK}]{{0,4}}?(?:分院|分校|院区|校区)")


def _names_body_after(text: str, end: int) -> bool:
    """A body's suffix (lexicon org_suffixes: an organ of the state, an association, a team) right after a
    work's name, or after common nouns of its field, makes the compound that body (某某大桥|海关, 某某铁路|局,
    某某大桥|管理|局, 某国铁路|海事运输|工会); institutions (医院, 博物馆) are buildings, left to facilities.

    >>> _names_body_after("青石大桥管理局发布通告", 4), _names_body_after("青石高铁开通后协会成立", 4)
    (True, False)
    """
    from kg.lexicon import pos, words

    match = _body_suffix_re().match(text, end)
    if match is None:
        return False
    between = words(match.group(1)) if match.group(1) else []
    return all(pos(word) in ("n", "vn") for word in between)


@lru_cache(maxsize=1)
def _body_suffix_re() -> re.Pattern[str]:
    from kg.lexicons import lexicon_rows

    bodies = sorted((re.escape(row.entry) for row in lexicon_rows("org_suffixes") if row.extra.get("kind") in _BODY_KINDS),
                    key=len, reverse=True)
    return re.compile(f"([{CJK}]{{0,4}}?)(?:{'|'.join(bodies)})")


_BODY_KINDS = ("government", "association", "other")


def stands_alone(text: str, work: Mention) -> bool:
    """The work is named for itself in ``text``: not in a list closed by 等, not after a determiner of
    quantity (部分|景区公路: a class) or a demonstrative (该|环线高速: an anaphor), not qualifying the noun
    after it (高铁|新城, 某某医院|城南分院), not one of a kind introduced by a count (一座…的|光热电站) or
    closed by 之一 (one of a class).

    >>> stands_alone("规划青石高铁新城", Mention(2, 6, "青石高铁", "Project"))
    False
    >>> stands_alone("青石高铁开通", Mention(0, 4, "青石高铁", "Project"))
    True
    """
    return (not _has_list_marker(work.text) and not text.endswith(QUANTIFIERS, 0, work.start)
            and not _DEMONSTRATIVE_RE.search(text, max(0, work.start - 2), work.start)
            and not _MODIFIED_RE.match(text, work.end) and not _names_body_after(text, work.end)
            and not _indefinite(text, work)
            and not text.startswith("之一", work.end)  # 某国重大水利工程|之一: one of a class, no name
            and not (work.text.endswith("高速") and text.startswith(_AT_HIGH_SPEED, work.end)))  # 某号高速|列车


# 高速 as "high-speed" or "fast" before what goes or grows so (某某号高速|列车, 高速|增长), no highway
_AT_HIGH_SPEED = ("列车", "动车", "磁浮", "飞行", "增长", "发展")


# a count and its classifier opening the modifier before 的 (一座100兆瓦的|光热电站): one work of a kind, unnamed
_INDEFINITE_RE = re.compile(r"(?:^|[^0-9.])[一两几][座条个家处台]")


def _indefinite(text: str, work: Mention) -> bool:
    """An unnamed work introduced by a count (一座…的光热电站), not a name of its own (一座…的白沙水电站).

    >>> _indefinite("建成一座百兆瓦的光热电站", Mention(8, 12, "光热电站", "Project"))
    True
    """
    from kg.extract.work_generic import has_proper_part

    if text[work.start - 1:work.start] != "的" or has_proper_part(work.text):
        return False
    opening = max(text.rfind(mark, 0, work.start) for mark in "，。；：、") + 1
    return _INDEFINITE_RE.search(text[max(opening, work.start - 14):work.start]) is not None


def _has_list_marker(name: str) -> bool:
    """等 as a word of its own closes a list: 甲至乙等高速 is no name (高等级公路 is one).

    >>> _has_list_marker("甲城至乙城等高速"), _has_list_marker("青石高等级公路")
    (True, False)
    """
    from kg.lexicon import words

    return "等" in words(name)
