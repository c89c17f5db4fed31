"""Incremental graph builds (kg.export.incremental) give the bytes of a clean build, after any sequence
of additions, changes and removals of facts files, including changes that alter other files' quads."""

from __future__ import annotations

import hashlib
import json
import random
import shutil
from pathlib import Path

import pytest

from kg.export.docruns import RunCache, variant
from kg.export.from_facts import write_graph_files
from kg.export.graphstate import GraphState
from kg.export.incremental import update_graph_files
from kg.factsfiles import FactsFiles

BASE = "http://x.org/"


def _doc(source: str, places: list[dict], industry: str, extra: str = "") -> dict:
    """An invented facts document: one article naming places and an industry, with a relation and an observation."""
    head = places[0]["name"]
    evidence = {"source": source, "article": 0, "start": 0, "end": 9, "sentence": f"{head}发展{industry}{extra}"}
    return {"source": source, "articles": [{"index": 0, "title": f"{head}{industry}{extra}",
            "entities": [*places, {"name": industry, "type": "Industry"}],
            "relations": [{"head": head, "rel": "developsIndustry", "tail": industry, "evidence": evidence}],
            "observations": [{"subject": head, "indicator": "工业投资", "value": 19.4, "unit": "%",
                              "period": "2024-01/2024-06", "evidence": evidence}] if extra else []}]}


VARIANTS = {  # name -> versions of that file
    "a.txt": [_doc("a.txt", [{"name": "新余市", "type": "Place"}], "锂电"),
              _doc("a.txt", [{"name": "新余市", "type": "Place", "level": "prefecture"}], "光伏", "增长")],
    "b.txt": [_doc("b.txt", [{"name": "新余市", "type": "Place", "code": "360500000000"}], "钢铁"),  # gives a code
              _doc("b.txt", [{"name": "渝水区", "type": "Place", "parent": "新余市"}], "锂电")],
    "c.txt": [_doc("c.txt", [{"name": "新余市", "type": "Place", "level": "county", "aliases": ["新余"]}], "锂电", "x"),
              _doc("c.txt", [{"name": "分宜县", "type": "Place", "parent": "新余市"}], "钢铁")],
    "0.txt": [_doc("0.txt", [{"name": "新余市", "type": "Place", "level": "city"}], "光伏")],  # first-seen attribute
}


def _write(folder: Path, docs: dict[str, dict]) -> tuple[FactsFiles, dict[str, str]]:
    """Facts files of ``docs`` in ``folder``, and their cache names (content hashes, as the build's cache)."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    entries, stems = [], {}
    for name, doc in docs.items():
        text = json.dumps(doc, ensure_ascii=False, sort_keys=True, indent=1)
        stems[name] = hashlib.sha256(text.encode()).hexdigest()[:16]
        path = folder / f"{Path(name).stem}.json"
        path.write_text(text, encoding="utf-8")
        entries.append((name, path))
    return FactsFiles(entries), stems


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.mark.parametrize("formats", [("ttl", "nq"), ("ttl", "nt", "nq", "jsonld")])
def test_any_sequence_of_changes_gives_the_clean_build(tmp_path: Path, formats: tuple[str, ...]) -> None:
    rng = random.Random(18)
    cache = RunCache(tmp_path / "cache", variant("test", BASE, "jsonld" in formats))
    current: dict[str, dict] = {"a.txt": VARIANTS["a.txt"][0]}
    facts, stems = _write(tmp_path / "facts-0", current)
    previous = tmp_path / "gen-0"
    write_graph_files(facts, previous, BASE, formats=formats, cache=cache, stems=stems)
    edited = 0
    for step in range(1, 13):
        name = rng.choice(sorted(VARIANTS))
        if name in current and (rng.random() < 0.4 or len(current) == len(VARIANTS)):
            del current[name]  # removed
        else:
            current[name] = rng.choice(VARIANTS[name])  # added or changed
        if not current:
            current["a.txt"] = VARIANTS["a.txt"][1]
        facts, stems = _write(tmp_path / f"facts-{step}", dict(sorted(current.items())))
        generation, clean = tmp_path / f"gen-{step}", tmp_path / f"clean-{step}"
        counts = update_graph_files(facts, generation, GraphState.of_generation(previous), cache, stems, BASE, formats)
        assert counts is not None
        edited += 1
        write_graph_files(facts, clean, BASE, formats=formats)
        assert _files(generation) == _files(clean), f"step {step}: {sorted(current)}"
        assert counts == write_graph_files(facts, tmp_path / "again", BASE, formats=formats)
        previous = generation
    assert edited == 12


def test_a_code_found_in_another_file_changes_this_files_quads(tmp_path: Path) -> None:
    cache = RunCache(tmp_path / "cache", variant("test", BASE, False))
    facts, stems = _write(tmp_path / "f1", {"a.txt": VARIANTS["a.txt"][0]})
    write_graph_files(facts, tmp_path / "g1", BASE, formats=("nq",), cache=cache, stems=stems)
    assert b"place/360500000000" not in (tmp_path / "g1" / "graph.nq").read_bytes()
    facts, stems = _write(tmp_path / "f2", {"a.txt": VARIANTS["a.txt"][0], "b.txt": VARIANTS["b.txt"][0]})
    update_graph_files(facts, tmp_path / "g2", GraphState.of_generation(tmp_path / "g1"), cache, stems, BASE, ("nq",))
    a_mentions = [line for line in (tmp_path / "g2" / "graph.nq").read_text(encoding="utf-8").splitlines()
                  if "article/a/" in line.split(" ")[0] and "mentions" in line]
    assert any("place/360500000000" in line for line in a_mentions)


def test_other_options_fall_back_to_a_clean_build(tmp_path: Path) -> None:
    cache = RunCache(tmp_path / "cache", variant("test", BASE, False))
    facts, stems = _write(tmp_path / "f1", {"a.txt": VARIANTS["a.txt"][0]})
    write_graph_files(facts, tmp_path / "g1", BASE, formats=("nq",), cache=cache, stems=stems)
    state = GraphState.of_generation(tmp_path / "g1")
    assert update_graph_files(facts, tmp_path / "g2", state, cache, stems, BASE, ("ttl", "nq")) is None
    assert update_graph_files(facts, tmp_path / "g3", state, cache, stems, "http://y.org/", ("nq",)) is None


def test_kg_build_edits_the_graph_files_and_the_store(tmp_path: Path) -> None:
    """Through kg build --store: a removed, an added back and a changed source give the clean build's files
    and the same store contents."""
    import pyoxigraph as ox

    from kg.pipeline import BuildOptions, run_build
    from kg.publish import current_generation, published_files

    seeds = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))[:3]
    if len(seeds) < 3:
        pytest.skip("no seed texts")
    src = tmp_path / "src"
    src.mkdir()
    for seed in seeds:
        shutil.copy(seed, src / seed.name)

    def build(out: Path) -> dict[str, bytes]:
        run_build(BuildOptions([src], out, jobs=1, html=False, progress=False, store=True))
        files = {str(p.relative_to(out)): p.read_bytes() for p in published_files(out) if "store" not in p.parts}
        files["store"] = "\n".join(sorted(map(str, ox.Store.read_only(str(out / "store"))))).encode()
        return files

    build(tmp_path / "inc")
    steps = [lambda: (src / seeds[1].name).unlink(), lambda: shutil.copy(seeds[1], src / seeds[1].name),
             lambda: (src / seeds[2].name).write_text(seeds[2].read_text(encoding="utf-8")[:400], encoding="utf-8")]
    for step in steps:
        step()
        edited = build(tmp_path / "inc")
        assert (current_generation(tmp_path / "inc") / ".graph-state" / "delta-added.nq").is_file()
        shutil.rmtree(tmp_path / "clean", ignore_errors=True)
        assert edited == build(tmp_path / "clean")


def test_a_build_stopped_before_publishing_does_not_mislead_the_next(tmp_path: Path) -> None:
    """Runs cached by a build that never published are not taken for the current generation's."""
    cache = RunCache(tmp_path / "cache", variant("test", BASE, False))
    facts, stems = _write(tmp_path / "f1", {"a.txt": VARIANTS["a.txt"][0]})
    write_graph_files(facts, tmp_path / "g1", BASE, formats=("nq",), cache=cache, stems=stems)
    both = {"a.txt": VARIANTS["a.txt"][0], "b.txt": VARIANTS["b.txt"][0]}
    facts, stems = _write(tmp_path / "f2", both)
    state = GraphState.of_generation(tmp_path / "g1")
    update_graph_files(facts, tmp_path / "stopped", state, cache, stems, BASE, ("nq",))  # never published
    update_graph_files(facts, tmp_path / "g2", state, cache, stems, BASE, ("nq",))
    write_graph_files(facts, tmp_path / "clean", BASE, formats=("nq",))
    assert _files(tmp_path / "g2") == _files(tmp_path / "clean")
