"""The measured noun phrase of a statistic and the change word before its value.

``全年全县规模以上工业企业实现营业收入`` is 规模以上工业企业营业收入: time words, the
subject's place word and the light verb 实现 go; ``比上年增收`` is the change word 增收
of the indicator named before it.

>>> clean_indicator("今年1月至5月，该区规模以上工业增加值")
'规模以上工业增加值'
>>> clean_indicator("全年全县规模以上服务业实现营业收入")
'规模以上服务业营业收入'
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.lexicons import lexicon, lexicon_rows
from kg.relate.stat_lists import GRADE_RE
from kg.relate.stat_split_words import glued_word_opens, whole_words_within
from kg.relate.stat_split_words import inside_word as _inside_word
from kg.relate.stat_split_words import unknown_word_opens as _unknown_word_opens

MEASURES = tuple(sorted((row.entry for row in lexicon_rows("stat_measures")), key=len, reverse=True))
MEASURE_RE = re.compile("|".join(MEASURES))
# A comparison base before a change word: 比上年(末), 较去年同期, 按可比价格计算 (says how, not what).
BASE_RE = re.compile(r"(?:相比|相较|比|较|同|与)(?:上年|去年|上年末|上年同期|去年同期|上月|上季度|(?:19|20)[0-9]{2}年(?:底|末)?)(?:同期)?(?:相比)?"
                     r"|按可比价(?:格)?计算|同比|环比"
                     # a base back in time or a plan period (较十年前, 相比上一年度, 较“十三五”末, 较原来)
                     r"|(?:相比|相较|较)(?:上一年度?|上一?年度|[0-9一二两三四五六七八九十]+年前|原来|过去|以前|此前"
                     r"|“[^”]{2,5}”(?:末|期末|同期|时期)?)(?:同期)?(?:相比)?|(?:相比|较)$")
_TIME_RE = re.compile(r"(?:今年|去年(?!同期)|全年|当年|年末|年底|年初|上半年|下半年|[0-9]{4}年(?:末|底)?"
                      r"|[0-9]{1,2}(?:[—–-][0-9]{1,2})?月(?:份)?|(?:今天|昨天|当天)(?:上午|下午|晚上)?"
                      r"|[0-9一二三四]季度|至(?=[0-9一二三四十今])|(?<![增长升高大降少减加复提])到(?=[0-9]{4}年|今天|目前)"
                      r"|以来|截至目前|目前)")
DROP_WORDS = frozenset({"若干", "分别", "均", "共", "共计", "已", "现有", "已经", "将", "预计", "可", "可达", "达", "达到",
                        "为", "约", "超", "近", "逾", "其中", "同时", "此外", "全市", "全县", "全区", "全乡", "全镇",
                        "全省", "全村", "该市", "该县", "该区", "该乡", "该镇", "该局", "当地", "我国", "实现", "完成了", "有", "是", "等", "了",
                        "的", "突破", "超过", "保持在", "共有", "拥有", "还有", "力争", "确保",
                        "显示", "表明", "至少", "不少于"})  # (报告显示|全国…登记: a report's verb before what it states)
_INNER_DROP = ("若干", "分别", "共", "共计", "均", "实现", "现有", "至少", "不少于")  # (建成|至少|20家: a floor)
# a total or a count with nothing named (总量达到…, 总数达到98家): of the noun phrase named before it
BARE_TOTALS = frozenset(("总量", "总数", "总额", "数量", "总规模", "规模"))
# change and light words opening the phrase a bare total takes over (新增|龙头企业16家、总数达到98家)
_NEW_RE = re.compile(r"^(?:新增|新建|新认定|新培育|累计|共)")


def total_of(previous: str, total: str) -> str:
    """The total of the noun phrase named before: ``新增龙头企业`` and 总数 → 龙头企业总数.

    >>> total_of("新增新能源装机", "总量"), total_of("地区生产总值", "总量"), total_of("", "总数")
    ('新能源装机总量', '地区生产总值总量', '总数')
    """
    named = _NEW_RE.sub("", previous)
    return named + total if len(named) >= 2 and not named.endswith(tuple(BARE_TOTALS)) else total


# 完成 is a light verb before an amount (完成商品销售额), a real verb before an action (完成重组).
_AMOUNT_NOUN_RE = re.compile(r"(?:额|收入|投资|产值|增加值|总值|总量|量)$")
_RATIO_RE = re.compile(r"(?:比重|比例|份额)[达为至到超过提高升降了]{0,3}")
_PUNCT = re.compile(r"[，。、；：“”‘’（）()《》—–\s]+")


def _is_function_word(word: str) -> bool:
    """Leading words that are not part of what is measured (verbs are: 新增, 完成, 撬动 …)."""
    from kg.lexicon import pos

    return (pos(word) or "") in ("p", "c", "d", "r", "u", "uj", "ad", "t", "f", "m", "q", "zg") or word in DROP_WORDS


# 万元GDP能耗, 每万人口医生数: an indicator per unit opens with the unit it is per.
_PER_UNIT_RE = re.compile(r"^(?:[百千万亿]元|每[百千万]人?)$")
# a rate per so many people or households (每万人发明专利拥有量, 千人床位数, 每百户汽车拥有量)
_PER_PEOPLE_RE = re.compile(r"每?[十百千万]+(?:人口|人|户|名)(?=[\u4e00-\u9fff])")


def _keeps_lead(tokens: list[str]) -> bool:
    """万元GDP能耗, 10亿元项目: a per-unit or an amount classing the noun after it stays."""
    if len(tokens) < 2:
        return False
    amount = len(tokens) > 2 and re.fullmatch(r"[0-9.]+", tokens[0]) and re.fullmatch(r"[万亿]?元", tokens[1]) \
        and not _is_function_word(tokens[2])
    return bool(_PER_UNIT_RE.match(tokens[0]) or amount or _PER_PEOPLE_RE.match("".join(tokens[:4])))


def _last_noun(tokens: list[str]) -> bool:
    """初中 (tagged a time or place word) is what a list item counts when nothing else is left."""
    from kg.lexicon import pos

    word = tokens[0]
    return len(tokens) == 1 and len(word) >= 2 and pos(word) in ("t", "f") and word not in DROP_WORDS \
        and not re.search(r"[年月日期天时后前来底末]$", word)


def _pair_first(tokens: list[str]) -> bool:
    """中|俄|双边贸易额: 中 and a country's short name open a bilateral figure and stay in it."""
    return len(tokens) > 2 and tokens[0] == "中" and tokens[1] in lexicon("country_abbreviations")


def _adverb(word: str) -> bool:
    """An adverb of degree or manner (大幅, 稳步, 都) ending an indicator says how a figure moved, not what
    it measures. A closed list: jieba tags some nouns d as well (进度)."""
    return word in _CHANGE_ADVERBS


# adverbs that stand before a change verb in statistical news (genre words)
_CHANGE_ADVERBS = frozenset(("大幅", "大幅度", "小幅", "明显", "显著", "快速", "较快", "稳步", "持续", "略有", "都", "也",
                             "均", "还", "又", "再", "已", "已经", "继续", "不断", "进一步", "逐步", "一直", "仍", "仍然",
                             "全部", "全都", "全面"))


# words that end a noun phrase right before its value without being part of it: light verbs of a total
# (累计完成, 已有), a level held (稳定在, 保持|在), the part of a whole (…医院中有16家), a comparison (比, 相比)
_TRAILING_LIGHT = frozenset(("就", "正", "首次", "已有", "累计", "累计完成", "已完成", "完成", "稳定在", "在", "中",
                             "当中", "比", "相比", "现在", "到现在"))
_HOLDS_AT = frozenset(("保持", "控制", "稳定", "维持", "持续保持"))
_HELD_OVER_RE = re.compile(r"这|那|长期|(?:近|这|每|多|几|历|常|连续)?[几多]?年来?")  # (规模这|几年|一直|保持: how long)
# a run of periods a level held over, ending the phrase (连续5年保持在, 连续三个月)
_RUN_OF_PERIODS_RE = re.compile(r"连续[0-9一二两三四五六七八九十]+个?(?:年|月|季度)(?:保持|稳定|维持|站稳)?在?$")
_PART_OF = frozenset(("中", "当中"))


def without_light_end(indicator: str, counted: bool = False) -> str:
    """A noun phrase standing right before its value, without the light words ending it; before a
    count with its noun after it (``…在建项目中|13个项目``) only the part of a whole (中, 当中) goes.

    >>> without_light_end("邮政行业寄递业务量累计完成"), without_light_end("优良天数比例保持在")
    ('邮政行业寄递业务量', '优良天数比例')
    >>> without_light_end("高中"), without_light_end("装机占比"), without_light_end("在建项目中", counted=True)
    ('高中', '装机占比', '在建项目')
    >>> without_light_end("群众满意率连续5年保持"), without_light_end("水质达标率继续保持")
    ('群众满意率', '水质达标率')
    """
    from kg.lexicon import words

    run = _RUN_OF_PERIODS_RE.search(indicator)
    if run and run.start() >= 2 and not counted:
        indicator = indicator[:run.start()]  # 满意率连续5年保持|97%: how long the level held, not what
    tokens = words(indicator)
    while len(tokens) > 1 and tokens[-1] in (_PART_OF if counted else _TRAILING_LIGHT | _HOLDS_AT) \
            and not (tokens[-1] == "比" and tokens[-2].endswith("占")):  # 装机占|比: a share
        last = tokens.pop()
        if last == "在" and len(tokens) > 1 and tokens[-1] in _HOLDS_AT:
            last = tokens.pop()
        while last in _HOLDS_AT and len(tokens) > 1 and (tokens[-1] in _CHANGE_ADVERBS or _HELD_OVER_RE.fullmatch(tokens[-1])):
            tokens.pop()  # 产量继续|保持: how the level held, not what
    while not counted and len(tokens) > 1 and tokens[-1] in DROP_WORDS:
        tokens.pop()  # 总里程将|稳定在…: a modal or filler the light words had hidden
    return "".join(tokens)


def _partner_first(tokens: list[str]) -> bool:
    """对东盟出口, 向欧盟出口, 自日本进口: the preposition names the partner of a trade or investment
    flow, and without it the flow turns round (德国对中国出口额 is no 中国出口额)."""
    return bool(tokens) and tokens[0] in ("对", "向", "自", "从") and bool(_FLOW_RE.search("".join(tokens[1:])))


_FLOW_RE = re.compile(r"出口|进口|进出口|贸易|投资|援助")


def _strip_ends(tokens: list[str]) -> list[str]:
    while tokens and not _keeps_lead(tokens) and not _last_noun(tokens) and not _partner_first(tokens) and not _pair_first(tokens) and (_is_function_word(tokens[0]) or re.fullmatch(r"[0-9.]+", tokens[0]) or _PUNCT.fullmatch(tokens[0])) \
            and not (tokens[0] == "和" and len(tokens) > 1 and len(tokens[1]) == 1) and not _unknown_word_opens(tokens) \
            and not glued_word_opens(tokens):
        tokens.pop(0)  # (和|美乡村: a word, no conjunction)
    while tokens and (tokens[-1] in DROP_WORDS or _PUNCT.fullmatch(tokens[-1]) and not _closes_gloss(tokens)):
        tokens.pop()
    return tokens


def _closes_gloss(tokens: list[str]) -> bool:
    """Whether the last token closes a gloss opened inside the phrase: 人才（团队）, 县（市、区）, 生产总值(GDP)
    keep it, as the statistics print them."""
    return tokens[-1] in ("）", ")") and any(t in ("（", "(") for t in tokens[1:-1])


# a round mark passed, printed with no unit of its own, before the level reached (经济总量突破千亿、达到…,
# 人均生产总值突破5万关口、达到…): the mark is no part of what is measured
_MILESTONE_END_RE = re.compile(r"(?:在全[国省市县])?(?:首次|历史性|一举|率先)?(?:突破|超过|迈上|跨上|站上|越过|破)了?"
                               r"(?:[0-9.]+[十百千万亿]*|[一二两三四五六七八九十]?[十百千万亿]+)[\u4e00-\u9fff]{0,2}?"
                               r"(?:大关|关口|台阶)?[、，]?\s*(?:达到?|为)?$")


@lru_cache(maxsize=8192)  # pure; indicator phrases recur
def clean_indicator(text: str) -> str:
    """The measured noun phrase: time words, subjects, comparison bases, light verbs and fillers dropped.

    >>> clean_indicator("并出台积极有效的应对疫情助企纾困解难若干措施")
    '应对疫情助企纾困解难措施'
    >>> clean_indicator("批发业完成商品销售额"), clean_indicator("完成全国重点实验室重组")
    ('批发业商品销售额', '完成全国重点实验室重组')
    >>> clean_indicator("服务业增加值占地区生产总值的比重")
    '服务业增加值占地区生产总值的比重'
    >>> clean_indicator("居民消费价格指数（CPI")
    '居民消费价格指数'
    >>> clean_indicator("每万人发明专利拥有量达到"), clean_indicator("万人发明专利拥有量")
    ('每万人发明专利拥有量', '万人发明专利拥有量')
    >>> clean_indicator("对中国出口额"), clean_indicator("中俄双边贸易额")
    ('对中国出口额', '中俄双边贸易额')
    >>> clean_indicator("经济总量突破千亿、达到"), clean_indicator("人均生产总值突破5万关口、")
    ('经济总量', '人均生产总值')
    """
    from kg.lexicon import words

    text = _MILESTONE_END_RE.sub("", text) if len(_MILESTONE_END_RE.sub("", text)) >= 2 else text
    text = _TIME_RE.sub(" ", BASE_RE.sub(" ", text))  # (the base first: 较2022年 is a base, not a period)
    # …的比重 (服务业增加值占地区生产总值的比重, 研发人员的比例): a bare share is of what is named before it
    after = text.rsplit("的", 1)[1].strip() if "的" in _unquoted(text) else ""  # (“经认证的经营者”: a name)
    if len(after) >= 2 and not _RATIO_RE.fullmatch(after) and re.sub(r"(?:达到?|为|超过?|突破|约|近)+$", "", after.strip()) not in BARE_TOTALS:
        text = after  # (种群的数量: a bare total is of what is named before it, which stays)
    tokens = _strip_ends(_without_examples([t for t in words(text.strip()) if t.strip()]))
    tokens = _after_jiang([t for k, t in enumerate(tokens) if t not in _INNER_DROP or _inside_word(tokens, k)])
    while len(tokens) > 1 and _adverb(tokens[-1]):
        tokens.pop()  # 确诊病例大幅(增加): how it moved, not what
    if "完成" in tokens and _AMOUNT_NOUN_RE.search("".join(tokens)):
        tokens = [t for t in tokens if t != "完成"]
    # after a conjunction inside the phrase, the later part is what is counted
    for k in range(len(tokens) - 1, 0, -1):
        if tokens[k] in ("和", "与", "及", "并", "并且") and len("".join(tokens[k + 1:])) >= 2:
            tokens = tokens[k + 1:]
            break
    return _with_quote_opened(text, _UNCLOSED_RE.sub("", "".join(_strip_ends(tokens))).strip("、 "))


def _unquoted(text: str) -> str:
    """``text`` without its quotations (“经认证的经营者”（AEO） → （AEO）): a 的 inside one is the name's."""
    return re.sub(r"“[^”]*”?", "", text)


def _with_quote_opened(text: str, indicator: str) -> str:
    """A quotation the stripping of leading words cut into (“两新”政策 → 新”政策) whole again, from its
    opening mark in ``text``: ``“两新”政策消费``."""
    close = indicator.find("”")
    if close < 0 or "“" in indicator[:close]:
        return indicator
    quoted = text.find(indicator[: close + 1])
    opening = text.rfind("“", 0, quoted) if quoted > 0 else -1
    return text[opening:quoted] + indicator if opening >= 0 and quoted - opening <= 8 else indicator


def _after_jiang(tokens: list[str]) -> list[str]:
    """The phrase around 将 inside it: 将 before a noun marks the object a change acts on (某报告将|增长
    预期下调…: 增长预期); before a verb it is a modal after the agent (某部门将|安排补助资金: 安排补助资金),
    and before a bare change verb ending the phrase it leaves what changes (关税税率将|升高: 关税税率).
    将士, 将军 are words of their own."""
    from kg.lexicon import pos

    if "将" not in tokens[1:-1]:
        return tokens
    k = len(tokens) - 1 - tokens[::-1].index("将")
    before, after = tokens[:k], tokens[k + 1:]
    if _BARE_CHANGE_RE.fullmatch("".join(after)) or after[0] in ("占", "占到", "相当于"):  # 容量将|占全球: a share of it
        return before if len("".join(before)) >= 2 else tokens
    if (pos(after[0]) or "").startswith("p"):
        return tokens  # 将|于3日生效, 将|通过…支持: a modal before a preposition, no object of 将
    if len([t for t in after if t not in ("在", "于", "至", "到", "为")]) == 1 and (pos(after[0]) or "").startswith(("v", "a")):
        return tokens  # 总里程将|稳定在…: a verb with no object, the light words' to end
    return after if len("".join(after)) >= 2 and (pos(after[0]) or "") != "uj" else tokens


# a change verb alone (升高, 放缓至): after a modal 将, what changes is the phrase before it
_BARE_CHANGE_RE = re.compile(r"(?:升高|降低|缩减|缩短|缩小|放缓|扩大|增加|减少|增长|下降|提高|提升|上升|上涨|下跌|回落|翻番)[至到]?")


# a gloss the change word cut off before its closing bracket: 居民消费价格指数（CPI）上涨 → 居民消费价格指数
_UNCLOSED_RE = re.compile(r"[（(][^）)]*$")


def _without_examples(tokens: list[str]) -> list[str]:
    """``培育独角兽、瞪羚等高成长性企业`` → 培育高成长性企业: examples before 等 name no indicator.

    The examples run back from the first 、 (or from 等 ending the phrase) to the verb before them (or the
    phrase's start).
    """
    from kg.lexicon import pos

    listed = "等" in tokens and "、" in tokens and tokens.index("、") < tokens.index("等")
    if not listed and tokens[-1:] != ["等"]:
        return tokens  # (完成西直门等|15个商圈: one example right before the count)
    start = tokens.index("、") if listed else len(tokens) - 1
    while start > 0 and not (len(tokens[start - 1]) > 1 and (pos(tokens[start - 1]) or "").startswith("v")):
        start -= 1
    return tokens[:start] + tokens[tokens.index("等") + 1:] if start or listed else tokens  # (危房等: no verb, one noun)


def money_noun(clause: str, end: int) -> str:
    """The noun an amount of money is, printed right after it and ending with a value word
    (``value_words.tsv``): ``安排2亿元|专项资金`` → 专项资金; ``3亿元的项目`` names none.

    >>> money_noun("每年安排2亿元专项资金，推动…", 7), money_noun("投资3亿元的项目", 5)
    ('专项资金', '')
    """
    noun = counted_noun(clause, end)
    return noun if noun.endswith(tuple(lexicon("value_words"))) else ""


def counted_noun(clause: str, end: int) -> str:
    """The noun a count is of when it follows the count: ``160家企业`` → 企业, ``2家5A级景区`` → 5A级景区."""
    from kg.lexicon import words

    quoted = re.match(r"“[^”]{1,10}”[\u4e00-\u9fff]{0,4}", clause[end:])  # 47个“产业下沉”车间
    if quoted:
        return quoted.group()
    grade = GRADE_RE.match(clause, end)  # 5A级景区, 千亿级产业: the grade classes the noun after it
    if grade:
        noun = counted_noun(clause, grade.end())
        return grade.group() + noun if noun else ""
    tail = re.match(r"[\u4e00-\u9fff]{1,16}", clause[end:])
    if not tail:
        return ""
    tokens = whole_words_within(words(tail.group()), 12) or words(tail.group()[:12])  # (…监管改革: no 改)
    kept = _noun_words(tokens)
    while len(kept) > 1 and kept[-1] in _PART_OF:
        kept.pop()  # 52个在建项目|中有13个: the whole a part is taken from
    rest = tokens[len(kept):]
    if kept and rest and rest[0] in _NOUN_CONJUNCTIONS:  # 33个国家和地区, 30家民宿与农家乐: one counted noun
        more = _noun_words(rest[1:])
        after = clause[end + len("".join(kept + rest[:1] + more)):]
        if len("".join(more)) >= 2 and _NOUN_PHRASE_ENDS_RE.match(after) and not _NUMERAL_RE.match(more[0]):
            kept += rest[:1] + more  # (not 25家企业与某地签署…: a partner; not 3座水库和泵站12座: the next count's)
    rest = tokens[len(kept):]
    if kept and rest and rest[0] in lexicon("stat_work_nouns") \
            and _NOUN_PHRASE_ENDS_RE.match(clause, end + len("".join(kept)) + len(rest[0])):
        kept.append(rest[0])  # 7个老旧小区|改造: the work done to the things names what is counted
    return "".join(kept)


# a change to a new level (增至, 降到, 提高到)
_CHANGED_TO_RE = re.compile(r"[增减降升涨][至到]|(?:增加|增长|减少|下降|降低|提高|提升|扩大|缩小)[至到]")
# conjunctions joining two nouns into one counted thing, which ends the noun phrase (的, a punctuation mark)
_NOUN_CONJUNCTIONS = frozenset(("和", "与", "及", "以及"))
_NOUN_PHRASE_ENDS_RE = re.compile(r"的|[，。；：、！？”）]|$")
_NUMERAL_RE = re.compile(r"[0-9若几数多一二两三四五六七八九十百千万]")  # 6个示范点和若干个…: another count


def _noun_words(tokens: list[str]) -> list[str]:
    """The leading words of ``tokens`` that can make up a counted noun (to the first function word,
    verb or change word)."""
    from kg.extract.spans import _is_boundary_word

    kept: list[str] = []
    for word in tokens:
        first_ok = not kept and not _is_function_word(word) and not _adverb(word)  # 303个|建制|村: a verb-like first
        # word can name the thing; 7000多亩|全部实现…: an adverb cannot
        if (_is_boundary_word(word) and not first_ok) or word in DROP_WORDS or MEASURE_RE.match(word) \
                or _CHANGED_TO_RE.match(word):  # 2900家|增至15000家: the change, no noun
            break
        if kept and (word in _RECOGNITION_VERBS or _adverb(word)):
            break  # 12个项目|获国家科学技术奖, 100名外国人|也…: the noun's predicate or adverb, no part of it
        kept.append(word)
    return kept


# verbs of winning an award or a place on a list (获, 入选…): after a counted noun, its predicate
_RECOGNITION_VERBS = frozenset(("获", "获得", "荣获", "获评", "入选", "入围", "跻身", "纳入", "列入"))

# What may stand between a change word and its value: 增长了, 提高到, 下降至, 增加超
_TO_VALUE_RE = re.compile(r"[了到至为达超过近约逾共计累计分别\s]*")


def last_measure(head: str) -> re.Match[str] | None:
    """The change word right before the value: ``增加值同比增长`` → 同比增长 (增加值 is a noun);
    none in ``改造提升高标准农田`` (提升 there is part of the verb, the value counts 农田).

    >>> last_measure("工业增加值同比增长").group(), last_measure("改造提升高标准农田")
    ('同比增长', None)
    """
    found = None
    for match in MEASURE_RE.finditer(head):
        if head.startswith("值", match.end()):
            continue  # 增加值
        found = match
    if found and _TO_VALUE_RE.fullmatch(head[found.end():]) is None:
        return None
    return found


# the suffix of an administrative division's full name, dropped in its short form (西藏自治区 → 西藏)
_DIVISION_SUFFIX_RE = re.compile(r"(?:壮族|回族|维吾尔)?自治区$|特别行政区$|[省市县区]$")


def without_own_name(indicator: str, subject: str, unit: str) -> str:
    """A rate or an amount of the subject without the subject's own name as the indicator's first word
    (中国|制造业采购经理指数, 西藏|地区生产总值 of 西藏自治区); a count keeps it (中国公民 counts
    people of China), and a longer word is no name (青海湖水鸟数量 of 青海省).

    >>> without_own_name("西藏地区生产总值", "西藏自治区", "CNY"), without_own_name("中国公民", "中国", "名")
    ('地区生产总值', '中国公民')
    >>> without_own_name("青海湖水位", "青海省", "%")
    '青海湖水位'
    """
    from kg.lexicon import words

    if unit not in ("%", "个百分点", "CNY", "USD"):
        return indicator
    for name in dict.fromkeys((subject, _DIVISION_SUFFIX_RE.sub("", subject))):
        rest = indicator[len(name):]
        if len(name) >= 2 and indicator.startswith(name) and len(rest) >= 2 and words(indicator)[0] in (name, name + "地区"):
            return rest
    return indicator
