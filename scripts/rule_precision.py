"""Measure each fact rule's precision (relations and observations) by leave-one-file-out over the gold files; write the table.

For each gold file f, a rule's precision on f is computed from the other files only; the facts of f
get that precision as their confidence, and the calibration table (confidence bins → share right)
is printed. ``kg/data/confidence.tsv`` gets each rule's precision over all the files.

Example: python scripts/rule_precision.py --pair ../shared/gold:seeds --pair ../shared/dev2/gold:../shared/dev2/texts
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kg.relate.confidence import HEADER
from kg.relate.measure import (
    calibration,
    extract_without_table,
    gold_pairs,
    judge_file,
    lofo_confidences,
    rule_table,
)

DEFAULT_PAIRS = ["../shared/gold:seeds", "../shared/dev2/gold:../shared/dev2/texts"]
TABLE = Path(__file__).resolve().parent.parent / "kg" / "data" / "confidence.tsv"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pair", action="append", help="GOLD_DIR:TEXTS_DIR (repeatable)")
    parser.add_argument("--out", type=Path, default=TABLE, help="where to write the table")
    parser.add_argument("--dry-run", action="store_true", help="print, do not write the table")
    args = parser.parse_args(argv)
    pairs = [tuple(Path(p) for p in pair.split(":", 1)) for pair in (args.pair or DEFAULT_PAIRS)]
    try:
        judged = [j for gold, text in gold_pairs(pairs) for j in judge_file(gold, extract_without_table(text))]
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    files = sorted({j.file for j in judged})
    table = rule_table(judged)
    print(f"{len(judged)} facts from {len(files)} files\n\n| rule | precision (all files) | right / support |")
    print("|---|---|---|")
    for rule, (precision, tp, n) in table.items():
        print(f"| {rule} | {precision:.2f} | {tp} / {n} |")
    scored = lofo_confidences(judged)
    print("\nLeave-one-file-out calibration\n\n| confidence | facts | right | share right |\n|---|---|---|---|")
    for low, high, n, right in calibration(scored):
        print(f"| {low:.1f}–{high:.1f} | {n} | {right} | {right / n:.2f} |" if n else f"| {low:.1f}–{high:.1f} | 0 | 0 | – |")
    high = [j for j, c in scored if c >= 0.8]
    if high:
        print(f"\nconfidence ≥ 0.8: {sum(j.correct for j in high)} of {len(high)} right "
              f"({sum(j.correct for j in high) / len(high):.0%})")
    if not args.dry_run:
        how = f"smoothed precision over {len(files)} gold files (LOFO-checked)"
        lines = ["\t".join(HEADER)] + [f"{rule}\t{p:.3f}\t{n}\t{how}" for rule, (p, _, n) in table.items()]
        args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"\nwrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
