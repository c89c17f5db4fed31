"""Words that name no programme by their grammar or their meaning: a quoted question, modifier, figure
pointed at, stage of a change, storm's name or card played; a kind of work (系统工程, 主体工程).

>>> quoted_figure("明确“干什么”“怎么干”", 3, 6)
True
>>> quoted_figure("深入开展“清风行动”", 5, 9)
False
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.lexicons import lexicon, lexicon_rows

# interrogative pronouns and adverbs (现代汉语疑问代词): a quote holding one asks a question
_QUESTION_RE = re.compile("什么|怎么|怎样|哪里|哪儿|哪些|如何|为何|为什么|谁|吗$")
# a demonstrative right before the quote points at a figure of speech (抓住这个“牛鼻子”, 这一“法宝”)
_POINTED_RE = re.compile("(?:这个|这一|那个|这些|此)$")
# 从“甲”到“乙”: the stages of a change (从“跟跑”到“领跑”, 从解决“甲”到实现“乙”: a verb of its own may
# lead to each stage), no programme either
_STAGE_BEFORE_RE = re.compile("从$|从[“\"][^“”\"]{1,12}[”\"](?:到|向)$")
_STAGE_PAIR_RE = re.compile("从[\u4e00-\u9fff]{0,3}[“\"][^“”\"]{1,12}[”\"](?:到|向)[\u4e00-\u9fff]{0,3}[“\"][^“”\"]{1,12}[”\"]")
# a typhoon's or a storm's name (中国气象局 台风命名表): 台风“甲乙”, 今年第3号台风“甲乙” (the grades: lexicon storm_words,
# which kg.relate.rules_topics reads too)
_STORM_RE = re.compile("(?:" + "|".join(sorted(lexicon("storm_words"), key=len, reverse=True)) + ")$")
# a card played (打好“文化牌”, 打出“生态牌”): a figure of strategy
_CARD_RE = re.compile("打[好出响]?$")


def quoted_figure(text: str, start: int, end: int) -> bool:
    """True when the quoted words ``text[start:end]`` (without their quote marks) are no programme's
    name by their grammar: a question (“怎么干”), a modifier ending in 的 (“有针对性的”), a figure a
    demonstrative points at (这个“牛鼻子”), a stage of a change (从“跟跑”到“领跑”), a storm's name
    (台风“甲乙”) or a card played (打好“文化牌”).

    >>> quoted_figure("实施“有针对性的”打击", 3, 8), quoted_figure("抓住这个“牛鼻子”", 5, 8)
    (True, True)
    >>> quoted_figure("实现从“并跑”到“领跑”", 4, 6), quoted_figure("台风“海燕”登陆", 3, 5)
    (True, True)
    >>> quoted_figure("打好“文化牌”", 3, 6), quoted_figure("推出“文化牌”系列", 3, 6)
    (True, False)
    """
    name, before = text[start:end], text[max(0, start - 20):start - 1]
    if _QUESTION_RE.search(name) or name.endswith("的"):
        return True
    if _POINTED_RE.search(before) or _STORM_RE.search(before):
        return True
    if _STAGE_BEFORE_RE.search(before) or _in_stage_pair(text, start, end):
        return True
    return name.endswith("牌") and bool(_CARD_RE.search(before))


# a scheme that the designated members enter (企业培育机制, 人才计划): the quote belongs to the scheme's name
_SCHEME_AFTER = re.compile("[\u4e00-\u9fff]{0,2}(?:机制|计划|行动|工程|体系)")


def designates_members(text: str, end: int) -> bool:
    """True when the quoted words ending at ``end`` (before the closing quote mark) are followed by a noun
    of the members of a class (lexicon designated_members: 企业, 人员, 单位…) that heads no longer noun:
    the quote designates a class of firms or people (“四上”企业, “五老”人员), no programme run.

    >>> designates_members("“四上”企业突破6万家", 3), designates_members("“五老”人员和乡贤", 3)
    (True, True)
    >>> designates_members("“甲乙为魂”企业文化引领", 5), designates_members("“乙丙”行动", 3)
    (False, False)
    >>> designates_members("“入库+领军”企业培育机制", 6)
    False
    """
    from kg.lexicon import tagged

    words = tagged(text[end + 1:end + 9])
    if not words or words[0][0] not in lexicon("designated_members"):
        return False
    if _SCHEME_AFTER.match(text, end + 1 + len(words[0][0])):
        return False  # “甲+乙+丙”企业|培育机制: the quote names the scheme's classes, part of its name
    return len(words) == 1 or words[1][1] != "n"  # 企业|文化: the noun heads a longer noun


def _in_stage_pair(text: str, start: int, end: int) -> bool:
    """The quote at ``text[start:end]`` is one of two stages 从…“甲”到…“乙” (从解决“甲”到实现“乙”).

    >>> _in_stage_pair("从解决“甲之盼”到实现“甲之变”", 4, 7), _in_stage_pair("从严落实“两个责任”", 5, 9)
    (True, False)
    """
    left = max(0, start - 20)
    return any(m.start() + left < start and end < m.end() + left
               for m in _STAGE_PAIR_RE.finditer(text[left:end + 20]))


@lru_cache(maxsize=1)
def _work_kinds_re() -> re.Pattern[str]:
    works = {row.entry for row in lexicon_rows("facilities") if row.extra.get("kind") == "work"}
    kinds = "|".join(sorted(lexicon("work_kinds") | works, key=len, reverse=True))  # 系统工程; 供水工程 after a class's word
    qualifiers = "|".join(sorted(lexicon("generic_project_words") | lexicon("work_class_words") | {"国家", "伟大"},
                                 key=len, reverse=True))
    return re.compile(f"(?:{qualifiers})*(?:{kinds})")


def kind_of_work(name: str) -> bool:
    """A discipline of engineering, a part of a construction work or a quality said of one, alone or after
    the genre's qualifiers (lexicon work_kinds): 系统工程, 国家重点水利工程, 精品工程 — no programme.

    >>> kind_of_work("系统工程"), kind_of_work("国家重点水利工程"), kind_of_work("青山水利工程"), kind_of_work("一号工程")
    (True, True, False, False)
    >>> kind_of_work("规模化供水工程"), kind_of_work("青山供水工程")
    (True, False)
    """
    return _work_kinds_re().fullmatch(name) is not None
