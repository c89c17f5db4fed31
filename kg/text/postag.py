"""jieba's part-of-speech tagger with a faster, exact HMM step: :class:`FastPOSTokenizer`, a
``jieba.posseg.POSTokenizer`` whose HMM step is :func:`kg.text.hmmtag.viterbi`.

The builder itself tags through :class:`kg.text.hmmtag.TableTagger` (the same algorithm over cached
tables, without importing ``jieba.posseg``); this class is the same tagger inside jieba's own, so
that its every method can be checked against the original.

>>> from kg.lexicon import tokenizer
>>> fast, slow = FastPOSTokenizer(tokenizer()), jieba.posseg.POSTokenizer(tokenizer())
>>> text = "王炎生通过返乡创业带动农户增收"
>>> [(p.word, p.flag) for p in fast.cut(text)] == [(p.word, p.flag) for p in slow.cut(text)]
True
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import jieba.posseg
from jieba.posseg import pair

from kg.text.hmmtag import TableTagger, Tag, _hmm_words, viterbi
from kg.text.segment import DagSegmenter

__all__ = ["JIEBA_VERSION", "FastPOSTokenizer", "viterbi"]

# FastPOSTokenizer overrides jieba's private ``POSTokenizer.__cut`` and reads its HMM tables, so it
# is exact for this release only: pyproject.toml pins it, tests/test_jieba_pin.py checks pin and install.
JIEBA_VERSION = "0.42.1"


class FastPOSTokenizer(TableTagger, jieba.posseg.POSTokenizer):
    """``jieba.posseg.POSTokenizer`` whose HMM step uses :func:`viterbi`; everything else is jieba's.
    :meth:`tags` is its ``cut`` as (word, flag) pairs, with the dictionary route of :class:`DagSegmenter`.
    The word-tag table of jieba's default dictionary is shared with ``jieba.posseg.dt`` (read once)."""

    def __init__(self, tokenizer: Any = None, segmenter: DagSegmenter | None = None) -> None:
        tokenizer = tokenizer or jieba.Tokenizer()
        default = jieba.posseg.dt
        if tokenizer.dictionary == default.tokenizer.dictionary and not default.tokenizer.user_word_tag_tab:
            self.tokenizer = tokenizer
            self.word_tag_tab = dict(default.word_tag_tab)  # the same file: no second read
        else:
            jieba.posseg.POSTokenizer.__init__(self, tokenizer)
        self._segmenter = segmenter

    def tags(self, text: str) -> list[Tag]:
        """:meth:`TableTagger.tags`, after jieba's user-dictionary check."""
        self.makesure_userdict_loaded()
        if self._segmenter is None:
            self._segmenter = DagSegmenter(self.tokenizer.FREQ, self.tokenizer.total)
        return TableTagger.tags(self, text)

    def _POSTokenizer__cut(self, sentence: str) -> Iterator[pair]:  # overrides POSTokenizer.__cut
        """jieba 0.42.1's ``POSTokenizer.__cut`` (:data:`JIEBA_VERSION`), calling the faster :func:`viterbi`."""
        for word, flag in _hmm_words(sentence):
            yield pair(word, flag)
