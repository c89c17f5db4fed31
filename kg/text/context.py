"""Document context on each article: the layout it was cut by and the year it speaks of.

- a long document (work report, bulletin): the year it reports on (``document_year``);
- a news item: the year its headline dates it by, else the year its text calls 今年;
- a newspaper article: the year its text calls 今年 (``infer_year``).

The document's own place needs the gazetteer and is set in :mod:`kg.document`.

>>> from kg.text.items import split_document
>>> article = split_document("2030年某省政府工作报告\\n\\n一、2029年工作回顾\\n全省增长5%。\\n", "x.txt")[0]
>>> with_context(article, Layout.DOCUMENT).doc_year
2029
"""

from __future__ import annotations

from dataclasses import replace

from kg.normalize.year import document_year, infer_year, title_year
from kg.text.layouts import Layout
from kg.types import Article


def with_context(article: Article, layout: Layout) -> Article:
    """``article`` with its ``layout`` and ``doc_year`` set."""
    return replace(article, layout=layout.value, doc_year=article_year(article, layout))


def article_year(article: Article, layout: Layout) -> int | None:
    """The year an article speaks of as 今年, by layout (see the module docstring)."""
    body = "".join(s.text for s in article.sentences)
    if layout is Layout.DOCUMENT:
        year = document_year(article.title, [h.text for h in article.headings], article.subtitle)
    elif layout is Layout.NEWS_ITEMS:
        year = title_year(article.title)
    else:
        year = None
    return year if year is not None else infer_year(article.title + "\n" + body)
