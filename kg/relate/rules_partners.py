"""Partnerships: ``甲与乙签约合作``, ``甲联合乙``, ``甲对口支援`` → cooperatesWith.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from kg.relate.context import ArticleContext
from kg.relate.registry import Triple, relation_rule
from kg.relate.rules_places import settlement
from kg.relate.rules_topics import opposed
from kg.types import Mention

# partnership words; 签订/签署 (…协议) is a signing between both sides, as 签约 is
_COOPERATE_RE = re.compile(r"重组|对口支援|对口合作|结对共建|结对|战略合作|合作|联合(?!国)|共建|签约|签订|签署")  # 联合国: a body
_CLAUSE_BREAK_RE = re.compile(r"[，。；：！？]")
# a place after a locative preposition is where two sides meet, not a side (某某在北京同某国代表会谈)
_VENUE_RE = re.compile(r"(?:在|于)$")

# a count of bodies right after a place (江西|一家医药企业, 某省|多家高校): the unnamed bodies are the side
_COUNTED_AFTER_RE = re.compile(r"[一两几多数某][家所个座位]")


# a conjunction joining two sides; not the 和 of 共和国, 和平, 和谐
_JOINED_RE = re.compile(r"同|与|(?<!共)和(?![平谐睦])")


def inside_a_body(mentions: list[Mention], at: int) -> bool:
    """Whether ``at`` lies inside the name of a body (联合国, 某某合作组织, 某某合作社).

    >>> inside_a_body([Mention(0, 3, "联合国", "Organization")], 0), inside_a_body([Mention(0, 2, "甲省", "Place")], 2)
    (True, False)
    """
    return any(m.type == "Organization" and m.start <= at < m.end for m in mentions)


def inside_a_title(text: str, at: int) -> bool:
    """Whether ``at`` lies inside a title in 《》 or a name in quotes.

    >>> inside_a_title("举办《青年合作论坛》", 7), inside_a_title("签署“合作”协议，深化合作", 12)
    (True, False)
    """
    before = text[:at]
    return before.count("《") > before.count("》") or before.count("“") > before.count("”")


@relation_rule("cooperation", produces=('cooperatesWith',))
def cooperation(ctx: ArticleContext) -> Iterator[Triple]:
    """Two bodies/places joined by 与/和/联合 before a partnership word."""
    for index, (sentence, mentions) in enumerate(ctx.units):
        text = sentence.text
        for word in _COOPERATE_RE.finditer(text):
            if inside_a_title(text, word.start()) or inside_a_body(mentions, word.start()):
                continue  # 《某某合作论坛》, 联合国, 某合作组织: the word names the title or the body
            if opposed(text, word.start()):
                continue  # 终止甲国与乙国的合作协议: a partnership ended or refused
            parties = [m for m in mentions if m.type in ("Organization", "Place") and m.end <= word.start()
                       and word.start() - m.start <= 40 and not inside_a_title(text, m.start)]
            parties = [m for m in parties if not any(o != m and o.start <= m.start and m.end <= o.end for o in parties)]
            while len(parties) >= 2 and parties[-2].type == parties[-1].type == "Place" \
                    and parties[-2].end == parties[-1].start:
                del parties[-2]  # 甲公司与乙省丙市签约: the chain of divisions is one side, its finest place
            gap = text[parties[-2].end:parties[-1].start] if len(parties) >= 2 else ""
            # 甲与乙: the two joined by a short gap; 从甲获悉，…与乙 has a clause between them
            if _JOINED_RE.search(gap) and len(gap) <= 12 and not _CLAUSE_BREAK_RE.search(gap) \
                    and not _VENUE_RE.search(text, 0, parties[-2].start) \
                    and "在内" not in gap \
                    and not _COUNTED_AFTER_RE.match(text, parties[-1].end):  # 与江西一家企业: the firm is the side
                head, tail = ctx.name_of(index, parties[-2]), ctx.name_of(index, parties[-1])
                if head and tail:
                    yield head, "cooperatesWith", tail, ctx.evidence(index, "cooperatesWith.pair_keyword", 0.7)


@relation_rule("partnership_verbs", produces=('cooperatesWith',))
def partnership_verbs(ctx: ArticleContext) -> Iterator[Triple]:
    """``X联合Y`` → X cooperatesWith Y; ``A、B对口支援`` → A (and B) cooperate with the article's place."""
    for index, (sentence, mentions) in enumerate(ctx.units):
        text = sentence.text
        bodies = sorted((m for m in mentions if m.type in ("Organization", "Place")), key=lambda m: m.start)
        bodies = [m for m in bodies if not any(o is not m and o.start <= m.start and m.end <= o.end for o in bodies)]
        for left, right in itertools.pairwise(bodies):
            if text[left.end:right.start] in ("联合", "携手", "牵手"):
                head = ctx.name_of(index, left)
                for partner in listed_from(text, bodies, right):  # 甲省携手乙市、丙省: each partner
                    tail = ctx.name_of(index, partner)
                    if head and tail:
                        yield head, "cooperatesWith", tail, ctx.evidence(index, "cooperatesWith.joint_verb", 0.7)
        for match in re.finditer(r"(?:对口支援|对口帮扶|结对帮扶)(?!单位)", text):  # 某村的结对帮扶单位: support_unit
            partners = [m for m in bodies if m.end <= match.start() and match.start() - m.end <= 12
                        and m.type == "Organization"]
            helped = next((m for m in bodies if m.start == match.end()), None)  # 甲局结对帮扶乙镇: 乙镇
            home = ctx.name_of(index, helped) if helped else ctx.subject
            for partner in partners:
                name = ctx.name_of(index, partner)
                if name and home and name != home:
                    yield name, "cooperatesWith", home, ctx.evidence(index, "cooperatesWith.support", 0.6)


@relation_rule("signed_settlement", produces=("cooperatesWith",))
def signed_settlement(ctx: ArticleContext) -> Iterator[Triple]:
    """``甲、乙等基金签约落地某区`` → the place cooperates with each body that signs to settle there (a
    signing has two sides); 落户 alone is no agreement named."""
    for index, mention, name in ctx.named("Organization"):
        found = settlement(ctx, index, mention)
        if found and found[1].startswith("签约") and found[0] != name:
            yield found[0], "cooperatesWith", name, ctx.evidence(index, "cooperatesWith.signed_settlement", 0.7)



def listed_from(text: str, bodies: list[Mention], first: Mention) -> list[Mention]:
    """The list of names ``first`` opens, joined by 、/和/及/与 (乙市、丙省和丁县 → all three).

    >>> a, b = Mention(0, 2, "乙市", "Place"), Mention(3, 5, "丙省", "Place")
    >>> [m.text for m in listed_from("乙市、丙省深化协作", [a, b], a)], [m.text for m in listed_from("乙市深化丙省", [a, b], a)]
    (['乙市', '丙省'], ['乙市'])
    """
    listed = [first]
    for nxt in (m for m in bodies if m.start > first.start):
        if text[listed[-1].end:nxt.start] not in ("、", "和", "及", "与"):
            break
        listed.append(nxt)
    return listed


# 甲单位是乙村(的)挂点帮扶单位: a body assigned to help a village or a place (genre words of rural support)
_SUPPORT_UNIT_RE = re.compile(r"(?:的)?(?:挂点|定点|结对|对口|驻村)?(?:帮扶|共建|支援|联系)单位")


@relation_rule("support_unit", produces=("cooperatesWith",))
def support_unit(ctx: ArticleContext) -> Iterator[Triple]:
    """``甲局是乙乡丙村挂点帮扶单位`` → 甲局 cooperatesWith 丙村 (the finest place of the chain after 是)."""
    for index, (sentence, mentions) in enumerate(ctx.units):
        text = sentence.text
        named = sorted((m for m in mentions if m.type in ("Organization", "Place")), key=lambda m: m.start)
        for helper in named:
            if text[helper.end:helper.end + 1] != "是":
                continue
            chain = [m for m in named if m.start >= helper.end + 1]
            end, helped = helper.end + 1, None
            for m in chain:  # the chain of places right after 是 (乙乡丙村): the finest names the helped
                if m.start != end:
                    break
                end, helped = m.end, m
            if helped is not None and _SUPPORT_UNIT_RE.match(text, end):
                head, tail = ctx.name_of(index, helper), ctx.name_of(index, helped)
                if head and tail:
                    yield head, "cooperatesWith", tail, ctx.evidence(index, "cooperatesWith.support_unit", 0.7)
