"""Would-be names that hold a particle or name a side: an adverb after a name (李强在|会见), a country's
side or army (巴方愿, 乌军正), a city with an adverb or a plural (来宾|们).

>>> side_of_country("乌军正"), without_trailing_adverb(Mention(0, 3, "王明在", "Person")).text
(True, '王明')
"""

from __future__ import annotations

from kg.extract.place_words import landform_generics
from kg.types import Mention

# one-character adverbs, prepositions and particles that follow a name in news (李某在…, 某某还表示,
# 甲乙等出席) and are never read as its last character before a verb of news
_TRAILING_FUNCTION = frozenset("在将还等也就已都又")


def without_trailing_adverb(name: Mention) -> Mention:
    """A would-be name of three characters or more ending in an adverb or particle is the name before
    it (李强在|会见时 → 李强, 普京还|表示 → 普京).

    >>> without_trailing_adverb(Mention(0, 3, "王明在", "Person")).text, without_trailing_adverb(Mention(0, 3, "王明远", "Person")).text
    ('王明', '王明远')
    """
    end = name.end
    while end - name.start >= 3 and name.text[end - name.start - 1] in _TRAILING_FUNCTION:
        end -= 1
    return name if end == name.end else Mention(name.start, end, name.text[:end - name.start], name.type)


def side_of_country(name: str) -> bool:
    """A country, or its one-character short name + 方 / 军 (巴方, 乌军: a side, an army), possibly
    with the adverb after it or the preposition 应 / 向 before it (巴方愿, 南非前, 应埃及), or a city
    with the adverb or plural after it (赣州正, 来宾们), is no person.

    >>> side_of_country("巴方愿"), side_of_country("应埃及"), side_of_country("赣州正"), side_of_country("巴沙尔")
    (True, True, True, False)
    """
    from kg.extract.place_words import country_initials
    from kg.extract.places import countries
    from kg.gazetteer import load

    stem = name[:-1] if name[-1:] in "愿正前们" else name
    stem = stem[1:] if stem[:1] in "应向" and len(stem) >= 3 else stem  # 应|埃及|总理某某邀请
    return (stem in countries() or len(stem) == 2 and stem[1] in "方军" and stem[0] in country_initials()
            or stem != name and any(d.level == "prefecture" for d in load().candidates(stem)))  # 唐山|正, 来宾|们




def names_a_landform(text: str, end: int) -> bool:
    """The would-be name ending at ``end`` is a landform's, its generic term right after it.

    >>> names_a_landform("着陆在甲-卡鲁米盆地南部", 8), names_a_landform("卡鲁米表示", 3)
    (True, False)
    """
    return text.startswith(landform_generics(), end)
