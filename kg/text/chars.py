"""Character normalisation that keeps offsets: every output character stands
for exactly one input character, so an index into the normalised text is an
index into the source.

ASCII punctuation between Chinese characters becomes its full-width form
(seed texts mix ``,`` and ``，``); full-width letters and digits become ASCII
(NFKC where it maps one character to one character).

>>> normalize_chars("赣县区开足马力,多措并举(特约记者)")
'赣县区开足马力，多措并举（特约记者）'
>>> normalize_chars("增长１９.４％, 1,200人")
'增长19.4%, 1,200人'
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_TO_FULL = {",": "，", "(": "（", ")": "）", ":": "：", ";": "；", "?": "？", "!": "！"}
_KEEP = set("　“”‘’")
_FULL_PUNCT = set("，（）：；？！")


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or ch in "“”‘’《》、。，（）：；？！"


@lru_cache(maxsize=4096)
def _one_to_one(ch: str) -> str:
    """NFKC of ``ch`` when that is a single character, else ``ch`` itself."""
    if ch.isascii() or ch in _KEEP or ch in _FULL_PUNCT:
        return ch
    folded = unicodedata.normalize("NFKC", ch)
    if len(folded) == 1 and folded not in "，（）：；？！" and not folded.isspace():
        return folded
    return ch


class _OneToOneTable(dict):  # type: ignore[type-arg]
    """``str.translate`` table of :func:`_one_to_one`, filled as characters are first seen."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = _one_to_one(chr(code))
        return folded


_ONE_TO_ONE = _OneToOneTable()
_HALF_PUNCT_RE = re.compile("[" + re.escape("".join(_TO_FULL)) + "]")


def normalize_chars(text: str) -> str:
    """Return ``text`` normalised character by character (same length)."""
    folded = text.translate(_ONE_TO_ONE)
    if not _HALF_PUNCT_RE.search(folded):
        return folded
    pieces: list[str] = []  # not a list of every character: texts can be 100 MB
    done, changed = 0, -2  # text copied up to ``done``; the last mark made full-width
    for match in _HALF_PUNCT_RE.finditer(folded):  # left to right: a mark already made full-width counts as CJK
        i = match.start()
        before = "" if i == 0 else _TO_FULL[folded[i - 1]] if changed == i - 1 else folded[i - 1]
        if _near_cjk(before, folded[i], folded[i + 1:i + 2]):
            pieces += [folded[done:i], _TO_FULL[folded[i]]]
            done, changed = i + 1, i
    pieces.append(folded[done:])
    return "".join(pieces)


def _near_cjk(before: str, char: str, after: str) -> bool:
    """Whether a half-width mark between ``before`` and ``after`` belongs to Chinese text."""
    if char == "," and before.isdigit() and after.isdigit():
        return False
    return bool(before and _is_cjk(before)) or bool(after and _is_cjk(after)) or char in "()"
