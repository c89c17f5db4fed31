"""Sources of a build: finding files, reading and decoding them, bounding sentence length.

Files are found under folders (``.txt .md .text .html .htm``; hidden files and folders, the
output folder and earlier build folders are passed over), read, decoded (any common Chinese
encoding, see :mod:`kg.text.decode`) and, when HTML, reduced to their text. Every problem is a
ValueError whose message names the file and the reason.

>>> cap_sentences("甲，乙，丙，丁。", limit=4)
'甲，乙。丙，丁。'
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.text.decode import DecodeError, decode_bytes
from kg.text.html_input import html_to_text, looks_like_html

__all__ = ["MAX_SENTENCE", "SOURCE_SUFFIXES", "Source", "cap_sentences", "discover", "read_source"]

SOURCE_SUFFIXES = (".txt", ".md", ".text", ".html", ".htm")
MAX_SENTENCE = 2000  # longer sentences are cut (see cap_sentences): extraction is superlinear in sentence length

_TERMINATOR_RE = re.compile(r"[。！？!?｡]")
# where an over-long sentence is cut, best first: clause punctuation, whitespace, other punctuation
_CUT_CLASSES = ("，；、", " \t\n\r\u3000\f", ",;：:）)》」』”’")


@dataclass(frozen=True)
class Source:
    """A file to read and the unique name its facts are written under (``facts/<stem>.json``)."""

    path: Path
    name: str


# --- finding sources -------------------------------------------------------------------------------

def discover(paths: Iterable[Path], *, exclude: Path | None = None,
             problems: list[str] | None = None) -> list[Source]:
    """Sources under ``paths``: files kept as given, folders searched recursively (links to folders not
    followed; hidden entries, ``exclude`` and build folders passed over). Folders that cannot be listed
    are added to ``problems`` (or raise ValueError when it is None). Sources whose facts file names
    would clash are also problems; the first in name order is kept.
    """
    skip = exclude.resolve() if exclude else None
    found: list[Source] = []
    for path in paths:
        if path.is_dir():
            found.extend(_walk(path, skip, problems))
        elif path.exists() or path.is_symlink():
            found.append(Source(path, path.name))
        else:
            raise ValueError(f"{path}: no such file or folder")
    unique = {s.path.resolve() if s.path.exists() else s.path: s for s in reversed(found)}
    return _drop_clashes(sorted(unique.values(), key=lambda s: (s.name, str(s.path))), problems)


def _walk(top: Path, skip: Path | None, problems: list[str] | None) -> Iterator[Source]:
    def failed(exc: OSError) -> None:
        message = f"{exc.filename}: cannot list folder ({exc.strerror or exc})"
        if problems is None:
            raise ValueError(message)
        problems.append(message)

    for root, dirs, files in os.walk(top, followlinks=False, onerror=failed):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not _passed_over(Path(root, d), skip))
        outputs = _passed_over(Path(root), skip)  # sources inside the output folder: its graph.html is not one
        for name in sorted(files):
            if name.lower().endswith(SOURCE_SUFFIXES) and not name.startswith(".") \
                    and not (outputs and looks_like_html(name)):
                path = Path(root, name)
                yield Source(path, "__".join(path.relative_to(top).parts))


def _passed_over(folder: Path, skip: Path | None) -> bool:
    """The output folder and any earlier build folder (facts/ + void.ttl) are not sources."""
    if skip is not None and folder.resolve() == skip:
        return True
    return (folder / "facts").is_dir() and (folder / "void.ttl").is_file()


def _drop_clashes(sources: list[Source], problems: list[str] | None) -> list[Source]:
    kept: dict[str, Source] = {}
    for source in sources:
        key = Path(source.name).stem.casefold()
        if key in kept:
            message = (f"{source.path}: its facts file would overwrite the one of {kept[key].path} "
                       f"(same name stem {Path(source.name).stem!r}); rename one of them")
            if problems is None:
                raise ValueError(message)
            problems.append(message)
        else:
            kept[key] = source
    return list(kept.values())


# --- reading ---------------------------------------------------------------------------------------

def read_source(path: Path) -> str:
    """Decoded text of ``path`` (HTML reduced to its text); raises ValueError naming the file and reason."""
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            raise ValueError(f"{path}: not a regular file")
        data = path.read_bytes()
    except OSError as exc:
        raise ValueError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    try:
        text = decode_bytes(data, str(path))
    except DecodeError as exc:
        raise ValueError(str(exc)) from exc
    return html_to_text(text) if looks_like_html(path.name) else text


def cap_sentences(text: str, limit: int = MAX_SENTENCE) -> str:
    """``text`` with every run longer than ``limit`` characters between sentence ends cut into pieces of
    at most ``limit``, by turning one character into ``。``: a clause mark (，；、) when there is one in the
    second half of the piece, else whitespace, else other punctuation, else the character at the limit.
    The length never changes, so offsets stay valid. Text with no over-long sentence is returned as is.

    >>> cap_sentences("甲，乙，丙，丁。", limit=4)
    '甲，乙。丙，丁。'
    >>> cap_sentences("一二三四五六", limit=4)
    '一二三。五六'
    """
    cuts: list[int] = []
    start = 0
    for match in _TERMINATOR_RE.finditer(text):
        cuts.extend(_cuts(text, start, match.start(), limit))
        start = match.end()
    cuts.extend(_cuts(text, start, len(text), limit))
    if not cuts:
        return text
    pieces, previous = [], 0
    for cut in cuts:
        pieces += [text[previous:cut], "。"]
        previous = cut + 1
    pieces.append(text[previous:])
    return "".join(pieces)


def _cuts(text: str, start: int, end: int, limit: int) -> Iterator[int]:
    while end - start > limit:
        low, high = start + limit // 2, start + limit - 1  # the 。 may go at ``high`` at the latest
        cut = high
        for marks in _CUT_CLASSES:
            best = max(text.rfind(mark, low, high + 1) for mark in marks)
            if best >= 0:
                cut = best
                break
        yield cut
        start = cut + 1
