"""Status words of projects and what keeps them from stating a status reached.

``某站今天建成通车`` → 建成; ``某站建成后…``, ``为某站年内建成全力推进``, ``预计明年建成`` → not yet.
"""

from __future__ import annotations

import re

from kg.lexicons import lexicon_rows
from kg.relate.context import clause_start

# status word → statuses (建成投产 → 建成 and 投产): GUIDE's nine statuses and its conventions
STATUS_WORDS: dict[str, tuple[str, ...]] = {
    row.entry: tuple(row.extra["status"].split("+")) for row in lexicon_rows("status_words")}
_STATUS_RE = re.compile("|".join(sorted(STATUS_WORDS, key=len, reverse=True)))
# words that put a status later (预计, 力争, 将…) or wish it (期待, 希望, 早日, 尽快), or deny it (尚未)
_FORECAST_RE = re.compile(r"预计|计划|将于|将在|力争|争取|拟|有望|即将|期待|希望|早日|尽快|未|尚未|没有|不能"
                          r"|将(?:全面|正式|基本|顺利|如期|全线)?$")
# what is still to be finished is being built: 今年底将建成, 预计明年投产 (not 尚未, 计划开工)
_COMPLETION = frozenset(("建成", "投产", "竣工", "交付", "试运行", "试产"))
_NEGATION_RE = re.compile(r"未|没有|不能|不再")


# a word that makes the work the aim of the clause (为某站年内建成全力推进, 确保某桥年底通车); 作为, 成为,
# 因为 and 认为 are other words
_AIM_RE = re.compile(r"(?:(?<![作成因认以称视])为|确保|力争|争取|推动|助力|保障)$")


def _aimed_at(text: str, start: int) -> bool:
    """The work starting at ``start`` (or its list) is what the clause works towards, no status reached.

    >>> _aimed_at("工人们为甲站年内建成而奋战", 4), _aimed_at("作为甲站的配套", 2), _aimed_at("今天甲站建成", 2)
    (True, False, False)
    """
    return bool(_AIM_RE.search(text, clause_start(text, start), start))


# after a status word: a time after it (建成后), or the event as the topic of what it will bring
# (建成通车对于某地发展意义重大, 投产将带动…, 建成以后): the status is spoken of, not reached
_NOT_YET_AFTER_RE = re.compile(r"(?:后|以后|之后|对于|对|将|必将|有利于|有助于)")


def not_yet_after(window: str, end: int) -> bool:
    """The status word ending at ``end`` is followed by what it will bring, not reached yet.

    >>> not_yet_after("甲铁路建成通车对于乙地发展意义重大", 7), not_yet_after("甲站建成通车，", 4)
    (True, False)
    """
    return bool(_NOT_YET_AFTER_RE.match(window, end))


def status_in(window: str) -> re.Match[str] | None:
    """The first status word of ``window`` that is a word of its own: 建成 inside 创建成为 (created as)
    or before 为 (建成为某某, built into) names what a thing becomes, no work completed.

    >>> status_in("口岸创建成为国际卫生陆港") is None, status_in("把某村建成为示范村") is None
    (True, True)
    >>> status_in("今天建成通车").group(), status_in("正式投产为全县增收").group()
    ('建成通车', '投产')
    """
    for match in _STATUS_RE.finditer(window):
        inside = window[match.start() - 1:match.start()] == "创" if match.start() else False
        if not inside and not (match.group().startswith("建成") and window[match.end():match.end() + 1] == "为"):
            return match
    return None


def forecast_completion(before: str, word: str) -> bool:
    """A status word of completion announced for later (将, 预计…), not denied: the work is being built.

    >>> forecast_completion("今年底将", "建成"), forecast_completion("预计明年", "建成投产")
    (True, True)
    >>> forecast_completion("将只争朝夕、早日", "建成"), forecast_completion("期待双方如期", "建成")
    (True, True)
    >>> forecast_completion("计划下月", "开工建设"), forecast_completion("尚未", "投产"), forecast_completion("建成", "投产")
    (False, False, False)
    """
    statuses = set(STATUS_WORDS.get(word, ()))
    return bool(_FORECAST_RE.search(before)) and statuses <= _COMPLETION and bool(statuses) and not _NEGATION_RE.search(before)
