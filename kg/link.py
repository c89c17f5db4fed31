"""Resolution: mentions of one article → canonical entities.

Places resolve through the gazetteer with the article's own places as context
(新余 → 新余市, 赣县 → 赣县区); government bodies named by level only
(县政协, 区政协, 市委组织部) take the article's main place of that level;
anaphora (该县, 全市, 该区 …) point to that place too.

>>> from kg.types import Mention
>>> book = EntityBook()
>>> book.add(Mention(0, 2, "新余", "Place", attrs=(("level", "prefecture"),)), [])
'新余市'
>>> book.entities["新余市"].aliases
{'新余'}
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from kg.gazetteer import Division, load
from kg.types import Entity, Mention

LEVEL_SUFFIX = {"省": ("province",), "市": ("prefecture", "county"), "县": ("county",), "区": ("county",),
                "乡": ("township",), "镇": ("township",), "街道": ("township",), "村": ("village",),
                "社区": ("village",)}
ANAPHORA = {
    "该省": "省", "全省": "省", "该市": "市", "全市": "市", "本市": "市", "该县": "县", "全县": "县", "本县": "县",
    "该区": "区", "全区": "区", "本区": "区", "该乡": "乡", "全乡": "乡", "该镇": "镇", "全镇": "镇",
    "该街道": "街道", "全街道": "街道", "该村": "村", "全村": "村", "村里": "村", "该社区": "社区",
}


class EntityBook:
    """The entities of one article, keyed by canonical name."""

    def __init__(self) -> None:
        self.entities: dict[str, Entity] = {}
        self.divisions: dict[str, Division] = {}
        self._codes: list[str] | None = None  # context_codes(), until a division is added

    def add(self, mention: Mention, context: Sequence[str]) -> str:
        """Register ``mention`` and return its canonical name."""
        name, attrs, kind = clean_name(mention.text), dict(mention.attrs), mention.kind
        if mention.type == "Place":
            name, attrs = self._place(mention, context)
        elif mention.type == "Organization":
            name = canonical_body(name)
            if _bare_local_body(name):
                attrs = {**attrs, "level": "unresolved"}  # 公安局 with no place of the document to own it
        entity = self.entities.get(name)
        if entity is None:
            entity = self.entities[name] = Entity(name=name, type=mention.type, kind=kind, attrs=attrs)
        elif entity.type == "Organization" and mention.type == "Project":
            entity.type, entity.kind = "Project", ""  # 中医院…主体竣工: a building under construction
        if mention.text != name:
            entity.aliases.add(mention.text)
        entity.spans.append((mention.start, mention.end))
        return name

    def _place(self, mention: Mention, context: Sequence[str]) -> tuple[str, dict]:
        level = mention.attr("level")
        if level == "region":
            from kg.extract.places import region_names

            return region_names().get(mention.text, mention.text), {"level": level}
        if level in ("country", "zone", "village"):
            return mention.text, {"level": level}
        division = load().resolve(mention.text, context)
        if division is not None:
            division = _city_over_far_homonym(division, mention.text, context)
        if division is None:
            return mention.text, {"level": level}
        if not _near_context(division, mention.text, context):
            return mention.text, {"level": "unresolved"}
        if mention.text != division.name and division.level == "township":
            return mention.text, {"level": "unresolved"}  # 朝阳 is not 朝阳镇 without its suffix
        if self.divisions.get(division.name) is not division:
            self.divisions[division.name] = division
            self._codes = None
        parent = load().parent(division)
        attrs = {"level": division.level, "code": division.code, "parent": parent.name if parent else None}
        return division.name, attrs

    def context_codes(self) -> list[str]:
        """Codes of the divisions resolved so far, sorted: the context for the next place."""
        if self._codes is None:
            self._codes = sorted({d.code for d in self.divisions.values()})
        return list(self._codes)


_TERM_RE = re.compile(r"^第?[一二三四五六七八九十]+届")
_PLACE_LED_GOVERNMENT_RE = re.compile(r"^([^委]+(?:省|市|县|区|自治州|自治区))政府$")


def _bare_local_body(name: str) -> bool:
    from kg.lexicons import lexicon

    return name in lexicon("local_bodies")


@lru_cache(maxsize=1)
def central_bodies() -> dict[str, str]:
    """Every name of China's central bodies (``ministries.tsv``: the State Council's departments,
    bureaus and offices, the Party's central organs) → its canonical name (国家发改委 → 国家发展改革委)."""
    from kg.lexicons import lexicon_rows

    return {row.entry: row.extra["name"] for row in lexicon_rows("ministries")}


# a body of the nation (中共中央…, 全国…, 国务院…, 中央…)
_NATIONAL_BODY_RE = re.compile(r"(?:中共中央|党中央|全国|国务院|中央)[\u4e00-\u9fff]")


def glued_abbreviation(name: str) -> int:
    """1 when 京, Beijing's one-character name (GB/T 2260), is glued before a body of the nation, the rest of
    在京|中共中央政治局委员 (the members who are in Beijing), else 0.

    >>> glued_abbreviation("京中共中央政治局"), glued_abbreviation("京全国政协"), glued_abbreviation("京东集团")
    (1, 1, 0)
    """
    return int(name.startswith("京") and _NATIONAL_BODY_RE.match(name, 1) is not None)


_NATION_OPENING_RE = re.compile(r"^(?:国家|中国|中华|全国|中央|中共中央|党中央|国务院)")


def national_body(name: str) -> bool:
    """A body of the nation: a central body of ``ministries.tsv`` or a name opening with the nation
    (中国某某院, 全国某某会, 国家某某局); a party branch (某村党支部) is none.

    >>> national_body("交通运输部"), national_body("中国某某研究院"), national_body("东岭村党支部")
    (True, True, False)
    """
    return bool(_NATION_OPENING_RE.match(name)) or name in central_bodies().values()


def canonical_body(name: str) -> str:
    """One name per body: a term number goes (十四届全国人大常委会 → 全国人大常委会), a central body's
    short form becomes its full name (国家发改委 → 国家发展改革委), a foreign country's abbreviation
    is spelled out (俄外交部 → 俄罗斯外交部), a place's 政府 is its 人民政府, and a local body's
    full name takes the standard short form local news print (甲市发展和改革委员会 → 甲市发改委).

    >>> [canonical_body(n) for n in ("十四届全国人大常委会", "国家发改委", "俄外交部", "甲县政府", "中国外交部")]
    ['全国人大常委会', '国家发展改革委', '俄罗斯外交部', '甲县人民政府', '外交部']
    >>> canonical_body("甲市发展和改革委员会"), canonical_body("甲县卫健委")
    ('甲市发改委', '甲县卫健委')
    """
    from kg.lexicons import lexicon_rows

    bare = _TERM_RE.sub("", name)
    bare = bare[glued_abbreviation(bare):]
    central = central_bodies()
    if bare.startswith("中国") and bare[2:] in central:
        bare = bare[2:]  # 中国国家发展改革委: China's own body, named for a foreign reader
    if bare in central:
        return central[bare]
    for row in lexicon_rows("country_abbreviations"):
        rest = bare[len(row.entry):]
        if bare.startswith(row.entry) and rest in central:
            body = central[rest]  # 俄外交部 → 俄罗斯外交部; 俄央行 is Russia's bank, not 中国人民银行
            return row.extra["name"] + (rest if body.startswith(("中国", "中华人民共和国")) else body)
    match = _PLACE_LED_GOVERNMENT_RE.match(bare)
    if match and not bare.endswith("人民政府"):
        return match.group(1) + "人民政府"
    for row in lexicon_rows("body_abbreviations"):
        head = bare[: -len(row.entry)]
        if bare.endswith(row.entry) and head.endswith(_PLACE_ENDS) and "委" not in head:
            return head + row.extra["name"]  # 甲市发展和改革委员会 → 甲市发改委, the name local news use
    return bare


_PLACE_ENDS = ("省", "市", "县", "区", "州", "旗")


def clean_name(name: str) -> str:
    """A name without invisible or direction characters (zero-width space, BOM, bidi marks).

    >>> clean_name("外交\u200b部\u202c")
    '外交部'
    """
    return _INVISIBLE_RE.sub("", name)


_INVISIBLE_RE = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")


_MUNICIPALITIES = ("11", "12", "31", "50")  # 北京, 天津, 上海, 重庆: their districts are their cities' parts


def _city_over_far_homonym(division: Division, surface: str, context: Sequence[str]) -> Division:
    """A bare name that a prefecture-level city and a district or county share (西安: 西安市 and a 西安区
    of another province) names the city unless the article is inside the county's own city, as a
    province's name wins over a homonym district outside its city (GB/T 2260 levels).

    >>> _city_over_far_homonym(load().resolve("西安", ["230000000000"]), "西安", ["230000000000"]).name
    '西安市'
    >>> _city_over_far_homonym(load().resolve("西安", ["231000000000"]), "西安", ["231000000000"]).name
    '西安区'
    """
    if division.level != "county" or surface == division.name or division.code[:2] in _MUNICIPALITIES:
        return division
    if any(code[:4] == division.code[:4] for code in context):
        return division  # 西安 in an article about 牡丹江市 is its 西安区
    cities = [d for d in load().candidates(surface) if d.level == "prefecture"]
    return cities[0] if len(cities) == 1 else division


def _near_context(division: Division, surface: str, context: Sequence[str]) -> bool:
    """A bare county or township form (天桥, 商城) counts only inside the article's province."""
    if surface == division.name or division.level in ("province", "prefecture"):
        return True
    if not context:
        return False
    province = division.code[:2]
    return any(code[:2] == province for code in context)


def main_places(place_counts: Counter[str], book: EntityBook) -> dict[str, str]:
    """The article's main place for each suffix (县 → 宜丰县): the most mentioned one."""
    chosen: dict[str, str] = {}
    for suffix in LEVEL_SUFFIX:
        names = [n for n in place_counts if n.endswith(suffix) and n in book.entities]
        if names:
            chosen[suffix] = max(names, key=lambda n: (place_counts[n], -len(n), n))
    return chosen


def expand_bare_body(name: str, mains: dict[str, str]) -> str | None:
    """``县政协`` with main county 宜丰县 → ``宜丰县政协``; None when nothing to expand.

    >>> expand_bare_body("县政协", {"县": "宜丰县"})
    '宜丰县政协'
    >>> expand_bare_body("市委组织部", {"市": "樟树市"})
    '樟树市委组织部'
    >>> expand_bare_body("县级医院", {"县": "宜丰县"}), expand_bare_body("区域养老服务中心", {"区": "某区"})
    (None, None)
    """
    from kg.lexicons import lexicon

    if name in lexicon("local_bodies"):
        place = mains.get("县") or mains.get("区") or mains.get("市")
        return place + name if place else None
    if _names_a_class_of_places(name):
        return None  # 县级医院, 区域中心, 省外高校, 村镇银行: a class of places' bodies, no one place's
    for suffix in ("街道", "社区", "县", "市", "区", "乡", "镇", "省", "村"):
        if name.startswith(suffix) and suffix in mains and len(name) > len(suffix) + 1:
            return mains[suffix] + name[len(suffix):]
    return None


def _names_a_class_of_places(name: str) -> bool:
    """Whether a body's name opens with a word for a class of places (lexicon level_class_words: 县级,
    区域, 省外, 市县, 村镇) as the dictionary cuts it, not a level + a word of its own (省|市场监管局,
    省|外经贸集团) nor a short form (省外办).

    >>> _names_a_class_of_places("县级医院"), _names_a_class_of_places("省市场监管局"), _names_a_class_of_places("省外办")
    (True, False, False)
    """
    from kg.lexicon import words
    from kg.lexicons import lexicon

    first = (words(name) or [""])[0]
    return len(name) - len(first) >= 2 and any(first.startswith(w) for w in lexicon("level_class_words"))


def resolve_anaphor(word: str, mains: dict[str, str]) -> str | None:
    """``该县`` → the article's main county, if it has one."""
    suffix = ANAPHORA.get(word)
    return mains.get(suffix) if suffix else None


def merge_short_bodies(book: EntityBook, names: dict) -> None:
    """A body named by the tail of a longer name of the article is that body:
    政协工作联络组 → 桃源县漳江街道办事处政协工作联络组 (kept as an alias); a central body of
    ``ministries.tsv`` keeps its own name."""
    bodies = sorted((e for e in book.entities.values() if e.type == "Organization"), key=lambda e: len(e.name))
    for short in bodies:
        longer = [e for e in bodies if len(e.name) > len(short.name) and e.name.endswith(short.name)]
        if not longer and len(short.name) >= 2:
            # 甲钢 → 甲钢公司, 乙武 → 乙武集团: the same company with its legal suffix
            longer = [e for e in bodies if e.name.startswith(short.name) and e.name[len(short.name):] in COMPANY_TAILS]
            if len(longer) == 1:
                _merge(book, names, short, longer[0])
            continue
        if len(short.name) < 4 or len(longer) != 1 or _cuts_a_place(short.name, longer[0].name) \
                or short.name in central_bodies().values():
            continue  # a central body (全国政协, 外交部) is nobody's tail: 部分|全国政协, 俄罗斯|外交部
        _merge(book, names, short, longer[0])


def _cuts_a_place(short: str, longer: str) -> bool:
    """Whether ``short``, a tail of ``longer``, begins inside a place name of it: 俄罗斯国防部 is no
    tail of 白俄罗斯国防部, while 漳江街道办事处… is one of 桃源县漳江街道办事处….

    >>> _cuts_a_place("俄罗斯国防部", "白俄罗斯国防部"), _cuts_a_place("漳江街道工委", "桃源县漳江街道工委")
    (True, False)
    """
    from kg.extract.places import leading_places

    cut = len(longer) - len(short)
    return any(start < cut < end for start, end in leading_places(longer))


COMPANY_TAILS = ("公司", "集团", "有限公司", "股份有限公司", "集团公司", "集团有限公司", "有限责任公司")


def _merge(book: EntityBook, names: dict, short: Entity, target: Entity) -> None:
    """Fold ``short`` into ``target``: its name becomes an alias, its mentions point at the target."""
    if short.name not in book.entities or short is target:
        return
    target.aliases |= {short.name, *short.aliases}
    target.spans.extend(short.spans)
    del book.entities[short.name]
    for key, value in list(names.items()):
        if value == short.name:
            names[key] = target.name
