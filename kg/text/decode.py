"""Decode raw bytes of a source file into text, or say clearly why not.

Accepted: UTF-8 (with or without BOM), UTF-16 and UTF-32 LE/BE with BOM,
GB18030 (a superset of GBK and GB2312). Anything else is a :class:`DecodeError`
whose message names the file and the reason. Control characters other than
tab, line and page breaks become spaces (one for one, so offsets into the text
stay offsets into the file's characters).

>>> decode_bytes("新余市".encode("gb18030"), "a.txt")
'新余市'
>>> decode_bytes(b"\\xef\\xbb\\xbf\\xe6\\x96\\xb0", "b.txt")
'新'
>>> decode_bytes("甲\\x07乙".encode("utf-16"), "c.txt")
'甲 乙'
"""

from __future__ import annotations

import codecs
import re

# UTF-32 first: its little-endian BOM starts with the UTF-16 one
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_CONTROL_RE = re.compile(r"[\x01-\x08\x0b\x0e-\x1f\x7f]")
_CJK_RE = re.compile(r"[\u4e00-\u9fff]")


MAX_DAMAGED_RUNS = 64  # more runs of bad bytes than this, or bad bytes above 1 %: not text with a few damaged bytes


class DecodeError(ValueError):
    """A source file that cannot be read as text; the message names file and reason."""


def decode_bytes(data: bytes, name: str) -> str:
    """Return the text of ``data``; raise :class:`DecodeError` naming ``name`` otherwise."""
    text = _decode(data, name)
    if "\x00" in text:
        raise DecodeError(f"{name}: binary data (NUL characters); not a text file")
    return _CONTROL_RE.sub(" ", text)


def _decode(data: bytes, name: str) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding)
            except UnicodeDecodeError as exc:
                raise DecodeError(f"{name}: invalid {encoding} after its byte-order mark ({exc.reason})") from exc
    if b"\x00" in data:
        raise DecodeError(f"{name}: binary data (NUL bytes) and no UTF-16 byte-order mark; not a text file")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return _gb_if_utf8_is_no_chinese(data, text)
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        utf8, gb = _bad_bytes(data, "utf-8"), _bad_bytes(data, "gb18030")
        first = (utf8 if utf8[1] <= gb[1] else gb)[0]  # in the encoding with fewer bad bytes: the likelier one
        raise DecodeError(f"{name}: neither UTF-8 nor GB18030/GBK text (byte {first})") from None
    if _looks_like_mojibake(text):
        raise DecodeError(f"{name}: undecodable bytes (not UTF-8, GB18030 gives no Chinese text)")
    return text


def _gb_if_utf8_is_no_chinese(data: bytes, text: str) -> str:
    """Short GB18030 texts can be valid UTF-8 by chance (``丶`` is ``D8 BC``, UTF-8 for ``ؼ``): when the
    UTF-8 reading is mostly non-ASCII without a single CJK character and GB18030 reads as common Chinese
    (GB2312 characters only), take that.

    >>> _gb_if_utf8_is_no_chinese("丶".encode("gb18030"), "ؼ")
    '丶'
    """
    if _CJK_RE.search(text):  # checked first and without a per-character list: files can be 100 MB
        return text
    letters = sum(1 for c in text if not c.isspace())
    foreign = sum(1 for c in text if not c.isspace() and not c.isascii())
    if not foreign or 2 * foreign < letters:
        return text
    try:
        gb = data.decode("gb18030")
        gb.encode("gb2312")  # only the common GB2312 set: Cyrillic or Greek UTF-8 reads as rare GBK characters
    except UnicodeError:
        return text
    return text if _looks_like_mojibake(gb) else gb


def _looks_like_mojibake(text: str) -> bool:
    """GB18030 decodes almost any byte string; real Chinese text is mostly common CJK.

    >>> _looks_like_mojibake("新余市安排重点项目")
    False
    """
    sample = text[:4000]
    letters = [c for c in sample if not c.isspace() and not c.isascii()]
    if not letters:
        return False
    common = sum(1 for c in letters if "\u4e00" <= c <= "\u9fff" or "\u3000" <= c <= "\u303f"
                 or "\uff00" <= c <= "\uffef" or "\u2010" <= c <= "\u206f" or c in "·×÷°")  # “”—…· are Chinese prose too
    return common / len(letters) < 0.6


def decode_damaged(data: bytes, name: str) -> tuple[str, str | None]:
    """Like :func:`decode_bytes`, but a text with a few damaged bytes (at most 1 % of the file, in
    MAX_DAMAGED_RUNS runs) is read in the encoding that fits it best, each bad byte run becoming U+FFFD;
    the second value is then a warning naming the position of the first bad byte (counted from 0).

    >>> text, warning = decode_damaged("新余市安排重点项目一百五十四个。".encode() * 8 + b"\\xff", "a.txt")
    >>> text[-2:], warning
    ('。\ufffd', 'a.txt: 1 damaged byte replaced (first at byte 384, read as UTF-8); the rest of the file builds')
    """
    try:
        return decode_bytes(data, name), None
    except DecodeError:
        if b"\x00" in data or any(data.startswith(bom) for bom, _ in _BOMS):
            raise
        best = None
        for encoding in ("utf-8", "gb18030"):
            first, count, runs = _bad_bytes(data, encoding)
            if runs <= MAX_DAMAGED_RUNS and count * 100 <= len(data) and (best is None or count < best[2]):
                text = data.decode(encoding, errors="replace")
                if encoding == "utf-8" or not _looks_like_mojibake(text):
                    best = (encoding, first, count, text)
        if best is None:
            raise
    encoding, first, count, text = best
    label = "UTF-8" if encoding == "utf-8" else "GB18030"
    plural = "s" if count > 1 else ""
    warning = f"{name}: {count} damaged byte{plural} replaced (first at byte {first}, read as {label}); the rest of the file builds"
    return _CONTROL_RE.sub(" ", text), warning


def _bad_bytes(data: bytes, encoding: str) -> tuple[int, int, int]:
    """(offset of the first undecodable byte or len(data), undecodable bytes, runs) of ``data`` read in
    ``encoding``, counted up to one run past MAX_DAMAGED_RUNS.

    >>> _bad_bytes(b"ab\\xffc\\xfe\\xfd", "utf-8")
    (2, 3, 3)
    """
    first, count, runs, pos = len(data), 0, 0, 0
    decoder, view = codecs.getincrementaldecoder(encoding)(), memoryview(data)
    while runs <= MAX_DAMAGED_RUNS:
        try:
            decoder.decode(view[pos:], final=True)
            break
        except UnicodeDecodeError as exc:
            first = min(first, pos + exc.start)
            count += exc.end - exc.start
            runs += 1
            pos += exc.end
            decoder.reset()
    return first, count, runs
