"""The facts documents of a build, written and read one article at a time.

A large build's facts do not fit in memory together, and one huge source's facts may not
either. :func:`write_facts_file` writes a document from a stream of articles, in exactly the
canonical layout of :func:`kg.io.dumps_json` (sorted keys, one-space indent), and
:func:`read_article_chunks` reads such a file back a few articles at a time, relying on that
layout (any other valid facts JSON is read whole). The graph and view phases read the facts
through :class:`FactsFiles`, a collection that can be iterated as often as needed and yields
documents of at most ``chunk`` articles each (a big file gives several, with the same source).

>>> import json, tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "b.json").write_text(json.dumps({"source": "b.txt", "articles": []}))
>>> _ = (folder / "a.json").write_text(json.dumps({"source": "a.txt", "articles": []}))
>>> docs = FactsFiles.of_folder(folder)
>>> [d["source"] for d in docs], len(docs)
(['a.txt', 'b.txt'], 2)
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from kg.factsread import load_doc
from kg.io import atomic_writer

__all__ = ["CHUNK", "COUNTED", "FactsFiles", "add_counts", "read_article_chunks", "write_facts_file"]

CHUNK = 200  # articles per document yielded by FactsFiles
COUNTED = ("articles", "entities", "relations", "observations")
WHOLE = 4 * 2**20  # a facts file up to this size (bytes) is parsed in one piece
_OPEN, _CLOSE = "  {\n", ("  }\n", "  },\n")  # an article's first and last line in the canonical layout


def write_facts_file(path: Path, source: str, sha256: str, articles: Iterable[dict[str, Any]],
                     fields: dict[str, Any] | None = None) -> dict[str, int]:
    """Write ``{"articles": [...], "sha256": …, "source": …}`` to ``path`` atomically, one article at a
    time, byte-identical to ``kg.io.dumps_json`` of the whole document; return article and fact counts.
    ``fields`` are further top-level keys (``layout``, ``notes``) that sort between articles and sha256.

    >>> import tempfile, pathlib
    >>> from kg.io import dumps_json
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "a.json"
    >>> arts = [{"index": 0, "entities": [{"name": "县"}]}, {"index": 1, "entities": []}]
    >>> write_facts_file(p, "a.txt", "00", arts)["entities"]
    1
    >>> p.read_text(encoding="utf-8") == dumps_json({"source": "a.txt", "sha256": "00", "articles": arts})
    True
    """
    counts = dict.fromkeys(COUNTED, 0)
    with atomic_writer(path, fsync=False) as out:
        out.write(b'{\n "articles": [')
        for article in articles:
            text = json.dumps(article, ensure_ascii=False, sort_keys=True, indent=1)
            out.write(((",\n  " if counts["articles"] else "\n  ") + text.replace("\n", "\n  ")).encode("utf-8"))
            add_counts(counts, [article])
        out.write(b"\n ],\n" if counts["articles"] else b"],\n")
        extra = fields or {}
        for key in sorted(extra):
            if not "articles" < key < "sha256":
                raise ValueError(f"facts field {key!r} must sort between 'articles' and 'sha256'")
            text = json.dumps(extra[key], ensure_ascii=False, sort_keys=True, indent=1)
            out.write(f' {json.dumps(key)}: {text.replace(chr(10), chr(10) + " ")},\n'.encode())
        tail = f' "sha256": {json.dumps(sha256)},\n "source": {json.dumps(source, ensure_ascii=False)}\n}}\n'
        out.write(tail.encode("utf-8"))
    return counts



def add_counts(counts: dict[str, int], articles: list[dict[str, Any]]) -> dict[str, int]:
    """Add the articles and their entities, relations and observations to ``counts`` (keys: COUNTED).

    >>> add_counts(dict.fromkeys(COUNTED, 0), [{"entities": [{}, {}], "relations": None}])
    {'articles': 1, 'entities': 2, 'relations': 0, 'observations': 0}
    """
    counts["articles"] += len(articles)
    for key in COUNTED[1:]:
        counts[key] += sum(len(a.get(key) or ()) for a in articles if isinstance(a, dict))
    return counts


def read_article_chunks(path: Path, chunk: int = CHUNK) -> Iterator[tuple[dict[str, Any], list[dict[str, Any]]]]:
    """(document fields other than the articles, up to ``chunk`` articles) from a facts file, in order.

    A file in the canonical layout is read line by line, so memory holds ``chunk`` articles at
    most (one of at most ``WHOLE`` bytes is parsed in one piece); any other layout is parsed whole. ValueError names the file when it is not facts JSON.
    """
    path = Path(path)
    try:
        handle = path.open(encoding="utf-8", newline="")
    except OSError as exc:
        raise ValueError(f"{path}: not a readable facts file ({exc})") from None
    with handle:
        if handle.readline() != "{\n" or handle.readline() != ' "articles": [\n':
            doc = load_doc(path)
            articles = list(doc.pop("articles", None) or ())
            for start in range(0, max(len(articles), 1), chunk):
                yield doc, articles[start:start + chunk]
            return
        if path.stat().st_size <= WHOLE:  # small: one json.loads in C beats splitting it line by line
            whole = _parse(path, '{\n "articles": [\n' + handle.read())
            if not isinstance(whole.get("articles"), list):
                raise ValueError(f"{path}: not a facts document (an object with an 'articles' list)")
            articles, full = whole.pop("articles"), 0
            while len(articles) - full >= chunk:  # the chunks the line-by-line reading gives, the last one too
                yield {}, articles[full:full + chunk]
                full += chunk
            yield whole, articles[full:]
            return
        batch: list[dict[str, Any]] = []
        lines: list[str] | None = None
        rest: list[str] = []
        for line in handle:
            if lines is None:
                if line == _OPEN:
                    lines = ["{"]
                elif line.startswith(" ]"):
                    rest = ["{"] + list(handle)
                    break
                continue
            if line in _CLOSE:
                batch.append(_parse(path, "".join(lines) + "}"))
                lines = None
                if len(batch) >= chunk:
                    yield {}, batch
                    batch = []
            else:
                lines.append(line)
        fields = _parse(path, "".join(rest)) if rest else {}
        if not isinstance(fields, dict):
            raise ValueError(f"{path}: not a facts document (an object with an 'articles' list)")  # noqa: TRY004 - user data
        yield fields, batch


def _source_of(path: Path) -> str:
    """The ``source`` of a facts file: from its last lines in the canonical layout, else by reading it all."""
    with path.open("rb") as handle:
        handle.seek(max(0, path.stat().st_size - 4096))
        tail = handle.read().decode("utf-8", errors="replace").split("\n")
    if tail[-3:-1] and tail[-2] == "}" and tail[-3].startswith(' "source": '):
        source = _parse(path, tail[-3][len(' "source": '):])
        if isinstance(source, str):
            return source
    return str(load_doc(path).get("source", path.stem + ".txt"))


def _parse(path: Path, text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError as exc:
        raise ValueError(f"{path}: not a readable facts file ({exc})") from None


class FactsFiles:
    """Facts documents stored in files, iterated in build order (by source name), loaded lazily."""

    def __init__(self, entries: list[tuple[str, Path]], chunk: int = CHUNK) -> None:
        """``entries``: (source name, facts file) pairs, in any order."""
        self.entries = sorted(entries)
        self.chunk = chunk

    @classmethod
    def of_folder(cls, folder: Path) -> FactsFiles:
        """Every ``*.json`` of ``folder``; each is read once here to learn its source name."""
        return cls([(_source_of(path), path) for path in sorted(Path(folder).glob("*.json"))])

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[dict[str, Any]]:
        for source, path in self.entries:
            for fields, articles in read_article_chunks(path, self.chunk):
                yield {**fields, "source": fields.get("source", source), "articles": articles}

    @property
    def sources(self) -> list[str]:
        return [source for source, _ in self.entries]
