"""Sentence splitting with offsets back into the source.

Sentences end at 。！？ (and their ASCII forms), keeping closing quotes and
brackets with the sentence they close. Datelines and closing bylines are
credits, not sentences, so they are cut off first.

>>> from kg.text.layout import split_blocks
>>> block = split_blocks("本报讯（记者陈晖）他说：“好。”然后走了！（张三）")[0]
>>> [(s.text, s.start, s.end) for s in block_sentences(block)]
[('他说：“好。”', 9, 16), ('然后走了！', 16, 21)]
"""

from __future__ import annotations

import re

from kg.text import credits
from kg.text.layout import Block
from kg.types import Sentence

_END_RE = re.compile(r"[。！？!?]+[”’』」）)]*|……[”’』」]?(?=\s*$)")


def split_text(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` spans of the sentences of ``text`` (whitespace trimmed).

    >>> split_text("甲。乙！丙")
    [(0, 2), (2, 4), (4, 5)]
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _END_RE.finditer(text):
        spans.append((start, match.end()))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return [_trim(text, s, e) for s, e in spans if text[s:e].strip()]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def block_sentences(block: Block) -> list[Sentence]:
    """Sentences of a block, without its dateline, closing byline or photo credit."""
    text = block.text
    _, begin = credits.parse_dateline(text)
    _, stop = credits.closing_byline(text)
    if block.kind == "caption":
        _, stop = credits.photo_credit(text)
    out = []
    for start, end in split_text(text[begin:stop]):
        start, end = start + begin, end + begin
        out.append(Sentence(text[start:end], block.source_offset(start), block.source_offset(end - 1) + 1))
    return out
