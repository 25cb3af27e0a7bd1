"""Originals in a language langdetect does not know (Galician, Basque, Icelandic, Uzbek, Hausa): its split vote names
the language unknown (Mongolian by its ө and ү), and the original is read with every language's figures and no negation, so a faithful
translation raises nothing (it raised A006 when Galician was read as Spanish and Basque as Indonesian) while a
wrong figure still fires. Malay, which langdetect takes for Indonesian, keeps its bilion."""

import pytest

from checks.accuracy.pairing import UNKNOWN, language_of
from accuracy_pairs import accuracy

PAIRS = {
    "gl": ("O presidente da Xunta, Alfonso Rueda, anunciou o martes un investimento de 45 millóns de euros. As obras "
           "comezarán o 15 de abril. Uns 1.200 traballadores terán emprego. A oposición non apoiou o plan.",
           "The president of the Xunta, Alfonso Rueda, announced an investment of 45 million euros on Tuesday. Work "
           "will start on April 15. Some 1,200 workers will have jobs. The opposition did not support the plan."),
    "eu": ("Imanol Pradales lehendakariak asteartean iragarri zuen Gobernuak 45 milioi euro bideratuko dituela "
           "ospitale berrirako. Lanak apirilaren 15ean hasiko dira. 1.200 langilek inguru izango dute lana. "
           "Oposizioak ez zuen plana babestu.",
           "Lehendakari Imanol Pradales announced on Tuesday that the government would allocate 45 million euros to "
           "a new hospital. Work will begin on April 15. Around 1,200 workers will have jobs. The opposition did not "
           "back the plan."),
    "is": ("Forsætisráðherra Bjarni Benediktsson sagði á þriðjudag að ríkið myndi verja 12 milljörðum króna í nýjan "
           "spítala. Framkvæmdir hefjast 15. apríl. Um 800 manns munu fá vinnu. Stjórnarandstaðan studdi ekki "
           "áætlunina.",
           "Prime Minister Bjarni Benediktsson said on Tuesday that the state would spend 12 billion kronur on a new "
           "hospital. Construction will begin on April 15. About 800 people will get jobs. The opposition did not "
           "support the plan."),
    "uz": ("Prezident Shavkat Mirziyoyev seshanba kuni Toshkentda yangi kasalxonani ochdi. Qurilishga 450 milliard "
           "soʻm sarflandi. Har kuni 2 mingga yaqin bemor qabul qilinadi. Vazir bu haqda hech qanday izoh bermadi.",
           "President Shavkat Mirziyoyev opened a new hospital in Tashkent on Tuesday. Some 450 billion soums were "
           "spent on its construction. Nearly 2,000 patients will be received every day. The minister gave no "
           "comment on this."),
    "ha": ("Shugaban kasa Bola Tinubu ya sanar a ranar Talata cewa gwamnati za ta kashe naira biliyan 45 a kan "
           "sababbin makarantu. Aikin zai fara ne a ranar 15 ga Afrilu. Kimanin malamai 1,200 ne za su samu aiki.",
           "President Bola Tinubu announced on Tuesday that the government would spend 45 billion naira on new "
           "schools. The work will begin on April 15. About 1,200 teachers will get jobs."),
    "mn": ("Ерөнхийлөгч Ухнаагийн Хүрэлсүх мягмар гарагт Улаанбаатарт шинэ эмнэлэг нээлээ. Барилгад 120 тэрбум "
           "төгрөг зарцуулсан. Өдөр бүр 1,500 орчим өвчтөн үйлчлүүлнэ.",
           "President Ukhnaagiin Khurelsukh opened a new hospital in Ulaanbaatar on Tuesday. Some 120 billion tugriks "
           "were spent on the building. About 1,500 patients will be served every day."),
}


@pytest.mark.parametrize("lang", sorted(PAIRS))
def test_a_language_nobody_reads_is_named_unknown(lang):
    assert language_of(PAIRS[lang][0]) == UNKNOWN


@pytest.mark.parametrize("lang", sorted(PAIRS))
def test_a_faithful_translation_raises_nothing(lang):
    original, draft = PAIRS[lang]
    assert accuracy(draft, original) == []


@pytest.mark.parametrize("lang,right,wrong", [
    ("gl", "45 million euros", "54 million euros"), ("eu", "45 million euros", "4.5 million euros"),
    ("is", "12 billion kronur", "12 million kronur"), ("uz", "Nearly 2,000", "Nearly 20,000"),
    ("mn", "120 billion", "120 million"), ("ha", "45 billion naira", "45 million naira"),
])
def test_a_wrong_figure_still_fires(lang, right, wrong):
    original, draft = PAIRS[lang]
    assert [r for r, _ in accuracy(draft.replace(right, wrong), original)] == ["A003"]


def test_a_known_language_in_a_short_sentence_stays_known():
    assert language_of("Le gouvernement a annoncé mardi un plan de 3,2 milliards d'euros.") == "fr"


def test_a_name_declined_in_an_unknown_language_is_no_misspelling():
    original, draft = PAIRS["mn"]  # Улаанбаатарт: in Ulaanbaatar
    assert accuracy(draft, original) == []
    assert [r for r, _ in accuracy(draft.replace("Ulaanbaatar", "Ulanbator"), original)] in ([], ["A005"])


def test_malay_figures_read_as_indonesian():
    original = ("Perdana Menteri Anwar Ibrahim berkata pada hari Selasa kerajaan akan memperuntukkan RM1.2 bilion "
                "untuk sekolah baharu.")
    draft = "Prime Minister Anwar Ibrahim said on Tuesday the government would allocate RM1.2 billion for new schools."
    assert accuracy(draft, original) == []
    assert accuracy(draft.replace("RM1.2 billion", "RM12 billion"), original) == [("A003", "RM12 billion")]
