"""Language identification with langdetect, seeded, loaded per script and asked only about spans
the cheap word classes already mark as foreign (see :mod:`checks.language.runs`)."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

from .words import (
    FOREIGN_LETTER,
    NON_LATIN,
    SCRIPTS,
    WORD_RE,
    WordLists,
    script_of,
)

MIN_PROBABILITY = 0.90
# Letters of the Arabic script that Pashto writes and Persian, Arabic and Urdu do not (ټ ډ ړ ږ ښ ګ ڼ ۍ ې)
PASHTO_LETTERS = re.compile("[\u067c\u0689\u0693\u0696\u069a\u06ab\u06bc\u06cd\u06d0]")  # langdetect's confidence needed to call a Latin-script span foreign

LANGUAGE_NAMES = {
    "af": "Afrikaans", "ar": "Arabic", "bg": "Bulgarian", "bn": "Bengali", "ca": "Catalan", "cs": "Czech",
    "cy": "Welsh", "da": "Danish", "de": "German", "el": "Greek", "en": "English", "es": "Spanish",
    "et": "Estonian", "fa": "Persian", "fi": "Finnish", "fr": "French", "gu": "Gujarati", "he": "Hebrew",
    "hi": "Hindi", "hr": "Croatian", "hu": "Hungarian", "id": "Indonesian", "it": "Italian",
    "ja": "Japanese", "kn": "Kannada", "ko": "Korean", "lt": "Lithuanian", "lv": "Latvian",
    "mk": "Macedonian", "ml": "Malayalam", "mr": "Marathi", "ne": "Nepali", "nl": "Dutch",
    "no": "Norwegian", "pa": "Punjabi", "pl": "Polish", "pt": "Portuguese", "ro": "Romanian",
    "ru": "Russian", "si": "Sinhala", "sk": "Slovak", "sl": "Slovenian", "so": "Somali", "sq": "Albanian",
    "sv": "Swedish", "sw": "Swahili", "ta": "Tamil", "te": "Telugu", "th": "Thai", "tl": "Tagalog",
    "tr": "Turkish", "uk": "Ukrainian", "ur": "Urdu", "vi": "Vietnamese", "zh": "Chinese",
    "am": "Amharic", "bo": "Tibetan", "dv": "Dhivehi", "hy": "Armenian", "ka": "Georgian", "km": "Khmer",
    "lo": "Lao", "my": "Burmese", "or": "Odia", "ps": "Pashto",
}


def language_name(code: str) -> str:
    return LANGUAGE_NAMES.get(code, code)


LATIN_PROFILES = ("af", "ca", "cs", "cy", "da", "de", "en", "es", "et", "fi", "fr", "hr", "hu", "id", "it",
                  "lt", "lv", "nl", "no", "pl", "pt", "ro", "sk", "sl", "so", "sq", "sv", "sw", "tl", "tr", "vi")


@cache
def _factory(profiles: tuple[str, ...]):
    """A seeded langdetect factory holding only the profiles of one script (fast to load)."""
    import langdetect
    from langdetect.detector_factory import DetectorFactory
    from langdetect.utils.lang_profile import LangProfile

    root = Path(langdetect.__file__).parent / "profiles"
    factory = DetectorFactory()
    factory.seed = 0
    for i, code in enumerate(profiles):
        data = json.loads((root / code).read_text(encoding="utf-8"))
        factory.add_profile(LangProfile(**data), i, len(profiles))
    return factory


def language_probabilities(span: str) -> dict[str, float]:
    """langdetect's probabilities for a span, from the profiles of its script; a script that only
    one language writes (Greek, Hebrew, Sinhala...) needs no detection."""
    scripts = {script_of(w) for w in WORD_RE.findall(span)}
    scripts.discard("latin")
    if "kana" in scripts:
        return {"ja": 1.0}
    if "hangul" in scripts:
        return {"ko": 1.0}
    profiles = LATIN_PROFILES
    for name, _, langs in SCRIPTS:
        if name in scripts:
            if len(langs) == 1:
                return {langs[0]: 1.0}
            if name == "arabic" and PASHTO_LETTERS.search(span):
                return {"ps": 1.0}  # langdetect has no Pashto and would call it Persian
            profiles = langs
            break
    from langdetect.detector_factory import DetectorFactory
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0
    detector = _factory(profiles).create()
    detector.append(span)
    try:
        return {p.lang.split("-")[0]: p.prob for p in detector.get_probabilities()}
    except LangDetectException:
        return {}


def identify(span: str) -> tuple[str, float]:
    """The most probable language of a span and its probability ("und", 0.0 when nothing is known)."""
    probs = language_probabilities(span)
    if not probs:
        return "und", 0.0
    lang = max(probs, key=probs.get)
    return lang, probs[lang]


def judge(span: str, lists: WordLists) -> tuple[str, float] | None:
    """The language of a foreign-looking span, or None when it may be English after all.

    A span in a script English does not use is foreign for sure; langdetect only names the
    language. A Latin-script span needs langdetect to be 90% sure it is not English, and a name
    that its own signs bear out: the most probable language, or a close runner-up with more of its
    own marker words (Swedish "att ... kommer" over Norwegian).
    """
    probs = language_probabilities(span)
    probs.pop("und", None)
    if not probs:
        return None
    foreign_mass = 1.0 - probs.get("en", 0.0)
    signs = {lang: count_signs(span, lang, lists) for lang in probs if lang != "en" and probs[lang] >= 0.05}
    if not signs:
        return None
    lang = max(signs, key=lambda l: (probs[l] + 0.1 * min(signs[l], 3), l))
    if NON_LATIN.search(span) and signs[lang] >= 2:
        return lang, probs[lang]  # Cyrillic, Greek, Arabic...: foreign whatever langdetect's doubt
    if signs[lang] < 2 or foreign_mass < MIN_PROBABILITY:
        return None
    if probs[lang] < MIN_PROBABILITY and signs[lang] < 3:
        return None
    return lang, probs[lang]


def count_signs(span: str, lang: str, lists: WordLists) -> int:
    """Distinct foreign signs of the span that fit a language: its marker words, letters English
    lacks, its script. Only words of two letters or more count ("u / name, u / name" is no Croatian)."""
    fits = set()
    for w in WORD_RE.findall(span):
        low = w.lower()
        if len(low) > 1 and (NON_LATIN.search(w) or FOREIGN_LETTER.search(low) or lang in lists.markers.get(low, ())):
            fits.add(low)
    return len(fits)


