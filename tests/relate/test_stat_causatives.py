"""A causative verb before a change (让|车辆利用效率提升50%, 带动|预算收入增长6%) and a base back in time
(较十年前, 相比上一年度) are no part of what changes; on short invented texts, with texts where the rule
must not fire."""

from __future__ import annotations

import pytest

from kg.document import extract_document
from kg.relate.stat_causes import without_causative


def indicators(body: str) -> set[tuple[str, float]]:
    doc = extract_document("invented.txt", f"铜鼓县新闻\n\n{body}\n")
    return {(o["indicator"], o["value"]) for a in doc["articles"] for o in a["observations"]}


@pytest.mark.parametrize(("text", "expected"), [
    # a causative, a measured noun phrase, then a change word or a level reached: the noun phrase
    ("铜鼓县通过智能调度，让车辆利用效率提升约50%。", {("车辆利用效率", 50)}),
    ("铜鼓县新技术使竹材利用率提高了12%。", {("竹材利用率", 12)}),
    ("铜鼓县将推动全县高新技术企业数突破150家。", {("高新技术企业数", 150)}),
    ("铜鼓县推动工业产值占全县生产总值比重达到40%。", {("工业产值占全县生产总值比重", 40)}),
    # the causative's object is the deed counted or the amount (no change after it): it stays
    ("铜鼓县以旧换新带动销售1.2亿元。", {("以旧换新带动销售", 120000000)}),
    ("铜鼓县推动成果转化20项。", {("推动成果转化", 20)}),
    # what follows names no measured quantity: the verb stays with it
    ("铜鼓县带动就业增长5%。", {("带动就业", 5)}),
    # a contribution to a growth (拉动, or points of growth) is a statistic of its own: the verb stays
    ("铜鼓县新业务拉动电信业务收入增长2.7%。", {("新业务拉动电信业务收入", 2.7)}),
    ("铜鼓县新业务带动电信业务收入增长2.7个百分点。", {("新业务带动电信业务收入", 2.7)}),
])
def test_a_causative_before_a_change(text: str, expected: set) -> None:
    assert indicators(text) == expected


@pytest.mark.parametrize(("indicator", "expected"), [
    ("让车辆利用效率", "车辆利用效率"), ("带动一般公共预算收入", "一般公共预算收入"), ("使产业比重", "产业比重"),
    ("带动销售", "带动销售"), ("推动", "推动"), ("使用率", "使用率"), ("推动者数量", "推动者数量"),
])
def test_without_causative(indicator: str, expected: str) -> None:
    assert without_causative(indicator) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a base back in time or a plan period before the change word is no part of the indicator
    ("铜鼓县毛竹产量较十年前增长54%。", {("毛竹产量", 54)}),
    ("铜鼓县参保人数较“十三五”末增加2.9万人。", {("参保人数", 2.9)}),
    ("铜鼓县竹材利用效率较原来提升30%。", {("竹材利用效率", 30)}),
    ("铜鼓县专利登记共2800件，相比上一年度增长了300件。", {("专利登记", 2800), ("专利登记", 300)}),
    ("报告显示，铜鼓县专利登记共2800件。", {("专利登记", 2800)}),
    # the bases read before stay read
    ("铜鼓县毛竹产量比上年增长5%。", {("毛竹产量", 5)}),
])
def test_a_base_before_the_change(text: str, expected: set) -> None:
    assert indicators(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a quotation opening the indicator stays whole, numerals inside it too
    ("铜鼓县“两新”政策带动汽车消费3000台。", {("“两新”政策带动汽车消费", 3000)}),
    ("铜鼓县“三新”经济增加值增长6%。", {("“三新”经济增加值", 6)}),
    ("铜鼓县“保交房”交付率达到96%。", {("“保交房”交付率", 96)}),
    # a quotation inside the phrase, or none: unchanged
    ("铜鼓县专精特新“小巨人”企业达到12家。", {("专精特新“小巨人”企业", 12)}),
    ("铜鼓县两家企业产值增长6%。", {("企业产值", 6)}),
])
def test_a_quotation_opening_the_indicator(text: str, expected: set) -> None:
    assert indicators(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a bare total (总数, 总量, 数量) is the total of the noun phrase named before it
    ("铜鼓县新增规模以上工业企业35户，总数达到319户。", {("新增规模以上工业企业", 35), ("规模以上工业企业总数", 319)}),
    ("铜鼓县新增光伏装机12万千瓦、总量达到64万千瓦。", {("新增光伏装机", 12), ("光伏装机总量", 64)}),
    ("铜鼓县白鹤种群的数量达255只。", {("白鹤种群的数量", 255)}),
    # a named total, or a share after 的, stays as it was read
    ("铜鼓县企业总数达到319户。", {("企业总数", 319)}),
    ("铜鼓县服务业增加值占生产总值的比重达到55%。", {("服务业增加值占生产总值的比重", 55)}),
])
def test_a_bare_total_of_the_noun_before(text: str, expected: set) -> None:
    assert indicators(text) == expected
