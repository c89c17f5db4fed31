"""Articles being assembled from blocks, shared by the splitters of every layout.

A :class:`Draft` collects an article's headline run, body, captions, section headings and
bylines; :func:`take_block` files one block into the current draft (a closing byline closes it,
a dateline opens its body), :func:`finish` turns a draft into an :class:`~kg.types.Article`.

>>> from kg.text.layout import split_blocks
>>> draft = Draft(heads=split_blocks("新区大桥合龙")[:1])
>>> for block in split_blocks("今天，大桥合龙。（张三）"):
...     take_block([draft], block)
>>> article = finish(draft, "x.txt", 0)
>>> article.title, article.starts_with, [b.name for b in article.bylines]
('新区大桥合龙', '今天，大桥合龙。', ['张三'])
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.text import credits
from kg.text.layout import Block
from kg.text.sentences import block_sentences
from kg.types import Article, Byline, Caption, Sentence


@dataclass
class Draft:
    """An article being assembled."""

    heads: list[Block] = field(default_factory=list)
    body: list[Block] = field(default_factory=list)
    captions: list[Block] = field(default_factory=list)
    sections: list[Block] = field(default_factory=list)
    bylines: list[Byline] = field(default_factory=list)
    closed: bool = False
    whole_title: bool = False  # the headline is one printed line: no kicker/subtitle split
    dateline: bool = False

    @property
    def titled(self) -> bool:
        return any(b.kind == "heading" for b in self.heads)


def take_block(drafts: list[Draft], block: Block) -> None:
    """File one non-headline block into the last draft (a new untitled draft when there is none)."""
    if not drafts:
        drafts.append(Draft())
    current = drafts[-1]
    if block.kind == "credit":
        current.closed = True
        current.captions.append(block)  # （本版文图由…提供）: names the body that supplied the page
        return
    if block.kind == "byline":
        current.bylines.extend(bylines_of(credits.closing_byline(block.text)[0], block))
        current.closed = True
        return
    if block.kind == "caption":
        current.bylines.extend(bylines_of(credits.photo_credit(block.text)[0], block))
        if current.body:
            current.captions.append(block)
            return
        current.closed = True  # a photo story: the caption is the body
    if not current.body and credits.DATELINE_RE.match(block.text):
        current.dateline = True
        current.bylines.extend(bylines_of(credits.parse_dateline(block.text)[0], block))
    if block.kind == "body":
        found, _ = credits.closing_byline(block.text)
        if found:
            current.bylines.extend(bylines_of(found, block))
            current.closed = True
    current.body.append(block)


def bylines_of(found: list[credits.Credit], block: Block) -> list[Byline]:
    """Credits found in a block's text, with source offsets."""
    return [Byline(n, role, block.source_offset(s), block.source_offset(e)) for n, role, s, e in found]


def title_parts(heads: list[Block]) -> tuple[str, str, str]:
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


def finish(draft: Draft, name: str, index: int) -> Article:
    """The article a draft holds (its body must not be empty)."""
    if draft.whole_title and draft.heads:
        title = draft.heads[0].text
        kicker = title[: title.index("】") + 1] if title.startswith("【") and "】" in title else ""  # kept in the title
        subtitle = " ".join(b.text for b in draft.heads[1:])
    else:
        kicker, title, subtitle = title_parts(draft.heads)
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
