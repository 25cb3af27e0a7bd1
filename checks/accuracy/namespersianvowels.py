"""A Persian name's written long i that the draft's spelling lacks (A005): "Karami" for ``کریمی`` (Karimi).

Why: :mod:`.namespersian` compares names by their consonants, as Persian writes no short vowels; but it does
write the long i (ی) between consonants, and MT swaps a name for a commoner one with the same consonants
(کریمی Karimi read as کرمی Karami, حسینی Hosseini as "Hassani"). A draft name whose consonants are the original
word's, one for one, where the original has ی alone between two consonants and the draft only a, o or u there
(no i, e or y: Hosseini, Heydari, Seyed, Hussain all keep one), is a slip. ی beside ا, و or ع (بیات Bayat,
خیام Khayyam, سعید Saeed) may be a consonant y or a diphthong, and is left alone.
"""

from __future__ import annotations

from ..names import fold

_CONSONANTS = frozenset("بپتطثسصجچحهخدذزضظرشغقفکكگلمنةژ")
_DIGRAPHS = (("kh", "X"), ("gh", "G"), ("sh", "S"), ("ch", "C"), ("zh", "Z"), ("ph", "f"))


def _units(letters: list[tuple[str, bool]]) -> tuple[list[str], list[str]]:
    """Consonants and the vowel letters around them (gap k sits before consonant k); a doubled consonant with
    no vowel between is one (عباس Abbas)."""
    cons: list[str] = []
    gaps = [""]
    for ch, consonant in letters:
        if not consonant:
            gaps[-1] += ch
        elif not (cons and cons[-1] == ch and not gaps[-1]):
            cons.append(ch)
            gaps.append("")
    return cons, gaps


def _persian(word: str, classes: dict[str, str]) -> tuple[list[str], list[str]]:
    return _units([(classes.get(ch, "Z" if ch == "ژ" else ch), ch in _CONSONANTS) for ch in word])


def _latin(word: str) -> tuple[list[str], list[str]]:
    s = fold(word).lower()
    for a, b in _DIGRAPHS:
        s = s.replace(a, b)
    s = s.replace("q", "G").replace("z", "s").replace("w", "v")
    return _units([(ch, ch not in "aeiouy") for ch in s if ch.isalpha()])


def lacks_long_i(persian: str, latin: str, classes: dict[str, str]) -> bool:
    """Whether the Latin spelling has only a, o or u where the Persian word writes ی alone between consonants
    (``classes``: :mod:`.namespersian`'s sound class of each letter, passed in so neither imports the other)."""
    pc, pg = _persian(persian, classes)
    lc, lg = _latin(latin)
    if pc != lc and pc[-1:] == ["h"] and not pg[-1]:  # a final ه English leaves out (Fatemeh, Fatema)
        pc, pg = pc[:-1], pg[:-1]
    if pc != lc or len(pc) < 3:
        return False
    return any(pg[k] and set(pg[k]) <= set("یي") and lg[k] and not set(lg[k]) & set("iey") for k in range(1, len(pc)))
