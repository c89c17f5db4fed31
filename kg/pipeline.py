"""``kg build``: sources → facts/*.json → graph exports → graph.html.

Files are found (``.txt .md .text .html .htm``; hidden files and folders, the
output folder and earlier build folders are passed over), read and decoded one
by one. A file that cannot be read, decoded or extracted is reported on stderr
in one line and skipped (``strict`` stops at the first one instead, before
anything is written); an empty file gets a one-line note. Extraction runs per
file (:func:`kg.document.extract_document`), in worker processes when
``jobs`` > 1, and is cached by content hash in ``OUT/.cache``. Every output is
written atomically, so an interrupted build leaves each previous output file
whole.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
import stat
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.io import atomic_write_text, dumps_json
from kg.text.decode import DecodeError, decode_bytes
from kg.text.html_input import html_to_text, looks_like_html

SOURCE_SUFFIXES = (".txt", ".md", ".text", ".html", ".htm")
EXTRACTOR_VERSION = "0.1.0"
MAX_SENTENCE = 2000  # longer sentences are cut (see cap_sentences): extraction is superlinear in sentence length

_TERMINATOR_RE = re.compile(r"[。！？!?｡]")
# where an over-long sentence is cut, best first: clause punctuation, whitespace, other punctuation
_CUT_CLASSES = ("，；、", " \t\n\r\u3000\f", ",;：:）)》」』”’")


class BuildError(ValueError):
    """A source that stops a ``strict`` build; the message names the file and the reason."""


@dataclass
class BuildOptions:
    sources: list[Path]
    out: Path
    jobs: int = 0
    base: str | None = None
    strict: bool = False
    html: bool = True
    cache: bool = True
    executor: str = "local"
    scheduler: str | None = None
    progress: bool = True


@dataclass
class BuildSummary:
    files: int = 0
    articles: int = 0
    entities: int = 0
    relations: int = 0
    observations: int = 0
    triples: int = 0
    seconds: float = 0.0
    failures: list[str] = field(default_factory=list)
    empty: list[str] = field(default_factory=list)

    def line(self) -> str:
        failed = f", {len(self.failures)} skipped" if self.failures else ""
        empty = f", {len(self.empty)} empty" if self.empty else ""
        return (f"built {self.files} files{failed}{empty}: {self.articles} articles, {self.entities} entities, "
                f"{self.relations} relations, {self.observations} observations, {self.triples} triples "
                f"in {self.seconds:.1f}s")


@dataclass(frozen=True)
class Source:
    """A file to read and the unique name its facts are written under (``facts/<stem>.json``)."""

    path: Path
    name: str


@dataclass(frozen=True)
class _Work:
    name: str
    text: str  # after cap_sentences
    digest: str  # sha256 of the decoded text before cap_sentences


def _report(message: str, options: BuildOptions, summary: BuildSummary) -> None:
    """A bad source: stop a strict build, else one line on stderr and go on."""
    if options.strict:
        raise BuildError(message)
    print(f"kg: skipped {message}", file=sys.stderr)
    summary.failures.append(message)


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


def load_sources(sources: list[Source], options: BuildOptions, summary: BuildSummary) -> list[_Work]:
    """Read every source; bad ones are reported (or stop a strict build), empty ones noted."""
    work: list[_Work] = []
    for source in sources:
        try:
            text = read_source(source.path)
        except ValueError as exc:
            _report(str(exc), options, summary)
            continue
        if not text.strip():
            print(f"kg: note: {source.path}: empty file, nothing to extract", file=sys.stderr)
            summary.empty.append(str(source.path))
            continue
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        work.append(_Work(source.name, cap_sentences(text), digest))
    return work


# --- extraction ------------------------------------------------------------------------------------

def _cache_key(name: str, text: str) -> str:
    digest = hashlib.sha256(f"{EXTRACTOR_VERSION}\0{extractor_fingerprint()}\0{name}\0{text}".encode()).hexdigest()
    return digest[:32]


@functools.lru_cache(maxsize=1)
def extractor_fingerprint() -> str:
    """A hash of the extraction code and its data (lexicons, gazetteer, tagger): change a rule or a
    lexicon and every cached extraction is stale."""
    root = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for folder in ("text", "extract", "relate", "normalize", "data"):
        for path in sorted((root / folder).rglob("*")):
            if path.is_file() and path.suffix in (".py", ".gz", ".tsv", ".txt", ".json", ".crfsuite"):
                digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes())
    for name in ("document.py", "link.py", "lexicon.py", "lexicon_data.py", "gazetteer.py", "types.py"):
        digest.update(name.encode() + b"\0" + (root / name).read_bytes())
    return digest.hexdigest()[:16]


def _extract(item: tuple[str, str]) -> dict[str, Any]:
    from kg.document import extract_document

    return extract_document(*item)


def _safe_extract(item: tuple[str, str]) -> dict[str, Any]:
    """:func:`_extract`, with an exception turned into ``{"error": …}`` so one bad file cannot stop a build."""
    try:
        return _extract(item)
    except Exception as exc:  # noqa: BLE001 - any extractor bug on odd input is reported per file
        return {"error": f"extraction failed ({type(exc).__name__}: {exc})"[:300]}


def _read_cache(path: Path) -> dict[str, Any] | None:
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return doc if isinstance(doc, dict) and isinstance(doc.get("articles"), list) else None


def extract_all(work: list[_Work], options: BuildOptions, summary: BuildSummary) -> list[dict[str, Any]]:
    """Facts documents of ``work`` in a deterministic order (cache, workers, progress)."""
    cache_dir = options.out / ".cache"
    docs: dict[int, dict[str, Any]] = {}
    todo: list[int] = []
    for i, item in enumerate(work):
        cached = _read_cache(cache_dir / f"{_cache_key(item.name, item.text)}.json") if options.cache else None
        if cached is not None:
            docs[i] = cached
        else:
            todo.append(i)

    def done(i: int, doc: dict[str, Any]) -> None:
        item = work[i]
        if "error" in doc:
            _report(f"{item.name}: {doc['error']}", options, summary)
            return
        if options.cache:
            atomic_write_text(cache_dir / f"{_cache_key(item.name, item.text)}.json", dumps_json(doc))
        docs[i] = doc

    _run([(work[i].name, work[i].text) for i in todo], options, lambda k, doc: done(todo[k], doc))
    for i, doc in docs.items():
        doc["sha256"] = work[i].digest
    return [docs[i] for i in sorted(docs)]


def _run(work: list[tuple[str, str]], options: BuildOptions, done: Callable[[int, dict[str, Any]], None]) -> None:
    """Extract ``work``, handing each result to ``done(index, doc)`` in work order as it arrives."""
    if options.executor == "dask":
        from kg.distributed import run_on_dask

        for k, doc in enumerate(run_on_dask(work, options.scheduler)):
            done(k, doc)
        return
    jobs = min(options.jobs or os.cpu_count() or 1, len(work))
    if jobs <= 1:
        with _progress(len(work), options.progress) as advance:
            for k, item in enumerate(work):
                done(k, _safe_extract(item))
                advance()
        return
    import multiprocessing

    # the pool is made before the progress thread starts (fork); it is terminated on exit, Ctrl-C included
    with (multiprocessing.Pool(jobs, initializer=_ignore_sigint) as pool,
          _progress(len(work), options.progress) as advance):
        for k, doc in enumerate(pool.imap(_safe_extract, work, chunksize=1)):
            done(k, doc)
            advance()


def _ignore_sigint() -> None:
    """Workers leave Ctrl-C to the main process, which stops them."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


@contextmanager
def _progress(total: int, enabled: bool) -> Iterator[Callable[[], None]]:
    """A transient rich progress bar on stderr for several files on a terminal; a no-op otherwise."""
    if not enabled or total < 2 or not sys.stderr.isatty():
        yield lambda: None
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("extracting", total=total)
        yield lambda: bar.advance(task, 1)


# --- writing ---------------------------------------------------------------------------------------

def write_facts(docs: list[dict[str, Any]], out: Path) -> None:
    """Write ``facts/<stem>.json`` per document, then remove facts files of sources no longer built."""
    names = {f"{Path(doc['source']).stem}.json" for doc in docs}
    for doc in docs:
        atomic_write_text(out / "facts" / f"{Path(doc['source']).stem}.json", dumps_json(doc))
    for stale in sorted((out / "facts").glob("*.json")):
        if stale.name not in names:
            stale.unlink(missing_ok=True)


def run_build(options: BuildOptions) -> BuildSummary:
    """Run a whole build; see the module docstring."""
    started = time.perf_counter()
    summary = BuildSummary()
    problems: list[str] = []
    sources = discover(options.sources, exclude=options.out, problems=problems)
    for problem in problems:
        _report(problem, options, summary)
    if not sources:
        raise ValueError(f"no source files ({', '.join('*' + s for s in SOURCE_SUFFIXES)}) under "
                         f"{', '.join(map(str, options.sources))}")
    work = load_sources(sources, options, summary)
    _check_writable(options.out)
    _remove_temp_files(options.out)
    docs = extract_all(work, options, summary)
    write_facts(docs, options.out)
    summary.triples = _write_graph(docs, options)
    if options.html:
        from kg.export.html import write_view

        write_view(docs, options.out / "graph.html")
    summary.files = len(docs)
    for article in (a for doc in docs for a in doc["articles"]):
        summary.articles += 1
        summary.entities += len(article["entities"])
        summary.relations += len(article["relations"])
        summary.observations += len(article["observations"])
    summary.seconds = time.perf_counter() - started
    return summary


def _write_graph(docs: list[dict[str, Any]], options: BuildOptions) -> int:
    from kg.export.rdf import write_exports
    from kg.graph import build_dataset

    from kg.vocab import DEFAULT_BASE

    base = options.base or DEFAULT_BASE
    dataset = build_dataset(docs, base=base)
    counts = write_exports(dataset, options.out, sources=[d["source"] for d in docs], base=base)
    return int(counts.get("graph.nq", counts.get("graph.nt", 0)))


def _check_writable(out: Path) -> None:
    if out.exists() and not out.is_dir():
        raise ValueError(f"{out}: output folder is a file")
    try:
        out.mkdir(parents=True, exist_ok=True)
        probe = out / ".kg-write-test"
        probe.write_text("", encoding="utf-8")
        probe.unlink()
    except OSError as exc:
        raise ValueError(f"{out}: output folder is not writable ({exc.strerror or exc})") from exc


def _remove_temp_files(out: Path) -> None:
    """Temporary files (``.NAME.*.tmp`` of kg.io) left by a build that was killed."""
    for folder in (out, out / "facts", out / ".cache"):
        for temp in folder.glob(".*.tmp"):
            temp.unlink(missing_ok=True)
