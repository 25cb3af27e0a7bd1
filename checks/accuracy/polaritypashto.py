"""Pashto negation, for :mod:`.polarity`: نه before the verb, مه, and the نـ written onto a verb.

``نه شي`` "will not become", ``نه لرو`` "we do not have", ``مه کوئ`` "do not", ``نشته`` "there is not", ``نشي``
"cannot", and the نه typed onto its verb: ``نلري``, ``نکوي``, ``ندی``, ``نغواړي``; ``ونه کړ`` "did not do" (a
perfective with its و; ``ونه`` before anything else is "tree"). Many words merely begin with ن: ``نوي`` (new),
``نوم`` (name), ``نرخ`` (rate), ``نړۍ`` (world), ``نږدې`` (near), ``نن`` (today), ``ننګرهار``, ``نشتوالی``
(absence, a soft word): a glued form counts only when what follows ن is a verb of a closed list with its ending.
``هیڅ`` / ``هېڅکله`` (no, never) are cues of their own. Not negations: ``نه یوازې ... بلکې`` (not only ... but),
``یا نه`` / ``که نه`` (or not, otherwise), and the نه that closes ``له ... نه`` ("from": ``له کابل نه``) or
``تر ... نه`` ("than"): a ``له`` or ``تر`` a few words before it with no other postposition between (تر اوسه
"yet", تر ټولو "most", تر څو "until" are whole), or the colloquial ``د ... نه راهیسې`` ("since").
"""

from __future__ import annotations

import re

_START = r"(?<![\w\u200c])"
_END = r"(?![\w\u200c])"
# verb forms the نه of a negation is typed onto: لري "has", کوي "does", کړ "did", غواړي "wants", شي "becomes,
# can", شته "there is", دی / ده / دي "is", مني "accepts", پوهېږي "knows", ورکوي "gives", کېږي "is done"
_GLUED = (r"لر(?:ي|و|م|ې|ئ|ل|له|لو|لې)|کو(?:ي|و|م|ې|ئ|لو|له)|کړ(?:ه|ل|ي|ې|و|م|ئ|لو|له|ای)?"
          r"|غواړ(?:ي|و|م|ې|ئ)|ش(?:ي|و|ول|وه|وې|م|ئ|ته|وای|وی)|د(?:ی|ه|ي)|من(?:ي|و|م|ل|له|لې)"
          r"|پوه(?:ېږ|یږ)(?:ي|و|م)|ورکو(?:ي|و|م|ل|له)|ک(?:ېږ|یږ)(?:ي|و)")
_PERFECTIVE = r"(?:کړ|کړه|کړل|کړي|کړې|کړو|کړم|کړای|شو|شوه|شول|شي|شوای|منل|منله|منلې|نیول|موند|موندل)"
_CUE_RE = re.compile(
    _START + r"(?:"
    r"نه(?!\s*(?:یوازې|یوازی|یواځې|یواځی|فقط|تنها|راهیسې|راهیسی|وروسته|دمخه|مخکې|پس|بهر|لرې|پورته)" + _END + r")"
    r"|(?<!\d\s)مه(?=\s+[^\W\d_])"  # not the ordinal of ۱۶ مه
    rf"|ن(?:{_GLUED})"
    rf"|ونه(?=\s+{_PERFECTIVE}{_END})"
    r"|ه[يیې]څ(?:\u200c?(?:کله|وک|یو|چا))?|ه[يیې]چا|ه[يیې]چ(?:\u200c?کله)?"
    r")" + _END
)
# یا نه "or not", که نه / کنه "otherwise", نشو و نما "growth"
_NOT_NEGATION_RE = re.compile(_START + r"(?:یا\s+نه|که\s+نه|کنه|نشو\s*و?\s*نما)" + _END)
# a له / تر ... نه with no postposition of its own between them: "from", "than"
_OPENER_RE = re.compile(_START + r"(?:له|تر)" + _END)
_CLOSER_RE = re.compile(_START + r"(?:څخه|سره|نه|لپاره|پورې|راهیسې|وروسته|مخکې|خوا|امله|لارې|مخې|پرته|کې|ته|اوسه"
                        r"|ټولو|منځ|لاسه|څنګ|شا|لاندې|څو|وخته)" + _END)
_BREAK_RE = re.compile(r"[.،,؛;:!؟?«»\"]")
# words that say no without a negator: پرته "without", بې "-less" (a word of its own or before the
# non-joiner; بېرته "back", بېړنی "urgent" only begin with it), نشتوالی "absence", کمښت "shortage", انکار
# "denial", رد کړ "rejected", ناکام "failed", ناشونی / ناممکن "impossible", منع "ban", مخالفت "opposition"
_SOFT_RE = re.compile(_START + r"(?:پرته|بې(?=\s|\u200c)|نشتوال(?:ی|ي|ۍ)|کمښت|انکار\w*|رد\s+(?:کړ|شو)\w*|ناکام\w*"
                      r"|ناشون(?:ی|ي|ې)|ناممکن|منع|مخالفت\w*)" + _END)


def _postposition(text: str, at: int) -> bool:
    """Whether the نه at ``at`` closes a ``له ... نه`` or ``تر ... نه`` (at most four words back)."""
    before = text[max(0, at - 60) : at]
    cut = max((m.end() for m in _BREAK_RE.finditer(before)), default=0)
    words = list(re.finditer(r"[^\s]+", before[cut:]))[-5:]
    for m in reversed(words):
        w = m.group()
        if _CLOSER_RE.fullmatch(w):
            return False
        if _OPENER_RE.fullmatch(w):
            return True
    return False


def pashto_negations(text: str) -> list[tuple[int, int]]:
    """Spans of the Pashto negators in ``text`` (a sentence), bar the phrases that do not negate."""
    skip = [m.span() for m in _NOT_NEGATION_RE.finditer(text)]
    return [m.span() for m in _CUE_RE.finditer(text)
            if not any(a <= m.start() < b for a, b in skip)
            and not (m.group() == "نه" and _postposition(text, m.start()))]


def pashto_soft(text: str) -> bool:
    """Whether a Pashto sentence says no without a negator (پرته, نشتوالی, کمښت, انکار)."""
    return _SOFT_RE.search(text) is not None
