"""Originals in Hebrew: figures (English separators, a prefix letter glued with a hyphen: ב-2024, ל-15%,
מ-3.2 מיליארד; אלף / מיליון / מיליארד, ש"ח with gershayim, ₪, שקלים, דולר, אחוז and נקודת אחוז; number words
with the glued ו: עשרים וחמישה, מאתיים, אלפיים), Gregorian months with their prefix letters (12 במרץ 2024,
ב-26 בפברואר) and weekdays (ביום שני, בשבת) while the Hebrew calendar's (כ"ט בתשרי) is not read as Gregorian,
clock times (בשעה 14:30), negation (לא, אין, אינה, בלי, ללא, מעולם) with the exclusions that keep it quiet
(לא רק ... אלא גם, לא פחות מ, לא מעט, אין ספק), sentence ends after acronyms with gershayim (ש"ח, ארה"ב, צה"ל),
and names compared by their consonants (Netanyahu, Herzog, Smotrich), each on a faithful translation that must
raise nothing and on a broken one that must raise the right finding."""

import pytest

from checks.accuracy.dates import date_mentions
from checks.accuracy.nameshebrew import hebrew_skeletons
from checks.accuracy.namespersian import latin_skeleton
from checks.accuracy.numbers import quantities
from checks.accuracy.pairing import original_language
from checks.accuracy.polarity import cues, negated
from checks.accuracy.split import split_original
from accuracy_pairs import accuracy, whole_figure


@pytest.mark.parametrize("text,value,kind,unit", [
    ('210 מיליארד ש"ח', 210e9, "money", "ILS"), ("210 מיליארד ש״ח", 210e9, "money", "ILS"),
    ("3.2 מיליארד שקל", 3.2e9, "money", "ILS"), ("3.65 שקלים", 3.65, "money", "ILS"), ("500 ₪", 500, "money", "ILS"),
    ("₪500 מיליון", 500e6, "money", "ILS"), ("8.5 מיליארד דולר", 8.5e9, "money", "USD"),
    ("40 מיליון יורו", 40e6, "money", "EUR"), ("1,234.5", 1234.5, "number", ""), ("360 אלף", 360e3, "number", ""),
    ("15%", 15, "percent", "%"), ("15 אחוזים", 15, "percent", "%"), ("0.25 נקודת אחוז", 0.25, "percent", "%"),
    ("עשרים וחמישה", 25, "number", ""), ("מאה ועשרים", 120, "number", ""), ("שלוש מאות וחמישים", 350, "number", ""),
    ("מאה", 100, "number", ""), ("אלפיים", 2000, "number", ""), ("מאתיים אלף", 200e3, "number", ""),
    ("חמישה מיליון שקל", 5e6, "money", "ILS"), ("אלף", 1000, "number", ""),
])
def test_hebrew_figures(text, value, kind, unit):
    assert whole_figure(text, "he") == (value, kind, unit)


@pytest.mark.parametrize("text,figure,value", [
    ("ב-2024", "2024", 2024), ("ל-15%", "15%", 15), ("מ-3.2 מיליארד דולר", "3.2 מיליארד דולר", 3.2e9),
    ("כ-360 אלף עובדים", "360 אלף", 360e3), ("ירד ב-1.2%", "1.2%", 1.2),
])
def test_the_hyphen_after_a_prefix_letter_is_no_minus(text, figure, value):
    (q,) = quantities(text, lang="he")
    assert (text[q.start : q.end], q.value) == (figure, value)


def test_words_that_only_look_like_figures():
    # יום שני is Monday, שני "second"; אלפי / מיליוני / מאות / עשרות אלפים are "thousands of", "hundreds of"
    assert quantities("ביום שני הגיעו אלפי אנשים, מיליוני שקלים, מאות מפגינים ועשרות אלפים", lang="he") == []


def test_hebrew_dates_and_weekdays():
    t = 'ביום שני, 1 בינואר 2024, ועד ה-26 בפברואר; מינואר עד סוף מרץ, בשבת ובמוצאי שבת, ביום שלישי.'
    got = [(t[d.start : d.end], d.month, d.day, d.year, d.weekday) for d in date_mentions(t)]
    assert got == [("ביום שני", None, None, None, 1), ("1 בינואר 2024", 1, 1, 2024, None),
                   ("26 בפברואר", 2, 26, None, None), ("ינואר", 1, None, None, None), ("מרץ", 3, None, None, None),
                   ("בשבת", None, None, None, 6), ("ובמוצאי שבת", None, None, None, 6),
                   ("ביום שלישי", None, None, None, 2)]
    # the Hebrew calendar is not read as Gregorian; במאי is also "director" and יוני a first name
    assert date_mentions('הטקס ייערך בכ"ט בתשרי ובניסן. הבמאי יוני כהן הגיע במאי.') == []
    assert [(d.month, d.year) for d in date_mentions("במאי 2023")] == [(5, 2023)]


@pytest.mark.parametrize("text,neg", [
    ("הממשלה אינה מתכוונת להעלות מסים.", True), ("המשק הישראלי לא קרס.", True), ("הוא אמר שלא ידע על כך.", True),
    ("ואין לו תוכנית.", True), ("הוא יצא בלי אישור.", True), ("הוא מעולם לא ביקר בעזה.", True),
    ("אף אחד לא נפגע.", True), ("אינני יודע.", True),
    ("אין ספק שהמשק יתאושש.", False), ("הבנק יפעל לא רק לפי האינפלציה, אלא גם לפי השווקים.", False),
    ("לא פחות מ-50 איש נהרגו.", False), ("לא מעט תושבים התלוננו.", False), ("ואף הוסיף כי המצב קשה.", False),
    ("שלא כמו בשנה שעברה, הייצוא עלה.", False), ("הלאום והלאומיות", False),
])
def test_hebrew_negation(text, neg):
    assert negated(text, "he") is neg
    assert bool(cues(text, "he")) is neg


def test_hebrew_sentence_ends():
    t = ('לפי נתוני צה"ל, כ-360 אלף גויסו. ד"ר שירה גרינברג אמרה כי המחיר עלה ל-3.65 ש"ח. הבנק של ארה"ב לא שינה. '
         '"המשק לא קרס", אמר ירון. פרופ׳ אמיר ירון הגיע ב-16:00. הנשיא י. הרצוג נאם. מחירו 5 ש״ח. הם הלכו.')
    assert [t[s.start : s.end] for s in split_original(t)] == [
        'לפי נתוני צה"ל, כ-360 אלף גויסו.', 'ד"ר שירה גרינברג אמרה כי המחיר עלה ל-3.65 ש"ח.',
        'הבנק של ארה"ב לא שינה.', '"המשק לא קרס", אמר ירון.', "פרופ׳ אמיר ירון הגיע ב-16:00.",
        "הנשיא י. הרצוג נאם.", "מחירו 5 ש״ח.", "הם הלכו."]
    assert original_language("הממשלה אינה מתכוונת להעלות מסים בשנה הקרובה.") == "he"


def test_names_by_their_consonants():
    for hebrew, latin in (("נתניהו", "Netanyahu"), ("הרצוג", "Herzog"), ("סמוטריץ'", "Smotrich"),
                          ("גרינברג", "Greenberg"), ("בצלאל", "Bezalel"), ("גנץ", "Gantz"), ("לפיד", "Lapid"),
                          ("חיפה", "Haifa"), ("לנתניהו", "Netanyahu"), ("מרדכי", "Mordechai"), ("יצחק", "Yitzhak"),
                          ("ציפי", "Tzipi"), ("חיים", "Chaim"), ("חיים", "Haim"), ("כהן", "Cohen"), ("ג'ורג'", "George")):
        assert latin_skeleton(latin) in hebrew_skeletons(hebrew), (hebrew, latin)
    assert latin_skeleton("Smotrick") not in hebrew_skeletons("סמוטריץ'")


HE = ('ראש הממשלה בנימין נתניהו אמר ביום שלישי, 12 במרץ 2024, כי הגירעון יגיע ל-3.2 מיליארד ש"ח. '
      "הנשיא יצחק הרצוג נאם בירושלים ובתל אביב בשעה 14:30. "
      "שר האוצר בצלאל סמוטריץ' אמר כי הממשלה אינה מתכוונת להעלות מסים.")
EN = ("Prime Minister Benjamin Netanyahu said on Tuesday, March 12, 2024, that the deficit would reach "
      "3.2 billion shekels. President Isaac Herzog spoke in Jerusalem and Tel Aviv at 2:30 pm. "
      "Finance Minister Bezalel Smotrich said the government does not intend to raise taxes.")


def test_a_hebrew_budget_article():
    assert accuracy(EN, HE) == []
    assert accuracy(EN.replace("3.2 billion shekels", "NIS 3.2 billion").replace("Isaac", "Yitzhak"), HE) == []
    broken = (EN.replace("March 12", "March 21").replace("3.2 billion shekels", "$3.2 billion")
              .replace("Smotrich", "Smotrick"))
    assert accuracy(broken, HE) == [("A004", "March 21"), ("A003", "$3.2 billion"), ("A005", "Smotrick")]


@pytest.mark.parametrize("original,draft", [
    ("בתל אביב ובחיפה הפגינו עשרים וחמישה אלף איש.", "In Tel Aviv and Haifa, 25,000 people demonstrated."),
    ("החברה הרוויחה 3.2 מיליארד שקל ב-2023, עלייה של 15%.", "The company earned 3.2 billion shekels in 2023, up 15 percent."),
    ("המחיר ירד מ-3.2 מיליארד ל-2.9 מיליארד דולר.", "The price fell from 3.2 billion to 2.9 billion dollars."),
    ("הטקס ייערך ביום שלישי, כ\"ט בתשרי.", "The ceremony will be held on Tuesday, 29 Tishrei."),
    ("הוא לא רק שר, אלא גם חבר כנסת.", "He is not only a minister but also a member of the Knesset."),
    ("אין ספק שהמשק יתאושש.", "The economy will undoubtedly recover."),
    ("לא פחות מ-50 בני אדם נפצעו.", "At least 50 people were injured."),
    ("אלפיים איש הגיעו לטקס ב-12 במרץ 2024.", "Two thousand people came to the ceremony on March 12, 2024."),
    ("הישיבה החלה בשעה 14:30.", "The meeting began at 2:30 pm."),
    ('הבנק המרכזי של ארה"ב, לעומת זאת, השאיר את הריבית ללא שינוי.',
     "The US central bank, by contrast, left its interest rate unchanged."),
    ("מאות אנשים הגיעו, ואלפי שקלים נתרמו.", "Hundreds of people came, and thousands of shekels were donated."),
])
def test_faithful_hebrew_sentences_raise_nothing(original, draft):
    assert accuracy(draft, original) == []


@pytest.mark.parametrize("original,draft,expected", [
    ("בתל אביב ובחיפה הפגינו עשרים וחמישה אלף איש.", "In Tel Aviv and Haifa, 35,000 people demonstrated.",
     [("A003", "35,000")]),
    ("הישיבה החלה בשעה 14:30.", "The meeting began at 3:30 pm.", [("A004", "3:30 pm.")]),
    ("הטקס ייערך ביום שלישי, כ\"ט בתשרי.", "The ceremony will be held on Wednesday, 29 Tishrei.",
     [("A004", "Wednesday")]),
    ("הממשלה מעולם לא אישרה את התוכנית.", "The government approved the plan.",
     [("A006", "The government approved the plan.")]),
])
def test_planted_hebrew_mismatches_are_flagged(original, draft, expected):
    assert accuracy(draft, original) == expected


def test_a_family_name_swapped_for_one_with_another_final_vowel():
    """שפירא is Shapira: its consonants are Shapiro's too, but the final א writes the vowel, so the MT's better
    known "Shapiro" is a slip; Shapira, Levy for לוי and Moses for משה (a final consonant says nothing) are not."""
    original = "שותפו לעסקים, רואה החשבון גדעון שפירא, בן 61, נידון לשלוש שנות מאסר."
    draft = "His business partner, the accountant Gideon Shapiro, 61, was sentenced to three years in prison."
    assert ("A005", "Shapiro") in accuracy(draft, original)
    assert accuracy(draft.replace("Shapiro", "Shapira"), original) == []
    assert [r for r in accuracy("Moses met Chaim Levy in Haifa on Sunday.", "משה פגש את חיים לוי בחיפה ביום ראשון.")
            if r[0] == "A005"] == []
