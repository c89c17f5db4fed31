"""Partnerships (cooperatesWith): invented sentences with the pairs they must give, and none where they must not."""

from __future__ import annotations

import pytest

from tests.relate.conftest import triples


@pytest.mark.parametrize(("text", "expected"), [
    # two bodies or places joined by 与/和 before a word of partnership
    ("今天，赣州市与深圳市签署战略合作协议。", {("赣州市", "深圳市")}),
    ("江西理工大学和赣州市人民政府共建稀土研究院。", {("江西理工大学", "赣州市人民政府")}),
    # 联合 between two bodies
    ("江西铜业集团联合江西理工大学攻关铜冶炼技术。", {("江西铜业集团", "江西理工大学")}),
    # a source in another clause is no party: 从甲获悉，多家企业与乙…
    ("记者从商务部获悉，30家企业与赣州市签署了合作项目。", set()),
    # a long stretch between the two is no pair
    ("赣州市在今年举办的第三届中国稀土产业博览会开幕式上与深圳市签署合作协议。", set()),
    # a place after 在 is where two sides meet, not a side
    ("李明在南昌与德国代表团举行会谈，双方签署合作协议。", set()),
    ("在南昌，赣江新区与南昌大学签约合作。", {("赣江新区", "南昌大学")}),
    # signing to settle somewhere: the place is the other side of each body's agreement
    ("甲城科技基金、乙城产业基金等5家基金签约落地赣州经济技术开发区。",
     {("赣州经济技术开发区", "甲城科技基金"), ("赣州经济技术开发区", "乙城产业基金")}),
    # settling with no signing named is no agreement
    ("甲城科技基金落户赣州经济技术开发区。", set()),
])
def test_partners(text: str, expected: set) -> None:
    found = {(head, tail) for head, rel, tail in triples(text, rels=("cooperatesWith",))}
    assert found == expected


@pytest.mark.parametrize(("text", "expected"), [
    # signing an agreement (签订/签署…协议) between both is a partnership, as 签约 is
    ("新余市与宁德时代新能源科技股份有限公司签订投资协议。", {("新余市", "宁德时代新能源科技股份有限公司")}),
    ("分宜县和江西铜业集团签署项目投资协议。", {("分宜县", "江西铜业集团")}),
    # 携手 a list: each listed partner
    ("江西省携手天津市、山东省深化东西部协作。", {("江西省", "天津市"), ("江西省", "山东省")}),
    # one side signing alone, or one of many counted in, is no pair
    ("李强签署国务院令，公布某某条例。", set()),
    ("包括中国在内的40多个国家和欧盟共同签署了宣言。", set()),
])
def test_signing_and_joining_partners(text: str, expected: set) -> None:
    assert {(head, tail) for head, _, tail in triples(text, rels=("cooperatesWith",))} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a body assigned to help a place (甲局是乙乡丙村挂点帮扶单位): the finest place of the chain after 是
    ("宜春市发改委是新庄镇青石村挂点帮扶单位，双方结成“党建联盟”。", {("宜春市发改委", "青石村")}),
    ("宜丰县财政局是新庄镇的结对帮扶单位。", {("宜丰县财政局", "新庄镇")}),
    # 结对帮扶 a named place: that place, not the article's
    ("宜丰县财政局结对帮扶新庄镇。", {("宜丰县财政局", "新庄镇")}),
    # another kind of unit is no partnership
    ("宜丰县财政局是全省先进单位。", set()),
])
def test_support_units(text: str, expected: set) -> None:
    found = {(head, tail) for head, _, tail in triples(text, title="宜春市推进乡村振兴", rels=("cooperatesWith",))}
    assert found == expected


def test_a_chain_of_divisions_is_one_side_of_a_signing() -> None:
    found = {(h, t) for h, _, t in triples("今天，比亚迪汽车工业有限公司与江西省宜春市签约，建设零部件项目。",
                                           rels=("cooperatesWith",))}
    assert found == {("比亚迪汽车工业有限公司", "宜春市")}


@pytest.mark.parametrize(("text", "expected"), [
    # a partnership word inside a title names the title, no partnership of the bodies before it
    ("由青石电视台与分宜县人民政府共同举办的《2026中国青年合作论坛》开幕。", set()),
    ("青石集团与分宜县人民政府共同主办“青年创新合作周”。", set()),
    # a place before a counted body says where the unnamed partner is: no place is a side
    ("青石集团与江西一家医药企业签署合作协议。", set()),
    ("青石集团与江西多家高校联合设立研究院。", set()),
    # the bodies themselves, and a place that is a side, still are
    ("青石集团与分宜县人民政府签署战略合作协议。", {("青石集团", "分宜县人民政府")}),
    ("青石集团与分宜县签署合作协议，共建一家研究院。", {("青石集团", "分宜县")}),
])
def test_no_partnership_from_a_title_or_a_counted_partner(text: str, expected: set) -> None:
    assert {(head, tail) for head, _, tail in triples(text, rels=("cooperatesWith",))} == expected
