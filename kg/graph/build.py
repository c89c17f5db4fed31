"""Facts documents → one rdflib Dataset.

Default graph: every entity, article, plain relation triple, assertion with its
evidence sentence, observation, period and the statistics data set. One named
graph per article (``<base>graph/<stem>/<index>-<titlehash>``) repeats the plain
relation triples and observations that article states, so N-Quads keep which
article said what. The graph holds no blank nodes: every node is minted from
content, so equal input gives equal graphs.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from rdflib import Dataset, Literal, URIRef

from kg.graph.entities import ArticleScope, Registry, iter_articles, place_codes, sort_docs
from kg.graph.facts import Context, dataset_triples, observation_triples, relation_triples
from kg.graph.fastns import DCTERMS, SDO
from kg.graph.iris import check_base, iri_for_article, iri_for_graph
from kg.graph.nodes import Triple, article_triples, entity_triples
from kg.vocab import DEFAULT_BASE, PREFIXES

__all__ = ["GraphIndex", "build_dataset", "document_quads", "entity_quads", "graph_quads", "has_observations",
           "index_graph", "new_dataset", "statistics_quads"]


log = logging.getLogger(__name__)


def new_dataset() -> Dataset:
    """An empty Dataset with our prefixes bound."""
    dataset = Dataset()
    for prefix, namespace in PREFIXES.items():
        dataset.bind(prefix, namespace, replace=True)
    return dataset


Quad = tuple[URIRef, URIRef, URIRef | Literal, URIRef | None]  # graph None: the default graph


def _check_doc(doc: object) -> None:
    if not isinstance(doc, dict) or not isinstance(doc.get("articles", []), list):
        raise ValueError(  # noqa: TRY004 - a malformed facts file is a user error, reported as ValueError
            f"facts document is not an object with an 'articles' list: {str(doc)[:60]!r}")


def build_dataset(docs: list[dict], base: str = DEFAULT_BASE) -> Dataset:
    """Build the Dataset for a list of facts documents (see docs/facts-format.md).

    >>> doc = {"source": "a.txt", "articles": [{"index": 0, "title": "T", "entities": [
    ...     {"name": "新余市", "type": "Place"}, {"name": "锂电", "type": "Industry"}],
    ...     "relations": [{"head": "新余市", "rel": "developsIndustry", "tail": "锂电"}]}]}
    >>> ds = build_dataset([doc], "http://x.org/")
    >>> len(list(ds.graphs())), len(ds.default_graph) > 5
    (2, True)
    """
    for doc in docs:
        _check_doc(doc)
    dataset = new_dataset()
    for s, p, o, g in graph_quads(sort_docs(docs), base):
        (dataset.default_graph if g is None else dataset.graph(g)).add((s, p, o))
    return dataset


def graph_quads(docs: Iterable[dict], base: str = DEFAULT_BASE) -> Iterator[Quad]:
    """Every quad of the graph of ``docs``, a collection read three times, in build order (:func:`sort_docs`).

    Only the entity registry is held in memory, so ``docs`` may load each document lazily
    (see :class:`kg.graph.FactsFiles`). Quads may repeat; exports de-duplicate them. The same
    quads, in parts that can be made in parallel: :func:`index_graph`, then :func:`entity_quads`,
    :func:`document_quads` of each document and, if some document :func:`has_observations`,
    :func:`statistics_quads`.
    """
    index = index_graph(docs, base)
    yield from entity_quads(index)
    any_observation = False
    for doc in docs:
        yield from document_quads(index, doc)
        any_observation |= has_observations(doc)
    if any_observation:
        yield from statistics_quads(base)


@dataclass
class GraphIndex:
    """What every part of the graph needs to know: the merged entities and the articles' IRIs."""

    registry: Registry
    articles: Mapping[tuple[str, int], URIRef]


def index_graph(docs: Iterable[dict], base: str = DEFAULT_BASE) -> GraphIndex:
    """Read ``docs`` twice: place codes and article IRIs, then the entity registry."""
    check_base(base)
    codes: dict[str, set[str]] = {}
    articles: dict[tuple[str, int], URIRef] = {}
    for doc in docs:
        _check_doc(doc)
        place_codes([doc], codes)
        for _, article in iter_articles([doc]):
            source = str(doc.get("source", ""))
            articles[(source, article["index"])] = iri_for_article(
                source, article["index"], str(article.get("title") or ""), base)
    return GraphIndex(Registry.collect(docs, base, codes), articles)


def entity_quads(index: GraphIndex) -> Iterator[Quad]:
    """Types, labels and attributes of every merged entity (default graph)."""
    registry = index.registry
    for iri in sorted(registry.nodes):
        for s, p, o in entity_triples(iri, registry.nodes[iri], registry):
            yield s, p, o, None


def document_quads(index: GraphIndex, doc: dict) -> Iterator[Quad]:
    """The quads of one document's articles."""
    for _, article in iter_articles([doc]):
        try:
            yield from _article_quads(index.registry, index.articles, doc, article)
        except ValueError as err:
            if str(err).startswith("facts "):
                raise
            raise ValueError(f"facts {doc.get('source', '?')}, article {article['index']}: {err}") from None


def has_observations(doc: dict) -> bool:
    """Whether some article of ``doc`` states an observation (the build then has a statistics data set)."""
    return any(isinstance(o, dict) for a in doc.get("articles") or () for o in a.get("observations") or ())


def statistics_quads(base: str) -> Iterator[Quad]:
    """The qb:DataSet that groups the build's observations."""
    for s, p, o in dataset_triples(base):
        yield s, p, o, None


def _article_quads(registry: Registry, articles: Mapping, doc: dict, article: dict) -> Iterator[Quad]:
    """One article's node, mentions, facts and observations, in the default graph and the article's graph."""
    source, title = str(doc.get("source", "")), str(article.get("title") or "")
    iri = articles[(source, article["index"])]
    named = iri_for_graph(source, article["index"], title, registry.base)
    scope = ArticleScope.of(registry, article)
    ctx = Context(registry.base, source, iri, scope, lambda s, i: articles.get((s, i)))
    for s, p, o in article_triples(iri, doc, article):
        yield s, p, o, None
    yield named, DCTERMS.source, iri, None
    for entity in scope.iris():
        yield iri, SDO.mentions, entity, None
        yield iri, SDO.mentions, entity, named
    for fact in article.get("relations") or ():
        plain, extra = relation_triples(ctx, fact)
        yield from _both(plain, named)
        for s, p, o in extra:
            yield s, p, o, None
    for obs in article.get("observations") or ():
        if isinstance(obs, dict):
            core, extra = observation_triples(ctx, obs)
            yield from _both(core, named)
            for s, p, o in extra:
                yield s, p, o, None


def _both(triples: list[Triple], named: URIRef) -> Iterator[Quad]:
    for s, p, o in triples:
        yield s, p, o, None
        yield s, p, o, named
