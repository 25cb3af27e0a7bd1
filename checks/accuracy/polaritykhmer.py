"""Khmer negation, for :mod:`.polarity`: ``មិន`` (not) and its compounds, ``គ្មាន`` (there is no), ``ពុំ``, ``កុំ``.

Khmer negates with a word before the verb, often closed by ``ទេ`` or ``ឡើយ`` at the end of the clause:
``មិន ... ទេ``, ``មិនបាន`` (did not), ``មិនទាន់`` (not yet), ``មិនដែល`` (never), ``មិនមែន`` (is not), ``គ្មាន``
(there is no, none), the formal ``ពុំ`` (``ពុំមាន``, ``ពុំបាន``) and ``កុំ`` (don't). The closing ``ទេ`` is no cue of its
own (it also ends a question, ``ឬទេ``), so a sentence is one negation however many particles close it; Khmer
writes no spaces between words, so a cue is found inside a run of letters and ends where a vowel sign does not
follow. Not negations: ``មិនត្រឹមតែ`` / ``មិនមែនតែ`` (not only), quantities (``មិនតិចជាង`` no less than, ``មិនលើស``
at most), ``មិនយូរប៉ុន្មាន`` (not long after), ``មិនថា`` (no matter), ``ឬមិន`` / ``ឬក៏មិន`` (whether or not),
``គ្មានអ្វីក្រៅពី`` (nothing but), ``កុំព្យូទ័រ`` (computer), and ``មិនអាចមិន`` (cannot but: a double negative).
Words that say no without a negator (soft): ``បដិសេធ`` (refuse, deny), ``បរាជ័យ`` (fail), ``ខកខាន`` (fail to),
``ខ្វះ`` (lack), ``ឥត`` (without: ``ឥតគិតថ្លៃ`` free of charge), ``ហាមឃាត់`` (forbid), ``លុបចោល`` (cancel).
"""

from __future__ import annotations

import re

from .khmer import MARKS

_END = rf"(?![{MARKS}])"
_CUE_RE = re.compile(r"(?:មិន|គ្មាន|ពុំ|កុំ)" + _END)
_NOT_NEGATION_RE = re.compile(
    r"(?:មិន(?:ត្រឹម|មែន)តែ|មិន(?:តិច|ច្រើន|លើស|យឺត|ដល់)(?:ជាង|ពី)?|មិនលើស|មិនយូរ(?:ប៉ុន្មាន)?|មិនថា"
    r"|ឬ(?:ក៏)?(?:មិន|ពុំ)|គ្មានអ្វី(?:ក្រៅ|ក្រៅពី|ក្រៅតែ)|កុំព្យូទ័រ|មិនអាចមិន)" + _END)
_SOFT_RE = re.compile(r"(?:បដិសេធ|បរាជ័យ|ខកខាន|ខ្វះ|ឥត|ហាមឃាត់|ហាមប្រាម|លុបចោល|ច្រានចោល|ជៀសវាង|បោះបង់)" + _END)


def khmer_negations(text: str) -> list[tuple[int, int]]:
    """Spans of the Khmer negators in ``text`` (a sentence), bar the phrases that do not negate."""
    skip = [m.span() for m in _NOT_NEGATION_RE.finditer(text)]
    return [m.span() for m in _CUE_RE.finditer(text) if not any(a <= m.start() < b for a, b in skip)]


def soft_answered(otext: str, dtext: str, softened) -> bool:
    """The draft says no only with soft English words (lack, without), and the Khmer original has as many soft
    words of its own beside its negator: "was declared guilty due to lack of evidence" translates the ``ខ្វះ``
    of ``ប្រកាសថាគ្មានទោស ដោយសារខ្វះភស្តុតាង`` and drops the ``គ្មាន``, so its "lack" answers no negator."""
    soft = [w for w in re.findall(r"[A-Za-z][\w'’-]*", dtext) if softened(w)]  # each soft word (softened: polarity's)
    rest = re.sub(r"[A-Za-z][\w'’-]*", lambda m: "" if m.group() in soft else m.group(), dtext)
    return 0 < len(soft) <= len(_SOFT_RE.findall(otext)) and khmer_negations(otext) != [] and not softened(rest)


def khmer_soft(text: str) -> bool:
    """Whether a Khmer sentence says no without a negator (បដិសេធ refused, ឥត without)."""
    return _SOFT_RE.search(text) is not None
