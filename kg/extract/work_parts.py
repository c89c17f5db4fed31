"""What a work's name holds beyond its head: a phase written after it (某某电厂三期, 某某产业园首开区),
the structure of a line named right after the line (甲乙高速青山特大桥), and a place before a quoted work
(某省“清水入河”工程).
"""

from __future__ import annotations

import re

from kg.types import Mention

__all__ = ["quoted_works", "structures_of_lines", "with_phase"]


_LINE_END_RE = re.compile(r"(?:铁路|高铁|城际铁路|高速公路|高速|公路|国道|轨道交通)$")
_STRUCTURE_END_RE = re.compile(r"(?:大桥|特大桥|桥|隧道|枢纽|站)$")


def structures_of_lines(text: str, found: list[Mention]) -> list[Mention]:
    """A bridge, tunnel or station named right after its line is that line's structure, one work:
    ``甲乙高速|青山特大桥`` → 甲乙高速青山特大桥 (the line itself is no work of this sentence then).

    >>> [m.text for m in structures_of_lines("甲乙高速青山特大桥合龙", [Mention(0, 4, "甲乙高速", "Project"),
    ...                                                             Mention(4, 9, "青山特大桥", "Project")])]
    ['甲乙高速青山特大桥']
    """
    from kg.lexicon import pos, words

    out: list[Mention] = []
    for m in found:
        line = out[-1] if out else None
        if line and line.end == m.start and _LINE_END_RE.search(line.text) and _STRUCTURE_END_RE.search(m.text):
            out[-1] = Mention(line.start, m.end, text[line.start:m.end], "Project")
            continue
        structure = _STRUCTURE_AFTER_RE.match(text, m.end) if _LINE_END_RE.search(m.text) else None
        if structure and not (pos(words(structure.group())[0]) or "").startswith("v") \
                and not re.search("[首第座]", structure.group()) \
                and not any(o.start < structure.end() and m.end < o.end for o in found if o is not m):
            m = Mention(m.start, structure.end(), text[m.start:structure.end()], "Project")  # 甲乙高速|青山特大桥
        out.append(m)
    return out


_STRUCTURE_AFTER_RE = re.compile(r"(?:(?![和及与、等的])[\u4e00-\u9fff]){2,8}?(?:特大桥|大桥|隧道)")


_QUOTED_WORK_RE = re.compile(r"“([^“”，。；]{2,16})”(?:工程|项目)")


def quoted_works(text: str) -> list[Mention]:
    """A division of China, a quoted name and 工程 or 项目 name one work of that place
    (某省“清水入河”工程); without one before it (“某某”工程, 中国“某某”工程) it is a programme.

    >>> [m.text for m in quoted_works("今天，江西省“清水入湖”工程启动，“千村”工程推进")]
    ['江西省“清水入湖”工程']
    """
    from kg.extract.places import places_ending_at

    out = []
    for match in _QUOTED_WORK_RE.finditer(text) if "”工程" in text or "”项目" in text else ():
        places = places_ending_at(text, match.start(), divisions_only=True)
        if places:
            start = match.start() - len(max(places, key=len))
            out.append(Mention(start, match.end(), text[start:match.end()], "Project"))
    return out


# a phase written after a work's name is part of it (某某电厂三期, 某某大桥二期工程), as is the first area of a
# park being built (某某产业园首开区, 某某新城启动区)
# and so is its extension towards one side (某某大道向南延伸, 某某线西延线, 某某路北延工程)
_PHASE_RE = re.compile(r"(?:(?:[一二三四五六七八九十]|[0-9]{1,2})期|首开区|启动区|向?[东南西北]{1,2}延(?:伸|长)?(?:段|线)?)"
                       r"(?:改扩建|扩建|改建|续建|新建)?(?:工程|项目)?")


# the kind of building done on a work already there (国家统计局, 固定资产投资统计 建设性质: 扩建, 改建, 迁建;
# 改扩建 both; 扩容 of roads and reservoirs) closes its project's name (某某机场|改扩建) when nothing it builds
# follows as an object (某某机场扩建|航站楼 is a verb and its object)
_REBUILT_RE = re.compile(r"(?:改扩建|扩建|改建|迁建|扩容)(?:工程|项目)?"
                         r"(?=[，。；、：等和及（(]|$|尽早|加快|开工|建设|完工|竣工|前期|顺利|正式|全面|有序|稳步)")


def with_phase(text: str, m: Mention) -> Mention:
    """The mention with the phase or the extension that follows it: ``青石电厂|三期`` → 青石电厂三期.

    >>> with_phase("推进青石电厂三期建设", Mention(2, 6, "青石电厂", "Project")).text
    '青石电厂三期'
    >>> with_phase("青石机场三期扩建工程竣工", Mention(0, 4, "青石机场", "Project")).text
    '青石机场三期扩建工程'
    >>> with_phase("青石大道向南延伸等项目加快推进", Mention(0, 4, "青石大道", "Project")).text
    '青石大道向南延伸'
    """
    if m.text.endswith("期") or text[m.start:m.end] != m.text:
        return m  # an item of a list sharing a head (甲、乙高铁|南延): the phase is the last item's
    phase = _PHASE_RE.match(text, m.end) or _REBUILT_RE.match(text, m.end)
    return Mention(m.start, phase.end(), text[m.start:phase.end()], m.type, m.kind, m.attrs) if phase else m
