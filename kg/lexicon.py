"""The one jieba tokenizer of the builder, and what its dictionary knows.

The tokenizer is created once (lazily, cached) — no module-level edits of
jieba's global dictionary. Extractors use it to find word boundaries and the
part of speech of the words left of a name. Its dictionary-only segmentation
runs through :class:`kg.text.segment.DagSegmenter` and its HMM tagging through
:class:`kg.text.hmmtag.TableTagger`: jieba's algorithms, the same words and
tags, less Python work per character.

>>> words("新余市推动项目建设")
['新余市', '推动', '项目', '建设']
>>> pos("推动"), pos("研究院")
('v', 'n')
"""

from __future__ import annotations

import logging
from array import array
from functools import lru_cache
from math import exp, log
from pathlib import Path
from typing import Any, NamedTuple

from kg.text.segment import DagSegmenter, word_weights


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
    """jieba's part-of-speech table of its default dictionary (:func:`kg.text.hmmtag.word_tag_table`)."""
    from kg.text.hmmtag import word_tag_table

    return word_tag_table()


class _Weights(NamedTuple):
    """The dictionary as the extractors use it: each word's weight (None for a bare prefix), the total
    count, and the counts that ``round(exp(weight + log(total)))`` would not give back exactly."""

    weights: dict[str, float | None]
    total: int
    odd_counts: dict[str, int]


@lru_cache(maxsize=1)
def _weights() -> _Weights:
    """:class:`_Weights` of jieba's default dictionary, from the table cache when it holds a copy made
    from the same dictionary file and code (:mod:`kg.tablecache`); building it loads the tokenizer."""
    from kg import tablecache
    from kg.text import segment
    from kg.text.hmmtag import jieba_file

    inputs = [jieba_file("dict.txt"), jieba_file("__init__.py"), Path(segment.__file__), Path(__file__)]
    return _unpack_weights(tablecache.cached_table("jieba-weights", inputs, _packed_weights))


# _Weights as stored: the words (newline-joined), their weights (the bytes of an array of doubles),
# the bare prefixes (newline-joined), the total and the odd counts. Half a million strings and
# floats come back from this in C loops, several times faster than from a pickled dict.
PackedWeights = tuple[str, bytes, str, int, dict[str, int]]


def _packed_weights() -> PackedWeights:
    tk = tokenizer()
    weights = word_weights(tk.FREQ, tk.total)
    odd = {word: count for word, count in tk.FREQ.items() if count and _count_of(weights[word], tk.total) != count}
    if any("\n" in word for word in weights):
        raise ValueError("a dictionary word holds a line break: the weights cannot be packed")
    words = [word for word, weight in weights.items() if weight is not None]
    values = array("d", [weight for weight in weights.values() if weight is not None])
    prefixes = [word for word, weight in weights.items() if weight is None]
    return "\n".join(words), values.tobytes(), "\n".join(prefixes), tk.total, odd


def _unpack_weights(packed: PackedWeights) -> _Weights:
    words, data, prefixes, total, odd = packed
    values = array("d")
    values.frombytes(data)
    weights: dict[str, float | None] = dict.fromkeys(prefixes.split("\n") if prefixes else [])
    weights.update(zip(words.split("\n") if words else [], values.tolist(), strict=True))
    return _Weights(weights, total, odd)


def _count_of(weight: float | None, total: int) -> int:
    return 0 if weight is None else round(exp(weight + log(total)))


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
    table = _weights()
    return DagSegmenter.from_weights(table.weights, table.total)


def pos(word: str) -> str | None:
    """jieba's part-of-speech tag of a dictionary word, None when unknown."""
    return _tags().get(word)


def frequency(word: str) -> int:
    """How common ``word`` is in jieba's dictionary (0 when absent)."""
    table = _weights()
    odd = table.odd_counts.get(word)
    return odd if odd is not None else _count_of(table.weights.get(word), table.total)


@lru_cache(maxsize=1)
def _pos_tokenizer() -> Any:
    from kg.text.hmmtag import TableTagger

    return TableTagger(_tags(), _segmenter())


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
