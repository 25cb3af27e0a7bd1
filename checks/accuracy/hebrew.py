"""Hebrew (he) figures as the accuracy family reads them: tables for :mod:`.numwords`.

Hebrew news writes the English separators (``1,234.5``) and glues a prefix letter to a figure with a hyphen:
``ב-2024`` (in 2024), ``ל-15%`` (to 15%), ``מ-3.2 מיליארד`` (from 3.2 billion), ``כ-360 אלף`` (about 360,000):
that hyphen is no minus sign (:mod:`.numbers` drops a hyphen glued to a letter before it, as in "COVID-19").
Scale words: ``אלף`` / ``אלפים`` / ``אלפי`` (thousand), ``מיליון``, ``מיליארד`` (billion), ``טריליון``, and in
the construct state before a noun (``מיליוני שקלים``, ``מיליארדי דולרים``). Money: the shekel (``שקל``,
``שקלים``, the abbreviation ``ש"ח`` / ``ש״ח`` with gershayim and ``₪``), ``דולר``, ``יורו`` / ``אירו``. Percent:
``אחוז`` / ``אחוזים`` and ``נקודת אחוז`` / ``נקודות אחוז`` (percentage points). Number words agree in gender
(``שלושה`` / ``שלוש``) and ``ו`` ("and") is glued to the last of them: ``עשרים וחמישה`` is 25, read as the
twenty and a five. ``שני`` / ``שתי`` (two, also "second" and ``יום שני``, Monday) are left out; ``שש`` (six,
also "glad") counts only before a plural noun or a number word (:mod:`.numwordsextra`)."""

from __future__ import annotations

K, M, B, T = 1e3, 1e6, 1e9, 1e12
GERSHAYIM = "\"״”"  # ש"ח typed with a straight quote, the Hebrew gershayim or a curly quote

SCALES = [(w, m, "he") for ws, m in (
    ("אלף אלפים אלפי", K), ("מיליון מיליונים מיליוני מליון", M), ("מיליארד מיליארדים מיליארדי מליארד", B),
    ("טריליון טריליונים", T)) for w in ws.split()]
CURRENCIES = {w.replace("_", " "): code for ws, code in (
    ("שקל שקלים שקלי שקל_חדש שקלים_חדשים ₪ " + " ".join(f"ש{q}ח" for q in GERSHAYIM), "ILS"),
    ("shekel shekels nis ils", "ILS"),
    ("דולר דולרים דולרי " + " ".join(f"דולר_ארה{q}ב" for q in GERSHAYIM), "USD"), ("יורו אירו", "EUR"),
    ("לירה_שטרלינג לירות_שטרלינג ליש\"ט", "GBP"), ("ין", "JPY")) for w in ws.split()}
PERCENT_WORDS = ("נקודות אחוז", "נקודת אחוז", "נקודות האחוז", "אחוזים", "אחוז")
UNITS = {w: u for ws, u in (("קילומטר קילומטרים", ("len", 1000)), ("מטר מטרים", ("len", 1)),
                            ("טון טונות", ("mass", 1000)), ("דונם", ("area", 1000)), ("מגוואט", ("power", 1e6)))
         for w in ws.split()}
_UNITS = (
    ("אחת", 1), ("אחד", 1), ("שלוש", 3), ("שלושה", 3), ("ארבע", 4), ("ארבעה", 4), ("חמש", 5), ("חמישה", 5), ("שש", 6),
    ("שישה", 6), ("שבע", 7), ("שבעה", 7), ("שמונה", 8), ("תשע", 9), ("תשעה", 9), ("שתיים", 2), ("שניים", 2))
_REST = (
    ("עשר", 10), ("עשרה", 10), ("עשרים", 20), ("שלושים", 30), ("ארבעים", 40), ("חמישים", 50), ("שישים", 60),
    ("שבעים", 70), ("שמונים", 80), ("תשעים", 90), ("מאה", 100), ("מאתיים", 200), ("מאות", 100), ("אלף", 1000),
    ("אלפיים", 2000))
# the unit after a ten takes the ו "and": עשרים וחמישה (25), מאה ועשרים (120), אלף ותשע מאות
WORDS = " ".join(f"{w}:{v}" for w, v in _UNITS + _REST) + " " + " ".join(
    f"ו{w}:{v}" for w, v in _UNITS + _REST if w not in ("אחד", "אחת", "מאות"))
# a preposition glued to a number word: כאלפיים (about 2,000), בארבע נקודות אחוז (by four points), לשלושה, מחמישה.
# Why: unread, "2,000" for כאלפיים was an added figure and "four percent" for בארבע נקודות אחוז went unseen. Left
# out where the prefixed word is another word: כאחד (alike), לאחד (to unite), במאה (in the century), לאלף (to
# tame), מעשר (tithe); שש (also "glad") and the multiplier מאות keep to their own rules.
_PREFIXED_OUT = frozenset({"במאה", "לאלף", "מאלף", "מעשר", "מעשרה"})
WORDS += " " + " ".join(
    f"{p}{w}:{v}" for p in "כבלמ" for w, v in _UNITS + _REST
    if w not in ("אחד", "אחת", "מאות", "שש") and f"{p}{w}" not in _PREFIXED_OUT)
