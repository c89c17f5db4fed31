"""Numbers as printed in Chinese news: Arabic, full-width, Chinese numerals, 万/亿 multipliers.

All arithmetic is exact (:class:`decimal.Decimal`); results come back as an
``int`` when integral, else a ``float`` (``to_number``), so ``806.76亿`` is
``80676000000`` and never ``80676000000.00001``.

>>> parse_number("1.5万"), parse_number("两千"), parse_number("3.28")
(15000, 2000, 3.28)
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from decimal import Decimal
from types import MappingProxyType

# Regex fragments shared by the money / measure / period patterns.  They run on
# raw text (offsets must stay true), so full-width digits and points are listed.
DIGIT = "0-9０-９"
ARABIC = rf"[{DIGIT}]+(?:[,，][{DIGIT}]{{3}}(?![{DIGIT}]))*(?:[.．][{DIGIT}]+)?"
CN_DIGITS = "零〇一二两三四五六七八九壹贰叁肆伍陆柒捌玖"
# Two digits before a unit character are a range (一二百 = one or two hundred, 三四十), no numeral: no
# character of a numeral starts such a run, and a numeral does not start right after a digit.
_NO_RANGE = rf"(?![{CN_DIGITS}]{{2,}}[十拾百佰千仟万亿])"
# Nor do two digits follow a unit character (十一一 is no numeral; 一百零五 is, 零 marks a gap).
_NO_DIGIT_PAIR = rf"(?![{CN_DIGITS}十拾百佰千仟万亿]*[十拾百佰千仟万亿][{CN_DIGITS.replace('零', '').replace('〇', '')}]{{2}})"
CN_NUMERAL = (rf"(?<![{CN_DIGITS}]){_NO_RANGE}{_NO_DIGIT_PAIR}[{CN_DIGITS}十拾]"
              rf"(?:{_NO_RANGE}[{CN_DIGITS}十拾百佰千仟万亿])*")
# A Chinese numeral with a unit character (十 百 千 万 亿): 三千亿, 十五 — not a lone 三 (三元前驱体).
CN_NUMERAL_WITH_UNIT = rf"(?=[{CN_DIGITS}]*[十拾百佰千仟万亿]){CN_NUMERAL}"
NOT_AFTER_DIGIT = rf"(?<![{DIGIT}.．])"
# Every match of the money, percent and quantity patterns holds one of these characters (a digit, a
# Chinese digit or a unit character), so text without any of them has no amount: a cheap pre-check.
NUMBER_HINT: re.Pattern[str] = re.compile(rf"[{DIGIT}{CN_DIGITS}十拾百佰千仟万亿]")
# Approximation words before a number, with the bound they imply.
PREFIX_BOUNDS: Mapping[str, str | None] = MappingProxyType(
    {
        "不少于": "lower",
        "不低于": "lower",
        "不超过": "upper",
        "超过": "lower",
        "超出": "lower",
        "多于": "lower",
        "高于": "lower",
        "将近": "upper",
        "接近": "upper",
        "不到": "upper",
        "不足": "upper",
        "少于": "upper",
        "低于": "upper",
        "约达": None,
        "约为": None,
        "约合": None,
        "大约": None,
        "超": "lower",
        "逾": "lower",
        "近": "upper",
        "约": None,
    }
)
INFIX_BOUNDS: Mapping[str, str | None] = MappingProxyType({"余": "lower", "多": "lower"})
SUFFIX_BOUNDS: Mapping[str, str | None] = MappingProxyType(
    {
        "以上": "lower",
        "以下": "upper",
        "以内": "upper",
        "左右": None,
        "上下": None,
    }
)
# Words ending in a prefix character that are no qualifier: 签约5亿元, 节约200万元, 最近3年.
_PREFIX_GUARDS = {"约": "签节制合预集公契特履违缔", "近": "最附就邻靠贴", "超": "赶"}


def _guarded(word: str) -> str:
    """A prefix alternative, refusing to start inside a longer word (签约 is not 约)."""
    guard = _PREFIX_GUARDS.get(word[0])
    return rf"(?<![{guard}]){word}" if guard else word


PREFIX = "|".join(_guarded(w) for w in sorted(PREFIX_BOUNDS, key=len, reverse=True))
SUFFIX = r"以上|以下|以内|左右|上下(?!游)"

_CN_DIGIT_VALUE = {c: i for i, c in enumerate("零一二三四五六七八九")} | {
    "〇": 0,
    "两": 2,
    "壹": 1,
    "贰": 2,
    "叁": 3,
    "肆": 4,
    "伍": 5,
    "陆": 6,
    "柒": 7,
    "捌": 8,
    "玖": 9,
}
_ASCII_DIGITS = frozenset("0123456789")
_SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_TOKEN = re.compile(r"[0-9]+(?:\.[0-9]+)?|.")
_THOUSANDS = re.compile(r"(?<=[0-9]),(?=[0-9]{3}(?![0-9]))")
_ARABIC_ONLY = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?")


def nfkc(text: str) -> str:
    """NFKC-normalise and strip: full-width digits, ％ and ， become ASCII.

    >>> nfkc(" ５.１％ ")
    '5.1%'
    """
    return unicodedata.normalize("NFKC", text).strip()


def to_number(value: Decimal) -> int | float:
    """An exact Decimal as ``int`` when integral, else ``float``.

    >>> to_number(Decimal("806.76") * 10**8), to_number(Decimal("57.85"))
    (80676000000, 57.85)
    """
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def combine_bounds(*bounds: str | None) -> str | None:
    """One bound from several qualifiers: the common non-None one, else None.

    >>> combine_bounds("lower", None, "lower"), combine_bounds("lower", "upper")
    ('lower', None)
    """
    found = {b for b in bounds if b is not None}
    return found.pop() if len(found) == 1 else None


def _positional(text: str) -> Decimal | None:
    """Digit-by-digit Chinese numerals: 二〇二四 → 2024."""
    if len(text) < 2 or any(c not in _CN_DIGIT_VALUE for c in text):
        return None
    return Decimal("".join(str(_CN_DIGIT_VALUE[c]) for c in text))


def _tokens(text: str) -> list[str] | None:
    """Split into Arabic numbers and single numeral characters; None on anything else."""
    tokens = _TOKEN.findall(text)
    known = set(_CN_DIGIT_VALUE) | set(_SMALL_UNITS) | {"万", "亿"}
    if any(not t[0] in _ASCII_DIGITS and t not in known for t in tokens):
        return None
    return tokens


def decimal_value(text: str) -> Decimal | None:
    """Exact value of a numeral (Arabic, Chinese or mixed like 1.5万), else None.

    Elided tails follow common usage: 一万五 = 15000, 两千五 = 2500; a leading
    十/百/千 means one of it (千亩 = 1000 亩), a leading 万/亿 does not parse.

    >>> [str(decimal_value(s)) for s in ("三千亿", "一万亿", "十五", "一百零五", "30478万")]
    ['300000000000', '1000000000000', '15', '105', '304780000']
    >>> decimal_value("万") is None
    True
    """
    text = nfkc(text)
    if _ARABIC_ONLY.fullmatch(text):
        return Decimal(text.replace(",", ""))
    positional = _positional(text)
    if positional is not None:
        return positional
    tokens = _tokens(_THOUSANDS.sub("", text))
    if not tokens or not (
        tokens[0][0] in _ASCII_DIGITS or tokens[0] in _CN_DIGIT_VALUE or tokens[0] in _SMALL_UNITS
    ):
        return None
    return _accumulate(tokens)


def _accumulate(tokens: list[str]) -> Decimal | None:
    """Fold numeral tokens: ``small`` < 万, ``section`` < 亿, ``total`` ≥ 亿."""
    total = section = small = Decimal(0)
    num: Decimal | None = None
    last_unit, elidable = 0, False
    for tok in tokens:
        if tok in ("零", "〇"):
            elidable = False  # 一百零五: no elided tail
        elif tok[0] in _ASCII_DIGITS or tok in _CN_DIGIT_VALUE:
            if num is not None:
                return None  # two numbers in a row: not a numeral
            num = Decimal(tok) if tok[0] in _ASCII_DIGITS else Decimal(_CN_DIGIT_VALUE[tok])
        else:
            unit = _SMALL_UNITS.get(tok) or (10**4 if tok == "万" else 10**8)
            part = num if num is not None else Decimal(int(tok in _SMALL_UNITS))
            if tok in _SMALL_UNITS:
                small += part * unit
            elif tok == "万":
                section, small = (section + small + part) * unit, Decimal(0)
            else:
                total, section, small = total + (section + small + part) * unit, Decimal(0), Decimal(0)
            num, last_unit, elidable = None, unit, True
    if num is not None and elidable and last_unit >= 100:
        num *= Decimal(last_unit) / 10  # 一万五 = 15000
    value = total + section + small + (num or 0)
    has_zero = any(t in ("零", "〇") or (t[0] in _ASCII_DIGITS and not Decimal(t)) for t in tokens)
    return value if value or has_zero else None


_QUALIFIERS = re.compile(rf"^(?:{PREFIX}|共计|共|计|达|总计|合计|累计)|(?:余|多|以上|左右|来)$")


def parse_number(text: str) -> int | float | None:
    """A plain number; approximation words around it are dropped.

    >>> [parse_number(s) for s in ("154", "1,200", "一万", "十五", "2.5万余", "５.１")]
    [154, 1200, 10000, 15, 25000, 5.1]
    >>> parse_number("项目") is None
    True
    """
    text = nfkc(text)
    text = _QUALIFIERS.sub("", text)
    if not text:
        return None
    sign = -1 if text[0] in "-−负" else 1
    value = decimal_value(text[1:] if sign < 0 else text)
    return None if value is None else to_number(sign * value)
