"""Places: administrative divisions from the gazetteer, villages and
communities by suffix, development zones, countries and named regions.

>>> [(m.text, m.attr("level")) for m in find_places("桃源县漳江镇青林村的路灯亮了")]
[('桃源县', 'county'), ('漳江镇', 'township'), ('青林村', 'village')]
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from itertools import compress, count
from operator import add

from kg.extract.place_words import (
    country_names_a_water,
    country_pair,
    gap_names_other,
    goes_to_place,
    half_of_parallel,
    in_longer_quote,
    inside_direction_compound,
    inside_idiom,
    inside_transliteration,
    landform_generics,
    names_a_site,
    names_people,
    opens_international_body,
    opens_longer_place,
    place_category,
    plain_name,
    region_names,
    split_name,
    straddled,
)
from kg.extract.spans import HARD_STOP, LEVEL_LIST_RE, STOP_RE, left_extend, longest_first
from kg.lexicons import lexicon
from kg.types import Mention

# Countries (ISO 3166-1) and named regions: lexicons with their sources under kg/data/lexicons.
DIRECTIONS = ("东北", "东南", "西北", "西南", "中南", "东", "南", "西", "北", "中")


@lru_cache(maxsize=1)
def countries() -> frozenset[str]:
    """Chinese country names (ISO 3166-1 zh_CN, GB/T 2659 short forms).

    >>> "马达加斯加" in countries() and "中国" in countries()
    True
    """
    return lexicon("countries")


@lru_cache(maxsize=1)
def regions() -> frozenset[str]:
    """Named regions: geographic divisions, national strategy regions, continents, and a province's
    abbreviation with a direction (湘西, 皖南) when that is not the name of a division itself.

    >>> "华北地区" in regions() and "皖南" in regions()
    True
    """
    from kg.gazetteer import load

    known = load().surface_forms()
    directed = {a + d for a in lexicon("province_abbreviations") for d in DIRECTIONS}
    return lexicon("regions") | {name for name in directed if name not in known}


VILLAGE_SUFFIX = ("社区", "村")
TOWN_SUFFIX = ("街道", "镇", "乡")
ZONE_SUFFIX = (
    "高新技术产业开发区", "经济技术开发区", "高新区", "经开区", "工业园区", "产业园区", "开发区", "产业园",
    "工业园", "示范区", "新区", "综合保税区", "试验区", "新片区", "科学城", "经济区", "国际陆港", "陆港", "港区", "港",
)
# 港 alone ends a port's name only when no other word goes on (九江港 yes; 港口, 港务 no)
_NOT_AFTER_PORT = set("口务湾城澳股")
GENERIC = {
    "农村", "乡村", "城乡", "全村", "本村", "该村", "各村", "村村", "行政村", "建制村", "自然村", "示范村", "贫困村",
    "新农村", "美丽乡村", "全乡", "该乡", "本乡", "各乡", "全镇", "该镇", "本镇", "各镇", "乡镇", "城镇", "小镇",
    "特色小镇", "集镇", "圩镇", "重点镇", "强镇", "中心镇", "中心村", "小城镇", "产业强镇", "特色镇", "社区", "城市社区", "各社区", "该社区", "全社区", "本社区",
    "街道", "该街道", "全街道", "各街道", "城乡社区", "新区", "园区", "产业园", "工业园区", "开发区",
    "城中村", "老乡", "家乡", "下乡", "返乡", "城区", "示范区", "先行区", "试验区", "上村", "进村", "驻村", "入村",
    "大村", "重点村", "特大镇", "整村", "邻村", "每村", "千村", "万村", "一村", "两村", "三村", "各乡镇", "该乡镇",
}
_NAME_CHARS = r"(?:(?![乡镇])[\u4e00-\u9fff])"
_VILLAGE_RE = re.compile(rf"({_NAME_CHARS}{{2,5}}?)(社区|村)(?![民委组级庄落民务集庄镇])")  # 村镇: villages and towns
_TOWN_RE = re.compile(rf"({_NAME_CHARS}{{2,4}}?)(?<!之)(街道|镇|乡)(?![村民贤亲土情愁党政长镇里下镇长街风])")  # 镇街, 乡风; 某某之乡 a title
_SUFFIX_HINT = re.compile("[街镇乡村社]")  # every match of the two patterns above holds one
# a suffix-named place may begin after any of these
_ANCHOR_RE = re.compile("[" + re.escape("".join(sorted(HARD_STOP | set("在从至到和与及、")))) + "]")


@lru_cache(maxsize=1)
def _surfaces() -> tuple[dict[str, str], frozenset[str]]:
    """Gazetteer surface forms, countries and regions (name → level; a later list wins a clash),
    and every prefix of two or more characters of those names; read back from the table cache of
    :mod:`kg.tablecache` when a copy made from the same data and code is there."""
    from pathlib import Path

    from kg import gazetteer, lexicons, tablecache

    lexicon_files = [Path(lexicons.__file__).with_name("data") / "lexicons" / f"{name}.tsv"
                     for name in ("countries", "regions", "province_abbreviations", "national_new_areas", "foreign_cities")]
    inputs: list[bytes | Path] = [gazetteer.data_bytes(), Path(gazetteer.__file__), Path(lexicons.__file__), Path(__file__),
              *lexicon_files]
    return tablecache.cached_table("place-surfaces", inputs, _build_surfaces)


def _build_surfaces() -> tuple[dict[str, str], frozenset[str]]:
    from kg.gazetteer import load

    levels = {name: "prefecture" for name in lexicon("foreign_cities")}  # a Chinese division of the name wins
    levels.update((surface, level) for surface, level in load().surface_forms().items() if len(surface) >= 2)
    levels.update((name, "country") for name in countries())
    levels.update((name, "region") for name in regions())
    levels.update((name, "zone") for name in lexicon("national_new_areas"))  # 雄安新区: no division
    prefixes = frozenset(name[:k] for name in levels for k in range(2, len(name) + 1))
    return levels, prefixes


def _surface_hits(text: str) -> list[Mention]:
    """Every occurrence of a known place name in ``text``, overlapping ones included: a prefix walk
    from each position whose first two characters begin a name (those positions are picked out by
    ``map`` over the text's character pairs, without a Python loop over every character)."""
    levels, prefixes = _surfaces()
    found = []
    size = len(text)
    for start in compress(count(), map(prefixes.__contains__, map(add, text, text[1:]))):
        end = start + 2
        while text[start:end] in prefixes:
            level = levels.get(text[start:end])
            if level is not None:
                found.append(Mention(start, end, text[start:end], "Place", attrs=(("level", level),)))
            if end == size:
                break
            end += 1
    return found


def _gazetteer_mentions(text: str) -> list[Mention]:
    hits = _surface_hits(text)
    plausible = [m for m in hits if _plausible(text, m)]
    # a region's name with 地区 after it is that region (川东北|地区), not the one ending there (东北地区)
    plausible = [m for m in plausible if not (m.attr("level") == "region" and m.text.endswith("地区") and any(
        o.attr("level") == "region" and o.start < m.start < o.end == m.end - 2 for o in plausible))]
    plausible = [m for m in plausible if not inside_transliteration(text, m, plausible)]  # 澳大利|西亚
    rejected = [r for r in hits if r not in plausible and not any(p.start < r.start < p.end for p in plausible)]
    # a name that begins inside a rejected one is part of that word (滨江|西大道 holds no 江西),
    # one that a rejected name begins inside is not (皖南|山区 keeps 皖南 beside 南山区), nor one after
    # a rejected name that itself begins inside a good one (广西|湖南: 西湖 does not hide 湖南)
    return longest_first(m for m in plausible if not any(r.start < m.start < r.end for r in rejected))


def _plausible(text: str, m: Mention) -> bool:
    """Bare short forms (新余, 赣州) must not be glued inside a longer word."""
    from kg.lexicon import frequency, pos

    level = m.attr("level")
    if frequency(m.text) >= 500 and pos(m.text) not in ("ns", "nr") and level != "region":  # regions: a lexicon's
        return False  # 城区, 郊区: common words that are also the names of a few districts (jieba tags
        # some real places nr: 常德, 华容县)
    if level in ("province", "prefecture", "county"):
        bare = not m.text.endswith(("省", "市", "县", "区", "旗", "州", "盟"))
    else:
        bare = not m.text.endswith(("镇", "乡", "街道"))
    if level != "country" and straddled(text, m.start, m.end, bare and level != "region") \
            or level == "region" and inside_direction_compound(text, m.start, m.end):
        return False  # 中东|部地区: the centre and the east
    if level == "country" and country_names_a_water(text, m.start, m.end):
        return False  # 约旦|河西岸, 刚果|河: a river named so
    if level == "country" and len(m.text) == 2 and (straddled(text, m.start, m.end, False)
                                                   or opens_longer_place(text, m.start, m.end)):
        return False  # 沿|海地|区, 马里兰州: a short country name inside a word is no country
    if m.text[0] in "和与及在于对向从把被将由" and m.start > 0 and "\u4e00" <= text[m.start - 1] <= "\u9fff":
        return False  # 审批|和县…: the conjunction, not 和县
    if bare and level != "country" and (half_of_parallel(text, m.start, m.end, _surfaces()[0]) or names_people(text, m.start, m.end)
                                         or level != "region" and names_a_site(text, m.end)
                                         or level in ("province", "prefecture", "county") and opens_international_body(text, m.start, m.end)):
        return False  # 金山|银山: half of a four-character saying; 永丰|村, 柳林|公园: a site named so; 来宾|们: guests
    if country_pair(text, m.text):
        return False  # 巩固巴中合作…两国: 巴 and 中, two countries, not 巴中市
    after = text[m.end:m.end + 1]
    if level == "township" and after and after in "镇村民贤亲土情愁党政长里下":
        return False
    if level in ("country", "region") or m.text.endswith(("省", "市", "县", "区", "镇", "乡", "街道", "旗", "州")):
        return True
    return after != "" and after not in "人民话" or after == ""


def _name_start(text: str, start: int, suffix_start: int, end: int) -> int | None:
    """Where a suffix-named place really begins (说起|青林村 → 青林村), or None when what is left is a
    common word (家乡, 城区, 行政村) rather than a name."""
    from kg.lexicon import frequency

    begin = left_extend(text, suffix_start, limit=suffix_start - start) if suffix_start > start else start
    if suffix_start - begin < 2 and suffix_start - start == 2 and not STOP_RE.match(text, start) \
            and split_name(text[start:suffix_start]):
        begin = start  # 梅|口|村 right after a county: two characters of a name jieba splits (口 a measure word)
    part, whole = text[begin:suffix_start], text[begin:end]
    if len(part) < 2:
        return None
    if end - suffix_start == 1 and text[suffix_start] in "镇乡" and frequency(text[suffix_start - 1:end]) >= 1000:
        return None  # …城镇: a phrase ending in a common word, not a township
    if frequency(whole) >= 50 or frequency(part) >= 2000:
        return None
    return begin


def _suffix_mentions(text: str, taken: list[Mention]) -> list[Mention]:
    """Villages, communities and townships the gazetteer does not list, named by suffix."""
    out: list[Mention] = []
    if not _SUFFIX_HINT.search(text):
        return out  # neither regex can match without a suffix character
    anchors = sorted({0} | {m.end for m in taken} | {m.end() for m in _ANCHOR_RE.finditer(text)})
    for anchor in anchors:
        while anchor < len(text) and text[anchor] in "在从至到和与及、":
            anchor += 1
        stop = STOP_RE.match(text, anchor)
        if stop:
            anchor = stop.end()
        for regex, level in ((_TOWN_RE, "township"), (_VILLAGE_RE, "village")):
            match = regex.match(text, anchor)
            if not match:
                continue
            if inside_idiom(text, match.start(2)):
                continue  # 村容村貌: the suffix inside a longer word of the dictionary
            name_start = _name_start(text, match.start(), match.start(2), match.end())
            if name_start is None or any(name_start <= t.start and t.end <= match.start(2) for t in taken):
                continue  # 兴国县平川社区: the anchor after 兴国县 yields 平川社区
            match_start = name_start
            name = text[match_start:match.end()]
            if name in GENERIC or name[:1] in "该全各本每某这那其" or any(w in name for w in ("乡村", "城乡", "农村")) \
                    or place_category(name, GENERIC) or goes_to_place(text[match_start:match.start(2)], match.group(2)) \
                    or LEVEL_LIST_RE.fullmatch(name) or in_longer_quote(text, match_start, match.end()):
                continue
            mention = Mention(match_start, match.end(), name, "Place", attrs=(("level", level),))
            out.append(mention)
            # a village right after this township: 湘江镇澄塘村
            follow = _VILLAGE_RE.match(text, match.end())
            if (level == "township" or name.endswith("社区")) and follow and follow.group(0) not in GENERIC \
                    and plain_name(follow.group(1)):
                out.append(Mention(follow.start(), follow.end(), follow.group(0), "Place", attrs=(("level", "village"),)))
    return out


def _zone_mentions(text: str, places: list[Mention]) -> list[Mention]:
    """Development zones and parks: a place (or its bare form) + up to 4 characters + a zone suffix."""
    out = []
    for place in places:
        for suffix in ZONE_SUFFIX:
            # the nearest occurrence after a gap of at most 4; punctuation before it is before any farther one
            at = text.find(suffix, place.end, place.end + 4 + len(suffix))
            if at < 0:
                continue
            end = at + len(suffix)
            if suffix == "港" and (text[end:end + 1] in _NOT_AFTER_PORT or text[place.end:end] in _surfaces()[0]):
                continue  # 广西|贵港 is a city, not a port of Guangxi
            if any(c in HARD_STOP for c in text[place.end:end]) or gap_names_other(text, place, at, end, places):
                continue
            out.append(Mention(place.start, end, text[place.start:end], "Place", attrs=(("level", "zone"),)))
    return out


MODIFIED_NOUN_TAGS = ("n", "nz", "vn", "an", "b", "nr")
# The home country is the genre's one country used as an adjective (中国式, 中国特色, 中国企业); a foreign
# country before a noun (某国经济) is still the place spoken of.
HOME_COUNTRY = frozenset({"中国", "我国"})


def _modifier(text: str, m: Mention) -> bool:
    """A country name used as a modifier of the noun after it (中国式现代化, 中国特色, 中国企业) names
    no place; before a title (美国总统), a verb or punctuation it does.

    >>> _modifier("发展中国企业", Mention(2, 4, "中国", "Place")), _modifier("来自中国的游客", Mention(2, 4, "中国", "Place"))
    (True, False)
    """
    from kg.lexicon import tagged

    after = text[m.end:m.end + 6]
    if not after or not "\u4e00" <= after[0] <= "\u9fff":
        return False
    pieces = tagged(text[m.start:m.end + 6])
    if not pieces or pieces[0][0] != m.text:
        return True  # glued to what follows (中国式)
    if len(pieces) < 2:
        return False
    word, tag = pieces[1]
    return tag in MODIFIED_NOUN_TAGS and word not in lexicon("positions") and not word.startswith(("政府", "人民"))


def _bare_region_listed(text: str, m: Mention, places: list[Mention]) -> bool:
    """A bare region form (华南) counts only in a list or before 等 / 地区 (华南、江南等地); after 、
    alone, only when the item before is a place too (东北虎、东北豹 lists animals).

    >>> _bare_region_listed("华北、东北大部", Mention(3, 5, "东北", "Place"), [Mention(0, 2, "华北", "Place")])
    True
    >>> _bare_region_listed("东北虎、东北豹", Mention(4, 6, "东北", "Place"), [Mention(0, 2, "东北", "Place")])
    False
    """
    if m.text not in region_names():
        return True
    after = text[m.end:m.end + 1]
    if after in ("、", "等", "和", "及", "与"):
        return True
    return text[m.start - 1:m.start] == "、" and any(p.end == m.start - 1 for p in places)


_AREA_RE = re.compile(r"([\u4e00-\u9fff]{2,6})地区")
_REACHES = frozenset({"上游", "中游", "下游", "中下游", "中上游", "流域", "沿岸"})


def _named_areas(text: str) -> list[Mention]:
    """Regions named by a proper name + 地区 (江南地区, 长江中下游地区): every word before 地区 is a
    place name of the dictionary or a river's reach, read from 地区 back to the shortest such name
    (英国英格兰地区 → 英格兰地区). A known region, country or province before 地区 (长三角地区, 新疆地区)
    is left to the gazetteer; common words (沿海地区, 贫困地区) are no names; a county's homonym
    gives way (江汉地区 is no 江汉区).

    >>> [m.text for m in _named_areas("巴尔干地区和黄河中下游地区降雨偏多，沿海地区、长三角地区风力加大")]
    ['巴尔干地区', '黄河中下游地区']
    """
    from kg.lexicon import pos, word_boundaries, words

    out = []
    levels = _surfaces()[0]
    for match in _AREA_RE.finditer(text) if "地区" in text else ():
        end = match.end(1)
        for start in range(end - 2, max(match.start(1), end - 6) - 1, -1):
            stem = text[start:end]
            if levels.get(stem) in ("province", "prefecture", "country", "region") or stem in landform_generics():
                break  # the gazetteer's own name; a terrain (平原|地区, 丘陵|地区) is no region's name
            tokens = words(stem)
            if (pos(tokens[0]) or "").startswith("ns") and all(
                    (pos(w) or "").startswith("ns") or w in _REACHES for w in tokens[1:]) \
                    and start in word_boundaries(text):
                out.append(Mention(start, match.end(), text[start:match.end()], "Place", attrs=(("level", "region"),)))
                break
    return out


def find_places(text: str) -> list[Mention]:
    """Place mentions in one sentence, offsets into ``text``."""
    hits = _gazetteer_mentions(text)
    gazetteer = [m for m in hits if not (m.attr("level") == "country" and m.text in HOME_COUNTRY and _modifier(text, m))
                 and _bare_region_listed(text, m, hits) and m.text not in landform_generics()]  # 平原: a terrain
    suffixed = _suffix_mentions(text, gazetteer) + _named_areas(text)
    base = longest_first(gazetteer + [m for m in suffixed if not any(g.start <= m.start and m.end <= g.end for g in gazetteer)])
    zones = longest_first(_zone_mentions(text, base))
    areas = [Mention(m.start, area.end(), text[m.start:area.end()], "Place", attrs=(("level", "region"),))
             for m in base if (area := _METRO_RE.match(text, m.end))]  # 沈阳|都市圈: a region around the city
    return sorted(set(base + zones + areas), key=lambda m: (m.start, m.end))


# the regions named after their cities (国家发展改革委 都市圈 and 城市群 plans)
_METRO_RE = re.compile(r"都市圈|城市群|经济圈")


def leading_place(name: str) -> str:
    """The longest known place name (gazetteer, country or region) a name begins with, suffix or
    not; '' when none.

    >>> leading_place("香港机场"), leading_place("娄底硅钢"), leading_place("蓝思科技")
    ('香港', '娄底', '')
    """
    return max((hit.text for hit in _surface_hits(name) if hit.start == 0), key=len, default="")


def leading_places(text: str, keep: Callable[[str], bool] | None = None) -> list[tuple[int, int]]:
    """(start, end) of the chain of known place names ``text`` opens with, longest first at each
    step: 桃源县漳江… → [(0, 3), (3, 5)]; 大兴国际机场 → [(0, 2)] (兴国 inside it is no link). With
    ``keep``, only the names it keeps make links (``Gazetteer.names_division``: counties and above).

    >>> leading_places("白俄罗斯国防部"), leading_places("大兴国际机场")
    ([(0, 4)], [(0, 2)])
    """
    hits = [hit for hit in _surface_hits(text) if keep is None or keep(hit.text)]
    chain: list[tuple[int, int]] = []
    at = 0
    while True:
        ends = [hit.end for hit in hits if hit.start == at]
        if not ends:
            return chain
        chain.append((at, max(ends)))
        at = max(ends)


def places_ending_at(text: str, end: int, *, divisions_only: bool = False) -> list[str]:
    """Known place names (gazetteer, country or region; with ``divisions_only`` the gazetteer's
    divisions of China alone) of ``text`` that end at offset ``end``.

    >>> places_ending_at("助推青原区老介福", 5), places_ending_at("中国“三北”工程", 2, divisions_only=True)
    (['青原区'], [])
    """
    window = text[max(0, end - 12):end]
    return [hit.text for hit in _surface_hits(window) if hit.end == len(window)
            and not (divisions_only and hit.attr("level") in ("country", "region"))]
