"""Sources of a build: finding files, reading and decoding them, bounding sentence length.

Files are found under folders (``.txt .md .text .html .htm``; hidden files and folders, the
output folder and earlier build folders are passed over; links to folders are not followed, links to
files outside the given folders only with ``follow_links``), read, decoded (any common Chinese
encoding, see :mod:`kg.text.decode`) and, when HTML, reduced to their text. Files inside the output
folder are never sources, even when named. Every problem is a ValueError whose message names the file
(control characters escaped) and the reason.

Any name the system allows builds: a name that is not UTF-8 keeps its odd bytes as ``\\xNN``,
invisible and direction characters are removed, and a facts file name longer than
:data:`MAX_STEM_BYTES` is cut and given a hash of the whole name (:func:`facts_stem`).

>>> cap_sentences("甲，乙，丙，丁。", limit=4)
'甲，乙。丙，丁。'
>>> facts_stem("2024__新余.txt")
'2024__新余'
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.safe_text import clean_name, printable_path
from kg.text.decode import DecodeError, decode_bytes, decode_damaged
from kg.text.html_input import html_to_text, looks_like_html

__all__ = ["MAX_SENTENCE", "MAX_STEM_BYTES", "SOURCE_SUFFIXES", "Source", "cap_sentences", "discover", "facts_stem",
           "read_source", "source_name"]

MAX_STEM_BYTES = 120  # a facts file name (and kg.io's ".NAME.json.XXXXXXXX.tmp") stays far below 255 bytes

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

    @property
    def stem(self) -> str:
        return facts_stem(self.name)


def source_name(parts: Iterable[str]) -> str:
    """The name of a source from its path parts below the folder given (joined by ``__``): bytes that are
    not UTF-8 written ``\\xNN``, invisible and direction characters removed.

    >>> source_name(["2024", "新余\u200b要闻.txt"])
    '2024__新余要闻.txt'
    """
    names = [os.fsencode(part).decode("utf-8", errors="backslashreplace") for part in parts]
    return clean_name("__".join(names))


def facts_stem(name: str) -> str:
    """The stem of a source's facts file: its name without the suffix, cut to at most MAX_STEM_BYTES of
    UTF-8 and ended with ``~`` and a hash of the whole name when longer (stable, unique in practice).

    >>> facts_stem("长" * 80 + ".txt")[-12:-10], len(facts_stem("长" * 80 + ".txt").encode())
    ('长~', 119)
    """
    stem = Path(name).stem
    if len(stem.encode("utf-8")) <= MAX_STEM_BYTES:
        return stem
    digest = hashlib.sha256(name.encode("utf-8", errors="surrogateescape")).hexdigest()[:10]
    cut = stem.encode("utf-8")[:MAX_STEM_BYTES - 11].decode("utf-8", errors="ignore")
    return f"{cut}~{digest}"


# --- finding sources -------------------------------------------------------------------------------

def discover(paths: Iterable[Path], *, exclude: Path | None = None, problems: list[str] | None = None,
             notes: list[str] | None = None, follow_links: bool = False) -> list[Source]:
    """Sources under ``paths``: files kept as given, folders searched recursively (links to folders not
    followed; hidden entries, ``exclude`` and build folders passed over; links to files outside ``paths``
    passed over with a note unless ``follow_links``; files inside ``exclude`` never sources, with a note).
    Folders that cannot be listed are added to ``problems`` (or raise ValueError when it is None).
    Sources whose facts file names would clash are also problems; the first in name order is kept.
    """
    skip = exclude.resolve() if exclude else None
    trees = [Path(p).resolve() for p in paths if Path(p).is_dir()]
    noted = notes if notes is not None else []
    found: list[Source] = []
    for path in paths:
        if path.is_dir():
            found.extend(_walk(path, skip, problems, trees, noted, follow_links))
        elif path.exists() or path.is_symlink():
            if skip is not None and _inside(path.resolve(), skip):
                noted.append(f"{printable_path(path)}: inside the output folder, not read as a source")
                continue
            found.append(Source(path, source_name([path.name])))
        else:
            raise ValueError(f"{printable_path(path)}: no such file or folder")
    unique = {s.path.resolve() if s.path.exists() else s.path: s for s in reversed(found)}
    return _drop_clashes(sorted(unique.values(), key=lambda s: (s.name, str(s.path))), problems)


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def _walk(top: Path, skip: Path | None, problems: list[str] | None, trees: list[Path], notes: list[str],
          follow_links: bool) -> Iterator[Source]:
    def failed(exc: OSError) -> None:
        message = f"{printable_path(exc.filename)}: cannot list folder ({exc.strerror or exc})"
        if problems is None:
            raise ValueError(message)
        problems.append(message)

    for root, dirs, files in os.walk(top, followlinks=False, onerror=failed):
        if _passed_over(Path(root), skip):
            dirs[:] = []
            continue  # the output folder's own files (graph.html …) are not sources
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not _passed_over(Path(root, d), skip))
        for name in sorted(files):
            if name.lower().endswith(SOURCE_SUFFIXES) and not name.startswith("."):
                path = Path(root, name)
                if path.is_symlink() and not follow_links and not _links_inside(path, trees):
                    notes.append(f"{printable_path(path)}: a link to a file outside the folders given, "
                                 "passed over (--follow-links reads it)")
                    continue
                yield Source(path, source_name(path.relative_to(top).parts))


def _links_inside(path: Path, trees: list[Path]) -> bool:
    """Whether the link ``path`` ends (after every link) inside one of the folders given."""
    try:
        target = path.resolve(strict=True)
    except (OSError, RuntimeError):
        return True  # a broken link or a loop: reading it reports the problem
    return any(_inside(target, tree) for tree in trees)


def _passed_over(folder: Path, skip: Path | None) -> bool:
    """The output folder and any earlier build folder (facts/ + void.ttl) are not sources."""
    if skip is not None and folder.resolve() == skip:
        return True
    return (folder / "facts").is_dir() and (folder / "void.ttl").is_file()


def _drop_clashes(sources: list[Source], problems: list[str] | None) -> list[Source]:
    kept: dict[str, Source] = {}
    for source in sources:
        key = source.stem.casefold()
        if key in kept:
            message = (f"{printable_path(source.path)}: its facts file would overwrite the one of "
                       f"{printable_path(kept[key].path)} (same name stem {source.stem!r}); rename one of them")
            if problems is None:
                raise ValueError(message)
            problems.append(message)
        else:
            kept[key] = source
    return list(kept.values())


# --- reading ---------------------------------------------------------------------------------------

def read_source(path: Path, warnings: list[str] | None = None) -> str:
    """Decoded text of ``path`` (HTML reduced to its text); raises ValueError naming the file and reason.
    With ``warnings``, a few damaged bytes are replaced (U+FFFD) and a warning naming the first is added
    to it; without, they are an error (``--strict``)."""
    shown = printable_path(path)
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            raise ValueError(f"{shown}: not a regular file")
        data = path.read_bytes()
    except OSError as exc:
        raise ValueError(f"{shown}: cannot read ({exc.strerror or exc})") from exc
    try:
        if warnings is None:
            text = decode_bytes(data, shown)
        else:
            text, warning = decode_damaged(data, shown)
            if warning:
                warnings.append(warning)
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
