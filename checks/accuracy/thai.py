"""Thai (th) figures as the accuracy family reads them: tables for :mod:`.numwords`.

Thai news writes Arabic digits, now and then its own (``๓,๕๐๐``, read by :mod:`.numbers`), with English
separators (``3,500``, ``72.5``), and glues the words after a figure without a space (``35.5 ล้านคนในปี``,
``3,500 ล้านบาท``): Thai writes no spaces between words, so a scale or unit word ends where it ends
(:data:`checks.accuracy.numwords._WORD_END`), unless a vowel sign or tone mark follows, when its last consonant
begins the next syllable. Scale words: ``พัน`` (thousand), ``หมื่น`` (ten thousand), ``แสน`` (hundred thousand),
``ล้าน`` (million) and their compounds read as one word (``พันล้าน`` billion, ``หมื่นล้าน``, ``แสนล้าน``,
``ล้านล้าน`` trillion: ``1.67 ล้านล้านบาท`` is 1.67 trillion baht). Money: the baht (``บาท``, ``฿`` before the
figure, THB), the dollar (``ดอลลาร์``, ``ดอลลาร์สหรัฐ``, ``เหรียญสหรัฐ``), euro, yuan, yen. Percent: ``เปอร์เซ็นต์``
after the figure or ``ร้อยละ`` before it (``ร้อยละ 12.5``: :data:`PERCENT_BEFORE`). Number words (``สอง`` two,
``สาม`` three) are not read: glued to the words around them they hide in others (``สามารถ`` can, ``สองฝั่ง``),
and news gives its figures in digits.
"""

from __future__ import annotations

K, M, B, T = 1e3, 1e6, 1e9, 1e12
# the Thai vowel signs written after or above a consonant, and the tone marks: a word followed by one of them
# ends inside a syllable (พัน of พันธุ์ 'species' is no thousand); leading vowels เ แ โ ใ ไ begin a new one
MARKS = "\u0e30-\u0e3a\u0e45\u0e47-\u0e4e"
LETTERS = "\u0e01-\u0e4e"
# a consonant silenced by the thanthakhat (์) closes the syllable before it: พัน of พันธุ์ (species) is no thousand
SILENT_NEXT = "[\u0e01-\u0e2e][\u0e34\u0e38]?\u0e4c"
PERCENT_BEFORE = r"ร้อยละ[ \u00a0]?"


def _each(words: str, value) -> list[tuple[str, object]]:
    return [(w, value) for w in words.split()]


SCALES = [(w, m, "th") for w, m in (
    _each("พัน", K) + _each("หมื่น", 1e4) + _each("แสน", 1e5) + _each("ล้าน", M) + _each("สิบล้าน", 1e7)
    + _each("ร้อยล้าน", 1e8) + _each("พันล้าน", B) + _each("หมื่นล้าน", 1e10) + _each("แสนล้าน", 1e11)
    + _each("ล้านล้าน", T))]
CURRENCIES = dict(
    _each("บาท ฿", "THB") + _each("ดอลลาร์ ดอลลาร์สหรัฐ เหรียญสหรัฐ ดอลลาร์สหรัฐฯ", "USD") + _each("ยูโร", "EUR")
    + _each("หยวน", "CNY") + _each("เยน", "JPY") + _each("ริงกิต", "MYR") + _each("ด่อง", "VND")
)
PERCENT_WORDS = ("เปอร์เซ็นต์", "เปอร์เซนต์")
UNITS = dict(
    _each("ตัน", ("mass", 1000)) + _each("กิโลกรัม กก.", ("mass", 1)) + _each("กิโลเมตร กม.", ("len", 1000))
    + _each("เมตร", ("len", 1)) + _each("ไร่", ("area", 1600)) + _each("ลิตร", ("vol", 1))
    + _each("ตารางกิโลเมตร", ("area", 1e6)) + _each("ตารางเมตร", ("area", 1))
    + _each("มิลลิเมตร มม.", ("len", 0.001)) + _each("เซนติเมตร ซม.", ("len", 0.01))
    + _each("เมกะวัตต์", ("power", 1e6)) + _each("องศาเซลเซียส องศา", ("temp_c", 1))
)
