"""Relations and statistics over the resolved mentions of one article.

:func:`relate_article` runs every registered rule (:mod:`kg.relate.rules`) and the statistics
(:mod:`kg.relate.stats`) and returns the article's relations and observations as dicts in the
facts format, each with an ``evidence`` object.
"""

from __future__ import annotations

from typing import Any

import kg.relate.rules  # noqa: F401  (registers every rule; registered_rules() lists them)
from kg.relate.actors import main_subject
from kg.relate.context import ArticleContext
from kg.relate.registry import registered_rules
from kg.relate.stats import observations

__all__ = ["ArticleContext", "main_subject", "relate_article"]


def relate_article(ctx: ArticleContext) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The article's relations (one per head, rel, tail: the most confident evidence) and observations."""
    seen: dict[tuple[str, str, str], dict[str, Any]] = {}
    for rule in registered_rules():
        for head, rel, tail, evidence in rule(ctx):
            key = (head, rel, tail)
            if head == tail or key in seen and seen[key]["evidence"]["confidence"] >= evidence.confidence:
                continue
            seen[key] = {"head": head, "rel": rel, "tail": tail, "evidence": evidence.as_dict()}
    relations = [seen[k] for k in sorted(seen)]
    return relations, observations(ctx)
