"""Counts that tell an incident, not a statistic: a toll, damage, a strike, an emergency response.

``造成3人死亡`` (people counted, then what befell them: also 撤离, 被捕), ``500多座房屋受损`` (things
counted, then the damage) and ``空袭了约40个目标`` (a military or police action, or a fire, then what it
hit: also 逮捕了25名抗议者, 过火面积超过57平方公里) report what happened once;
``死亡人口2100人`` and ``死亡率`` stay statistics. An emergency response before the count (紧急转移群众
约4万人, 出动救援人员5000名, 抢通公路30条: kind response, each a word of its own, so 派出所民警 is no
派出) tells the incident's handling, no one's statistic; so do a war's engagements counted right after
their verb (kind engagement: 共作战1400余次). The words are ``stat_incident_words.tsv``.

>>> incident("洪水造成3人死亡", 4, 6), incident("全县死亡人口2100人", 6, 11)
(True, False)
>>> incident("龙卷风致500多座房屋受损", 4, 9), incident("空袭了约40个目标", 4, 7)
(True, True)
>>> incident("全县紧急转移群众约4万人", 9, 12), incident("全县派出所民警300名", 7, 11)
(True, False)
"""

from __future__ import annotations

import re
from functools import cache

from kg.lexicon import word_boundaries
from kg.lexicons import lexicon_rows


@cache
def _words(kind: str) -> re.Pattern[str]:
    entries = sorted((row.entry for row in lexicon_rows("stat_incident_words") if row.extra.get("kind") == kind),
                     key=len, reverse=True)
    return re.compile("|".join(entries))


# what may stand between a count and the toll or damage: the noun counted (3人|死亡, 500多座|房屋|受损)
_COUNTED_THEN_RE = r"(?:左右)?[\u4e00-\u9fff]{0,6}?(?:被|遭)?"


def incident(clause: str, start: int, end: int) -> bool:
    """Whether the value ``clause[start:end]`` counts an incident's toll or damage (the toll word
    after it, with the counted noun between), what a military strike hit (the strike verb in the
    clause before it) or an emergency response (a response word before it)."""
    if re.match(_COUNTED_THEN_RE + f"(?:{_words('toll').pattern})", clause[end:]):
        return True
    if re.search(f"(?:{_words('engagement').pattern})(?:已经|已)?(?:了|共|约|达到?|近|超过?)?$", clause[:start]) \
            or clause[end - 1:end] in "次起" and re.match(r"[^，。；]{0,8}?(?:" + _words("engagement").pattern + ")",
                                                          clause[end:]):
        return True  # 共作战1400余次, 地震1000次, 2000多次(有感)地震: engagements or quakes counted as occurrences
    return bool(_words("strike").search(clause, 0, start)) or _responds(clause, start)


def _responds(clause: str, start: int) -> bool:
    """Whether a word of an emergency response, as a word of its own, stands in the clause before ``start``."""
    found = list(_words("response").finditer(clause, 0, start))
    if not found:
        return False
    bounds = word_boundaries(clause)
    return any(m.start() in bounds and m.end() in bounds for m in found)
