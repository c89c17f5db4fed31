"""Relations and statistics over the resolved mentions of one article.

:func:`relate_article` returns the article's relations and observations as
dicts in the facts format, each with an ``evidence`` object.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from kg.link import EntityBook
from kg.types import Article, Evidence, Mention, Sentence


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

    def name_of(self, index: int, mention: Mention) -> str | None:
        return self.names.get((index, mention.start, mention.end, mention.type))

    def evidence(self, index: int, rule: str, confidence: float) -> Evidence:
        sentence = self.units[index][0]
        return Evidence(self.article.source, self.article.index, sentence.text, sentence.start, sentence.end,
                        rule, confidence)

    def type_of(self, name: str) -> str | None:
        entity = self.book.entities.get(name)
        return entity.type if entity else None

    @property
    def subject(self) -> str | None:
        """The article's main actor: its most mentioned county- or city-level place (or body)."""
        if self._subject is None:
            self._subject = main_subject(self)
        return self._subject


def main_subject(ctx: ArticleContext) -> str | None:
    scores: Counter[str] = Counter()
    for index, (sentence, mentions) in enumerate(ctx.units):
        bodies = [m for m in mentions if m.type == "Organization"]
        for rank, m in enumerate(sorted(mentions, key=lambda m: m.start)):
            name = ctx.name_of(index, m)
            if not name or m.type not in ("Place", "Organization"):
                continue
            if m.type == "Place" and any(b.start <= m.start and m.end <= b.end for b in bodies):
                continue  # 奉新县 inside 奉新县财政局 speaks of the body
            if m.type == "Place" and any(o is not m and o.type == "Place" and o.start <= m.start and m.end <= o.end
                                         and (o.end - o.start) > (m.end - m.start) for o in mentions):
                continue  # 南昌 inside 南昌高新区
            entity = ctx.book.entities[name]
            if m.type == "Place" and entity.attrs.get("level") not in ("prefecture", "county", "township", "zone"):
                continue
            title = ctx.article.title
            if m.type == "Organization" and entity.kind not in ("government", "association", "institution") \
                    and name not in title:
                continue  # a company or other body is the subject only when the headline names it
            scores[name] += 2 if (rank == 0 and m.start < 12) else 1
    if ctx.article.title:
        places = {e.name: e for e in ctx.book.entities.values() if e.type == "Place"}
        for name in list(scores):
            entity = ctx.book.entities[name]
            if any(alias in ctx.article.title for alias in {name, *entity.aliases}):
                scores[name] += 3
            elif entity.type == "Organization" and _headline_short_form(name, places, ctx.article.title):
                scores[name] += 2  # 崇仁人大… in the headline speaks of 崇仁县人大常委会
    if not scores:
        return None
    return max(scores, key=lambda n: (scores[n], -len(n), n))


def _headline_short_form(name: str, places: dict, title: str) -> bool:
    """The headline names the body by its place's bare form and its first characters (崇仁人大)."""
    for place, entity in places.items():
        if name.startswith(place):
            rest = name[len(place):]
            for alias in {place, *entity.aliases}:
                bare = alias.rstrip("省市县区乡镇")
                if len(bare) >= 2 and rest[:2] and (bare + rest[:2]) in title:
                    return True
    return False


def relate_article(ctx: ArticleContext) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    from kg.relate.rules import RULES
    from kg.relate.stats import observations

    seen: dict[tuple[str, str, str], dict[str, Any]] = {}
    for rule in RULES:
        for head, rel, tail, evidence in rule(ctx):
            key = (head, rel, tail)
            if head == tail or key in seen and seen[key]["evidence"]["confidence"] >= evidence.confidence:
                continue
            seen[key] = {"head": head, "rel": rel, "tail": tail, "evidence": evidence.as_dict()}
    relations = [seen[k] for k in sorted(seen)]
    return relations, observations(ctx)
