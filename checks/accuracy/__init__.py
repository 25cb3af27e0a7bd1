"""Accuracy family (A rules): the draft compared with the foreign-language original it was translated from.

``check.py`` is the entry point; the engine and the app import from here, never from the parts.
``align(doc, original)`` gives the :class:`Alignment` of a draft with its original (the Report carries it).
"""

from .check import check_accuracy, sentence_scores
from .numbers import COMMA_DECIMAL
from .pairing import Alignment, align_document, language_of, original_language
from .split import split_original
from .unrelated import unrelated

__all__ = ["COMMA_DECIMAL", "Alignment", "align_document", "check_accuracy", "language_of", "original_language",
           "sentence_scores", "split_original", "unrelated"]
