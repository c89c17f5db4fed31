"""Every rule is registered by name with the kinds it yields; nothing else runs, nothing undeclared passes."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import pytest

import kg.relate
from kg.relate import relate_article
from kg.relate.registry import (
    REGISTRY,
    RELATION_KINDS,
    RelationRule,
    UndeclaredRelation,
    registered_rules,
    relation_rule,
)
from kg.schema import RELATIONS
from kg.types import Evidence

RULE_MODULES = [importlib.import_module(f"kg.relate.{info.name}") for info in pkgutil.iter_modules(kg.relate.__path__)
                if info.name.startswith("rules_")]


def test_the_kinds_are_the_schemas():
    assert set(RELATION_KINDS) == set(RELATIONS)


def test_every_public_rule_function_is_registered():
    public = {(m.__name__, name) for m in RULE_MODULES for name, f in inspect.getmembers(m, inspect.isfunction)
              if f.__module__ == m.__name__ and hasattr(f, "rule_name")}
    assert len(public) >= 10
    registered = {(r.func.__module__, r.func.__name__) for r in registered_rules()}
    assert public == registered


def test_relate_runs_only_registered_rules():
    assert [r.name for r in registered_rules()] == list(REGISTRY)
    assert all(isinstance(r, RelationRule) for r in registered_rules())
    assert relate_article.__module__ == "kg.relate"


def test_an_undeclared_kind_is_refused_at_registration():
    with pytest.raises(UndeclaredRelation, match="unknown relation kinds"):
        relation_rule("demo.bad", produces=("likes",), registry={})


def _evidence(rule: str) -> Evidence:
    return Evidence("x.txt", 0, "句子。", 0, 3, rule, 0.5)


@pytest.mark.parametrize(("rel", "rule", "ok"), [
    ("partOf", "partOf.demo", True),
    ("locatedIn", "locatedIn.demo", False),  # a kind the rule did not declare
    ("partOf", "locatedIn.demo", False),     # evidence named after another kind
])
def test_a_rule_yielding_an_undeclared_kind_fails(rel, rule, ok):
    registry: dict[str, RelationRule] = {}

    @relation_rule("demo", produces=("partOf",), registry=registry)
    def demo(ctx):
        yield "甲镇", rel, "乙县", _evidence(rule)

    run = lambda: list(registry["demo"](None))
    if ok:
        assert run()[0][:3] == ("甲镇", "partOf", "乙县")
    else:
        with pytest.raises(UndeclaredRelation, match="demo yielded"):
            run()


def test_a_name_is_registered_once():
    registry: dict[str, RelationRule] = {}
    relation_rule("twice", produces=("partOf",), registry=registry)(lambda ctx: iter(()))
    with pytest.raises(ValueError, match="registered twice"):
        relation_rule("twice", produces=("partOf",), registry=registry)(lambda ctx: iter(()))
