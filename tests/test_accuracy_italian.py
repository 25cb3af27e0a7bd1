"""Italian accuracy readers on an earnings report: percentage points (punti percentuali) as "%", a weekday
in the English possessive ("Wednesday's session"), fractions (metà) and doubled letters in names."""

from accuracy_pairs import accuracy

IT = ("La marginalità è salita al 23,2%, 2,5 punti percentuali in più rispetto al 2023. "
      "Il titolo ha chiuso la seduta di mercoledì in rialzo del 3,4%.\n\n"
      "L'amministratrice delegata Francesca Guidotti prevede 2.000 assunzioni, metà delle quali nel Mezzogiorno.")
IT_EN = ("The margin rose to 23.2%, up 2.5 percentage points on 2023. "
         "The shares closed Wednesday's session up 3.4%.\n\n"
         "Chief executive Francesca Guidotti expects 2,000 new hires, half of them in southern Italy.")


def test_an_italian_earnings_report():
    assert accuracy(IT_EN, IT) == []
    broken = (IT_EN.replace("2.5 percentage points", "2.5%").replace("Wednesday's", "Thursday's")
              .replace("Guidotti", "Giudotti").replace("half of them", "a third of them"))
    assert sorted(r for r, _ in accuracy(broken, IT)) == ["A003", "A003", "A004", "A005"]


def test_a_name_copied_letter_for_letter_raises_nothing():
    assert accuracy("Minister Mohammed Ali spoke on Monday.", "Il ministro Mohammed Ali ha parlato lunedì.") == []

