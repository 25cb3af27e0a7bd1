"""Originals in Hungarian: figures (1 234,5, 3,2 milliárd forintot, 850 millió Ft, 15 százalékkal, 2,5%-kal,
3,2 milliárdos, két és fél millió, tizenöt), figures with a case ending glued on (2024-ben, 15-én), dates year
first (2024. március 15-én, 2024. 09. 17.) and months and weekdays in their cases (márciusban, kedden, szerdán,
péntekig), sentence-splitting abbreviations (pl., kb., ún., stb., Kft., Zrt.) and the ordinal dot of a year,
negation (nem, sem, nincs, senki, soha) with its exclusions (nemcsak ... hanem, nem kevesebb, mint), and
names with case endings (Orbánnak, Szegedről) and family name first (Orbán Viktor = Viktor Orbán); each on a
faithful translation that must raise nothing and on a broken one that must raise the right finding."""

import pytest

from checks.accuracy.clocktimeshungarian import hungarian_times
from checks.accuracy.dates import date_mentions
from checks.accuracy.hungarian import hungarian_stems
from checks.accuracy.numbers import quantities
from checks.accuracy.polarity import cues, negated, softened
from checks.accuracy.propernames import _inflected
from checks.accuracy.split import split_original
from accuracy_pairs import accuracy, whole_figure


@pytest.mark.parametrize("text,value,kind,unit", [
    ("3,2 milliárd forintot", 3.2e9, "money", "HUF"), ("1 234,5", 1234.5, "number", ""),
    ("850 millió Ft", 850e6, "money", "HUF"), ("3,2 mrd Ft", 3.2e9, "money", "HUF"), ("12 HUF", 12, "money", "HUF"),
    ("HUF 12", 12, "money", "HUF"), ("640 millió forinttal", 640e6, "money", "HUF"), ("5 ezer eurós", 5000, "money", "EUR"),
    ("2 milliárd euróval", 2e9, "money", "EUR"), ("300 dollárt", 300, "money", "USD"),
    ("15 százalék", 15, "percent", "%"), ("15 százalékkal", 15, "percent", "%"), ("4,75 százalékos", 4.75, "percent", "%"),
    ("0,5 százalékponttal", 0.5, "percent", "%"), ("15 százaléka", 15, "percent", "%"), ("2,5%", 2.5, "percent", "%"),
    ("3,2 milliárdos", 3.2e9, "number", ""), ("850 millióval", 850e6, "number", ""), ("15 ezer", 15000, "number", ""),
    ("1,2 billió forint", 1.2e12, "money", "HUF"), ("két és fél millió", 2.5e6, "number", ""),
    ("fél milliárd", 5e8, "number", ""), ("másfél millió", 1.5e6, "number", ""), ("tizenöt", 15, "number", ""),
    ("huszonkét", 22, "number", ""), ("háromszáz", 300, "number", ""), ("kétezer", 2000, "number", ""),
])
def test_hungarian_figures(text, value, kind, unit):
    assert whole_figure(text, "hu") == (value, kind, unit)


@pytest.mark.parametrize("text,figure,value", [
    ("A víz 8,45 méteren tetőzött.", "8,45 méteren", 8.45), ("kb. 60 centiméterrel", "60 centiméterrel", 60),
    ("2024-ben", "2024", 2024), ("március 15-én", "15", 15), ("2,5%-kal emelik", "2,5%", 2.5),
    ("a 2013-as rekord", "2013", 2013), ("a 2-es villamos", "2", 2),
])
def test_suffixes_glued_to_hungarian_figures(text, figure, value):
    (q,) = quantities(text, lang="hu")
    assert (text[q.start:q.end], q.value) == (figure, value)


def test_hungarian_words_that_are_no_figures():
    # hat is also "affects", hét also "week": két hét is two weeks, not 2 + 7
    assert [q.value for q in quantities("A döntés hat a költségvetésre, két hét múlva.", lang="hu")] == [2]


@pytest.mark.parametrize("text,value", [("3.2 billion forints", 3.2e9), ("HUF 850 million", 850e6), ("640 million HUF", 640e6)])
def test_english_forints(text, value):
    (q,) = quantities(text, lang="en")
    assert (q.value, q.kind, q.unit) == (value, "money", "HUF")


def test_feet_stay_feet_outside_hungarian():
    (q,) = quantities("a wall of 10 ft", lang="en")
    assert (q.kind, q.unit) == ("unit", "ft")


def test_hungarian_dates_year_first():
    t = "A kormány 2024. március 15-én döntött, a 2024. szeptember 17-i ülésen és 1956. október 23. óta."
    assert [(d.month, d.day, d.year) for d in date_mentions(t)] == [(3, 15, 2024), (9, 17, 2024), (10, 23, 1956)]
    t = "Ez 2024 márciusában történt; 2024. 09. 17. és 2023.12.01. között, legalább október 15-ig."
    assert [(d.month, d.day, d.year) for d in date_mentions(t)] == [(3, None, 2024), (9, 17, 2024), (12, 1, 2023),
                                                                   (10, 15, None)]


def test_hungarian_months_and_weekdays_in_their_cases():
    t = "Márciusban, szeptemberében, januártól, decemberig, márciusi, márc. és szept."
    assert [d.month for d in date_mentions(t)] == [3, 9, 1, 12, 3, 3, 9]
    w = "Kedden, szerdán, pénteken, vasárnap, hétfőtől csütörtökig, szombaton, keddi, szerdai, hétfőn."
    assert [d.weekday for d in date_mentions(w)] == [2, 3, 5, 7, 1, 4, 6, 2, 3, 1]
    assert date_mentions("A múlt héten a hét végén kedvező idő volt.") == []


@pytest.mark.parametrize("text,times", [
    ("14.30-kor", [(14, 30)]), ("9.00-tól 17.00-ig", [(9, 0), (17, 0)]), ("14 órakor", [(14, 0)]), ("8-kor", [(8, 0)]),
    ("8 órától 16 óráig", [(8, 0), (16, 0)]), ("8 óra 30 perckor", [(8, 30)]), ("fél 8-kor", [(8, 0), (7, 30)]),
    ("negyed 9-kor", [(9, 0), (8, 15)]), ("háromnegyed 9-kor", [(9, 0), (8, 45)]), ("48 óra alatt", []),
    ("2,5%-kal", []), ("a 2-es villamos", []),
])
def test_hungarian_clock_times(text, times):
    assert [(h, m) for _, _, h, m in hungarian_times(text, 0, len(text))] == times


@pytest.mark.parametrize("original,draft", [
    ("A közgyűlés kedden 14.30-kor kezdődik, a szavazás fél 6-kor lesz.",
     "The assembly starts at 2.30 pm on Tuesday, and the vote will be at 5.30 pm."),
    ("A közgyűlés kedden 14 órakor kezdődik a városházán.", "The assembly starts at 2 pm on Tuesday at the city hall."),
    ("A víz hat méterrel emelkedett két hét alatt.", "The water rose by six metres in two weeks."),
    ("A város 12 ezer lakosa nem kapott ivóvizet.", "12,000 residents of the city did not receive drinking water."),
    ("A beruházás 2,3 milliárd forintba kerül, ami 15%-kal több a tervezettnél.",
     "The investment costs 2.3 billion forints, 15% more than planned."),
    ("A lakosság 40 százaléka nem ért egyet a döntéssel.", "Forty percent of the population disagree with the decision."),
    ("A kormány tavaly 1,5 billió forintot költött egészségügyre.",
     "Last year the government spent 1.5 trillion forints on healthcare."),
    ("Tizenöt család maradt fedél nélkül.", "Fifteen families were left without a roof."),
    ("Az ülésen senki nem szavazott a javaslat ellen.", "Nobody voted against the proposal at the meeting."),
    ("Egyik polgármester sem kapott választ.", "Neither mayor received an answer."),
])
def test_faithful_hungarian_sentences(original, draft):
    assert accuracy(draft, original) == []


def test_a_wrong_hungarian_clock_time():
    o = "A közgyűlés kedden 14.30-kor kezdődik, a szavazás fél 6-kor lesz."
    assert accuracy("The assembly starts at 3.30 pm on Tuesday, and the vote will be at 5.30 pm.", o) == [
        ("A004", "3.30 pm")]


def test_hungarian_sentence_splitting():
    t = ("A víz kb. 60 centiméterrel marad el, pl. a rakparton. A kormány az ún. alapot emeli, ill. bővíti. "
         "A munkát a Duna Aszfalt Kft. A cég nyerte el. A Fővárosi Vízművek Zrt. szerint nincs baj. "
         "Ott volt dr. Fülöp Zsolt. A döntés 2024. március 15-én született. Az ülés 2024. március 15. "
         "Kedden folytatódik. A projekt 3,2 mrd. Ft-ba kerül. Homokzsákok, gátak stb. Kedden minden rendben volt.")
    assert [t[s.start:s.end] for s in split_original(t)] == [
        "A víz kb. 60 centiméterrel marad el, pl. a rakparton.", "A kormány az ún. alapot emeli, ill. bővíti.",
        "A munkát a Duna Aszfalt Kft.", "A cég nyerte el.", "A Fővárosi Vízművek Zrt. szerint nincs baj.",
        "Ott volt dr. Fülöp Zsolt.", "A döntés 2024. március 15-én született.", "Az ülés 2024. március 15.",
        "Kedden folytatódik.", "A projekt 3,2 mrd. Ft-ba kerül.", "Homokzsákok, gátak stb.", "Kedden minden rendben volt."]


@pytest.mark.parametrize("text,neg", [
    ("A lakókat nem kell kitelepíteni.", True), ("A belvárosban nincs közvetlen veszély.", True),
    ("Senki sem sérült meg.", True), ("Az ivóvíz minősége sem romlott.", True), ("Egyik javaslatot sem fogadták el.", True),
    ("Soha nem volt ilyen magas a víz.", True), ("Semmilyen döntés nem született.", True),
    ("A kórházakban nincsenek szabad ágyak.", True), ("Ne menjenek a rakpartra!", True),
    ("Nemcsak a rakpartokat, hanem a Margitszigetet is meg kell védenünk.", False),
    ("Nem csak a rakpartokat, hanem a szigetet is.", False),
    ("A rendőrség nem kevesebb, mint 2 300 rendőrt vezényelt.", False), ("Amíg a víz nem apad, a gátakat őrzik.", False),
    ("Nem utolsósorban a kormány is segít.", False), ("Nem kétséges, hogy a víz apad.", False),
    ("A nemzeti park és a nemzetközi szervezetek segítenek.", False), ("Nemrég a kormány döntött.", False),
    ("Nem lehet nem észrevenni a változást.", False),
])
def test_hungarian_negation(text, neg):
    assert negated(text, "hu") is neg


def test_soft_hungarian_cues():
    for t in ("A kormány elutasította a javaslatot.", "Az árak változatlanok maradtak.", "Pénz nélkül nincs gát.",
              "Az ok egyelőre ismeretlen."):
        assert softened(t)
    assert cues("A kormány kizárólag a gátakra költ.", "hu") == [] and not softened("A kormány kizárólag a gátakra költ.")


@pytest.mark.parametrize("original,draft", [
    ("Orbánt", "Orbán"), ("Orbánnak", "Orban"), ("Orbánnal", "Orbán"), ("Budapesten", "Budapest"),
    ("Szegedről", "Szeged"), ("Szentendréről", "Szentendre"), ("Tiszán", "Tisza"), ("Győrben", "Győr"),
    ("Pécsett", "Pécs"), ("Karácsonyt", "Karácsony"), ("Pintérrel", "Pintér"), ("Orbánék", "Orbán"),
])
def test_declined_hungarian_names(original, draft):
    assert _inflected(original, draft, "hu")


@pytest.mark.parametrize("original,stem", [
    ("Orbánnak", "Orbán"), ("Orbánnal", "Orbán"), ("Pintérrel", "Pintér"), ("Szegedről", "Szeged"),
    ("Szentendréről", "Szentendre"), ("Tiszán", "Tisza"), ("Szegedi", "Szeged"), ("Orbánéknak", "Orbán"),
])
def test_hungarian_name_stems(original, stem):
    assert stem in hungarian_stems(original)


NAMES = ("Orbán Viktor kedden levelet írt Karácsony Gergelynek a fővárosi költségvetésről. Szegedről és Debrecenből "
         "is érkeztek önkéntesek Budapestre. Rogán Antalt is meghívták az egyeztetésre, de Orbánnak más programja volt.")
NAMES_EN = ("On Tuesday, Viktor Orbán wrote a letter to Gergely Karácsony about the capital's budget. Volunteers also "
            "came to Budapest from Szeged and Debrecen. Antal Rogán was also invited to the talks, but Orbán had other "
            "commitments.")


def test_family_name_first_and_case_endings_raise_nothing():
    assert accuracy(NAMES_EN, NAMES) == []


@pytest.mark.parametrize("old,new", [("Szeged", "Szegel"), ("Debrecen", "Debrecin"), ("Orbán had", "Orbam had"),
                                     ("Rogán", "Rogám")])
def test_misspelt_declined_names(old, new):
    assert accuracy(NAMES_EN.replace(old, new), NAMES) == [("A005", new.split()[0])]


HU = ("Debrecen közgyűlése csütörtökön elfogadta a város 2025-ös költségvetését, amelynek főösszege 148,6 milliárd "
      "forint. A büdzsé 12 százalékkal nagyobb, mint tavaly.\n\n"
      "Papp László polgármester szerint a városnak nincs szüksége hitelre. A fejlesztésekre 23,4 milliárd forintot "
      "fordítanak, pl. a Nagyerdő felújítására 1,8 milliárdot.\n\n"
      "Az ellenzék bírálta Papp Lászlót, mert a tömegközlekedés támogatása csak 2,5%-kal nő. A beruházások "
      "március 1-jétől indulnak, az első szakasz 2025. június 30-ig készül el.")
HU_EN = ("On Thursday, the Debrecen assembly adopted the city's budget for 2025, with a total of 148.6 billion forints. "
         "The budget is 12 percent larger than last year.\n\n"
         "According to Mayor László Papp, the city does not need a loan. 23.4 billion forints will be spent on "
         "development, for example 1.8 billion on the renovation of the Nagyerdő.\n\n"
         "The opposition criticised László Papp because support for public transport will grow by only 2.5%. "
         "The investments start on March 1, and the first phase will be completed by June 30, 2025.")


def test_a_hungarian_article():
    assert accuracy(HU_EN, HU) == []


@pytest.mark.parametrize("old,new,rule,excerpt", [
    ("148.6 billion forints", "148.6 million forints", "A003", "148.6 million forints"),
    ("12 percent", "21 percent", "A003", "21 percent"),
    ("2.5%", "25%", "A003", "25%"),
    ("On Thursday", "On Tuesday", "A004", "Tuesday"),
    ("March 1", "May 1", "A004", "May 1"),
    ("June 30, 2025", "June 3, 2025", "A004", "June 3"),
    ("the city does not need a loan", "the city needs a loan", "A006", None),
    ("the Debrecen assembly", "the Debrecin assembly", "A005", "Debrecin"),
])
def test_a_broken_hungarian_article(old, new, rule, excerpt):
    found = accuracy(HU_EN.replace(old, new), HU)
    assert [r for r, _ in found] == [rule]
    if excerpt:
        assert found[0][1] == excerpt


@pytest.mark.parametrize("original,draft,fires", [
    ("A kifizetések harmadát nem ellenőrizték.", "A third of the payments were not checked.", False),
    ("A kifizetések harmadát nem ellenőrizték.", "A quarter of the payments were not checked.", True),
    ("A képviselők kétharmada megszavazta a törvényt.", "Two-thirds of MPs voted for the law.", False),
    ("A lakosság fele gázzal fűt.", "A third of the population heats with gas.", True),
    ("A bank a harmadik negyedévben 9 százalékkal növelte a hitelezést.",
     "The bank increased lending by 9 percent in the third quarter.", False),
])
def test_hungarian_fractions(original, draft, fires):
    """``harmada`` / ``negyede`` are fractions; ``harmadik`` and ``negyedév`` (a quarter of a year) are not."""
    assert ("A003" in [r for r, _ in accuracy(draft, original)]) is fires


@pytest.mark.parametrize("text,value", [
    ("45 ezren", 45000), ("80 ezren", 80000), ("kétórás", 2), ("háromnapos", 3), ("ötéves", 5), ("tízperces", 10),
])
def test_counts_of_people_and_compound_durations(text, value):
    """45 ezren vonultak: "45,000 people marched"; kétórás sztrájk: "a two-hour strike"."""
    assert whole_figure(text, "hu")[0] == value


@pytest.mark.parametrize("original,draft,fires", [
    ("A szervezők szerint mintegy 45 ezren vettek részt.", "Organisers put the turnout at around 45,000.", False),
    ("A szervezők szerint mintegy 45 ezren vettek részt.", "Organisers put the turnout at around 54,000.", True),
    ("Kétórás sztrájkot hirdettek, amelyhez 700 iskola csatlakozott.",
     "They called a two-hour strike, which 700 schools have joined.", False),
    ("Kétórás sztrájkot hirdettek, amelyhez 700 iskola csatlakozott.",
     "They called a two-hour strike, which 70 schools have joined.", True),
    ("A bíróság két év és hat hónap börtönt szabott ki.", "The court imposed two and a half years in prison.", False),
    ("A bíróság két év és hat hónap börtönt szabott ki.", "The court imposed three and a half years in prison.", True),
])
def test_hungarian_people_counts_and_terms(original, draft, fires):
    assert any(r == "A003" for r, _ in accuracy(draft, original)) == fires


@pytest.mark.parametrize("original,draft,flagged", [
    ("Életének 87. évében, hétfőn elhunyt Halmos Béla karmester.", "Conductor Béla Halmos died on Monday at 86.", False),
    ("Életének 87. évében, hétfőn elhunyt Halmos Béla karmester.", "Conductor Béla Halmos died on Monday at 78.", True),
    ("Halmos Béla 87. életévében hunyt el.", "Béla Halmos died at the age of 86.", False),
    ("Halmos Béla élete 87. évében hunyt el.", "Béla Halmos died at the age of 86.", False),
    ("A cég működésének 87. évében új gyárat nyitott.", "In the 86th year of its operation the company opened a plant.",
     True),  # only a life's year is one less
])
def test_an_age_counted_as_the_year_of_life(original, draft, flagged):
    """"életének 87. évében" ("in the 87th year of his life") is "at 86" in English."""
    assert ("A003" in [r for r, _ in accuracy(draft, original)]) is flagged


@pytest.mark.parametrize("draft,flagged", [
    ("From 1978 to 1991 he was principal conductor of the Szeged Symphony Orchestra.", False),
    ("From 1978 to 1991 he was principal conductor of the Szeged Simfonikus Orchestra.", True),
])
def test_an_ensembles_name_translated(draft, flagged):
    """Szegedi Szimfonikus Zenekar is the Szeged Symphony Orchestra: a body's name, not a surname translated."""
    found = accuracy(draft, "1978 és 1991 között a Szegedi Szimfonikus Zenekar vezető karmestere volt.")
    assert ("A005" in [r for r, _ in found]) is flagged
