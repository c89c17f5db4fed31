"""A count right after the names it counts (新增甲山、乙湖2家景区) measures the noun after the count, not
the last name listed; on short invented texts, with texts where the rule must not fire."""

from __future__ import annotations

import pytest

from kg.document import extract_document
from kg.relate.stat_indicators import counted_noun
from kg.relate.stat_lists import listed_items


def indicators(body: str) -> set[tuple[str, float]]:
    doc = extract_document("invented.txt", f"铜鼓县新闻\n\n{body}\n")
    return {(o["indicator"], o["value"]) for a in doc["articles"] for o in a["observations"]}


@pytest.mark.parametrize(("text", "expected"), [
    # names listed before a count of them and its noun: the verb before the list and the noun
    ("铜鼓县去年新增甲山、乙湖2家5A级景区。", {("新增5A级景区", 2)}),
    ("铜鼓县力争打造竹木、电子、装备制造3个百亿级产业。", {("打造百亿级产业", 3)}),
    ("铜鼓县东源、西坑2个现代农业产业园获批。", {("现代农业产业园", 2)}),
    ("铜鼓县供水工程涵盖甲镇、乙镇、丙镇3个乡镇。", {("供水工程涵盖乡镇", 3)}),
    # a count of its own after each item, a list of deeds, examples closed by 等, no noun after the count
    ("铜鼓县建设人才（团队）100个、技术产品（项目）100个。", {("建设人才（团队）", 100), ("技术产品（项目）", 100)}),
    ("铜鼓县打通断头路、大桥建成通车、建成5座人行天桥。", {("建成人行天桥", 5)}),
    ("铜鼓县修订、制定规章12件。", {("修订、制定规章", 12)}),
])
def test_a_count_of_the_names_listed_before_it(text: str, expected: set) -> None:
    assert indicators(text) == expected


@pytest.mark.parametrize(("head", "expected"), [
    ("新增甲山、乙湖", 5), ("甲山、乙湖", 5), ("打造电子信息、装备制造", 9),
    ("建设人才100个、项目", 0), ("甲、乙等", 0), ("打通断头路、大桥建成通车、建成", 0), ("新增甲山", 0),
    ("代表和专家、学者的", 0), ("赛事将在华北、东北", 0),
])
def test_listed_items(head: str, expected: int) -> None:
    assert listed_items(head) == expected


@pytest.mark.parametrize(("clause", "end", "expected"), [
    ("新增2家5A级景区，", 4, "5A级景区"), ("形成3个千亿级产业集群。", 4, "千亿级产业集群"),
    ("达到5A级，", 2, ""), ("新增160家企业", 6, "企业"),
])
def test_a_grade_before_the_counted_noun(clause: str, end: int, expected: str) -> None:
    assert counted_noun(clause, end) == expected
