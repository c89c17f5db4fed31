"""Statistics of work reports, ninth round, on short invented reports: a list of indicators sharing one
value before 均, a level held named in its own clause, a rank's move, a rule's floor for each unit, and
an indicator whose first word the dictionary splits. Every table has texts where the rule must not fire."""

from __future__ import annotations

import pytest

from kg.document import extract_document
from kg.relate.stat_alike import each_alike, steady_indicator
from kg.relate.stat_indicators import clean_indicator

REPORT = "2031年宜春市政府工作报告"


def observed(body: str) -> set[tuple[str, float, str]]:
    doc = extract_document("t.txt", f"{REPORT}\n\n{body}\n")
    return {(o["indicator"], o["value"], o["unit"]) for a in doc["articles"] for o in a["observations"]}


@pytest.mark.parametrize(("text", "expected"), [
    # each item of a list before 均 is measured by the one value after it
    ("全市游客人数和旅游收入均增长12%。", {("游客人数", 12.0, "%"), ("旅游收入", 12.0, "%")}),
    ("全市粮食、油料抽检合格率均超过98%。", {("粮食抽检合格率", 98.0, "%"), ("油料抽检合格率", 98.0, "%")}),
    ("全市城镇和农村居民人均可支配收入均增长6%。",
     {("城镇居民人均可支配收入", 6.0, "%"), ("农村居民人均可支配收入", 6.0, "%")}),
    ("全市卫生厕所、污水处理设施覆盖率和垃圾分类率均提高4个百分点。",
     {("卫生厕所覆盖率", 4.0, "个百分点"), ("污水处理设施覆盖率", 4.0, "个百分点"), ("垃圾分类率", 4.0, "个百分点")}),
    ("全市光伏装机容量和发电量占比均超过40%。", {("光伏装机容量占比", 40.0, "%"), ("发电量占比", 40.0, "%")}),
    ("全市接待游客人次、游客总花费增速均达到15%。", {("接待游客人次增速", 15.0, "%"), ("游客总花费增速", 15.0, "%")}),
    # not a list before 均: an average (人均, 年均), 均衡, or one indicator
    ("全市居民人均可支配收入增长6%。", {("居民人均可支配收入", 6.0, "%")}),
    ("全市农民收入均衡增长7%。", {("农民收入均衡", 7.0, "%")}),
])
def test_a_list_before_jun_shares_its_value(text: str, expected: set[tuple[str, float, str]]) -> None:
    assert observed(text) == expected


@pytest.mark.parametrize(("clause", "start", "expected"), [
    ("游客人数和旅游收入均增长12%", 11, ["游客人数", "旅游收入"]),
    ("人大代表建议、政协提案办结率均为100%", 15, ["人大代表建议办结率", "政协提案办结率"]),
    # places or sectors listed name no statistic: no list of indicators
    ("甲县、乙县均增长5%", 8, None),
    ("各项贷款余额增长9%", 8, None),
])
def test_each_alike(clause: str, start: int, expected: list[str] | None) -> None:
    assert each_alike(clause, start) == expected


@pytest.mark.parametrize(("clause", "previous", "expected"), [
    ("居民消费价格与上年基本持平", "一般公共预算收入", "居民消费价格"),
    ("粮食产量与上年持平", "", "粮食产量"),
    # the clause names nothing before the comparison: the indicator of the clause before
    ("与上年持平", "机械播种面积", "机械播种面积"),
    ("同比基本持平", "货物周转量", "货物周转量"),
    ("总体与上年持平", "", ""),
])
def test_a_level_held_is_of_its_own_noun(clause: str, previous: str, expected: str) -> None:
    assert steady_indicator(clause, previous) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("全市一般公共预算收入增长3%，居民消费价格与上年基本持平。",
     {("一般公共预算收入", 3.0, "%"), ("居民消费价格", 0, "%")}),
    ("全市蔬菜播种面积40千公顷，与上年持平。", {("蔬菜播种面积", 40.0, "千公顷"), ("蔬菜播种面积", 0, "%")}),
])
def test_a_level_held_in_a_report(text: str, expected: set[tuple[str, float, str]]) -> None:
    assert observed(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a rank's move is places on a list, no statistic
    ("全市区域创新能力全国排名上升6位。", set()),
    ("市交通集团全省百强企业位次前移12位。", set()),
    # people counted in 位 and a rise of a rate stay
    ("全市新增两院院士3位。", {("新增两院院士", 3.0, "位")}),
    ("全市研发投入强度上升0.3个百分点。", {("研发投入强度", 0.3, "个百分点")}),
])
def test_a_rank_moved_is_no_statistic(text: str, expected: set[tuple[str, float, str]]) -> None:
    assert observed(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a floor set for each unit (各县, 每个乡镇) is a rule, no statistic
    ("各县区至少建设1家普惠托育机构。", set()),
    ("支持每个乡镇至少办好1所寄宿制学校。", set()),
    ("各级干部联系至少2户困难家庭。", set()),
    # a plan's floor for the whole place stays a target, without the bound in its indicator
    ("今年新建至少20家智慧工厂。", {("新建智慧工厂", 20.0, "家")}),
])
def test_a_floor_for_each_unit_is_a_rule(text: str, expected: set[tuple[str, float, str]]) -> None:
    assert observed(text) == expected


@pytest.mark.parametrize(("phrase", "expected"), [
    # 普|惠: the dictionary splits a word it lacks; its first character is no adverb before the phrase
    ("普惠率", "普惠率"),
    ("普惠小微贷款余额", "普惠小微贷款余额"),
    # an adverb before a change still goes
    ("大幅增长", "增长"),
])
def test_a_split_word_keeps_its_first_character(phrase: str, expected: str) -> None:
    assert clean_indicator(phrase) == expected


def subjects(body: str) -> set[tuple[str, str, float]]:
    doc = extract_document("t.txt", f"{REPORT}\n\n{body}\n")
    return {(o["subject"], o["indicator"], o["value"]) for a in doc["articles"] for o in a["observations"]}


@pytest.mark.parametrize(("text", "expected"), [
    # a body named before the papers filed with or by it (政协提案, 省政府规章) is whose papers, no subject
    ("办理全国政协提案5件、市政协提案310件。", {("宜春市", "办理全国政协提案", 5.0), ("宜春市", "市政协提案", 310.0)}),
    ("立改废市政府规章6件。", {("宜春市", "立改废市政府规章", 6.0)}),
    # a body opening the clause with its own deed stays the subject
    ("市政府出台规章6件。", {("宜春市人民政府", "出台规章", 6.0)}),
])
def test_papers_of_a_body_are_the_places(text: str, expected: set[tuple[str, str, float]]) -> None:
    assert subjects(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the words before 、 are a clause of their own (a value of their own, a state reached after a noun):
    # what the value measures starts after the 、
    ("全市光伏发电量超过80亿度、装机占比达到40%。", {("装机", 40.0)}),
    ("城区雨污分流设施全覆盖、污水集中收集率达到75%。", {("污水集中收集率", 75.0)}),
    ("市民服务中心改革顺利推进、即办事项占比达到68%。", {("即办事项", 68.0)}),
    # a list of things or of verbs before the count is no clause: the list stays whole
    ("新增远程会诊应用、检查结果互认医院30家。", {("新增远程会诊应用、检查结果互认医院", 30.0)}),
    ("新建、改造城市绿道80公里。", {("新建、改造城市绿道", 80.0)}),
])
def test_a_clause_before_a_comma_of_enumeration(text: str, expected: set[tuple[str, float]]) -> None:
    doc = extract_document("t.txt", f"{REPORT}\n\n{text}\n")
    assert {(o["indicator"], o["value"]) for a in doc["articles"] for o in a["observations"]} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # after the 、 only a change or a level: the value is of what the clause before named
    ("全市二氧化硫年均浓度8微克/立方米、下降5%。", {("二氧化硫年均浓度", 5.0)}),
    ("全市民宿游客人数达120万、增长18%。", {("民宿游客人数", 18.0)}),
])
def test_a_change_after_a_value_printed_whole(text: str, expected: set[tuple[str, float]]) -> None:
    doc = extract_document("t.txt", f"{REPORT}\n\n{text}\n")
    assert {(o["indicator"], o["value"]) for a in doc["articles"] for o in a["observations"]} >= expected


@pytest.mark.parametrize(("text", "expected"), [
    # a count of a bare level (5个国家级、) is of the noun the next count names after its own level
    ("新增4个国家级、30个省级技能大师工作室。", {("新增国家级技能大师工作室", 4.0), ("省级技能大师工作室", 30.0)}),
    ("建成2个省级、9个市级现代农业产业园。", {("建成省级现代农业产业园", 2.0), ("市级现代农业产业园", 9.0)}),
    # a level with its own noun keeps it
    ("新增3个国家级工作室、8个省级实验室。", {("新增国家级工作室", 3.0), ("省级实验室", 8.0)}),
])
def test_a_bare_level_counted_shares_the_next_noun(text: str, expected: set[tuple[str, float]]) -> None:
    doc = extract_document("t.txt", f"{REPORT}\n\n{text}\n")
    assert {(o["indicator"], o["value"]) for a in doc["articles"] for o in a["observations"]} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # one example named right before 等 and the count names no indicator: the verb and the noun counted do
    ("完成东门等12个商圈改造。", {("完成商圈改造", 12.0)}),
    ("整治提升南湖桥等30座桥下空间。", {("整治提升桥下空间", 30.0)}),
    # no 等: the words before the count stay
    ("完成东门商圈改造12个。", {("完成东门商圈改造", 12.0)}),
    # 医|共|体: a character the dictionary splits off inside a word is no 共 of a total
    ("建成紧密型县域医共体9个。", {("建成紧密型县域医共体", 9.0)}),
    ("全县共有规上企业120家。", {("规上企业", 120.0)}),
    # a rank that may move is a rank too
    ("全市综合实力全国排名有望上升5位。", set()),
])
def test_examples_split_words_and_ranks(text: str, expected: set[tuple[str, float]]) -> None:
    doc = extract_document("t.txt", f"{REPORT}\n\n{text}\n")
    assert {(o["indicator"], o["value"]) for a in doc["articles"] for o in a["observations"]} == expected


def test_a_noun_before_deng_with_no_verb_stays() -> None:
    doc = extract_document("t.txt", f"{REPORT}\n\n改造城中村、老旧厂房、危旧农房等2.5万户。\n")
    assert {o["indicator"] for a in doc["articles"] for o in a["observations"]} == {"危旧农房"}


@pytest.mark.parametrize(("phrase", "expected"), [
    # a 的 inside a quoted name is the name's, no modifier to cut
    ("“经认证的经营者”（AEO）达到", "“经认证的经营者”（AEO）"),
    ("“绿色的工厂”认定数", "“绿色的工厂”认定数"),
    # a 的 outside one still ends the modifier
    ("全市认证的企业", "企业"),
    # a mark passed in front of the nation (在全国率先破亿) before the level reached
    ("光伏装机在全国率先破亿、达到", "光伏装机"),
    ("新能源装机突破千万、达到", "新能源装机"),
])
def test_quoted_names_and_marks_passed(phrase: str, expected: str) -> None:
    assert clean_indicator(phrase) == expected
