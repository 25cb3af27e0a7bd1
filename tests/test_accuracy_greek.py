"""Originals in Greek: figures with dot-grouped thousands and a decimal comma (1.240, 62,5%), scale words in
full and abbreviated (185 εκατ. ευρώ, 1,2 δισ., 2,5 εκατομμύρια), months and weekdays in every case (12
Μαρτίου, τον Μάρτιο, την Τρίτη), names romanised by their digraphs (Μπαλτάς Baltas, Ντόρα Dora, Γιάννης
Yannis), negation with its false friends (μη κατοικήσιμες "uninhabitable", όχι μόνο "not only"), and the Greek
question mark; each on a faithful translation that must raise nothing and on a broken one that must raise the
right finding."""

import pytest

from checks.accuracy import polarity
from checks.accuracy.dates import date_mentions
from checks.accuracy.numbers import quantities
from checks.accuracy.split import split_original
from checks.names import romanize, romanizations
from accuracy_pairs import accuracy


@pytest.mark.parametrize("text,value,kind,unit", [
    ("ύψους 185 εκατ. ευρώ", 185e6, "money", "EUR"), ("1,2 δισ. ευρώ", 1.2e9, "money", "EUR"),
    ("2,5 εκατομμύρια ευρώ", 2.5e6, "money", "EUR"), ("300 εκατ. δολάρια", 3e8, "money", "USD"),
    ("3 εκ. ευρώ", 3e6, "money", "EUR"), ("€1,5 δισ.", 1.5e9, "money", "EUR"),
    ("1.500.000 ευρώ", 1.5e6, "money", "EUR"), ("σε 300 χιλιάδες", 3e5, "number", ""),
    ("1.240 κατοικίες", 1240, "number", ""), ("το 62,5% των αιτήσεων", 62.5, "percent", "%"),
    ("κατά 40 τοις εκατό", 40, "percent", "%"), ("κατά 2 ποσοστιαίες μονάδες", 2, "percent", "%"),
    ("5.100 εκτάρια", 5100, "unit", "εκτάρια"), ("12 ναυτικά μίλια", 12, "unit", "ναυτικά μίλια"),
    ("είκοσι πέντε άτομα", 25, "number", ""), ("ενάμισι εκατομμύριο ευρώ", 1.5e6, "money", "EUR"),
])
def test_greek_figures(text, value, kind, unit):
    (q,) = quantities(text, lang="el")
    assert (q.value, q.kind, q.unit) == (value, kind, unit)
    assert text[q.start : q.end] in text


def test_greek_dates_in_every_case():
    text = "Η κυβέρνηση ενέκρινε την Τρίτη 12 Μαρτίου 2024 το σχέδιο, που θα ισχύσει από τον Σεπτέμβριο."
    assert [(d.month, d.day, d.year, d.weekday) for d in date_mentions(text)] == [
        (None, None, None, 2), (3, 12, 2024, None), (9, None, None, None)]
    assert [(d.month, d.day) for d in date_mentions("από την 1η Μαΐου έως τον Μάη του 2025, τον ΙΟΥΝΙΟ")] == [
        (5, 1), (5, None), (6, None)]
    assert [d.weekday for d in date_mentions("το Σάββατο και την Κυριακή, ως τις αρχές της Παρασκευής")] == [6, 7, 5]
    # τρίτη, πέμπτη are also ordinals: "the third instalment", "a third year running", "the elderly"
    assert date_mentions("Η τρίτη δόση καταβάλλεται στους πολίτες της τρίτης ηλικίας.") == []
    assert date_mentions("Τρίτη σε σειρά χρονιά αυξήθηκαν οι αφίξεις.") == []


def test_greek_names_romanised_by_digraphs():
    assert [romanize(w) for w in "Μητσοτάκης Μπαλτάς Ντουνιά Παπαγεωργίου Ευάγγελος Αντώνης Χρυσοχοΐδης".split()] == [
        "Mitsotakis", "Baltas", "Dounia", "Papageorgiou", "Evangelos", "Antonis", "Chrysochoidis"]
    assert {"Yannis", "Yiannis", "Giannis"} <= romanizations("Γιάννης")
    assert {"Hatzidakis", "Chatzidakis"} <= romanizations("Χατζηδάκης")
    assert {"Lambrakis", "Lamprakis"} <= romanizations("Λαμπράκης")
    assert "Lesbos" in romanizations("Λέσβος")
    assert romanize("Кречмер") == "Krechmer"  # Cyrillic unchanged


def test_greek_negation_and_its_false_friends():
    assert polarity.negated("Η κυβέρνηση δεν σχεδιάζει νέους φόρους.", "el")
    assert polarity.negated("Ούτε η κυβέρνηση ούτε η αντιπολίτευση σχολίασαν.", "el")
    assert polarity.negated("Ζήτησε να μη γίνει καμία αλλαγή.", "el")
    for text in ("Οι μισές κατοικίες κρίθηκαν μη κατοικήσιμες.", "Τα μη εξυπηρετούμενα δάνεια μειώθηκαν.",
                 "Όχι μόνο η Αθήνα αλλά και η Θεσσαλονίκη.", "Μπορεί κανείς να πει ότι πέτυχε.",
                 "Οι τιμές είναι υψηλότερες από ποτέ.", "Θα αποφασίσουν αν θα συνεχίσουν ή όχι.",
                 "Δεν μπορεί να μην το δει."):
        assert not polarity.negated(text, "el"), text


def test_greek_question_mark_and_abbreviations_split():
    text = ("«Ποιος θα πληρώσει\u037e» ρώτησε ο κ. Παπαδόπουλος. Ποιος θα πληρώσει\u037e Η κυβέρνηση σιωπά. "
            "Ο υπ. Οικονομικών και ο Δρ. Νικολάου μίλησαν για το ποσό των 3 εκατ. ευρώ. Έργα, οδοί κ.λπ. Θα γίνουν.")
    assert [text[s.start : s.end] for s in split_original(text)] == [
        "«Ποιος θα πληρώσει\u037e» ρώτησε ο κ. Παπαδόπουλος.", "Ποιος θα πληρώσει\u037e", "Η κυβέρνηση σιωπά.",
        "Ο υπ. Οικονομικών και ο Δρ. Νικολάου μίλησαν για το ποσό των 3 εκατ. ευρώ.", "Έργα, οδοί κ.λπ.",
        "Θα γίνουν."]


EL = ("Το ΑΕΠ της Ελλάδας αυξήθηκε κατά 2,3% το 2023, σύμφωνα με την ΕΛΣΤΑΤ. Τα μη εξυπηρετούμενα δάνεια "
      "μειώθηκαν στα 15,2 δισ. ευρώ.\n\n"
      "Ο υπουργός Οικονομικών Κωστής Χατζηδάκης δήλωσε την Πέμπτη ότι η κυβέρνηση δεν σχεδιάζει νέους φόρους. "
      "Όχι μόνο οι τράπεζες αλλά και τα νοικοκυριά ωφελήθηκαν από την ανάπτυξη.")
EL_EN = ("Greece's GDP grew by 2.3% in 2023, according to ELSTAT. Non-performing loans fell to 15.2 billion euros."
         "\n\nFinance Minister Kostis Hatzidakis said on Thursday that the government is not planning new taxes. "
         "Not only the banks but also households benefited from the growth.")


def test_a_greek_article():
    assert accuracy(EL_EN, EL) == []
    broken = (EL_EN.replace("2.3%", "3.2%").replace("Thursday", "Tuesday").replace("Hatzidakis", "Hatzidakos")
              .replace("is not planning", "is planning"))
    assert sorted(accuracy(broken, EL)) == sorted([
        ("A003", "3.2%"), ("A004", "Tuesday"), ("A005", "Hatzidakos"),
        ("A006", "Finance Minister Kostis Hatzidakos said on Thursday that the government is planning new taxes."
                 .replace("Thursday", "Tuesday"))])


def test_greek_names_and_dates_in_a_faithful_translation():
    original = ("Ο δήμαρχος Αθηνών Χάρης Δούκας συναντήθηκε με την Ντόρα Μπακογιάννη τη Δευτέρα 5 Φεβρουαρίου. "
                "Στη συνάντηση συμμετείχε και ο Γιάννης Λαμπράκης από τη Λέσβο.")
    draft = ("Athens mayor Haris Doukas met Dora Bakoyannis on Monday, February 5. "
             "Yannis Lambrakis from Lesbos also took part in the meeting.")
    assert accuracy(draft, original) == []
    assert accuracy(draft.replace("Doukas", "Doukak"), original) == [("A005", "Doukak")]
    assert [r for r, _ in accuracy(draft.replace("February 5", "February 15"), original)] == ["A004"]


@pytest.mark.parametrize("original,draft,fires", [
    ("Σύμφωνα με το πόρισμα, το ένα τρίτο των πληρωμών έγινε χωρίς τιμολόγιο.",
     "According to the report, a third of the payments were made without an invoice.", False),
    ("Σύμφωνα με το πόρισμα, το ένα τρίτο των πληρωμών έγινε χωρίς τιμολόγιο.",
     "According to the report, a quarter of the payments were made without an invoice.", True),
    ("Τα δύο τρίτα των κατοίκων ψήφισαν υπέρ.", "Two-thirds of the residents voted in favour.", False),
    ("Τα δύο τρίτα των κατοίκων ψήφισαν υπέρ.", "A third of the residents voted in favour.", True),
    ("Τα κέρδη αυξήθηκαν στο τρίτο τρίμηνο του έτους.", "Profits rose in the third quarter of the year.", False),
])
def test_greek_fractions_of_something(original, draft, fires):
    """``το ένα τρίτο των`` is a fraction; ``τρίτο τρίμηνο`` an ordinal."""
    assert (("A003" in [r for r, _ in accuracy(draft, original)])) is fires


@pytest.mark.parametrize("draft,fires", [
    ("Some 6,500 jobs in the sector went unfilled this year, according to the federation.", False),
    ("Some 6,500 jobs in the sector remained unfilled this year, according to the federation.", False),
    ("Some 6,500 jobs in the sector were filled this year, according to the federation.", True),
])
def test_greek_negated_verb_said_with_an_english_un_participle(draft, fires):
    """``δεν καλύφθηκαν`` "were not filled" is "went unfilled": the un- participle says the negation."""
    original = "Περίπου 6.500 θέσεις εργασίας στον κλάδο δεν καλύφθηκαν φέτος, σύμφωνα με την ομοσπονδία."
    assert ("A006" in [r for r, _ in accuracy(draft, original)]) is fires


@pytest.mark.parametrize("greek,latin", [
    ("Αντρίγια", "Andrija"), ("Ζίβκοβιτς", "Zivkovic"), ("Τζόκοβιτς", "Djokovic"), ("Γιοβάνοβιτς", "Jovanovic"),
    ("Γιάννης", "Yannis"), ("Ζίβκοβιτς", "Zivkovits"),
])
def test_south_slavic_names_as_greek_writes_them(greek, latin):
    """Greek writes Serbian -ić as -ιτς, j as γι and Đ as τζ: the English press keeps the Serbian spelling."""
    assert latin in romanizations(greek)


@pytest.mark.parametrize("draft,flagged", [
    ("Andrija Živković levelled for PAOK, with Djokovic in the stands.", False),
    ("Andrija Živkonić levelled for PAOK, with Djokovic in the stands.", True),
    ("Andrija Živković levelled for PAOK, with Djokovik in the stands.", True),
])
def test_south_slavic_names_in_a_greek_original(draft, flagged):
    found = accuracy(draft, "Ο ΠΑΟΚ ισοφάρισε με τον Αντρίγια Ζίβκοβιτς, ενώ ο Τζόκοβιτς ήταν στην κερκίδα.")
    assert ("A005" in [r for r, _ in found]) is flagged


@pytest.mark.parametrize("text,value", [
    ("στο 56ο λεπτό", 56), ("για την 25η αγωνιστική", 25), ("του 5ου ορόφου", 5), ("τον 2ο γύρο", 2),
])
def test_greek_ordinals_glued_to_the_figure(text, value):
    assert [(q.values[0], q.kind) for q in quantities(text, 0, None, "el")] == [(value, "ordinal")]


@pytest.mark.parametrize("draft,flagged", [
    ("Chalov scored twice after the break, in the 56th and 81st minutes.", False),
    ("Chalov scored twice after the break, in the 65th and 81st minutes.", True),
])
def test_a_minute_given_as_an_ordinal(draft, flagged):
    found = accuracy(draft, "Στο δεύτερο ημίχρονο ο Τσαλόφ σκόραρε δύο φορές, στο 56ο και στο 81ο λεπτό.")
    assert ("A003" in [r for r, _ in found]) is flagged


_TWO_CLAUSES = "«Δεν ήταν εύκολο παιχνίδι, αλλά οι παίκτες μου δεν τα παράτησαν ούτε για ένα λεπτό», δήλωσε ο προπονητής."


@pytest.mark.parametrize("original,draft,flagged", [
    (_TWO_CLAUSES, '"It was an easy game, but my players did not give up even for a minute," said the coach.', True),
    (_TWO_CLAUSES, '"It wasn\'t an easy game, but my players never gave up for a minute," said the coach.', False),
    ("Η κυβέρνηση δεν αποκλείει νέα μέτρα, αλλά δεν θα αυξήσει τους φόρους.",
     "The government does not rule out new measures but will not raise taxes.", False),
    ("Δεν υπήρξαν θύματα, ούτε σοβαρές ζημιές.", "There were no casualties and no serious damage.", False),
    ("Κανείς δεν τραυματίστηκε, όμως οι ζημιές δεν έχουν ακόμη εκτιμηθεί.",
     "No one was injured, though the damage has yet to be assessed.", False),
])
def test_a_negation_lost_beside_one_kept(original, draft, flagged):
    """Greek negates each clause with its own δεν: one dropped beside one kept is still a lost negation."""
    assert ("A006" in [r for r, _ in accuracy(draft, original)]) is flagged
