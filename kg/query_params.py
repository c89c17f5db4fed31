"""Parameters of the bundled questions: declared in the query's comment, bound into its VALUES line.

A query declares each parameter on a comment line ``#@param NAME KIND DEFAULT description`` and
holds one line ``VALUES ?NAME { DEFAULT-TERM }`` (``?wanted_NAME`` when ``?NAME`` is a result
column) that the parameter replaces; the file stays valid
SPARQL with its defaults. User text never reaches the query as text: each value is checked against
its KIND and rendered as one RDF term (a literal escaped by pyoxigraph, an IRI from a closed list,
a number from digits), or ``UNDEF`` for "any".

>>> text = '#@param min number 1000000000 at least this many yuan\\nSELECT * {\\n  VALUES ?min { 1000000000 } }'
>>> bind_params(text, {"min": "5亿"}).splitlines()[2]
'  VALUES ?min { 500000000 } }'
>>> bind_params(text, {"min": "1 } ?x"})
Traceback (most recent call last):
ValueError: parameter min: '1 } ?x' is not a number (e.g. 1000000000, 10亿 or 5000万)
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

LEVEL_NS = "https://w3id.org/govnews-kg/level/"
# the SKOS administrative levels of the ontology (ontology/kg.ttl, level: scheme)
LEVELS = ("country", "province", "prefecture", "county", "township", "village", "zone", "region")
KINDS = ("level", "name", "number", "year")
ANY = "any"  # a value meaning "no restriction" (UNDEF) for an optional parameter
_UNITS = {"亿": Decimal(100_000_000), "万": Decimal(10_000), "": Decimal(1)}
_DECL = re.compile(r"^#@param\s+(\w+)\s+(\w+)\s+(\S+)\s*(.*)$")


@dataclass(frozen=True)
class Param:
    """One declared parameter: ``#@param level level county the level of the places counted``."""

    name: str
    kind: str
    default: str
    help: str

    def describe(self) -> str:
        """One line for ``kg query --list``, e.g. ``level=county (country|province|…)``."""
        values = "|".join(LEVELS) if self.kind == "level" else self.kind
        return f"{self.name}={self.default} ({values}): {self.help}" if self.help else f"{self.name}={self.default}"


def declared_params(text: str) -> list[Param]:
    """The parameters a query declares, in order.

    >>> declared_params("#@param place name 赣州市 the division\\nSELECT * {}")
    [Param(name='place', kind='name', default='赣州市', help='the division')]
    """
    found = []
    for line in text.splitlines():
        match = _DECL.match(line.strip())
        if match:
            name, kind, default, help_text = match.groups()
            if kind not in KINDS:
                raise ValueError(f"parameter {name}: unknown kind {kind!r}; valid: {', '.join(KINDS)}")
            found.append(Param(name, kind, default, help_text.strip()))
    return found


def parse_assignments(items: Sequence[str]) -> dict[str, str]:
    """``["level=prefecture", "min=10亿"]`` → a dict; ValueError for an item without ``=``.

    >>> parse_assignments(["place=赣州市", "min = 10亿"])
    {'place': '赣州市', 'min': '10亿'}
    """
    out: dict[str, str] = {}
    for item in items:
        name, eq, value = item.partition("=")
        if not eq or not name.strip():
            raise ValueError(f"--param {item!r}: expected NAME=VALUE, e.g. --param level=prefecture")
        out[name.strip()] = value.strip()
    return out


def _number(name: str, value: str) -> str:
    """Digits (with an optional 万/亿 multiplier) as a SPARQL decimal or integer."""
    match = re.fullmatch(r"([0-9]+(?:\.[0-9]+)?)\s*(亿|万|)(?:元)?", value.replace(",", ""))
    if not match:
        raise ValueError(f"parameter {name}: {value!r} is not a number (e.g. 1000000000, 10亿 or 5000万)")
    try:
        amount = Decimal(match.group(1)) * _UNITS[match.group(2)]
    except InvalidOperation:  # pragma: no cover - the regex admits only valid decimals
        raise ValueError(f"parameter {name}: {value!r} is not a number") from None
    return str(int(amount)) if amount == amount.to_integral_value() else str(amount)


def render_term(param: Param, value: str) -> str:
    """The SPARQL term for ``value``: checked against the parameter's kind, never raw user text.

    >>> render_term(Param("level", "level", "county", ""), "prefecture")
    '<https://w3id.org/govnews-kg/level/prefecture>'
    >>> render_term(Param("place", "name", "赣州市", ""), '新余"} ?x')
    '"新余\\\\"} ?x"@zh'
    >>> render_term(Param("year", "year", "any", ""), "any")
    'UNDEF'
    """
    import pyoxigraph as ox

    if value == ANY:
        return "UNDEF"
    if param.kind == "level":
        if value not in LEVELS:
            raise ValueError(f"parameter {param.name}: unknown level {value!r}; valid: {', '.join(LEVELS)}")
        return str(ox.NamedNode(LEVEL_NS + value))
    if param.kind == "number":
        return _number(param.name, value)
    if param.kind == "year":
        if not re.fullmatch(r"(1[89]|20)[0-9]{2}", value):
            raise ValueError(f"parameter {param.name}: {value!r} is not a year (e.g. 2024) or 'any'")
        return str(ox.Literal(value))
    if not value or "\n" in value:
        raise ValueError(f"parameter {param.name}: give a name on one line, e.g. {param.name}={param.default}")
    return str(ox.Literal(value, language="zh"))


def _values_line(name: str) -> re.Pattern[str]:
    """The line ``VALUES ?NAME { … }`` (or ``?wanted_NAME`` when ``?NAME`` is an output column)."""
    return re.compile(rf"^(\s*VALUES\s+\?(?:wanted_)?{name}\s*\{{)[^}}\n]*(\}})", re.MULTILINE)


def bind_params(text: str, given: Mapping[str, str]) -> str:
    """``text`` with each declared parameter's VALUES line set to the given value (else its default).

    ValueError names an unknown parameter and lists the query's parameters.
    """
    params = {p.name: p for p in declared_params(text)}
    unknown = sorted(set(given) - set(params))
    if unknown:
        known = ", ".join(params) or "none"
        raise ValueError(f"unknown parameter {unknown[0]!r}; this query's parameters: {known}")
    for param in params.values():
        term = render_term(param, given.get(param.name, param.default))
        match = _values_line(param.name).search(text)
        if match is None:
            raise ValueError(f"parameter {param.name}: the query has no line 'VALUES ?{param.name} {{ … }}'")
        text = f"{text[:match.start()]}{match.group(1)} {term} {match.group(2)}{text[match.end():]}"
    return text
