"""Danish originals: a municipality's name (Ringkøbing-Skjern Kommune) given as "Ringkøbing-Skjern Municipality"
is the head of a place's name translated, not a surname rendered by an English word; a changed surname beside
the same given name still fires."""

from accuracy_pairs import accuracy

DA = '"Heldigvis er ingen kommet til skade," siger borgmester Hans Østergaard fra Ringkøbing-Skjern Kommune.'
DA_EN = '"Fortunately, nobody has been hurt," said Mayor Hans Østergaard of Ringkøbing-Skjern Municipality.'


def test_danish_municipality_is_silent():
    assert accuracy(DA_EN, DA) == []


def test_danish_changed_surname_fires():
    assert ("A005", "Østerberg") in accuracy(DA_EN.replace("Østergaard", "Østerberg"), DA)
