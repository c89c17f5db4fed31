"""Initiatives: named programmes, brands, mechanisms and campaigns.

Quoted names that the sentence treats as a programme (``推行“码上办”服务``), titled plans
(``《…三年行动方案》``), named plans (``…专项行动``) and programmes in report style without quotes
(``…行动``, ``…改革``, ``…工程`` with the heads of ``kg/data/lexicons/initiative_heads.tsv``).

>>> [m.text for m in find_initiatives("全面推行“码上办”服务，落实“三项清单”制度")]
['码上办', '三项清单']
"""

from __future__ import annotations

import re

from kg.extract.programmes import GENERIC_START, _kind_of_action, find_programmes
from kg.extract.quoted_figures import designates_members, kind_of_work, quoted_figure
from kg.extract.spans import left_extend
from kg.lexicons import lexicon
from kg.types import Mention

_QUOTE_RE = re.compile(r"[“\"]([^“”\"]{2,30})[”\"]")
_BOOK_RE = re.compile(r"《([^《》]{2,40})》")
_PLAN_RE = re.compile(r"(?:方案|计划|战略|行动|试点)(?![\u4e00-\u9fff]{0,4}(?:方案|计划|行动|试点))")
_PLAN_VERBS = re.compile(r"(?:出台|制定|印发|实施|推动|启动|推进|开展|通过|深入|大力|扎实)$")
# events (the GUIDE: fairs, forums, conferences, races and shows are no entities)
_EVENT_TAILS = ("主题展", "成果展", "展览", "博览会", "展销会", "团拜", "晚会", "庆典", "论坛", "峰会",
                "博会", "嘉年华", "庙会", "灯会", "美食节", "艺术节", "电影节", "影像节", "音乐节", "文化节",
                "旅游节", "演唱会", "音乐会", "招待会", "推介会", "招聘会", "对话会", "发布会", "大会",
                "运动会", "亚运会", "足球赛", "马拉松", "巡游", "之夜")
# a day of observance (国际某某日, 全国某某日, 某某宣传日): a day's events, no programme
_DAY_RE = re.compile(r"^(?:国际|世界|全国|中国)[\u4e00-\u9fff]{1,8}日$|(?:宣传|咨询|纪念|主题|开放|服务)日$")
# a ranking of the so-many best (全国文化企业30强, 世界品牌500强, 百强): a list published, no programme
_RANKING_RE = re.compile(r"(?:[0-9]+|[一二三四五六七八九]?[百千])强$")
# an honour's last word (“七一勋章”, “某某奖章”: lexicon honour_words) names what is awarded, no programme run
_NOT_INITIATIVE_TAILS = ("服务队", "公司", "集团", "委员会", "法院", "医院", "先进县", "案例", "家庭", *_EVENT_TAILS,
                         *sorted(lexicon("honour_words")))
# words of someone quoted (“我们…”, “他说…”); a name made with 我的 (“我的某某行”) is an activity's
_SPEECH = re.compile(r"[，。！？,!?]|^[我你他她咱](?!的)")


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
# the items of a counted or special set of actions are its programmes: 甲乙提质、丙丁增效等五大行动, …等专项工程
_PROGRAMME_LIST_RE = re.compile(
    r"((?:[\u4e00-\u9fff]{2,14}、)+[\u4e00-\u9fff]{2,14})等(?:[0-9一二三四五六七八九十]+[大项个](?:专项)?|专项)(?:行动|工程)")

_LAUNCH_RE = re.compile(r"实施|开展|推进|推动|部署|启动|提出|落实|组织|打造")


def _plan_as_verb(text: str, start: int, end: int) -> bool:
    """占|年度投资计划的…, 某机场|计划每周…: a share of a plan, or 计划 as the verb "plans to" —
    the phrase opens with a one-character verb, or a verb or pronoun follows 计划 at once.

    >>> _plan_as_verb("占年度投资计划的一半", 0, 7), _plan_as_verb("青山机场计划每周增加航班", 0, 6)
    (True, True)
    >>> _plan_as_verb("制定三年行动计划，推动", 2, 8)
    False
    """
    from kg.lexicon import tagged

    first = tagged(text[start:end])[0]
    after = tagged(text[end:end + 4])
    verb_plan = text[end - 2:end] == "计划" and bool(after) and after[0][1] in ("v", "r", "d")
    return (len(first[0]) == 1 and first[1] == "v") or verb_plan


_PILOT_UNITS = re.compile(r"城市|省份|地区|县|市|区|乡镇|单位|企业|医院|学校|园区|项目")


def _attributive(text: str, match: re.Match[str]) -> bool:
    """战略 before a noun or verb it qualifies (全面战略|伙伴关系, 战略|引领) is "strategic", 试点 before
    the places and bodies it picks (试点|城市, 试点|企业) is "pilot": the head of no plan's name (甲乙
    试点|工作 is the pilot's own).

    >>> _attributive("推动甲乙全面战略伙伴关系发展", _PLAN_RE.search("推动甲乙全面战略伙伴关系发展"))
    True
    >>> _attributive("实施乡村振兴战略，推动", _PLAN_RE.search("实施乡村振兴战略，推动"))
    False
    """
    from kg.lexicon import tagged

    if match.group() == "试点":
        return bool(_PILOT_UNITS.match(text, match.end()))
    if match.group() != "战略":
        return False
    after = tagged(text[match.end():match.end() + 4])
    return bool(after) and (after[0][0] == "性" or after[0][1][:1] in ("n", "v") and after[0][1] != "nr" or after[0][1] == "b")


def _list_lead(item: str) -> int:
    """Length of the words up to the last verb of launching that opens a list's first item
    (深入实施|甲乙再造, 计划提出|丙丁供给); the item keeps four characters at least.

    >>> _list_lead("深入实施制造业基础再造"), _list_lead("计划提出数据供给"), _list_lead("数据供给")
    (4, 4, 0)
    """
    ends = [m.end() for m in _LAUNCH_RE.finditer(item) if len(item) - m.end() >= 4]
    return ends[-1] if ends else 0
_SINGLE_QUOTE_RE = re.compile(r"‘([^‘’]{2,12})’")
# the kinds of document a titled name ends in: plans and rules (公文 kinds), an outline (规划纲要), a list
# kept by a programme (《世界遗产名录》) and a proposal for joint action (《全球某某倡议》)
_TITLE_KINDS = ("方案", "计划", "意见", "办法", "举措", "规划", "意向书", "条例", "细则", "通知", "纲要", "名录", "倡议")
_TITLE_PERIOD = re.compile(r"[（(][^（）()]*(?:年|草案|试行)[^（）()]*[）)]$")
_PERIOD_NAMES = {"十四五", "十三五", "十五五", "五一", "十一", "元旦", "春节"}


def _is_programme(text: str, start: int, end: int, name: str) -> bool:
    """A quoted name is an initiative when the sentence treats it as one: a programme noun after it,
    a programme verb before it, or the shape of a slogan (1+N, 三个聚焦, 双30)."""
    before, after = text[max(0, start - 7):start - 1], text[end + 1:end + 8]
    after = after.lstrip("“”\"、和及与等").lstrip()
    if name in _PERIOD_NAMES:
        return False
    return bool(_SLOGAN_RE.search(name) or _PROGRAMME_NOUNS.match(after[:6].lstrip("”“"))
                or _PROGRAMME_NOUNS.search(after[:4]) or _PROGRAMME_VERBS.search(before)
                or re.match(r"^等[\u4e00-\u9fff、]{0,8}?(?:制度|平台|机制|活动|政策|品牌|模式)", after))


# what makes a quoted list of phrases (“甲乙牵头、丙丁参与”) a programme's name: the kind of programme
# right after it (…”工作机制, …”专项行动, …”的模式) or a verb of launching right before it (开展“…”)
_LIST_KIND_AFTER = re.compile(
    r"的?(?:(?:工作|专项|系列|主题|三年专项)?(?:行动|工程|活动|机制|模式|工作法|格局|品牌|治理|教育)|(?:发展)?战略)")
_LIST_LAUNCH_BEFORE = re.compile(r"(?:开展|实施|推行|推广)$")


def _listed_programme(text: str, match: re.Match[str]) -> bool:
    """A quoted list of phrases is a programme's slogan when the kind of programme follows it or a verb of
    launching leads to it; otherwise it lists principles or aims (“甲乙为首、丙丁为王”理念).

    >>> _listed_programme("推行“甲村牵头、乙户参与”工作机制", re.search("“(.+)”", "推行“甲村牵头、乙户参与”工作机制"))
    True
    >>> _listed_programme("聚焦“走在前列、勇于争先”目标", re.search("“(.+)”", "聚焦“走在前列、勇于争先”目标"))
    False
    """
    return bool(_LIST_KIND_AFTER.match(text, match.end()) or _LIST_LAUNCH_BEFORE.search(text, 0, match.start()))


def _quoted_runs(text: str) -> list[list[re.Match[str]]]:
    """Adjacent quotes (“甲易贷”“乙易贷”“丙易贷”, “A”、“B”) share their context."""
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
                for item in items:  # “两大工程、六大行动”: two programmes
                    out.append(Mention(position, position + len(item), item, "Initiative"))
                    position += len(item) + 1
                continue
            if (len(items) >= 3 and min(map(len, items)) >= 2 or len(items) == 2 and min(map(len, items)) >= 5) \
                    and not _listed_programme(text, match):
                continue  # a list of principles, not a programme's name
            if name.endswith("行动") and _kind_of_action(name[:-2]):
                continue  # “有针对性的军事行动”: an operation, no programme
            if quoted_figure(text, match.start(1), match.end(1)):
                continue  # “怎么干”, “有针对性的”, 这个“牛鼻子”, 从“跟跑”到“领跑”, 台风“某某”, 打好“某某牌”
            if designates_members(text, match.end(1)):
                continue  # “四上”企业, “五老”人员: a designation of a class of firms or people
            if _TITLE_OR_AFFAIR_AFTER.match(text, match.end()) or _THEME_BEFORE.search(text, 0, match.start()):
                continue  # “某某英雄”称号, “某某”丑闻; 主题为“…”: a title, an affair, a theme's words
            if _emphasis(text, match) or CONCEPT_AFTER.match(text, match.end()) or _ARTEFACT_AFTER.match(text, match.end()) or not (keep or _standalone(text, match)) or _SPEECH.search(name) or _VARIETY.search(name) or _MANNER.match(name) or name.isdigit() or name.endswith(_NOT_INITIATIVE_TAILS):
                continue
            out.append(Mention(match.start(1), match.end(1), name, "Initiative"))
    for match in _LEVER_RE.finditer(text):
        name = match.group(1).strip("“”")
        if len(name) >= 3 and not any(m.start <= match.start(1) < m.end for m in out) and name[-1] in "制法度式工作":
            out.append(Mention(match.start(1), match.end(1), name, "Initiative"))  # 以林长制为抓手
    for match in _POLICY_LIST_RE.finditer(text):
        position = match.start(1)
        for item in match.group(1).split("、"):
            out.append(Mention(position, position + len(item), item, "Initiative"))  # 依托科创券、园区贷等政策
            position += len(item) + 1
    for match in _PROGRAMME_LIST_RE.finditer(text):
        position = match.start(1)
        for k, item in enumerate(match.group(1).split("、")):
            start = position + (_list_lead(item) if k == 0 else 0)  # 深入实施|甲乙再造
            if position + len(item) - start >= 4 and not GENERIC_START.match(text[start:position + len(item)]):
                out.append(Mention(start, position + len(item), text[start:position + len(item)], "Initiative"))
            position += len(item) + 1
    for match in _SINGLE_QUOTE_RE.finditer(text):
        if match.group(1) in _PERIOD_NAMES:
            continue  # “开局起步‘十五五’”: a period
        if _SLOGAN_RE.search(match.group(1)) or _is_programme(text, match.start(1), match.end(1), match.group(1)):
            out.append(Mention(match.start(1), match.end(1), match.group(1), "Initiative"))  # 双‘首位工程’
    for match in _BOOK_RE.finditer(text):
        name = match.group(1).strip()
        if name in lexicon("document_kinds") or name in _TITLE_KINDS:
            continue  # 《规划》指出: the short back-reference to a document named before, no name of its own
        kind = _TITLE_PERIOD.sub("", name)  # 《某某计划（2026—2030年）》: the kind of document before its period
        if not _SPEECH.search(name) and kind.endswith(_TITLE_KINDS):
            out.append(Mention(match.start(1), match.end(1), name, "Initiative"))
    for match in _PLAN_RE.finditer(text):
        start = left_extend(text, match.start(), limit=30)
        if text[start - 2:start] == "以上" or text[start - 4:start] == "规模以上":
            start = left_extend(text, start - 4, limit=30) if text[start - 4:start] == "规模以上" else start
        name = text[start:match.end()]
        led = bool(_PLAN_VERBS.search(text[max(0, start - 4):start])) or text[start - 1:start] in ("、", "，")
        if match.group() == "行动" and _kind_of_action(text[start:match.start()]):
            continue  # 地面军事|行动, 甲国此次|行动: an operation, no programme
        if len(name) >= len(match.group()) + 4 and led and not GENERIC_START.match(name) and not _attributive(text, match) \
                and not any(m.start <= start < m.end for m in out) and not _plan_as_verb(text, start, match.end()):
            out.append(Mention(start, match.end(), name, "Initiative"))
    out.extend(m for m in find_programmes(text) if not any(o.start < m.end and m.start < o.end for o in out))
    out = [m for m in out if not m.text.endswith(_EVENT_TAILS) and not _RANKING_RE.search(m.text)  # events, rankings
           and not kind_of_work(m.text) and not _DAY_RE.search(m.text)]  # 系统工程, 精品工程; 国际某某日
    kept = [m for m in set(out) if not any(o.start <= m.start and m.end <= o.end and o != m for o in out)]
    return sorted(kept, key=lambda m: (m.start, m.end))


# a manner, not a programme: “管家式”服务, “面对面”交流, “手把手”指导
_MANNER = re.compile(r"^(?:[\u4e00-\u9fff]{1,4}式|([\u4e00-\u9fff])[对把拉]\1(?:[+＋][\u4e00-\u9fff][对把拉][\u4e00-\u9fff])*)$")
# “青云2号”, “海山三号”: a crop variety, a craft or a device; “天河-2026”: an exercise's edition;
# “8·12”, “1921-2021”: the date of an event or the span of an anniversary — no programme
_VARIETY = re.compile(r"(?:[0-9]+|[一二三四五六七八九十]+)号$|-[0-9]+$|^[0-9]{1,2}·[0-9]{1,2}$|^[0-9]{4}[-—][0-9]{4}$")
# what follows a quoted name that is a work, a product or a title rather than a programme
_NOT_PROGRAMME_AFTER = re.compile(r"^(?:主题|品种|号|牌|字|精神|称号|奖|系列|歌|剧|节目|丛书|一词|二字|之称|之名)")
# an honour's title, an affair or a case after the quote (“某某英雄”荣誉称号, “某某”丑闻), and a theme's or a
# slogan's words (主题为“…”, 口号是“…”): none is run as a programme
_TITLE_OR_AFFAIR_AFTER = re.compile(r"(?:荣誉)?称号|丑闻|事件|案件")
_THEME_BEFORE = re.compile(r"(?:主题|口号)(?:为|是)?[：:]?$")
# a named artefact (“北溪”管道, “豹2”坦克): a thing, no programme
_ARTEFACT_AFTER = re.compile(r"管道|天然气管道|坦克|主战坦克|导弹|战机|战斗机|航母|卫星|火箭|飞船|客机|无人机|舰")


# a quoted idea, motto, principle or city's calling card is held or polished, not run: “甲乙为王”(的)理念,
# “某某之乡”名片, “宜农则农”原则
CONCEPT_AFTER = re.compile(r"的?(?:理念|名片|口号|原则|思路)")
_NUMERAL_START = re.compile(r"^[0-9一二三四五六七八九十百千万两双]")


def _emphasis(text: str, match: re.Match[str]) -> bool:
    """A quoted common word of the dictionary (“盘活”, “出海”, “蛋糕”) is emphasis or a figure of
    speech, unless a programme noun follows it at once (“清零”行动); a numbered slogan (“三保”) and a
    proper name stand.

    >>> _emphasis("推动资产“盘活”", re.search("“(盘活)”", "推动资产“盘活”"))
    True
    >>> _emphasis("开展“清零”行动", re.search("“(清零)”", "开展“清零”行动"))
    False
    """
    from kg.lexicon import frequency, pos, words

    name = match.group(1)
    tag = pos(name) or ""
    if _NUMERAL_START.match(name) or len(words(name)) != 1 or frequency(name) < 3 or tag.startswith(("nr", "ns", "nt", "nz")):
        return False  # a proper name (“井冈山”) may be a brand
    return not _PROGRAMME_NOUNS.match(text[match.end():match.end() + 4])


def _standalone(text: str, match: re.Match[str]) -> bool:
    """A short quoted name standing as the subject of a report's clause (“惠企通”用户数…) is a
    programme too, unless a period, a variety or a title (“青云2号”, “山水”主题)."""
    name = match.group(1)
    lead = text[:match.start()].rstrip("“”\"、")[-2:]
    if lead and lead[-1] not in "，。；：" and lead not in ("国家", "省级"):
        return False  # a quote inside a clause is emphasis or a figure of speech (打通“最后一步”)
    return (2 <= len(name) <= 8 and name not in _PERIOD_NAMES and not re.search(r"[0-9]+号|[A-Za-z]{4,}", name)
            and not _NOT_PROGRAMME_AFTER.match(text[match.end():match.end() + 3]))
