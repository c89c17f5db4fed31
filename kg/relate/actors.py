"""Who acts: the article's main subject and the actor of one sentence.

The main subject is the place (or body) an article is about: its most mentioned
province, city, county, township or zone, with the headline and the article's
self-references (全省, 我市, 该县) counting for it. A work report or a statistical
bulletin is about the place its title names (``2025年某某省政府工作报告`` → 某某省).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from kg.link import ANAPHORA
from kg.relate.bystanders import chain_start, foreign_actor, reports_data, visited_place
from kg.relate.clauses import (
    across_statements,
    appositive_subject,
    backed_elsewhere,
    described_in_apposition,
    list_start,
    opens_clause,
    own_statement,
    own_subject,
    speaks_of_nations,
    subject_of_own_clause,
    topic_opens_clause,
)
from kg.relate.headlines import headline_names
from kg.relate.instructions import after_a_modal, directive_end, is_instruction
from kg.relate.speakers import speakers_we
from kg.text.layouts import Layout

if TYPE_CHECKING:
    from collections.abc import Callable

    from kg.relate.context import ArticleContext
    from kg.types import Mention

SUBJECT_LEVELS = ("province", "prefecture", "county", "township", "zone")
# genre words for the writer's own place: 我省 in a province's report is that province
SELF_REFERENCES = {**ANAPHORA, "我省": "省", "本省": "省", "我市": "市", "我县": "县", "我区": "区",
                   "我镇": "镇", "我乡": "乡"}
SELF_REFERENCE_RE = re.compile("|".join(sorted(SELF_REFERENCES, key=len, reverse=True)))
_REPORT_TITLE_RE = re.compile(r"工作报告|统计公报|发展公报")
_LEVEL_RANK = {"country": 0, "region": 0, "province": 1, "prefecture": 2, "county": 3, "zone": 4,
               "township": 4, "village": 5}


def resolve_self_reference(word: str, mains: dict[str, str]) -> str | None:
    """``我省`` / ``全市`` / ``该县`` → the article's main place with that suffix.

    >>> resolve_self_reference("我省", {"省": "湖南省"})
    '湖南省'
    >>> resolve_self_reference("我们", {"省": "湖南省"}) is None
    True
    """
    suffix = SELF_REFERENCES.get(word)
    return mains.get(suffix) if suffix else None


def main_subject(ctx: ArticleContext) -> str | None:
    """The article's main actor (a place or a body), or None: the document's own place when the layout
    found one (:attr:`kg.types.Article.doc_place`), else the place a report's title names, else the most
    mentioned place or body."""
    own = ctx.article.doc_place
    if own and own in ctx.book.entities:
        return own
    report = _report_place(ctx)
    if report:
        return report
    scores = _mention_scores(ctx)
    for index, (sentence, _) in enumerate(ctx.units):
        for match in SELF_REFERENCE_RE.finditer(sentence.text):
            place = resolve_self_reference(match.group(), ctx.mains)
            if place and ctx.level_of(place) == "province":
                scores[place] += 1  # 全省 / 我省: a province's own text (a city's 全市 is its named city)
    _title_bonus(ctx, scores)
    if not scores:
        return None
    return max(scores, key=lambda n: (scores[n], -len(n), n))


def _mention_scores(ctx: ArticleContext) -> Counter[str]:
    scores: Counter[str] = Counter()
    for index, (sentence, mentions) in enumerate(ctx.units):
        bodies = [m for m in mentions if m.type == "Organization"]
        for rank, m in enumerate(sorted(mentions, key=lambda m: m.start)):
            name = ctx.name_of(index, m)
            if not name or m.type not in ("Place", "Organization"):
                continue
            if m.type == "Place" and any(b.start <= m.start and m.end <= b.end for b in bodies):
                continue  # 奉新县 inside 奉新县财政局 speaks of the body
            if m.type == "Place" and any(o is not m and o.type == "Place" and o.start <= m.start and m.end <= o.end
                                         and (o.end - o.start) > (m.end - m.start) for o in mentions):
                continue  # 南昌 inside 南昌高新区
            entity = ctx.book.entities[name]
            if m.type == "Place" and entity.attrs.get("level") not in SUBJECT_LEVELS:
                continue
            if m.type == "Organization" and entity.kind not in ("government", "association", "institution") \
                    and name not in ctx.article.title:
                continue  # a company or other body is the subject only when the headline names it
            scores[name] += 2 if (rank == 0 and m.start < 12) else 1
    return scores


def _title_bonus(ctx: ArticleContext, scores: Counter[str]) -> None:
    title = ctx.article.title
    if not title:
        return
    places = {e.name: e for e in ctx.book.entities.values() if e.type == "Place"}
    bodies = [alias for n in scores if ctx.type_of(n) == "Organization"
              for alias in {n, *ctx.book.entities[n].aliases} if alias in title]
    for name in list(scores):
        entity = ctx.book.entities[name]
        named = [alias for alias in {name, *entity.aliases} if alias in title]
        if entity.type == "Place" and named and all(any(a in body for body in bodies) for a in named):
            continue  # 某县 in the headline 某县财政局… speaks of the body
        if named:
            scores[name] += 3
        elif entity.type == "Organization" and _headline_short_form(name, places, title):
            scores[name] += 2  # 崇仁人大… in the headline speaks of 崇仁县人大常委会


def _report_place(ctx: ArticleContext) -> str | None:
    """The most specific place a report's or bulletin's title names (某县2022年…统计公报 → 某县)."""
    title = ctx.article.title or _opening_line(ctx)
    if not title or not _REPORT_TITLE_RE.search(title):
        return None
    spans = {e.name: _spans(title, {e.name, *e.aliases}) for e in ctx.book.entities.values()
             if e.type == "Place" and e.attrs.get("level") not in (None, "unresolved")}
    taken = [span for found in spans.values() for span in found]
    named = [ctx.book.entities[n] for n, found in spans.items() if ctx.level_of(n) in SUBJECT_LEVELS
             and any(not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in taken) for s in found)]
    if not named:  # 龙江 inside 黑龙江省 is not a place of the title
        return None
    return max(named, key=lambda e: (_LEVEL_RANK.get(e.attrs.get("level", ""), 0), len(e.name), e.name)).name


def _spans(text: str, forms: set[str]) -> list[tuple[int, int]]:
    """Where any of ``forms`` occurs in ``text``."""
    return [(m.start(), m.end()) for form in forms for m in re.finditer(re.escape(form), text)]


def _opening_line(ctx: ArticleContext) -> str:
    """The first line of an article without a title (a report whose heading was not split off)."""
    sentences = ctx.article.sentences
    return sentences[0].text.split("\n")[0][:40] if sentences else ""


def _headline_short_form(name: str, places: dict, title: str) -> bool:
    """The headline names the body by its place's bare form and its first characters (崇仁人大)."""
    for place, entity in places.items():
        if name.startswith(place):
            rest = name[len(place):]
            for alias in {place, *entity.aliases}:
                bare = alias.rstrip("省市县区乡镇")
                if len(bare) >= 2 and rest[:2] and (bare + rest[:2]) in title:
                    return True
    return False


_DESTINATION_RE = re.compile(r"(?:赴|到|前往|来自|去|走进)$")  # searched up to the chain's start  # 赴北京举行…: a place visited, not the actor
# a place after a verb of building or joining is its object, not the actor (建设美丽某省, 融入某区), and so is
# a body whose decision is carried out, grasped, agreed with or approved (落实党中央…部署, 领会党中央…意图,
# 赞同某委…, 经某部批准), and a place where the subject lies (地处某县城郊, 毗邻某县);
# after a causative verb (支持某市打造…, 引导某公司投资…) it is the actor of the next verb, so those stay
_OBJECT_RE = re.compile(r"(?:地处|位于|毗邻|紧邻|邻近|连接|连通|途经|领会|领悟|落实|贯彻|按照|遵照|根据|赞同|拥护|经|考察|视察|推进|打造|建设|共建|发挥|服务|对接|联动|融入|辐射|争取|吸引|依托|承接|借助|赴|到|提请|接受|向)$")
# 某省政府工作报告, 某县统计公报: the name of a document, not an actor
_NOT_AN_ACTOR_RE = re.compile(r"工作报告|统计公报|公报")
# a body that leads or decides is not who carries out (在党中央坚强领导下…, 按照省委决策部署…)
_LEADER_RE = re.compile(r"^的?(?:坚强|正确|亲切|集中统一)?领导下|^的?(?:决策部署|战略部署|重大部署|号召)")
# 在…引领下 / 在…的监督支持下: the frame of a clause names who guides or backs the work, not who does it
_GUIDANCE_END_RE = re.compile(r"^[^，。；：]{0,16}?(?:领导|引领|指导|推动|支持|帮助|带动|关心|关怀|号召|倡导|助力|赋能)下")


def guidance_before(text: str, start: int, end: int, before: int) -> bool:
    """Whether the name at ``start``–``end`` sits in a 在…下 frame of guidance (在甲公司的帮助下) that
    closes before offset ``before``: what comes after the frame is not that name's doing.

    >>> guidance_before("在甲公司的帮助下，乙村发展茶叶", 1, 4, 13), guidance_before("在乙村党建引领下，发展茶叶", 1, 3, 11)
    (True, True)
    >>> guidance_before("在甲公司投资下属项目", 1, 4, 8), guidance_before("甲公司在推动下一步工作", 0, 3, 9)
    (False, False)
    >>> guidance_before("在甲公司“乙丙”文化引领下", 1, 4, 5)  # 乙丙 inside the frame is the company's own
    False
    """
    opening = text.rfind("在", max(0, start - 4), start)
    if opening < 0 or re.search("[，。；：]", text[opening:start]):
        opening = text.rfind("在", max(0, start - 12), start)  # 在甲、乙的支持下: a list in the frame
    if opening < 0 or re.search("[，。；：]", text[opening:start]) or not _only_names(text[opening + 1:start]):
        return False
    frame = _GUIDANCE_END_RE.match(text[end:])
    return frame is not None and end + frame.end() <= before


def in_a_name(text: str, mentions: list[Mention], m: Mention) -> bool:
    """Whether ``m`` is part of a person's name (高|云龙) or of a quoted name (“华龙|一号”): it names
    nobody who acts.

    >>> from kg.types import Mention
    >>> p, q = Mention(2, 5, "高云龙", "Person"), Mention(3, 5, "云龙", "Place")
    >>> in_a_name("主席高云龙介绍", [p, q], q), in_a_name("“华龙一号”技术", [], Mention(1, 3, "华龙", "Place"))
    (True, True)
    >>> in_a_name("甲县推广“一号”技术", [], Mention(0, 2, "甲县", "Place"))
    False
    """
    return any(o.type == "Person" and o.start <= m.start and m.end <= o.end for o in mentions) \
        or text.count("“", 0, m.start) > text.count("”", 0, m.start)


BARE_BODY_RE = re.compile(r"^(该|本|这个)?(工作室|商会|公司|局|中心|协会|党支部|联络组|法院|政协|管委会|常委会|工商联)")


def sentence_actor(ctx: ArticleContext, index: int, before: int, nearest: bool = False,
                   topic_of: Callable[[ArticleContext, int], str | None] | None = None) -> tuple[str | None, float]:
    """Who acts in unit ``index`` before offset ``before``: a place or body named there, a bare body
    (该公司), a self-reference (我省, 该县), else the article's subject; with a prior confidence. The
    ``nearest`` actor (of an industry) may be a village: 某村的蔬菜基地 is that village's. In the news,
    ``topic_of`` gives the topic a sentence without an actor goes on with; a village finer than the
    article's place stands for it (:func:`kg.relate.topic_chain.chained_topic`)."""
    sentence, mentions = ctx.units[index]
    actors = [m for m in mentions if m.end <= before and m.type in ("Place", "Organization")
              and not _DESTINATION_RE.search(sentence.text, 0, chain_start(sentence.text, mentions, m))
              and not _NOT_AN_ACTOR_RE.match(sentence.text[m.end:m.end + 4])
              and not reports_data(sentence.text, m.start, m.end)
              and not (ctx.article.layout != _DOCUMENT and visited_place(sentence.text, mentions, m))
              and not _LEADER_RE.match(sentence.text[_chain_end(sentence.text, mentions, m):][:8])
              and not in_a_name(sentence.text, mentions, m)]
    actors = [m for m in actors if not any(o.start <= m.start and m.end <= o.end and o != m for o in actors)
              and not any(o.type in ("Project", "Initiative", "Industry") and o.start <= m.start and m.end <= o.end
                          for o in mentions)]  # 某市 inside 某市某某项目 names the project, it does not act
    actors = [m for m in actors if not _OBJECT_RE.search(sentence.text[max(0, m.start - 3):m.start])
              and not _OBJECT_RE.search(sentence.text[:list_start(mentions, sentence.text, m, "、和及与")])
              and not guidance_before(sentence.text, m.start, _chain_end(sentence.text, mentions, m), before)]
    if ctx.article.layout != _DOCUMENT:  # 人大要坚持党中央…领导: a body after an instruction's modal is its object
        actors = [m for m in actors if not after_a_modal(sentence.text, m.start)]
        place_named = any(ctx.type_of(ctx.name_of(index, m) or "") == "Place" for m in actors)
        directive = directive_end(sentence.text, before, place_named)  # 某部发通知，要求各地开展…: the recipients'
        if directive is not None and not (actors := [m for m in actors if m.start >= directive]):
            return None, 0.0
    statement = sentence.text.rfind("；", 0, before)
    if ctx.article.layout != _DOCUMENT and not nearest and statement >= 0 and topic_opens_clause(sentence.text, before) \
            and statement == max(sentence.text.rfind(p, 0, before) for p in "，；："):
        actors = []  # 某区累计推广经验38项；“某某”班列累计开行3万列: the programme is its statement's subject
    own = own_subject(sentence.text, mentions, actors, before) if ctx.article.layout == _DOCUMENT else None
    if ctx.article.layout == _DOCUMENT:  # 甲市入选某试点，乙市入选“某某”: the clause's own subject
        actors = [own] if own else [m for m in actors if not backed_elsewhere(sentence.text, mentions, m, before)]
        if not own and not nearest and topic_opens_clause(sentence.text, before):
            actors = []  # 某园开工建设，“某某”合作扎实推进: the report's place runs what its clause reports
        actors = [m for m in actors if m is own or opens_clause(sentence.text, list_start(mentions, sentence.text, m))
                  or nearest and sentence.text[m.end:before] in ("", "的")]  # 甲市锂电、乙市光伏: each its own
    actors = own_statement(sentence.text, actors, before)
    if nearest:
        actors = across_statements(sentence.text, mentions, actors, before)
    actors = [m for m in actors if not described_in_apposition(sentence.text, m, before)]  # 作为甲省首个…，乙市…
    appositive = appositive_subject(sentence.text, mentions, before)
    actors = [appositive] if appositive else actors  # 作为某某大省，今年，甲省…: the phrase describes 甲省
    posts = {m.start for m in mentions if m.type == "Position"}
    actors = [m for m in actors if m.end not in posts]  # 某公司|负责人张三说: a person's post, not an actor
    opening = SELF_REFERENCE_RE.match(sentence.text)
    if opening and not nearest and not any(m.start < opening.end() for m in actors):
        resolved = resolve_self_reference(opening.group(), ctx.mains)
        if resolved:
            return resolved, 0.65  # 全省上下…认真落实党中央部署: the sentence's opening subject acts
    excluded = ("country", "region") if nearest else ("village", "country", "region")
    # the nearest (or first) actor that may act; a region in between (皖南、皖北地域…) is passed over
    for m in sorted(actors, key=lambda m: -m.end if nearest else m.start):
        m = finest_of_chain(ctx, index, m, actors)
        name = ctx.name_of(index, m)
        entity = ctx.book.entities.get(name or "")
        if entity and (entity.type == "Organization" or entity.attrs.get("level") not in excluded
                       or entity.attrs.get("level") == "village" and _follows_place(ctx, index, m)
                       or entity.attrs.get("level") == "region" and ctx.article.layout == _DOCUMENT
                       and subject_of_own_clause(sentence.text, mentions, m, before)):  # 长株潭纳入某试点
            if ctx.article.layout != _DOCUMENT and foreign_actor(ctx, name or ""):
                return None, 0.0  # 某国国防部…行动, 在某国某市: a foreign subject, no local actor
            return name, 0.7
        if not nearest:
            break  # the first actor of a sentence is its subject: none other stands in for it
    bare = BARE_BODY_RE.match(sentence.text)
    if bare:
        body = last_body_ending(ctx, index, bare.group(2))
        if body:
            return body, 0.6
    anaphor = SELF_REFERENCE_RE.search(sentence.text, 0, before) or SELF_REFERENCE_RE.search(sentence.text)
    if anaphor:
        resolved = resolve_self_reference(anaphor.group(), ctx.mains)
        if resolved:
            return resolved, 0.65
    if _PERSON_OPENING_RE.match(sentence.text) or any(m.type == "Person" and m.start == 0 for m in mentions):
        return None, 0.0  # 他带头发展…: a person acts, and a person develops or runs nothing in the schema
    here = LOCAL_RE.search(sentence.text, 0, before)
    local = ctx.last_place_before(index, here.start()) if here else None
    if local:
        return local, 0.6  # 近年来，当地大力发展乡村旅游: the place named last before
    if is_instruction(sentence.text, before) and ctx.article.layout != _DOCUMENT:
        return None, 0.0  # 要深化…改革: a speaker's instruction in the news, to no one the article names
    subject = next(iter(sorted(actors, key=lambda m: -m.end if nearest else m.start)), None)  # as the loop above
    if ctx.article.layout != _DOCUMENT and (speaks_of_nations(sentence.text, mentions, before) or subject is not None
                                            and ctx.level_of(ctx.name_of(index, subject) or "") == "country"):
        return None, 0.0  # 中方愿同某方推进…, 我国大力实施…: a nation's or the parties' doing, no local actor's
    if ctx.article.layout != _DOCUMENT and any(m.end <= before and reports_data(sentence.text, m.start, m.end)
                                               for m in mentions):
        return None, 0.0  # 某部公布的数据显示，…: the sentence reports data and names no one who acts
    fallback = ctx.section_place(index) or ctx.subject
    if ctx.article.layout != _DOCUMENT and speakers_we(ctx, index, fallback):
        return None, 0.0  # 某总理在某组织会议上表示…。我们将…: the speaker's side, not the meeting's
    chained = topic_of(ctx, index) if topic_of and ctx.article.layout != _DOCUMENT else None
    if chained and ctx.level_of(chained) == "village" and _finer(ctx, chained, fallback):
        return chained, 0.55  # a paragraph about one village of the county goes on with that village
    if fallback == ctx.subject and ctx.article.layout == _NEWS_ITEMS and not ctx.section_place(index) \
            and not headline_names(ctx, fallback):
        return None, 0.0  # a broadcast's national or foreign item: a place named in passing does not act
    return fallback, 0.5


def _only_names(between: str) -> bool:
    """Whether the text between 在 and a name is a short run of names joined by 、 or 和 (省人大、, 国家和)."""
    return not between or between.endswith(("、", "和")) and len(between) <= 10


def _finer(ctx: ArticleContext, place: str, than: str | None) -> bool:
    """Whether ``place`` is a division finer than the place ``than`` (a village than its county)."""
    rank = _LEVEL_RANK.get(ctx.level_of(place) or "", 0)
    return ctx.type_of(place) == "Place" and than is not None and ctx.type_of(than) == "Place" \
        and rank > _LEVEL_RANK.get(ctx.level_of(than) or "", 9)


def finest_of_chain(ctx: ArticleContext, index: int, m: Mention, actors: list[Mention]) -> Mention:
    """The last place of the chain of divisions ``m`` opens (某市某街道, 某县某乡某村): the chain names
    one place, the finest, and the ones before say where it is. A chain that goes on into a list
    (某省甲市、乙市) names several, so its first place stands for them."""
    text = ctx.units[index][0].text
    chain = m
    while True:
        rank = _division_rank(ctx, index, chain)
        finer = [o for o in actors if o.start == chain.end and o.type == "Place"
                 and rank and (_division_rank(ctx, index, o) or 0) > rank]
        if not finer:
            break
        chain = finer[0]
    if chain is not m and text[chain.end:chain.end + 1] == "、":
        return m
    return chain


def _division_rank(ctx: ArticleContext, index: int, m: Mention) -> int | None:
    """The rank of a division of China (province 1 … village 5); None for regions, countries, others."""
    level = ctx.level_of(ctx.name_of(index, m) or "") or ""
    return _LEVEL_RANK.get(level) if level in (*SUBJECT_LEVELS, "village") else None


def _follows_place(ctx: ArticleContext, index: int, m: Mention) -> bool:
    """Whether a place of the sentence ends where ``m`` starts (某乡|某村: the village closes a chain)."""
    return any(o.type == "Place" and o.end == m.start for o in ctx.units[index][1])


_DOCUMENT = Layout.DOCUMENT.value  # a report or a bulletin, one article
_NEWS_ITEMS = Layout.NEWS_ITEMS.value  # a broadcast's items: an item about a place names it in its headline


LOCAL_RE = re.compile(r"当地(?!时间)")  # 当地: the place in question; 当地时间 is a foreign dateline's clock
# a person opens the sentence: 他, 她们, 我 (not 我省, 我市, 我国: the document's own place)
# or a member of a congress or a conference proposes (某某常委建议，…; 某某委员发言提出，…): the member's proposal
_PERSON_OPENING_RE = re.compile(r"^(?:他们|她们|他|她|我(?![省市县区国镇乡村们])"
                                r"|[^，。；：]{2,4}(?:常委|委员|代表)(?:发言)?(?:建议|提出|呼吁|认为|表示)[，：])")


def _chain_end(text: str, mentions: list[Mention], m: Mention) -> int:
    """The end of the list of bodies ``m`` opens (党中央、国务院|决策部署): what follows the list
    is said of each of them.

    >>> from kg.types import Mention
    >>> a, b = Mention(0, 3, "甲省委", "Organization"), Mention(4, 8, "甲省政府", "Organization")
    >>> _chain_end("甲省委、甲省政府决策部署", [a, b], a)
    8
    """
    end = m.end
    while text[end:end + 1] == "、":
        nxt = [o.end for o in mentions if o.start == end + 1 and o.type in ("Place", "Organization")]
        if not nxt:
            break
        end = max(nxt)
    return end


def last_body_ending(ctx: ArticleContext, index: int, word: str) -> str | None:
    """The most recent organisation named …``word`` (工作室 → 潭丘乡新乡贤调解工作室)."""
    for i in range(index, -1, -1):
        for m in sorted(ctx.units[i][1], key=lambda m: -m.end):
            name = ctx.name_of(i, m)
            if m.type == "Organization" and name and name.endswith(word) and name != word:
                return name
    return None
