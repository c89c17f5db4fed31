"""The fast segmenter and tagger reproduce one jieba release: the pin, the install and the code agree.

Equality of outputs with jieba itself is tested in tests/test_speedups.py.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import jieba
import jieba.posseg
import pytest

from kg.lexicon import tokenizer
from kg.text.postag import JIEBA_VERSION, FastPOSTokenizer
from kg.text.segment import DagSegmenter

PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"


def test_pyproject_pins_exactly_the_release_the_code_reproduces() -> None:
    deps = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]["dependencies"]
    assert [d for d in deps if d.startswith("jieba")] == [f"jieba=={JIEBA_VERSION}"]


def test_installed_jieba_is_the_pinned_release() -> None:
    assert jieba.__version__ == JIEBA_VERSION


def test_the_overridden_private_method_still_exists_in_jieba() -> None:
    assert callable(getattr(jieba.posseg.POSTokenizer, "_POSTokenizer__cut", None))
    assert FastPOSTokenizer._POSTokenizer__cut is not jieba.posseg.POSTokenizer._POSTokenizer__cut


@pytest.mark.parametrize("text", [
    "老张在城东新开了一家豆腐坊",       # invented: an unknown name-like run for the HMM
    "欧阳晓峰昨天去了高铁站",
    "2025年第3季度，产值增长12.5%",     # digits, percent, full-width comma
    "abc 测试 ok!",
    "",
])
def test_fast_tools_equal_jieba_on_invented_sentences(text: str) -> None:
    tok = tokenizer()
    assert DagSegmenter(tok.FREQ, tok.total).cut(text) == tok.lcut(text, HMM=False)
    fast = [(p.word, p.flag) for p in FastPOSTokenizer(tok).cut(text)]
    slow = [(p.word, p.flag) for p in jieba.posseg.POSTokenizer(tok).cut(text)]
    assert fast == slow
