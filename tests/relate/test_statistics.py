"""Statistics as observations: tables of short invented texts → (subject, indicator, value, unit).

Bulletin-style texts run under a bulletin title (the county is the document's own place); news-style
texts under a headline. Every table has texts that must give no observation.
"""

from __future__ import annotations

import pytest

from kg.document import extract_document

BULLETIN = "铜鼓县2023年国民经济和社会发展统计公报"
REPORT = "2024年宜春市政府工作报告"


def observe(body: str, title: str = BULLETIN) -> set[tuple[str, str, float, str]]:
    doc = extract_document("t.txt", f"{title}\n\n{body}\n")
    return {(o["subject"], o["indicator"], o["value"], o["unit"]) for a in doc["articles"] for o in a["observations"]}


G = "铜鼓县"


@pytest.mark.parametrize(("text", "expected"), [
    # a total and its growth: two observations
    ("全年地区生产总值185.4亿元，比上年增长4.2%。",
     {(G, "地区生产总值", 18540000000, "CNY"), (G, "地区生产总值", 4.2, "%")}),
    # a dense list after 其中：, each item with its own indicator
    ("其中：农业增加值12.5亿元，增长2.1%；工业增加值80.3亿元，增长6.4%。",
     {(G, "农业增加值", 1250000000, "CNY"), (G, "农业增加值", 2.1, "%"),
      (G, "工业增加值", 8030000000, "CNY"), (G, "工业增加值", 6.4, "%")}),
    # the light verb 实现 and the place word 全县 are not part of the indicator
    ("全年全县规模以上工业企业实现营业收入96.2亿元，同比增长8.8%。",
     {(G, "规模以上工业企业营业收入", 9620000000, "CNY"), (G, "规模以上工业企业营业收入", 8.8, "%")}),
    # counts with their units as written
    ("年末生猪存栏21.7万头，家禽存笼95.3万羽。", {(G, "生猪存栏", 21.7, "万头"), (G, "家禽存笼", 95.3, "万羽")}),
    ("全县能源消费总量30.2万吨标准煤，比上年增长3.1%。",
     {(G, "能源消费总量", 30.2, "万吨标准煤"), (G, "能源消费总量", 3.1, "%")}),
    ("全年接待游客460万人次，旅游总收入38.6亿元。",
     {(G, "接待游客", 460, "万人次"), (G, "旅游总收入", 3860000000, "CNY")}),
    ("全县共有医院12所，卫生技术人员2350人。", {(G, "医院", 12, "所"), (G, "卫生技术人员", 2350, "人")}),
    ("全年机械收获面积16.8千公顷。", {(G, "机械收获面积", 16.8, "千公顷")}),
    ("万元工业增加值能耗0.35吨标准煤/万元。", {(G, "万元工业增加值能耗", 0.35, "吨标准煤/万元")}),
    # a change word without its own indicator belongs to the indicator before it
    ("全年税收收入8.2亿元，比上年增收0.6亿元，增长7.9%。",
     {(G, "税收收入", 820000000, "CNY"), (G, "税收收入", 60000000, "CNY"), (G, "税收收入", 7.9, "%")}),
    ("城镇化率达到58.3%，比上年提高1.2个百分点。", {(G, "城镇化率", 58.3, "%"), (G, "城镇化率", 1.2, "个百分点")}),
    ("全年农业总产值20.4亿元，按可比价格计算，增长3.5%。",
     {(G, "农业总产值", 2040000000, "CNY"), (G, "农业总产值", 3.5, "%")}),
    # 与上年持平 is a change of 0 %
    ("全年粮食播种面积42.6万亩，与上年持平。", {(G, "粮食播种面积", 42.6, "万亩"), (G, "粮食播种面积", 0, "%")}),
    # a comparison with the country or province (unit 个百分点) is of the growth named before
    ("居民人均可支配收入增长6.2%，高于全省0.7个百分点。",
     {(G, "居民人均可支配收入", 6.2, "%"), (G, "居民人均可支配收入增速高于全省", 0.7, "个百分点")}),
    # a ratio of shares: one 占比 per part, in %
    ("三次产业结构比例调整为10.2:45.3:44.5。",
     {(G, "三次产业结构比例（第一产业）", 10.2, "%"), (G, "三次产业结构比例（第二产业）", 45.3, "%"),
      (G, "三次产业结构比例（第三产业）", 44.5, "%")}),
    # an elliptical item of a list (其中超10亿元的3户) counts what the list counts
    ("营业收入超亿元的工业企业达25户，其中超10亿元的3户。", {(G, "工业企业", 25, "户"), (G, "工业企业", 3, "户")}),
    # 完成 before an amount is a light verb
    ("全年完成固定资产投资56.3亿元。", {(G, "固定资产投资", 5630000000, "CNY")}),
    # a count of what the clause then measures counts it; its noun stops at the change word
    ("12个重点产业增加值增长9.5%。", {(G, "重点产业", 12, "个"), (G, "重点产业增加值", 9.5, "%")}),
    # 提升 inside a verb (改造提升) is no change word: the value counts the noun after it
    ("新建和改造提升高标准农田12万亩。", {(G, "改造提升高标准农田", 12, "万亩")}),
    # a target's verb (力争) is no part of what is measured
    ("力争规模以上工业增加值增长8%。", {(G, "规模以上工业增加值", 8, "%")}),
    # a list of counts by kind: each item names its kind (初中 is tagged a place word, not a time)
    ("全县在校学生8200人，其中高中1900人，初中2600人。",
     {(G, "在校学生", 8200, "人"), (G, "高中", 1900, "人"), (G, "初中", 2600, "人")}),
    # 至 is a time word only before a time (1月至5月), not in 至少 (每个村至少…, a rule for each, is none)
    ("全县每月至少召开1次议事会。", {(G, "召开议事会", 1, "次")}),
    ("每个村每月至少召开1次议事会。", set()),
    # examples before 等 name no indicator
    ("全县累计培育茶叶、竹木等特色产业龙头企业36家。", {(G, "累计培育特色产业龙头企业", 36, "家")}),
    # the gloss of a quoted slogan defines it, it reports nothing
    ("紧扣建设“双30”（城区人口30万、面积30平方公里）目标，全县新建道路12公里。", {(G, "新建道路", 12, "公里")}),
    # a count's noun may be a quoted name
    ("全县组建32个“共享菜园”基地。", {(G, "组建“共享菜园”基地", 32, "个")}),
    # growth is no length: 增长 ends in 长 but describes nothing
    ("全县公路通车里程增长120公里。", {(G, "公路通车里程", 120, "公里")}),
    # a clause that names its own place has that place as subject
    ("全年温泉镇财政收入1.2亿元。", {("温泉镇", "财政收入", 120000000, "CNY")}),
])
def test_bulletin_statistics(text: str, expected: set) -> None:
    assert observe(text) == expected


@pytest.mark.parametrize("text", [
    "该县地区生产总值增速居全市第2位。",            # a ranking
    "今年新签约5000万元以上重大项目。",              # a threshold qualifying a noun
    "新建大桥全长12.5公里，设计时速350公里。",       # descriptions of a work
    "这是世界首座350公里时速的跨海大桥。",           # a speed inside a description
    "咨询电话0795-8881234。",                       # a phone number
    "2023年5月18日，全县召开工作会议。",             # a date
    "男女性别比为104.5:100。",                      # a ratio that does not share out 100
    "工程建设工期36个月。",                         # a duration
    "全县上下坚持稳中求进工作总基调。",               # no value at all
    "审批部门在10个工作日内办结。",                   # a duration counted in 个
    "村道仅宽2.5米，车辆无法通行。",                  # the width of one road
    "刘某某等3人向法院申请调解。",                     # a group of people in a story
    "全县最大的20万吨饲料加工项目投产。",               # the size of a facility
    "带动农户年均增收3万至5万元。",                    # a range is no one value
    "每村配备2—3名网格员。",                           # a range of a count
    "电站建成后年发电量可达12亿千瓦时。",               # what a work will do once built
    "新机场可满足年旅客吞吐量300万人次。",              # a design capacity
    "村民过去仅靠几十亩茶园为生。",                     # a vague number
    "游客涌入百户瑶寨观赏长桌宴。",                     # a bare 百 in a name is no count
    "全县开展千名干部进千家企业活动。",                 # a bare 千 in a slogan
    "认真贯彻县委十五届十二次全会精神。",               # the ordinal of a meeting
    "落实市委十届十一次、十二次全会部署。",             # ordinals listed before 全会
])
def test_no_observation(text: str) -> None:
    assert observe(text) == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("今年新签约5000万元以上项目18个。", {(G, "新签约5000万元以上项目", 18, "个")}),
    # 10亿元项目 is a class of projects: its count is read, the amount is not
    ("全县签约金额86亿元，其中10亿元项目2个。", {(G, "签约金额", 8600000000, "CNY"), (G, "10亿元项目", 2, "个")}),
])
def test_an_amount_qualifying_a_count_is_not_read_but_the_count_is(text: str, expected: set) -> None:
    assert observe(text) == expected


@pytest.mark.parametrize(("title", "text", "expected"), [
    # the document's own place from a work report's title is the subject of 全市 and of bare clauses
    (REPORT, "全市规模以上工业增加值增长7.1%。", {("宜春市", "规模以上工业增加值", 7.1, "%")}),
    (REPORT, "新增高新技术企业120家。", {("宜春市", "新增高新技术企业", 120, "家")}),
    # a news headline is no document title: the article's main place is the subject
    ("靖安县旅游持续升温", "今年以来，靖安县接待游客320万人次，同比增长15.2%。",
     {("靖安县", "接待游客", 320, "万人次"), ("靖安县", "接待游客", 15.2, "%")}),
])
def test_subjects(title: str, text: str, expected: set) -> None:
    assert observe(text, title) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a report's growth with no indicator of its own after a period word is the economy's
    ("三季度增长4.6%、高于全国0.3个百分点，全年增长4.8%。",
     {("宜春市", "经济", 4.6, "%"), ("宜春市", "经济增速高于全国", 0.3, "个百分点"), ("宜春市", "经济", 4.8, "%")}),
    # a milestone passed, then the value: only the value
    ("全市高速公路总里程突破800公里、达812公里。", {("宜春市", "高速公路总里程", 812, "公里")}),
    # N% of a noun is its share
    ("园区贡献了全市70.2%的规模工业增加值和45%的税收。",
     {("宜春市", "规模工业增加值", 70.2, "%"), ("宜春市", "税收", 45, "%")}),
    # 2.2个和3.7个百分点: both are percentage points
    ("园区规模工业增加值、税收增速分别高于全市2.2个和3.7个百分点。",
     {("宜春市", "园区规模工业增加值", 2.2, "个百分点"), ("宜春市", "税收", 3.7, "个百分点")}),
    # 分别 after two clauses of one figure each: the k-th change goes with the k-th clause's indicator
    ("文旅市场持续升温，全市接待游客1.2亿人次，旅游收入900亿元，分别增长9%和7%。",
     {("宜春市", "接待游客", 1.2, "亿人次"), ("宜春市", "旅游收入", 90000000000, "CNY"),
      ("宜春市", "接待游客", 9, "%"), ("宜春市", "旅游收入", 7, "%")}),
    # a list of counts with the noun after each: a noun counted belongs to its own count only
    ("全市新建改造30个社区食堂、12个区域养老服务中心。",
     {("宜春市", "新建改造社区食堂", 30, "个"), ("宜春市", "区域养老服务中心", 12, "个")}),
    ("全市培育8家上市公司和15家专精特新企业。",
     {("宜春市", "培育上市公司", 8, "家"), ("宜春市", "专精特新企业", 15, "家")}),
    # counts with the noun before them are not cut: 充电桩 is the second one's indicator
    ("全市建成5G基站1200个、充电桩3000个。", {("宜春市", "建成5G基站", 1200, "个"), ("宜春市", "充电桩", 3000, "个")}),
    # a numeral before the magnitude word, and a count of 次 that is no meeting, are read
    ("全市新增三千户光伏用户，开展应急演练12次。",
     {("宜春市", "新增光伏用户", 3000, "户"), ("宜春市", "开展应急演练", 12, "次")}),
    # a bare share after 的 is of what is named before it (as written, with 的)
    ("全市服务业增加值占地区生产总值的比重提高到52.3%，研发人员的比例达到3.1%。",
     {("宜春市", "服务业增加值占地区生产总值的比重", 52.3, "%"), ("宜春市", "研发人员的比例", 3.1, "%")}),
    # no period word: a bare growth with nothing named before it is not read
    ("同比增长6.1%。", set()),
])
def test_report_statistics(text: str, expected: set) -> None:
    assert observe(text, REPORT) == expected


def test_a_place_opening_a_sentence_goes_on_through_its_semicolon_parts() -> None:
    found = observe("温泉镇流转土地2300亩；打造民宿42栋。", "铜鼓县乡村振兴见闻")
    assert found == {("温泉镇", "流转土地", 2300, "亩"), ("温泉镇", "打造民宿", 42, "栋")}


def test_a_place_named_in_the_clause_is_not_part_of_its_indicator() -> None:
    found = observe("奉新县新增市场主体3200户。", "宜春市市场主体持续增长")
    assert found == {("奉新县", "新增市场主体", 3200, "户")}


def test_the_period_of_a_bulletin_sentence_is_read_against_the_article_year() -> None:
    doc = extract_document("t.txt", f"{BULLETIN}\n\n2023年1至6月，全县工业投资增长9.1%。\n")
    periods = {o["period"] for a in doc["articles"] for o in a["observations"]}
    assert periods == {"2023-01/2023-06"}


@pytest.mark.parametrize(("title", "text", "expected"), [
    # a source before the clause (据…统计) is not its subject; the place after it is
    ("对外贸易稳步增长", "据九江海关统计，今年前5个月，江西省进出口总值1520.3亿元，同比增长6.1%。",
     {("江西省", "进出口总值", 152030000000, "CNY"), ("江西省", "进出口总值", 6.1, "%")}),
    # a news dateline before the subject
    ("项目建设提速", "今天（3月8日）上午，上栗县集中开工重大项目26个。", {("上栗县", "集中开工重大项目", 26, "个")}),
    # a country opening the clause is its subject; a country in a list of origins is not
    ("国际经济观察", "据预测，德国经济今年增长0.8%。", {("德国", "经济", 0.8, "%")}),
    ("南昌市举办国际展会", "南昌市国际展会开幕，来自中国、德国等12个国家的企业参展。",
     {("南昌市", "参展国家", 12, "个")}),
    # 分别 over places: one subject per value, the indicator after the last place
    ("旅游市场升温", "今年春节，江西南昌、九江入境游客分别增长18%和12%。",
     {("南昌市", "入境游客", 18, "%"), ("九江市", "入境游客", 12, "%")}),
    # 分别 after the values: the k-th change goes with the k-th indicator before it
    ("外贸观察", "今年一季度，江西省出口1200亿元、进口500亿元，分别同比增长8%和5%。",
     {("江西省", "出口", 120000000000, "CNY"), ("江西省", "进口", 50000000000, "CNY"),
      ("江西省", "出口", 8, "%"), ("江西省", "进口", 5, "%")}),
    # a place opening a clause is the topic of the clauses after it
    ("数字经济观察", "作为制造业大省，今年，江西将推进数字化改造，培育标杆企业200家。",
     {("江西省", "培育标杆企业", 200, "家")}),
    # 其中，… goes on with the subject of the sentence before
    ("外贸数据发布", "今年一季度，江西省进出口总值1200亿元。其中，出口850亿元。",
     {("江西省", "进出口总值", 120000000000, "CNY"), ("江西省", "出口", 85000000000, "CNY")}),
])
def test_news_subjects(title: str, text: str, expected: set) -> None:
    assert observe(text, title) == expected


@pytest.mark.parametrize(("text", "periods"), [
    # a bulletin's 全年 and 年末 are the year its title reports on; 比上年 is a comparison base, no period
    ("全年地区生产总值185.4亿元，比上年增长4.2%。", {"2023"}),
    ("2023年末全县户籍人口13.2万人。", {"2023"}),
    # a sentence's own period wins
    ("1至9月，全县工业投资增长9.1%。", {"2023-01/2023-09"}),
    # a period opening the sentence before goes on; a deadline inside it does not
    ("1至9月，全县工业投资增长9.1%。民间投资增长6.3%。", {"2023-01/2023-09"}),
    ("全县要求在建项目9月底前完工。新建口袋公园6个。", {None}),
])
def test_bulletin_periods(text: str, periods: set) -> None:
    doc = extract_document("t.txt", f"{BULLETIN}\n\n{text}\n")
    assert {o["period"] for a in doc["articles"] for o in a["observations"]} == periods


@pytest.mark.parametrize(("title", "text", "expected"), [
    # a clause with no subject of its own goes on with the subject an earlier clause opens with
    ("靖安县文化惠民见实效", "为丰富群众生活，靖安县图书馆共举办展览3场，新增藏书1.2万册，接待观众2万人次。",
     {("靖安县图书馆", "举办展览", 3, "场"), ("靖安县图书馆", "新增藏书", 1.2, "万册"),
      ("靖安县图书馆", "接待观众", 2, "万人次")}),
    # a clause that describes a place (位于…的某村) makes it the topic of the clauses after it
    ("赣州市乡村旅游升温", "位于赣南山区的寻乌县，全年接待游客5万人次。",
     {("寻乌县", "接待游客", 5, "万人次")}),
    # a sentence with no subject goes on with the topic of the sentence before, in the same paragraph
    ("靖安县基层治理见成效", "石溪镇今年组建了志愿队伍。目前，共开展巡查120次。",
     {("石溪镇", "开展巡查", 120, "次")}),
])
def test_topic_chains(title: str, text: str, expected: set) -> None:
    assert observe(text, title) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 当地 points back to the place named last
    ("这让全国闻名的竹器之乡石溪镇走向海外，带动当地竹器产值突破20亿元。", {"石溪镇"}),
    # 当地时间 is a clock, not a place: the article's place stays
    ("当地时间3日，靖安县代表团签约项目5个。", {"靖安县"}),
])
def test_local_points_back_to_the_place_named_last(text: str, expected: set) -> None:
    assert {subject for subject, *_ in observe(text, "靖安县对外开放观察")} == expected


def test_a_place_alone_in_quotes_names_a_brand_not_the_subject() -> None:
    found = observe("宜春市推进品牌建设。据统计，“靖安”品牌茶叶销售额达5亿元。", "宜春市打造区域公用品牌")
    assert {subject for subject, *_ in found} == {"宜春市"}


@pytest.mark.parametrize(("title", "text", "expected"), [
    # a paragraph break ends the chain: the article's main place takes the count
    ("靖安县推进乡村振兴", "靖安县新建公路20公里。\n石溪镇组建了志愿队伍。\n目前，共开展巡查120次。",
     {("靖安县", "新建公路", 20, "公里"), ("靖安县", "开展巡查", 120, "次")}),
    # a report's own place comes before the topic of the sentence before
    (REPORT, "高安市建成园区3个。全年新增市场主体2.1万户。",
     {("高安市", "建成园区", 3, "个"), ("宜春市", "新增市场主体", 2.1, "万户")}),
])
def test_where_topic_chains_stop(title: str, text: str, expected: set) -> None:
    assert observe(text, title) == expected


def test_our_country_is_china_and_an_entity_of_the_article() -> None:
    doc = extract_document("t.txt", "外贸数据发布\n\n据海关统计，前10个月，我国货物贸易进出口30万亿元。\n")
    article = doc["articles"][0]
    assert {(o["subject"], o["indicator"]) for o in article["observations"]} == {("中国", "货物贸易进出口")}
    assert {"name": "中国", "type": "Place", "level": "country", "aliases": ["我国"]} in article["entities"]


@pytest.mark.parametrize(("title", "text", "expected"), [
    # 全国 opening a clause gives the whole country's figure, not the office that publishes it
    ("外资数据发布", "商务部今天公布，今年1—10月，全国实际使用外资金额1000亿元。", {"中国"}),
    # 全国 later in the clause is a comparison: the clause's own subject stays
    (REPORT, "全市出口增长8.2%，高于全国平均水平。", {"宜春市"}),
    # 全国首创, 全国第一 rank the place against the country: still the place's figure
    (REPORT, "全国首创改革案例新增8个。", {"宜春市"}),
    # a forecast word before 全国 is no subject of its own
    ("节日出行", "交通运输部介绍，预计全国高速公路流量同比增长8%。", {"中国"}),
    # a central body publishing a figure that names no subject of its own: China's figure
    ("经济数据", "国家统计局今天发布数据，前三季度，社会消费品零售总额同比增长5%。", {"中国"}),
    # …and so does a national trade association publishing its industry's figures
    ("汽车数据", "中国汽车工业协会今天发布数据。前十个月新能源汽车出口49.9万辆。", {"中国"}),
    # the State Council's departments include its directly administered bodies and national bureaus
    ("民航数据", "民航局发布数据显示，2月份，民航完成旅客运输量4000万人次。", {"中国"}),
    # a central body opening the figure's own clause keeps it
    ("部委新闻", "商务部今年安排外贸专项资金20亿元。", {"商务部"}),
    # 中方, the Chinese side in news of diplomacy, is China
    ("外交新闻", "中方近五年提出合作倡议30多项。", {"中国"}),
])
def test_the_whole_country(title: str, text: str, expected: set) -> None:
    assert {subject for subject, *_ in observe(text, title)} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 甲由A增至B: both levels measure 甲, and so does the growth after them
    ("十年间，全县民营企业数量由2012年的4900家增加到2022年的8000家，增长63%。",
     {("铜鼓县", "民营企业数量", 4900, "家"), ("铜鼓县", "民营企业数量", 8000, "家"), ("铜鼓县", "民营企业数量", 63, "%")}),
    # a change verb ending the phrase is no part of what is measured
    ("全县有效灌溉面积扩大到12万亩。", {("铜鼓县", "有效灌溉面积", 12, "万亩")}),
])
def test_a_change_to_a_new_level_measures_what_changed(text: str, expected: set) -> None:
    assert observe(text) == expected


def test_the_level_a_change_reached_right_after_it() -> None:
    found = observe("全县森林覆盖率提升0.5个百分点、达68.2%。")
    assert found == {("铜鼓县", "森林覆盖率", 0.5, "个百分点"), ("铜鼓县", "森林覆盖率", 68.2, "%")}


def test_a_word_opening_with_he_keeps_it() -> None:
    # 和美 (harmonious and beautiful) opens the phrase: no conjunction to drop
    assert observe("和美村庄覆盖率达65%。") == {("铜鼓县", "和美村庄覆盖率", 65, "%")}


@pytest.mark.parametrize(("text", "expected"), [
    # a work named, then referred back to by its kind: its figures are its own (totalInvestment), no
    # place's statistic
    ("今天，湖北青山水库扩建工程开工建设。工程总投资12亿元。", set()),
    ("湖北青山水库扩建工程今天开工建设，该工程总投资12亿元，设计库容3亿立方米。", set()),
    # works counted since the last one named: all of them, the place's figure
    ("今天，湖北省新开工重大项目80个，项目总投资900亿元。", {("湖北省", 80), ("湖北省", 90000000000)}),
    # a count of works is the place's, even right after a named one
    ("湖北青山水库扩建工程今天开工建设。湖北省今年开工水利工程60个。", {("湖北省", 60)}),
    # no work named before: 项目 opens a place's own figure
    ("今天，湖北省举行招商大会，项目签约总额超过500亿元。", {("湖北省", 50000000000)}),
])
def test_a_work_referred_back_to_has_its_own_figures(text: str, expected: set) -> None:
    assert {(subject, value) for subject, _, value, _ in observe(text, "新闻标题")} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a person opening the clause: what is counted is that person's deeds
    ("从医三十年，他完成手术3000多台。", set()),
    ("张立平扎根山区四十年，先后走访了2000多户农户。", set()),
    ("多年来，她带领团队获得发明专利40多项，培养研究生60人。", set()),
    ("全县今年新增就业3000人，他们家承包的土地扩大到200亩。", {("铜鼓县", 3000)}),
    # the person only says it: the figure is the place's
    ("县长表示，全县今年新增就业3000人。", {("铜鼓县", 3000)}),
    # 我们 in a report is the government speaking: still the place's figure
    ("我们新增城镇就业3000人。", {("铜鼓县", 3000)}),
])
def test_a_person_opening_the_clause_has_no_place_statistic(text: str, expected: set) -> None:
    assert {(subject, value) for subject, _, value, _ in observe(text)} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # people counted, then what befell them: an incident's toll, no statistic
    ("全县昨日发生一起交通事故，造成2人死亡、5人受伤。", set()),
    ("洪水已导致全县3人遇难、1人失踪。", set()),
    # deaths as a population statistic are one
    ("全年全县死亡人口2100人，人口自然增长率3.1‰。", {("死亡人口", 2100)}),
])
def test_an_incidents_toll_is_no_statistic(text: str, expected: set) -> None:
    assert {(indicator, value) for _, indicator, value, unit in observe(text) if unit == "人"} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the change words of price indices and monthly releases end the indicator
    ("全县居民消费价格指数（CPI）同比上涨2.1%。", {("居民消费价格指数（CPI）", 2.1, "%")}),
    ("全县商品房均价同比下跌3%。", {("商品房均价", 3, "%")}),
    # a rate of change after a level measures the same indicator
    ("全县存款余额为300亿元，较上月末上升6亿元，升幅为2%。",
     {("存款余额", 30000000000, "CNY"), ("存款余额", 600000000, "CNY"), ("存款余额", 2, "%")}),
])
def test_change_words_of_monthly_releases(text: str, expected: set) -> None:
    assert {(indicator, value, unit) for _, indicator, value, unit in observe(text)} == expected


@pytest.mark.parametrize(("title", "text", "expected"), [
    # in the news, a region opening the clause is what it measures
    ("区域经济", "今年前三季度，长三角地区生产总值同比增长5.5%。", {"长三角"}),
    # in a report, the document's own place speaks of its part of the region
    (REPORT, "长三角地区生产总值同比增长5.5%。", {"宜春市"}),
    # a region modifying a longer phrase (亚洲最大的…) is no subject
    ("区域经济", "江西省召开会议。亚洲最大的铜箔生产线今年新增产能3万吨。", {"江西省"}),
])
def test_a_region_opening_a_news_clause(title: str, text: str, expected: set) -> None:
    assert {subject for subject, *_ in observe(text, title)} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the head the last item of a list carries is every item's
    ("全县装备制造业、高技术制造业增加值分别增长8%、9%。", {("装备制造业增加值", 8), ("高技术制造业增加值", 9)}),
    # 第一、二、三产业: the three sectors, each named in full
    ("全县第一、二、三产业增加值分别增长3%、5%和6%。",
     {("第一产业增加值", 3), ("第二产业增加值", 5), ("第三产业增加值", 6)}),
    # 城乡 is the towns', then the countryside's; 城镇和农村 share their head
    ("全县城乡居民人均可支配收入分别增长5%和7%。", {("城镇居民人均可支配收入", 5), ("农村居民人均可支配收入", 7)}),
    ("全县城镇和农村居民人均可支配收入分别增长5%和7%。", {("城镇居民人均可支配收入", 5), ("农村居民人均可支配收入", 7)}),
    # whole items stay as they are
    ("全县出口、进口分别增长5%和3%。", {("出口", 5), ("进口", 3)}),
])
def test_a_list_with_its_values_respectively(text: str, expected: set) -> None:
    assert {(indicator, value) for _, indicator, value, _ in observe(text)} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the preposition names the partner of a trade flow; without it the flow turns round
    ("德国对中国出口额为1000亿欧元。", {("对中国出口额", 100000000000)}),
    ("江西省从日本进口机电产品3亿元。", {("从日本进口机电产品", 300000000)}),
    # no flow after it: 对 is stripped as before
    ("江西省对重点企业新增贷款300亿元。", {("重点企业新增贷款", 30000000000)}),
])
def test_the_partner_of_a_trade_flow_stays(text: str, expected: set) -> None:
    assert {(indicator, value) for _, indicator, value, _ in observe(text, "外贸")} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 中 + a country's short name opening a bilateral figure: China's, the pair kept in the indicator
    ("莫斯科召开会议。去年中俄双边贸易额突破1900亿美元，比10年前增长116%。",
     {("中国", "中俄双边贸易额", 190000000000), ("中国", "中俄双边贸易额", 116)}),
    # 中 opening a clause without speaking of two countries is no pair (其中以…)
    ("江西省召开会议。其中以工业为主，工业投资增长5%。", {("江西省", "工业投资", 5)}),
])
def test_a_bilateral_figure_is_chinas(text: str, expected: set) -> None:
    assert {(subject, indicator, value) for subject, indicator, value, _ in observe(text, "外交")} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an adverb of degree ending the phrase says how it moved, not what
    ("全县外贸进口大幅增长24%。", {("外贸进口", 24)}),
    # a noun jieba tags as an adverb stays (进度)
    ("全县项目建设超时序进度8个百分点。", {("项目建设超时序进度", 8)}),
    # 收窄至 and 扩展至 read a change to a new level like 增至
    ("全县城乡收入差距由2.5万元收窄至2.1万元。", {("城乡收入差距", 25000), ("城乡收入差距", 21000)}),
    # the rest of a counted noun joined by 和 belongs to the count before (an origin before a count names none)
    ("全县吸引来自12个国家和地区30多家企业参展。", {("国家", 12), ("参展企业", 30)}),
    # …but a noun before its own number is that number's
    ("全县建成水库3座和泵站12座。", {("建成水库", 3), ("泵站", 12)}),
])
def test_indicator_edges(text: str, expected: set) -> None:
    assert {(indicator, value) for _, indicator, value, _ in observe(text)} == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("全县常住人口达到1.2亿。", {(G, "常住人口", 1.2, "亿")}),  # a count, its magnitude as printed
    ("全县网民规模为0.8亿，同比增长6%。", {(G, "网民规模", 0.8, "亿"), (G, "网民规模", 6.0, "%")}),
    ("全县工业产值达到12亿，同比增长6%。", {(G, "工业产值", 1200000000.0, "CNY"), (G, "工业产值", 6.0, "%")}),
])
def test_a_bare_yi_counts_things_unless_a_value_is_named(text: str, expected: set) -> None:
    assert observe(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a change from an old level to a new one: both levels measure the noun before 从/由, however the time
    # of each is named, and the level reached is no change (no 提高 as its measure)
    ("全县网民规模从十年前的5.6万人增加到现在的10.5万人。",
     {(G, "网民规模", None, 5.6, "万人"), (G, "网民规模", None, 10.5, "万人")}),
    ("全县森林覆盖率由60.2%提高到65.3%。", {(G, "森林覆盖率", None, 60.2, "%"), (G, "森林覆盖率", None, 65.3, "%")}),
    ("科技对经济增长的贡献率从2012年的52.2%提高到60%。",
     {(G, "科技对经济增长的贡献率", None, 52.2, "%"), (G, "科技对经济增长的贡献率", None, 60.0, "%")}),
    # two values of one unit with no change between them stay two statistics of their own
    ("全县粮食产量12万吨，油料产量3万吨。", {(G, "粮食产量", None, 12.0, "万吨"), (G, "油料产量", None, 3.0, "万吨")}),
])
def test_a_change_to_a_new_level_gives_both_levels_of_one_noun(text: str, expected: set) -> None:
    doc = extract_document("t.txt", f"{BULLETIN}\n\n{text}\n")
    assert {(o["subject"], o["indicator"], o["measure"], o["value"], o["unit"])
            for a in doc["articles"] for o in a["observations"]} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # in a report, a county opening a later clause is an example in the government's list: the deeds after
    # it are the report's own
    ("民生实事全面完成，铜鼓县危房得到加固，完成农房改造2万户，建成助餐点300个。",
     {("宜春市", "完成农房改造", 2, "万户"), ("宜春市", "建成助餐点", 300, "个")}),
    # a county opening the sentence is the subject of its clauses
    ("铜鼓县危房得到加固，完成农房改造2万户，建成助餐点300个。",
     {("铜鼓县", "完成农房改造", 2, "万户"), ("铜鼓县", "建成助餐点", 300, "个")}),
])
def test_a_place_opening_a_later_clause_of_a_report(text: str, expected: set) -> None:
    assert observe(text, REPORT) == expected
