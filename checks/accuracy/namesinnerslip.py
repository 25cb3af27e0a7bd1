"""A name's word with one inner letter lost or gained (Guerrero for Guerreiro, Ferrera for Ferreira).

A005 stays silent where a name's word is a common word of the original's language rendered by an English one
(a translation, not a typo). A frequent surname (Pereira, Guerreiro) passes for such a word, and its slip is
often an English-frequent name of its own (Perera, Guerrero). A translation changes a word's ending or swaps
its letters (Nacional: National, Ministero: Minister); it never drops or adds one letter inside a word whose
start and end it keeps, which is how a name is misspelt."""

from __future__ import annotations

from os.path import commonprefix

from ..names import fold, is_common_word, known_given_names


def inner_letter_slip(original: str, draft: str) -> bool:
    """One word is the other with one letter dropped inside it: at least three letters kept before the gap
    and two after it, so an ending swapped or cut (Centrale: Central) is not one."""
    o, d = fold(original), fold(draft)
    if abs(len(o) - len(d)) != 1 or not o.isalpha() or not d.isalpha():
        return False
    longer, shorter = (o, d) if len(o) > len(d) else (d, o)
    at = len(commonprefix([longer, shorter]))
    return at >= 3 and len(longer) - at - 1 >= 2 and longer[:at] + longer[at + 1 :] == shorter


def common_word_slips(draft: str, candidates: list[tuple[int, int, str]], owords: list) -> list[tuple[int, int, str]]:
    """Draft words too common in English to be name candidates by themselves (Guerrero, a name English knows)
    that are an inner-letter slip of a name word of the original in its own letters (Guerreiro), in a surname's
    place: just after a given name ("Paulo Guerrero"). Elsewhere such a word is a translation (Departament,
    "Department of Health")."""
    givens = {b for a, b, w in candidates if fold(w) in known_given_names() or not is_common_word(w)}
    return [(a, b, w) for a, b, w in candidates if is_common_word(w) and any(
        g + 1 == a and draft[g] == " " for g in givens) and any(
        not o.cross_script and fold(o.text)[:1] == fold(w)[:1] and inner_letter_slip(o.text, w) for o in owords)]
