"""Persian negation, for :mod:`.polarity`: the prefix ن- of a verb, ``نمی‌`` of its continuous forms, نیست.

``نمی‌کند`` / ``نمیکند`` "does not do", ``نکرد`` "did not", ``نخواهد`` "will not", ``نیست`` "is not", ``ندارد``
"has not", ``نباید`` "must not", ``نشده است``. Many words merely begin with ن: ``نفت`` (oil), ``نظر`` (opinion),
``نیرو`` (force), ``نامه`` (letter), ``نرخ`` (rate), ``نشست`` (meeting), ``نبرد`` (battle), ``نزد`` (at),
``نیز`` (also), ``نخست`` (first), ``نشان`` (sign), ``نامید`` (named), ``نمود`` (did). A word counts only when
what follows ن is the stem of a common verb with a verb's ending (a closed list), never by its first letter.
``هیچ`` (no, none), ``هرگز`` / ``هیچ‌گاه`` (never) and ``بدون`` (without) are cues of their own; ``نه`` is a cue
only in ``نه ... نه`` (neither ... nor): alone it is also the number nine. ``نه تنها ... بلکه`` (not only ...
but also), ``یا نه`` (or not), ``بدون شک`` (no doubt) and ``کمتر از`` / ``بیش از`` after a negation are not
negations.
"""

from __future__ import annotations

import re

_PAST = ("کرد شد داشت خواست توانست بود داد گرفت رسید یامد گفت یافت دید رفت کشید گذاشت پذیرفت دانست یاورد خرید "
         "ماند شناخت فرستاد پرداخت ساخت فروخت خورد گشت کاست زد بست برد")
# past stems that are words of their own without an ending: نزد "at", نبرد "battle", نبست, نگشت
_PAST_NEEDS_ENDING = frozenset("زد برد بست گشت".split())
_PRESENT = "کن شو دار خواه توان باش ده گیر رس یا گو یاب بین رو گذار پذیر دان خر مان شناس فرست پرداز ساز فروش خور کاه"
_PAST_END = r"(?:م|ی|یم|ید|ند|ه(?:\u200c?(?:اند|است|ایم|ای|ام|اید)|\s+(?:است|اند|بود|بودند|باشد|باشند))?)"
_PRESENT_END = r"(?:م|ی|د|یم|ید|ند)"
_WORD_END = r"(?![\w\u200c])"
_START = r"(?<![\w\u200c])"


def _alt(words) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_PAST_WORDS = _PAST.split()
_NEGATED_RE = re.compile(
    _START + r"(?:"
    r"نمی\u200c?[^\W\d_]{2,}"  # نمی‌کند, نمیکند: every continuous form
    r"|نمی\s+(?:کن|شو|دار|خواه|توان|ده|گیر|رس|آی|گوی|یاب|بین|رو|دان|ماند)[^\W\d_]*"  # نمی کند, typed with a space
    r"|نیست(?:ند|یم|ید|م|ی)?|نباید|نتوان|نشاید"
    rf"|ن(?:{_alt(w for w in _PAST_WORDS if w not in _PAST_NEEDS_ENDING)}){_PAST_END}?"
    rf"|ن(?:{_alt(_PAST_NEEDS_ENDING)}){_PAST_END}"
    rf"|ن(?:{_alt(_PRESENT.split())}){_PRESENT_END}"
    r"|هیچ(?:\u200c?(?:کدام|یک|گاه|وقت|کس|چیز))?|بدون|نه(?=[^.؟!]*(?<![\w\u200c])نه(?![\w\u200c]))"
    r")" + _WORD_END
)
# نه تنها ... بلکه "not only ... but also", یا نه "or not", بدون شک / تردید "no doubt", the نه of a neither ... nor
# already counted (the first one speaks for both), هیچ after a negation it repeats is counted by concord
_NOT_NEGATION_RE = re.compile(
    _START + r"(?:نه\s+تنها|نه\s+فقط|یا\s+نه|بدون\s+(?:شک|تردید|تردیدی)|نه\s+کمتر\s+از|نه\s+بیش\s+از)" + _WORD_END)
# words that say no without a negator: عدم "lack of", رد کرد "rejected", امتناع "refusal", غیرممکن "impossible",
# ناتوان "unable", کمبود "shortage", مخالفت "opposition", لغو "cancelled", ممنوع "banned", and بی‌ "-less" after
# its non-joiner (بی‌سابقه "unprecedented"; بیشتر "more" and بیمارستان "hospital" only begin with the letters)
_SOFT_RE = re.compile(_START + r"(?:عدم|رد\s+(?:کرد|شد)\w*|امتناع|غیر\u200c?ممکن|ناتوان\w*|ناکام\w*|کمبود|مخالفت"
                      r"|لغو|ممنوع\w*|منتفی|بی\u200c[^\W\d_]{2,}|فاقد)" + _WORD_END)


def persian_negations(text: str) -> list[tuple[int, int]]:
    """Spans of the Persian negators in ``text`` (a sentence), bar the phrases that do not negate."""
    skip = [m.span() for m in _NOT_NEGATION_RE.finditer(text)]
    return [m.span() for m in _NEGATED_RE.finditer(text) if not any(a <= m.start() < b for a, b in skip)]


def persian_soft(text: str) -> bool:
    """Whether a Persian sentence says no without a negator (عدم, رد کرد, بدون)."""
    return _SOFT_RE.search(text) is not None
