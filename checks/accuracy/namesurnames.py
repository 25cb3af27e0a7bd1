"""Surnames that are everyday words. Turkish families chose their surnames from the lexicon under the 1934
Surname Law (Kaya "rock", Yıldız "star", Demir "iron", Kara "black", Güneş "sun"), so a draft's slip can land on
an English word (Kara for Kaya): too common to be taken for a name, or let pass as a translated word. A surname
is never translated, though: a word right after a forename that both texts share is a surname, and a slip in it
is a slip."""

import re

from ..names import fold

WORD_SURNAME_LANGS = frozenset({"tr"})
_LAST_WORD_RE = re.compile(r"([^\W\d_]+)\s+$")
_NEXT_WORD_RE = re.compile(r" ([^\W\d_]+)")
_BEFORE_WORD_RE = re.compile(r"(?<![^\W\d_])([^\W\d_]+)(?= [^\W\d_])")  # a word and then another


def _follows(text: str, start: int) -> str | None:
    m = _LAST_WORD_RE.search(text[max(0, start - 40) : start])
    return m.group(1) if m and m.group(1)[0].isupper() else None


def after_kept_forename(original: str, ostart: int, draft: str, dstart: int, lang: str) -> bool:
    """The original's word and the draft's both follow the same capitalised word (Zeynep Kaya, Zeynep Kara)."""
    if lang not in WORD_SURNAME_LANGS:
        return False
    before_o, before_d = _follows(original, ostart), _follows(draft, dstart)
    return before_o is not None and before_d is not None and fold(before_o) == fold(before_d)


def word_surnames(original: str, draft: str, candidates: list[tuple[int, int, str]], lang: str
                  ) -> list[tuple[int, int, str]]:
    """Capitalised common words just after a draft name that the original has before a capitalised word too:
    the surname slot, to be compared with the original's names whatever English makes of the word."""
    if lang not in WORD_SURNAME_LANGS:
        return []
    taken = {a for a, _, _ in candidates}
    forenames = {fold(m.group(1)) for m in _BEFORE_WORD_RE.finditer(original) if m.group(1)[0].isupper()}
    out = []
    for _, b, w in candidates:
        m = _NEXT_WORD_RE.match(draft, b)
        if m and m.group(1)[0].isupper() and m.start(1) not in taken and fold(w) in forenames:
            out.append((m.start(1), m.end(1), m.group(1)))
    return out
