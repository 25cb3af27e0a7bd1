"""A009: a draft sentence standing where an original sentence is, and not translating it (an MT
hallucination, a sentence swapped in from elsewhere) is one finding that names both sentences, not an
omission (A001) beside an addition (A002)."""

from checks import CheckOptions, check_text
from editor_app.aligned import AlignedIndex, pairs_of

DE = (
    "Der sächsische Ministerpräsident Michael Kretschmer hat am 3. Juli in Dresden 3,2 Milliarden Euro für den "
    "Strukturwandel angekündigt. Ein Ausstieg aus der Kohle vor 2038 sei nicht ausgeschlossen, sagte er. "
    "Die Arbeitslosenquote in der Lausitz liegt bei 5,8 Prozent. Die Gewerkschaften begrüßten den Plan am Montag. "
    "Kritik kam dagegen von Umweltverbänden, die einen schnelleren Ausstieg fordern. "
    "Der Landtag soll im Herbst über das Paket abstimmen."
)
FAITHFUL = (
    "Saxony's premier Michael Kretschmer announced 3.2 billion euros for structural change in Dresden on July 3. "
    "An exit from coal before 2038 could not be ruled out, he said. "
    "The unemployment rate in Lusatia is 5.8 percent. The unions welcomed the plan on Monday. "
    "Environmental groups, however, criticised it and demand a faster exit. "
    "The state parliament is due to vote on the package in the autumn."
)
SWAPPED_IN = "Tourism on the Baltic coast had a record summer with many visitors from abroad."
MISSING = "Die Arbeitslosenquote in der Lausitz liegt bei 5,8 Prozent."


def accuracy(draft, original=DE):
    report = check_text(draft, CheckOptions(original=original))
    found = [f for f in report.findings if f.category == "accuracy"]
    for f in found:
        assert f.excerpt == draft[f.start : f.end]
        assert f.original_excerpt == original[f.original[0] : f.original[1]]
    return report, found


def test_a_sentence_swapped_in_is_one_finding_naming_both_sides():
    draft = FAITHFUL.replace("The unemployment rate in Lusatia is 5.8 percent.", SWAPPED_IN)
    _, found = accuracy(draft)
    assert [f.rule for f in found] == ["A009"]
    f = found[0]
    assert f.excerpt == SWAPPED_IN and f.original_excerpt == MISSING
    assert "Baltic" in f.message and "Arbeitslosenquote" in f.message
    assert not f.suggestions  # the translation is the editor's to write


def test_a_faithful_translation_and_a_plain_omission_raise_no_substitution():
    assert accuracy(FAITHFUL)[1] == []
    dropped = FAITHFUL.replace("The unemployment rate in Lusatia is 5.8 percent. ", "")
    assert [(f.rule, f.original_excerpt) for f in accuracy(dropped)[1]] == [("A001", MISSING)]


def test_an_added_sentence_beside_translated_ones_stays_an_addition():
    draft = FAITHFUL.replace("The unions welcomed", SWAPPED_IN + " The unions welcomed")
    assert [(f.rule, f.excerpt) for f in accuracy(draft)[1]] == [("A002", SWAPPED_IN)]


def test_the_card_of_a_substitution_shows_the_original_sentence_it_replaced():
    draft = FAITHFUL.replace("The unemployment rate in Lusatia is 5.8 percent.", SWAPPED_IN)
    report, (f,) = accuracy(draft)
    view = AlignedIndex(pairs_of(report.alignment)).view(f)
    assert DE[view.start : view.end] == MISSING and not view.note


def test_a_sentence_on_the_same_topic_whose_figures_all_differ_is_a_substitution():
    # it pairs weakly (same region, same subject) and gives none of the original's figures: not a translation
    draft = FAITHFUL.replace("The unemployment rate in Lusatia is 5.8 percent.",
                             "The region lost about 70,000 mining jobs after 1990.")
    _, found = accuracy(draft)
    assert [(f.rule, f.original_excerpt) for f in found] == [("A009", MISSING)]


def test_a_translation_with_one_wrong_figure_stays_a_figure_finding():
    draft = FAITHFUL.replace("5.8 percent", "8.5 percent")
    assert [f.rule for f in accuracy(draft)[1]] == ["A003"]
