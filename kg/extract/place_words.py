"""Whether a place name found in a sentence sits inside another word, so names no place there, and
whether the words before a suffix (村, 镇, 港区…) are a name or a phrase.

A gazetteer or country name is matched as a string; the sentence's words (jieba's dictionary) tell
whether the match is a word of its own: 模范|县 holds no 范县, 马里兰州 no 马里.
"""

from __future__ import annotations

import re
from collections.abc import Container
from functools import lru_cache

from kg.types import Mention

__all__ = ["country_initials", "country_pair", "gap_names_other", "goes_to_place", "half_of_parallel", "in_longer_quote", "inside_idiom", "landform_generics", "names_people", "opens_longer_place", "plain_name", "region_names", "split_name", "straddled"]


def straddled(text: str, start: int, end: int, both: bool) -> bool:
    """The match begins (or, for bare forms, ends) inside a dictionary word of the sentence:
    模范|县 (范县), 一项项|城市 (项城市), 新|乡贤 (新乡), 白杨树 (白杨) — part of other words, not a place."""
    from kg.lexicon import word_boundaries

    left = max(0, start - 6)
    window = text[left:min(len(text), end + 6)]
    boundaries = {left + at for at in word_boundaries(window)}
    return not (start in boundaries or chain_joint_at(text, start)) or (
        both and not (end in boundaries or chain_joint_at(text, end)))


def chain_joints(text: str) -> frozenset[int]:
    """Offsets of ``text`` where a place's name ends and the name of a division within it begins,
    both without suffixes (广西|南宁, 湖南|岳阳: jieba reads 广西南宁 as one word and 湖|南岳|阳), so
    that each is a place of its own; names that are no such chain (南岳, 西南地区) have none.

    >>> sorted(chain_joints("在广西南宁赏花")), sorted(chain_joints("在湖南岳阳")), sorted(chain_joints("西南地区"))
    ([3], [3], [])
    >>> sorted(chain_joints("浙江建德寿昌古镇"))
    [2, 4]
    """
    return frozenset(at for at in range(2, len(text) - 1) if chain_joint_at(text, at))


def chain_joint_at(text: str, at: int) -> bool:
    """Whether ``at`` is one of :func:`chain_joints` of ``text`` (four cached lookups, not a walk of the text)."""
    from kg.gazetteer import load

    outers = [d for size in (2, 3) if at >= size for d in _divisions(text[at - size:at], _OUTER_LEVELS)]
    if not outers:
        return False
    inners = [d for size in (2, 3) if at + size <= len(text) for d in _divisions(text[at:at + size], _INNER_LEVELS)]
    gazetteer = load()
    return any(gazetteer.is_within(i, o) for o in outers for i in inners)


_OUTER_LEVELS = ("province", "prefecture", "county")
_INNER_LEVELS = ("prefecture", "county", "township")


@lru_cache(maxsize=65536)
def _divisions(surface: str, levels: tuple[str, ...]) -> tuple:
    """The divisions of ``levels`` that ``surface`` may name (most two- and three-character strings of a
    sentence name none: one cached lookup each)."""
    from kg.gazetteer import load

    return tuple(d for d in load().candidates(surface) if d.level in levels)


def opens_longer_place(text: str, start: int, end: int) -> bool:
    """The name at ``text[start:end]`` opens a longer word that names a place of its own (马里|兰州)."""
    from kg.lexicon import words

    at = 0
    for word in words(text[start:min(len(text), end + 6)]):
        at += len(word)
        if at >= end - start:
            return at > end - start and word.endswith(("州", "省", "市", "县", "岛", "城"))
    return False


def country_pair(text: str, name: str) -> bool:
    """A two-character short name made of 中 and a country's one-character short name (巴中, 中巴) in a
    sentence about two countries (两国, 双边…) pairs China with that country; it names no city there.

    >>> country_pair("加强巴中各领域合作，造福两国人民", "巴中"), country_pair("四川巴中市经济增长", "巴中")
    (True, False)
    """
    return (len(name) == 2 and "中" in name and name.replace("中", "", 1) in country_initials()
            and bool(_TWO_COUNTRIES_RE.search(text)))


_TWO_COUNTRIES_RE = re.compile(r"两国|双边|双方|中方|建交|友好")


@lru_cache(maxsize=1)
def country_initials() -> frozenset[str]:
    """One-character short names of countries (新华社 外国国名简称: 巴, 俄, 美…)."""
    from kg.lexicons import lexicon

    return frozenset(entry for entry in lexicon("country_abbreviations") if len(entry) == 1)


# words that join two places or things and never sit inside a zone's name
_JOINING_WORDS = frozenset({"与", "和", "及", "同", "或", "至", "到", "往返", "进出", "等"})


def gap_names_other(text: str, place: Mention, at: int, end: int, places: list[Mention]) -> bool:
    """The words between a place and a zone's suffix are the zone's own name: no other place's name
    holds the suffix (甲市与香|港: 港 ends Hong Kong; 甲镇|港中村: it opens a village), and no word
    joining two places or a count stands between (甲至乙|港, 甲机场进出|港, 甲河等13个|港), nor a verb
    opening the gap (甲市|设立|空港综合保税区).

    >>> gap_names_other("上海与香港", Mention(0, 2, "上海", "Place"), 4, 5, [Mention(3, 5, "香港", "Place")])
    True
    >>> gap_names_other("青州新港开港", Mention(0, 2, "青州", "Place"), 3, 4, [])
    False
    """
    from kg.lexicon import pos, words

    if any(other is not place and other.start < end and at < other.end for other in places):
        return True
    gap = words(text[place.end:at])
    if gap and len(gap[0]) >= 2 and pos(gap[0]) == "v" and not gap[0].startswith("无"):  # 无水港: "dry", a kind
        return True  # 甲市|设立|空港综合保税区, 甲市|申建|自贸试验区: the clause's verb, no name's word
    return any(word in _JOINING_WORDS or word.isdigit() for word in gap)


def split_name(pair: str) -> bool:
    """Two characters before a place suffix that may be a name of their own (梅|口村, 东|和村, 人和街道),
    not a verb or function word of the dictionary (受灾村, 通往村, 沿着街道) nor a phrase opened by a
    function word (还|把村, 她|在社区) or closed by a preposition (时|为村).

    >>> split_name("梅口"), split_name("东和"), split_name("受灾"), split_name("还把"), split_name("时为")
    (True, True, False, False, False)
    """
    from kg.lexicon import pos, words

    parts = words(pair)
    tags = [(pos(w) or "x")[:1] for w in parts]
    if len(parts) == 1:
        return tags[0] not in ("v", "p", "r", "z", "d", "a", "f", "s", "t", "u", "c")
    return tags[0] not in ("d", "p", "c", "u", "r") and tags[-1] not in ("p", "u", "r")


def plain_name(part: str) -> bool:
    """The name before a village's suffix holds no function word (蔡家桥 yes; 的某某在 no: a phrase
    running on after the township's name).

    >>> plain_name("蔡家桥"), plain_name("的祖明在"), plain_name("还把")
    (True, False, False)
    """
    from kg.lexicon import pos, words

    return not any((pos(word) or "")[:1] in ("p", "c", "u", "d", "r") for word in words(part))


def inside_idiom(text: str, at: int) -> bool:
    """Whether the character at ``at`` sits inside a dictionary word of four or more characters
    that begins before it (村容|村|貌, 城乡|一体).

    >>> inside_idiom("村容村貌焕然一新", 2), inside_idiom("石溪村党支部", 2)
    (True, False)
    """
    from kg.lexicon import word_boundaries

    left = max(0, at - 6)
    bounds = word_boundaries(text[left:at + 6])
    if at - left in bounds:
        return False
    return min(b for b in bounds if b > at - left) - max(b for b in bounds if b < at - left) >= 4


def in_longer_quote(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` sits inside a quoted phrase longer than itself (“新时代山乡巨变”:
    a slogan, not a township; 省市县乡 is a list of levels — both named by a suffix, neither a place).

    >>> in_longer_quote("助推“新时代山乡巨变”", 3, 8), in_longer_quote("来到“石溪村”", 3, 6)
    (True, False)
    """
    opened = text.rfind("“", 0, start)
    if opened < 0 or text.rfind("”", 0, start) > opened:
        return False
    closed = text.find("”", end)
    return closed != end


@lru_cache(maxsize=1)
def landform_generics() -> tuple[str, ...]:
    """Generic terms of natural features (lexicon landform_generics, after GB/T 18521): 盆地, 山脉, 平原 …"""
    from kg.lexicons import lexicon

    return tuple(sorted(lexicon("landform_generics"), key=len, reverse=True))


@lru_cache(maxsize=1)
def site_heads() -> tuple[str, ...]:
    """Heads of sites named like a place (lexicon site_heads: 村, 大街, 公园, 景区) and of natural features."""
    from kg.lexicons import lexicon

    return tuple(sorted(lexicon("site_heads"), key=len, reverse=True)) + landform_generics()


def names_a_site(text: str, end: int) -> bool:
    """A name ending at ``end`` names the site or landform whose head follows it, not a division or a
    person (某某|村 of another province, 南京|路… a street, 柳林|公园, 黄龙|景区, 滨海|湿地, 大兴安岭|山脉;
    a would-be person's name before 盆地 or 社区).

    >>> names_a_site("眉山市永丰村", 5), names_a_site("永丰县城", 2)
    (True, False)
    >>> names_a_site("着陆在甲-卡鲁米盆地南部", 8), names_a_site("卡鲁米表示", 3), names_a_site("舒卡亚社区", 3)
    (True, False, True)
    """
    return text.startswith(site_heads(), end)


# a quality glued to the suffix makes a planning category of towns or villages (工业重镇, 商贸强镇,
# 文旅名镇: the genre's classes of 国家新型城镇化规划 and work reports), no one place
_CATEGORY_ENDINGS = ("重镇", "强镇", "名镇", "强村", "名村")


def place_category(name: str, generic: set[str]) -> bool:
    """A class of towns or villages, not one: a quality glued to the suffix (工业重镇), or a verb of
    policy before a class the genre names (做强|中心镇, 培育|重点村).

    >>> g = {"中心镇", "重点村"}
    >>> place_category("商贸强镇", g), place_category("做强中心镇", g), place_category("培育重点村", g)
    (True, True, True)
    >>> place_category("石门镇", g), place_category("团结村", g), place_category("强村", g)
    (False, False, False)
    """
    from kg.lexicon import pos, words

    if name.endswith(_CATEGORY_ENDINGS) and name not in _CATEGORY_ENDINGS:
        return True
    before = [name[:-len(g)] for g in generic if name.endswith(g) and len(name) > len(g)]
    return any((pos(words(verb)[0]) or "").startswith("v") for verb in before)


def inside_transliteration(text: str, m: Mention, places: list[Mention]) -> bool:
    """A region glued to a would-be word that ends in a character of the transliteration table and that the
    dictionary does not know or knows as a fragment of a place's name (澳大利|西亚, 玻利尼|西亚) ends a longer
    foreign name: no region of its own; after a common word (覆盖|东北亚) or another place (南亚|东南亚) it stands.

    >>> inside_transliteration("东亚—澳大利西亚迁徙路线", Mention(6, 8, "西亚", "Place", attrs=(("level", "region"),)), [])
    True
    >>> inside_transliteration("网络覆盖东北亚", Mention(4, 7, "东北亚", "Place", attrs=(("level", "region"),)), [])
    False
    """
    from kg.lexicon import frequency, pos, words
    from kg.lexicons import lexicon

    if m.attr("level") != "region" or m.start == 0 or text[m.start - 1] not in lexicon("transliteration_chars"):
        return False
    if any(other.end == m.start for other in places):
        return False
    left, at, before = max(0, m.start - 6), max(0, m.start - 6), ""
    for word in words(text[left:m.end]):
        if at + len(word) == m.start:
            before = word
        at += len(word)
    fragment = (pos(before) or "").startswith(("ns", "nr")) and frequency(before) < 20  # 澳大利, 罗马尼
    return len(before) >= 2 and (frequency(before) == 0 or fragment)


# one-character verbs of going that take a village, a community or a township as their object
# (进村, 出村, 驻村, 入户进社区, 返乡, 回乡, 下乡); 下 only before 乡 and 镇, as 岭下村, 塘下村 are names
_GOING_VERBS = {"村": "进出入驻到回返", "社区": "进出入驻到回返", "乡": "进出入驻到回返下", "镇": "进出入驻到回返下"}


def goes_to_place(before: str, suffix: str) -> bool:
    """The words before a suffix end with a verb of going standing as a word of its own, or negated
    (数据|进|村, 农产品|出|村, 人才|返|乡, 事|不出|村): a phrase saying what goes where, no village's name;
    a name whose last word holds the verb (前进村, 跃进村, 日出村) stays.

    >>> goes_to_place("数据进", "村"), goes_to_place("人才返", "乡"), goes_to_place("前进", "村"), goes_to_place("岭下", "村")
    (True, True, False, False)
    """
    from kg.lexicon import words

    verbs = _GOING_VERBS.get(suffix, "")
    tokens = words(before)
    last = tokens[-1] if tokens else ""
    return bool(verbs) and len(tokens) >= 2 and (len(last) == 1 and last in verbs
                                                 or len(last) == 2 and last[0] in "不没" and last[1] in verbs)


# the landform characters that close both halves of a parallel saying (金山银山, 东山西山, 千山万水);
# 海 and 江 close too many city names listed together (上海|珠海, 浙江|镇江, 珠海|到海南)
_LANDFORM_CHARS = frozenset("山水")


def half_of_parallel(text: str, start: int, end: int, places: Container[str] = ()) -> bool:
    """A bare two-character name ending in a landform character is one half of a four-character
    parallel phrase when the other half ends with the same character (金山|银山, 东山|西山 of a saying:
    A山B山): a figure of speech, no place; 中国|美国 are no landforms, and a list of two places
    (浙江|镇江, 上海|珠海: the other half in ``places``) no saying.

    >>> half_of_parallel("就是金山银山", 2, 4), half_of_parallel("就是金山银山", 4, 6), half_of_parallel("在金山区", 1, 3)
    (True, True, False)
    >>> half_of_parallel("中国美国", 0, 2), half_of_parallel("浙江镇江", 0, 2, {"镇江"})
    (False, False)
    """
    last = text[start + 1:start + 2]
    if end - start != 2 or last not in _LANDFORM_CHARS:
        return False
    halves = (text[end:end + 2], text[max(0, start - 2):start])
    return any(len(half) == 2 and half[1] == last != half[0] and half not in places for half in halves)


@lru_cache(maxsize=1)
def region_names() -> dict[str, str]:
    """Bare forms of regions → their full name (华南 → 华南地区).

    >>> region_names()["华北"]
    '华北地区'
    """
    from kg.lexicons import lexicon_rows

    return {row.entry: row.extra["name"] for row in lexicon_rows("regions") if row.extra.get("name")}


# words that qualify people, before a noun of persons (各国|来宾, 中外|来宾, 现场|来宾): 各 + a group, a
# gathering's scope
_PEOPLE_QUALIFIERS = ("各国", "各界", "各位", "各方", "中外", "现场", "众多", "境外", "四方", "全体", "与会", "海内外", "国内外")


def names_people(text: str, start: int, end: int) -> bool:
    """A bare division name that the dictionary reads as a common noun (来宾 "guests", not 来宾市) names
    people where a plural marker follows it (来宾|们) or a qualifier of people stands before it (各国|来宾).

    >>> names_people("来宾们表示", 0, 2), names_people("中外来宾欢聚", 2, 4), names_people("广西来宾蔗糖", 2, 4)
    (True, True, False)
    """
    from kg.lexicon import pos

    tag = pos(text[start:end]) or ""
    if not tag.startswith("n") or tag.startswith(("ns", "nr", "nz", "nt")):
        return False  # a name for the dictionary too (吉安 ns, 安康 nr)
    return text[end:end + 1] == "们" or text[:start].endswith(_PEOPLE_QUALIFIERS)


def opens_international_body(text: str, start: int, end: int) -> bool:
    """A division's name that opens the name of an international organisation (lexicon
    international_orgs: 上海|合作组织) is the city the body is named after, not a place it acts in.

    >>> opens_international_body("上海合作组织峰会举行", 0, 2), opens_international_body("上海合作交流会", 0, 2)
    (True, False)
    """
    return any(len(name) > end - start for name in _international_bodies() if text.startswith(name, start))


@lru_cache(maxsize=1)
def _international_bodies() -> tuple[str, ...]:
    from kg.lexicons import lexicon

    return tuple(lexicon("international_orgs"))


# what closes a compound of directions or continents (中东|部: the centre and the east; 中东|欧: central and
# eastern Europe): a region's name before it in one word of the dictionary names another area
_COMPOUND_CLOSERS = frozenset("部欧")


def inside_direction_compound(text: str, start: int, end: int) -> bool:
    """A region's name that the dictionary reads as part of a compound of directions (中东部地区, 中东欧国家)
    is no part of that region; one that ends a word stays (中东地区, 东北|部分).

    >>> inside_direction_compound("影响中东部地区", 2, 4), inside_direction_compound("中东欧国家", 0, 2)
    (True, True)
    >>> inside_direction_compound("中东地区局势", 0, 2)
    False
    """
    from kg.lexicon import word_boundaries

    left = max(0, start - 4)
    return text[end:end + 1] in _COMPOUND_CLOSERS and end - left not in word_boundaries(text[left:end + 4])


def country_names_a_water(text: str, start: int, end: int) -> bool:
    """A country's name that opens a river's, a lake's or a sea's, one word for the dictionary (约旦|河西岸,
    刚果|河流域, 印度|河), names that water, not the country; one before a province stays (中国|河南).

    >>> country_names_a_water("以军在约旦河西岸行动", 3, 5), country_names_a_water("中国河南的小麦", 0, 2)
    (True, False)
    """
    from kg.lexicon import word_boundaries

    left = max(0, start - 4)
    return text[end:end + 1] in ("河", "湖", "海") and end - left not in word_boundaries(text[left:end + 4])
