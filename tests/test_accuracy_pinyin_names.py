"""Chinese names checked by their pinyin (A005): a given name or place name the MT got wrong next to one it got
right is flagged with the original's characters and their pinyin as the fix; faithful renderings (heteronyms,
apostrophes, the official Shaanxi, names written as English words or known in English) raise nothing."""

import pytest

from checks.accuracy.pinyinnames import compare_pinyin_names, splits
from accuracy_pairs import accuracy


def _names(original: str, draft: str):
    return [(draft[m.start:m.end], original[m.ostart:m.oend], m.fix[2] if m.fix else None)
            for m in compare_pinyin_names(original, [(0, len(original))], draft, [(0, len(draft))])]


@pytest.mark.parametrize("original,draft,wrong,chars,fix", [
    ("《拆弹专家2》讲述了全新的故事：前拆弹专家潘乘风（刘德华饰）晕倒在爆炸案现场，被警方列为嫌疑犯。",
     "Shock Wave 2 tells a new story: Pan Zhifeng (Andy Lau), a former bomb disposal expert, faints at the "
     "scene of a bombing and is listed as a suspect by the police.", "Zhifeng", "乘风", "Chengfeng"),
    ("据悉，武汉封城第一天起，博纳影业便派出摄制组深入武汉金银潭医院等抗疫一线。",
     "Since the first day of the lockdown, Bona Film has sent crews to the front line at Wuhan Jintan Hospital.",
     "Jintan", "金银潭", "Jinyintan"),
    ("美中贸易全国委员会副会长彭捷宁表示，保持第一阶段协议的势头“比以往任何时候都更重要”。",
     "Peng Jining, vice president of the US-China Business Council, said that keeping the momentum of the "
     "phase one deal was more important than ever.", "Jining", "捷宁", "Jiening"),
    ("体育助理林小宅则是花式助攻，毫不掩饰自己对少年们的欣赏。",
     "Sports assistant Lin Xiaozhu offered fancy assists and made no secret of her admiration.", "Xiaozhu",
     "小宅", "Xiaozhai"),
])
def test_a_misspelt_chinese_name_is_flagged_with_the_originals_pinyin(original, draft, wrong, chars, fix):
    assert _names(original, draft) == [(wrong, chars, fix)]
    assert ("A005", wrong) in accuracy(draft, original)


@pytest.mark.parametrize("original,draft", [
    ("前拆弹专家潘乘风（刘德华饰）晕倒在爆炸案现场。", "Former bomb disposal expert Pan Chengfeng (Andy Lau) faints at the scene."),
    ("重庆市已累计退捕渔船3403艘。", "Chongqing has withdrawn 3,403 fishing boats so far."),
    ("陕西省西安市发布高温预警。", "Xi'an in Shaanxi province issued a heat warning."),
    ("每年5月底，藏羚羊前往卓乃湖产羔。", "At the end of May every year, Tibetan antelopes go to Zhuonai Lake to give birth."),
    ("香港目前有四个检疫中心在运作。", "Hong Kong currently has four quarantine centres in operation."),
    ("单雄信是隋末唐初的将领。", "Shan Xiongxin was a general of the late Sui and early Tang."),
    ("葛平坦言，希望把毕业展带回线下。", "Ge Ping said frankly that they hoped to bring the show back offline."),
    ("北京市民张伟说，他支持这项措施。", "Zhang Wei, a Beijing resident, said he supported the measure."),
])
def test_faithful_renderings_raise_nothing(original, draft):
    assert _names(original, draft) == []


def test_an_uncertain_boundary_is_left_alone():
    """葛平坦言 is Ge Ping + 坦言 "said frankly": the MT's "Ge Pingyan" is wrong, but where the name ends is not
    certain enough to offer a fix, so nothing is said rather than a wrong fix."""
    assert _names("葛平坦言，希望把毕业展带回线下。", "Ge Pingyan said they hoped to bring the show back offline.") == []
    # 张漓 + 指出 "pointed out": "Lijiang" is read as li jiang (its fewest syllables), and 漓指 cuts 指出
    assert _names("国家体育总局体育科学研究所研究员张漓指出，运动要适量。",
                  "Zhang Lijiang, a researcher at the sports science institute, pointed out that exercise should "
                  "be moderate.") == []


def test_english_words_and_one_syllable_words_are_not_names():
    assert splits("Police") and splits("Kong")  # both split into pinyin, which is why the filters exist
    assert _names("林河警察厅刑侦科科长", "the chief of the criminal section of the Linhe Police Department") == []
    assert _names("记者李俐", "Reporter Li Wei") == []


def test_only_chinese_originals_are_read_as_pinyin():
    """Kanji in a Japanese original are not read in Mandarin: the same characters and draft raise nothing."""
    draft = "Former bomb disposal expert Pan Zhifeng collapsed at the scene of the explosion."
    assert ("A005", "Zhifeng") in accuracy(draft, "前拆弹专家潘乘风晕倒在爆炸案现场。")
    assert ("A005", "Zhifeng") not in accuracy(draft, "元爆弾処理専門家の潘乘風さんが爆発現場で倒れた。")
    assert _names("A plain English original with Pan Chengfeng.", "Pan Zhifeng") == []


def test_a_one_character_given_name_a_letter_off_is_flagged_after_its_surname():
    """刘芳 as "Liu Fan": a one-syllable given name is only read right after its surname, and only a letter off
    the character's readings counts; the right reading, another character's name, or an English word elsewhere
    raise nothing."""
    original = "同案被告人、平台原财务总监刘芳被判处有期徒刑七年六个月。"
    draft = "Liu Fan, a co-defendant and former financial director of the platform, was sentenced to seven years."
    assert _names(original, draft) == [("Fan", "刘芳", "Fang")]
    assert ("A005", "Fan") in accuracy(draft, original)
    assert _names(original, draft.replace("Liu Fan", "Liu Fang")) == []
    assert _names("外交部长王毅表示，双方同意加强合作。", "Foreign Minister Wang Yi said both sides agreed to cooperate.") == []
    assert _names("外交部长王毅表示，双方同意加强合作。", "Foreign Minister Wang Fan said both sides agreed.") == []
    assert _names("记者刘芳报道，球迷们涌上街头。", "Fan zones filled the streets, reporter Liu Fang said.") == []


@pytest.mark.parametrize("original,draft,wrong,chars,fix", [
    ("市长程建军在会上发言。", "Mayor Chen Jianjun spoke at the meeting.", "Chen", "程建军", "Cheng"),
    ("记者陈晓明报道。", "Reported by Cheng Xiaoming.", "Cheng", "陈晓明", "Chen"),
    ("校长林海涛表示，新校区将于明年启用。", "Principal Ling Haitao said the new campus would open next year.", "Ling",
     "林海涛", "Lin"),
])
def test_a_surname_a_letter_off_is_flagged_before_its_given_name(original, draft, wrong, chars, fix):
    """程建军 as "Chen Jianjun": the surname is read right before a given name of two syllables read at that place."""
    assert _names(original, draft) == [(wrong, chars, fix)]
    assert ("A005", wrong) in accuracy(draft, original)
    assert _names(original, draft.replace(wrong, fix)) == []


@pytest.mark.parametrize("original,draft", [
    ("财政司司长陈茂波发表预算案。", "Financial Secretary Paul Chan Mo-po delivered the budget."),  # Cantonese, not pinyin
    ("汪洋出席会议。", "Wang Yang attended the meeting."),  # 汪 reads wang: the right surname, another character
    ("董事长张建国表示，公司将扩大投资。", "Chairman Zhang Jianguo said the company would expand investment."),
])
def test_a_surname_read_right_raises_nothing(original, draft):
    assert _names(original, draft) == []
