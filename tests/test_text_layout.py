"""kg.text.layout: blocks, their kinds, page-break repair and offsets back into the source."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.text.chars import normalize_chars
from kg.text.layout import Block, classify, ends_mid_sentence, join_fragments, split_blocks


def assert_maps_back(block: Block, source: str) -> None:
    """Every character of ``block.text`` is the normalised source character it maps to.

    Line joins inside a block may insert a space; it maps to the whitespace it replaces.
    """
    norm = normalize_chars(source)
    for i, ch in enumerate(block.text):
        offset = block.source_offset(i)
        assert norm[offset] == ch or (ch == " " and norm[offset].isspace()), (block.text, i, offset)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("城乡和谐 共赴新程", "heading"),  # seed 000
        ("强攻二季度 确保双过半", "heading"),  # seed 002 kicker
        ("赣县区多措并举推进工业倍增升级", "heading"),
        ("『主播』带货", "heading"),  # seed 003
        ("“微协商”带来大和谐", "heading"),
        ("——兴国县以城乡融合共筑发展新图景", "subtitle"),
        ("——鹰潭市余江区推进经济社会高质量发展纪实", "subtitle"),
        ("李玲文/图", "author"),
        ("向斌 本报全媒体记者 刘佳惠子", "author"),
        ("□特约记者尹才霞 通讯员谢忠裕", "author"),
        ("（本版文图由鹰潭市余江区融媒体中心提供）", "credit"),
        ("铭山村金糸皇菊喜获丰收 杨风胜摄", "caption"),
        ("在江西汉驱智能科技有限公司车间，工人正推着车运送零件。 特约记者尹才霞 摄", "caption"),
        ("（钱金林 刘小武）", "byline"),
        ("各县（市、区）人大常委会通过打造", "body"),  # a page-break fragment, not a heading
        ("近年来，樟树市坚持“抓党建就是抓", "body"),
        ("可达1万元。", "body"),
        ("聊天……", "body"),
        ("本报讯（特约记者尹才霞）连日来，赣县区多个在建医疗项目频频传出节点喜讯。", "body"),
        ("本报万年讯", "body"),  # 本报… is never a headline
    ],
)
def test_classify_real_lines(line, kind):
    assert classify(line) == kind


def test_classify_marked_heading_is_heading_even_with_commas():
    assert classify("信丰县扎实推进“八大行动”，奋力争先", level=2) == "heading"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全区42名领导和区直单位分", True),
        ("其中6条制造业重点产业链项目", True),
        ("确保双过半。", False),
        ("“一分钱没花就解决了。”", False),
        ("散步聊天……", False),
        ("为社区竖起了大拇指！", False),
        ("怎么办？", False),
        ("各县（市、区）", False),
        ("预计每亩经济效益 ", True),
    ],
)
def test_ends_mid_sentence(text, expected):
    assert ends_mid_sentence(text) is expected


def test_seed_002_opening_blocks(seed_texts):
    blocks = split_blocks(seed_texts["002_011b906044fe82a3.txt"])
    assert [(b.kind, b.text[:10]) for b in blocks[:6]] == [
        ("heading", "强攻二季度 确保双过"),
        ("heading", "赣县区多措并举推进工"),
        ("body", "本报讯（特约记者熊艳"),
        ("body", "高位推动，加强调度。"),
        ("body", "多部门联合，培育扶持"),
        ("caption", "在江西汉驱智能科技有"),
    ]


def test_page_break_around_a_caption_is_repaired(seed_texts):
    """Seed 002: ``…全区42名领导和区直单位分`` ⏎ caption ⏎ ``别挂点联系园区160家企业…``."""
    source = seed_texts["002_011b906044fe82a3.txt"]
    blocks = join_fragments(split_blocks(source))
    joined = next(b for b in blocks if "全区42名领导和区直单位分别挂点联系园区160家企业" in b.text)
    assert joined.kind == "body"
    assert joined.text.startswith("多部门联合，培育扶持企业。")
    assert joined.text.endswith("及时解决企业运行中存在的困难。")
    # the caption is kept, right after the joined paragraph
    following = blocks[blocks.index(joined) + 1]
    assert following.kind == "caption" and following.text.endswith("特约记者尹才霞 摄")
    # offsets on both sides of the cut point at the source characters
    cut = joined.text.index("别挂点")
    assert source[joined.source_offset(cut - 1)] == "分"
    assert source[joined.source_offset(cut):].startswith("别挂点联系园区160家企业")
    assert joined.source_offset(cut) - joined.source_offset(cut - 1) > 50  # the caption lies between
    assert joined.start == source.index("多部门联合") and joined.end == source.index("及时解决企业运行中存在的困难。") + 15
    assert_maps_back(joined, source)


@pytest.mark.parametrize(
    ("seed", "joined"),
    [
        ("000", "其中6条制造业重点产业链项目占比79.69%，签约金额占比"),
        ("000", "重点工作融合化“三化”工作法为抓手"),
        ("000", "总投资19亿元的江科智能科技有限公司年产6万吨绿色建筑新材料"),
        ("000", "活化利用历史建筑"),
        ("001", "将挺起江西南部电网末端大型能"),
        ("002", "协调抓好全标生物等红金一期整体搬迁企业"),
        ("002", "网对接审批手续的市民吴先生竖起大拇指给工作人员点赞。"),
        ("002", "在全市率先设置“市县同权”受理专窗"),
        ("003", "樟树市坚持“抓党建就是抓发展”理念"),
        ("003", "各县（市、区）人大常委会通过打造“一县一品牌”"),
        ("003", "预计每亩经济效益可达1万元。"),
        ("004", "农户年均增收5万元至10万元。"),
    ],
)
def test_page_breaks_in_seeds_are_repaired(seed_texts, seed, joined):
    name = next(n for n in seed_texts if n.startswith(seed))
    source = seed_texts[name]
    assert joined not in normalize_chars(source)  # really cut in the source
    bodies = [b for b in join_fragments(split_blocks(source)) if b.kind == "body"]
    assert any(joined in b.text for b in bodies)


def test_every_block_of_every_seed_maps_back_to_the_source(seed_texts):
    for source in seed_texts.values():
        for block in join_fragments(split_blocks(source)):
            assert_maps_back(block, source)
            assert block.source_offset(len(block.text)) == block.end


def test_joining_keeps_all_blocks_and_their_order(seed_texts):
    for source in seed_texts.values():
        blocks = split_blocks(source)
        joined = join_fragments(blocks)
        assert sum(len(b.text) for b in joined) == sum(len(b.text) for b in blocks)
        assert len(joined) < len(blocks)
        starts = [b.start for b in joined if b.kind != "caption"]
        assert starts == sorted(starts)


@pytest.mark.parametrize(
    ("source", "texts"),
    [
        ("正文第一句，\n\n小标题\n\n接着写完。", ["正文第一句，", "小标题", "接着写完。"]),  # a heading stops the join
        ("第一段完。\n\n第二段完。", ["第一段完。", "第二段完。"]),
        ("前半句\n\n（本版文图由某某中心提供）\n\n后半句。", ["前半句", "（本版文图由某某中心提供）", "后半句。"]),
        ("前半句，\n\n图一 张三 摄\n\n图二 李四 摄\n\n后半句。", ["前半句，后半句。", "图一 张三 摄", "图二 李四 摄"]),
        ("前半句，\n\n中半句，\n\n后半句。", ["前半句，中半句，后半句。"]),
        ("最后一段没写完，", ["最后一段没写完，"]),
    ],
)
def test_join_fragments_table(source, texts):
    assert [b.text for b in join_fragments(split_blocks(source))] == texts


def test_heading_lines_are_joined_with_a_space():
    """Seed 002: ``满园瓜果香`` ⏎ ``游客采摘乐`` is one headline of two lines."""
    source = "满园瓜果香\n游客采摘乐\n\n在赣县区茅店镇东田村,前来休闲度假的游客正体验甜瓜采摘乐趣。"
    head, body = split_blocks(source)
    assert (head.kind, head.text) == ("heading", "满园瓜果香 游客采摘乐")
    assert head.source_offset(5) == 5 and source[5] == "\n"
    assert source[head.source_offset(6):].startswith("游客采摘乐")
    assert body.text.startswith("在赣县区茅店镇东田村，前来")


def test_markdown_heading_marks_are_stripped_and_leveled():
    """Seed 001 marks headlines with ``#`` and ``##``."""
    source = "# 当好融湾排头兵 建设示范先行区\n\n## 信丰县扎实推进“八大行动”\n\n正文。\n"
    title, subtitle, body = split_blocks(source)
    assert (title.text, title.level, title.kind) == ("当好融湾排头兵 建设示范先行区", 1, "heading")
    assert (subtitle.text, subtitle.level) == ("信丰县扎实推进“八大行动”", 2)
    assert title.source_offset(0) == 2
    assert source[subtitle.source_offset(0)] == "信"
    assert body.level == 0


def test_crlf_source_gives_the_same_blocks_with_offsets_into_it(seed_texts):
    source = seed_texts["002_011b906044fe82a3.txt"]
    crlf = source.replace("\n", "\r\n")
    plain = join_fragments(split_blocks(source))
    windows = join_fragments(split_blocks(crlf))
    assert [(b.kind, b.text) for b in windows] == [(b.kind, b.text) for b in plain]
    for block in windows:
        assert_maps_back(block, crlf)


def test_blank_lines_with_spaces_separate_blocks():
    blocks = split_blocks("第一段。\n \u3000\n第二段。\n\t\n\n第三段。")
    assert [b.text for b in blocks] == ["第一段。", "第二段。", "第三段。"]
    assert [b.start for b in blocks] == [0, 8, 16]


_PIECES = st.sampled_from(
    ["\n", "\n\n", "\r\n", " ", "\u3000", "# ", "## ", "——", "。", "，", ",", "(", ")", "……",
     "本报讯(特约记者熊艳 通讯员黎根英)", "（钱金林 刘小武）", " 杨风胜摄", "李玲文/图", "满园瓜果香",
     "全区42名领导和区直单位分", "别挂点联系园区160家企业", "（本版文图由鹰潭市余江区融媒体中心提供）"]
)
RANDOM_LAYOUT = st.lists(st.one_of(_PIECES, st.text(max_size=8)), max_size=30).map("".join)


@settings(max_examples=200, deadline=None)
@given(RANDOM_LAYOUT)
def test_blocks_of_any_text_map_back_to_it(source):
    blocks = split_blocks(source)
    for block in join_fragments(blocks):
        assert_maps_back(block, source)
        assert 0 <= block.start <= block.end <= len(source)
    assert all(b.text == b.text.strip() and b.text for b in blocks)
