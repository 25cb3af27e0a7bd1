"""Originals in Czech: figures (1 234,5, 3,2 miliardy korun, 1,5 mil. Kč, 15 procent, 0,5 procentního bodu,
dva a půl milionu), dates and weekdays in their cases (3. března, v březnu, ve středu, od pátku; září and
středu only where a date can stand), sentence-splitting abbreviations (např., tzv., mj., odst., MUDr.),
declined names (Babiše, Babišovi, Fialova vláda, Havlíčka) and negation written as the prefix ne- of a verb
(nebude, nemá, neschválí) but not of nemocnice, nedávno, neděle; each on a faithful translation that must
raise nothing and on a broken one that must raise the right finding."""

import pytest

from checks.accuracy.dates import date_mentions
from checks.accuracy.numbers import quantities
from checks.accuracy.polarity import cues, negated, softened
from checks.accuracy.propernames import _inflected
from checks.accuracy.split import split_original
from accuracy_pairs import accuracy, whole_figure


@pytest.mark.parametrize("text,value,kind,unit", [
    ("32,5 miliardy korun", 32.5e9, "money", "CZK"), ("8 400 Kč", 8400, "money", "CZK"),
    ("1 234,5", 1234.5, "number", ""), ("1,5 mil. Kč", 1.5e6, "money", "CZK"), ("3 mld. Kč", 3e9, "money", "CZK"),
    ("120 milionů korun", 120e6, "money", "CZK"), ("4,3 milionu", 4.3e6, "number", ""),
    ("236 tisíc", 236000, "number", ""), ("300 tis. eur", 300000, "money", "EUR"), ("2 miliardy eur", 2e9, "money", "EUR"),
    ("15 procent", 15, "percent", "%"), ("4,75 procenta", 4.75, "percent", "%"), ("2,3 %", 2.3, "percent", "%"),
    ("0,5 procentního bodu", 0.5, "percent", "%"), ("0,5 p. b.", 0.5, "percent", "%"),
    ("6 korunách", 6, "money", "CZK"), ("dva a půl milionu", 2.5e6, "number", ""),
    ("jeden a půl miliardy", 1.5e9, "number", ""), ("půl milionu", 5e5, "number", ""),
    ("tři tisíce", 3000, "number", ""), ("dvě stě", 200, "number", ""), ("1,2 bilionu korun", 1.2e12, "money", "CZK"),
])
def test_czech_figures(text, value, kind, unit):
    assert whole_figure(text, "cs") == (value, kind, unit)


@pytest.mark.parametrize("text,value", [
    ("32.5 billion crowns", 32.5e9), ("CZK 8,400", 8400), ("8,400 Czech crowns", 8400), ("CZK 1.5 million", 1.5e6),
])
def test_english_crowns(text, value):
    (q,) = quantities(text, lang="en")
    assert (q.value, q.kind, q.unit) == (value, "money", "CZK")


def test_czech_dates_months_and_weekdays_in_their_cases():
    t = "Sněmovna jednala 12. listopadu, v březnu, před březnem, do 31. března 2025, od září a 3. a 4. května."
    assert [(d.month, d.day, d.year) for d in date_mentions(t)] == [
        (11, 12, None), (3, None, None), (3, None, None), (3, 31, 2025), (9, None, None), (5, 3, None),
        (5, 4, None)]
    w = "Ve středu, od středy, do pátku, v pondělí, v úterý, ve čtvrtek, v sobotu, v neděli, ke středě, před středou."
    assert [d.weekday for d in date_mentions(w)] == [3, 3, 5, 1, 2, 4, 6, 7, 3, 3]


def test_czech_words_that_are_not_dates():
    assert date_mentions("Slunce září nad Prahou a ve středu města je rušno, ze středu náměstí.") == []
    assert [d.weekday for d in date_mentions("Vláda ve středu schválila rozpočet.")] == [3]
    assert [d.month for d in date_mentions("Koncem září vláda rozhodla.")] == [9]


def test_czech_sentence_splitting():
    t = ("Firmy, mj. malé podniky, podaly žádost. Jde např. o tzv. Nový zelený úsporám. Podle § 5 odst. 2 zákona "
         "č. 458/2000 Sb. Vláda rozhodla. MUDr. Petr Novák to potvrdil. Rozpočet činí 3,2 mld. Kč. Stát zaplatí "
         "5 mld. Vláda to schválila.")
    assert [t[s.start:s.end] for s in split_original(t)] == [
        "Firmy, mj. malé podniky, podaly žádost.", "Jde např. o tzv. Nový zelený úsporám.",
        "Podle § 5 odst. 2 zákona č. 458/2000 Sb.", "Vláda rozhodla.", "MUDr. Petr Novák to potvrdil.",
        "Rozpočet činí 3,2 mld. Kč.", "Stát zaplatí 5 mld.", "Vláda to schválila."]


@pytest.mark.parametrize("text,neg", [
    ("Stát nebude zvyšovat daně.", True), ("Ministerstvo nemá na opravy peníze.", True),
    ("Rozpočet není vyrovnaný.", True), ("Poslanci návrh neschválí.", True), ("Kabinet nepředložil plán.", True),
    ("Žádný poslanec nehlasoval proti.", True), ("Nikdo nepřišel.", True), ("Nemocnice nedostane nic.", True),
    ("Nemocnice dostane 120 milionů korun.", False), ("Nedávno vláda schválila rozpočet.", False),
    ("V neděli se konaly volby.", False), ("Nejen Praha, ale i Brno.", False), ("Nebo to udělá vláda.", False),
    ("Nejvyšší soud rozhodl.", False), ("Nezávislý analytik to potvrdil.", False),
    ("Nestátní a neziskové organizace žádají peníze.", False), ("Ne více než deset lidí.", False),
    ("Ministr nemohl nevidět problém.", False),
])
def test_czech_negation(text, neg):
    assert negated(text, "cs") is neg


def test_soft_czech_cues():
    for t in ("Nemocnice hlásí nedostatek sester.", "Ministr odmítl komentovat.", "Sazba zůstala nezměněná."):
        assert cues(t, "cs") == [] and softened(t)


@pytest.mark.parametrize("original,draft", [
    ("Babiše", "Babiš"), ("Babišovi", "Babis"), ("Babišem", "Babiš"), ("Fialy", "Fiala"), ("Fialou", "Fiala"),
    ("Fialova", "Fiala"), ("Babišovo", "Babis"), ("Havlíčka", "Havlíček"), ("Pavlem", "Pavel"), ("Plzni", "Plzeň"),
    ("Brně", "Brno"), ("Fialové", "Fialová"),
])
def test_declined_czech_names(original, draft):
    assert _inflected(original, draft, "cs")


CS = ("Fakultní nemocnice v Brně dostane letos od státu 1,2 miliardy korun na modernizaci. O dotaci rozhodla "
      "vláda Petra Fialy ve čtvrtek 3. dubna.\n\n"
      "Podle ředitele nemocnice Jaroslava Štědroně se rozpočet nemocnice meziročně zvýší o 8 procent, na "
      "14,6 miliardy korun. Nemocnice nebude propouštět zdravotní sestry.\n\n"
      "Ministr zdravotnictví Vlastimil Válek řekl Štědroňovi, že peníze dorazí v květnu. Opozice kritizuje, "
      "že nedávno otevřené oddělení nemá dost lékařů.")
CS_EN = ("The University Hospital in Brno will receive 1.2 billion crowns from the state this year for modernisation. "
         "Petr Fiala's government decided on the grant on Thursday, April 3.\n\n"
         "According to hospital director Jaroslav Štědroň, the hospital's budget will rise by 8 percent year on year, "
         "to 14.6 billion crowns. The hospital will not lay off nurses.\n\n"
         "Health Minister Vlastimil Válek told Štědroň that the money would arrive in May. The opposition "
         "criticises the fact that the recently opened ward does not have enough doctors.")


def test_a_czech_article():
    assert accuracy(CS_EN, CS) == []


@pytest.mark.parametrize("old,new,rule,excerpt", [
    ("1.2 billion crowns", "1.2 million crowns", "A003", "1.2 million crowns"),
    ("8 percent", "18 percent", "A003", "18 percent"),
    ("on Thursday", "on Tuesday", "A004", "Tuesday"),
    ("April 3", "April 13", "A004", "April 13"),
    ("in May", "in March", "A004", "March"),
    ("will not lay off", "will lay off", "A006", None),
    ("Válek", "Válke", "A005", "Válke"),
])
def test_a_broken_czech_article(old, new, rule, excerpt):
    found = accuracy(CS_EN.replace(old, new), CS)
    assert [r for r, _ in found] == [rule]
    if excerpt:
        assert found[0][1] == excerpt


@pytest.mark.parametrize("adjective,place", [
    ("Pardubický", "Pardubice"), ("Třinecký", "Třinec"), ("Olomoucký", "Olomouc"), ("Plzeňský", "Plzeň"),
    ("Ostravská", "Ostrava"), ("Libereckého", "Liberec"), ("Zlínské", "Zlín"),
])
def test_czech_place_adjectives_name_the_place(adjective, place):
    assert _inflected(adjective, place, "cs")


def test_a_place_adjective_is_no_misspelt_name_but_a_slip_still_is():
    original = "Pardubický trenér Radim Rulík přiznal, že jeho tým nezvládl závěr zápasu."
    draft = "Pardubice coach Radim Rulík admitted that his team had failed to handle the end of the game."
    assert accuracy(draft, original) == []
    assert accuracy(draft.replace("Rulík", "Rulák"), original) == [("A005", "Rulák")]
    assert not _inflected("Pardubický", "Pardubitz", "cs")


@pytest.mark.parametrize("original,draft,fires", [
    ("Třetinu plateb úřad nikdy nezkontroloval.", "The office never checked a third of the payments.", False),
    ("Třetinu plateb úřad nikdy nezkontroloval.", "The office never checked a quarter of the payments.", True),
    ("Dvě třetiny voličů přišly k urnám.", "Two-thirds of voters turned out.", False),
    ("Dvě třetiny voličů přišly k urnám.", "A third of voters turned out.", True),
    ("Polovina domácností topí plynem.", "Half of households heat with gas.", False),
])
def test_czech_fractions(original, draft, fires):
    assert ("A003" in [r for r, _ in accuracy(draft, original)]) is fires


@pytest.mark.parametrize("original,draft,fires", [
    ("Procházka dostal tři roky a šest měsíců.", "Procházka received three and a half years.", False),
    ("Procházka dostal tři roky a šest měsíců.", "Procházka received three years and six months.", False),
    ("Procházka dostal tři roky a šest měsíců.", "Procházka received four and a half years.", True),
    ("Soud mu uložil 2 roky a 6 měsíců.", "The court gave him two and a half years.", False),
    ("Soud mu uložil dva roky.", "The court gave him two and a half years.", True),
])
def test_czech_terms_of_years_and_months(original, draft, fires):
    assert any(r == "A003" for r, _ in accuracy(draft, original)) == fires


@pytest.mark.parametrize("original,draft", [
    # a fraction in words of the original given as a percentage is translated, not an added figure
    ("Banky podle údajů ČNB poskytly v září hypotéky za 23,1 miliardy korun, zhruba o polovinu více než loni.",
     "Banks lent 23.1 billion crowns in mortgages in September, about 50% more than a year earlier, CNB data show."),
    ("Polovina bytů v centru je podle úřadu prázdná.", "According to the office, 50% of flats in the centre are empty."),
    ("Třetina nájemníků platí víc než 20 tisíc korun.", "About 33% of tenants pay more than 20,000 crowns."),
    ("Tři čtvrtiny hypoték mají fixaci na pět let.", "75% of mortgages have a five-year fixed rate."),
])
def test_a_czech_fraction_given_as_a_percentage_is_no_added_figure(original, draft):
    assert accuracy(draft, original) == []


def test_a_percentage_that_is_not_the_czech_fraction_is_still_flagged():
    found = accuracy("About 50% of tenants pay more than 20,000 crowns.",
                     "Třetina nájemníků platí víc než 20 tisíc korun.")
    assert found and all(r in ("A002", "A003") for r, _ in found)


@pytest.mark.parametrize("draft", [
    "A square metre in the capital cost an average of 142,300 koruna ($6,100), 6.4% more than a year earlier.",
    "A square metre in the capital cost an average of CZK 142,300 (€5,700), 6.4% more than a year earlier.",
])
def test_a_bracketed_conversion_of_crowns_is_no_added_figure(draft):
    original = "Metr čtvereční stál v metropoli v průměru 142 300 korun, o 6,4 procenta více než před rokem."
    assert accuracy(draft, original) == []


SUPPLY = "„Lidé se vracejí na trh. Nabídka ale nestačí,“ řekl hlavní ekonom asociace Tomáš Hrubeš."


@pytest.mark.parametrize("draft", [
    # "nestačí" (is not enough) is what English says as "falls short"
    '"People are coming back to the market. But supply is falling short," said chief economist Tomáš Hrubeš.',
    '"People are coming back to the market. But supply falls short of demand," said chief economist Tomáš Hrubeš.',
])
def test_nestaci_said_as_falls_short_is_no_dropped_negation(draft):
    assert accuracy(draft, SUPPLY) == []


def test_nestaci_said_as_sufficient_is_still_flagged():
    draft = '"People are coming back to the market. But the supply is sufficient," said chief economist Tomáš Hrubeš.'
    assert [r for r, _ in accuracy(draft, SUPPLY)] == ["A006"]


LAW = ("Ministr pro místní rozvoj Petr Kulhánek ve čtvrtek 17. října oznámil, že vláda připraví zákon o dostupném "
       "bydlení do konce června 2025.")


@pytest.mark.parametrize("draft,expected", [
    # a date the newsroom leaves out ("last Thursday") does not take the draft's other month, which is right
    ("Regional Development Minister Petr Kulhánek said last Thursday that the government would draft an "
     "affordable housing law by the end of June 2025.", []),
    ("Minister Petr Kulhánek said on Thursday, October 17, that the government would draft an affordable "
     "housing law by the end of June 2025.", []),
    # ...and a wrong month is still the mismatch, against the month it replaced
    ("Minister Petr Kulhánek said on Thursday, November 17, that the government would draft an affordable "
     "housing law by the end of June 2025.", [("A004", "November 17")]),
])
def test_a_dropped_date_does_not_take_another_month_of_the_sentence(draft, expected):
    assert [(r, e) for r, e in accuracy(draft, LAW) if r == "A004"] == expected


@pytest.mark.parametrize("original,draft,expected", [
    # Czech clock times: a dotted or colon time after v/ve, a bare hour before "hodin", a range "od 9 do 17 hodin"
    ("Jednání začne v úterý ve 14.30.", "The talks start at 2.30pm on Tuesday.", []),
    ("Jednání začne v úterý ve 14.30.", "Talks begin on Tuesday at 14:30.", []),
    ("Nehoda se stala ve 22.15 hod. u Berouna.", "The crash happened at 10.15pm near Beroun.", []),
    ("Jednání začne v úterý v 9 hodin.", "The talks start at 9am on Tuesday.", []),
    ("Obchody budou otevřené od 9 do 17 hodin.", "Shops will be open from 9am to 5pm.", []),
    ("Policie zasahovala po 3 hodinách jednání.", "Police intervened after three hours of talks.", []),
    # ...and a wrong time is a time mismatch
    ("Jednání začne v úterý ve 14.30.", "Talks begin on Tuesday at 4.30pm.", [("A004", "4.30pm.")]),
    ("Jednání začne v úterý v 9 hodin.", "Talks begin on Tuesday at 10am.", [("A004", "10am.")]),
    ("Obchody budou otevřené od 9 do 17 hodin.", "Shops will be open from 9am to 6pm.", [("A004", "6pm.")]),
])
def test_czech_clock_times(original, draft, expected):
    assert accuracy(draft, original) == expected
