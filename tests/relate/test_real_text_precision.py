"""Relations the TV news and reports print that nobody runs or holds: a spirit, a day naming an incident, a
directive to unnamed others, a member's proposal, a figure's counter; a chair country; ranks in titles."""

from __future__ import annotations

import pytest

from tests.relate.test_actors import news_page_triples

_NATIONAL = "全国乡村建设稳步推进"


@pytest.mark.parametrize(("body", "expected"), [
    # a spirit is carried forward, never run
    ("浙江嘉兴某纪念馆推出“青山精神”专题展。", set()),
    ("湖南省大力弘扬“青山”精神，推进乡村建设。", set()),
    ("湖南省组织学习“青山精神”，实施“青山工程”。", {("湖南省", "implements", "青山工程")}),
    # a month and a day name an incident or a day kept
    ("湖南省严肃查处某市“9•17”重大火灾事故相关责任人员。", set()),
    ("湖南省启动“9•17”安全生产专项整治行动。", set()),
    ("湖南省启动“1+9”安全生产行动。", {("湖南省", "implements", "1+9")}),
    # the principle of the basic economic system, a formula of the Party's doctrine, is upheld
    ("湖南省坚持和落实“两个毫不动摇”，实施“青山工程”。", {("湖南省", "implements", "青山工程")}),
    # a day or a holiday named in quotes is no programme
    ("湖南省在“七一”前夕举办“红色课堂”活动。", {("湖南省", "implements", "红色课堂")}),
    ("湖南省在“五一”假期推出“青山游”线路。", {("湖南省", "implements", "青山游")}),
    # a season named in quotes, a network a line joins: no programme
    ("湖南省已进入“春汛秋旱”防汛关键期，实施“青山工程”。", {("湖南省", "implements", "青山工程")}),
    ("水利部介绍了“春汛秋旱”防汛关键期的有关情况。", set()),
    ("长沙市的高铁正式接入国家“四纵四横”高速铁路网。", set()),
    ("长沙市加快推进“四纵四横”高速铁路网建设。", {("长沙市", "implements", "四纵四横")}),
    # an honorary title awarded is no programme
    ("湖南省授予某某连“青山卫士”“模范之连”称号。", set()),
    ("湖南省开展“青山卫士”评选活动。", {("湖南省", "implements", "青山卫士")}),
])
def test_what_is_upheld_or_a_day_is_no_programme(body, expected):
    assert news_page_triples(_NATIONAL, body, ("implements",)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a directive to unnamed others: the recipients run what it names
    ("民政部日前印发通知，要求各地开展“暖心助老”行动。", set()),
    ("党中央号召，全党全军大力开展“青山绿水”行动。", set()),
    ("农业农村部发出通知，要求各级有关部门落实“清单管理”制度。", set()),
    # the notice itself is issued by the body; a named recipient or a body acting on a request still acts
    ("民政部日前印发《关于开展暖心助老的通知》，要求各地落实。", {("民政部", "implements", "关于开展暖心助老的通知")}),
    ("民政部要求浙江省开展“暖心助老”行动。", {("民政部", "implements", "暖心助老")}),
    ("按照民政部要求，各地浙江省开展“暖心助老”行动。", {("浙江省", "implements", "暖心助老")}),
    ("民政部启动“暖心助老”行动，要求各地抓好落实。", {("民政部", "implements", "暖心助老")}),
    # a clause unnamed others open (各地, 各级…) is theirs, unless a place named before owns those levels
    ("民政部召开会议。眼下，各地正扎实推进“暖心助老”行动。", set()),
    ("民政部强调，各级民政部门要落实“暖心助老”行动。", set()),
    ("浙江省湖州市坚持问题导向，各级党组织开展“暖心助老”行动。", {("湖州市", "implements", "暖心助老")}),
])
def test_a_directive_to_unnamed_others_names_no_actor(body, expected):
    assert news_page_triples(_NATIONAL, body, ("implements",)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a member speaking at a session proposes; the member's body runs nothing of it
    ("全国政协常委会今天举行会议。王立新常委发言建议，深化“暖心助老”行动。",
     set()),
    ("全国政协常委会今天举行会议。会议决定，深化“暖心助老”行动。",
     {("全国政协常委会", "implements", "暖心助老")}),
])
def test_a_members_proposal_is_the_members(body, expected):
    assert news_page_triples("全国政协常委会举行会议", body, ("implements",)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # the theme of a session's speeches, quoted whole (commas and all), is discussed, not run
    ("全国政协常委会今天举行全体会议，12位常委围绕“深化暖心助老行动，推进养老服务”作大会发言。", set()),
    ("全国政协常委会今天举行全体会议，12位常委围绕“暖心助老行动”作大会发言。", set()),
    # a programme the body starts, with speeches after it, is still run
    ("全国政协常委会今天启动“暖心助老”行动，委员们作大会发言。", {("全国政协常委会", "implements", "暖心助老")}),
])
def test_the_theme_of_speeches_is_discussed(body, expected):
    assert news_page_triples("全国政协常委会举行会议", body, ("implements",)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a body counting the figures reports them and runs nothing
    ("据宁波海关统计，“甬新欧”班列今年累计开行300列。", set()),
    ("据宁波海关监测，上半年“甬新欧”班列开行增长两成。", set()),
    # a body telling its own deeds still acts
    ("宁波海关推出“甬新欧”通关便利措施。", {("宁波海关", "implements", "甬新欧")}),
])
def test_a_body_counting_figures_is_no_actor(body, expected):
    assert news_page_triples(_NATIONAL, body, ("implements",)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a place named in the opening 作为… phrase describes the subject of the clause after it
    ("作为湖南首个乡村振兴试点城市，近年来，株洲构建起“农业+文旅”发展体系。",
     {("株洲市", "implements", "农业+文旅")}),
    ("湖南作为乡村振兴试点省份，构建起“农业+文旅”发展体系。", {("湖南省", "implements", "农业+文旅")}),
])
def test_a_place_describing_the_subject_is_no_actor(body, expected):
    assert news_page_triples(_NATIONAL, body, ("implements",)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a rank word between a body and its post stays in the title
    ("东非联盟轮值主席李文华在开幕式上致辞。", {("李文华", "holdsPosition", "东非联盟轮值主席")}),
    ("国际大学生体育联合会代理主席艾伦在开幕式上致辞。", {("艾伦", "holdsPosition", "国际大学生体育联合会代理主席")}),
    # 主席国, 总统府: the post opens a longer noun, and no person follows it
    ("中方支持甲方履行好某某组织轮值主席国职责。", set()),
    ("某国总统府发言人在开幕式上致辞。", set()),
    ("总统府发言人在开幕式上致辞。", set()),
    ("东非联盟主席王国强在开幕式上致辞。", {("王国强", "holdsPosition", "东非联盟主席")}),
])
def test_titles_with_ranks_and_posts_glued_to_nouns(body, expected):
    assert news_page_triples(_NATIONAL, body, ("holdsPosition",)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a partnership word inside a body's name, a side inside quotes, a partnership ended: none
    ("法国、德国和联合国开发计划署代表出席会议。", set()),
    ("法国和德国致函联合国秘书长。", set()),
    ("中国愿同各方弘扬“上海精神”，深化合作。", set()),
    ("法国总理签署命令，终止法国与德国的合作协议。", set()),
    ("贝宁共和国总统、多哥共和国总理出席合作论坛开幕式。", set()),
    # two sides joined before a partnership word still cooperate
    ("法国与德国签署合作协议。", {("法国", "cooperatesWith", "德国")}),
    ("法国和德国发表联合声明。", {("法国", "cooperatesWith", "德国")}),
])
def test_no_partnership_of_names_titles_or_ended_deals(body, expected):
    assert news_page_triples(_NATIONAL, body, ("cooperatesWith",)) == expected


_COUNTY_ITEM = "湖南浏阳：花炮产业焕发新活力"


@pytest.mark.parametrize(("body", "expected"), [
    # 当地 in an item on a county its headline names: a place neither in it nor around it, named in passing,
    # is not the place in question
    ("1927年，毛泽东曾到株洲开展工作。党的十八大以来，当地大力发展花炮产业。", {("浏阳市", "developsIndustry", "花炮")}),
    # a place inside the county, or the city around it, named just before still is
    ("浏阳市大围山镇地处湘赣边界。近年来，当地大力发展花炮产业。",
     {("浏阳市", "developsIndustry", "花炮"), ("大围山镇", "developsIndustry", "花炮")}),
    ("长沙市下辖多个县市。近年来，当地大力发展花炮产业。",
     {("浏阳市", "developsIndustry", "花炮"), ("长沙市", "developsIndustry", "花炮")}),
])
def test_local_is_the_items_county_unless_named_within_or_around(body, expected):
    assert news_page_triples(_COUNTY_ITEM, body, ("developsIndustry",)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # an industry whose firms a place clears out, shuts or eliminates is removed, not developed
    ("湖南省对沿江化工企业全部清退、搬离。", set()),
    ("湖南省关停落后钢铁产能，腾出发展空间。", set()),
    # an industry built up, or firms moving in, still is
    ("湖南省大力发展化工新材料产业。", {("湖南省", "developsIndustry", "化工新材料")}),
])
def test_an_industry_removed_is_not_developed(body, expected):
    assert news_page_triples(_NATIONAL, body, ("developsIndustry",)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a lecture's title, a seminar's name, a briefing's host: nothing run
    ("会后，国家发展改革委副主任应邀作题为“推动暖心助老高质量发展”的学习讲座。", set()),
    ("中国人民大学同时举办“暖心助老”研讨会。", set()),
    ("国务院新闻办公室今天举行政策例行吹风会，介绍“暖心助老”行动有关情况。", set()),
    # a programme the body runs, or a briefing body announcing its own, still is
    ("中国人民大学启动“暖心助老”行动。", {("中国人民大学", "implements", "暖心助老")}),
])
def test_titles_seminars_and_briefings_run_nothing(body, expected):
    assert news_page_triples(_NATIONAL, body, ("implements",)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a body or a place inside a 在…助力下 frame (joined by 和 to another) backs the work, it does not do it
    ("近年来，株洲在国家和湖南省出台的多项政策助力下，大力发展陶瓷产业。", {("株洲市", "developsIndustry", "陶瓷")}),
    # a place opening its own clause still develops
    ("近年来，湖南省出台多项政策，大力发展陶瓷产业。", {("湖南省", "developsIndustry", "陶瓷")}),
])
def test_a_backer_in_a_frame_of_support_is_no_actor(body, expected):
    assert news_page_triples(_NATIONAL, body, ("developsIndustry",)) == expected
