"""Companies named by a brand and a trade word, without a legal form (企业名称登记管理规定 第六条:
字号 + 行业表述): 甲和科技, 乙博环境 — where the brand is a name and the sentence speaks of firms.

>>> [m.text for m in trade_names("园区引进晶丰科技、欧瑞环境等企业，推动发展科技。")]
['晶丰科技', '欧瑞环境']
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.spans import CJK
from kg.lexicons import lexicon
from kg.types import Mention


@lru_cache(maxsize=1)
def _trade_name_re() -> re.Pattern[str]:
    trades = sorted(lexicon("trade_words"), key=lambda w: (-len(w), w))
    return re.compile(rf"([{CJK}]{{2}})({'|'.join(trades)})(?=[，。、；）)等]|$)")


def trade_names(text: str) -> list[Mention]:
    """Companies named without a legal form, as the enterprise-name rules build them: a brand of
    two characters + a trade word (甲和科技, 乙博环境), between a boundary word and punctuation. The
    brand must be unknown to the dictionary or a proper name (发展|科技, 营商|环境 are no companies).

    >>> [m.text for m in trade_names("引进晶丰科技、欧瑞环境等企业，推动发展科技。")]
    ['晶丰科技', '欧瑞环境']
    """
    from kg.extract.org_words import GENERIC_HEADS
    from kg.extract.spans import _is_boundary_word
    from kg.lexicon import frequency, pos, words

    out = []
    for match in _trade_name_re().finditer(text):
        brand, start = match.group(1), match.start()
        before = words(text[max(0, start - 4):start])
        if start > 0 and "\u4e00" <= text[start - 1] <= "\u9fff" and not (before and _is_boundary_word(before[-1])):
            continue
        if frequency(match.group()) > 0:
            continue  # 营商环境: a word of the dictionary, not a company
        tag = pos(brand) or ""
        if frequency(brand) > 0 and not tag.startswith(("nr", "ns", "nz", "nt", "j")) or brand in GENERIC_HEADS:
            continue  # a brand is a word the dictionary does not know, or a proper name
        if not _brand_stands(text, start, match.start(2)) or _listed_without_firms(text, start, match.end()):
            continue
        out.append(Mention(match.start(), match.end(), match.group(), "Organization", "company"))
    return out


# what closes a list of firms: 等企业, 等续建项目, 等航空公司 (the heads of _ENUM_RE, with a few words between)
_FIRMS_CLOSE_RE = re.compile(rf"等[{CJK}]{{0,6}}?(?:企业|公司|项目|单位|基金|机构|银行|集团)")
_LIST_JOINERS = "、和与及"


def _listed_without_firms(text: str, start: int, end: int) -> bool:
    """A trade name that is one item of a list whose items are no firms: the list neither closes with
    a word for firms (…等企业) nor holds a body with a company's suffix (甲集团、乙电子). 多式联运、
    冷链物流等业态 and 投早、投小、投硬科技 list trades and ways of investing, not companies.

    >>> _listed_without_firms("发展仓储、冷链物流等业态", 5, 9), _listed_without_firms("引进晶丰科技、欧瑞环境等企业", 2, 6)
    (True, False)
    >>> _listed_without_firms("甲乙集团、晶丰科技签约", 5, 9), _listed_without_firms("晶丰科技今年投产", 0, 4)
    (False, False)
    """
    if text[start - 1:start] not in tuple(_LIST_JOINERS) and text[end:end + 1] not in tuple(_LIST_JOINERS):
        return False
    left = max([text.rfind(c, 0, start) for c in "，。；：！？（(“"] + [-1]) + 1
    ends = [i for i in (text.find(c, end) for c in "，。；：！？）)”") if i >= 0]
    clause = text[left:min(ends) if ends else len(text)]
    if _FIRMS_CLOSE_RE.search(clause):
        return False
    from kg.extract.org_words import _BARE_COMPANY_WORDS, _LEGAL_FORMS

    items = re.split(f"[{_LIST_JOINERS}]", clause.split("等")[0])
    return not any(item.endswith(_BARE_COMPANY_WORDS + _LEGAL_FORMS) and len(item) > 2 for item in items)


# the parts of speech that never open a brand: verbs, adverbs, prepositions, conjunctions, particles,
# pronouns, numerals, measure and direction words (都|是新能源, 以|新能源, 提振|汽车)
_NOT_BRAND_TAGS = frozenset("vdpcurmqf")


def _brand_stands(text: str, start: int, trade: int) -> bool:
    """A brand opens a word of the sentence, its trade word opens another, and its first word is no
    verb or function word: 了|解中医药, 碳|基新|材料, 近一半|都是新能源 and 提振|汽车 name no company.

    >>> _brand_stands("遴选了晶丰科技等企业", 3, 5), _brand_stands("了解中医药", 1, 2), _brand_stands("提振汽车消费", 0, 2)
    (True, False, False)
    """
    from kg.extract.spans import _is_boundary_word
    from kg.lexicon import tagged

    at, opening = 0, {}
    for word, tag in tagged(text):
        opening[at] = (word, tag)
        at += len(word)
    if start not in opening or trade not in opening:
        return False
    word, tag = opening[start]
    return not (tag[:1] in _NOT_BRAND_TAGS and tag != "vn") and not (len(word) > 1 and _is_boundary_word(word))
