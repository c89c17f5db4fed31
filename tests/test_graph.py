"""kg.graph: facts → rdflib Dataset (golden files, identity, IRIs, determinism, literals)."""

from __future__ import annotations

import copy
import difflib
import json
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import ORG, RDF, RDFS, SKOS, TIME, XSD

from kg.graph import build_dataset, iri_for_article, iri_for_entity, iri_for_graph
from kg.vocab import DEFAULT_BASE, KG, SCHEMA, STATUS

DATA = Path(__file__).parent / "data" / "graph"
FIXTURE = DATA / "fixture.json"
GOLDEN_TTL = DATA / "fixture.ttl"
GOLDEN_NQ = DATA / "fixture-graphs.nq"
ROOT = Path(__file__).resolve().parent.parent


def fixture() -> dict:
    return json.loads(FIXTURE.read_text(encoding="utf-8"))


def named_nquads(ds: Dataset) -> str:
    """Named graphs only, as sorted N-Quads lines (canonical text: the graphs hold no blank nodes)."""
    lines = []
    for graph in ds.graphs():
        if graph.identifier == DATASET_DEFAULT_GRAPH_ID:
            continue
        for line in graph.serialize(format="nt").splitlines():
            if line.strip():
                lines.append(f"{line.removesuffix(' .')} <{graph.identifier}> .\n")
    return "".join(sorted(lines))


def _diff(expected: str, actual: str) -> str:
    return "".join(difflib.unified_diff(expected.splitlines(True), actual.splitlines(True), "golden", "built", n=1))


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return build_dataset([fixture()])


# --- golden files -----------------------------------------------------------------------------------


def test_default_graph_matches_golden_turtle(dataset: Dataset) -> None:
    actual = dataset.default_graph.serialize(format="turtle")
    if os.environ.get("KG_UPDATE_GOLDEN"):
        GOLDEN_TTL.write_text(actual, encoding="utf-8")
    expected = GOLDEN_TTL.read_text(encoding="utf-8")
    golden = Graph().parse(data=expected, format="turtle")
    assert isomorphic(golden, dataset.default_graph), _diff(expected, actual)
    assert actual == expected, _diff(expected, actual)


def test_named_graphs_match_golden_nquads(dataset: Dataset) -> None:
    actual = named_nquads(dataset)
    if os.environ.get("KG_UPDATE_GOLDEN"):
        GOLDEN_NQ.write_text(actual, encoding="utf-8")
    expected = GOLDEN_NQ.read_text(encoding="utf-8")
    assert actual == expected, _diff(expected, actual)


# --- identity: one node per real thing ----------------------------------------------------------------


def test_same_entity_in_two_articles_is_one_node_with_merged_aliases(dataset: Dataset) -> None:
    g = dataset.default_graph
    steel = iri_for_entity({"type": "Organization", "name": "新钢公司"}, DEFAULT_BASE)
    assert set(g.objects(steel, RDFS.label)) == {Literal("新钢公司", lang="zh")}
    assert set(g.objects(steel, SKOS.altLabel)) == {Literal("新钢", lang="zh"), Literal("新钢集团", lang="zh")}
    articles = set(g.subjects(SCHEMA.mentions, steel))
    assert len(articles) == 2


def test_place_without_code_takes_the_code_known_elsewhere_in_the_build(dataset: Dataset) -> None:
    g = dataset.default_graph
    xinyu = URIRef(DEFAULT_BASE + "place/360500000000")
    bare = iri_for_entity({"type": "Place", "name": "新余市"}, DEFAULT_BASE)
    assert (None, None, bare) not in g and (bare, None, None) not in g
    assert len(set(g.subjects(SCHEMA.mentions, xinyu))) == 2
    assert g.value(xinyu, KG.adminCode) == Literal("360500000000")
    assert g.value(xinyu, KG.parentDivision) == URIRef(DEFAULT_BASE + "place/360000000000")


def test_relation_names_resolve_through_aliases_and_unknown_names_are_skipped(dataset: Dataset) -> None:
    g = dataset.default_graph
    gov = iri_for_entity({"type": "Organization", "name": "新余市人民政府"}, DEFAULT_BASE)
    assert g.value(gov, KG.locatedIn) == URIRef(DEFAULT_BASE + "place/360500000000")  # tail given as alias 新余
    assert not list(g.subjects(KG.launches, iri_for_entity({"type": "Project", "name": "新钢电弧炉项目"})))[1:]
    assert (iri_for_entity({"type": "Organization", "name": "无名公司"}), None, None) not in g


def test_relation_vocabulary_companions(dataset: Dataset) -> None:
    g = dataset.default_graph
    person = iri_for_entity({"type": "Person", "name": "钱金林"})
    post = g.value(person, KG.holdsPosition)
    assert (post, RDF.type, ORG.Post) in g and g.value(post, ORG.heldBy) == person
    assert g.value(post, RDFS.label) == Literal("新余市委书记", lang="zh")
    project = iri_for_entity({"type": "Project", "name": "新钢电弧炉项目"})
    assert g.value(project, KG.hasStatus) == STATUS.inProduction
    author = iri_for_entity({"type": "Person", "name": "刘小武"})
    article = iri_for_article("000_fixture.txt", 1, "新余锂电产业链加速成形", DEFAULT_BASE)
    assert (author, KG.authorOf, article) in g and (article, SCHEMA.author, author) in g


def test_every_evidenced_relation_has_an_assertion_with_sentence(dataset: Dataset) -> None:
    g = dataset.default_graph
    doc = fixture()
    evidenced = sum(1 for a in doc["articles"] for r in a["relations"] if "evidence" in r and r["head"] != "无名公司")
    assertions = list(g.subjects(RDF.type, KG.Assertion))
    assert len(assertions) == evidenced
    for node in assertions:
        s, p, o = (g.value(node, RDF.subject), g.value(node, RDF.predicate), g.value(node, RDF.object))
        assert (s, p, o) in g
        sentence = g.value(node, URIRef("http://www.w3.org/ns/prov#wasDerivedFrom"))
        assert (sentence, RDF.type, KG.Sentence) in g
        assert g.value(sentence, KG.startOffset).datatype == XSD.integer


def test_money_values_are_exact_decimals(dataset: Dataset) -> None:
    g = dataset.default_graph
    amount = iri_for_entity({"type": "Money", "name": "72.8亿元"})
    value = g.value(amount, SCHEMA.value)
    assert value.datatype == XSD.decimal and str(value) == "7280000000.0" and value.toPython() == Decimal(7280000000)
    over = iri_for_entity({"type": "Money", "name": "超50亿元"})
    assert g.value(over, SCHEMA.minValue) == g.value(over, SCHEMA.value)
    assert g.value(over, KG.approximate) == Literal(True)
    growth = next(g.subjects(KG.indicator, Literal("工业投资", lang="zh")))
    assert str(g.value(growth, KG.obsValue)) == "19.4"


def test_period_is_a_dated_interval_and_a_plain_string(dataset: Dataset) -> None:
    g = dataset.default_graph
    obs = next(g.subjects(KG.indicator, Literal("工业投资", lang="zh")))
    assert g.value(obs, KG.period) == Literal("2024-01/2024-06")
    interval = g.value(obs, KG.refPeriod)
    begin, end = g.value(interval, TIME.hasBeginning), g.value(interval, TIME.hasEnd)
    assert g.value(begin, TIME.inXSDDate) == Literal("2024-01-01", datatype=XSD.date)
    assert g.value(end, TIME.inXSDDate) == Literal("2024-06-30", datatype=XSD.date)


def test_one_named_graph_per_article_with_its_facts(dataset: Dataset) -> None:
    doc = fixture()
    ids = {iri_for_graph(doc["source"], a["index"], a["title"], DEFAULT_BASE) for a in doc["articles"]}
    named = {g.identifier for g in dataset.graphs() if g.identifier != DATASET_DEFAULT_GRAPH_ID}
    assert named == ids
    second = dataset.graph(iri_for_graph(doc["source"], 1, doc["articles"][1]["title"], DEFAULT_BASE))
    steel = iri_for_entity({"type": "Organization", "name": "新钢公司"})
    assert set(second.predicate_objects(steel)) == {(KG.developsIndustry, iri_for_entity(
        {"type": "Industry", "name": "锂电"}))}


# --- IRIs ---------------------------------------------------------------------------------------------


def test_all_iris_are_ascii_and_parse_as_ntriples(dataset: Dataset) -> None:
    text = dataset.serialize(format="nquads")
    quads = list(ox.parse(text.encode("utf-8"), format=ox.RdfFormat.N_QUADS))
    assert len(quads) == sum(len(g) for g in dataset.graphs())
    for quad in quads:
        for term in (quad.subject, quad.predicate, quad.object):
            if isinstance(term, ox.NamedNode):
                assert term.value.isascii()
            assert not isinstance(term, ox.BlankNode)


def test_article_iris_are_deterministic_and_depend_on_title() -> None:
    one = iri_for_article("dir/000_x.txt", 2, "标题", "http://x.org/")
    assert one == iri_for_article("000_x.txt", 2, "标题", "http://x.org/")
    assert one != iri_for_article("000_x.txt", 2, "另一个标题", "http://x.org/")
    assert str(one).startswith("http://x.org/article/000_x/2-")


@pytest.mark.parametrize("base", ["relative/", "http://x.org/no-slash", "http://x.org/a b/", "http://例子.org/"])
def test_bad_base_is_rejected(base: str) -> None:
    with pytest.raises(ValueError, match="base IRI"):
        build_dataset([fixture()], base)


def test_other_base_changes_iris_but_not_fact_hashes() -> None:
    ds = build_dataset([fixture()], "http://example.org/kg#")
    assertions = sorted(str(s).rsplit("/", 1)[1] for s in ds.default_graph.subjects(RDF.type, KG.Assertion))
    default = sorted(str(s).rsplit("/", 1)[1] for s in build_dataset([fixture()]).default_graph.subjects(
        RDF.type, KG.Assertion))
    assert assertions == default
    assert all(str(s).startswith(("http://example.org/kg#", "https://w3id.org/govnews-kg/"))
               for s in ds.default_graph.subjects())


# --- contract errors ----------------------------------------------------------------------------------


def test_unknown_relation_names_the_file() -> None:
    doc = fixture()
    doc["articles"][0]["relations"].append({"head": "新余市", "rel": "owns", "tail": "锂电"})
    with pytest.raises(ValueError, match=r"000_fixture\.txt.*'owns'"):
        build_dataset([doc])


def test_unknown_entity_type_names_the_file() -> None:
    doc = fixture()
    doc["articles"][0]["entities"].append({"name": "某物", "type": "Thing"})
    with pytest.raises(ValueError, match=r"000_fixture\.txt.*'Thing'"):
        build_dataset([doc])


# --- determinism --------------------------------------------------------------------------------------


def test_two_builds_serialise_identically() -> None:
    a, b = build_dataset([fixture()]), build_dataset([copy.deepcopy(fixture())])
    assert a.default_graph.serialize(format="turtle") == b.default_graph.serialize(format="turtle")
    assert named_nquads(a) == named_nquads(b)


def test_input_order_does_not_matter() -> None:
    doc = fixture()
    other = {"source": "001_other.txt", "articles": [{"index": 0, "title": "另", "entities": [
        {"name": "新钢公司", "type": "Organization", "kind": "company"}], "relations": []}]}
    forward = build_dataset([doc, other]).default_graph.serialize(format="turtle")
    backward = build_dataset([other, doc]).default_graph.serialize(format="turtle")
    assert forward == backward


def test_turtle_is_identical_across_hash_seeds() -> None:
    script = ("import json,sys; from kg.graph import build_dataset; "
              f"d=json.load(open({str(FIXTURE)!r}, encoding='utf-8')); "
              "sys.stdout.write(build_dataset([d]).default_graph.serialize(format='turtle'))")
    outputs = {
        subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=ROOT,
                       env={**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}).stdout
        for seed in ("1", "2")
    }
    assert len(outputs) == 1


# --- hostile names ------------------------------------------------------------------------------------

NAMES = st.text(
    alphabet=st.one_of(st.sampled_from(list('"\\\n\r\t <>#%{}|^`.…“”😀 新余市\u200b\ufeff\x00\x7f')),
                       st.characters(codec="utf-8", exclude_categories=("Cs",))),
    min_size=1, max_size=12,
).filter(lambda s: s.strip())


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=NAMES, title=NAMES, alias=NAMES)
def test_hostile_names_give_valid_iris_and_round_trip_literals(name: str, title: str, alias: str) -> None:
    doc = {"source": f"{name}.txt", "articles": [{"index": 0, "title": title, "entities": [
        {"name": name, "type": "Organization", "kind": "other", "aliases": [alias]},
        {"name": name, "type": "Industry"}],
        "relations": [{"head": name, "rel": "developsIndustry", "tail": name,
                       "evidence": {"source": f"{name}.txt", "article": 0, "sentence": title, "start": 0, "end": 1,
                                    "rule": name, "confidence": 0.5}},
                      {"head": name, "rel": "holdsPosition", "tail": alias}]}]}
    ds = build_dataset([doc], "http://example.org/")
    text = ds.serialize(format="nquads").encode("utf-8")
    quads = list(ox.parse(text, format=ox.RdfFormat.N_QUADS))
    iris = {t.value for q in quads for t in (q.subject, q.predicate, q.object, q.graph_name)
            if isinstance(t, ox.NamedNode)}
    assert all(iri.isascii() and " " not in iri for iri in iris)
    labels = {q.object.value for q in quads if q.predicate.value == str(RDFS.label)}
    assert name in labels and title.strip() in labels
    rules = {q.object.value for q in quads if q.predicate.value == str(KG.rule)}
    assert rules == {name}


@pytest.mark.parametrize(("where", "record"), [
    ("relations", {"head": "新余市", "rel": "launches", "tail": "新钢电弧炉项目",
                   "evidence": {"source": "000_fixture.txt", "article": 0, "sentence": "s", "start": 0, "end": 1,
                                "rule": "r", "confidence": "high"}}),
    ("observations", {"subject": "新余市", "indicator": "工业投资", "measure": None, "value": "many",
                      "unit": "%", "period": None}),
    ("entities", {"name": "一些钱", "type": "Money", "value": [1], "currency": "CNY"}),
])
def test_non_numbers_are_reported_with_the_file(where: str, record: dict) -> None:
    doc = fixture()
    doc["articles"][0][where].append(record)
    with pytest.raises(ValueError, match=r"facts 000_fixture\.txt.*not a number"):
        build_dataset([doc])


@settings(max_examples=200, deadline=None)
@given(name=NAMES)
def test_entity_iri_segment_is_reversible_ascii(name: str) -> None:
    import unicodedata
    from urllib.parse import unquote

    iri = iri_for_entity({"type": "Project", "name": name}, "http://example.org/")
    segment = str(iri).removeprefix("http://example.org/project/")
    assert iri.isascii() and "/" not in segment and segment not in {".", ".."}
    assert unquote(segment) == unicodedata.normalize("NFC", name).strip()
    node = next(iter(ox.parse(f"<{iri}> <http://p> <http://o> .\n".encode(), format=ox.RdfFormat.N_TRIPLES)))
    assert node.subject.value == str(iri)


def test_a_target_is_an_observation_typed_as_a_target():
    """A figure a plan sets is a kg:Observation of the period aimed at and also a kg:Target; a result is not."""
    figure = {"subject": "新余市", "indicator": "地区生产总值", "measure": "增长", "unit": "%", "period": "2031"}
    doc = {"source": "plan.txt", "articles": [{"index": 0, "title": "T", "entities": [{"name": "新余市", "type": "Place"}],
                                               "relations": [], "observations": [
                                                   {**figure, "value": 6, "target": True},
                                                   {**figure, "value": 5.2, "period": "2030"}]}]}
    ds = build_dataset([doc], "http://x.org/")
    observations = set(ds.default_graph.subjects(RDF.type, KG.Observation))
    targets = set(ds.default_graph.subjects(RDF.type, KG.Target))
    assert len(observations) == 2
    assert len(targets) == 1
    assert targets < observations
    (target,) = targets
    assert ds.default_graph.value(target, KG.obsValue).toPython() == Decimal(6)
