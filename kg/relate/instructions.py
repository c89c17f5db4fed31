"""Instructions in the news: a speaker's words that tell someone to act (他强调，要…; 各级人大要坚持…).

In a broadcast they name no actor of their own, and a body named after the modal verb is the
instruction's object (要落实某部部署), not who acts; a work report's instructions are its place's.
"""

from __future__ import annotations

import re

# an instruction opening a sentence (要…, 必须…) or the words a verb of saying reports (他强调，要…);
# a work report's own are its place's (GUIDE)
_MODAL = r"(?:要|必须|务必|需要|应当|应该)"
_IMPERATIVE_RE = re.compile("^" + _MODAL)
_REPORTED_INSTRUCTION_RE = re.compile(r"(?:强调|指出|提出|认为|表示|要求|说)[，：]" + _MODAL)


# a modal verb of an instruction inside a sentence (人大要…, 全党必须…); not 重要, 主要, 需要, 要求, 纲要, 要素…
_MODAL_RE = re.compile(r"(?<![重主纲首只摘概提紧必需想])要(?![求素点闻件害务])|必须|务必|应当")


def after_a_modal(text: str, start: int) -> bool:
    """Whether a modal verb of an instruction comes before offset ``start``: in the news, a name after
    it (人大要坚持党中央领导, 他强调，要落实某部部署) is the instruction's object, not who acts.

    >>> after_a_modal("人大要坚持甲中央领导，落实“某某”", 5), after_a_modal("甲县要推进某工程", 0)
    (True, False)
    >>> after_a_modal("重要的是甲县推进某工程", 4), after_a_modal("甲部要求乙县推进某工程", 4)
    (False, False)
    """
    return _MODAL_RE.search(text, 0, start) is not None


def is_instruction(text: str, before: int) -> bool:
    """Whether what precedes offset ``before`` is an instruction: the sentence opens with a modal
    verb, or a verb of saying reports one (甲指出，要…).

    >>> is_instruction("要加快发展茶产业", 5), is_instruction("会议强调，必须推进某工程", 10)
    (True, True)
    >>> is_instruction("某县召开会议，推进某工程", 9), is_instruction("甲说，他们要推进某工程", 10)
    (False, False)
    """
    return bool(_IMPERATIVE_RE.match(text) or _REPORTED_INSTRUCTION_RE.search(text, 0, before))


# a directive to others a body issues (要求各地…, 号召全党…, 动员全社会…) or a clause unnamed others open (各地
# 正推进…): what follows is theirs to run, and they are no one the article names; not a request read (按照…要求)
_RECIPIENTS = r"(?:各地|各级|各有关|各部门|各省|各族|全党|全军|全社会|广大|地方|有关部门)"
_DIRECTIVE_RE = re.compile(r"(?<![的])(?:要求|号召|动员|呼吁)[，：]?(?:全国)?" + _RECIPIENTS)
_COLLECTIVE_RE = re.compile(r"(?:^|(?<=[，。；：]))(?:全国)?各(?:地|级|部门|有关|地区|省)")  # 各地各部门抓好…


def directive_end(text: str, before: int, local: bool = False) -> int | None:
    """Where a directive to unnamed others (甲部印发通知，要求各地…; 党中央号召，全党…) or a clause they open
    (眼下，各地正推进…; 各级党组织要…) ends, when one comes before offset ``before``; None when there is none.
    After a ``local`` place (甲市…，各级党委…), the levels and places a clause opens with are that place's own.

    >>> directive_end("甲部印发通知，要求各地开展“某某”行动", 16), directive_end("党中央号召，全党弘扬某某", 12)
    (11, 8)
    >>> directive_end("按照省委要求，各地开展“某某”行动", 12), directive_end("甲部要求乙县开展“某某”行动", 10)
    (9, None)
    >>> directive_end("眼下，各地正扎实推进“某某”教育", 10), directive_end("甲省各地推进“某某”教育", 6)
    (5, None)
    >>> directive_end("甲市坚持学习，各级党委开展“某某”活动", 14, local=True)
    """
    found = [m.end() for m in _DIRECTIVE_RE.finditer(text, 0, before)
             if not _FOLLOWED_RE.search(text, max(text.rfind(p, 0, m.start()) for p in "，。；：") + 1, m.start())]
    found += [] if local else [m.end() for m in _COLLECTIVE_RE.finditer(text, 0, before)]
    return max(found) if found else None


_FOLLOWED_RE = re.compile(r"按照|根据|遵照|依照|按")  # 按照某部要求，各地…: a request followed, no directive issued
