"""Targets and plans: a report's figures after its review carry the year planned, not the year reviewed.

Invented reports: a review section (``一、2030年工作回顾``) and plan sections (``二、2031年工作安排``,
``（一）主要预期目标``, a section after the review without a plan word); bulletins and news pages
without a review or a plan keep their own periods.
"""

from __future__ import annotations

import pytest

from kg.document import extract_document
from kg.relate.stat_plans import is_plan_heading, is_review_heading

REPORT = "2031年宜春市政府工作报告"


def periods(body: str, title: str = REPORT) -> set[tuple[float, str | None]]:
    doc = extract_document("t.txt", f"{title}\n\n{body}\n")
    return {(o["value"], o["period"]) for a in doc["articles"] for o in a["observations"]}


@pytest.mark.parametrize(("text", "year", "expected"), [
    ("二、2031年工作安排", 2030, True),
    ("（一）经济社会发展的主要预期目标", 2030, True),
    ("三、2031年重点任务", None, True),
    ("二、2031年全力推进的几件大事", 2030, True),  # a year after the document's own
    ("一、2030年工作回顾", 2030, False),
    ("一、过去一年全市发展取得新成效", 2030, False),
    ("（二）工业", 2030, False),
    ("二、2030年主要工作", 2030, False),  # the document's own year: looking back
    ("2031年1月15日在宜春市第六届人民代表大会第五次会议上", 2030, False),  # the date of the speech
])
def test_plan_headings(text: str, year: int | None, expected: bool) -> None:
    assert is_plan_heading(text, year) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("一、2030年工作回顾", True),
    ("一、牢记嘱托，全市建设取得新成效", True),
    ("二、2031年工作安排", False),
    ("三、建设人民满意政府", False),
])
def test_review_headings(text: str, expected: bool) -> None:
    assert is_review_heading(text, 2030) is expected


@pytest.mark.parametrize(("body", "expected"), [
    # review figures are of the year reviewed, plan figures of the year planned
    ("一、2030年工作回顾\n\n全市粮食产量达到210万吨。\n\n二、2031年工作安排\n\n新建城市公园12个。",
     {(210, "2030"), (12, "2031")}),
    # a nested target heading inside the plan, and a year the plan sentence names itself
    (("一、2030年工作回顾\n\n新增城镇就业5.2万人。\n\n二、2031年目标任务\n\n（一）主要预期目标\n\n"
     "地区生产总值增长6%左右。到2033年，全市建成5G基站9000个。"),
     {(5.2, "2030"), (6, "2031"), (9000, "2033")}),
    # a section after the review that names no plan still looks ahead (政府自身建设)
    (("一、牢记嘱托，全市建设取得新成效\n\n全市接待游客达到3100万人次。\n\n二、建设人民满意政府\n\n"
     "压减一般性支出8%。"), {(3100, "2030"), (8, "2031")}),
    # 一是… lines under 一、 headings are no top sections: the review goes on through them
    (("一、2030年工作回顾\n\n一是稳住工业基本盘\n\n全市规模以上工业增加值增长7.7%。\n\n二、2031年工作安排\n\n"
     "一是扩大有效投资\n\n新开工重大项目80个。"), {(7.7, "2030"), (80, "2031")}),
    # the date line of the speech opens no plan: the review is still the year reviewed
    ("2031年1月15日在宜春市第六届人民代表大会第五次会议上\n\n一、2030年工作回顾\n\n全市森林覆盖率达到67.3%。",
     {(67.3, "2030")}),
    # a sub-heading with a plan word inside the review stays in the review
    ("一、2030年工作回顾\n\n（一）重点任务全面完成\n\n新建农村公路460公里。", {(460, "2030")}),
])
def test_report_sections(body: str, expected: set) -> None:
    assert periods(body) == expected


@pytest.mark.parametrize(("title", "body", "expected"), [
    # a bulletin's numbered sections are neither review nor plan: the bulletin's year
    ("铜鼓县2027年国民经济和社会发展统计公报", "一、农业\n\n全年粮食产量12.4万吨。\n\n二、工业\n\n全年规模以上工业增加值增长8.1%。",
     {(12.4, "2027"), (8.1, "2027")}),
    # a news page without sections: no period is made up
    ("铜鼓县新增一批民宿", "铜鼓县新开民宿35家。", {(35, None)}),
])
def test_no_plan_without_a_review_or_a_plan(title: str, body: str, expected: set) -> None:
    assert periods(body, title) == expected


def targets(body: str, title: str = REPORT) -> dict[float, bool]:
    doc = extract_document("t.txt", f"{title}\n\n{body}\n")
    return {o["value"]: o.get("target", False) for a in doc["articles"] for o in a["observations"]}


@pytest.mark.parametrize(("title", "body", "expected"), [
    # a plan's figures are targets, the review's are results
    (REPORT, "一、2030年工作回顾\n\n全市粮食产量达到210万吨。\n\n二、2031年工作安排\n\n新建城市公园12个。",
     {210: False, 12: True}),
    # outside any review, a sentence that sets a goal (力争, 预期目标) gives targets
    ("铜鼓县加快工业发展", "铜鼓县力争全年规模以上工业增加值增长9%。", {9: True}),
    # 争取 also reports what was obtained: no target
    ("铜鼓县科技工作成效明显", "铜鼓县累计争取科技经费750万元，新增高新技术企业13家。", {7500000: False, 13: False}),
])
def test_targets_are_flagged(title: str, body: str, expected: dict) -> None:
    assert targets(body, title) == expected
