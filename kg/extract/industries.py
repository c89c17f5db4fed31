"""Industries: the sectors a place or company builds up.

Two sources of names: lists before ``产业``/``产业链``/``产业集群`` (``茶叶、竹木和花卉三大特色产业``)
and the sector lexicon ``kg/data/lexicons/sectors.tsv`` (GB/T 4754-2017, the 2018 classification of
strategic emerging industries, genre words) where the sentence treats the word as a sector.

>>> [m.text for m in find_industries("该县着力壮大茶叶、竹木和花卉三大特色产业")]
['茶叶', '竹木', '花卉']
>>> [m.text for m in find_industries("当地积极培育光伏产业")]
['光伏']
"""

from __future__ import annotations

import re

from kg.extract.industry_regions import past_complement, region_item
from kg.extract.places import leading_place
from kg.extract.spans import CJK, CLASSIFIERS, left_extend
from kg.lexicon import word_boundaries
from kg.lexicons import lexicon
from kg.types import Mention

SECTORS = lexicon("sectors")
_SECTOR_RE = re.compile("|".join(sorted(map(re.escape, SECTORS), key=len, reverse=True)))
_SECTOR_END_RE = re.compile("(?:" + _SECTOR_RE.pattern + ")$")
_SECTOR_AFTER = re.compile(
    r"[、和及与]?(?:产业|产业链|行业|企业|龙头|项目|基地|产量|产能|种植|领域|集群|板块|首位|主导|特色|等|赛道|"
    r"增加值|产值|营业收入|营收|(?:总)?收入|占[^，。；]{0,8}比重|大省)"  # 仪器仪表业增加值, 数字经济大省
)  # the sector as a sector of the economy: its output, its share (服务业占GDP比重)
# a list of sectors: 涉及A、B、C等领域 — lexicon sectors (half or more) make their neighbours sectors too
_SECTOR_LIST_RE = re.compile(rf"((?:[{CJK}A-Za-z0-9]{{2,8}}[、和及])+[{CJK}A-Za-z0-9]{{2,8}})等(?:[{CJK}]{{0,4}})?(?:领域|行业|产业|板块|赛道)")
_LIST_JOINS = ("、", "和", "及", "与")
# what follows a list of fields in diplomatic news: 加强能源、农业等领域(的)(务实)合作
_COOPERATION = re.compile(r"(?:的)?(?:[多各]项|一系列)?(?:拓展|深化|加强|开展|推进|扩大|更多|进一步|广泛)*(?:双边|多边|务实|互利)?(?:合作|交流|对话|往来)")  # …等领域多项双边合作文件
_FIELD_RE = re.compile(r"[^，。；]{0,10}?领域")
_GENERIC_ITEM = frozenset({
    "农村", "乡村", "城市", "省级", "市级", "县级", "国家", "全国", "企业", "中小企业", "新技术", "新兴", "战略性", "传统", "优势", "特色", "重点",
    "相关", "主导", "支柱", "首位", "新型", "现代", "高端", "绿色", "未来", "前沿", "民营", "国有",
    "县域", "区域", "技术", "中心", "海外", "产业", "经济", "平台", "基地", "领域",
    "全球", "地区", "人口", "规模", "基础", "窗口", "人文", "投资", "供应", "核心技术", "细分", "资源", "区位",
    "资金", "人才", "设施", "基础设施", "整个", "当地", "内地", "中国",  # factors of production (资金、技术、人才), scopes
    "上下游", "中高端", "全链条",  # a place or a span in a chain (上下游产业链), no sector
})
# a division word or a place's name before 产业 says whose industries, not which (自治区特色优势产业)
_PLACE_WORD_RE = re.compile(r"^.{0,2}(?:省|市|县|区|州|乡|镇|村)$")
_SECTOR_BEFORE = re.compile(r"(?:发展|培育|壮大|做大做强|做强|做大|打造|聚焦|深耕|布局|种植|围绕|延伸|拓展|引进)[^，。；]{0,3}$")
# farm products named by what is done with them: 种植山药, 甜瓜合作社, 红心柚喜获丰收
_CROP_BEFORE = re.compile(rf"(?:种植|销售|试种)([{CJK}]{{2,5}}?)(?=[，。、；和及等]|基地|面积|产业)")
_CROP_AFTER = re.compile(rf"([{CJK}]{{2,5}})(?=合作社|喜获丰收|种植基地|种植面积|产业园|成熟)")
# every match of the two patterns above holds one of these words (a cheap pre-check)
_CROP_HINT = re.compile(r"种植|销售|试种|合作社|喜获丰收|产业园|成熟")
_GENERIC_CROP = re.compile(r"亿|农产品|特色|产品|作物|规模|面积|基地|示范|产业|经济|村|镇|乡|县|市|区|试点|渠道|平台|模式|服务|网络|"
                           r"旺季|淡季|高峰|计划|方式|农民|牧民|供销")  # 销售旺季, 种植计划: when and how; 农民|供销合作社: whose
_INDUSTRY_TAIL = re.compile(
    r"(?:等)?(?:[0-9一二两三四五六七八九十]+大)?(?:[0-9一二两三四五六七八九十]+个)?(?:[万千百]亿级)?(?:主导|特色|首位|重点|新兴|优势|支柱|传统|富民|核心)?(?:产业链|产业集群|产业)(?!园|工人|振兴|发展|工作|链长|基础|党支部|合作社|招商|项目|贷款|变革|结构|学院|"
    r"图谱|博览会|承载|要素|备份|类|化(?!工))"
)  # 产业 qualifying another noun (产业图谱, 产业博览会, 产业承载能级, 产业类项目) or made a verb (某某产业化)
_ITEM_JUNK = re.compile(r"^(?:全国|国家级|世界级|国家|战略性(?!新兴)|当地|省级|市级|县级|面向|助力|涉及|涵盖|覆盖|包括|包含|建设|做优做强|做优|前瞻布局|加快布局|布局|开展|运用|落实|力争|坚定|全年|今年|去年|上年|全省|全市|全县|全区|一批|持续|大力|积极|加快|全力|着力|不断|重点|发展|做大做强|做强|深耕|壮大|培育|打造|围绕|聚焦|推动|引领|带动|拓展|延伸|形成|以|和|及|与)+")
_INNER_JUNK = re.compile(r"布局|培育|壮大|发展|打造|做强|做大|深耕|聚焦|拓展|延伸")
_ITEM_TAIL_JUNK = re.compile(r"(?:等|为主的|为主|及应用|及配套|链|首位|主导|特色)+$")
# adverbs and verbs of progress that go on after an item's name up to 产业 and its size (甲乙|加快迈向千亿产业,
# 甲乙|持续壮大|产业); with other words after them (研究|加快建设现代化|产业体系) they lead to the item instead
_PROGRESS_RE = re.compile("加快|加速|迈向|正在|持续|不断|逐步|稳步|率先")
_PROGRESS_TAIL_RE = re.compile(rf"(?:{_PROGRESS_RE.pattern}|壮大|做大|做强|成为|冲刺|突破|向|[0-9一二两三四五六七八九十百千万亿]+)+")
_LIST_STOP = set("，。；：？！“”‘’《》（）()「」『』【】—…;:?! \t　")
_WALK_STOP = _LIST_STOP - set("（）()")  # a list item may hold a parenthesis: 绿色（有机）果品


def _items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` on 、和及与 into cleaned item spans."""
    out = []
    position = start
    for piece in _list_pieces(text[start:end]):
        if piece and piece not in "、和与":
            item = piece[:_list_close(piece)]  # 果蔬等十大绿色食品: 等 closes the list, its class follows
            tail = None if _SECTOR_RE.fullmatch(item) else _ITEM_TAIL_JUNK.search(item)  # 区块链 keeps its 链
            e = position + len(item) - (len(tail.group()) if tail else 0)
            lead = _ITEM_JUNK.match(text[position:e])
            lag = _PROGRESS_RE.search(text, position + (lead.end() if lead else 0) + 2, e) if position + len(piece) == end else None
            if lag and _PROGRESS_TAIL_RE.fullmatch(text, lag.start(), e):
                e = lag.start()  # 某市轻工纺织|加快迈向千亿产业: the clause's adverb or verb ends the last item
            s = max(position, left_extend(text, e, limit=e - position)) if e > position else e
            s = _past_trade_verb(text, position, s, e)
            if s - 1 >= position and text[s - 1:s] in CLASSIFIERS and text[s - 2:s - 1] in _LIST_JOINS:
                s -= 1  # 、类脑科技: a measure word opening an item with no number before it is the name's own
            s = _with_parenthesis(text, position, s)
            sector = _SECTOR_END_RE.search(text[position:e])
            if sector and position + sector.start() < s:
                s = position + sector.start()  # 脑机接口: a sector of the lexicon is never cut
            lead = _ITEM_JUNK.match(text[s:e])
            s = s + (lead.end() if lead else 0)
            place = leading_place(text[s:e])
            if place and e - s - len(place) >= 2 and text[s:e] not in SECTORS and _nouns(text[s + len(place):e]):
                s += len(place)  # 娄底硅钢、郴州锂电: the city's industry, named after the city
            inner = [m.end() for m in _INNER_JUNK.finditer(text, s, e) if e - m.end() >= 2]
            s = inner[-1] if inner else s  # 抢滩布局|金属新材料: the item follows the last verb of building up
            if "的" in text[s:e]:
                s = text.rindex("的", s, e) + 1
            s = past_complement(text, s, e)
            if any(m.end() == e for m in _INNER_JUNK.finditer(text, s, e)):
                s = e  # 新疆壮大|优势产业: the item ends in a verb of building up, its object a bare qualifier
            if 2 <= e - s <= 8 and not re.search(r"[0-9率]", text[s:e]) and not _not_industry(text[s:e]) \
                    and not _generic_item(text[s:e]):
                out.append((s, e))
        position += len(piece)
    return out


def _list_pieces(span: str) -> list[str]:
    """``span`` split on 、 and on 和 or 与, unless the join closes a word of the dictionary with the
    character before it (参与, 给与, 缓和: a verb, no join).

    >>> _list_pieces("茶叶、竹木和花卉"), _list_pieces("民营企业参与核电")
    (['茶叶', '、', '竹木', '和', '花卉'], ['民营企业参与核电'])
    """
    from kg.lexicon import frequency

    pieces: list[str] = []
    at = 0
    for index, char in enumerate(span):
        if char == "、" or char in "和与" and not (index > 0 and frequency(span[index - 1:index + 1]) >= 100):
            pieces.extend((span[at:index], char))
            at = index + 1
    pieces.append(span[at:])
    return [piece for piece in pieces if piece]


_FARMING_VERBS = frozenset({"种植", "养殖"})


def _past_trade_verb(text: str, position: int, s: int, e: int) -> int:
    """An item ending in a trade's own verb (绿色智能计算, where the walk to the left edge stops at the
    verb) begins where the words before that verb begin.

    >>> _past_trade_verb("绿色智能计算", 0, 6, 6)
    0
    """
    from kg.lexicon import words

    tokens = words(text[position:e]) if s == e and e > position else []
    if not tokens or tokens[-1] not in _TRADE_VERBS or tokens[-1] in _FARMING_VERBS:
        return s  # 中药材种植产业: the crop grown is the industry (the seeds' gold), found from 种植 itself
    verb = e - len(tokens[-1])
    return max(position, left_extend(text, verb, limit=verb - position)) if verb > position else verb


def _with_parenthesis(text: str, position: int, s: int) -> int:
    """An item's name holds the parenthesis right before the part found (有机（富硒）食品, as the
    classification prints it) and the words before it.

    >>> _with_parenthesis("、有机（富硒）食品", 1, 7)
    1
    """
    if text[s - 1:s] not in ("）", ")"):
        return s
    opened = max(text.rfind("（", position, s - 1), text.rfind("(", position, s - 1))
    if opened <= position:
        return s
    return min(opened, max(position, left_extend(text, opened, limit=opened - position)))


def _list_close(piece: str) -> int:
    """Where 等, a word of its own, closes a list inside ``piece`` (its length when it does not).

    >>> _list_close("果蔬等十大绿色食品"), _list_close("高等教育")
    (2, 4)
    """
    from kg.lexicon import words

    if "等" not in piece[:-1]:
        return len(piece)
    at = 0
    for word in words(piece):
        if word == "等" and at > 0:
            return at
        at += len(word)
    return len(piece)


def _nouns(item: str) -> bool:
    """Whether every word of ``item`` is a noun (硅钢, 特种|钢材; not 高标准|建设|一批)."""
    from kg.lexicon import pos, words

    return all((pos(word) or "").startswith("n") for word in words(item))


def _generic_item(item: str) -> bool:
    """Qualifiers, bodies and places that stand where a sector would (农村, 战略性, 中小企业, 品牌效应,
    自治区).

    >>> _generic_item("自治区"), _generic_item("细分"), _generic_item("锂电")
    (True, True, False)
    """
    if "最" in item or re.search(r"[上数几百千万亿]+[条个家项场次批届]", item):
        return True  # 全球最大, 上百条: a rank or a count
    if _PLACE_WORD_RE.match(item) or _is_division(item) or region_item(item):
        return True
    if re.search("[一二三]{2,}$", item):
        return True  # 农村一二三|产业: the sectors named by their numbers (一二三产业, 二三产业)
    if item.startswith(("世纪", "年代", "时期", "时代")):
        return True  # 19世纪|中国制瓷: a time, cut from the number before it
    return item in _GENERIC_ITEM or item.endswith(("性", "效应", "项目", "技巧", "企业", "改革", "级", "型", "模式",
                                                   "发展", "融合", "力度",  # 某某创新发展, 某某融合: policies
                                                   "产业园", "集群", "示范区", "创新中心", "技术中心"))  # a park, a cluster, a centre


def _is_division(item: str) -> bool:
    """A province, prefecture or county of the gazetteer (赣州|产业 is Ganzhou's industry)."""
    from kg.gazetteer import load

    return load().names_division(item)


def _word_start(text: str, start: int) -> bool:
    """True when ``start`` opens a word of jieba's segmentation of the clause around it."""
    from kg.lexicon import word_boundaries

    left = max(0, start - 6)
    return start - left in word_boundaries(text[left:start + 6])


def _shared_head_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The items of ``text[start:end]``, the words before 产业 and its qualifier, unless a join ends them: a
    bare qualifier then stands before 产业 (资产盘活、经营激活、|优势产业聚合), and the phrases listed before
    it share no head with it; sectors named in full stand (纺织业、新兴产业).

    >>> _shared_head_items("甲乙盘活、丙丁激活、", 0, 10), _shared_head_items("茶叶、竹木和花卉", 0, 8)
    ([], [(0, 2), (3, 5), (6, 8)])
    """
    items = _items(text, start, end)
    if text[end - 1:end] in _LIST_JOINS:
        return [(s, e) for s, e in items if _SECTOR_RE.fullmatch(text[s:e]) or text[e - 1] == "业"]  # 纺织业、|新兴产业
    return items


def _sector_lists(text: str) -> list[tuple[int, int]]:
    """Items of a list of sectors that holds at least half sectors of the lexicon."""
    out: list[tuple[int, int]] = []
    if "等" not in text:  # every list of sectors ends in 等…领域 (a cheap pre-check)
        return out
    for match in _SECTOR_LIST_RE.finditer(text):
        if "风险" in text[match.end():match.end() + 6] or _COOPERATION.match(text, match.end()):
            continue  # 房地产、地方债务等领域风险: areas of risk; 能源、农业等领域合作: fields of cooperation
        items = _items(text, match.start(1), match.end(1))
        known = sum(1 for s, e in items if _SECTOR_RE.fullmatch(text[s:e]))
        if items and 2 * known >= len(items):  # 经贸、人文、投资、金融等领域: fields of cooperation
            out.extend(items)
    return out


def _not_industry(item: str) -> bool:
    """Words that sit before 产业 without naming an industry (优化, 赋能, 现代化, 一个)."""
    from kg.lexicon import pos, words

    if item in SECTORS:
        return False  # 人工智能, 储能: the classification's names stand
    tag = pos(item) or ""
    if tag.startswith(("v", "a", "d", "m", "r")) and tag != "vn" or item.endswith(("化", "能", "势", "局")):
        return True
    tokens = words(item)
    tags = [pos(w) or "x" for w in tokens]
    # an industry's name neither opens with a function word or a verb of policy (优化|功能定位, 巩固|优势)
    # nor ends in a verb (精准|定位, 一批|有); the trades' own verbs (加工, 养殖) stand
    last = tokens[-1]
    trade = last in _TRADE_VERBS
    if len(tokens) > 1 and tags[0].startswith("v") and tokens[0] not in _TRADE_VERBS:
        return True
    return tags[0].startswith(("d", "m", "r", "p", "c", "u")) or (
        tags[-1].startswith(("v", "d", "u", "z")) and tags[-1] != "vn" and not trade) or (len(last) == 1 and not tags[-1].startswith("n"))


_TRADE_VERBS = frozenset({"制造", "加工", "种植", "养殖", "设计", "开发", "制作", "装备制造", "生产", "冶炼", "维修",
                          "物流", "运输", "仓储", "批发", "零售", "建筑", "印刷", "纺织", "酿造", "包装", "计算"})
_NAME_CHAR_RE = re.compile(rf"[{CJK}A-Z]")
_NOT_TRADE = set("务余绩主态内界者")  # 业务, 业余, 业绩…: 业 opens another word


def _listed_with(text: str, waiting: list[tuple[int, int]], taken: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """Lexicon sectors listed right beside a sector the sentence already treats as one share its
    reading (先进制造业、现代服务业融合: both, as the second is read by 融合).

    >>> _listed_with("甲、乙", [(0, 1)], {(2, 3)}), _listed_with("甲，乙", [(0, 1)], {(2, 3)})
    ([(0, 1)], [])
    """
    found: list[tuple[int, int]] = []
    known = set(taken)
    changed = True
    while changed:
        changed = False
        for start, end in waiting:
            if (start, end) in known:
                continue
            if any(text[end:s] in _LIST_JOINS for s, _ in known if s > end) or any(
                    text[e:start] in _LIST_JOINS for _, e in known if e < start):
                known.add((start, end))
                found.append((start, end))
                changed = True
    return found


# a product's uses: what follows 应用于 / 运用于 / 用于 in its clause are the fields it serves (产品广泛应用于
# 电脑、新能源汽车等领域), not industries the subject develops
_APPLIED_RE = re.compile(r"(?:应用|运用|使用|适用|用)(?:于|在)")


def _verb_at(text: str, at: int) -> bool:
    """A verb opens the words at ``at``: 用于|扶持甲乙产业 says what money is for, not where a product serves.

    >>> _verb_at("用于扶持民宿产业", 2), _verb_at("用于化工领域", 2)
    (True, False)
    """
    from kg.lexicon import tagged

    words = tagged(text[at:at + 6])
    return bool(words) and words[0][1].startswith("v") and words[0][1] != "vn"


def _clause_end(text: str, start: int) -> int:
    """Where the clause that goes on at ``start`` ends (the next ，。； or the end).

    >>> _clause_end("用于甲、乙等领域，丙", 2)
    8
    """
    found = re.compile(r"[，。；！？,;]").search(text, start)
    return found.start() if found else len(text)


def find_industries(text: str) -> list[Mention]:
    """Industry mentions of one sentence."""
    spans: set[tuple[int, int]] = set()
    for match in _INDUSTRY_TAIL.finditer(text) if "产业" in text else ():  # every tail holds 产业
        start = match.start()
        if text[start - 1:start] in _LIST_JOINS and match.group().startswith("产业"):
            continue  # 科技革命和|产业变革, 数字与|产业融合: 产业 is the second of two things, no list's head
        while start > 0 and match.start() - start < 60 and text[start - 1] not in _WALK_STOP:
            start -= 1
        spans.update(_shared_head_items(text, start, match.start()))
    spans.update(_sector_lists(text))
    waiting: list[tuple[int, int]] = []
    for match in _SECTOR_RE.finditer(text):
        end = match.end()
        if text[end:end + 1] == "业" and not match.group().endswith("业") and text[end + 1:end + 2] not in _NOT_TRADE:
            end += 1  # 仪器仪表业: the sector as written
        if not _word_start(text, match.start()):
            continue  # 动力|电池 is a product, 生物质 not 生物
        before, after = text[max(0, match.start() - 5):match.start()], text[end:end + 12]
        field = _FIELD_RE.match(text, end)
        if field and _COOPERATION.match(text, field.end()):
            continue  # 加强能源、农业等领域合作: a field of cooperation
        if (_SECTOR_AFTER.match(after) or _SECTOR_BEFORE.search(before)) and "风险" not in text[end:end + 8]:
            spans.add((match.start(), end))
        else:
            waiting.append((match.start(), end))
    merged = [(s, e) for s, e in waiting if text[e:e + 2] == "融合" and any(
        text[e2:s] in _LIST_JOINS for _, e2 in waiting)]  # 制造业和服务业融合: two sectors merging (文旅融合 is a policy)
    spans.update(merged)
    spans.update(_listed_with(text, waiting, spans))
    for regex in (_CROP_BEFORE, _CROP_AFTER) if _CROP_HINT.search(text) else ():
        for match in regex.finditer(text):
            start, end = match.start(1), match.end(1)
            end -= 2 if text.startswith("专业合作社", end - 2) and end - start > 3 else 0  # 苗木|专业合作社: the legal form
            start = past_complement(text, max(start, left_extend(text, end, limit=end - start)), end)
            item = text[start:end]
            if start not in word_boundaries(text):
                continue  # the window cut a longer name (智能衡器计量产业园: not 能衡器计量)
            if 2 <= len(item) <= 5 and not _not_industry(item) and not _GENERIC_CROP.search(item):
                spans.add((start, end))
    applied = [(m.end(), _clause_end(text, m.end())) for m in _APPLIED_RE.finditer(text) if not _verb_at(text, m.end())]
    mentions = [Mention(s, e, text[s:e], "Industry") for s, e in spans
                if _NAME_CHAR_RE.search(text[s:e]) and not _generic_item(text[s:e])
                and not any(a <= s and e <= b for a, b in applied)]  # 广泛应用于|甲、乙等领域: uses
    kept = [m for m in mentions if not any(o.start <= m.start and m.end <= o.end and o != m for o in mentions)]
    return sorted(kept, key=lambda m: (m.start, m.end))
