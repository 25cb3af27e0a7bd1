"""Garble family (G rules): spliced fragments, calques, agreement slips and the learned garble score.

``check.py`` is the entry point; the engine, the CLI and other families import from here.
"""

from .check import check_garble, score_heads, score_sentences, score_texts

__all__ = ["check_garble", "score_heads", "score_sentences", "score_texts"]
