"""jieba 0.42.1's part-of-speech tagging (``jieba.posseg``, HMM on) over tables, without jieba.

:class:`TableTagger` tags as ``jieba.posseg.POSTokenizer.cut`` does (tests/test_speedups.py checks it
against jieba), from three tables: the word-tag table of jieba's dictionary, a
:class:`~kg.text.segment.DagSegmenter` of that dictionary, and the HMM's probabilities
(:func:`hmm_tables`). Importing ``jieba.posseg`` reads the whole dictionary file again (a third of a
second per process); the tables come instead from :mod:`kg.tablecache`, made once from jieba's own.

Its Viterbi search (:func:`viterbi`) is exact and faster than jieba's: jieba scores, for every state
of a character, every state of the previous character in a generator of tuples, although most
pairs have no transition at all (probability −inf). :func:`viterbi` scores only the pairs that have
one, and falls back to the original's choice when none does (every candidate is −inf, so ``max``
picks the largest state). Sums are formed in the same order and ties broken the same way.

>>> from kg.lexicon import tagged
>>> ("王炎生", "nr") in tagged("王炎生通过返乡创业带动农户增收")
True
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache
from importlib.util import find_spec
from pathlib import Path
from typing import Any, NamedTuple

from kg.text.segment import DagSegmenter

MIN_FLOAT = -3.14e100  # jieba.posseg.viterbi's MIN_FLOAT and MIN_INF (tests/test_speedups.py checks them)
MIN_INF = float("-inf")

State = tuple[str, str]  # (B/M/E/S, part of speech)
Tag = tuple[str, str]


class HmmTables(NamedTuple):
    """jieba.posseg's HMM: the states each character may take, start, transition and emission log probs."""

    char_states: dict[str, tuple[State, ...]]
    start: dict[State, float]
    trans: dict[State, dict[State, float]]
    emit: dict[State, dict[str, float]]


def jieba_file(*parts: str) -> Path:
    """A file of the installed jieba package, found without importing it (its import loads pkg_resources)."""
    spec = find_spec("jieba")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("jieba")
    return Path(next(iter(spec.submodule_search_locations)), *parts)


@lru_cache(maxsize=1)
def _hmm() -> HmmTables:
    return hmm_tables()


def hmm_tables() -> HmmTables:
    """jieba.posseg's HMM tables, from the table cache when a copy made from the same files is there."""
    from kg import tablecache

    files = ["__init__.py", "viterbi.py", "char_state_tab.py", "prob_start.py", "prob_trans.py", "prob_emit.py"]
    return tablecache.cached_table("jieba-hmm", [jieba_file("posseg", name) for name in files], _jieba_hmm)


def _jieba_hmm() -> HmmTables:
    from jieba.posseg import char_state_tab_P, emit_P, start_P, trans_P

    return HmmTables(char_state_tab_P, start_P, trans_P, emit_P)


def word_tag_table() -> dict[str, str]:
    """jieba's part-of-speech table of its default dictionary (what ``jieba.posseg.dt`` reads on
    import), from the table cache when a copy made from the same files is there."""
    from kg import tablecache

    inputs = [jieba_file("dict.txt"), jieba_file("posseg", "__init__.py"), Path(__file__)]
    words, names, indexes = tablecache.cached_table("jieba-word-tags", inputs, _jieba_word_tags)
    return dict(zip(words.split("\n") if words else [], [names[i] for i in indexes], strict=True))


def _jieba_word_tags() -> tuple[str, list[str], bytes]:
    """The table packed: the words newline-joined, the distinct tags, each word's tag's index
    (a third of a million strings come back from this in C loops, faster than from a pickled dict)."""
    import jieba.posseg

    table = jieba.posseg.dt.word_tag_tab
    names = sorted(set(table.values()))
    if len(names) > 256 or any("\n" in word for word in table):
        raise ValueError("jieba's word-tag table cannot be packed")
    index = {name: i for i, name in enumerate(names)}
    return "\n".join(table), names, bytes(index[tag] for tag in table.values())


@lru_cache(maxsize=1)
def _links() -> tuple[dict[State, dict[State, float]], dict[State, frozenset[State]]]:
    """The transition table both ways: state → {previous state: log prob}, state → next states."""
    before: dict[State, dict[State, float]] = {state: {} for state in _hmm().trans}
    for state, nexts in _hmm().trans.items():
        for nxt, prob in nexts.items():
            before.setdefault(nxt, {})[state] = prob
    after = {state: frozenset(nexts) for state, nexts in _hmm().trans.items()}
    return before, after


Plan = tuple[tuple[State, float, dict[State, float]], ...]


@cache
def _char_plan(char: str) -> Plan:
    """The states ``char`` may take, each with its emission log prob and the transitions into it
    (previous state → log prob): a table per character, reused at every step on that character."""
    before, _ = _links()
    hmm = _hmm()
    return tuple((y, hmm.emit[y].get(char, MIN_FLOAT), before.get(y, {}))
                 for y in hmm.char_states.get(char, hmm.trans.keys()))


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
        hmm = _hmm()
        plan = tuple((y, hmm.emit[y].get(char, MIN_FLOAT), before.get(y, {})) for y in expected or hmm.trans.keys())
    return plan, fallback


@lru_cache(maxsize=65536)
def viterbi(obs: str) -> tuple[float, tuple[State, ...]]:
    """``jieba.posseg.viterbi.viterbi(obs, char_state_tab_P, start_P, trans_P, emit_P)``, same result,
    scoring only real transitions (a previous state with no transition into a state scores −inf
    there, as in jieba; if all do, jieba's ``max`` keeps the largest previous state). ``obs`` is a run
    of characters the dictionary does not join (often a name, 炎生), so the same runs come back:
    results are cached."""
    first, hmm = obs[0], _hmm()
    scores = {y: hmm.start[y] + hmm.emit[y].get(first, MIN_FLOAT) for y in hmm.char_states.get(first, hmm.trans.keys())}
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


class TableTagger:
    """jieba's ``POSTokenizer.cut`` as (word, flag) pairs (:meth:`tags`), from its word-tag table and a
    segmenter of its dictionary."""

    def __init__(self, word_tag_tab: dict[str, str], segmenter: DagSegmenter) -> None:
        self.word_tag_tab = word_tag_tab
        self._segmenter: DagSegmenter | None = segmenter

    def tags(self, text: str) -> list[Tag]:
        """``[(p.word, p.flag) for p in self.cut(text)]``, faster: jieba 0.42.1's ``__cut_internal``
        (HMM on), its dictionary route taken from :class:`DagSegmenter` (the same route)."""
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
