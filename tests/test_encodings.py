"""Source encodings: every accepted encoding gives the same build; bad bytes are one line on stderr.

Accepted: UTF-8 with or without BOM, UTF-16/UTF-32 with BOM, GB18030/GBK. An undecodable or
binary file is skipped with one line naming it and the reason (exit status 1); ``--strict`` stops
before anything is written.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from kg.cli import app
from kg.publish import published_files
from kg.text.decode import DecodeError, decode_bytes

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
TEXT = (SEEDS / "000_e06924aedc06bbba.txt").read_text(encoding="utf-8")[:2500]
ENCODINGS = {
    "utf-8": TEXT.encode("utf-8"),
    "utf-8-bom": codecs.BOM_UTF8 + TEXT.encode("utf-8"),
    "gb18030": TEXT.encode("gb18030"),
    "utf-16-le-bom": codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
    "utf-16-be-bom": codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
}
BINARY = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"
UNDECODABLE = b"\x80\x81\xff\xfe\x80 not text"


def run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(app, ["build", *args, "--jobs", "1", "--quiet", "--no-html", "--no-cache"])


def outputs(out: Path) -> dict[str, bytes]:
    return {str(p.relative_to(out)): p.read_bytes() for p in published_files(out)}


def test_every_accepted_encoding_builds_the_same_bytes(tmp_path: Path) -> None:
    built = {}
    for label, data in ENCODINGS.items():
        (tmp_path / label).mkdir()
        (tmp_path / label / "article.txt").write_bytes(data)
        result = run(str(tmp_path / label), "--out", str(tmp_path / f"out-{label}"))
        assert result.exit_code == 0, result.output
        built[label] = outputs(tmp_path / f"out-{label}")
    reference = built["utf-8"]
    assert b'"name": "\xe6\x96\xb0\xe4\xbd\x99\xe5\xb8\x82"' in reference["facts/article.json"]  # 新余市 found
    for label, files in built.items():
        assert files == reference, f"{label} build differs from the UTF-8 build"


def test_bad_files_are_one_line_each_and_the_rest_builds(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    (src / "good.txt").write_bytes(ENCODINGS["gb18030"])
    (src / "image.txt").write_bytes(BINARY)
    (src / "latin.txt").write_bytes(UNDECODABLE)
    result = run(str(src), "--out", str(tmp_path / "out"))
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 2, result.stderr
    assert "image.txt" in lines[0] and "binary data" in lines[0]
    assert "latin.txt" in lines[1] and "neither UTF-8 nor GB18030" in lines[1]
    assert "Traceback" not in result.output
    assert sorted(p.name for p in (tmp_path / "out" / "facts").iterdir()) == ["good.json"]
    assert "built 1 files, 2 skipped" in result.stdout


def test_strict_stops_at_the_first_bad_file_before_writing(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_bytes(ENCODINGS["utf-8"])
    (src / "b.txt").write_bytes(BINARY)
    (src / "c.txt").write_bytes(UNDECODABLE)
    result = run(str(src), "--out", str(tmp_path / "out"), "--strict")
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("kg: error: ") and "b.txt" in result.stderr
    assert not (tmp_path / "out").exists()


def test_utf16_without_bom_is_refused_with_a_reason(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("新余市2024年\n".encode("utf-16-le"))
    result = run(str(path), "--out", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert "a.txt: binary data (NUL bytes) and no UTF-16 byte-order mark" in result.stderr


@pytest.mark.parametrize(("data", "expected"), [
    (b"", ""),
    (codecs.BOM_UTF8, ""),
    ("新余".encode("gbk"), "新余"),
    (codecs.BOM_UTF32_LE + "新余".encode("utf-32-le"), "新余"),
    (codecs.BOM_UTF16_BE + "新\r\n余".encode("utf-16-be"), "新\r\n余"),
    ("甲\x1b[31m乙\x7f".encode(), "甲 [31m乙 "),  # control characters become spaces, one for one
    ("甲\t乙\f丙".encode(), "甲\t乙\f丙"),  # tab and page break are kept
    ("丶".encode("gb18030"), "丶"),  # valid UTF-8 by chance (Arabic), but GB18030 reads as Chinese
    ("Привет, мир".encode(), "Привет, мир"),  # but UTF-8 with CJK-free text that GB18030 garbles stays UTF-8
])
def test_decode_table(data: bytes, expected: str) -> None:
    assert decode_bytes(data, "x.txt") == expected


@pytest.mark.parametrize(("data", "reason"), [
    (BINARY, "binary data"),
    (UNDECODABLE, "neither UTF-8 nor GB18030"),
    (codecs.BOM_UTF8 + b"\xff\xfe\xfd", "invalid utf-8 after its byte-order mark"),
    (codecs.BOM_UTF16_LE + "a\x00b".encode("utf-16-le"), "binary data (NUL characters)"),
    (b"\x81\x30\x81\x30" * 5, "GB18030 gives no Chinese text"),
])
def test_decode_errors_name_the_file_and_reason(data: bytes, reason: str) -> None:
    with pytest.raises(DecodeError, match=re.escape(reason)) as info:
        decode_bytes(data, "dir/x.txt")
    assert str(info.value).startswith("dir/x.txt: ")
    assert "\n" not in str(info.value)


CHINESE = st.text(alphabet=st.one_of(st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5),
                                     st.sampled_from("，。、；：？！“”（）《》 0123456789abcXYZ\n")), max_size=300)


@settings(max_examples=60, deadline=None)
@given(text=CHINESE, encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32", "gb18030"]))
def test_decoding_round_trips(text: str, encoding: str) -> None:
    cjk = sum("\u4e00" <= c <= "\u9fff" for c in text)
    others = sum(not c.isascii() for c in text) - cjk
    if encoding == "gb18030" and (cjk < 2 * others or cjk < 8):
        return  # GB18030 is read only when it looks Chinese; a few bytes can be valid UTF-8 by chance
    assert decode_bytes(text.encode(encoding), "x.txt") == text
