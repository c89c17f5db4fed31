"""The names listed right before a count of them: ``新增甲山、乙湖2家景区`` counts the two places named,
and what it counts is the noun after the count (景区), not the last name listed.

A list is two or more items joined by 、 running up to the count, each with no number of its own (not
``人才100个、项目100个``), none a deed (``大桥建成通车、建成5座``) and none closed by 等 (``甲、乙等3家``: the
examples' own rule); it begins after the verb before its first item (新增|甲山、乙湖), or at the head's start.
The noun after the count must open with a noun (not ``720人|参加``).

>>> listed_items("新增甲山、乙湖"), listed_items("建设人才100个、项目"), listed_items("甲、乙等")
(5, 0, 0)
>>> listed_items("打造电子信息、装备制造"), listed_items("打通断头路、大桥建成通车、建成")
(9, 0)
>>> listed_items("大赛各项赛事将在华北、东北")
0
"""

from __future__ import annotations

import re

# an item of a list: no number, no punctuation but 、, no 等 closing it, no 的 making it a modifier
_ITEM_RE = re.compile(r"[^0-9，。；：、等的“”]{1,12}")
# a grade printed before a counted noun: a scenic area's A grade, an industry's or a park's size class
GRADE_RE = re.compile(r"[1-5]?A{1,5}级|[十百千万]+亿(?:元)?级")


def _deed(item: str) -> bool:
    """An item opening with a verb or going on after one (建成, 大桥建成通车) is a deed done, no name;
    a verb ending a noun (装备制造) names an industry."""
    from kg.lexicon import tagged

    words = tagged(item)
    return any(len(word) > 1 and tag.startswith("v") and (k == 0 or k < len(words) - 1)
               for k, (word, tag) in enumerate(words))


def _function_words(item: str) -> bool:
    """An item holding a preposition, an adverb, a pronoun or a particle (赛事将在华北) is a clause, no name."""
    from kg.lexicon import tagged

    return any(tag.startswith(("p", "d", "r", "c", "u")) for _, tag in tagged(item))


def listed_items(head: str) -> int:
    """How many characters at the end of ``head`` (the words before a count) are a list of names the
    count counts; 0 when the head does not end with one."""
    from kg.lexicon import pos, words

    parts = head.split("、")
    if len(parts) < 2 or not all(_ITEM_RE.fullmatch(part) and not _deed(part) for part in parts[1:]):
        return 0
    tokens = words(parts[0])
    start = len(tokens)
    while start > 0 and not (len(tokens[start - 1]) > 1 and (pos(tokens[start - 1]) or "").startswith("v")):
        start -= 1
    first = "".join(tokens[start:])
    if not first or not _ITEM_RE.fullmatch(first) or _function_words(first):
        return 0
    return len(head) - len("".join(tokens[:start]))


# a value printed with a word after it (3150亿度, 240小时, 时隔5年), not a code (5G, 5A级)
_OWN_VALUE_RE = re.compile(r"[0-9][0-9.]*[十百千万亿]*[\u4e00-\u9fff]")


def finished_before(head: str) -> bool:
    """Whether the words before the last 、 of ``head`` are a clause of their own — with a value of its own
    (送电量超1000亿度、装机占比…) or a state reached after a noun (试点中心获批、开行班列…, 设施全覆盖、处理率…)
    — so that what the value after measures starts after the 、; a list of names (电子病历共享应用、互认医院,
    5G基站、标准机架) or of verbs (新建、改造…) is none.

    >>> finished_before("送电量超1000亿度、装机占比"), finished_before("县城污水处理设施全覆盖、处理率")
    (True, True)
    >>> finished_before("5G基站、标准机架"), finished_before("新建、改造高标准农田"), finished_before("共享应用、互认医院")
    (False, False, False)
    >>> finished_before("旅居人数达389万、增长")
    False
    """
    from kg.lexicon import tagged
    from kg.relate.stat_nouns import names_no_noun

    if "、" not in head or names_no_noun(head.rsplit("、", 1)[1]):
        return False  # 浓度30微克/立方米、下降|6%: the change of what the clause named, no new noun
    before = head.rsplit("、", 1)[0].split("、")[-1]
    if _OWN_VALUE_RE.search(before):
        return True
    words = tagged(before)
    return len(words) >= 3 and words[-1][1] == "v" and words[-2][1] != "v"


# a value printed whole before the last 、 of a head, with the verb reaching it (达120万、, 浓度8微克/立方米、);
# not a rank (排名前1%、)
_VALUE_BEFORE_COMMA_RE = re.compile(r"(?:达到?|为|超过?|突破)?(?<!前)[0-9][0-9.]*[^、，。；0-9]{0,10}?、(?=[^、]{0,4}$)")


def without_value_before(head: str) -> str:
    """The head without a value printed before its last 、 when only a change or a level follows it
    (游客人数达120万、增长|18%: the growth of 游客人数), so the value after measures what the clause named.

    >>> without_value_before("游客人数达120万、增长"), without_value_before("浓度8微克/立方米、下降")
    ('游客人数增长', '浓度下降')
    >>> without_value_before("发电量超80亿度、装机占比")
    '发电量超80亿度、装机占比'
    """
    from kg.relate.stat_nouns import names_no_noun

    found = _VALUE_BEFORE_COMMA_RE.search(head)
    if not found or not names_no_noun(head[found.end():]):
        return head
    return head[:found.start()] + head[found.end():]


# a bare level of government or of renown counted (5个国家级、), whose noun the next count of the list names
_BARE_LEVEL_RE = re.compile(r"(?:国家级|省级|市级|县级|区级|乡级|部级|世界级|国际级)、")
_NEXT_LEVEL_RE = re.compile(r"[0-9]+[多余]?[个家所座项处名支条]\s*(?:国家级|省级|市级|县级|区级|乡级|部级|世界级|国际级)"
                            r"([\u4e00-\u9fff“”]{2,12})")


def level_noun(clause: str, end: int) -> str:
    """The noun of a count of a bare level (新增5个国家级、60个省级技能大师工作室: 5 国家级技能大师工作室), which
    the next count of the list names after its own level; '' when the count's noun is no bare level.

    >>> level_noun("新增5个国家级、60个省级技能大师工作室", 4), level_noun("新增5个国家级工作室", 4)
    ('国家级技能大师工作室', '')
    """
    level = _BARE_LEVEL_RE.match(clause, end)
    following = _NEXT_LEVEL_RE.match(clause, level.end()) if level else None
    return level.group()[:-1] + following.group(1) if level and following else ""

