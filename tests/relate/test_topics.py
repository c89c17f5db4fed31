"""implements / developsIndustry: the sentence's actor, and industries only where the clause develops them."""

from __future__ import annotations

import pytest

from kg.relate.rules_topics import industry_context

TITLE = "分宜县加快发展"


@pytest.mark.parametrize(("text", "word", "developed"), [
    ("大力发展锂电、光伏等新兴产业。", "锂电", True),
    ("大力发展锂电、光伏等新兴产业。", "光伏", True),
    ("聚焦钢铁、化工产业转型升级。", "钢铁", True),
    ("分宜县文旅产业持续升温。", "文旅", True),
    ("扩大科技副总、产业导师选聘范围。", "科技副总", False),  # 产业 heads the next item of the list
    ("更好拉动消费、集聚人气。", "消费", False),
])
def test_industry_context(text, word, developed):
    start = text.index(word)
    assert industry_context(text, start, start + len(word)) is developed


@pytest.mark.parametrize(("body", "expected"), [
    ("分宜县大力发展锂电、光伏等新兴产业。",
     {("分宜县", "developsIndustry", "锂电"), ("分宜县", "developsIndustry", "光伏")}),
])
def test_develops_industry(relations_of, body, expected):
    assert relations_of(body, TITLE, ("developsIndustry",)) == expected


def test_a_body_one_submits_to_is_not_the_actor(relations_of):
    found = relations_of("分宜县加快发展。提请县人大常委会审议，推行“一窗受理”改革。", TITLE, ("implements",))
    assert found == {("分宜县", "implements", "一窗受理")}


@pytest.mark.parametrize(("name", "clause"), [
    ("一系列重大战略", True), ("建设绿电", True), ("集中资源培育一批战略", True),
    ("乡村振兴", False), ("一网通办", False), ("有色金属", False), ("锂电", False),
])
def test_clauses_are_not_topics(name, clause):
    from kg.relate.rules_topics import is_clause_not_topic

    assert is_clause_not_topic(name) is clause


def test_a_place_inside_a_project_name_does_not_act(relations_of):
    found = relations_of("加快推进华电铁岭绿色氨醇项目建设，大力发展氢能产业。", "2025年辽宁省政府工作报告",
                         ("developsIndustry",))
    assert ("铁岭市", "developsIndustry", "氢能") not in found


@pytest.mark.parametrize(("body", "expected"), [
    # the fields a list of signed projects covers are industries the place develops
    ("今天，56个合作项目在贵州省签约，涉及新能源、新材料等重点领域。",
     {("贵州省", "developsIndustry", "新能源"), ("贵州省", "developsIndustry", "新材料")}),
    # the nearest actor of an industry may be a village
    ("近年来，分宜县杨桥镇青石村大力发展食用菌产业。", {("青石村", "developsIndustry", "食用菌")}),
])
def test_industries_of_lists_and_villages(relations_of, body, expected):
    assert relations_of(body, "分宜县产业发展", ("developsIndustry",)) == expected


def test_fields_where_a_product_is_used_are_no_industry(relations_of):
    body = "该公司的铜管产品广泛应用于新能源汽车、光伏等领域。"
    assert relations_of(body, "分宜县产业发展", ("developsIndustry",)) == set()


SECTIONS = ("【产业新观察】贵州：大数据产业加速成长 云南：绿色能源产业提质\n\n"
            "本台消息：贵州、云南两省加快建设现代化产业体系。\n"
            "贵州：大数据产业加速成长\n"
            "今年以来，全力发展大数据产业，一批数据中心投入运营。\n"
            "云南：绿色能源产业提质\n"
            "今年以来，大力培育绿色铝产业，产业链不断延伸。\n\n"
            "乙县举办农民丰收节\n\n今天，乙县丰收节开幕，农民载歌载舞。\n\n"
            "丙镇新建小学正式开学\n\n今天，丙镇小学迎来首批学生入学。\n")


def test_a_section_headed_by_a_place_is_that_place_s():
    from kg.document import extract_document

    doc = extract_document("invented.txt", SECTIONS)
    found = {(r["head"], r["tail"]) for a in doc["articles"] for r in a["relations"] if r["rel"] == "developsIndustry"}
    assert {("贵州省", "大数据"), ("云南省", "绿色铝")} <= found
    assert ("贵州省", "绿色铝") not in found


def test_what_a_report_fights_is_not_implemented(relations_of):
    found = relations_of("坚决杜绝劳民伤财的“形象工程”，深入实施“清风行动”。", "2031年宜春市政府工作报告", ("implements",))
    assert {tail for _, _, tail in found} == {"清风行动"}


@pytest.mark.parametrize("body", [
    # the sentence's opening subject acts, not the bodies whose decisions it carries out
    "全县上下认真落实县委、县政府决策部署，深入实施“清风行动”。",
    # a body under whose leadership the work is done does not do it
    "在县委坚强领导下，深入实施“清风行动”。",
])
def test_leaders_are_not_the_actors(relations_of, body):
    assert relations_of(body, "分宜县推进作风建设", ("implements",)) == {("分宜县", "implements", "清风行动")}


@pytest.mark.parametrize(("body", "expected"), [
    # a quoted brand named after a place the article names merges with that place: no programme
    ("井冈山位于吉安市。当地打造“井冈山”区域公用品牌。", set()),
    ("到井冈山游玩的人很多。吉安市打造“井冈山”区域公用品牌。", set()),
    # a programme that is no place's name stays
    ("井冈山位于吉安市。当地深入实施“清风行动”。", {("吉安市", "implements", "清风行动")}),
])
def test_the_tail_of_a_topic_is_of_the_topic_s_type(relations_of, body, expected):
    assert relations_of(body, "吉安打造区域品牌", ("implements",)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a programme naming an award, an event or the countries of a route names something else
    ("分宜县作品荣获“五个一工程”奖。", set()),
    ("分宜县举办第三届全民阅读大会。", set()),
    ("分宜县对共建“一带一路”国家出口增长。", set()),
    ("分宜县对“一带一路”沿线国家出口增长。", set()),
    # a vessel or a craft named in quotes (“某某”号, “某某”轮)
    ("分宜县科考船“青石”号今天启航。", set()),
    ("交通运输部“南海救101”轮救起12名船员。", set()),
    # the programme itself, or one before a national-level platform, stays
    ("分宜县深入实施“五个一工程”，奖补资金全部到位。", {("分宜县", "implements", "五个一工程")}),
    ("分宜县积极参与共建“一带一路”。", {("分宜县", "implements", "一带一路")}),
    ("分宜县推进全民阅读国家级示范区建设。", {("分宜县", "implements", "全民阅读")}),
])
def test_a_programme_naming_something_else_is_not_run(relations_of, body, expected):
    assert relations_of(body, "分宜县推进作风建设", ("implements",)) == expected


@pytest.mark.parametrize(("title", "body", "expected"), [
    # a report's or bulletin's figure of an industry (增加值, 产量, 营收) is an industry of its own place
    ("2031年分宜县国民经济和社会发展统计公报", "全年装备制造业增加值增长12.5%。", {("分宜县", "developsIndustry", "装备制造业")}),
    ("2031年江西省政府工作报告", "新能源汽车产量突破20万辆。", {("江西省", "developsIndustry", "新能源汽车")}),
    # its share of a whole (占…比重) is such a figure too
    ("2031年江西省政府工作报告", "数字经济占地区生产总值比重达到12%。", {("江西省", "developsIndustry", "数字经济")}),
    # in the news such figures with no place named are mostly the country's, published by an office: no actor
    ("统计局发布上半年数据", "上半年，新能源汽车产量突破20万辆。", set()),
    # a figure that is not of the industry's output says nothing of it
    ("2031年江西省政府工作报告", "新能源汽车下乡活动惠及群众10万人。", set()),
    ("2031年江西省政府工作报告", "新能源汽车占用应急车道的问题得到整治。", set()),
])
def test_a_report_s_figures_of_an_industry(relations_of, title, body, expected):
    assert relations_of(body, title, ("developsIndustry",)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a figure of an industry right after it is the article's place's own, in the news as in a report
    ("今年前5个月，分宜县规模以上工业增加值增长8%，有色金属增加值增长12%。",
     {("分宜县", "developsIndustry", "有色金属")}),
    # an association a reporter hears the figures from does not make them its own
    ("记者从中国机床工具工业协会获悉，今年以来，机器人产量增长18%。", set()),
    # across a ；, a place named inside the earlier statement is its object, not the industry's actor
    ("今年，分宜县将加快融入南昌都市圈、共建九江市港口物流中心；锂电产业规模突破千亿元。",
     {("分宜县", "developsIndustry", "锂电")}),
    # a place opening its own statement after the ；still acts
    ("新余市发展光伏产业；分宜县培育锂电产业。",
     {("新余市", "developsIndustry", "光伏"), ("分宜县", "developsIndustry", "锂电")}),
])
def test_the_industry_s_actor_in_its_statement(relations_of, body, expected):
    assert relations_of(body, "分宜县推动工业发展", ("developsIndustry",)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # what the news disowns (所谓, 鼓吹, 贩卖, 妄图) is another side's and condemned, not run
    ("分宜县召开会议。某些势力大肆宣扬所谓“甲乙分治”，妄图推动“丙丁合流”。", set()),
    ("分宜县召开会议。有人鼓吹“躺平主义”，分宜县深入实施“奋进行动”。", {"奋进行动"}),
    # a programme of one's own, spread or run, stays
    ("分宜县召开会议。分宜县深入实施“清风行动”，大力推广“一网通办”。", {"清风行动", "一网通办"}),
])
def test_what_the_news_disowns_is_not_implemented(relations_of, body, expected):
    found = relations_of(body, "分宜县召开会议推进作风建设", ("implements",))
    assert {tail for _, _, tail in found} == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a programme the sentence refuses, stops or cancels is not run by the actor
    ("分宜县召开会议。分宜县坚持不搞“一刀切”，深入实施“奋进行动”。", {"奋进行动"}),
    ("分宜县召开会议。分宜县不再实行“以罚代管”，全面取消“层层加码”。", set()),
    ("分宜县召开会议。分宜县叫停“先建后批”做法，暂停“容缺受理”试点。", set()),
    # a refusal's word inside a quoted name is part of the name, not the clause's verb
    ("分宜县召开会议。分宜县严格落实“三个严禁”“五个不得”规定。", {"三个严禁", "五个不得"}),
    # a negation elsewhere in the sentence leaves the programme of its own clause
    ("分宜县召开会议。分宜县不断深化“放管服”改革，不再新增审批事项。", {"放管服"}),
])
def test_what_the_sentence_refuses_is_not_implemented(relations_of, body, expected):
    found = relations_of(body, "分宜县召开会议推进作风建设", ("implements",))
    assert {tail for _, _, tail in found} == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a list of places or bodies after a verb that takes them as resources or partners is its object
    ("分宜县召开会议。依托南昌大学、江西理工大学等高校优势，新建的科创园已引进锂电等领域企业100家。",
     {("分宜县", "developsIndustry", "锂电")}),
    ("在分宜县，承接新余市、南昌市的研发项目，形成锂电产业集群。", {("分宜县", "developsIndustry", "锂电")}),
    # a place opening the sentence that is not taken by such a verb still acts
    ("分宜县依托资源优势，发展锂电产业。", {("分宜县", "developsIndustry", "锂电")}),
])
def test_a_listed_object_is_no_actor(relations_of, body, expected):
    assert relations_of(body, "分宜县推动工业发展", ("developsIndustry",)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a fair's exhibits and halls are the exhibitors' industries, not the host's
    ("分宜县举办博览会。本届博览会参展企业500家，展品涵盖锂电、光伏等多个门类。", set()),
    ("分宜县举办博览会。博览会设立锂电、光伏等主题展区。", set()),
    # the host's own industries named in the same item still count
    ("分宜县举办博览会。分宜县大力发展锂电产业。", {("分宜县", "developsIndustry", "锂电")}),
])
def test_a_fair_s_exhibits_are_not_the_host_s_industries(relations_of, body, expected):
    assert relations_of(body, "分宜县举办首届投资贸易博览会", ("developsIndustry",)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a place inside a person's name or a quoted name (a reactor type, a brand) acts in nothing
    ("分宜县召开会议。省工商联主席李永丰介绍，将推动人工智能产业发展。", {("分宜县", "developsIndustry", "人工智能")}),
    ("分宜县召开会议。形成自主知识产权的“永丰一号”等技术，新型储能等产业化步伐加快。",
     {("分宜县", "developsIndustry", "新型储能")}),
    ("分宜县召开会议。分宜县推广“永丰一号”技术，发展锂电产业。", {("分宜县", "developsIndustry", "锂电")}),
])
def test_a_place_inside_a_name_does_not_act(relations_of, body, expected):
    assert relations_of(body, "分宜县推动工业发展", ("developsIndustry",)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # in a report, each place of a list of roles does its own work
    ("支持丰城建设循环经济示范区、樟树深化“药都振兴”改革、高安发展汽车运输产业。",
     {("樟树市", "implements", "药都振兴"), ("高安市", "developsIndustry", "汽车运输")}),
    # a later clause with a place of its own as subject
    ("丰城入选国家级“无废城市”试点，樟树入选全国“数字乡村”试点。",
     {("丰城市", "implements", "无废城市"), ("樟树市", "implements", "数字乡村")}),
    # a list of names is one subject: its first place stands for it, as before
    ("支持丰城、樟树争创“无废城市”试点。", {("丰城市", "implements", "无废城市")}),
    # a place opening a work's name in a list of works does no work: the report's place runs the programme
    ("加快丰城核电二期、樟树港区、“三纵三横”工程等前期工作。", {("宜春市", "implements", "三纵三横")}),
])
def test_each_place_of_a_report_s_list_of_roles_acts_in_its_own_item(relations_of, body, expected):
    assert relations_of(body, "2031年宜春市政府工作报告", ("implements", "developsIndustry")) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a body a report backs in an earlier clause does not run what the later clauses name: the report's place does
    ("支持宜春学院创建一流学科，推进“数字乡村”试点，大力发展锂电产业。",
     {("宜春市", "implements", "数字乡村"), ("宜春市", "developsIndustry", "锂电")}),
    # nor places whose backed clause ends on their own development
    ("支持丰城、樟树协同发展，深化“无废城市”建设。", {("宜春市", "implements", "无废城市")}),
    # a place backed to do something goes on doing it in the next clause
    ("支持丰城建设循环经济示范区，打造“药都振兴”品牌。", {("丰城市", "implements", "药都振兴")}),
    ("支持丰城实施“无废城市”行动。", {("丰城市", "implements", "无废城市")}),
])
def test_what_a_report_backs_in_an_earlier_clause_does_not_act_in_the_next(relations_of, body, expected):
    assert relations_of(body, "2031年宜春市政府工作报告", ("implements", "developsIndustry")) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a province's report lists its cities' own pilots by their names: the city runs it
    ("深化丰城国家产融合作试点。", {("丰城市", "implements", "丰城国家产融合作试点")}),
    ("推进樟树中药材市场标准化试点建设。", {("樟树市", "implements", "樟树中药材市场标准化试点")}),
    # a programme named after no city, or after a count (两江, though 两江新区 is named), is the province's
    ("深化国家产融合作试点，支持丰城发展。", {("江西省", "implements", "国家产融合作试点")}),
])
def test_a_report_s_city_runs_the_programme_named_after_it(relations_of, body, expected):
    assert relations_of(body, "2031年江西省政府工作报告", ("implements",)) == expected


def test_a_count_opening_a_programme_names_no_place(relations_of):
    found = relations_of("两江新区新增企业100家。实施两江四岸整体提升行动。", "2031年重庆市政府工作报告", ("implements",))
    assert found == {("重庆市", "implements", "两江四岸整体提升行动")}


@pytest.mark.parametrize(("body", "expected"), [
    # in a report, a region opening its own clause with a verb is its subject
    ("长株潭纳入国家“智慧都市圈”试点，城际铁路加快建设。", {("长株潭", "implements", "智慧都市圈")}),
    # a region qualifying a noun (its pollution, its card) is no subject: the report's place runs it
    ("长株潭污染治理“清水”工程深入推进。", {("湖南省", "implements", "清水")}),
])
def test_a_region_opening_its_own_clause_acts_in_a_report(relations_of, body, expected):
    assert relations_of(body, "2031年湖南省政府工作报告", ("implements",)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a later clause reporting how a programme goes has no subject of its own: the report's place runs it
    ("丰城产业园启动建设、签约项目50个，中欧“双园互联”合作扎实推进。", {("宜春市", "implements", "双园互联")}),
    ("宜春银行风险稳妥化解；“保交楼”任务全面完成。", {("宜春市", "implements", "保交楼")}),
    # a clause with its own verb before the programme goes on with the sentence's subject
    ("丰城市大力招商引资，深入推进“双园互联”合作。", {("丰城市", "implements", "双园互联")}),
])
def test_a_report_s_clause_of_progress_is_its_place_s(relations_of, body, expected):
    assert relations_of(body, "2031年宜春市政府工作报告", ("implements",)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # 促进 builds up the industries it names
    ("促进先进制造业、现代服务业融合发展。", {("江西省", "developsIndustry", "先进制造业"), ("江西省", "developsIndustry", "现代服务业")}),
    # a list of goods and services closed by 消费 names what is bought
    ("促进家电、餐饮等热点消费。", set()),
    ("壮大汽车、家电等大宗消费。", set()),
])
def test_a_report_promotes_industries_not_purchases(relations_of, body, expected):
    assert relations_of(body, "2031年江西省政府工作报告", ("developsIndustry",)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a title awarded for an industry (产业强镇, 强县, 名县; a ranked 龙头企业) names no industry built up
    ("新增农业产业强镇9个、旅游名县3个。", set()),
    ("新增国家级林业龙头企业16家。", set()),
    # a firm grown without a title, or an industry's own cluster, is
    ("培育林业龙头企业，大力发展林下经济产业。", {("江西省", "developsIndustry", "林业"), ("江西省", "developsIndustry", "林下经济")}),
])
def test_a_title_awarded_for_an_industry_is_no_industry(relations_of, body, expected):
    assert relations_of(body, "2031年江西省政府工作报告", ("developsIndustry",)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a quoted name before a word for a problem names the trouble, not a programme run
    ("着力解决“三难”问题，深化“放管服”改革。", {"放管服"}),
    ("主要表现在：“两个不足”的矛盾仍较突出。", set()),
])
def test_a_problem_named_in_quotes_is_not_implemented(relations_of, body, expected):
    found = relations_of(body, "2031年宜春市政府工作报告", ("implements",))
    assert {tail for _, _, tail in found} == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a place described after 作为 as an industry's big province or city works in that industry: the
    # subject is the name opening the clause after the phrase, past a clause of time words
    ("作为陶瓷大省，今年，江西省加快建设智能工厂。", ("江西省", "developsIndustry", "陶瓷")),
    ("作为钢铁大省之一，近年来，河北省引进一批企业。", ("河北省", "developsIndustry", "钢铁")),
    # the same title after 是, closing its clause
    ("河北省是全国有名的钢铁大省，近年来引进一批企业。", ("河北省", "developsIndustry", "钢铁")),
])
def test_a_place_described_as_an_industry_s_big_province(relations_of, body, expected):
    assert expected in relations_of(body, "江西省加快产业升级", ("developsIndustry",))


@pytest.mark.parametrize("body", [
    # a title as a goal, or a phrase describing a person, names no industry the place builds up
    "锚定陶瓷强省目标，今年，江西省加快建设智能工厂。",
    "作为陶瓷大省的代表，张三提出，江西省应加快建设智能工厂。",
    "江西省提出建设陶瓷大省的目标。",
])
def test_no_industry_from_a_goal_or_a_person_s_phrase(relations_of, body):
    assert ("江西省", "developsIndustry", "陶瓷") not in relations_of(body, "江西省加快产业升级", ("developsIndustry",))


@pytest.mark.parametrize(("body", "not_expected"), [
    # a list something enters (列入《…名录》) and the rules a decision cites (依据《…条例》) are run by no one
    ("江西省景德镇市的御窑遗址列入《世界遗产名录》。", ("景德镇市", "implements", "世界遗产名录")),
    ("依据《青石党纪处分条例》《青石监察法》等有关规定，决定给予张三开除党籍处分。",
     ("江西省", "implements", "青石监察法")),
    # a short name or a nickname in quotes is a name, no programme run
    ("1953年，江西省陶瓷工业学院在景德镇市成立，简称“景陶院”。", ("江西省陶瓷工业学院", "implements", "景陶院")),
])
def test_a_list_entered_or_rules_cited_are_no_programme(relations_of, body, not_expected):
    assert not_expected not in relations_of(body, "江西省景德镇市推进文化遗产保护", ("implements",))


def test_a_system_called_by_its_name_is_still_run(relations_of):
    found = relations_of("江西省的这项制度被称为“河长制”。", "景德镇市推进文化遗产保护", ("implements",))
    assert ("江西省", "implements", "河长制") in found


def test_a_programme_in_book_title_marks_is_still_run(relations_of):
    found = relations_of("景德镇市深入实施《陶瓷文化保护行动方案》。", "江西省景德镇市推进文化遗产保护", ("implements",))
    assert ("景德镇市", "implements", "陶瓷文化保护行动方案") in found


@pytest.mark.parametrize(("body", "expected", "not_expected"), [
    # a project named after its company and the industry it builds: the company works in that industry
    ("湘潭吉利新能源汽车项目建成投产。", ("吉利", "developsIndustry", "新能源汽车"), ("吉利", "developsIndustry", "新能源")),
    # an industry that is not right after the owner's name is the work's use, not the owner's industry
    ("宜丰县建成青石集团二期配套农业灌溉工程。", None, ("青石集团", "developsIndustry", "农业")),
])
def test_an_industry_in_a_project_s_name_after_its_owner(relations_of, body, expected, not_expected):
    found = relations_of(body, "湖南省推进项目建设", ("developsIndustry",))
    assert not_expected not in found and (expected is None or expected in found)


@pytest.mark.parametrize(("body", "expected"), [
    # a report's figure of an industry's total income is its place's own industry, as its output is
    ("旅游业总收入突破5000亿元，增长8%。", {("江西省", "developsIndustry", "旅游业")}),
    # a household's income names no industry
    ("全省居民人均可支配收入增长5%。", set()),
])
def test_a_report_s_industry_income(relations_of, body, expected):
    assert relations_of(body, "2030年江西省政府工作报告", ("developsIndustry",)) == expected


@pytest.mark.parametrize(("body", "not_expected"), [
    # a programme's name before 调研 is the theme of a study, and so is each of a quoted list sharing that head
    ("会议听取了省政协关于开展“推动陶瓷产业发展”“健全养老服务体系”等调研情况的报告。",
     ("江西省政协", "implements", "推动陶瓷产业发展")),
    ("会议听取了省政协关于开展“推动陶瓷产业发展”“健全养老服务体系”等调研情况的报告。",
     ("江西省政协", "implements", "健全养老服务体系")),
])
def test_the_theme_of_a_study_is_not_run(relations_of, body, not_expected):
    assert not_expected not in relations_of(body, "江西省政协召开常委会议", ("implements",))


@pytest.mark.parametrize(("body", "expected"), [
    # a quoted count of figures that all changed one way labels an outcome, no programme
    ("粮食播种面积、单产、总产实现“三增长”。", set()),
    ("电信诈骗案件发案数、损失金额“双下降”。", set()),
    # a quoted programme with a count stays one
    ("深入实施“双减”政策，推进“两新”工作。", {("江西省", "implements", "双减"), ("江西省", "implements", "两新")}),
])
def test_an_outcome_label_is_no_programme(relations_of, body, expected):
    assert relations_of(body, "2030年江西省政府工作报告", ("implements",)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a formula of the Party's doctrine a body upholds or strengthens is held, no programme run
    ("分宜县委要深刻领悟“两个确立”的决定性意义，坚决做到“两个维护”。", set()),
    ("全县党员干部要增强“四个意识”、坚定“四个自信”。", set()),
    ("分宜县坚持以“三个代表”重要思想为指导，牢记“三个务必”。", set()),
    # a programme quoted beside them is still run
    ("分宜县坚决做到“两个维护”，深入实施“清风行动”。", {("分宜县", "implements", "清风行动")}),
])
def test_a_formula_of_the_party_s_doctrine_is_no_programme(relations_of, body, expected):
    assert relations_of(body, TITLE, ("implements",)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a storm named in quotes (台风“某某”) is no programme, wherever the item names it again
    ("今年第5号台风“海燕”今天在沿海登陆。中央气象台预计，“海燕”将于明天转向东北方向移动。", set()),
    ("受强热带风暴“海燕”影响，分宜县出现强降雨。中央气象台预计，“海燕”残余云系仍将带来降雨。", set()),
    # a programme of the same item is still run, and a quoted name never called a storm too
    ("台风“海燕”过境后，分宜县深入实施“清风行动”。", {("分宜县", "implements", "清风行动")}),
    ("分宜县深入实施“海燕”计划，培育青年人才。", {("分宜县", "implements", "海燕")}),
])
def test_a_storm_s_name_is_no_programme(relations_of, body, expected):
    assert relations_of(body, TITLE, ("implements",)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a government body of the nation steers industries by plans and notices: it builds none up itself
    ("工业和信息化部今天印发规划，推进钢铁、建材等重点行业低碳改造。", set()),
    ("国家能源局发布通知，促进光伏产业链健康发展。", set()),
    ("中央政治局集体学习聚焦人工智能产业。", set()),
    # a place, a central enterprise, a policy bank and a national association still do
    ("分宜县大力发展锂电产业。", {("分宜县", "developsIndustry", "锂电")}),
    ("中国石化加快发展氢能产业。", {("中国石化", "developsIndustry", "氢能")}),
    ("国家开发银行持续加大对养老产业的支持。", {("国家开发银行", "developsIndustry", "养老")}),
])
def test_a_government_body_of_the_nation_develops_no_industry(relations_of, body, expected):
    assert relations_of(body, "新闻联播", ("developsIndustry",)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # an honour named in quotes (a medal, a decoration) is awarded, no programme run
    ("分宜县隆重举行“七一勋章”颁授仪式。", set()),
    ("中共中央、国务院发布关于给张三颁发“二级航天功勋奖章”的决定。", set()),
    # a mechanism that rewards is still run
    ("分宜县实行“先建后奖”机制。", {("分宜县", "implements", "先建后奖")}),
])
def test_an_honour_is_no_programme(relations_of, body, expected):
    assert relations_of(body, TITLE, ("implements",)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # the theme or the topics of a discussion are discussed, not run nor developed
    ("与会代表围绕“青山绿水的共同之路”主题展开研讨交流。", set()),
    ("分宜县将围绕数字经济、人工智能等议题举办12场分论坛。", set()),
    ("分宜县政协围绕“扎实推进老旧小区改造”协商议政。", set()),
    # a campaign named after its theme, and industries built up, still are
    ("分宜县组织开展“红领巾爱家乡”主题活动。", {("分宜县", "implements", "红领巾爱家乡")}),
    ("分宜县大力发展数字经济产业。", {("分宜县", "developsIndustry", "数字经济")}),
])
def test_the_topics_of_a_discussion_are_not_run(relations_of, body, expected):
    assert relations_of(body, TITLE, ("implements", "developsIndustry")) == expected


@pytest.mark.parametrize(("text", "word", "developed"), [
    # an industry in the title of a ranked list of clusters that something enters or counts: no industry built
    ("某某装备集群获评国家级先进制造业集群。", "先进制造业", False),
    ("全市国家先进制造业集群增至4个。", "先进制造业", False),
    ("新增2个国家农业优势特色产业集群，", "农业", False),
    # a verb building the cluster up to the rank, or no rank at all: the place develops the industry
    ("加快打造国家级林业产业集群。", "林业", True),
    ("培育壮大先进制造业集群，", "先进制造业", True),
    ("国家支持发展先进制造业，", "先进制造业", True),
])
def test_an_industry_in_a_list_title(text, word, developed):
    start = text.index(word)
    assert industry_context(text, start, start + len(word)) is developed


@pytest.mark.parametrize(("body", "expected"), [
    # a quoted label whose clause says the figures it names fell or rose is no programme run
    ("全县“三公两费”持续下降。", set()),
    ("县本级“三公”经费、“两项费用”持续压减，", set()),
    ("分宜县持续推进“双减”，学生负担明显下降。", {("分宜县", "implements", "双减")}),
    ("分宜县实施“清风行动”，案件数量下降12%。", {("分宜县", "implements", "清风行动")}),
])
def test_a_label_of_figures_is_no_programme(relations_of, body, expected):
    assert relations_of(body, TITLE, ("implements",)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # an item of a list closed by a noun of works is a work built, no programme run
    ("加快建设青石产能提升工程、甲乙天然气管道等项目。", set()),
    ("推进“云游分宜”等项目建设。", set()),
    ("加快建设“醉美分宜”等旅游公路。", set()),
    # a model of building works, or a programme with works in another clause, is still run
    ("推行“策划+建设+运营”等项目建设模式。", {("分宜县", "implements", "策划+建设+运营")}),
    ("实施“清风行动”，谋划一批重大项目。", {("分宜县", "implements", "清风行动")}),
])
def test_an_item_listed_with_works_is_no_programme(relations_of, body, expected):
    assert relations_of(body, TITLE, ("implements",)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a label of counts that all changed, reached (实现…“三增”), is a result, no programme run
    ("全县油菜面积、单产、总产实现“三增”。", set()),
    ("全县实现客流和收入“双翻番”。", set()),
    ("全县粮食面积、总产实现“两增一稳”。", set()),
    # a programme of the same form, or a label of another form after 实现, is still run
    ("分宜县持续巩固“双减”成果。", {("分宜县", "implements", "双减")}),
    ("分宜县实现“一窗通办”。", {("分宜县", "implements", "一窗通办")}),
])
def test_a_result_reached_is_no_programme(relations_of, body, expected):
    assert relations_of(body, TITLE, ("implements",)) == expected


@pytest.mark.parametrize(("name", "industry", "told"), [
    ("春鹏锂电", "锂电", True),  # a brand beside the industry
    ("甲乙新能源科技有限公司", "新能源", True),
    ("招联消费金融公司", "金融", True),
    ("岳阳石化", "石化", True),  # a plant's short name: place and product
    ("湖南省能源集团", "能源", False),  # a province's platform group named by its sector
    ("四川交通投资发展集团", "交通", False),
    ("山西焦煤集团有限公司", "焦煤", False),
    ("消费金融公司", "金融", False),  # a licence type
    ("天津金融租赁公司", "金融", False),
])
def test_a_company_name_tells_an_industry_beside_a_brand(name, industry, told):
    from kg.relate.industry_names import names_industry

    assert names_industry(name, industry) is told


@pytest.mark.parametrize(("body", "absent"), [
    ("江西省大力发展能源产业，组建运营好江西能源发展集团。", ("江西能源发展集团", "developsIndustry", "能源")),
    ("天津发展金融产业，用好消费金融公司牌照。", ("消费金融公司", "developsIndustry", "金融")),
])
def test_a_sector_named_company_develops_no_industry_by_its_name(relations_of, body, absent):
    found = relations_of(body, "2025年江西省政府工作报告", ("developsIndustry",))
    assert found and absent not in found  # the place still develops the industry the clause names
