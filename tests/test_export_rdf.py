"""RDF exports: every file parses in rdflib and pyoxigraph with the counts reported, output is
canonical (byte-identical across runs and hash seeds), and void.ttl describes the dataset."""

from __future__ import annotations

import difflib
import json
import os
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.compare import isomorphic

from kg.export.rdf import compact_iri, license_iri, write_exports
from kg.graph import build_dataset

DATA = Path(__file__).parent / "data"
FACTS = DATA / "query" / "facts.json"
GOLDEN = DATA / "export"
BASE = "https://w3id.org/govnews-kg/id/"
FORMATS = {"graph.ttl": "turtle", "graph.nt": "nt", "graph.nq": "nquads", "graph.jsonld": "json-ld",
           "void.ttl": "turtle"}
VOID = rdflib.Namespace("http://rdfs.org/ns/void#")
DCAT = rdflib.Namespace("http://www.w3.org/ns/dcat#")
DCT = rdflib.namespace.DCTERMS


def _docs() -> list[dict]:
    return json.loads(FACTS.read_text(encoding="utf-8"))


def _export(out: Path, **options: object) -> dict[str, int]:
    docs = _docs()
    return write_exports(build_dataset(docs, BASE), out, sources=[d["source"] for d in docs], base=BASE,
                         **options)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    out = tmp_path_factory.mktemp("exports")
    return out, _export(out)


def _merged(dataset: rdflib.Dataset) -> rdflib.Graph:
    graph = rdflib.Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_each_export_parses_in_both_libraries_with_the_reported_count(
        exported: tuple[Path, dict[str, int]], name: str) -> None:
    out, counts = exported
    parsed = rdflib.Dataset()
    parsed.parse(out / name, format=FORMATS[name])
    store = ox.Store()
    store.bulk_load(path=str(out / name))
    rdflib_quads = sum(1 for _ in parsed.quads((None, None, None, None)))
    assert rdflib_quads == len(store) == counts[name]


def test_exports_carry_the_whole_dataset(exported: tuple[Path, dict[str, int]]) -> None:
    out, counts = exported
    dataset = build_dataset(_docs(), BASE)
    merged = _merged(dataset)
    assert counts["graph.nt"] == len(merged)
    assert counts["graph.nq"] == sum(1 for _ in dataset.quads((None, None, None, None)))
    assert counts["graph.nq"] > counts["graph.nt"]  # named graphs repeat article facts
    for name in ("graph.ttl", "graph.nt"):
        assert isomorphic(rdflib.Graph().parse(out / name, format=FORMATS[name]), merged), name
    for name in ("graph.nq", "graph.jsonld"):
        parsed = rdflib.Dataset()
        parsed.parse(out / name, format=FORMATS[name])
        assert isomorphic(_merged(parsed), merged), name
        graphs = {g for *_, g in ox.parse(path=str(out / name)) if not isinstance(g, ox.DefaultGraph)}
        assert len(graphs) == 3, name  # one named graph per article


def test_output_is_byte_identical_across_runs_and_hash_seeds(tmp_path: Path,
                                                             exported: tuple[Path, dict[str, int]]) -> None:
    first, _ = exported
    _export(tmp_path / "again")
    script = (f"import json, pathlib; from kg.graph import build_dataset; from kg.export.rdf import write_exports; "
              f"d = json.loads(pathlib.Path({str(FACTS)!r}).read_text(encoding='utf-8')); "
              f"write_exports(build_dataset(d, {BASE!r}), pathlib.Path({str(tmp_path / 'seed')!r}), "
              f"sources=[x['source'] for x in d], base={BASE!r})")
    root = str(Path(__file__).resolve().parent.parent)
    env = {**os.environ, "PYTHONHASHSEED": "12345", "PYTHONPATH": root}
    subprocess.run([sys.executable, "-c", script], check=True, env=env, timeout=120)
    for name in FORMATS:
        data = (first / name).read_bytes()
        assert (tmp_path / "again" / name).read_bytes() == data, name
        assert (tmp_path / "seed" / name).read_bytes() == data, name


def test_nt_and_nq_lines_are_sorted(exported: tuple[Path, dict[str, int]]) -> None:
    out, _ = exported
    for name in ("graph.nt", "graph.nq"):
        lines = (out / name).read_text(encoding="utf-8").splitlines()
        assert lines == sorted(lines) and len(lines) == len(set(lines)), name


def test_turtle_and_jsonld_use_our_prefixes_and_base(exported: tuple[Path, dict[str, int]]) -> None:
    out, _ = exported
    turtle = (out / "graph.ttl").read_text(encoding="utf-8")
    assert turtle.startswith(f"@base <{BASE}> .\n@prefix dcterms: <http://purl.org/dc/terms/> .\n")
    assert "@prefix kg: <https://w3id.org/govnews-kg/ontology#> ." in turtle
    assert "<//" not in turtle and "</govnews-kg" not in turtle
    context = json.loads((out / "graph.jsonld").read_text(encoding="utf-8"))["@context"]
    assert context["@base"] == BASE
    assert context["kg"] == "https://w3id.org/govnews-kg/ontology#"
    assert context["schema"] == "https://schema.org/"


def test_void_describes_counts_partitions_licence_sources_and_distributions(
        exported: tuple[Path, dict[str, int]]) -> None:
    out, counts = exported
    void = rdflib.Graph().parse(out / "void.ttl")
    ds = rdflib.URIRef(BASE + "dataset")
    assert (ds, rdflib.RDF.type, VOID.Dataset) in void
    assert int(void.value(ds, VOID.triples)) == counts["graph.nt"]
    assert int(void.value(ds, VOID.entities)) > 0
    assert void.value(ds, DCT.license) == rdflib.URIRef("https://creativecommons.org/licenses/by/4.0/")
    assert {str(s) for s in void.objects(ds, DCT.source)} == {"100_fixture_a.txt", "101_fixture_b.txt"}
    media = {str(void.value(d, DCT.title)): str(void.value(d, DCAT.mediaType)).rsplit("/", 2)[-2:]
             for d in void.objects(ds, DCAT.distribution)}
    assert media == {"graph.ttl": ["text", "turtle"], "graph.nt": ["application", "n-triples"],
                     "graph.nq": ["application", "n-quads"], "graph.jsonld": ["application", "ld+json"]}
    for dist in void.objects(ds, DCAT.distribution):
        name = str(void.value(dist, DCT.title))
        assert int(void.value(dist, DCAT.byteSize)) == (out / name).stat().st_size
        assert int(void.value(dist, VOID.triples)) == counts[name]
    places = [p for p in void.objects(ds, VOID.classPartition)
              if void.value(p, VOID["class"]) == rdflib.URIRef("https://w3id.org/govnews-kg/ontology#Place")]
    assert len(places) == 1 and int(void.value(places[0], VOID.entities)) == 6
    assert (None, DCT.issued, None) not in void  # no build time unless asked


def test_issued_appears_only_as_a_literal(tmp_path: Path) -> None:
    _export(tmp_path, issued="2024-07-01T12:00:00Z")
    void = rdflib.Graph().parse(tmp_path / "void.ttl")
    issued = list(void.objects(None, DCT.issued))
    assert issued == [rdflib.Literal("2024-07-01T12:00:00Z", datatype=rdflib.XSD.dateTime)]
    assert '"2024-07-01T12:00:00Z"^^xsd:dateTime' in (tmp_path / "void.ttl").read_text(encoding="utf-8")
    with pytest.raises(ValueError, match="issued"):
        _export(tmp_path, issued="yesterday")
    iris = {str(t) for triple in void for t in triple if isinstance(t, rdflib.URIRef)}
    assert not any("2024-07-01" in iri for iri in iris)


def test_blank_nodes_are_canonical(tmp_path: Path) -> None:
    """rdflib mints random blank node ids; the export must not depend on them."""
    def dataset() -> rdflib.Dataset:
        ds = rdflib.Dataset()
        node = rdflib.BNode()
        ds.add((rdflib.URIRef("http://ex.org/a"), rdflib.URIRef("http://ex.org/p"), node))
        ds.add((node, rdflib.RDFS.label, rdflib.Literal("x")))
        return ds

    write_exports(dataset(), tmp_path / "1", sources=[])
    write_exports(dataset(), tmp_path / "2", sources=[])
    for name in FORMATS:
        assert (tmp_path / "1" / name).read_bytes() == (tmp_path / "2" / name).read_bytes(), name


def _tiny() -> rdflib.Dataset:
    ex, kg = rdflib.Namespace("http://ex.org/id/"), rdflib.Namespace("https://w3id.org/govnews-kg/ontology#")
    ds = rdflib.Dataset()
    ds.bind("kg", kg)
    ds.add((ex["place/1"], rdflib.RDF.type, kg.Place))
    ds.add((ex["place/1"], rdflib.RDFS.label, rdflib.Literal("信丰县", lang="zh")))
    graph = ds.graph(ex["graph/a"])
    graph.add((ex["project/1"], kg.obsValue, rdflib.Literal("19.4", datatype=rdflib.XSD.decimal)))
    graph.add((ex["project/1"], rdflib.RDFS.comment, rdflib.Literal('引号"与\n换行')))
    return ds


@pytest.mark.parametrize("name", ["graph.ttl", "graph.jsonld", "graph.nq"])
def test_golden_serialisations(tmp_path: Path, name: str) -> None:
    """Exact output for a tiny dataset; regenerate with KG_REGEN_GOLDEN=1."""
    write_exports(_tiny(), tmp_path, sources=["tiny.txt"], base="http://ex.org/id/")
    got = (tmp_path / name).read_text(encoding="utf-8")
    golden = GOLDEN / f"tiny.{name}"
    if os.environ.get("KG_REGEN_GOLDEN"):
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(got, encoding="utf-8")
    want = golden.read_text(encoding="utf-8")
    assert got == want, "".join(difflib.unified_diff(want.splitlines(True), got.splitlines(True)))


def test_helpers() -> None:
    assert compact_iri("https://schema.org/name", {"schema": "https://schema.org/", "s": "https://"}) == "schema:name"
    assert license_iri("https://example.org/licence") == "https://example.org/licence"
    with pytest.raises(ValueError, match="not an SPDX licence id"):
        license_iri("my licence")
