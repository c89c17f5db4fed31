"""Split a source file into articles: headline, kicker, subtitle, body, credits.

A file holds several articles. A run of heading-like blocks opens a new
article when the paper's layout says so: it is followed by a dateline or an
author line, it carries a subtitle (``——…``), the previous article is closed
(closing byline, page credit, photo story), or the previous article is a short
dateline report (those have no section headings). Otherwise the run is a
section heading (or a photo caption) inside the current article.

>>> text = "强攻二季度 确保双过半\\n\\n赣县区推进工业倍增\\n\\n本报讯（记者熊艳）进入六月，赣县区开足马力。\\n"
>>> [(a.kicker, a.title, a.starts_with) for a in split_articles(text, "x.txt")]
[('强攻二季度 确保双过半', '赣县区推进工业倍增', '进入六月，赣县区开足马力')]
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.text import credits
from kg.text.layout import Block, join_fragments, split_blocks
from kg.text.sentences import block_sentences
from kg.types import Article, Byline, Caption, Sentence

HEADER_KINDS = {"heading", "subtitle", "author"}


@dataclass
class _Draft:
    """An article being assembled."""

    heads: list[Block] = field(default_factory=list)
    body: list[Block] = field(default_factory=list)
    captions: list[Block] = field(default_factory=list)
    sections: list[Block] = field(default_factory=list)
    bylines: list[Byline] = field(default_factory=list)
    closed: bool = False
    dateline: bool = False

    @property
    def titled(self) -> bool:
        return any(b.kind == "heading" for b in self.heads)


def split_articles(source: str, name: str) -> list[Article]:
    """Articles of one decoded source text, in order."""
    blocks = join_fragments(split_blocks(source))
    marked = any(b.level for b in blocks)
    drafts: list[_Draft] = []
    i = 0
    while i < len(blocks):
        if blocks[i].kind in HEADER_KINDS:
            j = i
            while j < len(blocks) and blocks[j].kind in HEADER_KINDS:
                j += 1
            _take_run(drafts, blocks[i:j], blocks[j] if j < len(blocks) else None, marked)
            i = j
            continue
        _take_block(drafts, blocks[i])
        i += 1
    drafts = [d for d in drafts if d.body]
    return [_finish(d, name, index) for index, d in enumerate(drafts)]


def _opens_article(run: list[Block], following: Block | None, current: _Draft | None, marked: bool) -> bool:
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


def _take_run(drafts: list[_Draft], run: list[Block], following: Block | None, marked: bool) -> None:
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
        current = _Draft()
        drafts.append(current)
    cut = next((k for k, b in enumerate(run) if b.kind == "author"), len(run))
    current.heads = run[:cut]
    for block in run[cut:]:
        if block.kind == "author":
            current.bylines.extend(_bylines(credits.author_line(block.text), block))
        else:
            current.sections.append(block)


def _take_block(drafts: list[_Draft], block: Block) -> None:
    if not drafts:
        drafts.append(_Draft())
    current = drafts[-1]
    if block.kind == "credit":
        current.closed = True
        current.captions.append(block)  # （本版文图由…提供）: names the body that supplied the page
        return
    if block.kind == "byline":
        current.bylines.extend(_bylines(credits.closing_byline(block.text)[0], block))
        current.closed = True
        return
    if block.kind == "caption":
        current.bylines.extend(_bylines(credits.photo_credit(block.text)[0], block))
        if current.body:
            current.captions.append(block)
            return
        current.closed = True  # a photo story: the caption is the body
    if not current.body and credits.DATELINE_RE.match(block.text):
        current.dateline = True
        current.bylines.extend(_bylines(credits.parse_dateline(block.text)[0], block))
    if block.kind == "body":
        found, _ = credits.closing_byline(block.text)
        if found:
            current.bylines.extend(_bylines(found, block))
            current.closed = True
    current.body.append(block)


def _bylines(found: list[credits.Credit], block: Block) -> list[Byline]:
    return [Byline(n, role, block.source_offset(s), block.source_offset(e)) for n, role, s, e in found]


def _title_parts(heads: list[Block]) -> tuple[str, str, str]:
    """(kicker, title, subtitle) from a headline run."""
    lines = [b for b in heads if b.kind in ("heading", "subtitle")]
    marked_levels = [b.level for b in lines if b.level]
    if marked_levels:
        top = min(marked_levels)
        title_block = next(b for b in lines if b.level == top)
        after = lines[lines.index(title_block) + 1:]
        subtitle = " ".join(b.text for b in after)
        return "", title_block.text, subtitle
    sub_at = next((k for k, b in enumerate(lines) if b.kind == "subtitle"), len(lines))
    before = [b.text for b in lines[:sub_at] if b.kind == "heading"]
    subtitle = lines[sub_at].text if sub_at < len(lines) else ""
    if not before:
        return "", "", subtitle
    title, kicker = before[-1], " ".join(before[:-1])
    if "——" in title:
        left, _, right = title.partition("——")
        if right.strip():
            kicker, title = " ".join(filter(None, (kicker, left.strip()))), right.strip()
    return kicker, title, subtitle


def _finish(draft: _Draft, name: str, index: int) -> Article:
    kicker, title, subtitle = _title_parts(draft.heads)
    title_span = next(((b.source_offset(b.text.index(title)), b.source_offset(b.text.index(title) + len(title) - 1) + 1)
                       for b in draft.heads if title and title in b.text), (draft.body[0].start, draft.body[0].start))
    sentences: list[Sentence] = []
    for block in draft.body:
        sentences.extend(block_sentences(block))
    section_sentences = [s for b in draft.sections for s in block_sentences(b)]
    captions = tuple(
        Caption(b.text, b.start, b.end, tuple(c[0] for c in credits.photo_credit(b.text)[0]))
        for b in draft.captions
    )
    seen: set[str] = set()
    bylines = []
    for byline in draft.bylines:
        if byline.name not in seen:
            seen.add(byline.name)
            bylines.append(byline)
    return Article(
        source=name,
        index=index,
        title=title,
        kicker=kicker,
        subtitle=subtitle,
        start=draft.body[0].start,
        end=max(b.end for b in draft.body),
        sentences=tuple(sentences),
        bylines=tuple(bylines),
        captions=captions,
        headings=tuple(section_sentences),
        title_span=title_span,
    )
