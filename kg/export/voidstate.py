"""VoID statistics of an edited graph, from the previous ones and the triples that left and arrived.

void.ttl counts triples, distinct subjects, typed subjects (entities), distinct objects and the
triples of each property and class. A clean build counts them over all of graph.nt
(:class:`~kg.export.void.TripleStats`); an incremental build (:mod:`kg.export.incremental`) adjusts
the previous counts: a subject is counted when some quad of the new graph.nq starts with it (one
binary search), and objects, which graph.nt does not group, are counted in ``objects.txt`` of the
state (``object<TAB>triples``), patched like the graph files.

>>> _split(b'<a> <p> "x y" .')
('<a>', '<p>', '"x y"')
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from kg.export.graphstate import GraphState
from kg.export.sortedpatch import SortedLines, patch_sorted
from kg.export.void import RDF_TYPE, TripleStats

__all__ = ["update_stats"]

_TYPE = f"<{RDF_TYPE}>"


def _split(line: bytes) -> tuple[str, str, str]:
    """Subject, predicate and object of an N-Triples line."""
    subject, predicate, obj = line.decode("utf-8")[:-2].split(" ", 2)
    return subject, predicate, obj


def update_stats(previous: GraphState, state: GraphState, scratch: Path, gone: list[bytes],
                 arrived: list[bytes]) -> TripleStats | None:
    """The statistics of ``state``'s graph.nt, which is ``previous``'s less ``gone`` plus ``arrived``; also
    writes ``state``'s objects.txt and stats.json. None when the previous statistics are missing."""
    data = previous.read_json("stats.json")
    if not isinstance(data, dict) or not previous.path("objects.txt").is_file():
        return None
    stats = TripleStats(scratch)
    stats.triples = int(data["triples"]) + len(arrived) - len(gone)
    properties: Counter[str] = Counter(data["properties"])
    stats.classes = Counter(data["classes"])
    objects: Counter[str] = Counter()
    subjects: set[str] = set()
    for lines, sign in ((gone, -1), (arrived, 1)):
        for line in lines:
            subject, predicate, obj = _split(line)
            subjects.add(subject)
            properties[predicate[1:-1]] += sign
            if predicate == _TYPE and obj.startswith("<"):
                stats.classes[obj[1:-1]] += sign
            objects[obj] += sign
    stats.properties = Counter({k: v for k, v in properties.items() if v})
    stats.classes = Counter({k: v for k, v in stats.classes.items() if v})
    stats.subjects, stats.entities = int(data["subjects"]), int(data["entities"])
    # graph.nq: a subject's quads include its default-graph triples (the default graph holds them all)
    with SortedLines(previous.path("graph.nq")) as old, SortedLines(state.path("graph.nq")) as new:
        for subject in subjects:
            head, typed = f"{subject} ".encode(), f"{subject} {_TYPE} <".encode()
            stats.subjects += new.any_prefix(head) - old.any_prefix(head)
            stats.entities += new.any_prefix(typed) - old.any_prefix(typed)
    stats.known_objects = int(data["objects"]) + _patch_objects(previous, state, objects)
    state.write_json("stats.json", stats.summary())
    return stats


def _patch_objects(previous: GraphState, state: GraphState, changes: Counter[str]) -> int:
    """Write ``state``'s objects.txt; return the change in the number of distinct objects."""
    removed, added, change = [], [], 0
    with SortedLines(previous.path("objects.txt")) as old:
        for obj, delta in changes.items():
            if not delta:
                continue
            found = old.with_prefix(f"{obj}\t".encode())
            before = int(found[0].rsplit(b"\t", 1)[1]) if found else 0
            after = before + delta
            if found:
                removed.append(found[0])
            if after > 0:
                added.append(f"{obj}\t{after}".encode())
            change += (after > 0) - (before > 0)
    patch_sorted(previous.path("objects.txt"), state.path("objects.txt"), removed, added)
    return change
