"""Months and weekdays of Catalan, Finnish, Croatian and Bulgarian, for the word table of :mod:`.dates`.

Kept apart so dates.py stays small. Catalan writes ``15 de novembre`` / ``d'abril`` (the elision is read in
dates.py) and ``dimecres``; Finnish declines both (``1. maaliskuuta``, ``lokakuussa``, ``tiistaina``,
``keskiviikkoiltana``); Croatian writes the day with a dot and the month in the genitive (``15. ožujka``, ``u
četvrtak``, ``u srijedu``); Bulgarian ``14 ноември``, ``в сряда``. Forms another language already uses for
another month are left out (Croatian ``listopad`` is October, Czech and Polish November: Croatian ``1. listopada``
is October by the day's dot, which Polish ``1 listopada`` does not write: :func:`croatian_month`), and Bulgarian
``неделя`` (Sunday) is Russian for "week": it counts only in a text with no ы or э (:func:`bulgarian_word_ok`).
"""

from __future__ import annotations

import re

from . import serbian as _serbian, slovak as _slovak
from .datesbaltic import MONTHS as _BALTIC_MONTHS, WEEKDAYS as _BALTIC_WEEKDAYS
from .datesmore import MONTHS as _MORE_MONTHS, WEEKDAYS as _MORE_WEEKDAYS

_FI_MONTHS = "tammikuu helmikuu maaliskuu huhtikuu toukokuu kesäkuu heinäkuu elokuu syyskuu lokakuu marraskuu joulukuu"
_FI_DAYS = "maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai"
_FI_MONTH_ENDINGS = ("", "ta", "ssa", "n", "hun", "sta", "lle")
_FI_DAY_ENDINGS = ("", "na", "n", "sta", "hin", "ksi", "aamuna", "iltana", "iltapäivänä", "yönä", "-iltana",
                   "-aamuna", "aamupäivänä")

MONTHS = {
    "ca": "gener febrer març abril maig juny juliol agost setembre octubre novembre desembre",
    # Croatian nominative, genitive (15. ožujka) and locative (u ožujku)
    "hr": "siječanj veljača ožujak travanj svibanj lipanj srpanj kolovoz rujan _ studeni prosinac",
    "hr2": "siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna listopada studenoga prosinca",
    "hr3": "siječnju veljači ožujku travnju svibnju lipnju srpnju kolovozu rujnu _ studenom prosincu",
    "hr4": "_ _ _ _ _ _ _ _ _ _ studenog _",
    "bg": "януари февруари март април май юни юли август септември октомври ноември декември",
    # Estonian genitive stems, to which the case endings glue (4. novembril, oktoobris, septembrini)
    "et2": "jaanuari veebruari märtsi aprilli _ _ _ augusti septembri oktoobri novembri detsembri",
}
MONTHS.update({f"fi{e}": " ".join(m + e for m in _FI_MONTHS.split()) for e in _FI_MONTH_ENDINGS})
WEEKDAYS = {
    "ca": "dilluns dimarts dimecres dijous divendres dissabte diumenge",
    # Croatian nominative and accusative (u četvrtak, u srijedu), genitive (od srijede, do petka)
    "hr": "ponedjeljak utorak srijeda četvrtak petak subota nedjelja",
    "hr2": "_ _ srijedu _ _ subotu nedjelju",
    "hr3": "ponedjeljka utorka srijede četvrtka petka subote nedjelje",
    "bg": "понеделник вторник сряда четвъртък петък събота неделя",
    "bg2": "понеделника вторника срядата четвъртъка петъка съботата неделята",
}
WEEKDAYS.update({f"fi{e}": " ".join(d + e for d in _FI_DAYS.split()) for e in _FI_DAY_ENDINGS})
# Serbian in both scripts (1. октобра, у понедељак) and Slovak (14. novembra, v stredu): serbian.py, slovak.py
MONTHS.update(_serbian.MONTHS); MONTHS.update(_slovak.MONTHS)
WEEKDAYS.update(_serbian.WEEKDAYS); WEEKDAYS.update(_slovak.WEEKDAYS)
MONTHS.update(_BALTIC_MONTHS); WEEKDAYS.update(_BALTIC_WEEKDAYS)  # Lithuanian, Latvian: datesbaltic.py
# Azerbaijani and Kazakh, with their case endings glued on (martda, sentyabrın; наурызда, сәрсенбіде: dates.py
# reads them as Turkish). Azerbaijani bazar (Sunday) is also "market" and Kazakh қазан (October) "cauldron" and
# the city of Kazan: left out. Tuesday and Thursday are two words, "Wednesday eve" and "Friday eve".
MONTHS["az"] = "yanvar fevral mart aprel may iyun iyul avqust sentyabr oktyabr noyabr dekabr"
WEEKDAYS["az"] = "bazar_ertəsi çərşənbə_axşamı çərşənbə cümə_axşamı cümə şənbə _"
MONTHS["kk"] = "қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек _ қараша желтоқсан"
WEEKDAYS["kk"] = "дүйсенбі сейсенбі сәрсенбі бейсенбі жұма сенбі жексенбі"
MONTHS.update(_MORE_MONTHS); WEEKDAYS.update(_MORE_WEEKDAYS)  # sw tl ka hy mk am: datesmore.py

_RUSSIAN_LETTERS = re.compile("[ыэЫЭ]")
# Bulgarian writes ъ before a consonant (във, със, път, държава, България); Russian only before е, ё, ю, я
# (объявил). Also read by pairing.original_language to tell a Bulgarian original from a Russian one.
BULGARIAN_YER_RE = re.compile("ъ[бвгджзйклмнпрстфхцчшщ]", re.IGNORECASE)
_BG_BEFORE_DAY = frozenset("в във от до миналата следващата тази всяка".split())
_DATE_AFTER = re.compile(r",?\s*\d")


def bulgarian_word_ok(t: str, low: str, a: int, b: int, lo: int, hi: int) -> bool:
    """неделя is Sunday in Bulgarian and "week" in Russian (прошла неделя): a weekday where no Russian letter
    is, and a word that takes a day comes before it, a date follows, or the text writes ъ as Bulgarian does."""
    if low not in ("неделя", "неделята"):
        return True
    if _RUSSIAN_LETTERS.search(t, lo, hi):
        return False
    before = t[lo:a].split()
    return bool(before and before[-1].lower() in _BG_BEFORE_DAY or _DATE_AFTER.match(t, b, hi)
                or BULGARIAN_YER_RE.search(t, lo, hi))


def croatian_month(t: str, low: str, day_span: tuple[int, int] | None, num: int) -> int:
    """``15. listopada`` is Croatian October (the day's dot); Polish writes ``15 listopada`` for November."""
    if low == "listopada" and day_span and t[day_span[1] : day_span[1] + 1] == ".":
        return 10
    return num
