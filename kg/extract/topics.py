"""Industries and initiatives.

Industries are named where the text says a place or company builds them up:
lists before ``产业``/``产业链`` (``脐橙、蔬菜、生猪三大主导产业``) and a small
lexicon of sector words. Initiatives are the programmes, brands and
mechanisms the papers put in quotes (``“赣快办”``) or name as plans
(``…三年专项行动方案``).

>>> [m.text for m in find_industries("持续做大做强脐橙、蔬菜、生猪三大主导产业")]
['脐橙', '蔬菜', '生猪']
>>> [m.text for m in find_initiatives("打造“三大高地”、实施“五大战略”决策部署")]
['三大高地', '五大战略']
"""

from __future__ import annotations

import re

from kg.extract.spans import CJK, left_extend
from kg.types import Mention

# Sector words of the Chinese economy (general vocabulary, not names).
SECTORS = (
    "锂电", "锂电池", "钢铁", "碳纤维", "电子信息", "新能源", "新材料", "稀土", "有色金属", "装备制造", "高端装备制造",
    "生物医药", "医药", "光伏", "半导体", "集成电路", "新能源汽车", "汽车", "航空", "纺织", "服装", "食品", "家具",
    "建材", "化工", "石化", "物流", "文旅", "旅游", "数字经济", "电子商务", "农产品加工", "有机硅", "铜基新材料",
    "精密制造", "循环经济", "眼镜", "油茶", "茶叶", "中药材", "烟叶", "脐橙", "生猪", "蔬菜", "PCB", "绿色PCB",
    "大数据", "人工智能", "储能", "氢能", "风电", "钨", "陶瓷", "商贸", "休闲农业", "观光旅游", "特色农业",
)
_SECTOR_RE = re.compile("|".join(sorted(map(re.escape, SECTORS), key=len, reverse=True)))
_SECTOR_AFTER = re.compile(r"[、和及与]?(?:产业|产业链|行业|企业|龙头|项目|基地|产量|产能|种植|领域|集群|板块|首位|主导|特色|等)")
_SECTOR_BEFORE = re.compile(r"(?:发展|培育|壮大|做大做强|做强|做大|打造|聚焦|深耕|布局|种植|围绕|延伸|拓展|引进)[^，。；]{0,3}$")
# farm products named by what is done with them: 种植油茶, 西瓜合作社, 金糸皇菊喜获丰收
_CROP_BEFORE = re.compile(rf"(?:种植|销售|试种)([{CJK}]{{2,5}}?)(?=[，。、；和及等]|基地|面积|产业)")
_CROP_AFTER = re.compile(rf"([{CJK}]{{2,5}})(?=合作社|喜获丰收|种植基地|种植面积|产业园|成熟)")
_GENERIC_CROP = re.compile(r"农产品|特色|产品|作物|规模|面积|基地|示范|产业|经济|村|镇|乡|县|市|区")
_INDUSTRY_TAIL = re.compile(
    r"(?:等)?(?:[0-9一二两三四五六七八九十]+大)?(?:主导|特色|首位|重点|新兴|优势|支柱|传统|富民)?(?:产业链|产业集群|产业)(?!园|工人|振兴|发展|工作|链长|基础|党支部|合作社|招商|项目)"
)
_ITEM_JUNK = re.compile(r"^(?:全省|全市|全县|全区|一批|持续|大力|积极|加快|全力|着力|不断|重点|发展|做大做强|做强|深耕|壮大|培育|打造|围绕|聚焦|推动|引领|带动|拓展|延伸|形成|以|和|及|与)+")
_ITEM_TAIL_JUNK = re.compile(r"(?:等|为主的|为主|及应用|及配套|链|首位|主导|特色)+$")
_QUOTE_RE = re.compile(r"[“\"]([^“”\"]{2,30})[”\"]")
_BOOK_RE = re.compile(r"《([^《》]{2,40})》")
_PLAN_RE = re.compile(r"(?:方案|计划|战略|行动|试点)(?![\u4e00-\u9fff]{0,4}(?:方案|计划|行动|试点))")
_PLAN_VERBS = re.compile(r"(?:出台|制定|印发|实施|推动|启动|推进|开展|通过|深入|大力|扎实)$")
_LIST_STOP = set("，。；：？！“”‘’《》（）()「」『』【】—…;:?! \t　")
_NOT_INITIATIVE_TAILS = ("服务队", "公司", "集团", "委员会", "法院", "医院", "先进县", "案例", "家庭")
_SPEECH = re.compile(r"[，。！？,!?]|^[我你他她咱]")


def _items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` on 、和及与 into cleaned item spans."""
    out = []
    position = start
    for piece in re.split(r"([、和与])", text[start:end]):
        if piece and piece not in "、和与":
            tail = _ITEM_TAIL_JUNK.search(piece)
            e = position + len(piece) - (len(tail.group()) if tail else 0)
            s = max(position, left_extend(text, e, limit=e - position)) if e > position else e
            lead = _ITEM_JUNK.match(text[s:e])
            s = s + (lead.end() if lead else 0)
            if "的" in text[s:e]:
                s = text.rindex("的", s, e) + 1
            if 2 <= e - s <= 8 and not re.search(r"[0-9率]", text[s:e]) and not _not_industry(text[s:e]):
                out.append((s, e))
        position += len(piece)
    return out


def _not_industry(item: str) -> bool:
    """Words that sit before 产业 without naming an industry (优化, 赋能, 现代化, 一个)."""
    from kg.lexicon import pos, words

    tag = pos(item) or ""
    if tag.startswith(("v", "a", "d", "m", "r")) and tag != "vn" or item.endswith(("化", "能", "势", "局")):
        return True
    tags = [pos(w) or "x" for w in words(item)]
    # an industry's name neither opens with a function word nor ends in a verb (精准|定位, 一批|有)
    last = words(item)[-1]
    trade = last in ("制造", "加工", "种植", "养殖", "设计", "开发", "制作", "装备制造")
    return tags[0].startswith(("d", "m", "r", "p", "c", "u")) or (
        tags[-1].startswith(("v", "d", "u", "z")) and tags[-1] != "vn" and not trade) or (len(last) == 1 and tags[-1] != "n")


_NAME_CHAR_RE = re.compile(rf"[{CJK}A-Z]")


def find_industries(text: str) -> list[Mention]:
    """Industry mentions of one sentence."""
    spans: set[tuple[int, int]] = set()
    for match in _INDUSTRY_TAIL.finditer(text):
        start = match.start()
        while start > 0 and match.start() - start < 60 and text[start - 1] not in _LIST_STOP:
            start -= 1
        spans.update(_items(text, start, match.start()))
    for match in _SECTOR_RE.finditer(text):
        before, after = text[max(0, match.start() - 5):match.start()], text[match.end():match.end() + 4]
        if _SECTOR_AFTER.match(after) or _SECTOR_BEFORE.search(before):
            spans.add((match.start(), match.end()))
    for regex in (_CROP_BEFORE, _CROP_AFTER):
        for match in regex.finditer(text):
            start, end = match.start(1), match.end(1)
            start = max(start, left_extend(text, end, limit=end - start))
            item = text[start:end]
            if 2 <= len(item) <= 5 and not _not_industry(item) and not _GENERIC_CROP.search(item):
                spans.add((start, end))
    mentions = [Mention(s, e, text[s:e], "Industry") for s, e in spans if _NAME_CHAR_RE.search(text[s:e])]
    kept = [m for m in mentions if not any(o.start <= m.start and m.end <= o.end and o != m for o in mentions)]
    return sorted(kept, key=lambda m: (m.start, m.end))


_PROGRAMME_NOUNS = re.compile(
    r"机制|模式|品牌|工作法|行动|活动|制度|平台|工程|战略|体系|改革|理念|试点|专窗|窗口|专项|基金|计划|方案|举措|"
    r"路径|要求|部署|目标|名片|服务站|服务|融资|贷款|金融产品|工作室|议事室|竞赛|大赛|工作|政策|办法|项目|清单|"
    r"导向|口号|建设|创建|评选|称号|文化|竞赛|议事室|平台|协商"
)
_PROGRAMME_VERBS = re.compile(
    r"实施|推行|打造|创新|开展|推出|建立|启动|深化|擦亮|探索|落实|推进|围绕|聚焦|坚持|锚定|承接|设立|实现|践行|"
    r"念好|依托|利用|通过|按照|构建|健全|创建|举办|遵循|发起|组建|成立|推动|实行|执行|树立|做好|打好|擦得|深入|"
    r"组织|开通|上线|设置|注册|抓好|用好|召开|攻关|落实双|对标"
)
_SLOGAN_RE = re.compile(r"[+＋]|[0-9]|^[一二三四五六七八九十两双百千万][个大项条张化为位联进调步讲]?")
_NUMBERED = re.compile(r"^[一二三四五六七八九十两双][大个项条张]")
_LEVER_RE = re.compile(r"以([\u4e00-\u9fff“”+]{2,12}?)为(?:抓手|载体|突破口|引领|牵引|纽带)")
_POLICY_LIST_RE = re.compile(r"(?:依托|利用|通过|运用)((?:[\u4e00-\u9fff]{2,8}、)*[\u4e00-\u9fff]{2,8})等(?:政策|措施|举措|平台|机制)")
_SINGLE_QUOTE_RE = re.compile(r"‘([^‘’]{2,12})’")
_PERIOD_NAMES = {"十四五", "十三五", "十五五", "五一", "十一", "元旦", "春节"}


def _is_programme(text: str, start: int, end: int, name: str) -> bool:
    """A quoted name is an initiative when the sentence treats it as one: a programme noun after it,
    a programme verb before it, or the shape of a slogan (1+N, 三个聚力, 双50)."""
    before, after = text[max(0, start - 7):start - 1], text[end + 1:end + 8]
    after = after.lstrip("“”\"、和及与等").lstrip()
    if name in _PERIOD_NAMES:
        return False
    return bool(_SLOGAN_RE.search(name) or _PROGRAMME_NOUNS.match(after[:6].lstrip("”“"))
                or _PROGRAMME_NOUNS.search(after[:4]) or _PROGRAMME_VERBS.search(before)
                or re.match(r"^等[\u4e00-\u9fff、]{0,8}?(?:制度|平台|机制|活动|政策|品牌|模式)", after))


def _quoted_runs(text: str) -> list[list[re.Match[str]]]:
    """Adjacent quotes (“渝数贷”“铃数贷”“数转贷”, “A”、“B”) share their context."""
    runs: list[list[re.Match[str]]] = []
    for match in _QUOTE_RE.finditer(text):
        if runs and text[runs[-1][-1].end():match.start()] in ("", "、", "和", "及", "与"):
            runs[-1].append(match)
        else:
            runs.append([match])
    return runs


def find_initiatives(text: str) -> list[Mention]:
    """Initiative mentions: quoted names, titled documents, named plans."""
    out = []
    for run in _quoted_runs(text):
        keep = any(_is_programme(text, run[0].start(1), run[-1].end(1), m.group(1)) for m in run) or any(
            _is_programme(text, m.start(1), m.end(1), m.group(1)) for m in run)
        for match in run:
            name = match.group(1).strip()
            items = re.split(r"[、，]", name)
            if len(items) >= 2 and all(_SLOGAN_RE.match(i) and _NUMBERED.match(i) for i in items):
                position = match.start(1)
                for item in items:  # “三大战略、八大行动”: two programmes
                    out.append(Mention(position, position + len(item), item, "Initiative"))
                    position += len(item) + 1
                continue
            if len(items) >= 3 and min(map(len, items)) >= 2 or len(items) == 2 and min(map(len, items)) >= 5:
                continue  # a list of principles, not a programme's name
            if not keep or _SPEECH.search(name) or name.isdigit() or name.endswith(_NOT_INITIATIVE_TAILS):
                continue
            out.append(Mention(match.start(1), match.end(1), name, "Initiative"))
    for match in _LEVER_RE.finditer(text):
        name = match.group(1).strip("“”")
        if len(name) >= 3 and not any(m.start <= match.start(1) < m.end for m in out) and name[-1] in "制法度式工作":
            out.append(Mention(match.start(1), match.end(1), name, "Initiative"))  # 以链长制为抓手
    for match in _POLICY_LIST_RE.finditer(text):
        position = match.start(1)
        for item in match.group(1).split("、"):
            out.append(Mention(position, position + len(item), item, "Initiative"))  # 依托工业创新券、工创贷等政策
            position += len(item) + 1
    for match in _SINGLE_QUOTE_RE.finditer(text):
        if _SLOGAN_RE.search(match.group(1)) or _is_programme(text, match.start(1), match.end(1), match.group(1)):
            out.append(Mention(match.start(1), match.end(1), match.group(1), "Initiative"))  # 双‘一号工程’
    for match in _BOOK_RE.finditer(text):
        name = match.group(1).strip()
        if not _SPEECH.search(name) and name.endswith(("方案", "计划", "意见", "办法", "举措", "规划", "意向书", "条例", "细则", "通知")):
            out.append(Mention(match.start(1), match.end(1), name, "Initiative"))
    for match in _PLAN_RE.finditer(text):
        start = left_extend(text, match.start(), limit=30)
        if text[start - 2:start] == "以上" or text[start - 4:start] == "规模以上":
            start = left_extend(text, start - 4, limit=30) if text[start - 4:start] == "规模以上" else start
        name = text[start:match.end()]
        led = bool(_PLAN_VERBS.search(text[max(0, start - 4):start])) or text[start - 1:start] in ("、", "，")
        if len(name) >= len(match.group()) + 4 and led and not any(m.start <= start < m.end for m in out):
            out.append(Mention(start, match.end(), name, "Initiative"))
    kept = [m for m in set(out) if not any(o.start <= m.start and m.end <= o.end and o != m for o in out)]
    return sorted(kept, key=lambda m: (m.start, m.end))
