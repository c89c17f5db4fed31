"""Statistics as observations: subject, indicator, measure, value, unit, period.

A clause such as ``全市工业投资同比增长19.4%`` gives subject 新余市 (via 全市),
indicator 工业投资, measure 同比增长, value 19.4, unit %. Every value of a clause
is read (``全区42名领导…挂点联系园区160家企业`` gives two), each with the words
since the previous value as its indicator, plus the noun a count is of (``160家企业``).
A value with no indicator of its own (``比上年增收1.4亿元``, ``高于全国0.9个百分点``,
``与上年持平``) belongs to the indicator named before it in the sentence. The period comes
from the sentence (``1至6月``) or an earlier sentence of the same paragraph, read against
the article's year; ``全年`` is the article's year.

The parts live in ``stat_values`` (which values are statistics), ``stat_indicators``
(what is measured), ``stat_patterns`` (ratios, 分别 lists) and ``stat_subjects`` (whose).
"""

from __future__ import annotations

import re
from typing import Any

from kg.normalize import NUMBER_HINT
from kg.relate.context import ArticleContext, clause_start
from kg.relate.stat_alike import each_alike, steady_indicator
from kg.relate.stat_caps import no_statistic
from kg.relate.stat_causes import LEVEL_REACHED_RE, without_causative
from kg.relate.stat_changes import (
    CHANGE_TO_RE,
    CHANGED_TO_RE,
    FROM_BEFORE_RE,
    FROM_END_RE,
    FROM_TAIL_RE,
    changed_from,
    from_ends,
)
from kg.relate.stat_documents import document_year
from kg.relate.stat_events import taking_part
from kg.relate.stat_indicators import (
    BARE_TOTALS,
    clean_indicator,
    counted_noun,
    last_measure,
    money_noun,
    total_of,
    without_light_end,
)
from kg.relate.stat_indicators import without_own_name as _own_name_off
from kg.relate.stat_lists import GRADE_RE as _GRADE_RE
from kg.relate.stat_lists import finished_before, level_noun, listed_items, without_value_before
from kg.relate.stat_nouns import names_no_noun, names_quantity, opens_with_noun
from kg.relate.stat_patterns import STEADY_RE, ratio_parts, respectively
from kg.relate.stat_periods import plan_period, sentence_period
from kg.relate.stat_plans import plan_at, plan_ranges
from kg.relate.stat_publishers import nationwide, reported_country
from kg.relate.stat_subjects import SUBJECT_WAYS, clause_subject, first_body, opening_subject, resolve_word
from kg.relate.stat_values import Value, clause_values, is_count, milestone_passed, once_built
from kg.text.layouts import Layout

_CLAUSE_RE = re.compile(r"[^，；：。！？]+")
_PART_RE = re.compile(r"[^；。！？]+")
# A gloss of a quoted slogan: “双50”（城区人口50万、面积50平方公里）defines the slogan, it reports nothing.
_GLOSS_RE = re.compile(r"”（[^）]{1,200}）")
# Between a milestone passed and the value reached: 突破8000公里、达8184公里.
_REACHES_RE = re.compile(r"[、，]?(?:达到?|为)")
# the rest of a counted noun joined by a conjunction (33个国家和地区): it belongs to the count before
_ITEM_GOES_ON_RE = re.compile(r"[和与及][\u4e00-\u9fff]{1,3}的?")
# a counted noun of two joined by a conjunction (国家和地区, 民宿与农家乐)
_JOINED_NOUN_RE = re.compile(r"[\u4e00-\u9fff](?:和|与|及|以及)[\u4e00-\u9fff]")
# Between the ends of a range (5万至10万元, 2—3名), or before an end printed without its unit.
_RANGE_RE = re.compile(r"[至到~～—–-]")
_RANGE_START_RE = re.compile(r"[0-9.]+[万亿千百]?[至到~～—–-]$")
# 74.6%的规模工业增加值: a share of the noun after it.
_SHARE_RE = re.compile(r"的([\u4e00-\u9fff]{2,12}?)(?=[和、，。；]|$)")
# A period word before a change word with no indicator: in a report, the economy's growth.
_PERIOD_WORD_RE = re.compile(r"(?:[一二三四]季度|全年|上半年|下半年|前三季度)$")
# A comparison with a reference (高于全国0.9个百分点) is a statistic of the indicator named before it.
_COMPARISON_RE = re.compile(r"(?:高于|低于|快于|慢于|超过|超出|领先|落后于)(?:全国|全省|全市|全区|平均)")


# the words that set a goal rather than report a result (预期目标是…, 力争…); not 争取 or 确保,
# which also report what was obtained (争取资金) or secured
_TARGET_RE = re.compile(r"预期目标|主要目标|目标是|目标为|力争")


class _Sentence:
    """One sentence being read: its observations and the indicator named last (lists carry it)."""

    def __init__(self, ctx: ArticleContext, index: int, plan: bool = False, plan_year: int | None = None,
                 review_year: int | None = None) -> None:
        self.ctx, self.index = ctx, index
        self.text = ctx.units[index][0].text
        # 二、2025年工作安排: a plan's figures are targets of the year planned, not statistics of the year reviewed
        self.period = plan_period(ctx, index, plan_year) if plan else sentence_period(ctx, index)
        # a plan's figure, or one a sentence outside any review sets as a goal (力争全年增长6%), is a target
        self.target = plan or (review_year is None and bool(_TARGET_RE.search(self.text)))
        if review_year and self.period is None:
            self.period = str(review_year)
        self.previous, self.previous_unit, self.previous_change = "", "", False
        self.clause_indicators: list[list[str]] = []  # the indicators of each clause before, for 分别 after them
        self.named = [(m.start, m.end) for m in ctx.units[index][1]
                      if m.type in ("Project", "Organization", "Initiative")]
        self.named += [m.span() for m in _GLOSS_RE.finditer(self.text)]
        self.out: list[dict[str, Any]] = []

    def emit(self, subject: str | None, indicator: str, measure: str | None, value: float, unit: str,
             way: str) -> None:
        if not subject or len(indicator) < 2 or len(indicator) > 30 or indicator.count("、") > 1:
            return
        if not names_quantity(indicator, is_count(unit)):
            return  # 推进解决210个, 平均每天超过1起: a verb or an adverb left, no noun phrase measured
        if indicator in BARE_TOTALS:  # 新增装机1258万千瓦、总量达到6437万千瓦: the total of what was named
            indicator = total_of(self.previous, indicator)
        if not _COMPARISON_RE.search(indicator):  # 高于全国 is no indicator a later value could share
            self.previous, self.previous_unit = indicator.split("（")[0], unit
            self.previous_change = measure is not None and measure not in ("总量", "占比")
        subject, indicator = nationwide(self.ctx, self.index, subject, indicator, resolve_word)  # 全国法院
        subject, indicator = reported_country(self.ctx, subject, indicator, unit)  # 美联储|美国…增速
        rule = f"observation.{way}"  # measured per way of finding the subject (see SUBJECT_WAYS)
        evidence = self.ctx.evidence(self.index, rule, SUBJECT_WAYS[way]).as_dict()
        figure = {"subject": subject, "indicator": _own_name_off(indicator, subject, unit), "measure": measure,
                  "value": value, "unit": unit, "period": self.period, "evidence": evidence}
        self.out.append({**figure, "target": True} if self.target else figure)


def observations(ctx: ArticleContext) -> list[dict[str, Any]]:
    """The observations of an article's sentences, as facts-format dicts with their evidence; a
    figure a plan sets for a coming period (a target, which the GUIDE counts as an observation of
    that period) also has ``"target": True``.

    A sentence is read by ；-parts and clauses: the place or body opening a part is the subject of
    its clauses, a place opening a clause the subject of those after it.
    """
    out: list[dict[str, Any]] = []
    last_subject: str | None = None
    plans = plan_ranges(ctx.article, ctx.article.doc_year or document_year(ctx))
    report = ctx.article.layout == Layout.DOCUMENT.value
    for index in range(len(ctx.article.sentences)):
        if not _may_observe(ctx.units[index][0].text):
            last_subject = None  # a sentence with no figure and no 持平 reads nothing
            continue
        section = plan_at(plans, ctx.units[index][0].start)
        if section and section[2] is not None and section[2] < 0:
            reading = _Sentence(ctx, index, review_year=-section[2])  # 一、2024年工作回顾: its figures are of 2024
        else:
            reading = _Sentence(ctx, index, section is not None, section[2] if section else None)
        sentence_place: str | None = None  # a place opening the sentence goes on through its ；-parts
        for part in _PART_RE.finditer(reading.text):
            opening = opening_subject(ctx, index, part.start(), part.end())
            carried = opening[0] if opening else (_carried(ctx, index, last_subject) if part.start() == 0
                                                  else sentence_place)
            if part.start() == 0 and carried and ctx.type_of(carried) == "Place":
                sentence_place = carried
            reading.clause_indicators = []  # a 分别 list stays within its ；-part
            for clause in _CLAUSE_RE.finditer(reading.text, part.start(), part.end()):
                _read_clause(reading, clause.start(), clause.group(), carried)
                topic = opening_subject(ctx, index, clause.start(), clause.end())
                if topic and ctx.type_of(topic[0]) == "Place" and not (report and clause.start() > part.start()):
                    carried = topic[0]  # 今年，浙江将…，建设…100个: a place opening a clause is the topic after it
                    # (in a report, one opening a later clause is an example in the government's list: 甲县危房
                    # 得到加固，完成2万座… are the report's own deeds)
        out.extend(reading.out)
        last_subject = reading.out[-1]["subject"] if reading.out else None
    return out


def _may_observe(text: str) -> bool:
    """Whether a sentence or clause can give an observation: every value, ratio and 持平 of
    :func:`_read_clause` needs a digit, a numeral or a 持平 phrase (a cheap necessary condition).

    >>> _may_observe("全市经济稳中向好"), _may_observe("增长9.5%"), _may_observe("与上年持平")
    (False, True, True)
    """
    return bool(NUMBER_HINT.search(text) or STEADY_RE.search(text))


def _carried(ctx: ArticleContext, index: int, last_subject: str | None) -> str | None:
    """A sentence's subject when it does not open with one: ``工作室从…`` the body so named,
    ``其中，出口…`` the subject of the sentence before (the list goes on)."""
    if re.match(r"其中[，：:]?", ctx.units[index][0].text) and last_subject:
        return last_subject
    return first_body(ctx, index)


def _read_clause(reading: _Sentence, offset: int, text: str, carried: str | None) -> None:
    """The observations of one clause (``offset`` is where it starts in the sentence)."""
    ctx, index = reading.ctx, reading.index
    if not _may_observe(text):
        reading.clause_indicators.append([])  # a clause with no figure: a 分别 list after it starts anew
        return
    if once_built(reading.text, offset):
        return  # 某站建成投用后，预计年发送旅客3000万人次: a work's design, no statistic
    ratios = ratio_parts(text)
    for part in ratios:
        subject, way = clause_subject(ctx, index, offset, offset + part.start, carried)
        reading.emit(subject, part.label, "占比", part.value, "%", way)
    values = [v for v in clause_values(text) if not any(r.start <= v.start < r.end for r in ratios)]
    steady = steady_indicator(text, reading.previous) if not values and not ratios else ""
    if steady:
        subject, way = clause_subject(ctx, index, offset, offset + len(text), carried)
        reading.emit(subject, steady, "持平", 0, "%", way)  # 与上年持平 is a change of 0 %
        return
    paired = respectively(text, values, _subject_lead(reading, offset, text, values))
    alike = each_alike(text, values[0].start, _subject_lead(reading, offset, text, values)) if len(values) == 1 else None
    places, places_indicator = _distributed_places(reading, offset, text, paired)
    backward = _listed_before(reading.clause_indicators, len(values)) if re.match(r"(?:同比|环比|比上年)?分别", text) else None
    before = len(reading.out)
    segment_start, passed, changed = 0, "", ""
    for k, value in enumerate(values):
        head, passed = passed or text[segment_start:value.start], ""
        if k and segment_start > values[k - 1].end and _ITEM_GOES_ON_RE.fullmatch(head):
            head = ""  # 33个国家和地区|50多家机构: 和地区 ends the count before (水库3座和泵站12座 does not)
        segment_start = _after_counted_noun(text, values, k)
        if any(s <= offset + value.start < e for s, e in reading.named):
            continue  # 年产3.5万吨 inside a project's name, 50万 in a slogan's gloss: no statistic
        if _in_range(values, k, text):
            continue  # 5万至10万元: a range is no one value
        if no_statistic(reading.ctx, reading.index, offset, text, value.start, value.end):
            continue  # 造成3人死亡, 甲部等14个部门…, 每户最高可补贴3000元: an incident, a list's count, a cap
        if k + 1 < len(values) and values[k + 1].unit == value.unit \
                and _REACHES_RE.fullmatch(text[value.end:values[k + 1].start]):
            passed = head  # 突破8000公里、达8184公里: the milestone passed, then the value of the same indicator
            continue
        changes = k + 1 < len(values) and values[k + 1].unit == value.unit and bool(FROM_BEFORE_RE.search(head)) \
            and bool(CHANGED_TO_RE.fullmatch(text[value.end:values[k + 1].start]))
        indicator, measure = _indicator(reading, offset, text, head, value, paired[k] if paired else None)
        if changed:  # the level a change reached (增加到现在的10.5万人): a level of the noun before the old one
            indicator, measure, changed = changed, ("总量" if value.unit in ("CNY", "USD") else None), ""
        elif changes:  # the old level (网民规模从十年前的|5.6万人): the noun before 从/由, without the time it stood
            indicator = changed = FROM_TAIL_RE.sub("", indicator)
        if backward and not paired and len(backward) == len(values):
            indicator = backward[k]  # 货量15.46万标箱、货值283亿元，分别同比增长28%和22%
            if k and not measure and len(reading.out) > before:
                measure = reading.out[-1]["measure"]  # …分别同比增长28%和22%: the change word is shared
        if indicator:
            subject, way = clause_subject(ctx, index, offset, offset + value.start, carried)
            if places:
                subject, indicator = places[k], places_indicator
            if milestone_passed(reading.text, offset + value.start, offset + value.end):
                reading.previous = re.sub(r"(?:大关|关口)$", "", indicator)  # …突破100亿元，达到108亿元: the level
                continue
            for name in alike or [indicator]:  # 旅游人数和收入均增长20%: each item's
                reading.emit(subject, name, measure, value.value, value.unit, way)
    reading.clause_indicators.append([o["indicator"] for o in reading.out[before:]])


def _subject_lead(reading: _Sentence, offset: int, text: str, values: list[Value]) -> str:
    """The clause's own place or body opening the words before its first value (某县|摩托车产销量分别…)."""
    head = text[: values[0].start] if values and "分别" in text else ""
    return head[: len(head) - len(_without_subject(reading, offset, text, head, values[0]))].strip() if head else ""


def _listed_before(clauses: list[list[str]], count: int) -> list[str] | None:
    """The ``count`` indicators of the clauses just before a ``分别…`` clause, when the clauses give
    exactly that many (back to the part's start or a clause with no figure):
    ``游客1.2亿人次，收入900亿元，分别增长9%和7%`` → [游客, 收入]."""
    listed: list[str] = []
    for indicators in reversed(clauses):
        if not indicators:
            break  # 文旅市场升温，游客…，收入…，分别…: the list starts after a clause with no figure
        listed = indicators + listed
    return listed if len(listed) == count else None


def _after_counted_noun(text: str, values: list[Value], k: int) -> int:
    """Where the head of value k+1 starts: after value k, and after the noun it counts when a list
    of counts goes on (``新建50个社区食堂、20个养老中心``: 社区食堂 is no part of the next indicator)."""
    value = values[k]
    noun = counted_noun(text, value.end) if is_count(value.unit) and k + 1 < len(values) else ""
    if noun and (re.match(r"[、和及]", text[value.end + len(noun):]) or _JOINED_NOUN_RE.search(noun)):
        return value.end + len(noun)  # (33个国家和地区|30多家企业: a joined noun is the count's whole)
    return value.end


def _distributed_places(reading: _Sentence, offset: int, text: str,
                        paired: list | None) -> tuple[list[str], str]:
    """``三亚、海口入境游客分别增长28%和15%``: one place per value, the indicator after the last place."""
    if not paired:
        return [], ""
    ctx, index = reading.ctx, reading.index
    first = text.find(paired[0][0][:2])
    found = sorted((m for m in ctx.units[index][1] if m.type == "Place" and offset + max(first, 0) <= m.start
                    and m.end <= offset + text.find("分别")), key=lambda m: m.start)
    found = [m for m in found if not any(o.start == m.end for o in found)]  # 海南三亚: the most specific
    if any(ctx.units[index][0].text[m.start - 1:m.start] in "对与同向" for m in found if m.start):
        return [], ""  # 某省对甲国、乙国进出口分别…: partners of the clause's own place, not whose figures
    names = [ctx.name_of(index, m) for m in found]
    if first < 0 or len(found) != len(paired) or not all(names):
        return [], ""
    indicator = clean_indicator(ctx.units[index][0].text[found[-1].end:offset + text.find("分别")])
    return ([n for n in names if n], indicator) if len(indicator) >= 2 else ([], "")


def _in_range(values: list[Value], k: int, text: str) -> bool:
    """Whether value k is an end of a range (``5万至10万元``, ``3—5个``)."""
    if _RANGE_START_RE.search(text, 0, values[k].start):
        return True  # 5万至10万元: the first end has no unit of its own
    pairs = [(k, k + 1), (k - 1, k)]
    return any(0 <= a and b < len(values) and values[a].unit == values[b].unit
               and _RANGE_RE.fullmatch(text[values[a].end:values[b].start]) for a, b in pairs)


def _indicator(reading: _Sentence, offset: int, text: str, head: str, value: Value,
               paired: tuple[str, re.Match[str] | None] | None) -> tuple[str, str | None]:
    """What a value measures and its change word; ('', None) when the value is no statistic."""
    items = listed_items(head) if is_count(value.unit) and not paired \
        and opens_with_noun(_GRADE_RE.sub("", counted_noun(text, value.end))) else 0
    head = without_value_before(head)  # 游客人数达120万、增长|18%
    if (head.count("、") > 1 or finished_before(head)) and not paired and not items:
        head = head.rsplit("、", 1)[1]  # …断头路、红军大桥建成通车、建成5座人行天桥: the last item
    head = _without_subject(reading, offset, text, head, value)
    if items:
        head = head[: max(len(head) - items, 0)]  # 新增甲山、乙湖|2家|景区: the count names the listed items
    if _ORIGIN_RE.search(head) and is_count(value.unit):
        head = ""  # 吸引来自全球30多个国家…, 来自某地的20支队伍: a count of origins or of those from there
    measure_match = last_measure(head)
    indicator = clean_indicator(head[: measure_match.start()] if measure_match else head)
    if (measure_match or LEVEL_REACHED_RE.search(head)) and value.unit != "个百分点":  # (带动…增长2个百分点: a share of growth)
        indicator = without_causative(indicator)  # 让|车辆利用效率提升50%: what changes, not what makes it
    if paired:
        indicator, measure_match = paired
    if CHANGE_TO_RE.fullmatch(indicator):
        own = opening_subject(reading.ctx, reading.index, offset + clause_start(text, value.start), offset + value.start)
        after_own = own[2] - offset if own and own[2] > offset else None  # 某县企业由…: 某县 is whose, not what
        indicator = changed_from(text, value.start, after_own) or indicator  # 甲由3万家增至5万家: 甲 is measured
    elif (len(indicator) > 3 and CHANGE_TO_RE.search(indicator[-3:])) or from_ends(indicator):
        indicator = CHANGE_TO_RE.sub("", FROM_END_RE.sub("", indicator))  # 面积扩大到; 企业从原来(的2900家)
    noun = (level_noun(text, value.end) or counted_noun(text, value.end)) if is_count(value.unit) else \
        money_noun(text, value.end) if value.unit in ("CNY", "USD") else ""  # 安排2亿元|专项资金; 5个国家级、…
    if not noun and _PHYSICAL_UNIT_RE.search(value.unit) and (indicator or measure_match) \
            and not head.endswith("的") and names_no_noun(indicator):  # (比某年的|9亿千瓦: the value is the noun)
        after = counted_noun(text, value.end)  # 净增10万吨|竹材, 完成20公里|管网改造: what a measure is of
        noun = after if opens_with_noun(after) and not _RADIUS_RE.match(text, value.end) else ""
    if noun:
        indicator = without_light_end(indicator, counted=True)  # 52个在建项目中|13个项目
        if _PREPOSITION_END_RE.search(indicator):
            indicator = ""  # 教师在当地|17所学校, 村民对|20座牛棚: the count is the preposition's object
        indicator = indicator + noun if not indicator.endswith(noun) else indicator
        part = taking_part(text, value.end + len(noun)) if is_count(value.unit) else ""
        indicator = (noun if part in noun else part + noun) if part else indicator  # …2000多家企业参展: 参展企业
    else:
        indicator = without_light_end(indicator)  # 寄递业务量累计完成|733亿件: the noun phrase ends before 累计完成
    share = _SHARE_RE.match(text, value.end) if value.unit == "%" else None
    if share:  # 贡献了全省74.6%的规模工业增加值: a share of what follows
        indicator, measure_match = share.group(1), None
    if indicator and not indicator.startswith(_RATE_OF_PREVIOUS) and not names_quantity(indicator, is_count(value.unit)):
        indicator = ""  # 年均|增长6.3%: nothing named before the change, the indicator named before it
    previous = reading.previous
    if not indicator and measure_match and not previous and _PERIOD_WORD_RE.search(head[: measure_match.start()]):
        indicator = "经济"  # a report's 三季度增长4.6%, 全年增长4.8%: the economy's growth
    elif not indicator and (measure_match or value.unit in ("个百分点", reading.previous_unit)
                            or _LEVEL_AFTER_RE.fullmatch(head)):
        indicator = previous  # 比上年增收1.4亿元; 其中超10亿元的6户; 提升0.9个百分点、达62%: the one before
    elif previous and indicator.startswith(_RATE_OF_PREVIOUS):
        indicator = previous + indicator  # 工业投资 … ，增幅较去年同期提高
    comparison = _COMPARISON_RE.search(head)
    if previous and comparison and value.unit == "个百分点":
        # 增长5.4%、高于全国1.9个百分点 compares the growth; 比例89%、高于全国… the level itself
        indicator = previous + ("增速" if reading.previous_change else "") + head[comparison.start():].strip("，、 ")
    measure = measure_match.group() if measure_match else ("总量" if value.unit in ("CNY", "USD") else None)
    measure = "占比" if share else measure
    if measure == "增长":
        measure = "同比增长" if "同比" in head else "增长"
    return indicator, measure


# a preposition ending the words before a count whose noun follows it: the count is its object, the words
# before are the clause's doer (教师在当地|17所学校, 村民对|20多座老旧牛棚进行改造)
_PREPOSITION_END_RE = re.compile(r"(?<=[\u4e00-\u9fff])(?:对|在|向|给|跟|把|被)(?:当地|本地|全市|全县|全省)?$")
# a rate of the indicator named before (工业投资…，增幅较去年同期提高…)
_RATE_OF_PREVIOUS = ("增幅", "增速", "占比", "同比")
# units of a physical measure (weight, length, area, volume, power, containers): 10万吨|竹材 measures the
# noun after it; a count's classifier (艘, 辆, 场) has its own rule, a rate (%) measures no noun after it
_PHYSICAL_UNIT_RE = re.compile(r"吨|米|公里|公顷|瓦|斤|升|标箱|立方|克")
_RADIUS_RE = re.compile(r"以?内|之内|范围")  # 1公里内|化工企业, 周边1公里范围内: a radius, no measure of the noun
# the level a change reached, right after it: 城镇化率提升0.9个百分点、达62.1%
_LEVEL_AFTER_RE = re.compile(r"[、，]?(?:达到|达|至|为)")
# an origin right before a count (来自全球|30多个国家, 来自某地的|20支队伍): the count names what it counts
_ORIGIN_RE = re.compile(r"来自[^的，；]*的?$")
def _without_subject(reading: _Sentence, offset: int, text: str, head: str, value: Value) -> str:
    """The head after the clause's own place or body: ``资兴市4112户…`` measures 户, not 资兴市."""
    head_start = offset + value.start - len(head)
    opening = opening_subject(reading.ctx, reading.index, head_start, offset + value.start)
    if opening and opening[1] >= head_start:
        return head[opening[2] - head_start:]
    return head
