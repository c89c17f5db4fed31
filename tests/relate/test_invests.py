"""invests: the place or body that puts money in; a work report's completed investment is its place's."""

from __future__ import annotations

import pytest

TITLE = "分宜县加快乡村建设"


@pytest.mark.parametrize(("body", "expected"), [
    # a village named right before the verb invests (a village is no actor of other rules)
    ("青石村投资300万元建成一座文化广场。", {("青石村", "invests", "300万元")}),
    ("分宜县财政局累计投入1.2亿元支持小微企业。", {("分宜县财政局", "invests", "1.2亿元")}),
    # 提供 money (担保、贷款)
    ("分宜县今年为30家企业提供8000万元担保贷款。", {("分宜县", "invests", "8000万元")}),
    # a company followed by a post names a speaker, the lender is the body of the next clause
    ("青石科技有限公司负责人周明说，分宜县工业园区管委会向企业发放贷款500万元。",
     {("分宜县工业园区管委会", "invests", "500万元")}),
])
def test_who_invests(relations_of, body, expected):
    assert relations_of(body, TITLE, ("invests",)) == expected


@pytest.mark.parametrize("body", [
    "青石集团在分宜县投资50亿元建设新材料基地。",   # 在 + place: where the money goes
    "分宜县争取中央投资3亿元。",                     # obtained from above
    "分宜县计划投资5亿元建设水厂。",                 # a plan
    "分宜县完成固定资产投资80亿元。",                # progress statistics outside a work report
    "去年，外地企业在全县落地投资25亿元。",           # money others brought in
    "今年以来，全县招商引资到位资金30亿元。",
])
def test_no_investment_of_where_plans_or_statistics(relations_of, body):
    assert relations_of(body, TITLE, ("invests",)) == set()


REPORT = "2030年贵州省政府工作报告"


@pytest.mark.parametrize(("body", "expected"), [
    ("全年完成水利建设投资300亿元，新建水库5座。", {("贵州省", "invests", "300亿元")}),
    ("“十大工程”完成投资120亿元。", {("贵州省", "invests", "120亿元")}),
    ("今年计划完成投资500亿元。", set()),  # a plan, even in a report
])
def test_a_work_report_invests_what_its_programmes_completed(relations_of, body, expected):
    assert relations_of(body, REPORT, ("invests",)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # the body after 向 or 给 receives the money; the giver is the body written before the preposition
    ("据介绍，德国向波兰提供5亿欧元援助。", {("德国", "invests", "5亿欧元")}),
    ("分宜县财政局向青石村拨付资金300万元。", {("分宜县财政局", "invests", "300万元")}),
    # the giver written in another clause (a speaker): no investor read here, the recipient never
    ("日本外务省16日表示，将向菲律宾提供3亿美元贷款。", set()),
    ("分宜县今年为30家企业提供8000万元担保贷款。", {("分宜县", "invests", "8000万元")}),
])
def test_the_recipient_does_not_invest(relations_of, body, expected):
    assert relations_of(body, TITLE, ("invests",)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # an adverb of urgency or of adding (紧急, 追加) and the verb allotting a budget's 投资 stand between the
    # body and the amount: that body invests, not one named earlier in the sentence
    ("今天，江西省应急管理厅对分宜县启动应急响应，国家发展改革委紧急安排中央预算内投资3000万元，支持灾后重建。",
     {("国家发展改革委", "invests", "3000万元")}),
    ("今天，江西省应急管理厅对分宜县启动应急响应，江西省财政厅紧急拨付资金3000万元，支持灾后重建。",
     {("江西省财政厅", "invests", "3000万元")}),
])
def test_an_adverb_between_the_body_and_its_investment(relations_of, body, expected):
    assert relations_of(body, TITLE, ("invests",)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a clause setting a goal: the money is aimed at, not put in
    ("分宜县要加快路网建设，确保交通投资超过30亿元。", set()),
    ("全县力争投入资金5亿元改造老旧小区。", set()),
    # money put in, with a goal in another clause
    ("分宜县投入资金5亿元，确保老旧小区改造如期完成。", {("分宜县", "invests", "5亿元")}),
])
def test_money_aimed_at_is_not_invested(relations_of, body, expected):
    assert relations_of(body, TITLE, ("invests",)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # money a report's plan section will put in is aimed at, even with no plan word in its clause
    ("一、2029年工作回顾\n\n全年完成水利建设投资300亿元。\n\n二、2030年工作安排\n\n全年完成交通投资400亿元以上。",
     {("贵州省", "invests", "300亿元")}),
    ("一、2029年工作回顾\n\n新建水库5座。\n\n二、2030年工作安排\n\n投入资金50亿元办好民生实事。", set()),
    # the review's money put in stays invested
    ("一、2029年工作回顾\n\n投入资金50亿元办好民生实事。\n\n二、2030年工作安排\n\n新建水库5座。",
     {("贵州省", "invests", "50亿元")}),
])
def test_money_a_plan_section_will_put_in_is_not_invested(relations_of, body, expected):
    assert relations_of(body, "2030年贵州省政府工作报告", ("invests",)) == expected
