"""kg.text.decode: UTF-8 ± BOM, UTF-16/32 LE/BE with BOM, GB18030/GBK, control characters; DecodeError naming the file."""

from __future__ import annotations

import codecs

import pytest
from conftest import seed_paths
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from kg.text.decode import DecodeError, decode_bytes

ENCODERS = {
    "utf-8": lambda s: s.encode("utf-8"),
    "utf-8-bom": lambda s: codecs.BOM_UTF8 + s.encode("utf-8"),
    "utf-16-le-bom": lambda s: codecs.BOM_UTF16_LE + s.encode("utf-16-le"),
    "utf-16-be-bom": lambda s: codecs.BOM_UTF16_BE + s.encode("utf-16-be"),
    "utf-32-le-bom": lambda s: codecs.BOM_UTF32_LE + s.encode("utf-32-le"),
    "utf-32-be-bom": lambda s: codecs.BOM_UTF32_BE + s.encode("utf-32-be"),
    "gb18030": lambda s: s.encode("gb18030"),
    "gbk": lambda s: s.encode("gbk"),
}

# Characters of real seed text: CJK, the punctuation GB files use, ASCII digits and letters.
_CJK = "新余市赣县区多措并举推进工业倍增升级本报讯特约记者熊艳通讯员黎根英进入六月开足马力紧盯重点项目"
_PUNCT = "，。、：；？！（）《》％"
ALPHABET = st.sampled_from(sorted(set(_CJK + _PUNCT + "0123456789.%ABCabc ")))
CHINESE = st.text(ALPHABET, min_size=1, max_size=60)


@pytest.mark.parametrize("encoding", sorted(ENCODERS))
@pytest.mark.parametrize("path", seed_paths(), ids=lambda p: p.name[:3])
def test_every_seed_decodes_the_same_in_every_encoding(path, encoding):
    text = path.read_text(encoding="utf-8")
    assert decode_bytes(ENCODERS[encoding](text), path.name) == text


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", ""),
        ("赣县区".encode(), "赣县区"),
        (codecs.BOM_UTF8 + "本报讯".encode(), "本报讯"),  # the BOM is removed
        (codecs.BOM_UTF16_LE + "满园瓜果香\r\n".encode("utf-16-le"), "满园瓜果香\r\n"),
        (codecs.BOM_UTF16_BE + "游客采摘乐".encode("utf-16-be"), "游客采摘乐"),
        ("强攻二季度 确保双过半".encode("gbk"), "强攻二季度 确保双过半"),
        ("（钱金林 刘小武）".encode("gb2312"), "（钱金林 刘小武）"),
        ("铭山村金糸皇菊".encode("gb18030"), "铭山村金糸皇菊"),
        (b"plain ascii 2024", "plain ascii 2024"),
    ],
)
def test_decode_table(data, expected):
    assert decode_bytes(data, "x.txt") == expected


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data"),
        (bytes(range(256)), "binary data"),
        (b"\xff\xff\xff\xff", "neither UTF-8 nor GB18030"),
        ("赣县区".encode() + b"\xff\xfe\xfd", "neither UTF-8 nor GB18030"),
        (codecs.BOM_UTF8 + b"\xff\xfe", "invalid utf-8 after its byte-order mark"),
        (codecs.BOM_UTF16_LE + b"\x00\xd8", "invalid utf-16-le"),  # lone surrogate
        (codecs.BOM_UTF16_BE + b"\x4e", "invalid utf-16-be"),  # odd length
        (codecs.BOM_UTF16_LE + "甲\x00乙".encode("utf-16-le"), "binary data (NUL characters)"),
        (codecs.BOM_UTF8 + b"PK\x03\x04\x00\x00", "binary data (NUL characters)"),
        (b"\x81\x30\x81\x30" * 20, "no Chinese text"),  # GB18030 four-byte code points, not Chinese
    ],
)
def test_undecodable_bytes_raise_a_decode_error_naming_the_file(data, reason):
    with pytest.raises(DecodeError) as info:
        decode_bytes(data, "seeds/bad file.txt")
    message = str(info.value)
    assert message.startswith("seeds/bad file.txt: ")
    assert reason in message
    assert "\n" not in message


def test_decode_error_is_a_value_error():
    """The pipeline and the CLI catch ValueError for user mistakes."""
    assert issubclass(DecodeError, ValueError)


@pytest.mark.parametrize("text", ["一一一一", "一", "丶", "一一 一一\n"])
def test_gbk_text_that_is_also_valid_utf8_is_read_as_gbk(text):
    """'一' is D2 BB in GBK, which is also UTF-8 for Cyrillic 'һ'."""
    assert decode_bytes(text.encode("gbk"), "one.txt") == text


@pytest.mark.parametrize("text", ["Ελληνικά", "café ünïcödé", "Привет, мир", "naïve — “quoted” …"])
def test_real_utf8_without_chinese_stays_utf8(text):
    assert decode_bytes(text.encode("utf-8"), "u.txt") == text


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("甲\x07乙".encode(), "甲 乙"),
        ("甲\x1b[0m乙".encode(), "甲 [0m乙"),
        (b"a\x7fb\x0bc", "a b c"),
        ("甲\t乙\r\n丙\x0c丁\n".encode(), "甲\t乙\r\n丙\x0c丁\n"),  # tab, line and page breaks kept
        (codecs.BOM_UTF16_LE + "甲\x01乙".encode("utf-16-le"), "甲 乙"),
    ],
)
def test_control_characters_become_spaces_one_for_one(data, expected):
    assert decode_bytes(data, "c.txt") == expected


def test_short_gbk_text_with_curly_quotes_decodes():
    assert decode_bytes("“两会”".encode("gbk"), "q.txt") == "“两会”"


@settings(max_examples=150, deadline=None)
@given(text=CHINESE, encoding=st.sampled_from(sorted(ENCODERS)))
def test_decode_round_trips_chinese_text_in_every_accepted_encoding(text, encoding):
    data = ENCODERS[encoding](text)
    if encoding in ("gb18030", "gbk"):
        # inherent ambiguity: GB bytes that are also valid UTF-8 reading mostly as ASCII ('一ab' is
        # D2 BB 61 62, UTF-8 'һab') stay UTF-8; the mostly-non-ASCII case is tested above
        try:
            assume(data.decode("utf-8") == text)
        except UnicodeDecodeError:
            pass
    assert decode_bytes(data, "h.txt") == text


@settings(max_examples=200, deadline=None)
@given(data=st.binary(max_size=200))
def test_arbitrary_bytes_decode_or_raise_decode_error(data):
    try:
        text = decode_bytes(data, "junk.bin")
    except DecodeError as exc:
        assert str(exc).startswith("junk.bin: ")
    else:
        assert isinstance(text, str)
        assert not any(ord(c) < 32 and c not in "\t\n\r\x0c" or c == "\x7f" for c in text)
