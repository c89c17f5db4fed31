"""Page layout: cut the source into blocks and tell what each block is.

A block is a run of non-blank lines. Newspaper pages interleave headlines,
body paragraphs, photo captions and credits, and cut sentences at page breaks
(``…全区42名领导和区直单位分`` ⏎ caption ⏎ ``别挂点联系园区160家企业…``). The
classifier below labels each block; :func:`join_fragments` glues a paragraph
that stops mid-sentence to the next body paragraph, skipping captions.

Every block keeps ``segments`` — ``(index_in_text, source_offset)`` pairs — so
offsets into joined text map back to the source file.

>>> blocks = split_blocks("标题\\n\\n正文第一句，\\n\\n图片说明 张三 摄\\n\\n接着写完。")
>>> [b.kind for b in blocks]
['heading', 'body', 'caption', 'body']
>>> [b.text for b in join_fragments(blocks)]
['标题', '正文第一句，接着写完。', '图片说明 张三 摄']
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from kg.text import credits
from kg.text.chars import normalize_chars

TERMINAL = "。！？…”’』」）)!?"
_HEADING_FORBIDDEN = re.compile(r"[。！？；，,（(…]")
_MARK_RE = re.compile(r"^(#{1,6})\s+")
MAX_HEADING = 40


@dataclass(frozen=True, slots=True)
class Block:
    """A run of lines: its normalised text, what it is, and where it came from."""

    text: str
    kind: str  # heading | subtitle | author | body | caption | credit
    start: int
    end: int
    segments: tuple[tuple[int, int], ...]
    level: int = 0  # markdown heading level when the source marks headings with #

    def source_offset(self, index: int) -> int:
        """Source offset of character ``index`` of ``text`` (``len(text)`` maps to the end)."""
        if index >= len(self.text):
            return self.source_offset(len(self.text) - 1) + 1 + (index - len(self.text)) if self.text else self.start
        seg_index, seg_source = self.segments[0]
        for i, src in self.segments:
            if i > index:
                break
            seg_index, seg_source = i, src
        return seg_source + (index - seg_index)


def split_blocks(source: str) -> list[Block]:
    """Cut ``source`` into classified blocks (lines of one block are joined without a break)."""
    norm = normalize_chars(source)
    return [make_block(norm, lines) for lines in line_groups(norm)]


def line_groups(norm: str) -> list[list[tuple[int, int]]]:
    """Runs of non-blank lines, each line as ``(start, end)`` offsets (line break excluded); a Markdown
    heading line (``# 标题``) starts a run of its own, as a heading does.

    >>> line_groups("甲\\n乙\\n\\n丙")
    [[(0, 1), (2, 3)], [(5, 6)]]
    >>> line_groups("甲\\n# 乙")
    [[(0, 1)], [(2, 5)]]
    """
    groups: list[list[tuple[int, int]]] = []
    lines: list[tuple[int, int]] = []
    position = 0
    for raw_line in norm.splitlines(keepends=True):
        content = raw_line.rstrip("\r\n")
        if content.strip():
            if lines and _MARK_RE.match(content.lstrip()):
                groups.append(lines)
                lines = []
            lines.append((position, position + len(content)))
        elif lines:
            groups.append(lines)
            lines = []
        position += len(raw_line)
    if lines:
        groups.append(lines)
    return groups


def make_block(norm: str, lines: list[tuple[int, int]]) -> Block:
    parts: list[str] = []
    segments: list[tuple[int, int]] = []
    length = 0
    level = 0
    for start, end in lines:
        stripped_start = start + (len(norm[start:end]) - len(norm[start:end].lstrip()))
        stripped_end = start + len(norm[start:end].rstrip())
        mark = _MARK_RE.match(norm[stripped_start:stripped_end])
        if mark:
            level = level or len(mark.group(1))
            stripped_start += mark.end()
        if parts and _needs_space(parts[-1], norm[stripped_start:stripped_start + 1]):
            parts.append(" ")
            segments.append((length, stripped_start - 1))
            length += 1
        segments.append((length, stripped_start))
        parts.append(norm[stripped_start:stripped_end])
        length += stripped_end - stripped_start
    text = "".join(parts)
    return Block(text, classify(text, level), lines[0][0], lines[-1][1], tuple(segments), level)


def _needs_space(previous: str, following: str) -> bool:
    """Lines of a short headline block are words: ``满园瓜果香`` ⏎ ``游客采摘乐`` → with a space."""
    return len(previous) <= MAX_HEADING and not previous.endswith(tuple(TERMINAL + "，、：")) and following != ""


def classify(text: str, level: int = 0) -> str:
    """Label one block of text.

    >>> [classify(t) for t in ("城乡和谐 共赴新程", "——兴国县以城乡融合共筑发展新图景", "李玲文/图",
    ...                        "（本版文图由鹰潭市余江区融媒体中心提供）", "铭山村金糸皇菊喜获丰收 杨风胜摄",
    ...                        "各县（市、区）人大常委会通过打造")]
    ['heading', 'subtitle', 'author', 'credit', 'caption', 'body']
    """
    line = text.strip()
    if credits.is_page_credit(line):
        return "credit"
    if line.startswith(("——", "—— ", "--")):
        return "subtitle" if len(line) <= MAX_HEADING + 20 else "body"
    if credits.author_line(line):
        return "author"
    if credits.photo_credit(line)[0]:
        return "caption"
    if level or (len(line) <= MAX_HEADING and not _HEADING_FORBIDDEN.search(line) and not line.startswith("本报")):
        return "heading"
    if closing_only(line):
        return "byline"
    return "body"


def closing_only(line: str) -> bool:
    """A block that is nothing but a closing byline: ``（钱金林 刘小武）``."""
    found, start = credits.closing_byline(line)
    return bool(found) and start == 0


def ends_mid_sentence(text: str) -> bool:
    """True when a body paragraph stops without closing punctuation (a page-break cut)."""
    return not text.rstrip().endswith(tuple(TERMINAL))


def join_fragments(blocks: list[Block]) -> list[Block]:
    """Join body paragraphs cut mid-sentence with the next body paragraph, skipping captions.

    Captions met on the way are kept, after the joined paragraph.
    """
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        i += 1
        skipped: list[Block] = []
        while block.kind == "body" and ends_mid_sentence(block.text) and i < len(blocks):
            j = i
            while j < len(blocks) and blocks[j].kind == "caption":
                j += 1
            if j >= len(blocks) or blocks[j].kind != "body":
                break
            skipped.extend(blocks[i:j])
            block = _concat(block, blocks[j])
            i = j + 1
        out.append(block)
        out.extend(skipped)
    return out


def _concat(first: Block, second: Block) -> Block:
    shift = len(first.text)
    segments = first.segments + tuple((i + shift, src) for i, src in second.segments)
    return replace(first, text=first.text + second.text, end=second.end, segments=segments)


def line_paragraphs(norm: str, lines: list[tuple[int, int]], max_heading: int = 64) -> list[Block]:
    """One block per line of a group, for layouts whose paragraphs are lines; a line that stops
    mid-sentence, long or after a comma, is hard-wrapped and goes on with the next line.

    >>> text = "小标题\\n第一段。\\n" + "长" * 70 + "\\n接着写完。"
    >>> [len(b.text) for b in line_paragraphs(text, line_groups(text)[0])]
    [3, 4, 75]
    """
    out: list[Block] = []
    current: list[tuple[int, int]] = []
    for start, end in lines:
        current.append((start, end))
        content = norm[start:end].strip()
        if ends_mid_sentence(content) and (len(content) > max_heading or content.endswith(("，", "、", "；"))):
            continue
        out.append(make_block(norm, current))
        current = []
    if current:
        out.append(make_block(norm, current))
    return out
