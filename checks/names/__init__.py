"""Names family (N rules): person and place names against the names list, the sources and each other.

``check.py`` is the entry point; other families and the engine import from here, never from the parts.
The spelling comparison (``relation`` and its levels, ``fold``, ``translit_key``, ``romanize``) is public too:
the accuracy family compares the draft's names with the original's by the same measure.
"""

from .check import check_names
from .extract import SUFFIXES as NAME_SUFFIXES, TITLE_WORDS
from .devanagari import same_devanagari_name, single_vowels
from .hangul import HANGUL_RE, SURNAMES as HANGUL_SURNAMES, primary as hangul_primary, spells as hangul_spells
from .hangul import syllable_spellings as hangul_syllables
from .text import ACCENT, CLOSE, DIFFERENT, SAME, VARIANT, fold, is_common_word, relation, romanize, romanizations, translit_key
from .text import known_given_names

__all__ = [
    "check_names", "ACCENT", "CLOSE", "DIFFERENT", "SAME", "VARIANT",
    "fold", "is_common_word", "relation", "romanize", "romanizations", "translit_key", "known_given_names",
    "same_devanagari_name", "single_vowels", "NAME_SUFFIXES", "TITLE_WORDS",
    "HANGUL_RE", "HANGUL_SURNAMES", "hangul_primary", "hangul_spells", "hangul_syllables",
]
