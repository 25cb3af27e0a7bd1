"""Bengali names spelled in Latin letters (A005), by their consonants as :mod:`.namespersian` compares Persian ones.

Bengali romanisation follows no one system: ``আবদুর রহিম`` is Abdur Rahim, ``হোসেন`` Hossain or Hossen, ``চট্টগ্রাম``
Chattogram, ``জিয়া`` Zia; its vowels are spelled many ways (ো o, ou; inherent a, o), so a name is read as its
consonants, each as the class the press spells it with: aspirates as their plain consonant (খ kh, k; ধ dh, d),
the dentals and retroflexes one class (ত ট দ ড: t, d), শ ষ স one s (sh, s), জ ঝ য one j (j, z), ফ f or ph, ভ bh
or v, ড় ঢ় r, ং ঙ n and g as ng is; ্য and য় say nothing, ্ব nothing or b (বিশ্বাস Biswas). A case ending glued to the name
(রহিমকে, হোসেনের, জসিম উদ্দিনসহ) is read with and without it. A draft name is a slip when it is one consonant from
such a word of the aligned original and no word there spells it outright: "Abdur Rahman" for ``আবদুর রহিম``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..names import fold, is_common_word
from .nameskhmer import skeletons_of
from .namespersian import persian_name_slips

_CLASS = {}
for _letters, _c in (("কখগঘ", "k"), ("চছজঝয", "C"), ("ঞনণ", "n"), ("টঠডঢতথদধৎ", "t"), ("পফ", "p"),
                     ("বভ", "b"), ("ম", "m"), ("র\u09dc\u09dd", "r"), ("ল", "l"), ("শষস", "s"), ("হ", "h")):
    _CLASS.update(dict.fromkeys(_letters, _c))
_VIRAMA, _NUKTA = "\u09cd", "\u09bc"
WORD_RE = re.compile(r"[\u0980-\u09e5\u09f0-\u09fe]+")
# case endings and clitics glued to a name: -কে, -এর/-ের/-র, -দের, -রা, -সহ, -তে, -টি, -কেও
_ENDING_RE = re.compile(r"(?:কেও|েরও|কে|ের|এর|দের|রা|সহ|তে|টি|র)$")
_LATIN = (("chh", "C"), ("ch", "C"), ("kh", "k"), ("gh", "k"), ("jh", "C"), ("th", "t"), ("dh", "t"), ("ph", "p"),
          ("bh", "b"), ("sh", "s"), ("j", "C"), ("z", "C"), ("g", "k"), ("q", "k"), ("c", "k"),
          ("d", "t"), ("f", "p"), ("v", "b"), ("w", ""), ("x", "ks"))


def _collapse(s: str) -> str:
    return re.sub(r"(.)\1+", r"\1", s)


def _units(word: str) -> list[tuple[str, ...]]:
    units: list[tuple[str, ...]] = []
    for i, ch in enumerate(word):
        after_virama = i > 0 and word[i - 1] == _VIRAMA
        nukta = word[i + 1 : i + 2] == _NUKTA
        if ch == "\u09df" or (ch == "য" and (after_virama or nukta)):
            continue  # য-ফলা (্য) and য় are vowels in English spelling
        if ch in "ডঢ" and nukta:
            units.append(("r",))  # ড় ঢ় written with a nukta
        elif ch in "ঙং":
            units += [("n",), ("k",)]  # English ng: Bangladesh, Narayanganj (ণগ too)
        elif ch == "হ" and i > 0 and word[i - 1] == "ং":
            units.append(("h", ""))  # ময়মনসিংহ Mymensingh
        elif ch == "\u0981":
            units.append(("n", ""))  # chandrabindu: নওগাঁ Naogaon
        elif ch == "ব" and after_virama:
            units.append(("", "b"))
        elif ch in _CLASS:
            units.append((_CLASS[ch],))
    return units


@lru_cache(maxsize=8192)
def bengali_skeletons(word: str) -> frozenset[str]:
    """The consonant skeletons a Bengali word, with or without a glued case ending, may be spelled with."""
    return skeletons_of([_units(w) for w in {word, _ENDING_RE.sub("", word)}], lambda units: len(units) > 10)


def _plain_english(word: str) -> bool:
    """A word English uses so often (Zipf 4.5 or more: Central, National, Award) that beside a name it is part of an
    institution's name (the Central Shaheed Minar for কেন্দ্রীয় শহীদ মিনার), not a surname: Khan, Islam, Ali stay below."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en") >= 4.5


def latin_skeleton(word: str) -> str:
    """A Latin-script name's consonants as Bengali romanisation spells them (Hossain: h s n, Chattogram: C t k r m)."""
    s = fold(word).lower()
    for a, b in _LATIN:
        s = s.replace(a, b)
    return _collapse(re.sub(r"[aeiouy'’\-]", "", s))


def bengali_name_slips(original: str, ospans, draft: str, words: list[tuple[int, int, str]], lang: str = "bn"):
    """Draft names one consonant from a Bengali word of the aligned original (see the module's docstring). A name
    English also uses as a word (Rahman, Hasan) is a candidate beside another name: "Abdur Rahman". ``words``
    are the draft's capitalised words (propernames' candidates), passed in so this module does not import it.
    Sinhala (``lang`` "si") is read by :mod:`.namessinhala`."""
    if lang == "si":
        from .namessinhala import sinhala_name_slips

        return sinhala_name_slips(original, ospans, draft, words)
    rare = {(a, b) for a, b, w in words if not is_common_word(w)}
    beside = {(a, b) for a, b, w in words for c, d in rare
              if (b + 1 == c or d + 1 == a) and draft[min(b, d)] == " " and not _plain_english(w)}
    candidates = [(a, b, w) for a, b, w in words if (a, b) in rare | beside]
    return persian_name_slips(original, ospans, draft, candidates, bengali_skeletons, WORD_RE, latin_skeleton)
