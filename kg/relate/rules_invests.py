"""Money a place or a body puts in: ``X投资/投入/安排Y元`` → X invests Y.

``某县投入2亿元改造道路`` → 某县 invests 2亿元; in a government's work report the investment its
programmes completed is the government's own (``某某项目完成投资30亿元`` → the report's place).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.relate.actors import sentence_actor
from kg.relate.context import ArticleContext, clause_start
from kg.relate.registry import Triple, relation_rule
from kg.relate.stat_documents import document_year
from kg.relate.stat_plans import plan_at, plan_ranges

_INVEST_RE = re.compile(r"(?:投资|投入|发放|安排|筹集|出资|拨付|捐赠|提供)(?:了|共计|共|达|贷款|资金|财政资金)?(?:约|超|近)?$")
# 完成投资…, 年度计划投资…: statistics of progress or plans, not an investment made;
# 争取中央投资…: money obtained from above, the giver invests it
# 落地投资, 到位资金: money others brought in that landed in the place
_NOT_SPENT_RE = re.compile(r"完成|计划|总额|规模|年度|累计完成|预计|争取|获得|引进|撬动|带动|拉动|落地|到位")
# a report's own completed investment: 完成投资 / 完成水利建设投资, without a plan or a forecast
_COMPLETED_RE = re.compile(r"完成(?:[\u4e00-\u9fff]{0,6}?)投资(?:约|超|近)?$")
# a clause setting a goal (确保基础设施投资超过3000亿元, 力争…, 目标…): money aimed at, not put in
_GOAL_RE = re.compile(r"确保|力争|目标|预期")
_PLANNED_RE = re.compile(r"计划|预计|年度|将|力争|争取")
_WORK_REPORT_RE = re.compile(r"政府工作报告|工作报告")


@relation_rule("invests", produces=('invests',))
def invests(ctx: ArticleContext) -> Iterator[Triple]:
    """``X投资/投入/提供Y元`` (not a project's apposition) → X invests Y."""
    report = bool(_WORK_REPORT_RE.search(ctx.article.title or ""))
    # 二、2025年工作安排: the money a plan will put in is aimed at, none invested yet (今年完成…投资260亿元以上)
    plans = [r for r in plan_ranges(ctx.article, ctx.article.doc_year or document_year(ctx)) if not (r[2] or 0) < 0]
    for index, money, name in ctx.named("Money"):
        text = ctx.units[index][0].text
        if plan_at(plans, ctx.units[index][0].start) is not None:
            continue
        lead = text[max(0, money.start - 8):money.start]
        if text[money.end:money.end + 1] == "的" or "总投资" in lead:
            continue
        if report and _COMPLETED_RE.search(lead) and not _PLANNED_RE.search(_clause_before(text, money.start)):
            if ctx.subject and ctx.type_of(ctx.subject) == "Place":
                yield ctx.subject, "invests", name, ctx.evidence(index, "invests.report_completed", 0.6)
            continue
        verb = _INVEST_RE.search(lead)
        if verb is None or _NOT_SPENT_RE.search(lead) or _GOAL_RE.search(_clause_before(text, money.start)):
            continue
        verb_at = money.start - len(verb.group())
        giver = _giver_before_recipient(ctx, index, verb_at)
        if giver == "":
            continue  # 将向某国提供…: the giver is not the body the money goes to, nor written here
        adjacent = giver or _adjacent_actor(ctx, index, verb_at)
        actor, confidence = (adjacent, 0.7) if adjacent else sentence_actor(ctx, index, money.start)
        if actor and not _where_invested(ctx, actor, _clause_before(text, money.start)):
            yield actor, "invests", name, ctx.evidence(index, "invests.verb_amount", confidence * 0.8)


# between the body and the verb: adverbs of time, sum or urgency (紧急, 追加, 新增), and a verb of allotting
# before the money's source when 投资 closes the money's noun (某委紧急安排中央预算内|投资5000万元)
_JOINER_RE = re.compile(r"(?:共|共计|累计|已|已经|先后|今年|全年|每年|紧急|追加|增加|新增|再|又|还)*"
                        r"(?:(?:安排|下达|拨付|投入)(?:中央预算内|中央财政|中央|省级财政|财政))?$")


def _adjacent_actor(ctx: ArticleContext, index: int, verb_at: int) -> str | None:
    """The place or body written right before the verb (``某村投资400万元``, ``某局累计投入…``), a
    village included."""
    text, mentions = ctx.units[index]
    for m in sorted(mentions, key=lambda m: -m.end):
        if m.type in ("Place", "Organization") and m.end <= verb_at and _JOINER_RE.fullmatch(text.text[m.end:verb_at]):
            return ctx.name_of(index, m)
    return None


# 向某国提供, 给某村拨付: the body after the preposition receives the money, it does not put it in
_RECIPIENT_RE = re.compile(r"(?:向|给|帮助|援助)$")


def _giver_before_recipient(ctx: ArticleContext, index: int, verb_at: int) -> str | None:
    """When the body right before the verb follows 向 or 给 (甲国向乙国提供…), the giver written right
    before that preposition (甲国); ``""`` when the giver is not written there (将向乙国提供: a speaker
    of another clause); None when no recipient stands before the verb."""
    text, mentions = ctx.units[index]
    for m in sorted(mentions, key=lambda m: -m.end):
        if m.type in ("Place", "Organization") and m.end <= verb_at and _JOINER_RE.fullmatch(text.text[m.end:verb_at]):
            preposition = _RECIPIENT_RE.search(text.text, 0, m.start)
            if preposition is None:
                return None
            return _adjacent_actor(ctx, index, preposition.start()) or ""
    return None


def _clause_before(text: str, end: int) -> str:
    """The clause of ``text`` up to offset ``end``.

    >>> _clause_before("全年增长5%，计划完成投资3亿元", 13)
    '计划完成投资'
    """
    return text[clause_start(text, end):end]


def _where_invested(ctx: ArticleContext, actor: str, clause: str) -> bool:
    """The actor is only where the money goes (``某集团在某省投资50亿元``: 在 + the place + the verb)."""
    entity = ctx.book.entities.get(actor)
    forms = {actor, *(entity.aliases if entity else ())}
    return any(re.search("在" + re.escape(form) + r"(?:[\u4e00-\u9fff]{0,4})?(?:投资|投入)", clause) for form in forms)
