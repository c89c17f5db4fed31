"""The facts documents of a build, read from their files one at a time.

A large build's facts do not fit in memory together; the graph and view phases read them
through :class:`FactsFiles`, a collection that can be iterated as often as needed and loads
each document only while it is used.

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
from collections.abc import Iterator
from pathlib import Path
from typing import Any

__all__ = ["FactsFiles", "load_facts"]


def load_facts(path: Path) -> dict[str, Any]:
    """One facts document; ValueError naming the file when it is not a facts JSON object."""
    try:
        doc = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ValueError(f"{path}: not a readable facts file ({exc})") from None
    if not isinstance(doc, dict) or not isinstance(doc.get("articles", []), list):
        raise ValueError(f"{path}: not a facts document (an object with an 'articles' list)")
    return doc


class FactsFiles:
    """Facts documents stored in files, iterated in build order (by source name), loaded lazily."""

    def __init__(self, entries: list[tuple[str, Path]]) -> None:
        """``entries``: (source name, facts file) pairs, in any order."""
        self.entries = sorted(entries)

    @classmethod
    def of_folder(cls, folder: Path) -> FactsFiles:
        """Every ``*.json`` of ``folder``; each is read once here to learn its source name."""
        entries = []
        for path in sorted(Path(folder).glob("*.json")):
            entries.append((str(load_facts(path).get("source", path.stem + ".txt")), path))
        return cls(entries)

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[dict[str, Any]]:
        for source, path in self.entries:
            doc = load_facts(path)
            doc.setdefault("source", source)
            yield doc

    @property
    def sources(self) -> list[str]:
        return [source for source, _ in self.entries]
