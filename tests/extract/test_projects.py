"""Projects as a specification: invented sentences and the project names they hold."""

from __future__ import annotations

import pytest

from kg.extract.projects import find_projects, has_proper_part, is_generic


@pytest.mark.parametrize(
    "text, expected",
    [
        # a project head with its owner and product
        ("投资12亿元的华信新材料项目于3月开工", ["华信新材料项目"]),
        ("鑫拓化工年产5万吨涂料项目正式投产", ["鑫拓化工年产5万吨涂料项目"]),
        ("华铜超薄锂电铜箔项目进入设备调试", ["华铜超薄锂电铜箔项目"]),
        ("岳阳华晶光伏玻璃新产线顺利投产", ["岳阳华晶光伏玻璃新产线"]),
        # named works of infrastructure, whatever the sentence says of them
        ("青山至白水高速公路全线贯通", ["青山至白水高速公路"]),
        ("G99高速公路建成通车", ["G99高速公路"]),
        ("岭南铁路开通运营", ["岭南铁路"]),
        ("新开工建设云溪水库", ["云溪水库"]),
        ("石门灌区续建配套工程加快推进", ["石门灌区续建配套工程"]),
        ("推进云溪水库扩容工程", ["云溪水库扩容工程"]),
        # a list sharing one head gives one project per item
        ("松岭、柏溪两座抽水蓄能电站开工建设", ["松岭抽水蓄能电站", "柏溪抽水蓄能电站"]),
        # buildings only where their construction is reported
        ("东坪卫生院、西坪卫生院建设完成", ["东坪卫生院", "西坪卫生院"]),
        ("新建临江机场开工建设", ["临江机场"]),
        ("临江机场正式通航", ["临江机场"]),  # opening to traffic ends a construction (GUIDE: 建成)
        # a phase written after the name is part of it
        ("加快推进青石电厂三期、白沙大桥二期工程建设", ["青石电厂三期", "白沙大桥二期工程"]),
        # linear works named by their two ends, in a list sharing the head, with a route code
        ("乐平至万年、婺源至德兴等高速公路建成通车", ["乐平至万年高速公路", "婺源至德兴高速公路"]),
        ("G999青山至白水公路加快推进", ["G999青山至白水公路"]),
        ("G999首都环线高速公路白水段项目正式开工建设", ["G999首都环线高速公路白水段项目"]),  # 首都 is no adverb here
        # the verb that leads into a name is not part of it
        ("正式开工建设分宜县青石新材料项目", ["分宜县青石新材料项目"]),
        # a bridge or tunnel named right after its line is that line's structure, one work
        ("甲城—乙城高速青山特大桥顺利合龙", ["甲城—乙城高速青山特大桥"]),
        ("青石铁路白云山隧道贯通", ["青石铁路白云山隧道"]),
        # a division, a quoted name and 工程: one work of that place
        ("今天，江西省“清水入湖”工程正式启动", ["江西省“清水入湖”工程"]),
        # a one-character qualifier (大, 新) before a work's head is a part of its short name
        ("连接青石和大安的青大高速建成通车", ["青大高速"]),
        # a title of the genre before a work's name is no part of it; the name after it is the work
        ("超级工程青石大桥主塔封顶", ["青石大桥"]),
        ("国家重大工程青石电厂三期开工", ["青石电厂三期"]),
        ("青石铁路全线控制性工程正加紧施工", ["青石铁路"]),  # the title alone names nothing: the line stays
        ("青石电厂二期开工", ["青石电厂二期"]),  # a work's phase is no event's session
        # a line between two divisions, whatever the dictionary reads in the first (攀枝花 an idiom, 久治 a verb)
        ("加快攀枝花至丽江高速公路前期工作", ["攀枝花至丽江高速公路"]),
        ("开工建设盘州至六盘水铁路", ["盘州至六盘水铁路"]),
        ("推进久治至玛沁、甘德至达日等高速公路建设", ["久治至玛沁高速公路", "甘德至达日高速公路"]),
        ("青赣铁路开通运营", ["青赣铁路"]),
        # a work's name begins after a word of belonging or of attribution (lexicons belonging_words, lead_verbs)
        ("青石集团旗下白沙水电站投产发电", ["白沙水电站"]),
        ("甲国称白沙核电站恢复建设", ["白沙核电站"]),
        ("工程建成后将连通长江三峡水库", ["长江三峡水库"]),  # 连通: a verb the dictionary tags an adjective
        ("青石海关所属白沙大桥建成通车", ["白沙大桥"]),
        ("青石环线高速建成通车", ["青石环线高速"]),
        ("白沙县中医医院建设完成", ["白沙县中医医院"]),
        # an extension towards one side is part of the work's name, as a phase is
        ("青石大道向南延伸等项目加快推进", ["青石大道向南延伸"]),
        ("青石大道建成通车", ["青石大道"]),
        # a work's head followed by another noun qualifies it; the last noun is the compound's head
        ("青石县人民医院正式启用", ["青石县人民医院"]),
        ("石门大桥主桥合龙", ["石门大桥"]),  # a part of the work: the work stays
        ("青石机场大道建成通车", ["青石机场大道"]),
        # a list sharing a head: an item ending like a place (白路) shares it; the phase is the last item's
        ("建成青田、白路两座水库", ["青田水库", "白路水库"]),
        ("争取青石至白沙、甲乙高铁南延等项目", ["青石至白沙高铁", "甲乙高铁南延"]),
        ("青石绕城高速建成通车", ["青石绕城高速"]),  # a ring road named by its city
        ("青山塘水库建成蓄水", ["青山塘水库"]),  # a class's word inside a name, not opening it
        ("一座装机百万千瓦的白沙水电站建成投产", ["白沙水电站"]),  # a count before a named work
        ("赣州至吉安高铁隧道全部贯通", ["赣州至吉安高铁"]),
        ("今天，赣州至吉安至南昌高铁开通运营", ["赣州至吉安至南昌高铁"]),  # a line named by three ends
        ("建成永定河干流堤防、白沙河滞洪水库等工程", ["白沙河滞洪水库"]),  # no 定河干流堤防|水库: cut inside a word  # the line's tunnels as a class: the line
        # a work report's list of projects: a place of China, then a company and its product
        ("推动赣州华信锂电池、吉安永泰新材料等项目建成投产", ["赣州华信锂电池", "吉安永泰新材料"]),
        ("赣州华信锂电池、吉安永泰新材料项目建成投产", ["赣州华信锂电池", "吉安永泰新材料项目"]),
        # 等 and a noun of projects close the list: its items are projects whatever the verb (no status needed)
        ("加快赣州华信锂电池、吉安永泰新材料等重点项目建设", ["赣州华信锂电池", "吉安永泰新材料"]),
        ("抓好萍乡蓝海储能、宜春青峰碳化硅扩产等一批产业项目", ["萍乡蓝海储能", "宜春青峰碳化硅扩产"]),
        ("赣州华信锂电池、吉安永泰新材料项目前期工作", ["吉安永泰新材料项目"]),  # no 等, no status: only 项目 names
        ("赣州正推进华信锂电池、吉安永泰新材料等项目", ["吉安永泰新材料"]),  # a clause is no item's name
        # a clause opening with a place's project and closing on its production
        ("今年，赣州华信陶瓷电容器量产，吉安企业投产", ["赣州华信陶瓷电容器"]),
        ("吉安华信液化天然气接收站正式投产", ["吉安华信液化天然气接收站"]),
        ("新疆青石瓜蒌产业项目落户", ["新疆青石瓜蒌产业项目"]),  # 产业 is no title closing the name  # two places' short names: a line, no network
        ("建成青石电厂超超临界3号机组、白沙电厂超超临界4号机组", ["青石电厂", "白沙电厂"]),  # no 号|机组电厂
    ],
)
def test_named_projects_are_found(text, expected):
    assert [m.text for m in find_projects(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "全年储备一批大项目",  # generic qualifiers only
        "全省新开工6条高速公路",  # a count of works, none named
        "推进病险水库除险加固",  # a class of reservoirs
        "引进5个合作项目",
        "抓好项目建设",
        "企业新上3条智能化生产线",  # lines without an owner's name
        "部分热门景区高速收费站车流集中",  # a determiner of quantity: a class of highways
        "多个灌区续建配套工程加快推进",
        "新材料项目和基础设施项目齐头并进",
        "该项目总投资3亿元",
        "临江机场旅客吞吐量增长",  # an airport in service is an organisation
        "白沙港区吞吐量增长",  # a port area is a place
        "市民在公园散步",  # a building without construction
        "实施医疗卫生强基工程",  # a programme, not a work
        "哈尔滨工程大学举办开放日",  # 工程 inside a university's name
        "力争开工总投资50亿元以上的新材料项目",  # a sector's class of projects
        "开工建设甲城至乙城等高速公路",  # 等 closes a list: no work is so named
        "深入实施“清水入湖”工程",  # a quoted name + 工程 with no place before it is a programme
        "中国“清水入湖”工程成效显著",  # the country's: a programme too
        # a class of works by a classification's qualifier, or a whole province's network (lexicon work_class_words)
        "全省普速铁路营业里程增长",
        "规模化供水工程覆盖更多农村人口",
        "加快建设一批世界级水电站",
        "全省高速公路建成通车里程突破1万公里",
        "推进尾矿库、病险水库除险加固",
        "白云湾区超级工程顺利推进",  # a title of the genre alone
        "第9届青石博览会第二期今天开展",  # an event's session, no work's phase
        # one place and a line's head: the place's network
        "截至去年底，江西铁路营业里程突破5000公里",
        "长三角铁路计划投资增长",
        "赣州高速公路通车里程增长",
        "投身铁路建设一线",  # a verb and the head alone
        "建成后该环线高速将提升通行效率",  # a demonstrative points back to a work named before
        "运河主要建设航道、船闸等工程",  # 主要: a qualifier of the genre
        "县级中医医院建设完成",  # a level's class of hospitals (lexicon level_class_words)
        "规划建设青石高铁新城",  # a town named after a line
        "青石县人民医院城南分院正式启用",  # a hospital's branch is a body
        "白沙高速服务区建成投用",
        # a list of bodies, of sectors, or without a place, or of firms, is no list of projects
        "赣州华信集团、吉安永泰公司等项目建成投产",
        "赣州新材料、吉安锂电等项目建成投产",
        "华信锂电池、永泰新材料等项目建成投产",
        "赣州华信锂电池、吉安永泰新材料等企业建成投产",
        "抓好赣州新材料、吉安锂电等重点项目建设",  # sectors of places: classes
        "推动华信、永泰等项目建设",  # firms alone, no place: short names of bodies
        "赣州华信剪纸、吉安永泰灯彩等十多项非遗项目进街区",  # 项目 as items of heritage (lexicon item_senses)
        "赣州华信龙舟、吉安永泰舞狮等比赛项目",
        "假日里绕城高速易发生拥堵",  # a ring road without its city: a class
        "村里的山塘水库年久失修",  # small reservoirs and ponds: a class
        "川赣两地高速公路通车里程增长",  # a count of places
        "九江石化投产",  # a place and a sector's short word: a body
        "白沙奥运会新项目亮相",  # 新|项目: an event's new item
        "赣州华信锂电池预计明年投产",  # the clause's last word before 投产 is a verb, not the product
        "在高原上，一座百兆瓦的光热电站进入施工关键期",  # one of a kind introduced by a count, unnamed
        "受降雪影响，甲地、乙地部分铁路暂停运行",  # a determiner of quantity inside a list
    ],
)
def test_generic_phrases_and_non_projects_give_nothing(text):
    assert find_projects(text) == []


@pytest.mark.parametrize(
    "core, proper",
    [
        ("鑫拓化工涂料", True),  # a name jieba does not know
        ("年产5万吨涂料", True),  # a capacity
        ("湖州新能源汽车", True),  # a prefecture of the gazetteer
        ("G99", True),  # a road's code
        ("产业发展", False),
        ("绿色低碳", False),
        ("新型储能", False),
    ],
)
def test_a_project_core_needs_a_proper_part(core, proper):
    assert has_proper_part(core) is proper


@pytest.mark.parametrize(
    "name, generic",
    [("一批大项目", True), ("5个合作项目", True), ("20亿元项目", True), ("鑫拓化工涂料项目", False)],
)
def test_generic_project_names(name, generic):
    assert is_generic(name) is generic


@pytest.mark.parametrize(
    "text, project",
    [
        ("白水县新能源项目在白水县柳桥镇开工建设。", "白水县新能源项目"),  # 柳桥 ends inside 柳桥镇: no work
        ("工人们在东山县石桥乡修路。", None),
    ],
)
def test_no_project_ends_inside_a_place_name(text, project):
    from kg.extract import find_mentions

    projects = [m.text for m in find_mentions(text) if m.type == "Project"]
    assert projects == ([project] if project else [])


@pytest.mark.parametrize(("text", "expected"), [
    # a verb or a count after the line opens no structure of it
    ("推进青石高速建设大桥", ["青石高速"]),
    ("青石高铁甲省段首座大桥合龙", ["青石高铁"]),
])
def test_no_structure_after_a_verb_or_a_count(text, expected):
    assert [m.text for m in find_projects(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a verb before a work's name is no part of it
        ("今年前5个月，经青山至白水铁路运输货物增长", ["青山至白水铁路"]),
        ("会议决定核准浙江青田一期工程", ["浙江青田一期"]),
        # a superlative describes a work, it names none
        ("持续干旱致甲国最大水库水位下降", []),
        # a one-character verb inside a work's own name stays (引江济淮)
        ("引青济白二期工程开工建设", ["引青济白二期工程"]),
    ],
)
def test_lead_verbs_and_superlatives_are_no_part_of_a_work(text, expected):
    assert [m.text for m in find_projects(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a place's title of the genre (its rank qualifier, a field, 工程 or 项目) before a work's name is no part of it
    ("江西省重点项目青石化工涂料项目加紧推进", ["青石化工涂料项目"]),
    ("甲地的江西省重大水利工程白沙水库今天开工", ["白沙水库"]),
    ("江西省重点交通工程青石大桥合龙", ["青石大桥"]),
    # and alone, in apposition to the work after a dash, it names none
    ("赣州重点城市更新项目——青石文化科技园开园", []),
    ("长三角重大交通工程——青石跨海通道进入关键阶段", []),
    # a place before a class word that is no rank (成都|绕城, 某某|灌区续建配套工程) keeps the name
    ("成都绕城高速公路开启应急通道", ["成都绕城高速公路"]),
    ("石门灌区续建配套工程加快推进", ["石门灌区续建配套工程"]),
])
def test_a_places_title_of_the_genre_names_no_work(text, expected):
    assert [m.text for m in find_projects(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a noun a work's name qualifies (lexicon work_modified_nouns): the compound names a port, a body, an economy
    ("货物经青石铁路口岸入境", []),
    ("青石镇白沙公路口岸开工建设", []),
    ("青石铁路公司发布公告", []),
    ("白沙镇青石村高铁经济兴起", []),
    # 项目 as the items of a list (lexicon item_senses): sports, prices, heritage
    ("本届运动会分为青石冰上项目和白沙雪上项目两个赛区", []),
    ("规范青石医院口腔类医疗服务价格项目", []),
    # a count of trips (首趟, 3趟) makes a class; a foreign city's ranked works are a class too
    ("这是白沙站开行的首趟高铁列车", []),
    ("中国企业参与墨西哥城重要基础设施项目建设", []),
    # the line itself stays where the noun after it is none of those
    ("赛事期间青石至白沙铁路动车组将增加", ["青石至白沙铁路"]),
    ("青石铁路开通后口岸货运增长", ["青石铁路"]),
])
def test_what_a_works_name_qualifies_or_counts_names_no_work(text, expected):
    assert [m.text for m in find_projects(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 好 closing a verb before a work ("do well") is no part of its name
    ("双方将实施好青白铁路等旗舰项目", ["青白铁路"]),
    ("持续运营好甲乙高铁", ["甲乙高铁"]),
    # a line's head or 工程, 项目 before a name is its class, no part of it
    ("全国第一条民资控股的高速铁路青温高铁开通运营", ["青温高铁"]),
    ("首个开工项目引青济白工程全面加速", ["引青济白工程"]),
    # 经 ("via") between the ends of a line is part of its name
    ("赣州经吉安至南昌高铁进入联调联试阶段", ["赣州经吉安至南昌高铁"]),
    # a building of a body keeps the body's name; 好 opening a word stays
    ("青石县人民医院新外科大楼主体封顶", ["青石县人民医院新外科大楼"]),
])
def test_verbs_done_well_class_heads_and_via_in_works_names(text, expected):
    assert [m.text for m in find_projects(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 甲、乙等相继建成: with no noun after 等 the items are the things built, named by a word of their own
    ("城西公园、润泰国际环球港等相继建成投用", ["城西公园", "润泰国际环球港"]),
    # with a noun after 等, or items of common words, bodies or places, only works' heads name works
    ("润泰、华信等项目相继建成", []),
    ("太阳能发电、安居工程等相继建成", []),
    ("青石村、白沙镇等相继建成示范点", []),
])
def test_things_built_in_a_status_list(text, expected):
    assert [m.text for m in find_projects(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a shared head that is part of another noun (铁路|桥, 高铁|经济, 铁路|公司) closes no list of works
    ("游客在青石大街、白沙铁路桥上拍照", []),
    ("甲村的研学产业、乙县青石村高铁经济兴起", []),
    ("中央某部、中国青石铁路集团发布名单", []),
    # verbs joined by 和 are no list of names (no 议会关心铁路): the line after the verb is one
    ("希望议会关心和支持青赞铁路建设", ["青赞铁路"]),
])
def test_lists_sharing_a_head_that_belongs_to_another_noun(text, expected):
    assert [m.text for m in find_projects(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 之一 closes a class (one of the …), and a copula ends a work's name before the class it is put in
    ("双堠水库是赣州市重点工程之一", ["双堠水库"]),
    ("这是赣州市重大水利工程之一", []),
    ("双堠水库是重点工程", ["双堠水库"]),
])
def test_one_of_a_class_and_a_copula(text, expected):
    assert [m.text for m in find_projects(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a class of railways (市郊), a genre title (大国工程), a count of rounds (新一轮) name no work
    ("融合城际高铁、城市轨道、市郊铁路以及公交接驳", []),
    ("从横跨江海到蛟龙入海大国工程", []),
    ("会上介绍了新一轮重大建设项目三年行动计划", []),
    # 高速 as "high-speed" or "fast"; a verb of building right before the head: its object, unnamed
    ("青石号高速列车研发团队获奖", []),
    ("全年产品产量高速增长", []),
    ("看看他是如何在海底建大桥的", []),
    # a city's suburban line keeps its city; two abbreviated ends keep their 建 (金|建: 金华 to 建德)
    ("青石市郊铁路开通", ["青石市郊铁路"]),
    ("稳步推进宁淮城际铁路、金建铁路等项目建设", ["宁淮城际铁路", "金建铁路"]),
])
def test_classes_titles_rounds_and_verbs_of_building(text, expected):
    assert [m.text for m in find_projects(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a verb of leaders' news the dictionary tags as a noun opens no work's name (lexicon lead_verbs), and a
    # facility's head alone after it names none
    ("甲国总统高度评价赣深铁路建设进展", ["赣深铁路"]),
    ("李强来到华信激光公司参观生产线", []),
    # a verb of one character inside an abbreviated line, or 工程 after a verb of connecting, stays a name
    ("推动阳涉铁路建设", ["阳涉铁路"]),
    ("加快建设红枫湖至花溪水库连通工程", ["红枫湖至花溪水库连通工程"]),
])
def test_verbs_of_leaders_news_before_a_works_head(text, expected):
    assert [m.text for m in find_projects(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # classes of lines by where they run and of irrigation districts (lexicon work_class_words)
    ("加大沿边铁路等国家战略通道项目实施力度", []),
    ("“甲乙丙”跨境铁路双向班列实现首发", []),
    ("新建高标准农田，现代化灌区加快建设", []),
    ("青石现代化灌区开工", ["青石现代化灌区"]),  # a place's own stays named
])
def test_classes_of_lines_and_irrigation_districts(text, expected):
    assert [m.text for m in find_projects(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a short core opened by a class's qualifier names no work (农村|牧区, 跨海); a place before it does
    ("保障农村牧区供水工程安全", []),
    ("将在跨海大桥等工程建设中发挥作用", []),
    ("青石湾跨海大桥通车", ["青石湾跨海大桥"]),
    ("青溪水库开工", ["青溪水库"]),
])
def test_short_cores_opened_by_a_class(text, expected):
    assert [m.text for m in find_projects(text)] == expected


def _typed(text: str, kind: str) -> list[str]:
    from kg.extract import find_mentions

    return [m.text for m in find_mentions(text) if m.type == kind]


@pytest.mark.parametrize(
    "text, projects, bodies",
    [
        # an airport named as (or in) a work being built is that work's, no body beside it
        ("青山机场改扩建工程加快建设", ["青山机场改扩建工程"], []),
        # an airport in service is a body
        ("青山机场旅客吞吐量增长", [], ["青山机场"]),
    ],
)
def test_an_airport_in_a_work_is_no_body(text, projects, bodies):
    assert (_typed(text, "Project"), _typed(text, "Organization")) == (projects, bodies)


def test_a_work_inside_a_quoted_programme_is_the_programmes():
    assert _typed("“3+3科创工程”全部运行", "Project") == []
    assert _typed("“3+3科创工程”全部运行", "Initiative") == ["3+3科创工程"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the first area of a park being built is part of the work's name, as a phase is
        ("青山智能装备产业园首开区开工建设", "青山智能装备产业园首开区"),
        ("白石数字产业园启动区开工建设", "白石数字产业园启动区"),
        ("白石数字产业园二期开工建设", "白石数字产业园二期"),
    ],
)
def test_first_areas_of_parks_belong_to_the_work(text, expected):
    from kg.extract import find_mentions

    assert expected in [m.text for m in find_mentions(text) if m.type == "Project"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("集团运营的3.2万公里天然气管道全面投用", []),  # a length, no name
        ("听说3月18日高铁就能通到县城", []),  # a date before a work's head
        ("景区推出20多种冰雪运动项目", []),  # a count of kinds
        ("210名技术工人乘高铁返岗", []),
        ("地铁12号线二期开工建设", ["地铁12号线二期"]),  # a number that names a line
        ("青石高铁开通后，沿线游客增多", ["青石高铁"]),
    ],
)
def test_dates_and_counts_name_no_work(text, expected):
    assert [m.text for m in find_projects(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a body's suffix (lexicon org_suffixes) after a work's name, or after nouns of its field, names that body
    ("白沙海关所属青石大桥海关查验车辆", []),
    ("青石大桥管理局发布通告", []),
    ("某国全国铁路海事运输工会宣布罢工", []),
    # the work stays where a verb or a place comes between it and a body
    ("青石高铁开通后协会组织活动", ["青石高铁"]),
    ("开通青石高铁白沙县政府表示欢迎", ["青石高铁"]),
    ("青石大桥建成通车", ["青石大桥"]),
])
def test_a_bodys_suffix_after_a_work_names_the_body(text, expected):
    assert [m.text for m in find_projects(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a list sharing a head whose last item is a common word: the head is that phrase's own, shared by none
    ("智慧港口、数字铁路等一批重点工程加速落地", []),
    ("某部队分队、中国铁路某局集团公司获表彰", []),
    # named items share it
    ("青石、白沙两座抽水蓄能电站开工", ["青石抽水蓄能电站", "白沙抽水蓄能电站"]),
    ("加快青溪、白沙水库建设", ["青溪水库", "白沙水库"]),
])
def test_a_shared_head_needs_a_named_last_item(text, expected):
    assert [m.text for m in find_projects(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the kind of building done on a work already there (扩建, 改建, 迁建, 改扩建, 扩容) closes its name
    ("推动青石机场改扩建尽早开工", ["青石机场改扩建"]),
    ("推进青溪水库扩容", ["青溪水库扩容"]),
    ("青溪水库迁建工程顺利推进", ["青溪水库迁建工程"]),
    # with an object after it, it is a verb: the work alone, or nothing
    ("青石高速扩建服务区", ["青石高速"]),
    ("青石高速改造提升", ["青石高速"]),
])
def test_the_kind_of_building_closes_a_works_name(text, expected):
    assert [m.text for m in find_projects(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 和 or 及 inside a word of the sentence (阿尔及利亚) joins no list sharing a head
    ("索马里和阿尔及利亚西部铁路开通", []),
    # as a word of its own it does
    ("青溪和白沙水库建成", ["青溪水库", "白沙水库"]),
    ("青溪及白沙两座水电站投产", ["青溪水电站", "白沙水电站"]),
])
def test_a_conjunctions_character_inside_a_word_joins_no_list(text, expected):
    assert [m.text for m in find_projects(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 做 and its result (做实, 做深: a verb of reports the dictionary splits) leads into a work's name
    ("做实青石高速公路改扩建工程", ["青石高速公路改扩建工程"]),
    ("做深白沙水库前期工作", ["白沙水库"]),
    # 做 inside a name stays
    ("白做大桥建成通车", ["白做大桥"]),
])
def test_do_and_its_result_lead_into_a_work(text, expected):
    assert [m.text for m in find_projects(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # immovable heritage (古遗址, 古墓葬) listed as 项目 is found, not built
    ("湖北宜昌白沙岭遗址、江西九江黄土坡遗址等六个项目入选年度考古新发现", []),
    ("湖北宜昌白沙岭墓群、江西九江黄土坡遗址等项目入选", []),
    # a note's number before 项目 names nothing
    ("支持20个“两重”［3］项目", []),
    # a place's company and product stays a project of the list
    ("推动赣州华信锂电池、吉安永泰新材料等项目建成投产", ["赣州华信锂电池", "吉安永泰新材料"]),
])
def test_heritage_notes_and_bare_heads_name_no_project(text, expected):
    assert [m.text for m in find_projects(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # verbs of the genre that the dictionary reads as other words (lexicon lead_verbs) lead into a work's name
    ("争取获批威海三期、荣成一期等核电项目", ["威海三期", "荣成一期"]),
    ("眼下正值青溪灌区春灌时节", ["青溪灌区"]),
    ("工人们清理白沙山隧道内的积水", ["白沙山隧道"]),
    # a division's suffix doubled says "every": a goal, no work
    ("实现“县县通高速公路”目标", []),
    ("推进村村通5G工程", []),
    # 项目 before 库 (a pool) and 工程 before 学 (a discipline) end no name
    ("青石白沙建立城市更新动态项目库，成熟一批", []),
    ("白沙理工大学工程学入选一流学科", []),
    ("三峡工程库区生态保护加强", []),
])
def test_genre_verbs_doubled_divisions_pools_and_disciplines(text, expected):
    assert [m.text for m in find_projects(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a verb right before a noun of one character modifies it (预制|菜): the name opens before the verb
    ("广东肇庆预制菜产业园一期项目开工建设", ["广东肇庆预制菜产业园一期项目"]),
    ("青石预制菜产业园开工建设", ["青石预制菜产业园"]),
    # a verb before a longer word stays out
    ("青石县加快建设白沙水库", ["白沙水库"]),
])
def test_a_verb_modifying_a_one_character_noun_opens_the_name(text, expected):
    assert [m.text for m in find_projects(text)] == expected
