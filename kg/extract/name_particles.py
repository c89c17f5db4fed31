"""Would-be names that hold a particle or name a side: an adverb, a verb or a conjunction after a name
(李强在|会见, 某某颁|发, 某某和|某某), a preposition before it (向|某某总统), a country's
side or army (巴方愿, 乌军正), a city with an adverb or a plural (来宾|们); a common word after a post
(总统|任期内), a former post's mark (前|总理), a transliterated name read in part (梅德韦|杰夫).

>>> side_of_country("乌军正"), without_trailing_adverb(Mention(0, 3, "王明在", "Person")).text
(True, '王明')
"""

from __future__ import annotations

from kg.types import Mention

# one-character adverbs, prepositions and particles that follow a name in news (李某在…, 某某还表示,
# 甲乙等出席) and are never read as its last character before a verb of news
_TRAILING_FUNCTION = frozenset("在将还等也就已都又")


def without_trailing_adverb(name: Mention) -> Mention:
    """A would-be name of three characters or more ending in an adverb or particle is the name before
    it (李强在|会见时 → 李强, 普京还|表示 → 普京).

    >>> without_trailing_adverb(Mention(0, 3, "王明在", "Person")).text, without_trailing_adverb(Mention(0, 3, "王明远", "Person")).text
    ('王明', '王明远')
    """
    end = name.end
    while end - name.start >= 3 and name.text[end - name.start - 1] in _TRAILING_FUNCTION:
        end -= 1
    return name if end == name.end else Mention(name.start, end, name.text[:end - name.start], name.type)


def without_glued_verb(text: str, name: Mention) -> Mention:
    """A would-be name of three characters whose last character opens a verb with the characters after
    it is the name of its first two, when jieba reads the sentence so: 陈某|颁发, 苏某|出席, 普京|报以
    (a one-character verb glued after a two-character name). A name jieba reads whole stays.

    >>> without_glued_verb("王平颁发证书", Mention(0, 3, "王平颁", "Person")).text
    '王平'
    >>> without_glued_verb("王志强调研工作", Mention(0, 3, "王志强", "Person")).text
    '王志强'
    >>> without_glued_verb("总理莫特利对我国进行访问", Mention(2, 5, "莫特利", "Person")).text
    '莫特利'
    >>> without_glued_verb("委员蔡昉应邀作讲座", Mention(2, 5, "蔡昉应", "Person")).text
    '蔡昉'
    >>> without_glued_verb("市长王平代表市政府致辞", Mention(2, 5, "王平代", "Person")).text
    '王平'
    """
    from kg.lexicon import pos, tagged
    from kg.lexicons import lexicon

    if len(name.text) != 3:
        return name
    tokens = tagged(text[name.start:name.end + 3])
    if len(tokens) >= 3 and tokens[0][1].startswith("nr") and len(tokens[0][0]) == len(tokens[1][0]) == 1 \
            and len(tokens[2][0]) >= 2 and tokens[2][1] == "v":
        return Mention(name.start, name.start + 2, name.text[:2], name.type)  # 蔡|某|应邀: a surname, a rare given name
    if len(tokens) < 2 or tokens[0][0] != name.text[:2] or len(tokens[1][0]) < 2:
        return name
    word = tokens[1][0]
    if not any((pos(opening) or "").startswith("v") for opening in (word, word[:2])) and word not in lexicon("lead_verbs"):
        return name  # a verb of the dictionary (颁发|奖状 read as one noun opens with one; 代表, tagged a noun,
        # of lexicon lead_verbs: 王平|代表…), not a guess (利对)
    head, tag = tokens[0]
    if tag.startswith("nr") or all(c in lexicon("transliteration_chars") for c in head):
        return Mention(name.start, name.start + 2, head, name.type)
    return name


def without_leading_preposition(text: str, name: Mention) -> Mention:
    """A would-be name of three characters before a foreign leader's title that opens with a preposition
    and goes on with a transliterated name is that name (向|拜登总统, 同|马克龙总统); 向 as a surname
    before a Chinese given name (向明华总统) stays.

    >>> without_leading_preposition("向拜登总统致电", Mention(0, 3, "向拜登", "Person")).text
    '拜登'
    """
    from kg.lexicons import lexicon

    rest = name.text[1:]
    if len(name.text) != 3 or name.text[0] not in _PREPOSITIONS or not text.startswith(_FOREIGN_TITLES, name.end) \
            or not all(c in lexicon("transliteration_chars") for c in rest):
        return name
    return Mention(name.start + 1, name.end, rest, name.type)


# prepositions that stand before a leader addressed or met (向某某总统致贺电, 同某某总统会谈)
_PREPOSITIONS = frozenset("向同与和对给致应")
_FOREIGN_TITLES = ("总统", "副总统", "首相", "总理", "国王", "王储", "议长", "女王", "埃米尔", "苏丹")


def without_conjunction(text: str, name: Mention) -> Mention:
    """A would-be name of three characters ending in 和, 与 or 及 that jieba reads as a two-character
    name and the conjunction, another name or a count after it, is the two-character name (王某|和|李某某
    出席, 队长某某|和|1名队员); a name before a verb stays whole (张文和|说).

    >>> without_conjunction("王勇和赵立新出席", Mention(0, 3, "王勇和", "Person")).text
    '王勇'
    >>> without_conjunction("张文和说", Mention(0, 3, "张文和", "Person")).text
    '张文和'
    """
    from kg.lexicon import tagged

    if len(name.text) != 3 or name.text[-1] not in "和与及":
        return name
    tokens = tagged(text[name.start:name.end + 4])
    if len(tokens) >= 3 and tokens[0][0] == name.text[:2] and tokens[0][1].startswith("nr") \
            and tokens[1] == (name.text[-1], "c") and tokens[2][1][:1] in ("n", "m"):
        return Mention(name.start, name.start + 2, name.text[:2], name.type)
    return name


def side_of_country(name: str) -> bool:
    """A country, or its one-character short name + 方 / 军 (巴方, 乌军: a side, an army), possibly
    with the adverb after it or the preposition 应 / 向 before it (巴方愿, 南非前, 应埃及), or a city
    with the adverb or plural after it (赣州正, 来宾们), is no person.

    >>> side_of_country("巴方愿"), side_of_country("应埃及"), side_of_country("赣州正"), side_of_country("巴沙尔")
    (True, True, True, False)
    """
    from kg.extract.place_words import country_initials
    from kg.extract.places import countries
    from kg.gazetteer import load

    stem = name[:-1] if name[-1:] in "愿正前们" else name
    stem = stem[1:] if stem[:1] in "应向" and len(stem) >= 3 else stem  # 应|埃及|总理某某邀请
    return (stem in countries() or len(stem) == 2 and stem[1] in "方军" and stem[0] in country_initials()
            or stem != name and any(d.level == "prefecture" for d in load().candidates(stem)))  # 唐山|正, 来宾|们




def side_in_talks(text: str, name: Mention) -> bool:
    """A would-be name opening with one character + 方 in a sentence that names China's side or both sides
    (中方, 双方) is a country's side, the rest the verb after it (马方|愿同中方, 阿方|希望…, 欧方|为…); a post
    right after it says the same (某方|主席): a person's title stands before the name, not after.

    >>> side_in_talks("甲方愿同中方一道", Mention(0, 3, "甲方愿", "Person"))
    True
    >>> side_in_talks("邓方出席会议", Mention(0, 2, "邓方", "Person")), side_in_talks("王方明表示", Mention(0, 3, "王方明", "Person"))
    (False, False)
    """
    from kg.lexicon import tagged
    from kg.lexicons import lexicon

    if len(name.text) not in (2, 3) or name.text[1] != "方":
        return False
    after = text[name.start + 2:name.start + 6]
    if any(after.startswith(post) for post in lexicon("positions")):
        return True
    talks = "中方" in text[:name.start] + text[name.start + 2:] or "双方" in text or "各方" in text
    return talks and (not after or tagged(after)[0][1][:1] in ("v", "p", "d", "c"))


def opens_with_common_word(text: str, start: int, speaks: bool) -> bool:
    """The would-be name after a post opens with a common word of the dictionary, no name (首相|任命仪式,
    总统|任期内, 主席|成功访问, 总书记|明确指出, 党员|干部代表): a word tagged other than a name or a place
    and seen at least 100 times. A given name that is also a word of a name's tag (高峰, 向阳) stays, and
    so does a noun when a verb of saying follows the name (工程师马力|介绍: ``speaks``).

    >>> opens_with_common_word("总统任期内", 2, False), opens_with_common_word("市长王平说", 2, True)
    (True, False)
    """
    from kg.lexicon import frequency, pos

    for word in (text[start:start + 2], text[start:start + 3]):
        tag = pos(word)
        if tag and not tag.startswith(("nr", "ns")) and frequency(word) >= 100 and not (speaks and tag.startswith("n")):
            return True
    return False


def post_inside_word(text: str, start: int) -> bool:
    """The post before ``start`` closes a longer word with the characters after it (轮值|主席国|发挥,
    总统府): the would-be name opens inside that word.

    >>> post_inside_word("轮值主席国发挥作用", 4), post_inside_word("国务院总理王立新讲话", 5)
    (True, False)
    """
    from kg.lexicon import word_boundaries

    left = max(0, start - 4)
    return start - left not in word_boundaries(text[left:start + 4])


# the marks of a post held before or now, printed between a name and a title (纪念|前|总理某某, 原|主席)
_TENURE_MARKS = frozenset("前原现")


def ends_in_tenure_mark(text: str, end: int) -> bool:
    """The would-be name before a title ends in 前, 原 or 现, which qualify the title (纪念前|总理: a
    former prime minister), no name's last character.

    >>> ends_in_tenure_mark("纪念前总理某某", 3), ends_in_tenure_mark("会见王立新总理", 5)
    (True, False)
    """
    return text[end - 1:end] in _TENURE_MARKS


def with_transliterated_rest(text: str, name: Mention, chars: frozenset[str]) -> Mention:
    """A transliterated name read only in part goes on over the characters of the transliteration table
    around it up to a name's edge (梅德韦|杰夫, 米舒斯|京 after it; 迪萨纳|亚克, 瓦|塔拉 before it): after
    it, up to a punctuation mark, a particle (等, 的) or a word of the dictionary (共同, 表示); before it,
    from a punctuation mark or a character of no transliteration (同|瓦塔拉总统).

    >>> with_transliterated_rest("副主席梅德韦杰夫等交谈", Mention(3, 6, "梅德韦", "Person"), frozenset("梅德韦杰夫")).text
    '梅德韦杰夫'
    >>> with_transliterated_rest("，迪萨纳亚克总统访华", Mention(4, 6, "亚克", "Person"), frozenset("迪萨纳亚克")).text
    '迪萨纳亚克'
    """
    if not all(c in chars for c in name.text):
        return name
    start, end = name.start, name.end
    while start > 0 and text[start - 1] in chars and name.end - start < 8:
        start -= 1
    while end < len(text) and text[end] in chars and end - start < 8:
        end += 1  # up to eight characters: 叶尔梅克巴耶夫
    if start < name.start and not _name_edge_before(text, start):
        start = name.start
    while end > name.end and not _name_edge_after(text, end):
        end -= 1  # the longest run that ends at a name's edge (叶尔梅克巴耶夫|致辞: 致 is of the table too)
    if (start, end) == (name.start, name.end):
        return name
    return Mention(start, end, text[start:end], name.type)


def _name_edge_before(text: str, start: int) -> bool:
    return start == 0 or not "\u4e00" <= text[start - 1] <= "\u9fff" or text[start - 1] in _PREPOSITIONS


def _name_edge_after(text: str, end: int) -> bool:
    from kg.lexicon import frequency, tagged

    if end >= len(text) or not "\u4e00" <= text[end] <= "\u9fff" or text[end] in "等的和与及、说称":
        return True  # punctuation, a particle, a conjunction, a verb of saying of one character
    word, tag = tagged(text[end:end + 4])[0]
    return len(word) >= 2 and not tag.startswith("nr") and (frequency(word) >= 100 or tag.startswith("v"))


def in_state_name(text: str, end: int, chars: frozenset[str]) -> bool:
    """The would-be name ending at ``end`` is part of a foreign state's or province's name: up to two more
    characters of the transliteration table, then 州 or 省 (威斯|康星|州, 伊利诺|伊州); a title after it
    (某某|州长) leaves it a name.

    >>> in_state_name("密歇根州、威斯康星州", 9, frozenset("威斯康星")), in_state_name("伊利诺伊州", 3, frozenset("伊"))
    (True, True)
    >>> in_state_name("纽森州长表示", 2, frozenset("纽森"))
    False
    """
    at = end
    while at < len(text) and at - end < 2 and text[at] in chars:
        at += 1
    return text[at:at + 1] in ("州", "省") and text[at:at + 2] not in ("州长", "省长")


def across_interpuncts(text: str, name: Mention, chars: frozenset[str]) -> Mention:
    """A transliterated name goes on across the interpunct that parts a foreign name (GB/T 15834-2011,
    间隔号): 米洛·久卡诺维奇, not 米洛; 5·12 or 一·二九 are no names' parts. The part after it takes
    the characters of the transliteration table, two at least; a hyphen joins two such parts when the
    name before it is all of the table too (梅利克-巴格达萨罗夫).

    >>> across_interpuncts("总统米洛·久卡诺维奇表示", Mention(2, 4, "米洛", "Person"), frozenset("米洛久卡诺维奇")).text
    '米洛·久卡诺维奇'
    """
    end = name.end
    marks = _INTERPUNCTS | (_HYPHENS if all(c in chars for c in name.text) else frozenset())
    while text[end:end + 1] in marks and end + 1 < len(text):
        run = end + 1
        while run < len(text) and run - end <= 8 and text[run] in chars:
            run += 1
        if run - end < 3:
            break  # one character after it: a name read only in part (夏尔·米|歇尔) is left as it was
        end = run
    return name if end == name.end else Mention(name.start, end, text[name.start:end], "Person")


_INTERPUNCTS = frozenset("·•・‧")
_HYPHENS = frozenset("-－‐")  # a double-barrelled transliterated name (梅利克-巴格达萨罗夫), both parts of the table


def opens_with_function_word(item: str) -> bool:
    """由|张三, 和|李四: a preposition or a conjunction of one character before a two-character name
    (于|会文 is no name: 于会文 stays)."""
    from kg.lexicon import tagged

    tokens = tagged(item)
    return len(tokens) == 2 and tokens[0][1] in ("p", "c") and len(tokens[1][0]) == 2 and tokens[1][1].startswith("nr")


def name_then_word(item: str) -> bool:
    """张三|先后: a two-character name, then a common word of two characters or more that names nothing, or
    one opening with such a word (某某|高度评价); not 李四|苏打, 王储|萨巴赫.

    >>> name_then_word("张陆先后进入"), name_then_word("莫迪高度评价成果"), name_then_word("李广苏打开舱门")
    (True, True, False)
    """
    from kg.lexicon import frequency, pos, tagged

    tokens = tagged(item)
    if len(tokens) < 2 or len(tokens[0][0]) != 2 or not tokens[0][1].startswith("nr") or len(tokens[1][0]) < 2:
        return False
    word, tag = tokens[1]
    return any(not (t or "nr").startswith(("nr", "ns")) and frequency(w) >= 1000 for w, t in ((word, tag), (word[:2], pos(word[:2]))))


def across_policy_word(text: str, start: int, end: int) -> bool:
    """A would-be name ``text[start:end]`` that a word of policy documents runs across (lexicon
    policy_words: 普|惠小微, 普惠托|育) is a cut of the policy phrase; a name holding such a word whole
    (李小微说) is not touched.

    >>> across_policy_word("加大普惠小微贷款", 3, 6), across_policy_word("新增普惠托位", 2, 5), across_policy_word("李小微说", 0, 3)
    (True, True, False)
    """
    from kg.lexicons import lexicon

    words = lexicon("policy_words")
    return any(text.startswith(word, at) and (at < start < at + len(word) or at < end < at + len(word))
               for word in words for at in range(max(0, start - len(word) + 1), end))


def after_a_count(text: str, start: int) -> bool:
    """The would-be name opens with 万 or 亿 right after a digit: the unit of a count (1355万|小微主体).

    >>> after_a_count("为1355万小微主体", 5), after_a_count("记者万小平说", 2)
    (True, False)
    """
    return text[start:start + 1] in ("万", "亿") and text[start - 1:start].isdigit() and start > 0


def verb_before_surname(name: str) -> bool:
    """A would-be name of three characters before a title whose first two are a verb of the dictionary
    (相信|习主席, 祝贺|王主席, 感谢|李总理): a leader named by the surname alone, after a verb.

    >>> verb_before_surname("相信习"), verb_before_surname("王建国")
    (True, False)
    """
    from kg.lexicon import frequency, pos

    return len(name) == 3 and (pos(name[:2]) or "").startswith("v") and frequency(name[:2]) >= 100


def titled_only(name: str, posts: frozenset[str]) -> bool:
    """A surname and a post (施|站长, 郑|主席) calls a person by title, no name (as 王女士); a post joined
    to another by 兼 (王储|兼|首相) opens none; a kind of document (lexicon document_kinds: 白皮书) is none.

    >>> titled_only("施站长", frozenset({"站长"})), titled_only("王储兼", frozenset({"王储"})), titled_only("王立新", frozenset({"站长"}))
    (True, True, False)
    """
    from kg.lexicons import lexicon

    return (name[1:] in posts or name[2:] in posts or name[:2] in posts and name[2:] == "兼"
            or name in lexicon("document_kinds"))  # 白皮书指出: a document (jieba tags it nr)
