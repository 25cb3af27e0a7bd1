"""A002 for a clause the draft adds to an aligned sentence (checks/accuracy/addedclause.py)."""

from __future__ import annotations

import pytest

from checks import CheckOptions
from checks.apply import apply_edits
from checks.document import Document
from checks.engine import check_document

ORIGINAL = ("Le gouvernement a présenté mardi un plan de rénovation des écoles primaires. "
            "Le programme prévoit la rénovation de 1 200 bâtiments d'ici à 2030. "
            "Les travaux commenceront dès l'été dans les régions du Nord et de l'Est. "
            "Selon le ministère, la moitié des écoles concernées ont été construites avant 1970. "
            "Les syndicats d'enseignants ont salué une mesure attendue depuis longtemps. "
            "Ils demandent toutefois des garanties sur le financement à long terme.")
CLEAN = ("The government on Tuesday presented a plan to renovate primary schools. "
         "The programme provides for the renovation of 1,200 buildings by 2030. "
         "Work will begin this summer in the northern and eastern regions. "
         "According to the ministry, half of the schools concerned were built before 1970. "
         "Teachers' unions welcomed a long-awaited measure. "
         "However, they are asking for guarantees on long-term funding.")


def _clauses(draft: str, original: str = ORIGINAL) -> list:
    report = check_document(Document(draft), CheckOptions(original=original, select=frozenset({"A002"})))
    return [f for f in report.findings if f.message.startswith("The clause “")]


@pytest.mark.parametrize("sentence, added", [
    ("Teachers' unions welcomed a long-awaited measure.", ", which had been promised by three previous governments"),
    ("However, they are asking for guarantees on long-term funding.", ", as they did during last year's strike"),
])
def test_an_added_closing_clause_is_reported_with_a_fix_that_cuts_it(sentence, added):
    draft = CLEAN.replace(sentence, sentence[:-1] + added + ".")
    found = _clauses(draft)
    assert [draft[f.start : f.end] for f in found] == [added]
    assert apply_edits(draft, found[0].suggestions).text == CLEAN  # accepting the fix cuts the clause, nothing else


def test_a_faithful_translation_has_no_added_clause():
    assert _clauses(CLEAN) == []


def test_a_closing_clause_that_translates_the_originals_is_not_added():
    original = ORIGINAL.replace("depuis longtemps.", "depuis longtemps, promise par trois gouvernements précédents.")
    draft = CLEAN.replace("long-awaited measure.", "long-awaited measure, promised by three previous governments.")
    assert _clauses(draft, original) == []


def test_an_attribution_is_not_an_added_clause():
    draft = CLEAN.replace("long-awaited measure.", "long-awaited measure, the union's spokeswoman told reporters.")
    assert _clauses(draft) == []


def test_a_document_too_short_for_a_median_is_not_read():
    original = " ".join(ORIGINAL.split(". ")[4:])
    draft = "Teachers' unions welcomed a long-awaited measure, which had been promised by three previous governments. " \
            "However, they are asking for guarantees on long-term funding."
    assert _clauses(draft, original) == []


def test_a_description_of_a_named_person_is_left_to_the_editor():
    """Translators move a title from before a name to after it; e5 cannot tell a moved title from an invented one."""
    original = ORIGINAL.replace("Les syndicats d'enseignants ont salué", "Marie Dubois, la secrétaire générale du syndicat, a salué")
    draft = CLEAN.replace("Teachers' unions welcomed", "Marie Dubois, the union's general secretary, welcomed")
    draft = draft.replace("Marie Dubois, the union's", "Marie Dubois, who has led the union since 2019 and is its general")
    assert _clauses(draft, original) == []


def test_a_clause_that_gives_a_figure_of_the_original_is_not_added():
    original = ORIGINAL.replace("construites avant 1970.", "construites avant 1970, soit près de 600 bâtiments.")
    draft = CLEAN.replace("built before 1970.", "built before 1970, nearly 600 buildings in all.")
    assert _clauses(draft, original) == []


@pytest.mark.parametrize("text, clauses", [
    ("Work will begin this summer in the northern and eastern regions, starting with the schools most exposed to flooding.",
     ["starting with the schools most exposed to flooding"]),
    ("In Germany, the group's first market, where it opened a factory last year, orders rose by half.",
     ["where it opened a factory last year", "orders rose by half"]),
    ("Prices rose by 1,200 euros in the capital.", []),  # a thousands comma is no clause
    ("Rents, on the other hand, rose by a tenth in the capital last year.", []),  # a discourse marker
    ("However, they are asking for guarantees on long-term funding.", []),  # the cut would leave too little
    ("Currently, the water level of the Yangtze River and of its largest lake is slowly falling.", []),  # the subject
])
def test_the_clauses_a_sentence_offers_for_cutting(text, clauses):
    from checks.accuracy.addedclause import _cuts

    cuts = list(_cuts(text))
    assert [c for _, _, c, _ in cuts] == clauses
    for a, b, clause, rest in cuts:  # the span runs from the separator to the clause's end: cutting it is clean
        assert text[a:b].endswith(clause) and text[:a] + text[b:] == rest


@pytest.mark.parametrize("clause, share", [("only about a third were carried out", True), ("twice as many as in 2022", True),
                                           ("making it the third-largest supplier", False),
                                           ("where it opened a second factory last year", False)])
def test_a_share_in_words_is_a_figure_for_the_figure_rules(clause, share):
    from checks.accuracy.addedclause import _figure_of_original

    assert _figure_of_original("Das 1 120 viagens programadas, apenas um terço foram feitas.", clause, "pt") is share


@pytest.mark.parametrize("clause, is_record", [
    ("the lowest level since the test was introduced", True),
    ("the worst losses since records began", True),
    ("its highest level in 20 years", True),
    ("the second-highest figure on record", True),
    ("the largest city in the region", False),  # a superlative with nothing to measure it against
    ("the interest rate of the central bank since June", False),  # "interest" is no superlative
    ("the protest movement since 2019", False),
])
def test_a_record_claim_is_told_from_other_appositions(clause, is_record):
    from checks.accuracy.addedclause import _RECORD_RE

    assert bool(_RECORD_RE.fullmatch(clause)) is is_record


@pytest.mark.parametrize("sentence, added", [
    ("Teachers' unions welcomed a long-awaited measure.", ", the largest such programme in two decades"),
    ("The programme provides for the renovation of 1,200 buildings by 2030.", ", the highest number ever planned"),
])
def test_an_added_record_claim_is_reported(sentence, added):
    draft = CLEAN.replace(sentence, sentence[:-1] + added + ".")
    assert [draft[f.start : f.end] for f in _clauses(draft)] == [added]


def test_a_record_claim_the_original_makes_is_not_added():
    original = ORIGINAL.replace("attendue depuis longtemps.",
                                "attendue depuis longtemps, le plus vaste programme depuis vingt ans.")
    draft = CLEAN.replace("long-awaited measure.", "long-awaited measure, the largest such programme in two decades.")
    assert _clauses(draft, original) == []


@pytest.mark.parametrize("clause, otext, translates", [
    ("their highest level in two years", "Saham BNS ditutup menguat 2,5 persen ke level Rp 5.125 per lembar.", False),
    ("its lowest since 2019", "Inflasi turun ke 2,1 persen pada bulan Oktober.", False),
    ("their highest level in two years", "Saham ditutup menguat 2,5 persen, tertinggi dalam dua tahun.", True),
    ("its lowest since 2019", "Inflasi turun ke 2,1 persen, terendah sejak 2019.", True),
    ("a rise of 2.5 percent", "Saham BNS ditutup menguat 2,5 persen.", True),  # no record: figure rules judge it
])
def test_a_record_claims_figure_must_be_the_originals(clause, otext, translates):
    """A record claim's figure ("in two years") is no figure the A003 rules weigh: the clause is exempt from
    A002 only when the original gives that figure."""
    from checks.accuracy.addedclause import _RECORD_RE, _figure_of_original

    record = _RECORD_RE.fullmatch(clause) is not None
    assert _figure_of_original(otext, clause, "id", record) is translates
