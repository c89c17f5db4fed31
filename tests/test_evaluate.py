"""kg.evaluate: agreement with shared/tools/score.py, one test per scoring rule, golden report."""

from __future__ import annotations

import copy
import importlib.util
import json
import os
import random
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from conftest import SEEDS_GOLD, SHARED
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.evaluate import (
    PRF,
    SECTIONS,
    EvalError,
    evaluate,
    format_report,
    norm,
    norm_unit,
    report_as_json,
)

DATA = Path(__file__).parent / "data" / "eval"
SCORE_PY = SHARED / "tools" / "score.py"
GOLD = SEEDS_GOLD
needs_shared = pytest.mark.needs_shared("tools", "score.py")  # skips without it, fails when CI is set
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"


# ---------------------------------------------------------------- helpers


def write_docs(folder: Path, docs: dict[str, dict]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for stem, doc in docs.items():
        (folder / f"{stem}.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return folder


def score_py_json(gold: Path, pred: Path) -> dict[str, Any]:
    """What the official scorer prints with --json."""
    cmd = [sys.executable, str(SCORE_PY), str(gold), str(pred), "--json"]
    return json.loads(subprocess.run(cmd, capture_output=True, text=True, check=True).stdout)


def assert_agrees(reference: dict[str, Any], gold: Path, pred: Path) -> None:
    """Every section, key, P/R/F1 and tp/fp/fn, and the missing list, equal score.py's."""
    mine = report_as_json(evaluate(gold, pred))
    for section in SECTIONS:
        assert mine[section] == reference[section], section
    assert mine["missing"] == reference["missing"]


def one(gold_articles: list[dict], pred_articles: list[dict], tmp_path: Path):
    """Report for a single source file given as article lists."""
    gold = write_docs(tmp_path / "gold", {"x": {"articles": gold_articles}})
    pred = write_docs(tmp_path / "pred", {"x": {"articles": pred_articles}})
    return evaluate(gold, pred)


def art(entities=(), relations=(), observations=(), title="T") -> dict:
    return {"title": title, "entities": list(entities), "relations": list(relations),
            "observations": list(observations)}


PLACE = {"name": "新余市", "type": "Place", "aliases": ["新余"]}
PROJECT = {"name": "新钢电弧炉项目", "type": "Project"}
MONEY = {"name": "72.8亿元", "type": "Money", "value": 7280000000, "currency": "CNY"}
LAUNCH = {"head": "新余市", "rel": "launches", "tail": "新钢电弧炉项目"}


def obs(subject="新余市", indicator="工业投资", value=19.4, unit="%", measure="同比增长") -> dict:
    return {"subject": subject, "indicator": indicator, "measure": measure, "value": value, "unit": unit}


# ---------------------------------------------------------------- agreement with score.py


@needs_shared
def test_gold_against_itself_is_perfect_and_agrees():
    reference = score_py_json(GOLD, GOLD)
    assert_agrees(reference, GOLD, GOLD)
    report = evaluate(GOLD, GOLD)
    for section in SECTIONS:
        assert all(c.fp == c.fn == 0 and c.f1 == 1.0 for c in report.section(section).values()), section
    assert not any(report.missed.values()) and not any(report.spurious.values())


TYPES = ["Place", "Organization", "Person", "Project", "Money", "Industry", "Initiative"]
RELS = ["partOf", "locatedIn", "launches", "implements", "developsIndustry"]


def _perturb_entity(e: dict, rng: random.Random) -> dict | None:
    x, e = rng.random(), dict(e)
    if x < 0.1:
        return None  # dropped
    if x < 0.3 and e.get("aliases"):
        e["name"], e["aliases"] = rng.choice(e["aliases"]), []  # written in a short form
    elif x < 0.6 and e["type"] == "Money" and e["name"].endswith("元"):
        e["name"] = e["name"][:-1]  # 72.8亿 for 72.8亿元, matched by value
    elif x < 0.4:
        e["name"] = f" “{e['name']}” "  # quotes and spaces vanish under norm
    elif x < 0.45:
        e["name"] += "公司"  # renamed: a miss and a spurious
    elif x < 0.5:
        e["type"] = rng.choice(TYPES)
    return e


def _perturb_observation(o: dict, names: dict[str, list[str]], rng: random.Random) -> dict | None:
    x, o = rng.random(), dict(o)
    if x < 0.1:
        return None
    if x < 0.2 and isinstance(o.get("value"), (int, float)):
        o["value"] = -o["value"]  # the sign is ignored
    elif x < 0.35:
        o["unit"] = {"%": rng.choice(["％", "percent", "个"]), "CNY": rng.choice(["元", "人民币", "亿元"])}.get(
            o.get("unit"), "个")
    elif x < 0.45 and o.get("indicator"):
        o["indicator"] = o["indicator"][:2]  # contained in the gold indicator
    elif x < 0.5:
        o["indicator"] = "其他指标"
    elif x < 0.6 and isinstance(o.get("value"), (int, float)):
        o["value"] = o["value"] * (1 + 1e-9)
    elif x < 0.7 and names.get(o.get("subject")):
        o["subject"] = rng.choice(names[o["subject"]])
    return o


def _perturb_relation(r: dict, names: dict[str, list[str]], rng: random.Random) -> dict | None:
    x, r = rng.random(), dict(r)
    if x < 0.1:
        return None
    if x < 0.3 and names.get(r["head"]):
        r["head"] = rng.choice(names[r["head"]])
    elif x < 0.4 and names.get(r["tail"]):
        r["tail"] = rng.choice(names[r["tail"]])
    elif x < 0.45:
        r["rel"] = rng.choice(RELS)
    return r


def perturb(doc: dict, rng: random.Random) -> dict:
    """A plausible prediction made from a gold document: drops, renames, aliases, spurious facts."""
    doc = copy.deepcopy(doc)
    money = [e["value"] for a in doc["articles"] for e in a["entities"] if e["type"] == "Money"]
    for k, a in enumerate(doc["articles"]):
        names = {e["name"]: e.get("aliases") or [] for e in a["entities"]}
        a["entities"] = [e for e in (_perturb_entity(e, rng) for e in a["entities"]) if e]
        a["entities"] += [{"name": f"虚构公司{k}", "type": "Organization", "aliases": [f"虚构{k}"]},
                          {"name": f"{k}.5亿", "type": "Money", "value": rng.choice(money or [1.0])}]
        a["relations"] = [r for r in (_perturb_relation(r, names, rng) for r in a["relations"]) if r]
        a["relations"].append({"head": f"虚构{k}", "rel": "investsIn", "tail": a["entities"][0]["name"]})
        a["observations"] = [o for o in (_perturb_observation(o, names, rng) for o in a["observations"]) if o]
        a["observations"] += [obs(subject=f"虚构{k}"), *a["observations"][:1]]  # a duplicate is spurious
        rng.shuffle(a["observations"])  # greedy matching is order dependent
        if rng.random() < 0.2:
            a["title"] += "（续）"
    if len(doc["articles"]) > 1 and rng.random() < 0.5:  # a different article split: facts are pooled
        first, second = doc["articles"][:2]
        for key in ("entities", "relations", "observations"):
            first[key] += second[key]
        del doc["articles"][1]
    return doc


@needs_shared
@pytest.mark.parametrize("seed", range(6))
def test_perturbed_predictions_agree_with_score_py(seed: int, tmp_path: Path):
    rng = random.Random(seed)
    preds = {p.stem: perturb(json.loads(p.read_text(encoding="utf-8")), rng) for p in sorted(GOLD.glob("*.json"))}
    del preds[sorted(preds)[seed % len(preds)]]  # one prediction missing
    preds["999_not_in_gold"] = {"articles": [art([PLACE])]}
    pred = write_docs(tmp_path / "pred", preds)
    reference = score_py_json(GOLD, pred)
    assert reference["entities"]["ALL"]["fp"] > 0 and reference["observations"]["ALL"]["fn"] > 0
    assert_agrees(reference, GOLD, pred)


def _load_score_module():
    spec = importlib.util.spec_from_file_location("shared_score", SCORE_PY)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


NAMES = ["新余市", "新余", "“新余”", "72.8亿元", "72.8亿", "甲公司", "甲", " 甲公司 "]
entity_st = st.fixed_dictionaries(
    {"name": st.sampled_from(NAMES), "type": st.sampled_from(["Place", "Money", "Organization"]),
     "aliases": st.lists(st.sampled_from(NAMES), max_size=2)},
    optional={"value": st.sampled_from([7.28e9, 7280000000, 1, None])})
relation_st = st.fixed_dictionaries(
    {"head": st.sampled_from(NAMES), "rel": st.sampled_from(["launches", "partOf"]),
     "tail": st.sampled_from([*NAMES, "ARTICLE"])})
observation_st = st.fixed_dictionaries(
    {"subject": st.sampled_from(NAMES), "indicator": st.sampled_from(["工业投资", "投资", "用电量", "", None]),
     "value": st.sampled_from([19.4, -19.4, 19.40000001, 8.2, 0, None, "19.4"]),
     "unit": st.sampled_from(["%", "％", "元", "CNY", "个", None])})
article_st = st.fixed_dictionaries(
    {"title": st.sampled_from(["标题一", "“标题一”", "标题二", ""]), "entities": st.lists(entity_st, max_size=4),
     "relations": st.lists(relation_st, max_size=3), "observations": st.lists(observation_st, max_size=3)})
doc_st = st.fixed_dictionaries({"articles": st.lists(article_st, max_size=3)})


@needs_shared
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(gold_doc=doc_st, pred_doc=st.one_of(st.none(), doc_st))
def test_random_documents_agree_with_score_py(gold_doc: dict, pred_doc: dict | None):
    score = _load_score_module()
    with tempfile.TemporaryDirectory() as tmp:
        gold = write_docs(Path(tmp) / "gold", {"x": gold_doc})
        pred = write_docs(Path(tmp) / "pred", {"x": pred_doc} if pred_doc else {})
        res = score.score(gold, pred)
        reference = {s: {k: dict(zip(("p", "r", "f1", "tp", "fp", "fn"), res[s].prf(k))) for k in res[s].keys()}  # noqa: SIM118
                     for s in SECTIONS}
        reference["missing"] = res["missing"]
        assert_agrees(reference, gold, pred)


# ---------------------------------------------------------------- one rule each


def test_alias_maps_onto_gold_canonical_name(tmp_path: Path):
    pred = art([{"name": "新余", "type": "Place"}, PROJECT], [{**LAUNCH, "head": "新余"}])
    report = one([art([PLACE, PROJECT], [LAUNCH])], [pred], tmp_path)
    assert report.entities["Place"] == PRF(1, 0, 0)
    assert report.relations["launches"] == PRF(1, 0, 0)


def test_prediction_local_alias_resolves_relation_heads(tmp_path: Path):
    pred = art([{"name": "新余市", "type": "Place", "aliases": ["我市"]}, PROJECT], [{**LAUNCH, "head": "我市"}])
    assert one([art([PLACE, PROJECT], [LAUNCH])], [pred], tmp_path).relations["ALL"] == PRF(1, 0, 0)


def test_normalisation_ignores_quotes_whitespace_and_width(tmp_path: Path):
    gold = art([{"name": "赣快办", "type": "Initiative"}], title="赣县推“赣快办”")
    pred = art([{"name": "“赣快办” ", "type": "Initiative"}], title="赣县推 《赣快办》")
    report = one([gold], [pred], tmp_path)
    assert report.entities["ALL"] == PRF(1, 0, 0) and report.articles == PRF(1, 0, 0)


def test_money_matches_by_value(tmp_path: Path):
    pred = art([{**MONEY, "name": "72.8亿"}, {**MONEY, "name": "5亿", "value": 500000000}])
    report = one([art([MONEY])], [pred], tmp_path)
    assert report.entities["Money"] == PRF(1, 1, 0)
    assert report.spurious["entities"] == ["x: 5亿 (Money)"]


def test_money_relation_tail_follows_value_mapping(tmp_path: Path):
    rel = {"head": "新钢电弧炉项目", "rel": "totalInvestment", "tail": "72.8亿元"}
    pred = art([PROJECT, {**MONEY, "name": "72.8亿"}], [{**rel, "tail": "72.8亿"}])
    assert one([art([PROJECT, MONEY], [rel])], [pred], tmp_path).relations["totalInvestment"] == PRF(1, 0, 0)


def test_wrong_type_is_a_miss_and_a_spurious(tmp_path: Path):
    report = one([art([PLACE])], [art([{"name": "新余市", "type": "Organization"}])], tmp_path)
    assert report.entities["Place"] == PRF(0, 0, 1) and report.entities["Organization"] == PRF(0, 1, 0)


@pytest.mark.parametrize(("pred_obs", "tp"), [
    (obs(indicator="投资"), 1),  # predicted indicator contained in the gold one
    (obs(indicator="全市工业投资额"), 1),  # gold indicator contained in the predicted one
    (obs(indicator=""), 1),  # no indicator: not compared
    (obs(indicator="用电量"), 0),
    (obs(value=-19.4, measure="同比下降"), 1),  # sign of the value ignored
    (obs(value=19.5), 0),
    (obs(unit="％"), 1),
    (obs(unit="个"), 0),
    (obs(subject="新余"), 1),  # subject through the alias map
    (obs(subject="分宜县"), 0),
])
def test_observation_rules(pred_obs: dict, tp: int, tmp_path: Path):
    report = one([art([PLACE], observations=[obs()])], [art([PLACE], observations=[pred_obs])], tmp_path)
    assert report.observations == PRF(tp, 1 - tp, 1 - tp)


def test_observation_money_units(tmp_path: Path):
    gold = obs(indicator="工业总产值", value=13387000000, unit="CNY", measure="总量")
    report = one([art([PLACE], observations=[gold])], [art([PLACE], observations=[{**gold, "unit": "元"}])],
                 tmp_path)
    assert report.observations == PRF(1, 0, 0)


def test_observations_match_one_to_one(tmp_path: Path):
    report = one([art([PLACE], observations=[obs()])], [art([PLACE], observations=[obs(), obs()])], tmp_path)
    assert report.observations == PRF(1, 1, 0)


def test_facts_are_pooled_per_source_file(tmp_path: Path):
    gold = [art([PLACE], title="一"), art([PROJECT], [LAUNCH], title="二")]
    pred = [art([PLACE, PROJECT], [LAUNCH], title="一二")]
    report = one(gold, pred, tmp_path)
    assert report.entities["ALL"] == PRF(2, 0, 0) and report.relations["ALL"] == PRF(1, 0, 0)
    assert report.articles == PRF(0, 1, 2)


def test_missing_prediction_counts_every_gold_fact(tmp_path: Path):
    gold = write_docs(tmp_path / "gold", {"a": {"articles": [art([PLACE, PROJECT], [LAUNCH])]}})
    report = evaluate(gold, write_docs(tmp_path / "pred", {}))
    assert report.missing_predictions == ["a.json"]
    assert report.entities["ALL"] == PRF(0, 0, 2) and report.relations["ALL"] == PRF(0, 0, 1)


def test_build_folder_uses_its_facts_subfolder(tmp_path: Path):
    write_docs(tmp_path / "build" / "facts", {"demo": {"articles": [art([PLACE])]}})
    gold = write_docs(tmp_path / "gold", {"demo": {"articles": [art([PLACE])]}})
    assert evaluate(gold, tmp_path / "build").entities["ALL"] == PRF(1, 0, 0)


def test_only_restricts_to_named_files():
    report = evaluate(DATA / "gold", DATA / "pred", only=["002_demo"])
    assert report.missing_predictions == ["002_demo.json"] and report.entities["ALL"].tp == 0


def test_prf_scores():
    assert (PRF(0, 0, 0).precision, PRF(0, 0, 0).recall, PRF(0, 0, 0).f1) == (0.0, 0.0, 0.0)
    assert PRF(3, 1, 2).f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)


# ---------------------------------------------------------------- errors


def test_missing_gold_folder(tmp_path: Path):
    with pytest.raises(EvalError, match="nope: gold folder not found"):
        evaluate(tmp_path / "nope", tmp_path)


def test_missing_prediction_folder(tmp_path: Path):
    with pytest.raises(ValueError, match="nope: prediction folder not found"):
        evaluate(DATA / "gold", tmp_path / "nope")


def test_empty_gold_folder(tmp_path: Path):
    with pytest.raises(EvalError, match="no gold"):
        evaluate(tmp_path, tmp_path)


def test_malformed_json_names_the_file(tmp_path: Path):
    gold = write_docs(tmp_path / "gold", {"a": {"articles": []}})
    (tmp_path / "pred").mkdir()
    (tmp_path / "pred" / "a.json").write_text('{"articles": [', encoding="utf-8")
    with pytest.raises(EvalError, match=r"a\.json: not valid JSON"):
        evaluate(gold, tmp_path / "pred")


@pytest.mark.parametrize("doc", [[], {"articles": {}}, {"articles": [art([{"name": "新余市"}])]},
                                 {"articles": [art(relations=[{"head": "a", "tail": "b"}])]}])
def test_wrong_shape_names_the_file(doc: Any, tmp_path: Path):
    gold = write_docs(tmp_path / "gold", {"a": {"articles": []}})
    write_docs(tmp_path / "pred", {"a": doc})
    with pytest.raises(EvalError, match=r"pred/a\.json: "):
        evaluate(gold, tmp_path / "pred")


# ---------------------------------------------------------------- normalisers


@given(st.text())
def test_norm_drops_spaces_and_quotes_and_ignores_width(text: str):
    # not idempotent in general ('H¨' → 'H\u0308' → 'Ḧ'), exactly like score.py's norm
    out = norm(text)
    assert norm(unicodedata.normalize("NFKC", text)) == out
    assert not any(c.isspace() or c in "“”\"'‘’《》「」" for c in out)


@given(st.sampled_from(["%", "％", "percent", "元", "RMB", "人民币", "CNY", "cny"]))
def test_unit_aliases(unit: str):
    assert norm_unit(unit) in {"%", "CNY"}


# ---------------------------------------------------------------- golden output


def check_golden(path: Path, text: str) -> None:
    """Compare with a stored file; UPDATE_GOLDEN=1 rewrites it."""
    if UPDATE:
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"{path} missing: run with UPDATE_GOLDEN=1"
    assert text == path.read_text(encoding="utf-8")


def test_report_text_golden():
    report = evaluate(DATA / "gold", DATA / "pred")
    check_golden(DATA / "expected_report.txt", format_report(report, show_errors=2))


def test_report_json_golden():
    out = report_as_json(evaluate(DATA / "gold", DATA / "pred"))
    check_golden(DATA / "expected_report.json", json.dumps(out, ensure_ascii=False, indent=1, sort_keys=True) + "\n")
    assert out["entities"]["Money"]["tp"] == 1 and out["observations"]["ALL"]["tp"] == 2
