"""Statistics in real TV news, fourth round: values that measure nothing named, emergency responses and
thresholds of rules, on short invented texts. Every table has texts where the rule must not fire."""

from __future__ import annotations

import pytest

from kg.document import extract_document
from kg.relate.stat_nouns import names_quantity


def indicators(body: str, title: str = "铜鼓县新闻") -> set[tuple[str, float]]:
    doc = extract_document("t.txt", f"{title}\n\n{body}\n")
    return {(o["indicator"], o["value"]) for a in doc["articles"] for o in a["observations"]}


@pytest.mark.parametrize(("indicator", "counted", "expected"), [
    # words left around a value whose noun was lost name nothing
    ("平均每天", False, False),
    ("连续三年", False, False),
    ("同期偏多", True, False),
    ("净增", True, False),
    ("最高", False, False),
    # a noun, a rate, a value word, an indicator's head tagged as a verb, or the deed counted name one
    ("新增绿地面积", False, True),
    ("参保率", False, True),
    ("一般公共预算收入", False, True),
    ("城镇新增就业", True, True),
    ("办结", True, True),
    # a count's last word is the thing counted, however the dictionary tags it
    ("初中", True, True),
    ("零部件", True, True),
])
def test_an_indicator_names_a_quantity(indicator: str, counted: bool, expected: bool) -> None:
    assert names_quantity(indicator, counted) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # a value with only an adverb or a change word before it measures nothing named
    ("今天的铜鼓县，平均每天超过30场各类演出。", set()),
    ("铜鼓县去年共有党员5200名，比上年净增86名。", {("党员", 5200), ("党员", 86)}),
    # a growth faster or slower than before (加快, 放缓) compares the indicator named before it
    ("铜鼓县工业增加值同比增长6.1%，比一季度加快0.3个百分点。",
     {("工业增加值", 6.1), ("工业增加值", 0.3)}),
    ("铜鼓县社会消费品零售总额增速放缓至4.2%。", {("社会消费品零售总额增速", 4.2)}),
    # an average with nothing averaged, before a change, changes the indicator named before it
    ("铜鼓县医保基金累计支出12亿元，年均增速9.1%。", {("医保基金累计支出", 1200000000), ("医保基金累计支出", 9.1)}),
    # …and a rate of it keeps its name
    ("铜鼓县工业投资同比增长19.4%，增幅较去年同期提高7.8个百分点。", {("工业投资", 19.4), ("工业投资增幅", 7.8)}),
    # a noun phrase before the value stays
    ("铜鼓县各类演出平均每天超过30场。", {("演出平均每天", 30)}),
    ("铜鼓县每天接待游客超过3000人次。", {("接待游客", 3000)}),
])
def test_a_value_measuring_nothing_named(text: str, expected: set) -> None:
    assert indicators(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an emergency response before the count tells how an incident was handled, no one's statistic
    ("暴雨期间，铜鼓县紧急转移群众约4000人。", set()),
    ("铜鼓县累计转移安置受灾群众1.2万人。", set()),
    ("铜鼓县出动救援人员800名、车辆120台。", set()),
    ("铜鼓县已抢通受损公路26条。", set()),
    ("某国当局已疏散约3万名居民。", set()),
    # …and people trapped, fields flooded, routes suspended after the count
    ("铜鼓县有300多名群众被困。", set()),
    ("铜鼓县2万余亩农田受淹。", set()),
    ("全省101条客运航线停航。", set()),
    # the same words inside other words, or in the statistics of other work, do not fire
    ("铜鼓县派出所民警共计86名。", {("民警", 86)}),
    ("铜鼓县获得中央转移支付资金3亿元。", {("获得中央转移支付资金", 300000000)}),
    ("铜鼓县新增农村劳动力转移就业1200人。", {("新增农村劳动力转移就业", 1200)}),
    ("铜鼓县建设安置房3000套。", {("建设安置房", 3000)}),
])
def test_an_emergency_response_is_no_statistic(text: str, expected: set) -> None:
    assert indicators(text) == expected


@pytest.mark.parametrize(("title", "text", "expected"), [
    # an armed force's operations, or a defence ministry's communiqué, count no one's statistic
    ("某国称控制多处居民点", "某国国防部5日称，过去一周，俄军控制了4个居民点。", set()),
    ("某国称控制多处居民点", "俄国防部称，过去一天，在多个方向打击了130个区域的目标。", set()),
    ("某国称遭袭", "乌军称，前线地区发生战斗160次。", set()),
    ("某国称遭袭", "以色列军方称，过去一天打击了100多个目标。", set()),
    # 军 after anything but a country's one-character name is no force; a place's own figures stay
    ("铜鼓县新闻", "铜鼓县获得冠军的选手共有12名。", {("选手", 12)}),
    ("铜鼓县新闻", "铜鼓县参军入伍青年今年达到86名。", {("参军入伍青年", 86)}),
    ("某国经济", "俄罗斯今年前5个月对外贸易额增长4%。", {("对外贸易额", 4)}),
])
def test_an_armed_force_s_operations_are_no_statistic(title: str, text: str, expected: set) -> None:
    assert indicators(text, title) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a bound a rule sets for each unit it applies to, 原则上, or a standard named after it: no observed value
    ("铜鼓县按照每千人口不少于5个托位的标准建设托育机构。", set()),
    ("对于符合条件的改造工程，每个项目补助资金不超过500万元。", set()),
    ("铜鼓县新建园区自用绿电比例原则上不低于40%。", set()),
    ("活动期间，铜鼓县各超市每日平价销售的蔬菜品种不少于15个。", set()),
    # a plan's floor is a target, which the GUIDE counts; a level reached stays
    ("到2027年，铜鼓县将建成不少于20家数字化车间。", {("建成数字化车间", 20)}),
    ("铜鼓县计划每年新增就业岗位不少于3000个。", {("计划每年新增就业岗位", 3000)}),
    ("铜鼓县森林覆盖率超过75%。", {("森林覆盖率", 75)}),
])
def test_a_rule_s_threshold_is_no_observed_value(text: str, expected: set) -> None:
    assert indicators(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an adverb of totality or duration after the counted noun is its predicate's, no part of the noun
    ("铜鼓县12个贫困村全部摘帽。", {("贫困村", 12)}),
    ("铜鼓县3万亩早稻全都采用机械插秧。", {("早稻", 3)}),
    ("铜鼓县800名党员干部仍坚守一线。", {("党员干部", 800)}),
    ("铜鼓县20个村级服务站全面开放。", {("村级服务站", 20)}),
    # …and before a value it ends the indicator
    ("铜鼓县村级集体经济收入全部超过10万元。", {("村级集体经济收入", 100000)}),
    # a count with no adverb after it is left as it was
    ("铜鼓县全面推进的改革项目共有15个。", {("改革项目", 15)}),
    ("铜鼓县已建成村级服务站20个。", {("建成村级服务站", 20)}),
])
def test_an_adverb_of_totality_after_the_counted_noun(text: str, expected: set) -> None:
    assert indicators(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the noun an amount of money is, printed right after it, is what the amount measures
    ("铜鼓县每年安排3000万元专项资金。", {("安排专项资金", 30000000)}),
    ("铜鼓县发放500万元消费补贴。", {("发放消费补贴", 5000000)}),
    ("近2亿元中央预算内投资已投向铜鼓县。", {("中央预算内投资", 200000000)}),
    # a noun after the amount that is no value word, or a noun before it, is left as it was
    ("铜鼓县引进投资3亿元的项目。", set()),
    ("铜鼓县投入财政衔接资金4275万元。", {("投入财政衔接资金", 42750000)}),
])
def test_the_noun_an_amount_of_money_is(text: str, expected: set) -> None:
    assert indicators(text) == expected


@pytest.mark.parametrize(("title", "text", "expected"), [
    # a country then 与 and its partner (no 等 closing a list): the country's bilateral figure
    ("某国贸易", "前5个月，中国与东盟农产品贸易额达到300亿美元。", {("中国", 30000000000)}),
    ("某国贸易", "2024年，中国与英国双边货物贸易额达900亿美元。", {("中国", 90000000000)}),
    # a list closed by 等 counts the list, no one's figure; people captured are an incident's
    ("某国外交", "中国与德国、法国等30个国家签署合作文件。", set()),
    ("某国战事", "某日，两国交换被俘人员，双方各向对方移交84名被俘人员。", set()),
])
def test_a_country_and_its_partner(title: str, text: str, expected: set) -> None:
    doc = extract_document("t.txt", f"{title}\n\n{text}\n")
    assert {(o["subject"], o["value"]) for a in doc["articles"] for o in a["observations"]} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a war's engagements, enemies destroyed and prisoners, and people who fell: an incident's count
    ("抗战时期，当地游击队共作战600余次，歼灭日伪军3000余人。", set()),
    ("某国方面称，前线地区发生150次战斗。", set()),
    ("被表彰的60名英模中有12人英勇牺牲。", {("表彰英模", 60)}),
    # what each recipient gets is no total; the number of recipients stays
    ("铜鼓县对8个重点园区各给予300万元补助资金。", {("重点园区", 8)}),
    # the same words as nouns of a statistic stay
    ("铜鼓县今年组织作战演练保障物资200吨。", {("组织作战演练保障物资", 200)}),
])
def test_war_history_and_grants_to_each(text: str, expected: set) -> None:
    assert indicators(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # what a flood or a quake did to the things counted, and services restored to them: an incident's count
    ("受强降雨影响，铜鼓县沿河9个村庄进水。", set()),
    ("铜鼓县5个村遭遇山洪。", set()),
    ("目前，铜鼓县有86个村庄恢复用电。", set()),
    ("某县附近海域已发生有感地震超过300次。", set()),
    # people hit by a disaster named as a noun phrase stay (受灾群众 moved into new homes)
    ("铜鼓县3000户受灾群众春节前搬进新居。", {("受灾群众", 3000)}),
    ("铜鼓县今年新建地震监测站12个。", {("新建地震监测站", 12)}),
])
def test_what_a_disaster_did(text: str, expected: set) -> None:
    assert indicators(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # one body the report shows and does not name (这家…): its figures, no place's statistic
    ("在铜鼓县，这家企业去年销售收入增长了15%。", set()),
    ("铜鼓县这家合作社今年带动农户200户。", set()),
    ("走进铜鼓县这家工厂，车间里有30条生产线。", set()),
    # a body named right after 这家, and a place's own figures, stay
    ("铜鼓县今年新增企业200家。", {("新增企业", 200)}),
])
def test_one_unnamed_body_s_figures(text: str, expected: set) -> None:
    assert indicators(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the rate of a duty a government levies is a policy's setting, no statistic
    ("某国称将对进口铜征收50%的关税。", set()),
    ("某国将对某国商品征收35%关税。", set()),
    ("双方同意继续暂停对等关税24%部分。", set()),
    ("某国对番茄征收17%反倾销税。", set()),
    # a duty's revenue, or a share of trade, stays
    ("铜鼓县海关今年关税收入增长8%。", {("关税收入", 8)}),
    ("铜鼓县对东盟出口占全县出口的35%。", {("对东盟出口占全县出口", 35)}),
])
def test_a_duty_s_rate_is_no_statistic(text: str, expected: set) -> None:
    assert indicators(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a count after a preposition is its object: the doer before the preposition is no part of what is counted
    ("铜鼓县有18名教师在当地12所学校担任校长。", {("教师", 18), ("学校", 12)}),
    ("铜鼓县村民对30多座老旧牛棚进行改造。", {("老旧牛棚", 30)}),
    # a verb and its object before the count stay
    ("铜鼓县改造老旧牛棚30座。", {("改造老旧牛棚", 30)}),
])
def test_a_count_after_a_preposition(text: str, expected: set) -> None:
    assert indicators(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a closed gloss ending the counted noun or the indicator stays, as the statistics print it
    ("铜鼓县今年建设人才（团队）12个。", {("建设人才（团队）", 12)}),
    ("铜鼓县共有乡镇（街道）卫生院17个。", {("乡镇（街道）卫生院", 17)}),
    ("全县生产总值（GDP）增长5.3%。", {("生产总值（GDP）", 5.3)}),
    ("全县居民消费价格指数（CPI）上涨0.8%。", {("居民消费价格指数（CPI）", 0.8)}),
])
def test_a_closed_gloss_stays(text: str, expected: set) -> None:
    assert indicators(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a publication's contents (收入…文稿79篇, 分为18个专题) are no statistic
    ("《某某文选》第一卷收入某同志关于生态建设的重要文稿79篇。", set()),
    ("该书共有报告、讲话、批示等91篇，分为18个专题。", set()),
    # research output and a library's holdings stay
    ("铜鼓县科研人员今年发表论文300篇。", {("科研人员发表论文", 300)}),
    ("全县共有公共图书馆2个，藏书量29万册。", {("公共图书馆", 2), ("藏书量", 29)}),
])
def test_a_publication_s_contents(text: str, expected: set) -> None:
    assert indicators(text) == expected


@pytest.mark.parametrize(("title", "text", "expected"), [
    # an agency of the State Council (国家…局) or a state's statistical or weather office publishes the figure:
    # it is the state's
    ("上半年电影票房", "国家电影局今天发布，上半年国产影片票房达到266亿元。", {("中国", 26600000000)}),
    ("某国高温干旱", "匈牙利国家气象局表示，今年6月的降雨量仅为常年的17%。", {("匈牙利", 17)}),
    # a body that is no agency by its name keeps its figures
    ("国家电网投资", "国家电网上半年完成固定资产投资2700亿元。", {("国家电网", 270000000000)}),
    # quakes counted as occurrences are an incident's count; a count of stations is not
    ("某国地震频发", "某海域已记录到2194次震度1级以上地震。", set()),
    ("铜鼓县新闻", "铜鼓县新建12个地震监测站。", {("铜鼓县", 12)}),
])
def test_a_publishing_agency_s_figures_are_the_state_s(title: str, text: str, expected: set) -> None:
    doc = extract_document("t.txt", f"{title}\n\n{text}\n")
    assert {(o["subject"], o["value"]) for a in doc["articles"] for o in a["observations"]} == expected
