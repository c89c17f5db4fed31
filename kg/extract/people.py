"""People: named individuals after a post or a role word (``总经理陈晓东``,
``村民王平``), before a verb of saying (``刘海说``), and credited reporters.

>>> [(m.text, m.type) for m in find_people("该厂总经理陈晓东告诉记者，订单排到了年底。")]
[('总经理', 'Position'), ('陈晓东', 'Person')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.name_particles import (
    across_interpuncts,
    across_policy_word,
    after_a_count,
    ends_in_tenure_mark,
    in_state_name,
    name_then_word,
    opens_with_common_word,
    opens_with_function_word,
    post_inside_word,
    side_in_talks,
    side_of_country,
    titled_only,
    verb_before_surname,
    with_transliterated_rest,
    without_conjunction,
    without_glued_verb,
    without_leading_preposition,
    without_trailing_adverb,
)
from kg.extract.place_words import names_a_site
from kg.lexicon_data import SURNAMES
from kg.lexicons import lexicon
from kg.types import Mention


@lru_cache(maxsize=1)
def position_words() -> frozenset[str]:
    """Posts and titles (kg/data/lexicons/positions.tsv): 省长, 总经理, 总统 …, and the deputy of each
    (副 + post: 副主任委员, 副州长), as every leading post has one."""
    posts = lexicon("positions")
    return posts | {"副" + post for post in posts if not post.startswith("副")}


@lru_cache(maxsize=1)
def _position_re() -> re.Pattern[str]:
    words = position_words() | lexicon("role_words")
    return re.compile("|".join(sorted(words, key=lambda w: (-len(w), w))))


_AFTER_NAME = set("说表介告在等介，。、的发满笑年通每凭作带邀反拨开元：:告是也就对将与和为从向把被用已正都还代")
# Verbs of news reports that follow a speaker's or a visitor's name.
_NEWS_VERBS = frozenset(("表示", "指出", "强调", "会见", "会谈", "通电", "宣布", "签署", "访问", "出席", "发表", "主持",
                         "调研", "考察", "来到", "前往", "勉励", "介绍", "告诉"))
# Head characters of bodies and events: a guessed "name" ending in one names a meeting or a body (宣介会).
_BODY_HEADS = frozenset("会局委部厅办站所院馆处科组队社团")
_SAY_RE = re.compile(r"(?:^|(?<=[，。”！？\s的：:、]))([\u4e00-\u9fff]{2,4})(?=说|表示|介绍|告诉|坦言|感慨|透露|指出|强调|来到|前往|考察|勉励|会见|主持|出席)")
_CN_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")
NOT_NAMES = {
    "笔者", "记者", "大家", "我们", "他们", "她们", "群众", "村民", "市民", "居民", "负责人", "工作人员", "相关",
    "有关", "同时", "目前", "此外", "据悉", "据了解", "他说", "她说", "有人", "老人", "孩子", "专家", "干部",
}


def _name_after(text: str, start: int) -> tuple[int, int] | None:
    """A 2–3 character personal name starting at ``start`` (surname first), if any."""
    first = text[start:start + 1]
    if not first or (first not in SURNAMES and text[start:start + 2] not in SURNAMES):
        return None
    for length in (3, 2):
        end = start + length
        name = text[start:end]
        if len(name) < length or not _CN_NAME.fullmatch(name) or name in NOT_NAMES:
            continue
        after = text[end:end + 1]
        if name[-1] in "说讲称道介" or _makes_a_report(text, end - 1):
            continue
        if after == "" or after in _AFTER_NAME or not ("\u4e00" <= after <= "\u9fff") \
                or text[end:end + 2] in _NEWS_VERBS or _makes_a_report(text, end):
            return start, end
    return None


def _makes_a_report(text: str, at: int) -> bool:
    """作 at ``at`` is the verb of making a report (某某作关于…的报告, 作的…说明), not a name's last character.

    >>> _makes_a_report("王晨作说明", 2), _makes_a_report("张作霖说", 1)
    (True, False)
    """
    return text[at:at + 1] == "作" and text[at + 1:at + 3].startswith(("的", "关于", "说明", "报告", "了"))


def _guessed_names(text: str) -> list[tuple[int, int]]:
    """Spans jieba's HMM tags as personal names, looked for only where a name can be: a surname
    followed by characters the dictionary does not join into words (王|炎|生). The HMM runs on a
    small window around each such place, not on the whole sentence (it is jieba's slowest part)."""
    from kg.lexicon import single_runs

    spans: list[tuple[int, int]] = []
    for start, end in single_runs(text, 3):
        spans.extend(_window_names(text, start, end))
    return sorted(set(spans))


def _window_names(text: str, first: int, end: int) -> list[tuple[int, int]]:
    """Names the HMM tags in the run ``text[first:end]`` of single characters; the HMM runs only when
    some position of the run could start a guess that :func:`find_people` keeps (:func:`_guess_kept`)."""
    from kg.lexicon import tagged

    last = end - 1
    if end - first < 3 or not any(text[i] in SURNAMES for i in range(first, last - 1)):
        return []  # only three-character names are guessed
    if not any(_guess_kept(text, start, start + 3) for start in range(first, end)):
        return []
    left, right = max(0, first - 2), min(len(text), last + 3)
    out, position = [], left
    for word, flag in tagged(text[left:right]):
        start, position = position, position + len(word)
        if flag == "nr" and first <= start <= last:
            out.append((start, position))
    return out


def _name_shape(name: str) -> bool:
    """2–3 Chinese characters, a surname first, not a role word, not anonymised (黄某某), not ending
    in a verb of saying or an aspect particle (总书记|来了). After a post (工程师马平) this is enough, even for a dictionary word."""
    return (2 <= len(name) <= 3 and bool(_CN_NAME.fullmatch(name)) and name not in NOT_NAMES and "某" not in name
            and (name[0] in SURNAMES or name[:2] in SURNAMES) and name[-1] not in "说讲称道了着过"
            and name[-1] not in PLACE_ENDINGS and not _country(name) and not titled_only(name, position_words()))


def _country(name: str) -> bool:
    from kg.extract.places import countries

    return name in countries()


# Last characters of place names (村 乡 镇 …, 冲 and 垸 of southern villages, 湖 岛 港): never a name's end here.
PLACE_ENDINGS = frozenset("村乡镇县市区省州路街冲垸湾岭坪湖岛港")


def _plausible_name(name: str) -> bool:
    """A personal name with nothing before it to say so: its shape, and not a common word."""
    from kg.lexicon import frequency, pos

    if not _name_shape(name):
        return False
    tag = pos(name)
    return not (tag and tag != "nr" and frequency(name) >= 5)


def _unknown_word(name: str) -> bool:
    """Names guessed by jieba's HMM must not be dictionary words (华丽, 幸福感, 高新区)."""
    from kg.lexicon import frequency

    return frequency(name) == 0 and not name.endswith(("先生", "女士", "大哥", "大姐", "大叔"))


def _guess_kept(text: str, start: int, end: int) -> bool:
    """Whether an HMM-guessed name at ``text[start:end]`` is kept: three characters of a name's shape,
    no dictionary word, not the head of a trade or place word (王|装配, 张家|村), not the opening of a
    longer quoted phrase (“沙进人|退”), not a quoted item of a list of coined words (“康养游”“文博游”等), not
    a mountain's or a forest's name before the noun it qualifies (景迈山|古茶林|文化景观)."""
    word = text[start:end]
    if word[-1:] in ("山", "林") and "\u4e00" <= text[end:end + 1] <= "\u9fff" and text[end] not in _AFTER_NAME \
            and text[end:end + 2] not in _NEWS_VERBS and not _position_re().match(text, end):
        return False  # 某某山|常委 is a name before a post
    return (len(word) == 3 and _plausible_name(word) and _unknown_word(word) and word[-1] not in _BODY_HEADS
            and text[end:end + 2] not in ("装配", "工作") and text[end:end + 1] not in "村镇乡县市区路"
            and not _phrase_guess(word) and not (text[start - 1:start] == "“" and (text[end:end + 1] != "”"
                                                                                  or text[end + 1:end + 2] in "“、等")))


# last characters of guessed would-be names that end a thing's or a quality's name (某某阁, 某某舰,
# 普惠型, 安全感, a line's section 甲乙段, a hamlet 某某庄) or a phrase (关心的, 高声向), never a personal name's
_NOT_NAME_ENDS = frozenset("阁舰型性感的向段庄")


def _phrase_guess(word: str) -> bool:
    """A would-be three-character name that is a phrase: it ends as a thing or a particle does, opens
    with a conjunction (和|佐科 of 主席和佐科总统), or holds one of the most common words of the
    dictionary, which no given name is (全|中国, 应|国家; 侯|建国, 伍|全球 are names); one opening
    with a preposition (向|当选) or holding an adverb of two characters (时|再次) is a phrase too.

    >>> _phrase_guess("全中国"), _phrase_guess("关心的"), _phrase_guess("和佐科"), _phrase_guess("侯建国")
    (True, True, True, False)
    >>> _phrase_guess("向当选"), _phrase_guess("时再次")
    (True, True)
    """
    from kg.lexicon import frequency, pos, words

    tokens = words(word)
    if word[-1] in _NOT_NAME_ENDS or (pos(tokens[0]) or "").startswith("c"):
        return True  # 和|佐科
    if len(tokens) == 2 and len(tokens[1]) == 2 and (pos(tokens[1]) or "")[:1] in ("v", "d") \
            and (pos(tokens[0]) or "").startswith("p") or (pos(tokens[-1]) or "").startswith("d") and len(tokens[-1]) == 2 \
            and frequency(tokens[-1]) >= 1000:
        return True  # 向|当选, 时|再次: a preposition before a verb, a common adverb of two characters (not 立新): no given name
    return any(len(t) >= 2 and frequency(t) >= 10000 and not (pos(t) or "").startswith("nr") for t in tokens)


FUNCTION_TAGS = ("p", "c", "d", "u", "uj", "r", "f", "t", "m")


def _verb(word: str) -> bool:
    """A verb of the dictionary (强调, 指出) is no name, even after a title (总书记|强调)."""
    from kg.lexicon import frequency, pos

    return word in _NEWS_VERBS or (pos(word) or "").startswith("v") and frequency(word) >= 5


def _function_start(text: str, start: int) -> bool:
    """The would-be name begins with a function word (书记|关于…, 主任|对此…): no name there."""
    from kg.lexicon import pos, tagged

    head = text[start:start + 2]
    if (pos(head) or "") in FUNCTION_TAGS:
        return True
    first = tagged(text[start:start + 4])[:1]
    return bool(first) and len(first[0][0]) == 1 and first[0][1] in ("c", "p", "u", "uj", "d")  # 居民|和|游客


# Titles printed after a name in news of leaders (张三总书记, 李四主席); a subset of the positions.
TITLES_AFTER = ("总书记", "主席", "总理", "副总理", "委员长", "同志", "总统", "首相")
_TITLE_AFTER_RE = re.compile("|".join(TITLES_AFTER))


def _names_before_titles(text: str) -> list[Mention]:
    """A 2–3 character name directly before a leader's title, its left edge a word boundary:
    ``贯彻张三总书记`` → 张三 (the name the HMM or the dictionary tags nr)."""
    from kg.lexicon import tagged

    out = []
    for match in _TITLE_AFTER_RE.finditer(text):
        end = match.start()
        for length in (3, 2):
            start = end - length
            name = text[max(start, 0):end]
            if start < 0 or not _CN_NAME.fullmatch(name) or name in NOT_NAMES:
                continue
            if length == 3 and (_phrase_guess(name) or verb_before_surname(name)) or _inside_post(text, start, end) or ends_in_tenure_mark(text, end):
                continue
            window = tagged(text[max(0, start - 4):end])
            if any(w == name and t.startswith("nr") for w, t in window) and _left_edge(text, start) or _name_shape(name) and (start == 0 or not "\u4e00" <= text[start - 1] <= "\u9fff") and _plausible_name(name):
                out.append(Mention(start, end, name, "Person"))
                break
    return out


def _inside_post(text: str, start: int, end: int) -> bool:
    """The would-be name's last characters open a longer post ending at the title (应|国家|主席某某:
    国家主席 is the post, 国家 no name's end).

    >>> _inside_post("应国家主席某某邀请", 0, 3), _inside_post("会见王立新主席", 2, 5)
    (True, False)
    """
    title = _TITLE_AFTER_RE.match(text, end)
    return title is not None and any(text[at:title.end()] in position_words() for at in range(start + 1, end))


def _left_edge(text: str, start: int) -> bool:
    """``start`` is where a word of the sentence begins (not inside 贯彻|落实 …)."""
    from kg.lexicon import words

    left = max(0, start - 6)
    position = left
    for word in words(text[left:start + 3]):
        if position == start:
            return True
        position += len(word)
    return position == start


@lru_cache(maxsize=1)
def _transliteration_chars() -> frozenset[str]:
    return lexicon("transliteration_chars")


_FOREIGN_TITLE_RE = re.compile("(?:总统|副总统|首相|总理|外长|外交部长|国防部长|防长|国王|议长|大使|总干事|特使)")


def _foreign_names(text: str) -> list[Mention]:
    """Transliterated names after a foreign title (某国总统普京 style): 2–5 characters all of the
    transliteration table, ended by punctuation, a verb of news or the end.

    >>> [m.text for m in _foreign_names("肯尼亚总统巴拉卡说，两国友好。")]
    ['巴拉卡']
    """
    chars = _transliteration_chars()
    out = []
    for match in _FOREIGN_TITLE_RE.finditer(text):
        end = match.end()
        while end < len(text) and text[end] in chars and end - match.end() < 5:
            end += 1
        if end - match.end() < 2:
            continue
        after = text[end:end + 2]
        if after == "" or not "\u4e00" <= after[0] <= "\u9fff" or after[0] in _AFTER_NAME or after in _NEWS_VERBS:
            out.append(Mention(match.end(), end, text[match.end():end], "Person"))
    return out


def _transliterated(name: str) -> bool:
    """2–4 characters all from the transliteration table that jieba does not read as a common word
    (泽连斯基, 特朗普 yes; 安排, 利用 no)."""
    from kg.extract.places import countries
    from kg.lexicon import frequency, pos

    chars = _transliteration_chars()
    return (2 <= len(name) <= 4 and all(c in chars for c in name) and name not in countries()
            and (frequency(name) == 0 or (pos(name) or "").startswith("nr")))


_LIST_RE = re.compile(r"[\u4e00-\u9fff]{2,4}(?:、[\u4e00-\u9fff]{2,4})+")
# nouns of place after a list (甲乙、丙丁等方向, …等地, …地区): the items are places, no people
_PLACES_AFTER_LIST = re.compile(r"等?(?:方向|地区|等地|一带|前线|附近|州)")


def _listed_names(text: str) -> list[Mention]:
    """Names in a list (甲乙、丙丁、戊己等): when every item has a name's shape and at least two of
    them are names for jieba (tag nr*), every item is a Person.

    >>> [m.text for m in _listed_names("会上，王志强、孙志强、赵国栋作了发言")]
    ['王志强', '孙志强', '赵国栋']
    """
    from kg.lexicon import tagged

    out: list[Mention] = []
    if "、" not in text:  # no list (a cheap pre-check)
        return out
    for match in _LIST_RE.finditer(text):
        items, position = [], match.start()
        for item in match.group().split("、"):
            items.append((position, item))
            position += len(item) + 1
        (first_start, first), (last_start, last) = items[0], items[-1]
        if (not all(_name_shape(item) for _, item in items[1:-1]) or _PLACES_AFTER_LIST.match(text, match.end())
                or any(len(end) > 3 and not (_name_shape(a) or _name_shape(b)) for end, a, b in ((first, first[-2:], first[-3:]), (last, last[:2], last[:3])))):
            continue  # 苏梅、哈尔科夫等方向: places; or no cut of an end is a name's shape (the cuts ask the tagger)
        if len(first) > 3:  # the list's first item may carry words before it: 会见|王立新, 由|张三
            items[0] = (first_start + len(first) - (cut := 2 if opens_with_function_word(first[-3:]) else 3), first[-cut:])
        if len(last) > 3:  # …and the last the words after it: 王五|先后, 赵六|等 (a name is 2–3 characters)
            items[-1] = (last_start, last[:2] if name_then_word(text[last_start:last_start + 8]) else last[:3])
        if not (_name_shape(items[0][1]) and _name_shape(items[-1][1])):
            continue
        if sum(any(t.startswith("nr") and w == item for w, t in tagged(item)) for _, item in items) >= 2:
            out.extend(Mention(start, start + len(item), item, "Person") for start, item in items)
    return out


def _speaks(text: str, end: int) -> bool:
    """A verb of saying or of news follows the name ending at ``end`` (某某|介绍, 某某|说)."""
    return text[end:end + 1] in "说讲" or text[end:end + 2] in _NEWS_VERBS


def find_people(text: str) -> list[Mention]:
    """Person and Position mentions of one sentence."""
    out: list[Mention] = []
    positions = position_words()
    for match in _position_re().finditer(text):
        if match.group() in positions and text[match.end():match.end() + 1] == "、":
            out.append(Mention(match.start(), match.end(), match.group(), "Position"))  # 副书记、管委会主任罗观树
            continue
        span = _name_after(text, match.end())
        check = _name_shape if match.group() in positions else _plausible_name
        if not span or not check(text[span[0]:span[1]]) or _function_start(text, span[0]) or _verb(text[span[0]:span[1]]) \
                or span[1] - span[0] == 3 and _phrase_guess(text[span[0]:span[1]]) \
                or opens_with_common_word(text, span[0], _speaks(text, span[1])) or post_inside_word(text, span[0]):
            continue
        if match.group() in positions:
            out.append(Mention(match.start(), match.end(), match.group(), "Position"))
        out.append(Mention(span[0], span[1], text[span[0]:span[1]], "Person"))
    for found in _names_before_titles(text) + _foreign_names(text) + _listed_names(text):
        if not any(m.start < found.end and found.start < m.end for m in out):
            out.append(found)
    guessed = _guessed_names(text)
    for start, position in guessed:
        if any(e == start or s == position for s, e in guessed):
            continue  # 蔡奇丁|薛祥|李希韩: names glued in a headline, which the HMM cuts anywhere
        if _guess_kept(text, start, position) and not any(m.start <= start < m.end for m in out):
            out.append(Mention(start, position, text[start:position], "Person"))
    for match in _SAY_RE.finditer(text):
        name = match.group(1)
        if (_plausible_name(name) and not _function_start(text, match.start(1)) or _transliterated(name)) and not any(m.start <= match.start(1) < m.end for m in out):
            out.append(Mention(match.start(1), match.end(1), name, "Person"))
    chars = _transliteration_chars()
    out = [across_interpuncts(text, with_transliterated_rest(text, _unglued(text, m), chars), chars) if m.type == "Person" else m
           for m in out]
    out = [m for m in out if not (m.type == "Person" and (side_of_country(m.text) or names_a_site(text, m.end)
                                                           or side_in_talks(text, m) or in_state_name(text, m.end, chars)
                                                           or across_policy_word(text, m.start, m.end) or after_a_count(text, m.start)))]
    return sorted(set(out), key=lambda m: (m.start, m.end))


def _unglued(text: str, name: Mention) -> Mention:
    """The name without a particle, a verb, a conjunction or a preposition read with it (王明在, 王明颁|发,
    王明和|赵立新, 向|拜登)."""
    return without_leading_preposition(text, without_conjunction(text, without_glued_verb(text, without_trailing_adverb(name))))
