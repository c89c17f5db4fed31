"""Typed records that flow through the pipeline.

Every span keeps character offsets into the *decoded source text* of its file,
so any fact can point back to the exact characters that support it.

>>> s = Sentence(text="新余市投资5亿元。", start=10, end=19)
>>> s.text[0:3], s.start
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
    headings: tuple[Sentence, ...] = ()  # section headings and in-text photo lines
    title_span: tuple[int, int] = (0, 0)  # source offsets of the title
    year: int | None = None

    @property
    def starts_with(self) -> str:
        return self.sentences[0].text[:12] if self.sentences else ""


@dataclass(frozen=True, slots=True)
class Mention:
    """A typed span. ``start``/``end`` are offsets into the source text (end exclusive).

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


@dataclass(frozen=True, slots=True)
class Fact:
    """A relation (head, rel, tail) between canonical names, with its evidence."""

    head: str
    rel: str
    tail: str
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class Observation:
    """A statistic about a subject, as in the gold GUIDE, with its evidence."""

    subject: str
    indicator: str
    measure: str | None
    value: float
    unit: str
    period: str | None
    evidence: Evidence
