"""ontology/kg.ttl and shapes.ttl: labels, comments, domains, ranges, and agreement with kg.vocab."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SH, SKOS

from kg.graph import build_dataset
from kg.validate import load_ontology, load_shapes
from kg.vocab import KG, LEVEL, ONTOLOGY_IRI, ORGKIND, STATUS, STATUS_BY_WORD, terms

FIXTURE = Path(__file__).parent / "data" / "graph" / "fixture.json"
ONTOLOGY = load_ontology()
SHAPES = load_shapes()
PROPERTY_TYPES = (OWL.ObjectProperty, OWL.DatatypeProperty)


def _terms(kind: URIRef) -> list[URIRef]:
    return sorted(s for s in ONTOLOGY.subjects(RDF.type, kind) if isinstance(s, URIRef))


CLASSES = _terms(OWL.Class)
PROPERTIES = sorted({p for kind in PROPERTY_TYPES for p in _terms(kind)})
CONCEPTS = _terms(SKOS.Concept)
OURS = sorted({s for s in ONTOLOGY.subjects() if isinstance(s, URIRef)
               and str(s).startswith((str(KG), str(STATUS), str(LEVEL), str(ORGKIND)))})


def test_header_has_version_title_license_creator() -> None:
    for prop in (OWL.versionIRI, OWL.versionInfo, DCTERMS.license, DCTERMS.creator):
        assert ONTOLOGY.value(ONTOLOGY_IRI, prop) is not None, prop
    titles = {t.language for t in ONTOLOGY.objects(ONTOLOGY_IRI, DCTERMS.title)}
    assert titles == {"zh", "en"}


def test_term_lists_are_not_empty() -> None:
    assert len(CLASSES) >= 12 and len(PROPERTIES) >= 30 and len(CONCEPTS) == 9 + 8 + 5
    assert set(CLASSES + PROPERTIES + CONCEPTS) <= set(OURS)


@pytest.mark.parametrize("term", OURS, ids=str)
def test_every_term_has_zh_and_en_labels_and_a_comment(term: URIRef) -> None:
    languages = [label.language for label in ONTOLOGY.objects(term, RDFS.label)]
    assert sorted(languages) == ["en", "zh"], f"{term}: labels {languages}"
    comment = ONTOLOGY.value(term, RDFS.comment)
    assert isinstance(comment, Literal) and comment.language == "en" and str(comment).strip()


@pytest.mark.parametrize("prop", PROPERTIES, ids=str)
def test_every_property_has_domain_and_range(prop: URIRef) -> None:
    assert ONTOLOGY.value(prop, RDFS.domain) is not None and ONTOLOGY.value(prop, RDFS.range) is not None


def test_vocab_and_ontology_define_the_same_kg_terms() -> None:
    declared = {str(s) for s in ONTOLOGY.subjects() if str(s).startswith(str(KG))}
    in_code = {str(KG[name]) for name in terms(KG)}
    assert declared == in_code


def test_guide_relations_are_properties_named_exactly() -> None:
    guide = ["partOf", "locatedIn", "holdsPosition", "authorOf", "launches", "investsIn", "totalInvestment",
             "invests", "hasStatus", "implements", "developsIndustry", "cooperatesWith"]
    for name in guide:
        assert (KG[name], RDF.type, OWL.ObjectProperty) in ONTOLOGY


@pytest.mark.parametrize("namespace", [STATUS, LEVEL, ORGKIND], ids=str)
def test_concept_namespaces_are_complete_schemes(namespace: type) -> None:
    for name in terms(namespace):
        concept = namespace[name]
        assert (concept, RDF.type, SKOS.Concept) in ONTOLOGY
        assert ONTOLOGY.value(concept, SKOS.inScheme) is not None
        assert {lab.language for lab in ONTOLOGY.objects(concept, SKOS.prefLabel)} == {"zh", "en"}


def test_status_words_are_the_zh_pref_labels() -> None:
    for word, concept in STATUS_BY_WORD.items():
        assert Literal(word, lang="zh") in set(ONTOLOGY.objects(concept, SKOS.prefLabel))
        assert ONTOLOGY.value(concept, SKOS.inScheme) == KG.statusScheme


def test_every_typed_node_of_a_build_is_targeted_by_a_shape() -> None:
    data = build_dataset([json.loads(FIXTURE.read_text(encoding="utf-8"))]).default_graph
    targets = set(SHAPES.objects(None, SH.targetClass))
    for node in set(data.subjects(RDF.type, None)):
        types = set(data.objects(node, RDF.type))
        assert types & targets, f"{node} has no shape for {types}"


def test_every_kg_term_used_by_a_build_is_declared() -> None:
    data = build_dataset([json.loads(FIXTURE.read_text(encoding="utf-8"))]).default_graph
    used = {t for triple in data for t in triple if isinstance(t, URIRef) and str(t).startswith(str(KG))}
    declared = set(ONTOLOGY.subjects())
    assert used <= declared, used - declared


def test_shapes_cover_every_relation_domain() -> None:
    subjects_of = set(SHAPES.objects(None, SH.targetSubjectsOf))
    relations = {p for p in PROPERTIES if (p, RDF.type, OWL.ObjectProperty) in ONTOLOGY
                 and ONTOLOGY.value(p, RDFS.domain) is not None and p not in {
                     KG.adminLevel, KG.parentDivision, KG.organizationKind, KG.refArea, KG.refPeriod}}
    assert relations == subjects_of


@pytest.mark.parametrize("name", ["kg.ttl", "shapes.ttl"])
def test_ontology_files_parse_strictly_with_oxigraph(name: str) -> None:
    import pyoxigraph as ox

    path = Path(__file__).resolve().parent.parent / "ontology" / name
    triples = list(ox.parse(path.read_bytes(), format=ox.RdfFormat.TURTLE))
    assert len(triples) > 300
