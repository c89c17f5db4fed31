"""Whether a company's name tells an industry it develops, or only the sector it was set up for.

A brand before the industry (春鹏锂电, 甲乙新能源科技有限公司) tells what the firm makes; a place's
platform group named by its sector alone (某省能源集团, 某地交通投资发展集团) or a licence type
(消费金融公司) names no brand, and its name alone says no industry is built up.
"""

from __future__ import annotations

from functools import cache

from kg.extract.places import leading_place
from kg.lexicons import lexicon_rows


@cache
def _words(kind: str) -> tuple[str, ...]:
    """Entries of sector_company_words of ``kind``, longest first."""
    rows = lexicon_rows("sector_company_words")
    return tuple(sorted((r.entry for r in rows if r.extra.get("kind") == kind), key=len, reverse=True))


@cache
def _company_suffixes() -> tuple[str, ...]:
    """Legal forms and company words (org_suffixes of kind company), longest first."""
    rows = lexicon_rows("org_suffixes")
    return tuple(sorted((r.entry for r in rows if r.extra.get("kind") == "company"), key=len, reverse=True))


def names_industry(name: str, industry: str) -> bool:
    """Whether ``name`` tells that its company develops ``industry``: a brand stands beside it, or
    it is a plant's short name of place and product alone.

    >>> names_industry("春鹏锂电", "锂电"), names_industry("甲乙新能源科技有限公司", "新能源")
    (True, True)
    >>> names_industry("湖南省能源集团", "能源"), names_industry("四川交通投资发展集团", "交通")
    (False, False)
    >>> names_industry("九江石化", "石化")
    True
    >>> names_industry("天津消费金融公司", "金融"), names_industry("招联消费金融公司", "金融")
    (False, True)
    """
    rest = name[len(leading_place(name)):]
    if rest in _words("licence"):
        return False  # 消费金融公司: a licence type, no brand
    if industry not in rest:
        return industry in name
    left = rest.replace(industry, "", 1)
    if not left:
        return True  # 九江石化: a plant's short name, place and product
    for word in _words("generic") + _company_suffixes():
        left = left.replace(word, "")
    return bool(left)
