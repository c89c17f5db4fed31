"""Where a body's name begins, beyond the walk to the first function word: a department's standard
name that joins two fields with 和 (住房和城乡建设局), another body joined to it by 和 (甲局和|县教育局),
a verb of the clause before a place (建设|某市某大学); and the heads of named works, which no firm's
name ends in.

>>> verb_before_place("建设长春理工大学中山"), after_joined_body("甲县财政局和县教育局", 0, 9)
(2, 6)
"""

from __future__ import annotations

from functools import lru_cache

from kg.lexicons import lexicon_rows


def after_joined_body(text: str, start: int, suffix: int) -> int:
    """A name begins after another body's name joined to it by 和, 及 or 与 (甲县财政局和|县教育局:
    the dictionary reads 局|和县 as the county 和县).

    >>> after_joined_body("甲县财政局和县教育局", 0, 9), after_joined_body("甲县住房和城乡建设局", 0, 9)
    (6, 0)
    """
    from kg.extract.org_words import _SUFFIX_RE

    cut = start
    for match in _SUFFIX_RE.finditer(text, start, suffix):
        if text[match.end():match.end() + 1] in ("和", "及", "与"):
            cut = max(cut, match.end() + 1)
    return cut


@lru_cache(maxsize=1)
def works_heads() -> tuple[str, ...]:
    """The heads of named works (lexicon facilities, kind work: 铁路, 灌区, 水库…)."""
    return tuple(row.entry for row in lexicon_rows("facilities") if row.extra.get("kind") == "work")


@lru_cache(maxsize=1)
def standard_names() -> tuple[str, ...]:
    """The standard names of local departments that join two fields with 和 (住房和城乡建设局,
    发展和改革委员会: lexicons local_bodies and body_abbreviations), with the province's 厅 for a
    county's 局 (机构编制: 省某某厅, 市县某某局), longest first."""
    names = {row.entry for name in ("local_bodies", "body_abbreviations") for row in lexicon_rows(name) if "和" in row.entry}
    names |= {name[:-1] + "厅" for name in names if name.endswith("局")}
    return tuple(sorted(names, key=lambda n: (-len(n), n)))


def standard_name_start(text: str, end: int) -> int | None:
    """Where a department's standard name with 和 ending at ``end`` begins (the walk to a name's left
    edge stops at 和 and at 城乡建设, which the dictionary tags an idiom).

    >>> standard_name_start("甲县住房和城乡建设局负责人", 10), standard_name_start("甲县教育局", 5)
    (2, None)
    """
    return next((end - len(name) for name in standard_names() if text.startswith(name, end - len(name))), None)


def verb_before_place(head: str) -> int:
    """Length of a verb that may sit inside a body's name (建设, 服务: 建设银行, 某某服务中心) when it
    opens the name right before a place: the verb of the clause (建设|某市理工大学某研究院), not the name's.

    >>> verb_before_place("建设长春理工大学中山"), verb_before_place("建设")
    (2, 0)
    """
    from kg.extract.places import leading_place
    from kg.extract.spans import NAME_VERBS
    from kg.lexicon import words

    tokens = words(head)
    if len(tokens) < 2 or tokens[0] not in NAME_VERBS:
        return 0
    return len(tokens[0]) if leading_place(head[len(tokens[0]):]) else 0
