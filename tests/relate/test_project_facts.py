"""Project facts: status and total investment in the project's clause, a later clause or the next sentence."""

from __future__ import annotations

import pytest

from kg.relate.rules_projects import is_generic_project

TITLE = "分宜县加快项目建设"
P = "分宜县青石新材料项目"


@pytest.mark.parametrize(("body", "expected"), [
    (f"{P}开工，项目总投资12亿元。", {(P, "hasStatus", "开工"), (P, "totalInvestment", "12亿元")}),
    (f"{P}开工。该项目总投资12亿元，主要生产铜箔。", {(P, "hasStatus", "开工"), (P, "totalInvestment", "12亿元")}),
    (f"总投资12亿元的{P}正式投产。", {(P, "hasStatus", "投产"), (P, "totalInvestment", "12亿元")}),
    # 建成投产 is two statuses; a status in the next sentence that opens with 该项目
    (f"{P}顺利签约。该项目已建成投产。", {(P, "hasStatus", "签约"), (P, "hasStatus", "建成"), (P, "hasStatus", "投产")}),
    # GUIDE: 启动建设 → 开工
    (f"{P}启动建设。", {(P, "hasStatus", "开工")}),
    # the status verb before its object, for every project of the list
    (f"今天，全县正式开工建设{P}、分宜县白云大桥。", {(P, "hasStatus", "开工"), ("分宜县白云大桥", "hasStatus", "开工")}),
    (f"全县今年建成{P}。", {(P, "hasStatus", "建成")}),
    # the project as the topic, its status in a comment clause that names nothing else
    (f"作为全县最大工业项目的{P}，今天上午开始建设。", {(P, "hasStatus", "开工")}),
])
def test_status_and_investment(relations_of, body, expected):
    assert relations_of(body, TITLE, ("hasStatus", "totalInvestment")) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a completion announced for later: the work is being built
    (f"{P}今年底将建成，届时年产铜箔5万吨。", {(P, "hasStatus", "在建")}),
    (f"{P}预计明年6月建成投产。", {(P, "hasStatus", "在建")}),
    # a completion wished for (早日, 尽快, 期待) is no completion yet
    (f"相信在各方努力下，{P}将克服困难、早日建成。", {(P, "hasStatus", "在建")}),
    (f"{P}将尽快建成投产。", {(P, "hasStatus", "在建")}),
    # stages of construction (GUIDE: 承台浇筑 → 在建)
    ("分宜县青石大桥主墩承台顺利浇筑。", {("分宜县青石大桥", "hasStatus", "在建")}),
    ("分宜县人民医院综合楼主体封顶。", {("分宜县人民医院综合楼", "hasStatus", "在建")}),
    ("分宜县青石卫生院、分宜县白云卫生院建设完成。",
     {("分宜县青石卫生院", "hasStatus", "建成"), ("分宜县白云卫生院", "hasStatus", "建成")}),
    # one status word after a list: the middle item joined by 和 too
    ("分宜县青石新材料项目、分宜县白云电池项目和分宜县红山钢铁项目投产。",
     {("分宜县青石新材料项目", "hasStatus", "投产"), ("分宜县白云电池项目", "hasStatus", "投产"),
      ("分宜县红山钢铁项目", "hasStatus", "投产")}),
    # a section of the second item takes the status, not the first item of the list (each item of
    # 甲、乙等建成 is a work built: the section too)
    ("分宜县青石高速、分宜县白云高速中山段等建成通车。",
     {("分宜县青石高速", "hasStatus", "建成"), ("分宜县白云高速中山段", "hasStatus", "建成")}),
    # the site of a work being built (建设现场) is a work under construction
    ("在分宜县白云电池项目建设现场，工人们正在安装设备。", {("分宜县白云电池项目", "hasStatus", "在建")}),
    # a work that 启动 with nothing after the verb starts (GUIDE: 启动建设 → 开工)
    ("今天，分宜县白云水库扩容工程正式启动。", {("分宜县白云水库扩容工程", "hasStatus", "开工")}),
])
def test_statuses_the_genre_implies(relations_of, body, expected):
    assert relations_of(body, TITLE, ("hasStatus",)) == expected


@pytest.mark.parametrize("body", [
    f"{P}尚未投产。",                      # denied
    f"{P}计划下月开工建设。",              # a start announced: nothing is built yet
    f"{P}将于明年签约。",
    # 启动 + an object is something else begun
    f"今天，{P}启动试生产前的安全检查。",
    # a section of the work starts, not the whole work
    "分宜县青石高速公路九江段今天开工建设。",
    # 是…的 + a work is a predicate, not the topic of the comment after it
    f"{P}开工，是全县最大的分宜县白云水电站，计划于2030年建成投运。",
])
def test_no_status_implied(relations_of, body):
    found = relations_of(body, TITLE, ("hasStatus",))
    assert not {t for t in found if t[0] != P or t[2] != "开工"}


@pytest.mark.parametrize("body", [
    f"{P}预计明年投产。",                 # a forecast
    f"{P}建成后将年产铜箔5万吨。",        # 建成后: not yet
    f"{P}开工。全县完成总投资12亿元。",   # the next sentence speaks of the county, not the project
    f"明年力争开工建设{P}，建成白云大桥。",  # a forecast verb; the next clause has its own object
    f"双方期待共同努力，如期建成{P}。",   # a completion wished for
    f"全县考察了{P}，白云大桥今天开始建设。",  # not the topic: the comment clause has its own subject
])
def test_no_status_or_investment_of_what_is_not_so(relations_of, body):
    found = relations_of(body, TITLE, ("hasStatus", "totalInvestment"))
    assert not {t for t in found if t[2] in ("投产", "建成", "12亿元")}


def test_the_article_place_launches_its_project(relations_of):
    assert relations_of(f"{P}开工。", TITLE, ("launches",)) == {("分宜县", "launches", P)}


@pytest.mark.parametrize(("name", "generic"), [
    ("8条高速公路", True), ("139个投资合作项目", True), ("重点民生工程", True), ("重大项目", True),
    ("分宜县青石新材料项目", False), ("青石大桥项目", False), ("新钢电弧炉项目", False),
    ("某省139个投资项目", True), ("科技创新高地5大标志性工程", True),  # a count inside the name
    ("年产150万吨芳烃项目", False), ("2×1000兆瓦机组扩建工程", False), ("地铁11号线一期", False),
])
def test_generic_projects(name, generic):
    assert is_generic_project(name) is generic


def test_no_launches_of_counted_projects(relations_of):
    assert relations_of("分宜县新开工3个重大项目。", TITLE, ("launches",)) == set()


@pytest.mark.parametrize(("body", "expected"), [
    ("江西青石新材料有限公司铜箔项目开工。", {("江西青石新材料有限公司", "investsIn", "江西青石新材料有限公司铜箔项目")}),
    ("分宜县青石新材料有限公司年产5万吨铜箔项目开工。",
     {("分宜县青石新材料有限公司", "investsIn", "分宜县青石新材料有限公司年产5万吨铜箔项目")}),
    ("分宜县青石大桥项目开工。", set()),  # no body in the name: no investor
])
def test_the_owner_named_in_the_project(relations_of, body, expected):
    assert relations_of(body, TITLE, ("investsIn",)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # 实施某某工程 is a programme carried out, not a work launched
    ("分宜县深入实施医疗卫生强基工程。", set()),
    # 实施 a named 项目 is still launching it
    ("分宜县实施分宜县青石大桥项目。", {("分宜县", "launches", "分宜县青石大桥项目")}),
])
def test_programmes_are_not_launched(relations_of, body, expected):
    assert relations_of(body, TITLE, ("launches",)) == expected


@pytest.mark.parametrize(("before", "name", "programme"), [
    ("深入实施", "医疗卫生强基工程", True),
    ("开展", "农业良种工程", True),
    ("实施", "青石水库扩容工程", False),  # names what is built
    ("加快建设", "农业良种工程", False),   # built, not carried out
    ("实施", "青石新材料项目", False),     # a 项目 is a project
])
def test_is_programme(before, name, programme):
    from kg.relate.rules_projects import is_programme

    assert is_programme(before, name) is programme


def test_no_status_of_counted_projects(relations_of):
    assert relations_of("分宜县16个重点项目加快建设，8条高速公路建成通车。", TITLE, ("hasStatus",)) == set()


@pytest.mark.parametrize(("body", "expected"), [
    (f"{P}由江西青石路桥有限公司投资建设。", {("江西青石路桥有限公司", "investsIn", P)}),
    (f"{P}由江西青石路桥有限公司全资建设，总投资3亿元。", {("江西青石路桥有限公司", "investsIn", P)}),
    (f"{P}由江西青石路桥有限公司承建。", set()),  # a contractor is not an owner
])
def test_the_passive_agent_invests(relations_of, body, expected):
    found = relations_of(body, TITLE, ("investsIn",))
    assert {t for t in found if t[0] == "江西青石路桥有限公司"} == expected


@pytest.mark.parametrize(("body", "not_expected"), [
    # lines named by their route or their section, listed with a shared head, are owned by no company named in them
    ("甲地至乙地高铁山东段等项目进入运行试验阶段，成渝中线、合肥至武汉、南昌至九江高铁等项目加快推进。", "合肥至武汉"),
    ("甲地至乙地高铁山东段等项目进入运行试验阶段，成渝中线、合肥至武汉、南昌至九江高铁等项目加快推进。", "成渝中线"),
])
def test_no_owner_of_a_line_named_by_its_route(relations_of, body, not_expected):
    assert not any(head == not_expected for head, _, _ in relations_of(body, "铁路建设加快推进", ("investsIn",)))


def test_a_company_opening_a_project_s_name_still_owns_it(relations_of):
    found = relations_of("湘潭吉利新能源汽车项目建成投产。", "湖南省推进项目建设", ("investsIn",))
    assert ("吉利", "investsIn", "湘潭吉利新能源汽车项目") in found


@pytest.mark.parametrize(("body", "expected"), [
    # a count right after the name: the total, the place and the launch are the whole set's
    ("今年，分宜县共谋划重点建设项目36个，总投资120亿元。", set()),
    ("全县新签约产业项目12项，总投资45亿元。", set()),
    # a month or a duration after the name is no count
    (f"{P}12月开工，项目总投资12亿元。", {(P, "hasStatus", "开工"), (P, "totalInvestment", "12亿元")}),
    (f"{P}3个月建成投产，项目总投资12亿元。",
     {(P, "hasStatus", "建成"), (P, "hasStatus", "投产"), (P, "totalInvestment", "12亿元")}),
])
def test_a_counted_set_of_projects_is_no_project(relations_of, body, expected):
    found = relations_of(body, TITLE, ("hasStatus", "totalInvestment", "launches", "locatedIn"))
    assert {t for t in found if t[1] in ("hasStatus", "totalInvestment")} == expected
    assert not any("重点建设项目" in t[0] or "产业项目" in t[0] or "产业项目" in t[2] for t in found)


@pytest.mark.parametrize(("body", "expected"), [
    # the work as the aim of the clause (为…通车, 推动…加快建设): it is being built, nothing reached yet
    ("在施工现场，建设者们为分宜县青石高速年内通车全力推进。", {("分宜县青石高速", "hasStatus", "在建")}),
    ("投入3亿元，推动分宜县青石中学等重点项目加快建设。", {("分宜县青石中学", "hasStatus", "在建")}),
    ("确保分宜县青石大桥年底前开工。", set()),
    ("力争分宜县白云水库年内签约。", set()),
    # 作为 is no aim; the status stands
    ("作为全县重点工程，分宜县青石大桥今天建成通车。", {("分宜县青石大桥", "hasStatus", "建成")}),
    # 建成 inside 创建成为 (created as) or before 为 (built into) names what a thing becomes
    ("分宜县青石水库创建成为全省首个国家级水利风景区。", set()),
    ("分宜县把青石水库建成为全省示范水库。", set()),
    # a status word before 为 other than 建成 stays (投产为全县增收)
    (f"{P}正式投产为全县新增产值5亿元。", {(P, "hasStatus", "投产")}),
    # work that has ended (施工结束, 建设完毕) is no work going on; work going on still is
    ("今天，分宜县青石大桥引桥工程施工结束，大桥即将通车。", set()),
    ("分宜县青石大桥正在施工。", {("分宜县青石大桥", "hasStatus", "在建")}),
    # the status as the topic of what it will bring (建成通车对于…意义重大, 投产将带动…) is not reached
    ("他指出，分宜县青石铁路建成通车对于促进全县发展意义重大。", set()),
    (f"{P}投产将带动就业2000人。", set()),
    # a comment in a clause of its own after the status: the status stands
    ("分宜县青石大桥建成通车，对于全县发展意义重大。", {("分宜县青石大桥", "hasStatus", "建成")}),
])
def test_status_of_an_aim_or_of_a_word_inside_another(relations_of, body, expected):
    assert relations_of(body, TITLE, ("hasStatus",)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a 工程 pushed forward or going deeper that names nothing built is a programme: no launch, no status
    ("分宜县持续推进人才强县工程，引进博士20名。", set()),
    ("分宜县爱心助学工程走深走实，资助学生300名。", set()),
    # a 工程 naming what it builds, or a programme word with a verb of building, is a work
    ("分宜县持续推进青石220千伏输变电工程。", {("分宜县", "launches", "青石220千伏输变电工程")}),
    ("分宜县青石水库扩容工程深入推进。", {("分宜县", "launches", "分宜县青石水库扩容工程")}),
])
def test_a_programme_pushed_forward_is_no_work(relations_of, body, expected):
    assert relations_of(body, TITLE, ("launches",)) == expected


@pytest.mark.parametrize("body", [
    "分宜县持续推进人才强县工程，引进博士20名。",
    "分宜县爱心助学工程深入推进，资助学生300名。",
])
def test_a_programme_pushed_forward_has_no_status(relations_of, body):
    assert relations_of(body, TITLE, ("hasStatus",)) == set()
