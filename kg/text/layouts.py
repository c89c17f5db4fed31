"""Which layout a source text has, decided from its own shape (``detect_layout``).

- ``news-items``: a page of news items, each a one-line headline, a blank line and a body whose
  paragraphs are lines (TV-news transcripts, copies of a website's list of items);
- ``newspaper``: a newspaper page, where every paragraph is a block of its own and headlines,
  kickers, subtitles, bylines and captions interleave (the seeds);
- ``document``: one long document, a work report or a statistical bulletin: a title naming a kind
  of document (…工作报告, …统计公报) or numbered headings (一、 （一） 1. 一是…);
- ``html``: a page exported from a website (the file is HTML; cut in :mod:`kg.text.pages`);
- ``unknown``: nothing above fits (no headline at all); the text builds as one article.

The features are counted in one pass over the lines, so a page of thousands of items is decided
in linear time.

>>> detect_layout("甲地跨江大桥顺利合龙\\n\\n今天，大桥合龙。\\n\\n乙县举办农民丰收节\\n\\n今天，节日开幕。\\n\\n"
...               "丙镇新建小学正式开学\\n\\n今天，学校开学。\\n")
<Layout.NEWS_ITEMS: 'news-items'>
>>> detect_layout("某省2030年统计公报\\n\\n全年生产总值增长5%。\\n")
<Layout.DOCUMENT: 'document'>
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from kg.lexicons import lexicon
from kg.text.chars import normalize_chars
from kg.text.html_input import looks_like_html
from kg.text.layout import TERMINAL, classify, line_groups

MIN_ITEMS = 3  # a page of items shows its rhythm over three items at least
MIN_HEADLINE_MEAN = 8  # news headlines average a clause (about 20 characters); section names are shorter
MAX_HEADLINE = 100  # a TV-news headline with its 【kicker】 fits on one line of this length (99.9 % of them)
_STOPS = "。！？；：，、…!?;:,"
NUMBERED = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}[、是]|[（(][一二三四五六七八九十]{1,3}[）)]|[0-9]{1,2}[.．、](?![0-9])"
    r"|第[一二三四五六七八九十]{1,3}[章节部分])"
)
_MARKED = re.compile(r"^#{1,6}\s")
_DATE = re.compile(r"^[0-9]{4}[-年/.][0-9]{1,2}[-月/.][0-9]{1,2}日?(?:\s+[0-9:]+)?$")


class Layout(StrEnum):
    """The layouts the splitter knows."""

    NEWS_ITEMS = "news-items"
    NEWSPAPER = "newspaper"
    DOCUMENT = "document"
    HTML = "html"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class Shape:
    """What the layout is decided from (all counted over blank-line separated groups of lines)."""

    title: str  # the first line
    item_pairs: int  # items: a headline group + a body group followed by a headline group or the end,
    # or a group opening with its headline line
    bodies: int  # groups that are not a single headline line
    headlines: int  # single-line headline groups (unnumbered)
    headline_chars: int  # their total length
    numbered: int  # lines opening with a heading number (一、 （一） 1. 一是)
    marked: bool  # markdown heading marks (#)


def is_headline(line: str) -> bool:
    """A line that can be a headline or a section heading: short, no sentence end, not a credit.

    >>> [is_headline(t) for t in ("江西：数字赋能 推动产业升级", "今天，大桥合龙。", "主要做了三件事：", "（张三 李四）")]
    [True, False, False, False]
    """
    line = line.strip()
    if not 2 <= len(line) <= MAX_HEADLINE or "。" in line or line.endswith(tuple(_STOPS)):
        return False
    if line[-1] in TERMINAL and line[-2:-1] in tuple(_STOPS):
        return False
    return classify(line) in ("heading", "body")


def is_item_headline(line: str) -> bool:
    """A line that can head a news item: a headline without a heading number."""
    return is_headline(line) and not is_numbered(line)


def opens_item(lines: list[str], after_headline: bool) -> bool:
    """A group that is a whole item: its headline line, then body lines (``标题⏎正文。``); not when
    the group before is a headline waiting for its body.

    >>> opens_item(["某县大桥合龙", "今天，大桥合龙。"], False), opens_item(["某县大桥合龙", "今天，大桥合龙。"], True)
    (True, False)
    """
    return len(lines) >= 2 and not after_headline and is_item_headline(lines[0]) and not is_headline(lines[1])


def is_numbered(line: str) -> bool:
    """A line opening with a heading number: ``一、`` ``（二）`` ``3.`` ``一是`` ``第二章``.

    >>> [is_numbered(t) for t in ("一、总体要求", "（二）工业", "1.粮食", "一是稳增长", "12.5亿元", "一季度")]
    [True, True, True, True, False, False]
    """
    return bool(NUMBERED.match(line.strip()))


def is_metadata(line: str) -> bool:
    """A website's metadata line: a label of lexicon ``page_metadata`` and a colon, or a bare date.

    >>> is_metadata("来源：某某日报"), is_metadata("发布时间: 2031-05-01"), is_metadata("2031-05-01 09:00")
    (True, True, True)
    >>> is_metadata("时间就是效率")
    False
    """
    text = line.strip()
    label = re.split(r"[：:]", text, maxsplit=1)
    return bool(_DATE.match(text)) or (len(label) == 2 and label[0].strip() in lexicon("page_metadata"))


def measure_shape(text: str) -> Shape:
    """Count the layout features of ``text`` (one pass over its lines)."""
    norm = normalize_chars(text)
    groups = [[norm[s:e].strip() for s, e in group] for group in line_groups(norm)]
    heads = [len(g) == 1 and is_item_headline(g[0]) for g in groups]
    pairs = sum(
        1 for i in range(len(groups) - 1)
        if heads[i] and not heads[i + 1] and (i + 2 == len(groups) or heads[i + 2])
    )
    titled = [i for i, g in enumerate(groups) if opens_item(g, i > 0 and heads[i - 1])]
    headlines = [g[0] for g, h in zip(groups, heads, strict=True) if h] + [groups[i][0] for i in titled]
    return Shape(
        title=groups[0][0] if groups else "",
        item_pairs=pairs + len(titled),
        bodies=heads.count(False),
        headlines=len(headlines),
        headline_chars=sum(map(len, headlines)),
        numbered=sum(1 for g in groups for line in g if is_numbered(line)),
        marked=any(_MARKED.match(line) for g in groups for line in g),
    )


def names_document(title: str) -> bool:
    """A title ending in a kind of official document (报告, 公报, 意见 …, lexicon ``document_kinds``).

    >>> names_document("某县2030年国民经济和社会发展统计公报"), names_document("某县举办统计培训")
    (True, False)
    """
    return is_headline(title) and title.strip().endswith(tuple(lexicon("document_kinds")))


def layout_of_shape(shape: Shape) -> Layout:
    """The layout a shape speaks for (see the module docstring for the order of the tests)."""
    if shape.marked:
        return Layout.NEWSPAPER
    # at least three headline/body pairs and (nearly) every body in one: two could be one article's sections
    items = shape.item_pairs >= MIN_ITEMS and shape.item_pairs >= 0.8 * shape.bodies \
        and shape.headline_chars >= MIN_HEADLINE_MEAN * shape.headlines  # not section names (农业, 工业)
    # a page of at least three items whose headlines are clause-long, not section names (农业, 工业)
    many_items = items and shape.headline_chars >= 12 * shape.headlines
    if names_document(shape.title) and not many_items:
        return Layout.DOCUMENT
    if items:
        return Layout.NEWS_ITEMS
    if is_headline(shape.title) and shape.numbered >= 2:
        return Layout.DOCUMENT
    if shape.headlines or is_headline(shape.title):
        return Layout.NEWSPAPER
    return Layout.UNKNOWN


def detect_layout(text: str, name: str = "") -> Layout:
    """The layout of one decoded source text (``name`` tells an HTML export by its extension)."""
    if name and looks_like_html(name):
        return Layout.HTML
    return layout_of_shape(measure_shape(text))
