"""Swedish negation for A006 (and the Danish and Norwegian cues that share its shape): inte, ej, aldrig,
ingen/inget/inga, varken ... eller, icke; ikke, aldri(g), ingen, hverken/verken.

Not negations: inte bara / inte endast ... utan också "not only ... but also", quantities (inte mindre än 15
"no less than 15", inte mer än "no more than"), inte minst "not least", ingen annan än "none other than",
inget tvivel / ingen tvekan "no doubt", eller inte "whether or not", inte ... förrän "only when" (English
"not ... until" is left out likewise), the prefix icke- (icke-statliga "non-governmental") and the name Inga.
Litotes cancel: inte omöjligt "not impossible", inte utan "not without" (but "inte X utan Y" is "not X but
Y", a negation: utan is "but" after a negation and "without" elsewhere, and only a soft cue either way).
Each clause is read on its own (``Han kom inte, och hon ringde inte heller`` negates twice, not zero times).
"""

from __future__ import annotations

import re

CUES = {
    "sv": "inte ej aldrig ingen inget inga varken icke ingenting ingenstans",
    "da": "ikke ingen aldrig intet ingenting hverken",
    "no": "ikke ikkje ingen aldri intet ingenting verken",
}
CUES["nb"] = CUES["no"]

_SV_NOT = (r"\b(?:inte|icke|ej) (?:bara|endast|enbart|blott|minst|heller bara)\b"
           r"|\b(?:inte|icke|ej) (?:mer|mera|mindre|fler|färre|senare|tidigare|längre|över|under) än\b"
           r"|\bingen (?:annan|mindre) än\b|\b(?:inget|något) tvivel\b|\b(?:ingen|någon) tvekan\b|\beller (?:inte|ej)\b"
           r"|\binte\b[^.;:!?]{0,60}?\bförrän\b|\bicke-(?=\w)|(?-i:\bInga(?=\s+[A-ZÅÄÖ][a-zåäö]))")
_DA_NO_NOT = (r"\bikke (?:bare|kun|blot|alene|mindst|minst)\b|\bikke (?:mer|mere|flere|mindre|senere|færre|færre) "
              r"(?:enn|end)\b|\beller (?:ikke|ikkje)\b|\bikke-(?=\w)")
NOT_NEGATION = {"sv": _SV_NOT, "da": _DA_NO_NOT, "no": _DA_NO_NOT, "nb": _DA_NO_NOT}

# Words that say no without a negator: vägrade "refused", avböjde "declined", nekade / förnekade "denied",
# avvisade / avslog "rejected", omöjligt, saknar / saknas "lacks, is missing", brist "shortage", misslyckades
# "failed", oklart "unclear", okänd, otillräcklig, knappast "hardly", sällan "rarely", oförändrad "unchanged",
# utesluten "ruled out", undvika / förhindra "avoid / prevent"; Danish and Norwegian uden / uten "without",
# nægtede / nektet "refused", afvist / avvist "rejected", umulig "impossible", mangler "lacks"
SOFT = (r"|vägra\w*|avböj\w*|nekad\w*|nekar|förneka\w*|avvis\w*|avslog|avslag\w*|omöjlig\w*|sakna\w*"
        r"|brist\w*|misslyck\w*|oklar\w*|okänd\w*|otillräcklig\w*|knappast|sällan|oförändrad\w*|uteslut\w*"
        r"|undvik\w*|undvek|förhindra\w*|uden|uten|nægte\w*|nekte\w*|afvis\w*|avvist|umulig\w*|mangle\w*")

_LITOTES_RE = re.compile(r"\b(?:inte|aldrig|ingen|inget|inga|ikke|aldri)\s+utan\b"
                         r"|\b(?:inte|aldrig|ingen|inget|inga|ikke|aldri)\s+(?:\w+\s+)?(?:o|u)(?:möjlig|mulig|sannolik"
                         r"|sandsynlig|sannsynlig|vanlig|almindelig|känd|kendt|kjent|väntad|ventet|betydlig|rimlig"
                         r"|intressant|interessant|viktig|vigtig)\w*", re.IGNORECASE)
_CLAUSE_RE = re.compile(r"[,;:()–—]|\s(?:men|och|eftersom|medan|fast|trots att|og|fordi|mens)\s", re.IGNORECASE)
_PAIRED = frozenset(("varken", "hverken", "verken"))


def scandinavian_negated(text: str, found: list[tuple[int, int]]) -> bool:
    """Whether the sentence negates: a clause with an odd number of cues once litotes are counted."""
    bounds = [0] + [m.end() for m in _CLAUSE_RE.finditer(text)] + [len(text) + 1]
    for lo, hi in zip(bounds, bounds[1:]):
        n = sum(1 for a, _ in found if lo <= a < hi)
        n += len(_LITOTES_RE.findall(text[lo:hi]))
        if n % 2 == 1:
            return True
    return False
