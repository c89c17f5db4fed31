"""A province and a city within it written without suffixes, one word for the dictionary: invented sentences."""

from __future__ import annotations

import pytest

from kg.extract.places import find_places


def _names(text: str) -> list[str]:
    return [m.text for m in find_places(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # jieba reads 广西南宁 and 福建厦门 as one word, 湖南岳阳 as 湖|南岳|阳: each part is a place
        ("在广西南宁，游客逛起了夜市", ["广西", "南宁"]),
        ("湖南岳阳的农民忙着春耕", ["湖南", "岳阳"]),
        ("福建厦门举办了灯会", ["福建", "厦门"]),
        ("江西安远的脐橙丰收", ["江西", "安远"]),
        ("浙江建德寿昌古镇游人如织", ["浙江", "建德", "寿昌古镇"]),
        # no chain: a direction, a mountain, a part of a province
        ("西南地区出现降雨", ["西南地区"]),
        ("广西南部将有小雨", ["广西"]),
        ("南岳衡山迎来游客", ["南岳", "衡山"]),
    ],
)
def test_a_chain_without_suffixes_names_both_places(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the city an international organisation is named after is no place it acts in
        ("上海合作组织秘书长发表讲话", []),
        ("青岛举办上海合作组织博览会", ["青岛"]),
        ("上海举办工业博览会", ["上海"]),
    ],
)
def test_the_city_in_an_international_bodys_name_is_no_place(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a region inside a compound of directions, a country opening a river's name: no such place
        ("寒潮影响我国中东部地区", []),
        ("中国—中东欧国家博览会开幕", ["中国"]),
        ("中东地区局势紧张", ["中东"]),
        ("巴勒斯坦约旦河西岸发生冲突", ["巴勒斯坦"]),
        ("刚果河流域雨季来临", []),
        ("约旦外交大臣访华", ["约旦"]),
        ("中国河南的小麦丰收", ["中国", "河南"]),
    ],
)
def test_regions_in_compounds_and_countries_in_rivers_are_no_places(text, expected):
    assert _names(text) == expected
