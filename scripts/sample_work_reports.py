"""Draw a fixed-seed sample of relations and observations from a build, with their evidence, for judging by hand.

Build the corpus once (``kg build ../shared/data/corpus/work_reports_2025 --out /tmp/wr --jobs 1``), print
the sample, write one verdict a line (``R07<TAB>ok`` or ``R07<TAB>wrong``) and tally it per kind with
``--tally``. The texts stay out of the repository: only the counts go into benchmarks/results.md.

Example: python scripts/sample_work_reports.py /tmp/wr --tally verdicts.tsv
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

SEED = 16


def pooled(facts_dir: Path) -> tuple[list[dict], list[dict]]:
    """Every relation and observation of the build, each with its source, sorted for a stable draw."""
    relations, observations = [], []
    for path in sorted(facts_dir.glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        for article in doc.get("articles", []):
            relations += [{**r, "source": doc["source"]} for r in article.get("relations", [])]
            observations += [{**o, "source": doc["source"]} for o in article.get("observations", [])]
    return relations, observations


def draw(build: Path, relations: int, observations: int, seed: int = SEED) -> list[tuple[str, str, dict]]:
    """(id, kind, fact) for the sample: R01… relations, O01… observations."""
    facts_dir = build / "facts" if (build / "facts").is_dir() else build
    rels, obs = pooled(facts_dir)
    if not rels and not obs:
        raise ValueError(f"{build}: no facts/*.json with facts")
    rng = random.Random(seed)
    picked_r = rng.sample(rels, min(relations, len(rels)))
    picked_o = rng.sample(obs, min(observations, len(obs)))
    return [(f"R{i + 1:02d}", r["rel"], r) for i, r in enumerate(picked_r)] + \
           [(f"O{i + 1:02d}", "observation", o) for i, o in enumerate(picked_o)]


def show(item_id: str, kind: str, fact: dict) -> str:
    ev = fact.get("evidence") or {}
    if kind == "observation":
        what = (f"{fact.get('subject')} | {fact.get('indicator')} | {fact.get('measure')} | {fact.get('value')} "
                f"{fact.get('unit')} | {fact.get('period')}")
    else:
        what = f"{fact['head']} —{kind}→ {fact['tail']}"
    return f"{item_id} [{ev.get('rule', '')}] {what}\n    {fact['source']}: {ev.get('sentence', '')}\n"


def verdict_lines(verdicts: Path, ids: set[str] | dict[str, str]) -> list[tuple[str, bool]]:
    """(id, right) of each line ``ID<TAB>ok|wrong[<TAB>reason]``; a bad line is a one-line ValueError."""
    read = []
    for number, line in enumerate(verdicts.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        item_id, _, rest = line.partition("\t")
        verdict = rest.split("\t", 1)[0].strip()
        if item_id not in ids or verdict not in ("ok", "wrong"):
            raise ValueError(f"{verdicts} line {number}: expected 'ID<TAB>ok|wrong[<TAB>reason]' with an ID of the sample")
        read.append((item_id, verdict == "ok"))
    return read


def tally(sample: list[tuple[str, str, dict]], verdicts: Path) -> dict[str, Counter]:
    """Verdict counts per kind from lines ``ID<TAB>ok|wrong[<TAB>reason]``."""
    kinds = {item_id: kind for item_id, kind, _ in sample}
    counts: dict[str, Counter] = {}
    for item_id, right in verdict_lines(verdicts, kinds):
        counts.setdefault(kinds[item_id], Counter())["ok" if right else "wrong"] += 1
    return counts


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("build", type=Path, help="a build folder (or its facts/)")
    parser.add_argument("--relations", type=int, default=60)
    parser.add_argument("--observations", type=int, default=40)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--tally", type=Path, help="verdicts file to count per kind")
    args = parser.parse_args(argv)
    try:
        sample = draw(args.build, args.relations, args.observations, args.seed)
        if args.tally:
            counts = tally(sample, args.tally)
            print("| kind | right | judged |\n|---|---|---|")
            for kind, c in sorted(counts.items()):
                print(f"| {kind} | {c['ok']} | {c['ok'] + c['wrong']} |")
            for label, keys in (("relations", [k for k in counts if k != "observation"]), ("observations", ["observation"])):
                ok = sum(counts[k]["ok"] for k in keys if k in counts)
                n = sum(counts[k]["ok"] + counts[k]["wrong"] for k in keys if k in counts)
                print(f"| **{label}** | {ok} | {n} ({ok / n:.0%}) |" if n else f"| **{label}** | 0 | 0 |")
        else:
            sys.stdout.write("".join(show(*item) for item in sample))
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
