"""Benchmark ``kg build --store`` and the bundled questions on a real corpus: CCTV 新闻联播 transcripts.

The corpus is ``../shared/data/corpus/cctv_xwlb`` beside the repository (or ``--corpus``); when it
is absent the run is skipped with a note. Measures, on the first ``--files`` files (default all):
extraction and whole-build chars/s as ratios of ``jieba.lcut`` on the same text in the same run,
peak RSS of the build's main process and largest worker and of the store load alone, output bytes
per quad, each bundled question through :func:`kg.query.run_query` on the store against raw
``pyoxigraph.Store.query`` (union default graph, as pyoxigraph is told for a quad store) on the
same store, and incremental rebuilds (nothing changed, one file added, that file removed). Every
build and every query runs in its own child process (its peak RSS is its own; a query over
``--query-limit`` seconds is stopped).

The 2-core speed-up and the 1-core ratio to jieba come from ``--pairs`` paired clean builds of the first
``--scale-files`` files (see :func:`scaling`).

Usage: python benchmarks/real.py [--files N] [--jobs 2] [--pairs 3] [--scale-files 200] [--work DIR] [--no-write]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from measure import _peak_rss_mb, _timed, jieba_rate, machine

DEFAULT_CORPUS = HERE.parent.parent / "shared" / "data" / "corpus" / "cctv_xwlb"
RESULTS = HERE / "results.md"
START, END = "<!-- real:start -->", "<!-- real:end -->"


# --- child processes ---------------------------------------------------------------------------------


def child_build(spec: dict[str, Any]) -> dict[str, Any]:
    """One ``kg build`` as described by ``spec``; phase times, counts and peak RSS (MB)."""
    import kg.pipeline
    import kg.store
    from kg.pipeline import BuildOptions, run_build

    phases: dict[str, float] = {}
    for module, name, label in [(kg.pipeline, "extract_sources", "extract"), (kg.pipeline, "_write_graph", "graph"),
                                (kg.store, "write_store", "store")]:
        setattr(module, name, _timed(getattr(module, name), label, phases))
    options = BuildOptions(sources=[Path(spec["corpus"])], out=Path(spec["out"]), jobs=spec["jobs"], html=False,
                           progress=False, store=True, follow_links=True)  # the corpus is links
    summary = run_build(options)
    return {"seconds": summary.seconds, "phases": phases, "quads": summary.quads, "triples": summary.triples,
            "articles": summary.articles, "rss_mb": _peak_rss_mb()}


def child_store(out: str) -> dict[str, Any]:
    """The store load alone (:func:`kg.store.write_store` of ``out/graph.nq``): seconds and peak RSS."""
    from kg.store import write_store

    started = time.perf_counter()
    write_store(Path(out))
    return {"seconds": time.perf_counter() - started, "rss_mb": _peak_rss_mb()["self"]}


def child_query(out: str, name: str, how: str) -> dict[str, Any]:
    """One bundled question on the store of ``out``, through kg (``how`` = kg) or raw pyoxigraph."""
    import pyoxigraph as ox

    from kg.query import bundled_queries, run_query
    from kg.query_params import bind_params

    text = bind_params(bundled_queries()[name], {})
    started = time.perf_counter()
    if how == "kg":
        rows = len(run_query(Path(out), text)[1])
    else:
        store = ox.Store.read_only(str(Path(out) / "store"))
        solutions: Any = store.query(text, use_default_graph_as_union=True)
        rows = len(list(solutions))
    return {"seconds": time.perf_counter() - started, "rows": rows}


def _child(kind: str, arg: Any, timeout: float | None = None) -> dict[str, Any] | None:
    """Run one child (this file with ``--child KIND ARG``); its JSON result, None when it timed out."""
    command = [sys.executable, __file__, "--child", kind, json.dumps(arg)]
    started = time.perf_counter()
    try:
        proc = subprocess.run(command, capture_output=True, text=True, check=False, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None
    if proc.returncode != 0:
        raise SystemExit(f"{kind} failed:\n{proc.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    result["wall"] = time.perf_counter() - started
    result["load"] = os.getloadavg()[0]
    return result


# --- the run -----------------------------------------------------------------------------------------


def run(args: argparse.Namespace, work: Path) -> dict[str, Any]:
    """Every measure; the dictionary :func:`report` turns into the table."""
    files = sorted(args.corpus.glob("*.txt"))
    chosen = files[: args.files or len(files)]
    corpus, texts = _linked_corpus(chosen, work / "corpus")
    r: dict[str, Any] = {"machine": machine(), "files": len(chosen), "chars": sum(map(len, texts)),
                         "mb": sum(p.stat().st_size for p in chosen) / 1e6, "jobs": args.jobs}
    r["jieba"] = jieba_rate(texts)
    del texts
    out = work / "out"
    shutil.rmtree(out, ignore_errors=True)
    _say(f"build of {len(chosen)} files, --jobs {args.jobs}")
    r["build"] = _child("build", {"corpus": str(corpus), "out": str(out), "jobs": args.jobs})
    r["outputs"] = {p.name: p.stat().st_size for p in sorted(out.iterdir()) if p.is_file()}
    r["outputs"]["store/"] = sum(p.stat().st_size for p in (out / "store").rglob("*") if p.is_file())
    _say("store load alone")
    r["store"] = _child("store", str(out))
    r["queries"] = []
    from kg.query import bundled_queries

    for name in bundled_queries():
        _say(f"query {name}")
        ours = _child("query", [str(out), name, "kg"], args.query_limit)
        raw = _child("query", [str(out), name, "ox"], args.query_limit)
        r["queries"].append({"query": name, "kg": ours, "ox": raw})
    _say("incremental rebuilds")
    spec = {"corpus": str(corpus), "out": str(out), "jobs": args.jobs}
    before = _digests(out)
    r["unchanged"] = _child("build", spec)
    last = corpus / chosen[-1].name  # removed, then added back: the outputs must be those of the first build
    last.unlink()
    r["removed"] = _child("build", spec)
    last.symlink_to(chosen[-1].resolve())
    r["added"] = _child("build", spec)
    r["added_chars"] = len(chosen[-1].read_text(encoding="utf-8"))
    r["identical"] = _digests(out) == before
    if args.pairs:
        r["scaling"] = scaling(args, work)
    return r


def _linked_corpus(files: list[Path], corpus: Path) -> tuple[Path, list[str]]:
    """A fresh folder ``corpus`` of links to ``files`` (the build follows them), and the files' texts."""
    shutil.rmtree(corpus, ignore_errors=True)
    corpus.mkdir(parents=True)
    for path in files:
        (corpus / path.name).symlink_to(path.resolve())
    return corpus, [p.read_text(encoding="utf-8") for p in files]


def scaling(args: argparse.Namespace, work: Path) -> dict[str, Any]:
    """``--pairs`` paired clean builds of the first ``--scale-files`` files, one on 1 core and one on 2, in
    alternating order (1 then 2, then 2 then 1: a drift of the machine's load counts against both), each
    pair after its own ``jieba.lcut`` pass over the same text: per pair, the 2-core speed-up and the 1-core
    whole build ÷ jieba.lcut. Medians are what the table reports; a noisy machine shows in the spread."""
    files = sorted(args.corpus.glob("*.txt"))[: args.scale_files]
    corpus, texts = _linked_corpus(files, work / "scale-corpus")
    chars = sum(map(len, texts))
    pairs = []
    for k in range(args.pairs):
        jieba = jieba_rate(texts)["seconds"]
        seconds = {}
        for jobs in ((1, 2) if k % 2 == 0 else (2, 1)):
            out = work / f"scale-out-{jobs}"
            shutil.rmtree(out, ignore_errors=True)
            _say(f"scaling pair {k + 1}/{args.pairs}: {len(files)} files, --jobs {jobs}")
            build = _child("build", {"corpus": str(corpus), "out": str(out), "jobs": jobs})
            assert build is not None
            seconds[jobs] = build["seconds"]
            shutil.rmtree(out, ignore_errors=True)
        pairs.append({"jieba": jieba, "one": seconds[1], "two": seconds[2], "speedup": seconds[1] / seconds[2],
                      "one_vs_jieba": jieba / seconds[1]})
    return {"files": len(files), "chars": chars, "pairs": pairs}


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def _digests(out: Path) -> dict[str, str]:
    """SHA-256 of every published output file (the store and private state excluded) and the store's quads."""
    import hashlib

    import pyoxigraph as ox

    from kg.publish import published_files

    digests = {str(p.relative_to(out)): hashlib.sha256(p.read_bytes()).hexdigest() for p in published_files(out)
               if "store" not in p.relative_to(out).parts}
    store = ox.Store.read_only(str(out / "store"))
    digests["store quads"] = hashlib.sha256("\n".join(sorted(map(str, store))).encode()).hexdigest()
    return digests


# --- report ------------------------------------------------------------------------------------------


def report(r: dict[str, Any]) -> str:
    """The generated block of results.md."""
    b, chars, jieba = r["build"], r["chars"], r["jieba"]["chars_per_s"]
    extract = b["phases"].get("extract", b["seconds"])
    quads = max(b["quads"], 1)
    lines = [
        f"Machine: {r['machine']}.", "",
        (f"Corpus: the first {r['files']} files of cctv_xwlb, {r['mb']:.1f} MB, {chars:,} characters, "
         f"{b['articles']:,} articles; {b['quads']:,} quads in graph.nq, {b['triples']:,} triples in graph.nt."), "",
        f"| measure (kg build --store --no-html --jobs {r['jobs']}) | value |", "| --- | ---: |",
        f"| whole build, wall s (1-min load average after it) | {b['wall']:.1f} ({b['load']:.1f}) |",
        "| phases, s (extract / graph files / store) | "
        + " / ".join(f"{b['phases'].get(k, 0):.1f}" for k in ("extract", "graph", "store")) + " |",
        f"| jieba.lcut, chars/s (same text, one process) | {jieba:,.0f} |",
        f"| extraction, chars/s ÷ jieba.lcut | {chars / extract:,.0f} ({chars / extract / jieba:.2f}×) |",
        f"| whole build, chars/s ÷ jieba.lcut | {chars / b['seconds']:,.0f} ({chars / b['seconds'] / jieba:.2f}×) |",
        f"| peak RSS, MB: main process / largest worker | {b['rss_mb']['self']:,.0f} / {b['rss_mb']['children']:,.0f} |",
        f"| store load alone (graph.nq → store): s / peak RSS MB | {r['store']['seconds']:.1f} / {r['store']['rss_mb']:,.0f} |",
        *(f"| {name}: MB (bytes per quad) | {size / 1e6:,.1f} ({size / quads:.0f}) |"
          for name, size in r["outputs"].items()),
    ]
    for key, label in (("unchanged", "rebuild, nothing changed"), ("removed", "rebuild, the last file removed"),
                       ("added", "rebuild, that file added back (its facts cached)")):
        if r.get(key):
            extra = f" ({r['added_chars']:,} chars)" if key == "added" else ""
            lines.append(f"| {label}{extra}: wall s / peak RSS MB | {r[key]['wall']:.1f} / "
                         f"{r[key]['rss_mb']['self']:,.0f} |")
    if r.get("scaling", {}).get("pairs"):
        sc = r["scaling"]
        each = ", ".join(f"{p['speedup']:.2f}" for p in sc["pairs"])
        lines.append(f"| speed-up on 2 cores, whole build: median of {len(sc['pairs'])} paired clean builds of the first "
                     f"{sc['files']} files (each pair) | {_median([p['speedup'] for p in sc['pairs']]):.2f}× ({each}) |")
        each = ", ".join(f"{p['one_vs_jieba']:.2f}" for p in sc["pairs"])
        lines.append(f"| whole build on 1 core ÷ jieba.lcut, same pairs (each pair) | "
                     f"{_median([p['one_vs_jieba'] for p in sc['pairs']]):.2f}× ({each}) |")
    if "identical" in r:
        lines.append(f"| outputs after removing and adding back byte-identical to the first build | "
                     f"{'yes' if r['identical'] else 'NO'} |")
    lines += ["", "| bundled question, on the store | rows | kg run_query s | raw Store.query s (union) | ratio |",
              "| --- | ---: | ---: | ---: | ---: |"]
    for q in r["queries"]:
        ours, raw = q["kg"], q["ox"]
        kg_s = f"{ours['seconds']:.2f}" if ours else f"> {r['query_limit']:.0f} (stopped)"
        ox_s = f"{raw['seconds']:.2f}" if raw else f"> {r['query_limit']:.0f} (stopped)"
        ratio = f"{ours['seconds'] / max(raw['seconds'], 1e-6):.2f}×" if ours and raw else "—"
        rows = ours["rows"] if ours else (raw["rows"] if raw else "?")
        lines.append(f"| {q['query']} | {rows} | {kg_s} | {ox_s} | {ratio} |")
    return "\n".join(lines)


def write_results(text: str) -> None:
    """Replace the block between the real-corpus markers of results.md (appended when missing)."""
    current = RESULTS.read_text(encoding="utf-8")
    block = f"{START}\n{text}\n{END}"
    if START in current and END in current:
        head, rest = current.split(START, 1)
        current = head + block + rest.split(END, 1)[1]
    else:
        current = current.rstrip("\n") + "\n\n## Real corpus (benchmarks/real.py)\n\n" + block + "\n"
    RESULTS.write_text(current, encoding="utf-8")


def _say(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def main() -> None:
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        kind, arg = sys.argv[2], json.loads(sys.argv[3])
        children: dict[str, Callable[[Any], dict[str, Any]]] = {"build": child_build, "store": child_store}
        result = children[kind](arg) if kind != "query" else child_query(*arg)
        print(json.dumps(result))
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder of the cctv_xwlb .txt files")
    parser.add_argument("--files", type=int, default=0, help="use the first N files (default: all)")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes of the build (default 2)")
    parser.add_argument("--query-limit", type=float, default=60.0, help="seconds before a query is stopped")
    parser.add_argument("--work", type=Path, help="keep corpus links and outputs here (default: a temporary folder)")
    parser.add_argument("--no-write", action="store_true", help="print the table; leave results.md alone")
    parser.add_argument("--pairs", type=int, default=3, help="paired 1-core / 2-core builds for the speed-up (0: none)")
    parser.add_argument("--scale-files", type=int, default=200, help="files of each paired build (default 200)")
    args = parser.parse_args()
    if not args.corpus.is_dir():
        print(f"real-corpus benchmark skipped: {args.corpus} not found (give --corpus)", file=sys.stderr)
        return
    work = args.work or Path(tempfile.mkdtemp(prefix="kg-real-"))
    try:
        result = run(args, work)
        result["query_limit"] = args.query_limit
        (work / "results.json").write_text(json.dumps(result, indent=1), encoding="utf-8")
        text = report(result)
    finally:
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)
    print(text)
    if not args.no_write:
        write_results(text)


if __name__ == "__main__":
    main()
