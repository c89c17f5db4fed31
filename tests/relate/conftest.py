"""Helpers for the relation specifications: the triples of an invented one-article text."""

from __future__ import annotations

import pytest

from kg.document import extract_document


def triples(body: str, title: str = "标题", rels: tuple[str, ...] = ()) -> set[tuple[str, str, str]]:
    """(head, rel, tail) of the relations read from ``title`` + blank line + ``body`` (all kinds when ``rels`` is empty)."""
    doc = extract_document("invented.txt", f"{title}\n\n{body}\n")
    return {(r["head"], r["rel"], r["tail"]) for a in doc["articles"] for r in a["relations"]
            if not rels or r["rel"] in rels}


@pytest.fixture
def relations_of():
    return triples
