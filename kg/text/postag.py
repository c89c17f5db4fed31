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

from collections.abc import Iterator
from functools import lru_cache
from typing import Any

import jieba.posseg
from jieba.posseg import char_state_tab_P, emit_P, pair, start_P, trans_P
from jieba.posseg.viterbi import MIN_FLOAT, MIN_INF

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


Step = tuple[tuple[tuple[State, float, tuple[tuple[State, float], ...]], ...], State]


@lru_cache(maxsize=65536)
def _step(reached: frozenset[State], char: str) -> Step:
    """One Viterbi step after the states ``reached`` on ``char``, as jieba chooses it: for each state
    of ``char``, its emission log prob and the (previous state, transition log prob) pairs that lead
    to it; and the largest previous state, which wins when every candidate scores −inf. The states a
    step reaches depend only on these two, so the plan is computed once per pair."""
    before, after = _links()
    all_states = trans_P.keys()
    prev = [x for x in reached if after[x]]
    fallback = max(prev)  # as in jieba, no previous state with a successor is an error
    expected = frozenset().union(*(after[x] for x in prev))
    current = set(char_state_tab_P.get(char, all_states)) & expected or expected or all_states
    prev_set = set(prev)
    plan = []
    for y in current:
        into = before.get(y, {})
        links = tuple((y0, into[y0]) for y0 in into.keys() & prev_set)
        plan.append((y, emit_P[y].get(char, MIN_FLOAT), links))
    return tuple(plan), fallback


@lru_cache(maxsize=65536)
def viterbi(obs: str) -> tuple[float, tuple[State, ...]]:
    """``jieba.posseg.viterbi.viterbi(obs, char_state_tab_P, start_P, trans_P, emit_P)``, same result,
    scoring only real transitions. ``obs`` is a run of characters the dictionary does not join
    (often a name, 炎生), so the same runs come back: results are cached."""
    first = obs[0]
    scores = {y: start_P[y] + emit_P[y].get(first, MIN_FLOAT) for y in char_state_tab_P.get(first, trans_P.keys())}
    back: list[dict[State, Any]] = [dict.fromkeys(scores, "")]
    for char in obs[1:]:
        plan, fallback = _step(frozenset(scores), char)
        new_scores: dict[State, float] = {}
        links: dict[State, State] = {}
        for y, emit, into in plan:
            best = max(((scores[y0] + trans + emit, y0) for y0, trans in into), default=None)
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


class FastPOSTokenizer(jieba.posseg.POSTokenizer):
    """``jieba.posseg.POSTokenizer`` whose HMM step uses :func:`viterbi`; everything else is jieba's."""

    def _POSTokenizer__cut(self, sentence: str) -> Iterator[pair]:  # overrides POSTokenizer.__cut
        """jieba 0.42.1's ``POSTokenizer.__cut`` (:data:`JIEBA_VERSION`), calling the faster :func:`viterbi`."""
        _, pos_list = viterbi(sentence)
        begin, nexti = 0, 0
        for i, char in enumerate(sentence):
            pos = pos_list[i][0]
            if pos == "B":
                begin = i
            elif pos == "E":
                yield pair(sentence[begin:i + 1], pos_list[i][1])
                nexti = i + 1
            elif pos == "S":
                yield pair(char, pos_list[i][1])
                nexti = i + 1
        if nexti < len(sentence):
            yield pair(sentence[nexti:], pos_list[nexti][1])
