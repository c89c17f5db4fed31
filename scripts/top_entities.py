"""The most frequent non-place entities of a corpus folder, with suspected duplicates and merges.

Builds a sample of the folder (or reads an existing build's ``facts/``) and counts, per entity,
the number of files it occurs in. Flags:

- ``dup?``: another listed entity of the same type whose name contains this one or is contained
  in it, or that the linker would give the same canonical name (国家发改委 / 国家发展改革委);
- ``foreign?``: a Chinese body whose aliases carry a foreign country (俄外交部 inside 外交部);
- ``word?``: a Person that jieba reads as a verb, an adjective or a function word (强调).

Usage::

    python scripts/top_entities.py ../shared/data/corpus/cctv_xwlb --sample 60 --top 30
    python scripts/top_entities.py --facts output/facts

>>> suspected_flags("Organization", "外交部", {"俄外交部"}, ["外交部"])
['foreign?']
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path


def sample_files(folder: Path, size: int) -> list[Path]:
    """Every n-th text file of ``folder`` (sorted), ``size`` of them: spread over the whole period."""
    files = sorted(p for p in folder.iterdir() if p.suffix in (".txt", ".md", ".html", ".htm"))
    if size <= 0 or size >= len(files):
        return files
    step = len(files) / size
    return [files[int(i * step)] for i in range(size)]


def build(files: list[Path], out: Path) -> Path:
    """``kg build`` of ``files`` (one worker, no HTML) into ``out``; returns the facts folder."""
    src = out / "src"
    src.mkdir(parents=True, exist_ok=True)
    for f in files:
        (src / f.name).write_bytes(f.read_bytes())
    cmd = ["kg", "build", str(src), "--out", str(out / "build"), "--jobs", "1", "--no-html", "-q"]
    subprocess.run(cmd, check=True)
    return out / "build" / "facts"


def count_entities(facts: Path) -> tuple[Counter, dict]:
    """(type, name) → number of files it occurs in, and (type, name) → set of aliases seen."""
    counts: Counter = Counter()
    aliases: dict = defaultdict(set)
    for path in sorted(facts.glob("*.json")):
        seen = set()
        for article in json.loads(path.read_text(encoding="utf-8")).get("articles", []):
            for e in article.get("entities", []):
                if e.get("type") in ("Place", "Money", "Percent"):
                    continue
                key = (e["type"], e["name"])
                seen.add(key)
                aliases[key].update(e.get("aliases") or [])
        counts.update(seen)
    return counts, aliases


def suspected_flags(kind: str, name: str, aliases: set[str], others: list[str]) -> list[str]:
    """The flags of one listed entity (see the module docstring)."""
    from kg.extract.places import countries
    from kg.lexicon import frequency, pos
    from kg.lexicons import lexicon
    from kg.link import canonical_body

    flags = []
    # the same body with something before it (中国国家发展改革委), not one of its units (国务院新闻办公室)
    if any(o != name and (o.endswith(name) or name.endswith(o) or canonical_body(o) == canonical_body(name))
           for o in others):
        flags.append("dup?")
    prefixes = tuple(countries() - {"中国"}) + tuple(lexicon("country_abbreviations"))
    if kind == "Organization" and not name.startswith(prefixes) and any(
            a.startswith(prefixes) and a.endswith(name) for a in aliases):
        flags.append("foreign?")
    if kind == "Person" and frequency(name) >= 5 and (pos(name) or "x")[0] in "vadpcu":
        flags.append("word?")
    return flags


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", nargs="?", type=Path, help="corpus folder of text files")
    parser.add_argument("--facts", type=Path, help="read this facts/ folder instead of building")
    parser.add_argument("--sample", type=int, default=60, help="files to build (0 = all; keep it small)")
    parser.add_argument("--top", type=int, default=30)
    args = parser.parse_args(argv)
    if args.facts is None and args.folder is None:
        parser.error("give a corpus folder or --facts")
    if args.facts is None and not args.folder.is_dir():
        print(f"top_entities: {args.folder}: not a folder", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="top_entities_") as tmp:
        facts = args.facts or build(sample_files(args.folder, args.sample), Path(tmp))
        counts, aliases = count_entities(facts)
    top = counts.most_common(args.top)
    by_type: dict = defaultdict(list)
    for (kind, name), _ in top:
        by_type[kind].append(name)
    print(f"{'files':>5}  {'type':<13} name  [flags]  (aliases)")
    for (kind, name), n in top:
        flags = suspected_flags(kind, name, aliases[(kind, name)], by_type[kind])
        alias_text = "、".join(sorted(aliases[(kind, name)])[:4])
        print(f"{n:>5}  {kind:<13} {name}  {' '.join(flags)}  ({alias_text})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
