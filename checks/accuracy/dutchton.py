"""Dutch "ton" as a sum of money: ``anderhalve ton aan spaargeld``, ``twee ton euro`` is EUR 150,000 / 200,000.

Why: Dutch says a hundred thousand euros "een ton"; an English draft that gives "one and a half tons of savings"
has turned money into weight, and a faithful "€150,000" must agree with the original. Only a small count
(up to ten) of ``ton`` followed by ``euro`` or by ``aan`` and a word for money is read so: ``13.600 ton`` and
``twee ton aan goederen`` stay weights. The figure keeps its unit word, so that a draft's "1.5 tons" is compared
with it (and differs: 150,000), while a draft's "€150,000" gives the same figure.
"""

from __future__ import annotations

import re
from dataclasses import replace

_MONEY_AFTER = re.compile(
    r"\s+(?:euro\b|aan\s+(?:\w+\s+)?(?:spaargeld|geld|schade|subsidie|steun|boetes?|salaris|loon|schulden?|"
    r"belasting\w*|premies?|bonus\w*|vergoeding\w*|erfenis|winst|omzet|kosten|investering\w*|contanten|"
    r"giften|donaties|opbrengst\w*|huur|spaartegoed\w*|pensioen\w*)\b)", re.IGNORECASE)


def money_tons(text: str, qs: list) -> list:
    """``qs`` with each Dutch "N ton" of money read as N x 100,000 (euros)."""
    out = []
    for q in qs:
        if (q.kind == "unit" and q.unit.lower() == "ton" and q.scale == 1 and 0 < q.value <= 10
                and _MONEY_AFTER.match(text, q.end)):
            q = replace(q, values=tuple(v * 1e5 for v in q.values), scale=1.0,
                        scale_text="", word=False)
        out.append(q)
    return out
