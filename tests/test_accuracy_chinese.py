"""Originals in Chinese (blind round 4, zh_xialiang): 并未 "did not (at all)" is a negation the draft may lose,
and 千亿 / 5千万 scale a figure like 亿 and 万 (5千亿元 is 500 billion yuan)."""

import pytest

from accuracy_pairs import accuracy, whole_figure


def test_bingwei_is_a_negation():
    original = "不过，魏锋华强调，局部减产并未影响全国粮食供应的大局。"
    assert accuracy("But Wei stressed that these local losses had not affected the overall national grain supply.",
                    original) == []
    assert [r for r, _ in accuracy("However, Wei Fenghua emphasized that the local reduction in production has "
                                   "affected the overall situation of national grain supply.", original)] == ["A006"]


@pytest.mark.parametrize("text,value", [("5千亿元", 5e11), ("3亿5千万元", 3.5e8), ("60亿元", 6e9), ("1.3万亿元", 1.3e12)])
def test_chinese_scales(text, value):
    assert whole_figure(text, "zh")[:2] == (value, "money")
