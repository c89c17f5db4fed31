"""Typed records that flow through the pipeline.

Sentences, captions, bylines, articles and evidence keep character offsets into the
*decoded source text* of their file; a :class:`Mention` is found in one sentence's text and its
offsets are relative to that sentence (add ``Sentence.start`` for the source offset). So any fact
can point back to the exact characters that support it.

>>> s = Sentence(text="新余市投资5亿元。", start=10, end=19)
>>> m = Mention(start=0, end=3, text="新余市", type="Place")
>>> s.text[m.start:m.end], s.start + m.start
('新余市', 10)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence; ``start``/``end`` are offsets into the source text (end exclusive)."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Caption:
    """A photo caption printed inside or after an article, with its photographer."""

    text: str
    start: int
    end: int
    photographers: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Byline:
    """A person credited for an article, with the role the paper gives them."""

    name: str
    role: str  # 记者, 通讯员, 摄影, 作者 ...
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Article:
    """One article of a source file: headline, body sentences, credits."""

    source: str  # file name, e.g. 000_e06924aedc06bbba.txt
    index: int  # position in the file, 0-based
    title: str
    kicker: str  # line printed above the title, '' when none
    subtitle: str  # line printed below the title (——…), '' when none
    start: int  # offset of the body's first character
    end: int
    sentences: tuple[Sentence, ...]
    bylines: tuple[Byline, ...] = ()
    captions: tuple[Caption, ...] = ()
    headings: tuple[Sentence, ...] = ()  # section headings and in-text photo lines, in text order
    title_span: tuple[int, int] = (0, 0)  # source offsets of the title
    layout: str = ""  # the file's layout: news-items, newspaper, document, html, unknown
    doc_year: int | None = None  # the year the article speaks of as 今年 (a report on 2024 → 2024)
    doc_place: str | None = None  # the document's own place (湖南省 of a provincial report), canonical

    @property
    def starts_with(self) -> str:
        return self.sentences[0].text[:12] if self.sentences else ""

    def section_of(self, offset: int) -> tuple[str, ...]:
        """The section headings above source ``offset``, outermost first (``一、…`` then ``（二）…``).

        >>> a = Article("x.txt", 0, "报告", "", "", 0, 99, (), headings=(
        ...     Sentence("一、回顾", 3, 7), Sentence("（一）工业", 20, 25), Sentence("二、计划", 50, 54)))
        >>> a.section_of(30), a.section_of(60), a.section_of(1)
        (('一、回顾', '（一）工业'), ('二、计划',), ())
        """
        from kg.text.headings import section_path

        return section_path([(h.start, h.text) for h in self.headings], offset)


@dataclass(frozen=True, slots=True)
class Mention:
    """A typed span. ``start``/``end`` are offsets into the text it was found in, one sentence
    (or headline, caption) — not into the source file (end exclusive).

    ``kind`` refines Organization (company, government, institution,
    association, other); ``attrs`` carries normalised values (money value,
    place level and code, …) as sorted key/value pairs so the record stays hashable.
    """

    start: int
    end: int
    text: str
    type: str
    kind: str = ""
    attrs: tuple[tuple[str, Any], ...] = ()

    def attr(self, key: str, default: Any = None) -> Any:
        return dict(self.attrs).get(key, default)


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a fact comes from: the sentence, its offsets, the rule and a confidence."""

    source: str
    article: int
    sentence: str
    start: int
    end: int
    rule: str
    confidence: float

    def as_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "article": self.article,
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
            "rule": self.rule,
            "confidence": round(self.confidence, 3),
        }


@dataclass(slots=True)
class Entity:
    """A resolved real-world thing within one article, under its canonical name."""

    name: str
    type: str
    kind: str = ""
    aliases: set[str] = field(default_factory=set)
    attrs: dict[str, Any] = field(default_factory=dict)
    spans: list[tuple[int, int]] = field(default_factory=list)
