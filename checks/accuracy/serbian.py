"""Serbian in Cyrillic, and the ekavian words the Croatian tables lack, for the tables of the accuracy rules.

Serbian news agencies write Cyrillic (``1. октобра``, ``у понедељак``, ``у 11 часова``, ``17,4 милијарде
динара``, ``није``); the Latin tables of Croatian/Serbian (``numwordsextra``, ``polarityextra``, ``datesextra``)
are spelled in Cyrillic letter by letter (lj, nj, dž are one letter each: љ, њ, џ), so one list serves both
scripts. Serbian is ekavian where Croatian is ijekavian (ponedeljak, sreda, dve) and names the months as
Latin does (mart, avgust, oktobar). ``nedelja`` is both Sunday and "week" in Serbian (prošle nedelje "last
week"), so it is not read as a weekday.
"""

from __future__ import annotations

_DIGRAPHS = (("lj", "љ"), ("nj", "њ"), ("dž", "џ"), ("Lj", "Љ"), ("Nj", "Њ"), ("Dž", "Џ"), ("LJ", "Љ"), ("NJ", "Њ"))
_LETTERS = dict(zip("abvgdđežzijklmnoprstćufhcčš", "абвгдђежзијклмнопрстћуфхцчш"))


def cyrillic(latin: str) -> str:
    """Serbian Latin spelled in Serbian Cyrillic (``nijedan`` -> ``ниједан``); other characters kept."""
    for a, b in _DIGRAPHS:
        latin = latin.replace(a, b)
    return "".join(_LETTERS.get(c, _LETTERS.get(c.lower(), c).upper() if c.isupper() else c) for c in latin)


def both_scripts(words: str) -> str:
    """A space-separated list in Latin and in Cyrillic."""
    return f"{words} {cyrillic(words)}"


_MONTHS_LATIN = {
    "sr": "januar februar mart april maj jun jul avgust septembar oktobar novembar decembar",
    "sr2": "januara februara marta aprila maja juna jula avgusta septembra oktobra novembra decembra",
    "sr3": "januaru februaru martu aprilu maju junu julu avgustu septembru oktobru novembru decembru",
    "sr4": "_ _ _ _ _ juni juli _ _ _ _ _",
}
# nominative, accusative (u sredu, u subotu) and genitive (od srede, do petka); no nedelja (also "week")
_WEEKDAYS_LATIN = {
    "sr": "ponedeljak utorak sreda četvrtak petak subota _",
    "sr2": "_ _ sredu _ _ subotu _",
    "sr3": "ponedeljka utorka srede četvrtka petka subote _",
}
MONTHS = {**_MONTHS_LATIN, **{k + "c": cyrillic(v) for k, v in _MONTHS_LATIN.items()}}
WEEKDAYS = {**_WEEKDAYS_LATIN, **{k + "c": cyrillic(v) for k, v in _WEEKDAYS_LATIN.items()}}

_TO_LATIN = {c: l for l, c in _LETTERS.items()} | {"љ": "lj", "њ": "nj", "џ": "dž"}


def serbian_latin(word: str) -> str:
    """A Serbian Cyrillic word in Serbian Latin (``Вукчевић`` -> ``Vukčević``), as the English press spells Serbian
    names; the Russian-style romanisation (``Vukchevich``) is no fair spelling of them."""
    out = []
    for i, c in enumerate(word):
        lat = _TO_LATIN.get(c.lower(), c)
        if c != c.lower():
            lat = lat.upper() if len(lat) > 1 and word[i + 1 : i + 2].isupper() else lat.capitalize()
        out.append(lat)
    return "".join(out)


# Macedonian Cyrillic as Macedonian Latin writes it and the English press spells its names (Христијан Мицкоски
# Hristijan Mickoski, Ѓорге Ivanov Gjorge, Ќоста Kjosta); č, š, ž also stand for ch, sh, zh in propernames
_MK_TO_LATIN = dict(zip("абвгдѓежзѕијклљмнњопрстќуфхцчџш", "a b v g d gj e ž z dz i j k l lj m n nj o p r s t kj u f h c "
                                                         "č dž š".split()))


def macedonian_latin(word: str) -> str:
    """A Macedonian Cyrillic word in Macedonian Latin (``Мицкоски`` -> ``Mickoski``, not the Russian-style Mitskoski)."""
    out = []
    for c in word:
        lat = _MK_TO_LATIN.get(c.lower(), c)
        out.append(lat.capitalize() if c != c.lower() else lat)
    return "".join(out)


def own_latin(word: str, lang: str) -> str:
    """A Serbian or Macedonian Cyrillic word in its language's own Latin; "" for any other language."""
    return serbian_latin(word) if lang == "sr" else macedonian_latin(word) if lang == "mk" else ""
