"""The noun printed after a physical measure names what it measures when the words before name no
thing (净增10万吨|竹材, 已完成20公里|管网改造), on short invented texts; each table has texts where the
rule must not fire; and a milestone passed before the level reached (突破50亿元，达到53亿元)."""

from __future__ import annotations

import pytest

from kg.document import extract_document
from kg.relate.stat_nouns import names_no_noun, opens_with_noun


def indicators(body: str) -> set[tuple[str, float]]:
    doc = extract_document("invented.txt", f"铜鼓县新闻\n\n{body}\n")
    return {(o["indicator"], o["value"]) for a in doc["articles"] for o in a["observations"]}


@pytest.mark.parametrize(("text", "expected"), [
    # a change word or a bare deed before the value: the noun after it is what is measured
    ("铜鼓县去年净增8万吨毛竹。", {("毛竹", 8)}),
    ("铜鼓县今年已完成35公里供水老旧管网改造。", {("完成供水老旧管网改造", 35)}),
    ("铜鼓县力争再建成60万千瓦光伏基地。", {("建成光伏基地", 60)}),
    ("铜鼓县增加3万吨产能。", {("产能", 3)}),
    # a noun before the value names it already
    ("铜鼓县粮食产量达42万吨。", {("粮食产量", 42)}),
    ("铜鼓县新增造林3万亩。", {("新增造林", 3)}),
    # the value modified by a phrase with 的 is itself the level compared; a place word after it is no noun
    ("铜鼓县装机容量突破50万千瓦，比五年前的20万千瓦翻了一番。", {("装机容量", 50), ("装机容量", 20)}),
    ("铜鼓县公交车运行1万公里后检修。", {("公交车运行", 1)}),
])
def test_the_noun_after_a_physical_measure(text: str, expected: set) -> None:
    assert indicators(text) == expected


@pytest.mark.parametrize("text", ["铜鼓县实现沿河1公里内养殖场清零。", "铜鼓县保护周边2公里范围内林地。"])
def test_a_radius_measures_no_noun_after_it(text: str) -> None:
    found = indicators(text)
    assert not any("养殖场" in indicator or "林地" in indicator for indicator, _ in found)


@pytest.mark.parametrize(("indicator", "expected"), [
    ("已建成", True), ("累计新增", True), ("", True),
    ("完成投资", False), ("粮食产量", False), ("吞吐量", False),
])
def test_names_no_noun(indicator: str, expected: bool) -> None:
    assert names_no_noun(indicator) is expected


@pytest.mark.parametrize(("phrase", "expected"), [("竹材", True), ("产能", True), ("后检修", False), ("在路上", False)])
def test_opens_with_noun(phrase: str, expected: bool) -> None:
    assert opens_with_noun(phrase) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # a round milestone passed, then the level reached in the next clause: only the level is a statistic
    ("铜鼓县竹产业产值首次突破50亿元，达到53亿元，同比增长6%。", {("竹产业产值", 5300000000), ("竹产业产值", 6)}),
    ("铜鼓县游客接待量突破300万人次大关，达到312万人次。", {("游客接待量", 312)}),
    # a milestone with no level after it stays the figure
    ("铜鼓县竹产业产值突破50亿元，同比增长6%。", {("竹产业产值", 5000000000), ("竹产业产值", 6)}),
    ("铜鼓县森林覆盖率突破80%，位居全省前列。", {("森林覆盖率", 80)}),
    # a level reached without a milestone before it: both values stay
    ("铜鼓县竹产业产值50亿元，达到全市的三成。", {("竹产业产值", 5000000000)}),
])
def test_a_milestone_passed_before_the_level(text: str, expected: set) -> None:
    assert indicators(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a value read with its bound (超过, 超) is a mark passed when the next clause reaches a level in the
    # same measure word
    ("铜鼓县游客接待量超过300万人次，达到312万人次。", {("游客接待量", 312)}),
    ("铜鼓县竹产业产值首次超过50亿元，达到53亿元。", {("竹产业产值", 5300000000)}),
    ("铜鼓县企业数量超400家，达412家。", {("企业数量", 412)}),
    # 为 opening no level of the same measure word, a change's bound, no level after it: the value stays
    ("铜鼓县外资企业数量超过400家，为五年来最高。", {("外资企业数量", 400)}),
    ("铜鼓县建成服务平台超过40个，为400多家企业提供服务。", {("建成服务平台", 40), ("企业", 400)}),
    ("铜鼓县林地面积净增超过3万亩，达到212万亩。", {("林地面积", 3), ("林地面积", 212)}),
    ("铜鼓县企业数量超过400家，同比增长5%。", {("企业数量", 400), ("企业数量", 5)}),
])
def test_a_bound_passed_before_the_level(text: str, expected: set) -> None:
    assert indicators(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a round mark printed with no unit of its own is no part of the indicator of the level reached
    ("铜鼓县经济总量突破百亿、达到102亿元。", {("经济总量", 10200000000)}),
    ("铜鼓县人均生产总值突破5万关口、达到5.2万元。", {("人均生产总值", 52000)}),
    # a mark inside the noun (突破百亿的企业) stays where it is
    ("铜鼓县产值突破百亿的企业达到3家。", {("企业", 3)}),
])
def test_a_mark_without_unit_leaves_the_indicator(text: str, expected: set) -> None:
    assert indicators(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a counted noun opening with 高, 长 or 宽 is no size of the value before it
    ("铜鼓县新增12家高新技术企业。", {("新增高新技术企业", 12)}),
    ("铜鼓县已建成8万亩高标准农田。", {("建成高标准农田", 8)}),
    ("铜鼓县现有3所高校。", {("高校", 3)}),
    # …but one character ending the phrase describes a size of one thing, no statistic
    ("铜鼓县那座古塔约30米高，是县城的地标。", set()),
    ("铜鼓县那座石桥200米长的桥面刚刚翻新。", set()),
])
def test_a_noun_opening_with_a_size_word_is_counted(text: str, expected: set) -> None:
    assert indicators(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a code's digits after its letters (a train's number, an aircraft's model) are no value
    ("铜鼓县今天开出首趟K1057次旅客列车。", set()),
    ("铜鼓县机场迎来AG600飞机。", set()),
    # a count with no letter before it stays
    ("铜鼓县今年开行旅游专列120次。", {("开行旅游专列", 120)}),
])
def test_a_code_is_no_value(text: str, expected: set) -> None:
    assert indicators(text) == expected
