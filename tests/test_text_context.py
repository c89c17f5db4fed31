"""Document context: the year an article speaks of and the document's own place. Invented texts
(the places are real gazetteer names, the facts are made up)."""

from __future__ import annotations

import pytest

from kg.document import extract_document, with_doc_place
from kg.normalize.year import document_year, title_year
from kg.text.articles import split_articles
from kg.text.headings import heading_rank, section_path


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("2031年某省外贸首破万亿", 2031),
        ("2031某地全球投资大会举行", 2031),
        ("某县2031年国民经济和社会发展统计公报", 2031),
        ("到2035年基本建成新城", None),  # a horizon, not the year spoken of
        ("2020年以来某县新增企业千家", None),  # a range
        ("2031万元项目落地", None),  # an amount
        ("前4个月某省外贸增长5%", None),
        ("", None),
    ],
)
def test_title_year(title: str, expected: int | None) -> None:
    assert title_year(title) == expected


@pytest.mark.parametrize(
    ("title", "headings", "expected"),
    [
        ("2031年浙江省政府工作报告", [], 2030),  # a work report given in 2031 reports on 2030
        ("2031年浙江省政府工作报告", ["一、2030年工作回顾", "二、2031年工作安排"], 2030),
        ("某县2030年国民经济和社会发展统计公报", ["一、综合"], 2030),
        ("某县2031年统计工作要点", ["一、2030年回顾"], 2030),
        ("2031年某省政府工作报告", ["一、2030 年工作回顾"], 2030),  # a space before 年
        ("某县统计公报", ["一、综合"], None),
    ],
)
def test_document_year(title: str, headings: list[str], expected: int | None) -> None:
    assert document_year(title, headings) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2032年某省政府工作报告\n\n一、2031年工作回顾\n全省增长5%。今年预计增长6%。\n", [2031]),
        ("某县2030年统计公报\n\n全年增长5%。2031年将继续推进。\n", [2030]),
        ("政府工作报告\n\n——2031年1月14日在某省人民代表大会上\n\n全省增长5%。\n", [2030]),
        # news items: the headline's year, else the year the body calls 今年, else None
        (("2031某地投资大会举行\n\n今天，大会举行。\n\n某县大桥合龙\n\n今年是2031年，某县大桥合龙。\n\n"
          "某镇举办庙会\n\n今天，庙会开幕。\n"), [2031, 2031, None]),
    ],
)
def test_article_years(text: str, expected: list[int | None]) -> None:
    assert [a.doc_year for a in split_articles(text, "a.txt")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2031年浙江省政府工作报告\n\n全省增长5%。\n", ["浙江省"]),
        ("宜春市袁州区2030年国民经济和社会发展统计公报\n\n全区增长5%。\n", ["袁州区"]),  # the finest division
        ("某地2030年统计公报\n\n全年增长5%。\n", [None]),  # no division in the title
        ("政府工作报告\n\n——2031年1月14日在浙江省人民代表大会上\n\n全省增长5%。\n", ["浙江省"]),  # the subtitle
        # a news item names its own place when its headline names exactly one division
        (("福建推进海上风电建设\n\n今天，风电开工。\n\n福建宁德与浙江温州签约\n\n今天，两地签约。\n\n"
          "某镇举办庙会\n\n今天，庙会开幕。\n"), ["福建省", None, None]),
        (("福建宁德海上风电项目并网发电\n\n今天，风电并网。\n\n江西吉安至赣州高速公路通车\n\n今天，高速通车。\n\n"
          "【走基层】江西：老区乡村振兴见闻\n\n今天，记者走进老区。\n"), ["宁德市", None, "江西省"]),
        # a newspaper article keeps None: its place is the one it speaks of most
        ("宜丰县推进工业\n\n——多措并举抓项目\n\n宜丰县开足马力。\n\n宜丰县新建项目。\n", [None]),
    ],
)
def test_doc_place(text: str, expected: list[str | None]) -> None:
    assert [with_doc_place(a).doc_place for a in split_articles(text, "a.txt")] == expected


REPORT = (
    "2031年浙江省政府工作报告\n\n一、2030年工作回顾\n"
    "过去一年，我们与安徽省共建产业园，安徽省企业来浙投资，安徽省合肥市签约项目10个。\n"
    "全省地区生产总值增长6.1%。\n规模以上工业增加值增长7.2%。\n"
)


def test_document_place_is_the_subject_of_its_own_statements() -> None:
    doc = extract_document("a.txt", REPORT)
    found = {(o["indicator"], o["subject"]) for o in doc["articles"][0]["observations"]}
    assert ("地区生产总值", "浙江省") in found  # 全省 is the report's province, not the one named most
    assert ("规模以上工业增加值", "浙江省") in found  # a figure without a subject is the report's
    assert (doc["layout"], doc["articles"][0]["year"]) == ("document", 2030)


@pytest.mark.parametrize(
    ("heading", "rank"),
    [("一、总体要求", 1), ("（二）工业", 2), ("3.粮食", 3), ("（4）小麦", 4), ("第二章 发展", 1), ("乡村振兴", 1)],
)
def test_heading_rank(heading: str, rank: int) -> None:
    assert heading_rank(heading) == rank


@pytest.mark.parametrize(
    ("offset", "path"),
    [
        (5, ("一、回顾",)),
        (15, ("一、回顾", "（一）工业")),
        (25, ("一、回顾", "（二）农业", "1.粮食")),
        (35, ("二、计划",)),
        (0, ()),
    ],
)
def test_section_path(offset: int, path: tuple[str, ...]) -> None:
    headings = [(1, "一、回顾"), (10, "（一）工业"), (20, "（二）农业"), (22, "1.粮食"), (30, "二、计划")]
    assert section_path(headings, offset) == path
