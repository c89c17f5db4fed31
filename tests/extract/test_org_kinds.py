"""Bodies that are kinds, meetings or the body a person speaks for: invented sentences."""

from __future__ import annotations

import pytest

from kg.extract.orgs import find_orgs


@pytest.mark.parametrize(
    "text, expected",
    [
        # a determiner or a level word before common words and a suffix: every body of a kind
        ("各供暖公司要保障居民用热", []),
        ("供热集团各供暖公司要保障居民用热", ["供热集团"]),
        ("每所中学配备心理教师", []),
        ("县级妇幼医院全部达标", []),
        ("加快组建市级文化旅游集团", []),
        ("乡镇卫生院全部完成改造", []),
        ("各级人民法院加强调解", []),
        # a proper noun, a place or no determiner keeps the body
        ("青石公司加强调节", ["青石公司"]),
        ("南昌市第一医院开诊", ["南昌市第一医院"]),
        ("宜春市人民医院开诊", ["宜春市人民医院"]),
        # a count in words opening the name (近万家, 上千所): a class of bodies
        ("镇上聚集了近万家物流公司", []),
        ("全省上千所中学开学", []),
        # 商会 cut out of 协商会议 is a meeting's word, no chamber of commerce
        ("委员们参加科技界别协商会议并发言", []),
        ("甲县总商会议定了新章程", ["甲县总商会"]),
        ("乙县商会与丙市总商会签约", ["乙县商会", "丙市总商会"]),
        ("市政协召开网络协商会", ["市政协"]),
        # a verb's complement 好 or the preposition 于 before a body is the clause's
        ("要用好青山学院的平台", ["青山学院"]),
        ("她毕业于青山大学化学系", ["青山大学"]),
        ("要落实好县委的部署", []),
        ("青山友好医院今天开诊", ["青山友好医院"]),
        ("于都县人民医院今天开诊", ["于都县人民医院"]),
        # a post and a name, then 代表 (on behalf of): the body represented
        ("九江市副市长欧阳青代表九江市人民政府致辞", ["九江市人民政府"]),
        ("萍乡市副市长司马青代表萍乡市政府致辞", ["萍乡市政府"]),
        ("赣州市政协主席张某代表赣州市政协讲话", ["赣州市政协", "赣州市政协"]),
        ("青山县人大代表联络站正式开放", ["青山县人大代表联络站"]),
    ],
)
def test_kinds_meetings_and_represented_bodies(text, expected):
    assert [m.text for m in find_orgs(text)] == expected
