"""A name followed by 代表 (on behalf of), which the dictionary tags as a noun: invented sentences."""

from __future__ import annotations

import pytest

from kg.extract import find_mentions


def _people(text: str) -> list[str]:
    return [m.text for m in find_mentions(text) if m.type == "Person"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("国务院副总理陈旭代表中国政府致辞", ["陈旭"]),
        ("副省长李强代表省政府讲话", ["李强"]),
        # 代表团: the dictionary reads 代|表团 no more; a three-character name stays whole
        ("副省长张卫国代表省政府讲话", ["张卫国"]),
        ("副市长刘建华代为转达问候", ["刘建华"]),
    ],
)
def test_a_name_before_daibiao_ends_before_it(text, expected):
    assert _people(text) == expected
