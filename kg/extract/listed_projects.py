"""Projects named in a list: a work report names an industrial project by its place, its company and
its product (某市某某锂电池, 某县某某风电), and a list of them closes with 等 and a noun of projects
(等项目, 等重点项目: each item is one, whatever the verb) or with a last item that says 项目 itself
and a status after it (甲、乙项目建成).

>>> [m.text for m in placed_items("推动赣州华信锂电池、吉安永泰新材料等项目建成投产")]
['赣州华信锂电池', '吉安永泰新材料']
>>> [m.text for m in placed_items("加快赣州华信锂电池、吉安永泰新材料等重点项目建设")]
['赣州华信锂电池', '吉安永泰新材料']
"""

from __future__ import annotations

import re

from kg.extract.spans import CJK
from kg.types import Mention

__all__ = ["placed_in_production", "placed_items", "placed_project"]

_ITEM = rf"[{CJK}0-9A-Za-z]{{4,14}}"
_STATUS = r"(?:建成|开工|竣工|投产|投用|投运|量产|完工|加快建设)"
# 甲、乙项目建成 (the last item carries 项目, a status follows): the items before the last are listed projects;
# 甲、乙等(一批重点)项目 (等 closes the list, the noun after it names what the items are): every item is one
_LIST_RE = re.compile(rf"((?:{_ITEM}、)+)(?:({_ITEM})等[{CJK}]{{0,8}}?项目|{_ITEM}项目(?=[{CJK}]{{0,4}}?{_STATUS}))")
# what ends a body's or a place's name, not a project's
_NOT_PROJECT_END = ("公司", "集团", "企业", "省", "市", "县", "区", "镇", "乡", "村",
                    # immovable heritage (文物保护法 第二条: 古遗址, 古墓葬, 石窟寺), found, not built
                    "遗址", "遗址群", "墓", "墓葬", "墓群", "石窟", "窟")


def placed_project(item: str) -> bool:
    """A place of China (a province, prefecture or county) before a name of its own: 青山|华信锂电池.

    >>> placed_project("赣州华信锂电池"), placed_project("华信锂电池"), placed_project("赣州青山集团")
    (True, False, False)
    >>> placed_project("赣州新材料"), placed_project("吉安先导智能")
    (False, True)
    """
    from kg.extract.work_generic import is_generic
    from kg.gazetteer import load

    if item.endswith(_NOT_PROJECT_END) or is_generic(item + "项目"):
        return False
    places = [n for n in (2, 3, 4) if len(item) - n >= 3 and load().names_division(item[:n])]
    return bool(places) and not is_generic(item[max(places):] + "项目")  # 青山|新材料: a sector's class


def placed_items(text: str) -> list[Mention]:
    """The items of a project list (甲、乙等项目 + a status) that name a place and a project of it."""
    from kg.extract.work_generic import without_lead_verbs

    out: list[Mention] = []
    if "、" not in text or "项目" not in text:
        return out
    for match in _LIST_RE.finditer(text):
        position = match.start(1)
        items = match.group(1).split("、")[:-1] + ([match.group(2)] if match.group(2) else [])
        first = items[0]
        items[0] = without_lead_verbs(first)  # 推动|甲地某某: the verb that leads into the list
        position += len(first) - len(items[0])
        if _other_sense(match.group(0)):
            continue  # 甲、乙等十多项非遗项目: items of heritage or sport, no works
        for item in items:
            if placed_project(item) and not _clause(item):
                out.append(Mention(position, position + len(item), item, "Project"))
            position += len(item) + 1
    return out


def _other_sense(listed: str) -> bool:
    """项目 after 等 in the sense "item of a list" (等十多项非遗项目, 等比赛项目: lexicon item_senses)."""
    from kg.lexicons import lexicon

    tail = listed[listed.rfind("等"):] if "等" in listed else ""
    return any(sense in tail for sense in lexicon("item_senses"))


def _clause(item: str) -> bool:
    """An item that is a clause, not a name: an adverb of one character (某省|正|…, 某市|将|…) or a verb
    with words after it (某省持续|推进|大中型水库); a verb closing a name stays (某某碳化硅|扩产).

    >>> _clause("赣州正推进华信锂电池"), _clause("赣州华信锂电池扩产"), _clause("赣州华信锂电池")
    (True, False, False)
    """
    from kg.lexicon import pos, words

    tokens = words(item)
    return any(len(w) == 1 and pos(w) == "d" or len(w) > 1 and pos(w) == "v" and k < len(tokens) - 1
               for k, w in enumerate(tokens))


# a clause that opens with a place's project and closes on its production (某市某某电容器量产, 某县某某项目建成投产)
_PRODUCTION_RE = re.compile(rf"(?:^|(?<=[，；。]))({_ITEM})(?=建成投产|竣工投产|量产|满产|投产)")


def placed_in_production(text: str) -> list[Mention]:
    """A place's project whose production the clause reports, named by the place, the company and the
    product without 项目 (赣州华信锂电池量产).

    >>> [m.text for m in placed_in_production("今年，赣州华信锂电池量产，吉安企业投产，吉安华信接收站正式投产")]
    ['赣州华信锂电池', '吉安华信接收站']
    """
    if "产" not in text:
        return []
    out = []
    for match in _PRODUCTION_RE.finditer(text):
        name = _without_trailing_adverbs(match.group(1))  # 某某接收站|正式|投产
        if _ends_in_noun(name) and "项目" not in name and placed_project(name):  # no 某某项目|预计|投产
            out.append(Mention(match.start(1), match.start(1) + len(name), name, "Project"))
    return out


def _ends_in_noun(phrase: str) -> bool:
    """The phrase's last word is a noun, or one the dictionary does not know (某某|电容器, not 某某|预计)."""
    from kg.lexicon import pos, words

    tokens = words(phrase)
    return bool(tokens) and (pos(tokens[-1]) or "n").startswith(("n", "eng"))


def _without_trailing_adverbs(phrase: str) -> str:
    """The phrase without the adverbs and time words that close it before a verb (某某站|正式, 某某线|今年)."""
    from kg.lexicon import pos, words

    tokens = words(phrase)
    while tokens and (pos(tokens[-1]) or "x") in ("d", "ad", "vd", "t", "p", "c"):
        tokens.pop()
    return "".join(tokens)
