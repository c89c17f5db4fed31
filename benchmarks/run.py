"""Benchmark ``kg build`` on a synthetic corpus and write the results into benchmarks/results.md.

Measures, on one corpus (benchmarks/corpus.py, default 8 MB): extraction and whole-build throughput
with ``--jobs 1`` and ``--jobs N`` (N = cores) against ``jieba.lcut`` on the same text, peak RSS,
incremental rebuilds (nothing changed; one file added), graph size, the export (sorted Turtle,
N-Triples, N-Quads, JSON-LD) against pyoxigraph's own serialiser on the same triples and quads, the bundled queries through
:func:`kg.query.run_query` against raw ``pyoxigraph.Store.query``, and a cProfile of the single-core
build on a smaller corpus; with ``--large-mb``, also one build of a large corpus. Each build runs in a child process so that its peak RSS is its own.

Usage: python benchmarks/run.py [--mb 8] [--large-mb 100] [--profile-mb 2] [--jobs N] [--work DIR] [--no-write]
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import queue
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from corpus import synthetic_files, write_corpus
from measure import _best, _clock, _cpu_seconds, _peak_rss_mb, _timed, jieba_rate, machine
from report import report, write_results

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results.md"
START, END = "<!-- generated:start -->", "<!-- generated:end -->"
PHASES = {"extract_sources": "extract", "publish_facts": "facts", "_write_graph": "graph+export"}


# --- child process: one build ---------------------------------------------------------------------


def child_build(spec: dict[str, Any]) -> dict[str, Any]:
    """Run one build as described by ``spec``; phase times, summary and peak RSS (MB)."""
    import kg.export.html
    import kg.pipeline
    from kg.pipeline import BuildOptions, run_build

    phases: dict[str, float] = {}
    for module, name, label in [*((kg.pipeline, n, l) for n, l in PHASES.items()),
                                (kg.export.html, "write_view", "html")]:
        if hasattr(module, name):
            setattr(module, name, _timed(getattr(module, name), label, phases))
    options = BuildOptions(sources=[Path(p) for p in spec["sources"]], out=Path(spec["out"]), jobs=spec["jobs"],
                           cache=spec["cache"], html=spec.get("html", True), progress=False)
    profile = spec.get("profile")
    if profile:
        import cProfile

        profiler = cProfile.Profile()
        summary = profiler.runcall(run_build, options)
        profiler.dump_stats(profile)
    else:
        summary = run_build(options)
    return {"seconds": summary.seconds, "phases": phases, "files": summary.files, "articles": summary.articles,
            "entities": summary.entities, "triples": summary.triples, "rss_mb": _peak_rss_mb(), "cpu_s": _cpu_seconds()}


def build(sources: list[Path], out: Path, jobs: int, cache: bool, **extra: Any) -> dict[str, Any]:
    """Run :func:`child_build` in a fresh interpreter; its result, plus wall time."""
    spec = {"sources": [str(p) for p in sources], "out": str(out), "jobs": jobs, "cache": cache, **extra}
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, __file__, "--child", json.dumps(spec)], capture_output=True, text=True,
                          check=False)
    if proc.returncode != 0:
        raise SystemExit(f"build failed ({spec}):\n{proc.stderr[-3000:]}")
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    result["wall"] = time.perf_counter() - started
    result["load"] = os.getloadavg()[0]  # 1-minute load average at the end: > cores means other work competed
    return result


# --- measurements -----------------------------------------------------------------------------------


def serialisation(out: Path) -> dict[str, float]:
    """Our export (sorted, canonical ttl + nt + nq + jsonld + void from a stream of quads) against
    pyoxigraph serialising the same triples and quads (Turtle + N-Triples + N-Quads) from memory."""
    import pyoxigraph as ox

    from kg.export.rdf import export_quads
    from kg.export.terms import Terms
    from kg.export.turtle import write_turtle
    from kg.factsfiles import FactsFiles
    from kg.graph import graph_quads
    from kg.vocab import DEFAULT_BASE, PREFIXES

    facts = FactsFiles.of_folder(out / "facts")
    terms = Terms(dict(PREFIXES))
    t: dict[str, float] = {}
    t["generate"], quads = _clock(lambda: list(terms.from_rdflib_quads(graph_quads(facts, DEFAULT_BASE))))
    target = Path(tempfile.mkdtemp(prefix="kg-ser-"))
    try:
        steps: dict[str, float] = {}
        t["kg_export"], counts = _clock(lambda: export_quads(iter(quads), target, terms, sources=facts.sources,
                                                             base=DEFAULT_BASE, timings=steps))
        t.update({f"step:{k}": v for k, v in steps.items()})
        t["kg_bytes"] = sum((target / n).stat().st_size for n in ("graph.ttl", "graph.nt", "graph.nq", "graph.jsonld"))
        lines = (target / "graph.nt").read_text(encoding="utf-8").splitlines(keepends=True)
        t["kg_nt_lines"], _ = _clock(lambda: _write_text_lines(lines, target / "again.nt"))
        t["kg_ttl_stream"], _ = _clock(lambda: write_turtle(target / "graph.nt", target / "again.ttl",
                                                              terms.used_prefixes(), DEFAULT_BASE))
        lines = []  # free them before pyoxigraph's copies are made
        ox_quads = list(ox.parse(path=str(target / "graph.nq"), format=ox.RdfFormat.N_QUADS))
        ox_triples = list(ox.parse(path=str(target / "graph.nt"), format=ox.RdfFormat.N_TRIPLES))
    finally:
        shutil.rmtree(target, ignore_errors=True)
    quads = []
    ox_triples.reverse()
    ox_quads.reverse()
    prefixes = terms.used_prefixes()
    t["ox_ttl"], _ = _clock(lambda: ox.serialize(ox_triples, format=ox.RdfFormat.TURTLE, prefixes=prefixes))
    t["ox_nt"], _ = _clock(lambda: ox.serialize(ox_triples, format=ox.RdfFormat.N_TRIPLES))
    t["ox_nq"], _ = _clock(lambda: ox.serialize(ox_quads, format=ox.RdfFormat.N_QUADS))
    t["ox_total"] = t["ox_ttl"] + t["ox_nt"] + t["ox_nq"]
    t["triples"], t["quads"] = counts["graph.nt"], counts["graph.nq"]
    return t


def _write_text_lines(lines: list[str], path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        handle.writelines(lines)


def queries(graph: Path, limit: float) -> list[dict[str, Any]]:
    """Each bundled query via run_query and via raw Store.query on the same file, in a child process
    that is killed (and restarted at the next query) when one query runs longer than ``limit`` s."""
    import threading

    from kg.query import bundled_queries

    names = list(bundled_queries())
    rows: list[dict[str, Any]] = []
    while len(rows) < len(names):
        proc = subprocess.Popen([sys.executable, __file__, "--child-queries", json.dumps([str(graph), len(rows)])],
                                stdout=subprocess.PIPE, text=True)
        lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=_pump, args=(proc, lines), daemon=True).start()
        wait = limit * 2 + 120  # the first line also waits for two stores to load
        while len(rows) < len(names):
            try:
                rows.append(json.loads(lines.get(timeout=wait)))
                wait = limit * 2 + 5
            except queue.Empty:
                proc.kill()
                rows.append({"query": names[len(rows)], "timeout": limit})
                break
        proc.wait()
    return rows


def _pump(proc: subprocess.Popen[str], lines: queue.Queue[str]) -> None:
    for line in proc.stdout or ():
        lines.put(line)


def child_queries(graph: Path, first: int) -> None:
    """Print one JSON line per bundled query from index ``first``: best of up to 3 runs each way."""
    import pyoxigraph as ox

    from kg.query import bundled_queries, run_query

    load, store = _clock(lambda: _store(graph))
    run_query(graph, "ASK {}")  # loads and caches kg's own store
    for name, text in list(bundled_queries().items())[first:]:
        ours, result = _best(functools.partial(run_query, graph, text))
        raw, _ = _best(functools.partial(_raw, store, text, ox))
        print(json.dumps({"query": name, "kg": ours, "ox": raw, "rows": len(result[1]), "load": load}), flush=True)


def _store(graph: Path) -> Any:
    import pyoxigraph as ox

    store = ox.Store()
    store.bulk_load(path=str(graph), format=ox.RdfFormat.N_QUADS)
    return store


def _raw(store: Any, text: str, ox: Any) -> list[Any]:
    result = store.query(text, use_default_graph_as_union=True)
    if isinstance(result, ox.QuerySolutions):
        names = result.variables
        return [[solution[v] for v in names] for solution in result]
    return [result] if isinstance(result, ox.QueryBoolean) else list(result)


def same_outputs(a: Path, b: Path) -> bool:
    """True when every output file (cache excluded) of the two builds is byte-identical."""
    def files(root: Path) -> dict[str, bytes]:
        return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*"))
                if p.is_file() and ".cache" not in p.relative_to(root).parts}

    return files(a) == files(b)


def hotspots(stats_file: Path, limit: int = 20) -> list[tuple[str, int, float, float]]:
    """Top functions by own time: (function, calls, tottime, cumtime)."""
    import pstats

    stats = pstats.Stats(str(stats_file))
    rows = []
    for (path, line, func), (_, calls, tottime, cumtime, _) in stats.stats.items():  # type: ignore[attr-defined]
        short = path.split("site-packages/")[-1].replace(str(HERE.parent) + "/", "")
        rows.append((f"{short}:{line}({func})", calls, tottime, cumtime))
    return sorted(rows, key=lambda r: -r[2])[:limit]


# --- report -----------------------------------------------------------------------------------------


# --- main -------------------------------------------------------------------------------------------


def run(args: argparse.Namespace, work: Path) -> dict[str, Any]:
    """All stages; with ``--resume`` the stages recorded in WORK/results.json are not run again."""
    state = work / "results.json"
    r: dict[str, Any] = json.loads(state.read_text(encoding="utf-8")) if args.resume and state.exists() else {}
    r.setdefault("done", [])
    for stage, func in STAGES.items():
        if stage not in r["done"]:
            started = time.perf_counter()
            func(r, args, work)
            r["total"] = r.get("total", 0.0) + time.perf_counter() - started
            r["done"].append(stage)
            state.write_text(json.dumps(r), encoding="utf-8")
            _say(f"{stage} done")
    return r


def _corpus(r: dict[str, Any], args: argparse.Namespace, work: Path) -> None:
    files = write_corpus(work / "corpus", args.mb)
    r.update(machine=machine(), mb=sum(p.stat().st_size for p in files) / 1e6, files=len(files),
             chars=sum(len(p.read_text(encoding="utf-8")) for p in files), jobs=args.jobs or os.cpu_count() or 1,
             profile_files=[str(p) for p in files[: max(1, round(len(files) * args.profile_mb / args.mb))]])


def _jieba(r: dict[str, Any], args: argparse.Namespace, work: Path) -> None:
    r["jieba"] = jieba_rate([p.read_text(encoding="utf-8") for p in sorted((work / "corpus").glob("*.txt"))])


def _builds(r: dict[str, Any], args: argparse.Namespace, work: Path) -> None:
    for name in ("one", "many"):  # cold builds: no cache or outputs of an earlier (resumed) run
        shutil.rmtree(work / name, ignore_errors=True)
    r["one"] = build([work / "corpus"], work / "one", 1, cache=True)
    r["many"] = build([work / "corpus"], work / "many", r["jobs"], cache=False)
    r["identical"] = same_outputs(work / "one", work / "many")


def _incremental(r: dict[str, Any], args: argparse.Namespace, work: Path) -> None:
    r["rebuild"] = build([work / "corpus"], work / "one", r["jobs"], cache=True)
    name, text = next(x for i, x in enumerate(synthetic_files()) if i == r["files"])
    (work / "corpus" / name).write_text(text, encoding="utf-8")
    r["added"] = build([work / "corpus"], work / "one", r["jobs"], cache=True)
    (work / "corpus" / name).unlink()


def _serialisation(r: dict[str, Any], args: argparse.Namespace, work: Path) -> None:
    r["serialisation"] = serialisation(work / "many")


def _queries(r: dict[str, Any], args: argparse.Namespace, work: Path) -> None:
    r["queries"] = queries(work / "many" / "graph.nq", args.query_limit)


def _large(r: dict[str, Any], args: argparse.Namespace, work: Path) -> None:
    """One cold build of a --large-mb corpus with all cores: memory and time at scale."""
    if not args.large_mb:
        return
    files = write_corpus(work / "large", args.large_mb)
    shutil.rmtree(work / "large-out", ignore_errors=True)
    result = build([work / "large"], work / "large-out", r["jobs"], cache=False)
    outputs = {p.name: p.stat().st_size for p in (work / "large-out").iterdir() if p.is_file()}
    r["large"] = {**result, "mb": sum(p.stat().st_size for p in files) / 1e6, "files": len(files),
                  "chars": sum(len(p.read_text(encoding="utf-8")) for p in files), "outputs": outputs}
    shutil.rmtree(work / "large-out", ignore_errors=True)


def _profile(r: dict[str, Any], args: argparse.Namespace, work: Path) -> None:
    profiled = [Path(p) for p in r["profile_files"]]
    r["profile_mb"] = sum(p.stat().st_size for p in profiled) / 1e6
    r["profile"] = build(profiled, work / "profile", 1, cache=False, html=False, profile=str(work / "build.prof"))
    r["hotspots"] = hotspots(work / "build.prof")
    small = build(profiled, work / "small", 1, cache=False)
    r["rss_points"] = [(r["profile_mb"], small["rss_mb"]["self"]), (r["mb"], r["one"]["rss_mb"]["self"])]


def _cold(r: dict[str, Any], args: argparse.Namespace, work: Path) -> None:
    """Extraction ÷ jieba.lcut on the seeds with kg's caches emptied (benchmarks/cold.py), in a child."""
    proc = subprocess.run([sys.executable, str(HERE / "cold.py"), "5"], capture_output=True, text=True, check=True)
    r["cold"] = json.loads(proc.stdout.strip().splitlines()[-1])


STAGES = {"corpus": _corpus, "jieba": _jieba, "builds": _builds, "incremental": _incremental,
          "serialisation": _serialisation, "queries": _queries, "large": _large, "profile": _profile,
          "cold": _cold}


def _say(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--child":
        print(json.dumps(child_build(json.loads(sys.argv[2]))))
        return
    if len(sys.argv) == 3 and sys.argv[1] == "--child-queries":
        graph, first = json.loads(sys.argv[2])
        child_queries(Path(graph), first)
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=8.0, help="corpus size in MB (default 8: about a million triples)")
    parser.add_argument("--large-mb", type=float, default=0.0,
                        help="also build a corpus of this size once with all cores (e.g. 100; default: skip)")
    parser.add_argument("--profile-mb", type=float, default=2.0, help="corpus size profiled (default 2)")
    parser.add_argument("--jobs", type=int, default=0, help="worker processes of the parallel build (0 = cores)")
    parser.add_argument("--query-limit", type=float, default=20.0, help="seconds before a query is given up")
    parser.add_argument("--resume", action="store_true", help="skip the stages recorded in WORK/results.json")
    parser.add_argument("--work", type=Path, help="keep corpus and outputs here (default: a temporary folder)")
    parser.add_argument("--no-write", action="store_true", help="print the table; leave results.md alone")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="kg-bench-"))
    try:
        text = report(run(args, work))
    finally:
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)
    print(text)
    if not args.no_write:
        write_results(text)


if __name__ == "__main__":
    main()
