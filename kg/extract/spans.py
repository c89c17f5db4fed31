"""Shared span helpers for the extractors: boundaries and overlap resolution.

>>> left_extend("今年以来，桃源县政协大力推进", 10, limit=12)
5
>>> left_extend("引进北京理工大学建筑设计研究院高标准", 15, limit=20)
2
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from kg.lexicon_data import SURNAMES
from kg.types import Mention

CJK = "\u4e00-\u9fff"
# Characters that never sit inside a name and mark its left edge.
# a run of division characters lists levels (省市县, 市县乡), it names no place or body
LEVEL_LIST_RE = re.compile("[省市县区乡镇村]{2,}")
HARD_STOP = set("，。、；：？！“”‘’《》（）()「」『』【】—…;:?! \t　/+")
# determiners of quantity (部分|委员, 广大|干部, 多个|工作组): what follows is a class, never one name's part
QUANTIFIERS = ("部分", "广大", "多个", "多家", "一些")
# Function words and frequent verbs that precede a name in news prose (language knowledge, not corpus names).
STOP_WORDS = (
    "通过", "依托", "引进", "推动", "推进", "组织", "联合", "支持", "指导", "成立", "打造", "建立", "设立",
    "促成", "协助", "邀请", "引导", "鼓励", "助推", "推荐", "带动", "吸引", "实现", "开展", "举办", "承办", "召开",
    "获得", "获评", "入选", "成为", "作为", "位于", "来自", "以及", "包括", "其中", "目前", "同时", "此外", "还有",
    "被", "由", "在", "与", "和", "及", "对", "向", "把", "从", "为", "是", "的", "等", "到", "将", "让", "给",
    "于", "该", "其", "这", "那", "了", "着", "过", "使", "至", "并", "按照", "对接", "协调", "解决", "推送", "加快",
    "力促", "强化", "提升", "定期", "召开", "撬动", "全力", "加速", "滚动", "承包", "从事", "确定", "执行",
    "安排", "梳理", "充分发挥", "发挥", "落地", "暨", "以", "紧紧围绕", "新签约", "签约", "完成", "促进", "帮助", "督促", "指导", "选派",
    "会见", "会晤", "会同", "步入", "祝贺", "布局",  # leaders' news and policy verbs the dictionary tags as nouns
    *QUANTIFIERS, "同志",  # 同志 after a name (某某同志|任…) is never inside a name
    "记者", "近日", "列入", "纳入", "围绕", "聚焦", "针对", "深耕", "做大做强", "出台", "实施", "制定", "印发", "推行", "启动", "坚持", "深化", "探索", "推出", "今年", "去年", "日前", "连日来", "近年来", "走进", "来到", "看到", "获悉", "告诉", "表示",
)
_STOP_SET = frozenset(STOP_WORDS)
STOP_RE = re.compile("|".join(sorted(map(re.escape, STOP_WORDS), key=len, reverse=True)))


NAME_VERBS = frozenset((
    "创新", "发展", "服务", "建设", "管理", "监督", "调解", "保障", "研究", "设计", "投资", "开发", "交易", "评估", "检测", "治理", "培训",
    "教育", "保护", "促进", "维权", "联络", "协商", "指挥", "执法", "审批", "采购", "监测", "救助", "规划", "运营", "改革", "示范", "孵化",
    "营销", "生产", "制造", "装配", "支援", "调度", "融资", "担保", "代办", "帮办", "振兴", "流转", "集中", "合作", "联合", "引领", "传播",
    "办理", "咨询", "推广", "整治", "发改",
))
BOUNDARY_TAGS = frozenset({"p", "c", "u", "d", "r", "ad", "vd", "t", "f", "uj", "ul", "ud", "uv", "uz", "ug", "y", "e", "o", "q",
                           "l", "i", "z"})
_DIGITS_RE = re.compile(r"[0-9０-９.]+")
# One-character words that end a name on its left: pronouns, prepositions, conjunctions, adverbs,
# verbs (我|…, 据|…, 含|…), measure words and particles; 年/月/日 after a number.
SINGLE_BOUNDARY_TAGS = ("q", "uj", "ul", "r", "p", "c")
DATE_CHARS = frozenset("年月日")
# Classifiers (量词) that jieba may tag as nouns after a number: 6|条|制造业… ends a name there.
CLASSIFIERS = frozenset("个条项座批件次种类")
_COUNT_RE = re.compile(r"^[0-9０-９.]+[家个名年月日项件条所座户人次批类]$")


@lru_cache(maxsize=65536)
def _is_boundary_word(word: str) -> bool:
    """A word that cannot begin or sit inside a name: function words, adverbs, most verbs, counts."""
    from kg.lexicon import pos

    if word in _STOP_SET or _COUNT_RE.match(word) or (len(word) > 2 and word.endswith("于")):
        return True
    if word in _name_nouns():
        return False  # 老年|护理院, 首都|国际机场: nouns the dictionary tags as time words or adverbs
    tag = pos(word) or ""
    if _DIGITS_RE.fullmatch(word):
        return True  # 2025|年…: a number is never the left part of a name
    if len(word) == 1:
        return (tag in ("q", "m", "uj", "ul") and not "\u4e00" <= word <= "\u9fff" or tag in SINGLE_BOUNDARY_TAGS and not (tag == "r" and word in SURNAMES)
                or word in DATE_CHARS and tag == "m" or word in CLASSIFIERS)
    if tag in BOUNDARY_TAGS:
        return True
    return tag.startswith("v") and tag != "vn" and len(word) > 1 and word not in NAME_VERBS


@lru_cache(maxsize=1)
def _name_nouns() -> frozenset[str]:
    from kg.lexicons import lexicon

    return lexicon("name_nouns")


@lru_cache(maxsize=1)
def _lead_verbs() -> tuple[str, ...]:
    from kg.lexicons import lexicon

    return tuple(sorted(lexicon("lead_verbs"), key=lambda w: (-len(w), w)))


def leading_verbs(head: str, *, single: bool = True) -> int:
    """Length of the verbs that open the words before a name's head: one character of its own
    (受|某某局, 经|某某铁路) or a verb that jieba tags as a noun (历任|某市委, 援引|某某局; lexicon
    lead_verbs); without ``single``, the lexicon's verbs alone (引|江济淮 is a work's own name).

    >>> [leading_verbs(h) for h in ("受中东", "援引芬兰", "不含", "住建", "代表团", "谨代表省")]
    [1, 2, 2, 0, 0, 3]
    """
    from kg.lexicon import tagged, word_boundaries

    cut = 0
    while cut < len(head):  # 谨|代表|省…: the opening words, one after another
        rest = head[cut:]
        bounds = set(word_boundaries(rest)) | {len(rest)}
        verb = next((v for v in _lead_verbs() if rest.startswith(v) and len(v) in bounds), "")
        pieces = tagged(rest)
        if not verb and single and len(pieces) >= 2:  # 住|建|局: a one-character word before another stays
            (word, tag), (following, _) = pieces[0], pieces[1]
            one = len(word) == 1 and tag in ("v", "d", "p") and word not in SURNAMES and len(following) >= 2
            verb = word if one else ""
        if not verb:
            break
        cut += len(verb)  # 代表|资格审查委员会: only opening words count
    return cut


def left_extend(text: str, end: int, *, limit: int = 24, floor: int = 0, numbers: bool = False) -> int:
    """Start of the name that ends at ``end``: walk left to punctuation, then back over
    words (jieba) until a function word, an adverb, a verb or a count.

    ``floor`` is the leftmost index allowed (e.g. the end of a known place); with ``numbers``,
    amounts and capacities stay inside the name (年产3.5万吨…项目).
    """
    start = end
    lowest = max(floor, end - limit)
    while start > lowest and text[start - 1] not in HARD_STOP and not text[start - 1].isspace():
        start -= 1
    return end - _name_tail(text[start:end], numbers)


_NUMBER_CHAR_RE = re.compile(r"[0-9.×]")


@lru_cache(maxsize=65536)
def _name_tail(segment: str, numbers: bool) -> int:
    """Length of the name at the end of ``segment`` (a stretch without punctuation): its words from
    the right up to the first boundary word. Pure, and the same stretches recur, so cached."""
    from kg.lexicon import pos, words

    length = 0
    for word in reversed(words(segment)):
        if numbers and (_NUMBER_CHAR_RE.search(word) or pos(word) in ("m", "q")) and word not in _STOP_SET:
            length += len(word)
            continue
        if _is_boundary_word(word):
            break
        length += len(word)
    return length


def overlaps(a: Mention, b: Mention) -> bool:
    return a.start < b.end and b.start < a.end


def longest_first(mentions: Iterable[Mention]) -> list[Mention]:
    """Drop mentions that overlap a longer (then earlier) mention of the same type."""
    kept: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (-(m.end - m.start), m.start)):
        if not any(overlaps(m, k) and k.type == m.type for k in kept):
            kept.append(m)
    return sorted(kept, key=lambda m: (m.start, m.end, m.type))


def outermost(mentions: Iterable[Mention]) -> list[Mention]:
    """Only mentions not contained in another mention (for flat NER output)."""
    items = sorted(set(mentions), key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[Mention] = []
    for m in items:
        if any(k.start <= m.start and m.end <= k.end for k in kept):
            continue
        if any(overlaps(m, k) for k in kept):
            continue
        kept.append(m)
    return kept


def opens_word(text: str, at: int) -> bool:
    """The dictionary's reading of the sentence opens a word of two characters or more at ``at``.

    >>> opens_word("多地局地高温", 2), opens_word("气象局地面站", 2)
    (True, False)
    """
    from kg.lexicon import words

    left = max(0, at - 4)
    position = left
    for word in words(text[left:at + 4]):
        if position == at:
            return len(word) >= 2
        position += len(word)
    return False


def word_runs_past(text: str, end: int) -> bool:
    """The dictionary's reading of the sentence holds one word across ``end`` (加|大学|前 is 加大|学前:
    the would-be suffix 大学 ends inside 学前).

    >>> word_runs_past("加大学前教育", 3), word_runs_past("某某大学招生", 4)
    (True, False)
    """
    from kg.lexicon import word_boundaries

    return end not in word_boundaries(text)
