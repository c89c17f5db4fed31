"""Measuring the fact rules against gold files: which relations and observations of each rule are right.

Used by ``scripts/rule_precision.py`` (leave-one-file-out precision per rule → ``kg/data/confidence.tsv``
and the calibration table) and ``scripts/per_file_scores.py``. A rule's precision is smoothed toward
the default its code states, with the weight of ``PRIOR_WEIGHT`` facts:

>>> round(smoothed(3, 4, 0.5), 3)
0.667
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.document import extract_document
from kg.evaluate import PRF, Report, load_doc, match_observations, read_gold, read_prediction, score_source
from kg.relate import confidence
from kg.sources import read_source

PRIOR_WEIGHT = 2.0
BINS = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0001)


@dataclass(frozen=True)
class Judged:
    """One predicted fact of a file: its rule, the confidence its code states, and whether gold has it."""

    file: str
    rule: str
    prior: float
    correct: bool


def smoothed(tp: int, n: int, prior: float) -> float:
    """Precision ``tp / n`` pulled toward ``prior`` by ``PRIOR_WEIGHT`` pseudo-facts."""
    return (tp + PRIOR_WEIGHT * prior) / (n + PRIOR_WEIGHT)


def gold_pairs(pairs: Iterable[tuple[Path, Path]]) -> Iterator[tuple[Path, Path]]:
    """(gold json, source text) for every gold file of each (gold folder, texts folder)."""
    for gold_dir, texts in pairs:
        for gold in sorted(Path(gold_dir).glob("*.json")):
            text = Path(texts) / (gold.stem + ".txt")
            if not text.is_file():
                raise ValueError(f"{gold}: no source text {text}")
            yield gold, text


def extract_without_table(text_path: Path) -> dict:
    """The facts of one text with every rule at its stated default confidence (the table ignored)."""
    saved = confidence.confidence_table
    confidence.confidence_table = dict  # type: ignore[assignment]
    try:
        return extract_document(text_path.name, read_source(text_path))
    finally:
        confidence.confidence_table = saved  # type: ignore[assignment]


def judge_file(gold_path: Path, doc: dict) -> list[Judged]:
    """Every predicted relation and observation of ``doc`` with its rule and whether the gold file has it.

    An observation is right when the scorer pairs it with a gold one (same subject, magnitude and unit;
    indicators equal or one inside the other), pairing in document order as the scorer does.
    """
    gold = read_gold(load_doc(gold_path))
    judged = []
    for article in doc["articles"]:
        for rel in article["relations"]:
            one = {"articles": [{**article, "relations": [rel], "observations": []}]}
            triple = next(iter(read_prediction(one, gold).relations))
            ev = rel["evidence"]
            judged.append(Judged(gold_path.stem, ev["rule"], ev["confidence"], triple in gold.facts.relations))
    figures = [o["evidence"] for article in doc["articles"] for o in article.get("observations") or []]
    paired = {i for i, _ in match_observations(read_prediction(doc, gold).observations, gold.facts.observations)}
    judged += [Judged(gold_path.stem, ev["rule"], ev["confidence"], i in paired) for i, ev in enumerate(figures)]
    return judged


def file_report(gold_path: Path, doc: dict) -> Report:
    """The scorer's report for one file."""
    gold = read_gold(load_doc(gold_path))
    report = Report()
    score_source(report, gold_path.stem, read_prediction(doc, gold), gold.facts)
    return report


def rule_table(judged: Iterable[Judged]) -> dict[str, tuple[float, int, int]]:
    """Rule → (smoothed precision, right, support) over ``judged``."""
    counts: dict[str, list] = defaultdict(lambda: [0, 0, 0.5])
    for j in judged:
        c = counts[j.rule]
        c[0] += j.correct
        c[1] += 1
        c[2] = j.prior
    return {rule: (smoothed(tp, n, prior), tp, n) for rule, (tp, n, prior) in sorted(counts.items())}


def lofo_confidences(judged: list[Judged]) -> list[tuple[Judged, float]]:
    """Each fact with its rule's precision measured on the other files only."""
    out = []
    for file in sorted({j.file for j in judged}):
        table = rule_table(j for j in judged if j.file != file)
        for j in judged:
            if j.file == file:
                out.append((j, table[j.rule][0] if j.rule in table else j.prior))
    return out


def calibration(scored: list[tuple[Judged, float]]) -> list[tuple[float, float, int, int]]:
    """(bin low, bin high, facts, right) per confidence bin."""
    rows = []
    for low, high in itertools.pairwise(BINS):
        inside = [j for j, c in scored if low <= c < high]
        rows.append((low, min(high, 1.0), len(inside), sum(j.correct for j in inside)))
    return rows


def relation_prf(report: Report) -> PRF:
    return report.relations.get("ALL", PRF())
