"""Names that look like topics but name a title on a list or a sum of figures, not what a place runs or builds.

``甲集群入选国家先进制造业集群`` names a list the cluster entered (先进制造业 is its title, not an industry the
place builds up); ``“三公”经费持续下降`` names spending that fell, no programme run.
"""

from __future__ import annotations

import re

from kg.lexicons import lexicon_rows
from kg.relate.context import clause_start

# a rank opening the title of a national or provincial list of clusters (国家先进制造业集群, 国家级中小企业
# 特色产业集群, 省级特色产业集群): an industry right after it is the list's title
_RANK_BEFORE_RE = re.compile(r"(?:国家级?|省级)$")
_CLUSTER_AFTER_RE = re.compile(r"[^，。；、：]{0,8}?集群")
# a verb of building right before the rank (打造国家级林业产业集群, 培育省级特色产业集群): the place builds
# a cluster of that industry up to the rank, and develops it
_BUILT_UP_RE = re.compile(r"(?:打造|培育|建设|发展|壮大|做强|做大|做优)[^，。；]{0,4}$")


def in_list_title(text: str, start: int, end: int) -> bool:
    """Whether the industry at ``start:end`` is part of the title of a ranked list of clusters that something
    entered or counts, rather than an industry the clause builds up.

    >>> in_list_title("甲集群入选国家先进制造业集群。", 7, 12), in_list_title("国家先进制造业集群增至5个。", 2, 7)
    (True, True)
    >>> in_list_title("加快打造国家级林业产业集群。", 7, 9), in_list_title("大力发展先进制造业集群。", 4, 9)
    (False, False)
    """
    before = text[clause_start(text, start):start]
    if not _RANK_BEFORE_RE.search(before) or not _CLUSTER_AFTER_RE.match(text, end):
        return False
    return not _BUILT_UP_RE.search(_RANK_BEFORE_RE.sub("", before))


# the rise and fall words of figures (stat_measures.tsv: 下降, 减少, 增长 …) and the cuts of spending (压减,
# 压降), closing the clause or followed by the figure (持续下降。, 下降12%)
_CHANGE_WORDS = sorted({r.entry for r in lexicon_rows("stat_measures") if r.extra["kind"] in ("rise", "fall")}
                       | {"压减", "压降"}, key=len, reverse=True)
# the spending a quoted label may head (“三公”经费) and more labels listed with it (、“三项费用”)
_LABEL_TAIL = r"(?:经费|费用|支出|开支)?"
_FIGURES_AFTER_RE = re.compile(
    "”" + _LABEL_TAIL + r"(?:[、和及]“[^“”]{1,12}”" + _LABEL_TAIL + r")*"
    + r"(?:持续|明显|大幅|稳步|逐年|进一步|分别|均|同比|再)?"
    + "(?:" + "|".join(_CHANGE_WORDS) + r")(?=[，。；、]|$|[0-9约近超])")


def labels_figures(text: str, end: int) -> bool:
    """Whether the quoted name ending at ``end`` is the subject of a change of figures (“三公两费”持续下降,
    “三公”经费、“三项费用”持续压减): a label of spending or counts, no programme run.

    >>> labels_figures("“甲乙两费”持续下降。", 5), labels_figures("“甲”经费、“乙费”持续压减，", 2)
    (True, True)
    >>> labels_figures("“甲乙行动”加快推进。", 5), labels_figures("“甲乙行动”成效明显。", 5)
    (False, False)
    """
    return _FIGURES_AFTER_RE.match(text, end) is not None


# a list closed by a noun of works (…、某管道等项目, …等重大项目, …等旅游公路): its items are works built;
# not a model or a store of works (等项目建设模式, 等项目库)
_LISTED_WORKS_RE = re.compile(r"”?(?:[、和及][^，。；、]{1,25})*等(?:一批|一大批)?[^，。；、]{0,4}?(?:项目|公路|铁路)(?![\u4e00-\u9fff]{0,2}(?:库|清单|储备|模式|机制))")


def listed_as_works(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` is an item of a list closed by a noun of works (加快建设甲乙提升工程、
    丙丁天然气管道等项目): a work built, no programme run.

    >>> listed_as_works("加快建设甲乙提升工程、丙丁天然气管道等项目。", 10)
    True
    >>> listed_as_works("实施甲乙行动，谋划一批项目。", 6), listed_as_works("推行“甲+乙”等项目建设模式。", 6)
    (False, False)
    """
    return _LISTED_WORKS_RE.match(text, end) is not None


# a label of counts and the way each count went (三增, 两增一稳, 两降三无, 双翻番)
_COUNTED_CHANGES_RE = re.compile(r"(?:[双一两三四五六七八九十]+(?:增|降|减|稳|无|升|提|翻番|翻倍|下降|增长|提升))+")
# the verb of reaching a result before it in its clause (实现, 达到, 做到)
_ACHIEVED_RE = re.compile(r"(?:实现|达到|做到|取得)[^，。；“”]{0,16}“$")


def achieved_outcome(text: str, start: int, name: str) -> bool:
    """Whether the quoted label at ``start`` is a result reached (粮食面积、单产实现“两增一稳”, 算力规模“双翻番”
    after 实现): counts that all changed, no programme run, even when a programme shares the form (“双减”).

    >>> achieved_outcome("面积、单产、总产实现“三增”。", 11, "三增"), achieved_outcome("实现标准机架和算力“双翻番”", 10, "双翻番")
    (True, True)
    >>> achieved_outcome("持续巩固“双减”成果。", 5, "双减"), achieved_outcome("实现“一网通办”。", 3, "一网通办")
    (False, False)
    """
    return bool(_COUNTED_CHANGES_RE.fullmatch(name)) and _ACHIEVED_RE.search(text, 0, start) is not None
