"""Originals in Pashto: figures (Arabic-script digits, ٫, زر / لک / میلیون / میلیارد with their plural and oblique
endings, afghanis and dollars, سلنه and په سلو کې, inflected number words), dates (Pashto Gregorian months, the
Afghan solar months compared as the Gregorian days they may fall on, weekdays in the oblique), negation (نه, مه,
the glued نلري / نشي / ندی, ونه کړ, هیڅ; not نوي, نړۍ, نه یوازې, له کابل نه), and names compared by their
consonants (میوندي Maiwandi), each on a faithful translation that must raise nothing and a broken one that must
raise the right finding."""

import pytest

from checks.accuracy.dates import date_mentions
from checks.accuracy.datespersian import gregorian_days
from checks.accuracy.namespashto import pashto_skeletons
from checks.accuracy.namespersian import latin_skeleton
from checks.accuracy.numbers import quantities
from checks.accuracy.pairing import original_language
from checks.accuracy.polarity import cues, negated
from accuracy_pairs import accuracy, whole_figure


@pytest.mark.parametrize("text,value,kind,unit", [
    ("۲۸۰ میلیونه ډالر", 280e6, "money", "USD"), ("۱٫۲ میلیارده ډالر", 1.2e9, "money", "USD"),
    ("۸۵ افغانیو", 85, "money", "AFN"), ("۵۰۰ افغانۍ", 500, "money", "AFN"), ("۱۲ لکه افغانۍ", 1.2e6, "money", "AFN"),
    ("۳ ملیونه افغانۍ", 3e6, "money", "AFN"), ("۴۰ زره ډالره", 40e3, "money", "USD"), ("۲ میلیارد ډالرو", 2e9, "money", "USD"),
    ("۵ زره او ۳۰۰", 5300, "number", ""), ("۲۵ سلنه", 25, "percent", "%"), ("۱۲ په سلو کې", 12, "percent", "%"),
    ("۳/۵ سلنه", 3.5, "percent", "%"), ("۴۲۰ میګاواټه", 420, "unit", "میګاواټه"), ("۷۰۰ میګاواټو", 700, "unit", "میګاواټو"),
    ("۵۰۰ کلدارې", 500, "money", "PKR"), ("۲۰ کیلومتره", 20, "unit", "کیلومتره"), ("۳۰۰ جریبه", 300, "unit", "جریبه"),
    ("یو میلیون ډالر", 1e6, "money", "USD"), ("دوو", 2, "number", ""), ("پنځه ویشت", 25, "number", ""),
    ("دوه سوه", 200, "number", ""), ("لس", 10, "number", ""),
    ("۵ ميليونه افغانی", 5e6, "money", "AFN"),  # typed with the Arabic ي and a plain ی for ۍ
])
def test_pashto_figures(text, value, kind, unit):
    assert whole_figure(text, "ps") == (value, kind, unit)


def test_pashto_words_that_only_look_like_figures():
    # زره "heart", ده "is" (Persian 10), نوي "new" (also 90), سه of سه شنبه: no figures
    assert quantities("زړه یې ډک دی، زره یې مات شو او نوي قانون د سه شنبې په ورځ ده", lang="ps") == []


def test_pashto_dates_and_weekdays():
    t = ("د سه شنبې په ورځ، د ۲۰۲۴ کال د جنوري په ۱۶مه، د ۱۴۰۳ کال د حمل په ۱۵مه، ۱۵ حوت ۱۴۰۲، د ډسمبر ۲۵مه، "
         "د اپرېل میاشت، د حمل میاشت او تر ۱۵ فبروري پورې.")
    got = [(d.solar, d.month, d.day, d.year, d.weekday) for d in date_mentions(t)]
    assert got == [(None, None, None, None, 2), (None, 1, 16, 2024, None), ((1, 15, 1403), None, None, None, None),
                   ((12, 15, 1402), None, None, None, None), (None, 12, 25, None, None), (None, 4, None, None, None),
                   ((1, None, None), None, None, None, None), (None, 2, 15, None, None)]
    w = "دوشنبې، سه‌شنبه، چهارشنبې، پنجشنبه، جمعې، شنبې، یکشنبې، اتوار"
    assert [d.weekday for d in date_mentions(w + " ګډون")] == [1, 2, 3, 4, 5, 6, 7, 7]


@pytest.mark.parametrize("text", [
    "د تورم میزان ۱۲ سلنه دی او ګډون یې کړی",  # میزان "level" before a figure that is no day
    "۱۰ حمل و نقل موټرونه ګډ شول",  # حمل و نقل "transport"
    "د جمعې لمونځ وشو او جمعه خان وویل",  # Friday prayers; a man's name
    "اسد د کابل اوسېدونکی دی او جدي ګواښ یې وکړ",  # a name; جدي "serious"
    "زموږ کور دی ۱۵ دی او تیر کال مه ځه",  # Pashto دی "is", تیر "past", مه "do not": no Iranian months
    "د مارچ لاریون ښه و",  # a march, no month
])
def test_pashto_words_that_only_look_like_dates(text):
    assert date_mentions(text) == []


def test_afghan_solar_days_fall_on_gregorian_days():
    assert gregorian_days((1, 15, 1403)) == {(4, 3), (4, 4)}  # 15 Hamal 1403 was April 3, 2024
    assert {m for m, _ in gregorian_days((10, None, None))} == {12, 1}  # Jadi: December and January


@pytest.mark.parametrize("text,neg", [
    ("د برېښنا بیه به د مصرف کوونکو لپاره زیاته نه شي.", True), ("موږ د شپې هم برېښنا نه لرو.", True),
    ("هغه هېواد نور نشي کولی برېښنا صادره کړي.", True), ("کابل برېښنا نلري.", True), ("دا خبره سمه ندی.", True),
    ("په ښار کې اوبه نشته.", True), ("حکومت دا غوښتنه ونه منله.", True), ("هغوی کار ونه کړ.", True),
    ("مه ځئ!", True), ("هیڅوک ټپي شوي نه دي.", True), ("هغه هېڅکله دا خبره نه ده کړې.", True),
    ("تر اوسه پیسې نه دي ورکړل شوې.", True), ("له ازبکستان څخه برېښنا نه راځي.", True),
    ("تر ۱۵ فبروري پورې به وضعیت ښه نه شي.", True),
    ("نوي قانون په نړۍ کې نوم لري او نرخ یې نږدې دی.", False), ("نن په ننګرهار کې نرخونه لوړ شول.", False),
    ("هغه له کابل نه راغی.", False), ("د ۲۰۲۱ کال نه راهیسې بیې لوړې شوې.", False),
    ("دا کال تر تېر کال نه ډېر ګرم و.", False), ("نه یوازې کابل، بلکې ولایتونه هم اغېزمن شول.", False),
    ("ونه یې پرې کړه.", False), ("د میاشتې په ۱۶ مه پیل شو.", False), ("د برېښنا د نشتوالي له امله فابریکې وتړل شوې.", False),
])
def test_pashto_negation(text, neg):
    assert negated(text, "ps") is neg
    assert bool(cues(text, "ps")) is neg


def test_pashto_is_told_from_persian():
    assert original_language("د برېښنا بیه به د مصرف کوونکو لپاره زیاته نه شي.") == "ps"


def test_pashto_names_by_their_consonants():
    for pashto, latin in (("میوندي", "Maiwandi"), ("حکمتیار", "Hekmatyar"), ("ځدراڼ", "Zadran"), ("پښتون", "Pashtun"),
                          ("پښتون", "Pakhtun"), ("ننګرهار", "Nangarhar"), ("کندهار", "Kandahar"), ("منصور", "Mansoor"),
                          ("مجاهد", "Mujahid"), ("خوست", "Khost"), ("څمکني", "Tsamkani"), ("غني", "Ghani")):
        assert latin_skeleton(latin) in pashto_skeletons(pashto), (pashto, latin)
    assert latin_skeleton("Maiwani") not in pashto_skeletons("میوندي")


PS = ("د برېښنا شرکت ویاند حکمت الله میوندي د سه شنبې په ورځ، د ۲۰۲۴ کال د جنوري په ۱۶مه وویل چې کابل ته د "
      "برېښنا اندازه ۲۵ سلنه کمه شوې ده. برېښنا شرکت په تېر کال کې ۲۸۰ میلیونه ډالر ورکړي دي. "
      "د ۵۰۰ کیلوولټه لین کار به د ۱۴۰۳ کال د حمل په ۱۵مه پیل شي. "
      "وزیر ټینګار وکړ چې د برېښنا بیه به زیاته نه شي.")
EN = ("Hekmatullah Maiwandi, spokesman of the electricity company, said on Tuesday, January 16, 2024, that the amount "
      "of electricity to Kabul has fallen by 25 percent. The electricity company paid 280 million dollars last year. "
      "Work on the 500-kilovolt line will begin on April 3, 2024. "
      "The minister stressed that the price of electricity will not rise.")


def test_a_pashto_electricity_article():
    assert accuracy(EN, PS) == []
    assert accuracy(EN.replace("April 3, 2024", "15 Hamal 1403 (April 3, 2024)"), PS) == []
    broken = (EN.replace("Tuesday", "Thursday").replace("280 million", "280 billion").replace("April 3", "April 15")
              .replace("will not rise", "will rise").replace("Maiwandi", "Maiwani"))
    got = accuracy(broken, PS)
    assert ("A004", "Thursday") in got and ("A003", "280 billion dollars") in got and ("A004", "April 15") in got
    assert ("A005", "Maiwani") in got and any(rule == "A006" for rule, _ in got)


@pytest.mark.parametrize("original,draft", [
    ("هغه زیاته کړه چې په بازار کې د یوه کیلو ګازو بیه ۸۵ افغانیو ته رسېدلې ده.",
     "He added that the price of one kilo of gas in the market has reached 85 afghanis."),
    ("د اقتصاد کارپوه وايي چې په تېرو دوو میاشتو کې تولید ۳۰ سلنه راکم شوی.",
     "The economist says that production has fallen by 30 percent over the past two months."),
    ("د دې پروژې لګښت ۱٫۲ میلیارده ډالر اټکل شوی، چې ۴۰ په سلو کې یې بانک ورکوي.",
     "The project's cost is estimated at 1.2 billion dollars, 40 percent of which the bank pays."),
    ("د ۲۰۲۱ کال نه راهیسې له کابل نه ډېر خلک وتلي دي.", "Since 2021 many people have left Kabul."),
    ("د ننګرهار والي نوي روغتون پرانیست چې ۲۰۰ بسترې لري.",
     "The governor of Nangarhar opened a new hospital with 200 beds."),
])
def test_faithful_pashto_sentences_raise_nothing(original, draft):
    assert accuracy(draft, original) == []


@pytest.mark.parametrize("original,draft,expected", [
    ("هغه زیاته کړه چې په بازار کې د یوه کیلو ګازو بیه ۸۵ افغانیو ته رسېدلې ده.",
     "He added that the price of one kilo of gas in the market has reached 85 dollars.", [("A003", "85 dollars")]),
    ("د ډسمبر په ۲۵مه د کابل ښاروالۍ نوی پلان اعلان کړ.", "On November 25, Kabul municipality announced a new plan.",
     [("A004", "November 25")]),
    ("موږ د شپې هم برېښنا نه لرو.", "We have electricity even at night.",
     [("A006", "We have electricity even at night.")]),
])
def test_planted_pashto_mismatches_are_flagged(original, draft, expected):
    assert accuracy(draft, original) == expected


@pytest.mark.parametrize("text,value", [
    ("۱۸۴ زره ۶۰۰", 184600), ("۱۲۸ زره ۳۰۰", 128300), ("۴۲ زره ۷۰۰", 42700), ("۵ زره او ۳۰۰", 5300),
    ("۲ لکه ۵۰۰", 200500),
])
def test_pashto_thousands_and_a_rest_without_o(text, value):
    assert whole_figure(text, "ps")[0] == value


@pytest.mark.parametrize("text,values", [
    ("۵۰ زره ۲۰ سلنه", [50000, 20]),  # a two-digit rest after a bare space is another figure
    ("۱۸۴ زره، ۶۰۰ یې", [184000, 600]),  # a comma parts them
])
def test_pashto_thousands_that_stay_apart(text, values):
    assert [q.value for q in quantities(text, lang="ps")] == values


@pytest.mark.parametrize("original,draft,expected", [
    ("په ازموینه کې ۱۸۴ زره ۶۰۰ زده کوونکو برخه اخیستې وه.", "Some 184,600 students sat the exam.", []),
    ("په ازموینه کې ۱۸۴ زره ۶۰۰ زده کوونکو برخه اخیستې وه.", "184,800 students sat the exam.",
     [("A003", "184,800")]),
    # "not given permission" is "banned"; "allowed" alone still drops the negation
    ("د دې کال په ازموینه کې هم نجونو ته د ګډون اجازه نه وه ورکړل شوې.",
     "Girls were again banned from sitting the exam this year.", []),
    ("د دې کال په ازموینه کې هم نجونو ته د ګډون اجازه نه وه ورکړل شوې.",
     "In this year's exam, girls were also allowed to participate.",
     [("A006", "In this year's exam, girls were also allowed to participate.")]),
])
def test_pashto_exam_pairs(original, draft, expected):
    assert accuracy(draft, original) == expected
