"""Places: invented sentences with the place spans and levels they must give, and identity."""

from __future__ import annotations

import pytest

from kg.extract.places import find_places
from kg.gazetteer import load
from kg.link import EntityBook
from kg.types import Mention


def _places(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.attr("level")) for m in find_places(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("来自河北、海南的客商", [("河北", "province"), ("海南", "province")]),
        ("黑龙江冰雪经济升温", [("黑龙江", "province")]),  # not 龙江 inside it
        ("来自中国、越南和泰国的选手", [("中国", "country"), ("越南", "country"), ("泰国", "country")]),
        ("马达加斯加的水稻试验田", [("马达加斯加", "country")]),
        ("预计法国经济明年温和复苏", [("法国", "country")]),  # a foreign country before a noun is still a place
        ("华南、西南等地气温回升", [("华南", "region"), ("西南", "region")]),
        ("中部地区承接产业转移", [("中部地区", "region")]),
        ("皖南山区春茶开采", [("皖南", "region")]),
        ("长三角一体化提速", [("长三角", "region")]),
        # the forecast regions of the weather bulletin, bare in a list; a proper name + 地区
        ("江淮、黄淮等地有强降雨", [("江淮", "region"), ("黄淮", "region")]),
        ("巴尔干地区局势紧张", [("巴尔干地区", "region")]),
        ("黄河中下游地区迎来降雨", [("黄河中下游地区", "region")]),
        # a metropolitan area named after its city is a region; the city stays
        ("赣州都市圈加快建设", [("赣州", "prefecture"), ("赣州都市圈", "region")]),
        # the five great freshwater lakes are regions; a county named after one stays a county
        ("洪泽湖水位回升", [("洪泽湖", "region")]),
        ("太湖县新建学校3所", [("太湖县", "county")]),
        ("常德、益阳两市联合招商", [("常德", "prefecture"), ("益阳", "prefecture")]),
        ("华容县新建两座泵站", [("华容县", "county")]),  # jieba calls 华容县 a person's name
        ("桃源县梅口村、竹岭村", [("桃源县", "county"), ("梅口村", "village"), ("竹岭村", "village")]),
        ("广西贵港风电并网", [("广西", "province"), ("贵港", "prefecture")]),  # a city, not a port
        ("岳阳港外贸集装箱增长", [("岳阳", "prefecture"), ("岳阳港", "zone")]),
        ("长沙临空新片区挂牌", [("长沙", "prefecture"), ("长沙临空新片区", "zone")]),
    ],
)
def test_places_found(text, expected):
    assert _places(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "坚持走中国式现代化道路",  # a country as a modifier names no place
        "发展中国企业",
        "坚持中国特色道路",
        "西南风三到四级",  # a bare region outside a list is a word, not a region
        "今天天气晴好",
        "港口建设提速",
        "城区道路改造完成",  # a common word that also names a few districts
        "推进新型城镇建设",
        "省市县乡四级联动",  # a list of levels
        "沿海地区风力较大",  # 沿|海地|区: no short country name begins inside a word
        "贫困地区加快发展",  # a common word + 地区 names no region
        "如今村容村貌焕然一新",  # a suffix character inside an idiom
        "助推“新时代禾丰乡巨变”",  # a suffix inside a longer quoted slogan
        "推广“新时代田乡巨变”的经验",
        "讲好“美丽渔村振兴”故事",
    ],
)
def test_no_place_where_there_is_none(text):
    assert _places(text) == []


@pytest.mark.parametrize(
    "surface, context_code, expected",
    [
        ("河北", "120000000000", "河北省"),  # in a Tianjin text, still the province, not 河北区
        ("北京", "440100000000", "北京市"),  # beside Guangzhou, not a street of it
        ("海南", "", "海南省"),
        ("南昌", "", "南昌市"),
    ],
)
def test_short_names_resolve_to_the_province_or_city(surface, context_code, expected):
    level = "province" if expected.endswith("省") or expected in ("北京市",) else "prefecture"
    book = EntityBook()
    context = [context_code] if context_code else []
    assert book.add(Mention(0, len(surface), surface, "Place", attrs=(("level", level),)), context) == expected


def test_a_homonym_wins_from_inside_its_own_prefecture():
    gaz = load()
    inside = gaz.resolve("河北区").code
    assert gaz.resolve("河北", [inside]).name == "河北区"


def test_bare_regions_take_their_full_name():
    book = EntityBook()
    assert book.add(Mention(0, 2, "华北", "Place", attrs=(("level", "region"),)), []) == "华北地区"


@pytest.mark.parametrize(
    "text, expected",
    [
        # a national-level new area (国家级新区) that is no division of the gazetteer is a zone
        ("雄安新区今年投资增长", [("雄安新区", "zone")]),
        ("支持赣江新区开放发展", [("赣江新区", "zone")]),
        # a new area of no national list, without a place before it, is none
        ("园区新区建设加快", []),
    ],
)
def test_national_new_areas_are_zones(text, expected):
    assert [(m.text, m.attr("level")) for m in find_places(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a quoted nickname held as a calling card names no township; a township named stands
        ("“中国茶乡”名片越擦越亮", []),
        ("来到青石乡调研", ["青石乡"]),
    ],
)
def test_quoted_calling_cards_are_no_townships(text, expected):
    from kg.extract import find_mentions

    assert [m.text for m in find_mentions(text) if m.type == "Place"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a short country name opening a longer word that names a place of its own is no country
    ("美国马里兰州州长表示", ["美国"]),
    # the country alone, or before a word it does not open, stays
    ("马里总统表示", ["马里"]),
    ("美国人口普查显示", ["美国"]),
])
def test_a_country_name_opening_a_longer_place(text: str, expected: list[str]) -> None:
    assert [m.text for m in find_places(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 中 and a country's short name in a sentence about two countries pair China with it: no city
    ("双方同意加强巴中各领域合作，造福两国人民", []),
    # the city of the same short name stands where no two countries are spoken of
    ("四川巴中今年经济增长5%", ["四川", "巴中"]),
])
def test_a_pair_of_countries_is_no_city(text: str, expected: list[str]) -> None:
    assert [m.text for m in find_places(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a zone is a place + words of its own name + a zone's suffix
    ("岳阳城陵矶港吞吐量增长", [("岳阳", "prefecture"), ("岳阳城陵矶港", "zone")]),
    # 港 that ends another place's name, or a joining word or a count before the suffix, makes no zone
    ("株洲与香港间开行直达列车", [("株洲", "prefecture"), ("香港", "province")]),
    ("开行株洲至钦州港的班列", [("株洲", "prefecture"), ("钦州", "prefecture"), ("钦州港", "zone")]),
    ("今年株洲机场进出港旅客增长", [("株洲", "prefecture")]),
    ("推进湘江、资水等8个港航项目", []),
])
def test_zone_names_hold_no_other_place_or_joining_word(text: str, expected: list[tuple[str, str]]) -> None:
    assert _places(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a bare region in a list of places, or before 等
    ("华北、东北大部有降雨", [("华北", "region"), ("东北", "region")]),
    # after 、 with no place before it, a bare region form opens an animal's or a thing's name
    ("保护区内东北虎、东北豹数量回升", []),
    # a region's name + 地区 is that region, not the larger one whose name ends there
    ("保障川东北地区用水", [("川东北", "region")]),
    ("东北地区迎来降雨", [("东北地区", "region")]),
])
def test_bare_regions_and_regions_with_area(text: str, expected: list[tuple[str, str]]) -> None:
    assert _places(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # two characters a name of their own before 村, even where the dictionary splits them
    ("来到海口的东和村", [("海口", "prefecture"), ("东和村", "village")]),
    # a verb, an adverb or a phrase of function words before the suffix names no village
    ("雨后，受灾村屯全部恢复通电", []),
    ("雨后，通往村里的道路被冲毁", []),
    ("大家修好了路，还把村里的老屋翻新了", []),
    ("入夜，彩灯队伍沿着街道巡游", []),
    # a village right after a township is named by words, not by a phrase running on
    ("来到青石镇白云村", [("青石镇", "township"), ("白云村", "village")]),
    ("家住青石镇的李明在社区上班", [("青石镇", "township")]),
])
def test_suffix_villages_are_names_not_phrases(text: str, expected: list[tuple[str, str]]) -> None:
    assert _places(text) == expected


def test_a_name_ending_in_cun_among_leaders_is_a_person() -> None:
    from kg.extract import find_mentions

    found = [(m.text, m.type) for m in find_mentions("副委员长刘建国、陈志强、杨平村、黄晓明出席会议。")]
    assert ("杨平村", "Person") in found and ("杨平村", "Place") not in found
    villages = [(m.text, m.type) for m in find_mentions("他先后走访青石镇梅口村、竹岭村。")]
    assert ("竹岭村", "Place") in villages


@pytest.mark.parametrize("text", ["新建国家农业产业强镇66个", "新培育特色镇12个"])
def test_planning_categories_of_towns_are_no_townships(text: str) -> None:
    assert _places(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # capitals and major foreign cities named in foreign news are places (lexicon foreign_cities)
    ("会议在韩国釜山举行", [("韩国", "country"), ("釜山", "prefecture")]),
    ("一批订单发往迪拜、新加坡", [("迪拜", "prefecture"), ("新加坡", "country")]),
    # a city's name inside a longer word of the dictionary is none
    ("游客参观巴黎圣母院", []),
])
def test_foreign_cities(text: str, expected: list[tuple[str, str]]) -> None:
    assert _places(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a terrain's generic term + 地区 describes land, it names no region; alone it is no county's short form
        ("平原地区拥有多处森林公园", []),
        ("丘陵地区雨量偏多", []),
        # a named region and the county of that name with its suffix stay
        ("江南地区降雨偏多", ["江南地区"]),
        ("平原县委书记主持会议", ["平原县"]),
    ],
)
def test_terrains_are_no_regions(text, expected):
    from kg.extract import find_mentions

    assert [m.text for m in find_mentions(text) if m.type == "Place"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a quality glued to the suffix makes a class of towns or villages (工业重镇, 文旅名镇)
        ("培育一批制造重镇、旅游名镇和富裕强村", []),
        ("打造一批物流强镇", []),
        # a verb of policy before a class the genre names, and 镇街 (towns and subdistricts)
        ("要培育重点村，加快发展", []),
        ("理顺镇街、村居两级事权", []),
        # named towns and villages stay
        ("某县石桥镇青松村的路修好了", ["石桥镇", "青松村"]),
        ("他们来到柳溪镇", ["柳溪镇"]),
    ],
)
def test_classes_of_towns_are_no_places(text, expected):
    assert [m.text for m in find_places(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a verb between a place and a zone's suffix is the clause's: no zone named so
        ("支持南平设立综合保税区", ["南平"]),
        ("推动漳州申建自贸试验区", ["漳州"]),
        # a zone's own words stay, 无 (privative) included
        ("湘潭综合保税区封关运行", ["湘潭", "湘潭综合保税区"]),
        ("建设株洲无水港", ["株洲", "株洲无水港"]),
    ],
)
def test_a_verb_before_a_zone_suffix_names_no_zone(text, expected):
    assert [m.text for m in find_places(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("候鸟沿东亚—澳大利西亚迁徙路线飞行", ["东亚"]),  # 西亚 ends a longer foreign name
        ("南亚东南亚辐射中心建设提速", ["南亚", "东南亚"]),  # two regions side by side
        ("航线覆盖东北亚、东南亚", ["东北亚", "东南亚"]),  # after a common word
        ("西亚北非地区局势", ["西亚", "北非地区"]),
    ],
)
def test_a_region_inside_a_foreign_name_is_none(text, expected):
    assert [m.text for m in find_places(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a verb of going before 村, 社区, 乡 or 镇 says what goes where: no place
        ("推动农产品出村进城", []),
        ("让大数据进村入户", []),
        ("吸引在外人才返乡创业", []),
        ("开展家电下乡活动", []),
        ("很多事不出村就能办好", []),
        ("科普进社区活动", []),
        ("工作队驻村帮扶", []),
        # the verb inside the name's last word, or 下 before 村, is a name
        ("红旗镇前进村", ["红旗镇", "前进村"]),
        ("红旗镇东进村", ["红旗镇", "东进村"]),
        ("岭下村今年丰收", ["岭下村"]),
    ],
)
def test_verbs_of_going_before_a_suffix_name_no_place(text, expected):
    assert [m.text for m in find_places(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # half of a four-character parallel saying (A山B山) is no place
        ("践行绿水青山就是金山银山的理念", []),
        ("金山银山不如绿水青山", []),
        # the same name with its suffix, or on its own, is a place
        ("上海金山区今年新办企业", ["上海", "金山区"]),
        ("他在金山工作了十年", ["金山"]),
        ("乐山山水秀美", ["乐山"]),
        ("中国美国两国元首会晤", ["中国", "美国"]),
        # two places of a list sharing their last character are no saying
        ("游客从浙江镇江赶来", ["浙江", "镇江"]),
        ("台风在广东珠海到海南文昌一带登陆", ["广东", "珠海", "海南", "文昌"]),
    ],
)
def test_half_of_a_parallel_saying_is_no_place(text, expected):
    assert [m.text for m in find_places(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a bare division name right before a site's head names the site (a village, a street, a park, a
        # scenic area) or a natural feature, not the division
        ("记者来到吉安市永丰村，村民正在收稻", ["吉安市", "永丰村"]),
        ("游客在新民大街观看巡游", []),
        ("市民在柳林公园晨练", []),
        ("黄龙景区迎来降雪", []),
        ("全市修复滨海湿地两万亩", []),
        ("吐鲁番盆地最高气温达到42℃", []),
        # 村镇 (villages and towns), 乡风 (rural customs) and 某某之乡 (the home of a product, a title) name no place
        ("统筹优化村镇布局", []),
        ("培育文明乡风", []),
        ("这里是著名的丝绸之乡", []),
        ("五常市振兴村水稻丰收", ["五常市", "振兴村"]),
        # …with its suffix, or before anything else, it is the division
        ("永丰县城新开三家超市", ["永丰县"]),
        ("吐鲁番今年葡萄丰收", ["吐鲁番"]),
    ],
)
def test_sites_named_like_divisions(text, expected):
    assert [m.text for m in find_places(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare division name that the dictionary reads as a noun of persons (来宾, guests) names people
        # before a plural marker or after a qualifier of people
        ("招待会上，来宾们品尝了月饼", []),
        ("中外来宾出席开幕式", []),
        ("吸引各界来宾参观", []),
        # …with its suffix, after its province or a verb of going, or before a county, it is the city
        ("来宾市新建两座大桥", ["来宾市"]),
        ("广西来宾甘蔗丰收", ["广西", "来宾"]),
        ("总书记到来宾调研", ["来宾"]),
        # a name of the dictionary before 们 is untouched
        ("吉安今年新增企业", ["吉安"]),
    ],
)
def test_nouns_of_persons_that_name_a_city(text, expected):
    assert [m.text for m in find_places(text)] == expected
