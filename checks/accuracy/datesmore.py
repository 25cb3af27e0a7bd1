"""Months and weekdays of Swahili, Tagalog, Georgian, Armenian, Macedonian and Amharic, for the word table of
:mod:`.dates` (merged by :mod:`.datesextra`).

Swahili ``Jumanne, tarehe 14 Machi``; Tagalog ``Martes, Marso 14`` (Spanish-born names: enero, abril, mayo, agosto,
lunes and martes are Spanish's already); Georgian declines both (``14 მარტს`` "on 14 March", ``მარტის``,
``მარტში`` "in March", ``სამშაბათს`` "on Tuesday"); Armenian writes the month in the genitive before the day
(``մարտի 14-ին``); Macedonian ``14 март``, ``во вторник`` (the month names it shares with Bulgarian are read as
Bulgarian's). Amharic: the weekdays (the same in both calendars) with the prepositions glued on (``በማክሰኞ``,
``ከሰኞ``, ``የዓርብ``); its months are the Ethiopian calendar's, read by :mod:`.datesethiopian`.
Left out as ordinary words too: Tagalog Linggo (Sunday, "week"), Georgian კვირა (Sunday, "week"), Armenian
շաբաթ (Saturday, "week"), Macedonian недела (Sunday, "week").
"""

from __future__ import annotations

# Georgian nouns in -ი: nominative, dative (14 მარტს), genitive, "in" -ში, "from" -იდან, "until" -ამდე; a stem
# with a syncopated genitive (იანვრის, სექტემბრის) is given its own
_KA_MONTHS = "იანვარ თებერვალ მარტ აპრილ მაის ივნის ივლის _ სექტემბერ ოქტომბერ ნოემბერ დეკემბერ"
_KA_SYNCOPE = "იანვრ თებერვლ _ _ _ _ _ _ სექტემბრ ოქტომბრ ნოემბრ დეკემბრ"
_KA_DAYS = "ორშაბათ სამშაბათ ოთხშაბათ ხუთშაბათ პარასკევ შაბათ _"


def _glued(words: str, ending: str, prefix: str = "") -> str:
    return " ".join(w if w == "_" else prefix + w + ending for w in words.split())


MONTHS = {
    "sw": "januari februari machi aprili mei juni julai agosti septemba oktoba novemba desemba",
    "tl": "enero pebrero marso abril mayo hunyo hulyo agosto setyembre oktubre nobyembre disyembre",
    "tl2": "_ _ _ _ _ _ _ _ septiyembre _ _ _",
    **{f"ka{e}": _glued(_KA_MONTHS, e) for e in ("ი", "ს", "ში", "ამდე")},
    "ka_": "_ _ _ _ _ _ _ აგვისტო _ _ _ _", "ka_s": "_ _ _ _ _ _ _ აგვისტოს _ _ _ _",
    "ka_ši": "_ _ _ _ _ _ _ აგვისტოში _ _ _ _", "ka_mde": "_ _ _ _ _ _ _ აგვისტომდე _ _ _ _",
    **{f"ka{e}": _glued(_KA_SYNCOPE, e) for e in ("ის", "იდან")},
    **{f"ka3{e}": _glued("_ _ მარტ აპრილ მაის ივნის ივლის _ _ _ _ _", e) for e in ("ის", "იდან")},
    **{f"hy{e}": _glued("հունվար փետրվար մարտ ապրիլ մայիս հունիս հուլիս օգոստոս սեպտեմբեր հոկտեմբեր նոյեմբեր "
                        "դեկտեմբեր", e) for e in ("", "ի", "ին", "ից", "ը")},
    "mk": "јануари _ _ _ мај јуни јули _ _ _ _ _",
}
WEEKDAYS = {
    "sw": "jumatatu jumanne jumatano alhamisi ijumaa jumamosi jumapili",
    "tl": "lunes martes miyerkules huwebes biyernes sabado _",
    **{f"ka{e}": _glued(_KA_DAYS, e) for e in ("ი", "ს", "ის")},
    "hy": "երկուշաբթի երեքշաբթի չորեքշաբթի հինգշաբթի ուրբաթ _ կիրակի",
    "hy2": "_ _ _ _ ուրբաթը _ կիրակին",
    "mk": "_ _ _ четврток петок сабота _",
    **{f"am{p}": _glued("ሰኞ ማክሰኞ ረቡዕ ሐሙስ ዓርብ ቅዳሜ እሑድ", "", p) for p in ("", "በ", "ከ", "የ")},
    **{f"am2{p}": _glued("_ _ ረቡእ ሀሙስ አርብ _ እሁድ", "", p) for p in ("", "በ", "ከ", "የ")},
}
