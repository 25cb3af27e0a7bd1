"""Polish, Czech and Slovak name forms a draft fairly gives in the nominative (accents folded): a mobile e
(Kaczmarka / Kaczmarek), a possessive adjective (Fialova vláda, "Fiala's government") and a place's adjective
(Pardubický trenér, "the Pardubice coach"), and a Polish one-word place name whose adjective half declines too
(w Białymstoku / Białystok, w Krasnymstawie / Krasnystaw), and a Polish adjectival name (w Alejach
Ujazdowskich / Aleje Ujazdowskie), and a Ukrainian adjectival name in any case (Олени Зеленської / Olena Zelenska).
A name in one of these forms is the same name, not a misspelling.
"""

from __future__ import annotations

import re

from ..names import romanize
from .slotforms import CASE_ENDINGS as _CASE_ENDINGS

# Polish names drop the e of their last syllable when declined: Kaczmarek / Kaczmarka / Kaczmarkiem, Paweł /
# Pawła, Adamiec / Adamca, Jacek / Jacka
_PL_MOBILE_E_RE = re.compile(r"(.+?)(i?e)([^aeiouy]+)")
_PL_ENDINGS = _CASE_ENDINGS | {"iem", "owi", "u", "ie"}
# Croatian, Serbian and Bosnian names drop the a of their last syllable instead: Vršac / Vršca / u Vršcu,
# Čačak / Čačka, Kostolac / Kostolcu
_SOUTH_MOBILE_A_RE = re.compile(r"(.+?)(a)([^aeiouy]+)")
_SOUTH_SLAVIC = frozenset(("hr", "sr", "bs"))


def polish_mobile_e(fo: str, fd: str, lang: str = "pl") -> bool:
    m = (_SOUTH_MOBILE_A_RE if lang in _SOUTH_SLAVIC else _PL_MOBILE_E_RE).fullmatch(fd)
    if m is None:
        return False
    stems = {m.group(1) + m.group(3), m.group(1) + m.group(2)[:-1] + m.group(3)}
    return any(fo.startswith(st) and fo[len(st):] in _PL_ENDINGS for st in stems)


# Polish one-word place names made of an adjective and a noun decline both halves: Białystok / Białymstoku,
# Białegostoku; Krasnystaw / Krasnymstawie (folded: accents gone)
_PL_COMPOUND_RE = re.compile(r"(.{3,}?)y([^aeiouy].{2,})")
_PL_ADJ_ENDINGS = ("ego", "emu", "ym", "y")


def polish_compound_place(fo: str, fd: str) -> bool:
    m = _PL_COMPOUND_RE.fullmatch(fd)
    if m is None:
        return False
    head, noun = m.groups()
    for ending in _PL_ADJ_ENDINGS:
        rest = fo[len(head) + len(ending):] if fo.startswith(head + ending) else None
        if rest is not None and (rest == noun or (rest.startswith(noun) and rest[len(noun):] in _PL_ENDINGS)
                                 or polish_mobile_e(rest, noun)):
            return True
    return False


# Czech and Slovak possessive adjectives of names: Fialova vláda "Fiala's government", Babišovo hnutí,
# Havlíčkových (folded: accents gone)
_CS_POSSESSIVE_RE = re.compile(r"(.+?)ov(?:a|o|i|u|e|y|ych|ym|ymi|ou|em|eho|emu)?")


def czech_possessive(fo: str, fd: str) -> bool:
    m = _CS_POSSESSIVE_RE.fullmatch(fo)
    if m is None:
        return False
    stem = m.group(1)
    return stem == fd or (stem == fd[:-1] and fd[-1:] in ("a", "o", "e")) or polish_mobile_e(stem + "a", fd)


# Czech and Slovak adjectives of places, capitalised at a sentence's start or in a name: Pardubický trenér "the
# Pardubice coach", Třinecký, Olomoucký kraj, Plzeňský, Ostravská (folded): the draft names the place itself
_CS_PLACE_ADJ_RE = re.compile(r"(.{4,}?)[sc]k(?:y|a|e|eho|emu|ym|ych|ymi|ou|i)")


def czech_place_adjective(fo: str, fd: str) -> bool:
    m = _CS_PLACE_ADJ_RE.fullmatch(fo)
    return m is not None and fd.startswith(m.group(1)) and fd[len(m.group(1)):] in ("", "a", "e", "o", "c", "ce")


# Polish adjectival names (streets, regions, parties) decline as adjectives: w Alejach Ujazdowskich / Aleje
# Ujazdowskie, ulicy Marszałkowskiej / Marszałkowska, województwa mazowieckiego / Mazowieckie (folded): one stem
# in -sk- / -ck- / -dzk-, two adjective endings
_PL_ADJECTIVE_RE = re.compile(r"(.{3,}?(?:sk|ck|dzk))(i|ie|iego|iemu|im|imi|ich|a|iej)")


def polish_adjective(fo: str, fd: str) -> bool:
    mo, md = _PL_ADJECTIVE_RE.fullmatch(fo), _PL_ADJECTIVE_RE.fullmatch(fd)
    return mo is not None and md is not None and mo.group(1) == md.group(1)


# A Ukrainian surname or place adjective in -ський/-цький/-зький declines like any adjective: Олени Зеленської is
# "Olena Zelenska", Святошинського району "the Sviatoshynskyi district". The nominative of the same gender is a
# fair spelling of a case form. An adjective qualifying the common noun after it, in the same case (Дніпровської
# райдержадміністрації, "of the Dniprovskyi district administration"), takes that noun's gender, which English,
# naming the district, does not keep: there every gender's nominative is fair. A surname keeps its gender (Олени
# Зеленської is never "Zelenskyi"): after a capitalised given name, or before a verb (Зеленської опублікували).
_UK_NOMINATIVE = {e: "ий" for e in "ого ому им ім ий".split()} | {e: "а" for e in "ої ій у ою а".split()} | {"е": "е"}
_UK_ADJECTIVE_RE = re.compile(
    rf"(.{{2,}}(?:ськ|цьк|зьк))({'|'.join(sorted(_UK_NOMINATIVE, key=len, reverse=True))})")
# the endings of a noun in the adjective's case (області, ради, району, районі, радою); not a past verb (-ли, -ла)
_UK_NOUN_ENDINGS = {"ої": "иії", "ій": "іїй", "у": "ую", "ою": "ю", "а": "аяь", "ого": "уаяю", "ому": "уіюї", "им": "м",
                    "ім": "іу", "ий": "бвгджзклмнпрстфхцчшщйь", "е": "еоя"}
_UK_NEXT_RE = re.compile(r"\s+([а-щьюяєіїґ'’]+)")
# a capitalised word before the adjective, not opening its sentence: a given name (Олени Зеленської)
_UK_GIVEN_NAME_BEFORE_RE = re.compile(r"(?<![.!?:—–«\"“(])(?<![.!?:—–«\"“(]\s)(?<!^)\s[А-ЩЬЮЯЄІЇҐ][\w'’-]*\s+$")


def ukrainian_adjective_forms(text: str, start: int, end: int) -> set[str]:
    """Romanised nominatives a draft may give for the adjective ``text[start:end]`` (none if it is no such word)."""
    m = _UK_ADJECTIVE_RE.fullmatch(text, start, end)
    if m is None:
        return set()
    stem, ending = m.groups()
    noun = _UK_NEXT_RE.match(text, end)
    if (noun and noun.group(1)[-1] in _UK_NOUN_ENDINGS[ending] and not re.search(r"л[иаоі]$|ся$", noun.group(1))
            and not _UK_GIVEN_NAME_BEFORE_RE.search(text, max(0, start - 40), start)):
        return {romanize(stem + e, True) for e in ("ий", "а", "е")}
    return {romanize(stem + _UK_NOMINATIVE[ending], True)}
