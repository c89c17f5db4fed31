"""Industries as a specification: invented sentences and the sectors they name."""

from __future__ import annotations

import pytest

from kg.extract.industries import SECTORS, find_industries
from kg.lexicons import lexicon_rows


@pytest.mark.parametrize(
    "text, expected",
    [
        # a list before 产业 / 产业链
        ("该县着力壮大茶叶、竹木和花卉三大特色产业", ["茶叶", "竹木", "花卉"]),
        ("做大做强锂电产业链", ["锂电"]),
        # a sector of the lexicon where the sentence treats it as a sector
        ("当地积极培育光伏产业", ["光伏"]),
        ("打造数字经济强省", ["数字经济"]),
        ("仪器仪表业增加值增长12%", ["仪器仪表业"]),
        # one lexicon sector makes the whole list a list of sectors
        ("签约项目涉及人工智能、冰雪经济、生物医药等领域", ["人工智能", "冰雪经济", "生物医药"]),
        ("展品涵盖高端装备、新能源等多个领域", ["高端装备", "新能源"]),
        # an item may hold a parenthesis; the name keeps it as printed (the second dev set's convention)
        ("全年锂电池、电线电缆、有机（富硒）果品四大重点产业产值增长", ["锂电池", "电线电缆", "有机（富硒）果品"]),
        # a verb of building up inside an item, counted tiers of 产业, a lexicon sector never cut
        ("积极抢滩布局海洋新材料、脑机接口等未来赛道", ["海洋新材料", "脑机接口"]),
        ("打造纺织服装、绿色食品2个千亿级产业", ["纺织服装", "绿色食品"]),
        # the future industries of the 2024 classification, never cut at 未来
        ("培育壮大未来材料产业", ["未来材料"]),
        # a measure word opening a list item with no number before it is the name's own (类脑…)
        ("前瞻布局量子信息、类脑科技等未来产业", ["量子信息", "类脑科技"]),
        # an item ending in a trade's own verb (计算) keeps the words before it; a crop grown is the crop
        ("全省低碳智能计算产业营收增长", ["低碳智能计算"]),
        ("可以考虑发展茶叶种植产业", ["茶叶"]),
        # what is sold is a crop; a pilot of selling is none
        ("农户销售甜瓜，收入增加", ["甜瓜"]),
        # farm products named by what is done with them
        ("村里统一种植黄桃和梨", ["黄桃"]),
        ("农户试种山药，长势良好", ["山药"]),
        ("甜瓜合作社社员增收", ["甜瓜"]),
        # 核心产业 qualifies its sector as 主导产业 does (数字经济核心产业, the NBS 2021 classification)
        ("全市数据服务核心产业营收增长", ["数据服务"]),
        # the trades' own verbs open industries' names; the 2018 classification's names stand
        ("壮大农产品加工、增材制造产业", ["农产品加工", "增材制造"]),
        # 等 inside an item closes the list: the counted class after it is no item
        ("拓展茶叶、竹木等十大林下经济产业", ["茶叶", "竹木"]),
        # a place before a listed sector says whose industry it is, not which
        ("吉安电子信息、抚州生物医药产业加快壮大", ["电子信息", "生物医药"]),
        # a product before 产业园 is a whole word: a window that cuts a longer name gives nothing
        ("新区智能衡器计量产业园开工建设", []),
        # a sector of the lexicon as a part of the economy: its share, its income
        ("去年养老占全市服务业比重有所提高", ["养老"]),
        ("全县会展总收入再创新高", ["会展"]),
        # two sectors merging; a sector listed beside one the sentence reads as a sector
        ("推动制造业和物流融合", ["制造业", "物流"]),
        ("该市化工、医药产值双双增长", ["化工", "医药"]),
        # a sector before 强县 / 特县 names the county's ambition, not its industry
        ("争创餐饮强县", []),
        # a qualified tail after a list join still heads the list (传统制造业、新兴产业)
        ("当地的纺织业、新兴产业加快转型", ["纺织业"]),
        # loans named after their use are no sectors; the sector a loan goes to is one
        ("扩大科技贷款、普惠贷款和养老产业贷款投放", ["养老"]),
    ],
)
def test_industries_are_found(text, expected):
    assert [m.text for m in find_industries(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "防范房地产、地方债务等领域风险",  # areas of risk
        "推动战略性新兴产业发展",  # a class of industries, not one
        "发展县域特色产业",
        "完善产业布局",
        "培育一批世界级产业集群",
        "村民在产业园务工",
        "他喜欢旅游",  # a sector word that is not a sector here
        "企业加快数字化转型",
        "拓展经贸、人文、教育等领域合作",  # fields of cooperation, no sector among them
        "建成全球最大产业基地",
        "培育自治区特色优势产业相关学科",  # whose industries, not which
        "制定20项细分产业支持政策",
        "萍乡高标准建设一批产业承接平台",  # a place before a clause: the rest is no sector either
        "发挥萍乡资源、区位等产业优势",  # endowments, not sectors
        "着力优化营商服务、提升传统产业",  # a verb of policy opens no industry's name
        "深化文旅融合发展",  # one word merging with nothing named: a policy
        "化工、医药，都很重要",  # a list beside no sector's context
        "他的收入增长",
        "顺应新一轮科技革命和产业变革",  # 产业 is the second of two things, no list's head
        "推动数字技术与产业融合",
        "双方同意加强能源、农业等领域务实合作",  # fields of cooperation between countries
        "推进现房销售试点。",  # a pilot of selling, no crop sold
    ],
)
def test_generic_phrases_give_no_industry(text):
    assert find_industries(text) == []


def test_sector_lexicon_comes_from_classifications_not_from_seed_names():
    sources = {row.source for row in lexicon_rows("sectors")}
    assert any(source.startswith("GB/T 4754-2017") for source in sources)
    assert "绿色PCB" not in SECTORS and "铜基新材料" not in SECTORS


@pytest.mark.parametrize(
    "text, expected",
    [
        # a stretch of land before 产业 says where industries sit: 沿 ("along"), short names + compass
        # points, 中 + a partner's short name, a belt or a region word
        ("加快沿苏锡产业创新带建设", []),
        ("做强陇东南、川西北特色产业", []),
        ("推进中欧产业合作园建设", []),
        ("促进沿海地区优势产业集聚", []),
        ("建设长湘生态经济带", []),
        ("举办百场产业链供需对接会", []),  # a count of events
        # names of industries with the same characters stay
        ("壮大中药材、茶叶等特色产业", ["中药材", "茶叶"]),
        ("培育壮大海洋渔业产业", ["海洋渔业"]),
        ("发展苏绣产业", ["苏绣"]),
    ],
)
def test_regions_and_counts_before_industry_heads_are_none(text, expected):
    assert [m.text for m in find_industries(text)] == expected


def test_a_college_of_industry_is_no_industry():
    # 产业学院: a college run with firms (教育部 现代产业学院), not the industry 产业
    assert find_industries("共建现代产业学院") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("锚定旅游强省目标，加快发展", []),  # a province's ambition, as 强县 is a county's
        ("新材料广泛应用于光伏、新能源汽车等领域", []),  # the fields a product serves
        ("提取的锂可用于化工、电池等行业", []),
        ("资金用于扶持竹木、茶叶等特色产业", ["竹木", "茶叶"]),  # 用于 + a verb: what money is for
        ("加快建设数字经济大省", ["数字经济"]),
        ("是贯穿12至18世纪中国制瓷产业的遗存", []),  # a time cut from its number
    ],
)
def test_ambitions_uses_and_times_are_no_industries(text, expected):
    assert [m.text for m in find_industries(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a list closed by a join before a bare qualifier of 产业 shares no head with it
        ("注重旧厂房盘活、经营机制激活、优势产业聚合", []),
        ("研究加快建设现代化产业体系", []),
        # …a list whose last item stands right before 产业 does
        ("依托家具、建材、食品等优势产业", ["家具", "建材", "食品"]),
        # 产业 qualifying another noun names no industry before it (图谱, 博览会, 承载, 要素, 类), nor 产业化
        ("精准绘制产业图谱", []),
        ("成功举办国际体育用品产业博览会", []),
        ("提升三大园区产业承载能级", []),
        ("推动科研成果产业化", []),
        ("招商引资产业类项目增多", []),
        ("化工产业转型升级", ["化工"]),
        # the scope of a figure (全国, 国家级, 省级) or a leading verb of aim (面向, 助力) is no part of the name
        ("全国体育产业总规模增长", ["体育"]),
        ("各地面向先进制造、人工智能等重点行业举办招聘会", ["先进制造", "人工智能"]),
        # an adverb or verb of progress after the last item ends it (…轻工纺织|加快迈向千亿产业)
        ("萍乡硅钢、九江有色金属加快迈向千亿产业", ["硅钢", "有色金属"]),
        # factors of production, scopes and policies are no industries (资金、人才, 当地, 某某创新发展, 某某融合)
        ("引导资金、人才、设施等要素向新材料等领域集聚", ["新材料"]),
        ("当地食品、建筑业等行业受高温影响", ["食品", "建筑业"]),
        ("推动人工智能创新发展、城乡融合、生物医药等领域改革", ["生物医药"]),
        # fields of cooperation, the documents of it included
        ("两国签署数字经济、绿色发展、信息通信等领域的多项合作文件", []),
        ("该区正在不断加快电子信息产业的升级", ["电子信息"]),
    ],
)
def test_modifiers_and_qualifiers_of_industries(text, expected):
    assert sorted(m.text for m in find_industries(text)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a scope of rank or of the state before an item (世界级, 国家, 战略性) is no part of the sector
        ("该市加快打造世界级陶瓷产业集群", ["陶瓷"]),
        ("某县获批建设国家茶叶产业示范基地", ["茶叶"]),
        ("加快建设国家战略性稀土产业基地", ["稀土"]),
        # …战略性新兴 stays the class it names
        ("壮大战略性新兴产业", []),
        # a region of a national strategy or a run of provinces' short names says where, not which
        ("推动长三角产业协同发展", []),
        ("沪苏浙产业合作持续深化", []),
        ("推进成渝产业协作", []),
        # the sectors named by their numbers (一二三产业) name no industry
        ("推进农村一二三产业融合发展", []),
        # a park, a cluster or a centre before 产业 or in a list of them is no sector
        ("建成3个优势特色产业集群和5个现代农业产业园等产业载体", ["现代农业"]),
        # a sector of the classification keeps its last character (区块链, not 区块)
        ("出台区块链、低空经济等产业扶持政策", ["区块链", "低空经济"]),
    ],
)
def test_scopes_regions_and_parks_name_no_industry(text, expected):
    assert sorted(m.text for m in find_industries(text)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 好 after a verb is its complement (做好|能源), no part of the sector
        ("要用好陶瓷产业的优势", ["陶瓷"]),
        ("该镇建设好茶叶产业园", ["茶叶"]),
        # an item ending in a verb of building up has a bare qualifier for object (某省壮大|优势产业)
        ("某省壮大优势产业", []),
        ("统筹推进新兴产业壮大、未来产业培育", []),
        # a join inside a verb (参与, 给与) splits no list
        ("鼓励民营企业参与光伏产业链建设", ["光伏"]),
        ("发展茶叶和竹木产业", ["茶叶", "竹木"]),
        # a place in the chain and infrastructure name no sector
        ("组织上下游产业链对接", []),
        ("确保基础设施、基础产业平稳运行", []),
    ],
)
def test_complements_verbs_and_joins_inside_words(text, expected):
    assert sorted(m.text for m in find_industries(text)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cooperative's legal form (某某专业合作社) is no part of the crop; its members or system name none
        ("村民成立了花椒专业合作社", ["花椒"]),
        ("鼓励农民专业合作社发展", []),
        ("深化供销合作社改革", []),
        # when and how things are sold or grown name no crop
        ("柑橘迎来销售旺季，", []),
        ("调整种植方式，提高效益", []),
        ("村民种植山药，", ["山药"]),
        # fields of cooperation after a verb of widening (等领域加强合作, 开展更多合作) are no industries
        ("两国在光伏、电力等领域深化合作", []),
        ("希望在农业、渔业等领域开展更多合作", []),
        ("该市重点发展光伏、电力等领域", ["光伏", "电力"]),
    ],
)
def test_crops_cooperatives_and_fields_of_cooperation(text, expected):
    assert sorted(m.text for m in find_industries(text)) == sorted(expected)
