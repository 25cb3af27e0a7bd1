"""Czech month and weekday words that are ordinary words too, for :mod:`.dates`.

``září`` is September and also "shines" (slunce září); ``středu`` is Wednesday (ve středu "on Wednesday") and
also the middle or centre (ve středu města "in the city centre", ze středu "from the centre"). Each counts
only beside a figure (``3. září``, ``září 2024``), after a word that takes a month or a day (``v září``,
``od září``, ``koncem září``; ``ve středu``, ``příští středu``) and, for ``středu``, when no noun of the
centre follows (``ve středu města``, ``ve středu zájmu``).
"""

from __future__ import annotations

import re

_BEFORE_MONTH = frozenset(
    "v ve od do ze z na za pro během začátkem koncem počátkem polovinou polovině poloviny konce začátku "
    "počátku měsíc měsíce loňského letošního příštího minulého loňském letošním příštím minulém loňské "
    "letošní příští minulé loni letos až".split()
)
_BEFORE_DAY = frozenset("ve na každou příští minulou tuto tuhle předminulou přes pro v noci minulý uplynulou".split())
# what is in the centre of: ve středu města, obce, zájmu, pozornosti, dění, Evropy, náměstí, hřiště ...
_CENTRE_OF = re.compile(
    r"\s+(?:města|obce|vesnice|metropole|hlavního|náměstí|zájmu|pozornosti|dění|sporu|debaty|Evropy|Prahy|Brna"
    r"|země|republiky|kraje|regionu|ostrova|hřiště|pole|sálu|místnosti|kruhu|galaxie|tabulky|spektra|údolí"
    r"|areálu|čtvrti|sídliště|parku|trhu|bytu|domu|scény)(?!\w)"
)
_AMBIGUOUS = frozenset({"září", "středu"})


def czech_word_ok(t: str, low: str, a: int, b: int, lo: int, hi: int, day: int | None, year: int | None) -> bool:
    """Whether a Czech month or weekday word that is also an ordinary word reads as a date here."""
    if low not in _AMBIGUOUS:
        return True
    prev = t[max(lo, a - 20) : a].split()
    before = prev[-1].lower() if prev else ""
    if low == "září":
        return day is not None or year is not None or before in _BEFORE_MONTH
    if before not in _BEFORE_DAY:
        return False
    return _CENTRE_OF.match(t, b, hi) is None
