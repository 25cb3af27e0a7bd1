"""Portuguese originals, European and Brazilian: figures (1.234,5; mil milhões and bilião in Portugal, bilhão
and R$ 3,2 bi in Brazil; duzentos e trinta mil), weekdays as news writes them (nesta terça (12), no domingo;
pela segunda vez is no weekday) and negation (não, nunca, nem; not a não ser que, organização não
governamental), each on a faithful translation that must raise nothing and on a broken one."""

import pytest

from checks.accuracy.dates import date_mentions
from checks.accuracy.numbers import quantities
from checks.accuracy.polarity import negated
from accuracy_pairs import accuracy


@pytest.mark.parametrize("text,value,kind,unit", [
    ("R$ 2,5 bilhões", 2.5e9, "money", "BRL"),  # Brazil: bilhão is a thousand million
    ("2,5 mil milhões de euros", 2.5e9, "money", "EUR"),  # Portugal says the same in thousands of millions
    ("1,2 biliões de euros", 1.2e12, "money", "EUR"),  # ...and its bilião is a million million
    ("R$ 10,9 trilhões", 10.9e12, "money", "BRL"),
    ("R$ 3,2 bi", 3.2e9, "money", "BRL"), ("R$ 450 mi", 4.5e8, "money", "BRL"), ("R$ 1 tri", 1e12, "money", "BRL"),
    ("US$ 300 milhões", 3e8, "money", "USD"), ("1.234,5 milhões de euros", 1.2345e9, "money", "EUR"),
    ("15 mil reais", 15000, "money", "BRL"), ("33,1 milhões", 33.1e6, "number", ""),
    ("4,5 por cento", 4.5, "percent", "%"), ("0,25 pontos percentuais", 0.25, "percent", "%"),
    ("3.460 quilômetros", 3460, "unit", "quilômetros"), ("12 quilómetros", 12, "unit", "quilómetros"),
    ("duzentos e trinta mil", 230000, "number", ""), ("dois mil e quinhentos", 2500, "number", ""),
    ("quatrocentas e vinte e cinco", 425, "number", ""), ("cento e vinte", 120, "number", ""),
    ("mil milhões de euros", 1e9, "money", "EUR"), ("dezassete", 17, "number", ""), ("dezessete", 17, "number", ""),
])
def test_portuguese_figures(text, value, kind, unit):
    (q,) = quantities(text, lang="pt")
    assert (q.value, q.kind, q.unit) == (pytest.approx(value), kind, unit)
    assert (q.start, q.end) == (0, len(text))


def test_portuguese_number_words_keep_two_figures_apart():
    assert [q.value for q in quantities("entre dois e três meses", lang="pt")] == [2, 3]
    assert [q.value for q in quantities("mil e uma noites, dois mil professores", lang="pt")] == [1000, 2000]
    assert [q.value for q in quantities("5 mi de distância", lang="en")] == [5]  # miles, not millions, in English
    assert quantities("5 mi de distância", lang="en")[0].unit == "mi"
    # the English side joins hundreds with "and" the same way (two hundred and fifty, not 200 and 50)
    assert [q.value for q in quantities("two hundred and fifty euros")] == [250]
    assert [q.value for q in quantities("between sixty and seventy people")] == [60, 70]


def test_portuguese_dates_and_weekdays():
    def read(text):
        return [(text[d.start : d.end], d.month, d.day, d.year, d.weekday) for d in date_mentions(text)]

    assert read("A reunião será na segunda-feira, 12 de março de 2024.") == [
        ("segunda-feira", None, None, None, 1), ("12 de março", 3, 12, 2024, None)]
    assert read("Nesta terça (12), o Senado votou; no domingo houve protestos.") == [
        ("terça", None, None, None, 2), ("12", None, 12, None, None), ("domingo", None, None, None, 7)]
    assert read("O feriado de 1.º de Maio caiu num sábado.") == [("1.º de Maio", 5, 1, None, None),
                                                                  ("sábado", None, None, None, 6)]
    assert read("Na sexta, dia 14, o ministro falou.")[0][4] == 5
    # ordinals, a farm and a name: no weekday
    for text in ("Venceu pela segunda vez.", "A segunda volta é em outubro.", "Ficou na quinta posição.",
                 "Plácido Domingo cantou em Santo Domingo.", "A terça parte do orçamento."):
        assert all(d.weekday is None for d in date_mentions(text)), text


def test_portuguese_negation():
    assert negated("O ministro não descartou novas medidas.", "pt")
    assert negated("Nunca houve tantas mortes.", "pt") and negated("Ninguém foi detido.", "pt")
    assert negated("Nem o presidente nem o ministro comentaram.", "pt")  # negative concord: one negation
    for text in ("Trabalha numa organização não governamental.", "Não só Lisboa, mas também o Porto.",
                 "Foram nada menos que 300 pessoas.", "Não há dúvida de que a economia cresceu.",
                 "A obra avança a não ser que falte verba.",
                 "Os não-residentes pagam mais."):
        assert not negated(text, "pt"), text


PT = ("O Governo aprovou no sábado um pacote de 2,5 mil milhões de euros para a habitação. A medida abrange "
      "cerca de duzentas e trinta mil famílias, segundo o ministro Miguel Pinto Luz.\n\n"
      "A inflação subiu para 2,8 por cento em março. O primeiro-ministro não excluiu novos apoios.")
PT_EN = ("On Saturday the government approved a 2.5 billion euro housing package. The measure covers some "
         "230,000 families, according to minister Miguel Pinto Luz.\n\n"
         "Inflation rose to 2.8 percent in March. The prime minister did not rule out further support.")


def test_a_european_portuguese_article():
    assert accuracy(PT_EN, PT) == []
    broken = (PT_EN.replace("On Saturday", "On Sunday").replace("2.5 billion", "2.5 trillion")
              .replace("230,000", "23,000").replace("did not rule out", "ruled out"))
    assert [r for r, _ in accuracy(broken, PT)] == ["A004", "A003", "A003", "A006"]


BR = ("O Ministério da Fazenda anunciou nesta quinta-feira (7) um corte de R$ 15 bi no Orçamento. "
      "O desemprego caiu para 7,8% no trimestre, e 1.234 municípios receberão R$ 450 mi.\n\n"
      "O ministro Fernando Haddad disse que não haverá aumento de impostos.")
BR_EN = ("The Finance Ministry announced on Thursday (the 7th) a R$15 billion cut to the budget. "
         "Unemployment fell to 7.8% in the quarter, and 1,234 municipalities will receive R$450 million.\n\n"
         "Minister Fernando Haddad said there will be no tax increase.")


def test_a_brazilian_article():
    assert accuracy(BR_EN, BR) == []
    broken = (BR_EN.replace("Thursday", "Tuesday").replace("R$15 billion", "R$15 million")
              .replace("R$450 million", "R$450 billion").replace("Haddad", "Hadded")
              .replace("there will be no tax increase", "there will be a tax increase"))
    assert sorted(r for r, _ in accuracy(broken, BR)) == ["A003", "A003", "A004", "A005", "A006"]


@pytest.mark.parametrize("original,draft", [
    ("O presidente recusou-se a comentar o caso.", "The president would not comment on the case."),
    ("O governo ainda não decidiu sobre o aumento.", "The government has yet to decide on the increase."),
    ("Nenhum ferido foi registado no domingo.", "No injuries were recorded on Sunday."),
    ("A obra avança a não ser que falte verba.", "The work goes ahead unless money runs short."),
    ("A ONG é uma organização não governamental de Lisboa.", "The NGO is a non-governmental organisation from Lisbon."),
    ("Mil e quinhentos agentes e dois mil militares foram mobilizados na segunda (3).",
     "Fifteen hundred officers and 2,000 soldiers were mobilised on Monday."),
])
def test_faithful_portuguese_sentences_raise_nothing(original, draft):
    assert accuracy(draft, original) == []


FUT = ("«Não foi um jogo fácil, mas a equipa nunca deixou de acreditar», afirmou o treinador. "
       "O Braga, que não perdia em casa desde outubro, desceu para o quarto lugar.")
FUT_EN = ("\"It wasn't an easy game, but the team never stopped believing,\" the coach said. "
          "Braga, unbeaten at home since October, dropped to fourth.")


def test_a_football_report():
    assert accuracy(FUT_EN, FUT) == []  # "unbeaten" says não perdia
    broken = FUT_EN.replace("the team never stopped believing", "the team stopped believing")
    assert [r for r, _ in accuracy(broken, FUT)] == ["A006"]  # the "not" kept hides the "nunca" lost


@pytest.mark.parametrize("original,draft,wrong", [
    ("Apenas cerca de um quarto se realizou.", "Only about a third were carried out.", True),
    ("Quase um quarto dos comboios circulou.", "Nearly a third of the trains ran.", True),
    ("Apenas cerca de um quarto se realizou.", "Only about a quarter ran.", False),
    ("Mais de um quarto votou contra.", "More than one quarter voted against.", False),
    # a room, not a share: no fraction on the original side, so nothing to compare
    ("O hóspede pediu um quarto com vista.", "The guest asked for about a third of the view.", False),
])
def test_portuguese_quarter_after_a_word_of_amount(original, draft, wrong):
    from checks.accuracy.fractions import compare_fractions
    found = compare_fractions(original, [(0, len(original))], draft, [(0, len(draft))], "pt")
    assert bool(found) == wrong


def test_quarter_after_a_word_of_amount_on_a_pair():
    pt = "Das 1.140 ligações programadas, apenas cerca de um quarto se realizou."
    good = "Only about a quarter of the 1,140 scheduled services ran."
    assert accuracy(good, pt) == []
    assert [r for r, _ in accuracy("Of the 1,140 scheduled connections, only about a third were carried out.", pt)] \
        == ["A003"]


@pytest.mark.parametrize("draft", [
    "In recent years he had stopped composing but went on teaching young musicians at his flat in Copacabana.",
    "In recent years the maestro no longer composed, but kept teaching young musicians in Copacabana.",
    "In recent years he gave up composing but went on teaching young musicians at his flat in Copacabana.",
])
def test_nao_mais_said_as_stopped(draft):
    original = ("Nos últimos anos, o maestro não compunha mais, mas continuava dando aulas a jovens músicos em seu "
                "apartamento em Copacabana.")
    assert accuracy(draft, original) == []


def test_nao_mais_still_fires_without_the_stop():
    original = ("Nos últimos anos, o maestro não compunha mais, mas continuava dando aulas a jovens músicos em seu "
                "apartamento em Copacabana.")
    found = accuracy("In recent years he had kept composing and went on teaching young musicians in Copacabana.",
                     original)
    assert [r for r, _ in found] == ["A006"]


def test_english_weekday_keeps_the_bracketed_day():
    original = "Morreu nesta segunda-feira (9), aos 87 anos, o maestro e compositor Aurélio Bastos Figueira."
    assert accuracy("Died this Monday (9), at 87 years old, the conductor and composer Aurélio Bastos Figueira.",
                    original) == []
    assert accuracy("Died this Monday (9), at 78 years old, the conductor and composer Aurélio Bastos Figueira.",
                    original) == [("A003", "78")]
    assert [r for r, _ in accuracy("Died this Monday (10), at 87 years old, the conductor and composer Aurélio "
                                   "Bastos Figueira.", original)] == ["A004"]



_FAGUNDES = "Afirmou a coordenadora do estudo, a infectologista Mariana Toledo Fagundes."


@pytest.mark.parametrize("original,draft,fires", [
    (_FAGUNDES, "Said the study coordinator, infectologist Mariana Toledo Fernandes.", True),
    (_FAGUNDES, "Said the study coordinator, infectious disease specialist Mariana Toledo Fagundes.", False),
    ("Afirmou a coordenadora, Mariana Fagundes.", "Said the coordinator, Mariana Fernandes.", True),
    ("Afirmou a coordenadora, Ana Paula Ferreira.", "Said the coordinator, Ana Paula Ferreira.", False),
])
def test_surname_after_a_shared_given_name_and_a_common_word_middle_name(original, draft, fires):
    """A middle name that is also a common word (Toledo, a city) anchors the surname beside it when the given
    name before it is shared too (nameslots)."""
    assert any(r == "A005" for r, _ in accuracy(draft, original)) == fires


@pytest.mark.parametrize("original, right, name, slip", [
    ("A diretora do hospital, Ana Pereira, disse que faltam médicos em Setúbal.",
     "The hospital's director, Ana Pereira, said Setúbal is short of doctors.", "Pereira", "Perera"),
    ("O treinador, Rui Ferreira, admitiu a derrota após o jogo em Braga.",
     "The coach, Rui Ferreira, admitted defeat after the match in Braga.", "Ferreira", "Ferrera"),
    ("Segundo o autarca Paulo Guerreiro, a ponte reabre na sexta-feira.",
     "According to the mayor, Paulo Guerreiro, the bridge reopens on Friday.", "Guerreiro", "Guerrero"),
])
def test_frequent_surname_with_an_inner_letter_lost(original, right, name, slip):
    """A frequent Portuguese surname (a common word to a word list) with one inner letter dropped is a slip,
    even when the slip is a name English knows: not a translation of the word."""
    assert accuracy(right, original) == []
    assert ("A005", slip) in accuracy(right.replace(name, slip), original)


def test_a_translated_institution_word_stays_silent():
    original = "O Banco Nacional de Angola manteve a taxa em 18 por cento na quarta-feira."
    draft = "The National Bank of Angola held its rate at 18 percent on Wednesday."
    assert accuracy(draft, original) == []
