"""What a quotation mark is doing where it stands: opening, closing, apostrophe, prime or stray.

Apostrophes and primes (``don't``, ``the ’90s``, ``Texas' cities``, ``20" wide``) are told apart from
quotation marks by their surroundings alone, so the pairing never sees them. Also the speech-attribution
pattern (``, he said``) that both the pairing and the misquote family read.
"""

from __future__ import annotations

import re

SINGLE_MARKS = set("‘’‚'")  # the marks that may also be apostrophes
# Single guillemets ‹ › nest inside « » as ‘ ’ inside “ ” (French, Swiss): the single family.
SINGLE_FAMILY = SINGLE_MARKS | {"‹", "›"}
# Closers that are accepted for an opener: German „…“ and Polish „…”, and straight and curly marks of
# one family (a straight opener with a curly closer pairs; Q007 reports the mixed styles).
ACCEPTED_CLOSERS = {"“": {"”", '"'}, "„": {"“", "”", '"'}, "«": {"»"}, "‹": {"›"}, '"': {'"', "”"},
                    "‘": {"’", "'"}, "‚": {"‘", "’"}, "'": {"'", "’"}, "»": {"«"}, "›": {"‹"}}
MARK_CHARS = "\"'“”„«»‹›‘’‚"
MARK_RE = re.compile(f"[{MARK_CHARS}]")
ELISIONS = ("em", "tis", "twas", "cause", "til", "bout", "n", "round", "nuff", "s")
OPENING_CONTEXT = set(" \t\n\r([{—–-/“‘\"'«‹„‚")
ATTRIBUTION_VERBS = (
    r"said|says|told|added|adds|asked|asks|stated|states|wrote|writes|noted|notes|insisted|explained|"
    r"declared|replied|warned|stressed|argued|continued|urged|proposed|according"
)
ATTRIBUTION_AFTER_RE = re.compile(
    r"\s*(?:(?:he|she|they|we|I|it|[A-Z][\w’'.\-]*(?:\s+(?:[A-Z][\w’'.\-]*|of|the|de|von|al-\w+)){0,6})\s+(?:"
    + ATTRIBUTION_VERBS + r")\b|(?:" + ATTRIBUTION_VERBS + r")\s+(?:the\s+)?[A-Za-z])"
)

# A right single mark after a word or its punctuation, before a space, punctuation or the end.
CLOSER_AHEAD_RE = re.compile(r"[\w.,!?…;:)—–-]’(?![\w])")
_TWO_DIGITS_RE = re.compile(r"\d\d(?!\d)")
_LETTERS_RE = re.compile(r"[A-Za-z]*")


def _is_space(ch: str) -> bool:
    return ch == "" or ch.isspace()


def classify_mark(text: str, i: int, lo: int, hi: int, single_pending: bool, double_pending: bool,
                  closer_ahead: int = -2) -> str:
    """Role of the mark at ``i``: 'open', 'close', 'apostrophe', 'prime', 'stray', 'open-wrong', 'close-wrong'.

    ``closer_ahead`` is where the paragraph's last right single mark after a word (``CLOSER_AHEAD_RE``) starts,
    when the caller has found it once for the paragraph (-1: none); by default it is searched for here.
    Every test reads a bounded neighbourhood of ``i``, so classifying every mark of a paragraph is linear.
    """
    ch = text[i]
    prev = text[i - 1] if i > lo else ""
    nxt = text[i + 1] if i + 1 < hi else ""
    opening_ctx = prev == "" or prev in OPENING_CONTEXT
    closing_ctx = _is_space(nxt) or (not nxt.isalnum())
    if ch in SINGLE_MARKS:
        if prev.isalnum() and nxt.isalnum():
            return "apostrophe"
        if ch in "’'" and text[i + 1 : i + 3] in ("n’", "n'") and prev in ("", " ") and (i + 3 >= hi or _is_space(text[i + 3])):
            return "apostrophe"  # rock ’n’ roll (first mark)
        if ch in "’'" and prev == "n" and i >= 2 and text[i - 2] in "’'" and _is_space(nxt):
            return "apostrophe"  # rock ’n’ roll (second mark)
        if opening_ctx and nxt.isdigit() and _TWO_DIGITS_RE.match(text, i + 1, hi):
            return "apostrophe"  # the ’90s, the '49 team
        if opening_ctx and (nxt.isalnum() or nxt in "“\"…"):
            word = _LETTERS_RE.match(text, i + 1, hi).group().lower()
            if ch == "’" or (word in ELISIONS and not (ch == "‘" and _closer_ahead(text, i, hi, closer_ahead))):
                return "apostrophe"  # ’em, ’til; ‘cause opens a quotation when a closing ’ follows
            return "open"
        if (prev.isalnum() or prev in ".,!?…;:—–-)") and closing_ctx and single_pending:
            return "close"
        return "apostrophe" if prev.isalnum() else ("stray" if ch != "’" else "apostrophe")
    # Double marks and guillemets.
    if ch == '"':
        if prev.isdigit() and not double_pending and not nxt.isalnum():
            return "prime"  # 20" wide, 31-33"
        if opening_ctx and not _is_space(nxt):
            return "open"
        if not _is_space(prev) and closing_ctx:
            return "close"
        if _is_space(prev) and _is_space(nxt) and i + 1 < hi:
            # Detokenised MT spaces its marks (`" Gimmy Moore "`): pair them by what is pending.
            return "close" if double_pending else "open"
        if not double_pending and prev in ",:;" and nxt.isalnum():
            return "open"  # said,"It's: the space after the comma is missing
        return "close" if double_pending else "stray"
    if ch in "“„":
        if ch == "“" and not opening_ctx and closing_ctx and double_pending:
            return "close-wrong"
        if ch == "“" and i + 1 >= hi and prev.isspace():
            # `unworkable. “` at the paragraph's end: an autocorrected closer, never an opener.
            return "close-wrong" if double_pending else "stray"
        return "open"
    if ch == "”":
        if (opening_ctx or prev in ",:") and nxt.isalnum() and not double_pending:
            return "open-wrong"  # ”We … or said,”The
        return "close"
    pending = single_pending if ch in "‹›" else double_pending
    if ch in "«‹":
        # German style »…« reverses guillemets: « after a word closes.
        if prev.isalnum() and closing_ctx and pending:
            return "close"
        return "open"
    if ch in "»›":
        if opening_ctx and nxt.isalnum() and not pending:
            return "open"
        return "close"
    return "stray"


def _closer_ahead(text: str, i: int, hi: int, last: int) -> bool:
    """Does a right single mark after a word follow ``i`` in the paragraph (``‘cause … ’`` opens a quotation)?"""
    if last == -2:
        return CLOSER_AHEAD_RE.search(text, i + 1, hi) is not None
    return last >= i + 1


def last_closer_ahead(text: str, lo: int, hi: int) -> int:
    """Start of the paragraph's last ``CLOSER_AHEAD_RE`` match, or -1 (matches never overlap)."""
    last = -1
    for m in CLOSER_AHEAD_RE.finditer(text, lo, hi):
        last = m.start()
    return last


def mark_family(ch: str) -> str:
    return "single" if ch in SINGLE_FAMILY else "double"


def closer_for(opener: str) -> str:
    return {"“": "”", "„": "“", "«": "»", "‹": "›", '"': '"', "‘": "’", "‚": "‘", "'": "'", "»": "«", "›": "‹", "”": "”"}[opener]


def attribution_points(text: str, start: int, end: int) -> list[int]:
    """Offsets after every ``,`` in range that a speech attribution (``, he said``) follows, in order."""
    out = []
    pos = text.find(",", start, end)
    while pos >= 0:
        if ATTRIBUTION_AFTER_RE.match(text, pos + 1, end):
            out.append(pos + 1)
        pos = text.find(",", pos + 1, end)
    return out
