"""C012: a large figure written without thousands separators (``400000 people`` for *400,000 people*).

Why: machine translation from languages that group digits differently (Chinese writes 40万 or 400000)
often copies the bare digit string into English. Professional MQM raters mark it as an error every time:
in the newstest2021 Chinese→English annotations, 230 of the marked spans are a bare figure of five or more
digits, and error-free segments almost never hold one. English news style (AP, Reuters, Chicago, the
Guardian) separates thousands with commas from five digits at the latest; four-digit figures are left
alone, as house styles differ on them (and most are years).

A digit string is also a code, not a quantity: phone, postal, stock and case numbers, identifiers after
an acronym (``ISO 27001``, ``NGC 10023``) or after a word that names a code (``No.``, ``Article``,
``flight``), strings starting with 0, and anything inside a URL, an e-mail address or a longer token
(``600606.SH``, ``A320-12345``). Those stay quiet.
"""

from __future__ import annotations

import re

from ..document import Document
from ..registry import checker, define, english_only
from ..stylesheet import CheckOptions

C012 = define("C012", "missing-thousands-separator", "cleanup", "info",
              "A figure of five or more digits has no thousands separators (400000 for 400,000).")
english_only(C012)

# Five or more digits not starting with 0, not glued to letters, digits or code punctuation on either side;
# a decimal part may follow (its integer part is what needs the commas).
_BARE_RE = re.compile(r"(?<![\w.,/:#+\-–@])([1-9]\d{4,})(?=(?:\.\d+)?(?![\w/@]|[.,:\-–]\w))")
# Words after which a digit string is a number of something (a code), not a quantity.
CODE_WORDS = frozenset(
    """no nos no. nr number numbers num code codes id ids tel tel. telephone phone fax zip postcode postal isbn issn
    case flight train bus route highway patent account acct box po version ver model room suite apt article
    articles regulation regulations directive decree resolution order law act bill ticket serial item ref ref.
    reference file lot plate hotline extension ext ext. pin license licence permit page pages pp p. vol vol. issue
    edition chapter batch station block unit building gate platform pier berth terminal dial call text sms
    stock share ticker symbol password user catalogue catalog""".split()
)
# Currency codes read as a quantity's unit, though written in capitals like an acronym.
CURRENCY_CODES = frozenset("RMB USD EUR GBP JPY HKD CNY TWD KRW INR RUB CHF AUD CAD SGD NZD MOP VND THB".split())
_PREV_WORD_RE = re.compile(r"([^\W\d_][\w.]*)\W{0,2}$")
_NAMED_AS_RE = re.compile(r"([^\W\d_][\w.]*)\s+(?:is|was|are|were|reads)\W{0,2}$")  # "the case number is 20210726"


@checker(C012)
def check_thousands_separators(doc: Document, opts: CheckOptions):
    text = doc.text
    for m in _BARE_RE.finditer(text):
        digits = m.group(1)
        if _is_code(text, m.start(), m.end()):
            continue
        grouped = f"{int(digits):,}"
        yield C012.finding(m.start(), m.end(), f"Figure without thousands separators: write “{grouped}”",
                           suggestions=[(m.start(), m.end(), grouped)])


def _is_code(text: str, start: int, end: int) -> bool:
    """The digit string names something (a code, an identifier, a link) rather than counting it."""
    a = text.rfind(" ", 0, start) + 1  # the whitespace-delimited token holding the figure
    b = min((k for k in (text.find(" ", end), text.find("\n", end), len(text)) if k >= 0), default=len(text))
    token = text[a:b]
    if "/" in token or "@" in token or "www" in token.lower():
        return True
    before = text[max(0, start - 30) : start]
    if re.search(r"\d[ \-–]$", before) or re.match(r"[ \-–]\d", text[end : end + 2]):
        return True  # digit groups run together: a phone number or a figure grouped with spaces
    if re.search(r"[$€£¥]\s?$", before):
        return False  # US$ 40000, HK$400000: an amount of money
    named = _NAMED_AS_RE.search(before)
    if named and _code_word(named.group(1)):
        return True
    word = _PREV_WORD_RE.search(before)
    if not word:
        return False
    prev = word.group(1)
    if _code_word(prev):
        return True
    return prev.isupper() and len(prev) >= 2 and prev not in CURRENCY_CODES  # ISO 27001, NGC 10023, EN 50155


def _code_word(word: str) -> bool:
    return word.lower() in CODE_WORDS or word.lower().rstrip(".") in CODE_WORDS
