"""A declined name read as the draft's nominative, for the name-slot rule (nameslots.py).

The slot rule compares a draft name with the original's word beside the same shared name, two letters apart
and more; in languages that decline names that distance is mostly the case ending (Оли / Olya, Челнов /
Chelny, Estonian Juštšenkoga / Yushchenko), or a spelling English keeps for the name (Seraphim for Серафима,
ph for f; Kiselyov for Киселева, whose е is ё; Yevgeny, Raiymbek: y or i). So the original's ending is stripped, its Estonian
transliteration of Russian names undone, and the draft must begin with what is left and end as a
nominative does. A misspelling (Kousek / Kousala, Lykourgos / Λυκουρέζος) changes the stem and still fires.
"""

from __future__ import annotations

import re

from ..names import fold
from .estonianforms import CASES

# languages that decline names, the case endings a declined name carries, and those its nominative ends in
# (kept here, not in propernames, which imports this module)
INFLECTING = frozenset("ru uk be bg pl cs sk sl hr sr lt lv et fi hu tr el ro de is az kk xx".split())  # xx: unknown
CASE_ENDINGS = frozenset("a u e y i om em ym im oy ey ogo ego omu emu ya yu ie owi ovi ou ami ach ia ei ului".split())
BASE_ENDINGS = frozenset(["", "a", "o", "e", "i", "y", "s", "is", "as", "os"])

# endings a declined Slavic/Baltic/Greek name may carry beyond propernames' case endings: genitive plural
# (Челнов / Chelny), adjectival plural (Набережных)
_MORE_ENDINGS = frozenset("ov ev ykh ikh yh ih".split())
_NOMINATIVE = frozenset("ye ie yy iy yi".split())
# Finnish case endings on a name (Erkon, Helsingissä, Virtaselle); the stem's double k, p, t is single before
# most of them (Erkko: Erkon), so the Finnish comparison reads both with single consonants
_FI_ENDINGS = frozenset("n a ta ssa sta lla lta lle ksi na han hen hin seen".split())
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# Estonian spells Russian names its own way: Janukovõtš (Yanukovych), Juštšenko (Yushchenko), Žukov
_ET_RUSSIAN = (("štš", "shch"), ("tš", "ch"), ("š", "sh"), ("ž", "zh"), ("õ", "y"), ("j", "y"))


def _cyrillic_key(s: str) -> str:
    return re.sub(r"^ye", "e", s).replace("y", "i")


def _stems(s: str, endings: frozenset[str]) -> set[str]:
    return {s} | {s[: -k] for k in range(1, 5) if len(s) - k >= 2 and s[-k:] in endings}


def declined_same(w: str, o, lang: str) -> bool:
    """The draft word ``w`` is the original word ``o`` (a propernames._Word) in the nominative."""
    if lang not in INFLECTING:
        return False
    d = fold(w).replace("ph", "f")
    latin = o.latin
    if lang == "et":
        latin = latin.lower()
        for a, b in _ET_RUSSIAN:
            latin = latin.replace(a, b)
    s = fold(latin)
    if lang == "lt" and lithuanian_declined(s, d):  # Naujojoje / Naujoji, Vilnioje / Vilnia
        return True
    if _CYRILLIC.search(o.text):  # е as ye or yo, й and ы as y or i: Yevgeny for Евгения, Raiymbek for Райымбека
        d, s = _cyrillic_key(d.replace("yo", "e").replace("io", "e")), _cyrillic_key(s)
    endings = CASE_ENDINGS | _MORE_ENDINGS | (CASES if lang == "et" else frozenset())
    stems = _stems(s, endings)
    if lang == "et":  # the genitive's vowel before the case: Janukovõtši-ga
        stems |= {st[:-1] for st in stems if len(st) > 3 and st[-1] in "aeiu"}
    if lang == "fi":  # Finnish genitive and cases weaken the stem: Erkon / Erkko, Virtasen / Virtanen
        stems |= _stems(s, _FI_ENDINGS) | {st[:-2] + "nen" for st in _stems(s, _FI_ENDINGS) if st.endswith("se")}
        d = re.sub(r"([kpt])\1", r"\1", d)
        stems = {re.sub(r"([kpt])\1", r"\1", st) for st in stems}
    return any(d.startswith(st) and d[len(st):] in BASE_ENDINGS | CASE_ENDINGS | _NOMINATIVE for st in stems)


_FI_NEN_CASE = re.compile(r"s(?:e(?:n|lle|lla|lta|ssa|sta|en|na|ksi|kin|nkin)?|t[aä])")


def finnish_nen(fo: str, fd: str) -> bool:
    """A Finnish -nen surname declined in the original, in the nominative in the draft: Hiltusen, Hiltuselle,
    Hiltusta / Hiltunen (folded words, the draft's rest after their common stem is ``nen``)."""
    i = 0
    while i < min(len(fo), len(fd)) and fo[i] == fd[i]:
        i += 1
    return i >= 3 and fd[i:] == "nen" and bool(_FI_NEN_CASE.fullmatch(fo[i:]))


# Finnish consonant gradation (strong grade of the nominative, weak grade before most case endings):
# Helsinki / Helsingin, Lappeenranta / Lappeenrannan, Lahti / Lahden, Turku / Turun, Kemijärvi / Kemijärven
_FI_WEAK = {"nk": ("ng",), "nt": ("nn",), "lt": ("ll",), "rt": ("rr",), "mp": ("mm",), "ht": ("hd",),
            "kk": ("k",), "pp": ("p",), "tt": ("t",), "k": ("", "v"), "t": ("d",), "p": ("v",)}
_FI_GRADE = re.compile(r"(nk|nt|lt|rt|mp|ht|kk|pp|tt|k|t|p)([aeiouy])$")
# a case ending after the stem (folded: a for ä): genitive, locatives, partitive, essive, translative, illative
_FI_STEM_CASE = re.compile(r"(?:n|ssa|sta|lla|lta|lle|na|ksi|a|ta|[aeiouy]n|h[aeiouy]n)")


def finnish_stem(fo: str, fd: str) -> bool:
    """A Finnish name in a case whose stem differs from the nominative the draft has: an -i word's stem
    in -e (Kemijärvi: Kemijärven, Kemijärvellä) and consonant gradation (Helsingin, Lahden, Turun); folded
    words. A misspelt stem (Kemijoen / Kemijärvi) still differs."""
    bases = {fd} | ({fd[:-1] + "e"} if fd.endswith("i") else set())
    stems = set(bases)
    for b in bases:
        m = _FI_GRADE.search(b)
        if m:
            stems |= {b[: m.start()] + weak + m.group(2) for weak in _FI_WEAK[m.group(1)]}
    return len(fd) >= 4 and any(
        fo.startswith(st) and fo != fd and _FI_STEM_CASE.fullmatch(fo[len(st):]) for st in stems)


# Swedish, Danish and Norwegian glue the definite article to a name's end: Riksbanken / the Riksbank,
# Riksdagen, Folketinget, Stortinget. Patronymic surnames (Hansen, Karlsson) keep their -en as part of the name.
_NORDIC = frozenset("sv da no nb nn".split())


def nordic_definite(fo: str, fd: str, lang: str) -> bool:
    """The original's folded name ``fo`` is the draft's ``fd`` with a Nordic definite ending (-en, -et, -n, -t)."""
    return (lang in _NORDIC and len(fd) >= 5 and fo[: len(fd)] == fd and fo[len(fd):] in ("en", "et", "n", "t")
            and not fo.endswith(("sen", "son")))


# Lithuanian declines names with endings longer than a letter and softens t, d to č, dž before i (folded here):
# Audriaus / Audrius, Žemaičio / Žemaitis, Kauno / Kaunas, Vilniuje / Vilnius, Pagiriuose / Pagiriai. Each
# ending of the original (a case) with the nominative endings it may come from; a name whose stem the draft
# changes (Žemaitos) still fires, but a genitive -io cannot tell -is from -ys (Kęstučio, Gaidžio); definite
# adjectives of place names decline too (Naujojoje / Naujoji)
_LT_CASES = {
    "iaus": "ius", "aus": "us", "io": "is ys ias", "o": "as", "os": "a", "es": "e", "iui": "is ys ius ias",
    "ui": "as us", "ai": "a", "ei": "e", "iu": "is ys ius iai", "u": "as us ai", "yje": "is ys", "uje": "us ius",
    "ioje": "ia", "oje": "a", "eje": "e", "iuose": "iai", "uose": "ai", "e": "as a e", "a": "as a", "i": "is ys",
    "ams": "ai", "iams": "iai", "ojoje": "oji", "osios": "oji", "ajame": "asis", "ojo": "asis",
}


def lithuanian_declined(fo: str, fd: str) -> bool:
    """The folded original word ``fo`` is the folded draft word ``fd`` in one of its Lithuanian cases."""
    for case, nominatives in _LT_CASES.items():
        if not fo.endswith(case) or len(fo) - len(case) < 3:
            continue
        stem = fo[: -len(case)]
        stems = {stem}
        if case[0] == "i":  # t, d softened before i: Žemaičio (Žemaitis), Gaidžio (Gaidys)
            stems |= {stem[:-1] + "t"} if stem.endswith("c") else {stem[:-2] + "d"} if stem.endswith("dz") else set()
        if any(fd == s + n for s in stems for n in nominatives.split()):
            return True
    return False
