"""Which year an article means by 今年 (``infer_year``), and the year a headline or a report
dates itself by (``title_year``, ``document_year``).

The rule, applied sentence by sentence (split at 。！？； and line breaks) over
explicit four-digit years ``YYYY年`` (1900–2099):

* a year in a sentence that also says 今年/本年 gets two votes
  (今年年初，新余市召开2024年招商引资出征大会);
* a year whose own clause speaks of the future or a plan
  (将 预计 力争 计划 有望 争取 目标 拟; 2024年，该县将持续… or
  2022年营业收入预计将达40亿元) gets one vote; for a topic year opening the
  sentence (``2024年，…``) the clause is the one after the comma;
* deadlines and horizons (到2025年, 至2025年, 2025年前, 2025年底前), ranges
  (2021年以来, 2015年至今, 2023年度) and comparison baselines (较2023年,
  与2023年相比, 2023年同期) never vote;
* the year with most votes wins, ties go to the latest; no votes → None.

Past-tense reports (2023年，全县共办理…) do not vote: an article saying only
2023年 may well have been written in 2024.

>>> infer_year("今年年初，新余市召开2024年招商引资出征大会。今年，全市安排项目154个。")
2024
>>> infer_year("2023年，全县共办理留抵退税177笔。") is None
True
"""

from __future__ import annotations

import re
from collections import Counter

from kg.normalize.numbers import nfkc

_SENTENCES = re.compile(r"[^。！？!?；;\n]+")
_YEAR = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})年(?!代)")
_NOT_A_VOTE_BEFORE = re.compile(r"(?:到|至|于|截至|截止|较|比|与|同|和)$")
_NOT_A_VOTE_AFTER = re.compile(r"^(?:度|以来|至今|底前|前|以前|之前|同期|相比|[-~至到])")
_CLAUSE_END = re.compile(r"[，,：:、]")
_FUTURE = re.compile(r"将|预计|力争|计划|有望|争取|目标|拟")
_THIS_YEAR = re.compile(r"今年|本年")


def _clause_after(sentence: str, start: int, end: int) -> str:
    """The rest of the clause after a year; for a topic year (2024年，…) the next clause."""
    rest = sentence[end:]
    if rest[:1] in ("，", ",") and not sentence[:start].strip(" “\"‘'"):
        rest = rest[1:]
    stop = _CLAUSE_END.search(rest)
    return rest[: stop.start()] if stop else rest


def _clause_before(sentence: str, start: int) -> str:
    """The part of the clause that precedes a year."""
    head = sentence[:start]
    cut = max((m.end() for m in _CLAUSE_END.finditer(head)), default=0)
    return head[cut:]


def _votes(sentence: str) -> Counter[int]:
    """Votes of one sentence for the article's current year."""
    votes: Counter[int] = Counter()
    this_year = bool(_THIS_YEAR.search(sentence))
    for match in _YEAR.finditer(sentence):
        before, after = sentence[: match.start()], sentence[match.end() :]
        if _NOT_A_VOTE_BEFORE.search(before) or _NOT_A_VOTE_AFTER.search(after):
            continue
        year = int(match.group(1))
        if this_year:
            votes[year] += 2
        future = (
            _clause_after(sentence, match.start(), match.end()) + _clause_before(sentence, match.start())[-4:]
        )
        if _FUTURE.search(future):
            votes[year] += 1
    return votes


def infer_year(text: str) -> int | None:
    """The year the text calls 今年, from explicit year mentions; None when unknown.

    >>> infer_year("预计到2022年二期投产，2022年营业收入预计将达40亿元。今年以来…")
    2022
    >>> infer_year("2024年，该县将持续聚焦目标。2023年，该县扎实推进。")
    2024
    """
    votes: Counter[int] = Counter()
    for sentence in _SENTENCES.findall(nfkc(text)):
        votes.update(_votes(sentence))
    if not votes:
        return None
    return max(votes, key=lambda y: (votes[y], y))


_TITLE_YEAR = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})年(?!代)|^((?:19|20)[0-9]{2})(?=[\u4e00-\u9fff])(?![万亿千百])")
_REVIEW = re.compile(r"((?:19|20)[0-9]{2})\s*年(?:工作)?回顾")
_REPORT = re.compile(r"工作报告$")


def title_year(title: str) -> int | None:
    """The year a headline dates itself by, not a deadline, a range or a baseline; None without one.

    >>> title_year("2030年某省外贸首破万亿"), title_year("2030某地投资大会举行"), title_year("到2030年建成新城")
    (2030, 2030, None)
    >>> title_year("某县2030年统计公报"), title_year("2030万元项目落地") is None
    (2030, True)
    """
    text = nfkc(title)
    for match in _TITLE_YEAR.finditer(text):
        if _NOT_A_VOTE_BEFORE.search(text[: match.start()]) or _NOT_A_VOTE_AFTER.search(text[match.end():]):
            continue
        return int(match.group(1) or match.group(2))
    return None


def document_year(title: str, headings: list[str], subtitle: str = "") -> int | None:
    """The year a report or bulletin reports on: a review heading (``2029年工作回顾``) first; a
    government work report titled (or, without a year in its title, subtitled) with year Y
    reviews Y − 1; else the title's year.

    >>> document_year("政府工作报告", [], "——2030年1月14日在某省人民代表大会上")
    2029

    >>> document_year("2030年某省政府工作报告", []), document_year("2030年某省政府工作报告", ["一、2029年工作回顾"])
    (2029, 2029)
    >>> document_year("某县2030年国民经济和社会发展统计公报", ["一、综合"])
    2030
    """
    for heading in headings:
        review = _REVIEW.search(nfkc(heading))
        if review:
            return int(review.group(1))
    year = title_year(title) or title_year(subtitle.lstrip("—-－ "))
    if year and _REPORT.search(title.strip()):
        return year - 1
    return year
