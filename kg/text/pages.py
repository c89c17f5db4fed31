"""A page exported from a website (HTML): one article, or a list of items.

The HTML reader (:mod:`kg.text.html_input`) makes every block element a paragraph. A site prints
navigation, the headline, metadata lines (``来源：…`` ``发布时间：…``, lexicon ``page_metadata``),
the body and a footer. The title is the last headline-like paragraph before the first body
paragraph that is not metadata; headline-like paragraphs after the last body paragraph are the
footer. A page whose paragraphs keep the headline/body rhythm of a list of items is cut as items.

>>> page = "首页 新闻 政务\\n\\n某市大桥合龙\\n\\n来源：某某日报 2031-05-01\\n\\n今天，大桥合龙。\\n\\n版权所有 某某网\\n"
>>> [(a.title, [s.text for s in a.sentences]) for a in split_page(page, "a.html")]
[('某市大桥合龙', ['今天，大桥合龙。'])]
"""

from __future__ import annotations

from dataclasses import replace

from kg.text.drafts import Draft, finish
from kg.text.items import file_body, line_blocks, split_items
from kg.text.layouts import Layout, is_headline, is_metadata, layout_of_shape, measure_shape
from kg.types import Article


def split_page(source: str, name: str) -> list[Article]:
    """The article (or items) of an HTML page's text."""
    if layout_of_shape(measure_shape(source)) is Layout.NEWS_ITEMS:
        return split_items(source, name)
    blocks = [block for group in line_blocks(source) for block in group]
    bodies = [i for i, b in enumerate(blocks) if not is_headline(b.text) and not is_metadata(b.text)]
    if not bodies:
        return []
    heads = [b for b in blocks[:bodies[0]] if not is_metadata(b.text)]
    draft = Draft(heads=[replace(heads[-1], kind="heading")] if heads else [], whole_title=True)
    file_body([draft], [b for b in blocks[bodies[0]:bodies[-1] + 1] if not is_metadata(b.text)])
    return [finish(draft, name, 0)] if draft.body else []
