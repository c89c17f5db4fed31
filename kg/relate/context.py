"""What the relation rules of one article may look at: :class:`ArticleContext`.

>>> from kg.document import extract_document
>>> doc = extract_document("x.txt", "宜春：园区建设提速\\n\\n今年以来，宜春市新建标准厂房30栋。\\n")
>>> doc["articles"][0]["title"]
'宜春：园区建设提速'
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from kg.link import EntityBook
from kg.relate.actors import SUBJECT_LEVELS, main_subject
from kg.relate.confidence import rule_confidence
from kg.types import Article, Evidence, Mention, Sentence


def clause_start(text: str, at: int) -> int:
    """Where the clause holding offset ``at`` begins: after the last ，。；： before it.

    >>> clause_start("全年增长5%，计划完成投资3亿元", 13)
    7
    """
    return max(text.rfind(p, 0, at) for p in "，。；：") + 1


def clause_end(text: str, at: int) -> int:
    """Where the clause going on at offset ``at`` ends: the first ，。； from it, else the text's end.

    >>> clause_end("甲站，今天开始建设。", 3)
    9
    """
    return min([i for i in (text.find(p, at) for p in "，。；") if i >= 0] + [len(text)])


# the digits of a 12-digit division code a level fixes (省 2, 市 4, 县 6, 乡镇 9)
_CODE_DIGITS = {"province": 2, "prefecture": 4, "county": 6, "township": 9}
_CODED_LEVELS = ("province", "prefecture", "county")  # names the gazetteer resolves to one division


@dataclass
class ArticleContext:
    """Everything the relation rules may look at for one article."""

    article: Article
    units: list[tuple[Sentence, list[Mention]]]
    names: dict[tuple[int, int, int, str], str]
    book: EntityBook
    mains: dict[str, str]
    counts: Counter[str]
    year: int | None = None
    _subject: str | None = field(default=None, repr=False)
    _subject_done: bool = field(default=False, repr=False)

    def name_of(self, index: int, mention: Mention) -> str | None:
        return self.names.get((index, mention.start, mention.end, mention.type))

    def evidence(self, index: int, rule: str, confidence: float) -> Evidence:
        """Evidence of a fact read in unit ``index``; its confidence is the rule's measured precision
        (``kg/data/confidence.tsv``) when there is one, else ``confidence``."""
        sentence = self.units[index][0]
        return Evidence(self.article.source, self.article.index, sentence.text, sentence.start, sentence.end,
                        rule, rule_confidence(rule, confidence))

    def named(self, *types: str) -> Iterator[tuple[int, Mention, str]]:
        """(unit index, mention, canonical name) of every resolved mention of ``types`` (all when none)."""
        for index, (_, mentions) in enumerate(self.units):
            for m in mentions:
                name = self.name_of(index, m)
                if name and (not types or m.type in types):
                    yield index, m, name

    def type_of(self, name: str) -> str | None:
        entity = self.book.entities.get(name)
        return entity.type if entity else None

    def level_of(self, name: str) -> str | None:
        entity = self.book.entities.get(name)
        return entity.attrs.get("level") if entity else None

    def section_place(self, index: int) -> str | None:
        """The place that heads the section unit ``index`` is in (``浙江：推动产业创新`` over its
        paragraphs, in a news item that reports on two provinces one after the other), else None."""
        headings = self.article.section_of(self.units[index][0].start)
        if not headings:
            return None
        for i, (unit, mentions) in enumerate(self.units):
            if unit.text == headings[-1]:
                places = [self.name_of(i, m) for m in sorted(mentions, key=lambda m: m.start) if m.type == "Place"]
                places = [p for p in places if p and self.level_of(p) in SUBJECT_LEVELS]
                return places[0] if places else None
        return None

    def last_place_before(self, index: int, at: int) -> str | None:
        """The place named last before offset ``at`` of unit ``index``, else in the unit before it:
        what 当地 (the place in question) points back to. Regions and countries are too wide for it. In an
        item whose headline names its place (广东博罗：…), a place neither in it nor around it, named in passing
        (广州 in the sentence before), is not 当地; one the same sentence names is."""
        found = self._last_place(index, at)
        home = self.subject
        if found and home and self._last_place(index, at, earlier=False) is None and found != home and self.type_of(home) == "Place" and self._in_headline(home) \
                and self.level_of(found) in _CODED_LEVELS and not self.lies_within(found, home) \
                and not self.lies_within(home, found):  # a town's name may be another county's town's
            return home
        return found

    def _in_headline(self, name: str) -> bool:
        entity = self.book.entities[name]
        title = self.article.title or ""
        return any(form and form in title for form in {name, *entity.aliases})

    def lies_within(self, place: str, area: str) -> bool:
        """Whether ``place`` is ``area`` or a division inside it, by their codes (赣县区 in 赣州市)."""
        inner, outer = self.book.entities.get(place), self.book.entities.get(area)
        if not inner or not outer or not inner.attrs.get("code") or not outer.attrs.get("code"):
            return False
        digits = _CODE_DIGITS.get(outer.attrs.get("level", ""), 12)
        return str(inner.attrs["code"])[:digits] == str(outer.attrs["code"])[:digits]

    def _last_place(self, index: int, at: int, earlier: bool = True) -> str | None:
        for i, limit in ((index, at), (index - 1, None)) if earlier else ((index, at),):
            if i < 0:
                return None
            places = [m for m in self.units[i][1] if m.type == "Place" and (limit is None or m.end <= limit)]
            for m in sorted(places, key=lambda m: m.end, reverse=True):
                name = self.name_of(i, m)
                if name and self.level_of(name) not in ("unresolved", "region", "country"):
                    return name
        return None

    @property
    def subject(self) -> str | None:
        """The article's main actor: its most mentioned place (or body), see :mod:`kg.relate.actors`."""
        if not self._subject_done:
            self._subject, self._subject_done = main_subject(self), True
        return self._subject
