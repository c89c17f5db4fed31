"""kg.schema is the one list of types and relations: the ontology, the shapes, vocab and the graph agree with it."""

from __future__ import annotations

from types import MappingProxyType

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS, SH, SKOS

from kg import schema
from kg.graph import build_dataset
from kg.graph.facts import MADE_TAILS
from kg.graph.iris import TYPE_SEGMENTS
from kg.validate import load_ontology, load_shapes
from kg.vocab import KG, LEVEL, ORGKIND, STATUS, expand, terms

ONTOLOGY = load_ontology()
SHAPES = load_shapes()
KGSH = "https://w3id.org/govnews-kg/shapes#"


def _class(type_name: str) -> URIRef:
    return expand(schema.NODE_TYPES[type_name].classes[0])


def _classes(graph: Graph, node: object) -> set[object]:
    """A class, or the members of an owl:unionOf class."""
    union = graph.value(node, OWL.unionOf)  # type: ignore[arg-type]
    return set(Collection(graph, union)) if union is not None else {node}


def _labels(graph: Graph, term: URIRef, prop: URIRef = RDFS.label) -> dict[str | None, str]:
    return {lab.language: str(lab) for lab in graph.objects(term, prop) if isinstance(lab, Literal)}


def _sh_in(path: URIRef) -> set[object]:
    """The sh:in members of the property shapes on ``path``."""
    found: set[object] = set()
    for shape in SHAPES.subjects(SH.path, path):
        members = SHAPES.value(shape, SH["in"])
        if members is not None:
            found |= set(Collection(SHAPES, members))
    return found


RELATIONS = sorted(schema.RELATIONS)


def test_schema_lists_the_guide_relations_and_entity_types() -> None:
    assert RELATIONS == sorted(["partOf", "locatedIn", "holdsPosition", "authorOf", "launches", "investsIn",
                                "totalInvestment", "invests", "hasStatus", "implements", "developsIndustry",
                                "cooperatesWith"])
    assert list(schema.ENTITY_TYPES) == ["Place", "Organization", "Person", "Project", "Money", "Industry",
                                         "Initiative"]


@pytest.mark.parametrize("name", RELATIONS)
def test_every_relation_kind_is_an_object_property_with_its_domain_range_and_labels(name: str) -> None:
    kind, prop = schema.RELATIONS[name], KG[name]
    assert (prop, RDF.type, OWL.ObjectProperty) in ONTOLOGY
    assert _classes(ONTOLOGY, ONTOLOGY.value(prop, RDFS.domain)) == {_class(t) for t in kind.domain}
    assert _classes(ONTOLOGY, ONTOLOGY.value(prop, RDFS.range)) == {_class(t) for t in kind.range}
    assert _labels(ONTOLOGY, prop) == {"zh": kind.zh, "en": kind.en}
    assert ((prop, RDF.type, OWL.SymmetricProperty) in ONTOLOGY) == kind.symmetric
    assert ((prop, RDF.type, OWL.TransitiveProperty) in ONTOLOGY) == kind.transitive


@pytest.mark.parametrize("name", RELATIONS)
def test_every_relation_kind_has_a_shape_checking_its_domain_and_range(name: str) -> None:
    kind, shape = schema.RELATIONS[name], URIRef(f"{KGSH}{name}Shape")
    assert SHAPES.value(shape, SH.targetSubjectsOf) == KG[name]
    heads = {SHAPES.value(shape, SH["class"])} - {None}
    for alternatives in SHAPES.objects(shape, SH["or"]):
        heads |= {SHAPES.value(member, SH["class"]) for member in Collection(SHAPES, alternatives)}
    assert heads == {_class(t) for t in kind.domain}
    tails: set[object] = set()
    for prop_shape in SHAPES.objects(shape, SH.property):
        tails |= {SHAPES.value(prop_shape, SH["class"])} - {None}
        for alternatives in SHAPES.objects(prop_shape, SH["or"]):
            tails |= {SHAPES.value(member, SH["class"]) for member in Collection(SHAPES, alternatives)}
    expected = set() if kind.range == ("Status",) else {_class(t) for t in kind.range}
    assert tails == expected


def test_shapes_sh_in_lists_are_the_schema_names() -> None:
    assert _sh_in(RDF.predicate) == {KG[name] for name in schema.RELATIONS}
    assert _sh_in(KG.hasStatus) == {STATUS[c.name] for c in schema.STATUSES.values()}
    assert _sh_in(KG.organizationKind) == {ORGKIND[name] for name in schema.ORG_KINDS}
    assert _sh_in(KG.adminLevel) == {LEVEL[name] for name in schema.LEVELS}


@pytest.mark.parametrize("type_name", [t for t, n in schema.NODE_TYPES.items() if n.classes[0].startswith("kg:")])
def test_our_node_types_are_classes_with_the_schema_labels(type_name: str) -> None:
    node = schema.NODE_TYPES[type_name]
    assert (_class(type_name), RDF.type, OWL.Class) in ONTOLOGY
    assert _labels(ONTOLOGY, _class(type_name)) == {"zh": node.zh, "en": node.en}


@pytest.mark.parametrize("type_name", [t for t in schema.NODE_TYPES if t != "Status"])
def test_every_node_type_the_graph_types_has_a_shape(type_name: str) -> None:
    """Status nodes are the fixed concepts of the ontology, checked by kg:hasStatus's sh:in instead."""
    assert _class(type_name) in set(SHAPES.objects(None, SH.targetClass))


@pytest.mark.parametrize(("namespace", "concepts"), [
    (STATUS, {c.name: c for c in schema.STATUSES.values()}), (LEVEL, schema.LEVELS), (ORGKIND, schema.ORG_KINDS),
], ids=["status", "level", "orgkind"])
def test_concepts_are_the_namespace_terms_with_the_schema_labels(namespace: type, concepts: dict) -> None:
    assert terms(namespace) == list(concepts)
    for name, concept in concepts.items():
        assert _labels(ONTOLOGY, namespace[name], SKOS.prefLabel) == {"zh": concept.zh, "en": concept.en}


def test_status_words_are_their_concepts_zh_labels() -> None:
    assert {word: c.zh for word, c in schema.STATUSES.items()} == {w: w for w in schema.STATUSES}


def test_vocab_namespace_has_every_relation_and_our_classes() -> None:
    declared = set(terms(KG))
    assert set(schema.RELATIONS) <= declared
    assert {c.split(":")[1] for t in schema.NODE_TYPES.values() for c in t.classes if c.startswith("kg:")} <= declared


def test_every_range_is_entity_types_or_one_made_node() -> None:
    for kind in schema.RELATIONS.values():
        made = [t for t in kind.range if t in MADE_TAILS]
        assert not made or kind.range == tuple(made[:1]), kind.name
        assert all(t in schema.ENTITY_TYPES or t in MADE_TAILS for t in kind.range), kind.name
    assert set(MADE_TAILS) == set(schema.NODE_TYPES) - set(schema.ENTITY_TYPES)


def test_iri_segments_come_from_the_schema() -> None:
    assert TYPE_SEGMENTS == {"Place": "place", "Organization": "org", "Person": "person", "Project": "project",
                             "Money": "money", "Industry": "industry", "Initiative": "initiative"}


@pytest.mark.parametrize(("name", "zh", "en"), [
    ("launches", "推进项目", "launches"), ("Place", "地点", "Place"), ("Position", "职务", "Post"),
])
def test_labels_of_types_and_relations(name: str, zh: str, en: str) -> None:
    assert (schema.label_zh(name), schema.label_en(name)) == (zh, en)


@pytest.mark.parametrize("bad", ["launch", "place", ""])
def test_unknown_names_raise_key_error_naming_them(bad: str) -> None:
    with pytest.raises(KeyError, match="kg.schema"):
        schema.label_zh(bad)
    with pytest.raises(KeyError, match="kg.schema"):
        schema.colour(bad)


def test_colours_are_distinct_hex() -> None:
    colours = [schema.colour(t) for t in schema.NODE_TYPES]
    assert len(set(colours)) == len(colours) == 10
    assert all(len(c) == 7 and c.startswith("#") and int(c[1:], 16) >= 0 for c in colours)


@pytest.mark.filterwarnings("ignore:Code. acquires is not defined:UserWarning")
def test_a_relation_added_to_the_schema_reaches_the_graph(monkeypatch: pytest.MonkeyPatch) -> None:
    """The graph phase reads kg.schema.RELATIONS: a new kind there is built without other edits."""
    extra = schema.RelationKind("acquires", ("Organization",), ("Organization",), "收购", "acquires")
    monkeypatch.setattr(schema, "RELATIONS", MappingProxyType({**schema.RELATIONS, "acquires": extra}))
    monkeypatch.setattr(KG, "_fail", False)
    doc = {"source": "a.txt", "articles": [{"title": "T", "entities": [
        {"name": "甲公司", "type": "Organization"}, {"name": "乙公司", "type": "Organization"}],
        "relations": [{"head": "甲公司", "rel": "acquires", "tail": "乙公司"}]}]}
    triples = {(str(p), str(o)) for _, p, o in build_dataset([doc], "http://x.org/").default_graph}
    assert (str(KG) + "acquires", "http://x.org/org/" + "%E4%B9%99%E5%85%AC%E5%8F%B8") in triples


def test_an_undeclared_relation_is_a_clear_error() -> None:
    doc = {"source": "a.txt", "articles": [{"title": "T", "entities": [{"name": "甲公司", "type": "Organization"}],
                                            "relations": [{"head": "甲公司", "rel": "merges", "tail": "甲公司"}]}]}
    with pytest.raises(ValueError, match="unknown relation .merges."):
        build_dataset([doc], "http://x.org/")
