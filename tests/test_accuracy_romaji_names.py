"""A005 on Japanese names read from the original's kanji (checks/accuracy/romajinames.py): a draft that misreads
a name beside a part it got right is flagged with the kanji's reading as the fix; the readings the English
press gives real people (nanori, voicing, long vowels) stay silent."""

import pytest

from accuracy_pairs import accuracy
from checks.accuracy.romajinames import compare_romaji_names, key, press


def _names(original: str, draft: str):
    return compare_romaji_names(original, [(0, len(original))], draft, [(0, len(draft))])


@pytest.mark.parametrize("original,draft,word,fix,name", [
    ("後半32分には途中出場の鎌田大地が3点目を加えた。", "Substitute Daichi Kameda added a third goal in the 77th minute.",
     "Kameda", "Kamada", "鎌田大地"),
    ("秋元克広市長は開会式であいさつした。", "Mayor Katsuhiro Akimura spoke at the opening ceremony.", "Akimura", "Akimoto", "秋元克広"),
    ("林田真理子裁判長は「悪質な犯行だ」と指摘した。", "Presiding Judge Mariko Hayashi called it a malicious crime.",
     "Hayashi", "Hayashida", "林田真理子"),
    ("同社の田中浩二社長は記者会見で陳謝した。", "Kenji Tanaka, the company's president, apologised.", "Kenji", "Koji", "田中浩二"),
    ("作家の川村誠一さん（72）は涙を流した。", "Writer Seiichi Kawamoto, 72, wept.", "Kawamoto", "Kawamura", "川村誠一"),
    ("小池百合子知事は会見で述べた。", "Governor Yuriko Koite told reporters.", "Koite", "Koike", "小池百合子"),
])
def test_a_misread_name_beside_a_confirmed_part_is_flagged(original, draft, word, fix, name):
    (m,) = _names(original, draft)
    assert draft[m.start : m.end] == word
    assert m.fix[2] == fix
    assert original[m.ostart : m.oend] == name and fix in m.message


@pytest.mark.parametrize("kanji,english", [
    ("岸田文雄", "Fumio Kishida"), ("石破茂", "Shigeru Ishiba"), ("河野太郎", "Taro Kono"), ("大谷翔平", "Shohei Ohtani"),
    ("錦織圭", "Kei Nishikori"), ("冨安健洋", "Takehiro Tomiyasu"), ("池江璃花子", "Rikako Ikee"),
    ("西村康稔", "Yasutoshi Nishimura"), ("松山政司", "Masaji Matsuyama"), ("中野洋昌", "Hiromasa Nakano"),
    ("神谷宗幣", "Sohei Kamiya"), ("久保建英", "Takefusa Kubo"), ("上田綺世", "Ayase Ueda"), ("羽生結弦", "Yuzuru Hanyu"),
    ("長嶋茂雄", "Shigeo Nagashima"), ("宮崎駿", "Hayao Miyazaki"), ("本田宗一郎", "Soichiro Honda"),
    ("菅義偉", "Yoshihide Suga"), ("中田英寿", "Hidetoshi Nakata"), ("小野寺五典", "Itsunori Onodera"),
])
def test_names_as_the_english_press_spells_them_stay_silent(kanji, english):
    assert _names(f"{kanji}氏は記者会見で述べた。", f"{english} told a press conference.") == []


def test_a_word_read_elsewhere_in_the_article_is_not_confirmed_by_chance():
    # "Kenji" is also 検事 (a prosecutor) two sentences on: the name in this sentence is still 浩二
    original = "同社の田中浩二社長は陳謝した。検事は起訴を検討している。"
    draft = "Kenji Tanaka, the company's president, apologised."
    (m,) = compare_romaji_names(original, [(0, original.index("。") + 1)], draft, [(0, len(draft))])
    assert m.fix[2] == "Koji"


@pytest.mark.parametrize("reading,written", [
    ("kouji", "koji"), ("ootani", "otani"), ("ohtani", "otani"), ("yuuto", "yuto"), ("honma", "honma"),
    ("homma", "honma"), ("satoh", "sato"),
])
def test_press_spelling(reading, written):
    assert press(reading) == written


@pytest.mark.parametrize("a,b", [("Nakata", "nakada"), ("Masaji", "masashi"), ("Kojima", "koshima")])
def test_voicing_is_one_name(a, b):
    assert key(a) == key(b)


def test_whole_check_flags_the_slip_and_keeps_a_clean_translation_silent():
    original = "鎌田大地が後半32分に3点目を加え、日本が3－1で勝った。"
    assert ("A005", "Kameda") in accuracy("Daichi Kameda added a third in the 77th minute as Japan won 3-1.", original)
    assert accuracy("Daichi Kamada added a third in the 77th minute as Japan won 3-1.", original) == []
