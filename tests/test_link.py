"""Resolution: canonical names, bare forms, anaphora, short names of bodies."""

from __future__ import annotations

import pytest

from kg.document import extract_document
from kg.link import EntityBook, expand_bare_body, main_places, merge_short_bodies, resolve_anaphor
from kg.types import Mention


def place(text: str, level: str) -> Mention:
    return Mention(0, len(text), text, "Place", attrs=(("level", level),))


def org(text: str, kind: str = "company") -> Mention:
    return Mention(0, len(text), text, "Organization", kind)


@pytest.mark.parametrize(("surface", "level", "name", "code"), [
    ("新余", "prefecture", "新余市", "360500000000"),
    ("江西", "province", "江西省", "360000000000"),
    ("赣县", "county", "赣县区", "360704000000"),
    ("余江县", "county", "余江区", "360603000000"),
])
def test_bare_and_former_names_resolve_to_the_official_name(surface, level, name, code):
    book = EntityBook()
    assert book.add(place(surface, level), ["360000000000"]) == name  # an article about Jiangxi
    entity = book.entities[name]
    assert entity.attrs["code"] == code
    assert surface in entity.aliases or surface == name


@pytest.mark.parametrize(("surface", "context", "name"), [
    # a city's bare name shared with a district of another province (GB/T 2260): the city, unless the
    # article is inside that district's own city
    ("西安", ["230000000000"], "西安市"),       # an item about Heilongjiang naming 西安 in a railway's route
    ("西安", ["231000000000"], "西安区"),       # an article about 牡丹江市: its own 西安区
    ("朝阳", ["110000000000"], "朝阳区"),       # a municipality's districts are its city's parts
    ("朝阳", ["210000000000"], "朝阳市"),
])
def test_a_city_over_a_far_homonym_district(surface, context, name):
    book = EntityBook()
    assert book.add(place(surface, "prefecture"), context) == name


def test_a_bare_county_form_far_from_the_article_is_not_resolved():
    book = EntityBook()
    assert book.add(place("商城", "county"), ["360000000000"]) == "商城"  # 商城县 is in Henan


def test_a_bare_township_form_is_not_a_township():
    book = EntityBook()
    name = book.add(place("朝阳", "prefecture"), ["360000000000"])
    assert book.entities[name].attrs.get("level") != "township"


def test_bodies_named_by_level_take_the_articles_place():
    mains = {"县": "宜丰县", "市": "樟树市", "区": "赣县区"}
    assert expand_bare_body("县政协", mains) == "宜丰县政协"
    assert expand_bare_body("区人民法院", mains) == "赣县区人民法院"
    assert expand_bare_body("市委组织部", mains) == "樟树市委组织部"
    assert expand_bare_body("县政协", {}) is None
    assert resolve_anaphor("该县", mains) == "宜丰县"
    assert resolve_anaphor("全市", mains) == "樟树市"
    assert resolve_anaphor("该乡", mains) is None


@pytest.mark.parametrize(("bare", "expected"), [
    # a level word that names a class of places (县级, 区域, 省外, 市县, 村镇) is no one place's body
    ("县级人民医院", None),
    ("区域物流服务中心", None),
    ("省外知名高校", None),
    ("市县融媒体中心", None),
    ("村镇银行", None),
    # a level + a body of its own is the article's place's, as the dictionary cuts it
    ("省市场监管局", "甲省市场监管局"),
    ("省外办", "甲省外办"),
    ("县人民医院", "宜丰县人民医院"),
    ("区教育局", "赣县区教育局"),
])
def test_a_class_of_places_takes_no_place(bare, expected):
    mains = {"县": "宜丰县", "市": "樟树市", "区": "赣县区", "省": "甲省", "村": "某村"}
    assert expand_bare_body(bare, mains) == expected


def test_main_places_are_the_most_mentioned_of_each_level():
    book = EntityBook()
    for text, level in (("新余市", "prefecture"), ("分宜县", "county"), ("新余市", "prefecture")):
        book.add(place(text, level), [])
    from collections import Counter

    mains = main_places(Counter({"新余市": 2, "分宜县": 1}), book)
    assert mains["市"] == "新余市" and mains["县"] == "分宜县"


def test_short_names_of_bodies_fold_into_the_long_name():
    book = EntityBook()
    names = {}
    for i, text in enumerate(("萍乡市安源区丹江街道办事处政协工作联络组", "政协工作联络组", "新钢公司", "新钢")):
        names[(0, i, i + 1, "Organization")] = book.add(org(text, "government"), [])
    merge_short_bodies(book, names)
    assert set(book.entities) == {"萍乡市安源区丹江街道办事处政协工作联络组", "新钢公司"}
    assert "政协工作联络组" in book.entities["萍乡市安源区丹江街道办事处政协工作联络组"].aliases
    assert "新钢" in book.entities["新钢公司"].aliases
    assert set(names.values()) == set(book.entities)


def test_an_ambiguous_short_name_is_left_alone():
    book = EntityBook()
    names = {}
    for i, text in enumerate(("甲乙科技公司", "丙丁科技公司", "科技公司")):
        names[(0, i, i + 1, "Organization")] = book.add(org(text), [])
    merge_short_bodies(book, names)
    assert "科技公司" in book.entities


@pytest.mark.parametrize(("longer", "short", "merged"), [
    # a central body (ministries.tsv) is nobody's tail: a word glued before it names no other body
    ("部分全国政协", "全国政协", False),
    ("列席全国人大常委会", "全国人大常委会", False),
    ("俄罗斯外交部", "外交部", False),
    # a local body's tail still folds into the long name
    ("甲县丙镇政协工作联络组", "政协工作联络组", True),
])
def test_a_central_body_keeps_its_own_name(longer, short, merged):
    book = EntityBook()
    names = {(0, i, i + 1, "Organization"): book.add(org(text, "government"), [])
             for i, text in enumerate((longer, short))}
    merge_short_bodies(book, names)
    assert (short not in book.entities) == merged


@pytest.mark.parametrize(("title", "body", "expected", "not_expected"), [
    # a province's report: a bare body below the province's level is a kind of body, not the most-named county's
    ("2025年江西省政府工作报告", "安福县新增企业。安福县扩大出口。推动县医院提标扩能，省政府督办落实。",
     {"江西省人民政府"}, {"安福县医院"}),
    # a county bulletin: the county's own bodies get its name
    ("安福县2024年国民经济和社会发展统计公报", "县政协开展调研。", {"安福县政协"}, set()),
    # news: the place the item names most still lends its name
    ("安福县推进医疗改革", "安福县多措并举。县医院新建住院楼。", {"安福县医院"}, set()),
])
def test_a_bare_body_takes_the_name_of_the_documents_own_place_only(title, body, expected, not_expected):
    doc = extract_document("t.txt", f"{title}\n\n{body}\n")
    names = {e["name"] for a in doc["articles"] for e in a["entities"] if e["type"] == "Organization"}
    assert expected <= names
    assert not names & not_expected
