"""The one jieba tokenizer of the builder, and what its dictionary knows.

The tokenizer is created once (lazily, cached) — no module-level edits of
jieba's global dictionary. Extractors use it to find word boundaries and the
part of speech of the words left of a name. Its dictionary-only segmentation
runs through :class:`kg.text.segment.DagSegmenter` and its HMM tagging through
:class:`kg.text.postag.FastPOSTokenizer`: jieba's algorithms, the same words and
tags, less Python work per character.

>>> words("新余市推动项目建设")
['新余市', '推动', '项目', '建设']
>>> pos("推动"), pos("研究院")
('v', 'n')
"""

from __future__ import annotations

import logging
from functools import lru_cache
from typing import Any

from kg.text.segment import DagSegmenter


@lru_cache(maxsize=1)
def tokenizer() -> Any:
    """A private ``jieba.Tokenizer`` (the default dictionary, loaded once per process)."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tk = jieba.Tokenizer()
    tk.initialize()
    return tk


@lru_cache(maxsize=1)
def _tags() -> dict[str, str]:
    """jieba's part-of-speech table, read once from the tokenizer's own dictionary."""
    return dict(_pos_tokenizer().word_tag_tab)


def words(text: str) -> list[str]:
    """Dictionary-based segmentation (no HMM guessing: deterministic, fast)."""
    return list(_words(text))


def single_runs(text: str, least: int = 1) -> list[tuple[int, int]]:
    """Runs of at least ``least`` one-character Chinese words in :func:`words` of ``text``: ``(start, end)``.

    >>> single_runs("王炎生通过返乡创业", 2)
    [(0, 3)]
    """
    return _segmenter().single_runs(text, least)


@lru_cache(maxsize=65536)
def _words(text: str) -> tuple[str, ...]:
    return tuple(_segmenter().cut(text))


@lru_cache(maxsize=65536)
def word_boundaries(text: str) -> frozenset[int]:
    """The offsets where the words of ``text`` begin or end (0 and ``len(text)`` included).

    >>> sorted(word_boundaries("新余市推动项目"))
    [0, 3, 5, 7]
    """
    bounds, at = {0}, 0
    for word in _words(text):
        at += len(word)
        bounds.add(at)
    return frozenset(bounds)


@lru_cache(maxsize=1)
def _segmenter() -> DagSegmenter:
    """The tokenizer's ``lcut(text, HMM=False)``, reimplemented without per-call dictionary walks."""
    tk = tokenizer()
    return DagSegmenter(tk.FREQ, tk.total)


def pos(word: str) -> str | None:
    """jieba's part-of-speech tag of a dictionary word, None when unknown."""
    return _tags().get(word)


def frequency(word: str) -> int:
    """How common ``word`` is in jieba's dictionary (0 when absent)."""
    return int(tokenizer().FREQ.get(word, 0) or 0)


@lru_cache(maxsize=1)
def _pos_tokenizer() -> Any:
    from kg.text.postag import FastPOSTokenizer

    return FastPOSTokenizer(tokenizer(), _segmenter())


def tagged(text: str) -> list[tuple[str, str]]:
    """(word, part of speech) pairs, with jieba's HMM guessing unknown words (person names).

    >>> ("王炎生", "nr") in tagged("王炎生通过返乡创业带动农户增收")
    True
    """
    return list(_tagged(text))


@lru_cache(maxsize=65536)
def _tagged(text: str) -> tuple[tuple[str, str], ...]:
    """:func:`tagged`, cached: the same short windows around names are tagged again and again."""
    return tuple(_pos_tokenizer().tags(text))
