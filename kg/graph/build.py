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

from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import DCTERMS, SDO

from kg.graph.entities import ArticleScope, Registry, iter_articles
from kg.graph.facts import Context, dataset_triples, observation_triples, relation_triples
from kg.graph.iris import check_base, iri_for_article, iri_for_graph
from kg.graph.nodes import Triple, article_triples, entity_triples
from kg.vocab import DEFAULT_BASE, PREFIXES

__all__ = ["build_dataset", "new_dataset"]

log = logging.getLogger(__name__)


def new_dataset() -> Dataset:
    """An empty Dataset with our prefixes bound."""
    dataset = Dataset()
    for prefix, namespace in PREFIXES.items():
        dataset.bind(prefix, namespace, replace=True)
    return dataset


def _article_index(docs: list[dict], base: str) -> dict[tuple[str, int], URIRef]:
    return {
        (str(doc.get("source", "")), article["index"]):
            iri_for_article(str(doc.get("source", "")), article["index"], str(article.get("title") or ""), base)
        for doc, article in iter_articles(docs)
    }


def build_dataset(docs: list[dict], base: str = DEFAULT_BASE) -> Dataset:
    """Build the Dataset for a list of facts documents (see docs/facts-format.md).

    >>> doc = {"source": "a.txt", "articles": [{"index": 0, "title": "T", "entities": [
    ...     {"name": "新余市", "type": "Place"}, {"name": "锂电", "type": "Industry"}],
    ...     "relations": [{"head": "新余市", "rel": "developsIndustry", "tail": "锂电"}]}]}
    >>> ds = build_dataset([doc], "http://x.org/")
    >>> len(list(ds.graphs())), len(ds.default_graph) > 5
    (2, True)
    """
    check_base(base)
    for doc in docs:
        if not isinstance(doc, dict) or not isinstance(doc.get("articles", []), list):
            raise ValueError(  # noqa: TRY004 - a malformed facts file is a user error, reported as ValueError
                f"facts document is not an object with an 'articles' list: {str(doc)[:60]!r}")
    registry = Registry.collect(docs, base)
    articles = _article_index(docs, base)
    dataset = new_dataset()
    default = dataset.default_graph
    for iri in sorted(registry.nodes):
        _add(default, entity_triples(iri, registry.nodes[iri], registry))
    any_observation = False
    for doc, article in iter_articles(docs):
        try:
            any_observation |= _add_article(dataset, registry, articles, doc, article)
        except ValueError as err:
            if str(err).startswith("facts "):
                raise
            raise ValueError(f"facts {doc.get('source', '?')}, article {article['index']}: {err}") from None
    if any_observation:
        _add(default, dataset_triples(base))
    return dataset


def _add(graph: Graph, triples) -> None:  # type: ignore[no-untyped-def]
    for triple in triples:
        graph.add(triple)


def _add_article(dataset: Dataset, registry: Registry, articles: dict, doc: dict, article: dict) -> bool:
    """Add one article's node, mentions, facts and observations; True if it had observations."""
    source, title = str(doc.get("source", "")), str(article.get("title") or "")
    iri = articles[(source, article["index"])]
    named = dataset.graph(iri_for_graph(source, article["index"], title, registry.base))
    scope = ArticleScope.of(registry, article)
    ctx = Context(registry.base, source, iri, scope, lambda s, i: articles.get((s, i)))
    default = dataset.default_graph
    _add(default, article_triples(iri, doc, article))
    _add(default, [(named.identifier, DCTERMS.source, iri)])  # type: ignore[list-item]
    mentions: list[Triple] = [(iri, SDO.mentions, entity) for entity in scope.iris()]
    _add(default, mentions)
    _add(named, mentions)
    for fact in article.get("relations") or ():
        plain, extra = relation_triples(ctx, fact)
        _add(default, plain + extra)
        _add(named, plain)
    observations = [o for o in article.get("observations") or () if isinstance(o, dict)]
    for obs in observations:
        core, extra = observation_triples(ctx, obs)
        _add(default, core + extra)
        _add(named, core)
    return bool(observations)
