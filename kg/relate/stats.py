"""Statistics as observations: subject, indicator, measure, value, unit, period.

A clause such as ``全市工业投资同比增长19.4%`` gives subject 新余市 (via 全市),
indicator 工业投资, measure 同比增长, value 19.4, unit %. The period comes from
the sentence (``1至6月``) or an earlier sentence of the same paragraph, read
against the article's year.
"""

from __future__ import annotations

import re
from typing import Any

from kg.normalize import MONEY_PATTERN, PERCENT_PATTERN, PERIOD_PATTERN, QUANTITY_PATTERN
from kg.normalize import parse_money, parse_percent, parse_period, parse_quantity
from kg.relate import ArticleContext
from kg.relate.rules import sentence_actor

MEASURES = ("同比增长", "同比下降", "同比增加", "同比减少", "增长", "下降", "增加", "减少", "增速", "增幅", "占比",
            "提高", "降低")
_MEASURE_RE = re.compile("|".join(MEASURES))
_LEAD_JUNK = re.compile(
    r"^(?:其中|全市|全县|全区|全乡|全镇|该市|该县|该区|该乡|该镇|该局|今年|去年|目前|截至目前|共|累计|已|实现|完成|新增的?|"
    r"有|达到|达|为|是|共计|合计|推动|预计|同时|此外|[0-9至\-月年日上下半季度一二三四以来]+|，)+"
)
_TAIL_JUNK = re.compile(r"(?:达到|达|为|是|共|约|超|近|逾|总计|合计|累计|分别|均|了|的|，)+$")
_CLAUSE_RE = re.compile(r"[^，；：。！？]+")


def _value(text: str) -> tuple[float, str, int, int] | None:
    """Last value of a clause: (value, unit, start, end); money in currency units.

    The last one, because earlier amounts usually qualify the indicator (新签约省外2000万元以上项目128个).
    """
    candidates = []
    for pattern, kind in ((MONEY_PATTERN, "money"), (PERCENT_PATTERN, "percent"), (QUANTITY_PATTERN, "quantity")):
        for match in pattern.finditer(text):
            if text[match.end():match.end() + 1] in ("的", "以"):
                continue  # 投资50亿元的… is an apposition, 2000万元以上 a qualifier
            candidates.append((match.start(), kind, match))
    for _, kind, match in sorted(candidates, key=lambda c: -c[0]):
        if kind == "money":
            money = parse_money(match.group())
            if money:
                return float(money.value), money.currency, match.start(), match.end()
        elif kind == "percent":
            pct = parse_percent(match.group())
            if pct:
                return float(pct.value), pct.unit, match.start(), match.end()
        else:
            qty = parse_quantity(match.group())
            if qty and qty.unit not in ("年", "月", "日", "时", "次", "倍"):
                return float(qty.value), qty.unit, match.start(), match.end()
    return None


def _period(ctx: ArticleContext, index: int) -> str | None:
    sentence = ctx.units[index][0]
    for i in (index, index - 1):
        if i < 0:
            continue
        match = PERIOD_PATTERN.search(ctx.units[i][0].text)
        if match and (i == index or ctx.units[i][0].end >= sentence.start - 2):
            return parse_period(match.group(), ctx.year)
    return str(ctx.year) if ctx.year and "今年" in sentence.text else None


def _subject(ctx: ArticleContext, index: int, clause_start: int, value_start: int) -> tuple[str | None, float]:
    """The clause's own subject when it opens with a place or body; else an anaphor; else the article's."""
    for m in ctx.units[index][1]:
        if m.type in ("Place", "Organization") and clause_start <= m.start <= clause_start + 3 and m.end <= value_start:
            name = ctx.name_of(index, m)
            entity = ctx.book.entities.get(name or "")
            if entity and entity.attrs.get("level") not in ("unresolved", "country", "region"):
                return name, 0.75
    actor, confidence = sentence_actor(ctx, index, value_start)
    if confidence >= 0.65 and actor and ctx.type_of(actor) == "Place":
        return actor, confidence
    return ctx.subject or actor, 0.55


def observations(ctx: ArticleContext) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for index, (sentence, _) in enumerate(ctx.units[: len(ctx.article.sentences)]):
        period = _period(ctx, index)
        previous_indicator = ""
        for clause in _CLAUSE_RE.finditer(sentence.text):
            found = _value(clause.group())
            if not found:
                continue
            value, unit, v_start, _ = found
            head = clause.group()[:v_start]
            measure_match = None
            for m in _MEASURE_RE.finditer(head):
                measure_match = m
            indicator = head[: measure_match.start()] if measure_match else head
            indicator = _TAIL_JUNK.sub("", _LEAD_JUNK.sub("", indicator)).strip()
            if not indicator and measure_match:
                indicator = previous_indicator
            if len(indicator) < 2 or len(indicator) > 30:
                continue
            measure = measure_match.group() if measure_match else ("总量" if unit in ("CNY", "USD") else None)
            if measure == "增长":
                measure = "同比增长" if "同比" in head else "增长"
            if "、" in indicator or indicator.endswith("等"):
                continue
            subject, confidence = _subject(ctx, index, clause.start(), clause.start() + v_start)
            if not subject:
                continue
            previous_indicator = indicator
            evidence = ctx.evidence(index, "observation.clause", confidence * 0.9).as_dict()
            out.append({"subject": subject, "indicator": indicator, "measure": measure, "value": value,
                        "unit": unit, "period": period, "evidence": evidence})
    return out
