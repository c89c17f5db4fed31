"""Figures that are no statistic of a place (aftershocks, shootings, victims, what a shipment can do, an
association's own members) and indicators the dictionary or a held level cut wrong, on short invented texts.

Every table has texts where the rule must not fire.
"""

from __future__ import annotations

import pytest

from kg.document import extract_document


def indicators(body: str, title: str = "铜鼓县新闻") -> set[tuple[str, float]]:
    doc = extract_document("t.txt", f"{title}\n\n{body}\n")
    return {(o["indicator"], o["value"]) for a in doc["articles"] for o in a["observations"]}


@pytest.mark.parametrize(("text", "expected"), [
    # aftershocks and shootings counted, and victims of a crime: what an incident did
    ("某国东部地震后已发生了至少300次余震。", set()),
    ("某市上周末接连发生12起枪击事件。", set()),
    ("某市一所大学的医生曾对400多名受害者进行实验。", set()),
    ("受寒潮影响，某州至少30个学区关闭学校。", set()),
    ("暴风雪导致某州200多所学校停课。", set()),
    # a count of schools built, of accidents as a safety statistic, and people a disaster hit moved into homes stay
    ("铜鼓县今年新建学校5所。", {("新建学校", 5)}),
    ("铜鼓县今年发生安全生产事故3起。", {("发生安全生产事故", 3)}),
    ("铜鼓县3000户受灾群众春节前搬进新居。", {("受灾群众", 3000)}),
])
def test_aftershocks_shootings_and_victims_are_incidents(text: str, expected: set) -> None:
    assert indicators(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # what a shipment, a venue or a work can serve: its own figure
    ("这批医疗物资可以帮助约3000名灾民。", set()),
    ("铜鼓县新体育馆可容纳3万名观众。", set()),
    ("新水厂建成后能满足10万人用水。", set()),
    # an association's own members, or their spread
    ("世界某某联盟会员覆盖40个国家和地区。", set()),
    ("某海运联盟成员达343家。", set()),
    # what was done for people, new members of a place's firms, and all a province's alliances stay
    ("铜鼓县帮助3000名群众实现就业。", {("帮助群众", 3000)}),
    ("铜鼓县新增会员企业40家。", {("新增会员企业", 40)}),
    ("全省茶叶产业联盟成员达96家。", {("茶叶产业联盟成员", 96)}),
])
def test_a_capacity_or_a_membership_is_no_statistic(text: str, expected: set) -> None:
    assert indicators(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a character the dictionary split off the word it opens (可|再生能源, 可|降解) is no modal
    ("铜鼓县可再生能源装机达到120万千瓦。", {("可再生能源装机", 120)}),
    ("铜鼓县可降解塑料制品替代率达到80%。", {("可降解塑料制品替代率", 80)}),
    # …a modal or an adverb that forms no word with what follows still goes
    ("铜鼓县已建成充电桩300个。", {("建成充电桩", 300)}),
    ("铜鼓县共有企业120家。", {("企业", 120)}),
    # a level held (保持, 继续保持, 维持) is no part of what is measured
    ("铜鼓县饮用水水源地水质达标率保持100%。", {("饮用水水源地水质达标率", 100)}),
    ("铜鼓县粮食产量继续保持50万吨以上。", {("粮食产量", 50)}),
    ("铜鼓县森林覆盖率维持70%以上。", {("森林覆盖率", 70)}),
    # …nor how long it held (这几年一直, 每年都, 近年来持续)
    ("铜鼓县茶叶产量这几年一直保持在5000吨以上。", {("茶叶产量", 5000)}),
    ("铜鼓县粮食产量每年都保持在50万吨以上。", {("粮食产量", 50)}),
    ("铜鼓县粮食产量近年来持续保持50万吨以上。", {("粮食产量", 50)}),
    ("铜鼓县每年新增就业3000人。", {("新增就业", 3000)}),
    ("铜鼓县粮食产量继续增长5%。", {("粮食产量", 5)}),
])
def test_a_split_word_and_a_level_held(text: str, expected: set) -> None:
    assert indicators(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a long noun counted after its value keeps its last word whole when the phrase ends with it
    ("铜鼓县推进8个重点领域跨部门综合监管改革。", {("推进重点领域跨部门综合监管改革", 8)}),
    ("铜鼓县新增3个省级中小企业特色产业集群。", {("新增省级中小企业特色产业集群", 3)}),
    ("铜鼓县建成6个示范性城乡社区养老服务设施。", {("建成示范性城乡社区养老服务设施", 6)}),
    # …not when more than its last character was cut and a noun runs on after it: the limit stands
    ("全县12个国家级风景名胜区生态环境保护成效评估完成。", {("国家级风景名胜区", 12)}),
    # a short noun is as before
    ("铜鼓县建成12个高标准农田示范区。", {("建成高标准农田示范区", 12)}),
])
def test_a_long_counted_noun_keeps_its_last_word_whole(text: str, expected: set) -> None:
    assert indicators(text) == expected
