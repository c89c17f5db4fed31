"""Text from outside (file names, request lines) made safe to print and to use as a name.

:func:`printable` escapes control characters (newline, ESC, DEL, C1 codes) and invisible or
direction-changing format characters, so a one-line message stays one line and cannot recolour or
reorder the terminal. :func:`clean_name` removes the invisible and direction characters from a name
(a facts file stem, a source name), so ``a\\u202egnp.txt`` cannot pose as another file.

>>> printable("bad\\nname\\x1b[31m.txt")
'bad\\\\nname\\\\x1b[31m.txt'
>>> clean_name("新余\\u200b市\\u202e.txt")
'新余市.txt'
"""

from __future__ import annotations

import os
import unicodedata

__all__ = ["clean_name", "printable", "printable_path"]

_SHORT = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _hidden(ch: str) -> bool:
    """Control (Cc), format (Cf: zero-width, direction marks, BOM), line/paragraph separators, surrogates."""
    return unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp", "Cs")


def printable(text: str) -> str:
    """``text`` with every control or invisible character written as an escape (``\\n``, ``\\x1b``, ``\\u202e``).

    >>> printable("甲\\u202e乙\\t")
    '甲\\\\u202e乙\\\\t'
    """
    if not any(_hidden(ch) for ch in text):
        return text
    out = []
    for ch in text:
        if not _hidden(ch):
            out.append(ch)
        elif ch in _SHORT:
            out.append(_SHORT[ch])
        elif ord(ch) < 0x100:
            out.append(f"\\x{ord(ch):02x}")
        else:
            out.append(f"\\u{ord(ch):04x}")
    return "".join(out)


def printable_path(path: os.PathLike[str] | str) -> str:
    """A path for a message: undecodable bytes of a non-UTF-8 name as ``\\xNN``, controls escaped.

    >>> printable_path(os.fsdecode(b"a\\xff.txt"))
    'a\\\\xff.txt'
    """
    return printable(os.fsencode(os.fspath(path)).decode("utf-8", errors="backslashreplace"))


def clean_name(name: str) -> str:
    """``name`` without invisible and direction characters (Unicode format characters) and controls.

    >>> clean_name("a\\u200db\\x07c")
    'abc'
    """
    return "".join(ch for ch in name if not _hidden(ch))
