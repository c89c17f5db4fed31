"""kg.validate: SHACL validation of exported files (formats, broken graphs, parse errors)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import RDF

from kg.graph import build_dataset, iri_for_entity
from kg.validate import load_shapes, read_graph, validate_file
from kg.vocab import KG, SCHEMA

FIXTURE = Path(__file__).parent / "data" / "graph" / "fixture.json"
FORMATS = {".ttl": "turtle", ".nt": "nt", ".nq": "nquads", ".trig": "trig", ".jsonld": "json-ld"}


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return build_dataset([json.loads(FIXTURE.read_text(encoding="utf-8"))])


def _write(ds: Dataset, path: Path) -> Path:
    fmt = FORMATS[path.suffix]
    source = ds.default_graph if fmt in ("turtle", "nt") else ds
    path.write_text(source.serialize(format=fmt), encoding="utf-8")
    return path


@pytest.mark.parametrize("suffix", sorted(FORMATS))
def test_fixture_graph_conforms_in_every_format(dataset: Dataset, tmp_path: Path, suffix: str) -> None:
    path = _write(dataset, tmp_path / f"kg{suffix}")
    conforms, report = validate_file(path)
    assert conforms, report
    assert report == f"{path}: conforms ({len(dataset.default_graph)} triples)\n"


def test_datasets_are_merged_before_validation(dataset: Dataset, tmp_path: Path) -> None:
    merged = read_graph(_write(dataset, tmp_path / "kg.nq"))
    assert len(merged) == len(dataset.default_graph)  # named graphs repeat default-graph triples


def _broken(dataset: Dataset) -> Dataset:
    ds = Dataset()
    for quad in dataset.quads((None, None, None, None)):
        ds.add(quad)
    g = ds.default_graph
    xinyu = URIRef("https://w3id.org/govnews-kg/id/place/360500000000")
    g.set((xinyu, KG.adminCode, Literal("3605")))
    assertion = next(g.subjects(RDF.type, KG.Assertion))
    g.set((assertion, KG.confidence, Literal("1.5", datatype=URIRef("http://www.w3.org/2001/XMLSchema#decimal"))))
    sentence = next(g.subjects(RDF.type, KG.Sentence))
    g.remove((sentence, KG.startOffset, None))
    person = iri_for_entity({"type": "Person", "name": "钱金林"})
    g.add((person, KG.launches, iri_for_entity({"type": "Project", "name": "新钢电弧炉项目"})))
    g.add((xinyu, SCHEMA.containedInPlace, person))
    return ds


def test_broken_graph_reports_each_violation(dataset: Dataset, tmp_path: Path) -> None:
    conforms, report = validate_file(_write(_broken(dataset), tmp_path / "broken.nq"))
    assert not conforms
    lines = report.splitlines()
    assert "5 violation(s)" in lines[0]
    body = "\n".join(lines[1:])
    assert "place/360500000000> kg:adminCode: kg:adminCode is at most one 12-digit string" in body
    assert "kg:confidence: kg:confidence is at most one xsd:decimal in [0, 1]" in body
    assert "kg:startOffset: a sentence has exactly one kg:startOffset" in body
    assert "the subject of kg:launches must be a kg:Place or kg:Organization" in body
    assert "schema:containedInPlace: schema:containedInPlace must point to a kg:Place" in body
    assert all(line.startswith("Violation: ") for line in lines[1:])


def test_report_is_sorted_and_stable(dataset: Dataset, tmp_path: Path) -> None:
    path = _write(_broken(dataset), tmp_path / "broken.ttl")
    first, second = validate_file(path)[1], validate_file(path)[1]
    assert first == second
    body = first.splitlines()[1:]
    assert body == sorted(body)


def test_parse_error_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "bad.ttl"
    path.write_text("<http://a> <http://b> .\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.ttl: cannot parse as turtle"):
        validate_file(path)


@pytest.mark.parametrize("name", ["graph.rdf", "graph"])
def test_unknown_suffix_is_a_clear_error(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text("", encoding="utf-8")
    with pytest.raises(ValueError, match="unknown RDF format"):
        validate_file(path)


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="no such file"):
        validate_file(tmp_path / "absent.nt")


def test_shapes_enforce_code_pattern_and_confidence_range() -> None:
    shapes = load_shapes().serialize(format="nt")
    assert '"^[0-9]{12}$"' in shapes
    assert "http://www.w3.org/ns/shacl#maxInclusive" in shapes
