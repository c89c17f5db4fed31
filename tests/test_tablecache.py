"""The table cache (kg/tablecache.py): a table comes back only for the same inputs, and a cache that
cannot be read or written never fails the caller; the cached dictionary tables say what jieba says."""

from __future__ import annotations

from pathlib import Path

import jieba.posseg
import pytest

from kg import tablecache
from kg.tablecache import cached_table


class Builder:
    """A table builder that counts its calls."""

    def __init__(self, table: object) -> None:
        self.table, self.calls = table, 0

    def __call__(self) -> object:
        self.calls += 1
        return self.table


@pytest.fixture()
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_a_table_is_built_once_then_read_back(folder: Path) -> None:
    build = Builder({"宜春市": "prefecture"})
    assert cached_table("t", [b"a"], build) == {"宜春市": "prefecture"}
    assert cached_table("t", [b"a"], Builder({})) == {"宜春市": "prefecture"}
    assert build.calls == 1 and len(list(folder.iterdir())) == 1


def test_another_input_is_another_table(folder: Path, tmp_path: Path) -> None:
    data = tmp_path / "data.tsv"
    data.write_text("甲\n", encoding="utf-8")
    assert cached_table("t", [data], Builder(1)) == 1
    data.write_text("乙\n", encoding="utf-8")  # the file changed: the stored table is stale
    assert cached_table("t", [data], Builder(2)) == 2
    assert cached_table("t", [b"ab", b"c"], Builder(3)) == 3
    assert cached_table("t", [b"a", b"bc"], Builder(4)) == 4  # inputs are not simply concatenated
    assert cached_table("u", [data], Builder(5)) == 5  # nor are names


def test_a_corrupt_table_is_built_again(folder: Path) -> None:
    cached_table("t", [b"a"], Builder([1, 2]))
    (stored,) = folder.iterdir()
    stored.write_bytes(stored.read_bytes()[:5])
    build = Builder([1, 2])
    assert cached_table("t", [b"a"], build) == [1, 2] and build.calls == 1
    assert cached_table("t", [b"a"], Builder(None)) == [1, 2]  # stored again, whole


def test_an_unwritable_cache_only_costs_a_rebuild(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("KG_CACHE_DIR", str(blocker / "cache"))  # a folder under a file: mkdir fails
    build = Builder("table")
    assert cached_table("t", [b"a"], build) == "table" and cached_table("t", [b"a"], build) == "table"
    assert build.calls == 2


def test_off_turns_the_cache_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_CACHE_DIR", "off")
    assert tablecache.cache_folder() is None
    build = Builder("table")
    cached_table("t", [b"a"], build)
    cached_table("t", [b"a"], build)
    assert build.calls == 2


def test_the_default_folder_is_under_the_user_cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("KG_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert tablecache.cache_folder() == tmp_path / "govnews-kg"


def test_cached_dictionary_tables_match_jieba() -> None:
    """Every count :func:`kg.lexicon.frequency` gives back (from the cached weights) is jieba's own, and
    the segmenter and tagger built from the cache cut and tag as jieba does."""
    import jieba.posseg

    from kg.lexicon import _segmenter, frequency, tagged, tokenizer, words

    freq = tokenizer().FREQ
    assert all(frequency(word) == count for word, count in freq.items())
    assert frequency("没有这个词语吧") == 0
    text = "王炎生通过返乡创业带动农户增收，宜春市新建标准厂房30栋"
    assert words(text) == tokenizer().lcut(text, HMM=False)
    assert _segmenter().cut(text) == tokenizer().lcut(text, HMM=False)
    assert tagged(text) == [(p.word, p.flag) for p in jieba.posseg.POSTokenizer(tokenizer()).cut(text)]


def test_hmm_tables_are_jiebas() -> None:
    from jieba.posseg import char_state_tab_P, emit_P, start_P, trans_P
    from jieba.posseg.viterbi import MIN_FLOAT, MIN_INF

    from kg.text import hmmtag

    assert hmmtag.hmm_tables() == (char_state_tab_P, start_P, trans_P, emit_P)
    assert (hmmtag.MIN_FLOAT, hmmtag.MIN_INF) == (MIN_FLOAT, MIN_INF)
    assert hmmtag.word_tag_table() == jieba.posseg.dt.word_tag_tab


def test_with_a_warm_cache_extraction_needs_no_jieba(tmp_path: Path) -> None:
    """A worker process whose tables are cached never imports jieba (its dictionary load is the
    slowest part of a start-up), and extracts the same facts as one that builds them."""
    import json
    import os
    import subprocess
    import sys

    script = ("import json, sys\nfrom kg.document import extract_document\n"
              "doc = extract_document('x.txt', '宜春：园区建设提速\\n\\n今年以来，宜春市新建标准厂房30栋，"
              "总经理王炎生说，总投资12.5亿元。（林小雨）\\n')\n"
              "print(json.dumps([doc, 'jieba' in sys.modules], ensure_ascii=False))")
    env = {**os.environ, "KG_CACHE_DIR": str(tmp_path / "cache")}
    runs = [json.loads(subprocess.run([sys.executable, "-c", script], env=env, check=True, capture_output=True,
                                      text=True).stdout) for _ in range(2)]
    assert runs[0][0] == runs[1][0] and runs[0][1] and not runs[1][1]
    assert any(e["name"] == "王炎生" for e in runs[1][0]["articles"][0]["entities"])


def test_a_table_is_kept_once(folder: Path) -> None:
    """Storing a table made from new inputs removes the stale copy of that table, not other tables."""
    cached_table("t", [b"a"], Builder(1))
    cached_table("t-x", [b"a"], Builder(2))  # a name that begins like the other one
    cached_table("t", [b"b"], Builder(3))
    names = sorted(p.name.rsplit("-", 1)[0] for p in folder.iterdir())
    assert names == ["t", "t-x"]
    assert cached_table("t", [b"b"], Builder(None)) == 3 and cached_table("t-x", [b"a"], Builder(None)) == 2
