"""Originals in Persian: figures (Persian and Arabic-Indic digits, ٫ and ٬, the slash of a decimal, هزار / میلیون /
میلیارد / هزار میلیارد joined by و, rials and tomans, درصد), Solar Hijri dates (۱۵ اسفند ۱۴۰۲ as the Gregorian
days it may fall on, never month for month), weekdays with the zero-width non-joiner, a space or neither,
negation by the prefix ن- of a verb with the exclusions that keep it quiet (نفت, نظر, نیرو, نامه, نه تنها ...
بلکه), sentence ends, and names compared by their consonants (Rouhani, Rohani, Rowhani), each on a faithful
translation that must raise nothing and on a broken one that must raise the right finding."""

import pytest

from checks.accuracy.dates import date_mentions
from checks.accuracy.datespersian import gregorian_days
from checks.accuracy.namespersian import latin_skeleton, persian_skeletons
from checks.accuracy.numbers import quantities
from checks.accuracy.pairing import original_language
from checks.accuracy.polarity import cues, negated
from checks.accuracy.split import split_original
from accuracy_pairs import accuracy, whole_figure

Z = "\u200c"  # the zero-width non-joiner of سه‌شنبه, نمی‌کند


@pytest.mark.parametrize("text,value,kind,unit", [
    ("۱٫۶ میلیون بشکه", 1.6e6, "unit", "بشکه"), ("۳۵ میلیارد دلار", 35e9, "money", "USD"),
    ("۵۹ هزار و ۵۰۰ تومان", 59500, "money", "IRT"), ("۶۰۰ هزار ریال", 6e5, "money", "IRR"),
    ("۴۵۰ هزار میلیارد تومانی", 450e12, "money", "IRT"), ("۲ تریلیون ریال", 2e12, "money", "IRR"),
    ("۳۵٫۸ درصد", 35.8, "percent", "%"), ("۴۰/۲ درصد", 40.2, "percent", "%"), ("۱۲٪", 12, "percent", "%"),
    ("۰٫۵ واحد درصد", 0.5, "percent", "%"), ("۱۲٬۵۰۰ یورو", 12500, "money", "EUR"), ("١٢ دلار", 12, "money", "USD"),
    ("۳ میلیون و ۲۰۰ هزار", 3.2e6, "number", ""), ("بیست و پنج", 25, "number", ""),
    ("سیصد و پنجاه", 350, "number", ""), ("دو هزار و پانصد", 2500, "number", ""),
    ("یک میلیارد دلار", 1e9, "money", "USD"), ("هزار", 1000, "number", ""),
    # a trillion as thousands of billions, the scale word after the last part: 1,500 and 2,300 billion
    ("هزار و ۵۰۰ میلیارد تومان", 1.5e12, "money", "IRT"), ("۲ هزار و ۳۰۰ میلیارد ریال", 2.3e12, "money", "IRR"),
    ("دو هزار و ۵۰۰ میلیون دلار", 2.5e9, "money", "USD"),
    ("۲ ميليارد دلار", 2e9, "money", "USD"),  # the Arabic ي that Iranian sites also type
])
def test_persian_figures(text, value, kind, unit):
    assert whole_figure(text, "fa") == (value, kind, unit)


def test_words_that_only_look_like_figures():
    assert quantities(f"روز سه{Z}شنبه هزاران نفر و میلیون{Z}ها تن", lang="fa") == []
    assert quantities("نه نفر", lang="fa") == []  # نه is also "no": left unread
    # a slash between a year, a month and a day is a date, not a decimal
    assert [q.value for q in quantities("تاریخ ۱۴۰۲/۱۲/۱۵", lang="fa")] == [1402, 12, 15]


def test_solar_hijri_dates_and_weekdays():
    t = f"روز سه{Z}شنبه ۱۵ اسفند ۱۴۰۲، در بهمن{Z}ماه، اسفندماه، ۱۴۰۲/۱۲/۱۵ و ۵ مارس ۲۰۲۴."
    got = [(d.solar, d.month, d.day, d.weekday) for d in date_mentions(t)]
    assert got == [(None, None, None, 2), ((12, 15, 1402), None, None, None), ((11, None, None), None, None, None),
                   ((12, None, None), None, None, None), ((12, 15, 1402), None, None, None), (None, 3, 5, None)]
    w = f"سه شنبه، سهشنبه، سه{Z}شنبه{Z}شب، یکشنبه، پنج{Z}شنبه، پنجشنبه، چهارشنبه، دوشنبه، شنبه و جمعه"
    assert [d.weekday for d in date_mentions(w)] == [2, 2, 2, 7, 4, 4, 3, 1, 6, 5]
    # Friday prayers and their leader, the Mehr news agency and the name Bahman are no dates
    assert date_mentions("امام جمعه تهران در نماز جمعه به خبرگزاری مهر گفت بهمن آمد.") == []


def test_dari_zodiac_months_are_the_solar_months():
    t = "به تاریخ ۱۵ حوت ۱۴۰۲، در ماه حمل، اسد ۱۴۰۰ و ۳ جوزا"
    assert [d.solar for d in date_mentions(t)] == [(12, 15, 1402), (1, None, None), (5, None, 1400), (3, 3, None)]
    # the same words as plain words: transport, a lion (and a name), cancer, a level, serious
    plain = "حمل و نقل عمومی، شیر یا اسد، بیماری سرطان، میزان تورم و یک مشکل جدی"
    assert date_mentions(plain) == []


DARI = "وزارت صحت عامه روز سه‌شنبه ۱۵ حوت ۱۴۰۲ اعلام کرد که ۲۵ نفر در ولایت هرات جان باختند."


@pytest.mark.parametrize("draft", [
    "The Ministry of Public Health announced on Tuesday, March 5, 2024 that 25 people died in Herat province.",
    "The Ministry of Public Health announced on Tuesday, 15 Hoot 1402, that 25 people died in Herat province.",
])
def test_a_dari_date_given_as_its_gregorian_day_or_its_afghan_name_raises_nothing(draft):
    assert accuracy(draft, DARI) == []


def test_a_wrong_month_for_a_dari_date_is_flagged():
    draft = "The Ministry of Public Health announced on Tuesday, April 5, 2024 that 25 people died in Herat province."
    assert accuracy(draft, DARI) == [("A004", "April 5")]


def test_solar_days_fall_on_two_or_three_gregorian_days():
    assert gregorian_days((12, 15, 1402)) == {(3, 4), (3, 5)}  # 15 Esfand 1402 was March 5, 2024
    assert gregorian_days((12, 15, None)) == {(3, 4), (3, 5), (3, 6)}
    assert gregorian_days((1, 1, 1403)) == {(3, 20), (3, 21)}
    assert {m for m, _ in gregorian_days((11, None, None))} == {1, 2}  # Bahman: January and February


@pytest.mark.parametrize("text,neg", [
    (f"بانک مرکزی نرخ بهره را افزایش نمی{Z}دهد.", True), ("بانک مرکزی نرخ بهره را افزایش نمیدهد.", True),
    ("ایران هیچ محدودیتی ندارد.", True), ("دولت نتوانست کسری را کاهش دهد.", True), ("این طرح اجرا نشده است.", True),
    ("وزیر هرگز چنین نگفت.", True), ("این کار ممکن نیست.", True), ("نه دولت و نه مجلس موافقت کردند.", True),
    ("او بدون اجازه سفر کرد.", True), ("مجلس این لایحه را تصویب نخواهد کرد.", True),
    ("او گفت نفت و نظر و نیرو و نامه و نرخ و نشست مهم است.", False),
    ("او نزد مردم رفت و نیز گفت نخست باید نشان داد.", False),
    ("نه تنها صادرات افزایش یافت، بلکه قیمت هم بالا رفت.", False), ("بدون شک این بهترین نتیجه است.", False),
    ("نبرد سختی بود و او نامه را نوشت.", False), ("نه نفر کشته شدند.", False),
])
def test_persian_negation(text, neg):
    assert negated(text, "fa") is neg
    assert bool(cues(text, "fa")) is neg


def test_persian_sentence_ends():
    t = "آیا قیمت دلار کاهش می‌یابد؟ وزیر گفت: بله! ساعت ۱۰ ق.ظ. جلسه آغاز شد. م. احمدی حاضر بود."
    assert [t[s.start:s.end] for s in split_original(t)] == [
        "آیا قیمت دلار کاهش می‌یابد؟", "وزیر گفت: بله!", "ساعت ۱۰ ق.ظ. جلسه آغاز شد.", "م. احمدی حاضر بود."]
    assert original_language(f"بانک مرکزی نرخ بهره را افزایش نمی{Z}دهد.") == "fa"


def test_names_by_their_consonants():
    for persian, latin in (("روحانی", "Rouhani"), ("روحانی", "Rohani"), ("روحانی", "Rowhani"), ("رئیسی", "Raisi"),
                           ("رئیسی", "Raeesi"), ("تهران", "Tehran"), ("اصفهان", "Isfahan"), ("اصفهان", "Esfahan"),
                           ("باقری", "Bagheri"), ("فاطمه", "Fatemeh"), ("فاطمه", "Fatima"), ("رویترز", "Reuters"),
                           ("ژاپن", "Japan"), ("واشنگتن", "Washington")):
        assert latin_skeleton(latin) in persian_skeletons(persian), (persian, latin)
    assert latin_skeleton("Baheri") not in persian_skeletons("باقری")


def test_final_f_is_the_russian_ov():
    """Persian writes the Russian -ov/-ev with ف: Urunov, Lavrov, Gorbachev are no consonant slip."""
    for persian, latin in (("اورونوف", "Urunov"), ("لاوروف", "Lavrov"), ("گورباچف", "Gorbachev"),
                           ("مدودف", "Medvedev"), ("یوسف", "Yousef"), ("اورونوف", "Orunof")):
        assert latin_skeleton(latin) in persian_skeletons(persian), (persian, latin)
    for persian, latin in (("اورونوف", "Urunok"), ("لاوروف", "Lavrin"), ("گورباچف", "Gorbachenko")):
        assert latin_skeleton(latin) not in persian_skeletons(persian), (persian, latin)


FA = (f"وزیر نفت روز سه{Z}شنبه ۱۵ اسفند ۱۴۰۲ گفت صادرات به ۱٫۶ میلیون بشکه در روز رسید. "
      "قیمت هر دلار در بازار آزاد به ۶۰۰ هزار ریال رسید. "
      "حسن روحانی و ابراهیم رئیسی در تهران و اصفهان سخنرانی کردند.")
EN = ("The oil minister said on Tuesday, March 5, 2024, that exports had reached 1.6 million barrels per day. "
      "The price of a dollar on the open market reached 600,000 rials (60,000 tomans). "
      "Hassan Rouhani and Ebrahim Raisi gave speeches in Tehran and Isfahan.")


def test_a_persian_oil_article():
    assert accuracy(EN, FA) == []
    assert accuracy(EN.replace("March 5, 2024", "15 Esfand 1402 (March 5, 2024)"), FA) == []
    broken = (EN.replace("March 5", "March 15").replace("600,000 rials (60,000 tomans)", "600,000 tomans")
              .replace("Raisi", "Rahisi"))
    assert accuracy(broken, FA) == [("A004", "March 15"), ("A003", "600,000 tomans"), ("A005", "Rahisi")]


@pytest.mark.parametrize("original,draft", [
    ("قیمت هر دلار در بازار آزاد به ۶۰۰ هزار ریال رسید.", "The price of a dollar on the open market reached 60,000 tomans."),
    ("نرخ تورم در بهمن ماه به ۴۰/۲ درصد رسید.", "The inflation rate reached 40.2 percent in February."),
    ("دولت بودجه سال ۱۴۰۳ را به مجلس ارائه کرد.", "The government presented the budget for 2024 to parliament."),
    ("زلزله ای به بزرگی ۵٫۹ ریشتر روز جمعه خوی را لرزاند و دست کم ۷۰۰ نفر زخمی شدند.",
     "An earthquake of magnitude 5.9 shook Khoy on Friday, injuring at least 700 people."),
    ("امام جمعه تهران گفت دولت هیچ برنامه ای برای افزایش قیمت بنزین ندارد.",
     "Tehran's Friday prayer leader said the government has no plans to raise petrol prices."),
    ("این شرکت نه تنها تولید را افزایش داد، بلکه صادرات را نیز دو برابر کرد.",
     "The company not only increased production but also doubled exports."),
    ("وزیر نیرو در نامه ای به رئیس جمهور نظر خود را درباره نرخ نفت اعلام کرد.",
     "The energy minister gave his opinion on the oil rate in a letter to the president."),
    ("بیش از هزار نفر در این نشست شرکت کردند.", "More than 1,000 people attended the meeting."),
    ("دولت هزار و ۵۰۰ میلیارد تومان برای بازسازی مناطق زلزله‌زده اختصاص داد.",
     "The government has set aside 1.5 trillion tomans to rebuild the areas hit by the quake."),
    ("حسن روحانی و ابراهیم رئیسی در تهران و اصفهان سخنرانی کردند.",
     "Hassan Rohani and Ebrahim Raeesi gave speeches in Tehran and Esfahan."),
])
def test_faithful_persian_sentences_raise_nothing(original, draft):
    assert accuracy(draft, original) == []


@pytest.mark.parametrize("original,draft,expected", [
    ("نرخ تورم در بهمن ماه به ۴۰/۲ درصد رسید.", "The inflation rate reached 40.2 percent in April.", [("A004", "April")]),
    ("وزیر نفت روز سه شنبه گفت صادرات به ۱٫۶ میلیون بشکه در روز رسید.",
     "The oil minister said on Thursday that exports had reached 1.6 million barrels per day.", [("A004", "Thursday")]),
    ("امام جمعه تهران گفت دولت هیچ برنامه ای برای افزایش قیمت بنزین ندارد.",
     "Tehran's Friday prayer leader said the government plans to raise petrol prices.",
     [("A006", "Tehran's Friday prayer leader said the government plans to raise petrol prices.")]),
    ("دولت هزار و ۵۰۰ میلیارد تومان برای بازسازی مناطق زلزله‌زده اختصاص داد.",
     "The government allocated 1.5 billion tomans for the reconstruction of the earthquake-stricken areas.",
     [("A003", "1.5 billion tomans")]),
])
def test_planted_persian_mismatches_are_flagged(original, draft, expected):
    assert accuracy(draft, original) == expected


def test_a_name_written_as_one_word_in_persian_and_two_in_english():
    fa = "تاکنون گزارشی از آسیب به سد شهرچای دریافت نشده است. محمدصادق معتمدیان از روستاها بازدید کرد."
    en = "There have been no reports so far of damage to the Shahr Chay dam. Mohammad Sadegh Motamedian visited the villages."
    assert accuracy(en, fa) == []
    assert accuracy(en.replace("Shahr Chay", "Shahr Bay"), fa) == [("A005", "Shahr")]  # the joined name differs
    assert accuracy(en.replace("Motamedian", "Motamedi"), fa) == [("A005", "Motamedi")]


@pytest.mark.parametrize("original,draft,fires", [
    (f"تعداد داوطلبان حدود یک{Z}سوم کاهش یافته است.", "The number of candidates has fallen by about a third.", False),
    (f"تعداد داوطلبان حدود یک{Z}سوم کاهش یافته است.", "The number of candidates has decreased by about a quarter.", True),
    ("تعداد داوطلبان حدود یک سوم کاهش یافته است.", "The number of candidates has decreased by about a quarter.", True),
    ("دو سوم نمایندگان به این طرح رأی دادند.", "Two-thirds of the lawmakers voted for the bill.", False),
    (f"سه{Z}چهارم نمایندگان به این طرح رأی دادند.", "Two-thirds of the lawmakers voted for the bill.", True),
    ("تیم در دور سوم مسابقات حذف شد.", "The team was knocked out in the third round.", False),
])
def test_persian_fractions(original, draft, fires):
    """یک‌سوم, دو سوم, سه‌چهارم are shares; a bare سوم is the ordinal of "the third round"."""
    assert ("A003" in [r for r, _ in accuracy(draft, original)]) is fires


KONKUR = ("نتایج کنکور ۱۴۰۳ اعلام شد\n\n"
          "سازمان سنجش روز یکشنبه ۱۸ شهریور ۱۴۰۳ نتایج نهایی آزمون سراسری را اعلام کرد.")


def test_a_headline_may_leave_out_the_year_of_the_articles_dates():
    """A headline's ۱۴۰۳ that the body gives in a full date is the article's own year: "Konkur results announced"
    omits nothing; a year the body does not date, or a dropped count, is still an omission."""
    body = "\n\nIran's testing organisation released the final results of the national exam on Sunday, September 8."
    assert accuracy("Konkur results announced" + body, KONKUR) == []
    assert accuracy("Konkur results of 1403 announced" + body, KONKUR) == []
    other = KONKUR.replace("نتایج کنکور ۱۴۰۳", "نتایج کنکور ۱۴۰۲")  # last year's exam, not the article's date
    assert [r for r, _ in accuracy("Konkur results announced" + body, other)] == ["A001"]
    counted = KONKUR.replace("نتایج کنکور ۱۴۰۳ اعلام شد", "۴۲۷ هزار نفر در کنکور پذیرفته شدند")
    assert [r for r, _ in accuracy("Konkur results announced" + body, counted)] == ["A001"]


@pytest.mark.parametrize("persian,latin,slip", [
    ("کریمی", "Karami", True), ("کریمی", "Karimi", False), ("حسینی", "Hassani", True), ("حسینی", "Hosseini", False),
    ("رحیمی", "Rahami", True), ("ابراهیم", "Ebrahim", False), ("حیدری", "Heydari", False), ("سید", "Sayed", False),
    ("حیدر", "Haydar", False), ("کیهان", "Kayhan", False), ("سعید", "Saeed", False), ("اصفهان", "Isfahan", False),
    ("شیراز", "Shiraz", False), ("عبدالرسول", "Abdolrasoul", False), ("فاطمه", "Fatemeh", False),
])
def test_a_written_long_i_the_latin_spelling_lacks(persian, latin, slip):
    """ی alone between consonants is a long i: "Karami" is another name than کریمی; ی beside ا, و, ع is not read."""
    from checks.accuracy.namespersian import _CLASSES
    from checks.accuracy.namespersianvowels import lacks_long_i
    assert lacks_long_i(persian, latin, _CLASSES) is slip


def test_a_persian_name_with_the_long_i_read_as_a():
    original = "رتبه یک گروه علوم تجربی را سارا کریمی، دانش‌آموز ۱۷ ساله‌ای از یزد، کسب کرده است."
    draft = "The top rank in the experimental sciences group went to Sara Karimi, a 17-year-old student from Yazd."
    assert accuracy(draft, original) == []
    assert accuracy(draft.replace("Karimi", "Karami"), original) == [("A005", "Karami")]


@pytest.mark.parametrize("english, minute", [
    ("four minutes before half-time", 41), ("5 minutes before the break", 40), ("five minutes from time", 85),
    ("three minutes before the final whistle", 87), ("ten minutes after the break", 55),
    ("eight minutes into the second half", 53), ("two minutes after halftime", 47)])
def test_a_match_minute_told_from_a_mark_of_the_game(english, minute):
    q = quantities(f"Urunov equalised {english}.", lang="en")[0]  # "the second half" is an ordinal of its own
    assert minute in q.values


FA_MINUTE = "اورونوف در دقیقه ۴۱ بازی را به تساوی کشاند و آل‌کثیر در دقیقه ۸۷ گل پیروزی را زد."


def test_a_minute_before_half_time_is_no_wrong_figure():
    draft = "Urunov equalised four minutes before half-time, and Alekasir scored the winner in the 87th minute."
    assert not [f for f in accuracy(draft, FA_MINUTE) if f[0] == "A003"]
    wrong = "Urunov equalised nine minutes before half-time, and Alekasir scored the winner in the 87th minute."
    assert [f for f in accuracy(wrong, FA_MINUTE) if f[0] == "A003"]
    plain = "Urunov equalised four minutes later, and Alekasir scored the winner in the 87th minute."
    assert [f for f in accuracy(plain, FA_MINUTE) if f[0] in ("A003", "A001")]


FA_COACH = "اوسمار ویرا، سرمربی برزیلی پرسپولیس، پس از بازی گفت: «بازیکنان ما هرگز تسلیم نشدند.»"


@pytest.mark.parametrize("name, flagged", [
    ("Osmar Pereira", True), ("Osmar Bieira", True),  # another first consonant beside the right given name
    ("Osmar Vieira", False), ("Osmar Vira", False),  # the name, spelt either way
])
def test_a_surname_with_another_first_consonant_beside_its_given_name(name, flagged):
    draft = f'{name}, the Brazilian coach of Persepolis, said after the game: "Our players never gave up."'
    assert bool([f for f in accuracy(draft, FA_COACH) if f[0] == "A005"]) is flagged


@pytest.mark.parametrize("persian, latin", [
    ("یورگن کلوپ", "Jurgen Klopp"), ("ینس استولتنبرگ", "Jens Stoltenberg"), ("کریستوفر نولان", "Christopher Nolan"),
    ("قاسم سلیمانی", "Qassem Soleimani"), ("ژوزپ بورل", "Josep Borrell"), ("یوآو گالانت", "Yoav Gallant"),
    ("ولودیمیر زلنسکی", "Volodymyr Zelensky"), ("شارل میشل", "Charles Michel")])
def test_foreign_names_spelt_the_english_way_stay_silent(persian, latin):
    original = f"{persian} روز دوشنبه در تهران گفت که مذاکرات ادامه خواهد یافت."
    draft = f"{latin} said in Tehran on Monday that the talks would continue."
    assert not [f for f in accuracy(draft, original) if f[0] == "A005"]
