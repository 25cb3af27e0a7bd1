"""Hungarian words that carry numbers, for :mod:`.numwords`: scale words, currencies, units and percent words in
the forms news glues to a figure (:func:`.hungarian.hungarian_forms`), and number words.

``3,2 milliárd forintot`` is 3.2 billion forints, ``850 millióval`` "by 850 million", ``3,2 milliárdos`` "a
3.2-billion (investment)", ``15 százalékkal`` "by 15 percent", ``a lakosság 15 százaléka`` "15 percent of the
population", ``8,45 méteren`` "at 8.45 metres"; billió is 10^12 (as German Billion).
"""

from __future__ import annotations

from .hungarian import hungarian_forms

K, M, B, T = 1e3, 1e6, 1e9, 1e12

# ezer, millió, milliárd, billió with their case endings and the adjectival -s (15 ezres tömeg, 850 millióval);
# ezer drops its e before an ending that starts with a vowel (ezret, ezres, ezrek, and "45 ezren vonultak" "45,000
# people marched", the -n of a count of people); mrd. and md abbreviate milliárd
SCALES_HU = [(f, m, "hu") for w, m, h in (("ezer", K, "f"), ("millió", M, "b"), ("milliárd", B, "b"), ("billió", T, "b"))
             for f in [w, *hungarian_forms(w, h)]]
SCALES_HU += [(w, K, "hu") for w in "ezret ezres ezrek ezrei ezrével ezren".split()] + [("mrd.", B, "hu"), ("md", B, "hu")]

# forint, euró, dollár in their cases (640 millió forinttal, 5 ezer eurós), HUF, and the forint in English
# ("forints"); "Ft" is the forint only in a Hungarian original (LANG_CURRENCIES: "ft" is feet elsewhere)
CURRENCIES_HU = {f: code for w, code in (("forint", "HUF"), ("euró", "EUR"), ("dollár", "USD"))
                 for f in [w, *hungarian_forms(w, "b")]}
CURRENCIES_HU.update({"huf": "HUF", "forints": "HUF", "svájci frank": "CHF", "svájci frankot": "CHF",
                      "font sterling": "GBP"})
LANG_CURRENCIES = {"hu": {"ft": "HUF", "ft.": "HUF"}}

# units in their cases (60 centiméterrel, 30 fokos hőség "a 30-degree heat")
UNITS_HU = {f: unit for w, h, unit in (
    ("méter", "f", ("len", 1)), ("centiméter", "f", ("len", 0.01)), ("milliméter", "f", ("len", 0.001)),
    ("kilométer", "f", ("len", 1000)), ("hektár", "b", ("area", 1e4)), ("négyzetméter", "f", ("area", 1)),
    ("négyzetkilométer", "f", ("area", 1e6)), ("köbméter", "f", ("vol", 1000)), ("liter", "f", ("vol", 1)),
    ("tonna", "b", ("mass", 1000)), ("kilogramm", "b", ("mass", 1)), ("kiló", "b", ("mass", 1)),
    ("fok", "b", ("temp_c", 1)), ("celsius-fok", "b", ("temp_c", 1))) for f in [w, *hungarian_forms(w, h)]}

# százalék and százalékpont (percentage point) in their cases, and százaléka "per cent of" in its cases
PERCENT_HU = (*(f for w in ("százalék", "százalékpont") for f in [w, *hungarian_forms(w, "b")]),
              *("százaléka" + e for e in ("", "t", "val", "n", "ban", "ra", "ról", "nak", "ig")))

# Number words (hat "six" and hét "seven" are left out alone: also the verb "affects" and "week", and két hét is
# "two weeks"); a number below 2,000 is one word: tizenöt (15), huszonkét (22), harmincöt (35), háromszáz, kétezer
_UNITS = "egy két három négy öt hat hét nyolc kilenc".split()
_TENS = "tizen huszon harminc negyven ötven hatvan hetven nyolcvan kilencven".split()
WORDS_HU = ("két:2 kettő:2 három:3 négy:4 öt:5 nyolc:8 kilenc:9 tíz:10 húsz:20 harminc:30 negyven:40 ötven:50 "
            "hatvan:60 hetven:70 nyolcvan:80 kilencven:90 száz:100 másfél:1.5 tízezer:10000 húszezer:20000 "
            "százezer:100000 tizenkettő:12 huszonkettő:22")
WORDS_HU += "".join(f" {t}{u}:{(j + 1) * 10 + i + 1}" for j, t in enumerate(_TENS) for i, u in enumerate(_UNITS))
WORDS_HU += "".join(f" {u}{big}:{(i + 1) * v}" for i, u in enumerate(_UNITS) if i
                    for big, v in (("száz", 100), ("ezer", 1000)))
# a count glued to a unit of time as one adjective: kétórás "two-hour", háromnapos "three-day", ötéves "five-year"
WORDS_HU += "".join(f" {u}{t}:{v}" for u, v in (("két", 2), ("három", 3), ("négy", 4), ("öt", 5), ("hat", 6),
                                                 ("hét", 7), ("nyolc", 8), ("kilenc", 9), ("tíz", 10))
                    for t in ("perces", "órás", "napos", "hetes", "hónapos", "éves"))
