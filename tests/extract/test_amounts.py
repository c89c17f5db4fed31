"""Money and percentages as a specification: invented sentences and the normalised values."""

from __future__ import annotations

import pytest

from kg.extract.amounts import find_money, find_percents


@pytest.mark.parametrize(
    "text, expected",
    [
        ("项目总投资36.5亿元", [("36.5亿元", 3650000000, "CNY", False)]),
        ("吸引外资2360万美元", [("2360万美元", 23600000, "USD", False)]),
        ("累计投入超12亿元", [("超12亿元", 1200000000, "CNY", True)]),
        ("奖补资金近800万元", [("近800万元", 8000000, "CNY", True)]),
        ("两家企业分别投资3亿元和4000万元", [("3亿元", 300000000, "CNY", False), ("4000万元", 40000000, "CNY", False)]),
    ],
)
def test_money_is_found_with_value_and_currency(text, expected):
    found = [(m.text, m.attr("value"), m.attr("currency"), m.attr("approx")) for m in find_money(text)]
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "全县新增企业120家",  # a count, not money
        "工业增加值增长8.5%",
        "他今年35岁",
    ],
)
def test_no_money_without_a_currency(text):
    assert find_money(text) == []


@pytest.mark.parametrize(
    "text, value",
    [("服务业增加值同比增长6.5%", 6.5), ("占比提高到42.3%", 42.3)],
)
def test_percent_values(text, value):
    assert [m.attr("value") for m in find_percents(text)] == [value]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("新签约3000万元以上项目20个", []),  # a threshold bounds a class of projects
        ("年收入50万元以上的村有12个", []),
        ("其中超8亿元的2户", []),  # a threshold with a count
        ("完成投资3000万元以上。", ["3000万元以上"]),  # an amount measured, approximately
        ("营收超5亿元的企业增加", ["超5亿元"]),
    ],
)
def test_thresholds_are_not_money(text, expected):
    assert [m.text for m in find_money(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("全年工业产值可达45亿，同比增长9%", ["45亿"]),  # a value word before the bare 亿: money
        ("研发投入累计30亿，居全省前列", ["30亿"]),
        ("数字经济规模超过2万亿。", ["超过2万亿"]),
        ("全市常住人口1.1亿，比上年增加", []),  # people: no value word in the clause
        ("游客接待量达到1.5亿，收入增长", []),  # the value word comes after, in the next clause
        ("用户规模突破3亿。", []),
        ("全年销售收入8亿元，用户3亿", ["8亿元"]),  # 元 makes money wherever it is
    ],
)
def test_a_bare_yi_is_money_only_after_a_value_word(text, expected):
    assert [m.text for m in find_money(text)] == expected
