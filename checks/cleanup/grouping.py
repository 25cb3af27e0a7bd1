"""C013: a figure written the continental way (``55.000 soldiers``, ``2,5 million``), which English misreads.

Why: French, German, Spanish, Italian, Romanian, Russian and most European languages group thousands with a
full stop or a space and write the decimal with a comma. Machine translation often copies the figure as it
stands: in MLQE-PE's Romanian→English rows, 100 of the 128 MT sentences whose source held a figure like
``55.000`` kept it unchanged (and post-editors let 28 of them through). An English reader takes ``55.000``
for fifty-five and ``2,5 million`` for a list; the figure means 55,000 and 2.5 million.

Only what cannot be English is flagged, so the rule needs no original:

- several full-stop groups of three (``1.234.567``): no English number looks like that;
- one group before a counted noun ("17.002 people", "55.000 soldiers"), where a fraction of a thousandth
  cannot be meant, or round thousands before a currency word ("55.000 euros"); a ratio, an exchange rate
  ("1.125 dollars") or an amount in scale words ("USD 1.427 billion", "$1.153") is a decimal, left alone;
- a decimal comma before a scale word or per cent (``2,5 million``, ``7,8%``, ``3,2 percent``).

Dates (``12.03.2020``), versions (``1.2.3``), IP addresses and anything inside a longer token stay quiet.

With the original (``--original``) the rule is certain where the heuristics are not: a figure the draft
copied character for character from an original that groups thousands with full stops ("312.458 voters"
for ``312.458 de alegători``) is flagged whatever follows it. A003 does not report it: the value is right,
only its English form is not, and post-editors let such figures through (MLQE-PE ro-en test: 15 of 18),
so as a wrong figure it would cry wolf on human work.
"""

from __future__ import annotations

import re

from ..document import Document
from ..registry import checker, define, english_only
from ..stylesheet import CheckOptions
from .figures import COUNTED

C013 = define("C013", "continental-figure", "cleanup", "warning",
              "A figure grouped or decimalised the continental way (55.000 for 55,000, 2,5 million for 2.5 million).")
english_only(C013)

_EDGE_BEFORE = r"(?<![\w.,/:#+\-–@])"
_EDGE_AFTER = r"(?![\w/@]|[.,:\-–]\w)"
_GROUPS_RE = re.compile(_EDGE_BEFORE + r"([1-9]\d{0,2}(?:\.\d{3}){2,})" + _EDGE_AFTER)
_ONE_GROUP_RE = re.compile(_EDGE_BEFORE + r"([1-9]\d{0,2}\.\d{3})" + _EDGE_AFTER)
_DECIMAL_COMMA_RE = re.compile(
    _EDGE_BEFORE + r"(\d{1,3},\d{1,2})(?=\s?%|\s(?:per\s?cent|percent|million|billion|trillion|bn|mn)\b)")
CURRENCY_WORDS = frozenset("euro euros dollars dollar lei leu rubles roubles lira liras lire francs kroner kronor "
                           "zlotys forints hryvnias pesos reais yuan pounds yen rupees won".split())
COUNTS = COUNTED - CURRENCY_WORDS
_SCALE_AFTER_RE = re.compile(r"\s?(?:million|billion|trillion|bn|mn|tn|m)\b")  # €1.245 billion for 1.245 millones
_NEXT_WORD_RE = re.compile(r"\s+(?:more\s+|new\s+)?([^\W\d_]+)")


@checker(C013)
def check_continental_figures(doc: Document, opts: CheckOptions):
    text = doc.text
    flagged = set()
    for m in _GROUPS_RE.finditer(text):
        if not _ip_address(m.group(1)):
            flagged.add(m.start(1))
            yield _finding(m.start(1), m.end(1), m.group(1).replace(".", ","), "thousands grouped with full stops")
    for m in _ONE_GROUP_RE.finditer(text):
        if _counted(text, m.start(1), m.end(1)):
            flagged.add(m.start(1))
            yield _finding(m.start(1), m.end(1), m.group(1).replace(".", ","), "thousands grouped with a full stop")
    for m in _DECIMAL_COMMA_RE.finditer(text):
        yield _finding(m.start(1), m.end(1), m.group(1).replace(",", "."), "a decimal comma")
    if opts.original is not None:
        copied = _thousands_of(opts.original.text)
        for m in _ONE_GROUP_RE.finditer(text):
            if m.group(1) in copied and m.start(1) not in flagged and not _SCALE_AFTER_RE.match(text, m.end(1)):
                yield _finding(m.start(1), m.end(1), m.group(1).replace(".", ","),
                               "copied from the original, which groups thousands with full stops")


def _thousands_of(original: str) -> frozenset[str]:
    """The figures of an original written with full-stop thousands (``312.458`` in Romanian, German, Turkish…)."""
    from ..accuracy import COMMA_DECIMAL, language_of

    if language_of(original) not in COMMA_DECIMAL:
        return frozenset()  # 312.458 in Chinese or Japanese news is a decimal, and so is the draft's copy
    return frozenset(m.group(1) for m in _ONE_GROUP_RE.finditer(original))


def _counted(text: str, start: int, end: int) -> bool:
    """``17.002`` counts whole things: a counted noun follows, or a currency word after round thousands
    (``55.000 euros``; "1.125 dollars" is an exchange rate)."""
    after = _NEXT_WORD_RE.match(text, end, end + 30)
    word = after.group(1).lower() if after else ""
    return word in COUNTS or word in CURRENCY_WORDS and text[end - 2 : end] == "00"


def _ip_address(figure: str) -> bool:
    parts = figure.split(".")
    return len(parts) == 4 and all(int(p) <= 255 for p in parts)


def _finding(start: int, end: int, english: str, how: str):
    return C013.finding(start, end, f"Figure written the continental way ({how}), which English reads "
                        f"differently: write “{english}”", suggestions=[(start, end, english)])
