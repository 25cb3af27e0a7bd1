"""A005 and A006 on human post-edits of MLQE-PE dev and train (Russian, Estonian, Nepali sources): the readings
that made them fire on faithful translations, each beside a broken translation that must still fire.

- Russian: нету and некому are negations, не glued to a verb (недавали) too; нельзя ли asks, не иначе is "no
  doubt", concessive ни after каков / чей ("whatever") and сколько ... не прыгать negate nothing; a не between a
  question word and ни does. An original question put as a statement ("на что жаловаться?", "nothing to
  complain about") turns polarity as a rule.
- English: "not merely", "no less so than", "and no more", "doesn't matter", "not give a damn" are no added
  negation; "reluctant", "irrespective of" say no.
- Estonian: ega is a negation, and ei ... ega / ei ... kunagi one negation (negative concord); "ei ... pelgalt
  ..., vaid" is "not merely ... but"; "ka ei oleks" after a question word is "whatever"; mitte- glued to a word
  says no. Names: Kadriorg / Kadrioru, Kaljurand / Kaljuranna; Anatoolia, Illüüria, Okeaanias as English writes
  them; Moldovan for Moldovas, Napoleonic for Napoleoni.
- Nepali: a half nasal before its consonant is often unwritten (हिमाञ्चल Himachal); the adjective's ई
  (पञ्चायती, Panchayat); negative verb endings (सकेन "could not") say no.
"""

import pytest

from checks.accuracy.polarity import negated
from checks.accuracy.propernames import compare_names


def names(original, draft, lang):
    found = compare_names(original, [(0, len(original))], draft, [(0, len(draft))], lang, ())
    return [draft[m.start : m.end] for m in found]


def a006(draft, original):
    from accuracy_pairs import accuracy

    return [r for r, _ in accuracy(draft, original) if r == "A006"]


@pytest.mark.parametrize("text,lang,expected", [
    ("У церкви томоса, то есть лицензии, по факту нету.", "ru", True),
    ("Бить-бранить есть кому, кормить некому.", "ru", True),
    ("Донецкие гнобили луганских и недавали им разговаривать.", "ru", True),
    ("Неделя прошла неплохо.", "ru", False),  # неделя, неплохо are words of their own
    ("Жид крещёный — недруг примирённый, да волк кормлённый.", "ru", False),  # недруг "foe": no verb
    ("Илларионов выясняет, нельзя ли и нам сделать так же.", "ru", False),
    ("К прямой линии готовится, не иначе, небольшие штрихи к стабильности.", "ru", False),
    ("Каков ни будь урод, а хлеб несёт в рот.", "ru", False),
    ("Чье бы поле ни было, да телята наши.", "ru", False),
    ("Сколько кобылке не прыгать, а быть в хомуте.", "ru", False),
    ("Она может заимствовать у других, и чего не может принять ни при каких обстоятельствах.", "ru", True),
    ("Selter muutus passiivseks ega pidanud ühendust teiste diplomaatidega.", "et", True),
    ("Jacksonil polnud tollal plaadilepingut ei Sony ega ühegi teise firmaga.", "et", True),
    ("Sokrates ei olnud kunagi üksi.", "et", True),
    ("Tallinn oli kunagi väike linn.", "et", False),  # kunagi "once"
    ("Lõplikku ei piirata pelgalt väljastpoolt, vaid teda ületab tema enese loomus.", "et", False),
    ("Millise päritoluga need eripärad ka ei oleks, tingimine saab neid rõhutada.", "et", False),
    ("It is traditional entertainment and no less so than other religions, and no more.", "en", False),
    ("Your height, physique, age - doesn't matter.", "en", False),
    ("They will listen to the brutes and not give a damn about the victims.", "en", False),
    ("There is no more bread in the shop.", "en", True),
])
def test_negation_readings_of_post_edits(text, lang, expected):
    assert negated(text, lang) == expected


@pytest.mark.parametrize("original,draft", [
    ("Но, казалось бы, на что жаловаться?", "But, it seems, there is nothing to complain about."),
    ("Кто много знает, тот мало верит, и не иначе.", "Those who know much believe little, no doubt."),
    ("Samas muutus Selter üpris passiivseks ega pidanud ühendust teistega.",
     "At the same time, Selter became rather passive and did not keep in touch with the others."),
    ("Johannes Paulus II taunis otsuseid mittetunnustava vennaskonna tegevust.",
     "John Paul II condemned the brotherhood, which did not recognize the decisions."),
    ("Kuna Mahler oli juut, ei tahetud talle seda kohta anda.", "As Mahler was Jewish, they were reluctant to give him this position."),
    ("तर, बीचैमा उनी बिरामी परेर यो महत्वपूर्ण परियोजना पूरा हुन सकेन ।",
     "However, he fell ill in the meanwhile, and this important project could not be completed."),
])
def test_faithful_post_edits_raise_no_a006(original, draft):
    assert a006(draft, original) == []


@pytest.mark.parametrize("original,draft", [
    ("Почему правительство не утвердило бюджет?", "Why did the government approve the budget?"),
    ("Selter muutus passiivseks ega pidanud ühendust teistega.", "Selter became passive and kept in touch with the others."),
    ("Jacksonil polnud tollal plaadilepingut ei Sony ega ühegi teise firmaga.",
     "Jackson had a record contract at that time with Sony or any other company."),
    ("Tundub, et Sokrates ei olnud kunagi üksi.", "It seems that Socrates was always alone."),
])
def test_a_dropped_negation_still_fires(original, draft):
    assert a006(draft, original) == ["A006"]


@pytest.mark.parametrize("original,draft,lang", [
    ("Tallinnas Kadrioru lossis anti üle auhinnad.", "The awards were presented in Kadriorg Castle in Tallinn.", "et"),
    ("Eestis Tallinnas Kadriorus avati maja.", "A house was opened in Kadriorg, Tallinn.", "et"),
    ("Ta kohtus välisministri Marina Kaljurannaga.", "He met Foreign Minister Marina Kaljurand.", "et"),
    ("Anatoolia tagasivallutamine on nähtav.", "The reconquest of Anatolia is visible.", "et"),
    ("Illüüria kaotamise järel kasvas osakaal.", "After the abolition of Illyria the share grew.", "et"),
    ("Lateraani kokkulepetega paranesid suhted.", "The Lateran agreements improved relations.", "et"),
    ("Nauru on riik Okeaanias.", "Nauru is a country in Oceania.", "et"),
    ("Moldovas Korzhevo külas toimusid kokkupõrked.", "In Korzhevo, Moldova, the Moldovan police clashed with militia.", "et"),
    ("Napoleoni sõdadega algas allakäik.", "The Napoleonic Wars marked the beginning of the decline.", "et"),
    ("ती क्षेत्रहरू हालको हिमाञ्चल प्रदेशमा पर्दछन।", "These areas are in the present Himachal Pradesh.", "ne"),
    ("पञ्चायती व्यवस्थालाई उनले मानेनन्।", "He did not accept the Panchayat system.", "ne"),
    ("राजाले देउवा सरकार बर्खास्त गरे।", "The king dismissed the Deuba government.", "ne"),
])
def test_names_of_post_edits_are_the_same_name(original, draft, lang):
    assert names(original, draft, lang) == []


@pytest.mark.parametrize("original,draft,lang,wrong", [
    ("Anatoolia tagasivallutamine on nähtav.", "The reconquest of Anatalia is visible.", "et", "Anatalia"),
    ("Moldovas külas toimusid kokkupõrked.", "The Moldavan village saw clashes.", "et", "Moldavan"),
    ("Tallinnas Kadrioru lossis anti üle auhinnad.", "The awards were presented in Kadrioeg Castle.", "et", "Kadrioeg"),
    ("ती क्षेत्रहरू हालको हिमाञ्चल प्रदेशमा पर्दछन।", "These areas are in the present Himachan Pradesh.", "ne", "Himachan"),
])
def test_names_with_a_slip_still_fire(original, draft, lang, wrong):
    assert names(original, draft, lang) == [wrong]
