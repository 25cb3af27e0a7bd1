"""Hebrew negation, for :mod:`.polarity`: the negators with the prefix letters glued to them.

``לא`` (not), ``אין`` (there is not) and its inflected forms ``אינו`` / ``אינה`` / ``אינם`` / ``אינן`` (is not),
``בלי`` / ``ללא`` / ``מבלי`` (without), ``מעולם`` (never, with לא or alone; ``אף אחד לא`` nobody and ``אף פעם
לא`` never carry their לא, a concord :mod:`.polarity` reads as one negation); each may carry the letters ו (and), ש (that), כש (when), מ, ה: ``ולא``, ``שלא``, ``שאינו``, ``ואין``,
``וללא``. Bare ``אף`` is "even" (``ואף`` "and even", ``אף על פי`` "although") and is no cue. Phrases that do not
negate: ``לא רק ... אלא גם`` (not only ... but also), ``לא פחות מ`` / ``לא יותר מ`` / ``לא יאוחר מ`` (no less, no
more, no later than), ``לא מעט`` (quite a few), ``אין ספק`` / ``ללא ספק`` / ``בלי ספק`` (no doubt), ``אין זה
מקרה`` (it is no accident), ``שלא כמו`` (unlike). Words that say no without a negator (``סירב`` refused, ``דחה`` rejected, ``ביטל``
cancelled, ``נמנע`` refrained, ``אסור`` forbidden, ``ללא שינוי`` unchanged) make a sentence :func:`hebrew_soft`.
"""

from __future__ import annotations

import re

_STEMS = "לא אין אינו אינה אינם אינן איננו איננה אינני אינך בלי ללא מבלי מעולם".split()
_PREFIXES = ("", "ו", "ש", "וש", "כש", "ה", "מ", "ומ")
CUES = " ".join(p + w for w in _STEMS for p in _PREFIXES if not (p in ("ה", "מ", "ומ") and w in ("לא", "אין")))
_B, _E = r"(?<![\w\"״'])", r"(?![\w\"״'])"
_P = r"(?:ו|ש|וש|כש)?"
NOT_NEGATION = (
    _B + _P + r"לא\s+(?:רק|פחות|יותר|יאוחר|מוקדם|מעט|מעטים|מעטות)" + _E
    + "|" + _B + _P + r"(?:אין|ללא|בלי)\s+(?:כל\s+)?(?:ספק|ספק\s+ש|זה\s+מקרה)" + _E
    + "|" + _B + r"אין\s+זה\s+מקרה" + _E + "|" + _B + r"ו?שלא\s+כמו" + _E  # שלא כמו "unlike"
)
_SOFT_RE = re.compile(_B + _P + r"(?:סירב\w*|מסרב\w*|דחה|דחתה|דחו|דוחה|ביטל\w*|בוטל\w*|נמנע\w*|אסור\w*|נאסר\w*"
                      r"|הכחיש\w*|מכחיש\w*|ללא\s+שינוי|בלא\s+שינוי|חוסר|היעדר|העדר|חסר\w*|ויתר\w*)" + _E)


def hebrew_soft(text: str) -> bool:
    """Whether a Hebrew sentence says no without a negator (סירב, דחה, ביטל, ללא שינוי)."""
    return _SOFT_RE.search(text) is not None


_WITHOUT_HE = re.compile(_P + r"(?:ללא|בלי|מבלי)")
_WITHOUT_EN = re.compile(r"(?<![\w'’])without(?![\w])", re.IGNORECASE)


_CUE_RE = re.compile(_B + "(?:" + "|".join(sorted(CUES.split(), key=len, reverse=True)) + ")" + _E)
_NOT_RE = re.compile(NOT_NEGATION)


def without_answered(otext: str, dtext: str, softened) -> bool:
    """The draft says no only with "without", and the original has a ללא / בלי for each and a negator besides:
    the "without" translates ללא, not the אינה the draft dropped (``העיר אינה ערוכה לקלוט ... ללא הרחבת
    התשתיות`` / "the city is ready to absorb ... without expanding the infrastructure")."""
    kept = [m for m in _NOT_RE.finditer(otext)]
    ocues = [m.span() for m in _CUE_RE.finditer(otext) if not any(k.start() <= m.start() < k.end() for k in kept)]
    n = len(_WITHOUT_EN.findall(dtext))
    withouts = [c for c in ocues if _WITHOUT_HE.fullmatch(otext[c[0] : c[1]])]
    return 0 < n <= len(withouts) < len(ocues) and not softened(_WITHOUT_EN.sub("", dtext))
