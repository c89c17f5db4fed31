"""--help is plain (no typer markers such as {graph}, <bool>, <list[Path]>); usage errors exit 2."""

from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from kg.cli import app

COMMANDS = ["build", "mentions", "facts", "eval", "validate", "query", "serve", "view"]
MARKERS = re.compile(r"\{\w+\}|<(?:bool|int|float|str|path|list\[\w+\])>", re.IGNORECASE)


@pytest.mark.parametrize("command", COMMANDS)
def test_help_has_no_type_markers(command: str) -> None:
    result = CliRunner().invoke(app, [command, "--help"], env={"COLUMNS": "160"})
    assert result.exit_code == 0
    assert not MARKERS.search(result.stdout), MARKERS.findall(result.stdout)


@pytest.mark.parametrize(("command", "usage"), [
    ("build", "kg build [OPTIONS] [SOURCES]..."),
    ("mentions", "kg mentions [OPTIONS] FILE"),
    ("eval", "kg eval [OPTIONS] GOLD_DIR [BUILD_DIR]"),
    ("query", "kg query [OPTIONS] GRAPH [QUERY]"),
    ("view", "kg view [OPTIONS] [DIR]"),
])
def test_usage_line_names_arguments_in_capitals(command: str, usage: str) -> None:
    out = CliRunner().invoke(app, [command, "--help"], env={"COLUMNS": "160"}).stdout
    assert command + " " + usage.split(" ", 2)[2] in out


def test_types_help_lists_the_valid_values() -> None:
    out = CliRunner().invoke(app, ["view", "--help"], env={"COLUMNS": "200"}).stdout
    assert "comma-separated: Place, Organization, Person, Project, Money, Industry, Initiative" in out


@pytest.mark.parametrize("args", [
    ["build", "--jobs", "x"],
    ["build", "--no-such-option"],
    ["mentions"],
    ["view", "--types", "Place,Town"],
    ["view", "--types", ","],
])
def test_usage_errors_exit_2(args: list[str]) -> None:
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2, result.output


def test_types_takes_a_comma_list_and_repeats(tmp_path) -> None:
    from pathlib import Path

    build = Path(__file__).parent / "data" / "browse" / "build"
    out = tmp_path / "v.html"
    result = CliRunner().invoke(app, ["view", str(build), "--types", "Place,Project", "--types", "Money",
                                      "--out", str(out)])
    assert result.exit_code == 0, result.output
    only_places = CliRunner().invoke(app, ["view", str(build), "--types", "Place", "--out", str(out)])
    assert int(result.stdout.split(": ")[1].split()[0]) > int(only_places.stdout.split(": ")[1].split()[0])
