"""Companies named by their trade name inside a manufacturing project's name.

An enterprise name is built as place + trade name (字号) + trade + legal form (企业名称登记管理规定);
a plant's project is named the same way without the legal form: 甲市 + 乙丙 + 新能源汽车 + 项目. When a
project's name opens with places and goes on with a short proper word and then a product of a
classified sector (kg/data/lexicons/sectors.tsv: GB/T 4754-2017, strategic emerging industries), that
proper word is the company that builds it. A dam or a road named after a place (某某水库) names no
product, so no company.

>>> from kg.types import Mention
>>> text = "湘潭青虹新能源汽车项目投产"
>>> places, projects = [Mention(0, 2, "湘潭", "Place")], [Mention(0, 11, "湘潭青虹新能源汽车项目", "Project")]
>>> [m.text for m in trade_names_in_projects(text, projects, places)]
['青虹']
"""

from __future__ import annotations

from kg.extract.industries import SECTORS
from kg.types import Mention

# jieba tags a trade name as a proper noun, or does not know its characters as a word
_PROPER_TAGS = ("nr", "ns", "nz", "nt", "j")
# a token ending so names a place, a zone or a part of one, not a trade name (经开区, 工业园, 城南)
_NOT_TRADE_NAME_END = tuple("省市县区镇乡村园港东南西北") + ("基地", "新区")
MAX_TRADE_NAME = 4


def trade_names_in_projects(text: str, projects: list[Mention], places: list[Mention]) -> list[Mention]:
    """The trade names that follow the places opening each project's name and precede a sector's product."""
    out = []
    for project in projects:
        at = _after_leading_places(project, places)
        if at == project.start:
            continue  # no place opens the name: 青石新材料项目 says nothing of who builds it
        name = _trade_name_at(text[at:project.end])
        if name:
            out.append(Mention(at, at + len(name), name, "Organization", "company"))
    return out


def _after_leading_places(project: Mention, places: list[Mention]) -> int:
    """The offset after the chain of places that opens the project's name."""
    at = project.start
    while True:
        nxt = [p.end for p in places if p.start == at and p.end < project.end]
        if not nxt:
            return at
        at = max(nxt)


def _trade_name_at(rest: str) -> str | None:
    """A trade name opening ``rest`` when a sector's product follows it.

    >>> _trade_name_at("青虹基板玻璃新产线"), _trade_name_at("青石水库扩容工程"), _trade_name_at("稀土新材料项目")
    ('青虹', None, None)
    """
    from kg.lexicon import frequency, pos, word_boundaries, words

    tokens = words(rest)
    name = ""
    for token in tokens:
        proper = len(token) == 1 or frequency(token) == 0 or (pos(token) or "").startswith(_PROPER_TAGS)
        if not proper or token in SECTORS or len(name) + len(token) > MAX_TRADE_NAME:
            break
        name += token
    if len(name) < 2 or name.endswith(_NOT_TRADE_NAME_END) or any(c.isdigit() for c in name):
        return None
    product_words = sorted(b for b in word_boundaries(rest) if len(name) <= b < min(len(rest), len(name) + PRODUCT_WINDOW))
    return name if _names_product(rest, product_words) else None


PRODUCT_WINDOW = 8  # 多层陶瓷电容器: a product's name, sector word included, is short
# Works bound to their site, named after it and not after a maker: mines (GB/T 4754-2017 section B),
# power, heat, gas and water plants (section D) and their strategic-emerging counterparts
# (某地青石核电项目, 某某光伏电站). A site name looks like a trade name, so these name no company.
SITE_BOUND_SECTORS = frozenset({
    "采矿业", "煤炭", "油气", "石油和天然气", "非金属矿", "电力", "热力", "燃气", "水务",
    "核电", "风电", "光伏", "太阳能", "储能", "新型储能", "氢能", "新能源",
}) & SECTORS


def _names_product(rest: str, word_starts: list[int]) -> bool:
    """The first classified sector named at a word start is a manufactured product's (玻璃 in
    基板|玻璃|新产线), not a site-bound work's (核电), nor a sector inside another word (化工 in 绿化|工程).

    >>> _names_product("基板玻璃新产线", [0, 2, 4]), _names_product("核电项目", [0, 2])
    (True, False)
    >>> _names_product("绿化工程", [0, 2])
    False
    """
    for at in word_starts:
        sectors = [s for s in SECTORS if len(s) >= 2 and rest.startswith(s, at)]
        if sectors:
            return max(sectors, key=len) not in SITE_BOUND_SECTORS
    return False
