"""Vietnamese figures in words and clock times.

Number words: ``hai mươi lăm`` (25), ``mười lăm`` (15), ``một trăm linh năm`` (105), ``hai trực thăng``
(two helicopters); ``mươi`` multiplies the unit before it, and the units change their form after it (``mốt`` 1,
``tư`` 4, ``lăm`` 5). Several units are other words too: ``năm`` is "year" (năm nay, năm 2024), so it is five
only before a scale word or a counted noun; ``thứ hai`` is "second" or Monday and ``tháng Ba`` March; ``cả hai``
is "both"; ``Đông Ba`` is a name (a unit alone counts in lower case only); ``lúa chín`` is ripe rice.

Clock times: ``9 giờ sáng`` (9 a.m.), ``3 giờ chiều`` (3 p.m.), ``lúc 14 giờ 30``, ``10 giờ tối``; ``14h30`` is
read with the other languages' ``h``. ``trong 24 giờ`` is a duration ("in 24 hours"): an hour with ``giờ`` is a
time only with its minutes, a part of the day after it or ``lúc`` / ``vào`` / ``từ`` / ``đến`` before it.
"""

from __future__ import annotations

import re

_U = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9}
_AFTER_TENS = {"mốt": 1, "tư": 4, "lăm": 5, "nhăm": 5}  # hai mươi mốt 21, hai mươi tư 24, hai mươi lăm 25
_AFTER_TEN = {"lăm": 5, "nhăm": 5, "tư": 4}  # mười lăm 15, mười tư 14


def _alt(words) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_UNIT = _alt(_U)
# after mười and mươi five is lăm: mười năm, hai mươi năm are "ten years", "twenty years"
_TENS = (rf"(?:mười(?:\s+(?:{_alt(set(_U) - {'năm'} | set(_AFTER_TEN))}))?"
         rf"|(?:{_UNIT})\s+mươi(?:\s+(?:{_alt(set(_U) - {'năm'} | set(_AFTER_TENS))}))?)")
_HUNDREDS = rf"(?:{_UNIT})\s+trăm(?:\s+(?:(?:linh|lẻ)\s+(?:{_UNIT})|{_TENS}))?"
_WORD_NUM_RE = re.compile(rf"(?<![\w])(?:{_HUNDREDS}|{_TENS}|{_UNIT})(?![\w])", re.IGNORECASE)
# a unit alone before these is not a count: thứ hai (second, Monday), tháng Ba (March), cả hai (both)
_NOT_AFTER = re.compile(r"(?:\b(?:thứ|tháng|ngày|cả|lúa|quả|trái|đã|chưa|đang)\s+)$", re.IGNORECASE)
_SCALE_AFTER = r"(?:trăm|nghìn|ngàn|triệu|tỷ|tỉ)\b"
# năm (five or year) counts only before a scale word or a counted noun, and not after a quantifier (mỗi năm,
# trong năm, các năm: years)
_NAM_NOUNS = re.compile(
    rf"\s+(?:{_SCALE_AFTER}|(?:người|ngày|tuần|tháng|giờ|phút|tỉnh|thành phố|xã|huyện|nước|quốc gia|lần|chiếc|ngôi"
    r"|căn|con|trường|tàu|máy|đội|bệnh viện|công ty|doanh nghiệp|dự án|vụ|ca|hộ|địa phương)\b)", re.IGNORECASE)
_NAM_NOT_AFTER = re.compile(r"\b(?:mỗi|hàng|hằng|các|những|nhiều|cả|trong|cuối|đầu|giữa|mấy|vài|\d+)\s+$",
                            re.IGNORECASE)


# gấp ba "three times (as many)": the multiplier is part of the figure an editor must see quoted
_TIMES_BEFORE = re.compile(r"(?<!\w)gấp\s+$", re.IGNORECASE)


def word_numbers(t: str, start: int, end: int) -> list[tuple[int, int, float]]:
    """(start, end, value) of each figure written in Vietnamese words in ``t[start:end]``."""
    out = []
    for m in _WORD_NUM_RE.finditer(t, start, end):
        words = m.group().lower().split()
        before = t[max(0, m.start() - 12) : m.start()]
        if _NOT_AFTER.search(before):
            continue
        if len(words) == 1:
            w = words[0]
            if m.group() != w:  # Ba of Đông Ba, Hai of a name, Năm of a sentence's first "year"
                continue
            if w == "năm" and (not _NAM_NOUNS.match(t, m.end()) or _NAM_NOT_AFTER.search(t[max(0, m.start() - 12) : m.start()])):
                continue
        value = _value(words)
        if value >= 2:
            times = _TIMES_BEFORE.search(t, max(start, m.start() - 5), m.start())
            out.append((times.start() if times else m.start(), m.end(), float(value)))
    return out


def _value(words: list[str]) -> int:
    total, cur, after_tens, after_ten = 0, 0, False, False
    for w in words:
        if w == "trăm":
            total, cur = total + (cur or 1) * 100, 0
        elif w == "mươi":
            cur, after_tens = cur * 10, True
            continue
        elif w == "mười":
            cur, after_ten = 10, True
            continue
        elif w in ("linh", "lẻ"):
            pass
        elif after_tens and w in _AFTER_TENS:
            cur += _AFTER_TENS[w]
        elif after_ten and w in _AFTER_TEN:
            cur += _AFTER_TEN[w]
        else:
            cur += _U.get(w, 0)
        after_tens = after_ten = False
    return total + cur


# half before a scale word: nửa triệu "half a million"
HALF_BEFORE_SCALE = re.compile(r"(?<![\w-])nửa (?=(?:triệu|tỷ|tỉ|nghìn|ngàn)\b)", re.IGNORECASE)

_HOUR = r"(?:[01]?\d|2[0-4])"
_PART = r"(?:sáng|trưa|chiều|tối|đêm)"
_TIME_RE = re.compile(rf"(?:\b(lúc|vào|từ|đến|tới|khoảng)\s+)?(?<![\d.,])({_HOUR})\s?giờ(?:\s?([0-5]?\d)(?:\s?phút)?)?"
                      rf"(?:\s+(?:ngày\s+)?(?:hôm\s+)?({_PART})\b)?", re.IGNORECASE)


def vietnamese_times(t: str, start: int, end: int) -> list[tuple[int, int, int, int, str | None]]:
    """(start, end, hour, minute, "a"/"p"/None) of each clock time in ``t[start:end]`` (digits ASCII)."""
    out = []
    for m in _TIME_RE.finditer(t, start, end):
        if not (m.group(1) or m.group(3) or m.group(4)):
            continue  # trong 24 giờ, sau 48 giờ: hours of duration
        h, minute = int(m.group(2)), int(m.group(3) or 0)
        part = (m.group(4) or "").lower()
        half = None
        if 1 <= h <= 12 and part:
            if part == "sáng":
                half = "a"
            elif part in ("chiều", "tối") or (part == "trưa" and h <= 3):
                half = "p"
            elif part == "đêm":  # 12 giờ đêm is midnight, 2 giờ đêm 2 a.m.
                h, half = (0, None) if h == 12 else (h, "p" if h >= 7 else "a")
        out.append((m.start(2), m.end(), h % 24, minute, half))
    return out
