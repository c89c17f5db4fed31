"""The relation rules, one module per family; importing this module registers them all.

Each rule is a small function over an :class:`~kg.relate.context.ArticleContext` yielding
``(head, rel, tail, evidence)``, registered with :func:`~kg.relate.registry.relation_rule`
under its name and the relation kinds it yields. The evidence's ``rule`` names the pattern
(``launches.article_subject``); its confidence is that pattern's measured precision.
"""

from __future__ import annotations

import kg.relate.rules_invests
import kg.relate.rules_located_above
import kg.relate.rules_partners
import kg.relate.rules_people
import kg.relate.rules_place_parts
import kg.relate.rules_places
import kg.relate.rules_project_items
import kg.relate.rules_projects
import kg.relate.rules_topics
import kg.relate.rules_visits
import kg.relate.rules_work_places  # noqa: F401  (each import registers its module's rules)
