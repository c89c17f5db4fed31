"""Who does not act in a TV-news item: the body whose figures a sentence reports, the place a leader visits."""

from __future__ import annotations

import pytest

from tests.relate.test_actors import news_page_triples

_NATIONAL = "全国农村道路建设稳步推进"


@pytest.mark.parametrize(("body", "expected"), [
    # a body that publishes figures, or tells the reporter, is their source: nobody named acts
    ("交通运输部今天（6月3日）发布数据，截至5月底，全国已实施“畅通乡路”工程2万公里。", set()),
    ("水利部今天发布最新数据：全国已实施“清河护岸”行动。", set()),
    ("记者从国家林草局获悉，今年以来全国深入推进“绿满山川”行动。", set()),
    ("记者今天（6月3日）从农业农村部了解到，全国已启动“丰收田园”计划。", set()),
    # the host of a press conference presents what others have done or issued
    ("国务院新闻办公室今天（6月3日）举行新闻发布会，介绍“绿满山川”行动有关情况。", set()),
    ("记者从国务院新闻办公室举行的新闻发布会上了解到，全国已启动“丰收田园”计划。", set()),
    # a body that publishes its own plan, or acts after saying so, still acts
    ("交通运输部今天发布方案，深入实施“畅通乡路”工程。", {("交通运输部", "implements", "畅通乡路")}),
    ("交通运输部发布数据显示，今年以来，交通运输部大力实施“畅通乡路”工程。",
     {("交通运输部", "implements", "畅通乡路")}),
    ("农业农村部从今年起实施“丰收田园”计划。", {("农业农村部", "implements", "丰收田园")}),
    ("国家林草局在发布会上宣布，启动“绿满山川”行动。", {("国家林草局", "implements", "绿满山川")}),
])
def test_a_body_reporting_figures_is_no_actor(body, expected):
    assert news_page_triples(_NATIONAL, body, ("implements",)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # the place a leader went to or spoke in: the leader's words, no local programme
    ("5月，总书记在湖南考察时强调“绿色崛起”，要求守护好一江碧水。", set()),
    ("总书记在贵州解读“山地振兴”，要求因地制宜。", set()),
    ("总书记先后到江西赣州市某某林场、福建某某林场等“绿满山川”工程重点林场考察。", set()),
    ("总书记考察江西的首站来到“绿满山川”工程的前沿。", set()),
    # a place opening its own clause, or framed by 在…，, still acts
    ("在湖南，当地深入实施“绿色崛起”行动。", {("湖南省", "implements", "绿色崛起")}),
    ("湖南深入实施“绿色崛起”行动，考察团来访。", {("湖南省", "implements", "绿色崛起")}),
    ("在湖南调研组的推动下，贵州实施“山地振兴”计划。", {("贵州省", "implements", "山地振兴")}),
])
def test_a_place_a_leader_visits_is_no_actor(body, expected):
    assert news_page_triples(_NATIONAL, body, ("implements",)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a body whose decision is carried out, agreed with or that approves is no actor of the work
    ("要落实党中央和国务院部署要求，抓好“平安考场”建设。", set()),
    ("他们完全赞同国务院的分析判断，并就推进“数字乡村”建设提出建议。", set()),
    ("经国务院批准，浙江省启动“数字乡村”试点。", {("浙江省", "implements", "数字乡村")}),
    # the body acting on its own still acts
    ("国务院部署推进“数字乡村”建设。", {("国务院", "implements", "数字乡村")}),
    ("按照国务院部署，浙江省深入推进“数字乡村”建设。", {("浙江省", "implements", "数字乡村")}),
])
def test_a_body_whose_decision_is_carried_out_is_no_actor(body, expected):
    assert news_page_triples(_NATIONAL, body, ("implements",)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # the venue of an event held there does not run its theme
    ("2024年乡村振兴大会今天在浙江湖州召开，大会以“共富乡村”为主题。", set()),
    ("全国读书大会在湖州市举行，推动“书香社区”建设。", set()),
    ("6月，在浙江湖州某某产业园考察时，总书记指出，要推进“共富乡村”建设。", set()),
    # a place that starts a programme itself, or a venue of the place's own item, still acts
    ("湖州市在全市启动“书香社区”阅读季活动。", {("湖州市", "implements", "书香社区")}),
    ("在湖州市，当地启动“书香社区”阅读季活动。", {("湖州市", "implements", "书香社区")}),
])
def test_the_venue_of_an_event_is_no_actor(body, expected):
    assert news_page_triples(_NATIONAL, body, ("implements",)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a foreign body or a foreign city runs no programme in a Chinese broadcast
    ("俄罗斯国防部今天宣布，启动“北方之盾”演习计划。", set()),
    ("据报道，朝鲜劳动党中央军事委员会举行会议，通过了“强军护国”方案。", set()),
    ("法国农业部今天启动“绿色牧场”计划。", set()),
    ("当地时间5日，访问团在汉堡参观了“丝路花开”联合实验室。", set()),
    # a Chinese body or city still acts
    ("商务部启动“丝路花开”计划。", {("商务部", "implements", "丝路花开")}),
    ("宁波市启动“绿色港口”计划。", {("宁波市", "implements", "绿色港口")}),
])
def test_a_foreign_body_or_city_is_no_actor(body, expected):
    assert news_page_triples("中欧经贸合作持续深化", body, ("implements",)) == expected


@pytest.mark.parametrize(("title", "body", "expected"), [
    # a member's proposal, or a body whose intention is grasped, is not the headline body's doing
    ("全国政协召开专题协商会", "王某某委员建议，加快发展工业软件产业。", set()),
    ("全国政协召开专题协商会", "要深刻领会党中央战略意图，紧扣某地区作为高端装备制造基地的定位。", set()),
    # the body named in the headline still acts on its own
    ("全国政协召开专题协商会", "全国政协启动“委员讲堂”计划。", {("全国政协", "implements", "委员讲堂")}),
])
def test_a_member_s_proposal_is_not_the_body_s_doing(title, body, expected):
    assert news_page_triples(title, body, ("developsIndustry", "implements")) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # the places a railway or a road connects are its ends, not who runs the network
    ("甲乙高铁连接长沙和怀化，是“八纵八横”高铁网的重要组成部分。", set()),
    ("这条公路途经怀化市，纳入“四好农村路”建设。", set()),
    # a city that builds its part of the network still acts
    ("长沙市加快推进“八纵八横”高铁网建设。", {("长沙市", "implements", "八纵八横")}),
])
def test_the_places_a_line_connects_are_no_actors(body, expected):
    assert news_page_triples(_NATIONAL, body, ("implements",)) == expected


@pytest.mark.parametrize(("title", "body", "expected"), [
    # a city named only in an event's name (某论坛北京峰会) is where it meets: no programme announced there is its
    ("中非合作论坛峰会开幕", "习近平主席在中非合作论坛北京峰会开幕式上发表主旨讲话，宣布将实施“十大伙伴行动”。", set()),
    ("亚运会今天开幕", "第十九届杭州亚运会今天开幕，组委会推出“绿色出行”倡议。", set()),
    # a city named on its own still runs its programme
    ("杭州推出惠民计划", "杭州市推出“数字惠民”计划，覆盖全市居民。", {("杭州市", "implements", "数字惠民")}),
    ("峰会开幕", "北京峰会开幕前，北京市推出“绿色出行”倡议。", {("北京市", "implements", "绿色出行")}),
])
def test_a_city_named_only_in_an_event_s_name_runs_nothing(title, body, expected):
    assert news_page_triples(title, body, ("implements",)) == expected
