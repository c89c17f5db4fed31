"""partOf between places: adjacent in the text, listed after a chain, 位于…的, nearest named division."""

from __future__ import annotations

import pytest


def parts(relations_of, body: str, title: str = "调研乡村") -> set[tuple[str, str]]:
    return {(head, tail) for head, _, tail in relations_of(body, title, ("partOf",))}


@pytest.mark.parametrize(("body", "expected"), [
    # a list after a chain shares its parent (the gazetteer does not know villages)
    ("王强来到宜春市铜鼓县大塅镇，又到九江市修水县黄坳村、朱砂村。",
     {("黄坳村", "修水县"), ("朱砂村", "修水县")}),
    ("王强走访了修水县黄坳村和朱砂村，与村民交流。", {("黄坳村", "修水县"), ("朱砂村", "修水县")}),
    # 位于 + a place + a position word + 的 + a smaller place
    ("位于修水县西部的黄坳村，近年发展茶叶。", {("黄坳村", "修水县")}),
    ("王强来到铜鼓县大塅镇。位于修水县深处的黄坳村，村民靠竹林度日。", {("黄坳村", "修水县")}),
])
def test_places_the_text_nests(relations_of, body, expected):
    assert expected <= parts(relations_of, body)


@pytest.mark.parametrize(("body", "title", "absent"), [
    # the nearest named division is the parent, not the province printed before the county
    ("会议期间，代表们走访了吉安市各县，遂川县新签项目12个。", "江西遂川县召开大会", ("遂川县", "江西省")),
    # a village placed by the text is not put in the article's only township
    ("王强来到铜鼓县大塅镇，又到修水县黄坳村、朱砂村。", "调研乡村", ("朱砂村", "大塅镇")),
    # regions have no parts (GUIDE): 皖南黄山市 puts 黄山市 in no region
    ("皖南黄山市新签项目12个。", "区域发展", ("黄山市", "皖南")),
    # a listed place of another level does not take the chain's parent
    ("王强来到修水县黄坳村、铜鼓县，与村民交流。", "调研乡村", ("铜鼓县", "修水县")),
    # the gazetteer places a listed county: 甲市乙区、丙市 gives 丙市 no parent 甲市
    ("他参观了西安碑林、曲阜孔庙碑林。", "碑林", ("曲阜市", "西安市")),
    # 位于 + a place + 的 + a body is no place inside a place
    ("位于修水县西部的青石公司，近年发展茶叶。", "调研乡村", ("青石公司", "修水县")),
])
def test_no_part(relations_of, body, title, absent):
    assert absent not in parts(relations_of, body, title)


def test_the_nearest_named_division_stays(relations_of):
    found = parts(relations_of, "会议期间，代表们走访了吉安市各县，遂川县新签项目12个。", "江西遂川县召开大会")
    assert {("遂川县", "吉安市"), ("吉安市", "江西省")} <= found


@pytest.mark.parametrize(("body", "title", "expected"), [
    # a village the text does not place lies in the township the article is about, among others named
    ("黄坳乡今年发展茶叶2万亩，黄坳乡与大塅镇联合办厂。朱砂村的茶园喜获丰收，黄坳乡茶叶远销各地。", "黄坳乡发展茶叶",
     {("朱砂村", "黄坳乡")}),
    # two townships named as often: no guess
    ("大塅镇与黄坳乡联合办厂。朱砂村的茶园喜获丰收。", "两地合作", set()),
])
def test_villages_of_the_articles_township(relations_of, body, title, expected):
    assert {p for p in parts(relations_of, body, title) if p[0] == "朱砂村"} == expected
