"""A 工程 pushed forward that names nothing built is a programme, no work launched or being built.

``持续推进人才强县工程`` and ``人才强县工程深入推进`` run a programme; ``加快推进青石水库扩容工程`` and
``持续推进甲乙220千伏输变电工程`` build works.
"""

from __future__ import annotations

import re

# what a built work's name says it builds: a structure (水库, 铁路, 电站 …), what it carries (供水, 输变电,
# 千伏) or how it is built (改扩建, 二期, 某段)
_BUILT_RE = re.compile(r"铁路|高铁|公路|高速|机场|大桥|桥|水库|枢纽|电站|港|厂|基地|园|中心|线|隧道|航道|码头|"
                       r"供水|引水|调水|输水|通水|供电|供气|通气|输变电|千伏|电网|管网|管道|灌区|灌溉|堤|渠|"
                       r"电入|气入|水入|改扩建|扩建|改造|[一二三四五六七八九0-9]期|段|配套|主体")
# a verb pushing a programme forward right before its name (持续推进, 深入推进, 大力推进)
_PUSHED_BEFORE_RE = re.compile(r"(?:持续|深入|大力|扎实|全面|继续|稳步)推进$")
# a phrase of a programme going deeper right after its name (深入推进, 走深走实, 深入实施)
_PUSHED_AFTER_RE = re.compile(r"(?:深入|持续|扎实|全面)(?:推进|实施)|走深走实|走深向实")


def pushed_programme(text: str, start: int, end: int, name: str) -> bool:
    """Whether the 工程 ``name`` at ``text[start:end]`` is pushed forward as a programme: a verb of pushing
    right before it or a phrase of going deeper right after it, and a name that says nothing is built.

    >>> pushed_programme("持续推进人才强县工程。", 4, 10, "人才强县工程")
    True
    >>> pushed_programme("人才强县工程深入推进，", 0, 6, "人才强县工程")
    True
    >>> pushed_programme("持续推进甲乙220千伏输变电工程。", 4, 16, "甲乙220千伏输变电工程")
    False
    >>> pushed_programme("人才强县工程开工建设，", 0, 6, "人才强县工程")
    False
    """
    if not name.endswith("工程") or _BUILT_RE.search(name):
        return False
    return bool(_PUSHED_BEFORE_RE.search(text, 0, start) or _PUSHED_AFTER_RE.match(text, end))
