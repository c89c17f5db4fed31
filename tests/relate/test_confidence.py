"""Confidence: each rule's measured precision from kg/data/confidence.tsv, else the rule's stated default."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.document import extract_document
from kg.relate.confidence import confidence_table, parse_confidence, rule_confidence
from kg.relate.measure import Judged, calibration, lofo_confidences, rule_table, smoothed


def test_the_packaged_table_is_read_and_used(relations_of):
    table = confidence_table()
    assert table["authorOf.byline"] > 0.9
    assert all(0 <= p <= 1 for p in table.values())
    assert rule_confidence("locatedIn.name_prefix", 0.1) == table["locatedIn.name_prefix"]


def test_an_unmeasured_rule_keeps_its_default():
    assert rule_confidence("nothing.measured", 0.42) == 0.42


@pytest.mark.parametrize(("text", "error"), [
    ("rule\tp\n", "header"),
    ("rule\tprecision\tsupport\tmeasured\nr\thigh\t3\tx\n", "line 2: precision is not a number"),
    ("rule\tprecision\tsupport\tmeasured\nr\t1.5\t3\tx\n", "line 2: precision 1.5 outside"),
])
def test_a_bad_table_is_a_one_line_error(text, error):
    with pytest.raises(ValueError, match=error):
        parse_confidence(text)


def j(file: str, rule: str, correct: bool) -> Judged:
    return Judged(file, rule, 0.5, correct)


def test_leave_one_file_out_uses_only_the_other_files():
    judged = [j("a", "r", True), j("a", "r", True), j("b", "r", False), j("b", "r", False)]
    scored = {(x.file, x.correct): c for x, c in lofo_confidences(judged)}
    assert scored[("a", True)] == pytest.approx(smoothed(0, 2, 0.5))   # measured on b only
    assert scored[("b", False)] == pytest.approx(smoothed(2, 2, 0.5))  # measured on a only
    assert rule_table(judged)["r"] == (pytest.approx(smoothed(2, 4, 0.5)), 2, 4)


def test_calibration_bins_count_facts_and_right_ones():
    rows = calibration([(j("a", "r", True), 0.9), (j("a", "r", False), 0.85), (j("a", "s", True), 0.1)])
    assert rows[0] == (0.0, 0.2, 1, 1)
    assert rows[-1] == (0.8, 1.0, 2, 1)


def test_the_table_is_written_where_the_build_reads_it():
    assert (Path(__file__).parents[2] / "kg" / "data" / "confidence.tsv").is_file()


@pytest.mark.parametrize(("threshold", "expected"), [
    (None, {"a", "b", "c"}),
    (0.5, {"a", "b"}),
    (0.9, {"a"}),
])
def test_min_confidence_filters_facts(threshold, expected):
    from kg.browse import select_facts

    def rel(tail: str, confidence: float | None) -> dict:
        evidence = {"confidence": confidence} if confidence is not None else {}
        return {"head": "分宜县", "rel": "launches", "tail": tail, "evidence": evidence}

    doc = {"source": "x.txt", "articles": [{"title": "t", "entities": [], "observations": [],
                                             "relations": [rel("a", 0.95), rel("b", 0.6), rel("c", None)]}]}
    rows = select_facts([doc], min_confidence=threshold)
    assert {r.tail for r in rows} == expected


def test_observations_are_judged_as_the_scorer_pairs_them(tmp_path):
    from kg.relate.measure import judge_file

    figure = {"subject": "青石县", "indicator": "粮食产量", "measure": None, "value": 12.5, "unit": "万吨"}
    (tmp_path / "g.json").write_text(json.dumps({"articles": [{"title": "t", "entities": [], "relations": [],
                                                               "observations": [figure]}]}), encoding="utf-8")

    def predicted(subject: str, rule: str) -> dict:
        return {**figure, "subject": subject, "evidence": {"rule": rule, "confidence": 0.6}}

    doc = {"articles": [{"title": "t", "entities": [], "relations": [],
                         "observations": [predicted("青石县", "observation.opening"),
                                          predicted("青石县", "observation.opening"),  # gold has it once
                                          predicted("白沙镇", "observation.main_subject")]}]}
    judged = judge_file(tmp_path / "g.json", doc)
    assert [(x.rule, x.correct) for x in judged] == [
        ("observation.opening", True), ("observation.opening", False), ("observation.main_subject", False)]


@pytest.mark.parametrize(("title", "body", "rule"), [
    ("安福县经济稳中有进", "安福县今年粮食产量12万吨。", "observation.opening"),
    ("安福县经济稳中有进", "今年全县粮食产量12万吨。", "observation.clause_anaphor"),
    ("安福县经济稳中有进", "今年粮食产量12万吨。", "observation.main_subject"),
])
def test_an_observation_names_the_way_its_subject_was_found(title, body, rule):
    from kg.relate.stat_subjects import SUBJECT_WAYS

    doc = extract_document("t.txt", f"{title}\n\n{body}\n")
    (figure,) = [o for a in doc["articles"] for o in a["observations"]]
    assert figure["subject"] == "安福县"
    assert figure["evidence"]["rule"] == rule
    way = rule.removeprefix("observation.")
    assert figure["evidence"]["confidence"] == rule_confidence(rule, SUBJECT_WAYS[way])


def test_the_measured_ways_of_finding_a_subject_are_in_the_table():
    from kg.relate.stat_subjects import SUBJECT_WAYS

    measured = {rule.removeprefix("observation.") for rule in confidence_table() if rule.startswith("observation.")}
    assert {"opening", "document_place", "main_subject"} <= measured <= set(SUBJECT_WAYS)
