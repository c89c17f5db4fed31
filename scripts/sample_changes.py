"""Judge a change on unlabelled text: draw the facts one build has and the other has not, blind.

Build the same corpus with the old code and the new (``kg build CORPUS --out /tmp/old``, then ``/tmp/new``),
print a shuffled sample of the facts only one of them states (``--out-key`` keeps which is which), write one
verdict a line (``C007<TAB>ok`` or ``C007<TAB>wrong<TAB>reason``), and ``--tally`` estimates what the change
did: right facts gained and lost, wrong facts removed and added, scaled from the sample to all changed facts.
Facts both builds state are left out: they are the same whatever their quality.

Example: python scripts/sample_changes.py /tmp/old /tmp/new --per-side 30 --out-key /tmp/key.json
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

from sample_work_reports import pooled, show, verdict_lines

SEED = 16
SIDES = ("old", "new")


def fact_key(kind: str, fact: dict) -> tuple:
    """What makes two facts the same: the statement and the sentence it comes from (not the confidence).

    >>> fact_key("relation", {"head": "青石县", "rel": "launches", "tail": "东环路", "source": "a.txt",
    ...                       "evidence": {"sentence": "青石县开工东环路。", "confidence": 0.8}})
    ('relation', 'a.txt', '青石县开工东环路。', '青石县', 'launches', '东环路')
    """
    sentence = (fact.get("evidence") or {}).get("sentence", "")
    if kind == "relation":
        return kind, fact["source"], sentence, fact["head"], fact["rel"], fact["tail"]
    return (kind, fact["source"], sentence, fact.get("subject"), fact.get("indicator"), fact.get("measure"),
            fact.get("value"), fact.get("unit"))


def changed(old: Path, new: Path) -> dict[str, list[tuple[str, dict]]]:
    """Side → (kind, fact) of the facts only that build states, in a stable order."""
    keyed = {}
    for side, build in zip(SIDES, (old, new), strict=True):
        facts_dir = build / "facts" if (build / "facts").is_dir() else build
        relations, observations = pooled(facts_dir)
        if not relations and not observations:
            raise ValueError(f"{build}: no facts/*.json with facts")
        facts = [("relation", r) for r in relations] + [("observation", o) for o in observations]
        keyed[side] = {fact_key(kind, fact): (kind, fact) for kind, fact in facts}
    return {side: [keyed[side][k] for k in sorted(set(keyed[side]) - set(keyed[other]), key=repr)]
            for side, other in zip(SIDES, reversed(SIDES), strict=True)}


def draw(sides: dict[str, list[tuple[str, dict]]], per_side: int,
         seed: int = SEED) -> list[tuple[str, str, str, dict]]:
    """(id, side, kind, fact): up to ``per_side`` relations and as many observations of each side, shuffled."""
    rng = random.Random(seed)
    picked = []
    for side in SIDES:
        for kind in ("relation", "observation"):
            pool = [fact for k, fact in sides[side] if k == kind]
            picked += [(side, kind, fact) for fact in rng.sample(pool, min(per_side, len(pool)))]
    rng.shuffle(picked)
    return [(f"C{i + 1:03d}", side, kind, fact) for i, (side, kind, fact) in enumerate(picked)]


def estimate(sample: list[tuple[str, str, str, dict]], verdicts: dict[str, bool],
             sides: dict[str, list[tuple[str, dict]]]) -> dict[tuple[str, str], tuple[int, int, int]]:
    """(side, kind) → (right in the sample, judged, all changed facts of that side and kind).

    >>> fact = {"head": "a", "rel": "r", "tail": "b", "source": "s"}
    >>> sample = [("C001", "new", "relation", fact), ("C002", "new", "relation", fact)]
    >>> estimate(sample, {"C001": True, "C002": False}, {"old": [], "new": [("relation", fact)] * 4})
    {('new', 'relation'): (1, 2, 4)}
    """
    counts: dict[tuple[str, str], Counter] = {}
    for item_id, side, kind, _ in sample:
        if item_id in verdicts:
            counts.setdefault((side, kind), Counter())[verdicts[item_id]] += 1
    return {(side, kind): (c[True], c[True] + c[False], sum(k == kind for k, _ in sides[side]))
            for (side, kind), c in sorted(counts.items())}


def read_verdicts(path: Path, ids: set[str]) -> dict[str, bool]:
    """ID → right, from lines ``ID<TAB>ok|wrong[<TAB>reason]``; a bad line is a one-line ValueError."""
    return dict(verdict_lines(path, ids))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("old", type=Path, help="build of the old code (a folder or its facts/)")
    parser.add_argument("new", type=Path, help="build of the new code")
    parser.add_argument("--per-side", type=int, default=30, help="relations, and as many observations, per side")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--out-key", type=Path, help="write which build each item comes from here (JSON)")
    parser.add_argument("--tally", type=Path, help="verdicts file: estimate the change")
    args = parser.parse_args(argv)
    try:
        sides = changed(args.old, args.new)
        sample = draw(sides, args.per_side, args.seed)
        if args.out_key:
            args.out_key.write_text(json.dumps({i: side for i, side, _, _ in sample}, indent=0), encoding="utf-8")
        if not args.tally:
            sys.stdout.write("".join(show(item_id, fact["rel"] if kind == "relation" else kind, fact)
                                     for item_id, _, kind, fact in sample))
            return 0
        rows = estimate(sample, read_verdicts(args.tally, {item[0] for item in sample}), sides)
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print("| facts only in | kind | right / judged | all such facts | estimated right | estimated wrong |")
    print("|---|---|---|---|---|---|")
    for (side, kind), (right, judged, total) in rows.items():
        share = right / judged
        print(f"| {side} | {kind} | {right} / {judged} | {total} | {share * total:.0f} | {(1 - share) * total:.0f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
