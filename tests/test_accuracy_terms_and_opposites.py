"""Three readings a faithful translation needs, in several languages, each beside the broken pair that must
still be flagged: a term of years and months put as years ("9 годам и 6 месяцам": "nine and a half years",
checks/accuracy/terms.py); Chinese and Japanese percentage points (1.8个百分点) given as percent (A003,
checks/accuracy/points.py); and a negated "work / open" put as "closed" (A006, checks/accuracy/polaritykeep.py)."""

import pytest

from checks.accuracy.numbers import quantities
from accuracy_pairs import accuracy


@pytest.mark.parametrize("text, lang", [
    ("приговорил к 9 годам и 6 месяцам", "ru"), ("засуджено до 9 років і 6 місяців", "uk"),
    ("condamné à 9 ans et 6 mois", "fr"), ("zu 9 Jahren und 6 Monaten verurteilt", "de"),
    ("condenado a 9 años y 6 meses", "es"), ("9 yıl 6 ay hapis", "tr"), ("skazany na 9 lat i 6 miesięcy", "pl"),
])
def test_a_term_of_years_and_months_also_reads_as_years(text, lang):
    assert [q.values for q in quantities(text, lang=lang)] == [(9.0, 9.5), (6.0,)]


def test_years_and_months_apart_are_two_figures():
    assert [q.values for q in quantities("9 лет назад, через 6 месяцев", lang="ru")] == [(9.0,), (6.0,)]


SENTENCE = "Суд приговорил бывшего мэра к 9 годам и 6 месяцам лишения свободы."


def test_a_term_given_in_years_is_the_same_figure():
    assert accuracy("The court sentenced the former mayor to nine and a half years in prison.", SENTENCE) == []
    assert accuracy("The court sentenced the former mayor to nine years and six months in prison.", SENTENCE) == []
    assert [r for r, _ in accuracy("The court sentenced the former mayor to eight and a half years in prison.",
                                   SENTENCE)] == ["A003"]


@pytest.mark.parametrize("original, draft", [
    ("公司毛利率同比下降1.8个百分点。", "The company's gross margin fell 1.8 percent year on year."),
    ("失業率は前月から0.3ポイント上昇した。", "The jobless rate rose 0.3% from the previous month."),
])
def test_cjk_percentage_points_given_as_percent_are_flagged(original, draft):
    found = accuracy(draft, original)
    assert [r for r, _ in found] == ["A003"]
    fixed = draft.replace(" percent", " percentage points").replace("%", " percentage points")
    assert accuracy(fixed, original) == []


@pytest.mark.parametrize("original, draft", [
    ("Школи у трьох районах області в понеділок не працюватимуть.",
     "Schools in three districts of the region will be closed on Monday."),
    ("Les écoles de la région ne fonctionneront pas lundi.", "Schools in the region will be closed on Monday."),
    ("Las escuelas de la región no abrirán el lunes.", "Schools in the region will be shut on Monday."),
    ("Die Schulen der Region sind am Montag nicht geöffnet.", "Schools in the region are closed on Monday."),
])
def test_not_working_put_as_closed_agrees(original, draft):
    assert accuracy(draft, original) == []


@pytest.mark.parametrize("original, draft", [
    ("Школи у трьох районах області в понеділок не працюватимуть.",
     "Schools in three districts of the region will be open on Monday."),
    ("Школы в понедельник не закроют.", "Schools will be closed on Monday."),  # "will not be closed"
])
def test_a_lost_negation_beside_closed_or_open_is_still_flagged(original, draft):
    assert [r for r, _ in accuracy(draft, original)] == ["A006"]
