"""Whose statistic a clause states: its own place or body, an anaphor, the document's place.

Order: the place or body the clause opens with (``万安县财政收入…``), an anaphor in the clause
(``全县…``), the subject carried from the opening of the sentence's list, a company named before
(``该企业…``), an anaphor earlier in the sentence; then the document's own place (the county of a
county bulletin, the province of a provincial work report: :mod:`kg.relate.stat_documents`); then the
topic the sentence or the sentence before it in the paragraph goes on with (a topic chain); last the
article's main subject. Each way is named in :data:`SUBJECT_WAYS` and measured on the gold files.
"""

from __future__ import annotations

import re

from kg.extract.place_words import country_initials
from kg.link import ANAPHORA
from kg.relate.actors import BARE_BODY_RE, LOCAL_RE, last_body_ending
from kg.relate.context import ArticleContext, clause_end, clause_start
from kg.relate.headlines import headline_names
from kg.relate.rules_people import last_company
from kg.relate.stat_documents import document_place
from kg.relate.stat_events import UNSETTLED, event_host
from kg.relate.stat_openings import (
    after_lead,
    force_opening,
    one_body_opening,
    person_opening,
    thing_opening,
    work_opening,
)
from kg.relate.stat_publishers import monitored_state, publisher_state
from kg.text.layouts import Layout
from kg.types import Entity, Mention

# the country of the genre: 我国 (our country) and 中方 (the Chinese side, in news of diplomacy) in
# China's news are China, an entity of the article
NATIONAL = {"我国": "中国", "中方": "中国"}
ANAPHOR_RE = re.compile("|".join(sorted([*ANAPHORA, *NATIONAL], key=len, reverse=True)))

_VILLAGE_WORDS = {"该村", "全村", "村里"}

# The ways :func:`clause_subject` finds a subject, in its order, each with the confidence its code states;
# the precision measured on the gold files (rule ``observation.<way>`` in kg/data/confidence.tsv,
# written by scripts/rule_precision.py) replaces it.
SUBJECT_WAYS = {
    "opening": 0.675,           # the place or body the clause opens with
    "national": 0.63,           # 全国… / 中俄…: China's figure
    "local_word": 0.585,        # 当地: the place named last before
    "clause_anaphor": 0.63,     # 全县… in the clause
    "created": 0.54,            # the body or zone the clause before sets up (成立了某服务队，…)
    "carried": 0.63,            # carried from the opening of the sentence's list
    "company": 0.54,            # 该企业: the company named before
    "sentence_anaphor": 0.585,  # an anaphor earlier in the sentence
    "document_place": 0.54,     # the county of a county bulletin, the province of its work report
    "topic": 0.54,              # the topic the sentence or the one before goes on with
    "national_item": 0.54,      # a broadcast item whose headline speaks of the whole country (我国…)
    "main_subject": 0.495,      # the article's main subject
    "event_host": 0.54,         # the host of the event a figure that fell back to a country speaks of
}


def opening_subject(ctx: ArticleContext, index: int, start: int, end: int) -> tuple[str, int, int] | None:
    """The place or body a clause opens with (after time words), with its offsets: the most specific
    of a chain (平定乡蓝田宋家村 → 蓝田宋家村)."""
    text = ctx.units[index][0].text
    begin = after_lead(text, start, end)
    chain = [m for m in ctx.units[index][1] if m.type in ("Place", "Organization") and m.end <= end
             and (begin <= m.start <= begin + 2 and _no_verb_between(text[begin:m.start])
                  or m.start > begin and _title_before(text[begin:m.start]))
             and not _quoted(text, m)]
    while chain:
        last = max(chain, key=lambda m: (m.end, m.end - m.start))
        nxt = [m for m in ctx.units[index][1] if m.type in ("Place", "Organization") and m.start == last.end]
        if nxt:
            chain = nxt
            continue
        name = ctx.name_of(index, last)
        entity = ctx.book.entities.get(name or "")
        level = entity.attrs.get("level") if entity else None
        # 中国、德国等33个国家: a list, not a subject; 中国与东盟贸易额 (与, no 等): a country's bilateral figure
        listed = text[last.end:last.end + 1] in ("、", "和", "与") \
            and not (text[last.end] == "与" and "等" not in text[last.end:end])
        # a region (鄱阳湖, 长三角) opening a clause is its subject in the news; in a report or a bulletin,
        # the document's own place speaks of its part of the region (洞庭湖区…: the province's figure)
        region_ok = level != "region" or (document_place(ctx) is None and _region_speaks(ctx, index, last.end))
        if name and entity and level != "unresolved" and region_ok and not (level in ("country", "region") and listed) \
                and not name[0].isdigit() and not _COUNTED_LIST_RE.match(text, last.end) \
                and not (_GUEST_RE.match(text, last.end, end) or _PAPER_RE.match(text, last.end)):  # 17所卫生院
            first = min((m.start for m in ctx.units[index][1] if m.type in ("Place", "Organization")
                         and begin <= m.start <= last.start), default=last.start)
            return name, first, last.end
        return None
    return None


# a place's title set before its name (造船大省江苏…, 在产粮大省安徽，…, 经济强省广东…)
_TITLE_BEFORE_RE = re.compile(r"在?[\u4e00-\u9fff]{1,6}?[大强](?:省|市|县|区)")


def _title_before(gap: str) -> bool:
    """Whether ``gap`` is a place's title set before its name (产粮大省, 在造船大省), not a verb's object
    (支援产粮大省…)."""
    from kg.lexicon import pos, words

    title = gap.removeprefix("在")
    return bool(_TITLE_BEFORE_RE.fullmatch(gap)) and not (pos(words(title)[0]) or "").startswith("v")


# the first item of a list the clause counts (甲基金、乙基金等12家基金…, 甲省、乙省6个省份…): what is counted, not who
_COUNTED_LIST_RE = re.compile(r"(?:、[^，。；、0-9]{1,14}?)+等?[0-9一二两三四五六七八九十]+[多余]?(?:个|家|所|座|名|位|支|项|省|市|县|区|国)")
_PAPER_RE = re.compile(r"(?:提案|建议|议案|规章)")  # 全国政协|提案3件, 省政府|规章12件: papers filed, no subject

# a guest of honour at a fair or festival held elsewhere (某国担任主宾国，…): the event's figures are not its
_GUEST_RE = re.compile(r"[\u4e00-\u9fff“”]{0,12}?(?:主宾(?:国|省|市|城市)|主题国)")


def _region_speaks(ctx: ArticleContext, index: int, end: int) -> bool:
    """Whether a region named before ``end`` is what the clause is about, not a modifier of a longer noun
    phrase: not followed (after 地区) by a superlative or an ordinal (亚洲最大的…, 大湾区首个…), 的, a
    word it forms (非洲裔, 辽东湾), or a name it opens (长三角某某中心)."""
    text = ctx.units[index][0].text
    after = end + 2 if text.startswith("地区", end) else end
    if text[after:after + 1] in _REGION_MODIFIES or after >= len(text):
        return False
    return not any(m.start == end and m.type != "Place" for m in ctx.units[index][1])


_REGION_MODIFIES = frozenset("最首唯的裔湾人籍中")


def _quoted(text: str, m: Mention) -> bool:
    """A name alone in quotes (“某山”品牌) names a brand or a programme, not the place speaking."""
    return text[m.start - 1:m.start] == "“" and text[m.end:m.end + 1] == "”"


def _no_verb_between(gap: str) -> bool:
    """``全县…``, ``在…`` may stand before a clause's subject; a verb (完成…, 建设…) makes it an object, a
    preposition of a partner, origin or agent (对东盟…, 从某地前往…, 由某部主办) a partner."""
    from kg.lexicon import pos

    return not gap or not ((pos(gap) or "").startswith("v") or gap[-1] in _PARTNER_PREPOSITIONS)


# prepositions naming a partner, an origin or an agent, never the subject of the clause's figures
_PARTNER_PREPOSITIONS = frozenset("对向与同跟给从由")


def first_body(ctx: ArticleContext, index: int) -> str | None:
    """A sentence that opens with a bare body word (工作室从…) speaks of the last body so named."""
    bare = BARE_BODY_RE.match(ctx.units[index][0].text)
    return last_body_ending(ctx, index, bare.group(2)) if bare else None


def clause_subject(ctx: ArticleContext, index: int, begin: int, value_start: int,
                   carried: str | None) -> tuple[str | None, str]:
    """The clause's subject and the way it was found (a key of :data:`SUBJECT_WAYS`; "" with no subject);
    an event's figure that fell back to a country goes on its host (:mod:`kg.relate.stat_events`)."""
    subject, way = _clause_subject(ctx, index, begin, value_start, carried)
    host = event_host(ctx, index, value_start, subject, way)
    if host:
        return host, "event_host"
    return (None, "") if way == UNSETTLED else (subject, way)


def _clause_subject(ctx: ArticleContext, index: int, begin: int, value_start: int,
                    carried: str | None) -> tuple[str | None, str]:
    if force_opening(ctx, index, begin, value_start) or one_body_opening(ctx, index, begin, value_start):
        return None, ""  # 俄军控制了5个居民点: a force's operations; 某市这家企业…: one unnamed body's figures
    opening = opening_subject(ctx, index, begin, value_start)
    if opening:  # 商务部|重点监测的…: a publisher's sample, the state's figure
        return monitored_state(ctx, index, opening[0], opening[2], resolve_word) or opening[0], "opening"
    text = ctx.units[index][0].text
    if work_opening(ctx, index, begin, value_start):
        return None, ""  # 该工程总投资30亿元: a work's own figure (its totalInvestment), no place's statistic
    if person_opening(ctx, index, begin, value_start) or thing_opening(ctx, index, begin, value_start):
        return None, ""  # 他先后8次…, 张三带领村民种植300亩, 它最大储油量…: a person's deeds, a thing's specification
    if _chinas_opening(text, begin, value_start):
        return resolve_word(ctx, index, "我国"), "national"  # 全国原油产量1.9亿吨, 中俄双边贸易额: China's figure
    here = LOCAL_RE.search(text, begin, value_start)  # 带动当地…产值: the place named last before
    if here:
        nearest = ctx.last_place_before(index, here.start())
        if nearest:
            return nearest, "local_word"
    local = ANAPHOR_RE.search(text, begin, value_start)  # 全县200多名…: this clause's own place
    if local:
        resolved = named_before(ctx, index, local.start(), local.group()) or resolve_word(ctx, index, local.group())
        if resolved:
            return resolved, "clause_anaphor"
    if _goes_on_with_a_work_or_person(ctx, index, begin):
        return None, ""  # 该工程总投资12亿元，设计库容3亿立方米: the work's topic goes on
    created = _created_before(ctx, index, begin)
    if created:
        return created, "created"  # 某村成立了某服务队，劝导婚事简办16起: the body just set up goes on
    if carried:
        return publisher_state(ctx, index, carried, resolve_word), "carried"
    if re.match(r"^(?:该企业|企业|该公司|公司)", text):
        company = last_company(ctx, index - 1)
        if company:
            return company, "company"
    anaphor = ANAPHOR_RE.search(text, 0, value_start)
    if anaphor:
        resolved = named_before(ctx, index, anaphor.start(), anaphor.group()) or resolve_word(ctx, index, anaphor.group())
        if resolved:
            return resolved, "sentence_anaphor"
    own = document_place(ctx)
    if own:
        return own, "document_place"
    topic = earlier_clause_subject(ctx, index, begin) or previous_topic(ctx, index)
    main = ctx.subject
    if topic and not (main and main != topic and main.startswith(topic)):  # 奉新县 → its 奉新县财政局
        return publisher_state(ctx, index, topic, resolve_word), "topic"
    main = publisher_state(ctx, index, main, resolve_word)
    if not item_is_about(ctx, index, main):
        if _NATIONAL_HEADLINE_RE.search(ctx.article.title or ""):
            return resolve_word(ctx, index, "我国"), "national_item"  # 今年一季度我国造船…: China's figures
        return None, UNSETTLED  # 某国大选结果…: a foreign item, the place it names in passing has no figure
    return main, "main_subject"


def item_is_about(ctx: ArticleContext, index: int, main: str | None) -> bool:
    """Whether a figure naming no subject of its own may fall back to the article's main subject: always
    in a newspaper or a report; in a broadcast's page of items only when the item's headline (or its
    section's heading) names that place (某省：推动…), or the place is China (a national item, often
    headed by no place: 4月份机械工业运行稳定向好), not in a national or foreign item where the place is
    only the most mentioned (今年一季度我国造船三大指标…, 某国大选结果…)."""
    if ctx.article.layout != Layout.NEWS_ITEMS.value or ctx.section_place(index):
        return True
    return main == "中国" or headline_names(ctx, main)


# a broadcast item's headline about the whole country (4月我国民航…, 全国夏粮收获…)
_NATIONAL_HEADLINE_RE = re.compile(r"我国|全国(?!首|第|率先|领先|唯一|最|前列|前|排名|同类)")


def _created_before(ctx: ArticleContext, index: int, begin: int) -> str | None:
    """The body or zone the clause right before sets up, named as its last words (某市建立了某交易所，…;
    成立了“某某服务队”，…): the clause after, with no subject of its own, goes on about it; not a clause
    going on with the one who set it up (并, 还, 同时) or opening with a count of its own (115个城市…)."""
    text = ctx.units[index][0].text
    end = begin - 1
    if end <= 0 or text[end] != "，" or _ACTOR_GOES_ON_RE.match(text, after_lead(text, begin, len(text))):
        return None
    start = clause_start(text, end)
    for m in ctx.units[index][1]:
        if start <= m.start and m.end <= end and text[m.end:end] in ("", "”") \
                and _CREATED_RE.search(text, start, m.start):
            name = ctx.name_of(index, m)
            if name and (m.type == "Organization" or ctx.level_of(name) == "zone"):
                return name
    return None


# verbs of setting a body or zone up (建立, 成立, 组建 …), with their aspect marker
_CREATED_RE = re.compile(r"(?:建立|成立|组建|设立|建成|落成|打造)了?")
# a clause going on with the actor before (并, 还, 又, 同时) or opening with a count of its own
_ACTOR_GOES_ON_RE = re.compile(r"[并还又再也]|同时|[近约超逾]?[0-9一二两三四五六七八九十百千万]")


def _goes_on_with_a_work_or_person(ctx: ArticleContext, index: int, before: int) -> bool:
    """Whether the nearest earlier clause of the sentence that has a topic opens with a word referring back
    to a work, with a person or with a thing (:mod:`kg.relate.stat_openings`): a clause with no subject of
    its own goes on with that topic. A clause that only says who speaks (张三说，…) sets no topic."""
    text = ctx.units[index][0].text
    end = before - 1
    while end > 0:
        start = clause_start(text, end)
        if force_opening(ctx, index, start, end) or one_body_opening(ctx, index, start, end):
            return True  # 某国国防部称，…: a force's communiqué goes on; 在这家工厂，…: the body's topic
        if opening_subject(ctx, index, start, end):
            return False
        if work_opening(ctx, index, start, end) or person_opening(ctx, index, start, end) \
                or thing_opening(ctx, index, start, end):
            return True
        end = start - 1
    return False


def _chinas_opening(text: str, begin: int, end: int) -> bool:
    """Whether the clause opens with the whole country (全国…) or a bilateral pair (中俄…): China's figure."""
    return _national_opening(text, begin, end) or _bilateral_opening(text, begin, end)


def _national_opening(text: str, begin: int, end: int) -> bool:
    """Whether the clause ``text[begin:end]`` opens (after its time words) with 全国, the whole country."""
    return bool(_WHOLE_COUNTRY_RE.match(text, after_lead(text, begin, end)))


def _bilateral_opening(text: str, begin: int, end: int) -> bool:
    """Whether the clause opens (after its time words) with 中 + a country's one-character short name and
    speaks of the two (中俄双边贸易额, 中美经贸合作): a bilateral figure, China's in China's news.

    >>> _bilateral_opening("去年中俄双边贸易额突破1900亿美元", 0, 12), _bilateral_opening("其中以工业为主", 0, 7)
    (True, False)
    """
    first = after_lead(text, begin, end)
    return (text[first:first + 1] == "中" and text[first + 1:first + 2] in country_initials()
            and bool(_BILATERAL_RE.search(text, first + 2, end)))


_BILATERAL_RE = re.compile(r"双边|两国|贸易|经贸|合作|关系|建交|进出口|投资|班列")


# 全国 + a statistic's noun; 全国首创, 全国第一, 全国领先 rank a place against the country instead
_WHOLE_COUNTRY_RE = re.compile(r"全国(?!首|第|率先|领先|唯一|最|前列|前|排名|平均|同类)")


def earlier_clause_subject(ctx: ArticleContext, index: int, before: int) -> str | None:
    """The subject the nearest earlier clause of the sentence opens with: in ``县文联共办展览3场，
    接待观众2万人次``, the second count is the 文联's too."""
    text = ctx.units[index][0].text
    end = before - 1
    while end > 0:
        start = clause_start(text, end)
        opening = opening_subject(ctx, index, start, end) or _described_topic(ctx, index, start, end)
        if opening:
            return opening[0]
        if _chinas_opening(text, start, end):
            return resolve_word(ctx, index, "我国")
        end = start - 1
    return None


def _described_topic(ctx: ArticleContext, index: int, start: int, end: int) -> tuple[str, int, int] | None:
    """A clause that is a described place or body (位于山区深处的某村，…): its head noun, the
    place or body right after the last 的, which ends the clause."""
    text = ctx.units[index][0].text
    for m in ctx.units[index][1]:
        if m.type in ("Place", "Organization") and m.end == end and text[m.start - 1:m.start] == "的" \
                and start < m.start - 1:
            name = ctx.name_of(index, m)
            if name and ctx.level_of(name) not in ("unresolved", "region", "country"):
                return name, m.start, m.end
    return None


def previous_topic(ctx: ArticleContext, index: int) -> str | None:
    """A sentence with no subject of its own goes on with the topic of the sentence before it in the
    same paragraph (a Chinese topic chain): in ``该镇新建公园3个。目前，共种植花木5000株``, the second
    count is the town's. The topic is the place or body the sentence before opens with, else its
    first anaphor (该镇); a paragraph break ends the chain. The document's own place (a report's
    province) and the article's main body of the same place come first."""
    if index == 0:
        return None
    before, sentence = ctx.units[index - 1][0], ctx.units[index][0]
    if sentence.start > before.end:  # a paragraph break lies between
        return None
    text = before.text
    first = clause_end(text, 0)
    if after_lead(text, 0, first) >= first and text.startswith("在", first + 1):
        first = clause_end(text, first + 1)  # 如今，在某市，…: a place set as the scene after a time word
    opening = opening_subject(ctx, index - 1, 0, first) or _described_topic(ctx, index - 1, 0, first)
    if opening:
        return opening[0]
    anaphor = ANAPHOR_RE.search(text)
    return resolve_word(ctx, index - 1, anaphor.group()) if anaphor else None


def named_before(ctx: ArticleContext, index: int, at: int, word: str) -> str | None:
    """In the news, an anaphor of a kind of division (全省, 该市) points back to the nearest place of that kind
    named before it in the sentence (在产粮大省安徽，…，全省计划投入… → 安徽省), not to the article's
    main one (a broadcast item speaks of several provinces in turn); a report's 全省 is its own province."""
    from kg.link import ANAPHORA

    suffix = ANAPHORA.get(word)
    if not suffix or suffix == "村" or ctx.article.layout == Layout.DOCUMENT.value:
        return None
    text = ctx.units[index][0].text
    places = [m for m in ctx.units[index][1] if m.type == "Place" and m.end <= at]
    for m in sorted(places, key=lambda m: m.end, reverse=True):
        name = ctx.name_of(index, m)
        if name and name.endswith(suffix) and ctx.level_of(name) not in ("unresolved", "region", "country") \
                and not _PARTNER_LIST_RE.search(text, 0, m.start):
            return name  # (从江苏、湖北等地引进…，全省…: an origin, no place of the anaphor)
    return None


# a place listed after a preposition of a partner or an origin (从甲省、|乙省等地引进)
_PARTNER_LIST_RE = re.compile(rf"[{''.join(sorted(_PARTNER_PREPOSITIONS))}](?:[\u4e00-\u9fff]{{1,8}}、)*$")


def resolve_word(ctx: ArticleContext, index: int, word: str) -> str | None:
    """An anaphor's place: 村里 is the village named last, 全县 the article's county, 我国 China (made
    an entity of the article when the text names it only so)."""
    from kg.link import resolve_anaphor

    if word in NATIONAL:
        country = NATIONAL[word]
        entity = ctx.book.entities.setdefault(country, Entity(country, "Place", attrs={"level": "country"}))
        entity.aliases.add(word)
        return country
    return _recent_village(ctx, index) if word in _VILLAGE_WORDS else resolve_anaphor(word, ctx.mains)


def _recent_village(ctx: ArticleContext, index: int) -> str | None:
    """该村, 村里: the village named last before this sentence."""
    for i in range(index, -1, -1):
        villages = [m for m in ctx.units[i][1] if m.type == "Place" and m.attr("level") == "village"]
        if villages:
            return ctx.name_of(i, max(villages, key=lambda m: m.end))
    return None
