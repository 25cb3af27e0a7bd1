"""A clause the draft adds to an aligned sentence that the original does not carry (A002).

Why: MT pads a faithful sentence with a plausible clause ("…connections to London and Brussels, most of
them in the morning"; "In Germany, the first foreign market of the group, where it opened a second factory
last year, orders…"). The sentence still pairs with its original and its figures and names agree, so no
other rule sees it.

How, cheaply (a first check embeds a few extra texts for about one sentence in seven):
- a candidate is a one-to-one pair whose draft is longer against its original than the document's own
  median pair (``LONGER``; the median absorbs the language's usual length ratio);
- each clause after the first that a comma or a dash sets off, of ``MIN_WORDS`` words or more, is cut in
  turn and the rest embedded; the cut that leaves the draft closest to the original is the suspect, and it
  is added when that cut brings the draft closer to the original by ``GAIN`` or more (a clause that
  translates something loses closeness when cut);
- it is not added when cutting one of the original's own clauses too leaves the pair as close
  (``TAIL_TRANSLATED``): the draft's clause translated that one;
- nor when the clause gives a figure and the original sentence has one: the figure rules compare those
  ("…, a month-on-month rise of nearly 40%" for 近四成; an invented "…, and tickets will cost 20 euros"
  is their A002);
- attributions ("…, she said"), descriptions of a person or gloss on a name (", who heads…",
  "Stettin, now Szczecin"), discourse markers and quotations are never cut: e5 cannot tell a title a
  translator moved from one the MT invented, and these were the false alarms on the clean samples;
- a record claim set off as an apposition (", the lowest level since the test was introduced", ", the
  largest such deal in the sector this year") is MT's favourite padding and a fact the editor must check;
  cutting one barely moves a sentence vector, so it is added when the cut leaves the draft no less close
  (``RECORD_GAIN``), even after a name (it describes the event, not the name).

Measured in bench/accuracy.py (samples, news, clauses); the constants were set on samples/accuracy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from statistics import median
from typing import Callable

import numpy as np

from ..names import fold, is_common_word, romanize
from .numbers import quantities
from .pairing import Alignment

LONGER = 1.05  # the draft/original length ratio over the document's median pair ratio that makes a candidate
GAIN = 0.014  # cosine the draft gains on its original when the clause is cut
TAIL_TRANSLATED = -0.005  # cut from both sides, a pair this much less close (or closer) had translated the clause
RECORD_GAIN = 0.0  # ... or no less close, for a record claim (see the module docstring)
MIN_WORDS = 4
KEPT = 0.4  # the sentence left after the cut is this share of it at least ("However, they ask…" is no clause)
MIN_PAIRS = 4  # pairs a document needs for its median length ratio
_SEPARATOR_RE = re.compile(r"(?:,|\s[–—-])\s+")
_CLOSERS = ".!?”\"’ \n"
# a description of a person ("…, who heads the union's transport division", "Anna Berg, director of…") or a
# gloss on a name ("Stettin, now Szczecin"): translators move titles about and explain names, and a cut
# description barely moves a sentence vector, so e5 cannot tell a moved title from an invented one
_ABOUT_A_PERSON_RE = re.compile(r"(?:who|whose|whom)\b", re.IGNORECASE)
_AFTER_A_NAME_RE = re.compile(r"(?<=\w)\s+[A-Z][\w'’-]*\.?$")
_DISCOURSE_RE = re.compile(r"(?:on the other hand|in turn|in addition|at the same time|in other words|as a result|"
                           r"by contrast|for (?:his|her|its|their|our) part|as expected|of course)", re.IGNORECASE)
# a share in words ("only about a third were carried out"), not an ordinal compound ("the third-largest supplier")
_SHARE_RE = re.compile(r"\b(?:half|halves|thirds?|quarters?|fifths?|tenths?|twice|double|triple)\b(?![-‐])",
                       re.IGNORECASE)
# an apposition claiming a record: a superlative, then what it is measured against ("since …", "ever", "in a
# decade", "on record", "this year")
_SUPERLATIVE = (r"(?:(?:second|third|single|very|all-time)[\s-]+)?(?:most|least|best|worst|first|"
                r"(?!(?:inter|prot|requ|harv|for|hon|mod|cont|inv|sugg|arr|dig|gu|qu|ch|w|r|t|n|b|l)est\b)[a-z]{2,}est)")
_RECORD_RE = re.compile(r"(?:the|its|their|his|her)\s+" + _SUPERLATIVE + r"\b.*\b(?:since|ever|on record|"
                        r"in (?:a|the|over a|more than a|\w+) (?:decade|century|generation|years?)|in history|"
                        r"this (?:year|season|century)|records? began)\b.*", re.IGNORECASE)
# ...or joined by "and" ("turnout was 64 percent, well above 2021 and the highest since reunification"): cut
# only when a whole record claim follows, for "and" joins so much else
_AND_RECORD_RE = re.compile(r"\s+and\s+(?=(?:the|its|their|his|her)\s+" + _SUPERLATIVE + r"\b)", re.IGNORECASE)
_NAME_RE = re.compile(r"(?<![\w-])[A-Z][a-z]{3,}(?![\w-])")
_QUOTE_RE = re.compile(r"[\"“”;:()]")
_ORIGINAL_SEPARATOR_RE = re.compile(r",\s+|;\s+|[，、；]\s*|\s[–—-]\s+")
MAX_ORIGINAL_CUTS = 4
_ATTRIBUTION_RE = re.compile(r"\b(?:said|says|told|added|adds|according|reported|reports|announced|stated|explained|"
                             r"noted|wrote|writes|quoted|insisted|stressed|warned|argued|recalled|concluded)\b",
                             re.IGNORECASE)

Embed = Callable[[list[str]], np.ndarray]


@dataclass(frozen=True)
class AddedClause:
    draft_index: int  # the draft sentence
    start: int  # the clause with the comma or dash before it, in draft text offsets
    end: int
    clause: str  # the clause's words alone


def added_clauses(al: Alignment, draft: str, embed: Embed) -> list[AddedClause]:
    """Clauses of draft sentences that the original sentences they pair with do not carry."""
    out = []
    for c, gain, otext, vcut, o in best_cuts(al, draft, embed):
        record = _RECORD_RE.fullmatch(c.clause) is not None
        if gain < (RECORD_GAIN if record else GAIN) or _figure_of_original(otext, c.clause, al.language, record):
            continue
        if _carries_a_name_of(otext, c.clause, draft[al.draft_sentences[c.draft_index].start : c.start]):
            continue
        if record or not _original_clause_translates(otext, vcut, o, embed):
            out.append(c)
    return out


def best_cuts(al: Alignment, draft: str, embed: Embed):
    """For each candidate draft sentence, the clause whose cut brings it closest to its original: (the clause,
    the cosine gained, the original sentence, the cut sentence's vector, the original's vector)."""
    pairs = [(b.original[0], b.draft[0]) for b in al.beads
             if len(b.original) == 1 and len(b.draft) == 1 and not b.missing and not b.added]
    if len(pairs) < MIN_PAIRS:
        return
    texts = {(i, j): (_text(al.original, al.original_sentences[i]), _text(draft, al.draft_sentences[j]))
             for i, j in pairs}
    usual = median(len(d) / max(len(o), 1) for o, d in texts.values())
    for (i, j), (otext, dtext) in texts.items():
        if len(dtext) / max(len(otext), 1) < LONGER * usual:
            continue
        cuts = list(_cuts(dtext))
        if not cuts:
            continue
        o, d = al.ovecs[i], al.dvecs[j]
        vecs = embed([cut for _, _, _, cut in cuts])
        best = int(np.argmax(vecs @ o))
        at = _text_start(draft, al.draft_sentences[j])
        records = [k for k, (_, _, clause, _) in enumerate(cuts) if k != best and _RECORD_RE.fullmatch(clause)]
        for k in [best] + records:  # a record claim is judged on its own cut (see RECORD_GAIN)
            a, b, clause, _ = cuts[k]
            yield AddedClause(j, at + a, at + b, clause), float(vecs[k] @ o - d @ o), otext, vecs[k], o


def _cuts(dtext: str):
    """(start, end, clause, the sentence without it) for each clause after the first that a comma or a dash
    sets off: the span runs from the separator before the clause to its end, so cutting it leaves the
    sentence's own punctuation."""
    for sep, end in _clauses(dtext, _SEPARATOR_RE, _CLOSERS):
        clause = dtext[sep.end() : end]
        after_a_name = _AFTER_A_NAME_RE.search(dtext, 0, sep.start()) and not _RECORD_RE.fullmatch(clause)
        if (len(clause.split()) < MIN_WORDS or len(dtext) - (end - sep.start()) < len(dtext) * KEPT
                or _ATTRIBUTION_RE.search(clause) or _QUOTE_RE.search(clause) or _ABOUT_A_PERSON_RE.match(clause)
                or after_a_name or _DISCOURSE_RE.fullmatch(clause)
                or len(dtext[: sep.start()].split()) < MIN_WORDS):  # "Currently, the water level…": the subject
            continue
        yield sep.start(), end, clause, dtext[: sep.start()] + dtext[end:]
    for sep, end in _clauses(dtext, _AND_RECORD_RE, _CLOSERS):
        clause = dtext[sep.end() : end]
        if _RECORD_RE.fullmatch(clause) and not (_ATTRIBUTION_RE.search(clause) or _QUOTE_RE.search(clause)):
            yield sep.start(), end, clause, dtext[: sep.start()] + dtext[end:]


def _clauses(text: str, separator: re.Pattern, closers: str, after: int = 0) -> list[tuple[re.Match, int]]:
    """(separator, end) of each clause after the first that ``separator`` sets off (at ``after`` or later):
    a clause runs to the next separator, the last one to the sentence's closing punctuation."""
    seps = [m for m in separator.finditer(text) if m.start() >= after]
    return list(zip(seps, [m.start() for m in seps[1:]] + [len(text.rstrip(closers))]))


def _text(text: str, span) -> str:
    return text[span.start : span.end].strip()


def _text_start(text: str, span) -> int:
    raw = text[span.start : span.end]
    return span.start + len(raw) - len(raw.lstrip())


def _figure_of_original(otext: str, clause: str, lang: str, record: bool = False) -> bool:
    """The clause gives a figure and the original sentence has one too: the figure rules compare the two
    (A003, and A002 for a figure nothing in the original accounts for), and a clause that carries a figure
    of the original translates it ("…, only about a third were carried out": apenas um terço). A record
    claim's span ("…, their highest level in two years") is no figure the rules weigh: it translates the
    original only when the original gives that very figure."""
    mine = [q for q in quantities(clause) if q.kind != "ordinal"]  # "a second factory" is no figure to compare
    theirs = quantities(otext, lang=lang)
    if record and mine:
        said = {v for q in theirs for v in q.values}
        return any(v in said for q in mine for v in q.values)
    return bool((mine or _SHARE_RE.search(clause)) and theirs)


def _carries_a_name_of(otext: str, clause: str, before: str) -> bool:
    """The clause gives a name the original sentence gives and the draft sentence's other words do not: it
    translates that part (", at the Government Complex Sejong" for 정부세종청사에서, a compound e5 reads
    poorly), however little cutting it moves the sentence vector."""
    said = fold(romanize(otext)).replace(" ", "")
    return any(fold(w) in said and w not in before for w in _NAME_RE.findall(clause) if not is_common_word(w))


def _original_clause_translates(otext: str, vcut: np.ndarray, o: np.ndarray, embed: Embed) -> bool:
    """A clause of the original, cut too, leaves a pair as close as the draft cut alone is to the whole
    original: the draft's clause was that clause's translation."""
    cuts = [otext[: sep.start()] + otext[end:] for sep, end in _clauses(otext, _ORIGINAL_SEPARATOR_RE,
                                                                        _CLOSERS + "。！？」»", len(otext) // 3)]
    if not cuts:
        return False
    cuts = cuts[:MAX_ORIGINAL_CUTS]
    return bool(np.max(embed(cuts) @ vcut) - o @ vcut >= TAIL_TRANSLATED)
