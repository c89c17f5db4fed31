"""Bounded-memory building blocks (issue 7/8): the external sort, N-Triples terms, streamed facts
files and streamed exports give exactly what the in-memory path gives, and their memory does not
grow with the input."""

from __future__ import annotations

import json
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from kg.export.extsort import ExternalSorter
from kg.export.html import write_view
from kg.export.rdf import export_quads, write_exports
from kg.export.terms import Term, Terms, nt_literal
from kg.factsfiles import FactsFiles, read_article_chunks, write_facts_file
from kg.graph import build_dataset, graph_quads
from kg.io import dumps_json
from kg.vocab import PREFIXES

DATA = Path(__file__).parent / "data"
FACTS = DATA / "query" / "facts.json"
BASE = "https://w3id.org/govnews-kg/id/"
EXPORTS = ("graph.ttl", "graph.nt", "graph.nq", "graph.jsonld", "void.ttl")

# lines as the exports make them: no character at or below "\n"
LINES = st.text(alphabet=st.characters(min_codepoint=0x0B, max_codepoint=0x2FFFF, exclude_categories=("Cs",)),
                max_size=12)
TEXT = st.text(alphabet=st.characters(max_codepoint=0x2FFFF, exclude_categories=("Cs",)), max_size=20)


def _docs() -> list[dict]:
    return json.loads(FACTS.read_text(encoding="utf-8"))


# --- external sort -------------------------------------------------------------------------------

@settings(max_examples=60, deadline=None)
@given(lines=st.lists(LINES, max_size=80), budget=st.integers(min_value=1, max_value=3000))
def test_external_sort_equals_sorted_set(tmp_path_factory: pytest.TempPathFactory, lines: list[str],
                                         budget: int) -> None:
    folder = tmp_path_factory.mktemp("sort")
    with ExternalSorter(folder, budget=budget) as sorter:
        sorter.extend(lines)
        assert list(sorter.sorted_unique()) == sorted(set(lines))
    assert list(folder.iterdir()) == []  # run files removed


def test_external_sort_spills_past_its_budget_and_cleans_up(tmp_path: Path) -> None:
    with ExternalSorter(tmp_path, budget=10_000) as sorter:
        sorter.extend(f"line {i % 997:05d}" for i in range(5000))
        assert sorter.spilled > 3
        assert len(list(tmp_path.iterdir())) == 1  # one private scratch folder
        result = list(sorter.sorted_unique())
    assert result == sorted({f"line {i:05d}" for i in range(997)})
    assert list(tmp_path.iterdir()) == []


def test_external_sort_memory_does_not_grow_with_the_input(tmp_path: Path) -> None:
    def peak(n: int) -> int:
        tracemalloc.start()
        with ExternalSorter(tmp_path, budget=200_000) as sorter:
            sorter.extend(f"<http://ex.org/{i * 7919 % n}> <http://ex.org/p> \"值{i}\"" for i in range(n))
            count = sum(1 for _ in sorter.sorted_unique())
        _, top = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        assert count == n
        return top

    small, large = peak(20_000), peak(80_000)
    assert large < 2 * small  # 4x the lines, not 4x the memory


# --- N-Triples terms ------------------------------------------------------------------------------

@settings(max_examples=150, deadline=None)
@given(value=TEXT, language=st.sampled_from([None, "zh", "en-GB"]),
       datatype=st.sampled_from([None, "http://www.w3.org/2001/XMLSchema#integer",
                                 "http://www.w3.org/2001/XMLSchema#string", "http://ex.org/dt"]))
@example(value="\ufffe", language="zh", datatype=None)  # found by hypothesis: a non-character is escaped
@example(value="县\uffff", language=None, datatype=None)
def test_literals_are_written_exactly_as_pyoxigraph_writes_them(value: str, language: str | None,
                                                                 datatype: str | None) -> None:
    if language:
        expected = str(ox.Literal(value, language=language))
        assert nt_literal(value, language=language) == expected
    else:
        expected = str(ox.Literal(value, datatype=ox.NamedNode(datatype) if datatype else None))
        assert nt_literal(value, datatype=datatype) == expected


def test_invalid_iris_are_refused_and_prefix_use_is_recorded() -> None:
    terms = Terms({"ex": "http://ex.org/", "same": "http://ex.org/", "un": "http://unused.org/"})
    assert terms.iri("http://ex.org/a") == Term("<http://ex.org/a>", "iri", "http://ex.org/a")
    terms.literal("1", datatype="http://www.w3.org/2001/XMLSchema#integer")
    assert terms.used_prefixes() == {"ex": "http://ex.org/"}  # first prefix of a namespace wins
    with pytest.raises(ValueError):
        terms.iri("http://ex.org/a b")


# --- facts files, written and read one article at a time -----------------------------------------

ARTICLES = st.lists(st.fixed_dictionaries({
    "index": st.integers(0, 50), "title": TEXT,
    "entities": st.lists(st.fixed_dictionaries({"name": TEXT, "type": st.sampled_from(["Place", "Person"])}),
                         max_size=3),
    "relations": st.lists(st.fixed_dictionaries({"head": TEXT, "rel": st.just("partOf"), "tail": TEXT}),
                          max_size=2),
}), max_size=6)


@settings(max_examples=60, deadline=None)
@given(articles=ARTICLES, source=TEXT, chunk=st.integers(1, 4))
def test_streamed_facts_file_is_the_canonical_json_and_reads_back_in_chunks(
        tmp_path_factory: pytest.TempPathFactory, articles: list[dict], source: str, chunk: int) -> None:
    path = tmp_path_factory.mktemp("facts") / "a.json"
    counts = write_facts_file(path, source, "ab", iter(articles))
    doc = {"source": source, "sha256": "ab", "articles": articles}
    assert path.read_text(encoding="utf-8") == dumps_json(doc)
    assert counts["articles"] == len(articles)
    assert counts["entities"] == sum(len(a["entities"]) for a in articles)
    chunks = list(read_article_chunks(path, chunk))
    assert [a for _, part in chunks for a in part] == articles
    assert all(len(part) <= chunk for _, part in chunks)
    assert chunks[-1][0] == {"sha256": "ab", "source": source}
    import kg.factsfiles

    whole, kg.factsfiles.WHOLE = kg.factsfiles.WHOLE, -1  # every file read line by line: the same chunks
    try:
        assert list(read_article_chunks(path, chunk)) == chunks
    finally:
        kg.factsfiles.WHOLE = whole


def test_facts_in_another_layout_are_read_whole(tmp_path: Path) -> None:
    doc = {"source": "x.txt", "articles": [{"index": i, "entities": []} for i in range(5)]}
    path = tmp_path / "x.json"
    path.write_text(json.dumps(doc), encoding="utf-8")  # minified, as a user might write it
    assert [a for _, part in read_article_chunks(path, 2) for a in part] == doc["articles"]
    assert FactsFiles.of_folder(tmp_path).sources == ["x.txt"]
    (tmp_path / "bad.json").write_text("[1, 2", encoding="utf-8")
    with pytest.raises(ValueError, match="bad.json"):
        list(read_article_chunks(tmp_path / "bad.json"))


# --- streamed exports ------------------------------------------------------------------------------

def _facts_files(folder: Path, chunk: int) -> FactsFiles:
    entries = []
    for doc in _docs():
        path = folder / f"{Path(doc['source']).stem}.json"
        path.write_text(dumps_json(doc), encoding="utf-8")
        entries.append((doc["source"], path))
    return FactsFiles(entries, chunk=chunk)


def _stream_export(facts: FactsFiles, out: Path, budget: int) -> dict[str, int]:
    terms = Terms(dict(PREFIXES))
    quads = terms.from_rdflib_quads(graph_quads(facts, BASE))
    return export_quads(quads, out, terms, sources=facts.sources, base=BASE, budget=budget)


@pytest.mark.parametrize(("chunk", "budget"), [(1, 5_000), (2, 50_000), (200, 128 * 2**20)])
def test_streamed_export_is_byte_identical_to_the_in_memory_one(tmp_path: Path, chunk: int, budget: int) -> None:
    docs = _docs()
    reference = write_exports(build_dataset(docs, BASE), tmp_path / "ref", sources=[d["source"] for d in docs],
                              base=BASE)
    (tmp_path / "facts").mkdir()
    counts = _stream_export(_facts_files(tmp_path / "facts", chunk), tmp_path / "out", budget)
    assert counts == reference
    for name in EXPORTS:
        assert (tmp_path / "out" / name).read_bytes() == (tmp_path / "ref" / name).read_bytes(), name
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(EXPORTS)  # no scratch left


def _synthetic_quads(terms: Terms, n: int) -> Iterator[tuple[Term, Term, Term, Term | None]]:
    for i in range(n):  # one named graph per 50 quads, as a build has one per article
        s, p = terms.iri(f"http://ex.org/s/{i * 7919 % n}"), terms.iri(f"http://ex.org/p/{i % 7}")
        yield s, p, terms.literal(f"值 {i}", "zh"), terms.iri(f"http://ex.org/graph/{i // 50}") if i % 3 else None


def test_export_memory_does_not_grow_with_the_graph(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("kg.export.terms.MEMO_LIMIT", 1000)  # the memos' bound, not the graph, must dominate
    monkeypatch.setattr("kg.export.jsonld.MEMO_LIMIT", 1000)

    def peak(n: int) -> int:
        terms = Terms({"ex": "http://ex.org/"})
        tracemalloc.start()
        counts = export_quads(_synthetic_quads(terms, n), tmp_path / str(n), terms, sources=[], budget=500_000)
        _, top = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        assert counts["graph.nq"] == n
        return top

    small, large = peak(10_000), peak(40_000)
    assert large < 2 * small  # 4x the quads, not 4x the memory


def test_the_view_of_a_large_build_keeps_the_most_mentioned_entities(tmp_path: Path) -> None:
    docs = _docs()
    full = write_view(docs, tmp_path / "full.html")
    limited = write_view(docs, tmp_path / "limited.html", limit=5)
    assert full["nodes"] > limited["nodes"]
    html = (tmp_path / "limited.html").read_text(encoding="utf-8")
    assert "只显示被最多文章提及的 5 个实体" in html
    assert "个实体（共" not in (tmp_path / "full.html").read_text(encoding="utf-8")
    data = json.loads(html.split('id="kg-data">', 1)[1].split("</script>", 1)[0])
    assert sum(1 for n in data["nodes"] if n["type"] not in ("Article", "Status", "Position")) == 5


# --- progress inside one file ---------------------------------------------------------------------

def test_progress_advances_article_by_article_and_completes_each_file() -> None:
    import multiprocessing

    from kg.extraction import Progress

    progress, shown = Progress(), []
    progress.counter, progress.show = multiprocessing.Value("q", 0), shown.append
    articles = [{"index": i, "span": [i * 250, (i + 1) * 250]} for i in range(4)]  # a 1,000-character text
    seen = []
    for article in progress.follow(iter(articles), size=4000, length=1000):
        seen.append(article["index"])
        assert progress.counter.value == 1000 * article["index"]  # before it is counted
    assert seen == [0, 1, 2, 3] and shown == [1000, 2000, 3000, 4000]
    progress.finish(4000)  # nothing left to add
    assert progress.counter.value == 4000
    progress.finish(500)  # a file that failed or came from the cache counts whole
    assert progress.counter.value == 4500 and shown[-1] == 4500


def test_a_limited_view_caps_edges_and_evidence_and_keeps_totals(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("kg.export.html_graph.EVIDENCE_LIMIT", 1)
    monkeypatch.setattr("kg.export.html_graph.EDGE_LIMIT", 3)
    docs = _docs()
    docs = docs + [{**d, "source": "copy-" + d["source"]} for d in docs]  # every relation stated twice
    counts = write_view(docs, tmp_path / "v.html", limit=8)
    html = (tmp_path / "v.html").read_text(encoding="utf-8")
    data = json.loads(html.split('id="kg-data">', 1)[1].split("</script>", 1)[0])
    assert counts["edges"] == len(data["edges"]) <= 3
    assert all(len(e["ev"]) == 1 for e in data["edges"])
    assert any(e.get("evn", 0) >= 2 for e in data["edges"])  # the strongest edges were stated twice


def test_a_big_single_file_is_read_and_split_without_per_character_objects(tmp_path: Path) -> None:
    from kg.sources import cap_sentences, read_source
    from kg.text.articles import split_articles

    seeds = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in seeds)
    big = tmp_path / "big.txt"
    big.write_text("\n\n".join([text] * 12), encoding="utf-8")  # ~1.8 M characters, ~5 MB
    tracemalloc.start()
    chars = len(cap_sentences(read_source(big)))
    articles = split_articles(cap_sentences(read_source(big)), "big.txt")
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert len(articles) > 12
    assert peak < 60 * chars  # a list of one-character strings alone would take ~80 bytes per character
