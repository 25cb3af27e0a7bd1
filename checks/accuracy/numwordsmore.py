"""Words that carry numbers in Tagalog, Georgian, Armenian, Macedonian and Amharic (tables only; :mod:`.numwordsextra`
merges them), and Swahili's scale, currency and percent words, which come BEFORE the figure (:func:`scale_before`).

Unread, a faithful "15 billion pesos" stood against a bare 15: Tagalog ``15 bilyong piso`` (the scale word takes the
linker -ng before its noun), Georgian ``200 მილიონ ლარს`` (the scale and the currency declined: მილიონი, მილიონს,
ლარის, ლარით, and the bare stem before a noun), Armenian ``12 միլիարդ դրամ`` (միլիարդի, դրամով), Macedonian
``3,5 милијарди денари``, ``5,3 отсто``, Amharic ``12 ቢሊዮን ብር``, ``5.3 በመቶ`` ("in the hundred"); Swahili writes
``shilingi bilioni 12`` ("shillings billion 12"), ``dola milioni 5``, ``asilimia 5.3`` ("percent 5.3").
Number words are left unread (silence rather than a wrong reading).
"""

from __future__ import annotations

import re

from .sinhalanum import scale_before as sinhala_scale_before

K, M, B, T = 1e3, 1e6, 1e9, 1e12

# Georgian nouns in -ი decline on the stem: nominative -ი, dative -ს, genitive -ის, instrumental -ით, adverbial
# -ად, ergative -მა, "up to" -ამდე, "on" -ზე, "in" -ში, "from" -იდან, "for" -ისთვის; before a noun the bare stem
_KA_ENDINGS = ("", "ი", "ს", "ის", "ით", "ად", "მა", "ამდე", "ზე", "ში", "იდან", "ისთვის")
# Armenian: nominative, genitive/dative -ի, the article -ը / -ն, instrumental -ով, ablative -ից, locative -ում, -ին
_HY_ENDINGS = ("", "ի", "ը", "ն", "ով", "ից", "ում", "ին")


def _ka(stem: str) -> str:
    return " ".join(stem + e for e in _KA_ENDINGS)


def _hy(stem: str) -> str:
    return " ".join(stem + e for e in _HY_ENDINGS)


SCALES = [(w.replace("_", " "), m, lang) for ws, m, lang in (
    ("libo libong", K, "tl"), ("milyon milyong", M, "tl"), ("bilyon bilyong", B, "tl"), ("trilyon trilyong", T, "tl"),
    (_ka("ათას"), K, "ka"), (_ka("მილიონ"), M, "ka"), (_ka("მილიარდ"), B, "ka"), (_ka("ტრილიონ"), T, "ka"),
    (_hy("հազար"), K, "hy"), (_hy("միլիոն"), M, "hy"), (_hy("միլիարդ"), B, "hy"), (_hy("տրիլիոն"), T, "hy"),
    ("илјада илјади", K, "mk"), ("милион милиони милиона", M, "mk"), ("милијарда милијарди", B, "mk"),
    ("трилион трилиони", T, "mk"),
    ("ሺህ ሺ", K, "am"), ("ሚሊዮን", M, "am"), ("ቢሊዮን", B, "am"), ("ትሪሊዮን", T, "am"),
) for w in ws.split()]

# the English names too ("12 billion shillings", "15 billion pesos", "200 million lari", "drams", "denars", "birr")
CURRENCIES = {w.replace("_", " "): code for ws, code in (
    ("shilingi shillings shilling", "SHILLING"), ("piso pesos ₱", "PESO"), ("dolyar", "USD"),
    (_ka("ლარ") + " lari", "GEL"), (_ka("დოლარ") + " " + _ka("აშშ_დოლარ"), "USD"),
    ("ევრო ევროს ევროთი ევროდ ევრომდე ევროზე ევროში ევრომ", "EUR"),
    (_hy("դրամ") + " drams dram", "AMD"), (_hy("դոլար") + " " + _hy("ամն_դոլար"), "USD"),
    ("եվրո եվրոյի եվրոն եվրոյով եվրոյից", "EUR"),
    ("денар денари денарите denars denar denari", "MKD"), ("долари долар", "USD"), ("евра", "EUR"),
    ("ብር birr", "ETB"), ("ዶላር የአሜሪካ_ዶላር", "USD"), ("ዩሮ", "EUR"),
    ("naira nairas", "NGN"),
) for w in ws.split()}

PERCENT_WORDS = (
    "porsiyento", "porsyento", "bahagdan",
    *_ka("პროცენტ").split()[1:],
    *_hy("տոկոս").split(),
    "отсто", "проценти", "процент", "процента",
    "በመቶ", "ከመቶ",
)

# Swahili: the currency, then the scale word, then the figure; or the percent word, then the figure
# (Hausa, which langdetect does not know, says it the same way: naira biliyan 45, dala miliyan 3)
_SW_SCALES = {"elfu": K, "milioni": M, "bilioni": B, "trilioni": T, "dubu": K, "miliyan": M, "biliyan": B,
              "tiriliyan": T}
_SW_CURRENCIES = {"shilingi": "SHILLING", "dola": "USD", "dola za kimarekani": "USD", "yuro": "EUR", "euro": "EUR",
                  "naira": "NGN", "dala": "USD"}
_BEFORE_LANGS = ("sw", "ha", "xx")  # xx: an original in a language langdetect does not know (pairing.UNKNOWN)
_SW_BEFORE_RE = re.compile(r"(?<![\w])(?:(" + "|".join(sorted(_SW_CURRENCIES, key=len, reverse=True))
                           + r")\s+)?(" + "|".join(_SW_SCALES) + r")?\s+$", re.IGNORECASE)
_SW_PERCENT_RE = re.compile(r"(?<![\w])asilimia\s+$", re.IGNORECASE)


def scale_before(t: str, a: int, lang: str) -> tuple[int, float, str, str, str, bool] | None:
    """(start, multiplier, scale word, kind, unit, points) of the Swahili words just before the figure at ``a``: a
    currency and/or scale word (``shilingi bilioni 12``), or ``asilimia`` (percent); else None."""
    if lang == "si":
        return sinhala_scale_before(t, a)
    if lang not in _BEFORE_LANGS:
        return None
    if m := _SW_PERCENT_RE.search(t, max(0, a - 12), a):
        return m.start(), 1.0, "", "percent", "%", False
    m = _SW_BEFORE_RE.search(t, max(0, a - 40), a)
    if m is None or not (m.group(1) or m.group(2)):
        return None
    scale = _SW_SCALES[m.group(2).lower()] if m.group(2) else 1.0
    currency = _SW_CURRENCIES.get(" ".join((m.group(1) or "").lower().split()), "")
    return m.start(), scale, m.group(2) or "", "money" if currency else "number", currency, False
