"""kg.export.sortedpatch: patching a sorted line file equals sorting the edited set of lines."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from kg.export.sortedpatch import SortedLines, patch_sorted


@pytest.mark.parametrize("seed", range(20))
def test_patch_equals_the_sorted_edited_set(tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    words = ["县", "县城", "a", "ab", "b", "<x> <p> \"1\"", "<x> <p> \"1\"@zh", "~", "z" * 300]
    old = sorted({(rng.choice(words) + str(rng.randint(0, 40))).encode() for _ in range(rng.randint(0, 120))})
    (tmp_path / "old").write_bytes(b"".join(line + b"\n" for line in old))
    removed = rng.sample(old, rng.randint(0, len(old)))
    fresh = {(rng.choice(words) + str(rng.randint(0, 60))).encode() for _ in range(30)} - set(old)
    patch_sorted(tmp_path / "old", tmp_path / "new", removed, fresh)
    expected = sorted((set(old) - set(removed)) | fresh)
    assert (tmp_path / "new").read_bytes() == b"".join(line + b"\n" for line in expected)
    with SortedLines(tmp_path / "new") as lines:
        assert all(lines.has(line) for line in expected)
        assert not any(lines.has(line) for line in removed)
        assert lines.with_prefix(b"") == expected


def test_removing_a_missing_line_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "old").write_bytes(b"a\nc\n")
    with pytest.raises(ValueError, match="missing"):
        patch_sorted(tmp_path / "old", tmp_path / "new", [b"b"], [])
