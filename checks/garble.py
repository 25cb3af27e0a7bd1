"""Garbled machine translation: sentence garble score and pattern rules (category ``garble``).

Placeholder until the garble family lands: every sentence scores 0.
"""

from __future__ import annotations

from .document import Document


def score_sentences(doc: Document) -> list[float]:
    """One garble score in [0, 1] per sentence of ``doc`` (1 = certainly garbled)."""
    return [0.0] * len(doc.sentences)
