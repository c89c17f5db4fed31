"""Train the CRF mention tagger (kg/data/tagger.crfsuite) on CLUENER2020.

usage: python scripts/train_tagger.py ../shared/data/cluener/train.json [--out kg/data/tagger.crfsuite]

Sentences are split deterministically by a hash of their text: 80 % train the
model, 20 % are held out; ``scripts/eval_cluener.py --heldout`` scores on the
held-out part only, so the reported figures are not measured on training data.
The data itself is never copied into the repository; only the model is.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import time
from pathlib import Path

CLUENER_TO_TAG = {
    "address": "PLACE", "company": "COMPANY", "government": "GOVERNMENT", "organization": "ORG",
    "name": "PERSON", "position": "POSITION",
}


def is_heldout(text: str) -> bool:
    """The deterministic 20 % evaluation split."""
    return hashlib.sha1(text.encode("utf-8")).digest()[0] % 5 == 0


def bio_labels(record: dict) -> list[str]:
    text = record["text"]
    labels = ["O"] * len(text)
    for label, surfaces in record.get("label", {}).items():
        tag = CLUENER_TO_TAG.get(label)
        if not tag:
            continue
        for positions in surfaces.values():
            for start, end in positions:
                labels[start] = f"B-{tag}"
                for i in range(start + 1, end + 1):
                    labels[i] = f"I-{tag}"
    return labels


def main() -> None:
    import pycrfsuite

    from kg.extract.tagger import sentence_features
    from kg.text.chars import normalize_chars

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--out", type=Path, default=Path("kg/data/tagger.crfsuite"))
    parser.add_argument("--c1", type=float, default=0.5)
    parser.add_argument("--c2", type=float, default=0.01)
    parser.add_argument("--iterations", type=int, default=120)
    args = parser.parse_args()
    trainer = pycrfsuite.Trainer(verbose=False)
    count = 0
    started = time.perf_counter()
    with args.data.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if is_heldout(record["text"]):
                continue
            trainer.append(sentence_features(normalize_chars(record["text"])), bio_labels(record))
            count += 1
    trainer.set_params({"c1": args.c1, "c2": args.c2, "max_iterations": args.iterations,
                        "feature.possible_transitions": True})
    trainer.train(str(args.out))
    print(f"trained on {count} sentences in {time.perf_counter() - started:.0f}s → {args.out} "
          f"({args.out.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
