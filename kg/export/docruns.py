"""One facts file's share of the graph, cached: its index part, its sorted quads and what they depend on.

Each facts file of a build gives (1) an :class:`~kg.graph.parts.IndexPart` (its entity mentions,
for the build-wide registry) and (2) a :class:`DocRun`: the distinct quads its articles state, as
sorted N-Quads keys (:class:`~kg.export.rdf.QuadSink`), their JSON-LD records, the prefixes they use,
and the index answers they took (:mod:`kg.graph.parts`). Both are cached in ``OUT/.cache/graph``
under the facts file's cache name (which hashes its content) and a *variant* (the export code, the
base IRI, whether JSON-LD is written), so an incremental build reads a file's facts only when the
file is new, changed, or its dependencies changed.

>>> variant("fp", "http://x.org/", True) == variant("fp", "http://x.org/", False)
False
"""

from __future__ import annotations

import hashlib
import os
import pickle
import zlib
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.export.jsonld import JsonLd
from kg.export.rdf import GRAPH_SEP
from kg.export.terms import Terms
from kg.factsfiles import FactsFiles
from kg.graph.build import GraphIndex, document_quads
from kg.graph.parts import IndexPart, recording_index
from kg.vocab import PREFIXES

__all__ = ["DocRun", "RunCache", "make_run", "variant"]

BEHIND = 32  # files waiting to be written, at most (RunCache.writing_behind)


def variant(fingerprint: str, base: str, jsonld: bool) -> str:
    """What a file's cached quads depend on besides its facts and its dependencies."""
    return hashlib.sha256(f"{fingerprint}\0{base}\0{jsonld}".encode()).hexdigest()[:16]


@dataclass
class DocRun:
    """The distinct quads of one facts file: sorted keys, their records (empty strings without JSON-LD)."""

    keys: list[str]
    records: list[str]
    used: list[str]
    dependencies: list[Any]


def make_run(index: GraphIndex, name: str, path: Path, chunk: int, base: str, jsonld: bool) -> DocRun:
    """The run of the facts file ``path`` (source ``name``) under ``index``."""
    recorder = recording_index(index)
    terms = Terms(dict(PREFIXES))
    writer = JsonLd(terms.prefixes, base) if jsonld else None
    pairs: dict[str, str] = {}
    for doc in FactsFiles([(name, path)], chunk):
        for s, p, o, g in terms.from_rdflib_quads(document_quads(recorder, doc)):
            key = f"{s.nt} {p.nt} {o.nt}" if g is None else f"{s.nt} {p.nt} {o.nt}{GRAPH_SEP}{g.nt}"
            if key not in pairs:
                pairs[key] = writer.record(s, p, o, g) if writer is not None else ""
    keys = sorted(pairs)
    return DocRun(keys, [pairs[k] for k in keys], sorted(terms.used), recorder.dependencies())


class RunCache:
    """Index parts and runs of facts files in ``folder`` (``OUT/.cache/graph``), by cache name and variant."""

    def __init__(self, folder: Path, variant: str) -> None:
        self.folder = Path(folder)
        self.variant = variant
        self._behind: ThreadPoolExecutor | None = None  # writes files while the caller goes on (writing_behind)
        self._pending: list[Future[None]] = []

    @contextmanager
    def writing_behind(self) -> Iterator[None]:
        """Inside the block, files are compressed and written by one thread, in order, while the caller
        makes the next run (the file system and zlib leave the interpreter free); all written at its end."""
        if self._behind is not None:  # nested: the outer block waits
            yield
            return
        self._behind = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kg-run-cache")
        try:
            yield
        finally:
            behind, pending, self._behind, self._pending = self._behind, self._pending, None, []
            behind.shutdown(wait=True)
            for future in pending:
                future.result()  # the first error of a write, raised here

    def _path(self, stem: str, kind: str) -> Path:
        return self.folder / f"{stem}.{self.variant}.{kind}"

    def part(self, stem: str, name: str, path: Path, chunk: int) -> IndexPart:
        """The index part of a facts file (read from its facts, and cached, the first time)."""
        cached = self._load(self._path(stem, "part"))
        if isinstance(cached, IndexPart):
            return cached
        part = IndexPart.of_docs(FactsFiles([(name, path)], chunk))
        self._save(self._path(stem, "part"), part)
        return part

    def latest(self, stem: str) -> str | None:
        """The id of the run of ``stem`` saved last (None: none)."""
        try:
            return self._path(stem, "latest").read_text(encoding="ascii").strip() or None
        except OSError:
            return None

    def dependencies(self, stem: str, run_id: str | None) -> list[Any] | None:
        """The dependencies of the cached run ``run_id`` of ``stem`` (None: not cached)."""
        found = self._load(self._path(stem, f"{run_id}.deps")) if run_id else None
        return found if isinstance(found, list) else None

    def run(self, stem: str, run_id: str | None) -> DocRun | None:
        found = self._load(self._path(stem, f"{run_id}.run")) if run_id else None
        return found if isinstance(found, DocRun) else None

    def save_run(self, stem: str, run: DocRun) -> str:
        """Cache ``run``; return its id (a hash of its dependencies: with the facts and the variant, they
        make the run). Runs are never overwritten: a generation's manifest names the runs it is made of,
        even when a build that saved others was stopped before publishing."""
        run_id = hashlib.sha256(repr(run.dependencies).encode("utf-8")).hexdigest()[:16]
        self._save(self._path(stem, f"{run_id}.run"), run)
        self._save(self._path(stem, f"{run_id}.deps"), run.dependencies)
        self._put(self._path(stem, "latest"), f"{run_id}\n".encode("ascii"), atomic=False)
        return run_id

    def prune(self, runs: Iterable[tuple[str, str]]) -> None:
        """Keep only the parts of the given (file, run id) pairs' files and those runs (a build's last step)."""
        keep: set[str] = set()
        for stem, run_id in runs:
            keep.update(self._path(stem, kind).name for kind in ("part", "latest", f"{run_id}.run", f"{run_id}.deps"))
        if self.folder.is_dir():
            for entry in self.folder.iterdir():
                if entry.name not in keep and not entry.name.startswith("."):
                    entry.unlink(missing_ok=True)

    def _load(self, path: Path) -> Any:
        try:
            data = path.read_bytes()
            return pickle.loads(zlib.decompress(data) if path.suffix == ".run" else data)
        except (OSError, EOFError, zlib.error, pickle.UnpicklingError, AttributeError, ImportError, TypeError,
                ValueError):
            return None

    def _save(self, path: Path, value: Any) -> None:
        """Write atomically; runs compressed (their N-Quads keys are most of the cache's size)."""
        self._put(path, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL), compress=path.suffix == ".run")

    def _put(self, path: Path, data: bytes, compress: bool = False, atomic: bool = True) -> None:
        if self._behind is None:
            _write(path, data, compress, atomic)
        else:
            while len(self._pending) >= BEHIND:  # bounded memory when the disk is slower than the runs
                self._pending.pop(0).result()
            self._pending.append(self._behind.submit(_write, path, data, compress, atomic))


def _write(path: Path, data: bytes, compress: bool, atomic: bool) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if not atomic:
        path.write_bytes(data)
        return
    staged = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    staged.write_bytes(zlib.compress(data, 1) if compress else data)
    os.replace(staged, path)
