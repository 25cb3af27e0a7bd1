"""Names family (N rules): person and place names against the names list, the sources and each other.

``check.py`` is the entry point; other families and the engine import from here, never from the parts.
"""

from .check import check_names

__all__ = ["check_names"]
