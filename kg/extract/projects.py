"""Projects: named investment, construction and production projects.

Shapes, each with a proper-name part (a company, a place, a product, a capacity) before a head:

- a project head with the name to its left (``鑫拓化工年产5万吨涂料项目``), or after an amount
  (``投资8亿元的鑫拓化工涂料项目``);
- a named work of infrastructure, whatever the sentence says of it (``青山至白水高速公路``,
  ``石门灌区``), with the heads of ``kg/data/lexicons/facilities.tsv`` of kind ``work``;
- lists sharing one head (``松岭、柏溪两座抽水蓄能电站`` → two power stations);
- buildings (``…医院``, ``…公园``) only where the sentence reports their construction.

Generic phrases (``重大项目``, ``一批新材料项目``, ``6条高速公路``) are not projects.

>>> [m.text for m in find_projects("投资8亿元的鑫拓化工涂料项目于5月开工")]
['鑫拓化工涂料项目']
>>> [m.text for m in find_projects("松岭、柏溪两座抽水蓄能电站加快建设")]
['松岭抽水蓄能电站', '柏溪抽水蓄能电站']
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from kg.extract.listed_projects import placed_in_production, placed_items
from kg.extract.places import places_ending_at
from kg.extract.spans import CJK, QUANTIFIERS, left_extend, word_runs_past
from kg.extract.work_generic import (
    COMMON,
    FACILITIES,
    SUFFIXES,
    WORKS,
    counted_before,
    has_proper_part,
    is_generic,
    without_lead_verbs,
)
from kg.extract.work_parts import quoted_works, structures_of_lines, with_phase
from kg.extract.worknames import done_well, stands_alone, trimmed_work
from kg.types import Mention

__all__ = ["counted_before", "find_projects", "has_proper_part", "is_generic", "without_lead_verbs"]
_MONEY = r"(?:超|近|约|逾)?[0-9.]+(?:亿|万)?(?:余)?(?:元|美元)(?:以上)?"
_APPOSITION_RE = re.compile(rf"(?:总投资|投资|投入)(?:达|超|约)?{_MONEY}的([^，。；、：]+?)(?=、|等|，|。|；|于|顺利|正式|已|将|$)")
_STATUS_LIST_RE = re.compile(
    rf"((?:[{CJK}0-9A-Za-z（）()]{{2,14}}、)+[{CJK}0-9A-Za-z（）()]{{2,14}})等([{CJK}]{{0,4}}?)(?:相继)?(?:建成|开工|竣工|投产|投用|通车|开业|完工)"
)


def _named(name: str, head: str) -> bool:
    """A name of a work or project that names one: not generic and with a proper-name part."""
    core = name[: len(name) - len(head)]
    return len(core) >= 2 and not is_generic(name) and has_proper_part(core)


_SUFFIX_RE = re.compile("(?:" + "|".join(SUFFIXES) + ")(?!师|队|负责人|经理|部|办|资金|单位|大学|学院|院|局|公司|技术|建设公司|库(?!区)|学(?!习))")  # 项目|库, 工程|学
_PLACE_NAME_RE = re.compile(r".{1,4}[省市县区乡镇村]")  # a core that is just a place: 某某县项目
_LETTER_RE = re.compile(rf"[{CJK}A-Za-z]")  # a core of digits and brackets alone is a note's number


def _suffixed(text: str) -> list[Mention]:
    out = []
    for match in _SUFFIX_RE.finditer(text):
        if match.group() == "项目" and text.endswith(_item_senses(), 0, match.start()):
            continue  # 某地冰上|项目, 某某服务价格|项目: 项目 as the items of a list (lexicon item_senses)
        start = _with_modifying_verb(text, left_extend(text, match.start(), limit=30, numbers=True), match.start())
        anchor = text.rfind("的", start, match.start())
        if anchor >= 0:
            start = anchor + 1
        start = _past_lead_verbs(text, start, match.start())
        name = text[start:match.end()]
        core = name[: -len(match.group())]
        short = len(core) < 3 and match.group() in ("项目", "工程") or not _LETTER_RE.search(core)  # ［1］|项目: a note
        if not short and not counted_before(text, start) and not _PLACE_NAME_RE.fullmatch(core) and _named(name, match.group()):
            out.append(Mention(start, match.end(), name, "Project"))
    return out


def _with_modifying_verb(text: str, start: int, end: int) -> int:
    """A name opening with a noun of one character right after a verb has that verb as its modifier (预制|菜:
    prefabricated dishes), so it opens before the verb: 某市预制菜产业园, not 菜产业园.

    >>> _with_modifying_verb("青石预制菜产业园开工", 4, 8)
    0
    """
    from kg.lexicon import tagged

    pieces = tagged(text[start:end])
    if not pieces or len(pieces[0][0]) != 1 or not pieces[0][1].startswith("n"):
        return start
    before = tagged(text[max(0, start - 6):start])
    if not before or len(before[-1][0]) < 2 or before[-1][1] != "v":
        return start
    verb_start = start - len(before[-1][0])
    return left_extend(text, verb_start, limit=30 - (end - start), numbers=True)


@lru_cache(maxsize=1)
def _item_senses() -> tuple[str, ...]:
    from kg.lexicons import lexicon

    return tuple(sorted(lexicon("item_senses")))


def _appositions(text: str) -> list[Mention]:
    out = []
    for match in _APPOSITION_RE.finditer(text):
        name = match.group(1)
        cut = max((name.rfind(s) + len(s) for s in SUFFIXES if s in name), default=-1)
        if cut > 0:
            name = name[:cut]
        listed = text[match.start(1) + len(name):match.start(1) + len(name) + 1] in ("、", "等")
        if (cut > 0 or listed) and "是" not in name and not is_generic(name) and len(name) >= 4:
            out.append(Mention(match.start(1), match.start(1) + len(name), name, "Project"))
    return out


def _status_lists(text: str) -> list[Mention]:
    out: list[Mention] = []
    if "等" not in text or "、" not in text:  # every such list is 甲、乙等…建成 (a cheap pre-check)
        return out
    for match in _STATUS_LIST_RE.finditer(text):
        position = match.start(1)
        for item in match.group(1).split("、"):
            start, position = position, position + len(item) + 1
            # company short names also come in such lists (华信、永泰等项目开工): keep works only, or with no noun
            # after 等 (甲、乙等相继建成), what has a name of its own: the things built are the list's subjects
            headed = item.endswith(FACILITIES + SUFFIXES + ("路", "桥", "馆", "园", "站", "厂"))
            if not is_generic(item) and (headed or _built_itself(item, match.group(2))):
                out.append(Mention(start, start + len(item), item, "Project"))
    return out


_BUILT_ADVERBS = ("", "相继", "陆续", "先后", "均", "已", "全面", "顺利", "正式")
_NOT_WORK_ENDS = ("公司", "集团", "企业", "省", "市", "县", "区", "镇", "乡", "村")


def _built_itself(item: str, between: str) -> bool:
    """An item of 甲、乙等(相继)建成 that names a thing built: only adverbs after 等, a name of its own
    (a proper part, no body's or place's ending).

    >>> _built_itself("润达国际环球港", "相继"), _built_itself("润达国际环球港", "项目"), _built_itself("太阳能发电", "")
    (True, False, False)
    """
    from kg.lexicon import words

    tokens = words(item)
    unknown = any(len(a) == len(b) == 1 for a, b in pairwise(tokens))  # 润|达: no word of jieba's
    return (between in _BUILT_ADVERBS and len(item) >= 4 and not item.endswith(_NOT_WORK_ENDS)
            and (unknown or has_proper_part(item)))


_WORK_RE = re.compile("(?:" + "|".join(sorted(map(re.escape, WORKS), key=len, reverse=True)) + ")")
_BETWEEN = ("至", "—", "－", "-")  # 青山至白水高速公路: a linear work named by its two ends


def _named_works(text: str) -> list[Mention]:
    """Named works of infrastructure: ``石门灌区``, ``青山至白水高速公路``, ``G99高速``."""
    out = []
    for match in _WORK_RE.finditer(text):
        start = left_extend(text, match.start(), limit=16, numbers=True) if match.start() else 0
        start = _from_first_end(text, start, match.start())
        anchor = text.rfind("的", start, match.start())
        start = anchor + 1 if anchor >= 0 else start
        end = match.end()
        more = _WORK_TAIL_RE.match(text, end)  # 石门灌区续建配套工程: the project on the work
        if more:
            end = more.end()
        start = _past_lead_verbs(text, start, match.start())
        name, core = text[start:end], text[start:match.start()]
        if not counted_before(text, start) and not is_generic(core + "项目") and (_named(core + match.group(), match.group()) or _short_name(core)):
            out.append(Mention(start, end, name, "Project"))
    return out


def _from_first_end(text: str, start: int, head_start: int) -> int:
    """A linear work named by its two ends starts at the first (青山|至|白水公路: 至 is no boundary),
    a route code before it included (G99青山至白水公路).

    >>> _from_first_end("G99青山至白水公路", 6, 8), _from_first_end("开工建设G99首都环线公路", 9, 11)
    (0, 4)
    >>> _from_first_end("今天，赣州至吉安至南昌高铁开通", 9, 11)
    3
    """
    while start > 1 and _between(text, start, head_start) and start < head_start:  # 甲至乙至丙高铁: every end
        before = min([left_extend(text, start - 1, limit=8)]  # the first end: a name, or a division (加快|攀枝花至…)
                     + [start - 1 - len(p) for p in places_ending_at(text, start - 1, divisions_only=True)])
        if start - 1 - before < 2:
            break
        start = before
    code = _ROUTE_CODE_RE.search(text, max(0, start - 10), start)
    return code.start() if code else start  # G99首都环线公路: the code opens the name, whatever follows it


def _between(text: str, start: int, head_start: int) -> bool:
    """A mark between two ends of a line before ``start``: 至 or a dash, or 经 ("via") when 至 follows
    (甲经乙至丙高铁)."""
    mark = text[start - 1]
    return mark in _BETWEEN or mark == "经" and "至" in text[start:head_start]


# a national or provincial route's code (G95, S22) before a road's name, with nothing but its name between
_ROUTE_CODE_RE = re.compile(rf"(?<![A-Za-z0-9])[GS][0-9]{{1,4}}(?=[{CJK}]+$)")


# the project on a work (石门灌区|续建配套工程), never past a copula (某水库|是|某市重点工程)
_WORK_TAIL_RE = re.compile(rf"(?:(?![的等和及与是为])[{CJK}]){{0,8}}?(?:工程|项目)")


def _short_name(core: str) -> bool:
    """A short core before a work's head that is not one common word nor opened by a class's qualifier:
    石门 (灌区), 青溪 (水库); not 农村|牧区 (供水工程), 跨海 (大桥)."""
    from kg.lexicon import frequency, words
    from kg.lexicons import lexicon

    tokens = words(core)
    return (2 <= len(core) <= 4 and not (len(tokens) == 1 and frequency(core) >= COMMON)
            and not (tokens and tokens[0] in lexicon("work_class_words")))


_ITEM = rf"(?:(?![的和及等])[{CJK}A-Za-z0-9]){{2,6}}?"
_SHARED_HEAD_RE = re.compile(
    rf"((?:{_ITEM}[、和及])+{_ITEM})等?(?:[两三四五六七八九十0-9]+[座条个处期])?"
    rf"({'|'.join(sorted(map(re.escape, WORKS), key=len, reverse=True))})"
)
# every match of _SHARED_HEAD_RE holds a work's head: a sentence without one is not searched
_WORK_HEAD_RE = re.compile("|".join(sorted(map(re.escape, WORKS), key=len, reverse=True)))


_LEAD_TAGS = ("v", "d", "p", "c")


def _past_lead_verbs(text: str, start: int, end: int) -> int:
    """Where the name in ``text[start:end]`` begins once the verbs leading into it are left out."""
    return end - len(without_lead_verbs(text[start:end]))


def _after_last_verb(item: str) -> str:
    """What follows the last verb of a list's first item: 开工建设石门 → 石门."""
    from kg.lexicon import pos, words

    tokens = words(item)
    verbs = [k for k, w in enumerate(tokens) if (pos(w) or "").startswith("v") and len(w) > 1]
    return "".join(tokens[verbs[-1] + 1:]) if verbs else item


# the last character of a work's head that place names seldom end with (尾矿|库, 科学城|站): an item ending in
# one is no modifier of a shared head (官路、双堠水库: 路, 桥, 港 end places' names too)
_OWN_HEADS = ("库", "站")


def _shared_heads(text: str) -> list[Mention]:
    """Lists that share one head: ``松岭、柏溪两座抽水蓄能电站`` → each item with the head."""
    out: list[Mention] = []
    if not _WORK_HEAD_RE.search(text):
        return out
    for match in _SHARED_HEAD_RE.finditer(text):
        head, items = match.group(2), re.split("[、和及]", match.group(1))
        position = match.start(1)
        if any(item.endswith(FACILITIES + _OWN_HEADS) for item in items):
            continue  # 文化公园、青石大桥, 尾矿库、病险水库: each item is a name of its own
        joins = [match.start(1) + sep.start() for sep in re.finditer("[和及]", match.group(1))]
        if any(word_runs_past(text, at) or word_runs_past(text, at + 1) for at in joins):
            continue  # 阿尔及|利亚, 和美: the conjunction's character is inside a word, joining nothing
        if any(q in item for item in items for q in QUANTIFIERS):
            continue  # 甲地、乙地部分|铁路: the determiner makes the whole list a class
        if word_runs_past(text, match.end(2)) or not stands_alone(text, Mention(match.start(1), match.end(2), "", "Project")):
            continue  # 甲街、乙|铁路桥, 甲村、乙村|高铁经济: the head is part of another noun
        if any(_opens_with_verb(item) for item in items[1:]):
            continue  # 某某关心|和|支持某某|铁路: verbs joined, no list of names (the first item's lead verb is cut below)
        first_end = position + len(items[0])
        lead = _from_first_end(text, left_extend(text, first_end, limit=len(items[0])), first_end)  # 甲至乙、丙至丁
        trimmed = first_end - len(_after_last_verb(text[max(lead, position):first_end]))
        if text[trimmed] in _BETWEEN:  # 推进久治|至马尔康: the verb took the first end (a division) with it
            trimmed = _from_first_end(text, trimmed + 1, first_end)
        items[0], position = text[trimmed:first_end], trimmed
        if trimmed > 0 and word_runs_past(text, trimmed):  # 重|庆主城都市区、…: the first item opens inside a word
            items, position = items[1:], first_end + 1
        if not _names_work(items[-1], head):
            continue  # 智能港口、数字|铁路: the head is the last item's own (a common phrase), shared by none
        for item in items:
            if _names_work(item, head):
                out.append(Mention(position, match.end(2), item + head, "Project"))
            position += len(item) + 1
    return out


def _names_work(item: str, head: str) -> bool:
    """An item of a list sharing ``head`` that names a work with it: 柏溪 (电站), not 数字 (铁路) nor a
    place's network (某国|铁路)."""
    name = item + head
    return (len(item) >= 2 and (_named(name, head) or _short_name(item)) and not is_generic(name)
            and trimmed_work(Mention(0, len(name), name, "Project")) is not None)


def _opens_with_verb(item: str) -> bool:
    """A list's item opening with a verb of two characters or more (支持|某某): a predicate, no name
    (某某|滞洪 keeps its verb: a work's kind)."""
    from kg.lexicon import pos, words

    tokens = words(item)
    return bool(tokens) and len(tokens[0]) > 1 and pos(tokens[0]) == "v"


# numbered schools (县二中, 第七中学): a school's name by its number, not a list of schools
_NUMBERED_SCHOOL = "第?[一二三四五六七八九十]{1,2}中(?![心国央华])"
_FACILITY_RE = re.compile("(?:" + "|".join(sorted(map(re.escape, FACILITIES), key=len, reverse=True))
                          + "|" + _NUMBERED_SCHOOL + ")")
# _FACILITY_RE's two halves apart: each alone is searched fast (together they defeat the regex
# engine's first-character skip), so a sentence with neither is passed over
_FACILITY_HINTS = (re.compile("|".join(sorted(map(re.escape, FACILITIES), key=len, reverse=True))),
                   re.compile(_NUMBERED_SCHOOL))
_BUILDING_RE = re.compile(r"^[^，。；]{0,14}?(?:正在施工|施工|通航|主体竣工|竣工|建成|完工|建设完成|封顶|开工|投用|启用|通车|交付|"
                          r"加快推进|加快建设|加速推进|建设现场|上线|改扩建)")
_LISTED_PROJECTS_RE = re.compile(r"^等[^，。]{0,6}项目")


def _facilities(text: str) -> list[Mention]:
    """Buildings and works whose construction the sentence reports: ``第三人民医院…正在施工``,
    ``东坪卫生院、西坪卫生院建设完成``."""
    out: list[Mention] = []
    spans = []
    if not any(hint.search(text) for hint in _FACILITY_HINTS):
        return out
    for match in _FACILITY_RE.finditer(text):
        start = left_extend(text, match.start(), limit=14, numbers=True) if match.start() else 0
        start = _from_first_end(text, _with_modifying_verb(text, start, match.start()), match.start())
        spans.append((start, match.end(), match.group()))
    for k, (start, end, head) in enumerate(spans):
        run_end = end  # the status may close a list: A、B等…建成
        for s2, e2, _ in spans[k + 1:]:
            if text[run_end:s2] in ("、", "和", "及"):
                run_end = e2
            else:
                break
        tail = text[run_end:].lstrip("等")
        if not _BUILDING_RE.match(tail) and not _LISTED_PROJECTS_RE.match(text[run_end:]):
            continue
        start = _past_lead_verbs(text, start, end - len(head))
        name = text[start:end]
        # counted (8条|高速公路建成), it is a class of works, not one
        if len(name) >= 3 and not counted_before(text, start) and not is_generic(name):
            out.append(Mention(start, end, name, "Project"))
    return out


# the suffixes of divisions: doubled, they say "every" (市市通, 县县通, 村村通: a goal of coverage, no work)
_DIVISION_SUFFIXES = ("省", "市", "县", "区", "镇", "乡", "村")


def _every_division(m: Mention) -> bool:
    """A name opened by a division's suffix doubled (市市|通高铁: "a railway to every city"), no name.

    >>> _every_division(Mention(0, 5, "市市通高铁", "Project")), _every_division(Mention(0, 6, "市人民医院", "Project"))
    (True, False)
    """
    return m.text[:1] in _DIVISION_SUFFIXES and m.text[1:2] == m.text[0]


def find_projects(text: str) -> list[Mention]:
    """Project mentions of one sentence; a name found two ways is kept once (the longest).
    Items of a list sharing a head span from the item to the head and stand side by side."""
    shared = [with_phase(text, m) for m in _shared_heads(text)]
    found = (_appositions(text) + _suffixed(text) + _status_lists(text) + placed_items(text) + placed_in_production(text)
             + _facilities(text)
             + _named_works(text) + quoted_works(text))
    found = [w for m in found if stands_alone(text, m)  # 部分|景区公路, 该|环线高速, 高铁|新城
             and (w := trimmed_work(with_phase(text, done_well(text, m))))]  # 经|某某铁路, 某国最大水库, 实施好|…
    kept: list[Mention] = []
    for m in sorted(found, key=lambda m: (-(m.end - m.start), m.start, m.text)):
        inside_list = any(s.start <= m.start and m.end <= s.end for s in shared)
        if not inside_list and not any(k.start <= m.start and m.end <= k.end for k in kept):
            kept.append(m)
    found = kept + [w for m in shared if (w := trimmed_work(m))]
    found = [m for m in found if not _every_division(m)]
    return structures_of_lines(text, sorted(found, key=lambda m: (m.start, m.end)))
