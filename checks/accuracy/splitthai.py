"""Sentences of a Thai paragraph: Thai has no sentence punctuation, a space ends a sentence (and a clause).

Thai writes no spaces between words and no full stop; a space stands where English puts a full stop or a
comma, and also around a figure and between a first name and a surname. Left whole, a paragraph of five
sentences pairs with one English sentence and the aligner (which joins at most ``MAX_RUN`` pieces) leaves
the rest of the English unpaired (a false A002). So a space is cut when it stands between two runs of Thai
text, each piece long enough (``MIN_PIECE`` characters) to be a clause, and not:

* before a word that carries the clause on (``และ`` and, ``แต่`` but, ``โดย``, ``ซึ่ง``, ``ที่``, ``เพื่อ``, ``ว่า``,
  ``กล่าวว่า`` said, ``ระบุว่า``, ``รองลงมา`` followed by) or after one that opens the next (``ว่า`` that, ``คือ``);
* between a first name with its title and the surname (``นายสรวงศ์ เทียนทอง``), or after them;
* before a figure, or after one that a scale word, unit or month follows (``35.5 ล้านคน``, ``20 ก.พ. 2568``);
  a space after a figure a Thai word follows is cut (``จากปี 2566 นักท่องเที่ยว...``: a sentence ends on a year);
* after a short time or condition that leads the clause (``เมื่อวันอังคารที่ผ่านมา`` last Tuesday, ``หาก`` if);
* before or after a Latin word, ``ฯ`` (``กรุงเทพฯ``) or a dash.

The aligner joins the clauses of one English sentence back (up to four: ``MAX_RUN``).
"""

from __future__ import annotations

import re

from .datesthai import MONTH_START_RE
from .numwords import after_number_re

THAI = re.compile(r"[\u0e01-\u0e2e\u0e30-\u0e4e]")
_LETTER = "[\u0e01-\u0e2e\u0e40-\u0e44]"  # a consonant or a leading vowel: a Thai word begins
_SPACE_RE = re.compile(rf"(?<=[\u0e01-\u0e2e\u0e30-\u0e3a\u0e40-\u0e4e\d”\"])[ \u00a0]+(?=[“\"]?{_LETTER})")
MIN_PIECE = 20
_CARRY_ON = re.compile(r"(?:และ|แต่|โดย|ซึ่ง|ที่|เพื่อ|หรือ|ว่า|กล่าว|ระบุ|เปิดเผย|รองลงมา|ขณะที่|จึง|ทำให้|เนื่องจาก|เพราะ"
                       r"|รวมถึง|รวมทั้ง|ตลอดจน|ตาม|จาก|ของ|กับ|แก่|แห่ง|ให้|คือ|อีก|นั้น|นี้|ด้วย|เท่านั้น)")
_OPENS = re.compile(r"(?:ว่า|คือ|ได้แก่|ดังนี้|ทั้งนี้|อย่างไรก็ตาม|นอกจากนี้)$")
_WHEN = re.compile(r"^(?:เมื่อ|ตั้งแต่|ภายใน|หาก|ถ้า)")  # a time or condition that leads the clause after it
_TITLED = re.compile(r"^(?:นางสาว|นาย|นาง|ดร\.|ด\.ต\.|พล\.[อทตร]\.|พ\.ต\.[อทต]\.|น\.ส\.)")


def is_thai(text: str, lo: int, hi: int) -> bool:
    """Whether most letters of ``text[lo:hi]`` are Thai."""
    letters = sum(1 for c in text[lo:hi] if c.isalpha())
    return letters > 0 and len(THAI.findall(text, lo, hi)) * 2 > letters


def thai_cuts(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The sentence spans of ``text[lo:hi]``, a Thai sentence or paragraph, cut at the spaces that end one."""
    out, start = [], lo
    for m in _SPACE_RE.finditer(text, lo, hi):
        a, b = m.span()
        if a - start < MIN_PIECE or hi - b < MIN_PIECE or not _cut(text, a, b, lo, hi) or _name_only(text[start:a]):
            continue
        out.append((start, a))
        start = b
    out.append((start, hi))
    return out


def _name_only(piece: str) -> bool:
    """Whether a piece is only a titled name (นายสรวงศ์ เทียนทอง): its position and what it said follow."""
    return _TITLED.match(piece) is not None and len(piece.split()) <= 2


def _cut(text: str, a: int, b: int, lo: int, hi: int) -> bool:
    before = text[lo:a].rsplit(None, 1)[-1]
    after = text[b:hi].lstrip("“\"")
    if _CARRY_ON.match(after) or _OPENS.search(before.rstrip("”\"")):
        return False
    if _WHEN.match(before) and len(before) <= 40:
        return False  # เมื่อวันอังคารที่ผ่านมา คณะรัฐมนตรี...: "on Tuesday, the cabinet ..."
    if text[a - 1].isdigit():
        m = after_number_re("th").match(text, a, hi)
        return not (m and m.group()) and not MONTH_START_RE.match(text, b)
    return True
