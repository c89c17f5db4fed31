"""Relation facts, their reified assertions with evidence, and statistical observations.

A relation becomes a plain triple (``head kg:rel tail``) plus, when it has
evidence, a ``kg:Assertion`` (rdf:subject/predicate/object) that
``prov:wasDerivedFrom`` a ``kg:Sentence``. An observation becomes a
``qb:Observation`` in the build's ``qb:DataSet``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from rdflib import URIRef

from kg import schema
from kg.graph.entities import ArticleScope
from kg.graph.fastns import DCTERMS, KG, ORG, PROV, QB, RDF, RDFS, SDO, TIME, XSD
from kg.graph.iris import (
    iri_for_assertion,
    iri_for_dataset,
    iri_for_instant,
    iri_for_observation,
    iri_for_period,
    iri_for_post,
    iri_for_sentence,
)
from kg.graph.nodes import Triple, zh
from kg.graph.values import decimal_literal, literal, period_days, to_decimal
from kg.vocab import STATUS_BY_WORD, expand

__all__ = ["MADE_TAILS", "Context", "dataset_triples", "observation_triples", "relation_triples"]


log = logging.getLogger(__name__)

PLACE_ORG = ("Place", "Organization")
POST_CLASSES = tuple(expand(c) for c in schema.NODE_TYPES["Position"].classes)


@dataclass(frozen=True)
class Context:
    """What fact triples need to know about their article."""

    base: str
    source: str
    article: URIRef
    scope: ArticleScope
    article_iri: Callable[[str, object], URIRef | None]  # (source, index) -> article IRI

    def key(self, iri: URIRef) -> str:
        """An IRI relative to the base, so content hashes do not depend on ``--base``."""
        return str(iri).removeprefix(self.base)


def _post(ctx: Context, tail: object) -> URIRef | None:
    return iri_for_post(str(tail), ctx.base) if isinstance(tail, str) and tail.strip() else None


# Ranges that are not entity types: the node comes from the tail text (or is the article itself).
MADE_TAILS: dict[str, Callable[[Context, object], URIRef | None]] = {
    "Article": lambda ctx, tail: ctx.article,
    "Status": lambda ctx, tail: STATUS_BY_WORD.get(str(tail).strip()),
    "Position": _post,
}


def _tail(ctx: Context, kind: tuple[str, ...], tail: object) -> URIRef | None:
    """The tail node: an entity of the given types, the article, a status concept or a post."""
    if len(kind) == 1 and kind[0] in MADE_TAILS:
        return MADE_TAILS[kind[0]](ctx, tail)
    return ctx.scope.resolve(tail, kind)


def relation_triples(ctx: Context, fact: dict) -> tuple[list[Triple], list[Triple]]:
    """(plain triples for the default and article graphs, description triples for the default graph)."""
    rel = fact.get("rel")
    if not isinstance(rel, str) or rel not in schema.RELATIONS:  # read at call time: the schema is the list
        raise ValueError(f"facts {ctx.source}: unknown relation {rel!r}")
    kind = schema.RELATIONS[rel]
    head = ctx.scope.resolve(fact.get("head"), kind.domain)
    tail = _tail(ctx, kind.range, fact.get("tail")) if head is not None else None
    if head is None or tail is None:
        log.debug("%s: skipped %s %s %s (unresolved)", ctx.source, fact.get("head"), rel, fact.get("tail"))
        return [], []
    plain: list[Triple] = [(head, KG[rel], tail)]
    extra = list(_extra(rel, head, tail, fact))
    evidence = fact.get("evidence")
    if isinstance(evidence, dict):
        node = iri_for_assertion(ctx.key(head), rel, ctx.key(tail), *_evidence_key(evidence), base=ctx.base)
        extra += [(node, RDF.type, KG.Assertion), (node, RDF.subject, head),
                  (node, RDF.predicate, KG[rel]), (node, RDF.object, tail)]
        extra += _provenance(ctx, node, evidence)
    return plain, extra


def _extra(rel: str, head: URIRef, tail: URIRef, fact: dict) -> Iterator[Triple]:
    """Reused-vocabulary companions of some relations (so plain SPARQL over ORG/schema.org works)."""
    if rel == "holdsPosition":
        for cls in POST_CLASSES:
            yield tail, RDF.type, cls
        yield tail, RDFS.label, zh(str(fact["tail"]).strip())
        yield tail, ORG.heldBy, head
        yield head, ORG.holds, tail
    elif rel == "authorOf":
        yield tail, SDO.author, head
    elif rel == "partOf":
        yield head, SDO.containedInPlace, tail


def _evidence_key(evidence: dict) -> tuple[object, ...]:
    return tuple(evidence.get(k) for k in ("source", "article", "start", "end", "rule"))


def _provenance(ctx: Context, node: URIRef, evidence: dict) -> list[Triple]:
    """Sentence node, derivation, rule and confidence of a fact node."""
    source = str(evidence.get("source") or ctx.source)
    start, end, text = evidence.get("start"), evidence.get("end"), str(evidence.get("sentence") or "")
    sentence = iri_for_sentence(source, start, end, text, ctx.base)  # type: ignore[arg-type]
    triples: list[Triple] = [(node, PROV.wasDerivedFrom, sentence), (sentence, RDF.type, KG.Sentence),
                             (sentence, SDO.text, zh(text)), (sentence, KG.sourceFile, literal(source))]
    for prop, offset in ((KG.startOffset, start), (KG.endOffset, end)):
        if isinstance(offset, int) and not isinstance(offset, bool):
            triples.append((sentence, prop, literal(offset)))
    article = ctx.article_iri(source, evidence.get("article")) or ctx.article
    triples.append((sentence, DCTERMS.isPartOf, article))
    if evidence.get("rule"):
        triples.append((node, KG.rule, literal(str(evidence["rule"]))))
    if evidence.get("confidence") is not None:
        triples.append((node, KG.confidence, decimal_literal(round(to_decimal(evidence["confidence"]), 3))))
    return triples


def observation_triples(ctx: Context, obs: dict) -> tuple[list[Triple], list[Triple]]:
    """(observation triples for both graphs, provenance and period triples for the default graph)."""
    subject = ctx.scope.resolve(obs.get("subject"), PLACE_ORG)
    if subject is None or obs.get("value") is None or not str(obs.get("indicator") or "").strip():
        log.debug("%s: skipped observation %r (unresolved subject or no value)", ctx.source, obs)
        return [], []
    value, period = to_decimal(obs["value"]), obs.get("period")
    evidence: dict = obs["evidence"] if isinstance(obs.get("evidence"), dict) else {}
    node = iri_for_observation(ctx.key(subject), obs["indicator"], obs.get("measure"), value, obs.get("unit"),
                               period, *_evidence_key(evidence), base=ctx.base)
    core: list[Triple] = [
        (node, RDF.type, KG.Observation), (node, RDF.type, QB.Observation),
        (node, QB.dataSet, iri_for_dataset(ctx.base)), (node, KG.refArea, subject),
        (node, KG.indicator, zh(str(obs["indicator"]).strip())), (node, KG.obsValue, decimal_literal(value)),
    ]
    if obs.get("target") is True:
        core.append((node, RDF.type, KG.Target))  # a figure a plan sets for the period it aims at
    if str(obs.get("measure") or "").strip():
        core.append((node, KG.measureType, zh(str(obs["measure"]).strip())))
    if str(obs.get("unit") or "").strip():
        core.append((node, KG.unit, literal(str(obs["unit"]).strip())))
    extra = _provenance(ctx, node, evidence) if evidence else []
    if period:
        core.append((node, KG.period, literal(str(period))))
        interval = _period(ctx.base, str(period))
        if interval:
            core.append((node, KG.refPeriod, interval[0][0]))
        extra += interval
    return core, extra


def _period(base: str, period: str) -> list[Triple]:
    """An OWL-Time interval with dated beginning and end instants (nothing if unparsable)."""
    days = period_days(period)
    if days is None:
        log.debug("unparsable period %r", period)
        return []
    interval = iri_for_period(period, base)
    triples: list[Triple] = [(interval, RDF.type, TIME.ProperInterval),
                             (interval, RDFS.label, literal(period))]
    for prop, day in ((TIME.hasBeginning, days[0]), (TIME.hasEnd, days[1])):
        instant = iri_for_instant(day, base)
        triples += [(interval, prop, instant), (instant, RDF.type, TIME.Instant),
                    (instant, TIME.inXSDDate, literal(day, datatype=XSD.date))]
    return triples


def dataset_triples(base: str) -> list[Triple]:
    """The qb:DataSet node that groups the build's observations."""
    iri = iri_for_dataset(base)
    return [(iri, RDF.type, QB.DataSet), (iri, QB.structure, KG.observationStructure),
            (iri, RDFS.label, zh("统计观测")), (iri, RDFS.label, literal("Statistical observations", lang="en"))]
