"""What a build keeps of its graph so that the next build can edit it instead of remaking it.

Beside its graph files, a generation keeps a private folder ``.graph-state`` (see
:mod:`kg.export.incremental`):

- ``graph.nq``: the sorted N-Quads (a hard link to the published file, or a private copy when ``nq``
  is not a chosen format), ``graph.nt`` (a link, when ``nt`` is chosen: its triples are otherwise read
  from graph.nq's default graph, which holds them all); ``records.txt``: the sorted JSON-LD records;
- ``multi.txt``: the quads stated by more than one contributor, with their counts (a quad leaves the
  graph when its count reaches 0); ``entities.txt`` and ``entity-sigs.txt``: the entity layer's quads
  and each entity's signature (:mod:`kg.export.entitylayer`);
- ``stats.json``, ``objects.txt``: the VoID counts (:mod:`kg.export.voidstate`); ``ttl-index.txt``: the
  subject blocks of graph.ttl (:mod:`kg.export.turtlepatch`);
- ``delta-removed.nq``, ``delta-added.nq`` (incremental builds): the change, for the store;
- ``manifest.json``, written last: the variant, base, formats, quad count, and each facts file's source,
  cache name and the prefixes its quads use.

Everything is text in a canonical order.

>>> import tempfile, pathlib
>>> state = GraphState(pathlib.Path(tempfile.mkdtemp()))
>>> state.write_pairs("multi.txt", {"<a> <p> <b>": "2"})
>>> state.read_pairs("multi.txt")
{'<a> <p> <b>': '2'}
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

__all__ = ["STATE", "GraphState"]

STATE = ".graph-state"


class GraphState:
    """The ``.graph-state`` folder of one generation."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.union: bool | None = None  # set by the writer: the default graph holds the named graphs' triples

    @classmethod
    def of_generation(cls, generation: Path) -> GraphState:
        return cls(Path(generation) / STATE)

    def path(self, name: str) -> Path:
        return self.folder / name

    def manifest(self) -> dict[str, Any] | None:
        """The manifest, or None when there is no complete state."""
        try:
            found = json.loads(self.path("manifest.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return found if isinstance(found, dict) else None

    def write_manifest(self, manifest: Mapping[str, Any]) -> None:
        """Written last: a state without it is not used."""
        self.folder.mkdir(parents=True, exist_ok=True)
        self.path("manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, sort_keys=True) + "\n",
                                             encoding="utf-8")

    def read_json(self, name: str) -> Any:
        try:
            return json.loads(self.path(name).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def write_json(self, name: str, value: Any) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        self.path(name).write_text(json.dumps(value, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")

    def read_pairs(self, name: str) -> dict[str, str]:
        """``key<TAB>value`` lines as a dict (keys and values hold no tab: N-Triples escapes it)."""
        pairs: dict[str, str] = {}
        try:
            with self.path(name).open(encoding="utf-8", newline="\n") as handle:
                for line in handle:
                    key, _, value = line[:-1].partition("\t")
                    pairs[key] = value
        except FileNotFoundError:
            pass
        return pairs

    def write_pairs(self, name: str, pairs: Mapping[str, str]) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        with self.path(name).open("w", encoding="utf-8", newline="\n") as handle:
            handle.writelines(f"{key}\t{pairs[key]}\n" for key in sorted(pairs))

    def keep(self, name: str, source: Path, published: bool) -> None:
        """Keep the sorted file ``source`` as ``name``: a hard link to a published file (a copy where links
        fail), or the file itself moved here."""
        self.folder.mkdir(parents=True, exist_ok=True)
        target = self.path(name)
        target.unlink(missing_ok=True)
        if not published:
            os.replace(source, target)
            return
        try:
            os.link(source, target)
        except OSError:
            import shutil

            shutil.copyfile(source, target)
