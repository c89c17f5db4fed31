"""The relation rules, one module per family; importing this module registers them all.

Each rule is a small function over an :class:`~kg.relate.context.ArticleContext` yielding
``(head, rel, tail, evidence)``, registered with :func:`~kg.relate.registry.relation_rule`
under its name and the relation kinds it yields. The evidence's ``rule`` names the pattern
(``launches.article_subject``); its confidence is that pattern's measured precision.
"""

from __future__ import annotations

import re

from kg.link import ANAPHORA
from kg.relate import (  # noqa: F401
    actors,
    rules_partners,
    rules_people,
    rules_places,
    rules_project_items,
    rules_projects,
    rules_topics,
)
from kg.relate.registry import REGISTRY, RelationRule

RULES: tuple[RelationRule, ...] = tuple(REGISTRY.values())

# names the statistics (kg/relate/stats.py) import from here
_BARE_BODY_RE = actors._BARE_BODY_RE
_last_body_ending = actors.last_body_ending
_ANAPHOR_RE = re.compile("|".join(sorted(ANAPHORA, key=len, reverse=True)))
_last_company = rules_people._last_company
