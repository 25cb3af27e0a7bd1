"""Thai negation, for :mod:`.polarity`: ``ไม่`` (not) and its compounds, ``มิได้`` / ``มิใช่``, ``อย่า`` (don't).

Thai negates with ``ไม่`` before the verb: ``ไม่ได้`` (did not), ``ไม่มี`` (there is no), ``ยังไม่`` (not yet),
``ไม่ใช่`` (is not), ``ไม่เคย`` (never), ``ไม่ให้`` (so as not to); the formal ``มิได้``, ``มิใช่``, ``มิให้``
(a bare ``มิ`` begins ``มิถุนายน`` June and ``มิติ``), and ``อย่า`` (don't; not the ``อย่า`` of ``อย่าง`` manner, of
``อย่างไรก็ตาม`` however). ``ไม่`` is not ``ไม้`` (wood), whose tone mark differs. Thai writes no spaces between
words, so a cue is found inside a run of letters; a sentence is one negation however many follow (``ไม่ ... เลย``).
Not negations: ``ไม่เพียงแต่`` / ``ไม่เพียง`` (not ``ไม่เพียงพอ`` not enough) / ``ไม่ใช่แค่`` / ``ไม่ใช่เพียง`` (not only), ``ไม่ว่า`` (regardless,
no matter), ``ไม่กี่`` (a few), quantities (``ไม่น้อยกว่า`` no less than, ``ไม่ต่ำกว่า``, ``ไม่เกิน`` at most, ``ไม่ถึง 10`` under ten),
``ในไม่ช้า`` (soon), ``ไม่นาน`` (not long after, recently), ``หรือไม่`` (whether or not, a question), ``ไม่มากก็น้อย``
(more or less) and ``ไม่ได้ไม่`` (a double negative). Words that say no without a negator (soft): ``ห้าม``
(forbid, ban), ``ปฏิเสธ`` (deny, refuse), ``ยกเลิก`` (cancel), ``ปราศจาก`` / ``ไร้`` (without), ``ล้มเหลว`` (fail),
``ขาด`` (lack), ``งด`` (refrain, suspend), ``หลีกเลี่ยง`` (avoid), ``ระงับ`` (suspend).
"""

from __future__ import annotations

import re

from .thai import MARKS, SILENT_NEXT

_END = rf"(?![{MARKS}])(?!{SILENT_NEXT})"
_CUE_RE = re.compile(r"(?:ไม่|มิ(?=ได้|ใช่|ให้|ค่อย|อาจ|เคย)|อย่า(?!ง))")
_NOT_NEGATION_RE = re.compile(
    r"ไม่เพียง(?!พอ)(?:แต่|แค่)?|ไม่ใช่(?:แค่|เพียง|แต่)|มิใช่(?:แค่|เพียง|แต่)|ไม่(?:แต่)?เฉพาะ(?:แต่)?|ไม่ว่า|ไม่กี่"
    r"|ไม่(?:น้อย|ต่ำ|มาก)กว่า|ไม่ถึง(?=\s?\d)|ไม่เกิน|(?:ใน|อีก)ไม่ช้า|ไม่นาน|หรือไม่|หรือเปล่า|ไม่มากก็น้อย|ไม่ได้ไม่|ไม่ช้าก็เร็ว")
_SOFT_RE = re.compile(r"(?:ห้าม|ปฏิเสธ|ยกเลิก|ปราศจาก|ไร้|ล้มเหลว|ขาดแคลน|ขาด|งด|หลีกเลี่ยง|ระงับ)" + _END)


def thai_negations(text: str) -> list[tuple[int, int]]:
    """Spans of the Thai negators in ``text`` (a sentence), bar the phrases that do not negate."""
    skip = [m.span() for m in _NOT_NEGATION_RE.finditer(text)]
    return [m.span() for m in _CUE_RE.finditer(text) if not any(a <= m.start() < b for a, b in skip)]


def thai_soft(text: str) -> bool:
    """Whether a Thai sentence says no without a negator (ห้าม banned, ปฏิเสธ denied, ไร้ without)."""
    return _SOFT_RE.search(text) is not None
