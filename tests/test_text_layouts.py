"""kg.text.layouts and the splitter of each layout: which layout a text has, and the articles
(title, start of body) it is cut into. All texts are invented."""

from __future__ import annotations

import json
import re
import sys
import time

import pytest
from conftest import run_kg
from hypothesis import example, given, settings
from hypothesis import strategies as st

from kg.evaluate import load_doc
from kg.text.articles import split_articles, split_with_layout
from kg.text.chars import normalize_chars
from kg.text.html_input import html_to_text
from kg.text.layouts import Layout, detect_layout, is_headline, is_numbered

ITEMS = (
    "甲市新建大桥顺利合龙\n\n今天（5月1日），甲市新建大桥顺利合龙，全长1200米。\n\n"
    "【走基层】乙县举办农民丰收节\n\n央视网消息：乙县今天举办农民丰收节。\n村民们载歌载舞。\n\n"
    "丙镇新建小学正式开学\n\n昨天（9月1日），丙镇新建小学正式开学，可容纳学生900人。\n"
)
NEWSPAPER = (
    "奋战二季度\n\n某县推进工业倍增\n\n——某县多措并举抓项目\n\n进入六月，某县开足马力。\n\n"
    "强化调度，加快进度。该县每周调度重点项目。\n\n优化服务\n\n该县组建帮办队伍。\n\n"
    "该县还设立了服务专窗。（李四 王五）\n\n某乡开展文明创建\n\n今年以来，某乡开展文明创建。\n\n"
    "该乡评选最美家庭。\n"
)
# a report whose paragraphs are separated by blank lines: numbered headings are sections, not items
REPORT = (
    "2031年某省政府工作报告\n\n各位代表：\n\n一、2030年工作回顾\n\n过去一年，全省经济稳中有进。\n\n"
    "（一）工业提质增效\n\n全年规模工业增加值增长7%。\n\n（二）农业稳产保供\n\n粮食总产创新高。\n\n"
    "二、2031年工作安排\n\n今年主要预期目标是增长5%左右。\n"
)
# a bulletin with short, unnumbered section names, one paragraph each
BULLETIN = (
    "某县2030年国民经济和社会发展统计公报\n\n农业\n\n全年农业总产值40亿元，增长3%。\n\n"
    "工业\n\n全年规模以上工业增加值增长9%。\n\n财政\n\n全年一般公共预算收入18亿元。\n"
)
LONG_LINES = "全年粮食产量增长3%，蔬菜产量增长5%，水果产量增长2%，肉类产量增长1%。" * 3 + "\n"


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (ITEMS, "a.txt", Layout.NEWS_ITEMS),
        (NEWSPAPER, "a.txt", Layout.NEWSPAPER),
        (REPORT, "a.txt", Layout.DOCUMENT),
        (BULLETIN, "a.txt", Layout.DOCUMENT),
        # numbered headings without a document word in the title
        ("某县发展情况\n\n一、总体情况\n全县增长5%。\n二、主要工作\n全县新建项目10个。\n", "a.txt", Layout.DOCUMENT),
        # a title ending in 报告 does not make a page of many clause-long items one document
        ("某市发布2030年度政府信息公开工作报告\n\n今天，某市发布报告。\n\n" + ITEMS, "a.txt", Layout.NEWS_ITEMS),
        # two headline/body pairs could be one article with a section: not items
        ("甲地开展活动\n\n甲地开展了活动。\n\n小标题\n\n还有一段。（钱金林）\n", "a.txt", Layout.NEWSPAPER),
        ("# 第一篇\n\n正文一。\n\n## 第二篇\n\n正文二。\n\n## 第三篇\n\n正文三。\n", "a.txt", Layout.NEWSPAPER),
        # a long TV-news headline (two clauses and a kicker) is still a headline
        (ITEMS.replace("丙镇新建小学正式开学", "【新闻特写】" + "丙镇新建小学正式开学 " * 6), "a.txt", Layout.NEWS_ITEMS),
        (ITEMS, "page.HTML", Layout.HTML),
        # short section names, each with its paragraph, and no document word in the title: not items
        (BULLETIN.replace("统计公报", "经济运行情况"), "a.txt", Layout.NEWSPAPER),
        (BULLETIN.replace("统计公报", "经济运行情况").replace("\n\n全年", "\n全年"), "a.txt", Layout.NEWSPAPER),
        (LONG_LINES, "a.txt", Layout.UNKNOWN),
        (LONG_LINES + "\n" + LONG_LINES, "a.txt", Layout.UNKNOWN),
    ],
)
def test_detect_layout(text: str, name: str, expected: Layout) -> None:
    assert detect_layout(text, name) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (ITEMS, [("甲市新建大桥顺利合龙", "今天（5月1日），甲市新"), ("【走基层】乙县举办农民丰收节", "央视网消息：乙县今天举办"),
                 ("丙镇新建小学正式开学", "昨天（9月1日），丙镇新")]),
        (NEWSPAPER, [("某县推进工业倍增", "进入六月，某县开足马力。"), ("某乡开展文明创建", "今年以来，某乡开展文明创")]),
        (REPORT, [("2031年某省政府工作报告", "各位代表：")]),
        (BULLETIN, [("某县2030年国民经济和社会发展统计公报", "全年农业总产值40亿元，")]),
        # a headline carrying ——: an item's title is the line as printed
        (("甲地——乙地高速公路建成通车\n\n今天，高速通车。\n\n丙地跨江大桥顺利合龙\n\n今天，大桥合龙。\n\n"
         "丁地新建机场正式通航\n\n今天，机场通航。\n"),
         [("甲地——乙地高速公路建成通车", "今天，高速通车。"), ("丙地跨江大桥顺利合龙", "今天，大桥合龙。"),
          ("丁地新建机场正式通航", "今天，机场通航。")]),
        # headline and body without a blank line between them, items separated by blank lines
        (ITEMS.replace("\n\n今天", "\n今天").replace("\n\n央视网", "\n央视网").replace("\n\n昨天", "\n昨天"),
         [("甲市新建大桥顺利合龙", "今天（5月1日），甲市新"), ("【走基层】乙县举办农民丰收节", "央视网消息：乙县今天举办"),
          ("丙镇新建小学正式开学", "昨天（9月1日），丙镇新")]),
        (LONG_LINES, [("", LONG_LINES[:12])]),
        ("", []),
    ],
)
def test_split_by_layout(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(a.title, a.starts_with) for a in split_articles(text, "a.txt")] == expected


def test_newspaper_keeps_kicker_subtitle_and_sections() -> None:
    first = split_articles(NEWSPAPER, "a.txt")[0]
    assert (first.kicker, first.subtitle, [h.text for h in first.headings]) == ("奋战二季度", "——某县多措并举抓项目", ["优化服务"])


def test_items_keep_section_lines_as_headings() -> None:
    page = ITEMS.replace("村民们载歌载舞。", "甲村：丰收歌会\n村民们载歌载舞。")
    item = split_articles(page, "a.txt")[1]
    assert [h.text for h in item.headings] == ["甲村：丰收歌会"]
    assert "甲村" not in "".join(s.text for s in item.sentences)


def test_website_metadata_lines_are_not_part_of_a_document() -> None:
    report = split_articles(REPORT.replace("各位代表：", "来源：某某日报\n\n发布时间：2031-01-20\n\n各位代表："), "a.txt")[0]
    assert report.headings[0].text == "一、2030年工作回顾"
    assert report.starts_with == "各位代表："


def test_report_sections_give_each_sentence_its_heading_path() -> None:
    report = split_articles(REPORT, "a.txt")[0]
    where = {s.text: report.section_of(s.start) for s in report.sentences}
    assert where["粮食总产创新高。"] == ("一、2030年工作回顾", "（二）农业稳产保供")
    assert where["今年主要预期目标是增长5%左右。"] == ("二、2031年工作安排",)
    assert where["各位代表："] == ()


def test_hard_wrapped_lines_of_a_document_join() -> None:
    wrapped = "某县统计公报\n\n" + LONG_LINES[:70] + "\n" + LONG_LINES[70:]
    article = split_articles(wrapped, "a.txt")[0]
    assert [s.text for s in article.sentences] == [LONG_LINES.strip()[:38]] * 3  # no sentence cut at the wrap


def test_a_line_ending_in_a_comma_goes_on_in_the_next() -> None:
    article = split_articles("某县统计公报\n\n全年粮食增产，\n蔬菜也增产。\n", "a.txt")[0]
    assert ([s.text for s in article.sentences], article.headings) == (["全年粮食增产，蔬菜也增产。"], ())


@pytest.mark.parametrize(
    ("line", "headline", "numbered"),
    [
        ("江西：数字赋能 推动产业升级", True, False),
        ("【文化行】某古城的排水智慧", True, False),
        ("今天，大桥合龙。", False, False),
        ("主要做了以下工作：", False, False),
        ("（张三 李四）", False, False),
        ("一、总体要求", True, True),
        ("（三）深化改革", True, True),
        ("一是稳住经济基本盘，全年增长5%。", False, True),
        ("一季度外贸增长5%", True, False),
        ("12.5亿元项目落地", True, False),
    ],
)
def test_line_features(line: str, headline: bool, numbered: bool) -> None:
    assert (is_headline(line), is_numbered(line)) == (headline, numbered)


def _calls(text: str) -> int:
    """Python function calls made while splitting ``text`` (deterministic work, not seconds)."""
    count = 0

    def profile(frame: object, event: str, arg: object) -> None:
        nonlocal count
        count += event == "call"

    sys.setprofile(profile)
    try:
        split_with_layout(text, "a.txt")
    finally:
        sys.setprofile(None)
    return count


def _page(items: int) -> str:
    return "\n".join(f"某地第{i}座大桥合龙\n\n今天，某地第{i}座大桥顺利合龙，全长1200米。\n" for i in range(items))


def test_a_page_of_items_splits_in_linear_work() -> None:
    small, large = _calls(_page(200)), _calls(_page(800))
    assert large < 4.5 * small  # four times the items, about four times the work (quadratic: sixteen)


def test_a_page_of_thousands_of_items_splits_quickly() -> None:
    text = _page(8000)  # about 0.9 MB
    began = time.process_time()
    layout, articles = split_with_layout(text, "a.txt")
    assert (layout, len(articles)) == (Layout.NEWS_ITEMS, 8000)
    assert time.process_time() - began < 30  # generous: about 1 s here


def test_facts_files_say_which_layout(tmp_path) -> None:
    sources = tmp_path / "in"
    sources.mkdir()
    (sources / "items.txt").write_text(ITEMS, encoding="utf-8")
    (sources / "report.txt").write_text(REPORT, encoding="utf-8")
    (sources / "plain.txt").write_text(LONG_LINES, encoding="utf-8")
    (sources / "page.html").write_text("<h1>某地大桥合龙</h1><p>今天，大桥顺利合龙。</p>", encoding="utf-8")
    build = run_kg("build", sources, "--out", tmp_path / "out", "--jobs", "1", "-q", "--no-html", "--no-cache")
    assert build.exit_code == 0, build.stderr
    facts = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in (build.out / "facts").glob("*.json")}
    summary = {stem: (doc["layout"], len(doc["articles"]), doc.get("notes")) for stem, doc in facts.items()}
    assert summary == {
        "items": ("news-items", 3, None),
        "report": ("document", 1, None),
        "plain": ("unknown", 1, ["no recognisable layout: the text is built as one article"]),
        "page": ("html", 1, None),
    }
    assert load_doc(build.out / "facts" / "items.json")["layout"] == "news-items"  # kg eval reads it


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # navigation, metadata lines and a footer around one article
        (("<div>首页 新闻 政务</div><h1>某市新建大桥合龙</h1><div>来源：某某日报 2031-05-01 09:00</div>"
         "<p>今天，某市新建大桥顺利合龙。</p><p>大桥连接两岸。</p><p>（责任编辑：张三）</p><div>版权所有 某某网</div>"),
         [("某市新建大桥合龙", "今天，某市新建大桥顺利合")]),
        # no <h1>: the page title without the site's names
        ("<title>某县举办丰收节_新闻中心_某某网</title><p>今天，某县举办丰收节。</p>", [("某县举办丰收节", "今天，某县举办丰收节。")]),
        # a list page keeps the headline/body rhythm: one article per item
        ("".join(f"<h2>某地第{i}座大桥合龙</h2><p>今天，第{i}座大桥合龙。</p>" for i in range(3)),
         [(f"某地第{i}座大桥合龙", f"今天，第{i}座大桥合龙。") for i in range(3)]),
        ("<div>首页</div><div>发布时间：2031-05-01</div>", []),  # no body at all
    ],
)
def test_html_pages(markup: str, expected: list[tuple[str, str]]) -> None:
    layout, articles = split_with_layout(html_to_text(markup), "page.html")
    assert layout is Layout.HTML
    assert [(a.title, a.starts_with) for a in articles] == expected


_PIECES = st.sampled_from(["某地大桥顺利合龙", "【走基层】", "一、", "（二）", "今天，", "全年增长5%", "。", "，", "：",
                           "\n", "\n\n", "（张三）", "来源：某报", "——", " ", "# "])


@settings(max_examples=150, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
@example("——某地大桥顺利合龙" * 7 + "\n# 某地大桥顺利合龙")  # found by hypothesis: a Markdown heading inside a body
def test_any_text_splits_with_sentences_pointing_at_their_source(text: str) -> None:
    layout, articles = split_with_layout(text, "a.txt")
    norm = normalize_chars(text)
    for article in articles:
        assert article.layout == layout.value
        for sentence in article.sentences:
            assert re.sub(r"\s", "", norm[sentence.start:sentence.end]) == re.sub(r"\s", "", sentence.text)
