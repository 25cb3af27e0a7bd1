"""Swedish, Danish and Norwegian words that carry numbers (tables only; :mod:`.numwords` merges them).

Swedish news writes ``1 234,5``, ``3,2 miljarder kronor``, ``15 procent``, ``0,5 procentenheter``, and glues
the scale to the crown: ``3,2 mkr`` / ``Mkr`` / ``mnkr`` (million kronor), ``1,5 mdkr`` (billion), ``450 tkr``
(thousand), ``25 MSEK``; number words are one word below a million (``tjugofem``, ``tvåhundra``, ``femtusen``),
and halves come as ``en halv miljon``, ``en och en halv miljon``, ``två och en halv miljard``, ``halvannan``.
Danish and Norwegian share the shape: ``1,2 mia. kr.``, ``3 millioner kroner``, ``15 prosent`` / ``15 pst.``.
"""

from __future__ import annotations

import re

K, M, B, T = 1e3, 1e6, 1e9, 1e12

# miljon/miljoner and miljard/miljarder are in numwords already; biljon is 10^12; news abbreviates milj. and mdr
SCALES = [
    ("biljon", T, "sv"), ("biljoner", T, "sv"), ("milj.", M, "sv"), ("milj", M, "sv"), ("mdr", B, "sv"),
    ("tusen", K, "no nb"), ("tusind", K, "da"), ("million", M, "da no nb"), ("millioner", M, "da no nb"),
    ("milliard", B, "da no nb"), ("milliarder", B, "da no nb"), ("mia.", B, "da"), ("mia", B, "da"),
    ("mill.", M, "no nb"), ("mrd.", B, "no nb"),
]
# Icelandic in its cases (12 milljörðum króna, 3,5 milljónir): langdetect knows no Icelandic, so these are read
# when the original's language is unknown (pairing.UNKNOWN)
SCALES += [(w, m, "is") for ws, m in (("þúsund", K), ("milljón milljónir milljóna milljónum", M),
                                      ("milljarður milljarðar milljarða milljörðum milljarð", B)) for w in ws.split()]
# Swedish kronor (kr, SEK), Norwegian and Danish kroner (NOK, DKK), and the crown in English; "kr" and "kroner"
# alone may be any of the three ("KR")
CURRENCIES = {w.replace("_", " "): code for ws, code in (
    ("kronor krona sek svenska_kronor swedish_crowns swedish_kronor swedish_krona", "SEK"),
    ("nok norske_kroner norwegian_crowns norwegian_kroner norwegian_krone", "NOK"),
    ("dkk danske_kroner danish_crowns danish_kroner danish_krone", "DKK"), ("kr kroner krone", "KR"),
    ("króna krónur krónum krónu kronur isk icelandic_kronur icelandic_crowns", "ISK")) for w in ws.split()}
# "kr" or "kroner" is any Scandinavian crown, and English "crowns" (read as the Czech koruna) any crown
NAMESAKES = tuple(frozenset({a, b}) for a in ("KR", "CZK") for b in ("SEK", "NOK", "DKK", "ISK", "KR") if a != b)
# Swedish 0,5 procentenheter (percentage points); Norwegian 15 prosent / 15 pst., prosentpoeng; Danish procentpoint
PERCENT_WORDS = ("procentenhet", "procentenheter", "prosent", "prosentpoeng", "pst.", "pst", "procentpoint")

_SV_UNITS = "ett två tre fyra fem sex sju åtta nio".split()
_SV_TENS = "tjugo trettio fyrtio femtio sextio sjuttio åttio nittio".split()
WORDS = {
    "sv": "två:2 tre:3 fyra:4 fem:5 sex:6 sju:7 åtta:8 nio:9 tio:10 elva:11 tolv:12 tretton:13 fjorton:14 "
          "femton:15 sexton:16 sjutton:17 arton:18 aderton:18 nitton:19 hundra:100 halvannan:1.5 ettusen:1000 "
          + " ".join(f"{t}:{(j + 2) * 10}" for j, t in enumerate(_SV_TENS))
          + "".join(f" {t}{u}:{(j + 2) * 10 + i + 1}" for j, t in enumerate(_SV_TENS) for i, u in enumerate(_SV_UNITS))
          + "".join(f" {t}en:{(j + 2) * 10 + 1}" for j, t in enumerate(_SV_TENS))
          + "".join(f" {u}{big}:{(i + 1) * v}" for i, u in enumerate(_SV_UNITS[1:], 1)
                    for big, v in (("hundra", 100), ("tusen", 1000))),
    # Danish counts its tens by scores from fifty: halvtreds 50, tres 60, halvfjerds 70, firs 80, halvfems 90
    "da": "to:2 tre:3 fire:4 fem:5 seks:6 syv:7 otte:8 ni:9 ti:10 elleve:11 tolv:12 tretten:13 fjorten:14 femten:15 "
          "seksten:16 sytten:17 atten:18 nitten:19 tyve:20 tredive:30 fyrre:40 halvtreds:50 tres:60 halvfjerds:70 "
          "firs:80 halvfems:90 hundrede:100",
    "no": "to:2 tre:3 fire:4 fem:5 seks:6 sju:7 syv:7 åtte:8 ni:9 ti:10 elleve:11 tolv:12 tretten:13 fjorten:14 "
          "femten:15 seksten:16 sytten:17 atten:18 nitten:19 tjue:20 tretti:30 førti:40 femti:50 seksti:60 "
          "sytti:70 åtti:80 nitti:90 hundre:100",
}
WORDS["nb"] = WORDS["no"]
# Danish and Norwegian number words that are words of other languages (English "to", "fire"; Italian "ti"):
# not read as figures in an original whose language is not known
AMBIGUOUS_WORDS = frozenset("to fire ni ti seks tres syv".split())

# Halves: "två och en halv miljard" (2.5 billion) and "en och en halv miljon" (1.5 million: "one" before the half is
# a figure, though one alone is "a"), "en halv miljon" (half a million; "halv åtta" is half past seven)
HALVES = {"sv": r"\s+och\s+en\s+halv"}
HALF_BEFORE_SCALE = {"sv": re.compile(r"(?<![\w-])halv (?=(?:miljon|miljard)\b)", re.IGNORECASE)}
ONE_BEFORE_HALF = {"en": r"one(?=\s+and\s+a\s+half)|", "sv": r"en(?=\s+och\s+en\s+halv)|"}

# The scale glued to kr (3,2 mkr, Mkr, mnkr; 1,5 mdkr; 450 tkr) and to SEK (25 MSEK): numwords.CURRENCY_SCALE
CURRENCY_SCALE = r"|(?:mn|md|m|t)(?=kr\b)|M(?=SEK\b)"
CURRENCY_SCALES = {"mn": M, "md": B, "t": K}
KR_AFTER_RE = re.compile(r"kr\b|SEK\b", re.IGNORECASE)
