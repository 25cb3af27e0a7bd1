"""Thai names spelled in Latin letters (A005), by their consonants as :mod:`.nameskhmer` compares Khmer ones.

Thai romanisation follows no one system (``ประยุทธ์ จันทร์โอชา`` Prayut Chan-o-cha, ``ฐาปนีย์`` Thapanee,
``เกียรติไพบูลย์`` Kiatphaibool or Kiatpaiboon) and its vowels are spelled many ways, so a name is read as its
consonants, each as the sound classes the press spells it with: an initial and a final sound (a final ``ล`` or
``ร`` is n, a final ``ส``, ``ศ``, ``จ``, ``ช``, ``ด`` is t, a final ``บ`` is p), the aspirates as their plain consonant
(ข ค k; ถ ท ธ ฐ t; ผ พ ภ p), ฟ f as p (as :func:`.nameskhmer.latin_skeleton` reads f), and ย, ว, ร, ห, อ as a
consonant or nothing (the ร of ``ประ`` pra- or of ``เกียรติ`` kiat). A consonant under the silencer ``์`` is not
spoken (the ย of ``ฐาปนีย์``, the ธ of ``ประยุทธ์``), and the one before it may not be either (the ท of ``จันทร์``
chan). Thai writes no spaces between words; a name stands between spaces, a first name glued to its title
(``นาย``, ``นางสาว``, ``ดร.``) and a place to ``จังหวัด`` (province), which are dropped. A clause of glued Thai
words holds any three consonants somewhere (``ที่มีนัก`` spells t m n, as Thamanee does), so only a draft name of
four or more (:data:`GLUED_MIN`) is excused for running through the original's letters.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from .nameskhmer import skeletons_of

_CLASSES = {
    "ก": ("k",), "ข": ("k",), "ฃ": ("k",), "ค": ("k",), "ฅ": ("k",), "ฆ": ("k",), "ง": ("G",),
    "จ": ("C", "t"), "ฉ": ("C",), "ช": ("C", "t", "sh"), "ซ": ("s", "t"), "ฌ": ("C",), "ญ": ("", "n", "N"),
    "ฎ": ("d", "t"), "ฏ": ("t",), "ฐ": ("t",), "ฑ": ("t", "d"), "ฒ": ("t",), "ณ": ("n",), "ด": ("d", "t"),
    "ต": ("t",), "ถ": ("t",), "ท": ("t",), "ธ": ("t",), "น": ("n",), "บ": ("b", "p"), "ป": ("p", "b"),
    "ผ": ("p",), "ฝ": ("p",), "พ": ("p",), "ฟ": ("p",), "ภ": ("p",), "ม": ("m",), "ย": ("",),
    "ร": ("r", "", "n"), "ล": ("l", "n"), "ว": ("v", ""), "ศ": ("s", "t"), "ษ": ("s", "t"), "ส": ("s", "t"),
    "ห": ("h", ""), "ฬ": ("l", "n"), "อ": ("",), "ฮ": ("h",), "ฤ": ("r",),
}
WORD_RE = re.compile(r"[\u0e01-\u0e2e\u0e30-\u0e4e]+")
_TITLES = re.compile(r"^(?:นางสาว|นาย|นาง|ดร\.?|คุณ|จังหวัด|อำเภอ|ตำบล|เมือง)(?=.)")
_SILENCER = "\u0e4c"
GLUED_MIN = 4
_LIMIT = 4096  # spellings enumerated per word; a longer run of letters is read its first way only


def units(word: str) -> list[tuple[str, ...]]:
    """Each spoken consonant of a Thai word as the sound classes it may be spelled with (vowels, marks: none)."""
    letters = [(i, ch) for i, ch in enumerate(word) if ch in _CLASSES]
    out: list[tuple[str, ...]] = []
    for k, (i, ch) in enumerate(letters):
        nxt = letters[k + 1][0] if k + 1 < len(letters) else len(word)
        if _SILENCER in word[i + 1 : nxt]:
            continue  # ย์, ธ์, ร์: not spoken
        after = letters[k + 1] if k + 1 < len(letters) else None
        silenced_next = after is not None and _SILENCER in word[after[0] + 1 : (letters[k + 2][0] if k + 2 < len(letters) else len(word))]
        cls = _CLASSES[ch]
        out.append(cls + ("",) if silenced_next and "" not in cls else cls)  # the ท of จันทร์
    return out


@lru_cache(maxsize=8192)
def thai_skeletons(word: str) -> frozenset[str]:
    """The consonant skeletons a Thai word (less a title glued before it) may be spelled with in Latin letters."""
    return skeletons_of([units(w) for w in {word, _TITLES.sub("", word)}],
                        lambda us: math.prod(len(u) for u in us) > _LIMIT)
