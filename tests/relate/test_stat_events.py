"""An event's figures go on its host place in a national broadcast's item (kg/relate/stat_events.py),
on short invented texts; every table has texts where the rule must not fire."""

from __future__ import annotations

import pytest

from kg.document import extract_document
from kg.relate.stat_events import host_verb, taking_part

NATIONAL_HEADLINE = "全国茶叶博览会开幕 我国茶产业持续壮大"


def first_item(headline: str, body: str) -> set[tuple[str, str, float]]:
    """The observations of the first of three TV-news items."""
    text = (f"{headline}\n\n{body}\n\n乙县举办农民丰收节\n\n今天，乙县丰收节开幕，农民载歌载舞。\n\n"
            "丙镇新建小学正式开学\n\n今天，丙镇小学迎来首批学生入学。\n")
    article = extract_document("invented.txt", text)["articles"][0]
    return {(o["subject"], o["indicator"], o["value"]) for o in article["observations"]}


@pytest.mark.parametrize(("headline", "body", "expected"), [
    # exhibitors and guests of a fair a national item reports are the host city's
    (NATIONAL_HEADLINE, "今天（5月8日），第五届全国茶叶博览会在福建宁德开幕。境内外参展企业达300家，800多名嘉宾注册参会。",
     {("宁德市", "境内外参展企业", 300), ("宁德市", "嘉宾", 800)}),
    # the date between the event and 在, 本届 with the event's noun, 来自全国的 before the exhibitors
    (NATIONAL_HEADLINE, "第五届全国茶叶博览会今天（5月8日）在福建宁德开幕。本届茶博会吸引了来自全国的500多家企业参展，展品超过2万种。",
     {("宁德市", "参展企业", 500), ("宁德市", "展品", 2)}),
    # national statistics told at the fair stay the country's (no word of the event's audience)
    (NATIONAL_HEADLINE, "今天（5月8日），第五届全国茶叶博览会在福建宁德开幕。全国茶叶产量达300万吨，全国茶园面积达5000万亩。",
     {("中国", "全国茶叶产量", 300), ("中国", "全国茶园面积", 5000)}),
    # a firm investing in a place hosts no event
    (NATIONAL_HEADLINE, "今天（5月8日），青石茶业集团在福建宁德投资建厂。境内外参展企业达300家，800多名嘉宾注册参会。",
     {("中国", "境内外参展企业", 300), ("中国", "嘉宾", 800)}),
    # an event whose host is not named
    (NATIONAL_HEADLINE, "今天（5月8日），第五届全国茶叶博览会开幕。境内外参展企业达300家，800多名嘉宾注册参会。",
     {("中国", "境内外参展企业", 300), ("中国", "嘉宾", 800)}),
])
def test_an_events_figures_go_on_its_host(headline: str, body: str, expected: set) -> None:
    assert first_item(headline, body) == expected


GAMES_HEADLINE = "第三届全国青年运动会在南宁闭幕"


@pytest.mark.parametrize(("headline", "body", "expected"), [
    # the games' date after 于 between its name and 在; a clause ending with 参加 counts who take part
    (GAMES_HEADLINE, "第三届全国青年运动会于8月8日在广西南宁开幕，共有3000多名运动员参加。",
     {("南宁市", "参加运动员", 3000)}),
    # the host named only in the headline, 本届 with the event's noun in the body
    (GAMES_HEADLINE, "本届青运会共有3000多名运动员参赛，设12个比赛项目。",
     {("南宁市", "青运会运动员参赛", 3000), ("南宁市", "设比赛项目", 12)}),
    # a national count of athletes speaks of no event: the country's
    (GAMES_HEADLINE, "全国青年运动员已达3000名，比上届增加。",
     {("中国", "全国青年运动员", 3000)}),
    # taking part in a service, no event: the country's
    (GAMES_HEADLINE, "今天，全国已有3000名青年参加志愿服务，比上届增加。",
     {("中国", "全国已有青年", 3000)}),
    # the sentence opening the games goes on with its figures; a national figure told in it stays the country's
    ("全国青年运动会闭幕", "今天，第三届全国青年运动会在福建宁德开幕，设12个比赛项目，全国青年体育人口达2亿人。",
     {("宁德市", "设比赛项目", 12), ("中国", "全国青年体育人口", 2)}),
    # a sentence of its own after the opening names no event
    ("全国青年运动会闭幕", "今天，第三届全国青年运动会在福建宁德开幕。设12个比赛项目。",
     {("中国", "设比赛项目", 12)}),
    # an item headed by the games held at their host: a figure with no place of its own is theirs…
    ("第三届全国青年运动会在宁德闭幕", "今天，第三届全国青年运动会闭幕。共打破8项全国纪录。",
     {("宁德市", "打破全国纪录", 8)}),
    # …but a national figure told in it stays the country's
    ("第三届全国青年运动会在宁德闭幕", "今天，第三届全国青年运动会闭幕。全国青年体育人口达2亿人。",
     {("中国", "全国青年体育人口", 2)}),
])
def test_a_games_figures_go_on_the_host_the_item_names(headline: str, body: str, expected: set) -> None:
    assert first_item(headline, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a summit's guests fell to the organisation holding it: they are its host's
    ("上合组织论坛今天在山东青岛举行，300多名嘉宾参会。上合组织成员国已有10个。",
     {("青岛市", "参会嘉宾", 300), ("上合组织", "成员国", 10)}),
    # no host named: the organisation keeps them; its own members stay its own
    ("上合组织论坛今天举行，300多名嘉宾参会。上合组织成员国已有10个。",
     {("上合组织", "参会嘉宾", 300), ("上合组织", "成员国", 10)}),
])
def test_a_summits_figures_go_on_its_host_not_on_the_body(body: str, expected: set) -> None:
    assert first_item("上合组织论坛举行", body) == expected


def test_a_local_item_keeps_its_own_place() -> None:
    # the item's own city is no country: its main subject stays, however the host is named
    body = "今天（5月8日），第五届全国茶叶博览会在福建宁德开幕。境内外参展企业达300家。"
    assert first_item("宁德举办茶叶博览会", body) == {("宁德市", "境内外参展企业", 300)}


@pytest.mark.parametrize(("text", "expected"), [
    ("在甲省乙市开幕", True),
    ("在乙市隆重举行", True),
    ("在乙市投资建厂", False),
])
def test_host_verb(text: str, expected: bool) -> None:
    assert host_verb(text) is expected


@pytest.mark.parametrize(("clause", "noun_end", "expected"), [
    ("来自10个国家的500家企业参展，", 14, "参展"),      # exhibitors: 参展企业
    ("共吸引3万个项目参与。", 8, "参与"),               # entries of a contest: 参与项目
    ("约200名代表与会", 7, "与会"),                     # the clause's end
    ("160家企业参加培训，", 6, ""),                     # taking part in a training, its object named
    ("500家企业参展的展品达2万种", 6, ""),              # the exhibitors' products, no count of them
    ("500家企业", 6, ""),                               # no verb
    ("共吸引800多所高校的5万个项目参与。", 10, "参与"),   # those whose entries take part: 参与高校
    ("来自30个国家的500名选手参赛", 7, "参赛"),         # the contestants' countries: 参赛国家
    ("800多所高校的5万名学生在校学习", 7, ""),          # no taking part at the clause's end
])
def test_taking_part(clause: str, noun_end: int, expected: str) -> None:
    assert taking_part(clause, noun_end) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # those present at a ceremony, a reception or a drill describe the occasion: no statistic
    ("今天，第五届全国茶叶博览会在福建宁德开幕，各界代表约300人参加开幕式。", set()),
    ("中国驻新西兰使馆举行国庆招待会，新西兰各界人士500多人出席。", set()),
    ("今天，全国消防综合演练在福建宁德举行，约2000人参加演练。", set()),
    # a fair's guests are its host's figures
    ("今天，第五届全国茶叶博览会在福建宁德开幕，海内外800多名嘉宾出席。", {("宁德市", "海内外嘉宾", 800)}),
    # taking part in a training is counted
    ("今年，全国组织2000名农民参加职业技能培训。", {("中国", "全国组织农民", 2000)}),
])
def test_attendance_is_no_statistic(body: str, expected: set) -> None:
    assert first_item(NATIONAL_HEADLINE, body) == expected
