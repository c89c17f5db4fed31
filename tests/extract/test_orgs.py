"""Organisations: invented sentences with the spans they must give, and one name per body."""

from __future__ import annotations

import pytest

from kg.extract import find_mentions
from kg.extract.orgs import find_orgs
from kg.link import canonical_body, expand_bare_body


def _orgs(text: str) -> list[str]:
    return [m.text for m in find_mentions(text) if m.type == "Organization"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("俄外交部发言人表示", ["俄外交部"]),
        ("美国财政部宣布新规", ["美国财政部"]),
        ("国家发改委印发方案", ["国家发改委"]),
        ("户籍人口（公安局提供）", ["公安局"]),
        ("全县有文化馆、博物馆各1个", ["文化馆", "博物馆"]),
        ("据宁波海关统计，出口增长", ["宁波海关"]),
        ("甲乙创投、丙丁资本等8家基金签约", ["甲乙创投", "丙丁资本"]),
        ("园区遴选了晶丰科技、欧瑞环境等企业", ["晶丰科技", "欧瑞环境"]),
        # place + trade name + trade word + legal form: the trade name is part of the name
        ("助推袁州区好日子食品有限公司上市", ["袁州区好日子食品有限公司"]),
        ("支持袁州区新希望电子有限公司上市", ["袁州区新希望电子有限公司"]),
        ("甲乙汽车集团有限公司丙丁工厂投产", ["甲乙汽车集团有限公司丙丁工厂"]),
        # central enterprises by the short names they go by (SASAC's list), as whole words
        ("国家电网在甲省开工建设白云电站", ["国家电网"]),
        ("记者从中国商飞了解到，新机型试飞成功", ["中国商飞"]),
        ("中国移动、中国联通共建基站", ["中国移动", "中国联通"]),
        ("中国海油今天发布消息", ["中国海油"]),
        ("南方电网负责人介绍", ["南方电网"]),
        # a common word + 集团 in a list of a place's bodies is one of them
        ("省交通集团、能源集团相继组建", ["省交通集团", "能源集团"]),
        # the verbs of leaders' news that the dictionary tags as nouns end a name on its left
        ("王明会见青石集团董事长", ["青石集团"]),
        ("甲国总统祝贺中国国家航天局", ["中国国家航天局"]),
        ("由国家林草局会同国家发改委开展", ["国家林草局", "国家发改委"]),
        # a verb that may sit inside a name (建设银行) opening it right before a place is the clause's
        ("引进研发机构，建设湘潭理工大学株洲研究院", ["湘潭理工大学株洲研究院"]),
        ("中国建设银行甲分行开业", ["中国建设银行"]),
        # a department's standard name joins two fields with 和; the place before it is the name's
        ("青山县住房和城乡建设局负责人介绍", ["青山县住房和城乡建设局"]),
        ("桃源县发展和改革委员会印发通知", ["桃源县发展和改革委员会"]),
        ("甲省文化和旅游厅发布消息", ["甲省文化和旅游厅"]),
        # two bodies joined by 和 are two names (局|和县 is no county here)
        ("县财政局和县教育局联合开展检查", ["县财政局", "县教育局"]),
        # a trade name (with its trade word) before a plant's phase owns it
        ("鑫拓重工二期项目开工", ["鑫拓重工"]),
    ],
)
def test_orgs_found(text, expected):
    assert _orgs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "市人大代表走访群众",  # a post, not the congress
        "打造花园式钢铁工厂",  # a description, not a company's site
        "大家一起努力工作",
        "全县共有17所卫生院",
        "进一步改善营商环境。",  # a dictionary noun + a trade word is no company
        "推动发展科技。",
        "大力发展中国电子商务。",  # a central enterprise's name at the start of a longer word
        "当好中国移动互联网的排头兵。",
        "推动平台公司市场化转型",  # a kind of company (one common word + 公司), not one
        "一季度末，商业银行不良贷款率下降",  # a kind of bank
        "改善乡村学校办学条件",  # rural schools, no school
        "金溪核电一期开工建设",  # a site and its plant before a phase: the work's own name
        "赣州二期开工建设",  # a place before a phase owns nothing
        "引进科技、电子等企业",  # common words listed before 等企业 are kinds, not companies
        "当地一家食品有限公司扩产",  # a trade word + legal form with no trade name names no company
        "完成省市县政府机构改革",  # governments of several levels, no one body
        "年产30万吨新材料项目今年投产",  # the capacity's own word owns no project
    ],
)
def test_no_org_where_there_is_none(text):
    assert [m.text for m in find_orgs(text)] == []


@pytest.mark.parametrize(
    "surface, canonical",
    [
        ("国家发改委", "国家发展改革委"),
        ("国家发展和改革委员会", "国家发展改革委"),
        ("十四届全国人大常委会", "全国人大常委会"),
        ("全国人大常委会", "全国人大常委会"),
        ("党中央", "中共中央"),
        ("国家卫健委", "国家卫生健康委"),
        ("俄外交部", "俄罗斯外交部"),  # a country prefix makes another body
        ("美财政部", "美国财政部"),
        ("俄央行", "俄罗斯央行"),  # a foreign central bank, never China's
        ("外交部", "外交部"),
        ("中国国家发展改革委", "国家发展改革委"),
        ("中国全国人大", "全国人大"),
        ("桃源县政府", "桃源县人民政府"),
        ("甲市委市政府", "甲市委市政府"),
        ("桃源县发展和改革委员会", "桃源县发改委"),  # one name for a local body, full or short
        ("桃源县发改委", "桃源县发改委"),
        ("桃源县卫生健康委员会", "桃源县卫健委"),
    ],
)
def test_one_name_per_body(surface, canonical):
    assert canonical_body(surface) == canonical


def test_foreign_bodies_stay_apart_from_chinese_ones():
    assert canonical_body("乌克兰国防部") != canonical_body("国防部")


@pytest.mark.parametrize(
    "name, mains, expected",
    [
        ("公安局", {"县": "桃源县"}, "桃源县公安局"),
        ("图书馆", {"区": "甲区"}, "甲区图书馆"),
        ("公安局", {}, None),
        ("县政协", {"县": "桃源县"}, "桃源县政协"),
    ],
)
def test_bare_bodies_take_the_documents_place(name, mains, expected):
    assert expand_bare_body(name, mains) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # place + trade name + a manufactured product: the trade name is the company that builds it
        ("株洲青虹新能源汽车项目建成投产", ["青虹"]),
        ("邵阳白澜基板玻璃新产线满产满销", ["白澜"]),
        # a site-bound work (a power plant, a mine) is named after its site, not a maker
        ("辽宁青石湾核电项目开工", []),
        # a work that makes nothing, a sector word inside another word, no place before the name
        ("陕西白岭水库扩容工程开工", []),
        ("拉萨市城南绿化工程开工", []),
        ("青虹新能源汽车项目开工", []),
    ],
)
def test_trade_names_inside_project_names(text, expected):
    assert _orgs(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a brand of two characters + a trade word, in a list of firms or standing alone
        ("园区引进青禾电子、丰越环境等企业", ["青禾电子", "丰越环境"]),
        ("抓好禾丰生物、欧越环境等续建项目", ["禾丰生物", "欧越环境"]),
        ("签约企业为甲乙集团、禾越电子", ["甲乙集团", "禾越电子"]),
        # a verb or a function word before a trade word, or a brand cut out of a longer word
        ("今年外送电量一半都是新能源。", []),
        # the items of 以…为代表的 stand for firms only when firms follow
        ("形成以青禾、丰越为代表的龙头企业集群", ["青禾", "丰越"]),
        ("老街汇聚以宣纸、竹雕为代表的传统技艺", []),
        ("以芯片、生物医药等为代表的产业体系加快形成", []),
        ("看东部，以新能源等为代表的产业加快布局", []),
        ("要提振汽车、家电等大宗消费", []),
        ("让更多孩子了解中医药、热爱中医药", []),
        ("这种材料能适应月背的环境。", []),
        ("双方将深化矿业、基建等领域合作", []),
        # a list of trades or ways of working, with no firm in it, lists no companies
        ("发展多式联运、冷链物流、农村物流等业态", []),
        ("引导资金投早、投小、投硬科技。", []),
    ],
)
def test_trade_names_are_companies_only_where_they_name_one(text, expected):
    assert _orgs(text) == expected


def test_counted_bodies_are_a_class_not_a_body():
    assert _orgs("新组建3家省实验室和22家重点实验室") == []


def test_a_body_named_by_its_place_is_no_tail_of_a_longer_name():
    from kg.document import extract_document

    doc = extract_document("t.txt", "国际观察\n\n白俄罗斯国防部发表声明。俄罗斯国防部当天称，演习结束。\n")
    names = {e["name"] for a in doc["articles"] for e in a["entities"] if e["type"] == "Organization"}
    assert {"白俄罗斯国防部", "俄罗斯国防部"} <= names


@pytest.mark.parametrize(
    "text, expected",
    [
        # a verb of career, report or visit before a body is no part of its name
        ("1990年至1995年，历任桃源县委副书记", ["桃源县委"]),
        ("记者援引挪威气象局的数据说", ["挪威气象局"]),
        ("全国人大常委会代表资格审查委员会开会", ["全国人大常委会代表资格审查委员会"]),
        ("随后参观青山大学", ["青山大学"]),
        ("我代表县人民政府向大会报告工作", ["县人民政府"]),
        ("全县有学校30所（不含幼儿园）", []),
        # a one-character verb of its own before a body, not inside an abbreviation
        ("应挪威外交部邀请", ["挪威外交部"]),
        ("由住建局牵头", ["住建局"]),
        # a determiner of quantity, 同志 after a name, an appointment's 任 or 委托 is no part of a name
        ("部分青山县人民医院医生参加义诊", ["青山县人民医院"]),
        ("广大青山大学师生踊跃参与", ["青山大学"]),
        ("青山区教育局多个工作组分赴各乡镇", ["青山区教育局"]),
        ("王立新同志任青山县委书记", ["青山县委"]),
        ("会议决定委托市人大常委会开展检查", ["市人大常委会"]),
        ("任丘市人民政府发布通知", ["任丘市人民政府"]),
        # 局势, 局面 and a word ending in 局 are no bodies
        ("受北非局势影响，油价上涨", []),
        ("为新的一年开好局", []),
        ("全球乱局之下", []),
    ],
)
def test_lead_verbs_and_situations_are_not_bodies(text, expected):
    assert [m.text for m in find_orgs(text)] == expected


def test_a_bare_international_airport_is_no_body():
    assert find_orgs("飞机降落在当地国际机场") == []
    assert [m.text for m in find_orgs("飞机降落在青山国际机场")] == ["青山国际机场"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # nouns the dictionary tags as time words or adverbs begin names
        ("新开的松林老年护理院收住老人", ["松林老年护理院"]),
        ("松林青年服务中心开放", ["松林青年服务中心"]),
        ("该村成立青年突击队党支部", ["青年突击队党支部"]),
        # a time word still ends a name on its left
        ("今年县医院扩建", ["县医院"]),
    ],
)
def test_nouns_tagged_as_time_words_begin_names(text, expected):
    assert _orgs(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an international or regional organisation, named as a whole word
        ("前5个月，青山市对东盟出口增长", ["东盟"]),
        ("世界卫生组织当天宣布新的指南", ["世界卫生组织"]),
        ("欧盟对华政策有所调整", ["欧盟"]),
        # the start of a longer body's name, or of a word, is none
        ("联合国教科文组织批准列入名录", ["联合国教科文组织"]),
        ("东盟班列开行量增长", []),
    ],
)
def test_international_organisations(text, expected):
    assert _orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a national federation names the trades it joins with 与 or 和
    ("中国钢材与铁矿联合会今天发布数据", ["中国钢材与铁矿联合会"]),
    ("全国陶瓷和玻璃工业协会召开年会", ["全国陶瓷和玻璃工业协会"]),
    # no 中国 or 全国 before the conjunction: the association is read as before
    ("企业与行业协会开展合作", []),
])
def test_national_federations_across_their_conjunction(text: str, expected: list[str]) -> None:
    assert [m.text for m in find_mentions(text) if m.type == "Organization"] == expected


def test_the_tail_of_a_central_bodys_name_is_no_body_of_its_own() -> None:
    found = [m.text for m in find_mentions("国家粮食和物资储备局今天发布数据") if m.type == "Organization"]
    assert found == ["国家粮食和物资储备局"]


def test_a_central_body_inside_a_longer_word_is_none() -> None:
    """农工|党中央: 党中央 inside the word 农工党 is no CPC Central Committee."""
    assert [m.text for m in find_mentions("农工党中央主席张立平介绍情况") if m.type == "Organization"] == []
    assert [m.text for m in find_mentions("认真贯彻党中央决策部署") if m.type == "Organization"] == ["党中央"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a count closing a body's phrase, or one before it with 所, makes a class of bodies
        ("新增省实验室12家、产业研究院30家", []),
        ("建成800所乡镇养老服务中心", []),
        # a count of what follows the body is not its own
        ("北约32个成员国领导人出席", ["北约"]),
    ],
)
def test_counted_bodies_after_or_with_suo(text, expected):
    assert _orgs(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # works listed before 等项目 are works, trades before 等机构 are trades: no firms
        ("推进青山灌区、白石水库等项目建设", []),
        ("引导银行业、保险业等金融机构加大支持", []),
        # firms listed before 等项目 stay
        ("推动青禾、丰越等项目投产", ["青禾", "丰越"]),
        # a new round or a rebuilding of schools names no school
        ("开展新一轮高职学校评估", []),
    ],
)
def test_listed_works_trades_and_rounds_are_no_bodies(text, expected):
    assert _orgs(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a body named after the work it leads holds that work's verbs, up to a lead verb or punctuation
        ("青山县治理欠薪工作领导小组办公室开展检查", ["青山县治理欠薪工作领导小组办公室"]),
        ("县里成立创建文明城市工作领导小组", ["创建文明城市工作领导小组"]),
        ("甲国关爱老人工作委员会召开年会", ["甲国关爱老人工作委员会"]),
        # a person's name or a verb of news taking a body ends it
        ("王立新主持甲省巡察工作领导小组会议", ["甲省巡察工作领导小组"]),
        ("会议批准乙市预算工作委员会报告", ["乙市预算工作委员会"]),
        # after a verb of appointment, the person appointed and 为 are no part of the body
        ("会议任命王立新为甲市人民政府副市长", ["甲市人民政府"]),
        ("会议决定免去赵立第九届青山县政协委员职务", ["第九届青山县政协"]),
        ("经表决，任命甲市人民政府秘书长", ["甲市人民政府"]),
        # after a determiner of quantity, a body named by one common word is a class of bodies
        ("针对客流高峰，一些热门机场增开值机柜台", []),
        ("部分重点医院开设夜间门诊", []),
        # a body whose name says it is China's takes no foreign country's short name before it
        ("以中共中央、国务院名义举行招待会", ["中共中央", "国务院"]),
        ("以国防部发言人表示", ["以国防部"]),
        # 局 opening a word of its own (局地, 局部) is no body's suffix; 局 ending a word is
        ("甲省、乙省等地局地最高温接近40℃", []),
        ("青山县气象局地面观测站投用", ["青山县气象局"]),
        # other bodies keep the walk that stops at a verb
        ("该县成立招商服务中心", ["招商服务中心"]),
        ("推进青山县人民医院扩建", ["青山县人民医院"]),
    ],
)
def test_bodies_named_after_the_work_they_lead(text, expected):
    assert [m.text for m in find_orgs(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # one common word or a level before a school's, hospital's or laboratory's suffix names a kind
        ("全面提升县级医院服务能力", []),
        ("推动二级医院对口支援", []),
        ("覆盖85%乡镇卫生院", []),
        ("新建重点实验室5家", []),
        ("开设专门学校", []),
        # a body with a name of its own stays
        ("南湖县人民医院新院启用", ["南湖县人民医院"]),
        ("县医院新院启用", ["县医院"]),  # a county's news: the county's own hospital, named by link
        ("江西农业大学招生", ["江西农业大学"]),
    ],
)
def test_kinds_of_schools_and_hospitals_are_no_bodies(text, expected):
    assert [m.text for m in find_orgs(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # one character and a school's suffix ending inside the next word: a verb and its object
        ("要加大学前教育投入", []),
        ("持续扩大学位供给", []),
        # a university's name stays
        ("南山大学招生", ["南山大学"]),
    ],
)
def test_a_suffix_ending_inside_the_next_word_names_no_school(text, expected):
    assert [m.text for m in find_orgs(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("省教育厅印发通知", ["省教育厅"]),  # a province's department: a field of administration before 厅
        ("甲省文化和旅游厅组织专家评审", ["甲省文化和旅游厅"]),
        ("会后，省政府办公厅发出通知", ["省政府办公厅"]),
        ("客人们步入宴会厅", []),  # a hall or a room
        ("习近平在福建厅会见外宾", []),  # a room named after a province
        ("志愿者在服务大厅值守", []),
        ("市民在音乐厅欣赏演出", []),
    ],
)
def test_ting_names_a_department_only_after_a_field(text, expected):
    assert _orgs(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("青石、铭远达等项目当年开工", ["青石", "铭远达"]),  # firms' projects: their news follows
        ("甲乙、丙丁等项目签约落户", ["甲乙", "丙丁"]),
        ("游客体验了剪纸、舞狮等项目", []),  # activities
        ("运动员在冰壶、雪车等项目上夺金", []),  # sports
        ("加快光伏、储能等项目建设", []),  # trades
    ],
)
def test_a_list_of_projects_names_firms_only_with_their_news(text, expected):
    assert _orgs(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("要实施好全国政协年度协商计划", ["全国政协"]),  # the clause's words before a central body
        ("会议听取和研究全国人大常委会工作汇报", ["全国人大常委会"]),
        ("在发布会上中国人民银行负责人介绍", ["中国人民银行"]),
        ("第十四届全国人大常委会举行会议", ["第十四届全国人大常委会", "全国人大常委会"]),  # a term stays
        ("国务院国资委印发通知", ["国务院国资委"]),  # a body before it stays
    ],
)
def test_clause_words_before_a_central_body_are_no_part_of_it(text, expected):
    assert [m.text for m in find_orgs(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("通过组建专业招商小分队赴外地招商", []),  # a team named only by its work: a kind of team
        ("村里建立矛盾纠纷调解队", []),
        ("监控专班人员重点监控资金支出", []),
        ("马大叔调解队化解纠纷20起", ["马大叔调解队"]),  # a nickname names one team
        ("青山村志愿服务队上门服务", ["青山村志愿服务队"]),  # a place names one
        ("综合运输春运工作专班提示", ["综合运输春运工作专班"]),  # a task force's formal name
    ],
)
def test_teams_named_only_by_their_work_are_kinds(text, expected):
    assert _orgs(text) == expected


def test_a_field_of_administration_without_he_names_a_department():
    assert _orgs("云南省人力资源社会保障厅发布通知") == ["云南省人力资源社会保障厅"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("他来到青石集团白水高新产业园调研", ["青石集团白水高新产业园"]),  # a company's named site
        ("甲乙有限公司富山工厂投产", ["甲乙有限公司富山工厂"]),
        ("白水高新产业园新增企业10家", []),  # a park of a place: a zone, no company's site
    ],
)
def test_a_companys_park_is_its_site(text, expected):
    assert [m.text for m in find_orgs(text) if "产业园" in m.text or "工厂" in m.text] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("代表团瞻仰青山县苏维埃政府旧址", []),  # the site where a body once sat
        ("来到青山大学遗址参观", []),
        ("青山大学发布招生计划", ["青山大学"]),
    ],
)
def test_a_bodys_former_site_is_no_body(text, expected):
    assert [m.text for m in find_orgs(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a verb or a preposition of the clause before a body's owner is no part of its name
        ("应越南国家博物馆邀请，代表团出访", ["越南国家博物馆"]),
        ("这批文物已入藏湖南省博物馆", ["湖南省博物馆"]),
        ("美中贸易全国委员会发布报告", ["美中贸易全国委员会"]),
        ("八路军驻新疆办事处旧址对外开放", []),
        ("八路军驻新疆办事处设在迪化", ["八路军驻新疆办事处"]),
        ("全年货运量占郑州机场的三成", ["郑州机场"]),
        # …a name's first part before its owner stays (a body, an abbreviation, a short name)
        ("协和医学院天津医院开诊", ["协和医学院天津医院"]),
        ("乌国家电力公司表示，电网受损", ["乌国家电力公司"]),
        ("国铁南昌局加开列车", ["国铁南昌局"]),
        # …and so does the verb of a body named after the work it leads
        ("创建国家卫生城市工作领导小组召开会议", ["创建国家卫生城市工作领导小组"]),
    ],
)
def test_clause_words_before_an_owner(text, expected):
    assert [m.text for m in find_orgs(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # words joined by 和 to a level opening a body's name are no part of it
        ("项目须经部门审批和县数据管理局评审", ["县数据管理局"]),
        # …but 和县 after a province or a city is the county
        ("安徽省和县教育局发布通知", ["安徽省和县教育局"]),
        ("县住房和城乡建设局牵头", ["县住房和城乡建设局"]),
    ],
)
def test_words_joined_before_a_level(text, expected):
    assert [m.text for m in find_orgs(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a verb before a count of games closes no bureau's name (a match's games)
        ("中国队先丢一局后连扳三局", []),
        # …a company named by its number stays
        ("中铁十一局中标该项目", ["中铁十一局"]),
    ],
)
def test_games_of_a_match(text, expected):
    assert [m.text for m in find_orgs(text)] == expected
