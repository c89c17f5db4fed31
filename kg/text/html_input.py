"""HTML source files (``.html``/``.htm``) → plain text that the text layer reads.

Uses only the standard library's :mod:`html.parser`. Script, style, template
and other non-content elements are dropped; character references are decoded;
block elements (``p``, ``div``, headings, list items, table rows …) become
paragraph breaks (a blank line), ``<br>`` a line break; other runs of
whitespace collapse to one space, except inside ``<pre>``. The page
``<title>`` (without the site's names after ``_`` or ``|``) is used as the first paragraph only when
the page has no ``<h1>``.
Offsets in the facts of an HTML source refer to this extracted text.

>>> html_to_text("<html><head><title>T</title><style>p{}</style></head>"
...              "<body><h1>新余市</h1><p>项目&amp;建设<br>提速。</p><script>x()</script></body></html>")
'新余市\\n\\n项目&建设\\n提速。\\n'
>>> html_to_text("<title>标题_新闻中心_某某网</title><div>正文 &lt;一&gt;</div>")
'标题\\n\\n正文 <一>\\n'
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

__all__ = ["html_to_text", "looks_like_html"]

# elements whose content is never article text
_DROP = frozenset({"script", "style", "template", "noscript", "svg", "math", "iframe", "object", "canvas",
                   "select", "textarea", "button"})
# elements that start and end a paragraph
_BLOCK = frozenset({
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "div",
    "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
    "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody",
    "td", "tfoot", "th", "thead", "tr", "ul",
})
_SPACE_RE = re.compile(r"[ \t\n\r\f\v\u00a0]+")
_RUN_RE = re.compile(r"[ \t]{2,}")
_SITE_SUFFIX = re.compile(r"\s*(?:_|\||｜|\s-\s|\s—\s)\s*")  # 标题_栏目_网站: the page title ends in the site's names


class _TextCollector(HTMLParser):
    """Collects paragraphs of visible text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self.current: list[str] = []
        self.skip_depth = 0
        self.pre_depth = 0
        self.in_title = False
        self.title: list[str] = []
        self.has_h1 = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _DROP:
            self.skip_depth += 1
        elif tag == "title":
            self.in_title = True
        elif tag == "br":
            self.current.append("\n")
        elif tag in _BLOCK:
            self.has_h1 = self.has_h1 or tag == "h1"
            self.pre_depth += tag == "pre"
            self.flush()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.current.append("\n")
        elif tag in _BLOCK:
            self.flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in _DROP:
            self.skip_depth = max(0, self.skip_depth - 1)
        elif tag == "title":
            self.in_title = False
        elif tag in _BLOCK:
            self.flush()
            self.pre_depth = max(0, self.pre_depth - (tag == "pre"))

    def handle_data(self, data: str) -> None:
        if self.skip_depth:
            return
        if self.in_title:
            self.title.append(data)
        elif self.pre_depth:
            self.current.append(data.replace("\r\n", "\n"))
        else:
            self.current.append(_SPACE_RE.sub(" ", data))

    def flush(self) -> None:
        """Close the paragraph being collected (blank lines inside it are squeezed)."""
        text = "".join(self.current)
        self.current = []
        lines = [_RUN_RE.sub(" ", line).strip() for line in text.split("\n")]
        kept = "\n".join(line for line in lines if line)
        if kept:
            self.paragraphs.append(kept)


def html_to_text(markup: str) -> str:
    """Visible text of an HTML document, one paragraph per block element, blank-line separated."""
    parser = _TextCollector()
    parser.feed(markup)
    parser.close()
    parser.flush()
    paragraphs = parser.paragraphs
    title = _SITE_SUFFIX.split(_SPACE_RE.sub(" ", "".join(parser.title)).strip())[0]
    if title and not parser.has_h1 and (not paragraphs or paragraphs[0] != title):
        paragraphs = [title, *paragraphs]
    return "\n\n".join(paragraphs) + "\n" if paragraphs else ""


def looks_like_html(name: str) -> bool:
    """True for file names the build reads as HTML.

    >>> looks_like_html("a.HTM"), looks_like_html("a.txt")
    (True, False)
    """
    return name.lower().endswith((".html", ".htm"))
