"""Project facts stated beside the project's name: a later clause (``…项目开工，工程总投资3亿元``) or the
next sentence of the item (``某某工程开工。该工程总投资3亿元，目前已完成主体施工。``).

A sentence without a project of its own speaks of the previous sentence's only project when it opens
with a project word (该项目, 工程, 该电站 …); its evidence is the sentence that states the fact.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.lexicon_data import STATUSES
from kg.relate.context import ArticleContext, clause_end, clause_start
from kg.relate.registry import Triple, relation_rule
from kg.relate.rules_projects import counted_set, is_generic_project
from kg.relate.status_words import _FORECAST_RE, STATUS_WORDS, not_yet_after, status_in
from kg.types import Mention

# the heads of named works (GUIDE "Projects"): a sentence opening with one speaks of the project before
PROJECT_WORD = r"(?:项目|工程|电站|铁路|高铁|高速公路|高速|大桥|机场|枢纽|灌区|水库|港区|产线|基地)"
_OPENS_WITH_PROJECT = re.compile(rf"^(?:[^，。；]{{0,14}}，)?(?:该|这一|此|本|整个)?{PROJECT_WORD}")
_TOTAL_CLAUSE = re.compile(rf"^(?:该|这一|此|本)?{PROJECT_WORD}?(?:计划)?总投资(?:额)?(?:约|达|为|超过|超|近)?$")


def carried_project(ctx: ArticleContext, index: int) -> str | None:
    """The project sentence ``index`` speaks of without naming it: the previous sentence's only project."""
    if index == 0 or index >= len(ctx.article.sentences):
        return None
    sentence, mentions = ctx.units[index]
    if any(m.type == "Project" for m in mentions) or not _OPENS_WITH_PROJECT.match(sentence.text):
        return None
    names = {ctx.name_of(index - 1, m) for m in ctx.units[index - 1][1] if m.type == "Project"} - {None}
    name = names.pop() if len(names) == 1 else None
    return name if name and not is_generic_project(name) else None


def _project_before(ctx: ArticleContext, index: int, at: int) -> str | None:
    """The sentence's last project before offset ``at``, when there is exactly one before it."""
    text = ctx.units[index][0].text
    before = [m for m in ctx.units[index][1] if m.type == "Project" and m.end <= at]
    if any(counted_set(text, m) for m in before):
        return None  # 谋划重点项目101个，总投资…: the total of the whole set
    names = {ctx.name_of(index, m) for m in before} - {None}
    name = names.pop() if len(names) == 1 else None
    return name if name and not is_generic_project(name) else None


@relation_rule("project_items", produces=("totalInvestment", "hasStatus"))
def project_items(ctx: ArticleContext) -> Iterator[Triple]:
    """``…，工程总投资Y`` after a project, or in the next sentence → totalInvestment; a status in the next
    sentence that opens with a project word → hasStatus."""
    for index, (sentence, mentions) in enumerate(ctx.units[:len(ctx.article.sentences)]):
        carried = carried_project(ctx, index)
        for money in (m for m in mentions if m.type == "Money"):
            yield from _total(ctx, index, money, carried)
        if carried:
            yield from _carried_status(ctx, index, carried)


def _total(ctx: ArticleContext, index: int, money: Mention, carried: str | None) -> Iterator[Triple]:
    text = ctx.units[index][0].text
    start = clause_start(text, money.start)
    name = ctx.name_of(index, money)
    if not name or not _TOTAL_CLAUSE.match(text[start:money.start]) or text[money.end:money.end + 1] == "的":
        return
    project = _project_before(ctx, index, start) if start else None
    if project:
        yield project, "totalInvestment", name, ctx.evidence(index, "totalInvestment.later_clause", 0.75)
    elif carried:
        yield carried, "totalInvestment", name, ctx.evidence(index, "totalInvestment.next_sentence", 0.7)


def _carried_status(ctx: ArticleContext, index: int, project: str) -> Iterator[Triple]:
    text = ctx.units[index][0].text
    opening = _OPENS_WITH_PROJECT.match(text)
    if not opening:
        return
    clause = text[opening.end():clause_end(text, opening.end())]
    match = status_in(clause)
    if not match or _FORECAST_RE.search(clause[:match.start()]) or not_yet_after(clause, match.end()):
        return
    for status in STATUS_WORDS[match.group()]:
        if status in STATUSES:
            yield project, "hasStatus", status, ctx.evidence(index, "hasStatus.next_sentence", 0.6)
