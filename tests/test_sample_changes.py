"""scripts/sample_changes.py: the facts only one of two builds states, drawn blind and tallied."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

import sample_changes


def write_build(folder: Path, relations: list[tuple[str, str, str]], figures: list[tuple[str, float]]) -> Path:
    (folder / "facts").mkdir(parents=True)
    evidence = {"sentence": "青石县开工东环路，粮食产量增长。", "confidence": 0.7}
    article = {"title": "t", "entities": [],
               "relations": [{"head": h, "rel": r, "tail": t, "evidence": evidence} for h, r, t in relations],
               "observations": [{"subject": s, "indicator": "粮食产量", "measure": None, "value": v, "unit": "万吨",
                                 "evidence": evidence} for s, v in figures]}
    (folder / "facts" / "a.json").write_text(json.dumps({"source": "a.txt", "articles": [article]}), encoding="utf-8")
    return folder


@pytest.fixture
def builds(tmp_path):
    old = write_build(tmp_path / "old", [("青石县", "launches", "东环路"), ("东环路", "locatedIn", "白沙镇")],
                      [("青石县", 12.5)])
    new = write_build(tmp_path / "new", [("青石县", "launches", "东环路"), ("东环路", "locatedIn", "青石县")],
                      [("青石县", 12.5), ("白沙镇", 3.0)])
    return old, new


def test_only_the_facts_one_build_states_are_drawn(builds):
    sides = sample_changes.changed(*builds)
    assert [(k, f["tail"]) for k, f in sides["old"]] == [("relation", "白沙镇")]
    assert sorted((k, f.get("tail") or f.get("subject")) for k, f in sides["new"]) == [
        ("observation", "白沙镇"), ("relation", "青石县")]


def test_a_change_of_confidence_alone_is_no_change(tmp_path, builds):
    old, _ = builds
    again = write_build(tmp_path / "again", [("青石县", "launches", "东环路"), ("东环路", "locatedIn", "白沙镇")],
                        [("青石县", 12.5)])
    facts = again / "facts" / "a.json"
    facts.write_text(facts.read_text(encoding="utf-8").replace("0.7", "0.9"), encoding="utf-8")
    assert sample_changes.changed(old, again) == {"old": [], "new": []}


def test_the_tally_scales_the_sample_to_every_changed_fact(tmp_path, builds, capsys):
    key, verdicts = tmp_path / "key.json", tmp_path / "verdicts.tsv"
    assert sample_changes.main([str(builds[0]), str(builds[1]), "--out-key", str(key)]) == 0
    shown = capsys.readouterr().out
    ids = json.loads(key.read_text(encoding="utf-8"))
    assert sorted(ids.values()) == ["new", "new", "old"] and all(i in shown for i in ids)
    verdicts.write_text("# judged\n" + "".join(f"{i}\t{'ok' if side == 'new' else 'wrong'}\n"
                                               for i, side in ids.items()), encoding="utf-8")
    assert sample_changes.main([str(builds[0]), str(builds[1]), "--tally", str(verdicts)]) == 0
    table = capsys.readouterr().out
    assert "| new | relation | 1 / 1 | 1 | 1 | 0 |" in table
    assert "| old | relation | 0 / 1 | 1 | 0 | 1 |" in table


def test_a_verdict_for_no_item_of_the_sample_is_a_one_line_error(tmp_path, builds, capsys):
    verdicts = tmp_path / "verdicts.tsv"
    verdicts.write_text("C999\tok\n", encoding="utf-8")
    assert sample_changes.main([str(builds[0]), str(builds[1]), "--tally", str(verdicts)]) == 1
    assert capsys.readouterr().err.strip().endswith("with an ID of the sample")
