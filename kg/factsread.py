"""Read and check one facts or gold JSON file, and the name normalisation both are compared under.

The build's read path (``kg.factsfiles``, ``kg.browse``) and the evaluator (``kg.evaluate``)
share this module, so reading a build does not depend on scoring it.

>>> norm(" “赣快办” ")
'赣快办'
>>> shape_problem({"articles": [{"entities": [{"name": "新余市"}]}]})
"article 0: entities[0] lacks a string 'type'"
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path
from typing import Any

__all__ = ["FactsError", "load_doc", "norm", "shape_problem"]

_DROP = re.compile(r"[\s“”\"'‘’《》「」]")


class FactsError(ValueError):
    """A facts or gold folder or file that cannot be read or scored (``kg.evaluate.EvalError``)."""


def norm(text: object) -> str:
    """NFKC, then drop whitespace and quote marks; ``None`` becomes ''.

    >>> norm("《 新余 日报 》"), norm(None), norm("７２．８亿元")
    ('新余日报', '', '72.8亿元')
    """
    return _DROP.sub("", unicodedata.normalize("NFKC", str(text or "")))


def load_doc(path: Path) -> dict[str, Any]:
    """Read and check one gold or facts JSON file; FactsError naming the file when malformed."""
    try:
        doc = json.loads(Path(path).read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise FactsError(f"{path}: not valid JSON ({exc.msg}, line {exc.lineno})") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise FactsError(f"{path}: cannot be read ({exc})") from None
    problem = shape_problem(doc)
    if problem:
        raise FactsError(f"{path}: {problem}")
    return doc


def shape_problem(doc: object) -> str | None:
    """What is wrong with the shape of a gold/facts document, or None."""
    if not isinstance(doc, dict) or not isinstance(doc.get("articles", []), list):
        return "expected an object with an 'articles' list"
    required = {"entities": ("name", "type"), "relations": ("head", "rel", "tail"), "observations": ()}
    for i, art in enumerate(doc.get("articles", [])):
        if not isinstance(art, dict):
            return f"article {i} is not an object"
        for key, fields in required.items():
            items = art.get(key) or []
            if not isinstance(items, list):
                return f"article {i}: '{key}' is not a list"
            for j, item in enumerate(items):
                if not isinstance(item, dict):
                    return f"article {i}: {key}[{j}] is not an object"
                bad = [f for f in fields if not isinstance(item.get(f), str)]
                if bad:
                    return f"article {i}: {key}[{j}] lacks a string '{bad[0]}'"
    return None
