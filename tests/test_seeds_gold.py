"""The seeds' human gold ships with the project (seeds/gold) and is not read as a source by ``kg build``."""

from __future__ import annotations

import json

import pytest
from conftest import SEEDS, SEEDS_GOLD, seed_paths

from kg.sources import discover


def test_every_seed_has_its_gold_and_the_guide_ships_too() -> None:
    assert [p.stem for p in seed_paths()] == sorted(p.stem for p in SEEDS_GOLD.glob("*.json"))
    assert "Conventions in detail" in (SEEDS_GOLD / "GUIDE.markdown").read_text(encoding="utf-8")


def test_gold_files_are_gold_documents() -> None:
    for path in sorted(SEEDS_GOLD.glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        assert doc["articles"] and all(a["title"] for a in doc["articles"]), path.name


def test_a_build_of_the_seeds_reads_only_the_texts() -> None:
    assert [s.path for s in discover([SEEDS])] == seed_paths()


@pytest.mark.needs_shared("gold")
def test_seeds_gold_is_a_copy_of_shared_gold() -> None:
    from conftest import SHARED

    shared = SHARED / "gold"
    for path in sorted(shared.glob("*.json")):
        assert (SEEDS_GOLD / path.name).read_bytes() == path.read_bytes(), path.name
    assert (SEEDS_GOLD / "GUIDE.markdown").read_bytes() == (shared / "GUIDE.md").read_bytes()


@pytest.mark.parametrize(("ci", "outcome"), [("1", pytest.fail.Exception), ("", pytest.skip.Exception)])
def test_a_missing_shared_file_fails_in_ci_and_skips_elsewhere(monkeypatch: pytest.MonkeyPatch, ci: str,
                                                                outcome: type[BaseException]) -> None:
    from conftest import shared_path

    monkeypatch.setenv("CI", ci)
    with pytest.raises(outcome, match="no-such-file"):
        shared_path("no-such-file")
