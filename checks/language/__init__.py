"""Language family (L rules): the draft's language and untranslated fragments.

``check.py`` is the entry point; the engine and other families import from here, never from the parts.
"""

from .check import (
    LANGUAGE_NAMES,
    Fragment,
    document_language,
    foreign_fragments,
    language_name,
)

__all__ = ["LANGUAGE_NAMES", "Fragment", "document_language", "foreign_fragments", "language_name"]
