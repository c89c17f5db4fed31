"""holdsPosition: the title with its body before the name; titles cut at a meeting glued before them."""

from __future__ import annotations

import pytest

from kg.relate.rules_people import trim_title


@pytest.mark.parametrize(("body", "expected"), [
    ("江西青石新材料有限公司董事长李明介绍了情况。", {("李明", "holdsPosition", "江西青石新材料有限公司董事长")}),
    ("会上，分宜县人民政府县长王强作报告。", {("王强", "holdsPosition", "分宜县人民政府县长")}),
])
def test_title_before_the_name(relations_of, body, expected):
    assert relations_of(body, "分宜县召开大会", ("holdsPosition",)) == expected


def test_no_position_without_a_title(relations_of):
    assert relations_of("李明介绍了企业情况。", "分宜县召开大会", ("holdsPosition",)) == set()


@pytest.mark.parametrize(("title", "expected"), [
    ("江西省第十四届人民代表大会第三次会议上江西省人民政府省长", "江西省人民政府省长"),
    ("县委常委会会上县委书记", "县委书记"),
    ("县委书记", "县委书记"),
    ("公司总经理", "公司总经理"),
    # a verb of meeting someone: the guest's title is printed after it
    ("京会见某国人民党中央政治局委员", "某国人民党中央政治局委员"),
    ("张三会见某国青石集团会长", "某国青石集团会长"),
    ("张三还同某国人民党中央总书记", "某国人民党中央总书记"),
    # 陪同部长 (a minister in attendance) is a title of its own
    ("某国陪同部长", "某国陪同部长"),
])
def test_trim_title(title, expected):
    assert trim_title(title) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a national body glued to its post (全国政协|委员, 中央纪委|书记), two posts listed before one name
    ("全国人大代表、青石大学教授周明远在会上发言。",
     {("周明远", "holdsPosition", "全国人大代表"), ("周明远", "holdsPosition", "青石大学教授")}),
    ("中共中央政治局常委、中央宣传部部长张明3月到分宜县考察。",
     {("张明", "holdsPosition", "中共中央政治局常委"), ("张明", "holdsPosition", "中央宣传部部长")}),
    # the whole place chain before a village body stays in the title
    ("分宜县杨桥镇青石村党支部书记孙志强介绍。", {("孙志强", "holdsPosition", "分宜县杨桥镇青石村党支部书记")}),
    # a bare body in a list of posts is the place of the first one
    ("分宜县青石社区党工委书记、管委会主任孙志强说。",
     {("孙志强", "holdsPosition", "分宜县青石社区党工委书记"), ("孙志强", "holdsPosition", "分宜县青石社区管委会主任")}),
    # a leader's title printed after the name
    ("会议传达学习了张国栋总书记的重要讲话。", {("张国栋", "holdsPosition", "总书记")}),
])
def test_titles_of_leaders_and_lists(relations_of, body, expected):
    assert relations_of(body, "分宜县召开大会", ("holdsPosition",)) == expected


@pytest.mark.parametrize("body", [
    "会议向张国栋同志表示感谢。",          # 同志 is an address, not a post
    "管委会主任在会上讲话。",              # a post without a name
])
def test_no_position_from_an_address_or_a_nameless_post(relations_of, body):
    assert relations_of(body, "分宜县召开大会", ("holdsPosition",)) == set()


@pytest.mark.parametrize(("text", "expected"), [
    # the body printed right before a post is part of the title, as printed
    ("民盟中央主席张立平出席会议。", {("张立平", "民盟中央主席")}),
    ("国务院副总理、国务院安全生产委员会副主任王立新出席会议。",
     {("王立新", "国务院副总理"), ("王立新", "国务院安全生产委员会副主任")}),
    # a post before another person's name is not the next person's too
    ("甲盟中央主席张立平、乙盟中央主席王立新出席会议。", {("张立平", "甲盟中央主席"), ("王立新", "乙盟中央主席")}),
    # no body before the post: the post alone
    ("会议听取了主任委员张立平作的报告。", {("张立平", "主任委员")}),
])
def test_the_body_printed_before_a_post(relations_of, text: str, expected: set) -> None:
    assert {(head, tail) for head, _, tail in relations_of(text, rels=("holdsPosition",))} == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a guest's body printed right after the verb of meeting, however long the clause before it
    ("国务院总理张三1日在京会见甲共中央总书记李四。", {("张三", "国务院总理"), ("李四", "甲共中央总书记")}),
    ("全国人大常委会委员长张三在人民大会堂会见青年联盟主席李四。",
     {("张三", "全国人大常委会委员长"), ("李四", "青年联盟主席")}),
    # no body after the verb: the post alone
    ("国务院总理张三1日在京会见来访的总统李四。", {("张三", "国务院总理"), ("李四", "总统")}),
])
def test_a_guest_s_body_after_a_verb_of_meeting(relations_of, body, expected):
    assert {(head, tail) for head, _, tail in relations_of(body, rels=("holdsPosition",))} == expected


@pytest.mark.parametrize(("body", "expected"), [
    # 在京 before a national body says where its members are: no part of anyone's title
    ("仪式由中共中央政治局委员、上海市委书记张三主持。在京中共中央政治局委员出席仪式。",
     {("张三", "中共中央政治局委员"), ("张三", "上海市委书记")}),
    ("在京全国政协副主席张三出席。", {("张三", "全国政协副主席")}),
])
def test_in_beijing_is_no_part_of_a_title(relations_of, body, expected):
    assert {(head, tail) for head, _, tail in relations_of(body, rels=("holdsPosition",))} == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a former post keeps 前 as printed after a separator
    ("青年阵线党主席、前总统王立新表示祝贺。", {("王立新", "青年阵线党主席"), ("王立新", "前总统")}),
    ("会议由前总统王立新主持。", {("王立新", "前总统")}),
    # 前 closing a word of time is no part of the post (日前，市长…; 会前市长…)
    ("会前市长王立新作了讲话。", {("王立新", "市长")}),
    # a preposition opening the person's phrase (对, 同) leaves 前 to the post
    ("法院签发对前总统王立新的逮捕令。", {("王立新", "前总统")}),
    ("习近平同前总统王立新会谈。", {("王立新", "前总统")}),
])
def test_a_former_post_keeps_qian(relations_of, body, expected):
    assert {(head, tail) for head, _, tail in relations_of(body, rels=("holdsPosition",))} == expected


def test_a_guest_s_title_after_a_verb_of_meeting(relations_of):
    found = relations_of("国务院副总理张三在北京会见青石集团会长李四。", "张三会见青石集团会长", ("holdsPosition",))
    assert ("李四", "holdsPosition", "青石集团会长") in found
    assert not any("会见" in title for _, _, title in found)


@pytest.mark.parametrize(("body", "expected"), [
    # an envoy posted to a country: the title as printed keeps who sends him (中国驻某国大使)
    ("韩国政府高级官员和中国驻韩国大使张三等到机场迎接。", {("张三", "holdsPosition", "中国驻韩国大使")}),
    ("某国官员和中国驻某某国大使张三等到机场迎接。", {("张三", "holdsPosition", "中国驻某某国大使")}),
    # a country's own post stays as printed
    ("新西兰驻华大使王五出席。", {("王五", "holdsPosition", "新西兰驻华大使")}),
])
def test_an_envoy_s_title_keeps_who_sends_him(relations_of, body, expected):
    assert relations_of(body, "某某抵达某地", ("holdsPosition",)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # the clause's verb with its aspect particle before a printed body is no part of the title
    ("会议听取了大会副秘书长王明作的说明。", {("王明", "holdsPosition", "大会副秘书长")}),
    ("会议审议了农工党中央副主席李强作的报告。", {("李强", "holdsPosition", "农工党中央副主席")}),
    # a body whose own name holds a verb keeps it: no particle marks a clause's verb
    ("国家发展改革委副主任王刚介绍了情况。", {("王刚", "holdsPosition", "国家发展改革委副主任")}),
    ("民进中央主席张华出席。", {("张华", "holdsPosition", "民进中央主席")}),
])
def test_a_printed_body_begins_after_the_clauses_verb(relations_of, body, expected):
    assert relations_of(body, rels=("holdsPosition",)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a body whose name ends in an office, a bureau's secretariat or a delegation (…研究室, 书记处, …规划署, …团)
    ("中央政策研究室主任王明介绍了情况。", {("王明", "holdsPosition", "中央政策研究室主任")}),
    ("中共中央政治局常委、中央书记处书记李东出席会议。",
     {("李东", "holdsPosition", "中共中央政治局常委"), ("李东", "holdsPosition", "中央书记处书记")}),
    ("某国议会友好议员团委员长张华表示欢迎。", {("张华", "holdsPosition", "某国议会友好议员团委员长")}),
    # a rank word between the body and the post stays in the title (常务副, 执行, 专职, 首席)
    ("青石组织秘书处常务副秘书长李娜出席会议。", {("李娜", "holdsPosition", "青石组织秘书处常务副秘书长")}),
    ("中央改革办专职副主任赵刚出席。", {("赵刚", "holdsPosition", "中央改革办专职副主任")}),
    ("联合国环境规划署执行主任周强表示。", {("周强", "holdsPosition", "联合国环境规划署执行主任")}),
])
def test_a_printed_body_of_an_office_or_a_rank_word(relations_of, body, expected):
    assert relations_of(body, rels=("holdsPosition",)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a rank word after a comma or a verb is no body's: the post alone
    ("他说，常务副主任王明出席。", {("王明", "holdsPosition", "常务副主任")}),
    ("会议听取了执行主任周强作的说明。", {("周强", "holdsPosition", "执行主任")}),
])
def test_a_rank_word_without_a_body(relations_of, body, expected):
    assert relations_of(body, rels=("holdsPosition",)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # two posts joined by 兼 before one name are both that person's
    ("国务委员兼外交部部长张明出席。", {("张明", "holdsPosition", "国务委员"), ("张明", "holdsPosition", "外交部部长")}),
    ("中共中央政治局委员、国务委员兼国务院秘书长李东出席。",
     {("李东", "holdsPosition", "中共中央政治局委员"), ("李东", "holdsPosition", "国务委员"),
      ("李东", "holdsPosition", "国务院秘书长")}),
])
def test_posts_joined_by_jian(relations_of, body, expected):
    assert relations_of(body, rels=("holdsPosition",)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a body's head post listed bare after the body's first post is that body's (某部党组书记、部长)
    ("财政部党组书记、部长王明出席。", {("王明", "holdsPosition", "财政部党组书记"), ("王明", "holdsPosition", "财政部部长")}),
    ("中国科学院党组书记、院长李东出席。",
     {("李东", "holdsPosition", "中国科学院党组书记"), ("李东", "holdsPosition", "中国科学院院长")}),
    # the body of the title printed right before it, not of an earlier one
    ("中央宣传部副部长、水利部党组书记、部长赵刚出席。",
     {("赵刚", "holdsPosition", "中央宣传部副部长"), ("赵刚", "holdsPosition", "水利部党组书记"),
      ("赵刚", "holdsPosition", "水利部部长")}),
    # a post that does not head that kind of body stays bare
    ("市委常委、副市长张华出席。", {("张华", "holdsPosition", "市委常委"), ("张华", "holdsPosition", "副市长")}),
])
def test_a_bare_head_post_after_its_body_s_first_post(relations_of, body, expected):
    assert relations_of(body, rels=("holdsPosition",)) == expected


@pytest.mark.parametrize(("body", "not_head"), [
    # a common word read as a name after a title (主席|成功对某国访问) and a group (某某宣讲团) hold no post
    ("赵明表示，今年4月，张国栋主席成功对某国进行国事访问。", "成功"),
    ("某省组建了基层党代表宣讲团、青年教师宣讲团等专题宣讲团。", "宣讲团"),
])
def test_no_post_for_a_common_word_or_a_group(relations_of, body, not_head):
    assert not any(head == not_head for head, _, _ in relations_of(body, rels=("holdsPosition",)))


def test_a_name_that_is_also_a_noun_keeps_its_post(relations_of):
    found = relations_of("江西青石铜业有限公司研发工程师马力介绍。", rels=("holdsPosition",))
    assert ("马力", "holdsPosition", "江西青石铜业有限公司研发工程师") in found


@pytest.mark.parametrize(("body", "expected"), [
    # 政治 of an armed force's political post and 候补 of an alternate member stay in the title
    ("晋升军衔的军官是：西部战区政治委员王立新。", {("王立新", "西部战区政治委员")}),
    ("晋升军衔的军官是：空军政治委员王立新。", {("王立新", "空军政治委员")}),
    ("会议决定递补候补委员王立新为委员。", {("王立新", "候补委员")}),
    # a preposition before the printed body opens the person's phrase; the clause before stays out
    ("日前，中央纪委对第十九届中央候补委员、湖南省政府副省长王立新的问题进行了调查。",
     {("王立新", "第十九届中央候补委员"), ("王立新", "湖南省人民政府副省长")}),
])
def test_political_and_alternate_posts_stay_whole(relations_of, body, expected):
    assert {(head, tail) for head, _, tail in relations_of(body, rels=("holdsPosition",))} == expected
