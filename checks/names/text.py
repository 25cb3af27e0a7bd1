"""How two spellings of one part of a name relate: same, accents only, transliteration, typo, or different.

The names checks compare names unit by unit ("Sergey" with "Sergei", "Lavrow" with "Lavrov"); this module
holds that comparison so that the draft check, the names list and the benchmark all judge alike.
"""

from __future__ import annotations

import itertools
import math
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from rapidfuzz.distance import OSA

from .devanagari import DEVANAGARI_RE, devanagari_romanize, devanagari_romanizations
from .hangul import HANGUL_RE, hangul_romanize, hangul_romanizations

SAME, ACCENT, VARIANT, CLOSE, DIFFERENT = 4, 3, 2, 1, 0

# Transliterations of one given name that wire services use interchangeably.
_EQUIVALENT_GROUPS = (
    "mohammed mohammad muhammad mohamed muhammed mohamad mohammod",
    "ahmed ahmad",
    "hussein husain hussain hossein husayn",
    "hassan hasan",
    "abdullah abdallah",
    "abdel abdul abd",
    "sergei sergey serguei sergiy serhiy",
    "dmitry dmitri dmitriy",
    "alexander aleksandr alexandr",
    "alexei alexey aleksei aleksey oleksiy",
    "andrei andrey",
    "yuri yury yuriy",
    "nikolai nikolay",
    "vasily vasiliy vassily",
    "yevgeny evgeny yevgeniy evgeniy",
    "mikhail michail",
    "maria mariya",
    "yulia yuliya julia",
    "tatiana tatyana",
    "natalia natalya",
    "volodymyr volodimir",
    "oleksandr olexander",
    "andriy andrii",
    "zelenskiy zelensky zelenskyy zelenskyi zelenski",
    "gaddafi qaddafi kadhafi",
)
_EQUIVALENT = {w: i for i, g in enumerate(_EQUIVALENT_GROUPS) for w in g.split()}

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "–": "-", "‑": "-"})


@lru_cache(maxsize=65536)
def surface(word: str) -> str:
    """Case and apostrophe style removed: ``MACRON`` and ``Macron``, ``O’Brien`` and ``O'Brien`` agree."""
    return word.translate(_APOSTROPHES).casefold()


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """:func:`surface` with diacritics stripped: ``Erdoğan`` -> ``erdogan``, ``Orbán`` -> ``orban``, and the
    Turkish dotless ı (no decomposition) as i, as the English press writes ``Çamlıhemşin`` "Camlihemsin"."""
    s = unicodedata.normalize("NFKD", surface(word))
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("ø", "o").replace("ł", "l").replace("đ", "d").replace("ß", "ss").replace("æ", "ae")
    return s.replace("ı", "i")


_KEY_RULES = (("kh", "h"), ("ph", "f"), ("ck", "k"), ("w", "v"), ("y", "i"), ("ou", "u"), ("oo", "u"))


@lru_cache(maxsize=65536)
def translit_key(word: str) -> str:
    """A key that transliteration variants share (Zelenskiy/Zelensky, Sergey/Sergei), typos mostly do not."""
    s = fold(word).replace("'", "").replace("-", "").replace(" ", "")
    for a, b in _KEY_RULES:
        s = s.replace(a, b)
    out = []
    for c in s:
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


def equivalence_id(word: str) -> int | None:
    return _EQUIVALENT.get(fold(word))


def _allowed_typos(a: str, b: str) -> int:
    n = max(len(a), len(b))
    if min(len(a), len(b)) < 4:
        return 0
    return 1 if n <= 7 else 2


@lru_cache(maxsize=262144)
def relation(mention: str, reference: str) -> int:
    """How a draft's spelling of one name unit relates to a reference spelling (higher = closer).

    CLOSE means a plausible typo: at most one edit (two for names of 8+ letters), same first letter,
    both at least four letters long; short units such as ``Xi`` or ``Qin`` must match exactly.
    """
    if surface(mention) == surface(reference):
        return SAME
    fa, fb = fold(mention), fold(reference)
    if fa == fb:
        return ACCENT
    ea = _EQUIVALENT.get(fa)
    if (ea is not None and ea == _EQUIVALENT.get(fb)) or translit_key(mention) == translit_key(reference):
        return VARIANT
    if fa[:1] != fb[:1]:
        return DIFFERENT
    k = _allowed_typos(fa, fb)
    if k and OSA.distance(fa, fb, score_cutoff=k) <= k:
        return CLOSE
    return DIFFERENT


@lru_cache(maxsize=1)
def known_given_names() -> frozenset[str]:
    """Given names (accents folded) that mark a capitalised pair as a person: checks/data/names_given.txt."""
    path = Path(__file__).resolve().parent.parent / "data" / "names_given.txt"
    return frozenset(path.read_text(encoding="utf-8").split())


@lru_cache(maxsize=4096)
def is_common_word(word: str) -> bool:
    """A word English text uses often (Zipf frequency 3 or more): misspelled names almost never are."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word.split()[-1], "en") >= 3.0


def short_typo(mention: str, reference: str) -> bool:
    """A four-letter name part that lost a letter (``Cok`` for ``Cook``, ``Jhn`` for ``John``).

    Three-letter results are often names or words of their own (Jon, Ian, Ana, Are), so those are excluded.
    """
    fa, fb = fold(mention), fold(reference)
    if len(fa) != 3 or len(fb) != 4 or fa[0] != fb[0] or not fa.isalpha():
        return False
    if OSA.distance(fa, fb, score_cutoff=1) > 1:
        return False
    return fa not in known_given_names() and not is_common_word(mention)


_CYRILLIC = dict(zip(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґўђћџјљњ",
    "a b v g d e yo zh z i y k l m n o p r s t u f kh ts ch sh shch _ y _ e yu ya i yi ye g w đ ć dž j lj nj".split(),
))  # the last six are Serbian (and Macedonian ј љ њ џ): Ђорђевић is Đorđević, as Serbian Latin writes it
# Kazakh and Kyrgyz letters as the press writes them: Тоқаев Tokayev, Әлихан Alikhan, Өскемен Oskemen
_CYRILLIC.update(zip("әғқңөұүһ", "a g k ng o u u h".split()))
_UKRAINIAN = {"г": "h", "и": "y", "і": "i"}
_GREEK = dict(zip(
    "αβγδεζηθικλμνξοπρσςτυφχψω",
    "a v g d e z i th i k l m n x o p r s s t y f ch ps o".split(),
))


@lru_cache(maxsize=65536)
def romanize(word: str, ukrainian: bool = False) -> str:
    """Cyrillic or Greek spelled in Latin letters as the English-language press does (``Зеленский`` ->
    ``Zelenskiy``, ``Μητσοτάκης`` -> ``Mitsotakis``); Latin text comes back unchanged.

    Reverse transliteration is lossy (``Шольц`` -> ``Sholts`` for Scholz), so callers compare the result with
    :func:`translit_key` and :func:`relation`, never for equality.
    """
    if _GREEK_LETTER_RE.search(word):
        return _greek_spell(word, [0] * len(_greek_units(word)))
    if DEVANAGARI_RE.search(word):
        return devanagari_romanize(word)
    if HANGUL_RE.search(word):
        return hangul_romanize(word)
    out = []
    word = unicodedata.normalize("NFC", word)
    for i, ch in enumerate(word):
        low = ch.lower()
        if low not in _CYRILLIC and low not in _GREEK:
            low = unicodedata.normalize("NFD", low)[0]  # Greek accents: ά -> α
        rep = (_UKRAINIAN.get(low) if ukrainian else None) or _CYRILLIC.get(low) or _GREEK.get(low)
        if rep is None:
            out.append(ch)
            continue
        if rep == "_":  # ь and ъ before е, и, о are the y the press writes: Vasilyev, Sheremetyevo, Ilyich
            rep = "y" if word[i + 1 : i + 2].lower() in ("е", "и", "о") else ""
        out.append(rep.capitalize() if ch != ch.lower() else rep)
    return "".join(out)


# Greek is spelled by sounds that often take two letters (ELOT 743 and the press): ου is "ou", αι "ai" (or
# "e"), ει and οι "ei"/"oi" (or "i"), αυ/ευ "av"/"ev" ("af"/"ef" before a voiceless consonant), μπ "b" at the
# start of a word and "mb"/"mp" inside it (Μπακογιάννη Bakoyannis, Λαμπράκης Lambrakis), ντ "d"/"nt" (Ντόρα
# Dora, Αντώνης Antonis), γκ "g"/"ng", γγ "ng", γι before a vowel "gi"/"y" (Γιάννης Giannis, Yannis), χ "ch"/"h".
# An accent on the first vowel or a diaeresis on the second splits a vowel pair (Κάιρο, Χρυσοχοΐδης).
# Each unit lists its spellings, the press's usual one first: romanize() takes the first of each,
# romanizations() every combination (what a draft may fairly write).
_GREEK_LETTER_RE = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")
_GREEK_ONE = {
    "α": ("a",), "β": ("v", "b"), "γ": ("g",), "δ": ("d",), "ε": ("e",), "ζ": ("z",), "η": ("i",),
    "θ": ("th",), "ι": ("i",), "κ": ("k",), "λ": ("l",), "μ": ("m",), "ν": ("n",), "ξ": ("x", "ks"),
    "ο": ("o",), "π": ("p",), "ρ": ("r",), "σ": ("s",), "ς": ("s",), "τ": ("t",), "υ": ("y", "i"),
    "φ": ("f",), "χ": ("ch", "h", "kh"), "ψ": ("ps",), "ω": ("o",),
}
_GREEK_VOWEL_PAIRS = {"ου": ("ou",), "αι": ("ai", "e"), "ει": ("ei", "i"), "οι": ("oi", "i"), "υι": ("yi", "i")}
_GREEK_CONSONANT_PAIRS = {  # (at the start of a word, inside it)
    "μπ": (("b", "mp"), ("mb", "mp", "b")), "ντ": (("d", "nt"), ("nt", "nd", "d")),
    "γκ": (("g", "gk"), ("ng", "gk", "g")), "γγ": (("ng", "gg"), ("ng", "gg")),
    "γχ": (("nch", "nh"), ("nch", "nh", "nkh")), "γξ": (("nx", "nks"), ("nx", "nks")),
    # South Slavic names as Greek writes them: Τζόκοβιτς (Djokovic), Ζίβκοβιτς (Zivkovic)
    "τς": (("ts",), ("ts", "c", "ch")), "τζ": (("tz", "dz", "dj", "j"), ("tz", "dz", "dj", "j")),
}
_GREEK_VOICELESS = frozenset("θκξπστφχψς")
_GREEK_VOWELS = frozenset("αεηιουω")


@lru_cache(maxsize=65536)
def _greek_units(word: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """``word`` cut into units (the original letters, their spellings): Μπαλτάς -> μπ (b, mp), α, λ, τ, α, ς."""
    letters = []  # (base letter lower case, accented, diaeresis, original text)
    for ch in unicodedata.normalize("NFC", word):
        parts = unicodedata.normalize("NFD", ch)
        base = parts[0].lower()
        letters.append((base, "\u0301" in parts, "\u0308" in parts, ch))
    units = []
    i = 0
    while i < len(letters):
        base, accented, _, ch = letters[i]
        nxt = letters[i + 1] if i + 1 < len(letters) else None
        pair = base + nxt[0] if nxt else ""
        if nxt and not accented and not nxt[2] and pair in _GREEK_VOWEL_PAIRS:
            units.append((ch + nxt[3], _GREEK_VOWEL_PAIRS[pair]))
            i += 2
            continue
        if nxt and not accented and not nxt[2] and pair in ("αυ", "ευ", "ηυ"):
            after = letters[i + 2][0] if i + 2 < len(letters) else ""
            v = _GREEK_ONE[base][0]
            soft = v + ("f" if not after or after in _GREEK_VOICELESS else "v")
            units.append((ch + nxt[3], (soft, v + "u")))
            i += 2
            continue
        if nxt and pair in _GREEK_CONSONANT_PAIRS:
            initial, medial = _GREEK_CONSONANT_PAIRS[pair]
            units.append((ch + nxt[3], initial if not units else medial))
            i += 2
            continue
        if base == "γ" and nxt and nxt[0] == "ι" and not nxt[1] and not nxt[2] and i + 2 < len(letters) and (
                letters[i + 2][0] in _GREEK_VOWELS):
            units.append((ch + nxt[3], ("gi", "y", "yi", "j")))  # Γιάννης: Giannis, Yannis; Αντρίγια: Andrija
            i += 2
            continue
        units.append((ch, _GREEK_ONE.get(base, (ch,))))
        i += 1
    return tuple(units)


def _greek_spell(word: str, choice) -> str:
    units = _greek_units(word)
    caps = word.isupper() and len(word) > 1
    out = []
    for (text, spellings), k in zip(units, choice):
        rep = spellings[k]
        if caps:
            rep = rep.upper()
        elif text[:1] != text[:1].lower():
            rep = rep.capitalize()
        out.append(rep)
    return "".join(out)


@lru_cache(maxsize=16384)
def romanizations(word: str, ukrainian: bool = False) -> frozenset[str]:
    """Every spelling the press may fairly give ``word``: for Greek, each combination of the spellings of
    its digraphs and letters (Μπαλτάς: Baltas, Mpaltas, Mbaltas); for Cyrillic, :func:`romanize`'s one."""
    if DEVANAGARI_RE.search(word):
        return devanagari_romanizations(word)
    if HANGUL_RE.search(word):
        return hangul_romanizations(word)
    if not _GREEK_LETTER_RE.search(word):
        return frozenset({romanize(word, ukrainian)})
    units = _greek_units(word)
    sizes = [len(s) for _, s in units]
    primary = [0] * len(units)
    out = {_greek_spell(word, primary)}
    if math.prod(sizes) <= 512:
        out.update(_greek_spell(word, c) for c in itertools.product(*(range(n) for n in sizes)))
    else:  # a long word: the usual spelling with one unit spelled otherwise
        for i, n in enumerate(sizes):
            for k in range(1, n):
                out.add(_greek_spell(word, primary[:i] + [k] + primary[i + 1 :]))
    return frozenset(out)
