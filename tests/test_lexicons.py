"""Every packaged lexicon parses and every entry names its source."""

from __future__ import annotations

import pytest

from kg.lexicons import LexiconError, lexicon_names, lexicon_rows, parse_lexicon


@pytest.mark.parametrize("name", lexicon_names())
def test_every_packaged_lexicon_has_a_source_per_entry(name):
    rows = lexicon_rows(name)
    assert rows, f"{name}.tsv is empty"
    assert all(row.source for row in rows)


@pytest.mark.parametrize(
    "text, problem",
    [
        ("word\tsource\n钢铁\tGB/T 4754\n", "header"),
        ("entry\tsource\n钢铁\n", "no source"),
        ("entry\tsource\n\tgenre word\n", "empty entry"),
    ],
)
def test_malformed_lexicon_is_refused_with_its_line(text, problem):
    with pytest.raises(LexiconError, match=problem):
        parse_lexicon(text, "demo")


def test_extra_columns_are_read_by_header_name():
    rows = parse_lexicon("entry\tsource\tlevel\n长三角\tgenre word\tregion\n", "demo")
    assert rows[0].extra == {"level": "region"}
