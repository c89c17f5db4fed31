"""Who publishes a figure, and whose figure it then is: a central body of China's state or party
(国家统计局, 商务部: ``ministries.tsv``; any 国家…局 by the naming of the State Council's agencies), a national
trade association (中国汽车工业协会) or a state's statistical or weather office (某国国家统计局, 某国气象局)
found as the topic of a figure that names no subject of its own publishes it: the figure is the state's
(国家统计局发布数据，…，GDP同比增长5%: China's; 某国气象局表示，6月降雨量仅为常年的17%: that country's).

A central body opening a clause and then naming the sample it monitors (商务部重点监测的78个步行街客流量…,
某部监测数据显示) publishes the figure too, the state's; its own deeds (商务部在国内外举办11场…) stay its own.

>>> bool(_STATE_AGENCY_RE.fullmatch("国家电影局")), bool(_STATE_AGENCY_RE.fullmatch("国家电网"))
(True, False)
>>> bool(_MONITORS_RE.match("重点监测的78个步行街")), bool(_MONITORS_RE.match("在国内外举办"))
(True, False)
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from kg.lexicons import lexicon_rows
from kg.link import central_bodies
from kg.relate.context import ArticleContext
from kg.relate.stat_causes import names_rate_or_total


def publisher_state(ctx: ArticleContext, index: int, name: str | None,
                    resolve_word: Callable[[ArticleContext, int, str], str | None]) -> str | None:
    """The state whose figure a publishing body's is (``resolve_word`` gives China for 我国), else ``name``.
    A body opening the figure's own clause is left to it (the caller only passes a topic)."""
    if name and (name in central_bodies().values() or _NATIONAL_ASSOCIATION_RE.fullmatch(name)
                 or _STATE_AGENCY_RE.fullmatch(name)):
        return resolve_word(ctx, index, "我国")
    office = _OFFICE_RE.search(name or "")
    if name and office:
        for entity in ctx.book.entities.values():
            if entity.type == "Place" and entity.attrs.get("level") == "country" and len(entity.name) >= 2 \
                    and (name.startswith(entity.name) or any(name.startswith(a) for a in entity.aliases if len(a) >= 2)):
                return entity.name  # 匈牙利国家气象局: Hungary's figure
    return name


def monitored_state(ctx: ArticleContext, index: int, name: str, end: int,
                    resolve_word: Callable[[ArticleContext, int, str], str | None]) -> str | None:
    """The state whose figure it is when the publishing body ``name`` opening a clause (ending at ``end``)
    goes on with the sample it monitors (商务部|重点监测的…), else None."""
    if not _MONITORS_RE.match(ctx.units[index][0].text, end):
        return None
    state = publisher_state(ctx, index, name, resolve_word)
    return state if state != name else None


# a publisher's monitoring or statistics right after its name (重点监测, 监测数据显示, 统计, 数据显示)
_MONITORS_RE = re.compile(r"(?:商务大数据)?(?:重点)?(?:监测|统计|数据显示|最新数据显示)")
# a national trade association publishing its industry's figures (中国汽车工业协会, 中国物流与采购联合会)
_NATIONAL_ASSOCIATION_RE = re.compile(r"中国[\u4e00-\u9fff]{2,12}(?:协会|联合会|商会)")
# an agency of the State Council, by its name (国家统计局, 国家电影局, 国家数据局, 国家市场监督管理总局)
_STATE_AGENCY_RE = re.compile(r"国家[\u4e00-\u9fff]{1,10}(?:总局|局)")
# a state's statistical or weather office (某国国家统计局, 某国劳工统计局, 某国气象局, 某国气象厅)
_OFFICE_RE = re.compile(r"(?:统计局|统计署|统计厅|气象局|气象厅|气象台|经济分析局|海关)$")


def nationwide(ctx: ArticleContext, index: int, subject: str, indicator: str,
               resolve_word: Callable[[ArticleContext, int, str], str | None]) -> tuple[str, str]:
    """A subject 全国 + a kind of institution each place has its own of (全国法院, 全国备案博物馆:
    a court, a museum) names all of them in the country, no one body: the figure is China's and the kind
    opens its indicator when the sentence names it (全国博物馆|接待观众 → 中国, 博物馆接待观众). Other
    subjects stay.

    >>> _nationwide_kind("全国备案博物馆"), _nationwide_kind("全国法院"), _nationwide_kind("全国总工会")
    ('备案博物馆', '法院', '')
    """
    kind = _nationwide_kind(subject)
    china = resolve_word(ctx, index, "我国") if kind else None
    if not kind or not china:
        return subject, indicator
    sentence = ctx.units[index][0].text
    named_here = kind in sentence  # (a topic carried on to a sentence not naming the kind: no prefix)
    return china, kind + indicator if named_here and not indicator.startswith(kind) else indicator


def _nationwide_kind(name: str) -> str:
    """The kind named after 全国 when it is one of institutions each place has (''; not a central body)."""
    rest = name[2:] if name.startswith("全国") else ""
    if len(rest) < 2 or name in central_bodies().values() or name in central_bodies():
        return ""
    return rest if rest.endswith(_local_kinds()) else ""


@cache
def _local_kinds() -> tuple[str, ...]:
    """Suffixes of org_suffixes.tsv naming institutions every place has its own of: public institutions
    (学校, 医院, 博物馆) and the local organs of justice and order (法院, 检察院, 公安局, 综治中心)."""
    rows = lexicon_rows("org_suffixes")
    return tuple(row.entry for row in rows if row.source.startswith("事业单位") or row.entry in _LOCAL_ORGANS)


# organs of the state each county or city has its own of (党政机关 suffixes of org_suffixes.tsv)
_LOCAL_ORGANS = frozenset(("人民法院", "法院", "检察院", "公安局", "派出所", "综治中心", "政务服务中心", "海关"))


def reported_country(ctx: ArticleContext, subject: str, indicator: str, unit: str) -> tuple[str, str]:
    """A body's rate or amount whose indicator opens with a country's name (美联储|美国国内生产总值增速,
    某银行|英国通胀率) is the country's figure the body reports or forecasts: the country is the subject
    and the indicator goes on without its name when it names a rate, a total or a value (not 英国伦敦|成功
    发行, a deed done there). A count (美国实体6家), a place's figure and a company's own
    figure in a country's market (某国某公司|某国市场销售额) stay.
    """
    entity = ctx.book.entities.get(subject)
    if entity is None or entity.type != "Organization" or entity.attrs.get("kind") == "company" \
            or unit not in ("%", "个百分点", "CNY", "USD", "EUR"):
        return subject, indicator
    for country in ctx.book.entities.values():
        if country.type != "Place" or country.attrs.get("level") != "country":
            continue
        for name in sorted({country.name, *country.aliases}, key=len, reverse=True):
            rest = indicator[len(name):]
            if len(name) >= 2 and indicator.startswith(name) and len(rest) >= 2 and names_rate_or_total(rest):
                return country.name, rest
    return subject, indicator
