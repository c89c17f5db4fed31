"""Programmes named without quotes, in the style of work reports and news.

Two sources: a name ending in a programme head of ``kg/data/lexicons/initiative_heads.tsv``
(``…行动``, ``…改革``, ``…试点``, ``…责任制``) where the sentence runs it (``深入实施山林护绿行动``) or
reports its progress (``学区管理改革有序推进``), and the national programmes of
``kg/data/lexicons/programmes.tsv`` (``河长制``, ``以旧换新``), each with its founding document.

A ``…工程`` with a proper-name part is a project, not a programme (``石门水源工程``).

>>> [m.text for m in find_programmes("深入实施山林护绿行动，学区管理改革有序推进")]
['山林护绿行动', '学区管理改革']
>>> find_programmes("推进重点改革和各项行动")
[]
"""

from __future__ import annotations

import re

from kg.extract.spans import CJK, HARD_STOP
from kg.lexicons import lexicon
from kg.types import Mention

HEADS = tuple(sorted(lexicon("initiative_heads"), key=len, reverse=True))
PROGRAMMES = tuple(sorted(lexicon("programmes"), key=len, reverse=True))
# heads that name a programme only in a quoted or titled name (机制, 模式, 计划 are too common)
_UNQUOTED_HEADS = ("专项行动", "攻坚行动", "行动计划", "行动", "改革", "试点", "责任制", "工程", "班列", "清单")
# a head that runs on into another head or a body's suffix names neither (改革|委, 行动|计划)
_HEAD_RE = re.compile("(?:" + "|".join(h for h in HEADS if h in _UNQUOTED_HEADS)
                      + ")(?![" + CJK + "]{0,2}(?:试点|计划))(?![委办局厅院部组司处队])")
_PROGRAMME_RE = re.compile("|".join(map(re.escape, PROGRAMMES)))
# the verbs and adverbs that lead into a programme's name: 深入实施|…行动
_LEAD_RE = re.compile(
    r"(?:实施|开展|推进|深化|启动|推行|落实|推动|组织|部署|完成|参与|扎实|深入|大力|全面|持续|加快|常态化|积极|稳步|"
    r"纵深|接续|统筹|用好|抓好|抓实|开行|制定|出台|建立|完善|坚持|巩固|拓展|打好|打赢|确定|公布|批准|入选|获批|列入|纳入|成为|以|把|将|和|及|与|的|了)"
)
_OPENING_RE = re.compile(r"(?:建设|打造|创建|争创|争取|获批|申报)+")
# what a report says of a programme that runs: …改革稳步推进, …行动成效明显
_PROGRESS_RE = re.compile(r"^(?:深入|稳步|扎实|加快|全面|有序|持续|纵深)?(?:推进|实施|开展|取得|成效|落地|见效|得到|深化|启动|完成)")
GENERIC_START = re.compile(r"^(?:一系列|实际|具体|统一|共同|联合|重大|重点|各|一批|多项|相关|所有|全部|这|该|此|本|其|系列|专项|第|[0-9一二三四五六七八九十百]+[项个批列])")
_COUNT_RE = re.compile(r"(?<!第)[0-9一二三四五六七八九十两]+[个项家张条类处座所批]")
_SHORT_HEADS = ("改革", "试点", "清单")  # 农村改革, 经营试点: a field, not a programme; a programme's core is longer


def _name_start(text: str, head_start: int) -> tuple[int, bool]:
    """Where the name before a head begins, and whether a lead verb opened it."""
    start = head_start
    while start > 0 and head_start - start < 16 and text[start - 1] not in HARD_STOP:
        start -= 1
    from kg.lexicon import word_boundaries

    bounds = {start + b for b in word_boundaries(text[start:head_start])}
    # a one-character lead (以, 把, 和) is a word of its own (以 in 省以下 is none); a verb may open a longer
    # word of jieba's (推进|改革 in 推进改革攻坚行动)
    leads = [m.end() for m in _LEAD_RE.finditer(text, start, head_start)
             if m.start() in bounds and (m.end() in bounds or len(m.group()) > 1)
             and not (m.group() in _JOINS and _one_character_after(text[start:head_start], m.end() - start))]
    if not leads:
        return start, False
    joined = leads[:-1] if _joined_inside(text, start, leads[-1], head_start) else leads
    if head_start - (joined[-1] if joined else start) <= 14:
        leads = joined  # 耕地保护|和|粮食安全责任制: 和 joins two fields inside one name, not two programmes
    lead = leads[-1] if leads else start
    if text[lead:lead + 1] == "好" and lead + 1 in bounds:
        lead += 1  # 实施好|…工程: a verb of running done well (推进|好人好事… keeps its word)
    return lead, True


_JOINS = "和及与"


def _one_character_after(stretch: str, at: int) -> bool:
    """The conjunction before ``at`` is a character of a word the dictionary lacks (宜业|和|美|乡村: 和美, "harmonious
    and beautiful"): one character of its own follows it that the dictionary reads as a quality or as a country's
    abbreviation, no verb, number or level (某活动和|扩|进口, 国家和|省 join).

    >>> _one_character_after("宜居宜业和美乡村建设", 5), _one_character_after("出海活动和扩进口专项", 5)
    (True, False)
    """
    from kg.lexicon import tagged

    position = 0
    for word, tag in tagged(stretch):
        if position == at:
            return len(word) == 1 and tag in ("a", "ag", "ns")  # 美 read as a quality or as 美国's abbreviation
        position += len(word)
    return False


def _joined_inside(text: str, start: int, lead: int, head_start: int) -> bool:
    """The conjunction ending at ``lead`` joins two fields inside one programme's name (耕地保护|和|粮食安全
    责任制): a short noun phrase before it, no list (甲、乙和丙改革), no programme of its own before it (某某
    改革|和|…), words of the name's own after it, and no kind of work (某港|及|配套工程).

    >>> _joined_inside("耕地保护和粮食安全责任制", 0, 5, 9), _joined_inside("甲乙、丙丁和戊己改革", 0, 6, 8)
    (True, False)
    """
    from kg.extract.quoted_figures import kind_of_work

    if text[lead - 1] not in _JOINS or head_start - lead < 2 or "、" in text[max(0, start - 1):lead]:
        return False
    if text.endswith(HEADS + PROGRAMMES, start, lead - 1) or kind_of_work(text[lead:head_start] + "工程"):
        return False
    return _noun_before(text, start, lead - 1)


def _noun_before(text: str, start: int, end: int) -> bool:
    """The words of ``text[start:end]`` are a phrase opened by a noun (耕地|保护 before 和): the first of two
    fields joined inside one name, not a verb (坚持|和|完善) nor a programme of its own; a longer stretch is a
    clause of its own (深度谋划重大项目|和|重大工程).

    >>> _noun_before("耕地保护和粮食安全责任制", 0, 4), _noun_before("坚持和完善某某制度", 0, 2)
    (True, False)
    >>> _noun_before("深度谋划重大项目和重大工程", 0, 8)
    False
    """
    from kg.lexicon import pos, words

    tokens = words(text[start:end])
    return len(tokens) >= 2 and end - start <= 6 and (pos(tokens[0]) or "x").startswith("n") and pos(tokens[0]) != "nr"


# adverbs of manner that stand before a report's predicate (全面|推开…, 深入|实施…)
_MANNER_RE = re.compile(r"(?:扎实|深入|大力|全面|持续|加快|积极|稳步|纵深|接续|统筹|加速|全力)$")


def _after_predicate(text: str, start: int, head_start: int) -> int:
    """Past the verb that follows an adverb of manner: the predicate, not the name's first word
    (全面|推开|林票改革); a name may open with a verb of its own (激发需求行动).

    >>> _after_predicate("全面推开林票改革", 2, 6), _after_predicate("实施激发需求行动", 2, 6)
    (4, 2)
    """
    from kg.lexicon import pos, words

    if not _MANNER_RE.search(text, 0, start):
        return start
    tokens = words(text[start:head_start])
    first = tokens[0] if tokens else ""
    verb = (pos(first) or "").startswith("v") and pos(first) != "vn" and len(first) > 1
    return start + len(first) if verb and head_start - start - len(first) >= 2 else start


def _word_bounded(text: str, start: int, head_start: int, end: int) -> bool:
    """The head closes a word (体制|改革, 体制改革; not 执|行动|态) and the name holds no adverb."""
    from kg.lexicon import pos, words

    spans, position = [], start
    for word in words(text[start:end + 2]):
        spans.append((position, position + len(word)))
        if position + len(word) <= head_start and (pos(word) or "").startswith("d") and len(word) > 1:
            return False
        position += len(word)
    return any(a <= head_start and b == end for a, b in spans) or (
        any(a == head_start for a, _ in spans) and any(b == end for _, b in spans))


def _one_verb(core: str) -> bool:
    """打击|行动, 提升|行动: a verb alone says what is done, not which programme; so does a light verb
    closing the core, whose object the head is (继续|采取|行动: "take action"), and 对 or 向 with its
    object (对|某国|行动: "action against").

    >>> _one_verb("继续采取"), _one_verb("对青石"), _one_verb("乡村著名"), _one_verb("治理欠薪"), _one_verb("自贸试验区提升")
    (True, True, False, False, False)
    """
    from kg.lexicon import pos, words

    tokens = words(core)
    if tokens and (tokens[0] in ("对", "向") or tokens[-1] in _LIGHT_VERBS):
        return True
    return len(tokens) == 1 and (pos(core) or "").startswith(("v", "a", "d")) and pos(core) != "vn"


# verbs whose object is an action noun (形式动词 of 现代汉语 grammars, with 采取): 采取|行动, 进行|改革
_LIGHT_VERBS = ("进行", "加以", "给予", "予以", "作出", "做出", "采取", "展开")


def _kind_of_action(core: str) -> bool:
    """The core's last word says what kind of action or work it is (kg/data/lexicons/action_kinds.tsv),
    or points to one named before (此次, 这次: a pronoun of the dictionary).

    >>> _kind_of_action("报复性打击"), _kind_of_action("甲国此次"), _kind_of_action("城市更新")
    (True, True, False)
    """
    from kg.lexicon import pos, words

    tokens = words(core)
    return bool(tokens) and (tokens[-1] in lexicon("action_kinds") or (pos(tokens[-1]) or "").startswith("r"))


def _is_project(core: str, head: str) -> bool:
    from kg.extract.work_generic import has_proper_part

    return head == "工程" and has_proper_part(core)


def _headed(text: str) -> list[Mention]:
    out = []
    for match in _HEAD_RE.finditer(text):
        start, led = _name_start(text, match.start())
        opening = _OPENING_RE.match(text, start, match.start())
        if opening and match.start() - opening.end() >= 2:
            start = opening.end()  # 建设|东海班列: a verb that opens the clause, not the name
        start = _after_predicate(text, start, match.start())
        core = text[start:match.start()]
        listed = text[start - 1:start] == "、" or text[match.end():match.end() + 1] == "、"
        runs = bool(_PROGRESS_RE.match(text[match.end():match.end() + 6]))
        if text[start - 1:start] == "”":
            continue  # “甲乙”管理改革: the quoted part is the programme's name
        shortest = 4 if match.group() in _SHORT_HEADS else 2
        if not (shortest <= len(core) <= 14) or GENERIC_START.match(core) or "等" in core or "作为" in core or _COUNT_RE.search(core) \
                or not _word_bounded(text, start, match.start(), match.end()):
            continue
        if _kind_of_action(core) or core.endswith("性") and match.group() == "工程":
            continue  # 军事|行动, 枢纽|工程: what kind of action or work; 标志性|工程: a quality, not which programme
        if (led or listed or runs) and not _is_project(core, match.group()) and not (len(match.group()) == 2 and _one_verb(core)):
            out.append(Mention(start, match.end(), text[start:match.end()], "Initiative"))
    return out


# a national designation: 国家…试验区 (a free-trade zone, 自贸试验区, is a place, not a programme)
_DESIGNATION_RE = re.compile(rf"国家[{CJK}]{{2,14}}?(?:试验区|先行区)")


# a national census, numbered (全国经济普查条例, 全国农业普查条例, 全国污染源普查条例, 全国人口普查条例)
_CENSUS_RE = re.compile(rf"第[一二三四五六七八九十]{{1,3}}次(?:全国)?([{CJK}]{{2,6}}?)普查")


def _censuses(text: str) -> list[Mention]:
    """第五次全国经济普查: what is counted is named by nouns (第一次开展普查 is no census).

    >>> [m.text for m in _censuses("第三次全国土壤普查启动，第一次开展普查")]
    ['第三次全国土壤普查']
    """
    from kg.lexicon import pos, words

    return [Mention(m.start(), m.end(), m.group(), "Initiative") for m in _CENSUS_RE.finditer(text)
            if all((pos(w) or "").startswith("n") for w in words(m.group(1)))]


def find_programmes(text: str) -> list[Mention]:
    """Unquoted programme mentions of one sentence."""
    found = _headed(text) + _censuses(text)
    found += [Mention(m.start(), m.end(), m.group(), "Initiative") for m in _DESIGNATION_RE.finditer(text)
              if not any(o.start < m.end() and m.start() < o.end for o in found)]
    for match in _PROGRAMME_RE.finditer(text):
        if not any(m.start <= match.start() and match.end() <= m.end for m in found):
            found.append(Mention(match.start(), match.end(), match.group(), "Initiative"))
    found = [m for m in found if not text.startswith("之一", m.end)]  # 最悠久的某某工程|之一: one of a class
    return sorted(_not_works(text, found), key=lambda m: (m.start, m.end))


def _not_works(text: str, found: list[Mention]) -> list[Mention]:
    """The programmes that the projects' rules do not name as a work on the same words (某某水利枢纽工程,
    某水库主体工程: a work, not a programme run).

    >>> [m.text for m in _not_works("白沙水库主体工程完工", [Mention(0, 8, "白沙水库主体工程", "Initiative")])]
    []
    """
    if not any(m.text.endswith("工程") for m in found):
        return found
    from kg.extract.projects import find_projects
    from kg.extract.work_generic import WORKS

    works = find_projects(text)
    # a name ending in a work's head (某某供水工程, 跨海大桥|工程) is a work or a class of works, never a programme;
    # nor is a work's name with the verb before it (做实|某某高速公路改扩建工程)
    return [m for m in found if not any(m.start <= w.start and w.end == m.end for w in works)
            and not m.text.removesuffix("工程").endswith(WORKS)
            and not m.text.endswith(WORKS)]
