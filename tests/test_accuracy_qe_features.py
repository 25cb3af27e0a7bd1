"""Features of a (source, English) pair for the source-aware garble score: each on a faithful translation and
on one that got the thing wrong."""

import pytest

from checks.accuracy import qe_features as qf

RATIOS = {"latin": 0.0, "cyrillic": 0.1, "cjk": 1.3}


def feats(src, mt, cos=0.9, english=0.1):
    return dict(zip(qf.NAMES, qf.pair_features(src, mt, cos, english, RATIOS)))


@pytest.mark.parametrize(
    "text, script",
    [
        ("Der Bundeskanzler hat die Reise nach Peking abgesagt.", "latin"),
        ("Министр иностранных дел России Сергей Лавров прибыл в Пекин.", "cyrillic"),
        ("外交部长秦刚与布林肯通电话。", "cjk"),
        ("東京で記者会見が開かれた。", "cjk"),
        ("ශ්‍රී ලංකාවේ ජනාධිපති", "sinhala"),
        ("नेपालको राजधानी काठमाडौं हो", "devanagari"),
        ("قال الرئيس إن المحادثات كانت صريحة", "arabic"),
        ("123 456", "other"),
    ],
)
def test_script_of_a_sentence(text, script):
    assert qf.script_of(text) == script


@pytest.mark.parametrize(
    "a, b",
    [
        ("3,2 milliards d'euros", "3.2 billion euros"),
        ("15 000 manifestants", "15,000 protesters"),
        ("15.000 Demonstranten", "15,000 protesters"),
        ("٢٥ شخصا", "25 people"),
        ("２５日", "the 25th"),
        ("7,8 %", "7.8%"),
        ("am 05. Mai", "on 5 May"),
        ("السعر الرسمي ٣٠٫٨٥ جنيه", "the official rate is 30.85 pounds"),  # the Arabic decimal separator
        ("١٢٬٥٠٠ دولار", "12,500 dollars"),  # and its thousands separator
    ],
)
def test_numbers_read_the_same_across_locales(a, b):
    assert qf.numbers(a) == qf.numbers(b)


def test_a_number_in_different_words_is_not_split_by_a_following_number():
    assert qf.numbers("on July 28, 2019 at 14:40") == ["28", "2019", "14", "40"]


def test_months_and_small_numbers_spelled_out_count_as_the_source_digits():
    f = feats("2021年7月28日，三人死亡。", "On July 28, 2021, three people died.")
    assert f["num_missing"] == 0.0
    f = feats("Au moins 3 personnes ont été tuées.", "At least three people were killed.")
    assert f["num_missing"] == 0.0


def test_a_changed_number_is_missing_on_one_side_and_extra_on_the_other():
    good = feats("Le gouvernement a débloqué 3,2 milliards d'euros.", "The government released 3.2 billion euros.")
    bad = feats("Le gouvernement a débloqué 3,2 milliards d'euros.", "The government released 2.3 billion euros.")
    assert good["num_missing"] == good["num_extra"] == 0.0
    assert bad["num_missing"] == bad["num_extra"] == 1.0


def test_latin_tokens_of_a_chinese_source_must_reappear():
    src = "广东省确诊一例人感染H5N6禽流感病例，世卫组织WHO表示关注。"
    good = feats(src, "Guangdong confirmed a human case of H5N6 bird flu, and the WHO expressed concern.")
    bad = feats(src, "Guangdong confirmed a human case of bird flu, and the health body expressed concern.")
    assert good["latin_missing"] == 0.0 and bad["latin_missing"] == 1.0


def test_names_of_a_latin_or_cyrillic_source_survive_transliteration_and_accents():
    ok = feats("Министр Сергей Лавров прибыл в Пекин.", "Minister Sergei Lavrov arrived in Beijing.")
    assert ok["latin_missing"] == 0.0  # nothing Latin in a Cyrillic source to carry over
    ok = feats("Ministrul Bogdan Aurescu a vizitat Chișinăul.", "Minister Bogdan Aurescu visited Chisinau.")
    assert ok["latin_missing"] == 0.0 and ok["name_extra"] == 0.0
    lost = feats("Ajungem la Foișorul Bătrânei, de unde se vede valea.", "We arrive at the Former Bandy, from where the valley is seen.")
    assert lost["latin_missing"] == 1.0
    added = feats("Министр прибыл в Пекин.", "Minister Lavrov arrived in Beijing.")
    assert added["name_extra"] > 0.0


def test_punctuation_kinds_on_one_side_only():
    assert feats("Wer hat das entschieden?", "Who decided that?")["punct_diff"] == 0.0
    assert feats("你为什么这样做？", "Why did you do this?")["punct_diff"] == 0.0
    assert feats("Wer hat das entschieden?", "He decided that.")["punct_diff"] == 1.0
    assert feats("他说：“我们会赢。”", "He said: \"We will win.\"")["punct_diff"] == 0.0


def test_a_copied_source_reads_as_untranslated():
    src = "Le président a rencontré les représentants des syndicats mardi."
    assert feats(src, src)["copy"] > 0.8
    assert feats(src, "The president met union representatives on Tuesday.")["copy"] < 0.2


def test_length_is_judged_against_the_usual_ratio_of_the_script():
    src = "当地时间25日下午，一架小型飞机在德国北威州韦瑟尔县撞上一座多层住宅楼的顶层，事故共造成三人死亡。"
    full = feats(src, "On the afternoon of the 25th local time, a small plane crashed into the top floor of a "
                      "residential building in Wesel, Germany, killing three people.")
    cut = feats(src, "A small plane crashed.")
    assert full["len_dev"] < 0.5 and cut["len_short"] > 1.0


HEBREW = [
    ("\"המלחמה גרמה לנזק כלכלי כבד, אך המשק הישראלי לא קרס\", אמר ירון.",
     "\"The war has caused heavy economic damage, but the Israeli economy has not collapsed,\" Yaron said."),
    ("לדבריו, הבנק יפעל בזהירות ולא רק לפי נתוני האינפלציה, אלא גם לפי מצב השווקים.",
     "According to him, the bank will act cautiously, and not only on the basis of inflation data but also on "
     "the state of the markets."),
    ("הריבית נותרה ללא שינוי.", "The interest rate was left unchanged."),
]


def test_a_script_the_model_never_saw_takes_its_usual_length_from_the_pairs_at_hand():
    ratios = qf.with_unseen_scripts(HEBREW + [("Die Zinsen bleiben unverändert.", "Rates stay unchanged.")], RATIOS)
    assert {k: ratios[k] for k in RATIOS} == RATIOS  # the scripts it learned keep their ratio
    # Hebrew is written without vowels: a faithful English sentence has about 1.6 times its letters
    assert 0.3 < ratios["other"] < 0.7
    faithful = [dict(zip(qf.NAMES, qf.pair_features(s, m, 0.9, 0.1, ratios)))["len_dev"] for s, m in HEBREW]
    assert max(faithful) < 0.2 < min(dict(zip(qf.NAMES, qf.pair_features(s, m, 0.9, 0.1, RATIOS)))["len_dev"]
                                     for s, m in HEBREW[:2])
    # a sentence cut short still stands out against the others
    cut = qf.pair_features(HEBREW[1][0], "The bank will act.", 0.9, 0.1, ratios)
    assert dict(zip(qf.NAMES, cut))["len_short"] > 0.8


def test_english_score_enters_as_a_logit():
    low, high = feats("Il pleut.", "It is raining.", english=0.1), feats("Il pleut.", "It is raining.", english=0.9)
    assert low["eng"] == pytest.approx(-high["eng"]) and high["eng"] == pytest.approx(2.197, abs=1e-3)
    assert feats("Il pleut.", "It is raining.", english=1.0)["eng"] < 10  # clipped, never infinite


def test_feature_matrix_has_one_row_per_pair():
    X = qf.feature_matrix([("Il pleut.", "It is raining."), ("Wer?", "Who?")], [0.9, 0.8], [0.1, 0.2], RATIOS)
    assert X.shape == (2, len(qf.NAMES))
    assert qf.feature_matrix([], [], [], RATIOS).shape == (0, len(qf.NAMES))


@pytest.mark.parametrize(
    "src, mt, copy",
    [
        ("Le Premier ministre a démissionné jeudi.", "Le Premier ministre a démissionné jeudi.", True),
        ("Министр прибыл в Пекин с визитом.", "Министр прибыл в Пекин с визитом.", True),
        ("外交部发言人汪文斌在例行记者会上回答了有关问题。", "外交部发言人汪文斌在例行记者会上回答了有关问题。", True),
        ("Le Premier ministre a démissionné jeudi.", "The prime minister resigned on Thursday.", False),
        ("Emmanuel Macron", "Emmanuel Macron", False),  # a line of names is translated by copying it
        ("Guvernul a aprobat un program național de investiții.", "The Government approved a national investment program.", False),
    ],
)
def test_a_source_left_untranslated_is_a_copy_and_names_are_not(src, mt, copy):
    assert qf.is_copy(src, mt) is copy
