"""Originals in languages the tool was not tuned on: Swahili, Tagalog, Georgian, Armenian, Macedonian, Amharic.

Each language's news-style paragraph (money with a scale word, a date or weekday, a percentage, a name, a
negation) and its faithful translation must raise nothing; a draft with a wrong figure, month, weekday or a
dropped negation must raise the rule for it. Before these tables a faithful "12 billion shillings" for Swahili
``shilingi bilioni 12`` (the scale word before the figure), Tagalog ``15 bilyong piso`` or Georgian ``200 მილიონ
ლარს`` raised A003, and a wrong date or a lost "not" went unseen."""

import pytest

from checks.accuracy.dates import date_mentions
from checks.accuracy.numbers import quantities
from checks.accuracy.pairing import original_language
from checks.accuracy.polarity import cues, negated
from checks.accuracy.serbian import macedonian_latin
from accuracy_pairs import accuracy, whole_figure

PAIRS = {
    "sw": [
        ("Serikali ilitenga shilingi bilioni 12 kwa ajili ya barabara mpya.",
         "The government allocated 12 billion shillings for new roads."),
        ("Mkutano utafanyika Jumanne, tarehe 14 Machi.", "The meeting will take place on Tuesday, March 14."),
        ("Mfumuko wa bei ulipanda kwa asilimia 5.3 mwaka jana.", "Inflation rose by 5.3 percent last year."),
        ("Waziri Mkuu Kassim Majaliwa alisema serikali haitaongeza kodi.",
         "Prime Minister Kassim Majaliwa said the government will not raise taxes."),
    ],
    "tl": [
        ("Naglaan ang pamahalaan ng 15 bilyong piso para sa mga bagong kalsada.",
         "The government set aside 15 billion pesos for new roads."),
        ("Gaganapin ang pulong sa Martes, Marso 14.", "The meeting will be held on Tuesday, March 14."),
        ("Tumaas ang implasyon sa 5.3 porsiyento noong nakaraang taon.", "Inflation rose to 5.3 percent last year."),
        ("Sinabi ni Pangulong Ferdinand Marcos na hindi tataas ang buwis.",
         "President Ferdinand Marcos said taxes will not rise."),
    ],
    "ka": [
        ("მთავრობა გზების მშენებლობაზე 200 მილიონ ლარს გამოყოფს.",
         "The government will allocate 200 million lari for road construction."),
        ("შეხვედრა 14 მარტს, სამშაბათს გაიმართება.", "The meeting will be held on Tuesday, March 14."),
        ("ინფლაცია გასულ წელს 5,3 პროცენტამდე გაიზარდა.", "Inflation rose to 5.3 percent last year."),
        ("პრემიერ-მინისტრმა ირაკლი კობახიძემ განაცხადა, რომ გადასახადები არ გაიზრდება.",
         "Prime Minister Irakli Kobakhidze said taxes will not rise."),
    ],
    "hy": [
        ("Կառավարությունը ճանապարհների համար կհատկացնի 12 միլիարդ դրամ։",
         "The government will allocate 12 billion drams for roads."),
        ("Հանդիպումը տեղի կունենա մարտի 14-ին, երեքշաբթի։", "The meeting will take place on Tuesday, March 14."),
        ("Անցյալ տարի գնաճը հասել է 5,3 տոկոսի։", "Last year inflation reached 5.3 percent."),
        ("Վարչապետ Նիկոլ Փաշինյանը հայտարարեց, որ հարկերը չեն բարձրանա։",
         "Prime Minister Nikol Pashinyan said taxes will not rise."),
    ],
    "mk": [
        ("Владата ќе издвои 3,5 милијарди денари за нови патишта.",
         "The government will allocate 3.5 billion denars for new roads."),
        ("Средбата ќе се одржи во вторник, 14 март.", "The meeting will be held on Tuesday, March 14."),
        ("Инфлацијата минатата година се искачи на 5,3 отсто.", "Inflation climbed to 5.3 percent last year."),
        ("Премиерот Христијан Мицкоски изјави дека даноците нема да се зголемат.",
         "Prime Minister Hristijan Mickoski said taxes will not be raised."),
    ],
    "am": [
        ("መንግሥት ለመንገድ ግንባታ 12 ቢሊዮን ብር መድቧል።",
         "The government has allocated 12 billion birr for road construction."),
        ("ስብሰባው ማክሰኞ ይካሄዳል።", "The meeting will be held on Tuesday."),
        ("ባለፈው ዓመት የዋጋ ግሽበት 5.3 በመቶ ደርሷል።", "Last year inflation reached 5.3 percent."),
        ("ጠቅላይ ሚኒስትር ዐቢይ አሕመድ ግብር እንደማይጨምር ተናግረዋል።", "Prime Minister Abiy Ahmed said taxes will not rise."),
    ],
}
# (faithful words, broken words, the rule that must fire)
BREAKS = {
    "sw": [("12 billion", "21 billion", "A003"), ("Tuesday", "Wednesday", "A004"), ("March 14", "May 14", "A004"),
           ("5.3 percent", "3.5 percent", "A003"), ("will not raise", "will raise", "A006")],
    "tl": [("15 billion", "50 billion", "A003"), ("Tuesday", "Thursday", "A004"), ("March 14", "April 14", "A004"),
           ("5.3 percent", "6.3 percent", "A003"), ("will not rise", "will rise", "A006")],
    "ka": [("200 million", "300 million", "A003"), ("Tuesday", "Friday", "A004"), ("March 14", "May 14", "A004"),
           ("5.3 percent", "3.5 percent", "A003"), ("will not rise", "will rise", "A006")],
    "hy": [("12 billion", "120 billion", "A003"), ("Tuesday", "Monday", "A004"), ("March 14", "March 4", "A004"),
           ("5.3 percent", "5.8 percent", "A003"), ("will not rise", "will rise", "A006")],
    "mk": [("3.5 billion", "5.3 billion", "A003"), ("Tuesday", "Thursday", "A004"), ("March 14", "May 14", "A004"),
           ("5.3 percent", "3.5 percent", "A003"), ("will not be raised", "will be raised", "A006"),
           ("Mickoski", "Mackoski", "A005")],
    "am": [("12 billion", "2 billion", "A003"), ("Tuesday", "Saturday", "A004"), ("5.3 percent", "3.5 percent", "A003"),
           ("will not rise", "will rise", "A006")],
}


def _texts(lang: str) -> tuple[str, str]:
    return " ".join(o for o, _ in PAIRS[lang]), " ".join(d for _, d in PAIRS[lang])


@pytest.mark.parametrize("lang", sorted(PAIRS))
def test_language_is_told(lang):
    assert original_language(_texts(lang)[0]) == lang


@pytest.mark.parametrize("lang", sorted(PAIRS))
def test_faithful_translation_raises_nothing(lang):
    original, draft = _texts(lang)
    assert accuracy(draft, original) == []


@pytest.mark.parametrize("lang,faithful,broken,rule", [(lang, *b) for lang, bs in BREAKS.items() for b in bs])
def test_broken_translation_fires(lang, faithful, broken, rule):
    original, draft = _texts(lang)
    assert faithful in draft
    found = accuracy(draft.replace(faithful, broken), original)
    assert [r for r, _ in found] == [rule], found
    if rule != "A006":  # A006 points at the sentence, the others at the wrong words
        assert broken.split()[0] in found[0][1]


@pytest.mark.parametrize("text,lang,value,kind,unit", [
    ("shilingi bilioni 12", "sw", 12e9, "money", "SHILLING"), ("bilioni 1.5", "sw", 1.5e9, "number", ""),
    ("dola za Kimarekani milioni 5", "sw", 5e6, "money", "USD"), ("asilimia 5.3", "sw", 5.3, "percent", "%"),
    ("15 bilyong piso", "tl", 15e9, "money", "PESO"), ("3 milyong dolyar", "tl", 3e6, "money", "USD"),
    ("5.3 porsiyento", "tl", 5.3, "percent", "%"),
    ("200 მილიონ ლარს", "ka", 200e6, "money", "GEL"), ("1,5 მილიარდი ლარით", "ka", 1.5e9, "money", "GEL"),
    ("5,3 პროცენტით", "ka", 5.3, "percent", "%"),
    ("12 միլիարդ դրամ", "hy", 12e9, "money", "AMD"), ("5 միլիոն ԱՄՆ դոլար", "hy", 5e6, "money", "USD"),
    ("5,3 տոկոսով", "hy", 5.3, "percent", "%"),
    ("3,5 милијарди денари", "mk", 3.5e9, "money", "MKD"), ("5,3 отсто", "mk", 5.3, "percent", "%"),
    ("12 ቢሊዮን ብር", "am", 12e9, "money", "ETB"), ("5.3 በመቶ", "am", 5.3, "percent", "%"),
])
def test_figures(text, lang, value, kind, unit):
    assert whole_figure(text, lang) == (pytest.approx(value), kind, unit)


def test_swahili_word_before_a_figure_only_when_it_is_a_scale():
    (q,) = quantities("watu 12", lang="sw")  # "12 people": no scale, no money
    assert (q.start, q.values, q.kind) == (5, (12.0,), "number")


@pytest.mark.parametrize("text,month,day,weekday", [
    ("tarehe 3 Mei", 5, 3, None), ("Ijumaa", None, None, 5), ("Hulyo 4", 7, 4, None), ("Huwebes", None, None, 4),
    ("იანვრის", 1, None, None), ("აგვისტოში", 8, None, None), ("პარასკევს", None, None, 5),
    ("հունիսի 5", 6, 5, None), ("ուրբաթ", None, None, 5), ("5 јуни", 6, 5, None), ("петок", None, None, 5),
    ("ከሰኞ", None, None, 1), ("ሐሙስ", None, None, 4),
])
def test_months_and_weekdays(text, month, day, weekday):
    (d,) = date_mentions(text)
    assert (d.month, d.day, d.weekday) == (month, day, weekday)


@pytest.mark.parametrize("text", ["isang Linggo", "ერთი კვირა", "մեկ շաբաթ", "една недела"])  # "one week"
def test_week_is_no_sunday_or_saturday(text):
    assert date_mentions(text) == []


@pytest.mark.parametrize("text,lang,negates", [
    ("Hindi lamang ang mga guro ang dumalo.", "tl", False),  # "not only the teachers"
    ("Wala siyang sinabi.", "tl", True),
    ("ის ვერ მოვიდა.", "ka", True), ("არა მხოლოდ მასწავლებლები.", "ka", False),
    ("Тој не дојде.", "mk", True), ("не само наставниците", "mk", False),
    ("Նա չի եկել։", "hy", True), ("ոչ միայն ուսուցիչները", "hy", False),
    ("Hakusema chochote.", "sw", True), ("Kuna hatari kubwa.", "sw", False), ("si tu walimu", "sw", False),
    ("አልመጣም።", "am", True), ("መጣ።", "am", False),
])
def test_negation(text, lang, negates):
    assert negated(text, lang) is negates, cues(text, lang)


def test_macedonian_names_in_macedonian_latin():
    assert macedonian_latin("Мицкоски") == "Mickoski" and macedonian_latin("Ѓорге") == "Gjorge"
    assert macedonian_latin("Христијан") == "Hristijan" and macedonian_latin("Џафери") == "Džaferi"
