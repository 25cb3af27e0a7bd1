"""What the pairing may ask about one paragraph more than once, found once so the pairing stays linear."""

from __future__ import annotations

import re
from functools import cached_property

from ..document import Span
from .marks import ATTRIBUTION_AFTER_RE, MARK_RE, attribution_points, classify_mark, last_closer_ahead, mark_family

_SINGLE_CLOSER_RE = re.compile(r"[\w.,!?…]([’'])(?=[\s.,;:!?]|$)")


class ParagraphFacts:
    """What the pairing may ask about one paragraph more than once, found once (so pairing stays linear).

    Each answer is a single pass over the paragraph, computed on first use: a paragraph of 200,000 marks
    costs one pass per question, not one per mark.
    """

    def __init__(self, text: str, para: Span):
        self.text, self.lo, self.hi = text, para.start, para.end
        self._attribution_after: dict[int, bool] = {}

    def role(self, i: int, single_pending: bool, double_pending: bool) -> str:
        return classify_mark(self.text, i, self.lo, self.hi, single_pending, double_pending, self.closer_ahead)

    @cached_property
    def closer_ahead(self) -> int:
        return last_closer_ahead(self.text, self.lo, self.hi)

    @cached_property
    def last_single_closer(self) -> int:
        """Offset of the last single mark that could stand in for a double closer (``win,’ he said``), or -1."""
        last = -1
        for m in _SINGLE_CLOSER_RE.finditer(self.text, self.lo, self.hi):
            last = m.start(1)
        return last

    def single_closer_ends_quote(self, j: int) -> bool:
        """Only a full stop or a speech attribution follows the single closer at ``j`` to the paragraph's end."""
        if j not in self._attribution_after:
            after = self.text[j + 1 : self.hi]
            self._attribution_after[j] = after.strip() in ("", ".") or bool(ATTRIBUTION_AFTER_RE.match(after))
        return self._attribution_after[j]

    @cached_property
    def attribution_points(self) -> list[int]:
        return attribution_points(self.text, self.lo, self.hi)

    @cached_property
    def decisive(self) -> tuple[list[int], list[bool]]:
        """Marks that open a quotation or close a double one, read without context: offsets, and is-opener."""
        pos, opens = [], []
        for m in MARK_RE.finditer(self.text, self.lo, self.hi):
            role = self.role(m.start(), False, False)
            if role in ("open", "open-wrong") or (role == "close" and mark_family(m.group()) == "double"):
                pos.append(m.start())
                opens.append(role != "close")
        return pos, opens
