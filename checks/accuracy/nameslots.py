"""Names in the same slot of a name (A005): the draft's surname beside a given name both share.

A misspelling two letters off (“Robert Kousek” for ``Roberta Kousala``, “Mai Kieu Linh” for ``Mai Kiều
Liên``, “Alexandros Lykourgos” for ``Αλέξανδρος Λυκουρέζος``) is too far for a letter-by-letter slip, yet it
is no other person: the word beside it is the same name in both, the original's word has no other
counterpart in the draft sentence and the draft's none in the original, and the two still look alike (same
first letter, half their letters in order). A surname that is a word of its language rendered by the
English word (“Serkan Star” for ``Serkan Yıldız``, "star") sits in that slot too: names are not translated.
"""

from __future__ import annotations

import re
from typing import Callable

from rapidfuzz.distance import Indel

from ..names import NAME_SUFFIXES, TITLE_WORDS, fold, is_common_word, known_given_names
from .mismatch import Mismatch
from .slotforms import declined_same

# most letters of the two spellings in order (Kousek / Kousala 0.62, Linh / Lien 0.75); different
# names with one first letter rarely are (Kowalski / Kaczmarek 0.35, Priit / Proot 0.6)
MIN_LIKENESS = 0.61
# The generic head of a place's or a body's name, which English translates by rights (Bağdat Caddesi: Bağdat
# Street, Sejm Ustawodawczy: Legislative Sejm): never the translated surname this module looks for.
_NAME_HEADS = frozenset("""
    street avenue road boulevard lane square bridge river lake sea mountain mountains hill park palace tower hall
    hotel bank party union university college school hospital church mosque cathedral airport station port gate
    cup league award prize festival forum council court ministry agency company group club stadium arena centre
    center museum institute foundation association federation republic kingdom empire province county region
    district island islands valley desert forest coast peninsula gulf canal strait highway motorway way place
    market bazaar castle fortress temple monastery theatre theater gallery library assembly parliament senate
    congress committee commission office army navy guard front movement alliance coalition bloc city town
    village quarter neighbourhood state states square garden gardens beach cape bay falls dam
    municipality borough
    orchestra symphony philharmonic opera choir ensemble quartet academy conservatory
    municipal mayoral metropolitan provincial regional national federal presidential parliamentary
    """.split())  # the last line: a body's name rendered by its adjective (Belediye Başkanlığı: Mayoral election)


def _words(text: str, spans, word_re: re.Pattern) -> list[tuple[int, int, str]]:
    out = []
    for a, b in spans:
        for m in word_re.finditer(text, a, b):
            w = re.sub(r"['’]s$", "", m.group())
            if w[0].isupper() and not w.isupper():
                out.append((m.start(), m.start() + len(w), w))
    return out


def _beside(text: str, left_end: int, right_start: int) -> bool:
    return left_end <= right_start and not text[left_end:right_start].strip()


def slot_names(original: str, owords: list, draft: str, dspans, word_re: re.Pattern, lang: str,
               matches: Callable[[str, object], bool], translated: Callable[[str, str], bool]) -> list[Mismatch]:
    """Draft name words whose neighbour is the original's name word's neighbour, spelt apart from it.

    ``matches(w, o)``: the draft word is a fair spelling of original word ``o`` (same, transliteration, case
    ending); ``translated(o_text, w)``: a common word of the original's language rendered by an English one."""
    dwords = _words(draft, dspans, word_re)
    if not owords or len(dwords) < 2:
        return []
    owords = [o for o in owords if not _glued(o.text)]
    dwords = [d for d in dwords if not _glued(d[2])]
    fair = matches
    matches = lambda w, o: fair(w, o) or declined_same(w, o, lang)  # noqa: E731
    o_free = [not any(matches(w, o) for _, _, w in dwords) for o in owords]
    d_free = [not any(matches(w, o) for o in owords) for _, _, w in dwords]
    out, seen, headline = [], set(), _headline(original, owords)
    for i in range(len(owords) - 1):
        o1, o2 = owords[i], owords[i + 1]
        if not _beside(original, o1.end, o2.start):
            continue
        for j in range(len(dwords) - 1):
            (a1, b1, w1), (a2, b2, w2) = dwords[j], dwords[j + 1]
            if not _beside(draft, b1, a2):
                continue
            # the anchor is the name both share; the other side is free on both sides
            # a common word anchors when the name word before it is shared too: "Mariana Toledo Fernandes" for
            # Mariana Toledo Fagundes (Toledo, a city), "Nguyen Van Dien" for Nguyễn Văn Đính
            run = (i > 0 and j > 0 and _beside(original, owords[i - 1].end, o1.start)
                   and _beside(draft, dwords[j - 1][1], a1)
                   and matches(dwords[j - 1][2], owords[i - 1]) and _a_name(dwords[j - 1][2]))
            for anchor_ok, o, k, w, after in ((matches(w1, o1) and (_a_name(w1) or run), o2, j + 1, w2, True),
                                              (matches(w2, o2) and _a_name(w2), o1, j, w1, False)):
                oi = i + 1 if after else i
                if not anchor_ok or not o_free[oi] or not d_free[k] or (dwords[k][0], dwords[k][1]) in seen:
                    continue
                if _alike(w, o) or (after and not headline and not _title_before_name(draft, dwords, k)
                                    and _translated_surname(w1, w, o, translated)):
                    a, b = dwords[k][0], dwords[k][1]
                    seen.add((a, b))
                    shown = f"“{o.text}”" + (f" ({o.latin})" if o.cross_script else "")
                    msg = f"The original names {shown} here; the draft has “{w}”"
                    out.append(Mismatch(a, b, *_run(original, owords, oi), msg, None))
    return out


def _headline(original: str, owords: list) -> bool:
    """A title-case headline (Ribuan Warga Lumajang Mengungsi): its capitalised words are not all names, so a
    word rendered by an English one there (Residents Flee) is no translated surname."""
    if not owords:
        return False
    a, b = min(o.start for o in owords), max(o.end for o in owords)
    a, b = original.rfind("\n", 0, a) + 1, original.find("\n", b)  # the line the names stand on
    words = re.findall(r"\w+", original[a : b if b >= 0 else len(original)])
    return sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def _run(original: str, owords: list, i: int) -> tuple[int, int]:
    """The whole name the word belongs to (Mai Kiều Liên), as the original's span."""
    a = b = i
    while a > 0 and _beside(original, owords[a - 1].end, owords[a].start):
        a -= 1
    while b + 1 < len(owords) and _beside(original, owords[b].end, owords[b + 1].start):
        b += 1
    return owords[a].start, owords[b].end


def _title_before_name(draft: str, dwords: list, k: int) -> bool:
    """“Celle Mayor Thorsten Weißenborn” for ``Celler Oberbürgermeister Thorsten Weißenborn``: a title or office
    placed before the name that follows it, which English translates by rights (German capitalises its nouns),
    not a surname rendered by an English word."""
    return (fold(dwords[k][2]) in TITLE_WORDS and k + 1 < len(dwords)
            and _beside(draft, dwords[k][1], dwords[k + 1][0]) and dwords[k + 1][2] not in NAME_SUFFIXES)


def _a_name(w: str) -> bool:
    """The anchor is a name, not a title both texts capitalise (President Joko Widodo for Presiden Jokowi)."""
    return not is_common_word(w) or fold(w) in known_given_names()


def _glued(w: str) -> bool:
    """Two words glued across a lost line break (BălţiTeatrul, GeminationGemination): no name to compare."""
    return any(a.islower() and b.isupper() for a, b in zip(w, w[1:]))


def _alike(w: str, o) -> bool:
    """Same first letter and half the letters in order, or (in the original's own script) all but the first
    letter; not an English word (Democratic for Democrat) nor adjective (Anatolian for Anadolu)."""
    if len(w) < 4 or is_common_word(w) or fold(w).endswith(("ian", "ean", "ese", "ish")):  # Anatolian
        return False
    fw = fold(w)
    if not o.cross_script and len(fw) >= 5 and any(fw[1:] == fold(f)[1:] for f in {o.latin} | o.forms):
        return True  # Fernández in Hernández's place: only the first letter differs, in the original's own script
    return any(fold(f)[:1] == fw[:1] and Indel.normalized_similarity(fw, fold(f)) >= MIN_LIKENESS
               and not _conventions(fw) & _conventions(fold(f)) for f in {o.latin} | o.forms)


# Sounds each language's press spells its own way in a name from another script (Kassym-Schomart Tokajew in
# German is Kassym-Jomart Tokayev in English; Polish Żomart, Czech Tokajev): one class each, so two spellings
# that differ only there are one name in two conventions, not a slip; j is English "Jomart" or German "Tokajew"
_CONVENTION_RE = re.compile(r"d?sch|tsch|tch|dzh|dz|zh|sh|ch|sz|cz|cs|zs|dj|j|y|ie|i|w|v|ks|x|ou|u|ph|f|kh|h")
_CONVENTION = {**dict.fromkeys("dsch sch zh sh sz zs dzh dz dj j".split(), "S"),
               **dict.fromkeys("tsch tch ch cz cs".split(), "C"), **dict.fromkeys("y ie i".split(), "I"),
               "w": "V", "v": "V", "ks": "X", "x": "X", "ou": "U", "u": "U", "ph": "F", "f": "F", "kh": "H", "h": "H"}


def _conventions(folded: str) -> set[str]:
    return {_CONVENTION_RE.sub(lambda m: j if m.group() == "j" else _CONVENTION[m.group()], folded) for j in "SI"}


def _translated_surname(given: str, w: str, o, translated: Callable[[str, str], bool]) -> bool:
    """“Serkan Star” for ``Serkan Yıldız``: after a name the draft copies (not an English word itself, so not
    ``Social`` of Partidul Social Democrat), the original's word translated as an English word."""
    if o.cross_script or not is_common_word(w) or fold(w) in _NAME_HEADS:
        return False
    if is_common_word(given) and fold(given) not in known_given_names():
        return False
    return translated(o.text, w)
