"""The CRF mention tagger: packaged, deterministic, and useful on open-domain news."""

from __future__ import annotations

import sys
from itertools import pairwise
from pathlib import Path

import pytest

from kg.extract import mentions_of_line
from kg.extract.tagger import available, spans_from_labels, tag_mentions

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
from train_tagger import bio_labels, is_heldout

pytestmark = pytest.mark.skipif(not available(), reason="tagger model or python-crfsuite not installed")


def test_people_and_posts_in_open_domain_text():
    found = {(m.text, m.type) for m in tag_mentions("据新华社记者王小明报道，腾讯公司总经理张伟昨天在深圳表示")}
    assert ("王小明", "Person") in found
    assert ("张伟", "Person") in found
    assert any(t == "Position" for _, t in found)


def test_tagging_is_deterministic_and_offsets_slice_the_text():
    text = "北京市海淀区人民法院院长李明说，中国人民银行将发布新规。"
    first, second = tag_mentions(text), tag_mentions(text)
    assert first == second
    for m in first:
        assert text[m.start:m.end] == m.text


def test_kg_mentions_prefers_the_tagger_and_fills_in_with_rules():
    line = "赣县区工信局局长朱春华表示，投资50亿元"
    found = mentions_of_line(line)
    assert all(line[m.start:m.end] == m.text for m in found)
    assert any(m.text == "朱春华" and m.type == "Person" for m in found)
    assert any(m.type == "Money" and m.text == "50亿元" for m in found)
    spans = sorted((m.start, m.end) for m in found)
    assert all(a[1] <= b[0] for a, b in pairwise(spans)), "mentions overlap"


def test_bio_conversion_round_trips_cluener_spans():
    record = {"text": "张三在北京", "label": {"name": {"张三": [[0, 1]]}, "address": {"北京": [[3, 4]]}}}
    labels = bio_labels(record)
    assert labels == ["B-PERSON", "I-PERSON", "O", "B-PLACE", "I-PLACE"]
    assert [(m.text, m.type) for m in spans_from_labels(record["text"], labels)] == [("张三", "Person"), ("北京", "Place")]


def test_heldout_split_is_a_stable_fifth():
    texts = [f"第{i}条新闻" for i in range(2000)]
    share = sum(map(is_heldout, texts)) / len(texts)
    assert 0.15 < share < 0.25
    assert [is_heldout(t) for t in texts[:50]] == [is_heldout(t) for t in texts[:50]]
