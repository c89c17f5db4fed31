"""A central body opening a clause with the sample it monitors publishes the state's figure, and the
sample's size is no statistic (kg/relate/stat_publishers.monitored_state, stat_caps.no_statistic), on short
invented texts; each table has texts where the rule must not fire."""

from __future__ import annotations

import pytest

from kg.document import extract_document


def observe(body: str) -> set[tuple[str, str, float]]:
    doc = extract_document("invented.txt", f"全国新闻\n\n{body}\n")
    return {(o["subject"], o["indicator"], o["value"]) for a in doc["articles"] for o in a["observations"]}


@pytest.mark.parametrize(("text", "expected"), [
    # a ministry's monitored sample: the country's figure, the sample's size none
    ("商务部重点监测的50个步行街客流量同比增长4%。", {("中国", "步行街客流量", 4)}),
    ("商务部监测数据显示，重点零售企业销售额增长5%。", {("中国", "重点零售企业销售额", 5)}),
    ("国家统计局统计的90种主要产品中，60种产品产量实现增长。", {("中国", "产品产量", 60)}),
    # the ministry's own deeds stay its own
    ("商务部在国内外举办11场贸易促进活动。", {("商务部", "国内外举办", 11)}),
    # a county's own count of what it surveyed stays; a monitoring station is no sample
    ("铜鼓县统计的企业有120家。", {("铜鼓县", "企业", 120)}),
    ("铜鼓县新增监测站5个。", {("铜鼓县", "新增监测站", 5)}),
])
def test_a_publishers_monitored_sample(text: str, expected: set) -> None:
    assert observe(text) == expected
