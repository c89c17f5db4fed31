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


@pytest.mark.parametrize(("text", "expected"), [
    # 全国 and a kind of institution each place has (courts, museums, hospitals): the country's figure,
    # the kind opening the indicator
    ("全国法院去年审结知识产权案件52万件。", {("中国", "法院审结知识产权案件", 52)}),
    ("全国备案博物馆数量达到6800家，其中免费开放6100家。",
     {("中国", "备案博物馆数量", 6800), ("中国", "备案博物馆免费开放", 6100)}),
    ("全国互联网医院年服务量超过9000万人次。", {("中国", "互联网医院服务量", 9000)}),
    # a national body of its own name, or a body of one place, stays itself
    ("全国总工会今年帮扶困难职工30万人。", {("全国总工会", "帮扶困难职工", 30)}),
    ("铜鼓县人民法院去年审结案件3200件。", {("铜鼓县人民法院", "审结案件", 3200)}),
])
def test_a_nationwide_kind_of_institution(text: str, expected: set) -> None:
    assert observe(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a public body's rate or amount of a country named opening the indicator: the country's figure
    ("日本内阁府日前将日本经济增长率预期由1.2%下调至0.8%。",
     {("日本", "经济增长率预期", 1.2), ("日本", "经济增长率预期", 0.8)}),
    ("美国联邦储备委员会日前将美国国内生产总值增速由2.1%下调至1.7%。",
     {("美国", "国内生产总值增速", 2.1), ("美国", "国内生产总值增速", 1.7)}),
    # a deed done in the country (发行 in 英国伦敦): the body keeps it
    ("财政部日前在英国伦敦成功发行60亿元人民币绿色主权债券。", {("财政部", "英国伦敦成功发行", 6000000000)}),
])
def test_a_countrys_figure_a_body_reports(text: str, expected: set) -> None:
    assert observe(text) == expected
