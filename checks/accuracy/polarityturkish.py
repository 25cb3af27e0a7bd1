"""Turkish words that say no with the privative suffix -sız/-siz/-suz/-süz (soft cues for A006).

Why: elektriksiz "without power", işsiz "jobless", evsiz "homeless", sonuçsuz "inconclusive" say no inside the
word, and a newsroom writes them with an English negator ("12,000 homes have no electricity"); read as soft cues
they keep A006 quiet when only the English says "no", as "without", "refused" do in other languages.
Only the suffix at a word's end or before a Turkish ending (-lik, -ler, -di, -dir) counts, so English "emphasize",
"oversized" never match; "Fransız" (French) is no privative.
"""

from __future__ import annotations

import re

_PRIVATIVE = re.compile(r"(?<![\w])(?!fransız)[^\W\d_]{2,}(?:sız|siz|suz|süz)"
                        r"(?:l[ıiuü]k\w*|l[ae]r\w*|d[ıiuü]r?|t[ıiuü]r?|[ıiuü]n)?(?![\w])", re.IGNORECASE)


def turkish_soft(text: str) -> bool:
    """Whether the text says no with a Turkish privative word (elektriksiz, işsizlik, evsizler)."""
    return _PRIVATIVE.search(text) is not None
