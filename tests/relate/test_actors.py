"""Who acts: the article's own place (a province in its report, a county in its bulletin), self-references."""

from __future__ import annotations

import pytest

from kg.relate.actors import resolve_self_reference


@pytest.mark.parametrize(("title", "body", "expected"), [
    # a province's work report: 全省 / 我省 / the title name the province, which implements the programmes
    ("2024年江西省政府工作报告", "过去一年，全省大力实施“赣服通”行动。我省深入推进“放管服”改革。",
     {("江西省", "implements", "赣服通"), ("江西省", "implements", "放管服")}),
    # a county's news: the county named in the headline acts
    ("新干县多措并举", "新干县大力实施“清风行动”，全县上下推进“放管服”改革。",
     {("新干县", "implements", "清风行动"), ("新干县", "implements", "放管服")}),
    # a body named in the headline stays the actor even when the text says 全县
    ("崇仁县财政局全力保障民生", "崇仁县财政局大力实施“阳光财政”行动，全县财政收入增长5%。",
     {("崇仁县财政局", "implements", "阳光财政")}),
])
def test_the_actor_of_an_article(relations_of, title, body, expected):
    assert relations_of(body, title, ("implements",)) == expected


@pytest.mark.parametrize(("title", "body", "not_expected"), [
    # the report's province, never its capital or the body glued to the title's year
    ("2024年江西省政府工作报告", "过去一年，全省大力实施“赣服通”行动。南昌市经济增长5%。",
     ("南昌市", "implements", "赣服通")),
    ("崇仁县财政局全力保障民生", "崇仁县财政局大力实施“阳光财政”行动，全县财政收入增长5%。",
     ("崇仁县", "implements", "阳光财政")),
])
def test_no_wrong_actor(relations_of, title, body, not_expected):
    assert not_expected not in relations_of(body, title)


@pytest.mark.parametrize(("word", "mains", "expected"), [
    ("我省", {"省": "江西省"}, "江西省"),
    ("全省", {"省": "江西省"}, "江西省"),
    ("该县", {"县": "新干县", "省": "江西省"}, "新干县"),
    ("我市", {"县": "新干县"}, None),  # no city in the article
    ("我们", {"省": "江西省"}, None),  # not a self-reference
])
def test_self_references(word, mains, expected):
    assert resolve_self_reference(word, mains) == expected


REPORT_WITHOUT_TITLE = ("2025年河南省政府工作报告\n2025年1月18日在河南省第十四届人民代表大会第三次会议上\n各位代表：\n"
                        "过去一年，全省大力实施“豫快办”行动。郑州市加快发展，郑州市经济增长5%，郑州市人口增加。\n")


def test_a_report_whose_title_line_was_not_split_is_still_the_provinces():
    from kg.document import extract_document

    doc = extract_document("invented.txt", REPORT_WITHOUT_TITLE)
    implements = {(r["head"], r["tail"]) for a in doc["articles"] for r in a["relations"] if r["rel"] == "implements"}
    assert implements == {("河南省", "豫快办")}


def test_a_place_inside_a_longer_place_of_the_title_is_not_the_reports(relations_of):
    found = relations_of("全省大力实施“龙江振兴”行动。龙江县加快发展。", "2025年黑龙江省政府工作报告", ("implements",))
    assert found == {("黑龙江省", "implements", "龙江振兴")}


@pytest.mark.parametrize(("body", "expected"), [
    # a place after a verb of joining is its object: the article's place acts
    ("分宜县加快发展。主动对接南昌市，实施“融圈强链”行动。", {("分宜县", "implements", "融圈强链")}),
    # after a causative verb the place is the actor of the next verb (支持某镇实施…)
    ("分宜县加快发展。支持杨桥镇实施“美丽乡村”行动。", {("杨桥镇", "implements", "美丽乡村")}),
])
def test_objects_and_pivots(relations_of, body, expected):
    assert relations_of(body, "分宜县加快发展", ("implements",)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a person acts: no place or body of the article develops or runs what the person does
    ("他带头发展茶叶产业，带动村民增收。", set()),
    ("张明华说，要深入实施“清风行动”。", set()),
    # a body or place of the article acting stays the actor
    ("该县大力发展茶叶产业。", {("新干县", "developsIndustry", "茶叶")}),
])
def test_a_person_acting_gives_no_actor(relations_of, body, expected):
    assert relations_of(body, "新干县乡村振兴观察", ("implements", "developsIndustry")) == expected


def test_a_region_nearer_an_industry_does_not_hide_the_place_acting(relations_of):
    found = relations_of("在江西，按照赣南、赣北地域特点，拓展粮油产业。", "浙江各地推进乡村振兴", ("developsIndustry",))
    assert found == {("江西省", "developsIndustry", "粮油")}


@pytest.mark.parametrize(("body", "expected"), [
    # 当地 acts for the place named last before it
    ("在江西靖安，近年来，当地大力发展乡村旅游。", {("靖安县", "developsIndustry", "乡村旅游")}),
    # 我 opening a sentence is a person speaking, not the article's place
    ("我高度重视两国合作，愿共同发展数字经济产业。", set()),
])
def test_local_and_first_person_actors(relations_of, body, expected):
    assert relations_of(body, "浙江各地新气象", ("developsIndustry",)) == expected


@pytest.mark.parametrize(("title", "body", "expected"), [
    # an instruction in the news (要…) is said to no one the article names
    ("新干县召开工作会议", "会议指出，新干县经济稳中向好。要深入实施“清风行动”。", set()),
    # a headline naming a place does not make a news item a report
    ("新干县召开工作会议", "要深入实施“清风行动”。", set()),
    # the words a verb of saying reports (甲强调，要…) are an instruction too
    ("新干县召开工作会议", "县委书记强调，要深入实施“清风行动”。", set()),
    ("新干县召开工作会议", "会议认为，必须深入实施“清风行动”。", set()),
    # a place named in the instruction acts
    ("新干县召开工作会议", "会议强调，新干县要深入实施“清风行动”。", {("新干县", "implements", "清风行动")}),
    # a statement that is no instruction keeps the article's place
    ("新干县召开工作会议", "会议指出，一年来深入实施“清风行动”。", {("新干县", "implements", "清风行动")}),
    # a work report's instructions are its own place's programmes
    ("2024年江西省政府工作报告", "要深入实施“清风行动”。", {("江西省", "implements", "清风行动")}),
    ("2024年江西省政府工作报告", "我们认为，要深入实施“清风行动”。", {("江西省", "implements", "清风行动")}),
])
def test_instructions_in_news_and_in_reports(relations_of, title, body, expected):
    assert relations_of(body, title, ("implements",)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a chain of divisions names its finest place: the township, the village act
    ("分宜县杨桥镇大力实施“清风行动”。", {("杨桥镇", "implements", "清风行动")}),
    ("杨桥镇青石村大力实施“清风行动”。", {("青石村", "implements", "清风行动")}),
    # a chain that goes on into a list names several places: its first place stands for them
    ("江西新余、宜春大力实施“清风行动”。", {("江西省", "implements", "清风行动")}),
    # one place alone is the actor as before
    ("分宜县大力实施“清风行动”。", {("分宜县", "implements", "清风行动")}),
])
def test_the_finest_place_of_a_chain_acts(relations_of, body, expected):
    assert relations_of(body, "各地推进作风建设", ("implements",)) == expected


@pytest.mark.parametrize(("title", "body", "expected"), [
    # a paragraph about one village of the article's county goes on with that village (a topic chain)
    ("分宜县乡村振兴观察", "分宜县加快发展。位于山区的黄岭村，过去靠种粮为生。如今，大力发展乡村旅游产业。",
     {("黄岭村", "developsIndustry", "乡村旅游")}),
    ("分宜县乡村振兴观察", "分宜县加快发展。位于山区的黄岭村，过去靠种粮为生。村民大多外出务工。如今，大力发展乡村旅游产业。",
     {("黄岭村", "developsIndustry", "乡村旅游")}),
    # a paragraph break ends the chain; a township is no finer topic than the article's own
    ("分宜县乡村振兴观察", "分宜县加快发展。位于山区的黄岭村，过去靠种粮为生。\n如今，大力发展乡村旅游产业。",
     {("分宜县", "developsIndustry", "乡村旅游")}),
    ("分宜县乡村振兴观察", "分宜县加快发展。位于山区的杨桥镇，过去靠种粮为生。如今，大力发展乡村旅游产业。",
     {("分宜县", "developsIndustry", "乡村旅游")}),
    # a report's sentences without a subject are its own place's
    ("2031年分宜县政府工作报告", "位于山区的黄岭村，过去靠种粮为生。如今，大力发展乡村旅游产业。",
     {("分宜县", "developsIndustry", "乡村旅游")}),
])
def test_a_village_topic_chain(relations_of, title, body, expected):
    assert relations_of(body, title, ("developsIndustry",)) == expected


REPORT = "2031年江西省政府工作报告"


@pytest.mark.parametrize(("body", "expected"), [
    # in a report a name further into its clause follows a verb, as its object: the report's place acts
    ("理顺新余市、宜春市管理体制，深入实施“清风行动”。", {("江西省", "implements", "清风行动")}),
    ("加快南昌市、九江市协同发展，深入实施“清风行动”。", {("江西省", "implements", "清风行动")}),
    # a name opening its clause, after time words or a causative verb, acts
    ("2030年，新余市深入实施“清风行动”。", {("新余市", "implements", "清风行动")}),
    ("支持新余市深入实施“清风行动”。", {("新余市", "implements", "清风行动")}),
    # bodies in a frame of guidance (在…的监督支持下) do not do what follows it
    ("在省人大、省政协的监督支持下，深入实施“清风行动”。", {("江西省", "implements", "清风行动")}),
])
def test_the_actor_of_a_report_opens_its_clause(relations_of, body, expected):
    assert relations_of(body, REPORT, ("implements",)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # in the news too, a body helping or guiding is not the actor of what follows its frame
    ("在新余市农业农村局的帮助下，杨桥镇大力发展茶叶产业。", {("杨桥镇", "developsIndustry", "茶叶")}),
    # a company's own programme inside the frame stays the company's
    ("在江西铜业集团“铜心”文化引领下，员工干劲十足。", {("江西铜业集团", "implements", "铜心")}),
])
def test_a_frame_of_guidance(relations_of, body, expected):
    assert relations_of(body, "分宜县加快发展", ("implements", "developsIndustry")) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # in a report an industry's actor opens its clause too: a city after a verb is its object
    ("建强新余市副中心城市，培育壮大锂电产业。", {("江西省", "developsIndustry", "锂电")}),
    # a place right before its industry in a list of specialities is that industry's (甲市锂电、乙市光伏)
    ("新余锂电、上饶新能源汽车、九江石化加快迈向千亿产业。",
     {("新余市", "developsIndustry", "锂电"), ("上饶市", "developsIndustry", "新能源汽车")}),
    # a place after a causative verb acts
    ("支持新余市打造锂电产业集群。", {("新余市", "developsIndustry", "锂电")}),
])
def test_the_industry_actor_of_a_report(relations_of, body, expected):
    assert relations_of(body, REPORT, ("developsIndustry",)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # statements joined by ； have their own subjects: the one opening the programme's statement acts
    ("分宜县开展“清风行动”；渝水区推行“阳光议事”工作法。",
     {("分宜县", "implements", "清风行动"), ("渝水区", "implements", "阳光议事")}),
    ("分宜县开展“清风行动”；在渝水区，推行“阳光议事”工作法。",
     {("分宜县", "implements", "清风行动"), ("渝水区", "implements", "阳光议事")}),
    # a statement with no subject of its own goes on with the sentence's
    ("分宜县开展“清风行动”；推行“阳光议事”工作法，渝水区参与其中。",
     {("分宜县", "implements", "清风行动"), ("分宜县", "implements", "阳光议事")}),
])
def test_statements_joined_by_semicolons(relations_of, body, expected):
    assert relations_of(body, "新余市推进基层治理", ("implements",)) == expected


# filler items so that a page holds the three headline/body pairs of a broadcast's page of items
_FILLER_ITEMS = (("某地举行端午龙舟邀请赛吸引众多市民", "今天，比赛在江边举行。"),
                 ("多地迎来夏季用电高峰保障供应平稳", "今天，各地用电负荷创新高。"))


def news_page_triples(title: str, body: str, rels: tuple[str, ...]) -> set[tuple[str, str, str]]:
    """The ``rels`` of the first item of a page of TV-news items (headline, blank line, body)."""
    from kg.document import extract_document

    page = "".join(f"{t}\n\n{b}\n\n" for t, b in ((title, body), *_FILLER_ITEMS))
    doc = extract_document("invented.txt", page)
    assert doc["layout"] == "news-items"
    first = doc["articles"][0]
    return {(r["head"], r["rel"], r["tail"]) for r in first["relations"] if r["rel"] in rels}


@pytest.mark.parametrize(("title", "body", "expected"), [
    # a national item: the county named in passing in its last sentence does not run the nation's programme
    ("我国大力推进绿色低碳发展取得积极成效", "今年以来，各地深入实施“绿满家园”行动。在新干县，村民植树造林。", set()),
    ("全国消费者权益保护宣传活动陆续启动", "活动期间，深入推进“放心消费”行动。新余市开展培训。新余市组织考核。", set()),
    # an item whose headline names the county: a sentence without an actor of its own is the county's
    ("新干县召开全县乡村振兴工作推进会议", "新干县召开会议。会议要求，深入实施“清风行动”。",
     {("新干县", "implements", "清风行动")}),
    ("新余：多措并举推动消费市场持续回暖", "新余市召开会议。今年以来，深入推进“放心消费”行动。",
     {("新余市", "implements", "放心消费")}),
])
def test_a_broadcast_item_is_about_the_place_its_headline_names(title, body, expected):
    assert news_page_triples(title, body, ("implements",)) == expected


def test_a_local_paper_s_article_is_about_its_place_without_naming_it(relations_of):
    # a newspaper page (one article): the place the article names most acts, as before
    found = relations_of("新余市召开会议。今年以来，深入推进“放心消费”行动。新余市开展培训。", "推动消费市场持续回暖",
                         ("implements",))
    assert found == {("新余市", "implements", "放心消费")}


@pytest.mark.parametrize(("body", "expected"), [
    # a nation or the parties of a diplomatic item as the subject: no local actor stands in for them
    ("新余市召开会议。会议期间，双方同意共同推进“赣欧走廊”建设。", set()),
    ("新余市召开会议。会谈中，中方愿同某国一道推进“丝路花开”计划。", set()),
    ("新余市召开会议。我国将深入实施“绿满家园”行动。", set()),
    ("新余市召开会议。德国大力实施“工业领航”计划。", set()),
    # 中国 inside an event's name or 中国式 opens no clause: the article's place still acts
    ("新余市召开会议。会议要求，深入推进“放心消费”行动，办好中国某某博览会。", {("新余市", "implements", "放心消费")}),
    ("新余市召开会议。今年以来，围绕中国式现代化推进“放心消费”行动。", {("新余市", "implements", "放心消费")}),
])
def test_a_nation_s_or_the_parties_doing_is_no_local_actor_s(body, expected):
    assert news_page_triples("新余：多措并举推动消费市场持续回暖", body, ("implements",)) == expected


def test_a_report_s_place_acts_abroad(relations_of):
    # a province's report: 在某国举办 is the province's doing (the GUIDE: a report's own place acts)
    found = relations_of("在德国成功举办“赣品出海”推介会。", "2030年江西省政府工作报告", ("implements",))
    assert found == {("江西省", "implements", "赣品出海")}


@pytest.mark.parametrize(("body", "rels", "not_expected", "expected"), [
    # a body whose data the sentence reports is its source, not who invests or develops
    ("商务部公布的数据显示，1至4月，对外直接投资3000亿元。", ("invests",), ("商务部", "invests", "3000亿元"), None),
    ("商务部大数据显示，假期里重点零售和餐饮企业销售额增长9%。", ("developsIndustry",),
     ("商务部", "developsIndustry", "餐饮"), None),
    # a body that publishes its own plan acts
    ("商务部印发方案，深入实施“消费提振”行动。", ("implements",), None, ("商务部", "implements", "消费提振")),
])
def test_a_data_source_is_no_actor(relations_of, body, rels, not_expected, expected):
    found = relations_of(body, "消费市场持续回暖", rels)
    assert not_expected not in found and (expected is None or expected in found)


@pytest.mark.parametrize(("title", "expected"), [
    # the venue of a meeting named in the headline does not run the meeting's business
    ("第五届全国消费市场发展大会在新余召开", set()),
    ("全国消费市场发展论坛在新余市隆重举行", set()),
    # a headline about the city itself, or a visit to it, still makes it the actor
    ("新余召开全市消费市场发展推进大会", {("新余市", "implements", "放心消费")}),
    ("某某在新余调研消费市场发展工作", {("新余市", "implements", "放心消费")}),
])
def test_a_meeting_s_venue_is_no_actor(title, expected):
    body = "会议在新余市举行。会议指出，深入推进“放心消费”行动。"
    assert news_page_triples(title, body, ("implements",)) == expected


@pytest.mark.parametrize(("body", "not_expected"), [
    # a body named after an instruction's modal is its object: the speaker instructs someone else
    ("会议强调，各级人大要坚持党中央集中统一领导，深入推进“清风行动”。", ("中共中央", "implements", "清风行动")),
    ("他表示，全体干部必须团结在以某某同志为核心的党中央周围，大力实施“护林行动”。", ("中共中央", "implements", "护林行动")),
    ("他指出，要坚决维护国务院权威，加快推进“消费提振”行动。", ("国务院", "implements", "消费提振")),
])
def test_a_body_after_an_instruction_s_modal_is_its_object(body, not_expected):
    assert not_expected not in news_page_triples("全国人大常委会举行会议", body, ("implements",))


@pytest.mark.parametrize(("body", "expected"), [
    # a body before the modal is the instruction's subject, and 需要, 重要, 要求 are no modal of an instruction
    ("会议强调，商务部要深入推进“消费提振”行动。", ("商务部", "implements", "消费提振")),
    ("重要的是，商务部深入推进“消费提振”行动。", ("商务部", "implements", "消费提振")),
])
def test_a_body_before_the_modal_still_acts(body, expected):
    assert expected in news_page_triples("消费市场持续回暖", body, ("implements",))


@pytest.mark.parametrize(("body", "not_expected"), [
    # a place after a verb of lying somewhere (地处, 位于, 毗邻) is where the subject is, not who acts
    ("利用地处兴国县城郊的优势，大力发展乡村游。", ("兴国县", "developsIndustry", "乡村游")),
    ("凭借毗邻宜丰县的区位，积极发展竹产业。", ("宜丰县", "developsIndustry", "竹")),
])
def test_a_place_where_the_subject_lies_does_not_act(body, not_expected):
    found = news_page_triples("青石村：乡村游火了", "青石村村民以前靠种田为生。" + body, ("developsIndustry",))
    assert not_expected not in found


@pytest.mark.parametrize(("body", "not_expected"), [
    # in the news, a programme opening its own statement after ；is that statement's subject: the body
    # opening the sentence does not run it
    ("今年以来，南昌市累计推广改革经验38项；“赣欧班列”累计开行突破3000列。", ("南昌市", "implements", "赣欧班列")),
])
def test_a_programme_opening_its_own_statement(body, not_expected):
    assert not_expected not in news_page_triples("江西扩大对外开放", body, ("implements",))


def test_a_programme_after_a_verb_in_its_statement_is_still_run():
    found = news_page_triples("江西扩大对外开放", "今年以来，南昌市累计推广改革经验38项；深入实施“赣欧班列”提质行动。",
                              ("implements",))
    assert ("南昌市", "implements", "赣欧班列") in found


@pytest.mark.parametrize(("title", "body", "absent", "kept"), [
    # a leader's 我们 at a multilateral meeting: the speaker's country, not the organisation met
    ("上海合作组织成员国政府首脑理事会会议举行",
     "李克强在上海合作组织成员国政府首脑理事会会议上表示，中国经济稳中向好。我们将继续推动“放管服”改革全面落地。",
     ("上海合作组织", "implements", "放管服"), None),
    # nor the city hosting it
    ("东盟峰会在雅加达举行", "李强在东盟峰会上发表讲话。下一步，我们将继续实施“一带一路”倡议。",
     ("雅加达", "implements", "一带一路"), None),
    # a local official's 我们 in a local item stays the item's place
    ("安吉县大力发展茶产业", "我们将继续实施“两山”转化行动。", None, ("安吉县", "implements", "两山")),
])
def test_a_speakers_we_at_a_meeting_is_not_the_meeting(relations_of, title, body, absent, kept):
    found = relations_of(body, title, ("implements",))
    assert absent is None or absent not in found
    assert kept is None or kept in found


def test_a_firms_we_is_the_firm(relations_of):
    found = relations_of("我们将继续发展锂电产业。", "甲乙锂业有限公司扩大产能", ("developsIndustry",))
    assert found == {("甲乙锂业有限公司", "developsIndustry", "锂电")}
