"""Initiatives as a specification: invented sentences and the programmes they name."""

from __future__ import annotations

import pytest

from kg.extract.initiatives import find_initiatives
from kg.extract.programmes import find_programmes


@pytest.mark.parametrize(
    "text, expected",
    [
        # quoted names the sentence treats as programmes
        ("全面推行“码上办”服务，落实“三项清单”制度", ["码上办", "三项清单"]),
        ("打造“两大工程、六大行动”", ["两大工程", "六大行动"]),
        ("“惠企通”用户数突破10万", ["惠企通"]),  # a quoted name opening a report's clause
        # levers, policy lists and titled plans
        ("以林长制为抓手", ["林长制"]),
        ("依托科创券、园区贷等政策", ["科创券", "园区贷"]),
        ("印发《城乡环境整治三年行动方案》", ["城乡环境整治三年行动方案"]),
        # programmes in report style, without quotes
        ("深入实施山林护绿行动，学区管理改革有序推进", ["山林护绿行动", "学区管理改革"]),
        ("推进校园餐饮管理体制改革、乡镇医疗服务提升行动", ["校园餐饮管理体制改革", "乡镇医疗服务提升行动"]),
        ("大力实施农机推广应用一体化试点", ["农机推广应用一体化试点"]),
        ("实施医疗卫生强基工程", ["医疗卫生强基工程"]),  # a 工程 without a proper name is a programme
        ("加快县以下财政体制改革", ["县以下财政体制改革"]),  # 以 inside 以下 leads into nothing
        ("全面推进改革攻坚行动", ["改革攻坚行动"]),  # a lead verb that opens a longer word of the dictionary
        # national programmes of the lexicon
        ("各地持续推进扫黑除恶", ["扫黑除恶"]),
        ("机关支部组织党纪学习教育", ["党纪学习教育"]),
    ],
)
def test_initiatives_are_found(text, expected):
    assert [m.text for m in find_initiatives(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "推进重点改革和各项行动",  # generic
        "实施一系列重大战略",
        "深化改革",
        "打通服务群众“最后一步”",  # a figure of speech inside a clause
        "“青云2号”亩产创新高",  # a crop variety
        "“十五五”开局良好",  # a period
        "举行“开局起步‘十五五’”专题发布会",  # a period in single quotes
        "他说“我们一定能行”",  # speech
        "提供“管家式”服务",  # a manner of working, not a programme
        "推行“手拉手+面对面”帮扶",
        "国家发展改革委召开会议",  # 改革 inside a body's name
        "资金执行动态跟踪",  # 行动 across two words
        "开工建设石门水源工程",  # a work with a proper name is a project
        "全面推开林票改革",  # the predicate after an adverb is no part of the name, and 林票 alone is too short
        "《规划》明确，到2030年建成绿色走廊",  # a document kind alone refers back to a document named before
        "《实施方案》提出三项任务",
    ],
)
def test_non_programmes_give_nothing(text):
    assert find_initiatives(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("农村改革持续深化", []),  # a field's reform: the core is too short to name a programme
        ("开展城乡环境整治百日攻坚行动", ["城乡环境整治百日攻坚行动"]),
        ("第二批8项重点改革稳步推进", []),
        ("以实际行动践行承诺", []),
        ("开展打击行动", []),  # a verb alone before the head
        ("深入推进治理攻坚行动", ["治理攻坚行动"]),
        ("开行东海班列、北港陆海联运等线路", ["东海班列"]),  # a freight-train service
        ("制定招商引资正面清单", ["招商引资正面清单"]),
        ("列出问题清单", []),  # a list's core too short to name a programme
        ("建立在建、投产四张清单", []),  # counted
        ("建设东海班列、北港陆海联运", ["东海班列"]),  # the verb opening the clause is not the name's
        ("推进美丽乡村建设行动", ["美丽乡村建设行动"]),  # …inside the name it stays
    ],
)
def test_unquoted_programme_heads(text, expected):
    assert [m.text for m in find_programmes(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("稳步推进国家林业碳汇试验区建设", ["国家林业碳汇试验区"]),  # a national designation
        ("该市获批国家农旅融合先行区", ["国家农旅融合先行区"]),
        ("省自贸试验区新增企业300家", []),  # a free-trade zone is a place
        ("“山水通”管理体制改革全面推进", ["山水通"]),  # the quoted part names the programme
    ],
)
def test_designations_and_quoted_cores(text, expected):
    assert [m.text for m in find_initiatives(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a kind of operation or of engineering work names no programme
        ("甲国宣布对乙国采取军事行动", []),
        ("双方将停止报复性打击行动", []),
        ("各地协同推进水库骨干工程建设", []),
        ("该国表示将采取适当行动", []),
        # a programme's own content before the same heads stands
        ("深入实施青山护绿行动", ["青山护绿行动"]),
        ("全面推进老旧街区焕新工程", ["老旧街区焕新工程"]),
        # a quoted craft, device, exercise edition or event date is no programme
        ("科研船“远洋九号”返航", []),
        ("联合演习“山鹰-2030”开幕", []),
        ("妥善处置“5·18”山洪灾害", []),
        # a quoted programme with a figure in it stands
        ("全面推行“1+N”帮扶机制", ["1+N"]),
    ],
)
def test_kinds_of_action_crafts_and_dates_are_no_programmes(text, expected):
    assert [m.text for m in find_initiatives(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a quoted common word is emphasis or a figure of speech
        ("推动闲置资产“盘活”，实施品牌“出海”", []),
        ("把发展的“蛋糕”做大", []),
        # unless a programme noun follows it at once; a numbered slogan and a proper name stand
        ("全面开展“清零”行动", ["清零"]),
        ("落实“三保”要求", ["三保"]),
        ("打造“青山”区域公用品牌", ["青山"]),
    ],
)
def test_quoted_common_words_are_emphasis(text, expected):
    assert [m.text for m in find_initiatives(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a titled outline, list or proposal; a period or a draft mark after the kind of document
        ("国家出台《青山交通建设纲要》", ["青山交通建设纲要"]),
        ("古村成功列入《省级传统村落名录》", ["省级传统村落名录"]),
        ("中方提出《全球数据合作倡议》", ["全球数据合作倡议"]),
        ("国务院印发《全民读书计划（2031—2035年）》", ["全民读书计划（2031—2035年）"]),
        # the kind alone refers back to a title named before; a book or a treaty is no programme
        ("《倡议》提出加强合作", []),
        ("他写下《山河纪实》", []),
        ("两国纪念《睦邻友好条约》签订", []),
    ],
)
def test_titled_outlines_lists_and_proposals(text, expected):
    assert [m.text for m in find_initiatives(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("第六次全国经济普查将于明年开展", ["第六次全国经济普查"]),
        ("第三次水资源普查圆满完成", ["第三次水资源普查"]),
        ("他第一次参加普查工作", []),
        ("开展普查工作", []),
    ],
)
def test_numbered_censuses_are_programmes(text, expected):
    assert [m.text for m in find_initiatives(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the items of a counted or special set of actions are its programmes
        ("全面实施青山护林、碧水保育等三大行动", ["青山护林", "碧水保育"]),
        ("深入推进老区振兴、山区提升等专项工程", ["老区振兴", "山区提升"]),
        # an uncounted list of actions, or of works, names none
        ("队员投入到物资转运、道路抢通等行动", []),
        ("实施水系连通、河道清淤等重大工程", []),
    ],
)
def test_items_of_counted_actions_are_programmes(text, expected):
    assert [m.text for m in find_initiatives(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a quoted idea, motto or calling card is held or polished, not run
        ("牢固树立“实干为先、项目为王”理念", []),
        ("“中国茶乡”名片越擦越亮", []),
        # the same quote before a programme noun stands
        ("深入实施“项目为王”行动", ["项目为王"]),
    ],
)
def test_quoted_ideas_and_calling_cards_are_no_programmes(text, expected):
    assert [m.text for m in find_initiatives(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a share of a plan, or 计划 as the verb "plans to", names no plan
        ("今年已完成投资20亿元，占年度投资计划的六成", []),
        ("此前，青山机场计划每周增开航班", []),
        # a plan or an action reported as running stands
        ("制定青山振兴三年行动计划，推动发展", ["青山振兴三年行动计划"]),
    ],
)
def test_plans_as_verbs_and_shares_are_no_programmes(text, expected):
    assert [m.text for m in find_initiatives(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a quoted name of an artefact (pipeline, tank, missile) is a thing, no programme
    ("某国向邻国提供的首批“雪豹5”坦克已经运抵。", []),
    ("调查人员发现了“南溪”天然气管道的泄漏点。", []),
    # an exhibition or a gathering named in quotes is an event, no programme (the GUIDE)
    ("某市推出“航天科技成果主题展”，吸引游客。", []),
    # a quoted programme stays
    ("全省深入实施“产业倍增”行动。", ["产业倍增"]),
])
def test_quoted_artefacts_and_events_are_no_programmes(text: str, expected: list[str]) -> None:
    assert [m.text for m in find_initiatives(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a plan's name running on into a body's name is that body's
        ("县直单位有人民医院、妇幼保健计划生育服务中心（妇保院）、皮肤病防治所", []),
        # a plan named on its own stays one
        ("落实妇幼健康促进行动计划", ["妇幼健康促进行动计划"]),
    ],
)
def test_plans_inside_bodies_names_are_the_bodies(text, expected):
    from kg.extract import find_mentions

    assert [m.text for m in find_mentions(text) if m.type == "Initiative"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # 战略 qualifying the noun or verb after it is "strategic": no strategy's name
        ("双方同意推动甲乙全面战略伙伴关系不断发展", []),
        ("在两国元首战略引领下，推动合作", []),
        ("推进国有企业战略性重组", []),
        # a strategy named as such stands
        ("深入实施甲省创新驱动发展战略，推动转型", ["甲省创新驱动发展战略"]),
        # 试点 picking the places of a pilot is "pilot"; the pilot's own work stays a programme
        ("加快推进甲省生态先行试点县建设", []),
        ("推进全国新一轮闲置用地盘活试点工作", ["全国新一轮闲置用地盘活试点"]),
    ],
)
def test_strategic_and_pilot_as_qualifiers(text, expected):
    assert [m.text for m in find_initiatives(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an operation of armed forces, or one pointed to by a pronoun, is no programme
        ("甲国军队继续推进地面军事行动", []),
        ("甲方称，当地的敌对行动仍在继续", []),
        ("甲军称将继续实施“有针对性的军事行动”", []),
        ("媒体报道称，甲国此次行动得到乙国支持", []),
        # a quality or a place's many works named by 各 name no programme
        ("该铁路是两国合作的标志性工程", []),
        ("各地结合重大工程加快推进", []),
        # a programme named by what it does stays one
        ("深入实施农村供水提质行动", ["农村供水提质行动"]),
        ("深化供给侧结构性改革", ["供给侧结构性改革"]),
    ],
)
def test_operations_qualities_and_many_works_are_no_programmes(text, expected):
    assert [m.text for m in find_initiatives(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an activity named with 我的 is run like any other
        ("当地打造“我的青山行”研学活动", ["我的青山行"]),
        # words of someone quoted are no programme, nor is a team named with 我的
        ("他说：“我们一定把路修好”", []),
        ("甲国“我的家园”女子足球队抵达", []),
    ],
)
def test_activities_named_with_wode(text, expected):
    assert [m.text for m in find_initiatives(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # fairs, carnivals, parades, festivals and meetings are events (the GUIDE), however they are named
        ("其间还将举办“青瓷嘉年华”“彩车巡游”等活动", []),
        ("第三届“山海美食节”在甲市开幕", []),
        ("甲省举办“数博会”", []),
        # a programme of the same sentence stays
        ("开展“青瓷进万家”行动", ["青瓷进万家"]),
    ],
)
def test_events_are_no_programmes(text, expected):
    assert [m.text for m in find_initiatives(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an honour's title, an affair or a theme's words in quotes are no programme
        ("甲市追授王明“时代先锋”荣誉称号", []),
        ("“骗补”丑闻持续发酵", []),
        ("活动今天启动，主题为“数字惠民 共享未来”", []),
        # a quoted programme with its programme noun stays
        ("开展“清风护苗”专项行动", ["清风护苗"]),
    ],
)
def test_titles_affairs_and_themes_are_no_programmes(text, expected):
    assert [m.text for m in find_initiatives(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # 好 after a verb of running ("do well") is no part of the programme's name
        ("实施好新一轮乡村道路提升行动", ["新一轮乡村道路提升行动"]),
        ("落实好县域医共体改革", ["县域医共体改革"]),
        # 好 opening a word of its own stays
        ("推进好人好事评选行动", ["好人好事评选行动"]),
    ],
)
def test_verbs_done_well_lead_into_programmes(text, expected):
    from kg.extract.programmes import find_programmes

    assert [m.text for m in find_programmes(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a ranking of the so-many best is a list published, no programme
        ("“2030·全国旅游企业20强”今天发布", []),
        ("三家企业入选“世界品牌500强”", []),
        # a numbered slogan of strengths stays
        ("深入实施“五强”工程", ["五强"]),
    ],
)
def test_rankings_are_no_programmes(text, expected):
    assert [m.text for m in find_initiatives(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a question, a modifier, a figure pointed at, the stages of a change, a storm, a card played
        ("围绕“干什么”“怎么干”等问题，明确任务清单", []),
        ("甲军在南部实施“有针对性的”行动", []),
        ("要抓住科技创新这个“牛鼻子”", []),
        ("甲市实现从“跟跑”到“领跑”的跨越", []),
        ("受台风“海鸥”影响，沿海出现大风", []),
        ("乙县打好“生态牌”", []),
        # quoted programmes stay
        ("乙县深入开展“清风行动”", ["清风行动"]),
        ("乙县推出“惠农贷”金融产品", ["惠农贷"]),
        ("丙市推出“生态牌”系列行动", ["生态牌"]),
        ("丁县打造“一村一品牌”", ["一村一品牌"]),
    ],
)
def test_quoted_figures_are_no_programmes(text, expected):
    assert [m.text for m in find_initiatives(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a discipline of engineering, a part of a construction work, a quality said of a work
        ("乡村振兴是一项系统工程", []),
        ("要把新桥打造成精品工程", []),
        ("丙市推进国家重点水利工程建设", []),
        ("该站主体工程完工后实施配套工程", []),
        # programmes named by 工程 stay
        ("乙省深入实施文化惠民工程", ["文化惠民工程"]),
        ("丁县实施一号工程", ["一号工程"]),
    ],
)
def test_kinds_of_work_are_no_programmes(text, expected):
    assert [m.text for m in find_initiatives(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a day of observance and a gala are events, no programmes
        ("各地开展“国际茶日”主题活动", []),
        ("乙县开展“安全宣传咨询日”活动", []),
        ("“中国电影之夜”在甲市举行", []),
        # a programme named by a day stays
        ("丙县实施“暖心日”行动", ["暖心日"]),
        ("各支部开展“主题党日”活动", ["主题党日"]),
    ],
)
def test_days_and_galas_are_no_programmes(text, expected):
    assert [m.text for m in find_initiatives(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a quoted idea or principle, with 的 or without, is held, not run
        ("这种精雕细琢“修旧如旧”的理念贯穿城市更新", []),
        ("甲县坚持“宜农则农”原则", []),
        # a quoted programme with its plan after 的 stays
        ("乙县实施“暖心工程”的方案", ["暖心工程"]),
    ],
)
def test_quoted_ideas_and_principles_are_no_programmes(text, expected):
    assert [m.text for m in find_initiatives(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("全市“五上”企业达到800家", []),  # a statistical class of firms
        ("发挥“三老”人员和乡贤作用", []),  # a class of people
        ("新增“小升规”单位12个", []),
        ("持续推进“三服务”行动", ["三服务"]),  # a programme noun after the quote: a programme
        ("在“强链为先”企业文化引领下", ["强链为先"]),  # 企业 heading a longer noun: the culture's motto
        ("深化“四上”改革", ["四上"]),
        ("建立“入库+成长+领军”企业培育机制", ["入库+成长+领军"]),  # the classes of a scheme, part of its name
    ],
)
def test_designations_of_classes_of_members_are_no_programmes(text, expected):
    assert [m.text for m in find_initiatives(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("推行“网格吹哨、部门报到”工作机制", ["网格吹哨、部门报到"]),  # the kind of programme after the list
        ("实施“百园示范、千企提升、万户受益”行动", ["百园示范、千企提升、万户受益"]),
        ("采取“村委牵头、党员带头、村民参与”的模式", ["村委牵头、党员带头、村民参与"]),
        ("开展“项目大比拼、比拼大项目”，全年开工300个", ["项目大比拼、比拼大项目"]),  # a verb of launching before it
        ("牢固树立“发展优先、民生为本”理念", []),  # principles held, no programme
        ("聚焦“走在前列、勇争一流、善于作为”目标要求", []),  # aims
        ("按照“区域相连、人口相近、规模适度”的原则", []),
    ],
)
def test_quoted_lists_are_programmes_by_their_kind_or_launch(text, expected):
    assert [m.text for m in find_initiatives(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("加快构建“南部引领发展、北部协同推进”发展格局", []),  # a layout of development, no programme
        ("实施50处城乡供水提升工程", []),  # counted works
    ],
)
def test_layouts_and_counted_works_are_no_programmes(text, expected):
    assert [m.text for m in find_initiatives(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("从破解“出行之难”到实现“出行之便”，变化显著", []),  # two stages of a change, each led by its verb
        ("从严落实“两个责任”", ["两个责任"]),  # 从严 is "strictly": no stage
        ("严控“三公”经费和会议费", []),  # the costs of a class of items
    ],
)
def test_stages_and_costs_of_classes_are_no_programmes(text, expected):
    assert [m.text for m in find_initiatives(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("；森林防火和林区安全责任制考核居全省前列", ["森林防火和林区安全责任制"]),  # 和 inside one name
        ("深化国资国企改革和财税体制改革", ["国资国企改革", "财税体制改革"]),  # two programmes
        ("坚持和完善林长制", ["林长制"]),  # a verb before 和
        ("开展编制合理使用、动态调整和薪酬制度改革", ["薪酬制度改革"]),  # the last item of a list
        ("入选国家第二批县域商业体系建设试点", ["国家第二批县域商业体系建设试点"]),  # an ordinal is no count
    ],
)
def test_a_conjunction_inside_a_programmes_name(text, expected):
    assert [m.text for m in find_initiatives(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a name the projects' rules take as a work on the same words is a work, no programme run
    ("推动青石水利枢纽工程、白沙供水工程主体完工", []),
    ("完成甲路、青石水库主体工程", []),
    ("开工建设引青济白等重大水利工程，赣州引水工程加快推进", []),
    # a programme named by its field stays one
    ("实施医疗卫生强基工程", ["医疗卫生强基工程"]),
])
def test_works_are_no_programmes(text: str, expected: list[str]) -> None:
    assert [m.text for m in find_programmes(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an honour's title (lexicon honour_words) is awarded, no programme run
    ("“青石勋章”获得者代表出席", []),
    ("颁发“二级白沙功勋奖章”", []),
    # a light verb closing the core (采取|行动, 展开|行动) or 对 with its object: the action itself, unnamed
    ("甲方称将继续采取行动", []),
    ("甲军在白沙地区展开行动", []),
    ("某国总理批准对甲国行动目标", []),
    # a named action stays
    ("深入开展青石清风行动", ["青石清风行动"]),
])
def test_honours_and_actions_taken_are_no_programmes(text: str, expected: list[str]) -> None:
    assert [m.text for m in find_initiatives(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 之一 closes a class: one of the …, no programme's name
    ("青石沟是世界上最悠久的城市防洪排水工程之一", []),
    ("深入实施青石清风行动", ["青石清风行动"]),
])
def test_one_of_a_class_is_no_programme(text: str, expected: list[str]) -> None:
    assert [m.text for m in find_programmes(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a count of trains (一列, 3列) opens no service's name: the service is named after it
    ("两个小时要完成一列入境返程青石班列的换装", []),
    ("开行白沙号青石班列", ["白沙号青石班列"]),
])
def test_a_count_of_trains_opens_no_service(text: str, expected: list[str]) -> None:
    assert [m.text for m in find_programmes(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a name ending in a work's head (供水工程, 大桥|工程, 隧道|工程) is a work or a class of works, no programme
    ("全年完成2万多处农村供水工程", []),
    ("东北地区规模最大的跨海大桥工程启动", []),
    ("成为世界隧道工程的重要里程碑", []),
    ("实施城市生命线安全工程", ["城市生命线安全工程"]),
])
def test_names_ending_in_a_works_head_are_no_programmes(text: str, expected: list[str]) -> None:
    assert [m.text for m in find_programmes(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 和 before one character the dictionary reads as a quality (和美, a word it lacks) is inside the name
    ("推进青山绿水和美村庄建设行动", ["青山绿水和美村庄建设行动"]),
    ("实施富裕和美家园建设行动", ["富裕和美家园建设行动"]),
    # before a verb or a level it joins two things, the programme being the second
    ("开展青石活动和扩进口专项行动", ["扩进口专项行动"]),
    ("实施国家和省重大人才工程", ["省重大人才工程"]),
])
def test_a_conjunction_before_one_character(text: str, expected: list[str]) -> None:
    assert [m.text for m in find_programmes(text)] == expected
