"""What a query may do here: no federation (``SERVICE``), and whether it names its own dataset.

The endpoint and ``kg query`` answer from the local graph only. A ``SERVICE`` clause (``SILENT`` or
not, at any depth) would make the engine send the query to another address, so it is refused. The
decision is taken on the parsed query (rdflib's SPARQL parser), not on a substring: ``?service``,
``ex:SERVICE``, ``"SERVICE"`` or a comment do not count. The query's tokens are checked too (strings,
IRIs and comments removed), so a query rdflib cannot parse (an Oxigraph extension) with a ``SERVICE``
keyword is still refused. ``FROM`` / ``FROM NAMED`` are honoured: such a query runs on the graphs it
names instead of the union of all graphs.

>>> inspect_query("SELECT ?service WHERE { ?service <http://x.org/p> 'SERVICE' }").has_dataset
False
>>> inspect_query("SELECT * FROM <http://x.org/g> WHERE { ?s ?p ?o }").has_dataset
True
>>> inspect_query("SELECT * { SERVICE SILENT <http://127.0.0.1:9/> { ?s ?p ?o } }")
Traceback (most recent call last):
...
kg.sparql_guard.QueryRefused: SERVICE (federated query) is refused: queries are answered from the local graph only
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

__all__ = ["QueryRefused", "QueryShape", "inspect_query"]

REFUSAL = "SERVICE (federated query) is refused: queries are answered from the local graph only"

# strings (long and short), IRIs, comments: removed before looking at keywords
_SKIPPED = re.compile(r'"""(?:[^"\\]|\\.|"(?!""))*"""' r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
                      r'|"(?:[^"\\\n]|\\.)*"' r"|'(?:[^'\\\n]|\\.)*'" r"|<[^<>\"{}|^`\\\s]*>" r"|#[^\n]*")
# a bare keyword: not part of a variable, prefixed name, blank node label or longer word
_KEYWORD = r"(?<![\w?$:\-.@]){}(?![\w:\-])"
_SERVICE_RE = re.compile(_KEYWORD.format("SERVICE"), re.IGNORECASE)
_FROM_RE = re.compile(_KEYWORD.format("FROM"), re.IGNORECASE)


class QueryRefused(ValueError):
    """A query this endpoint will not run; the message is one line."""


@dataclass(frozen=True)
class QueryShape:
    """What the guard learnt: does the query name its dataset (``FROM`` / ``FROM NAMED``)?"""

    has_dataset: bool


CACHED_CHARS = 8192  # shapes of queries up to this long are remembered (bounded memory)


def inspect_query(text: str) -> QueryShape:
    """The shape of ``text``; :class:`QueryRefused` when it contains a ``SERVICE`` clause."""
    return _inspect_cached(text) if len(text) <= CACHED_CHARS else _inspect(text)


@lru_cache(maxsize=512)
def _inspect_cached(text: str) -> QueryShape:
    return _inspect(text)


def _inspect(text: str) -> QueryShape:
    tree, bare = _parse(text), _SKIPPED.sub(" ", text)
    if _SERVICE_RE.search(bare) or (tree is not None and _finds(tree, "ServiceGraphPattern")):
        raise QueryRefused(REFUSAL)  # either reading finding SERVICE is enough: they never disagree on SPARQL
    if tree is None:
        return QueryShape(has_dataset=bool(_FROM_RE.search(bare)))
    return QueryShape(has_dataset=_finds(tree, "DatasetClause"))


def _parse(text: str) -> Any:
    """rdflib's parse tree of the query, or None when rdflib does not read it."""
    from rdflib.plugins.sparql.parser import parseQuery

    try:
        return parseQuery(text)
    except Exception:  # noqa: BLE001 - pyparsing raises several types; the token check takes over
        return None


def _finds(node: Any, name: str) -> bool:
    """Whether a parse-tree node called ``name`` occurs anywhere under ``node`` (iteratively)."""
    from rdflib.plugins.sparql.parserutils import CompValue

    todo = [node]
    while todo:
        item = todo.pop()
        if isinstance(item, CompValue):
            if item.name == name:
                return True
            todo.extend(item.values())
        elif isinstance(item, (list, tuple)) or type(item).__name__ == "ParseResults":
            todo.extend(item)
    return False
