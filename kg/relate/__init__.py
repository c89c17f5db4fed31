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
            if m.type == "Organization" and entity.kind not in ("government", "association", "institution"):
                continue
            scores[name] += 2 if (rank == 0 and m.start < 12) else 1
    if ctx.article.title:
        for name in list(scores):
            if any(alias in ctx.article.title for alias in {name, *ctx.book.entities[name].aliases}):
                scores[name] += 3
    if not scores:
        return None
    return max(scores, key=lambda n: (scores[n], -len(n), n))


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
