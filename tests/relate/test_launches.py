"""launches: the own place of a local paper or a report launches its projects; a broadcaster's news
items name no launcher but a body that builds; expressways and railways are no county's launch."""

from __future__ import annotations

import pytest

from kg.document import extract_document


def launches(text: str) -> set[tuple[str, str, str]]:
    doc = extract_document("invented.txt", text)
    return {(r["head"], r["rel"], r["tail"]) for a in doc["articles"] for r in a["relations"] if r["rel"] == "launches"}


def news_items(first_body: str) -> str:
    """A page of three TV-news items, the first one with ``first_body``."""
    return (f"甲地新项目今天开工\n\n{first_body}\n\n乙县举办农民丰收节\n\n今天，乙县丰收节开幕，农民载歌载舞。\n\n"
            "丙镇新建小学正式开学\n\n今天，丙镇小学迎来首批学生入学。\n")


@pytest.mark.parametrize(("body", "expected"), [
    # the body that builds, named in the project's clause
    ("今天，青石能源集团在福建宁德开工建设白云山抽水蓄能电站。",
     {("青石能源集团", "launches", "白云山抽水蓄能电站")}),
    # a place that hosts the work is no launcher in a broadcaster's item
    ("今天，福建白云山抽水蓄能电站正式开工建设，总投资80亿元。", set()),
    # a body elsewhere in the sentence that does not build it
    ("今天，白云山抽水蓄能电站开工建设，青石能源集团负责人介绍了情况。", set()),
    # a site of kind other (an airport in service) before 建设工地 is where work goes on, no builder
    ("在四川成都新机场建设工地、在青石高铁甲乙段，工程建设者日夜奋战。", set()),
])
def test_news_items_name_only_the_builder(body, expected):
    assert launches(news_items(body)) == expected


def test_a_county_paper_launches_its_own_works():
    text = "分宜县项目建设提速\n\n分宜县青石新材料项目开工，分宜县白云大桥建成通车。\n"
    assert launches(text) == {("分宜县", "launches", "分宜县青石新材料项目"), ("分宜县", "launches", "分宜县白云大桥")}


@pytest.mark.parametrize("sentence", [
    "分宜县青石高速公路建成通车。",   # an expressway is planned by the province, not the county
    "全县8条高速公路建成通车。",       # no particular work
    "白云至青石铁路开通运营。",
])
def test_a_county_does_not_launch_network_works(sentence):
    assert launches(f"分宜县交通建设提速\n\n{sentence}分宜县人民医院新大楼开工。\n") == {
        ("分宜县", "launches", "分宜县人民医院新大楼")}


def relations(text: str, rel: str) -> set[tuple[str, str, str]]:
    doc = extract_document("invented.txt", text)
    return {(r["head"], r["rel"], r["tail"]) for a in doc["articles"] for r in a["relations"] if r["rel"] == rel}


@pytest.mark.parametrize(("body", "expected"), [
    # a company that builds the work in its clause owns it
    ("今天，青石能源集团在福建宁德开工建设白云山抽水蓄能电站。", {("青石能源集团", "investsIn", "白云山抽水蓄能电站")}),
    # a company in another clause does not
    ("今天，白云山抽水蓄能电站开工建设，青石能源集团负责人介绍了情况。", set()),
    # it builds every work of the list it opens, items with their own head or sharing one
    ("今天，青石能源集团在福建开工建设白云山水电站、青龙湖水电站。",
     {("青石能源集团", "investsIn", "白云山水电站"), ("青石能源集团", "investsIn", "青龙湖水电站")}),
    ("今天，国家电网在福建宁德、龙岩分别开工建设白云山、青龙湖两座抽水蓄能电站。",
     {("国家电网", "investsIn", "白云山抽水蓄能电站"), ("国家电网", "investsIn", "青龙湖抽水蓄能电站")}),
    # a trade name between the place and the product of a plant's name builds it
    ("今天，株洲青虹新能源汽车项目建成投产。", {("青虹", "investsIn", "株洲青虹新能源汽车项目")}),
    # a list after another verb's object is not built by it
    ("今天，青石能源集团考察了白云山水电站，青龙湖水电站开工建设。", set()),
])
def test_the_company_that_builds_invests_in_it(body, expected):
    assert relations(news_items(body), "investsIn") == expected


@pytest.mark.parametrize("sentence", [
    "分宜县人民医院新外科大楼正式启用。",   # a hospital's building: the owner is not said
    "分宜县人民医院综合楼项目开工。",
])
def test_a_public_body_in_the_name_is_no_investor(sentence):
    assert relations(f"分宜县卫生事业发展\n\n{sentence}\n", "investsIn") == set()


COMPANY = "青石化工有限公司扎根分宜县二十年。"


@pytest.mark.parametrize(("body", "expected"), [
    # 这家企业 stands for the company named last; the project in its sentence is its own
    (COMPANY + "近年来，这家企业攻克多项技术难关，年产5万吨铜箔项目今年底将建成。",
     {("青石化工有限公司", "investsIn", "年产5万吨铜箔项目")}),
    # without an anaphor the company is not said to own it
    (COMPANY + "近年来，全县攻克多项技术难关，年产5万吨铜箔项目今年底将建成。", set()),
])
def test_a_company_anaphor_owns_the_project_of_its_sentence(body, expected):
    assert relations(f"分宜县工业发展\n\n{body}\n", "investsIn") == expected


def test_a_builder_named_in_a_clause_before_the_project() -> None:
    from tests.relate.test_actors import news_page_triples

    found = news_page_triples("新能源项目开工", "今天，中国华能集团投资建设的甘肃庆阳新能源基地项目开工。", ("launches", "investsIn"))
    assert found == {("中国华能集团", "launches", "甘肃庆阳新能源基地项目"), ("中国华能集团", "investsIn", "甘肃庆阳新能源基地项目")}


@pytest.mark.parametrize(("body", "expected"), [
    # 把 + a work + what it is made into, or a measure of it: the work exists, the report launches nothing
    ("分宜县要把青石灌区建成名副其实的鱼米之乡。", set()),
    ("把分宜县青石灌区供水计量率提上来。", set()),
    # 把 + a work + building it, or its opening: still the report's own work
    ("分宜县要把青石大桥建设好。", {("分宜县", "launches", "青石大桥")}),
    ("分宜县把青石大桥建成通车。", {("分宜县", "launches", "青石大桥")}),
])
def test_a_work_made_into_something_is_not_launched(body, expected):
    assert launches(f"分宜县政府工作报告\n\n{body}\n") == expected
