"""Whether a place name found in a sentence sits inside another word, so names no place there.

A gazetteer or country name is matched as a string; the sentence's words (jieba's dictionary) tell
whether the match is a word of its own: 模范|县 holds no 范县, 马里兰州 no 马里.
"""

from __future__ import annotations

__all__ = ["opens_longer_place", "straddled"]


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
