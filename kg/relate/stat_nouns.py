"""Whether an indicator names a measured quantity, or only the words left around a value whose noun
was lost (平均每天, 连续三年, 同期, 最高, 净增, 跃升至): then the value measures nothing named.

The GUIDE's indicator is "the noun phrase measured". An indicator names something when one of its
words is a noun of any kind in the word dictionary (n, nr, ns, vn, j …), a rate or a total of a
statistic (率, 量, 额, 数, 值, 度), a value word (收入, 支出: ``value_words.tsv``), a head the
dictionary tags as a verb (就业, 产能: ``stat_quantity_words.tsv``), or a verb of the deed counted
(办结453件, 开工22个: the count's classifier names the thing). A change word or a light verb of a total
(增长, 新增, 累计, 达到: ``stat_measures.tsv`` and the words below), adverbs, time words, numerals and
adjectives name nothing.

>>> names_quantity("新增绿地面积"), names_quantity("城镇新增就业"), names_quantity("办结")
(True, True, True)
>>> names_quantity("平均每天"), names_quantity("连续三年"), names_quantity("净增")
(False, False, False)
>>> names_quantity("初中", counted=True), names_quantity("平均每天", counted=True), names_quantity("年均")
(True, False, False)
"""

from __future__ import annotations

from functools import cache

from kg.lexicon import tagged
from kg.lexicons import lexicon

# word classes of the dictionary that name things: nouns (n, nr, ns, nt, nz, ng), verbal and adjectival
# nouns (vn, an), abbreviations (j), set phrases (l, i), place words (s) and noun morphemes (g)
_NOUN_TAGS = ("n", "vn", "an", "j", "l", "i", "s", "g")
# word classes that never name a thing counted: adjectives and adverbs (a, d), pronouns (r), time words (t),
# prepositions, conjunctions, particles and punctuation (p, c, u, x), numerals (m, not mq: 零部件)
_NAMES_NO_THING = ("a", "d", "r", "t", "p", "c", "u", "x")
# the last character of a rate or a total of a statistic (参保率, 发行进度, 业务量)
_MEASURE_ENDS = frozenset("率量额数值度")
# verbs that change, reach, total or compare a level, beside the change words of stat_measures.tsv: they
# name no deed (新增4个 of what?); 增至, 跃升至 are split by the dictionary into the verb and 至/到
_LEVEL_VERBS = frozenset(("新增", "净增", "净减", "累计", "已有", "共有", "尚有", "回升", "攀升", "跃升", "增至",
                          "降至", "达", "达到", "突破", "超过", "超", "高出", "低于", "高于", "相比", "接连",
                          "加快", "放缓", "保持", "稳定", "位于", "居", "到", "至", "为", "有", "是", "占",
                          # a rate over years or an average with nothing averaged (年均提高1个百分点)
                          "年均", "平均", "人均", "户均", "日均", "月均"))


@cache
def _names() -> tuple[frozenset[str], tuple[str, ...]]:
    measures = frozenset(lexicon("stat_measures")) | _LEVEL_VERBS
    return measures, tuple(lexicon("stat_quantity_words")) + tuple(lexicon("value_words"))


def names_quantity(indicator: str, counted: bool = False) -> bool:
    """Whether ``indicator`` names what its value measures (see the module's docstring); for a count
    (``counted``) the last word is the thing counted (初中31584人, 零部件1200种, whatever the dictionary
    tags them) unless it is an adverb, a time word, a pronoun or a function word (平均每天1起)."""
    if not indicator or indicator[-1] in _MEASURE_ENDS:
        return bool(indicator)
    level_words, quantity_words = _names()
    if any(word in indicator for word in quantity_words):
        return True
    words = tagged(indicator)
    last, last_tag = words[-1]
    if counted and last not in level_words and not last_tag.startswith(_NAMES_NO_THING) and last_tag != "m":
        return True
    return any(word not in level_words and tag.startswith((*_NOUN_TAGS, "v")) for word, tag in words)


def names_no_noun(indicator: str) -> bool:
    """Whether ``indicator`` is only a deed or a change with no noun of what it acts on (完成, 已建成,
    累计新增), so the noun printed after a measured value names it (完成20公里|管网改造).

    >>> names_no_noun("已建成"), names_no_noun("净增"), names_no_noun("完成投资"), names_no_noun("粮食产量")
    (True, True, False, False)
    """
    _, quantity_words = _names()
    if any(word in indicator for word in quantity_words) or (indicator and indicator[-1] in _MEASURE_ENDS):
        return False
    return not any(tag.startswith(_NOUN_TAGS) for _, tag in tagged(indicator)) if indicator else True


def opens_with_noun(phrase: str) -> bool:
    """Whether ``phrase`` opens with a noun or a quantity's head (竹材, 产能), not a verb or a place
    word (后检修): a noun printed after a value names it only so.

    >>> opens_with_noun("竹材"), opens_with_noun("产能"), opens_with_noun("后检修")
    (True, True, False)
    """
    words = tagged(phrase)
    _, quantity_words = _names()
    return bool(words) and (words[0][1].startswith(_NOUN_TAGS) or words[0][0] in quantity_words)

