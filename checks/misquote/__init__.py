"""Misquote family (M rules): quotations verified against the supplied source documents.

``check.py`` is the entry point; other families and the app import from here, never from the parts.
"""

from .check import ALTERED, NOT_FOUND, VERIFIED, QuoteCheck, verify_quotations

__all__ = ["ALTERED", "NOT_FOUND", "VERIFIED", "QuoteCheck", "verify_quotations"]
