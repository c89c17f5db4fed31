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
])
def test_trim_title(title, expected):
    assert trim_title(title) == expected
