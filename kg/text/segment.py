"""A faster drop-in for jieba's dictionary-only segmentation (``Tokenizer.lcut(text, HMM=False)``).

jieba builds, for every run of characters, a DAG of dictionary words (a dict of lists, walking its
prefix dictionary), then scores every edge with ``log(FREQ[word])`` in a ``max`` over a generator.
Here both steps are one right-to-left loop over a table that maps every dictionary prefix to its
word's precomputed log weight (None for a bare prefix), so each step is one dict lookup. The
arithmetic, the tie-breaking (on equal scores the longer word wins, as ``max`` over
``(score, end)`` tuples does) and the block splitting are jieba 0.42.1's own (the pinned release), so the output is the
same word for word.

>>> from kg.lexicon import tokenizer
>>> seg = DagSegmenter(tokenizer().FREQ, tokenizer().total)
>>> text = "宜春市新建标准厂房，总投资12.5亿元 ok"
>>> seg.cut(text)
['宜春市', '新建', '标准厂房', '，', '总', '投资', '12', '.', '5', '亿元', ' ', 'ok']
>>> seg.cut(text) == tokenizer().lcut(text, HMM=False)
True
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from math import inf, log

# jieba 0.42.1's block patterns (jieba/__init__.py: re_han_default, re_skip_default, re_eng).
_HAN_RE = re.compile("([\u4E00-\u9FD5a-zA-Z0-9+#&\\._%\\-]+)", re.UNICODE)
_SKIP_RE = re.compile("(\r\n|\\s)", re.UNICODE)
_ASCII_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
_ABSENT: float = inf  # returned for strings not in the dictionary; never a weight (weights are < 0)


def word_weights(freq: Mapping[str, int], total: int) -> dict[str, float | None]:
    """jieba's score of every dictionary word, ``log(count) - log(total)``, and None for a bare prefix
    (count 0): the table :class:`DagSegmenter` walks."""
    logtotal = log(total)
    return {word: (log(count) - logtotal if count else None) for word, count in freq.items()}


class DagSegmenter:
    """jieba's ``cut(HMM=False)`` over a prefix dictionary ``freq`` (word → count, 0 for bare prefixes)."""

    def __init__(self, freq: Mapping[str, int], total: int) -> None:
        self._init(word_weights(freq, total), total)

    @classmethod
    def from_weights(cls, weights: dict[str, float | None], total: int) -> DagSegmenter:
        """A segmenter over a table :func:`word_weights` made (read back from a cache, say)."""
        segmenter = cls.__new__(cls)
        segmenter._init(weights, total)
        return segmenter

    def _init(self, weights: dict[str, float | None], total: int) -> None:
        # jieba scores a word log(FREQ or 1) - log(total); an unknown single character scores log(1) - log(total)
        self._unknown = -log(total)
        self._weights = weights
        self._block_runs = lru_cache(maxsize=65536)(self._runs_of_block)

    def known(self, word: str) -> bool:
        """``word`` is a dictionary word of non-zero count (not a bare prefix, not absent)."""
        return self._weights.get(word) is not None

    def cut(self, text: str) -> list[str]:
        """The words of ``text``, as ``jieba.Tokenizer.lcut(text, HMM=False)`` gives them."""
        out: list[str] = []
        for block in _HAN_RE.split(text):
            if not block:
                continue
            if _HAN_RE.match(block):
                out.extend(self._cut_block(block))
                continue
            for piece in _SKIP_RE.split(block):
                if _SKIP_RE.match(piece):
                    out.append(piece)
                else:
                    out.extend(piece)
        return out

    def single_runs(self, text: str, least: int = 1) -> list[tuple[int, int]]:
        """``(start, end)`` of every run of at least ``least`` consecutive one-character Chinese words
        (U+4E00–U+9FFF) of ``self.cut(text)``, without building the words. The runs of each block
        are cached (clauses recur: datelines, boilerplate).

        >>> from kg.lexicon import tokenizer
        >>> DagSegmenter(tokenizer().FREQ, tokenizer().total).single_runs("王炎生通过返乡创业", 2)
        [(0, 3)]
        """
        runs: list[tuple[int, int]] = []
        start = end = 0  # the open run is text[start:end]
        offset = 0
        for block in _HAN_RE.split(text):
            if not block:
                continue
            if _HAN_RE.match(block):
                pieces: tuple[tuple[int, int], ...] = self._block_runs(block)
            else:  # every character a word of its own ("\r\n" excepted, which no run takes in)
                pieces = tuple((i, i + 1) for i, char in enumerate(block) if "\u4e00" <= char <= "\u9fff")
            for first, last in pieces:
                if end != offset + first:
                    if end - start >= least:
                        runs.append((start, end))
                    start = offset + first
                end = offset + last
            offset += len(block)
        if end - start >= least:
            runs.append((start, end))
        return runs

    def _runs_of_block(self, block: str) -> tuple[tuple[int, int], ...]:
        """The maximal runs of one-character Chinese words of one block (offsets in the block)."""
        ends = self.route(block)
        runs: list[tuple[int, int]] = []
        x, size = 0, len(block)
        start = end = -1
        while x < size:
            y = ends[x] + 1
            if y - x == 1 and "\u4e00" <= block[x] <= "\u9fff":
                if end != x:
                    if end > start:
                        runs.append((start, end))
                    start = x
                end = y
            x = y
        if end > start:
            runs.append((start, end))
        return tuple(runs)

    def route(self, block: str) -> list[int]:
        """End index of the best word starting at each index (jieba's ``get_DAG`` + ``calc``, fused)."""
        size = len(block)
        scores = [0.0] * (size + 1)
        ends = list(range(size))
        weight_of = self._weights.get
        unknown = self._unknown
        for start in range(size - 1, -1, -1):
            best: float | None = None
            end, frag = start, block[start]
            while True:
                weight = weight_of(frag, _ABSENT)
                if weight is _ABSENT:
                    break  # no dictionary word continues this prefix
                if weight is not None:
                    score = weight + scores[end + 1]
                    if best is None or score >= best:  # ends ascend: a tie goes to the longer word
                        best, ends[start] = score, end
                end += 1
                if end == size:
                    break
                frag = block[start:end + 1]
            scores[start] = unknown + scores[start + 1] if best is None else best
        return ends

    def _cut_block(self, block: str) -> list[str]:
        """Words of one run of CJK/ASCII characters; single ASCII letters and digits are glued."""
        ends = self.route(block)
        out: list[str] = []
        buf = ""
        x, size = 0, len(block)
        while x < size:
            y = ends[x] + 1
            word = block[x:y]
            if y - x == 1 and word in _ASCII_ALNUM:
                buf += word
            else:
                if buf:
                    out.append(buf)
                    buf = ""
                out.append(word)
            x = y
        if buf:
            out.append(buf)
        return out
