"""Originals in Turkish: negation read from değil and yok with their endings (değildir, yoktur) and from the
verb's suffix, but not from a stem in -m glued to etmek (hükmedildi "it was ruled"), each on a faithful
translation that must raise nothing and on a broken one that must raise A006; clock times after saat (saat
02.40, saat 14.30) read as times, a leading zero as the 24-hour clock."""

import pytest

from checks.accuracy.polarity import cues
from accuracy_pairs import accuracy


@pytest.mark.parametrize("text,found", [
    ("Bu ceza yeterli değildir.", ["değildir"]), ("Bu doğru değil.", ["değil"]),
    ("Biz hazır değiliz.", ["değiliz"]), ("Sorun yoktur.", ["yoktur"]), ("Onlar gelmediler.", ["gelmediler"]),
    ("Çözülmediğini söyledi.", ["Çözülmediğini"]),
    ("Ehliyetine el konulmasına hükmedildi.", []), ("Mahkeme tazminata hükmediyor.", []),
    ("Yoksul aileler yardım aldı.", []), ("Komedi filmi vizyona girdi.", []),
])
def test_turkish_negation_cues(text, found):
    assert [text[a:b] for a, b in cues(text, "tr")] == found


@pytest.mark.parametrize("original,draft", [
    ('Avukat, "Bu ceza, iki canın kaybı karşısında yeterli değildir" dedi.',
     '"This sentence is not enough for the loss of two lives," the lawyer said.'),
    ("Sanığın ehliyetine 5 yıl süreyle el konulmasına da hükmedildi.",
     "The court also ordered that his driving licence be suspended for five years."),
])
def test_faithful_turkish_sentences_raise_nothing(original, draft):
    assert accuracy(draft, original) == []


@pytest.mark.parametrize("original,draft,expected", [
    ('Avukat, "Bu ceza, iki canın kaybı karşısında yeterli değildir" dedi.',
     '"This sentence is enough for the loss of two lives," the lawyer said.',
     [("A006", '"This sentence is enough for the loss of two lives," the lawyer said.')]),
    ("Mahkeme, sanığın alkollü olmadığını belirtti.", "The court stated that the defendant was drunk.",
     [("A006", "The court stated that the defendant was drunk.")]),
])
def test_planted_turkish_mismatches_are_flagged(original, draft, expected):
    assert accuracy(draft, original) == expected


CRASH = "Kaza, 17 Eylül 2023'te gece saat 02.40 sıralarında Bağdat Caddesi'nde meydana gelmişti."
HEARING = "Duruşma saat 14.30'da başladı ve 3 saat sürdü."


@pytest.mark.parametrize("original,draft", [
    (CRASH, "The crash happened at about 2.40 a.m. on September 17, 2023, on Bağdat Avenue."),
    (CRASH, "The crash happened at about 02:40 on September 17, 2023, on Bağdat Avenue."),
    (HEARING, "The hearing began at 2.30 p.m. and lasted three hours."),
    (HEARING, "The hearing began at 14:30 and lasted three hours."),
])
def test_turkish_clock_times_after_saat_are_times(original, draft):
    assert accuracy(draft, original) == []


@pytest.mark.parametrize("original,draft,expected", [
    # 02.40 with its leading zero is of the 24-hour clock: 2.40 p.m. is another time, not the figure 2023
    (CRASH, "The crash happened at about 2.40 p.m. on September 17, 2023, on Bağdat Avenue.", [("A004", "2.40 p.m.")]),
    (HEARING, "The hearing began at 4.30 p.m. and lasted three hours.", [("A004", "4.30 p.m.")]),
])
def test_a_turkish_clock_time_given_wrong_is_a_time_mismatch(original, draft, expected):
    assert accuracy(draft, original) == expected


def test_yuzde_puan_is_percentage_points_and_given_as_percent_is_flagged():
    original = "İşsizlik oranı yüzde 3,2 puan arttı."
    assert [r for r, _ in accuracy("The unemployment rate rose by 3.2 percent.", original)] == ["A003"]
    assert accuracy("The unemployment rate rose by 3.2 percentage points.", original) == []


POLLS = "Sandıklar saat 08.00'de açıldı ve 17.00'de kapandı."


@pytest.mark.parametrize("text,times", [
    (POLLS, ["08.00", "17.00"]), ("Toplantı 09.30'dan 12.15'e kadar sürdü.", ["09.30", "12.15"]),
    ("Başvurular 23.59'a kadar alınacak.", ["23.59"]), ("Mesai 18.00'den sonra bitti.", ["18.00"]),
    # a decimal has a comma, a thousand three digits, a date two dots: no time
    ("Endeks 17,50'ye yükseldi.", []), ("12.500'den fazla kişi katıldı.", []), ("Karar 17.05.2024'te çıktı.", []),
])
def test_a_turkish_dotted_time_with_a_case_ending_is_a_time_without_saat(text, times):
    from checks.accuracy.clocktimes import clock_times
    assert [text[c.start:c.end] for c in clock_times(text, lang="tr")] == times


def test_a_turkish_time_without_saat_given_in_12_hour_clock_agrees_and_a_wrong_one_is_flagged():
    assert accuracy("Polling stations opened at 8 a.m. and closed at 5 p.m.", POLLS) == []
    assert accuracy("Polling stations opened at 8 a.m. and closed at 7 p.m.", POLLS) == [("A004", "7 p.m.")]


ELECTION = "2 Haziran'da yenilenen Kırşehir Belediye Başkanlığı seçimini Selin Akdoğan kazandı."


@pytest.mark.parametrize("draft,expected", [
    # a body's name rendered by its adjective is no translated surname
    ("Selin Akdoğan won the Kırşehir Mayoral election renewed on June 2.", []),
    ("Selin Akdoğan won the Kırşehir Municipal election renewed on June 2.", []),
    ("Selin Akdoğan won the Kırşehir mayoral election renewed on June 2.", []),
])
def test_belediye_rendered_as_mayoral_is_not_a_name(draft, expected):
    assert accuracy(draft, ELECTION) == expected


def test_a_surname_rendered_as_an_english_word_is_still_flagged():
    assert accuracy("The court sentenced Serkan Star to two years.",
                    "Mahkeme Serkan Yıldız'a iki yıl hapis cezası verdi.") == [("A005", "Star")]


GARDEN = '"Gece yarısı büyük bir gürültü duyduk, dışarı çıktığımızda bahçe yoktu" diye konuştu.'


@pytest.mark.parametrize("original,draft", [
    # "yoktu" (was not there) / "kalmadı" (none left) is what English calls "gone", "wiped out", "nothing left"
    (GARDEN, 'He said: "We heard a huge roar around midnight, and when we went outside, the garden was gone."'),
    (GARDEN, 'He said: "We heard a loud noise at midnight; when we went out, the garden had disappeared."'),
    (GARDEN, 'He said: "We heard a loud noise at midnight, and when we went out, the garden was not there."'),
    ("Üreticiler, tarlalarda hiçbir şey kalmadı dedi.", "Growers said the fields had been wiped out."),
])
def test_yok_said_as_gone_is_no_dropped_negation(original, draft):
    assert accuracy(draft, original) == []


def test_yok_said_as_present_is_still_a_dropped_negation():
    draft = 'He said: "We heard a loud noise at midnight, and when we went out, the garden was still there."'
    assert [r for r, _ in accuracy(draft, GARDEN)] == ["A006"]


POWER = "Bölgede 43 köy yolu hâlâ ulaşıma kapalı, 12 bin abone ise elektriksiz."


@pytest.mark.parametrize("original,draft", [
    # the privative -sız/-siz/-suz/-süz says no inside the word; English says it with "no", "without", "not"
    (POWER, "Forty-three village roads are still cut off and some 12,000 homes have no electricity."),
    (POWER, "Forty-three village roads are still closed, and 12,000 customers are not connected to the grid."),
    ("Kentte işsizlik yüzde 12'ye yükseldi.", "The share of people with no job in the city rose to 12%."),
    ("Evsizler için 40 çadır kuruldu.", "Forty tents were set up for people with no home."),
])
def test_a_turkish_privative_said_with_an_english_no_is_no_added_negation(original, draft):
    assert accuracy(draft, original) == []


@pytest.mark.parametrize("original,draft", [
    # no privative in the original ("Fransız" is "French"): the draft's "no" is still an added negation
    ("Fransız ekip 12 bin aboneye elektrik verdi.", "The French team gave no electricity to 12,000 customers."),
    ("Bölgede 12 bin abone elektrik aldı.", "In the region, 12,000 customers got no electricity."),
])
def test_an_added_no_without_a_turkish_privative_is_still_flagged(original, draft):
    assert [r for r, _ in accuracy(draft, original)] == ["A006"]


def test_english_words_ending_in_size_are_no_turkish_privative():
    from checks.accuracy.polarityturkish import turkish_soft

    assert not turkish_soft("They emphasized the oversized trucks and downsizing plans.")
    assert turkish_soft("İşsizlik arttı.") and turkish_soft("Sonuçsuz kaldı.") and turkish_soft("susuzdu")


AID = "Hükümet, afetten etkilenen aileler için ilk etapta 250 milyon lira acil yardım ödeneği ayırdı."


@pytest.mark.parametrize("draft,expected", [
    # a newsroom's conversion in brackets after the sum is a gloss, not an added figure
    ("The government has earmarked an initial 250 million liras ($7.3 million) in emergency aid for families.", []),
    ("The government has set aside an initial 250 million lira (about $7.3 million) in emergency aid for families.",
     []),
    # ...but a sum outside brackets, or one the original does not hold, is still added
    ("The government has set aside 250 million lira in emergency aid and $7.3 million in loans for families.",
     [("A002", "$7.3 million")]),
])
def test_a_bracketed_conversion_after_a_sum_is_no_added_figure(draft, expected):
    assert accuracy(draft, AID) == expected


HOUSE = "Çamlıhemşin ilçesinde evi yıkılan 68 yaşındaki Hasan Kuloğlu, \"Gece yarısı gürültü duyduk\" diye konuştu."


@pytest.mark.parametrize("draft,expected", [
    # the English press writes Turkish names without their letters: ı as i, ş as s, ğ as g
    ('"We heard a roar at midnight," said Hasan Kuloglu, 68, whose home in Camlihemsin district was destroyed.', []),
    ('"We heard a roar at midnight," said Hasan Kuloğlu, 68, whose home in Çamlıhemşin district was destroyed.', []),
    # ...but a letter changed is still a slip
    ('"We heard a roar at midnight," said Hasan Kuloglu, 68, whose home in Camlihensin district was destroyed.',
     [("A005", "Camlihensin")]),
])
def test_turkish_names_in_ascii_are_the_same_names(draft, expected):
    assert accuracy(draft, HOUSE) == expected


SEARCH = 'Yerlikaya, "Kayıp vatandaşlarımızı bulana kadar çalışmalarımıza ara vermeyeceğiz" dedi.'


@pytest.mark.parametrize("original,draft", [
    # "will not take a break / did not give up" is what English says as "keep going", "continue"
    (SEARCH, '"We will keep working until we find our missing citizens," Yerlikaya said.'),
    (SEARCH, '"We will continue our work until we find our missing citizens," Yerlikaya said.'),
    ("Ekip, zorlu koşullara rağmen aramalardan vazgeçmedi.", "Despite the harsh conditions, the team kept searching."),
])
def test_a_turkish_not_stopping_said_as_keep_going_is_no_dropped_negation(original, draft):
    assert accuracy(draft, original) == []


def test_a_turkish_not_stopping_said_as_stopping_is_still_flagged():
    draft = '"We will take a break from our work until we find our missing citizens," Yerlikaya said.'
    assert [r for r, _ in accuracy(draft, SEARCH)] == ["A006"]


@pytest.mark.parametrize("text,value", [
    # a share of a whole takes the possessive before the case ending: 312 bini, 312 bininin, 1,2 milyonunu
    ("312 bininin", 312_000), ("45 bini", 45_000), ("1,2 milyonunu", 1_200_000), ("3 milyarından", 3e9),
    ("5 milyon lirası", 5e6),
])
def test_a_turkish_scale_word_with_the_possessive_keeps_its_scale(text, value):
    from accuracy_pairs import whole_figure
    assert whole_figure(text, "tr")[0] == value


SEATS = "Bakanlık, 18 bin yeni konutun 6 bininin depremzedelere verileceğini açıkladı."


@pytest.mark.parametrize("draft,expected", [
    ("The ministry said 6,000 of the 18,000 new homes would go to earthquake survivors.", []),
    ("The ministry said 600 of the 18,000 new homes would go to earthquake survivors.", [("A003", "600")]),
])
def test_a_share_given_with_the_possessive_is_read_in_thousands(draft, expected):
    assert accuracy(draft, SEATS) == expected


FESTIVAL = "Festival 12 ve 13 Temmuz tarihlerinde, konserler ise 18 ile 20 Ağustos arasında yapılacak."


@pytest.mark.parametrize("draft,expected", [
    # two days of one month joined by ve / ile are two dates of that month, not one day and a stray figure
    ("The festival will be held on July 12 and 13, and the concerts between August 18 and 20.", []),
    ("The festival will be held on 12 and 13 July, and the concerts between 18 and 20 August.", []),
    ("The festival will be held on July 11 and 13, and the concerts between August 18 and 20.",
     [("A004", "July 11")]),
    ("The festival will be held on July 12 and 13, and the concerts between August 18 and 21.", [("A004", "21")]),
])
def test_two_days_of_one_turkish_month_joined_by_ve_or_ile(draft, expected):
    assert accuracy(draft, FESTIVAL) == expected


@pytest.mark.parametrize("surname,slip", [("Kaya", "Kara"), ("Demir", "Denim"), ("Güneş", "Genes")])
def test_a_surname_slip_onto_an_english_word_after_the_same_forename(surname, slip):
    """Turkish surnames are everyday words (Kaya "rock", Demir "iron"): after a forename both texts share, a draft
    word one letter off is a misspelt surname (A005), even when English has the word; the right spelling is silent."""
    original = f"Emekli öğretmen Ayşe {surname}, yeni otobüs hattından memnun olduğunu söyledi."
    assert accuracy(f"Retired teacher Ayşe {surname} said she was pleased with the new bus line.", original) == []
    assert accuracy(f"Retired teacher Ayşe {slip} said she was pleased with the new bus line.", original) == [
        ("A005", slip)]


def test_a_word_after_a_place_name_is_no_surname():
    """Only a word right after a shared forename is read as a surname: the Ankara Metropolitan Municipality, a
    translated title after a place name, raises nothing."""
    original = "Ankara Büyükşehir Belediyesi, Kızılay Meydanı'nda yeni bir park açtı."
    assert accuracy("The Ankara Metropolitan Municipality opened a new park in Kızılay Square.", original) == []
