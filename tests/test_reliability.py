"""Bad input never crashes ``kg build``, loses data or reaches the viewer.

Odd files (empty, unpunctuated, huge lines, HTML, traditional characters, FIFOs, symlink
loops, unreadable), odd folders (nested, spaces and Chinese in names, clashing names, the
output folder inside the sources), unwritable outputs, SIGKILL and Ctrl-C, determinism,
and random text through the extractor.
"""

from __future__ import annotations

import json
import os
import pathlib
import pty
import re
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

import kg.extraction
from kg.cli import app
from kg.document import extract_document
from kg.pipeline import MAX_SENTENCE, cap_sentences
from kg.publish import published_files
from kg.text.html_input import html_to_text

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
KG = Path(sys.executable).with_name("kg")
SEED_TEXT = "".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
SHORT = "新余：项目建设提速\n\n今年以来，新余市安排重点项目154个，总投资806.76亿元。（钱金林）\n"


def run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(app, ["build", *args, "--jobs", "1", "--quiet", "--no-cache"])


def facts(out: Path) -> dict[str, dict[str, Any]]:
    return {p.name: json.loads(p.read_text(encoding="utf-8")) for p in sorted((out / "facts").glob("*.json"))}


def outputs(out: Path) -> dict[str, bytes]:
    return {str(p.relative_to(out)): p.read_bytes() for p in published_files(out)}


def write_corpus(folder: Path, files: int, size: int) -> None:
    """``files`` slices of the seeds, ``size`` characters each, cut at paragraph breaks."""
    folder.mkdir(parents=True, exist_ok=True)
    paragraphs = [p.lstrip("# ") for p in SEED_TEXT.split("\n\n")]  # see test_mixed_markdown_headings
    for i in range(files):
        chunk, j = [], i * 7
        while sum(map(len, chunk)) < size:
            chunk.append(paragraphs[j % len(paragraphs)])
            j += 1
        (folder / f"{i:03d}.txt").write_text("\n\n".join(chunk), encoding="utf-8")


# --- odd files ---------------------------------------------------------------------------------------

def test_empty_and_blank_files_are_noted_not_failures(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text(SHORT, encoding="utf-8")
    (src / "empty.txt").write_bytes(b"")
    (src / "blank.txt").write_text(" \n\u3000\n\t\n", encoding="utf-8")
    (src / "bom.txt").write_bytes(b"\xef\xbb\xbf")
    result = run(str(src), "--out", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines() == [f"kg: note: {src / n}: empty file, nothing to extract"
                                          for n in ("blank.txt", "bom.txt", "empty.txt")]
    assert list(facts(tmp_path / "out")) == ["a.json"]
    assert "built 1 files, 3 empty:" in result.stdout


def test_text_without_punctuation_finishes_and_keeps_sentences_short(tmp_path: Path) -> None:
    bare = re.sub(r"[^\w\n]", "", SEED_TEXT)  # no punctuation at all; without the cap this takes minutes
    (tmp_path / "bare.txt").write_text(bare[:60_000], encoding="utf-8")
    started = time.perf_counter()
    result = run(str(tmp_path / "bare.txt"), "--out", str(tmp_path / "out"), "--no-html")
    assert result.exit_code == 0, result.output
    assert time.perf_counter() - started < 30
    doc = facts(tmp_path / "out")["bare.json"]
    sentences = [r["evidence"] for a in doc["articles"] for r in a["relations"] if r["rel"] != "authorOf"]
    assert sentences and all(len(e["sentence"]) <= MAX_SENTENCE for e in sentences)
    for e in sentences:  # offsets still point into the source (cut marks aside)
        assert e["sentence"][0] == bare[e["start"]]
        assert e["sentence"][-1] in (bare[e["end"] - 1], "。")


@pytest.mark.parametrize(("text", "limit", "expected"), [
    ("甲，乙，丙，丁。戊。", 4, "甲，乙。丙，丁。戊。"),  # cut at a clause mark
    ("甲乙 丙丁戊己", 4, "甲乙。丙丁戊己"),  # else at whitespace
    ("一二三四五六七八九", 4, "一二三。五六七。九"),  # else hard, at the limit
    ("短句。短句！", 4, "短句。短句！"),  # nothing too long: unchanged
])
def test_cap_sentences_table(text: str, limit: int, expected: str) -> None:
    assert cap_sentences(text, limit) == expected


@settings(max_examples=80, deadline=None)
@given(text=st.text(alphabet="甲乙丙，、；。！ \n12", max_size=400), limit=st.integers(4, 60))
def test_cap_sentences_keeps_length_and_bounds_runs(text: str, limit: int) -> None:
    capped = cap_sentences(text, limit)
    assert len(capped) == len(text)
    assert all(a == b or b == "。" for a, b in zip(text, capped))
    assert all(len(run) <= limit for run in re.split(r"[。！？!?]", capped))


def test_html_sources_are_read_as_their_text(tmp_path: Path) -> None:
    page = ("<!DOCTYPE html><html><head><title>新余日报</title><style>p{color:red}</style>"
            "<script>var 新余市 = '赣州市';</script></head><body><h1>新余：项目建设提速</h1>"
            "<div>今年以来，新余市安排重点项目154个，总投资806.76&#20159;元&nbsp;。（钱金林）</div>"
            "<!-- 吉安市 --></body></html>")
    (tmp_path / "page.htm").write_text(page, encoding="utf-8")
    result = run(str(tmp_path), "--out", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    doc = facts(tmp_path / "out")["page.json"]
    assert doc["source"] == "page.htm"
    assert [a["title"] for a in doc["articles"]] == ["新余：项目建设提速"]
    names = {e["name"] for a in doc["articles"] for e in a["entities"]}
    assert {"新余市", "806.76亿元", "钱金林"} <= names
    assert "赣州市" not in names and "吉安市" not in names


@pytest.mark.parametrize(("markup", "text"), [
    ("<p>甲&amp;乙</p><p>丙</p>", "甲&乙\n\n丙\n"),
    ("<div>甲<br>乙<br/>丙</div>", "甲\n乙\n丙\n"),
    ("<ul><li>一</li><li>二</li></ul><table><tr><td>三</td></tr></table>", "一\n\n二\n\n三\n"),
    ("<p>  甲 \n  乙  </p>", "甲 乙\n"),
    ("<title>题</title><p>文</p>", "题\n\n文\n"),
    ("<title>题</title><h1>标题</h1><p>文</p>", "标题\n\n文\n"),
    ("<script>x<y</script><style>a{}</style><noscript>n</noscript>正文", "正文\n"),
    ("<p>未闭合 <b>粗", "未闭合 粗\n"),
    ("", ""),
])
def test_html_to_text_table(markup: str, text: str) -> None:
    assert html_to_text(markup) == text


def test_mixed_markdown_headings_do_not_crash_extraction() -> None:
    doc = extract_document("x.txt", "无标记的标题\n\n正文一句。\n\n# 有标记的标题\n\n正文二句。\n")
    assert doc["articles"]


def test_traditional_characters_build_without_crashing(tmp_path: Path) -> None:
    # no Traditional→Simplified conversion: the build runs, but the gazetteer and patterns find little
    (tmp_path / "fan.txt").write_text("新餘市：項目建設提速\n\n今年以來，新餘市安排重點項目154個，總投資806.76億元。（錢金林）\n",
                                      encoding="utf-8")
    result = run(str(tmp_path / "fan.txt"), "--out", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    doc = facts(tmp_path / "out")["fan.json"]
    assert [a["title"] for a in doc["articles"]] == ["新餘市：項目建設提速"]


# --- odd folders ---------------------------------------------------------------------------------------

def test_nested_folders_odd_names_and_links(tmp_path: Path) -> None:
    src = tmp_path / "src"
    (src / "2024" / "第 01 期").mkdir(parents=True)
    (src / "2024" / "第 01 期" / "新余 要闻.txt").write_text(SHORT, encoding="utf-8")
    (src / "2025").mkdir()
    (src / "2025" / "新余 要闻.txt").write_text(SHORT.replace("154", "155"), encoding="utf-8")
    (src / "2025" / "loop").symlink_to("..")  # a folder link to its parent: not followed
    (src / "self.txt").symlink_to("self.txt")  # a link loop
    (src / ".hidden").mkdir()
    (src / ".hidden" / "x.txt").write_text(SHORT, encoding="utf-8")
    os.mkfifo(src / "pipe.txt")  # reading it would block forever
    result = run(str(src), "--out", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert sorted(facts(tmp_path / "out")) == ["2024__第 01 期__新余 要闻.json", "2025__新余 要闻.json"]
    lines = result.stderr.splitlines()
    assert len(lines) == 2
    assert lines[0].endswith("pipe.txt: not a regular file")
    assert "self.txt: cannot read (Too many levels of symbolic links)" in lines[1]


def test_clashing_names_are_reported_not_overwritten(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "news.txt").write_text(SHORT, encoding="utf-8")
    (tmp_path / "b" / "news.txt").write_text(SHORT.replace("新余市", "分宜县"), encoding="utf-8")
    (tmp_path / "a" / "news.html").write_text(f"<p>{SHORT}</p>", encoding="utf-8")
    result = run(str(tmp_path / "a"), str(tmp_path / "b"), "--out", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert result.stderr.count("would overwrite the one of") == 2
    assert list(facts(tmp_path / "out")) == ["news.json"]


def test_output_inside_the_sources_is_not_read_back(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(SHORT, encoding="utf-8")
    (tmp_path / "old").mkdir()
    for out in ("old", "out", "out"):  # "old" becomes an earlier build folder inside the sources
        result = run(str(tmp_path), "--out", str(tmp_path / out))
        assert result.exit_code == 0, result.output
        assert "built 1 files" in result.stdout
    assert list(facts(tmp_path / "out")) == ["a.json"]


def test_facts_of_removed_sources_are_removed(tmp_path: Path) -> None:
    (tmp_path / "src").mkdir()
    for name in ("a.txt", "b.txt"):
        (tmp_path / "src" / name).write_text(SHORT, encoding="utf-8")
    assert run(str(tmp_path / "src"), "--out", str(tmp_path / "out")).exit_code == 0
    (tmp_path / "src" / "b.txt").write_bytes(b"\x00binary")
    assert run(str(tmp_path / "src"), "--out", str(tmp_path / "out")).exit_code == 1
    assert list(facts(tmp_path / "out")) == ["a.json"]  # no stale b.json for `kg facts` or `kg view`


def test_unreadable_file_is_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text(SHORT, encoding="utf-8")
    locked = tmp_path / "locked.txt"
    locked.write_text(SHORT, encoding="utf-8")
    locked.chmod(0)
    if os.geteuid() == 0:  # root reads anything: simulate the permission error
        real = pathlib.Path.read_bytes

        def read_bytes(self: Path) -> bytes:
            if self.name == "locked.txt":
                raise PermissionError(13, "Permission denied", str(self))
            return real(self)

        monkeypatch.setattr(pathlib.Path, "read_bytes", read_bytes)
    result = run(str(tmp_path), "--out", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert result.stderr == f"kg: skipped {locked}: cannot read (Permission denied)\n"
    assert list(facts(tmp_path / "out")) == ["a.json"]


@pytest.mark.parametrize("where", ["under-a-file", "is-a-file"])
def test_unwritable_output_is_one_clear_line(tmp_path: Path, where: str) -> None:
    (tmp_path / "a.txt").write_text(SHORT, encoding="utf-8")
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    out = blocker / "out" if where == "under-a-file" else blocker
    result = run(str(tmp_path / "a.txt"), "--out", str(out))
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.output
    expected = "output folder is not writable (Not a directory)" if where == "under-a-file" else "output folder is a file"
    assert result.stderr == f"kg: error: {out}: {expected}\n"


def test_extractor_crash_on_one_file_skips_only_that_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    original = kg.extraction._extract

    def fragile(item: tuple[str, str]) -> dict[str, Any]:
        if item[0] == "b.txt":
            raise IndexError("string index out of range")
        return original(item)

    monkeypatch.setattr(kg.extraction, "_extract", fragile)
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(SHORT, encoding="utf-8")
    result = run(str(tmp_path), "--out", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert result.stderr == "kg: skipped b.txt: extraction failed (IndexError: string index out of range)\n"
    assert list(facts(tmp_path / "out")) == ["a.json"]
    strict = run(str(tmp_path), "--out", str(tmp_path / "strict"), "--strict")
    assert strict.exit_code == 1 and strict.stderr.startswith("kg: error: b.txt: extraction failed")
    assert not (tmp_path / "strict" / "facts").exists()


def test_corrupt_cache_entries_are_ignored(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(SHORT, encoding="utf-8")
    args = ["build", str(tmp_path / "a.txt"), "--out", str(tmp_path / "out"), "--jobs", "1", "--quiet", "--no-html"]
    assert CliRunner().invoke(app, args).exit_code == 0
    first = outputs(tmp_path / "out")
    for entry in (tmp_path / "out" / ".cache").glob("*.json"):
        entry.write_text('{"articles": [', encoding="utf-8")
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert outputs(tmp_path / "out") == first


# --- interruption ------------------------------------------------------------------------------------

# kill -9, SIGTERM and a full disk mid-build: see test_build_transaction.py


def test_ctrl_c_exits_130_with_one_line(tmp_path: Path) -> None:
    write_corpus(tmp_path / "src", 150, 3000)  # big enough that no build ends in the 0.5 s wait
    out = tmp_path / "out"
    proc = subprocess.Popen([str(KG), "build", str(tmp_path / "src"), "--out", str(out), "-j", "2", "--no-cache"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    deadline = time.time() + 30
    while not out.exists() and proc.poll() is None and time.time() < deadline:
        time.sleep(0.02)  # the output folder appears when extraction starts
    time.sleep(0.5)
    os.killpg(proc.pid, signal.SIGINT)  # like Ctrl-C in a terminal: the whole process group
    _, stderr = proc.communicate(timeout=30)
    assert proc.returncode == 130, stderr
    assert stderr.decode() == "kg: interrupted; previous outputs left intact\n"
    assert not (out / "facts").exists()


def test_markup_in_sources_does_not_reach_the_view_raw(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("新余市</script><script>alert(1)</script>公司：项目建设\n\n今年以来，"
                                    "新余市<img src=x onerror=alert(2)>公司安排重点项目154个，新余市青石大桥项目开工。<!--（钱金林）\n",
                                    encoding="utf-8")
    assert run(str(tmp_path / "a.txt"), "--out", str(tmp_path / "out")).exit_code == 0
    view = (tmp_path / "out" / "graph.html").read_text(encoding="utf-8")
    assert "img src=x onerror=alert" in view  # the text is there …
    for raw in ("</script><script>alert", "<img src=x", "<!--（"):
        assert raw not in view  # … but never as markup


# --- determinism, progress, fuzz ---------------------------------------------------------------------

def test_builds_are_byte_identical_across_runs_and_jobs(tmp_path: Path) -> None:
    write_corpus(tmp_path / "src" / "sub", 3, 1200)
    (tmp_path / "src" / "page.html").write_text(f"<h1>标题</h1><p>{SHORT}</p>", encoding="utf-8")
    (tmp_path / "src" / "gb.txt").write_bytes(SHORT.encode("gb18030"))
    builds = []
    for i, jobs in enumerate(("1", "1", "2")):
        out = tmp_path / f"out{i}"
        result = CliRunner().invoke(app, ["build", str(tmp_path / "src"), "--out", str(out), "-j", jobs, "-q",
                                             "--formats", "all"])
        assert result.exit_code == 0, result.output
        builds.append(outputs(out))
    assert len(builds[0]) == 5 + 6  # five facts files; graph.{ttl,nt,nq,jsonld}, void.ttl, graph.html
    assert builds[0] == builds[1] == builds[2]


def test_progress_bar_on_a_terminal(tmp_path: Path) -> None:
    write_corpus(tmp_path / "src", 3, 800)
    leader, follower = pty.openpty()
    proc = subprocess.Popen([str(KG), "build", str(tmp_path / "src"), "--out", str(tmp_path / "out"), "-j", "2"],
                            stdout=subprocess.PIPE, stderr=follower)
    os.close(follower)
    shown = b""
    while True:  # read as it comes, as a terminal does: a full pty buffer would block the bar
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # EIO: every writer has closed the terminal
            break
        if not chunk:
            break
        shown += chunk
    os.close(leader)
    assert proc.wait(timeout=60) == 0
    assert proc.stdout is not None
    assert b"extracting" in shown and b"built 3 files" in proc.stdout.read()


FUZZ = st.text(alphabet=st.one_of(st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),
                                  st.sampled_from("新余市县区乡镇村公司项目亿万元年月日%％")),
               max_size=6).map(lambda s: s)
PIECES = st.lists(st.one_of(FUZZ, st.sampled_from(["。", "，", "、", "；", "：", "“", "”", "（", "）", "《", "》",
                                                    "——", "……", "\n", "\n\n", " ", "\u3000", "\"", "'", "#",
                                                    "本报讯（记者张三）", "（李四）"]),
                            st.from_regex(r"[0-9]{1,4}(\.[0-9]{1,2})?", fullmatch=True)), max_size=60)


@settings(max_examples=50, deadline=None)
@given(pieces=PIECES)
def test_random_text_never_breaks_extraction(pieces: list[str]) -> None:
    text = "".join(pieces)
    doc = extract_document("fuzz.txt", text)
    json.loads(json.dumps(doc, ensure_ascii=False))
    for article in doc["articles"]:
        start, end = article["span"]
        assert 0 <= start <= end <= len(text)


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_a_signal_swallowed_by_a_finaliser_still_stops_the_build(signum: int) -> None:
    from kg.interrupts import terminate_as_interrupt

    with terminate_as_interrupt() as stop_if_asked:
        stop_if_asked()  # nothing received yet: goes on
        try:
            os.kill(os.getpid(), signum)
            time.sleep(0.1)
        except KeyboardInterrupt:
            pass  # as Python does with an exception raised inside a finaliser: printed and dropped
        with pytest.raises(KeyboardInterrupt):
            stop_if_asked()


class _SignalledFinaliser:
    """An object whose finaliser receives the signal (as a worker pool's may while the build tears it down)."""

    def __init__(self, signum: int) -> None:
        self.signum = signum

    def __del__(self) -> None:
        os.kill(os.getpid(), self.signum)
        time.sleep(0.1)


@pytest.mark.filterwarnings("error::pytest.PytestUnraisableExceptionWarning")  # a report would fail the test
@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_an_interrupt_dropped_in_a_finaliser_is_not_reported_to_the_user(signum: int, capsys) -> None:
    from kg.interrupts import terminate_as_interrupt

    with terminate_as_interrupt() as stop_if_asked:
        _SignalledFinaliser(signum)  # KeyboardInterrupt raised in __del__: Python drops it and reports it
        with pytest.raises(KeyboardInterrupt):
            stop_if_asked()
    assert capsys.readouterr().err == ""
