"""Vocabularies of the graph: our own terms as closed namespaces, plus the reused ones.

Our terms live in one ontology namespace, ``KG`` (``https://w3id.org/govnews-kg/ontology#``,
described in ``ontology/kg.ttl``). Fixed SKOS concepts have their own slash namespaces
(``STATUS``, ``LEVEL``, ``ORGKIND``) so that their IRIs read like
``https://w3id.org/govnews-kg/status/inProduction``. Data IRIs (entities, articles,
facts) are minted under ``DEFAULT_BASE`` or the ``--base`` given to the build.

Every namespace is a ``DefinedNamespace`` with ``_fail = True``, so a typo raises:

>>> str(KG.launches)
'https://w3id.org/govnews-kg/ontology#launches'
>>> KG.launchs
Traceback (most recent call last):
...
AttributeError: term 'launchs' not in namespace 'https://w3id.org/govnews-kg/ontology#'
>>> STATUS_BY_WORD["投产"] == STATUS.inProduction
True
"""

from __future__ import annotations

import inspect
from types import MappingProxyType

from rdflib import Namespace, URIRef
from rdflib.namespace import (
    DCAT,
    DCTERMS,
    FOAF,
    ORG,
    OWL,
    PROV,
    QB,
    RDF,
    RDFS,
    SDO,
    SKOS,
    TIME,
    VOID,
    XSD,
    DefinedNamespace,
)

from kg.schema import LEVELS, ORG_KINDS, RELATIONS, STATUSES

__all__ = [
    "DCAT", "DCTERMS", "DEFAULT_BASE", "FOAF", "KG", "LEVEL", "LEVEL_BY_NAME", "ONTOLOGY_IRI", "ORG",
    "ORGKIND", "ORGKIND_BY_NAME", "OWL", "PREFIXES", "PROV", "QB", "RDF", "RDFS", "SCHEMA", "SDMX_ATTRIBUTE",
    "SDMX_DIMENSION", "SDMX_MEASURE", "SKOS", "STATUS", "STATUS_BY_WORD", "TIME", "VOID", "XSD", "expand", "terms",
]

DEFAULT_BASE = "https://w3id.org/govnews-kg/id/"
ONTOLOGY_IRI = URIRef("https://w3id.org/govnews-kg/ontology")

SCHEMA = SDO  # schema.org, https://schema.org/
SDMX_DIMENSION = Namespace("http://purl.org/linked-data/sdmx/2009/dimension#")
SDMX_MEASURE = Namespace("http://purl.org/linked-data/sdmx/2009/measure#")
SDMX_ATTRIBUTE = Namespace("http://purl.org/linked-data/sdmx/2009/attribute#")


class KG(DefinedNamespace):
    """The govnews-kg ontology: classes, relation and attribute properties, concept schemes."""

    _fail = True
    _NS = Namespace("https://w3id.org/govnews-kg/ontology#")

    # classes
    Place: URIRef
    AdministrativeDivision: URIRef
    DevelopmentZone: URIRef
    Organization: URIRef
    Person: URIRef
    Project: URIRef
    Industry: URIRef
    Initiative: URIRef
    Article: URIRef
    Sentence: URIRef
    Assertion: URIRef
    Observation: URIRef
    Target: URIRef

    # the relations (kg.schema.RELATIONS, named exactly as in GUIDE.md) are the _extras below

    # entity and article attributes
    adminCode: URIRef
    adminLevel: URIRef
    parentDivision: URIRef
    organizationKind: URIRef
    approximate: URIRef
    sourceFile: URIRef
    articleIndex: URIRef
    kicker: URIRef
    subtitle: URIRef
    year: URIRef

    # provenance
    startOffset: URIRef
    endOffset: URIRef
    rule: URIRef
    confidence: URIRef

    # statistics (RDF Data Cube)
    refArea: URIRef
    indicator: URIRef
    measureType: URIRef
    obsValue: URIRef
    unit: URIRef
    refPeriod: URIRef
    period: URIRef
    observationStructure: URIRef

    # concept schemes
    statusScheme: URIRef
    levelScheme: URIRef
    orgKindScheme: URIRef
    industryScheme: URIRef

    _extras = list(RELATIONS)  # noqa: RUF012 - rdflib's DefinedNamespace protocol


class STATUS(DefinedNamespace):
    """Project statuses (skos:Concept in ``kg:statusScheme``)."""

    _fail = True
    _NS = Namespace("https://w3id.org/govnews-kg/status/")

    _extras = [c.name for c in STATUSES.values()]  # noqa: RUF012 - its terms are kg.schema's


class LEVEL(DefinedNamespace):
    """Place levels (skos:Concept in ``kg:levelScheme``)."""

    _fail = True
    _NS = Namespace("https://w3id.org/govnews-kg/level/")

    _extras = list(LEVELS)  # noqa: RUF012 - its terms are kg.schema's


class ORGKIND(DefinedNamespace):
    """Kinds of organization (skos:Concept in ``kg:orgKindScheme``)."""

    _fail = True
    _NS = Namespace("https://w3id.org/govnews-kg/orgkind/")

    _extras = list(ORG_KINDS)  # noqa: RUF012 - its terms are kg.schema's


# Concept IRIs by the schema's names (kg.schema is the one list; the namespaces above are checked against it).
STATUS_BY_WORD = MappingProxyType({word: STATUS[c.name] for word, c in STATUSES.items()})
LEVEL_BY_NAME = MappingProxyType({name: LEVEL[name] for name in LEVELS})
ORGKIND_BY_NAME = MappingProxyType({name: ORGKIND[name] for name in ORG_KINDS})

# Prefixes bound on every graph we build and used by the exporters, sorted by prefix.
PREFIXES = MappingProxyType({
    "dcat": DCAT._NS,
    "dcterms": DCTERMS._NS,
    "foaf": FOAF._NS,
    "kg": KG._NS,
    "level": LEVEL._NS,
    "org": ORG._NS,
    "orgkind": ORGKIND._NS,
    "owl": OWL._NS,
    "prov": PROV._NS,
    "qb": QB._NS,
    "rdf": RDF._NS,
    "rdfs": RDFS._NS,
    "schema": SCHEMA._NS,
    "sdmx-attribute": SDMX_ATTRIBUTE,
    "sdmx-dimension": SDMX_DIMENSION,
    "sdmx-measure": SDMX_MEASURE,
    "skos": SKOS._NS,
    "status": STATUS._NS,
    "time": TIME._NS,
    "void": VOID._NS,
    "xsd": XSD._NS,
})


def expand(curie: str) -> URIRef:
    """The IRI of a CURIE under :data:`PREFIXES` (the schema writes classes as CURIEs).

    >>> expand("org:Post")
    rdflib.term.URIRef('http://www.w3.org/ns/org#Post')
    """
    prefix, _, local = curie.partition(":")
    if prefix not in PREFIXES or not local:
        raise ValueError(f"not a CURIE with a known prefix: {curie!r}")
    return URIRef(str(PREFIXES[prefix]) + local)


def terms(namespace: type[DefinedNamespace]) -> list[str]:
    """The local names a closed namespace defines: its annotations, then its ``_extras``.

    >>> terms(ORGKIND)
    ['company', 'government', 'institution', 'association', 'other']
    """
    return [*inspect.get_annotations(namespace), *namespace._extras]
