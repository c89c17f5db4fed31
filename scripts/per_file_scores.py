"""Scores of each gold file on its own (entities, relations per kind, observations), and their mean.

The rules learn nothing from the gold, so a file's score is also its leave-one-file-out score; the
mean over the files is the LOFO mean the issue asks for.

Example: python scripts/per_file_scores.py --pair ../shared/gold:seeds --pair ../shared/dev2/gold:../shared/dev2/texts
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kg.document import extract_document
from kg.relate.measure import file_report, gold_pairs
from kg.sources import read_source

DEFAULT_PAIRS = ["../shared/gold:seeds", "../shared/dev2/gold:../shared/dev2/texts"]
KINDS = ("implements", "developsIndustry", "launches", "locatedIn", "hasStatus", "holdsPosition", "partOf")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pair", action="append", help="GOLD_DIR:TEXTS_DIR (repeatable)")
    args = parser.parse_args(argv)
    pairs = [tuple(Path(p) for p in pair.split(":", 1)) for pair in (args.pair or DEFAULT_PAIRS)]
    print("| file | entities | relations | observations | " + " | ".join(KINDS) + " |")
    print("|---" * (4 + len(KINDS)) + "|")
    means: list[tuple[float, float, float]] = []
    try:
        for gold, text in gold_pairs(pairs):
            report = file_report(gold, extract_document(text.name, read_source(text)))
            ent, rel, obs = report.entities["ALL"].f1, report.relations["ALL"].f1, report.observations.f1
            means.append((ent, rel, obs))
            kinds = [f"{report.relations[k].f1:.2f}" if k in report.relations else "–" for k in KINDS]
            print(f"| {gold.stem} | {ent:.3f} | {rel:.3f} | {obs:.3f} | " + " | ".join(kinds) + " |")
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if means:
        avg = [sum(col) / len(means) for col in zip(*means)]
        print(f"| mean of {len(means)} | {avg[0]:.3f} | {avg[1]:.3f} | {avg[2]:.3f} |" + " |" * len(KINDS))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
