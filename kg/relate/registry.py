"""The registry of relation rules: each rule is registered by name with the relation kinds it yields.

A rule that is not registered does not run; a rule that yields a kind it did not declare is an
error (:class:`UndeclaredRelation`), as in spaCy's factories that declare what they assign.

>>> @relation_rule("demo.echo", produces=("partOf",), registry={})
... def echo(ctx):
...     yield from ()
>>> echo.rule_name, sorted(echo.produces)
('demo.echo', ['partOf'])
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from kg.schema import RELATIONS
from kg.types import Evidence

if TYPE_CHECKING:
    from kg.relate.context import ArticleContext

RELATION_KINDS = tuple(RELATIONS)  # the relation kinds of kg.schema (those of the gold GUIDE)

Triple = tuple[str, str, str, Evidence]
RuleFunction = Callable[["ArticleContext"], Iterator[Triple]]


class UndeclaredRelation(ValueError):
    """A rule yielded a relation kind it did not declare, or declared one the schema lacks."""


@dataclass(frozen=True)
class RelationRule:
    """A registered rule: its name, the kinds it yields and the function."""

    name: str
    produces: frozenset[str]
    func: RuleFunction

    def __call__(self, ctx: ArticleContext) -> Iterator[Triple]:
        for head, rel, tail, evidence in self.func(ctx):
            if rel not in self.produces or evidence.rule.split(".")[0] not in self.produces:
                raise UndeclaredRelation(f"rule {self.name} yielded {rel} ({evidence.rule}), "
                                         f"declared {sorted(self.produces)}")
            yield head, rel, tail, evidence


REGISTRY: dict[str, RelationRule] = {}


def relation_rule(name: str, *, produces: tuple[str, ...],
                  registry: dict[str, RelationRule] | None = None) -> Callable[[RuleFunction], Any]:
    """Register the decorated function as rule ``name`` yielding the kinds ``produces``."""
    unknown = [kind for kind in produces if kind not in RELATION_KINDS]
    if unknown or not produces:
        raise UndeclaredRelation(f"rule {name} declares unknown relation kinds {unknown or 'none'}")
    target = REGISTRY if registry is None else registry

    def register(func: RuleFunction) -> RuleFunction:
        if name in target:
            raise ValueError(f"rule {name} is registered twice")
        target[name] = RelationRule(name, frozenset(produces), func)
        func.rule_name, func.produces = name, frozenset(produces)  # type: ignore[attr-defined]
        return func

    return register


def registered_rules() -> list[RelationRule]:
    """The registered rules in registration order (``kg.relate`` imports :mod:`kg.relate.rules`, which
    registers every rule module)."""
    return list(REGISTRY.values())
