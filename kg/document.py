"""One source text → its facts document (the dict written to ``facts/<stem>.json``).

This is the per-file unit of work of a build: pure, deterministic, picklable
input and output, so it can run in worker processes or on a Dask cluster.

>>> doc = extract_document("x.txt", "宜春：园区建设提速\\n\\n今年以来，宜春市新建标准厂房30栋，总投资12.5亿元。（林小雨）\\n")
>>> [e["name"] for e in doc["articles"][0]["entities"]]
['12.5亿元', '林小雨', '宜春市']
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from kg.extract import find_mentions
from kg.link import (
    LEVEL_SUFFIX,
    EntityBook,
    expand_bare_body,
    main_places,
    merge_short_bodies,
    resolve_anaphor,
)
from kg.relate import ArticleContext, relate_article
from kg.schema import ENTITY_TYPES
from kg.text.articles import split_with_layout
from kg.text.layouts import Layout, detect_layout
from kg.types import Article, Entity, Mention, Sentence

FACT_TYPES = tuple(ENTITY_TYPES)  # the entity types of kg.schema, in its order


PLACE_LEVELS = ("zone", "county", "prefecture", "province")  # an article's own place, finest first
UNKNOWN_NOTE = "no recognisable layout: the text is built as one article"


def extract_document(name: str, text: str) -> dict[str, Any]:
    """Facts of every article of one decoded source text, with the layout it was split by."""
    layout, articles = split_with_layout(text, name)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    facts = [_article_facts(with_doc_place(a), text) for a in articles]
    return {"source": name, "sha256": digest, **layout_fields(layout), "articles": facts}


def layout_fields(layout: Layout) -> dict[str, Any]:
    """The top-level fields a facts document gets from its layout: ``layout``, and ``notes`` for an
    unrecognised one."""
    return {"layout": layout.value, **({"notes": [UNKNOWN_NOTE]} if layout is Layout.UNKNOWN else {})}


def document_fields(name: str, text: str) -> dict[str, Any]:
    """The top-level fields of a source's facts document other than its articles (``layout``, ``notes``)."""
    return layout_fields(detect_layout(text, name))


def iter_article_facts(name: str, text: str) -> Iterator[dict[str, Any]]:
    """The facts of each article of one decoded source text, one at a time (a huge file need not
    have all its facts in memory)."""
    for article in split_with_layout(text, name)[1]:
        yield _article_facts(with_doc_place(article), text)


def fields_and_article_facts(name: str, text: str) -> tuple[dict[str, Any], Iterator[dict[str, Any]]]:
    """:func:`document_fields` and :func:`iter_article_facts` of one source text, its layout found once.

    >>> fields, facts = fields_and_article_facts("x.txt", "宜春：园区建设提速\\n\\n宜春市新建标准厂房30栋。\\n")
    >>> fields, [f["title"] for f in facts]
    ({'layout': 'newspaper'}, ['宜春：园区建设提速'])
    """
    layout, articles = split_with_layout(text, name)
    return layout_fields(layout), (_article_facts(with_doc_place(article), text) for article in articles)


def with_doc_place(article: Article) -> Article:
    """The article's own place, from its headline through the gazetteer: the finest division or
    zone its title (for a long document, else its subtitle) names (万载县 of 宜春市万载县统计公报,
    宁德市 of 福建宁德风电并网); for a news item only when no other place of that level is named
    (甲县至乙县高速通车 has none); other layouts keep None.

    >>> from kg.text.articles import split_articles
    >>> with_doc_place(split_articles("2030年湖南省政府工作报告\\n\\n全省增长5%。\\n", "x.txt")[0]).doc_place
    '湖南省'
    """
    if article.layout not in (Layout.DOCUMENT.value, Layout.NEWS_ITEMS.value) or not article.title:
        return article
    book = EntityBook()
    places = _title_places(headline_unit(article).text)
    if not places and article.layout == Layout.DOCUMENT.value:
        places = _title_places(article.subtitle)  # 政府工作报告 ——在某省人民代表大会上
    names = {book.add(m, book.context_codes()) for m in places}
    ranked = sorted((PLACE_LEVELS.index(level), n) for n in names
                    if (level := book.entities[n].attrs.get("level")) in PLACE_LEVELS)
    if article.layout == Layout.NEWS_ITEMS.value and [r[0] for r in ranked].count(ranked[0][0] if ranked else 0) != 1:
        return article  # two places of the finest level named (甲县至乙县高速): no single own place
    return replace(article, doc_place=ranked[0][1]) if ranked else article


def _resolve(article: Article) -> ArticleContext:
    captions = [Sentence(c.text, c.start, c.end) for c in article.captions]
    units: list[Sentence] = list(article.sentences) + list(article.headings) + captions
    if article.title:
        units.append(headline_unit(article))
    found = [(s, find_mentions(s.text)) for s in units]
    book = EntityBook()
    # full names first so that bare forms resolve in the article's context
    places = sorted((m for _, ms in found for m in ms if m.type == "Place"), key=lambda m: -len(m.text))
    for m in places:
        book.add(m, book.context_codes())
    counts: Counter[str] = Counter()
    names: dict[tuple[int, int, int, str], str] = {}
    for index, (sentence, mentions) in enumerate(found):
        for m in mentions:
            if m.type == "Place":
                canonical = book.add(m, book.context_codes())
                counts[canonical] += 1
                names[(index, m.start, m.end, m.type)] = canonical
    mains = _with_doc_place(main_places(counts, book), article.doc_place)
    bodies_of = _own_level(mains, article.doc_place)
    for index, (sentence, mentions) in enumerate(found):
        for m in mentions:
            if m.type in ("Place", "Percent", "Position"):
                continue
            full = expand_bare_body(m.text, bodies_of) if m.type == "Organization" else None
            if m.type == "Organization" and not full:
                full = _after_anaphor(sentence.text, m, mains)
            target = Mention(m.start, m.end, full, m.type, m.kind, m.attrs) if full else m
            canonical = book.add(target, [])
            if full:
                book.entities[canonical].aliases.add(m.text)
            names[(index, m.start, m.end, m.type)] = canonical
    merge_short_bodies(book, names)
    for byline in article.bylines:
        book.add(Mention(byline.start, byline.end, byline.name, "Person"), [])
    return ArticleContext(article=article, units=found, names=names, book=book, mains=mains, counts=counts)


def headline_unit(article: Article) -> Sentence:
    """The headline as a unit to find mentions in, without a column kicker printed inside it
    (【文化中国行】江西赣州：… → 江西赣州：…): a column name is not about the article's things."""
    start, end = article.title_span
    kicker = article.kicker if article.kicker and article.title.startswith(article.kicker) else ""
    return Sentence(article.title[len(kicker):], start + len(kicker), end)


def _title_places(title: str) -> list[Mention]:
    """Place mentions of a headline, longest first (full names before bare forms)."""
    return sorted((m for m in find_mentions(title) if m.type == "Place"), key=lambda m: -len(m.text))


def _with_doc_place(mains: dict[str, str], place: str | None) -> dict[str, str]:
    """The document's own place is the main place of its level: 全省 in a province's report is that
    province, 全县 in a county bulletin that county, whatever else the text names more often."""
    suffix = _level_suffix(place)
    return {**mains, suffix: place} if place and suffix else mains


def _level_suffix(place: str | None) -> str | None:
    """The level word a place's name ends in (湖南省 → 省), None for none or no place."""
    return next((s for s in LEVEL_SUFFIX if place and place.endswith(s)), None)


def _own_level(mains: dict[str, str], place: str | None) -> dict[str, str]:
    """The main places a bare body's name may belong to: in an official document only its own place, at
    its own level (a province's report: 省政府 is that province's, while 县医院, 博物馆 and 乡镇卫生院 are
    kinds of bodies all over it, not the bodies of the county it names most); elsewhere every main place.

    >>> _own_level({"省": "湖南省", "县": "宁乡县"}, "湖南省"), _own_level({"县": "宁乡县"}, None)
    ({'省': '湖南省'}, {'县': '宁乡县'})
    """
    suffix = _level_suffix(place)
    return {suffix: mains[suffix]} if place and suffix and suffix in mains else mains


def _after_anaphor(text: str, mention: Mention, mains: dict[str, str]) -> str | None:
    """``该县财政局`` → 万安县财政局: a body named right after an anaphor belongs to that place."""
    word = text[max(0, mention.start - 2):mention.start]
    place = resolve_anaphor(word, mains)
    return place + mention.text if place else None


def _article_facts(article: Article, source_text: str) -> dict[str, Any]:
    year = article.doc_year
    context = _resolve(article)
    context.year = year
    relations, observations = relate_article(context)
    return {
        "index": article.index,
        "title": article.title,
        "kicker": article.kicker,
        "subtitle": article.subtitle,
        "starts_with": article.starts_with,
        "span": [article.start, article.end],
        "year": year,
        "entities": [_entity_dict(e) for e in sorted(context.book.entities.values(), key=lambda e: (e.type, e.name))
                     if e.type in FACT_TYPES and e.attrs.get("level") != "unresolved"],
        "relations": relations,
        "observations": observations,
    }


def _entity_dict(entity: Entity) -> dict[str, Any]:
    out: dict[str, Any] = {"name": entity.name, "type": entity.type}
    if entity.type == "Organization":
        out["kind"] = entity.kind or "other"
    if entity.type == "Place":
        for key in ("level", "code", "parent"):
            if entity.attrs.get(key) is not None:
                out[key] = entity.attrs[key]
    if entity.type == "Money":
        for key in ("value", "currency", "approx", "bound"):
            out[key] = entity.attrs.get(key)
    aliases = sorted(a for a in entity.aliases if a != entity.name)
    if aliases:
        out["aliases"] = aliases
    return out
