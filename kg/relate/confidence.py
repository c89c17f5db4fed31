"""Each fact's confidence: its rule's precision measured by leave-one-file-out over the gold files.

The table ``kg/data/confidence.tsv`` (written by ``scripts/rule_precision.py``) has the columns
``rule  precision  support  measured``; a rule missing from it keeps the default its code states.

>>> parse_confidence("rule\\tprecision\\tsupport\\tmeasured\\nlaunches.x\\t0.75\\t8\\tLOFO\\n")
{'launches.x': 0.75}
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

HEADER = ("rule", "precision", "support", "measured")


def parse_confidence(text: str, name: str = "confidence.tsv") -> dict[str, float]:
    """Rule → precision from the table's text; a malformed line is a one-line ValueError."""
    lines = text.splitlines()
    if not lines or tuple(lines[0].split("\t")[:4]) != HEADER:
        raise ValueError(f"{name} line 1: header must be {' / '.join(HEADER)}")
    table: dict[str, float] = {}
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        try:
            value = float(cells[1])
        except (IndexError, ValueError):
            raise ValueError(f"{name} line {number}: precision is not a number") from None
        if not 0 <= value <= 1:
            raise ValueError(f"{name} line {number}: precision {value} outside [0, 1]")
        table[cells[0]] = value
    return table


@lru_cache(maxsize=1)
def confidence_table() -> dict[str, float]:
    """The packaged table (empty when it is absent)."""
    path = resources.files("kg.data").joinpath("confidence.tsv")
    if not path.is_file():
        return {}
    return parse_confidence(path.read_text(encoding="utf-8"))


def rule_confidence(rule: str, default: float) -> float:
    """The measured precision of ``rule``, else ``default``.

    >>> rule_confidence("no.such_rule", 0.4)
    0.4
    """
    return confidence_table().get(rule, default)
