"""Extraction against ``jieba.lcut`` on text that never repeats: the seed files, every cache of kg cleared
before each pass.

The synthetic corpus of ``corpus.py`` recombines the seed articles, so many of its sentences repeat and
kg's per-sentence caches make its extraction look faster than on real news, where sentences do not
repeat. This measures the honest case: each pass extracts every seed file once, with kg's caches
emptied first, timing ``jieba.lcut`` and :func:`kg.document.extract_document` on the same file in turn
(so both see the same machine load). Prints one JSON line.

Usage: python benchmarks/cold.py [PASSES]
"""

from __future__ import annotations

import functools
import gc
import json
import logging
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def kg_caches() -> list[functools._lru_cache_wrapper]:  # type: ignore[type-arg]
    """Every bounded lru_cache of kg's modules (the unbounded ones hold static tables)."""
    return [o for o in gc.get_objects() if isinstance(o, functools._lru_cache_wrapper)
            and getattr(o, "__module__", "").startswith("kg") and o.cache_info().maxsize not in (1, None)]


def measure(passes: int) -> dict[str, float]:
    import jieba

    from kg.document import extract_document
    from kg.sources import cap_sentences, read_source

    texts = [(p.name, cap_sentences(read_source(p))) for p in sorted(SEEDS.glob("*.txt"))]
    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    extract_document("warm.txt", "新余：项目建设提速\n\n今年以来，新余市安排重点项目154个，总投资806.76亿元。\n")
    caches = kg_caches()
    jieba_s = kg_s = 0.0
    for _ in range(passes):
        for cache in caches:
            cache.cache_clear()
        for name, text in texts:
            started = time.perf_counter()
            jieba.lcut(text)
            middle = time.perf_counter()
            extract_document(name, text)
            jieba_s += middle - started
            kg_s += time.perf_counter() - middle
    chars = sum(len(text) for _, text in texts) * passes
    return {"passes": passes, "chars": chars, "caches": len(caches), "jieba_chars_per_s": chars / jieba_s,
            "kg_chars_per_s": chars / kg_s, "ratio": jieba_s / kg_s}


if __name__ == "__main__":
    print(json.dumps(measure(int(sys.argv[1]) if len(sys.argv) > 1 else 5)))
