"""Browse the facts of a build (``kg facts``): select by entity and relation, print with evidence.

>>> doc = {"source": "a.txt", "articles": [{"title": "T", "entities": [
...     {"name": "新余市", "type": "Place", "aliases": ["新余"]}],
...     "relations": [{"head": "新余市", "rel": "launches", "tail": "新钢电弧炉项目"}]}]}
>>> [(r.head, r.rel, r.tail) for r in select_facts([doc], about="新余")]
[('新余市', 'launches', '新钢电弧炉项目')]
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from kg.factsread import load_doc, norm
from kg.schema import RELATIONS as SCHEMA_RELATIONS

RELATIONS = tuple(SCHEMA_RELATIONS)  # in the schema's order
OBSERVATION = "observation"
FORMATS = ("text", "json")


@dataclass(frozen=True)
class FactRow:
    """One relation or observation with its evidence, ready to print.

    For an observation, ``rel`` is ``indicator/measure`` and ``tail`` is ``value unit (period)``.
    ``names`` holds the head's and tail's names and aliases, to highlight in the sentence.
    """

    kind: str  # "relation" or "observation"
    source: str
    title: str
    head: str
    rel: str
    tail: str
    sentence: str = ""
    start: int | None = None
    end: int | None = None
    rule: str = ""
    confidence: float | None = None
    names: tuple[str, ...] = field(default=(), compare=False, repr=False)

    def as_dict(self) -> dict[str, Any]:
        """The row as a JSON-ready dict (without the highlight names)."""
        row = asdict(self)
        del row["names"]
        return row


# ---------------------------------------------------------------- loading


def facts_folder(build_dir: Path) -> Path:
    """``BUILD/facts`` when it exists, else ``BUILD`` itself (a folder of facts files)."""
    build_dir = Path(build_dir)
    if not build_dir.is_dir():
        raise ValueError(f"{build_dir}: build folder not found")
    return build_dir / "facts" if (build_dir / "facts").is_dir() else build_dir


def load_build(build_dir: Path) -> list[dict]:
    """Read ``build_dir/facts/*.json`` in name order; ValueError when there are none or one is malformed."""
    paths = sorted(facts_folder(build_dir).glob("*.json"))
    if not paths:
        raise ValueError(f"{build_dir}: no facts/*.json files (run `kg build` first)")
    docs = []
    for path in paths:
        doc = load_doc(path)
        doc.setdefault("source", path.stem + ".txt")
        docs.append(doc)
    return docs


# ---------------------------------------------------------------- rows


def _number(value: object) -> str:
    """A value as printed: integral floats without '.0'.

    >>> _number(7280000000.0), _number(19.4), _number(None)
    ('7280000000', '19.4', '?')
    """
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "?" if value is None else str(value)


def _aliases(article: Mapping[str, Any]) -> dict[str, tuple[str, ...]]:
    """Canonical name → (name, *aliases) for an article's entities."""
    return {e["name"]: (e["name"], *(e.get("aliases") or ())) for e in article.get("entities") or []}


def _row(kind: str, where: tuple[str, str], fact: tuple[str, str, str], names: tuple[str, ...],
         item: Mapping[str, Any]) -> FactRow:
    """A row from (source, title), (head, rel, tail) and the item's evidence."""
    ev = item.get("evidence") or {}
    return FactRow(kind, *where, *fact, sentence=ev.get("sentence") or "", start=ev.get("start"),
                   end=ev.get("end"), rule=ev.get("rule") or "", confidence=ev.get("confidence"), names=names)


def _relation_row(rel: Mapping[str, Any], where: tuple[str, str], names: dict[str, tuple[str, ...]]) -> FactRow:
    head, tail = rel["head"], rel["tail"]
    forms = names.get(head, (head,)) + names.get(tail, (tail,))
    return _row("relation", where, (head, rel["rel"], tail), forms, rel)


def _observation_row(obs: Mapping[str, Any], where: tuple[str, str], names: dict[str, tuple[str, ...]]) -> FactRow:
    subject = obs.get("subject") or ""
    label = "/".join(str(obs[k]) for k in ("indicator", "measure") if obs.get(k))
    tail = " ".join(x for x in (_number(obs.get("value")), obs.get("unit") or "") if x)
    if obs.get("period"):
        tail += f" ({obs['period']})"
    return _row(OBSERVATION, where, (subject, label, tail), names.get(subject, (subject,)), obs)


def iter_rows(docs: Iterable[Mapping[str, Any]]) -> Iterator[FactRow]:
    """Every relation and observation of the documents, as rows."""
    for doc in docs:
        for art in doc.get("articles", []):
            where = (str(doc.get("source", "")), str(art.get("title") or ""))
            names = _aliases(art)
            for rel in art.get("relations") or []:
                yield _relation_row(rel, where, names)
            for obs in art.get("observations") or []:
                yield _observation_row(obs, where, names)


# ---------------------------------------------------------------- selection


def check_rel(rel: str) -> str:
    """The valid relation name for ``rel`` (case-insensitive), else ValueError listing the valid ones.

    >>> check_rel("partof")
    'partOf'
    """
    valid = {r.lower(): r for r in (*RELATIONS, OBSERVATION)}
    if rel.lower() not in valid:
        raise ValueError(f"unknown relation {rel!r}; valid: {', '.join((*RELATIONS, OBSERVATION))}")
    return valid[rel.lower()]


def _key(text: str) -> str:
    return norm(text).casefold()


def _candidates(row: FactRow) -> set[str]:
    """Normalised names the row can be found by: head and tail (observations: subject) with aliases."""
    forms = {row.head, *row.names} if row.kind == OBSERVATION else {row.head, row.tail, *row.names}
    return {_key(f) for f in forms if f}


def _about(rows: list[FactRow], about: str) -> list[FactRow]:
    """Rows naming ``about`` exactly (name or alias); if none does, rows with a name containing it."""
    query = _key(about)
    exact = [r for r in rows if query in _candidates(r)]
    if exact or not query:
        return exact
    return [r for r in rows if any(query in c for c in _candidates(r))]


def _order(row: FactRow) -> tuple:
    return (row.source, row.start if row.start is not None else -1, row.end or 0, row.kind, row.head, row.rel,
            row.tail, row.title)


def select_facts(docs: Iterable[Mapping[str, Any]], *, about: str | None = None,
                 rel: str | None = None, min_confidence: float | None = None) -> list[FactRow]:
    """Facts whose head or tail (observation: subject) is ``about`` and whose relation is ``rel``.

    ``about`` matches a canonical name or any alias after NFKC (exact first; substring
    when nothing matches exactly); ``rel`` is one of RELATIONS or ``observation``;
    ``min_confidence`` keeps the facts whose evidence's confidence is at least that.
    Rows come sorted by source, evidence offsets and content.
    """
    wanted = check_rel(rel) if rel is not None else None
    rows = list(iter_rows(docs))
    if about is not None:
        rows = _about(rows, about)
    if wanted == OBSERVATION:
        rows = [r for r in rows if r.kind == OBSERVATION]
    elif wanted is not None:
        rows = [r for r in rows if r.kind == "relation" and r.rel == wanted]
    if min_confidence is not None:
        rows = [r for r in rows if r.confidence is not None and r.confidence >= min_confidence]
    return sorted(rows, key=_order)


# ---------------------------------------------------------------- output


_BRACKET = re.compile(r"(\\*)(\[(?:[a-z#/@][^\[]*?\])?)")  # every '[' with its backslashes; tag-like or bare


def _escape_bracket(match: re.Match[str]) -> str:
    backslashes, bracket = match.groups()
    if len(bracket) > 1:  # looks like a tag: double the backslashes, add one
        return backslashes * 2 + "\\" + bracket
    return backslashes + "\\" * bool(backslashes) + bracket  # rich renders a bare \[ as [


def escape(text: str, *, before_tag: bool = False) -> str:
    r"""Rich-markup-safe ``text`` (renders back to exactly ``text``); trailing backslashes doubled
    when a tag follows. Unlike ``rich.markup.escape`` this also keeps a bare ``\[``.

    >>> escape("[b]新余"), escape("a\\[", before_tag=True), escape("a\\", before_tag=True)
    ('\\[b]新余', 'a\\\\[', 'a\\\\')
    """
    body = text.rstrip("\\")
    backslashes = text[len(body):]
    return _BRACKET.sub(_escape_bracket, body) + backslashes * (2 if before_tag else 1)


Segment = tuple[str, bool]  # (text, bold)


def _segments(sentence: str, names: Iterable[str]) -> list[Segment]:
    """Split ``sentence`` into plain and bold runs, bold where a name occurs (longest name first)."""
    forms = sorted({n for n in names if n}, key=lambda n: (-len(n), n))
    out: list[Segment] = []
    plain, i = "", 0
    while i < len(sentence):
        hit = next((f for f in forms if sentence.startswith(f, i)), None)
        if hit is None:
            plain, i = plain + sentence[i], i + 1
            continue
        out += [(plain, False), (hit, True)]
        plain, i = "", i + len(hit)
    return out + [(plain, False)]


def _markup(segments: Iterable[Segment]) -> str:
    """Rich markup for the runs. Plain neighbours are merged before escaping, because a tag-like
    ``[x …]`` may span them; no tag-like text can span one of our own ``[bold]`` tags."""
    merged: list[Segment] = []
    for text, bold in segments:
        if merged and not bold and not merged[-1][1]:
            merged[-1] = (merged[-1][0] + text, False)
        elif text:
            merged.append((text, bold))
    parts = []
    for k, (text, bold) in enumerate(merged):
        last = k == len(merged) - 1
        parts.append(f"[bold]{escape(text, before_tag=True)}[/bold]" if bold else escape(text, before_tag=not last))
    return "".join(parts)


def highlight(sentence: str, names: Iterable[str]) -> str:
    r"""Rich markup for ``sentence`` with ``names`` in bold (longest first); everything else escaped.

    >>> highlight("[b]新余市投资", ["新余", "新余市"])
    '\\[b][bold]新余市[/bold]投资'
    """
    return _markup(_segments(sentence, names))


def _block(row: FactRow) -> list[Segment]:
    """One fact as runs: header line, highlighted evidence sentence, source and rule line."""
    span = f":{row.start}-{row.end}" if row.start is not None and row.end is not None else ""
    meta = [f"{row.source}{span}", f"《{row.title}》" if row.title else ""]
    meta += [f"rule={row.rule}" if row.rule else "",
             f"confidence={row.confidence:.2f}" if row.confidence is not None else ""]
    out: list[Segment] = [(f"{row.head} —{row.rel}→ {row.tail}\n", False)]
    if row.sentence:
        out += [("  ", False), *_segments(row.sentence, row.names), ("\n", False)]
    return out + [("  " + "  ".join(m for m in meta if m) + "\n", False)]


def _all_segments(rows: list[FactRow]) -> list[Segment]:
    """The runs of every row's block, a blank line between blocks."""
    segments: list[Segment] = []
    for k, row in enumerate(rows):
        segments += [("\n", False)] * bool(k) + _block(row)
    return segments


def plain_facts(rows: Iterable[FactRow]) -> str:
    """Rows as plain text blocks for pipes and files: no markup, no escapes, no colour codes.

    >>> row = FactRow("relation", "a.txt", "", "[b]新余市", "launches", "X项目", "[b]新余市开工X项目", 0, 12)
    >>> print(plain_facts([row]), end="")
    [b]新余市 —launches→ X项目
      [b]新余市开工X项目
      a.txt:0-12
    """
    return "".join(text for text, _ in _all_segments(list(rows)))


def rich_facts(rows: Iterable[FactRow]) -> Any:
    """Rows as a ``rich.text.Text`` with the names in bold, for a terminal (never parsed as markup)."""
    from rich.text import Text

    out = Text()
    for text, bold in _all_segments(list(rows)):
        out.append(text, style="bold" if bold else "")
    return out


def format_facts(rows: Iterable[FactRow], *, fmt: str = "text") -> str:
    """Rows as text blocks in Rich markup (blank line between) or as JSON lines; '' for no rows.

    For output use :func:`plain_facts` (pipes) or :func:`rich_facts` (a terminal).
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; valid: {', '.join(FORMATS)}")
    rows = list(rows)
    if not rows:
        return ""
    if fmt == "json":
        return "".join(json.dumps(r.as_dict(), ensure_ascii=False, sort_keys=True) + "\n" for r in rows)
    return _markup(_all_segments(rows))
