"""Score a folder of predicted facts against the gold annotations (``kg eval``).

The semantics are those of ``shared/tools/score.py`` and the gold GUIDE (``seeds/gold/GUIDE.markdown``):
names are compared after NFKC and removal of whitespace and quotes; a predicted
name that is a gold alias counts as the gold canonical name; a Money entity
also matches by value (72.8亿 ~ 72.8亿元); facts are pooled per source file, so
article splitting does not change fact scores; observations are matched one to
one on subject, magnitude of the value, unit and indicator containment; article
splitting is scored by title.

>>> norm(" “赣快办” ")
'赣快办'
>>> PRF(tp=3, fp=1, fn=0).precision
0.75
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.factsread import FactsError, load_doc, norm

__all__ = [
    "ALL", "PRF", "SECTIONS", "EvalError", "Facts", "Gold", "Observation", "Report", "as_float", "evaluate",
    "format_report", "load_doc", "match_observations", "norm", "norm_unit", "prediction_folder",
    "read_gold", "read_prediction", "report_as_json", "same_magnitude", "score_source",
]

SECTIONS = ("entities", "relations", "observations", "articles")
ALL = "ALL"
Triple = tuple[str, str, str]
EvalError = FactsError  # a gold or prediction folder or file that cannot be scored (load_doc raises it too)
_UNITS = {"元": "CNY", "RMB": "CNY", "人民币": "CNY", "美元": "USD", "PERCENT": "%", "％": "%"}


# ---------------------------------------------------------------- normalisers


def norm_unit(unit: object) -> str:
    """Canonical unit: upper case, 元/RMB/人民币 → CNY, 美元 → USD, percent → %.

    >>> norm_unit("元"), norm_unit("％"), norm_unit("万吨"), norm_unit(None)
    ('CNY', '%', '万吨', '')
    """
    u = norm(unit).upper()
    return _UNITS.get(u, u)


def as_float(value: object) -> float | None:
    """``value`` as a float, or None when it is not a number.

    >>> as_float("19.4"), as_float(None), as_float("约")
    (19.4, None, None)
    """
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


def same_magnitude(a: float | None, b: float | None) -> bool:
    """Equal absolute values within a relative 1e-6 (the sign lives in ``measure``).

    >>> same_magnitude(-8.2, 8.2), same_magnitude(7280000000.0, 7280000001.0), same_magnitude(None, 1.0)
    (True, True, False)
    """
    if a is None or b is None:
        return False
    a, b = abs(a), abs(b)
    return a == b or abs(a - b) <= 1e-6 * max(a, b, 1.0)


# ---------------------------------------------------------------- counts


@dataclass(frozen=True)
class PRF:
    """True positives, false positives, false negatives, with the derived scores."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: PRF) -> PRF:
        return PRF(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"p": self.precision, "r": self.recall, "f1": self.f1, "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class Report:
    """Scores per section and key (type or relation name, plus ``ALL``) and the errors behind them."""

    entities: dict[str, PRF] = field(default_factory=dict)
    relations: dict[str, PRF] = field(default_factory=dict)
    observations: PRF = field(default_factory=PRF)
    articles: PRF = field(default_factory=PRF)
    missed: dict[str, list[str]] = field(default_factory=lambda: {s: [] for s in SECTIONS})
    spurious: dict[str, list[str]] = field(default_factory=lambda: {s: [] for s in SECTIONS})
    missing_predictions: list[str] = field(default_factory=list)

    def section(self, name: str) -> dict[str, PRF]:
        """Scores of one section by key; observations and articles have only ``ALL``."""
        value = getattr(self, name)
        return value if isinstance(value, dict) else {ALL: value}


# ---------------------------------------------------------------- gold and predictions


@dataclass(frozen=True)
class Observation:
    """An observation reduced to what scoring compares, plus a readable label."""

    subject: str
    indicator: str
    value: float | None
    unit: str
    label: str

    def matches(self, gold: Observation) -> bool:
        """Same subject, magnitude and unit; indicators equal or one containing the other."""
        if (self.subject, self.unit) != (gold.subject, gold.unit) or not same_magnitude(self.value, gold.value):
            return False
        p, g = self.indicator, gold.indicator
        return not (p and g) or p in g or g in p


def _observation(raw: Mapping[str, Any], subject: str) -> Observation:
    """Reduce an observation whose subject is already mapped; label e.g. (新余市, 工业投资/同比增长, 19.4 %)."""
    what = "/".join(str(raw[k]) for k in ("indicator", "measure") if raw.get(k))
    amount = " ".join(str(raw[k]) for k in ("value", "unit") if raw.get(k) is not None)
    parts = [norm(subject), what, amount, str(raw.get("period") or "")]
    return Observation(norm(subject), norm(raw.get("indicator")), as_float(raw.get("value")),
                       norm_unit(raw.get("unit")), "(" + ", ".join(p for p in parts if p) + ")")


@dataclass(frozen=True)
class Facts:
    """The facts of one source file, pooled over its articles."""

    entities: frozenset[tuple[str, str]]
    relations: frozenset[Triple]
    observations: tuple[Observation, ...]
    titles: frozenset[str]


@dataclass(frozen=True)
class Gold:
    """Gold facts of one source file and the map of names and aliases onto canonical names."""

    facts: Facts
    names: Mapping[str, str]  # normalised surface form → canonical name (first definition wins)
    money: Mapping[float, str]  # value → canonical Money name

    def canon(self, name: object) -> str:
        """The gold canonical name for a surface form; the normalised form itself when unknown."""
        n = norm(name)
        return self.names.get(n, n)


def read_gold(doc: Mapping[str, Any]) -> Gold:
    """Collect a gold document's facts and alias map."""
    ents: set[tuple[str, str]] = set()
    names: dict[str, str] = {}
    money: dict[float, str] = {}
    rels: set[Triple] = set()
    obs: list[Observation] = []
    for art in doc.get("articles", []):
        for e in art.get("entities") or []:
            name = norm(e["name"])
            ents.add((e["type"], name))
            for surface in [name, *(norm(a) for a in e.get("aliases") or [])]:
                names.setdefault(surface, name)
            value = as_float(e.get("value"))
            if e["type"] == "Money" and value is not None:
                money.setdefault(value, name)
        rels.update((norm(r["head"]), r["rel"], norm(r["tail"])) for r in art.get("relations") or [])
        obs.extend(_observation(o, o.get("subject")) for o in art.get("observations") or [])
    titles = frozenset(t for t in (norm(a.get("title")) for a in doc.get("articles", [])) if t)
    return Gold(Facts(frozenset(ents), frozenset(rels), tuple(obs), titles), names, money)


def _predicted_name(entity: Mapping[str, Any], gold: Gold) -> str:
    """Map a predicted entity onto a gold canonical name: alias first, then Money by value."""
    name = gold.canon(entity["name"])
    value = as_float(entity.get("value"))
    if entity["type"] == "Money" and value is not None and ("Money", name) not in gold.facts.entities:
        return gold.money.get(value, name)
    return name


def read_prediction(doc: Mapping[str, Any], gold: Gold) -> Facts:
    """Collect a predicted document's facts, with names mapped onto the gold's canonical names."""
    ents: set[tuple[str, str]] = set()
    rels: set[Triple] = set()
    obs: list[Observation] = []
    for art in doc.get("articles", []):
        local: dict[str, str] = {}  # the article's own names and aliases → mapped name
        for e in art.get("entities") or []:
            name = _predicted_name(e, gold)
            local[norm(e["name"])] = name
            for alias in e.get("aliases") or []:
                local.setdefault(norm(alias), name)
            ents.add((e["type"], name))

        def resolve(surface: object, local: dict[str, str] = local) -> str:
            return local.get(norm(surface), gold.canon(surface))

        rels.update((resolve(r["head"]), r["rel"], resolve(r["tail"])) for r in art.get("relations") or [])
        obs.extend(_observation(o, resolve(o.get("subject"))) for o in art.get("observations") or [])
    titles = frozenset(t for t in (norm(a.get("title")) for a in doc.get("articles", [])) if t)
    return Facts(frozenset(ents), frozenset(rels), tuple(obs), titles)


def match_observations(pred: Iterable[Observation], gold: Iterable[Observation]) -> list[tuple[int, int]]:
    """Greedy one-to-one matching in input order: (pred index, gold index) pairs."""
    golds = list(gold)
    used: set[int] = set()
    pairs = []
    for i, p in enumerate(pred):
        j = next((j for j, g in enumerate(golds) if j not in used and p.matches(g)), None)
        if j is not None:
            used.add(j)
            pairs.append((i, j))
    return pairs


# ---------------------------------------------------------------- scoring


def _compare(pred: Iterable[Any], gold: Iterable[Any]) -> tuple[PRF, list[Any], list[Any]]:
    """Counts of two sets, with the missed (gold only) and spurious (prediction only) items."""
    p, g = set(pred), set(gold)
    return PRF(len(p & g), len(p - g), len(g - p)), list(g - p), list(p - g)


def _add(table: dict[str, PRF], key: str, counts: PRF) -> None:
    table[key] = table.get(key, PRF()) + counts


def _score_grouped(report: Report, section: str, stem: str, pred: frozenset, gold: frozenset, pos: int) -> None:
    """Score entities (grouped by type, tuple position 0) or relations (by name, position 1)."""
    table: dict[str, PRF] = getattr(report, section)
    counts, missed, spurious = _compare(pred, gold)
    _add(table, ALL, counts)
    for key in {item[pos] for item in pred | gold}:
        _add(table, key, _compare((x for x in pred if x[pos] == key), (x for x in gold if x[pos] == key))[0])
    show = (lambda e: f"{e[1]} ({e[0]})") if section == "entities" else (lambda r: f"({', '.join(r)})")
    report.missed[section] += [f"{stem}: {show(x)}" for x in missed]
    report.spurious[section] += [f"{stem}: {show(x)}" for x in spurious]


def _score_observations(
    report: Report, stem: str, pred: tuple[Observation, ...], gold: tuple[Observation, ...]
) -> None:
    pairs = match_observations(pred, gold)
    report.observations += PRF(len(pairs), len(pred) - len(pairs), len(gold) - len(pairs))
    hit_pred, hit_gold = {i for i, _ in pairs}, {j for _, j in pairs}
    report.missed["observations"] += [f"{stem}: {g.label}" for j, g in enumerate(gold) if j not in hit_gold]
    report.spurious["observations"] += [f"{stem}: {p.label}" for i, p in enumerate(pred) if i not in hit_pred]


def score_source(report: Report, stem: str, pred: Facts, gold: Facts) -> None:
    """Add one source file's comparison to ``report``."""
    _score_grouped(report, "entities", stem, pred.entities, gold.entities, 0)
    _score_grouped(report, "relations", stem, pred.relations, gold.relations, 1)
    _score_observations(report, stem, pred.observations, gold.observations)
    counts, missed, spurious = _compare(pred.titles, gold.titles)
    report.articles += counts
    report.missed["articles"] += [f"{stem}: {t}" for t in missed]
    report.spurious["articles"] += [f"{stem}: {t}" for t in spurious]


def prediction_folder(pred_dir: Path) -> Path:
    """The folder of prediction files: ``DIR/facts`` for a build folder, else ``DIR``."""
    pred_dir = Path(pred_dir)
    if not pred_dir.is_dir():
        raise EvalError(f"{pred_dir}: prediction folder not found")
    return pred_dir / "facts" if (pred_dir / "facts").is_dir() else pred_dir


def evaluate(gold_dir: Path, pred_dir: Path, *, only: Iterable[str] | None = None) -> Report:
    """Score every ``GOLD_DIR/NAME.json`` against ``PRED_DIR/NAME.json`` (a missing file predicts nothing).

    ``only`` restricts scoring to the given file stems.
    """
    gold_dir = Path(gold_dir)
    if not gold_dir.is_dir():
        raise EvalError(f"{gold_dir}: gold folder not found")
    pred_dir = prediction_folder(pred_dir)
    wanted = set(only) if only is not None else None
    paths = [p for p in sorted(gold_dir.glob("*.json")) if wanted is None or p.stem in wanted]
    if not paths:
        raise EvalError(f"{gold_dir}: no gold *.json files to score")
    report = Report()
    for gpath in paths:
        gold = read_gold(load_doc(gpath))
        ppath = pred_dir / gpath.name
        if not ppath.is_file():
            report.missing_predictions.append(gpath.name)
        pdoc = load_doc(ppath) if ppath.is_file() else {"articles": []}
        score_source(report, gpath.stem, read_prediction(pdoc, gold), gold.facts)
    report.entities = dict(sorted(report.entities.items()))
    report.relations = dict(sorted(report.relations.items()))
    for lists in (report.missed, report.spurious):
        for section in SECTIONS:
            lists[section].sort()
    return report


# ---------------------------------------------------------------- output


def report_as_json(report: Report) -> dict[str, Any]:
    """A JSON-ready dict; its score sections and ``missing`` have the shape of ``score.py --json``."""
    out: dict[str, Any] = {s: {k: v.as_dict() for k, v in report.section(s).items()} for s in SECTIONS}
    out["missing"] = list(report.missing_predictions)
    out["missed"] = {s: list(report.missed[s]) for s in SECTIONS}
    out["spurious"] = {s: list(report.spurious[s]) for s in SECTIONS}
    return out


def _table(name: str, rows: Mapping[str, PRF]) -> list[str]:
    lines = [f"## {name}", f"  {'':18s} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}"]
    for key, c in rows.items():
        lines.append(f"  {key:18s} {c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f} {c.tp:5d} {c.fp:5d} {c.fn:5d}")
    return lines


def _error_list(kind: str, section: str, items: list[str], limit: int) -> list[str]:
    if not items or limit <= 0:
        return []
    more = f", first {limit}" if len(items) > limit else ""
    return [f"{kind} {section} ({len(items)}{more}):", *(f"  {x}" for x in items[:limit])]


def format_report(report: Report, *, show_errors: int = 10) -> str:
    """Score tables per section, then the first ``show_errors`` missed and spurious items of each.

    >>> print(format_report(Report(articles=PRF(2, 0, 1)), show_errors=0).splitlines()[-1])
      ALL                 1.000  0.667  0.800     2     0     1
    """
    lines: list[str] = []
    for section in SECTIONS:
        lines += _table(section, report.section(section))
    for section in SECTIONS:
        lines += _error_list("missed", section, report.missed[section], show_errors)
        lines += _error_list("spurious", section, report.spurious[section], show_errors)
    if report.missing_predictions:
        lines.append("missing predictions: " + ", ".join(report.missing_predictions))
    return "\n".join(lines) + "\n"
