"""Burmese scale words and the kyat (tables only; :mod:`.numwordsextra` merges them).

Burmese writes its own digits (read as any decimal digits are) and the scale word after them: ``၄၅ ဘီလီယံ``
45 billion, ``၃ သန်း`` 3 million, ``၅ သိန်း`` 500,000 (a lakh), ``၂ ကုဋေ`` 20 million (a crore). Unread,
a faithful "45 billion kyat" stood against a bare 45.
"""

from __future__ import annotations

K, M, B = 1e3, 1e6, 1e9

SCALES = [("ထောင်", K, "my"), ("သောင်း", 1e4, "my"), ("သိန်း", 1e5, "my"), ("သန်း", M, "my"), ("ကုဋေ", 1e7, "my"),
          ("ဘီလီယံ", B, "my"), ("ထရီလီယံ", 1e12, "my")]
# the kyat and the dollar come before the figure (ကျပ် ၄၅ ဘီလီယံ "45 billion kyat"): numbers.py reads them there
CURRENCIES = {"ကျပ်": "MMK", "kyat": "MMK", "kyats": "MMK", "ဒေါ်လာ": "USD"}
PERCENT_WORDS = ("ရာခိုင်နှုန်း",)
