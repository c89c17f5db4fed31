"""Score the mention layer (``kg mentions``) on CLUENER2020 sentences.

usage: python scripts/eval_cluener.py ../shared/data/cluener/train.json [--limit N] [--baseline]

CLUENER types are mapped onto ours: address → Place, company → Organization
(kind company), government → Organization (kind government), organization →
Organization (other kinds), name → Person, position → Position. A predicted span
counts when its (start, end, type) equals a gold span's; for the three
organisation labels the kind must match too. ``--baseline`` scores jieba's POS
tags (ns → Place, nt → Organization, nr → Person) the same way, for comparison.
The CLUENER data is read at evaluation time only; nothing of it is in the package.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path

from train_tagger import is_heldout

LABELS = {
    "address": ("Place", None),
    "company": ("Organization", "company"),
    "government": ("Organization", "government"),
    "organization": ("Organization", "other"),
    "name": ("Person", None),
    "position": ("Position", None),
}
ORG_KIND_LABEL = {"company": "company", "government": "government"}


def gold_spans(record: dict) -> set[tuple[int, int, str]]:
    spans = set()
    for label, surfaces in record.get("label", {}).items():
        if label in LABELS:
            for positions in surfaces.values():
                for start, end in positions:
                    spans.add((start, end + 1, label))
    return spans


def predicted_spans(text: str, baseline: bool, mode: str = "hybrid") -> set[tuple[int, int, str]]:
    if baseline:
        return _baseline(text)
    from kg.extract import mentions_of_line

    out = set()
    for m in mentions_of_line(text, rules=mode != "tagger", tagger=mode != "rules"):
        if m.type == "Place":
            out.add((m.start, m.end, "address"))
        elif m.type == "Person":
            out.add((m.start, m.end, "name"))
        elif m.type == "Position":
            out.add((m.start, m.end, "position"))
        elif m.type == "Organization":
            out.add((m.start, m.end, ORG_KIND_LABEL.get(m.kind, "organization")))
    return out


def _baseline(text: str) -> set[tuple[int, int, str]]:
    from kg.lexicon import tagged

    out, position = set(), 0
    for word, flag in tagged(text):
        start, position = position, position + len(word)
        label = {"ns": "address", "nt": "organization", "nr": "name"}.get(flag)
        if label:
            out.add((start, position, label))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--baseline", action="store_true")
    parser.add_argument("--mode", choices=("hybrid", "rules", "tagger"), default="hybrid",
                        help="which mention sources to score (default: what kg mentions prints)")
    parser.add_argument("--heldout", action="store_true",
                        help="score only the 20%% split the tagger was not trained on")
    args = parser.parse_args()
    tp, fp, fn = Counter(), Counter(), Counter()
    chars, started = 0, time.perf_counter()
    with args.data.open(encoding="utf-8") as handle:
        for n, line in enumerate(handle):
            if args.limit and n >= args.limit:
                break
            record = json.loads(line)
            if args.heldout and not is_heldout(record["text"]):
                continue
            chars += len(record["text"])
            gold, pred = gold_spans(record), predicted_spans(record["text"], args.baseline, args.mode)
            for span in pred & gold:
                tp[span[2]] += 1
            for span in pred - gold:
                fp[span[2]] += 1
            for span in gold - pred:
                fn[span[2]] += 1
    seconds = time.perf_counter() - started
    print(f"{'type':14s} {'P':>6s} {'R':>6s} {'F1':>6s} {'tp':>6s} {'fp':>6s} {'fn':>6s}")
    for label in list(LABELS) + ["ALL"]:
        t = sum(tp.values()) if label == "ALL" else tp[label]
        f = sum(fp.values()) if label == "ALL" else fp[label]
        m = sum(fn.values()) if label == "ALL" else fn[label]
        p = t / (t + f) if t + f else 0.0
        r = t / (t + m) if t + m else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{label:14s} {p:6.3f} {r:6.3f} {f1:6.3f} {t:6d} {f:6d} {m:6d}")
    print(f"{chars} characters in {seconds:.1f}s ({chars / seconds:,.0f} chars/s)")


if __name__ == "__main__":
    main()
