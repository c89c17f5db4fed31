"""The Markdown tables of ``benchmarks/run.py`` and the generated block of results.md they go into."""

from __future__ import annotations

from pathlib import Path
from typing import Any

RESULTS = Path(__file__).resolve().parent / "results.md"
START, END = "<!-- generated:start -->", "<!-- generated:end -->"


def report(r: dict[str, Any]) -> str:
    """The generated part of results.md."""
    one, ser = r["one"], r["serialisation"]
    return "\n".join([
        f"Machine: {r['machine']}.", "",
        (f"Corpus: {r['mb']:.1f} MB, {r['files']} files, {r['chars']:,} characters, {one['articles']:,} articles "
        f"(benchmarks/corpus.py, seed 0); {one['triples']:,} quads in graph.nq, {ser['triples']:,} distinct "
        f"triples in graph.ttl/.nt. Run took {r['total']:.0f} s."), "",
        *_build_table(r), "", *_incremental_table(r), "", *_serialisation_table(ser), "",
        *_query_table(r["queries"]), "",
        *_large_table(r.get("large")),
        "Peak RSS of single-core builds by corpus size: "
        + ", ".join(f"{mb:.1f} MB → {rss:,.0f} MB" for mb, rss in r["rss_points"]) + ".", "",
        (f"Profile: `--jobs 1` build of {r['profile_mb']:.1f} MB under cProfile ({r['profile']['seconds']:.1f} s "
        "profiled), top functions by own time:"), "",
        "| function | calls | own s | cumulative s |", "| --- | ---: | ---: | ---: |",
        *(f"| `{f}` | {c:,} | {t:.2f} | {cu:.2f} |" for f, c, t, cu in r["hotspots"]),
    ])


def _build_table(r: dict[str, Any]) -> list[str]:
    one, many, chars, jieba = r["one"], r["many"], r["chars"], r["jieba"]["chars_per_s"]
    e1, en = one["phases"].get("extract", 0), many["phases"].get("extract", 0)
    return [
        f"| measure | --jobs 1 | --jobs {r['jobs']} |", "| --- | ---: | ---: |",
        (f"| whole build, wall s (CPU s incl. workers) | {one['seconds']:.1f} ({one['cpu_s']:.0f}) "
        f"| {many['seconds']:.1f} ({many['cpu_s']:.0f}) |"),
        f"| phases, s (extract / facts / graph+export / html) | {_phases(one)} | {_phases(many)} |",
        f"| extraction, chars/s | {chars / e1:,.0f} | {chars / en:,.0f} |",
        f"| extraction, articles/s | {one['articles'] / e1:,.1f} | {many['articles'] / en:,.1f} |",
        f"| whole build, chars/s | {chars / one['seconds']:,.0f} | {chars / many['seconds']:,.0f} |",
        (f"| whole build, articles/s | {one['articles'] / one['seconds']:,.1f} "
        f"| {many['articles'] / many['seconds']:,.1f} |"),
        f"| extraction ÷ jieba.lcut ({jieba:,.0f} chars/s) | {chars / e1 / jieba:.2f}× | {chars / en / jieba:.2f}× |",
        *([(f"| extraction ÷ jieba.lcut on text that never repeats (seeds, caches emptied; benchmarks/cold.py) "
            f"| {r['cold']['ratio']:.2f}× | |")] if "cold" in r else []),
        f"| whole build ÷ jieba.lcut | {chars / one['seconds'] / jieba:.2f}× | {chars / many['seconds'] / jieba:.2f}× |",
        (f"| speed-up vs --jobs 1 (extraction / whole build) | 1.00× / 1.00× "
        f"| {e1 / en:.2f}× / {one['seconds'] / many['seconds']:.2f}× |"),
        (f"| peak RSS, MB (main process / largest worker) | {one['rss_mb']['self']:,.0f} "
        f"| {many['rss_mb']['self']:,.0f} / {many['rss_mb']['children']:,.0f} |"),
        (f"| 1-min load average after the build (> {r['jobs']} = other work competed) | {one['load']:.1f} "
        f"| {many['load']:.1f} |"),
        f"| outputs byte-identical to --jobs 1 | — | {'yes' if r['identical'] else 'NO'} |",
    ]


def _incremental_table(r: dict[str, Any]) -> list[str]:
    rows = [("rebuild, nothing changed", r["rebuild"]), ("rebuild after adding one file", r["added"])]
    return [f"| incremental (cache in OUT/.cache, --jobs {r['jobs']}) | wall s | extract s |", "| --- | ---: | ---: |",
            *(f"| {label} | {b['seconds']:.1f} | {b['phases'].get('extract', 0):.2f} |" for label, b in rows)]


def _serialisation_table(ser: dict[str, Any]) -> list[str]:
    return [
        f"| serialisation of {ser['triples']:,} triples ({ser['quads']:,} quads) | s |", "| --- | ---: |",
        f"| kg: facts files → quads (graph_quads, terms), for reference | {ser['generate']:.2f} |",
        (f"| **kg**: quads → sorted, canonical graph.ttl + .nt + .nq + .jsonld + void.ttl "
         f"(export_quads, {ser['kg_bytes'] / 1e6:,.0f} MB) | **{ser['kg_export']:.2f}** |"),
        (f"| **pyoxigraph**: ox.serialize of the same triples and quads, unsorted, from memory "
         f"(Turtle {ser['ox_ttl']:.2f} + N-Triples {ser['ox_nt']:.2f} + N-Quads {ser['ox_nq']:.2f}) "
         f"| **{ser['ox_total']:.2f}** |"),
        *(f"| kg step: {k[5:]} | {v:.2f} |" for k, v in ser.items() if k.startswith("step:")),
        f"| ratio kg ÷ pyoxigraph: whole canonical export | {ser['kg_export'] / ser['ox_total']:.2f}× |",
        (f"| writer step alone: kg graph.nt lines ({ser['kg_nt_lines']:.2f}) + graph.ttl via pyoxigraph "
         f"({ser['kg_ttl_stream']:.2f}) from sorted triples, ÷ ox Turtle + N-Triples "
         f"| {(ser['kg_nt_lines'] + ser['kg_ttl_stream']) / max(ser['ox_ttl'] + ser['ox_nt'], 1e-9):.2f}× |"),
    ]


def _query_table(qs: list[dict[str, Any]]) -> list[str]:
    done = [q for q in qs if "timeout" not in q]
    kg_q, ox_q = sum(q["kg"] for q in done), sum(q["ox"] for q in done)
    load = done[0]["load"] if done else float("nan")
    return [
        f"| bundled query (graph.nq loaded once: {load:.2f} s) | rows | run_query s | Store.query s | ratio |",
        "| --- | ---: | ---: | ---: | ---: |",
        *(_query_row(q) for q in qs),
        f"| **all {len(done)} that finished** | | **{kg_q:.3f}** | **{ox_q:.3f}** | **{kg_q / max(ox_q, 1e-9):.2f}×** |",
    ]


def _query_row(q: dict[str, Any]) -> str:
    if "timeout" in q:
        return f"| {q['query']} | ? | > {q['timeout']:.0f} (stopped) | — | — |"
    return f"| {q['query']} | {q['rows']} | {q['kg']:.4f} | {q['ox']:.4f} | {q['kg'] / max(q['ox'], 1e-9):.2f}× |"


def _large_table(large: dict[str, Any] | None) -> list[str]:
    if not large:
        return []
    rss, out_mb = large["rss_mb"], sum(large["outputs"].values()) / 1e6
    return [
        (f"Large corpus: {large['mb']:.0f} MB, {large['files']:,} files, {large['chars']:,} characters, "
         f"{large['articles']:,} articles, built cold with all cores (`--no-cache`):"), "",
        "| measure | value |", "| --- | ---: |",
        f"| whole build, wall s | {large['seconds']:,.0f} |",
        f"| phases, s (extract / facts / graph+export / html) | {_phases(large)} |",
        f"| whole build, chars/s | {large['chars'] / large['seconds']:,.0f} |",
        f"| **peak RSS, MB (main process / largest worker)** | **{rss['self']:,.0f} / {rss['children']:,.0f}** |",
        f"| quads in graph.nq | {large['triples']:,} |",
        f"| outputs, MB (graph.ttl, .nt, .nq, .jsonld, .html, void.ttl) | {out_mb:,.0f} |", "",
    ]


def _phases(run: dict[str, Any]) -> str:
    p = run["phases"]
    return " / ".join(f"{p.get(k, 0):.1f}" for k in ("extract", "facts", "graph+export", "html"))


def write_results(text: str) -> None:
    """Replace the generated block of results.md (the hand-written notes around it are kept)."""
    old = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else f"# Benchmark results\n\n{START}\n{END}\n"
    if START not in old:
        old += f"\n{START}\n{END}\n"
    head, rest = old.split(START, 1)
    tail = rest.split(END, 1)[1] if END in rest else ""
    RESULTS.write_text(f"{head}{START}\n{text}\n{END}{tail}", encoding="utf-8")
