"""Khmer (km) figures as the accuracy family reads them: tables for :mod:`.numwords`.

Khmer news writes its own digits (``៤៨០.០០០``, read by :mod:`.numbers`) with the separators of its locale, a
point between thousands and a comma before decimals (``១២,៥ ភាគរយ`` is 12.5 percent), and glues words to a
figure without a space (``១២ លានតោនក្នុងមួយឆ្នាំ``, ``៥សែនរៀល``): Khmer writes no spaces between words, so a
scale or unit word ends where it ends (:data:`checks.accuracy.numwords._WORD_END`), unless a vowel sign follows,
when its last consonant begins the next syllable. Scale words: ``ពាន់`` (thousand), ``ម៉ឺន`` (ten thousand),
``សែន`` (hundred thousand), ``លាន`` (million), ``កោដិ`` (ten million), ``ពាន់លាន`` and ``ប៊ីលាន`` (billion), and a
figure given as its large unit and the rest (``៤ លាន ៥ សែនរៀល``, ``២លាន៥សែន``: 4.5 and 2.5 million) is one
figure. Money: the riel (``រៀល``, ``៛``, KHR) and the dollar (``ដុល្លារ``, ``ដុល្លារអាមេរិក``); percent
``ភាគរយ``. Number words (``ពីរ`` two, ``បី`` three) are not read: glued to the words around them they hide in
others (``ពីរោះ`` melodious), and news gives its figures in digits.
"""

from __future__ import annotations

K, M, B, T = 1e3, 1e6, 1e9, 1e12
# the Khmer vowel signs, signs and coeng: a word followed by one of them ends inside a syllable
MARKS = "\u17b6-\u17d3\u17dd"


def typed(word: str) -> list[str]:
    """``word`` as it is typed both ways: the sign ៉ or ៊ before or after the vowel sign it sits with (ម៉ឺន, ម៉ឺន)."""
    out = [word]
    for sign in "\u17c9\u17ca":
        i = word.find(sign)
        if 0 < i < len(word) - 1 and "\u17b7" <= word[i + 1] <= "\u17c5":
            out.append(word[:i] + word[i + 1] + sign + word[i + 2 :])
    return out


def _each(words: str, value) -> list[tuple[str, object]]:
    return [(f, value) for w in words.split() for f in typed(w)]


SCALES = [(w, m, "km") for w, m in (
    _each("ពាន់", K) + _each("ម៉ឺន", 1e4) + _each("សែន", 1e5) + _each("លាន", M) + _each("កោដិ", 1e7)
    + _each("ពាន់លាន ប៊ីលាន", B) + _each("ទ្រីលាន", T))]
CURRENCIES = dict(
    _each("រៀល ៛", "KHR") + _each("ដុល្លារ ដុល្លារអាមេរិក", "USD") + _each("អឺរ៉ូ", "EUR") + _each("បាត", "THB")
    + _each("ដុង", "VND") + _each("យ័ន", "CNY")
    + [(w, "KHR") for w in "riel riels khr".split()] + [(w, "THB") for w in "baht thb".split()]
)
PERCENT_WORDS = ("ភាគរយ",)
UNITS = dict(
    _each("តោន", ("mass", 1000)) + _each("គីឡូក្រាម គីឡូ", ("mass", 1)) + _each("គីឡូម៉ែត្រ", ("len", 1000))
    + _each("ម៉ែត្រ", ("len", 1)) + _each("ហិកតា", ("area", 1e4)) + _each("លីត្រ", ("vol", 1))
    + _each("គីឡូម៉ែត្រការ៉េ", ("area", 1e6)) + _each("ម៉ែត្រការ៉េ", ("area", 1))
    + _each("មីលីម៉ែត្រ", ("len", 0.001)) + _each("សង់ទីម៉ែត្រ", ("len", 0.01))
    + _each("មេហ្គាវ៉ាត់", ("power", 1e6)) + _each("អង្សាសេ", ("temp_c", 1))
)
