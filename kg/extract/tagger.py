"""A small statistical mention tagger (linear-chain CRF over characters).

It is trained by ``scripts/train_tagger.py`` on a deterministic 80 % split of
the CLUENER2020 training sentences (general Chinese news) and shipped as
``kg/data/tagger.crfsuite``; no model is downloaded at run time. It supplies
the mention types that rules cannot enumerate in open-domain text — people,
posts, and bodies or addresses without a telling suffix — and is used by
``kg mentions`` beside the rules (rules win where both speak).

>>> features("王平说", 0)[:3]
['c0=王', 'c-1=<s>', 'c1=平']
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

from kg.lexicon_data import SURNAMES
from kg.types import Mention

MODEL_NAME = "tagger.crfsuite"
# tagger label → (our type, organisation kind)
LABELS = {
    "PLACE": ("Place", ""),
    "COMPANY": ("Organization", "company"),
    "GOVERNMENT": ("Organization", "government"),
    "ORG": ("Organization", "other"),
    "PERSON": ("Person", ""),
    "POSITION": ("Position", ""),
}


def _shape(ch: str) -> str:
    if ch.isdigit():
        return "D"
    if ch.isascii() and ch.isalpha():
        return "L"
    if "\u4e00" <= ch <= "\u9fff":
        return "C"
    return "P"


def sentence_features(text: str) -> list[list[str]]:
    """Feature lists of every character of ``text`` (dictionary words give boundaries and POS)."""
    from kg.lexicon import pos, words

    word_pos: list[str] = []
    word_tag: list[str] = []
    for word in words(text):
        tag = pos(word) or "x"
        for k in range(len(word)):
            word_pos.append("S" if len(word) == 1 else "B" if k == 0 else "E" if k == len(word) - 1 else "M")
            word_tag.append(tag)
    return [features(text, i, word_pos[i], word_tag[i]) for i in range(len(text))]


def features(text: str, i: int, wpos: str = "", wtag: str = "") -> list[str]:
    """Character features at ``i``: the characters around it, their shapes, surname and word cues."""
    def at(k: int) -> str:
        j = i + k
        return text[j] if 0 <= j < len(text) else ("<s>" if j < 0 else "</s>")

    c0 = at(0)
    out = [
        f"c0={c0}", f"c-1={at(-1)}", f"c1={at(1)}", f"c-2={at(-2)}", f"c2={at(2)}",
        f"b-1={at(-1)}{c0}", f"b1={c0}{at(1)}", f"t={at(-1)}{c0}{at(1)}",
        f"s={_shape(at(-1))}{_shape(c0)}{_shape(at(1))}",
    ]
    if c0 in SURNAMES:
        out.append("surname")
    if wpos:
        out += [f"wp={wpos}", f"wt={wtag}", f"wpt={wpos}{wtag}"]
    return out


@lru_cache(maxsize=1)
def _tagger():  # type: ignore[no-untyped-def]
    """The CRF model from the package data, or None when it is not installed."""
    try:
        import pycrfsuite
    except ImportError:
        return None
    model = resources.files("kg.data") / MODEL_NAME
    if not model.is_file():
        return None
    tagger = pycrfsuite.Tagger()
    with resources.as_file(model) as path:
        tagger.open(str(Path(path)))
    return tagger


def available() -> bool:
    return _tagger() is not None


def tag_mentions(text: str) -> list[Mention]:
    """Mentions the CRF finds in ``text`` (offsets into ``text``); [] without a model."""
    tagger = _tagger()
    if tagger is None or not text:
        return []
    labels = tagger.tag(sentence_features(text))
    return spans_from_labels(text, labels)


def spans_from_labels(text: str, labels: list[str]) -> list[Mention]:
    """BIO labels → mentions.

    >>> [(m.text, m.type) for m in spans_from_labels("王平说", ["B-PERSON", "I-PERSON", "O"])]
    [('王平', 'Person')]
    """
    out: list[Mention] = []
    start, current = -1, ""
    for i, label in enumerate(list(labels) + ["O"]):
        inside = label.startswith("I-") and label[2:] == current
        if start >= 0 and not inside:
            kind_type, kind = LABELS[current]
            out.append(Mention(start, i, text[start:i], kind_type, kind))
            start, current = -1, ""
        if label.startswith("B-") or (label.startswith("I-") and start < 0):
            start, current = i, label[2:]
    return out
