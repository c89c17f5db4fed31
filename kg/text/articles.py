"""Split a source file into articles: headline, kicker, subtitle, body, credits.

The file's layout (:mod:`kg.text.layouts`) chooses the splitter: a page of news items and a long
document are cut in :mod:`kg.text.items`, a newspaper page here. A newspaper page holds several
articles. A run of heading-like blocks opens a new article when the paper's layout says so: it is
followed by a dateline or an author line, it carries a subtitle (``——…``), the previous article
is closed (closing byline, page credit, photo story), or the previous article is a short
dateline report (those have no section headings). Otherwise the run is a
section heading (or a photo caption) inside the current article.

>>> text = "强攻二季度 确保双过半\\n\\n赣县区推进工业倍增\\n\\n本报讯（记者熊艳）进入六月，赣县区开足马力。\\n"
>>> [(a.kicker, a.title, a.starts_with) for a in split_articles(text, "x.txt")]
[('强攻二季度 确保双过半', '赣县区推进工业倍增', '进入六月，赣县区开足马力')]
"""

from __future__ import annotations

from kg.text import credits
from kg.text.context import with_context
from kg.text.drafts import Draft, bylines_of, finish, take_block
from kg.text.items import split_document, split_items
from kg.text.layout import Block, join_fragments, split_blocks
from kg.text.layouts import Layout, detect_layout
from kg.text.pages import split_page
from kg.types import Article

HEADER_KINDS = {"heading", "subtitle", "author"}


def split_articles(source: str, name: str) -> list[Article]:
    """Articles of one decoded source text, in order, each knowing the layout it was cut by."""
    return split_with_layout(source, name)[1]


def split_with_layout(source: str, name: str) -> tuple[Layout, list[Article]]:
    """The layout of one decoded source text and its articles (see :mod:`kg.text.layouts`)."""
    layout = detect_layout(source, name)
    if layout is Layout.NEWS_ITEMS:
        articles = split_items(source, name)
    elif layout is Layout.DOCUMENT:
        articles = split_document(source, name)
    elif layout is Layout.UNKNOWN:
        articles = split_document(source, name, titled=False)
    elif layout is Layout.HTML:
        articles = split_page(source, name)
    else:
        articles = split_newspaper(source, name)
    return layout, [with_context(a, layout) for a in articles]


def split_newspaper(source: str, name: str) -> list[Article]:
    """Articles of a newspaper page."""
    blocks = join_fragments(split_blocks(source))
    marked = any(b.level for b in blocks)
    drafts: list[Draft] = []
    i = 0
    while i < len(blocks):
        if blocks[i].kind in HEADER_KINDS:
            j = i
            while j < len(blocks) and blocks[j].kind in HEADER_KINDS:
                j += 1
            _take_run(drafts, blocks[i:j], blocks[j] if j < len(blocks) else None, marked)
            i = j
            continue
        take_block(drafts, blocks[i])
        i += 1
    drafts = [d for d in drafts if d.body]
    return [finish(d, name, index) for index, d in enumerate(drafts)]


def _opens_article(run: list[Block], following: Block | None, current: Draft | None, marked: bool) -> bool:
    if following is None:
        return False
    if current is None or not current.titled:
        return True
    if marked:
        return any(b.level for b in run)
    if following.kind == "body" and credits.DATELINE_RE.match(following.text):
        return True
    if any(b.kind in ("subtitle", "author") for b in run):
        return True
    return current.closed or current.dateline


def _take_run(drafts: list[Draft], run: list[Block], following: Block | None, marked: bool) -> None:
    current = drafts[-1] if drafts else None
    if not _opens_article(run, following, current, marked):
        if current is not None:
            current.sections.extend(run) if following else current.captions.extend(run)
        return
    if marked and any(b.level for b in run):
        first_marked = next(k for k, b in enumerate(run) if b.level)
        if current is not None:
            current.captions.extend(run[:first_marked])
        run = run[first_marked:]
    if current is None or current.titled:
        current = Draft()
        drafts.append(current)
    cut = next((k for k, b in enumerate(run) if b.kind == "author"), len(run))
    current.heads = run[:cut]
    for block in run[cut:]:
        if block.kind == "author":
            current.bylines.extend(bylines_of(credits.author_line(block.text), block))
        else:
            current.sections.append(block)
