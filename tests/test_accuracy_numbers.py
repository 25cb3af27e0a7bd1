"""Locale-aware figures: a table of written variants in many languages, each read to the same value, and
the comparison that A003 rests on (equal figures, conversions, rounding, what is not a quantity)."""

import pytest

from checks.accuracy.compare import FigureComparison, compare_figures
from checks.accuracy.numbers import quantities
from checks.accuracy.samefigure import converts, english, same_figure, same_year
from accuracy_pairs import accuracy

NBSP, NNBSP, THIN = "\u00a0", "\u202f", "\u2009"

# value -> (language, text) variants; every one must read to that value.
TABLE = {
    15000: [
        ("en", "15,000"), ("en", "15000"), ("en", "15 thousand"), ("en", "fifteen thousand"), ("en", "15k"),
        ("fr", "15 000"), ("fr", f"15{NBSP}000"), ("fr", f"15{NNBSP}000"), ("fr", f"15{THIN}000"), ("fr", "15 mille"),
        ("de", "15.000"), ("de", "15 Tausend"), ("de", "15 Tsd."), ("es", "15.000"), ("es", "15 mil"),
        ("it", "15.000"), ("it", "15 mila"), ("pt", "15.000"), ("pt", "15 mil"), ("ro", "15.000"), ("ro", "15 mii"),
        ("ru", "15 000"), ("ru", "15 тыс."), ("ru", "15 тысяч"), ("uk", "15 тис."), ("uk", "15 тисяч"),
        ("pl", "15 tys."), ("pl", "15 tysięcy"), ("tr", "15 bin"), ("tr", "15.000"), ("et", "15 000"),
        ("et", "15 tuhat"), ("nl", "15.000"), ("nl", "15 duizend"), ("sv", "15 000"), ("sv", "15 tusen"),
        ("de", "15'000"), ("zh", "一万五千"), ("zh", "1.5万"), ("ja", "1.5万"), ("ar", "١٥٠٠٠"), ("ar", "١٥٬٠٠٠"),
        ("fa", "۱۵۰۰۰"), ("hi", "१५०००"), ("zh", "１５０００"), ("cs", "15 tisíc"), ("el", "15 χιλ."),
    ],
    30000: [
        ("en", "30,000"), ("en", "thirty thousand"), ("zh", "三万"), ("zh", "3万"), ("ja", "3万"), ("zh", "三萬"),
        ("fr", "30 000"), ("de", "30.000"), ("ru", "30 тыс."), ("pl", "30 tys."), ("tr", "30 bin"),
    ],
    1.5e6: [
        ("en", "1.5 million"), ("en", "1.5m"), ("en", "1.5mn"), ("en", "1,500,000"), ("fr", "1,5 million"),
        ("fr", "1,5 millions"), ("fr", "1 500 000"), ("de", "1,5 Millionen"), ("de", "1,5 Mio."), ("de", "1.500.000"),
        ("es", "1,5 millones"), ("it", "1,5 milioni"), ("pt", "1,5 milhões"), ("ro", "1,5 milioane"),
        ("ru", "1,5 млн"), ("ru", "1,5 млн."), ("ru", "1,5 миллиона"), ("uk", "1,5 млн"), ("uk", "1,5 мільйона"),
        ("pl", "1,5 mln"), ("pl", "1,5 miliona"), ("tr", "1,5 milyon"), ("et", "1,5 miljonit"), ("nl", "1,5 miljoen"),
        ("sv", "1,5 miljoner"), ("zh", "150万"), ("ja", "150万"), ("ar", "١٫٥ مليون"), ("ru", "1 500 000"),
        ("el", "1,5 εκατ."), ("cs", "1,5 milionů"),
    ],
    3.2e9: [
        ("en", "3.2 billion"), ("en", "3.2bn"), ("en", "3.2 bn"), ("fr", "3,2 milliards"), ("fr", "3,2 Mds"),
        ("de", "3,2 Milliarden"), ("de", "3,2 Mrd."), ("es", "3.200 millones"), ("es", "3,2 mil millones"),
        ("it", "3,2 miliardi"), ("pt", "3,2 mil milhões"), ("pt", "3,2 bilhões"), ("ro", "3,2 miliarde"),
        ("ro", "3,2 mld."), ("ru", "3,2 млрд"), ("ru", "3,2 миллиарда"), ("uk", "3,2 млрд"), ("uk", "3,2 мільярда"),
        ("pl", "3,2 mld"), ("pl", "3,2 miliarda"), ("tr", "3,2 milyar"), ("et", "3,2 miljardit"),
        ("nl", "3,2 miljard"), ("sv", "3,2 miljarder"), ("zh", "32亿"), ("ja", "32億"), ("ar", "٣٫٢ مليار"),
        ("en", "3,200,000,000"), ("de", "3.200.000.000"), ("fr", "3 200 000 000"), ("cs", "3,2 miliardy"),
    ],
    1.2e8: [("zh", "1.2亿"), ("zh", "一亿二千万"), ("ja", "1.2億"), ("en", "120 million"), ("fr", "120 millions"),
            ("de", "120 Millionen"), ("ru", "120 млн"), ("zh", "1.2億")],
    7.8: [
        ("en", "7.8%"), ("en", "7.8 percent"), ("en", "7.8 per cent"), ("fr", "7,8 %"), ("fr", f"7,8{NBSP}%"),
        ("fr", "7,8 pour cent"), ("de", "7,8 Prozent"), ("de", "7,8 %"), ("es", "7,8 %"), ("es", "7,8 por ciento"),
        ("it", "7,8 per cento"), ("pt", "7,8 por cento"), ("ro", "7,8%"), ("ru", "7,8%"), ("ru", "7,8 процента"),
        ("uk", "7,8%"), ("pl", "7,8 procent"), ("tr", "%7,8"), ("tr", "yüzde 7,8"), ("et", "7,8 protsenti"),
        ("nl", "7,8 procent"), ("zh", "7.8%"), ("ja", "7.8％"), ("ar", "٧٫٨%"), ("ar", "٧٫٨٪"), ("ar", "٧٫٨ %"),
    ],
    5: [("zh", "百分之五"), ("zh", "5%"), ("en", "5 percent"), ("de", "fünf Prozent"), ("en", "five percent")],
    1234.5: [("en", "1,234.5"), ("fr", "1 234,5"), ("de", "1.234,5"), ("es", "1.234,5"), ("ru", "1 234,5"),
             ("de", "1'234.5"), ("pt", "1.234,5")],
    2500: [("zh", "两千五百"), ("zh", "二千五百"), ("en", "2,500"), ("fr", "2 500"), ("de", "2.500"), ("ru", "2500"),
           ("ja", "2500"), ("en", "2.5 thousand"), ("de", "2,5 Tausend")],
    2022: [("zh", "二〇二二"), ("en", "2022"), ("ru", "2022"), ("ar", "٢٠٢٢"), ("fa", "۲۰۲۲"), ("hi", "२०२२")],
    3: [("de", "drei"), ("fr", "trois"), ("es", "tres"), ("it", "tre"), ("pt", "três"), ("ro", "trei"), ("ru", "три"),
        ("ru", "трёх"), ("uk", "три"), ("pl", "trzy"), ("nl", "drie"), ("tr", "üç"), ("et", "kolm"), ("en", "three"),
        ("zh", "三名"), ("en", "3")],
    12: [("en", "twelve"), ("en", "a dozen"), ("fr", "douze"), ("de", "zwölf"), ("es", "doce"),
         ("it", "dodici"), ("pt", "doze"), ("zh", "十二"), ("ru", "12")],
    25: [("en", "twenty-five"), ("en", "twenty five"), ("zh", "二十五"), ("fr", "25"), ("ar", "٢٥")],
    1.5: [("en", "1.5"), ("fr", "1,5"), ("de", "1,5"), ("ru", "1,5"), ("ru", "полтора")],
    3.5: [("en", "3.5"), ("de", "3,5"), ("fr", "3,5"), ("ar", "٣٫٥")],
    -4.5: [("en", "-4.5"), ("de", "−4,5"), ("fr", "-4,5")],
    150000: [("en", "150,000"), ("hi", "1,50,000"), ("zh", "15万"), ("ru", "150 тыс."), ("fr", "150 000")],
    3e6: [("ne", "३० लाख"), ("ne", "३० लाखको"), ("hi", "30 लाख"), ("si", "30 ලක්ෂ"), ("en", "3 million")],
    7000: [("ne", "७ हजार"), ("hi", "7 हज़ार"), ("en", "7,000")],
    2e7: [("ne", "२ करोड"), ("hi", "2 करोड़ में"), ("si", "2 කෝටි"), ("en", "20 million")],
    # Japanese and Chinese write a figure across two scale words: 8兆9000億 is 8.9 trillion
    8.9e12: [("ja", "8兆9000億円"), ("ja", "8兆9000億"), ("en", "8.9 trillion yen"), ("uk", "8,9 трлн")],
    3.2e8: [("ja", "3億2000万円"), ("zh", "3亿2000万元"), ("zh", "三亿两千万"), ("en", "320 million")],
    24000: [("ja", "2万4000人"), ("zh", "2万4000名"), ("uk", "24 тис."), ("uk", "24 000")],
    # Turkish case endings glued to the scale word; Arabic accusative endings, plurals and "thousands and"
    3.9e6: [("tr", "3,9 milyona"), ("tr", "3,9 milyonluk"), ("tr", "3,9 milyondan"), ("en", "3.9 million")],
    28450: [("ar", "28 ألفاً و450"), ("ar", "٢٨ ألفًا و٤٥٠"), ("tr", "28 bin 450"), ("en", "28,450")],
    6e9: [("ar", "٦ مليارات"), ("ar", "6 مليارات"), ("tr", "6 milyarlık"), ("tr", "6 milyara"), ("en", "6 billion")],
    3000: [("ar", "٣ آلاف"), ("ar", "3 آلاف"), ("tr", "3 bine"), ("tr", "3 binden")],
}
VARIANTS = [(value, lang, text) for value, items in TABLE.items() for lang, text in items]


def test_the_table_has_at_least_200_variants():
    assert len(VARIANTS) >= 200


@pytest.mark.parametrize("value,lang,text", VARIANTS, ids=[f"{l}:{t}" for _, l, t in VARIANTS])
def test_each_variant_reads_to_its_value(value, lang, text):
    qs = quantities(text, lang=lang)
    assert len(qs) == 1, qs
    assert any(abs(v - value) <= 1e-9 * max(1, abs(value)) for v in qs[0].values), (qs[0].values, value)


def one(text, lang="en"):
    (q,) = quantities(text, lang=lang)
    return q


def test_kinds_units_and_currencies():
    assert one("3,2 milliards d'euros", "fr").unit == "EUR" and one("3,2 milliards d'euros", "fr").kind == "money"
    assert one("$4.5bn").unit == "USD" and one("$4.5bn").value == 4.5e9
    assert one("1,5 млн рублей", "ru").unit == "RUB"
    assert one("1.2亿美元", "zh").unit == "USD"
    assert one("16 km").kind == "unit" and one("10 miles").unit == "miles"
    assert one("the 3rd").kind == "ordinal"


def test_japanese_currency_before_a_particle_and_a_chain_of_scales():
    s = "1ドル＝150円の前提が崩れれば、税収は72兆1000億円となる。"
    assert [(s[q.start:q.end], q.kind, q.unit) for q in quantities(s, lang="ja")] == [
        ("1ドル", "money", "USD"), ("150円", "money", "JPY"), ("72兆1000億円", "money", "JPY")]
    assert one("7340億円が計上された", "ja").value == 7.34e11
    assert [q.value for q in quantities("3万、4000人", lang="ja")] == [30000, 4000]  # a list, not one figure


def test_turkish_and_arabic_currencies_with_their_endings():
    assert one("1,5 milyar liralık", "tr").unit == "TRY" and one("1,5 milyar liralık", "tr").value == 1.5e9
    assert one("145 euroya", "tr").unit == "EUR" and one("54,3 milyar dolara", "tr").unit == "USD"
    assert one("٣٠٫٨٥ جنيه", "ar").unit == "EGP" and one("70 جنيهاً", "ar").value == 70
    assert one("3 مليارات دولار", "ar").unit == "USD" and one("3 مليارات دولار", "ar").value == 3e9
    assert quantities("3 bina yıkıldı", lang="tr")[0].value == 3  # bina "building" is no thousand


def test_an_egyptian_pound_is_pounds_in_english_but_not_dollars():
    def mismatched(original: str, draft: str) -> list[str]:
        found = compare_figures(original, [(0, len(original))], draft, [(0, len(draft))], "ar").mismatches
        return [draft[m.start : m.end] for m in found]

    original = "بينما يبلغ السعر الرسمي ٣٠٫٨٥ جنيه."
    assert mismatched(original, "while the official rate is 30.85 pounds.") == []
    assert mismatched(original, "while the official rate is 3,085 pounds.") == ["3,085 pounds"]
    assert mismatched(original, "while the official rate is 30.85 dollars.") == ["30.85 dollars"]


def test_money_and_units_after_the_romance_of():
    # "of" before the currency or unit: Italian di, Spanish/Portuguese/Romanian de, French d' with a typographic
    # apostrophe; without it "7 miliardi di euro" was a bare number and "7 million euros" in the draft passed
    for text, lang, unit in [("7 miliardi di euro", "it", "EUR"), ("5 milioni di dollari", "it", "USD"),
                             ("3,2 milliards d’euros", "fr", "EUR"), ("2,7 millones de euros", "es", "EUR"),
                             ("5 milhões de reais", "pt", "BRL"), ("5 milioane de euro", "ro", "EUR")]:
        q = one(text, lang)
        assert (q.kind, q.unit, q.end) == ("money", unit, len(text)), text
    # Spanish press abbreviations: M€ / MM€ (millions / thousands of millions of euros), mill. (millones);
    # "2,5 M€" was 2.5 metres against "2.5 million euros"
    assert (one("un contrato de 2,5 M€", "es").values, one("2,5 M€", "es").unit) == ((2.5e6,), "EUR")
    assert one("1.200 MM€", "es").value == 1.2e12 and one("3 M$", "es").unit == "USD"
    assert one("300 mill. de euros", "es").value == 3e8 and one("a 10 m de altura", "es").unit == "m"
    assert one("450 millimetri di pioggia", "it").unit == "millimetri"
    assert one("12.000 metros cúbicos de agua", "es").value == 12000 and one("12,000 cubic metres").kind == "unit"
    assert one("500 millions d’habitants", "fr").kind == "number"  # "of inhabitants" is no unit
    (m,) = compare_figures("Ha stimato i danni in 7 miliardi di euro.", [(0, 40)],
                           "He put the damage at 7 million euros.", [(0, 37)], "it").mismatches
    assert "7 miliardi di euro" in m.message


def test_spanish_italian_portuguese_number_words():
    # tens joined to units by "and" are one number (sesenta y cinco = 65, not 60 and 5 against "sixty-five")
    assert one("Murió a los sesenta y cinco años.", "es").value == 65
    assert one("Tenía trinta e cinco anos.", "pt").value == 35
    assert [q.value for q in quantities("entre dos y tres meses", lang="es")] == [2, 3]
    assert one("Sono morte quaranta persone.", "it").value == 40 and one("diciotto mesi", "it").value == 18
    assert one("doscientos soldados", "es").value == 200
    (m,) = compare_figures("Murieron sesenta y cinco personas.", [(0, 34)],
                           "Fifty-six people died.", [(0, 22)], "es").mismatches
    assert compare_figures("Murieron sesenta y cinco personas.", [(0, 34)],
                           "Sixty-five people died.", [(0, 23)], "es") == FigureComparison([], [], [])


def test_names_and_codes_are_not_quantities():
    for text in ("COVID-19", "H5N6", "F-16", "5G", "G7", "A320", "Su-27"):
        assert quantities(text) == [], text


def test_ambiguous_figures_keep_both_readings_their_own_first():
    assert one("1.500", "de").values == (1500.0,)
    assert one("1,500", "fr").values == (1.5, 1500.0)
    assert one("3.500", "en").values == (3.5, 3500.0)


def test_comparison():
    assert same_figure(one("3,2 milliards", "fr"), one("3.2 billion"))
    assert same_figure(one("1 234 567", "fr"), one("1.2 million"))  # rounded in the draft
    assert not same_figure(one("2019"), one("2020"))
    assert not same_figure(one("3,2 milliards", "fr"), one("4.2 billion"))
    assert converts(one("16 km"), one("10 miles")) and converts(one("30 °C"), one("86 °F"))
    assert not converts(one("16 km"), one("16 miles"))
    # a year of Nepal's, Iran's or Thailand's calendar given in the Gregorian one is the same year
    assert same_year(one("२०७५", "ne"), one("2019"), "ne") and same_year(one("२०७५", "ne"), one("2018"), "ne")
    assert same_year(one("۱۴۰۲", "fa"), one("2023"), "fa") and same_year(one("2566", "th"), one("2023"), "th")
    assert not same_year(one("२०७५", "ne"), one("2075"), "ne") and not same_year(one("2019"), one("1962"), "en")
    assert same_year(one("80", "zh"), one("1980"), "zh") and not same_year(one("80", "zh"), one("1981"), "zh")
    # a currency code glued to the figure is money, a letter code is a name (A380, G20)
    assert one("RMB280 million").values == (2.8e8,) and one("USD11 billion").unit == "USD"
    assert quantities("the A380 and G20 summit") == []
    # 四五 is "four or five", not 45; 二〇二二 is 2022
    assert quantities("四五个人", lang="zh") == [] and one("二〇二二年", "zh").value == 2022
    # shares in tenths: 四成 40%, 三成五 35%, Japanese 3割 30%; not the idiom 一成不变 nor 成 starting a word
    assert [(q.kind, q.value) for q in quantities("人均攒钱金额增长近四成", lang="zh")] == [("percent", 40)]
    assert one("三成五的受访者", "zh").value == 35 and one("売上の3割が海外", "ja").values == (30,)
    assert quantities("政策一成不变", lang="zh") == [] and quantities("这八成是假的", lang="zh") == []
    assert [q.kind for q in quantities("他们三成为了朋友", lang="zh")] != ["percent"]


def test_english_rendering_follows_the_draft():
    assert english(one("3,2 milliards", "fr"), like=one("4.2 billion")) == "3.2"
    assert english(one("15 000", "fr"), like=one("16,000")) == "15,000"
    assert english(one("1,5 млн", "ru")) == "1.5 million"


def test_a_national_calendar_year_and_lakhs_are_no_mismatch_but_a_wrong_year_is():
    def mismatched(original: str, draft: str, lang: str) -> list[str]:
        figs = compare_figures(original, [(0, len(original))], draft, [(0, len(draft))], lang)
        return [draft[m.start : m.end] for m in figs.mismatches + figs.years]  # a bare wrong year: A004

    original = "२०७५ सालमा ३० लाखको सुरक्षित ऋण चुक्ता गरियो ।"
    assert mismatched(original, "In 2019 a secured loan of 3 million was repaid.", "ne") == []
    assert mismatched(original, "In 2019 a secured loan of 4 million was repaid.", "ne") == ["4 million"]
    assert mismatched(original, "In 2021 a secured loan of 3 million was repaid.", "ne") == ["2021"]


# "twice" is the figure 2 (deux fois, dos veces, gấp hai); a multiple misread ("twice" for gấp ba) is a wrong figure,
# a "twice" the original says another way (zweimal, дважды, unread there) stays silent
@pytest.mark.parametrize("original,draft,fires", [
    ("Có 513 bài thi đạt điểm 10 trên cả nước, gấp ba so với năm 2024.",
     "There were 513 papers scoring 10 nationwide, twice as many as in 2024.", True),
    ("Có 513 bài thi đạt điểm 10 trên cả nước, gấp ba so với năm 2024.",
     "There were 513 papers scoring 10 nationwide, three times as many as in 2024.", False),
    ("Le nombre de candidats a été deux fois plus élevé qu'en 2022.", "The number of candidates was twice as high as in 2022.", False),
    ("Le nombre de candidats a été deux fois plus élevé qu'en 2022.",
     "The number of candidates was three times as high as in 2022.", True),
    ("Vitor Roque marcó dos veces en ocho minutos, en los minutos 58 y 66.",
     "Vitor Roque scored twice in eight minutes, in the 58th and 66th.", False),
    ("Der Bürgermeister wurde seit 2014 zweimal wiedergewählt.", "The mayor has been re-elected twice since 2014.", False),
    ("Патрульные дважды останавливали машину в 2023 году.", "Patrols stopped the car twice in 2023.", False),
])
def test_twice_is_a_multiple(original, draft, fires):
    assert any(r == "A003" for r, _ in accuracy(draft, original)) == fires


def test_vietnamese_multiple_quotes_its_multiplier():
    text = "Số bài thi đạt điểm 10 tăng gấp ba."
    (q,) = [q for q in quantities(text, lang="vi") if q.word]
    assert (text[q.start : q.end], q.value) == ("gấp ba", 3.0)
