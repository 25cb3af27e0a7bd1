"""The aligner: monotonic 1-1, 2-1, 1-2, 1-0 and 0-1 steps on a small article, and the dates reader."""

from checks.accuracy import align_document
from checks.accuracy.dates import date_mentions
from checks.document import Document

ORIGINAL = (
    "Le président a reçu le chancelier à l'Élysée mardi. Les deux dirigeants ont parlé de l'Ukraine. "
    "Ils ont aussi évoqué le budget européen, qui atteindra 1 200 milliards d'euros. "
    "Le chancelier repartira mercredi pour Berlin. Une conférence de presse est prévue à 18 heures.\n\n"
    "Les syndicats ont appelé à la grève jeudi. Les transports seront perturbés dans toute la région."
)
DRAFT = (
    "The president received the chancellor at the Elysée on Tuesday. The two leaders discussed Ukraine. "
    "They also talked about the European budget. It will reach 1,200 billion euros. "
    "The chancellor will leave for Berlin on Wednesday.\n\n"
    "The unions called a strike on Thursday, and transport will be disrupted throughout the region. "
    "The weather is expected to be fine."
)


def test_alignment_steps():
    al = align_document(Document(DRAFT), ORIGINAL)
    kinds = [b.kind for b in al.beads]
    assert kinds == ["1-1", "1-1", "1-2", "1-1", "1-0", "2-1", "0-1"], kinds
    # monotonic and complete on both sides
    assert [i for b in al.beads for i in b.original] == list(range(len(al.original_sentences)))
    assert [j for b in al.beads for j in b.draft] == list(range(len(al.draft_sentences)))
    omitted = next(b for b in al.beads if b.kind == "1-0")
    assert "conférence de presse" in al.original_text(omitted)
    assert al.original_span(len(al.draft_sentences) - 1) is None


def test_dates_in_many_languages():
    def read(text, english=False):
        return [(d.month, d.day, d.weekday) for d in date_mentions(text, english=english)]

    assert read("Am 3. Juli und im März, am Montag") == [(7, 3, None), (3, None, None), (None, None, 1)]
    assert read("12 марта 2022 г. в понедельник") == [(3, 12, None), (None, None, 1)]
    assert read("2023年7月3日，星期一，25日下午") == [(7, 3, None), (None, None, 1), (None, 25, None)]
    assert read("Theresa May said in May that on July 3 and on Monday", english=True) == [
        (5, None, None), (7, 3, None), (None, None, 1)]
    assert read("Mart'ta geldi; 15 mai; în mai; Mars est une planète") == [(3, None, None), (5, 15, None)]
    assert read("03.07.2023 und 2023-07-04") == [(7, 3, None), (7, 4, None)]


def test_romance_dates_with_ordinal_days_and_elided_articles():
    # the first of the month is an ordinal (1.º de mayo, 1° maggio), and aprile, agosto, ottobre, avril take an
    # elided article or preposition (nell'aprile, dall’agosto, d'avril): without them the month or day was lost
    def read(text):
        return [(d.month, d.day, d.year) for d in date_mentions(text)]

    assert read("El acto central será el próximo 1.º de mayo en Madrid.") == [(5, 1, None)]
    assert read("La manifestazione del 1° maggio a Roma.") == [(5, 1, None)]
    assert read("Los sindicatos marcharon el 1º de mayo.") == [(5, 1, None)]
    assert read("Il governo lo aveva promesso nell'aprile del 2023.") == [(4, None, 2023)]
    assert read("I lavori sono fermi dall’agosto scorso.") == [(8, None, None)]
    assert read("Le chantier a commencé au mois d'avril.") == [(4, None, None)]
    assert read("Mart'ta geldi") == [(3, None, None)]  # a Turkish case ending after the apostrophe, as before
