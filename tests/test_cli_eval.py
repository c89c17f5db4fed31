"""``kg eval``: exact scores on an invented gold/facts pair, and the evaluator's report on the seeds' gold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app


def test_eval_against_the_seeds_gold_prints_the_evaluators_report(seeds_build, gold_dir):
    from kg.evaluate import evaluate, report_as_json

    result = CliRunner().invoke(app, ["eval", str(gold_dir), str(seeds_build.out), "--json"])
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    assert report == json.loads(json.dumps(report_as_json(evaluate(gold_dir, seeds_build.out))))
    assert report["articles"]["ALL"]["f1"] == 1.0  # every gold article found, titles right
    assert report["entities"]["ALL"]["tp"] > 400 and report["missing"] == []
    text = CliRunner().invoke(app, ["eval", str(gold_dir), str(seeds_build.out)])
    assert text.exit_code == 0 and "## entities" in text.stdout


def _facts_file(folder: Path, entities: list[tuple[str, str]], relations: list[tuple[str, str, str]]) -> None:
    folder.mkdir()
    doc = {"articles": [{"title": "T", "entities": [{"name": n, "type": t} for n, t in entities],
                         "relations": [{"head": h, "rel": r, "tail": t} for h, r, t in relations]}]}
    (folder / "x.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")


def test_eval_scores_a_hand_made_pair_exactly(tmp_path):
    """Invented gold and prediction: 2 of 3 entities and 1 of 2 relations right, one wrong of each."""
    _facts_file(tmp_path / "gold", [("甲县", "Place"), ("乙项目", "Project"), ("丙公司", "Organization")],
                [("甲县", "launches", "乙项目"), ("丙公司", "investsIn", "乙项目")])
    _facts_file(tmp_path / "pred", [("甲县", "Place"), ("乙项目", "Project"), ("丁公司", "Organization")],
                [("甲县", "launches", "乙项目"), ("丁公司", "investsIn", "乙项目")])
    result = CliRunner().invoke(app, ["eval", str(tmp_path / "gold"), str(tmp_path / "pred"), "--json"])
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["entities"]["ALL"] == {"p": 2 / 3, "r": 2 / 3, "f1": pytest.approx(2 / 3, abs=1e-12),
                                         "tp": 2, "fp": 1, "fn": 1}
    assert report["entities"]["Organization"]["f1"] == 0.0 and report["entities"]["Place"]["f1"] == 1.0
    assert report["relations"]["ALL"] == {"p": 0.5, "r": 0.5, "f1": 0.5, "tp": 1, "fp": 1, "fn": 1}
    assert report["relations"]["launches"]["f1"] == 1.0 and report["relations"]["investsIn"]["f1"] == 0.0
    assert report["articles"]["ALL"]["f1"] == 1.0
    assert report["missed"]["entities"] == ["x: 丙公司 (Organization)"]
    assert report["spurious"]["relations"] == ["x: (丁公司, investsIn, 乙项目)"]

