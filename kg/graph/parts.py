"""What one facts file gives the build-wide entity index, and what its quads take from it.

An incremental build must not re-read every facts file to rebuild the entity registry. A file's
:class:`IndexPart` (its entity mentions in order, its articles' indexes and titles, whether it
observes) is small and cached; :func:`index_from_parts` makes from the parts of all files the same
:class:`~kg.graph.build.GraphIndex` that :func:`~kg.graph.build.index_graph` makes from the files.

A file's quads depend on the other files only through the index: the code a place name resolves
to, the entity a bare name resolves to, the IRI of an article another file's evidence points at.
:func:`recording_index` wraps an index so that making a file's quads notes every such answer (its
*dependencies*); :func:`dependencies_hold` asks the new index the same questions. When every answer
is unchanged, the file's cached quads are still right, whatever else changed.

>>> part = IndexPart.of_docs([{"source": "a.txt", "articles": [{"index": 0, "title": "T",
...     "entities": [{"name": "新余市", "type": "Place", "code": "360500000000"}]}]}])
>>> index = index_from_parts([part], "http://x.org/")
>>> rec = recording_index(index)
>>> str(rec.registry.iri({"name": "新余市", "type": "Place"})), dependencies_hold(index, rec.dependencies())
('http://x.org/place/360500000000', True)
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from rdflib import URIRef

from kg.graph.build import GraphIndex, _check_doc, has_observations
from kg.graph.entities import Registry, _with_code, iter_articles, place_codes
from kg.graph.iris import check_base, iri_for_article, valid_code

__all__ = ["IndexPart", "dependencies_hold", "index_from_parts", "recording_index"]

Dependency = tuple[Any, ...]  # ("code", name, code|None), ("name", name, types, iri|None), ("article", src, i, iri|None)


@dataclass
class IndexPart:
    """One facts file's share of the index: per document chunk, its source, entity mentions in order and
    (index, title) of its articles. A mention equal to an earlier one of the file is left out: merging it
    again would change nothing (:meth:`kg.graph.entities.Node.merge` only fills what is missing). Each
    mention is kept with its canonical JSON, so the build leaves out repeats across files too."""

    chunks: list[tuple[str, list[Any], list[tuple[int, str]]]]
    observed: bool

    @classmethod
    def of_docs(cls, docs: Iterable[dict]) -> IndexPart:
        """The part of the documents (chunks) of one facts file."""
        chunks, observed, seen = [], False, set()
        for doc in docs:
            _check_doc(doc)
            source = str(doc.get("source", ""))
            entities, articles = [], []
            for _, article in iter_articles([doc]):
                for entity in article.get("entities") or ():
                    text = json.dumps(entity, ensure_ascii=False, sort_keys=True)
                    if text not in seen:
                        seen.add(text)
                        entities.append((text, entity))
                articles.append((article["index"], str(article.get("title") or "")))
            chunks.append((source, entities, articles))
            observed |= has_observations(doc)
        return cls(chunks, observed)

    def docs(self, seen: set[str] | None = None) -> list[dict]:
        """Stand-in documents holding the same entity mentions, in the same order (less those in ``seen``,
        which receives the others)."""
        seen = set() if seen is None else seen
        docs = []
        for source, entities, _ in self.chunks:
            fresh = [entity for text, entity in entities if text not in seen]
            seen.update(text for text, _ in entities)
            docs.append({"source": source, "articles": [{"entities": fresh}]})
        return docs


def index_from_parts(parts: Iterable[IndexPart], base: str) -> GraphIndex:
    """The index of the files whose parts are given, in build order (by source)."""
    check_base(base)
    parts, seen = list(parts), set[str]()
    docs = [doc for part in parts for doc in part.docs(seen)]
    codes = place_codes(docs)
    articles: dict[tuple[str, int], URIRef] = {}
    for part in parts:
        for source, _, rows in part.chunks:
            for index, title in rows:
                articles[(source, index)] = iri_for_article(source, index, title, base)
    return GraphIndex(Registry.collect(docs, base, codes), articles)


@dataclass
class _RecordingRegistry(Registry):
    """A view of a registry that notes the answers the quads of one file take from it."""

    noted: set[Dependency] = field(default_factory=set)

    def iri(self, entity: dict) -> URIRef:
        if entity.get("type") == "Place" and not valid_code(entity.get("code")):
            self.noted.add(("code", str(entity["name"]), _known_code(self, str(entity["name"]))))
        return super().iri(entity)

    def lookup(self, name: str, types: Iterable[str]) -> URIRef | None:
        types = tuple(types)
        found = super().lookup(name, types)
        self.noted.add(("name", name, types, None if found is None else str(found)))
        return found


class _RecordingArticles(Mapping[tuple[str, int], URIRef]):
    """The article IRIs of an index, noting which ones are asked for."""

    def __init__(self, articles: Mapping[tuple[str, int], URIRef], noted: set[Dependency]) -> None:
        self._articles, self._noted = articles, noted

    def __getitem__(self, key: tuple[str, int]) -> URIRef:
        found = self._articles.get(key)
        self._noted.add(("article", key[0], key[1], None if found is None else str(found)))
        if found is None:
            raise KeyError(key)
        return found

    def __iter__(self) -> Any:
        return iter(self._articles)

    def __len__(self) -> int:
        return len(self._articles)


@dataclass
class RecordingIndex(GraphIndex):
    """An index that notes what is asked of it (see :func:`recording_index`)."""

    def dependencies(self) -> list[Dependency]:
        """The answers noted so far, sorted (a stable form to store)."""
        assert isinstance(self.registry, _RecordingRegistry)
        return sorted(self.registry.noted, key=repr)


def recording_index(index: GraphIndex) -> RecordingIndex:
    """``index`` seen through a recorder: :meth:`RecordingIndex.dependencies` lists what was asked."""
    r = index.registry
    registry = _RecordingRegistry(r.base, r.nodes, r.names, r.aliases, r.codes, r.memo)
    return RecordingIndex(registry, _RecordingArticles(index.articles, registry.noted))  # type: ignore[arg-type]


def dependencies_hold(index: GraphIndex, dependencies: Iterable[Dependency]) -> bool:
    """Whether ``index`` gives every noted answer again."""
    registry, articles = index.registry, index.articles
    for dep in dependencies:
        kind = dep[0]
        if kind == "code":
            if _known_code(registry, dep[1]) != dep[2]:
                return False
        elif kind == "name":
            found = registry.lookup(dep[1], tuple(dep[2]))
            if (None if found is None else str(found)) != dep[3]:
                return False
        else:
            found = articles.get((dep[1], dep[2]))
            if (None if found is None else str(found)) != dep[3]:
                return False
    return True


def _known_code(registry: Registry, name: str) -> str | None:
    """The code a place name without one of its own resolves to (None: no single code known)."""
    filled = _with_code({"type": "Place", "name": name}, registry.codes)
    code = filled.get("code")
    return code if isinstance(code, str) else None
