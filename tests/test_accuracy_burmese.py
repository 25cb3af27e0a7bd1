"""Originals in Burmese: its own digits and the scale word after them (၄၅ ဘီလီယံ 45 billion, ၃ သန်း 3 million,
၅ သိန်း 500,000), the kyat and ရာခိုင်နှုန်း (percent); a faithful translation raises nothing, a wrong scale fires."""

import pytest

from accuracy_pairs import accuracy, whole_figure


@pytest.mark.parametrize("text,value,kind", [
    ("၄၅ ဘီလီယံ", 45e9, "number"), ("၃ သန်း", 3e6, "number"), ("၅ သိန်း", 5e5, "number"),
    ("၂ ကုဋေ", 2e7, "number"), ("၁၂ ရာခိုင်နှုန်း", 12, "percent"),
])
def test_burmese_figures(text, value, kind):
    v, k, _ = whole_figure(text, "my")
    assert (v, k) == (value, kind)


MY = ("ဝန်ကြီးချုပ်သည် အင်္ဂါနေ့တွင် ကျောင်းသစ်များအတွက် ကျပ် ၄၅ ဘီလီယံ သုံးစွဲမည်ဟု ကြေညာခဲ့သည်။ "
      "စီမံကိန်းကို ဧပြီလ ၁၅ ရက်တွင် စတင်မည်။")
MY_EN = "The prime minister announced on Tuesday that 45 billion kyat would be spent on new schools. The project will start on April 15."


def test_a_burmese_article():
    assert accuracy(MY_EN, MY) == []
    assert [r for r, _ in accuracy(MY_EN.replace("45 billion", "45 million"), MY)] == ["A003"]
