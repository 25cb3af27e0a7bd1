"""Agreement, tense and article slips that strong news MT still makes, as counts per sentence.

Why: strong systems write fluent-looking English whose errors are small and grammatical ("a
3-year-old girl who died ... and was the youngest", "Zhongnan Hospital ... have photographed",
"to reached", "an unique"). A part-of-speech tagger fast enough for the score's budget is not to be
had, so these are word-shape tests: a plural-looking noun is a word ending in -s whose stem is a
common English word; a past form is a word ending in -ed whose stem is one. Each count is a feature
of the learned score (features.py), which weighs it against how often the same shape occurs in
human translations, so an occasional false reading costs little.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from .tokens import FUNCTION_WORDS, lexicon

GRAMMAR_NAMES = (
    "gr_article_sound", "gr_singular_det_plural", "gr_plural_det_singular", "gr_there_be",
    "gr_plural_subject_verb", "gr_pronoun_verb", "gr_modal_past", "gr_double_det", "gr_digit_start",
    "gr_more_er",
)

# "a" before these vowel letters is usually wrong, "an" before consonants; the exceptions are sounds.
VOWEL_SOUND_CONSONANT = ("hour", "honest", "honour", "honor", "heir")
CONSONANT_SOUND_VOWEL = ("uni", "use", "usu", "uti", "eu", "one", "once", "ure", "uk", "us", "ufo", "ura")
SINGULAR_DETS = frozenset("a an each every another one this".split())
PLURAL_DETS = frozenset("these those many several few both various numerous two three four five six seven eight nine ten".split())
DETERMINERS = frozenset("a an the this that these those its his her their our my your each every".split())
SINGULAR_VERBS = frozenset("is was has does".split())
PRONOUN_BAD = frozenset(
    [("he", "have"), ("she", "have"), ("it", "have"), ("he", "are"), ("she", "are"), ("it", "are"),
     ("he", "were"), ("she", "were"), ("they", "has"), ("we", "has"), ("they", "is"), ("we", "is"),
     ("they", "was"), ("we", "was"), ("they", "does"), ("he", "do"), ("she", "do"), ("i", "is")]
)
MODALS = frozenset("will would can could should shall may might must to did does do".split())
INVARIANT = frozenset("news series species means physics politics economics mathematics analysis basis crisis thesis".split())


def _stem_known(stem: str, min_zipf: float = 3.0) -> bool:
    return len(stem) >= 3 and lexicon().zipf(stem) >= min_zipf


@lru_cache(maxsize=100_000)
def plural_looking(low: str) -> bool:
    """A lower-case word that reads as a plural noun or a 3rd-person verb: -s on a common stem."""
    if len(low) < 4 or not low.isalpha() or low in FUNCTION_WORDS or low in INVARIANT:
        return False
    if not low.endswith("s") or low.endswith(("ss", "us", "is", "ics", "ous")):
        return False
    return _stem_known(low[:-1]) or (low.endswith("ies") and _stem_known(low[:-3] + "y")) or (
        low.endswith("es") and _stem_known(low[:-2]))


@lru_cache(maxsize=100_000)
def past_looking(low: str) -> bool:
    """A word ending in -ed whose stem is a common word ("reached", "decided")."""
    if len(low) < 5 or not low.endswith("ed") or not low.isalpha():
        return False
    return _stem_known(low[:-2]) or _stem_known(low[:-1]) or (low.endswith("ied") and _stem_known(low[:-3] + "y"))


@lru_cache(maxsize=100_000)
def singular_noun_looking(tok: str) -> bool:
    """A lower-case common word that does not look plural, adjectival or verbal (rough)."""
    low = tok.lower()
    if tok != low or not low.isalpha() or low in FUNCTION_WORDS or len(low) < 3:
        return False
    if low.endswith(("s", "ed", "ing", "ly", "al", "ive", "ous", "ful", "ic", "ble", "ese", "ish", "an", "er", "est")):
        return False
    return lexicon().zipf(low) >= 3.0


def _article_sound(article: str, nxt: str) -> bool:
    """True when "a"/"an" disagrees with the sound of the next word (letters as a proxy)."""
    low = nxt.lower()
    if not low or not low[0].isalpha() or (nxt.isupper() and len(nxt) > 1):
        return False  # acronyms are read letter by letter ("an MP", "a UN report")
    vowel = low[0] in "aeiou"
    if low.startswith(VOWEL_SOUND_CONSONANT):
        vowel = True
    elif low.startswith(CONSONANT_SOUND_VOWEL):
        vowel = False
    return vowel if article == "a" else not vowel


def _there_be_disagrees(verb: str, after: list[str]) -> bool:
    """"there is new shows", "there are a plan": the noun phrase after the verb disagrees with it."""
    if verb in ("are", "were"):
        return after[0] in ("a", "an")
    if verb not in ("is", "was"):
        return False
    for w in after:  # up to three words: "there is new variety shows"
        if plural_looking(w):
            return True
        if w in FUNCTION_WORDS:
            return False
    return False


def word_slips(words: list[str]) -> list[tuple[int, int, int]]:
    """``(first word, last word, feature index)`` of each slip among a sentence's words (no punctuation)."""
    out = []
    lows = [w.lower() for w in words]
    for i in range(len(words) - 1):
        a, b = lows[i], lows[i + 1]
        if a in ("a", "an") and _article_sound(a, words[i + 1]):
            out.append((i, i + 1, 0))
        if a in SINGULAR_DETS and plural_looking(b) and not (i + 2 < len(words) and lows[i + 2] in ("of",)):
            out.append((i, i + 1, 1))
        if a in PLURAL_DETS and singular_noun_looking(words[i + 1]) and (i + 2 >= len(words) or lows[i + 2] in FUNCTION_WORDS):
            out.append((i, i + 1, 2))
        if a == "there" and i + 2 < len(words) and _there_be_disagrees(b, lows[i + 2 : i + 5]):
            out.append((i, i + 1, 3))
        if b in SINGULAR_VERBS and (i == 0 or lows[i - 1] in ("the", "these", "those", "many", "all")) and plural_looking(a):
            out.append((i, i + 1, 4))
        if (a, b) in PRONOUN_BAD and (i == 0 or lows[i - 1] not in MODALS):
            out.append((i, i + 1, 5))
        if a in MODALS and a != "to" and past_looking(b):
            out.append((i, i + 1, 6))
        if a in DETERMINERS and b in DETERMINERS and not (a == "that" or b == "that"):
            out.append((i, i + 1, 7))
        if a == "more" and b.endswith("er") and len(b) >= 5 and _stem_known(b[:-2], 4.0):
            out.append((i, i + 1, 9))
    return out


# What each slip is, for G005's message.
SLIP_NAMES = ("article", "number", "number", "agreement", "agreement", "agreement", "tense", "article", "", "comparison")


def sentence_counts(tokens: list[str]) -> list[float]:
    """One row of ``GRAMMAR_NAMES`` for a sentence given as its token strings."""
    c = [0] * len(GRAMMAR_NAMES)
    words = [t for t in tokens if t[:1].isalnum()]
    if words and words[0][0].isdigit() and len(tokens) > 3:
        c[8] = 1  # news style spells out a number that starts a sentence
    for _, _, k in word_slips(words):
        c[k] += 1
    return [float(min(v, 3)) for v in c]


def grammar_features(sentences_tokens: list[list[str]]) -> np.ndarray:
    """``(sentences, len(GRAMMAR_NAMES))`` for sentences given as token lists."""
    rows = [sentence_counts(t) for t in sentences_tokens]
    return np.array(rows, dtype=np.float64).reshape(len(rows), len(GRAMMAR_NAMES))
