"""locatedIn: by the name, by a verb of settling, by the document's own place, for linear works."""

from __future__ import annotations

import pytest

TITLE = "分宜县加快项目建设"


@pytest.mark.parametrize(("body", "expected"), [
    # its name begins with the place
    ("会上，分宜县人民政府县长王强作报告。", {("分宜县人民政府", "locatedIn", "分宜县")}),
    # a verb of settling names the place (the name's province stays too: GUIDE 'its name begins with')
    ("江西青石新材料有限公司落户分宜县城东工业园。",
     {("江西青石新材料有限公司", "locatedIn", "分宜县城东工业园"), ("江西青石新材料有限公司", "locatedIn", "分宜县"),
      ("江西青石新材料有限公司", "locatedIn", "江西省")}),
    ("江西青石新材料有限公司位于分宜县，主营铜箔。",
     {("江西青石新材料有限公司", "locatedIn", "分宜县"), ("江西青石新材料有限公司", "locatedIn", "江西省")}),
    # a list of bodies settling together
    ("江西青石新材料有限公司、江西前沿科技有限公司等12家企业签约落地分宜县。",
     {("江西青石新材料有限公司", "locatedIn", "分宜县"), ("江西青石新材料有限公司", "locatedIn", "江西省"),
      ("江西前沿科技有限公司", "locatedIn", "分宜县"), ("江西前沿科技有限公司", "locatedIn", "江西省")}),
    # a linear work lies in every place it runs between
    ("遂川至大余高速公路项目建成通车。",
     {("遂川至大余高速公路项目", "locatedIn", "大余县"), ("遂川至大余高速公路项目", "locatedIn", "遂川县")}),
    ("新建青石铁路项目连接南昌和九江。",
     {("青石铁路项目", "locatedIn", "南昌市"), ("青石铁路项目", "locatedIn", "九江市")}),
    # a work built 在 a place
    ("分宜县青石新材料项目在分宜县杨桥镇开工建设。",
     {("分宜县青石新材料项目", "locatedIn", "分宜县"), ("分宜县青石新材料项目", "locatedIn", "杨桥镇")}),
])
def test_located_in(relations_of, body, expected):
    assert relations_of(body, TITLE, ("locatedIn",)) == expected


def test_bodies_counted_under_the_documents_own_place(relations_of):
    body = "全县共有医疗机构10个，其中民营医院3个（仁和医院、康宁医院）。"
    assert relations_of(body, "永丰县2023年国民经济和社会发展统计公报", ("locatedIn",)) == {
        ("仁和医院", "locatedIn", "永丰县"), ("康宁医院", "locatedIn", "永丰县")}


@pytest.mark.parametrize("body", [
    # a company is not placed in the article's county by default
    "江西青石新材料有限公司董事长李明介绍了情况。",
    # a place one only intends to invest in does not place the body there
    "江西青石新材料有限公司负责人表示，将在分宜县投资。",
    # a meeting held somewhere does not place the project there
    "青石新材料项目在北京召开推介会。",
    # national bodies are nobody's local body
    "科技部专家到分宜县调研，全县共有企业20家，其中科技部认定企业3家。",
])
def test_no_location(relations_of, body):
    located = relations_of(body, TITLE, ("locatedIn",))
    assert not {t for t in located if t[2] in ("分宜县", "北京市")}


def test_a_chinese_division_is_part_of_no_other_country(relations_of):
    found = relations_of("首届新加坡山东周在青岛举行，签约项目30个。", "山东外资工作", ("partOf",))
    assert not any(tail == "新加坡" for _, _, tail in found)


@pytest.mark.parametrize(("body", "expected"), [
    # 分别: each work where the place of the same rank is, and in what opens the place list
    ("今天，国家电网在福建宁德、龙岩分别开工建设白云山、青龙湖两座抽水蓄能电站。",
     {("白云山抽水蓄能电站", "宁德市"), ("白云山抽水蓄能电站", "福建省"),
      ("青龙湖抽水蓄能电站", "龙岩市"), ("青龙湖抽水蓄能电站", "福建省")}),
    # without 分别, every work in every place
    ("今天，青石集团在宁德开工建设白云山水电站、青龙湖水电站。",
     {("白云山水电站", "宁德市"), ("青龙湖水电站", "宁德市")}),
])
def test_works_are_where_they_are_built(relations_of, body, expected):
    found = relations_of(body, "白云山电站开工", ("locatedIn",))
    assert {(h, t) for h, _, t in found} == expected


def test_a_zone_named_after_a_region_is_no_part_of_it(relations_of):
    found = relations_of("长江经济带绿色发展示范区挂牌，九江经济技术开发区新签项目12个。", "区域协调发展", ("partOf",))
    tails = {(head, tail) for head, _, tail in found}
    assert not any(tail == "长江经济带" for _, tail in tails)
    assert ("九江经济技术开发区", "九江市") in tails


@pytest.mark.parametrize(("body", "expected"), [
    # 在 + a place + a comma opening the sentence sets the scene of the bodies named after it
    ("在萍乡，这家企业联合青山材料研究院攻克了关键技术。", {("青山材料研究院", "locatedIn", "萍乡市")}),
    ("今年，在上饶，蓝天光学有限公司新建生产线3条。", {("蓝天光学有限公司", "locatedIn", "上饶市")}),
    # a body named after a place is where its name says, not in the scene
    ("在深圳，外贸企业包机从香港机场出发。", set()),
    # without the comma, 在 + place is no scene: the visit is there, the body may be elsewhere
    ("代表团在萍乡考察了青山材料研究院。", set()),
])
def test_the_scene_of_a_sentence(relations_of, body, expected):
    assert relations_of(body, "产业观察", ("locatedIn",)) == expected


def test_a_short_form_before_a_suffix_is_no_place_of_the_name(relations_of):
    found = relations_of("朝阳区代表团到访。东辽县朝阳村党支部组织村民座谈。", "基层党建观察", ("locatedIn",))
    assert ("东辽县朝阳村党支部", "locatedIn", "朝阳区") not in found
    # the village named in the body's name is its place (the gold's convention: 某村党支部 locatedIn 某村)
    assert ("东辽县朝阳村党支部", "locatedIn", "朝阳村") in found


def test_a_division_is_part_of_the_nearest_division_named_above_it(relations_of):
    found = relations_of("江西省加快开放。瑞金市新建学校3所。", "教育观察", ("partOf",))
    assert ("瑞金市", "partOf", "江西省") in found
    named = relations_of("江西省加快开放。赣州市瑞金市新建学校3所。", "教育观察", ("partOf",))
    assert ("瑞金市", "partOf", "赣州市") in named and ("瑞金市", "partOf", "江西省") not in named


@pytest.mark.parametrize(("body", "expected"), [
    # 连接 + the places + 的 + a linear work
    ("今天，连接九江和南昌的青石高铁开工。", {("青石高铁", "九江市"), ("青石高铁", "南昌市")}),
    ("今天，连接江西吉安至广东韶关的青石高速建成通车。",
     {("青石高速", "江西省"), ("青石高速", "吉安市"), ("青石高速", "广东省"), ("青石高速", "韶关市")}),
    # a section named by its place
    ("青石高速公路九江段今天开工建设。", {("青石高速公路", "九江市")}),
    # the next sentence opens with a word for the work and says where it runs
    ("今天，白云至青山高速公路开工建设。线路全长76公里，贯穿武清区、宝坻区两区。",
     {("白云至青山高速公路", "武清区"), ("白云至青山高速公路", "宝坻区")}),
    ("今天，青石灌区改造工程开始建设。工程涵盖银川、吴忠2个地市。",
     {("青石灌区改造工程", "银川市"), ("青石灌区改造工程", "吴忠市")}),
    # a bridge named after its line is at one site, not along the whole line
    ("九江—南昌高速青山特大桥合龙。", {("九江—南昌高速青山特大桥", "九江市")}),
    # a part of the work built 在 a place
    ("今天，青石公铁大桥最大承台在江西南昌成功浇筑。", {("青石公铁大桥", "南昌市"), ("青石公铁大桥", "江西省")}),
])
def test_where_works_run(relations_of, body, expected):
    found = relations_of(body, "青石项目建设", ("locatedIn",))
    assert {(h, t) for h, _, t in found} == expected


def test_items_sharing_their_head_keep_their_own_places(relations_of):
    found = relations_of("今年，开江至梁平、乐山至马边、美姑至昭觉等高速公路通车。", "四川交通建设", ("locatedIn",))
    pairs = {(h, t) for h, _, t in found}
    assert {("乐山至马边高速公路", "乐山市"), ("美姑至昭觉高速公路", "昭觉县")} <= pairs
    assert not {("乐山至马边高速公路", "昭觉县"), ("乐山至马边高速公路", "美姑县")} & pairs


@pytest.mark.parametrize("body", [
    "青石高速公路一标段今天开工建设。",                      # a section named by no place
    "今天，青石大桥合龙。武清区、宝坻区将贯穿推进。",        # the next sentence opens with no word for the work
    "今天，青石高铁开工。宝坻区的道路连接武清区。",          # nor here
    "今天，青石大桥项目签约仪式在南昌举行。",                # an event held somewhere
    "今天，青石大桥项目负责人在南昌介绍建设情况。",
])
def test_no_place_of_a_work(relations_of, body):
    assert relations_of(body, "青石项目建设", ("locatedIn",)) == set()


@pytest.mark.parametrize(("body", "title", "expected"), [
    # a county-level name keeps the city printed before it
    ("九江市修水县融媒体中心发布消息。", "九江新闻",
     {("九江市修水县融媒体中心", "修水县"), ("九江市修水县融媒体中心", "九江市")}),
    # below the county, the most specific place only
    ("九江市修水县黄坳乡人民政府发布消息。", "九江新闻", {("九江市修水县黄坳乡人民政府", "黄坳乡")}),
    # a branch or site named after its place, behind its owner
    ("中国人保财险瑞金分公司开通理赔通道。", "瑞金市新闻", {("中国人保财险瑞金分公司", "瑞金市")}),
    ("华能瑞金电厂完成检修。", "瑞金市新闻", {("华能瑞金电厂", "瑞金市")}),
    # a phase of a port (a zone) lies where the port lies
    ("岳阳青石港一期建成运行。", "岳阳新闻", {("岳阳青石港一期", "岳阳市")}),
])
def test_places_a_name_gives(relations_of, body, title, expected):
    found = relations_of(body, title, ("locatedIn",))
    assert {(h, t) for h, _, t in found} == expected


@pytest.mark.parametrize("body", [
    # a place inside the name but not before a branch head
    "青石九江贸易公司开通热线。",
])
def test_no_place_from_inside_a_name(relations_of, body):
    assert relations_of(body, "九江新闻", ("locatedIn",)) == set()


def test_the_party_centre_is_nobodys_local_body(relations_of):
    found = relations_of("全省上下认真落实党中央、国务院决策部署，推进工作。", "2024年江西省政府工作报告", ("locatedIn",))
    assert not {h for h, _, _ in found} & {"中共中央", "国务院"}


@pytest.mark.parametrize(("body", "expected"), [
    # the destination is the longest place (the zone, not the city its name opens with), and that city too
    ("今天，青石母基金、白云产业基金等12家基金签约落地上海临港新片区。",
     {("青石母基金", "上海临港新片区"), ("青石母基金", "上海市"), ("白云产业基金", "上海临港新片区"),
      ("白云产业基金", "上海市")}),
    # a work built in a zone is in the zone
    ("今天，分宜县青石新材料项目在上海临港新片区开工建设。",
     {("分宜县青石新材料项目", "上海临港新片区"), ("分宜县青石新材料项目", "分宜县")}),
])
def test_settling_in_a_zone(relations_of, body, expected):
    found = relations_of(body, "新区建设", ("locatedIn",))
    assert {(h, t) for h, _, t in found} == expected


def test_a_work_named_after_the_spanning_clause_leaves_it_to_the_work_before(relations_of):
    body = "今天，青石特大桥顺利合龙。大桥全长2546米，横跨福建宁德的海湾，是宁德至上饶高速公路的控制性工程。"
    found = {(h, t) for h, _, t in relations_of(body, "大桥合龙", ("locatedIn",))}
    assert {("青石特大桥", "福建省"), ("青石特大桥", "宁德市")} <= found
    assert ("青石特大桥", "上饶市") not in found


@pytest.mark.parametrize(("body", "title", "expected"), [
    # a verb of settling closing the list, no destination: the place named before the list hosts it
    ("“十四五”期间，江西深入实施科技兴赣行动，中国科学院青石研究院、青石重点实验室等大院大所先后落地。",
     "江西科技创新", {("中国科学院青石研究院", "江西省"), ("青石重点实验室", "江西省")}),
    # the verb before the list and no place in the sentence: the article's own place hosts it
    ("规划建设大学城，先后落地江西理工大学信息学院，今年正式开学。", "瑞金市推进教育",
     {("江西理工大学信息学院", "江西省"), ("江西理工大学信息学院", "瑞金市")}),
])
def test_bodies_settling_without_a_destination(relations_of, body, title, expected):
    assert {(h, t) for h, _, t in relations_of(body, title, ("locatedIn",))} == expected


@pytest.mark.parametrize("body", [
    "引进上海青石设计研究院做好城市规划。",          # 引进 a consultant is no settling
    "江西理工大学信息学院落地以来，培养学生3000人。",  # the verb does not close the clause
])
def test_no_host(relations_of, body):
    assert not {t for _, _, t in relations_of(body, "瑞金市推进教育", ("locatedIn",))} & {"瑞金市"}


@pytest.mark.parametrize(("body", "expected"), [
    # a country lies in no other place: the second country of a name is part of the name
    ("美国巴拿马航运公司发布报告，称运价上涨。", {("美国巴拿马航运公司", "locatedIn", "美国")}),
    ("德国智利矿业公司宣布扩产。", {("德国智利矿业公司", "locatedIn", "德国")}),
    ("日本丰田汽车公司发布报告。", {("日本丰田汽车公司", "locatedIn", "日本")}),
    ("上海青石科技有限公司发布新品。", {("上海青石科技有限公司", "locatedIn", "上海市")}),
    # an international organisation lies in no place its name begins with
    ("上海代表团出席会议。双方愿在联合国、上海合作组织等多边机制内加强协调。", set()),
    ("亚太地区经济增长较快。双方愿在亚太经合组织等多边框架内加强协调。", set()),
])
def test_places_a_name_begins_with(relations_of, body, expected):
    assert relations_of(body, "某地新闻", ("locatedIn",)) == expected


@pytest.mark.parametrize(("title", "body", "work", "expected"), [
    # a broadcast's item: a work in a county lies in every division above it the item names
    ("江西瑞金：新航线开通", "今天，瑞金机场新航线开通。", "瑞金机场", {"瑞金市", "江西省"}),
    ("天津一高速公路开工建设", "今天，青石高速公路开工建设。该项目全长50公里，贯穿天津市武清区、宝坻区。",
     "青石高速公路", {"武清区", "宝坻区", "天津市"}),
    # the divisions the item does not name are left out
    ("兴城抽水蓄能电站开工建设", "今天，兴城市的抽水蓄能电站开工建设。", "兴城抽水蓄能电站", {"兴城市"}),
    # a body placed in a city is not placed in its province too
    ("广西南宁：海关推出新举措", "今天，南宁海关推出通关新举措。", "南宁海关", {"南宁市"}),
])
def test_a_broadcast_s_work_in_a_county_lies_in_the_divisions_above_it(title, body, work, expected):
    from tests.relate.test_actors import news_page_triples

    assert {t for h, _, t in news_page_triples(title, body, ("locatedIn",)) if h == work} == expected


def test_a_local_paper_s_body_in_its_county_stays_in_the_county(relations_of):
    found = relations_of("兴城市人民医院新大楼启用。", "辽宁葫芦岛兴城市：医疗服务再升级", ("locatedIn",))
    assert ("兴城市人民医院", "locatedIn", "兴城市") in found
    assert ("兴城市人民医院", "locatedIn", "辽宁省") not in found


@pytest.mark.parametrize(("title", "body", "expected"), [
    # a leader's visit: the companies and institutes the item names lie in the divisions visited
    ("李明在江西赣州调研", "中共中央政治局常委李明2月9日在江西赣州调研。李明考察了青石稀土研究院和有关企业。",
     {("青石稀土研究院", "江西省"), ("青石稀土研究院", "赣州市")}),
    ("李明在江西调研", "中共中央政治局常委李明3月17日到江西调研。在青石汽车集团有限公司，李明详细询问生产情况。",
     {("青石汽车集团有限公司", "江西省")}),
    # government bodies named in the item send the visitor, they are no site
    ("李明在江西调研", "中共中央政治局常委李明3月17日到江西调研。他代表党中央、国务院向大家问好。", set()),
])
def test_the_sites_of_a_visit_lie_in_the_places_visited(title, body, expected):
    from tests.relate.test_actors import news_page_triples

    found = {(h, t) for h, _, t in news_page_triples(title, body, ("locatedIn",))}
    assert found == expected


@pytest.mark.parametrize(("body", "body_name", "expected"), [
    # a township or village named with a local body places it there
    ("杨桥镇成立青石农业专业合作社，带动农户增收。", "青石农业专业合作社", {"杨桥镇"}),
    ("东岭村引进的青石新材料有限公司上月投产。", "青石新材料有限公司", {"东岭村"}),
    # a body of the nation is not where the sentence's township or village is
    ("交通运输部派出工作组，赶赴杨桥镇指导抢修。", "交通运输部", set()),
    ("国务院成立调查组，对东岭村山体滑坡进行调查。", "国务院", set()),
    ("中国科学院专家来到东岭村，查看水稻长势。", "中国科学院", set()),
    # a village that opens another person's title is that person's, not the body's
    ("今天我们认识青石集团车间主任王小明和东岭村党支部书记李大红。", "青石集团", set()),
    ("本期节目介绍江南师范大学教师赵小青和东岭村党支部书记周大海。", "江南师范大学", set()),
])
def test_a_body_lies_in_the_township_or_village_of_its_sentence(relations_of, body, body_name, expected):
    located = relations_of(body, "新闻联播", ("locatedIn",))
    assert {tail for head, _, tail in located if head == body_name} == expected


@pytest.mark.parametrize(("title", "body", "expected"), [
    # a bare county form the gazetteer cannot tell apart (龙门: no code) places no work by its name
    ("广西龙门大坝加固完成", "今天，广西在建最大水库——龙门大坝加固全部完成。龙门大坝项目总投资7亿元，预计明年下半年蓄水。",
     set()),
    # a foreign city has no code of ours and still places a body named after it
    ("日本民众集会抗议", "今天，民众在东京电力公司总部前集会。", {("东京电力公司", "locatedIn", "东京")}),
])
def test_no_location_in_an_ambiguous_bare_division(relations_of, title, body, expected):
    assert relations_of(body, title, ("locatedIn",)) == expected


REPORT = "2030年贵州省政府工作报告"


@pytest.mark.parametrize(("body", "expected"), [
    # companies listed after a partner's preposition or a verb of bringing in, and bodies of the nation,
    # come from elsewhere: a sentence naming the report's place does not place them in it
    ("举办推介会，与甲乙科技、丙丁集团等企业签订战略合作协议，贵州算力产业加快发展。", set()),
    ("招引甲乙银行、丙丁银行等金融机构，贵州金融服务持续改善。", set()),
    ("中国甲乙、丙丁集团等企业加快布局，贵州算力规模跃居前列。", {("丙丁集团", "locatedIn", "贵州省")}),
    # the place's own companies listed for a reform stay in it
    ("深化国企改革，推进甲乙集团、丙丁集团战略性重组，贵州国资布局持续优化。",
     {("甲乙集团", "locatedIn", "贵州省"), ("丙丁集团", "locatedIn", "贵州省")}),
])
def test_companies_brought_in_are_not_the_places_own(relations_of, body, expected):
    found = {t for t in relations_of(body, REPORT, ("locatedIn",)) if t[0] != "贵州省人民政府"}
    assert found == expected
