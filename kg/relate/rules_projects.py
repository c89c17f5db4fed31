"""Projects: who launches and invests in them, the total investment, the status.

``新建年产5万吨的某某项目开工`` → the project hasStatus 开工; ``总投资3亿元的某某项目`` → totalInvestment 3亿元.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.lexicon_data import STATUSES
from kg.lexicons import lexicon, lexicon_rows
from kg.relate.context import ArticleContext, clause_end, clause_start
from kg.relate.programme_works import pushed_programme
from kg.relate.registry import Triple, relation_rule
from kg.relate.rules_people import last_company
from kg.relate.stat_documents import document_year
from kg.relate.stat_plans import plan_at, plan_ranges
from kg.relate.status_words import (
    _COMPLETION,
    _FORECAST_RE,
    _STATUS_RE,
    STATUS_WORDS,
    _aimed_at,
    forecast_completion,
    not_yet_after,
    status_in,
)
from kg.text.layouts import Layout
from kg.types import Mention

# 施工结束, 建设完毕: the work that was going on has ended, it is no longer being built
_ENDED_RE = re.compile(r"(?:全部|全面|顺利|基本)?(?:结束|完毕|完成)")
_ONGOING_RE = re.compile(r"加快推进|加速推进|加快建设|正在施工|正在建设|施工|在建|续建|推进|建设现场|建设工地")


@relation_rule("project_links", produces=('launches', 'investsIn', 'totalInvestment', 'hasStatus',))
def project_links(ctx: ArticleContext) -> Iterator[Triple]:
    """launches / investsIn / totalInvestment / hasStatus around each project mention."""
    plans = [r for r in plan_ranges(ctx.article, ctx.article.doc_year or document_year(ctx)) if not (r[2] or 0) < 0]
    for index, project, name in ctx.named("Project"):
        sentence, mentions = ctx.units[index]
        if is_generic_project(name) or counted_set(sentence.text, project):
            continue  # 8条高速公路, 16家高水平医院, 重点项目101个: no particular project
        if pushed_programme(sentence.text, project.start, project.end, name):
            continue  # 持续推进人才强县工程, 某某工程走深走实: a programme pushed forward, no work built
        if not is_programme(sentence.text[max(0, project.start - 6):project.start], name):
            yield from _launcher(ctx, index, project, name)
        # a company opening the name owns the work; a hospital's new building (人民医院新大楼) or an
        # airport's expansion names the site, the owner is not said
        owners = [m for m in mentions if m.type == "Organization" and _owner_in_name(mentions, project, m)]
        for builder, builder_name in _builders(ctx, index, project):
            if builder.kind == "company":
                yield builder_name, "investsIn", name, ctx.evidence(index, "investsIn.builder", 0.7)
        for owner in _owner_by_agent(sentence.text, mentions, project):
            owner_name = ctx.name_of(index, owner)
            if owner_name:
                yield owner_name, "investsIn", name, ctx.evidence(index, "investsIn.agent", 0.7)
        company = _company_referred(ctx, index, project)
        if company is not None and not owners:
            yield company, "investsIn", name, ctx.evidence(index, "investsIn.company_anaphor", 0.6)
        for owner in owners:
            owner_name = ctx.name_of(index, owner)
            entity = ctx.book.entities.get(owner_name or "")
            if owner_name and entity and entity.type == "Organization" and entity.kind == "company":
                yield owner_name, "investsIn", name, ctx.evidence(index, "investsIn.name_prefix", 0.8)
        yield from _investment(ctx, index, project, name, mentions)
        if plan_at(plans, sentence.start) is None and not made_into(sentence.text, project):
            # 二、2025年工作安排: what a plan says will be, not what is; 把甲灌区建成…粮仓: what it is made into
            yield from _status(ctx, index, project, name, mentions)


# 实施某某工程 is a programme carried out, not a work launched (unless the name says what is built);
# 实施某某项目 stays a project
_PROGRAMME_VERB_RE = re.compile(r"(?:实施|开展|深入实施|启动实施|推进实施|组织实施)$")
_BUILT_RE = re.compile(r"铁路|高铁|公路|高速|机场|大桥|水库|枢纽|电站|港|厂|基地|园|中心|线")


def is_programme(before: str, name: str) -> bool:
    """``实施医疗卫生强基工程``: a 工程 carried out (实施, 开展) that names nothing built.

    >>> is_programme("深入实施", "医疗卫生强基工程"), is_programme("实施", "青石水库扩容工程")
    (True, False)
    >>> is_programme("加快建设", "农业良种工程"), is_programme("实施", "青石新材料项目")
    (False, False)
    """
    return bool(_PROGRAMME_VERB_RE.search(before)) and name.endswith("工程") and not _BUILT_RE.search(name)


# 该公司, 这家老牌石化企业: the company the article named last; its projects are its own
_COMPANY_ANAPHOR_RE = re.compile(r"(?:该|这家|此家)[\u4e00-\u9fff]{0,6}?(?:企业|公司|集团)")


def _company_referred(ctx: ArticleContext, index: int, project: Mention) -> str | None:
    """The company a company anaphor before the project in its sentence stands for (no body named
    between them): ``这家企业…某某项目今年底将建成`` → the last company named."""
    text, mentions = ctx.units[index][0].text, ctx.units[index][1]
    anaphors = list(_COMPANY_ANAPHOR_RE.finditer(text, 0, project.start))
    anaphor = anaphors[-1] if anaphors else None
    if anaphor is None or any(m.type == "Organization" and anaphor.end() <= m.start < project.start for m in mentions):
        return None
    return last_company(ctx, index, before=anaphor.start())


_ROUTE_WORK_RE = re.compile(r"(?:高速铁路|城际铁路|高速公路|高铁|铁路|高速|公路|城际)(?:项目)?")


def _owner_in_name(mentions: list[Mention], project: Mention, org: Mention) -> bool:
    """The body opens the project's name, or follows only the places that open it (某市某某公司…新产线)."""
    if not (project.start <= org.start and org.end < project.end) or org.text.startswith(("年产", "新建", "总投资")):
        return False
    if "至" in org.text or _ROUTE_WORK_RE.fullmatch(project.text, org.end - project.start):
        return False  # 合肥至武汉|高铁, 成渝中线|高铁: a line named by its route, no company owns it by name
    at = project.start
    for place in sorted((m for m in mentions if m.type == "Place" and project.start <= m.start < org.start),
                        key=lambda m: m.start):
        if place.start != at:
            return False
        at = place.end
    return at == org.start


# 某项目由某公司投资建设: the agent after 由 invests; 由某公司承建/施工 names a contractor, not an owner
_AGENT_RE = re.compile(r"^(?:是|系|将|已)?由$")
_OWNER_VERB_RE = re.compile(r"^(?:独资|控股|全资|出资|投资|牵头)")


def _owner_by_agent(text: str, mentions: list[Mention], project: Mention) -> list[Mention]:
    """``青石大桥项目由江西某某有限公司投资建设`` → that company (the passive agent of investing)."""
    after = sorted((m for m in mentions if m.type == "Organization" and m.start >= project.end), key=lambda m: m.start)
    if after and _AGENT_RE.match(text[project.end:after[0].start]) and _OWNER_VERB_RE.match(text[after[0].end:]):
        return after[:1]
    return []


# expressways and railways are planned by the province or the state (公路法, 铁路法): a county or a city
# whose paper reports one opening does not launch it
_NETWORK_WORK_RE = re.compile(r"高速|高铁|铁路|城际")


def _launcher(ctx: ArticleContext, index: int, project: Mention, name: str) -> Iterator[Triple]:
    """The article's own place launches its projects (a named actor in the sentence was measured worse);
    a broadcaster's news items report on a place's works without it being their launcher, only a body
    named as the one that builds (某集团在某地开工建设某电站) launches there."""
    if ctx.article.layout == Layout.NEWS_ITEMS.value:
        yield from _named_builder(ctx, index, project, name)
        return
    subject = ctx.subject
    if not subject or ctx.type_of(subject) != "Place":
        return
    if _NETWORK_WORK_RE.search(name) and ctx.level_of(subject) not in ("province", "country"):
        return
    if made_into(ctx.units[index][0].text, project):
        return
    yield subject, "launches", name, ctx.evidence(index, "launches.article_subject", 0.6)


# 把 + a work + a verb of making into (建成, 打造成) + what it becomes, or + a measure of it (计量率, 水平):
# the work exists and is turned into something, no work launched
_MADE_INTO_RE = re.compile(r"(?:建成|建设成|打造成|打造为|建设为)(?!投产|通车|运营|使用|$|[，。；])|[\u4e00-\u9fff]{0,4}?(?:率|水平)")


def made_into(text: str, project: Mention) -> bool:
    """``把甲灌区建成塞外粮仓``, ``把甲工程计量率提上来``: the work after 把 is turned into something else.

    >>> made_into("把甲灌区建成现代粮仓", Mention(1, 4, "甲灌区", "Project"))
    True
    >>> made_into("把甲大桥建成通车", Mention(1, 4, "甲大桥", "Project")), made_into("把甲大桥建设好", Mention(1, 4, "甲大桥", "Project"))
    (False, False)
    """
    return text[project.start - 1:project.start] == "把" and bool(_MADE_INTO_RE.match(text, project.end))


# the verb of building between a body and its project, or a clause naming the builder (某集团投资建设的某项目)
_BUILDS_RE = re.compile(r"(?:在[^，。；]{0,12}?)?(?:分别|正式|全面|共同)?(?:(?:投资|出资)(?:约|超|近)?(?:[0-9.]+[万亿]*元)?)?"
                        r"(?:分别|正式|全面)?(?:开工建设|启动建设|投资建设|开工|建设|兴建|新建|投建)(?:的)?")


def _builders(ctx: ArticleContext, index: int, project: Mention) -> Iterator[tuple[Mention, str]]:
    """The bodies that build the project in its clause: ``某集团在甲地投资5亿元建设乙项目`` → 某集团."""
    text, mentions = ctx.units[index][0].text, ctx.units[index][1]
    start = list_start(text, mentions, project)
    begin = clause_start(text, start)
    # a site of kind other (an airport in service: 在某机场建设工地) is where work goes on, no builder
    for body in (m for m in mentions if m.type == "Organization" and m.kind != "other" and begin <= m.start):
        if body.end <= start and _BUILDS_RE.fullmatch(text, body.end, start):
            name = ctx.name_of(index, body)
            if name:
                yield body, name


_LIST_JOINERS = ("、", "和", "及", "以及", "与")
_ITEM_JOINERS = ("、", "和", "及")


def list_start(text: str, mentions: list[Mention], project: Mention) -> int:
    """Where the list of projects that ``project`` closes begins (``建设甲站、乙站`` → 甲站's start,
    also when the items share their head: ``建设甲、乙两座电站``); the project's own start when it
    stands alone.

    >>> a, b = Mention(2, 4, "甲站", "Project"), Mention(5, 7, "乙站", "Project")
    >>> list_start("建设甲站、乙站", [a, b], b), list_start("建设甲站、乙站", [a, b], a)
    (2, 2)
    >>> a, b = Mention(2, 9, "甲电站", "Project"), Mention(4, 9, "乙电站", "Project")
    >>> list_start("建设甲、乙两座电站", [a, b], b)
    2
    """
    start = project.start
    while True:
        before = [m for m in mentions if m.type == "Project" and m.start < start and (
            m.end <= start and text[m.end:start] in _LIST_JOINERS
            or start < m.end and text[start - 1:start] in _LIST_JOINERS)]
        if not before:
            return start
        start = min(m.start for m in before)


def _named_builder(ctx: ArticleContext, index: int, project: Mention, name: str) -> Iterator[Triple]:
    """``某集团在甲地开工建设乙电站`` → 某集团 launches 乙电站 (the body acting in the project's clause)."""
    for _, body_name in _builders(ctx, index, project):
        yield body_name, "launches", name, ctx.evidence(index, "launches.named_builder", 0.7)


# a counted or merely qualified 项目/工程 (3个项目, 重大项目, 民生工程) names no particular project
_GENERIC_PROJECT_RE = re.compile(
    r"^(?:[一二三四五六七八九十百千几多两]+)(?:个|条|项|批|大|座|家)|(?<![\d.×万])\d+(?:个|条|项|批|大|座|家)|^(?:"
    + "|".join(sorted(lexicon("generic_project_words"), key=len, reverse=True)) + r")+(?:项目|工程)$")


def is_generic_project(name: str) -> bool:
    """``139个投资项目``, ``重大水利工程`` and the like are no particular project.

    >>> is_generic_project("8条高速公路"), is_generic_project("重点民生工程"), is_generic_project("青石大桥项目")
    (True, True, False)
    >>> is_generic_project("某省139个投资项目"), is_generic_project("年产150万吨芳烃项目")
    (True, False)
    >>> is_generic_project("高速公路"), is_generic_project("青石高速公路"), is_generic_project("中医院")
    (True, False, False)
    """
    return bool(_GENERIC_PROJECT_RE.search(name)) or name in _WORK_HEADS


# a count right after a work's name (重点建设项目101个, 新开工水库3座): the name heads a set it counts
_COUNT_AFTER_RE = re.compile(r"(?:共|达|超|近)?[0-9一二三四五六七八九十百千两]+(?:余|多)?(?:个|项|批|座|条|家|处)(?!月|小时)")


def counted_set(text: str, project: Mention) -> bool:
    """The project's name is followed by how many there are: a set of works, no particular one.

    >>> counted_set("全县谋划重点项目12个，总投资30亿元", Mention(4, 8, "重点项目", "Project"))
    True
    >>> counted_set("青石大桥项目12月开工", Mention(0, 6, "青石大桥项目", "Project"))
    False
    >>> counted_set("青石大桥项目3个月建成", Mention(0, 6, "青石大桥项目", "Project"))
    False
    """
    return bool(_COUNT_AFTER_RE.match(text, project.end))


# a bare head of a work (高速公路, 水库) without the proper name before it is no particular work
_WORK_HEADS = frozenset(row.entry for row in lexicon_rows("facilities") if row.extra.get("kind") == "work")


def _investment(ctx: ArticleContext, index: int, project: Mention, name: str, mentions: list[Mention]) -> Iterator[Triple]:
    text = ctx.units[index][0].text
    for money in (m for m in mentions if m.type == "Money"):
        between = text[money.end:project.start]
        if money.end <= project.start and between == "的" and "投资" in text[max(0, money.start - 4):money.start]:
            yield name, "totalInvestment", money.text, ctx.evidence(index, "totalInvestment.apposition", 0.9)
        elif project.end <= money.start and "总投资" in text[project.end:money.start] \
                and "，" not in text[project.end:money.start - 3] and text[money.end:money.end + 1] != "的" \
                and not any(m.type == "Project" and project.end <= m.start < money.start for m in mentions):
            yield name, "totalInvestment", money.text, ctx.evidence(index, "totalInvestment.following", 0.7)


# a status verb whose object is the project (开工建设甲站, 新开工甲、乙两条高铁), with its adverbs
_STATUS_BEFORE_RE = re.compile(
    r"(?:新|正式|全面|分别|集中|相继|先后|顺利)*(" + _STATUS_RE.pattern + r")了?$")


def _status_before(text: str, mentions: list[Mention], project: Mention) -> str | None:
    """The status word right before the project or the list it belongs to, in the same clause, not
    forecast: ``今天开工建设甲站`` → 开工建设; ``计划开工建设甲站`` → ``""`` (a forecast); None without one.

    >>> p, q = Mention(10, 12, "甲站", "Project"), Mention(11, 13, "甲站", "Project")
    >>> _status_before("今天上午正式开工建设甲站", [p], p), _status_before("明年上半年计划开工建设甲站", [q], q)
    ('开工建设', '')
    """
    start = list_start(text, mentions, project)
    match = _STATUS_BEFORE_RE.search(text, clause_start(text, start), start)
    if match is None:
        return None
    return "" if _FORECAST_RE.search(text, 0, match.start()) else match.group(1)  # 明年力争…，建成乙站


def _opens_clause(text: str, project: Mention) -> bool:
    """Nothing but an attribute (…之一的) stands before the project in its clause: it is the topic.

    >>> _opens_clause("今天，甲站", Mention(3, 5, "甲站", "Project")), _opens_clause("建成甲站", Mention(2, 4, "甲站", "Project"))
    (True, False)
    >>> _opens_clause("乙工程开工，是最长的甲站", Mention(10, 12, "甲站", "Project"))  # a predicate, not the topic
    False
    """
    before = text[clause_start(text, project.start):project.start]
    return not before or before.endswith("的") and not before.startswith(("是", "为", "系", "成为"))


def _comment_clause(text: str, mentions: list[Mention], start: int) -> str:
    """The clause from ``start`` when it names nothing of its own (a comment on the topic before it),
    else the empty string.

    >>> _comment_clause("甲站，今天开始建设。", [], 3), _comment_clause("甲站，乙县开始建设。", [Mention(3, 5, "乙县", "Place")], 3)
    ('今天开始建设', '')
    """
    end = clause_end(text, start)
    if any(start <= m.start < end and m.type in ("Project", "Organization", "Place", "Person") for m in mentions):
        return ""
    return text[start:end]


# 某工程(今天)正式启动 with nothing after the verb: the work starts (启动建设 → 开工, GUIDE); 启动 + an
# object (启动试验, 启动泄洪) is something else begun
_STARTED_RE = re.compile(r"(?:今天|今日|日前|近日|当天|上午|下午|正式|全面|顺利|宣布)*启动")
# a section of a work named by its place (天津段, 北段) before the status word
_SECTION_RE = re.compile(r"[\u4e00-\u9fff]{0,6}?(?<!阶|手|地)段(?!落)")


def _status(ctx: ArticleContext, index: int, project: Mention, name: str, mentions: list[Mention]) -> Iterator[Triple]:
    text = ctx.units[index][0].text
    verb = _status_before(text, mentions, project)
    if verb:
        for status in STATUS_WORDS[verb]:
            if status in STATUSES:
                yield name, "hasStatus", status, ctx.evidence(index, "hasStatus.verb_before", 0.75)
    if verb is not None:
        return  # the object of a status verb, forecast (力争开工甲站) or not, has no other status here
    following = [m.start for m in mentions if m.type == "Project" and m.start > project.end]
    stop = min([len(text)] + following)
    clause_end = min([i for i in (text.find("，", project.end), text.find("；", project.end)) if i >= 0] + [stop])
    # a list "A、B、C等一批重点项目顺利开工": the status closes the whole list
    listed = sorted((m for m in mentions if m.type == "Project" and m.start > project.end), key=lambda m: m.start)
    if text[project.end:project.end + 1] == "、" or listed and text[project.end:listed[0].start] in _ITEM_JOINERS:
        # 甲、乙和丙…建成: the middle item too
        end = project.end
        for item in listed:
            if text[end:item.start] not in _ITEM_JOINERS:
                break
            end = item.end
        clause_end = min([i for i in (text.find("，", end), text.find("；", end)) if i >= 0] + [len(text)])
        window = text[end:clause_end]
    else:
        window = text[project.end:clause_end]
    rule = "hasStatus.following_clause"
    if not window and text[clause_end:clause_end + 1] == "，" and _opens_clause(text, project):
        window = _comment_clause(text, mentions, clause_end + 1)  # 甲站，今天开始建设: the topic's status
        rule = "hasStatus.topic_comment"
    if _SECTION_RE.match(text, project.end):
        return  # 某高速天津段今开工: the status of a section, not of the whole work
    match = status_in(window)
    if match and _aimed_at(text, list_start(text, mentions, project)):
        if set(STATUS_WORDS[match.group()]) <= _COMPLETION | {"在建"}:  # 为某高速年内通车全力推进: being built
            yield name, "hasStatus", "在建", ctx.evidence(index, "hasStatus.forecast_completion", 0.6)
        return  # 确保某项目年内开工: not yet
    if match and (_FORECAST_RE.search(window[:match.start()]) or not_yet_after(window, match.end())):
        if forecast_completion(window[:match.start()], match.group()):
            yield name, "hasStatus", "在建", ctx.evidence(index, "hasStatus.forecast_completion", 0.6)
        return  # 预计年底投产, 建成后将…: not yet
    if not match and _STARTED_RE.fullmatch(window.rstrip("。！")):
        yield name, "hasStatus", "开工", ctx.evidence(index, "hasStatus.started", 0.7)
        return
    if not match:
        ongoing = _ONGOING_RE.search(window)
        if ongoing and not _FORECAST_RE.search(window[:ongoing.start()]) and not _ENDED_RE.match(window, ongoing.end()):
            yield name, "hasStatus", "在建", ctx.evidence(index, "hasStatus.ongoing_work", 0.6)
        return
    for status in STATUS_WORDS[match.group()]:
        if status in STATUSES:
            yield name, "hasStatus", status, ctx.evidence(index, rule, 0.75)
