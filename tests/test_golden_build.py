"""Golden file: the facts of seed 002 compared byte for byte with tests/data/golden/.

The extraction rules are still being improved, so this golden changes whenever they do.
After a deliberate change, look at the diff this test prints, then regenerate with::

    KG_UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_golden_build.py

and commit tests/data/golden/002_011b906044fe82a3.json with the rule change.
"""

from __future__ import annotations

import difflib
import json

from conftest import GOLDEN, SEEDS, UPDATE_GOLDEN, run_kg

from kg.io import dumps_json

STEM = "002_011b906044fe82a3"
GOLDEN_FACTS = GOLDEN / f"{STEM}.json"
MAX_DIFF_LINES = 80


def short_diff(expected: str, got: str) -> str:
    """A unified diff cut after its first ``MAX_DIFF_LINES`` differing lines."""
    out: list[str] = []
    changed = 0
    for line in difflib.unified_diff(
        expected.splitlines(), got.splitlines(), "golden", "built", n=2, lineterm=""
    ):
        is_change = line[:1] in "+-" and not line.startswith(("+++", "---"))
        if is_change and changed == MAX_DIFF_LINES:
            out.append("… (diff cut; regenerate with KG_UPDATE_GOLDEN=1 after checking)")
            break
        changed += is_change
        out.append(line)
    return "\n".join(out)


def assert_matches_golden(got: str) -> None:
    if UPDATE_GOLDEN:
        GOLDEN_FACTS.parent.mkdir(parents=True, exist_ok=True)
        GOLDEN_FACTS.write_text(got, encoding="utf-8")
    assert GOLDEN_FACTS.exists(), f"{GOLDEN_FACTS} missing: run KG_UPDATE_GOLDEN=1 pytest {__file__}"
    expected = GOLDEN_FACTS.read_text(encoding="utf-8")
    if got != expected:
        raise AssertionError(
            f"facts of {STEM} differ from {GOLDEN_FACTS.name} "
            f"(KG_UPDATE_GOLDEN=1 pytest tests/test_golden_build.py regenerates it):\n{short_diff(expected, got)}"
        )


def test_facts_of_seed_002_equal_the_golden_file(tmp_path):
    """A build of seed 002 alone writes exactly the golden facts file."""
    out = tmp_path / "out"
    result = run_kg("build", str(SEEDS / f"{STEM}.txt"), "--out", str(out), "-j", "1", "-q", "--no-html")
    assert result.exit_code == 0, result.stderr
    assert_matches_golden((out / "facts" / f"{STEM}.json").read_text(encoding="utf-8"))


def test_facts_of_a_file_do_not_depend_on_the_other_files_of_the_build(seeds_build, tmp_path):
    out = tmp_path / "alone"
    result = run_kg("build", str(SEEDS / f"{STEM}.txt"), "--out", str(out), "-q", "--no-html")
    assert result.exit_code == 0, result.stderr
    alone = (out / "facts" / f"{STEM}.json").read_bytes()
    assert alone == (seeds_build.out / "facts" / f"{STEM}.json").read_bytes()


def test_golden_file_is_canonical_and_about_seed_002():
    text = GOLDEN_FACTS.read_text(encoding="utf-8")
    doc = json.loads(text)
    assert dumps_json(doc) == text
    assert doc["source"] == f"{STEM}.txt"
    assert [a["title"] for a in doc["articles"]][:2] == ["赣县区多措并举推进工业倍增升级", "“微协商”带来大和谐"]


def test_short_diff_stops_after_the_limit():
    expected = "\n".join(f"line {i}" for i in range(300))
    got = "\n".join(f"LINE {i}" for i in range(300))
    diff = short_diff(expected, got).splitlines()
    assert sum(1 for line in diff if line[:1] in "+-" and not line.startswith(("+++", "---"))) == MAX_DIFF_LINES
    assert diff[-1].startswith("… (diff cut")
