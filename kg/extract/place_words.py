"""Whether a place name found in a sentence sits inside another word, so names no place there.

A gazetteer or country name is matched as a string; the sentence's words (jieba's dictionary) tell
whether the match is a word of its own: 模范|县 holds no 范县, 马里兰州 no 马里.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["country_initials", "country_pair", "opens_longer_place", "straddled"]


def straddled(text: str, start: int, end: int, both: bool) -> bool:
    """The match begins (or, for bare forms, ends) inside a dictionary word of the sentence:
    模范|县 (范县), 一项项|城市 (项城市), 新|乡贤 (新乡), 白杨树 (白杨) — part of other words, not a place."""
    from kg.lexicon import word_boundaries

    left = max(0, start - 6)
    boundaries = {left + at for at in word_boundaries(text[left:min(len(text), end + 6)])}
    return start not in boundaries or (both and end not in boundaries)


def opens_longer_place(text: str, start: int, end: int) -> bool:
    """The name at ``text[start:end]`` opens a longer word that names a place of its own (马里|兰州)."""
    from kg.lexicon import words

    at = 0
    for word in words(text[start:min(len(text), end + 6)]):
        at += len(word)
        if at >= end - start:
            return at > end - start and word.endswith(("州", "省", "市", "县", "岛", "城"))
    return False


def country_pair(text: str, name: str) -> bool:
    """A two-character short name made of 中 and a country's one-character short name (巴中, 中巴) in a
    sentence about two countries (两国, 双边…) pairs China with that country; it names no city there.

    >>> country_pair("加强巴中各领域合作，造福两国人民", "巴中"), country_pair("四川巴中市经济增长", "巴中")
    (True, False)
    """
    return (len(name) == 2 and "中" in name and name.replace("中", "", 1) in country_initials()
            and bool(_TWO_COUNTRIES_RE.search(text)))


_TWO_COUNTRIES_RE = re.compile(r"两国|双边|双方|中方|建交|友好")


@lru_cache(maxsize=1)
def country_initials() -> frozenset[str]:
    """One-character short names of countries (新华社 外国国名简称: 巴, 俄, 美…)."""
    from kg.lexicons import lexicon

    return frozenset(entry for entry in lexicon("country_abbreviations") if len(entry) == 1)

