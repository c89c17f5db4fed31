"""Properties of the value normalisers (hypothesis): round trips, and parsers that never raise."""

from __future__ import annotations

import re
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

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

# ---------------------------------------------------------------- hypothesis properties

FULLWIDTH = str.maketrans("0123456789.", "０１２３４５６７８９．")
MAGNITUDES = {"亿元": 10**8, "万元": 10**4, "元": 1}
ISO = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?(/(\d{4}(-\d{2}(-\d{2})?)?|\.\.))?")


def _plain(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


amounts = st.tuples(st.integers(0, 10**6), st.integers(0, 99), st.booleans())


@given(amounts, st.sampled_from(sorted(MAGNITUDES)), st.booleans())
def test_money_round_trip(amount: tuple[int, int, bool], unit: str, fullwidth: bool) -> None:
    whole, cents, with_cents = amount
    printed = f"{whole}.{cents:02d}" if with_cents else str(whole)
    text = printed + unit
    money = parse_money(text.translate(FULLWIDTH) if fullwidth else text)
    assert money == Money(_plain(Decimal(printed) * MAGNITUDES[unit]), "CNY", False, None)


@given(amounts, st.sampled_from(sorted(MAGNITUDES)), st.sampled_from(["超", "近", "约", "逾", "不到", ""]))
def test_money_pattern_finds_embedded_amount(amount: tuple[int, int, bool], unit: str, prefix: str) -> None:
    whole, cents, with_cents = amount
    expression = prefix + (f"{whole}.{cents:02d}" if with_cents else str(whole)) + unit
    matches = [m.group(0) for m in MONEY_PATTERN.finditer(f"该项目总投资{expression}，预计明年投产。")]
    assert matches == [expression]
    money = parse_money(expression)
    assert money is not None and money.approx == bool(prefix)


def _chinese(n: int) -> str:
    """Independent formatter: 0 ≤ n < 10**16 in standard Chinese numerals."""
    digits, small = "零一二三四五六七八九", ["", "十", "百", "千"]
    if n == 0:
        return "零"
    groups: list[int] = []
    parts: list[str] = []
    pending_zero = False
    while n:
        n, group = divmod(n, 10000)
        groups.append(group)
    for index in reversed(range(len(groups))):
        group = groups[index]
        if group == 0:
            pending_zero = bool(parts)
            continue
        if parts and (pending_zero or group < 1000):
            parts.append("零")
        text, zero = "", False
        for pos in range(3, -1, -1):
            d = group // 10**pos % 10
            if d == 0:
                zero = bool(text)
                continue
            text += ("零" if zero else "") + digits[d] + small[pos]
            zero = False
        parts.append(text + ["", "万", "亿", "万亿"][index])
        pending_zero = False
    return "".join(parts)


@given(st.integers(0, 10**16 - 1))
def test_parse_number_reads_chinese_numerals(n: int) -> None:
    assert parse_number(_chinese(n)) == n


@given(st.integers(0, 10**9), st.booleans())
def test_parse_number_reads_grouped_arabic(n: int, fullwidth: bool) -> None:
    text = f"{n:,}"
    assert parse_number(text.translate(FULLWIDTH) if fullwidth else text) == n


@given(st.integers(0, 10**6), st.integers(0, 99), st.sampled_from(["%", "％", "个百分点"]))
def test_percent_round_trip(whole: int, cents: int, unit: str) -> None:
    percent = parse_percent(f"{whole}.{cents:02d}{unit}")
    assert percent == Percent(
        _plain(Decimal(f"{whole}.{cents:02d}")), "%" if unit != "个百分点" else unit, False
    )


@given(
    st.integers(1, 10**6),
    st.sampled_from(["个", "家", "人", "件", "吨", "万吨", "亩", "万亩", "兆瓦", "平方米", "户", "所"]),
)
def test_quantity_round_trip(n: int, unit: str) -> None:
    assert parse_quantity(f"{n}{unit}") == Quantity(n, unit, False)


NUMERIC_ALPHABET = "0123456789０１２３４５.．,，一二两三十百千万亿零余多超近约元美%％个百分点年月日至今以来上半季度去吨亩人-×第的，。"
numeric_text = st.text(alphabet=NUMERIC_ALPHABET, max_size=24)


@settings(max_examples=300)
@given(st.one_of(st.text(max_size=30), numeric_text))
def test_parsers_never_raise(text: str) -> None:
    assert parse_number(text) is None or isinstance(parse_number(text), (int, float))
    assert parse_money(text) is None or isinstance(parse_money(text), Money)
    assert parse_percent(text) is None or isinstance(parse_percent(text), Percent)
    assert parse_quantity(text) is None or isinstance(parse_quantity(text), Quantity)
    period = parse_period(text, 2024)
    assert period is None or ISO.fullmatch(period)
    year = infer_year(text)
    assert year is None or 1900 <= year <= 2099


@settings(max_examples=300)
@given(numeric_text)
def test_every_pattern_match_parses(text: str) -> None:
    for pattern, parse in (
        (MONEY_PATTERN, parse_money),
        (PERCENT_PATTERN, parse_percent),
        (QUANTITY_PATTERN, parse_quantity),
    ):
        for match in pattern.finditer(text):
            assert parse(match.group(0)) is not None, match.group(0)
    for match in PERIOD_PATTERN.finditer(text):
        period = parse_period(match.group(0), 2024)
        assert period is None or ISO.fullmatch(period)


years = st.integers(1990, 2060)
months = st.integers(1, 12)


@given(years, months, months, st.sampled_from(["至", "-", "到", "—"]))
def test_month_ranges_are_iso_intervals(year: int, first: int, last: int, sep: str) -> None:
    period = parse_period(f"{year}年{first}{sep}{last}月", None)
    if first <= last:
        assert period == f"{year}-{first:02d}/{year}-{last:02d}"
    else:
        assert period is None


@given(years, st.sampled_from(["今年", "去年", "上半年", "一季度", "今年以来", "6月份", "前5个月", "年底"]))
def test_relative_periods_follow_the_reference_year(year: int, text: str) -> None:
    period = parse_period(text, year)
    assert period is not None and ISO.fullmatch(period)
    assert period.startswith(str(year - 1 if text == "去年" else year))
    assert parse_period(text, None) is None


def test_two_digits_after_a_unit_character_end_no_numeral() -> None:
    # found by test_every_pattern_match_parses: 十一一 is no numeral, its last two digits read 11
    assert [m.group(0) for m in PERCENT_PATTERN.finditer("十一一%")] == ["一一%"]
    assert parse_percent("一百零五%") is not None  # 零 marks a gap: the digit after it stands
