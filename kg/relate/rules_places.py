"""Where things are: ``partOf`` between places, ``locatedIn`` for bodies and projects.

``崇义县人民法院`` → locatedIn 崇义县 (its name begins with the place); ``兴国县湘江镇`` → 湘江镇 partOf 兴国县.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.places import leading_place
from kg.lexicons import lexicon, lexicon_rows
from kg.link import national_body
from kg.relate.actors import SELF_REFERENCE_RE, resolve_self_reference
from kg.relate.context import ArticleContext, clause_start
from kg.relate.located_hosts import hosted_in
from kg.relate.registry import Triple, relation_rule
from kg.relate.rules_projects import counted_set
from kg.types import Mention


@relation_rule("located_in", produces=("locatedIn",))
def located_in(ctx: ArticleContext) -> Iterator[Triple]:
    """An organisation or project placed by its name (崇义县人民法院 → 崇义县), by a township or village
    named in its sentence, by a verb of settling (落户某某高新区), or by the article's own place when the
    sentence counts it among the place's things (全县共有…医院)."""
    places = {alias: name for name, e in ctx.book.entities.items() if e.type == "Place"
              and e.attrs.get("level") != "unresolved" and not _ambiguous_division(name, e.attrs)
              for alias in {name, *e.aliases}}
    for index, m, name in ctx.named("Organization", "Project"):
        if name in _INTERNATIONAL_ORGS:
            continue  # 上海合作组织 lies in no place its name begins with, nor in the sentence's
        if m.type == "Project" and counted_set(ctx.units[index][0].text, m):
            continue  # 某省谋划重点项目101个: a set of works, no particular one
        chain = own_places(ctx, place_chain(name, places))
        for place in _named_places(ctx, name, chain, places):
            yield name, "locatedIn", place, ctx.evidence(index, "locatedIn.name_prefix", 0.85)
        branch = None if chain else branch_place(name, places)
        if branch and ctx.book.entities[branch].attrs.get("code"):
            yield name, "locatedIn", branch, ctx.evidence(index, "locatedIn.branch_name", 0.75)
        settled = _settled_in(ctx, index, m)
        for place in [settled, *_zone_place(ctx, settled, places)] if settled else []:
            yield name, "locatedIn", place, ctx.evidence(index, "locatedIn.settles", 0.7)
        host = None if settled or branch else hosted_in(ctx, index, m)
        if host and host not in chain:  # 某省某大学某学院 settling in a county: the county hosts it
            yield name, "locatedIn", host, ctx.evidence(index, "locatedIn.hosted", 0.65)
        if chain or settled or branch or host:
            continue
        local = [p for p in ctx.units[index][1] if p.type == "Place" and p.attr("level") in ("township", "village")
                 and not (p.start >= m.start and p.end <= m.end)]
        if len(local) == 1 and not national_body(name) and not opens_a_title(ctx.units[index][1], local[0]):
            place_name = ctx.name_of(index, local[0])
            if place_name:
                yield name, "locatedIn", place_name, ctx.evidence(index, "locatedIn.sentence_place", 0.55)
        elif not local:
            own = _own_place(ctx, index, m)
            scene = None if own else _scene_place(ctx, index, m)
            if own:
                yield name, "locatedIn", own, ctx.evidence(index, "locatedIn.self_reference", 0.6)
            elif scene:
                yield name, "locatedIn", scene, ctx.evidence(index, "locatedIn.scene", 0.6)
            elif m.kind == "company" and _listed_with_home(ctx, index, m):
                yield name, "locatedIn", ctx.subject or "", ctx.evidence(index, "locatedIn.listed_in_place", 0.6)


def _ambiguous_division(name: str, attrs: dict) -> bool:
    """A county's or a township's bare form the gazetteer could not tell apart (龙门: 龙门县 of Guangdong or
    another 龙门) has no code and no suffix of a division: no work or body is placed in it by its name; a
    foreign city (东京, lexicon foreign_cities) has no code of ours and stays.

    >>> _ambiguous_division("龙门", {"level": "county"}), _ambiguous_division("青石镇", {"level": "township"})
    (True, False)
    >>> _ambiguous_division("新余市", {"level": "prefecture", "code": "1"}), _ambiguous_division("美国", {"level": "country"})
    (False, False)
    >>> _ambiguous_division("东京", {"level": "prefecture"})
    False
    """
    return (attrs.get("level") in ("province", "prefecture", "county", "township") and not attrs.get("code")
            and not name.endswith(_DIVISION_ENDINGS) and name not in lexicon("foreign_cities"))


_DIVISION_ENDINGS = ("省", "市", "县", "区", "旗", "州", "盟", "乡", "镇", "街道", "苏木")


# international and regional organisations (上海合作组织, 东盟) lie in no place their names begin with
_INTERNATIONAL_ORGS = lexicon("international_orgs") | {row.extra["name"] for row in lexicon_rows("international_orgs")
                                                       if row.extra.get("name")}


def own_places(ctx: ArticleContext, chain: list[str]) -> list[str]:
    """The places of a name's opening chain up to a country after its first place: a country lies in
    no other place, so 美国|哥伦比亚广播公司 names 哥伦比亚 as part of the company's name."""
    for i, place in enumerate(chain[1:], start=1):
        if ctx.level_of(place) == "country":
            return chain[:i]
    return chain


# a work that builds a place in phases (某港一期, 某园区二期) lies where that place lies, not inside it
_PHASE_RE = re.compile(r"[一二三四五六七八九十]期(?:工程|项目)?|(?:改)?扩建(?:工程|项目)?")


def _named_places(ctx: ArticleContext, name: str, chain: list[str], places: dict[str, str]) -> list[str]:
    """The places a name opening with ``chain`` lies in: the last, with the province named before it,
    and the city before a county (鹰潭市余江区融媒体中心 → 余江区, 鹰潭市; 江西某某县…电站 → 某某县, 江西省);
    a phase of a zone (某港一期) where that zone lies."""
    if chain and ctx.level_of(chain[-1]) == "zone":
        zone = max((a for a, p in places.items() if p == chain[-1] and name.startswith(a)), key=len, default="")
        if zone and _PHASE_RE.fullmatch(name[len(zone):]):
            chain = place_chain(chain[-1], places)
    if not chain:
        return []
    upper = ("province", "prefecture") if ctx.level_of(chain[-1]) == "county" else ("province",)
    return chain[-1:] + [p for p in chain[:-1] if ctx.level_of(p) in upper]


def _zone_place(ctx: ArticleContext, zone: str, places: dict[str, str]) -> list[str]:
    """The place a zone's name opens with (上海临港新片区 → 上海市): what settles in the zone is there too."""
    return place_chain(zone, places)[-1:] if ctx.level_of(zone) == "zone" else []


# a branch or site named after the place it is in, behind its owner (某公司某县分公司, 某集团某县电厂)
_BRANCH_HEAD_RE = re.compile(r"(?:分公司|子公司|分行|支行|分院|分校|学院|研究生院|电厂|工厂|分厂|办事处|分中心|营业部)$")


def branch_place(name: str, places: dict[str, str]) -> str | None:
    """The place right before a branch head inside a name that does not open with a place.

    >>> branch_place("青石保险九江分公司", {"九江": "九江市"}), branch_place("青石九江公司", {"九江": "九江市"})
    ('九江市', None)
    """
    head = _BRANCH_HEAD_RE.search(name)
    if head is None:
        return None
    found = [p for p in places if 0 < len(p) and name.endswith(p, 1, head.start())]
    return places[max(found, key=len)] if found else None


_SETTLE_RE = re.compile(r"(?:签约|正式|成功|已|已经)?(?:落户|入驻|位于|坐落于|坐落在|扎根|落地|选址)(?:于|在|到)?$")
# what may stand between a listed body and the verb: the rest of its list (、乙、丙等12家重点基金)
_LIST_TAIL_RE = re.compile(r"^(?:[、和及与][^，。；、]{1,20})*(?:等[^，。；]{0,10})?")


def _settled_in(ctx: ArticleContext, index: int, body: Mention) -> str | None:
    """``某某公司落户某某高新区``, ``甲、乙等企业签约落地某区`` → that place (the first place after the verb)."""
    found = settlement(ctx, index, body)
    return found[0] if found else None


def settlement(ctx: ArticleContext, index: int, body: Mention) -> tuple[str, str] | None:
    """(the place, the verb) of :func:`_settled_in`: ``甲签约落地乙区`` → (乙区, 签约落地)."""
    text, mentions = ctx.units[index]
    named = [m for m in mentions if m.type in ("Organization", "Project")]
    after = sorted((p for p in mentions if p.type == "Place" and p.start >= body.end
                    and not any(o.start <= p.start and p.end <= o.end for o in named)), key=lambda p: (p.start, -p.end))
    for place in after[:1]:
        between = text.text[body.end:place.start]
        verb = _SETTLE_RE.search(between)
        name = ctx.name_of(index, place)
        if verb and name and _LIST_TAIL_RE.fullmatch(between[:verb.start()]):
            return name, verb.group()
    return None


def _listed_with_home(ctx: ArticleContext, index: int, body: Mention) -> bool:
    """A company in a list (甲、乙等企业) of a sentence that names the article's own place (or 全县)."""
    home = ctx.subject
    text = ctx.units[index][0].text
    if not home or ctx.type_of(home) != "Place" or text[body.end:body.end + 1] not in ("、", "等") \
            and text[body.start - 1:body.start] != "、":
        return False
    if national_body(body.text) or _brought_in_list(text, body.start):
        return False  # 中国移动、国家电投联建…; 与阿里、百度等企业签约, 招引甲银行、乙银行: bodies of elsewhere
    names = {home, *ctx.book.entities[home].aliases}
    self_refs = (resolve_self_reference(w.group(), ctx.mains) for w in SELF_REFERENCE_RE.finditer(text))
    return any(n in text for n in names) or home in self_refs


# a partner's preposition opening its clause (，与甲、乙签约; not 甲公司与乙公司重组, a pair) or a verb of
# bringing in (招引甲银行、乙银行) opening a list: its bodies come from elsewhere, none is the place's own
_OPENING = r"(?:(?:^|积极|主动|分别|先后|相继|并|还|已)与|招引|引进|吸引|引入)"
_BROUGHT_IN_RE = re.compile(_OPENING + "$")
_FIRST_ITEM_RE = re.compile(_OPENING + r"[^，。；：与]{1,12}$")


def _brought_in_list(text: str, start: int) -> bool:
    """Whether the list holding the body at ``start`` (甲、乙、丙: short names joined by 、) opens with a
    partner's preposition or a verb of bringing in.

    >>> _brought_in_list("会上，与甲科技、乙集团等企业签约", 8), _brought_in_list("招引甲银行、乙银行等落地", 6)
    (True, True)
    >>> _brought_in_list("推进甲集团、乙集团重组", 6), _brought_in_list("甲集团与乙集团、丙集团重组", 8)
    (False, False)
    >>> _brought_in_list("与中石油共同组建甲油气勘探公司、乙管道公司", 16)
    False
    """
    parts = text[clause_start(text, start):start].split("、")
    if len(parts) == 1 or parts[-1]:
        return bool(_BROUGHT_IN_RE.search(parts[-1]))
    if any(len(item) > 12 for item in parts[1:-1]):
        return False
    return bool(_FIRST_ITEM_RE.search(parts[0]))


# bodies of the nation (国务院, 科技部, 国家…小组) are nobody's local body
_NATIONAL_RE = re.compile(r"^(?:国家|中国|中华|全国|中央|中共中央|党中央|国务院)|[^分]部$")


def _own_place(ctx: ArticleContext, index: int, body: Mention) -> str | None:
    """The article's place when a self-reference (全县, 我省) opens the body's sentence before it."""
    text = ctx.units[index][0].text
    if _NATIONAL_RE.search(body.text):
        return None
    match = SELF_REFERENCE_RE.search(text, 0, body.start)
    if not match or match.start() > 12:
        return None
    place = resolve_self_reference(match.group(), ctx.mains)
    return place if place and ctx.level_of(place) in ("province", "prefecture", "county") else None


def opens_a_title(mentions: list[Mention], place: Mention) -> bool:
    """Whether ``place`` opens a person's title (东岭村|党支部书记, 东岭村党支部|书记): the place is that
    post's, not that of another body the sentence names (介绍甲大学教师张三和东岭村党支部书记李四)."""
    ends = {place.end} | {o.end for o in mentions if o.type == "Organization" and o.start <= place.start
                          and o.end >= place.end}
    return any(p.type == "Position" and p.start in ends for p in mentions)


# 在 + a place + a comma opening a sentence (after time words) sets the scene of what follows
_SCENE_RE = re.compile(r"^(?:(?:今年|近年来|目前|如今|同时|此外|当天|今天)[，、]?)?在$")


def _scene_place(ctx: ArticleContext, index: int, body: Mention) -> str | None:
    """The place of ``在某市，…`` when the sentence opens so: the bodies it names are there
    (在某市，这家企业联合某研究院攻关 → the 研究院 is in 某市). National bodies are nobody's."""
    text, mentions = ctx.units[index]
    if _NATIONAL_RE.search(body.text) or leading_place(body.text):
        return None  # a body named after a place (香港机场) is where its name says, not in the scene
    for place in mentions:
        if place.type == "Place" and place.end < body.start and text.text[place.end:place.end + 1] == "，" \
                and _SCENE_RE.match(text.text[:place.start]):
            return ctx.name_of(index, place)
    return None


_DIVISION_SUFFIXES = frozenset("省市县区乡镇村州旗")


def place_chain(name: str, places: dict[str, str]) -> list[str]:
    """Places a name begins with, in order: 鹰潭市余江区融媒体中心 → [鹰潭市, 余江区]."""
    chain: list[str] = []
    rest = name
    while True:
        prefix = max((p for p in places if rest.startswith(p) and len(p) < len(rest)
                      and not (places[p] != p and rest[len(p)] in _DIVISION_SUFFIXES)),
                     key=len, default=None)  # a short form before a suffix (朝阳|村) is no 朝阳区
        if not prefix or places[prefix] == "中国" and chain == []:
            return chain
        chain.append(places[prefix])
        rest = rest[len(prefix):]
