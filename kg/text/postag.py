"""jieba's part-of-speech tagger with a faster, exact HMM step.

``jieba.posseg`` guesses unknown words (person names among them) with a Viterbi search over
(position, tag) states. Its search scores, for every state of a character, every state of the
previous character in a generator of tuples, although most pairs have no transition at all
(probability −inf). :func:`viterbi` scores only the pairs that have one, and falls back to the
original's choice when none does (every candidate is −inf, so ``max`` picks the largest state).
Sums are formed in the same order and ties broken the same way, so the tags are identical.

>>> from kg.lexicon import tokenizer
>>> fast, slow = FastPOSTokenizer(tokenizer()), jieba.posseg.POSTokenizer(tokenizer())
>>> text = "王炎生通过返乡创业带动农户增收"
>>> [(p.word, p.flag) for p in fast.cut(text)] == [(p.word, p.flag) for p in slow.cut(text)]
True
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache
from typing import Any

import jieba.posseg
from jieba.posseg import char_state_tab_P, emit_P, pair, start_P, trans_P
from jieba.posseg.viterbi import MIN_FLOAT, MIN_INF

from kg.text.segment import DagSegmenter

__all__ = ["JIEBA_VERSION", "FastPOSTokenizer", "viterbi"]

# FastPOSTokenizer overrides jieba's private ``POSTokenizer.__cut`` and reads its HMM tables, so it
# is exact for this release only: pyproject.toml pins it, tests/test_jieba_pin.py checks pin and install.
JIEBA_VERSION = "0.42.1"

State = tuple[str, str]  # (B/M/E/S, part of speech)


@lru_cache(maxsize=1)
def _links() -> tuple[dict[State, dict[State, float]], dict[State, frozenset[State]]]:
    """The transition table both ways: state → {previous state: log prob}, state → next states."""
    before: dict[State, dict[State, float]] = {state: {} for state in trans_P}
    for state, nexts in trans_P.items():
        for nxt, prob in nexts.items():
            before.setdefault(nxt, {})[state] = prob
    after = {state: frozenset(nexts) for state, nexts in trans_P.items()}
    return before, after


Plan = tuple[tuple[State, float, dict[State, float]], ...]


@cache
def _char_plan(char: str) -> Plan:
    """The states ``char`` may take, each with its emission log prob and the transitions into it
    (previous state → log prob): a table per character, reused at every step on that character."""
    before, _ = _links()
    return tuple((y, emit_P[y].get(char, MIN_FLOAT), before.get(y, {}))
                 for y in char_state_tab_P.get(char, trans_P.keys()))


@lru_cache(maxsize=4096)
def _expected(reached: frozenset[State]) -> tuple[frozenset[State], State]:
    """The states that can follow ``reached`` and the largest of ``reached`` with a successor (jieba's
    choice when every candidate scores −inf; none with a successor is an error, as in jieba)."""
    _, after = _links()
    prev = [x for x in reached if after[x]]
    return frozenset().union(*(after[x] for x in prev)), max(prev)


def _step_plan(reached: frozenset[State], char: str) -> tuple[Plan, State]:
    """The states of the step on ``char`` after ``reached``, as jieba narrows them: the character's own
    states that can follow, else every state that can follow, else every state; and the fallback."""
    expected, fallback = _expected(reached)
    plan = tuple(entry for entry in _char_plan(char) if entry[0] in expected)
    if not plan:
        before, _ = _links()
        plan = tuple((y, emit_P[y].get(char, MIN_FLOAT), before.get(y, {})) for y in expected or trans_P.keys())
    return plan, fallback


@lru_cache(maxsize=65536)
def viterbi(obs: str) -> tuple[float, tuple[State, ...]]:
    """``jieba.posseg.viterbi.viterbi(obs, char_state_tab_P, start_P, trans_P, emit_P)``, same result,
    scoring only real transitions (a previous state with no transition into a state scores −inf
    there, as in jieba; if all do, jieba's ``max`` keeps the largest previous state). ``obs`` is a run
    of characters the dictionary does not join (often a name, 炎生), so the same runs come back:
    results are cached."""
    first = obs[0]
    scores = {y: start_P[y] + emit_P[y].get(first, MIN_FLOAT) for y in char_state_tab_P.get(first, trans_P.keys())}
    back: list[dict[State, Any]] = [dict.fromkeys(scores, "")]
    for char in obs[1:]:
        plan, fallback = _step_plan(frozenset(scores), char)
        new_scores: dict[State, float] = {}
        links: dict[State, State] = {}
        for y, emit, into in plan:
            best: tuple[float, State] | None = None
            if len(into) < len(scores):
                pairs = ((y0, scores[y0], trans) for y0, trans in into.items() if y0 in scores)
            else:
                pairs = ((y0, score, into[y0]) for y0, score in scores.items() if y0 in into)
            for y0, score, trans in pairs:
                candidate = (score + trans + emit, y0)
                if best is None or candidate > best:
                    best = candidate
            if best is None or best[0] == MIN_INF:
                best = (MIN_INF, fallback)  # every candidate scores −inf: max() keeps the largest state
            new_scores[y], links[y] = best
        scores = new_scores
        back.append(links)
    prob, state = max((score, y) for y, score in scores.items())
    route: list[State] = [("", "")] * len(obs)
    for i in range(len(obs) - 1, -1, -1):
        route[i] = state
        state = back[i][state]
    return prob, tuple(route)


# jieba 0.42.1's posseg patterns (jieba/posseg/__init__.py)
_HAN_INTERNAL = re.compile("([\u4E00-\u9FD5a-zA-Z0-9+#&\\._]+)")
_SKIP_INTERNAL = re.compile("(\r\n|\\s)")
_HAN_DETAIL = re.compile("([\u4E00-\u9FD5]+)")
_SKIP_DETAIL = re.compile("([\\.0-9]+|[a-zA-Z0-9]+)")
_ENG = re.compile("[a-zA-Z0-9]+")
_NUM = re.compile("[\\.0-9]+")

Tag = tuple[str, str]


class FastPOSTokenizer(jieba.posseg.POSTokenizer):
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
            super().__init__(tokenizer)
        self._segmenter = segmenter

    @classmethod
    def from_tables(cls, word_tag_tab: dict[str, str], segmenter: DagSegmenter) -> FastPOSTokenizer:
        """A tagger for :meth:`tags` only, over jieba's default word-tag table and a segmenter of its
        default dictionary, without a ``jieba.Tokenizer`` (whose dictionary takes a second to load)."""
        tagger = cls.__new__(cls)
        tagger.tokenizer = None
        tagger.word_tag_tab = word_tag_tab
        tagger._segmenter = segmenter
        return tagger

    def tags(self, text: str) -> list[Tag]:
        """``[(p.word, p.flag) for p in self.cut(text)]``, faster: jieba 0.42.1's ``__cut_internal``
        (HMM on), its dictionary route taken from :class:`DagSegmenter` (the same route)."""
        if self.tokenizer is not None:
            self.makesure_userdict_loaded()
        if self._segmenter is None:
            self._segmenter = DagSegmenter(self.tokenizer.FREQ, self.tokenizer.total)
        out: list[Tag] = []
        for block in _HAN_INTERNAL.split(text):
            if _HAN_INTERNAL.match(block):
                self._tag_block(block, out)
                continue
            for x in _SKIP_INTERNAL.split(block):
                if _SKIP_INTERNAL.match(x):
                    out.append((x, "x"))
                    continue
                english = bool(_ENG.match(x))
                for xx in x:
                    out.append((xx, "m" if _NUM.match(xx) else "eng" if english else "x"))
        return out

    def _tag_block(self, block: str, out: list[Tag]) -> None:
        """jieba's ``__cut_DAG`` of one block: runs of single characters go to the HMM unless the
        dictionary knows the run as a word."""
        ends = self._segmenter.route(block)  # type: ignore[union-attr]
        tag_of = self.word_tag_tab.get
        known = self._segmenter.known  # type: ignore[union-attr]
        x, size, buf = 0, len(block), ""
        while x < size:
            y = ends[x] + 1
            if y - x == 1:
                buf += block[x]
            else:
                if buf:
                    self._flush(buf, out, tag_of, known)
                    buf = ""
                word = block[x:y]
                out.append((word, tag_of(word, "x")))
            x = y
        if buf:
            self._flush(buf, out, tag_of, known)

    def _flush(self, buf: str, out: list[Tag], tag_of: Any, known: Any) -> None:
        if len(buf) == 1:
            out.append((buf, tag_of(buf, "x")))
        elif not known(buf):
            out.extend(_detail(buf))
        else:
            out.extend((char, tag_of(char, "x")) for char in buf)

    def _POSTokenizer__cut(self, sentence: str) -> Iterator[pair]:  # overrides POSTokenizer.__cut
        """jieba 0.42.1's ``POSTokenizer.__cut`` (:data:`JIEBA_VERSION`), calling the faster :func:`viterbi`."""
        for word, flag in _hmm_words(sentence):
            yield pair(word, flag)


@lru_cache(maxsize=65536)
def _detail(text: str) -> tuple[Tag, ...]:
    """jieba's ``__cut_detail``: the HMM's words of a run the dictionary does not know (炎生)."""
    out: list[Tag] = []
    for block in _HAN_DETAIL.split(text):
        if _HAN_DETAIL.match(block):
            out.extend(_hmm_words(block))
            continue
        for x in _SKIP_DETAIL.split(block):
            if x:
                out.append((x, "m" if _NUM.match(x) else "eng" if _ENG.match(x) else "x"))
    return tuple(out)


def _hmm_words(sentence: str) -> Iterator[Tag]:
    """jieba's ``__cut`` (the Viterbi words of a run of Chinese characters), as (word, flag) pairs."""
    _, pos_list = viterbi(sentence)
    begin, nexti = 0, 0
    for i, char in enumerate(sentence):
        state = pos_list[i][0]
        if state == "B":
            begin = i
        elif state == "E":
            yield sentence[begin:i + 1], pos_list[i][1]
            nexti = i + 1
        elif state == "S":
            yield char, pos_list[i][1]
            nexti = i + 1
    if nexti < len(sentence):
        yield sentence[nexti:], pos_list[nexti][1]
