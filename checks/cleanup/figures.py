"""C012: a figure of thousands written without separators (``400000 people`` for *400,000 people*).

Why: machine translation from languages that group digits differently (Chinese writes 40万 or 400000)
often copies the bare digit string into English. Professional MQM raters mark it as an error every time:
in the newstest2021 Chinese→English annotations, 230 of the marked spans are a bare figure of five or more
digits, and 380 more a bare four-digit count ("2045 confirmed cases"); error-free segments almost never hold
one. English news style (AP, Reuters, the BBC, the Guardian) separates thousands with commas. A four-digit
figure is most often a year, so it is flagged only where it plainly counts: before a unit or a counted noun
("3000 square meters", "1339 people", but not "the 2020 votes"), or, above 2100, after a word of quantity
("up to 3500").

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
              "A figure of thousands has no thousands separators (400000 for 400,000, 3000 people for 3,000).")
english_only(C012)

# Five or more digits not starting with 0, not glued to letters, digits or code punctuation on either side;
# a decimal part may follow (its integer part is what needs the commas).
_BARE_RE = re.compile(r"(?<![\w.,/:#+\-–@])([1-9]\d{3,})(?=(?:\.\d+)?(?![\w/@]|[.,:\-–]\w))")
# A four-digit figure is flagged only where it plainly counts something: after a word of quantity, or before
# a unit or a counted noun (a year is neither: "in 2020", "the 2020 elections").
QUANTITY_CUES = frozenset(
    """nearly about around some over almost approximately roughly total additional another least than
    estimated extra further""".split()
)
YEARS_UNTIL = 2100  # a four-digit figure up to this may be a year
YEAR_BEFORE = frozenset(
    "the this that its their his her our these those whose in since by until till from after before during".split())
COUNTED = frozenset(
    """people persons residents cases deaths patients infections yuan dollars euros pounds yen rupees won
    kilometers kilometres km metres meters m tons tonnes kg kilograms hectares mu acres square households
    families students pupils workers employees staff troops soldiers officers police volunteers copies units
    vehicles beds jobs homes houses flights passengers visitors tourists votes seats rooms enterprises companies
    firms schools villages times pieces items samples tests doses""".split()
)
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
TOKEN_REACH = 80  # how far either side of a figure its token is read (a longer token is not prose)
_TOKEN_RE = re.compile(r"\S*$")
_TAIL_RE = re.compile(r"\S*")
_PREV_WORD_RE = re.compile(r"([^\W\d_][\w.]*)\W{0,2}$")
_NAMED_AS_RE = re.compile(r"([^\W\d_][\w.]*)\s+(?:is|was|are|were|reads)\W{0,2}$")  # "the case number is 20210726"


@checker(C012)
def check_thousands_separators(doc: Document, opts: CheckOptions):
    text = doc.text
    for m in _BARE_RE.finditer(text):
        digits = m.group(1)
        if len(digits) == 4 and not _counts(text, m.start(), m.end()) or _is_code(text, m.start(), m.end()):
            continue
        grouped = f"{int(digits):,}"
        yield C012.finding(m.start(), m.end(), f"Figure without thousands separators: write “{grouped}”",
                           suggestions=[(m.start(), m.end(), grouped)])


def _is_code(text: str, start: int, end: int) -> bool:
    """The digit string names something (a code, an identifier, a link) rather than counting it."""
    token = _TOKEN_RE.search(text, max(0, start - TOKEN_REACH), end).group() + _TAIL_RE.match(
        text, end, end + TOKEN_REACH).group()  # the whitespace-delimited token holding the figure, as far as it matters
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


def _counts(text: str, start: int, end: int) -> bool:
    """A four-digit figure used as a count: a unit or counted noun after it; past the years (above 2100), a
    word of quantity before it is enough ("up to 3500", "nearly 4000,")."""
    after = re.match(r"\s+(?:more\s+|new\s+|confirmed\s+|local\s+)?([^\W\d_]+)", text[end : end + 30])
    before = [w.lower() for w in re.findall(r"[^\W\d_]+", text[max(0, start - 20) : start])]
    year_like = int(text[start:end]) <= YEARS_UNTIL
    if after and after.group(1).lower() in COUNTED:
        return not (year_like and before and before[-1] in YEAR_BEFORE)  # "the 2020 votes" is a year
    if year_like or after and after.group(1) in ("BC", "BCE", "AD", "CE"):
        return False
    return bool(before) and (before[-1] in QUANTITY_CUES or before[-2:] == ["up", "to"])


def _code_word(word: str) -> bool:
    return word.lower() in CODE_WORDS or word.lower().rstrip(".") in CODE_WORDS
