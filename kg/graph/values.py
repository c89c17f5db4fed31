"""Literal values: exact decimals and ISO 8601 periods as calendar days.

>>> to_decimal(19.4), to_decimal(5000000000), to_decimal("0.700")
(Decimal('19.4'), Decimal('5000000000'), Decimal('0.7'))
>>> period_days("2024-01/2024-06")
('2024-01-01', '2024-06-30')
>>> period_days("2023"), period_days("2024-02"), period_days("Q3") is None
(('2023-01-01', '2023-12-31'), ('2024-02-01', '2024-02-29'), True)
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from decimal import Decimal, InvalidOperation, localcontext

from rdflib import Literal
from rdflib.namespace import XSD

__all__ = ["decimal_literal", "literal", "period_days", "to_decimal"]

# rdflib's Literal(...), each distinct one made once: building a Literal is slow, and the exports remember
# the N-Triples form of a term by its identity (kg.export.terms). ``typed``: 1, 1.0 and True stay apart.
literal = functools.lru_cache(maxsize=2**16, typed=True)(Literal)

_DATE = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")


def to_decimal(value: object) -> Decimal:
    """Exact decimal of a JSON number (floats by their shortest repr, so 19.4 stays 19.4), normalised.

    Raises ValueError for booleans, non-numbers, NaN and infinities.
    """
    if type(value) in (int, float, str, Decimal):  # remembered: the same confidences and values come back often
        try:
            return _known_decimal(value)  # type: ignore[arg-type]
        except TypeError:  # unhashable: a signalling NaN
            pass
    return _to_decimal(value)


@functools.lru_cache(maxsize=2**14, typed=True)
def _known_decimal(value: float | str | Decimal) -> Decimal:
    """Equal Decimals (0.70 and 0.7) share an entry: they normalise to the same number."""
    return _to_decimal(value)


def _to_decimal(value: object) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, (int, float, str, Decimal)):
        raise ValueError(f"not a number: {value!r}")  # noqa: TRY004 - bad facts are user errors (ValueError)
    try:
        number = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    except InvalidOperation:
        raise ValueError(f"not a number: {value!r}") from None
    if not number.is_finite():
        raise ValueError(f"not a finite number: {value!r}")
    with localcontext() as ctx:
        ctx.prec = 400  # exact for any number a news text prints
        number = number.normalize()
    return Decimal(0) if number.is_zero() else Decimal(format(number, "f"))


def decimal_literal(value: object) -> Literal:
    """An ``xsd:decimal`` literal in XSD 1.0 canonical form: no exponent, always a decimal point.

    That is also how Turtle writes decimals, so the lexical form survives any round trip.

    >>> decimal_literal(1e-7), decimal_literal(5000000000)
    (rdflib.term.Literal('0.0000001', datatype=rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#decimal')), \
rdflib.term.Literal('5000000000.0', datatype=rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#decimal')))
    """
    text = format(to_decimal(value), "f")
    return _decimal(text if "." in text else f"{text}.0")


@functools.lru_cache(maxsize=2**12)
def _decimal(text: str) -> Literal:
    return Literal(text, datatype=XSD.decimal)


def _bounds(text: str) -> tuple[dt.date, dt.date] | None:
    match = _DATE.fullmatch(text.strip())
    if not match:
        return None
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        if month is None:
            return dt.date(year, 1, 1), dt.date(year, 12, 31)  # type: ignore[arg-type]
        if day is None:
            last = calendar.monthrange(year, month)[1]  # type: ignore[arg-type]
            return dt.date(year, month, 1), dt.date(year, month, last)  # type: ignore[arg-type]
        return dt.date(year, month, day), dt.date(year, month, day)  # type: ignore[arg-type]
    except ValueError:
        return None


def period_days(period: str | None) -> tuple[str, str] | None:
    """First and last day (ISO dates) of a period ``YYYY[-MM[-DD]]`` or ``A/B``; None if unparsable."""
    if not period:
        return None
    parts = str(period).split("/")
    if len(parts) > 2:
        return None
    first, last = _bounds(parts[0]), _bounds(parts[-1])
    if first is None or last is None or last[1] < first[0]:
        return None
    return first[0].isoformat(), last[1].isoformat()
