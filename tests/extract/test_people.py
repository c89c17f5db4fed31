"""People and posts: invented sentences with the Person and Position spans they must give."""

from __future__ import annotations

import pytest

from kg.extract import find_mentions
from kg.extract.people import find_people


def _people(text: str) -> list[str]:
    return [m.text for m in find_mentions(text) if m.type == "Person"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("国务院总理王立新在会上讲话", ["王立新"]),
        ("省长刘国强主持会议", ["刘国强"]),
        ("王立新说，要加快发展。", ["王立新"]),
        ("认真学习习近平总书记重要讲话精神", ["习近平"]),
        ("各国来宾祝贺习近平主席", ["习近平"]),
        ("张建国、李明华、王志强参加活动", ["张建国", "李明华", "王志强"]),
        ("肯尼亚总统巴拉卡说，两国友好。", ["巴拉卡"]),
        ("俄罗斯总统普京表示，愿意合作", ["普京"]),
        ("特朗普表示，将加征关税", ["特朗普"]),
        ("泽连斯基说，谈判仍在继续", ["泽连斯基"]),
        # 作 making a report is a verb after the name, not its last character
        ("会议听取了主任委员张立平作的关于草案的报告", ["张立平"]),
        ("副委员长王立作说明", ["王立"]),
        # a surname-initial place name ending like a lake or island is no person
        ("如今，查干湖的鱼类已达几十种", []),
        # a foreign name goes on across its interpunct (间隔号)
        ("阿根廷总统马里奥·斯坦科维奇表示，两国友好。", ["马里奥·斯坦科维奇"]),
        # …but not for one character only, which may be a name read in part
        ("阿根廷总统马里奥·汗表示，两国友好。", ["马里奥"]),
    ],
)
def test_people_found_with_their_boundaries(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "他强调，要抓好落实。",  # a verb of saying is no name
        "总书记强调，要抓好落实。",  # not even after a title
        "党中央高度重视粮食安全",
        "宣介会在京举行",  # a meeting, not a person
        "总书记关于党的建设的论述",  # a title alone names nobody
        "市委书记关于此事作出批示",
        "桃花村、杏花村的村民喜迎丰收",  # villages in a list are not people
        "安排、利用好各项资金",
        "王女士在窗口办理业务",  # unnamed people are not entities
        "当地居民和游客正在欣赏演出",  # a conjunction before a role word
        "乌克兰表示，将继续谈判",  # a country is no speaker's name
    ],
)
def test_no_person_where_there_is_none(text):
    assert _people(text) == []


@pytest.mark.parametrize(
    "text, position, person",
    [
        ("国务院总理王立新在会上讲话", "总理", "王立新"),
        ("省长刘国强主持会议", "省长", "刘国强"),
        ("该公司总经理陈晓东介绍", "总经理", "陈晓东"),
        # the deputy of a post is a post (副 + 主任委员), not the post's last word
        ("甲市人大常委会副主任委员王立新出席", "副主任委员", "王立新"),
        ("副省长刘国强主持会议", "副省长", "刘国强"),
    ],
)
def test_post_before_a_name_gives_a_position_and_a_person(text, position, person):
    found = [(m.text, m.type) for m in find_people(text)]
    assert (position, "Position") in found
    assert (person, "Person") in found


@pytest.mark.parametrize(
    "text, expected",
    [
        # an adverb or particle after a name is no part of it
        ("总理王明远在会见时表示", ["王明远"]),
        ("总理赵立在会见时表示", ["赵立"]),
        ("甲国总统卡鲁米还表示，双方合作良好", ["卡鲁米"]),
        ("外交部长王明等出席会议", ["王明"]),
        # a country, or the side or army of one, is no person, with or without the adverb after it
        ("巴方愿同中方一道推进合作", []),
        ("乌军正努力稳定防线", []),
        ("南非前总统表示", []),
        # a country after the preposition 应, a city with an adverb or a plural after it
        ("应埃及总理邀请，国务院总理将访问", []),
        ("今天的赣州正加快建设", []),
        ("来宾们表示，合作前景广阔", []),
        ("种粮大户王益正通过手机巡田", ["王益正"]),
        # a landform's name, its generic term right after it, is no person
        ("探测器着陆在南极-艾特肯盆地", []),
        ("考察队穿越卡鲁米山脉", []),
        ("甲国总统卡鲁米表示，双方合作良好", ["卡鲁米"]),
    ],
)
def test_adverbs_after_names_and_sides_of_countries(text, expected):
    from kg.extract.people import find_people

    assert [m.text for m in find_people(text) if m.type == "Person"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a would-be name that ends as a thing, a quality or a particle does, or holds one of the most
        # common words of the dictionary, is a phrase
        ("甲国政府是代表全中国的唯一合法政府", []),
        ("在甲市古柳阁，游客欣赏戏曲", []),
        ("在主席和巴鲁科总统引领下", []),
        ("提升群众安全感", []),
        # before a leader's title too: a preposition or conjunction glued to a name, or the opening of
        # a longer post (国家主席), is no name
        ("应国家主席邀请，甲国总统将访华", []),
        ("应国家主席习明远邀请，甲国总统将来访", []),
        ("学生们纷纷围拢过来，高声向总书记问好", []),
        ("在主席和卡鲁米总统共同见证下", ["卡鲁米"]),
        ("会见时，王立新主席表示", ["王立新"]),
        # the opening of a longer quoted phrase is no name; a quoted name alone is one
        ("乙地告别“林进人退”", []),
        ("乙地告别“沙进田退”", []),
        ("村民“沙进仁”笑着说", ["沙进仁"]),
        # names whose given name is a common word stay
        ("公司总经理伍全球告诉记者", ["伍全球"]),
    ],
)
def test_phrases_are_no_names(text, expected):
    from kg.extract.people import find_people

    assert [m.text for m in find_people(text) if m.type == "Person"] == expected


@pytest.mark.parametrize(
    "text, person, places",
    [
        # a bare place name inside a person's name is the given name, no place
        ("全国工商联主席高云龙介绍调研情况", "高云龙", []),
        ("县长王江西主持会议", "王江西", []),
        # a place beside a name stays
        ("市长王立新在江西调研", "王立新", ["江西"]),
    ],
)
def test_places_inside_names_are_given_names(text, person, places):
    from kg.extract import find_mentions

    found = find_mentions(text)
    assert person in [m.text for m in found if m.type == "Person"]
    assert [m.text for m in found if m.type == "Place"] == places


@pytest.mark.parametrize(
    "text, expected",
    [
        ("马方愿同中方深化合作", []),  # a country's side and its verb, in talks with China's side
        ("卢方愿同中方一道推进合作", []),
        ("中方支持德方、欧方为和平发挥作用", []),
        ("阿方主席在会上致辞", []),  # a post after it: a side's leader, no name
        ("王方出席会议并讲话", ["王方"]),  # a name ending in 方 where no side is in talks
        ("邓朴方同志出席", ["邓朴方"]),
    ],
)
def test_sides_in_talks_are_no_people(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a one-character verb glued after a two-character name: the name stops before the verb
        ("政治委员周平颁发奖状，表示祝贺", ["周平"]),
        ("会议由主任王平主持，副主任赵峰出席", ["王平", "赵峰"]),
        # a three-character name that jieba reads whole stays whole before a verb
        ("主任于伟国出席会议", ["于伟国"]),
        ("市长刘明华出席会议", ["刘明华"]),
        # jieba's guess of an unknown word after the name (利对) is no verb of the dictionary
        ("欢迎甲国总理卡特利对我国进行访问", ["卡特利"]),
        # a conjunction after a two-character name, another name or a count after it
        ("队长王勇和2名队员赶到现场", ["王勇"]),
        ("会议由主任王勇和副主任刘振华主持", ["王勇", "刘振华"]),
        ("主任张文和说，工作顺利", ["张文和"]),
        # a preposition before a foreign leader's name and title is no part of the name
        ("当天，向拜登总统致以问候", ["拜登"]),
        ("总理同拜登总统举行会谈", ["拜登"]),
        # 向 as a surname stays before a Chinese given name
        ("总统向明华说，会谈顺利", ["向明华"]),
        # a preposition before a verb, an adverb of two characters: no name at all
        ("当天，向当选总统致贺电", []),
        ("负责人时再次强调，要守住底线", []),
    ],
)
def test_verbs_and_prepositions_glued_to_names(text, expected):
    assert [m.text for m in find_people(text) if m.type == "Person"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a common word of the dictionary after a post is no name (首相|任命, 总统|任期内, 总书记|明确指出)
        ("两国将在首相任命后举行会谈", []),
        ("这是他总统任期内的第三次出访", []),
        ("王立新主席成功访问了三个国家", ["王立新"]),
        ("总书记明确指出，要抓好落实", []),
        ("全体党员干部认为，这项工作很重要", []),
        # …a noun before a verb of saying stays a name (工程师|马力|介绍), as a given name of a name's tag does
        ("该厂高级工程师马力介绍，新设备已投产", ["马力"]),
        ("市长高峰主持会议", ["高峰"]),
        # a post closing a longer word (主席国) names nobody after it
        ("作为轮值主席国发挥积极作用", []),
        # 前, 原 before a title qualify it (a former prime minister)
        ("人们集会纪念前总理伊万诺夫", ["伊万诺夫"]),
        # a transliterated name read only in part goes on to its edges
        ("会见了俄罗斯联邦委员会副主席梅德韦杰夫等人", ["梅德韦杰夫"]),
        ("今年5月，迪萨纳亚克总统访问了北京", ["迪萨纳亚克"]),
        ("两国元首同意，愿同瓦塔拉总统一道努力", ["瓦塔拉"]),
        # …but not over a Chinese word after it
        ("越共中央总书记苏林表示欢迎", ["苏林"]),
        ("柬埔寨总理洪森表示欢迎", ["洪森"]),
        # a list's first name after a preposition, its last before a common word
        ("考察组由张海、武明、李建华组成", ["张海", "武明", "李建华"]),
        ("队员李建华、武明、张海先后发言", ["李建华", "武明", "张海"]),
        # …a surname that is also a preposition (于) stays
        ("增补委员于会文、马汉成、王国栋为委员", ["于会文", "马汉成", "王国栋"]),
        # a one-character verb glued after a rare given name (某某应|邀)
        ("中国科学院院士蔡昉应邀作报告", ["蔡昉"]),
        # quoted coined words in a list are no names; a quoted name before a verb of saying is one
        ("当地推出“康养游”“文博游”等线路", []),
        ("村民“沙进仁”笑着说", ["沙进仁"]),
        # a railway's section (某某段) is no name
        ("沪昆高铁杭长段按时速350公里运行", []),
        # a garden, a hamlet, a mountain or a forest before the noun it qualifies, a site, an aspect particle
        ("中国选手曹茂园获得冠军", ["曹茂园"]),
        ("河北的马连庄甜瓜熟了", []),
        ("景东山古茶林入选名录", []),
        ("加沙城的舒贾亚社区遭袭", []),
        ("居民们看见总书记来了，纷纷围拢过来", []),
        # …a name ending in 山 or 林 before a verb of news or a post stays
        ("村民王青山表示，今年收成好", ["王青山"]),
        ("委员吴为山发言", ["吴为山"]),
        # a foreign state's name read in part (某某|州) is no name; a name before 州长 is one
        ("暴雨袭击威斯康星州、伊利诺伊州等地", []),
    ],
)
def test_common_words_and_partial_names(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a word of policy documents run across by a would-be name (普|惠小微, 普惠托|育) cuts no name from it
        ("全省加大普惠小微信贷投放", []),
        ("各区新增普惠托位三千个", []),
        ("发展普惠托育服务", []),
        ("围绕康养托育等领域招商", []),
        # …a name holding such a word whole stays
        ("店主李小微说，生意不错", ["李小微"]),
        # 万 or 亿 right after a digit is a count's unit, no surname
        ("共为3200万小微主体办理贷款", []),
        ("记者万小平报道", ["万小平"]),
        # a verb before a leader named by the surname alone and a title (相信|习主席) is no part of a name
        ("相信李总理此行将推动合作", []),
        ("会见王建国主席时表示", ["王建国"]),
    ],
)
def test_policy_words_counts_and_verbs_cut_no_names(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a transliterated name of up to eight characters is read whole, and across a hyphen when both
        # parts are of the table (a double-barrelled name)
        ("组织秘书长叶尔梅克巴耶夫致辞", ["叶尔梅克巴耶夫"]),
        ("会见法国议长布朗-皮韦。", ["布朗-皮韦"]),
        # …a hyphen after a name of other characters joins nothing
        ("记者王立新-摄", ["王立新"]),
        # a list followed by a noun of place (等方向, 等地, 地区) lists places
        ("俄军继续在苏梅、哈尔科夫等方向推进", []),
        ("乌军在赫尔松、卢甘斯克地区行动", []),
        ("会上，王志强、孙志强、赵国栋作了发言", ["王志强", "孙志强", "赵国栋"]),
        # names glued in a headline, which the HMM cuts anywhere, give no guessed name
        ("赵乐际王沪宁蔡奇丁薛祥出席会议", []),
        ("菜农叶祥松当时就在场。", ["叶祥松"]),
    ],
)
def test_foreign_names_lists_of_places_and_glued_headlines(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a surname and a post call a person by title only (as 王女士): no name
        ("施站长告诉记者，今年雪大", []),
        ("欢迎郑主席率团访问", []),
        # a post joined to another by 兼 opens no name
        ("国王某某、王储兼首相某某出席", []),
        # a kind of document before a verb of saying is no person
        ("白皮书指出，各方应加强合作", []),
        # …a name before a verb of saying stays
        ("白立新指出，要加强管理", ["白立新"]),
        ("站长施立新说，今年雪大", ["施立新"]),
    ],
)
def test_titles_and_documents_are_no_names(text, expected):
    assert _people(text) == expected
