"""Where works are: a linear work in every place it runs between, a work where it is built.

``甲至乙高速公路`` → locatedIn 甲 and 乙; ``连接甲和乙的某高铁`` → 甲, 乙; ``某工程在甲县开工`` → 甲县;
``某高速天津段`` → 天津市; the next sentence ``线路贯穿甲区、乙区`` → 甲区, 乙区.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.relate.context import ArticleContext, clause_end
from kg.relate.registry import Triple, relation_rule
from kg.relate.rules_project_items import PROJECT_WORD
from kg.relate.rules_projects import is_generic_project
from kg.types import Mention

# heads of linear works (GUIDE "Projects": a railway or highway lies in every place it runs between)
_LINEAR_HEAD = re.compile(r"(?:铁路|高铁|城际|高速公路|高速|公路|国道|轨道交通|管道|运河|航道|输电线路|特高压)")
_BETWEEN = ("至", "到", "—", "-", "－", "～", "和", "与")
_CONNECTS_RE = re.compile(r"连接|连通|贯通|贯穿|串联|途经|经过|横跨|穿越")
# a bridge, tunnel or station named after its line (甲乙高速青山特大桥) is a structure at one site
_STRUCTURE_END_RE = re.compile(r"(?:桥|隧道|枢纽|站|互通|服务区)$")
# 在 right after the work or a part of it (某大桥最大承台在甲地…)
_WORKS_IN_RE = re.compile(r"^(?:[\u4e00-\u9fff]{1,6}?)?(?:正式|顺利|成功)?在$")
_WORK_VERB_RE = re.compile(r"^(?:正式|顺利|成功|全面)?(?:开工|动工|启动|建设|开建|落地|投产|建成|浇筑|合龙|封顶|铺轨|架设|施工)")


@relation_rule("works_in_places", produces=("locatedIn",))
def works_in_places(ctx: ArticleContext) -> Iterator[Triple]:
    """``甲至乙高速公路`` / ``新建铁路连接甲和乙`` → the work locatedIn 甲 and 乙; ``某工程在甲乙开工`` → 甲, 乙."""
    for index, project, name in ctx.named("Project"):
        text, mentions = ctx.units[index][0].text, ctx.units[index][1]
        places = sorted((m for m in mentions if m.type == "Place"
                         and ctx.level_of(ctx.name_of(index, m) or "") not in (None, "unresolved")), key=lambda m: m.start)
        if is_linear(name):
            runs = _run_ending_at(text, places, project) + _connected(text, places, project)
            for place in runs + _connecting_before(text, places, project):
                place_name = ctx.name_of(index, place)
                if place_name and place_name != name:
                    yield name, "locatedIn", place_name, ctx.evidence(index, "locatedIn.linear_work", 0.7)
        for place in _works_at(text, places, project) + _section_at(text, places, project):
            place_name = ctx.name_of(index, place)
            if place_name:
                yield name, "locatedIn", place_name, ctx.evidence(index, "locatedIn.works_at", 0.7)
        for place in sites_before(text, mentions, project):
            place_name = ctx.name_of(index, place)
            if place_name and ctx.level_of(place_name) not in (None, "unresolved", "country"):
                yield name, "locatedIn", place_name, ctx.evidence(index, "locatedIn.built_at", 0.7)


def outermost(places: list[Mention]) -> list[Mention]:
    """The places in text order, without those inside a longer place (上海|临港新片区 → 上海临港新片区).

    >>> [m.text for m in outermost([Mention(0, 2, "上海", "Place"), Mention(0, 7, "上海临港新片区", "Place")])]
    ['上海临港新片区']
    """
    return sorted((p for p in places if not any(o is not p and o.start <= p.start and p.end <= o.end
                                                 and o.end - o.start > p.end - p.start for o in places)),
                  key=lambda m: m.start)


def is_linear(name: str) -> bool:
    """A railway, highway, canal… named by its head, not a structure on it.

    >>> is_linear("遂川至大余高速公路"), is_linear("宁德—上饶高速东吾洋特大桥"), is_linear("青石水库")
    (True, False, False)
    """
    heads = list(_LINEAR_HEAD.finditer(name))
    return bool(heads) and not _STRUCTURE_END_RE.search(name, heads[-1].end())


_RUN_JOINERS = (*_BETWEEN, "、", "")
_CONNECTS_END_RE = re.compile(r"(?:" + _CONNECTS_RE.pattern + r")$")


def _connecting_before(text: str, places: list[Mention], project: Mention) -> list[Mention]:
    """``连接甲市乙县至丙市丁县的某高速`` → the places between the verb of connecting and 的."""
    at = project.start - 1
    if text[at:project.start] != "的":
        return []
    run: list[Mention] = []
    for place in reversed([p for p in places if p.end <= at]):
        if text[place.end:at] not in (_RUN_JOINERS if run else ("",)):
            break
        run.insert(0, place)
        at = place.start
    return run if run and _CONNECTS_END_RE.search(text, 0, at) else []


def _section_at(text: str, places: list[Mention], project: Mention) -> list[Mention]:
    """``某高速天津段`` → 天津: the place naming a section right after the work."""
    return [p for p in places if p.start == project.end and text[p.end:p.end + 1] == "段"]


def _run_ending_at(text: str, places: list[Mention], project: Mention) -> list[Mention]:
    """Places inside the work's name and those joined to it by 至/到/— right before it (甲至[乙高速公路])."""
    own_end = _item_end(text, project)
    inside = [p for p in places if project.start <= p.start and p.end <= own_end]
    run: list[Mention] = []
    start = project.start
    for place in reversed([p for p in places if p.end <= project.start]):
        between = text[place.end:start]
        if between in _BETWEEN or (start == project.start and between == "" and run == []):
            run.append(place)
            start = place.start
            continue
        if run or between:
            break
    joined = run and any(text[p.end:p.end + 1] in _BETWEEN for p in run)
    linear = len(inside) >= 2 and any(c in text[project.start:project.end] for c in _BETWEEN)
    return (run if joined else []) + (inside if linear or joined else [])


def _item_end(text: str, project: Mention) -> int:
    """Where the work's own words end: a mention of items sharing their head (甲至乙、丙至丁等高速公路)
    spans the list, and the places of the other items are not this work's."""
    cut = min([i for i in (text.find(c, project.start, project.end) for c in "、，等") if i >= 0] + [project.end])
    return cut


def _connected(text: str, places: list[Mention], project: Mention) -> list[Mention]:
    """``…铁路连接甲和乙``: the places after a verb of connecting in the work's clause."""
    end = clause_end(text, project.end)
    verb = _CONNECTS_RE.search(text, project.end, end)
    return [p for p in places if verb and verb.end() <= p.start < end] if verb else []


def _works_at(text: str, places: list[Mention], project: Mention) -> list[Mention]:
    """``某工程在甲乙开工建设`` → 甲, 乙: adjacent places between 在 and a verb of building."""
    after = [p for p in outermost(places) if p.start >= project.end]
    if not after or not _WORKS_IN_RE.match(text[project.end:after[0].start]):
        return []
    run = [after[0]]
    for place in after[1:]:
        if place.start != run[-1].end:
            break
        run.append(place)
    return run if _WORK_VERB_RE.match(text[run[-1].end:]) else []


# 在甲地(、乙地)(分别)开工建设 + the works: where they are built
_BUILT_AT_RE = re.compile(r"(分别|正式|全面|集中)?(?:开工建设|启动建设|投资建设|开工|建设|兴建|新建|建成)$")
_ITEM_JOINERS = ("、", "和", "及")


def sites_before(text: str, mentions: list[Mention], project: Mention) -> list[Mention]:
    """The places after 在 and before the verb that builds the list ``project`` belongs to; with 分别
    and as many items as works, the item of the same rank (and what opens the place list, 甲省).

    >>> m = [Mention(1, 3, "甲县", "Place"), Mention(4, 6, "乙县", "Place"), Mention(12, 14, "丙站", "Project"),
    ...      Mention(15, 17, "丁站", "Project")]
    >>> [p.text for p in sites_before("在甲县、乙县分别开工建设丙站、丁站", m, m[3])]
    ['乙县']
    >>> m = m[:2] + [Mention(10, 12, "丙站", "Project"), Mention(13, 15, "丁站", "Project")]
    >>> [p.text for p in sites_before("在甲县、乙县开工建设丙站、丁站", m, m[3])]
    ['甲县', '乙县']
    """
    from kg.relate.rules_projects import list_start

    start = list_start(text, mentions, project)
    verb = _BUILT_AT_RE.search(text, 0, start)
    if verb is None:
        return []
    places = sorted((m for m in mentions if m.type == "Place" and m.end <= verb.start()), key=lambda m: m.start)
    items: list[list[Mention]] = []
    at = verb.start()
    for place in reversed(places):
        if place.end == at and items:
            items[-1].insert(0, place)  # 甲省乙市: one item, a chain of places
        elif place.end == at or text[place.end:at] in _ITEM_JOINERS and items:
            items.append([place])
        else:
            break
        at = place.start
    if not items or text[at - 1:at] != "在":
        return []
    items.reverse()
    listed = sorted({m.start for m in mentions if m.type == "Project" and list_start(text, mentions, m) == start})
    rank = listed.index(project.start) if project.start in listed else -1
    if verb.group(1) == "分别" and len(items) == len(listed) and rank >= 0:
        return items[0][:-1] + items[rank] if rank else items[0]
    return [p for item in items for p in item]


# a sentence about the work before it, without naming it: 线路全长…，贯穿甲区、乙区; 工程涵盖甲、乙3个地市
_SPAN_OPENER_RE = re.compile(rf"^(?:该|这一|此|本|整个)?(?:{PROJECT_WORD}|线路|全线|路线)")
_SPANS_RE = re.compile(r"贯穿|横跨|涵盖|穿越|途经|连接|连通|串联")


@relation_rule("works_spanning", produces=("locatedIn",))
def works_spanning(ctx: ArticleContext) -> Iterator[Triple]:
    """``某高速开工。线路全长76公里，贯穿甲区、乙区。`` → 某高速 locatedIn 甲区 and 乙区: the places after a
    verb of spanning in a sentence that opens with a word for the previous sentence's only work."""
    for index in range(1, len(ctx.article.sentences)):
        text, mentions = ctx.units[index][0].text, ctx.units[index][1]
        verb = _SPANS_RE.search(text) if _SPAN_OPENER_RE.match(text) else None
        end = clause_end(text, verb.end()) if verb else 0
        if verb is None or any(m.type in ("Project", "Organization") and m.start < end for m in mentions):
            continue  # the clause of the verb names a work or body of its own
        name = _previous_work(ctx, index)
        for place in sorted((m for m in mentions if m.type == "Place" and verb.end() <= m.start < end),
                            key=lambda m: m.start):
            place_name = ctx.name_of(index, place)
            if name and place_name and ctx.level_of(place_name) not in (None, "unresolved", "region"):
                yield name, "locatedIn", place_name, ctx.evidence(index, "locatedIn.spans", 0.7)


def _previous_work(ctx: ArticleContext, index: int) -> str | None:
    """The only work the sentence before ``index`` names."""
    names = {ctx.name_of(index - 1, m) for m in ctx.units[index - 1][1] if m.type == "Project"} - {None}
    name = names.pop() if len(names) == 1 else None
    return name if name and not is_generic_project(name) else None
