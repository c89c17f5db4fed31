"""Words the dictionary does not know, split into single characters (普|惠|率, 医|共|体): their characters
are no function words to strip from an indicator.

>>> unknown_word_opens(["普", "惠", "率"]), unknown_word_opens(["大幅", "增长"])
(True, False)
>>> inside_word(["医", "共", "体"], 1), inside_word(["共", "有", "企业"], 0)
(True, False)
>>> whole_words_within(["综合", "监管", "改革", "成效"], 5), whole_words_within(["生态", "环境保护", "成效"], 3)
(['综合', '监管', '改革'], [])
>>> glued_word_opens(["可", "再生能源", "装机"]), glued_word_opens(["已", "经济", "总量"])
(True, False)
"""

from __future__ import annotations

from kg.lexicon import frequency, pos

# word classes of function words (prepositions, conjunctions, adverbs, pronouns, particles, time and
# place words, numerals, classifiers)
_FUNCTION_TAGS = ("p", "c", "d", "r", "u", "uj", "ad", "t", "f", "m", "q", "zg")


def unknown_word_opens(tokens: list[str]) -> bool:
    """普|惠|率: an adverbial character, then one character that is no function word, is a word the
    dictionary splits (普惠), no adverb before the phrase; 再|造 is not split so."""
    return len(tokens) > 2 and len(tokens[0]) == 1 and pos(tokens[0]) == "ad" and len(tokens[1]) == 1 \
        and (pos(tokens[1]) or "") not in _FUNCTION_TAGS


def inside_word(tokens: list[str], k: int) -> bool:
    """医|共|体: one character between two others is part of a word the dictionary splits, no 共 of a total."""
    return len(tokens[k]) == 1 and 0 < k < len(tokens) - 1 and len(tokens[k - 1]) == len(tokens[k + 1]) == 1


def glued_word_opens(tokens: list[str]) -> bool:
    """可|再生能源: a modal or adverb character the dictionary split off a word it opens with the next
    word's first two or more characters (可再生, 可支配) is no modal before the phrase; 已|经济 forms no
    word and 已 goes."""
    return len(tokens) > 1 and len(tokens[0]) == 1 \
        and any(frequency(tokens[0] + tokens[1][:k]) > 0 for k in range(2, len(tokens[1]) + 1))


def whole_words_within(tokens: list[str], length: int) -> list[str]:
    """The words opening ``tokens`` up to ``length`` characters, the word that straddles the limit kept whole
    (a limit falling inside 改革 keeps 改革, no 改) when only its last character was past the limit or the phrase
    ends after it; none when more was cut and it runs on with a noun or an adjective (保护区|生态|环境保护|成效),
    the caller's limit to stand."""
    kept: list[str] = []
    for k, token in enumerate(tokens):
        if sum(map(len, kept)) >= length:
            break
        overshoot = sum(map(len, kept)) + len(token) - length
        if overshoot > 1 and k + 1 < len(tokens) and _runs_on(tokens[k + 1]):
            return []
        kept.append(token)
    return kept


def _runs_on(word: str) -> bool:
    """成效, 评估, 国家级: a noun, an adjective or a verbal noun goes on with the phrase; ，, 和, 的, 签约 end it."""
    tag = pos(word) or ""
    return tag.startswith(("n", "a", "b")) or tag == "vn"
