"""Statistics in news items: what a count counts and whose figure it is, on short invented texts.

Every table has texts where the rule must not fire.
"""

from __future__ import annotations

import pytest

from kg.document import extract_document


def observe(body: str, title: str = "铜鼓县新闻") -> set[tuple[str, str, float, str]]:
    doc = extract_document("t.txt", f"{title}\n\n{body}\n")
    return {(o["subject"], o["indicator"], o["value"], o["unit"]) for a in doc["articles"] for o in a["observations"]}


def indicators(body: str, title: str = "铜鼓县新闻") -> set[tuple[str, float]]:
    return {(indicator, value) for _, indicator, value, _ in observe(body, title)}


@pytest.mark.parametrize(("text", "expected"), [
    # two nouns joined by a conjunction and ending the phrase are one counted thing
    ("铜鼓县共开起了40多家民宿与农家乐。", {("开起民宿与农家乐", 40)}),
    ("铜鼓县的竹制品已销往20多个国家和地区。", {("竹制品已销往国家和地区", 20)}),
    # …not a partner the count acts with (与某县签署), nor a noun the phrase goes on with
    ("铜鼓县12家企业与修水县签署合作协议。", {("企业", 12)}),
    ("铜鼓县8名干部和驻村工作队分别包联村组。", {("干部", 8)}),
    # …nor another count after the conjunction
    ("铜鼓县打造5个精品示范点和若干个示范片区。", {("打造精品示范点", 5)}),
    # a noun before its own number is that number's
    ("铜鼓县建成水塘6口和泵站9座。", {("建成水塘", 6), ("泵站", 9)}),
])
def test_a_counted_noun_joined_by_a_conjunction(text: str, expected: set) -> None:
    assert indicators(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an origin right before a count (来自…) is no part of what is counted; a count of those taking part names
    # them with the verb (参会国家)
    ("铜鼓县茶博会吸引来自全球15个国家的客商参会。", {("参会国家", 15)}),
    ("来自各乡镇的24支队伍参加了铜鼓县龙舟赛。", {("队伍", 24)}),
    ("铜鼓县茶博会吸引了来自日本、韩国等9个国家和地区的300多名客商。", {("国家和地区", 9), ("客商", 300)}),
    # …but a verb and its object before the count stay
    ("铜鼓县引进来自外省的企业14家。", {("企业", 14)}),
    ("铜鼓县吸引客商15名。", {("吸引客商", 15)}),
])
def test_an_origin_before_a_count(text: str, expected: set) -> None:
    assert indicators(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # things counted, then the damage that befell them: an incident, no statistic
    ("暴雨致铜鼓县300多座房屋受损。", set()),
    ("强震造成当地1200栋建筑倒塌。", set()),
    ("冲突已造成至少40名平民死亡。", set()),
    # what a military strike hit, counted
    ("某国军方称，当天空袭了约60个目标。", set()),
    ("某国军方称，已摧毁对方20多辆坦克。", set()),
    # a damage word used as a noun before its figure, and deaths as a population statistic, stay
    ("铜鼓县修复受损道路35公里。", {("修复受损道路", 35)}),
    ("全年铜鼓县死亡人口2100人。", {("死亡人口", 2100)}),
    # a count with no incident after it stays
    ("铜鼓县新建房屋300多座。", {("新建房屋", 300)}),
])
def test_an_incident_is_no_statistic(text: str, expected: set) -> None:
    assert indicators(text) == expected


@pytest.mark.parametrize(("title", "text", "expected"), [
    # a place set as the scene after a time word (如今，在某县，…) is the topic the next sentence goes on with
    ("宜春市打造区域公用品牌", "如今，在靖安县，越来越多茶叶走出大山。据统计，品牌茶叶销售额达5亿元。", {"靖安县"}),
    ("宜春市打造区域公用品牌", "眼下，在靖安县，茶农忙着采茶。全年茶叶产量达1200吨。", {"靖安县"}),
    # a place after a time word but inside a longer clause is not set as the scene of the next sentence
    ("宜春市打造区域公用品牌", "如今，靖安县的茶叶走出大山。据统计，品牌茶叶销售额达5亿元。", {"宜春市"}),
])
def test_a_scene_set_after_a_time_word(title: str, text: str, expected: set) -> None:
    assert {subject for subject, *_ in observe(text, title)} == expected


@pytest.mark.parametrize(("title", "text", "expected"), [
    # the first item of a list the clause counts is what is counted, not whose figure it is
    ("全国春耕进度", "农业农村部消息，目前，浙江、福建、江西等9个省份春耕过半。", {"中国"}),
    ("宜春市招商引资", "甲基金、乙基金等6家基金落户宜春市，总规模达50亿元。", {"宜春市"}),
    # a place opening its clause with its own figure stays the subject
    ("全国春耕进度", "目前，浙江春耕面积达300万亩。", {"浙江省"}),
    # a list shared by a 分别 clause keeps one subject per value
    ("旅游市场升温", "今年春节，江西南昌、九江入境游客分别增长18%和12%。", {"南昌市", "九江市"}),
])
def test_a_counted_list_names_no_subject(title: str, text: str, expected: set) -> None:
    assert {subject for subject, *_ in observe(text, title)} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # light words ending the noun phrase right before its value are no part of it
    ("前三季度，铜鼓县快递业务量累计完成1200万件。", {("快递业务量", 1200)}),
    ("铜鼓县森林覆盖率稳定在88%以上。", {("森林覆盖率", 88)}),
    ("铜鼓县竹制品出口额首次突破5亿元。", {("竹制品出口额", 500000000)}),
    ("光是去年，铜鼓县的研发投入就达到2000万元。", {("研发投入", 20000000)}),
    ("全县52个在建项目中有13个项目已经投产。", {("在建项目", 52), ("在建项目", 13)}),
    # 当地 opening the phrase is the subject's place word
    ("在铜鼓县，当地投入农机3000台。", {("投入农机", 3000)}),
    # …but a verb governing the counted noun after the value stays, and so does a share (占比)
    ("铜鼓县高质量完成7个老旧小区改造。", {("高质量完成老旧小区改造", 7)}),
    ("铜鼓县清洁能源装机占比已超过60%。", {("清洁能源装机占比", 60)}),
])
def test_light_words_end_no_indicator(text: str, expected: set) -> None:
    assert indicators(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a depth below ground or water describes a place, it is no statistic
    ("该井在地下8000多米处获得高产油气流。", set()),
    # a well's depth reached as a count of its own length is still read when said as a total
    ("全县新打机井3000米。", {("新打机井", 3000)}),
])
def test_a_depth_describes_a_place(text: str, expected: set) -> None:
    assert indicators(text) == expected


@pytest.mark.parametrize(("title", "text", "expected"), [
    # the body a clause sets up, named as its last words, is whose figures the next clause gives
    ("靖安县基层治理", "靖安县成立了“石溪调解工作室”，化解矛盾纠纷30余起。", {"石溪调解工作室"}),
    ("靖安县数字经济", "靖安县组建了靖安县产权交易所，上架数据产品200个。", {"靖安县产权交易所"}),
    # …not when the next clause goes on with the one who set it up, or counts with a subject of its own
    ("靖安县基层治理", "靖安县成立了“石溪调解工作室”，并新建调解室12个。", {"靖安县"}),
    ("靖安县基层治理", "靖安县成立了“石溪调解工作室”，全县新建调解室12个。", {"靖安县"}),
    # …nor when the body is not what the clause sets up
    ("靖安县数字经济", "靖安县走访了靖安县人才服务中心，新增服务企业200家。", {"靖安县"}),
])
def test_the_body_just_set_up_goes_on(title: str, text: str, expected: set) -> None:
    assert {subject for subject, *_ in observe(text, title)} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a distance from or to somewhere, a race named by its distance, visibility and water depth describe
    ("震中距离县城约12公里。", set()),
    ("抢修队员赶往8公里外的故障点。", set()),
    ("铜鼓县选手夺得女子1500米决赛冠军。", set()),
    ("铜鼓县选手摘得男子400米自由泳金牌。", set()),
    ("受大雾影响，部分路段能见度不足50米。", set()),
    # lengths built or measured stay statistics
    ("铜鼓县新建农村公路80公里。", {("新建农村公路", 80)}),
    ("铜鼓县整治河道12.5公里。", {("整治河道", 12.5)}),
])
def test_a_distance_is_no_statistic(text: str, expected: set) -> None:
    assert indicators(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a comparison base with its year (较2019年同期, 比2022年, 相比2020年) is no part of the indicator
    ("国庆假期，铜鼓县接待游客量较2019年同期增长26%。", {("接待游客量", 26)}),
    ("铜鼓县工业投资较2022年增长9%，旅游收入较2019年增长30%。", {("工业投资", 9), ("旅游收入", 30)}),
    ("铜鼓县刑事案件立案数比2022年下降4.6%。", {("刑事案件立案数", 4.6)}),
    # a year that is the period, not a base, goes as before
    ("2023年铜鼓县工业投资增长9%。", {("工业投资", 9)}),
])
def test_a_comparison_base_with_its_year(text: str, expected: set) -> None:
    assert indicators(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a work's completion in an earlier clause makes the figures after it the work's design
    ("铜鼓县抽水蓄能电站建成投产后，年发电量将达12亿千瓦时。", set()),
    ("该线路开通运营后，两地列车运行时间将缩短40%。", set()),
    # …but not a completion reported as done, nor a new part of the sentence
    ("铜鼓县抽水蓄能电站建成投产，年发电量达12亿千瓦时。", {("年发电量", 12)}),
    ("电站建成后将大幅减排；今年全县发电量达12亿千瓦时。", {("发电量", 12)}),
])
def test_a_works_design_once_built(text: str, expected: set) -> None:
    assert indicators(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a change from an old level to a new one measures the noun before 从/由, after the clause's own subject
    ("铜鼓县注册企业从原来的290多家增长到了近1500家。", {("注册企业", 290), ("注册企业", 1500)}),
    ("铜鼓县注册企业由290家增至1500家，税收由3亿元增至5亿元。",
     {("注册企业", 290), ("注册企业", 1500), ("税收", 300000000), ("税收", 500000000)}),
    # 还有 before a count says there are more, it measures nothing
    ("铜鼓县还有30多家企业正在办理入驻。", {("企业", 30)}),
    # 从 or 由 inside a word stays
    ("铜鼓县梳理出不予受理的理由12个。", {("理由", 12)}),
])
def test_a_change_from_an_old_level(text: str, expected: set) -> None:
    assert indicators(text) == expected


# filler items so that a page holds the three headline/body pairs of a broadcast's page of items
_FILLER_ITEMS = (("某地举行端午龙舟邀请赛吸引众多市民", "今天，比赛在江边举行。"),
                 ("多地迎来夏季用电高峰保障供应平稳", "今天，各地用电负荷创新高。"))


def news_page_observations(title: str, body: str) -> set[tuple[str, str, float]]:
    """The observations of the first item of a page of TV-news items (headline, blank line, body)."""
    page = "".join(f"{t}\n\n{b}\n\n" for t, b in ((title, body), *_FILLER_ITEMS))
    doc = extract_document("invented.txt", page)
    assert doc["layout"] == "news-items"
    return {(o["subject"], o["indicator"], o["value"]) for o in doc["articles"][0]["observations"]}


@pytest.mark.parametrize(("title", "body", "expected"), [
    # a national item: a figure with no subject of its own is China's, not the province named most
    ("今年前五月我国茶叶出口保持增长", "湖南省、云南省茶园加快更新，湖南省茶农增收。各地加强质量监管。前5个月，茶叶出口量增长8%。",
     {("中国", "茶叶出口量", 8.0)}),
    # a foreign item or an event's item, its headline naming neither the country nor the place: no subject
    ("某国议会选举初步结果公布", "北京时间今天，选举结果公布。湖南省、云南省代表团观察。计票结束。执政党获得120个席位。", set()),
    ("第五届茶文化节今天开幕", "开幕式在湖南省长沙市举行，湖南省茶企参加。各方嘉宾出席。本届茶文化节设置展区8个。", set()),
    # an item whose headline names the province: the figure is the province's
    ("湖南：茶产业提质增效", "湖南省茶园加快更新，湖南省茶农增收。各地加强质量监管。前5个月，茶叶出口量增长8%。",
     {("湖南省", "茶叶出口量", 8.0)}),
    ("湖南茶产业提质增效", "湖南省茶园加快更新，湖南省茶农增收。各地加强质量监管。前5个月，茶叶出口量增长8%。",
     {("湖南省", "茶叶出口量", 8.0)}),
    # a figure with a subject of its own keeps it in any item
    ("第五届茶文化节今天开幕", "开幕式在长沙市举行。今年，湖南省茶叶出口量增长8%。",
     {("湖南省", "茶叶出口量", 8.0)}),
])
def test_a_broadcast_item_s_figure_falls_back_to_the_place_its_headline_names(title, body, expected):
    assert news_page_observations(title, body) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # what one machine can do in a unit of time: its specification
    ("这台插秧机每分钟可移栽300株秧苗。", set()),
    ("铜鼓县引进的收割机一天能收割80亩水稻。", set()),
    ("这款机器人每秒可以完成6次动作。", set()),
    # …not a place's daily figure, with no modal of capacity
    ("铜鼓县每天投入收割机120台。", {("投入收割机", 120)}),
    ("铜鼓县景区每天接待游客2万人次。", {("景区每天接待游客", 2)}),
    # a vehicle's, a ship's or an aircraft's specification
    ("这款新能源客车续航里程达600公里。", set()),
    ("该型飞机最大载水量8吨。", set()),
    # a rank, and an amount an equivalence converts to
    ("铜鼓县竹材产量居全省前3位。", set()),
    ("铜鼓县毛竹加工量进入全国前10名。", set()),
    ("铜鼓县光伏年发电1亿千瓦时，相当于节约标准煤3万吨。", {("光伏年发电", 1)}),
    # …a share after 相当于 and a period opening with 前 still measure
    ("铜鼓县森林面积相当于全县面积的87%。", {("森林面积相当于全县面积", 87)}),
    ("铜鼓县前5个月竹材产量增长8%。", {("竹材产量", 8)}),
])
def test_a_specification_a_rank_or_an_equivalence_is_no_statistic(text: str, expected: set) -> None:
    assert indicators(text) == expected


@pytest.mark.parametrize(("title", "body", "expected"), [
    # a guest of honour at a fair held in a city of the headline: the fair's figures are not the guest's
    ("第五届长沙茶博会开幕", "本届茶博会在长沙市举行。越南担任主宾国，来自20个国家的300家企业参展。",
     {("长沙市", "参展国家", 20.0), ("长沙市", "参展企业", 300.0)}),
    # …a country opening a clause with a figure of its own keeps it
    ("第五届长沙茶博会开幕", "本届茶博会在长沙市举行。今年，越南茶叶出口量增长8%。", {("越南", "茶叶出口量", 8.0)}),
    # one machine referred back to (这台…, 它…): its specification, and the clauses going on with it
    ("湖南新能源装备走向世界", "湖南省装备企业加快出海。这台机车可连续运行8小时，储氢量达到300公斤。", set()),
    ("湖南新能源装备走向世界", "湖南省装备企业加快出海。它的储氢量达到300公斤。", set()),
    # …not 它们 nor a place's own count of machines
    ("湖南新能源装备走向世界", "湖南省装备企业加快出海。湖南省企业研制的机车出口到12个国家。",
     {("湖南省", "机车出口到国家", 12.0)}),
])
def test_a_guest_s_or_a_machine_s_figures(title, body, expected):
    assert news_page_observations(title, body) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the work done to the things counted, ending the phrase, names what is counted
    ("铜鼓县高质量完成9个老旧小区改造。", {("高质量完成老旧小区改造", 9)}),
    ("铜鼓县完成3000亩荒山生态修复，新增林地500亩。", {("完成荒山生态修复", 3000), ("新增林地", 500)}),
    # …not a verb of its own after the count (参加, 签署), nor a work word that goes on into a longer phrase
    ("铜鼓县160家企业参加培训。", {("企业", 160)}),
    ("铜鼓县推动12个村庄改造工作提速。", {("推动村庄", 12)}),
])
def test_the_work_done_to_the_things_counted(text: str, expected: set) -> None:
    assert indicators(text) == expected


@pytest.mark.parametrize(("title", "text", "expected"), [
    # a place after a preposition of a partner, an origin or an agent does not open the clause as its subject
    ("我国外贸稳中向好", "我国进出口增长5%，对东盟增长9%。", {("中国", 5.0), ("中国", 9.0)}),
    ("湖南外贸稳中向好", "湖南省外贸增长5%，从长沙发出班列300列。", {("湖南省", 5.0), ("湖南省", 300.0)}),
    ("湖南茶产业提质增效", "湖南省茶产业发展良好。由长沙市牵头组建的茶业联盟吸纳企业50家。", {("湖南省", 50.0)}),
    # …but 在 sets the scene, and a place opening the clause is its subject
    ("湖南茶产业提质增效", "在长沙市，茶企吸纳就业3000人。", {("长沙市", 3000.0)}),
    ("湖南茶产业提质增效", "长沙市对外贸易增长9%。", {("长沙市", 9.0)}),
])
def test_a_place_after_a_preposition_of_a_partner_is_no_subject(title, text, expected):
    assert {(subject, value) for subject, _, value, _ in observe(text, title)} == expected


@pytest.mark.parametrize(("title", "body", "expected"), [
    # in a broadcast item on several provinces, 全省 points back to the province named before it in the sentence
    ("多地抢抓农时推进夏收", "湖南省夏收进展顺利。今年，江西加快机收，全省投入收割机3万台。", {("江西省", 3.0)}),
    ("多地抢抓农时推进夏收", "湖南省夏收进展顺利。在产粮大省江西，全省小麦收获过半，投入收割机3万台。", {("江西省", 3.0)}),
    # …a city named before is no province: 全省 is the item's main province
    ("湖南夏收进展顺利", "湖南省夏收进展顺利。长沙市加快机收，全省投入收割机3万台。", {("湖南省", 3.0)}),
])
def test_a_division_anaphor_points_back_to_the_place_of_its_kind_named_before(title, body, expected):
    assert {(subject, value) for subject, _, value in news_page_observations(title, body)} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # people evacuated or arrested, and a wildfire's burned area: an incident, no statistic
    ("冲突升级后，约30万人从该市撤离。", set()),
    ("当地警方逮捕了40名抗议者。", set()),
    ("抗议活动中有40人被捕。", set()),
    ("截至当天，林火过火面积已超过80平方公里。", set()),
    # …not a drill of evacuation, nor a forest area or a count of police
    ("铜鼓县组织撤离演练12次。", {("组织撤离演练", 12)}),
    ("铜鼓县森林面积达80平方公里。", {("森林面积", 80)}),
    ("铜鼓县配备民警40名。", {("配备民警", 40)}),
])
def test_evacuations_arrests_and_burned_areas_are_incidents(text: str, expected: set) -> None:
    assert indicators(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a range of months (1—5月), 今天 and 到 before a year or 今天 are time words, not part of what is measured
    ("1—5月全国快递业务量增长20%。", {("全国快递业务量", 20)}),
    ("1—5月我国快递业务量增长20%。", {("快递业务量", 20)}),
    ("铜鼓县高速公路流量今天预计达到3万辆。", {("高速公路流量", 3)}),
    ("铜鼓县力争到2027年培育专精特新企业50家。", {("培育专精特新企业", 50)}),
    ("铜鼓县到今天上午已接待游客1200人次。", {("接待游客", 1200)}),
    # …but a change to a new level by a year keeps what changed
    ("铜鼓县景区由2012年的20个增加到2023年的40个。", {("景区", 20), ("景区", 40)}),
])
def test_time_words_inside_the_phrase_are_no_part_of_it(text: str, expected: set) -> None:
    assert indicators(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # what the things counted won (获, 荣获, 入选…) is their predicate, no part of the counted noun
    ("铜鼓县8个项目获省科学技术奖。", {("项目", 8)}),
    ("铜鼓县3部作品荣获全省优秀作品奖。", {("作品", 3)}),
    ("铜鼓县5个行政村入选省级示范村。", {("行政村", 5)}),
    # …a noun with no such verb after it keeps its whole
    ("铜鼓县新增省级获奖项目8个。", {("新增省级获奖项目", 8)}),
    ("铜鼓县建成12个竹产业示范基地。", {("建成竹产业示范基地", 12)}),
])
def test_a_recognition_won_is_no_part_of_the_counted_noun(text: str, expected: set) -> None:
    assert indicators(text) == expected


@pytest.mark.parametrize(("title", "body", "expected"), [
    # a place's title before its name (产粮大省…, 经济强省…) still opens the clause with the place
    ("多地抢抓农时推进夏收", "湖南省夏收进展顺利。产粮大省江西今年小麦种植面积达500万亩。", {("江西省", 500.0)}),
    ("多地抢抓农时推进夏收", "湖南省夏收进展顺利。在产粮大省江西，500万亩小麦陆续开镰。", {("江西省", 500.0)}),
    # …not a place after a verb, nor a title that is no place's (大市场)
    ("湖南夏收进展顺利", "湖南省夏收进展顺利。支援产粮大省江西收割机500台。", {("湖南省", 500.0)}),
])
def test_a_place_s_title_before_its_name(title, body, expected):
    assert {(subject, value) for subject, _, value in news_page_observations(title, body)} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # how long a level held (连续5年保持…, 连续三个月) ends the phrase without being part of it
    ("铜鼓县群众满意率连续5年保持98%以上。", {("群众满意率", 98)}),
    ("铜鼓县粮食产量连续12年稳定在20万吨以上。", {("粮食产量", 20)}),
    ("铜鼓县森林覆盖率连续三个月超过88%。", {("森林覆盖率", 88)}),
    # …a run of periods opening the phrase, or 连续 with no periods, is left as written
    ("铜鼓县连续3年新增造林5000亩。", {("连续3年新增造林", 5000)}),
    ("铜鼓县连续开展培训12次。", {("连续开展培训", 12)}),
])
def test_a_run_of_periods_a_level_held_is_no_part_of_the_indicator(text: str, expected: set) -> None:
    assert indicators(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a modal or adverb the light words had hidden (…将|稳定在, …已|完成) ends no indicator
    ("铜鼓县公路总里程将稳定在900公里。", {("公路总里程", 900)}),
    ("铜鼓县水利项目资金已完成3亿元。", {("水利项目资金", 300000000)}),
    # …nor does an adverb after a counted noun (12个村都…)
    ("铜鼓县12个行政村都已通上自来水。", {("行政村", 12)}),
    # …and a word ending the phrase that is no filler stays
    ("铜鼓县公路通车里程达900公里。", {("公路通车里程", 900)}),
])
def test_a_modal_hidden_by_light_words_ends_no_indicator(text: str, expected: set) -> None:
    assert indicators(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # one compound of two indicators before 分别 and two values: each value measures one part, in order
    ("铜鼓县摩托车产销量分别完成3.1万辆和2.9万辆。", {("摩托车产量", 3.1), ("摩托车销量", 2.9)}),
    ("铜鼓县财政收支分别达到12亿元和15亿元。", {("财政收入", 1.2e9), ("财政支出", 1.5e9)}),
    # …and a clause going on with 同比分别 measures the same parts in turn
    ("铜鼓县电动车产销分别完成5万辆和4万辆，同比分别增长8%和6%。",
     {("电动车产量", 5), ("电动车销量", 4), ("电动车产量", 8), ("电动车销量", 6)}),
    # one character listed before the next item stands for it with its first character replaced
    ("铜鼓县港口内、外贸货运量分别增长3%和7%。", {("港口内贸货运量", 3), ("外贸货运量", 7)}),
    # …not a word's last character (刑事治安警情 and 刑事 make no pair)
    ("铜鼓县刑事治安警情、刑事立案数分别下降5%和8%。", {("刑事治安警情", 5), ("刑事立案数", 8)}),
    # …not a rate of one indicator, nor a compound with one value
    ("铜鼓县竹制品产销率为98%。", {("竹制品产销率", 98)}),
    ("铜鼓县竹制品产销量达到3万吨。", {("竹制品产销量", 3)}),
])
def test_a_compound_indicator_read_respectively(text: str, expected: set) -> None:
    assert indicators(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # places listed after a partner's preposition are partners of the clause's own place, not whose figures
    ("铜鼓县对日本、韩国出口分别增长3%和5%。", {"铜鼓县"}),
    # …places listed as subjects are each one's own
    ("铜鼓县、修水县游客分别增长3%和5%。", {"铜鼓县", "修水县"}),
])
def test_places_listed_before_respectively(text: str, expected: set) -> None:
    assert {subject for subject, _, _, _ in observe(text)} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a count closing a list of bodies that opens the clause counts those acting together: no statistic
    ("铜鼓县文化局等6个部门联合开展专项检查。", set()),
    ("铜鼓县文化局、铜鼓县林业局等6个部门联合开展专项检查。", set()),
    # …a list after a verb is counted by the clause's subject, and a count with no 等 is the subject's own
    ("铜鼓县吸引了来自日本、韩国等12个国家的客商。", {("铜鼓县", "国家", 12)}),
    ("铜鼓县新建6个党群服务中心。", {("铜鼓县", "新建党群服务中心", 6)}),
])
def test_a_count_closing_a_list_that_opens_the_clause(text: str, expected: set) -> None:
    assert {(s, i, v) for s, i, v, _ in observe(text)} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a cap word before the value with a benefit granted: one recipient's cap, no statistic
    ("铜鼓县对购买新能源农机的农户每台最高可补贴2万元。", set()),
    ("铜鼓县每户最多可获得5万元的创业奖励。", set()),
    # …not a highest level measured, nor a benefit's total paid out
    ("铜鼓县景区单日最高接待游客3万人次。", {("铜鼓县", "景区单日最高接待游客", 3)}),
    ("铜鼓县全年发放农机补贴资金3000万元。", {("铜鼓县", "发放农机补贴资金", 3e7)}),
])
def test_a_policy_cap_for_one_recipient(text: str, expected: set) -> None:
    assert {(s, i, v) for s, i, v, _ in observe(text)} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 将 before a noun marks what a change acts on: the noun is measured, not the agent
    ("铜鼓县新技术的应用将茶叶加工效率提升了30%。", {("茶叶加工效率", 30)}),
    # a modal 将 before a bare change verb leaves what changes
    ("铜鼓县物流成本将降低15%。", {("物流成本", 15)}),
    ("铜鼓县预计到2030年绿电装机容量将占全市的40%。", {("绿电装机容量", 40)}),
    # …将 before a verb with its object drops the agent; 将士 is a word of its own
    ("铜鼓县财政局将安排奖补资金300万元。", {("安排奖补资金", 3e6)}),
    ("铜鼓县慰问老将士家属80户。", {("慰问老将士家属", 80)}),
    # …将 before a preposition is a modal with no object of its own: the phrase is left as it was
    ("铜鼓县文旅局将通过消费券支持商户200家。", {("消费券支持商户", 200)}),
])
def test_jiang_inside_an_indicator(text: str, expected: set) -> None:
    assert indicators(text) == expected


@pytest.mark.parametrize(("indicator", "subject", "unit", "expected"), [
    # a rate or an amount of the subject does not repeat its name as the indicator's first word
    ("铜鼓茶叶产业营收", "铜鼓县", "CNY", "茶叶产业营收"),
    ("中国制造业景气指数", "中国", "%", "制造业景气指数"),
    ("宜春地区生产总值", "宜春市", "%", "地区生产总值"),
    # …a count keeps it (the name qualifies what is counted), and a longer word is no name
    ("中国游客", "中国", "名", "中国游客"),
    ("青海湖湿地面积", "青海省", "%", "青海湖湿地面积"),
])
def test_an_indicator_without_its_subject_s_own_name(indicator: str, subject: str, unit: str, expected: str) -> None:
    from kg.relate.stat_indicators import without_own_name

    assert without_own_name(indicator, subject, unit) == expected


@pytest.mark.parametrize(("title", "body", "expected"), [
    # 全省 points back to the province that opens the sentence, not to one listed after 从 (an origin)
    ("各地秋粮抢收", "河南从江苏、湖北等地引进收割机，目前全省秋粮收获超6000万亩。",
     {("河南省", "秋粮收获", 6000.0)}),
    # …nor to one after 向 (a partner)
    ("各地秋粮抢收", "江苏向安徽调运烘干机，目前全省秋粮收获超6000万亩。",
     {("江苏省", "秋粮收获", 6000.0)}),
    # a province named as the scene still takes it
    ("各地秋粮抢收", "在产粮大省安徽，全省秋粮收获超6000万亩。",
     {("安徽省", "秋粮收获", 6000.0)}),
])
def test_an_anaphor_skips_an_origin_or_a_partner(title: str, body: str, expected: set) -> None:
    assert news_page_observations(title, body) == expected
