"""Programmes and industries: the actor of a sentence implements its initiatives and develops its industries.

``某县大力实施“清风行动”`` → 某县 implements 清风行动.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.lexicons import lexicon, lexicon_rows
from kg.link import central_bodies, national_body
from kg.relate.actors import sentence_actor
from kg.relate.bystanders import only_a_venue
from kg.relate.context import ArticleContext, clause_end, clause_start
from kg.relate.industry_names import names_industry
from kg.relate.registry import Triple, relation_rule
from kg.relate.topic_chain import chained_topic
from kg.relate.topic_titles import achieved_outcome, in_list_title, labels_figures, listed_as_works
from kg.text.layouts import Layout


@relation_rule("topic_links", produces=('implements', 'developsIndustry',))
def topic_links(ctx: ArticleContext) -> Iterator[Triple]:
    """Initiatives → implements, industries → developsIndustry, with the sentence's actor as head."""
    storms = storm_names(ctx)
    for index, m, name in ctx.named("Initiative", "Industry"):
        if is_clause_not_topic(name) or ctx.type_of(name) != m.type:
            continue  # 井冈山 in quotes, a brand, merged with 井冈山市: the place is no programme it runs
        actor, confidence = sentence_actor(ctx, index, m.start, nearest=m.type == "Industry", topic_of=chained_topic)
        if not actor:
            continue
        rel = "implements" if m.type == "Initiative" else "developsIndustry"
        if actor == ctx.subject and only_a_venue(ctx, actor):
            continue  # 习近平主席在某论坛北京峰会上宣布…: the summit's city announces nothing of its own
        if rel == "developsIndustry" and steers_the_nation(ctx, actor):
            continue  # 工业和信息化部印发规划，推进钢铁…: a ministry steers industries, it builds none up
        if rel == "implements" and ctx.article.layout == _DOCUMENT:
            actor = named_after(ctx, name) or actor  # 怀化东盟班列 in a province's report: 怀化市's
        if opposed(ctx.units[index][0].text, m.start):
            continue  # 坚决杜绝…面子工程: what a report fights is not what it runs
        if rel == "implements" and (name in _DOCTRINES or name in storms or name.endswith(_HONOURS)):
            continue  # 深刻领悟“两个确立”: the Party's doctrine, held; 台风“某某”: a storm; “七一勋章”: an honour
        if rel == "implements" and (name.endswith(_UPHELD) or names_a_day(name)):
            continue  # 弘扬红船精神: a spirit upheld; “11•21”特别重大火灾事故: the day names an incident
        if discussed(ctx.units[index][0].text, m.start, m.end):
            continue  # 围绕“某某”主题展开研讨, 围绕甲、乙等议题举办论坛: a discussion's theme or topics
        if rel == "implements" and (is_outcome(name) or labels_figures(ctx.units[index][0].text, m.end)
                                    or achieved_outcome(ctx.units[index][0].text, m.start, name)):
            continue  # “双下降”, 实现“两增一稳”, “三公两费”持续下降: figures that changed, no programme
        if rel == "implements" and listed_as_works(ctx.units[index][0].text, m.end):
            continue  # 加快建设某提升工程、某管道等项目: a work listed with works, no programme run
        if rel == "implements" and cited(ctx.units[index][0].text, m.start):
            continue  # 列入《世界遗产名录》, 依据《某条例》…给予处分: a list entered, rules a decision cites
        if rel == "implements" and modifies_a_head(ctx.units[index][0].text, m.end):
            continue  # “某工程”奖, 某倡议沿线国家: the programme names something else
        if rel == "developsIndustry" and not industry_context(ctx.units[index][0].text, m.start, m.end,
                                                              own_figures=own_figures(ctx, actor, confidence)):
            continue
        yield actor, rel, name, ctx.evidence(index, f"{rel}.sentence_actor", confidence)


def steers_the_nation(ctx: ArticleContext, actor: str) -> bool:
    """Whether ``actor`` is a government body of the nation (a ministry, 国务院, 中央政治局): its plans and
    notices steer industries; a central enterprise or a policy bank (中国石化, 国家开发银行) works in them."""
    entity = ctx.book.entities.get(actor)
    return entity is not None and entity.type == "Organization" and national_body(actor) \
        and (entity.kind == "government" or actor in central_bodies().values())


_OWN_PROGRAMME_LEVELS = ("prefecture", "county")


def named_after(ctx: ArticleContext, name: str) -> str | None:
    """The city or county of a report whose name opens a programme's name, as the dictionary cuts it
    (甲市's 甲市东盟班列, 甲市国家营商环境创新试点): a report lists its cities' own pilots by their name;
    None when the first word is longer than the place's name (甲湾 is a bay: 甲湾生态修复行动) or is part of
    the report's own place's name."""
    from kg.lexicon import words

    first = (words(name) or [""])[0]
    if first in (ctx.subject or ""):
        return None  # 龙江振兴 in 黑龙江省's report: the report's own place by a short name
    for place, entity in ctx.book.entities.items():
        if entity.type == "Place" and entity.attrs.get("level") in _OWN_PROGRAMME_LEVELS \
                and first in {place, *entity.aliases} and len(first) >= 2 and first != name \
                and first[0] not in _NUMERALS:
            return place  # not 两江四岸, 三水统筹: a count of rivers or waters, though 两江, 三水 name places
    return None


_NUMERALS = "一二两三四五六七八九十百千万"


# verbs of opposing (杜绝, 防止), of disowning (所谓“某某”, 鼓吹, 妄图) and of refusing or stopping (不搞, 不再,
# 取消, 停止): the topic after them is fought, condemned or not run (lexicon opposing_words)
_OPPOSE_RE = re.compile("|".join(sorted(lexicon("opposing_words"), key=len, reverse=True)))
_QUOTED_RE = re.compile(r"“[^“”]*”|《[^《》]*》")


def opposed(text: str, start: int) -> bool:
    """Whether the clause before ``start`` opposes, disowns or refuses what follows; words inside quotes
    (按照“五个严禁”“八个不得”要求) are a programme's name, not the clause's verb.

    >>> opposed("坚决杜绝劳民伤财的形象工程", 9), opposed("深入实施山林护绿行动", 4)
    (True, False)
    >>> opposed("大肆宣扬所谓“某某独立”", 7), opposed("妄图推动“某某国际化”", 5)
    (True, True)
    >>> opposed("坚持不搞“大水漫灌”", 4), opposed("落实“三个严禁”“五个不得”", 8)
    (True, False)
    """
    before = _QUOTED_RE.sub(lambda q: "·" * len(q.group()), text[clause_start(text, start):start])
    return bool(_OPPOSE_RE.search(before))


# formulas of the Party's doctrine (两个确立, 四个意识: lexicon party_doctrines), upheld, never run
_DOCTRINES = lexicon("party_doctrines")
# the last words of an honour's name (七一勋章, 某某功勋奖章: lexicon honour_words), awarded, never run
_HONOURS = tuple(sorted(lexicon("honour_words")))
# the last word of a spirit's name (红船精神: lexicon upheld_words), carried forward, never run
_UPHELD = tuple(sorted(lexicon("upheld_words")))
# a month and a day joined by a dot (“7•20”, “3·15”): the day names an incident, a disaster or a day kept
_DAY_NAME_RE = re.compile(r"(?:1[0-2]|[1-9])[•·.・．](?:3[01]|[12][0-9]|[1-9])")


def names_a_day(name: str) -> bool:
    """Whether a quoted name is a month and a day (“11•21”特别重大火灾事故, “7·20”特大暴雨), naming an
    incident or a day, not a programme.

    >>> names_a_day("11•21"), names_a_day("3·15"), names_a_day("1+9"), names_a_day("13•40"), names_a_day("5G")
    (True, True, False, False, False)
    """
    return _DAY_NAME_RE.fullmatch(name) is not None


# a tropical cyclone's grade before its name in quotes (台风“某某”, 强热带风暴“某某”: lexicon storm_words)
_STORM_RE = re.compile("(?:" + "|".join(sorted(lexicon("storm_words"), key=len, reverse=True)) + ")“([^“”]{1,8})”")


def storm_names(ctx: ArticleContext) -> frozenset[str]:
    """The names an article gives its storms (今年第5号台风“某某”), however often it names them again."""
    return frozenset(match.group(1) for sentence, _ in ctx.units for match in _STORM_RE.finditer(sentence.text))


# the topics of a discussion (…等议题, 话题) or its theme (“某某”主题展开研讨, 围绕“某某”协商议政, …作大会发言) closing the
# name's clause
_DISCUSSED_RE = re.compile(r"议题|话题|(?:主题|^[”》])[^，。；]{0,6}?(?:研讨|交流|讨论|对话|座谈|协商|发言|建言)")


def discussed(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start``–``end`` is a topic or the theme of a discussion in its clause: a theme
    word after it, or 围绕 before it and a word of discussing after it.

    >>> discussed("围绕“某某之路”主题展开研讨交流", 3, 7), discussed("围绕甲、乙等议题举办论坛", 2, 3)
    (True, True)
    >>> discussed("开展“某某”主题活动", 3, 5), discussed("发展甲产业，举办论坛讨论议题", 2, 3)
    (False, False)
    >>> discussed("围绕“推进某某”协商议政", 3, 7), discussed("开展“某某”交流活动", 3, 5)
    (True, False)
    >>> discussed("14位常委围绕“深化某某改革”作大会发言", 8, 14), discussed("实施“某某”行动，代表发言", 3, 5)
    (True, False)
    >>> discussed("常委围绕“深化某某改革，推进某某”作大会发言", 7, 11)
    True
    """
    if text.count("“", 0, start) > text.count("”", 0, start) and text.find("”", end) >= 0:
        end = text.find("”", end)  # a theme quoted whole, commas and all (围绕“甲，乙”作大会发言)
    rest = text[end:clause_end(text, end)]
    match = _DISCUSSED_RE.search(rest)
    if match is None:
        return False
    return not match.group().startswith(("”", "》")) or "围绕" in text[clause_start(text, start):start]


# a count of figures and the way they all changed (双下降, 三增长: the rise and fall words of stat_measures.tsv)
_OUTCOME_RE = re.compile("^[双两三四五六]+(?:" + "|".join(sorted(
    (r.entry for r in lexicon_rows("stat_measures") if r.extra["kind"] in ("rise", "fall") and not r.entry.startswith("同比")),
    key=len, reverse=True)) + ")$")


def is_outcome(name: str) -> bool:
    """Whether a quoted name labels figures that all changed one way (“双下降”), not a programme.

    >>> is_outcome("双下降"), is_outcome("三增长"), is_outcome("双减"), is_outcome("两新")
    (True, True, False, False)
    """
    return _OUTCOME_RE.match(name) is not None


# a verb entering a list or citing the rules a decision rests on, right before a name in 《》, and a verb of
# naming right before a name in quotes (简称“某某”, 被誉为“某某”) (lexicon citing_words)
_CITING_RE = re.compile("(?:" + "|".join(sorted((r.entry for r in lexicon_rows("citing_words") if r.extra["kind"] != "name"),
                                                key=len, reverse=True))
                        + ")(?:[^，。；《》]{0,4}《[^《》]{1,40}》[、和及]?)*[^，。；《》]{0,4}《$"
                        + "|(?:" + "|".join(r.entry for r in lexicon_rows("citing_words") if r.extra["kind"] == "name")
                        + ")[^，。；“”]{0,3}“$")


def cited(text: str, start: int) -> bool:
    """Whether the name in 《》 at ``start`` is a list something enters or the rules a decision cites, or the
    name in quotes a short name or a nickname (简称“某某”).

    >>> cited("西夏陵列入《世界遗产名录》", 6), cited("依据《某某条例》等有关规定", 3), cited("依据《甲条例》《乙法》", 8)
    (True, True, True)
    >>> cited("深入实施《某某行动方案》", 5), cited("列入计划，实施《某某方案》", 8), cited("某学院简称“甲乙”", 6)
    (False, False, True)
    """
    return _CITING_RE.search(text, max(0, start - 120), start) is not None


# the head may close a list of quoted names sharing it (“甲”“乙”等调研, “甲”、“乙”奖)
_MODIFIED_HEAD_RE = re.compile("[”’》]?(?:[、和及]?[“《][^“”《》]{1,30}[”》])*(?:"
                               + "|".join(sorted(lexicon("topic_modifier_heads"), key=len, reverse=True)) + ")(?![级召角]|建设)")  # 推进“某某”高铁网建设: the network built


def modifies_a_head(text: str, end: int) -> bool:
    """Whether the programme ending at ``end`` names the award, event or route-side after it.

    >>> modifies_a_head("荣获“清风工程”奖", 8), modifies_a_head("对某某倡议沿线国家出口", 5)
    (True, True)
    >>> modifies_a_head("深入实施“清风工程”，奖补资金到位", 8), modifies_a_head("推进“1+9”国家级平台建设", 6)
    (False, False)
    >>> modifies_a_head("开展“甲乙”“丙丁”等调研", 5), modifies_a_head("实施“甲乙”“丙丁”行动", 5)
    (True, False)
    >>> modifies_a_head("“雪鹰”号科考船", 3), modifies_a_head("响应“清风行动”号召", 7)
    (True, False)
    """
    return bool(_MODIFIED_HEAD_RE.match(text, end))


_FALSE_OPENER_RE = re.compile("^(?:" + "|".join(sorted(lexicon("topic_false_openers"), key=len, reverse=True)) + ")")


def is_clause_not_topic(name: str) -> bool:
    """A span opening with a verb or quantifier (集中资源培育一批战略, 建设绿电) is a clause, not a topic.

    >>> is_clause_not_topic("一系列重大战略"), is_clause_not_topic("建设绿电"), is_clause_not_topic("乡村振兴")
    (True, True, False)
    >>> is_clause_not_topic("一网通办"), is_clause_not_topic("有色金属")
    (False, False)
    """
    return bool(_FALSE_OPENER_RE.match(name))


# an industry is developed where its clause says so: an industry noun after it or a verb of developing before it
_INDUSTRY_NOUN_RE = re.compile(r"产业|行业|经济|集群|制造|企业|基地|园区|链|领域|板块")
_DEVELOP_VERB_RE = re.compile(r"发展|促进|培育|壮大|打造|做强|做大|做优|布局|引进|招引|聚焦|升级|延伸|抢占|构建|深耕|主营|生产|围绕|招商|种植|试种|推广|涵盖|涉及|覆盖")

# a list of goods and services closed by 消费 (家电、餐饮等热点消费) names what is bought
_CONSUMPTION_RE = re.compile(r"(?:、[^，。；、]{1,8})*(?:等|类)?[^，。；、]{0,4}消费(?!品|电子)")
# what removes an industry's firms from a place (清退, 关停, 淘汰: lexicon industry_exit_words)
_EXIT_RE = re.compile("|".join(sorted(lexicon("industry_exit_words"), key=len, reverse=True)))
# titles a place or firm is awarded for an industry (农业产业强镇, 工业大县, 旅游名县; 国家级农业龙头企业)
_PLACE_TITLE_RE = re.compile(r"(?:产业)?(?:强镇|强县|大县|名县|示范县)")
_LEADER_TITLE_RE = re.compile(r"(?:产业化)?龙头企业")
# what a place is described as after 作为 or 是 (作为数字经济大省，…; 甲村是蔬菜种植大村，…), closing its
# clause: the industry is the place's own (a title set as a goal, 打造农业强县, is not)
_DESCRIBED_AS_RE = re.compile(r"(?:作为|是)[^，。；：]{0,8}$")
_DESCRIBED_PLACE_RE = re.compile(r"(?:产业|种植|养殖|生产)?(?:大省|强省|大市|强市|大县|强县|大镇|强镇|大乡|大村|重镇|名城|名镇"
                                 r"|之乡|之都)(?:之一)?[，。；]")
_RANK_RE = re.compile(r"国家级|省级|市级|国家重点")
_APPLIED_RE = re.compile(r"(?:运用|应用|适用)于|销往|出口到")
# a fair's exhibits and halls (展品, 展区, 参展): what the exhibitors show, not what the host develops
_EXHIBIT_RE = re.compile(r"展品|展区|展馆|展览|参展|展出")


# what a report or bulletin measures of an industry it counts as its own (装备制造业增加值增长9%, 旅游业总收入…)
_OWN_MEASURE_RE = re.compile(r"[”’]?(?:业)?(?:增加值|产值|产量|营收|营业收入|总收入|占[^，。；]{0,12}比重)")
_DOCUMENT = Layout.DOCUMENT.value  # a report or a bulletin, one article


def own_figures(ctx: ArticleContext, actor: str, confidence: float) -> bool:
    """Whether the figures of an industry in a sentence are its actor's own: in a report or bulletin (its
    place's), or in the news when the sentence names the place (某县…，锂电增加值增长9%); a figure with
    no place named in the news is mostly the country's, published by an office or an association."""
    return ctx.article.layout == _DOCUMENT or confidence >= _NAMED_ACTOR and ctx.type_of(actor) == "Place"


_NAMED_ACTOR = 0.7  # the prior of an actor named in the sentence (kg.relate.actors.sentence_actor)


def industry_context(text: str, start: int, end: int, own_figures: bool = False) -> bool:
    """Whether the clause around an industry mention speaks of an industry being developed; with
    ``own_figures`` (a report's or bulletin's), a figure measured of it right after it does too.

    >>> industry_context("大力发展锂电、光伏等新兴产业。", 4, 6)
    True
    >>> industry_context("扩大科技副总、产业导师选聘范围。", 2, 6)
    False
    >>> industry_context("签约项目涉及光伏、锂电等领域。", 6, 8), industry_context("产品应用于光伏等领域。", 5, 7)
    (True, False)
    >>> industry_context("展品涵盖光伏、锂电等。", 4, 6), industry_context("设立光伏、锂电等主题展区。", 2, 4)
    (False, False)
    >>> industry_context("锂电产量增长9%。", 0, 2, own_figures=True), industry_context("锂电产量增长9%。", 0, 2)
    (True, False)
    >>> industry_context("旅游业总收入突破万亿元。", 0, 3, own_figures=True)
    True
    >>> industry_context("促进家电、餐饮等热点消费。", 2, 4), industry_context("促进家电、餐饮等产业发展。", 2, 4)
    (False, True)
    >>> industry_context("发展航空、消费电子等产业。", 2, 4)
    True
    >>> industry_context("新增农业产业强镇9个。", 2, 4), industry_context("新增国家级农业龙头企业16家。", 5, 7)
    (False, False)
    >>> industry_context("培育农业龙头企业。", 2, 4)
    True
    >>> industry_context("沿江化工企业全部清退。", 2, 4), industry_context("关停落后钢铁产能。", 4, 6)
    (False, False)
    >>> industry_context("作为数字经济大省，甲省推进某工程。", 2, 6), industry_context("锚定农业强省目标。", 2, 4)
    (True, False)
    >>> industry_context("甲村是全县有名的蔬菜种植大村，", 8, 10), industry_context("锚定蔬菜种植大村目标，", 2, 4)
    (True, False)
    """
    begin = clause_start(text, start)
    if in_list_title(text, start, end):
        return False  # 甲集群入选国家先进制造业集群: the title of a list entered, no industry built up
    if _APPLIED_RE.search(text[begin:start]):
        return False  # 产品运用于电脑、光伏等领域: where a product is used, not an industry developed
    after = text[end:clause_end(text, end)]
    if _EXHIBIT_RE.search(text[begin:start]) or _EXHIBIT_RE.search(after):
        return False  # 展品涵盖光伏、锂电等, 设立锂电等主题展区: a fair's exhibits, not the host's industries
    if _CONSUMPTION_RE.match(after):
        return False  # 促进家电、餐饮等热点消费: what people buy, not an industry built up
    if _EXIT_RE.search(text, begin, start) or _EXIT_RE.search(after):
        return False  # 化工企业全部清退、搬离, 关停小煤矿: an industry's firms removed, none built up
    if _DESCRIBED_AS_RE.search(text, begin, start) and _DESCRIBED_PLACE_RE.match(text, end):
        return True  # 作为数字经济大省，甲省…; 甲村是蔬菜种植大村，…: the place is one, it works in that industry
    if _PLACE_TITLE_RE.match(after) or _RANK_RE.search(text, begin, start) and _LEADER_TITLE_RE.match(after):
        return False  # 农业产业强镇9个, 培育农业强县, 国家级农业龙头企业16家: titles awarded, no industry built up
    nouns = [m for m in _INDUSTRY_NOUN_RE.finditer(after) if after[m.start() - 1:m.start()] != "、"]
    return bool(nouns or _DEVELOP_VERB_RE.search(text[begin:start])
                or own_figures and _OWN_MEASURE_RE.match(text, end))


@relation_rule("industry_in_name", produces=('developsIndustry',))
def industry_in_name(ctx: ArticleContext) -> Iterator[Triple]:
    """A company whose name carries an industry of the article (春鹏锂电 → 锂电)."""
    industries = [n for n, e in ctx.book.entities.items() if e.type == "Industry"]
    for index, m, name in ctx.named("Organization"):
        for industry in industries:
            if industry in name and m.kind == "company" and names_industry(name, industry):
                yield name, "developsIndustry", industry, ctx.evidence(index, "developsIndustry.name", 0.7)
    companies = [n for n, e in ctx.book.entities.items() if e.type == "Organization" and e.kind == "company"]
    for index, _, name in ctx.named("Project"):
        for owner, industry in owned_industries(name, companies, industries):
            yield owner, "developsIndustry", industry, ctx.evidence(index, "developsIndustry.project_name", 0.7)


def owned_industries(project: str, companies: list[str], industries: list[str]) -> list[tuple[str, str]]:
    """(owner, industry) of a project named after its company and the industry it builds (某地吉利新能源汽车
    项目 → 吉利, 新能源汽车): the longest industry right after the owner's name, not one inside it (新能源).

    >>> owned_industries("湘潭吉利新能源汽车项目", ["吉利"], ["新能源", "新能源汽车"])
    [('吉利', '新能源汽车')]
    >>> owned_industries("新能源汽车产业园项目", ["吉利"], ["新能源汽车"]), owned_industries("甲渠二期农业灌溉工程", ["甲渠"], ["农业"])
    ([], [])
    """
    found = []
    for owner in (c for c in companies if c in project):
        rest = project[project.find(owner) + len(owner):]
        named = [i for i in industries if rest.startswith(i)]  # not 引洮|二期配套农业灌溉工程: a work's use
        found += [(owner, i) for i in named if not any(i != j and i in j for j in named)]
    return found


@relation_rule("industry_leaders", produces=('developsIndustry',))
def industry_leaders(ctx: ArticleContext) -> Iterator[Triple]:
    """``以大族、绿荫为代表的头部企业，带动形成…高端装备制造产业链`` → each leader develops that industry."""
    for index, (sentence, mentions) in enumerate(ctx.units):
        match = re.search(r"以(.{2,40}?)为代表的", sentence.text)
        if not match:
            continue
        leaders = [m for m in mentions if m.type == "Organization" and match.start(1) <= m.start and m.end <= match.end(1)]
        industries = [m for m in mentions if m.type == "Industry" and m.start >= match.end()]
        for leader in leaders:
            for industry in industries:
                head, tail = ctx.name_of(index, leader), ctx.name_of(index, industry)
                if head and tail:
                    yield head, "developsIndustry", tail, ctx.evidence(index, "developsIndustry.leaders", 0.7)
