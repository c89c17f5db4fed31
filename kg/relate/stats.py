"""Statistics as observations: subject, indicator, measure, value, unit, period.

A clause such as ``全市工业投资同比增长19.4%`` gives subject 新余市 (via 全市),
indicator 工业投资, measure 同比增长, value 19.4, unit %. Every value of a clause
is read (``全区42名领导…挂点联系园区160家企业`` gives two), each with the words
since the previous value as its indicator, plus the noun a count is of (``160家企业``).
The period comes from the sentence (``1至6月``) or an earlier sentence of the
same paragraph, read against the article's year.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from kg.normalize import (
    MONEY_HINT,
    MONEY_PATTERN,
    NUMBER_HINT,
    PERCENT_HINT,
    PERCENT_PATTERN,
    PERIOD_HINT,
    PERIOD_PATTERN,
    QUANTITY_PATTERN,
    parse_money,
    parse_percent,
    parse_period,
    parse_quantity,
)
from kg.relate import ArticleContext

MEASURES = ("同比增长", "同比下降", "同比增加", "同比减少", "增长", "下降", "增加", "减少", "增速", "增幅", "占比",
            "提高", "降低")
_MEASURE_RE = re.compile("|".join(MEASURES))
_CLAUSE_RE = re.compile(r"[^，；：。！？]+")
_TIME_RE = re.compile(r"(?:今年|去年(?!同期)|上半年|下半年|[0-9]{4}年|[0-9]{1,2}月(?:份)?|[0-9一二三四]季度|至|以来|截至目前|目前|年初|年底)")
_DROP_WORDS = {"若干", "分别", "均", "共", "共计", "累计", "已", "已经", "将", "预计", "可", "可达", "达", "达到", "为",
               "约", "超", "近", "逾", "其中", "同时", "此外", "全市", "全县", "全区", "全乡", "全镇", "该市", "该县",
               "该区", "该乡", "该镇", "该局", "实现", "完成了", "有", "是", "等", "了", "的"}
COUNT_UNITS = set("个家名人件条项所座户笔份起次处套台栋间亩位支")
NON_STAT_UNITS = ("年", "月", "日", "时", "小时", "倍", "天", "周", "岁")


def _values(clause: str) -> list[tuple[int, int, float, str]]:
    """(start, end, value, unit) of every value in a clause, left to right, without overlaps."""
    found: list[tuple[int, int, float, str]] = []
    if not NUMBER_HINT.search(clause):
        return found
    for pattern, hint, kind in ((MONEY_PATTERN, MONEY_HINT, "money"), (PERCENT_PATTERN, PERCENT_HINT, "percent"),
                                (QUANTITY_PATTERN, NUMBER_HINT, "quantity")):
        if not hint.search(clause):
            continue
        for match in pattern.finditer(clause):
            if clause[match.end():match.end() + 1] in ("的", "以") or any(s < match.end() and match.start() < e for s, e, _, _ in found):
                continue  # 投资50亿元的… is an apposition; 2000万元以上 a qualifier
            parsed = _parse(match.group(), kind)
            if parsed:
                found.append((match.start(), match.end(), *parsed))
    return sorted(found)


def _parse(text: str, kind: str) -> tuple[float, str] | None:
    if kind == "money":
        money = parse_money(text)
        return (float(money.value), money.currency) if money else None
    if kind == "percent":
        pct = parse_percent(text)
        return (float(pct.value), pct.unit) if pct else None
    qty = parse_quantity(text)
    if qty and qty.unit not in NON_STAT_UNITS:
        return float(qty.value), qty.unit
    return None


_PUNCT = re.compile(r"[，。、；：“”‘’（）()《》\s]+")


def _is_function_word(word: str) -> bool:
    """Leading words that are not part of what is measured (verbs are: 新增, 完成, 撬动 …)."""
    from kg.lexicon import pos

    return (pos(word) or "") in ("p", "c", "d", "r", "u", "uj", "ad", "t", "f", "m", "q", "zg") or word in _DROP_WORDS


@lru_cache(maxsize=8192)  # pure; indicator phrases recur
def clean_indicator(text: str) -> str:
    """The measured noun phrase: time words, subjects, verbs of saying and fillers dropped.

    >>> clean_indicator("今年1月至5月，该区规模以上工业增加值")
    '规模以上工业增加值'
    >>> clean_indicator("并出台积极有效的应对疫情助企纾困解难若干措施")
    '应对疫情助企纾困解难措施'
    """
    from kg.lexicon import words

    text = _TIME_RE.sub(" ", text)
    if "的" in text and len(text.rsplit("的", 1)[1].strip()) >= 2:
        text = text.rsplit("的", 1)[1]
    tokens = [t for t in words(text.strip()) if t.strip()]
    while tokens and (_is_function_word(tokens[0]) or re.fullmatch(r"[0-9.]+", tokens[0]) or _PUNCT.fullmatch(tokens[0])
                      or tokens[0] in _DROP_WORDS):
        tokens.pop(0)
    while tokens and (tokens[-1] in _DROP_WORDS or _PUNCT.fullmatch(tokens[-1])):
        tokens.pop()
    tokens = [t for t in tokens if t not in ("若干", "分别", "共", "共计", "累计", "均")]
    # after a conjunction or an adverb inside the phrase, the later part is what is counted
    for k in range(len(tokens) - 1, 0, -1):
        if tokens[k] in ("和", "与", "及", "并", "分别", "并且") and len("".join(tokens[k + 1:])) >= 2:
            tokens = tokens[k + 1:]
            break
    return "".join(tokens).strip("、 ")


def _counted_noun(clause: str, end: int) -> str:
    """The noun a count is of when it follows the count: ``160家企业`` → 企业."""
    from kg.extract.spans import _is_boundary_word
    from kg.lexicon import words

    tail = re.match(r"[\u4e00-\u9fff]{1,8}", clause[end:])
    if not tail:
        return ""
    kept: list[str] = []
    for word in words(tail.group()):
        first_ok = not kept and not _is_function_word(word)  # 303个|建制|村: a verb-like first word can name the thing
        if (_is_boundary_word(word) and not first_ok) or word in _DROP_WORDS or _MEASURE_RE.match(word):
            break
        kept.append(word)
    return "".join(kept)


def _period(ctx: ArticleContext, index: int) -> str | None:
    sentence = ctx.units[index][0]
    for i in (index, index - 1):
        if i < 0:
            continue
        expression = _period_expression(ctx.units[i][0].text)
        if expression is not None and (i == index or ctx.units[i][0].end >= sentence.start - 2):
            return parse_period(expression, ctx.year)
    return str(ctx.year) if ctx.year and "今年" in sentence.text else None


@lru_cache(maxsize=1024)
def _period_expression(text: str) -> str | None:
    """The first period expression of a sentence (each sentence is also read for the next one)."""
    match = PERIOD_PATTERN.search(text) if PERIOD_HINT.search(text) else None
    return match.group() if match else None


_LEAD_TIME_RE = re.compile(r"^(?:(?:今年|去年|目前|截至目前|近年来|同时|其中|此外|另外|据统计|据悉|据了解|此次|为此|[0-9]{4}年(?:以来)?|"
                           r"[0-9一二三四]{1,2}(?:至[0-9]{1,2})?月(?:份)?|[上下]半年)[，、]?)*")


def _opening_subject(ctx: ArticleContext, index: int, start: int, end: int) -> str | None:
    """The place or body a clause opens with (after time words): the most specific of a chain
    (平定乡蓝田宋家村 → 蓝田宋家村)."""
    text = ctx.units[index][0].text
    lead = _LEAD_TIME_RE.match(text[start:end])
    begin = start + (lead.end() if lead else 0)
    chain = [m for m in ctx.units[index][1] if m.type in ("Place", "Organization") and begin <= m.start <= begin + 2
             and m.end <= end]
    while chain:
        last = max(chain, key=lambda m: (m.end, m.end - m.start))
        name = ctx.name_of(index, last)
        entity = ctx.book.entities.get(name or "")
        nxt = [m for m in ctx.units[index][1] if m.type in ("Place", "Organization") and m.start == last.end]
        if nxt:
            chain = nxt
            continue
        if entity and entity.attrs.get("level") not in ("unresolved", "country", "region"):
            return name
        return None
    return None


def _first_body(ctx: ArticleContext, index: int) -> str | None:
    """A sentence that opens with a bare body word (工作室从…) speaks of the last body so named."""
    from kg.relate.rules import _BARE_BODY_RE, _last_body_ending

    sentence, _ = ctx.units[index]
    text = sentence.text
    bare = _BARE_BODY_RE.match(text)
    if bare:
        return _last_body_ending(ctx, index, bare.group(2))
    return None


def _subject(ctx: ArticleContext, index: int, clause_start: int, value_start: int,
             carried: str | None) -> tuple[str | None, float]:
    """The clause's own subject; else the sentence's; else an anaphor (全市, 该县); else the article's."""
    from kg.relate.rules import _ANAPHOR_RE, _last_company

    opening = _opening_subject(ctx, index, clause_start, value_start)
    if opening:
        return opening, 0.75
    text = ctx.units[index][0].text
    local = _ANAPHOR_RE.search(text, clause_start, value_start)  # 全县200多名…: this clause's own place
    if local:
        resolved = _resolve_word(ctx, index, local.group())
        if resolved:
            return resolved, 0.7
    if carried:
        return carried, 0.7
    if re.match(r"^(?:该企业|企业|该公司|公司)", text):
        company = _last_company(ctx, index - 1)
        if company:
            return company, 0.6
    anaphor = _ANAPHOR_RE.search(text, 0, value_start)
    if anaphor:
        resolved = _resolve_word(ctx, index, anaphor.group())
        if resolved:
            return resolved, 0.65
    return ctx.subject, 0.55


_VILLAGE_WORDS = {"该村", "全村", "村里"}


def _resolve_word(ctx: ArticleContext, index: int, word: str) -> str | None:
    """An anaphor's place: 村里 is the village named last, 全县 the article's county."""
    from kg.link import resolve_anaphor

    return _recent_village(ctx, index) if word in _VILLAGE_WORDS else resolve_anaphor(word, ctx.mains)


def _recent_village(ctx: ArticleContext, index: int) -> str | None:
    """该村, 村里: the village named last before this sentence."""
    for i in range(index, -1, -1):
        villages = [m for m in ctx.units[i][1] if m.type == "Place" and m.attr("level") == "village"]
        if villages:
            return ctx.name_of(i, max(villages, key=lambda m: m.end))
    return None



def _respectively(clause: str, values: list) -> list | None:
    """``A、B分别增长24.7%、40.16%`` → [(A, 增长), (B, 增长)]: the k-th indicator goes with the k-th value."""
    if "分别" not in clause or len(values) < 2:
        return None
    head = clause[: values[0][0]]
    measure = None
    for m in _MEASURE_RE.finditer(head):
        measure = m
    names = head[: measure.start()] if measure else head
    names = names.split("分别")[0]
    items = [clean_indicator(part) for part in names.split("、")]
    if len(items) != len(values) or not all(len(i) >= 2 for i in items):
        return None
    return [(item, measure) for item in items]


def observations(ctx: ArticleContext) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for index, (sentence, mentions) in enumerate(ctx.units[: len(ctx.article.sentences)]):
        period = _period(ctx, index)
        carried = _opening_subject(ctx, index, 0, len(sentence.text)) or _first_body(ctx, index)
        named = [(m.start, m.end) for m in mentions if m.type in ("Project", "Organization", "Initiative")]
        previous = ""
        for clause in _CLAUSE_RE.finditer(sentence.text):
            text = clause.group()
            segment_start = 0
            values = _values(text)
            paired = _respectively(text, values)
            for k, (start, end, value, unit) in enumerate(values):
                head = text[segment_start:start]
                segment_start = end
                if head.count("、") > 1 and not paired:
                    head = head.rsplit("、", 1)[1]  # …断头路、红军大桥建成通车、建成5座人行天桥: the last item
                absolute = clause.start() + start
                if any(s <= absolute < e for s, e in named):
                    continue  # 年产3.5万吨 inside a project's name is not a statistic
                measure_match = None
                for m in _MEASURE_RE.finditer(head):
                    measure_match = m
                indicator = clean_indicator(head[: measure_match.start()] if measure_match else head)
                if paired:
                    indicator, measure_match = paired[k]
                if unit in COUNT_UNITS or unit.endswith(tuple(COUNT_UNITS)):
                    noun = _counted_noun(text, end)
                    indicator = indicator + noun if noun and not indicator.endswith(noun) else indicator
                if not indicator and measure_match:
                    indicator = previous
                elif previous and indicator.startswith(("增幅", "增速", "占比", "同比")):
                    indicator = previous + indicator  # 工业投资 … ，增幅较去年同期提高
                if len(indicator) < 2 or len(indicator) > 30 or indicator.count("、") > 1:
                    continue
                measure = measure_match.group() if measure_match else ("总量" if unit in ("CNY", "USD") else None)
                if measure == "增长":
                    measure = "同比增长" if "同比" in head else "增长"
                subject, confidence = _subject(ctx, index, clause.start(), clause.start() + start, carried)
                if not subject:
                    continue
                previous = indicator
                evidence = ctx.evidence(index, "observation.clause", confidence * 0.9).as_dict()
                out.append({"subject": subject, "indicator": indicator, "measure": measure, "value": value,
                            "unit": unit, "period": period, "evidence": evidence})
    return out
