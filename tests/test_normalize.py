"""Value normalisers: tables of real expressions from the seeds, plus hypothesis properties."""

from __future__ import annotations

import pytest

from kg.normalize import (
    MONEY_PATTERN,
    PERCENT_PATTERN,
    PERIOD_PATTERN,
    QUANTITY_PATTERN,
    Money,
    Percent,
    Quantity,
    infer_year,
    parse_money,
    parse_number,
    parse_percent,
    parse_period,
    parse_quantity,
)

# ---------------------------------------------------------------- money

MONEY_CASES = [
    ("806.76亿元", 80676000000, "CNY", False, None),
    ("1875万美元", 18750000, "USD", False, None),
    ("超50亿元", 5000000000, "CNY", True, "lower"),
    ("近400万元", 4000000, "CNY", True, "upper"),
    ("310余万元", 3100000, "CNY", True, "lower"),
    ("约达180.3亿元", 18030000000, "CNY", True, None),
    ("9880万元", 98800000, "CNY", False, None),
    ("6379万元", 63790000, "CNY", False, None),
    ("30478万元", 304780000, "CNY", False, None),
    ("1.2亿元", 120000000, "CNY", False, None),
    ("200万余元", 2000000, "CNY", True, "lower"),
    ("6000多万元", 60000000, "CNY", True, "lower"),
    ("超10亿元以上", 1000000000, "CNY", True, "lower"),
    ("15万元以上", 150000, "CNY", True, "lower"),
    ("超7000元", 7000, "CNY", True, "lower"),
    ("一万亿元", 1000000000000, "CNY", False, None),
    ("一千万元", 10000000, "CNY", False, None),
    ("三千亿元", 300000000000, "CNY", False, None),
    ("100亿元", 10000000000, "CNY", False, None),
    ("50亿", 5000000000, "CNY", False, None),
    ("274.82万元", 2748200, "CNY", False, None),
    ("78.55万元", 785500, "CNY", False, None),
    ("5.36亿元", 536000000, "CNY", False, None),
    ("１２３．５万元", 1235000, "CNY", False, None),
    ("1,200万元", 12000000, "CNY", False, None),
    ("100亿元人民币", 10000000000, "CNY", False, None),
    ("不到5万元", 50000, "CNY", True, "upper"),
    ("100万元左右", 1000000, "CNY", True, None),
    ("逾3亿美元", 300000000, "USD", True, "lower"),
    ("达237亿元", 23700000000, "CNY", False, None),  # neutral lead word dropped
    ("总额568.4亿元", 56840000000, "CNY", False, None),
]


@pytest.mark.parametrize(("text", "value", "currency", "approx", "bound"), MONEY_CASES)
def test_parse_money(text: str, value: int, currency: str, approx: bool, bound: str | None) -> None:
    assert parse_money(text) == Money(value, currency, approx, bound)


def test_money_values_are_exact_ints() -> None:
    money = parse_money("806.76亿元")
    assert money is not None and type(money.value) is int
    assert parse_money("0.5元") == Money(0.5, "CNY", False, None)


@pytest.mark.parametrize(
    "text", ["154个", "19.4%", "项目", "", "元", "超亿元", "三元", "5万元至10万元", "多元化", "5万", "2023年"]
)
def test_parse_money_rejects_non_money(text: str) -> None:
    assert parse_money(text) is None


MONEY_IN_TEXT = [
    ("今年，新余市安排第一批市重点项目154个，总投资806.76亿元。", ["806.76亿元"]),
    (
        "项目达产后，年产值可达30亿元，总投资超50亿元，其中外资1875万美元。",
        ["30亿元", "超50亿元", "1875万美元"],
    ),
    ("签约金额约达180.3亿元；其中,超10亿元以上项目15个", ["约达180.3亿元", "超10亿元以上"]),
    ("每年可为村集体增收5万元至10万元", ["5万元", "10万元"]),
    ("全年工业营业收入预计可达50亿,同比增长", ["50亿"]),
    ("10万吨三元前驱体项目；何大姐节省婚嫁开支200万余元。", ["200万余元"]),
    ("锚定决战高质量工业一万亿元发展目标", ["一万亿元"]),
    ("推动投资主体多元化，产值超亿元企业32家", []),
    ("现场签约5亿元，节约200万元，最近3亿元", ["5亿元", "200万元", "3亿元"]),
]


@pytest.mark.parametrize(("sentence", "expected"), MONEY_IN_TEXT)
def test_money_pattern_finds_amounts(sentence: str, expected: list[str]) -> None:
    assert [m.group(0) for m in MONEY_PATTERN.finditer(sentence)] == expected


# ---------------------------------------------------------------- percent and quantity

PERCENT_CASES = [
    ("19.4%", Percent(19.4, "%", False)),
    ("５.１％", Percent(5.1, "%", False)),
    ("72.8个百分点", Percent(72.8, "个百分点", False)),
    ("28.44个百分点", Percent(28.44, "个百分点", False)),
    ("100%", Percent(100, "%", False)),
    ("39.0%", Percent(39, "%", False)),
    ("30%以上", Percent(30, "%", True)),
    ("近三分之一", Percent(33.33, "%", True)),
    ("百分之十五", Percent(15, "%", False)),
    ("两个百分点", Percent(2, "个百分点", False)),
    ("11.1 %", Percent(11.1, "%", False)),  # a space before the sign, as bulletins print it
    ("16.1\u2002%", Percent(16.1, "%", False)),
]


@pytest.mark.parametrize(("text", "expected"), PERCENT_CASES)
def test_parse_percent(text: str, expected: Percent) -> None:
    assert parse_percent(text) == expected


@pytest.mark.parametrize("text", ["%", "19.4", "百分点", "3个", "abc%"])
def test_parse_percent_rejects(text: str) -> None:
    assert parse_percent(text) is None


QUANTITY_CASES = [
    ("年产6万吨", Quantity(6, "万吨", False)),
    ("2×1000兆瓦", Quantity(2000, "兆瓦", False)),
    ("15吉瓦时", Quantity(15, "吉瓦时", False)),
    ("128个", Quantity(128, "个", False)),
    ("1300余个", Quantity(1300, "个", True)),
    ("一万吨", Quantity(1, "万吨", False)),
    ("10.5万吨", Quantity(10.5, "万吨", False)),
    ("2.5万余个", Quantity(2.5, "万个", True)),
    ("5.06万宗", Quantity(5.06, "万宗", False)),
    ("1.2万亩", Quantity(1.2, "万亩", False)),
    ("15.5万平方米", Quantity(15.5, "万平方米", False)),
    ("32.2公里", Quantity(32.2, "公里", False)),
    ("2757架次", Quantity(2757, "架次", False)),
    ("3.5亿辆次", Quantity(3.5, "亿辆次", False)),  # vehicle trips of transport statistics, not vehicles
    ("1200艘次", Quantity(1200, "艘次", False)),
    ("1986场次", Quantity(1986, "场次", False)),
    ("72人次", Quantity(72, "人次", False)),
    ("近500名", Quantity(500, "名", True)),
    ("千亩", Quantity(1000, "亩", False)),
    ("11年", Quantity(11, "年", False)),
    ("3个月", Quantity(3, "个月", False)),
    # units of statistical bulletins and work reports
    ("188.7万羽", Quantity(188.7, "万羽", False)),
    ("48.4千公顷", Quantity(48.4, "千公顷", False)),
    ("615.6亿斤", Quantity(615.6, "亿斤", False)),
    ("7种", Quantity(7, "种", False)),
    ("1000列", Quantity(1000, "列", False)),
    ("7000PF", Quantity(7000, "PF", False)),
    ("334925万吨公里", Quantity(334925, "万吨公里", False)),
    # rate units keep both parts
    ("0.21吨标准煤/万元", Quantity(0.21, "吨标准煤/万元", False)),
    ("14435.4万人/公里", Quantity(14435.4, "万人/公里", False)),
]


@pytest.mark.parametrize(("text", "expected"), QUANTITY_CASES)
def test_parse_quantity(text: str, expected: Quantity) -> None:
    assert parse_quantity(text) == expected


@pytest.mark.parametrize(
    "text", ["2023年", "一个", "三个", "第1个", "72.8个百分点", "5万元", "八九十年", "个", "5PFA", "11. %", "几十亩", "数百个"]
)
def test_parse_quantity_rejects(text: str) -> None:
    assert parse_quantity(text) is None


def test_patterns_split_a_statistics_sentence() -> None:
    sentence = "1至6月，全市新签约省外2000万元以上项目128个，同比增加29个，增幅较去年同期提高72.8个百分点。"
    assert [m.group(0) for m in QUANTITY_PATTERN.finditer(sentence)] == ["128个", "29个"]
    assert [m.group(0) for m in PERCENT_PATTERN.finditer(sentence)] == ["72.8个百分点"]
    assert [m.group(0) for m in MONEY_PATTERN.finditer(sentence)] == ["2000万元以上"]
    assert [m.group(0) for m in PERIOD_PATTERN.finditer(sentence)] == ["1至6月", "去年"]


# ---------------------------------------------------------------- numbers

NUMBER_CASES = [
    ("154", 154),
    ("1,200", 1200),
    ("3.28", 3.28),
    ("一万", 10000),
    ("两千", 2000),
    ("十五", 15),
    ("1.5万", 15000),
    ("2.5万余", 25000),
    ("一百零五", 105),
    ("一万五", 15000),
    ("三千亿", 300000000000),
    ("二〇二四", 2024),
    ("５.１", 5.1),
    ("0", 0),
    ("约300", 300),
    ("-3.5", -3.5),
    ("1.5万亿", 1500000000000),
]


@pytest.mark.parametrize(("text", "expected"), NUMBER_CASES)
def test_parse_number(text: str, expected: float) -> None:
    assert parse_number(text) == expected


@pytest.mark.parametrize("text", ["", "万", "亿", "项目", "12,34", "1.2.3", "5个"])
def test_parse_number_rejects(text: str) -> None:
    assert parse_number(text) is None


# ---------------------------------------------------------------- periods and years

PERIOD_CASES = [
    ("1至6月", 2024, "2024-01/2024-06"),
    ("1月至5月", 2022, "2022-01/2022-05"),
    ("1-6月", 2024, "2024-01/2024-06"),
    ("今年1至10月", 2023, "2023-01/2023-10"),
    ("上半年", 2024, "2024-01/2024-06"),
    ("今年上半年", 2024, "2024-01/2024-06"),
    ("一季度", 2022, "2022-01/2022-03"),
    ("前三季度", 2024, "2024-01/2024-09"),
    ("6月份", 2022, "2022-06"),
    ("2023年", None, "2023"),
    ("2023年度", None, "2023"),
    ("今年", 2024, "2024"),
    ("去年", 2024, "2023"),
    ("今年以来", 2024, "2024"),
    ("2023年4月至今", None, "2023-04/.."),
    ("2021年以来", 2024, "2021/.."),
    ("2015年至今", None, "2015/.."),
    ("“十四五”以来", None, "2021/.."),
    ("2022年12月至2023年3月", None, "2022-12/2023-03"),
    ("2021年至2023年", None, "2021/2023"),
    ("今年3月10日", 2024, "2024-03-10"),
    ("2024年2月29日", None, "2024-02-29"),
    ("今年年初", 2024, "2024-01"),
    ("2020年初", None, "2020-01"),
]


@pytest.mark.parametrize(("text", "year", "expected"), PERIOD_CASES)
def test_parse_period(text: str, year: int | None, expected: str) -> None:
    assert parse_period(text, year) == expected


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("今年", None),
        ("1至6月", None),
        ("上半年", None),
        ("6月至1月", 2024),
        ("2023年2月30日", None),
        ("13月", 2024),
        ("项目", 2024),
    ],
)
def test_parse_period_none(text: str, year: int | None) -> None:
    assert parse_period(text, year) is None


YEAR_CASES = [
    ("今年年初，新余市召开2024年招商引资出征大会。1至6月，已完成投资153.98亿元。", 2024),
    ("2023年，信丰县扎实推进“八大行动”。去年新增就业人数1178人。2024年，该县将持续聚焦目标要求。", 2024),
    ("今年以来，赣县区出台一系列政策。预计到2022年二期投产，2022年营业收入预计将达40亿元。", 2022),
    ("2023年，全县共办理增值税留抵退税177笔，减税降费金额6379万元。", None),
    ("2023年以来，贵溪市东门街道充分发挥党建引领作用。", None),
    ("落实改革举措，2025年前实现多规合一。", None),
    ("今年以来，宜丰县政协大力推进履职能力建设。", None),
    ("与2023年相比，今年的投资增长了。", None),
    ("", None),
]


@pytest.mark.parametrize(("text", "expected"), YEAR_CASES)
def test_infer_year(text: str, expected: int | None) -> None:
    assert infer_year(text) == expected


def test_infer_year_prefers_most_votes_then_latest() -> None:
    text = "今年是2023年。2023年，全市将推进。2024年，全省将召开大会。"
    assert infer_year(text) == 2023
    assert infer_year("2023年，全市将推进。2024年，全省将召开大会。") == 2024


@pytest.mark.parametrize(("text", "amounts"), [
    ("投入三四十万元", []),  # two digits before a unit: a range (thirty or forty), no amount
    ("投入一二百万元", []),
    ("投入一百万元", ["一百万元"]),
    ("投入一万五千元", ["一万五千元"]),
])
def test_a_range_of_digits_is_no_amount(text: str, amounts: list[str]) -> None:
    assert [m.group(0) for m in MONEY_PATTERN.finditer(text)] == amounts
