"""Language of the draft and untranslated fragments (category ``untranslated``).

Placeholder until the language family lands: every draft is English.
"""

from __future__ import annotations

from .document import Document


def document_language(doc: Document) -> str:
    """ISO 639-1 code of the draft's main language."""
    return "en"
