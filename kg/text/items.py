"""Splitters for layouts whose paragraphs are lines: a page of news items, one long document.

On such pages a blank line separates a headline from its body, and the body's paragraphs are
lines; a short line without a sentence end inside a body is a section heading
(``浙江：推动产业创新``, ``一、工作回顾``). A long line that stops mid-sentence is hard-wrapped.

>>> page = "甲地大桥合龙\\n\\n今天，大桥合龙。\\n\\n【走基层】乙县举办丰收节\\n\\n今天，节日开幕。\\n乡村振兴\\n农民很高兴。\\n"
>>> [(a.title, a.starts_with, len(a.headings)) for a in split_items(page, "x.txt")]
[('甲地大桥合龙', '今天，大桥合龙。', 0), ('【走基层】乙县举办丰收节', '今天，节日开幕。', 1)]
>>> [(a.title, a.starts_with) for a in split_document("某县统计公报\\n\\n一、综合\\n全年增长5%。\\n", "x.txt")]
[('某县统计公报', '全年增长5%。')]
"""

from __future__ import annotations

from dataclasses import replace

from kg.text import credits
from kg.text.chars import normalize_chars
from kg.text.drafts import Draft, bylines_of, finish, take_block
from kg.text.layout import Block, line_groups, line_paragraphs
from kg.text.layouts import is_headline, is_item_headline, is_metadata, opens_item
from kg.types import Article

WRAP_WIDTH = 64  # a line longer than this that stops mid-sentence goes on in the next line


def line_blocks(source: str) -> list[list[Block]]:
    """Blank-line separated groups of one-paragraph-per-line blocks."""
    norm = normalize_chars(source)
    return [line_paragraphs(norm, lines, WRAP_WIDTH) for lines in line_groups(norm)]


def _headline_group(group: list[Block]) -> bool:
    return len(group) == 1 and is_item_headline(group[0].text)


def split_items(source: str, name: str) -> list[Article]:
    """One article per headline line followed by a body (after a blank line or not); a stray group
    goes with the item before it."""
    groups = line_blocks(source)
    drafts: list[Draft] = []
    i = 0
    while i < len(groups):
        if _headline_group(groups[i]) and i + 1 < len(groups) and not _headline_group(groups[i + 1]):
            drafts.append(Draft(heads=[replace(groups[i][0], kind="heading")], whole_title=True))
            file_body(drafts, groups[i + 1])
            i += 2
            continue
        if opens_item([b.text for b in groups[i]], False):  # 标题⏎正文。: headline and body in one group
            drafts.append(Draft(heads=[replace(groups[i][0], kind="heading")], whole_title=True))
            file_body(drafts, groups[i][1:])
            i += 1
            continue
        if drafts or not _headline_group(groups[i]):
            file_body(drafts, groups[i])
        i += 1
    drafts = [d for d in drafts if d.body]
    return [finish(d, name, index) for index, d in enumerate(drafts)]


def split_document(source: str, name: str, *, titled: bool = True) -> list[Article]:
    """The whole text as one article; with ``titled`` its first line is the title. A website's
    metadata lines (来源：某某日报) are left out."""
    blocks = [block for group in line_blocks(source) for block in group if not is_metadata(block.text)]
    draft = Draft(whole_title=True)
    if titled and blocks:
        draft.heads.append(replace(blocks[0], kind="heading"))
        blocks = blocks[1:]
        while blocks and blocks[0].kind == "subtitle":  # ——在某省人民代表大会上
            draft.heads.append(blocks.pop(0))
    file_body([draft], blocks)
    return [finish(draft, name, 0)] if draft.body else []


def file_body(drafts: list[Draft], blocks: list[Block]) -> None:
    """File the lines of a body: section headings, author lines, then paragraphs and credits."""
    for block in blocks:
        if drafts and is_headline(block.text) and block.kind in ("heading", "body"):
            drafts[-1].sections.append(replace(block, kind="heading"))
        elif drafts and block.kind == "author":
            drafts[-1].bylines.extend(bylines_of(credits.author_line(block.text), block))
        else:
            take_block(drafts, block)
