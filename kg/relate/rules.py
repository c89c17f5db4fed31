"""Relation rules: each a small function over an :class:`ArticleContext`
yielding ``(head, rel, tail, evidence)``. The rule's name is the evidence's
``rule``; its confidence says how often the pattern is right.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from itertools import pairwise

from kg.gazetteer import load
from kg.lexicon_data import STATUSES
from kg.link import ANAPHORA, expand_bare_body, resolve_anaphor
from kg.relate import ArticleContext
from kg.types import Evidence, Mention

Triple = tuple[str, str, str, Evidence]

STATUS_WORDS = {
    "签约": "签约", "开工": "开工", "在建": "在建", "试产": "试产", "试运行": "试运行", "试车": "试运行",
    "投产": "投产", "建成": "建成", "竣工": "竣工", "交付": "交付", "完工": "竣工", "投用": "建成", "通车": "建成",
}
_STATUS_RE = re.compile("|".join(sorted(STATUS_WORDS, key=len, reverse=True)))
_FORECAST_RE = re.compile(r"预计|计划|将于|将在|力争|争取|拟|有望|即将|未|尚未|没有|不能")
_ONGOING_RE = re.compile(r"加快推进|加速推进|加快建设|正在施工|正在建设|施工|在建|续建|推进")
_COOPERATE_RE = re.compile(r"重组|对口支援|对口合作|结对共建|结对|战略合作|合作|联合|共建|签约")
_INVEST_RE = re.compile(r"(?:投资|投入|发放|安排|筹集|出资|拨付|捐赠)(?:了|共计|共|达|贷款|资金|财政资金)?(?:约|超|近)?$")
_NOT_SPENT_RE = re.compile(r"完成|计划|总额|规模|年度|累计完成|预计")
_ANAPHOR_RE = re.compile("|".join(sorted(ANAPHORA, key=len, reverse=True)))


def _mentions(ctx: ArticleContext, *types: str) -> Iterator[tuple[int, Mention, str]]:
    for index, (_, mentions) in enumerate(ctx.units):
        for m in mentions:
            name = ctx.name_of(index, m)
            if name and (not types or m.type in types):
                yield index, m, name


def sentence_actor(ctx: ArticleContext, index: int, before: int, nearest: bool = False) -> tuple[str | None, float]:
    """Who acts in sentence ``index`` before offset ``before``: a place/body named there, an anaphor, or the article's subject."""
    sentence, mentions = ctx.units[index]
    actors = [m for m in mentions if m.end <= before and m.type in ("Place", "Organization")
              and not _DESTINATION_RE.search(sentence.text[max(0, m.start - 2):m.start])]
    actors = [m for m in actors if not any(o.start <= m.start and m.end <= o.end and o != m for o in actors)]
    if actors:
        first = max(actors, key=lambda m: m.end) if nearest else min(actors, key=lambda m: m.start)
        name = ctx.name_of(index, first)
        entity = ctx.book.entities.get(name or "")
        if entity and (entity.type == "Organization" or entity.attrs.get("level") not in ("village", "country", "region")):
            return name, 0.7
    bare = _BARE_BODY_RE.match(sentence.text)
    if bare:
        body = _last_body_ending(ctx, index, bare.group(2))
        if body:
            return body, 0.6
    anaphor = _ANAPHOR_RE.search(sentence.text, 0, before) or _ANAPHOR_RE.search(sentence.text)
    if anaphor:
        resolved = resolve_anaphor(anaphor.group(), ctx.mains)
        if resolved:
            return resolved, 0.65
    return ctx.subject, 0.5


_DESTINATION_RE = re.compile(r"(?:赴|到|前往|来自|去)$")  # 赴北京举行…: a place visited, not the actor
_BARE_BODY_RE = re.compile(r"^(该|本|这个)?(工作室|商会|公司|局|中心|协会|党支部|联络组|法院|政协|管委会|常委会|工商联)")


def _last_body_ending(ctx: ArticleContext, index: int, word: str) -> str | None:
    """The most recent organisation named …``word`` (工作室 → 潭丘乡新乡贤调解工作室)."""
    for i in range(index, -1, -1):
        for m in sorted(ctx.units[i][1], key=lambda m: -m.end):
            name = ctx.name_of(i, m)
            if m.type == "Organization" and name and name.endswith(word) and name != word:
                return name
    return None


def author_of(ctx: ArticleContext) -> Iterator[Triple]:
    """Bylines, datelines and photo credits → authorOf ARTICLE."""
    article = ctx.article
    for byline in article.bylines:
        ev = Evidence(article.source, article.index, byline.role + " " + byline.name, byline.start, byline.end,
                      "authorOf.byline", 0.95)
        yield byline.name, "authorOf", "ARTICLE", ev


def located_in(ctx: ArticleContext) -> Iterator[Triple]:
    """An organisation or project placed by its name (崇义县人民法院 → 崇义县), by a township or
    village named in its sentence, or else by the county or city the article is about."""
    places = {alias: name for name, e in ctx.book.entities.items() if e.type == "Place"
              for alias in {name, *e.aliases}}
    subject = ctx.subject if ctx.subject and ctx.type_of(ctx.subject) == "Place" else None
    home = subject or next((ctx.mains[s] for s in ("县", "区", "市") if s in ctx.mains), None)
    for index, m, name in _mentions(ctx, "Organization", "Project"):
        chain = _place_chain(name, places)
        if chain:
            yield name, "locatedIn", chain[-1], ctx.evidence(index, "locatedIn.name_prefix", 0.85)
            continue
        local = [p for p in ctx.units[index][1] if p.type == "Place" and p.attr("level") in ("township", "village")
                 and not (p.start >= m.start and p.end <= m.end)]
        if len(local) == 1:
            for place in local:
                place_name = ctx.name_of(index, place)
                if place_name:
                    yield name, "locatedIn", place_name, ctx.evidence(index, "locatedIn.sentence_place", 0.55)
        elif home and not local and m.kind == "company" and not name.startswith(("中国", "国家", "全国", "中")):
            yield name, "locatedIn", home, ctx.evidence(index, "locatedIn.article_place", 0.45)


def _place_chain(name: str, places: dict[str, str]) -> list[str]:
    """Places a name begins with, in order: 鹰潭市余江区融媒体中心 → [鹰潭市, 余江区]."""
    chain: list[str] = []
    rest = name
    while True:
        prefix = max((p for p in places if rest.startswith(p) and len(p) < len(rest)), key=len, default=None)
        if not prefix or places[prefix] == "中国" and chain == []:
            return chain
        chain.append(places[prefix])
        rest = rest[len(prefix):]


def part_of(ctx: ArticleContext) -> Iterator[Triple]:
    """Places adjacent in the text (兴国县湘江镇) or nested in the gazetteer, both named in the article."""
    gazetteer = load()
    divisions = ctx.book.divisions
    for index, (sentence, mentions) in enumerate(ctx.units):
        places = sorted((m for m in mentions if m.type == "Place"), key=lambda m: m.start)
        for left, right in pairwise(places):
            if right.start == left.end:
                head, tail = ctx.name_of(index, right), ctx.name_of(index, left)
                if head and tail and _rank(ctx, head) > _rank(ctx, tail):
                    yield head, "partOf", tail, ctx.evidence(index, "partOf.adjacent", 0.9)
    first = _first_units(ctx)
    yield from _unlisted_parents(ctx, first)
    for child in sorted(divisions.values(), key=lambda d: d.code):
        parent = gazetteer.parent(child)
        if parent and parent.name in divisions and divisions[parent.name].code == parent.code:
            index = first.get(child.name, 0)
            yield child.name, "partOf", parent.name, ctx.evidence(index, "partOf.gazetteer", 0.8)


def _unlisted_parents(ctx: ArticleContext, first: dict[str, int]) -> Iterator[Triple]:
    """Zones lie in the place they are named after; villages and towns the gazetteer does not know
    lie in the article's only township or county."""
    entities = ctx.book.entities
    places = {alias: name for name, e in entities.items() if e.type == "Place" for alias in {name, *e.aliases}}
    towns = sorted({n for n, e in entities.items() if e.type == "Place" and e.attrs.get("level") == "township"})
    counties = sorted({n for n, e in entities.items() if e.type == "Place" and e.attrs.get("level") == "county"})
    for name, entity in sorted(entities.items()):
        level = entity.attrs.get("level")
        if entity.type != "Place" or entity.attrs.get("code"):
            continue
        index = first.get(name, 0)
        if level == "zone":
            chain = _place_chain(name, places)
            if chain:
                yield name, "partOf", chain[-1], ctx.evidence(index, "partOf.zone_name", 0.8)
        elif level == "village" and len(towns) == 1:
            yield name, "partOf", towns[0], ctx.evidence(index, "partOf.only_township", 0.55)
        elif level in ("township", "village") and not towns and len(counties) == 1:
            yield name, "partOf", counties[0], ctx.evidence(index, "partOf.only_county", 0.5)


_LEVEL_RANK = {"country": 0, "region": 0, "province": 1, "prefecture": 2, "county": 3, "zone": 4,
               "township": 4, "village": 5}


def _rank(ctx: ArticleContext, name: str) -> int:
    return _LEVEL_RANK.get(ctx.book.entities[name].attrs.get("level", ""), 9)


def _first_units(ctx: ArticleContext) -> dict[str, int]:
    """The index of the first unit that names each entity."""
    first: dict[str, int] = {}
    for index, _, name in _mentions(ctx):
        first.setdefault(name, index)
    return first


def topic_links(ctx: ArticleContext) -> Iterator[Triple]:
    """Initiatives → implements, industries → developsIndustry, with the sentence's actor as head."""
    for index, m, name in _mentions(ctx, "Initiative", "Industry"):
        actor, confidence = sentence_actor(ctx, index, m.start, nearest=m.type == "Industry")
        if not actor:
            continue
        rel = "implements" if m.type == "Initiative" else "developsIndustry"
        yield actor, rel, name, ctx.evidence(index, f"{rel}.sentence_actor", confidence)


def project_links(ctx: ArticleContext) -> Iterator[Triple]:
    """launches / investsIn / totalInvestment / hasStatus around each project mention."""
    for index, project, name in _mentions(ctx, "Project"):
        _, mentions = ctx.units[index]
        actor = ctx.subject
        if actor and ctx.type_of(actor) == "Place":
            yield actor, "launches", name, ctx.evidence(index, "launches.article_subject", 0.6)
        owners = [m for m in mentions if m.type == "Organization" and m.start == project.start and m.end < project.end]
        for owner in owners:
            owner_name = ctx.name_of(index, owner)
            if owner_name:
                yield owner_name, "investsIn", name, ctx.evidence(index, "investsIn.name_prefix", 0.8)
        yield from _investment(ctx, index, project, name, mentions)
        yield from _status(ctx, index, project, name, mentions)


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


def _status(ctx: ArticleContext, index: int, project: Mention, name: str, mentions: list[Mention]) -> Iterator[Triple]:
    text = ctx.units[index][0].text
    following = [m.start for m in mentions if m.type == "Project" and m.start > project.end]
    stop = min([len(text)] + following)
    clause_end = min([i for i in (text.find("，", project.end), text.find("；", project.end)) if i >= 0] + [stop])
    # a list "A、B、C等一批重点项目顺利开工": the status closes the whole list
    if text[project.end:project.end + 1] == "、":
        listed = sorted((m for m in mentions if m.type == "Project" and m.start > project.end), key=lambda m: m.start)
        end = project.end
        for item in listed:
            if text[end:item.start] not in ("、", "和", "及"):
                break
            end = item.end
        clause_end = min([i for i in (text.find("，", end), text.find("；", end)) if i >= 0] + [len(text)])
        window = text[end:clause_end]
    else:
        window = text[project.end:clause_end]
    match = _STATUS_RE.search(window)
    if match and _FORECAST_RE.search(window[:match.start()]):
        return
    if not match:
        ongoing = _ONGOING_RE.search(window)
        if ongoing and not _FORECAST_RE.search(window[:ongoing.start()]):
            yield name, "hasStatus", "在建", ctx.evidence(index, "hasStatus.ongoing_work", 0.6)
        return
    status = STATUS_WORDS[match.group()]
    if status in STATUSES:
        yield name, "hasStatus", status, ctx.evidence(index, "hasStatus.following_clause", 0.75)


def positions(ctx: ArticleContext) -> Iterator[Triple]:
    """``江西沃德科科技有限公司董事长黄留肖`` → holdsPosition 江西沃德科科技有限公司董事长; posts listed
    before one name (``村党支部书记、县人大代表李中平``) are all that person's."""
    for index, (sentence, mentions) in enumerate(ctx.units):
        text = sentence.text
        posts = {m.end: m for m in mentions if m.type == "Position"}
        for person in (m for m in mentions if m.type == "Person"):
            post = posts.get(person.start)
            chain_start = person.start
            previous_owner = ""
            while post:
                title, owner_start, owner_name = _post_title(ctx, index, post, chain_start)
                previous_owner = owner_name or previous_owner
                yield person.text, "holdsPosition", title, ctx.evidence(index, "holdsPosition.title_name", 0.75)
                lead = owner_start - 1
                post = posts.get(lead) if text[lead:lead + 1] == "、" else None
                if post is None and text[lead:lead + 1] == "、":
                    post = next((p for p in posts.values() if p.end < lead and text[p.end:lead].isalpha()
                                 and lead - p.end <= 8), None)
                chain_start = owner_start


def _post_title(ctx: ArticleContext, index: int, post: Mention, limit: int) -> tuple[str, int, str]:
    """The title of ``post`` with its body (and the places that name it), where that title starts, the body."""
    text, mentions = ctx.units[index][0].text, ctx.units[index][1]
    owners = [m for m in mentions if m.type in ("Organization", "Place") and m.end <= post.start
              and post.start - m.end <= 6 and not re.search(r"[，、。；]", text[m.end:post.start])]
    if owners:
        first = max(owners, key=lambda m: (m.end, -m.start))
        owner_name = ctx.name_of(index, first) or first.text
        return owner_name + text[first.end:post.end], first.start, owner_name
    lead = text[:post.start]
    company_at = lead.rfind("该公司", max(0, post.start - 10))
    if company_at >= 0 and not re.search(r"[，、。；]", lead[company_at:]):
        company = _last_company(ctx, index, before=company_at)
        if company:
            return company + text[company_at + 3:post.end], company_at, company
    body = re.search(r"([县市区乡镇村])([\u4e00-\u9fff]{0,8})$", lead)
    if body:
        expanded = expand_bare_body(body.group(0) + post.text, ctx.mains)
        if expanded:
            return expanded, body.start(), ""
        return body.group(0) + post.text, body.start(), ""
    return post.text, post.start, ""


def _last_company(ctx: ArticleContext, index: int, before: int | None = None) -> str | None:
    for i in range(index, -1, -1):
        companies = [m for m in ctx.units[i][1] if m.type == "Organization" and m.kind == "company"
                     and (i != index or before is None or m.end <= before)]
        if companies:
            return ctx.name_of(i, max(companies, key=lambda m: m.end))
    return None


def invests(ctx: ArticleContext) -> Iterator[Triple]:
    """``X投资/投入/提供Y元`` (not a project's apposition) → X invests Y."""
    for index, money, name in _mentions(ctx, "Money"):
        text = ctx.units[index][0].text
        lead = text[max(0, money.start - 8):money.start]
        if not _INVEST_RE.search(lead) or text[money.end:money.end + 1] == "的" or "总投资" in lead:
            continue
        if _NOT_SPENT_RE.search(lead):
            continue  # 完成投资…, 年度计划投资…: statistics of progress, not an investment made
        actor, confidence = sentence_actor(ctx, index, money.start)
        if actor:
            yield actor, "invests", name, ctx.evidence(index, "invests.verb_amount", confidence * 0.8)


def cooperation(ctx: ArticleContext) -> Iterator[Triple]:
    """Two bodies/places joined by 与/和/联合 before a partnership word."""
    for index, (sentence, mentions) in enumerate(ctx.units):
        text = sentence.text
        for word in _COOPERATE_RE.finditer(text):
            parties = [m for m in mentions if m.type in ("Organization", "Place") and m.end <= word.start()
                       and word.start() - m.start <= 40]
            parties = [m for m in parties if not any(o != m and o.start <= m.start and m.end <= o.end for o in parties)]
            if len(parties) >= 2 and re.search(r"[与和同]", text[parties[-2].end:parties[-1].start] or "x"):
                head, tail = ctx.name_of(index, parties[-2]), ctx.name_of(index, parties[-1])
                if head and tail:
                    yield head, "cooperatesWith", tail, ctx.evidence(index, "cooperatesWith.pair_keyword", 0.7)


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


def industry_in_name(ctx: ArticleContext) -> Iterator[Triple]:
    """A company whose name carries an industry of the article (春鹏锂电 → 锂电)."""
    industries = [n for n, e in ctx.book.entities.items() if e.type == "Industry"]
    for index, m, name in _mentions(ctx, "Organization"):
        for industry in industries:
            if industry in name and m.kind == "company":
                yield name, "developsIndustry", industry, ctx.evidence(index, "developsIndustry.name", 0.7)


def partnership_verbs(ctx: ArticleContext) -> Iterator[Triple]:
    """``X联合Y`` → X cooperatesWith Y; ``A、B对口支援`` → A (and B) cooperate with the article's place."""
    for index, (sentence, mentions) in enumerate(ctx.units):
        text = sentence.text
        bodies = sorted((m for m in mentions if m.type in ("Organization", "Place")), key=lambda m: m.start)
        bodies = [m for m in bodies if not any(o is not m and o.start <= m.start and m.end <= o.end for o in bodies)]
        for left, right in pairwise(bodies):
            if text[left.end:right.start] in ("联合", "携手", "牵手"):
                head, tail = ctx.name_of(index, left), ctx.name_of(index, right)
                if head and tail:
                    yield head, "cooperatesWith", tail, ctx.evidence(index, "cooperatesWith.joint_verb", 0.7)
        for match in re.finditer(r"对口支援|对口帮扶|结对帮扶", text):
            partners = [m for m in bodies if m.end <= match.start() and match.start() - m.end <= 12
                        and m.type == "Organization"]
            home = ctx.subject
            for partner in partners:
                name = ctx.name_of(index, partner)
                if name and home and name != home:
                    yield name, "cooperatesWith", home, ctx.evidence(index, "cooperatesWith.support", 0.6)


RULES: tuple[Callable[[ArticleContext], Iterator[Triple]], ...] = (
    author_of, located_in, part_of, topic_links, project_links, positions, invests, cooperation, industry_in_name,
    partnership_verbs, industry_leaders,
)
