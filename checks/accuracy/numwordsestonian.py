"""Estonian number words in the cases news uses (tables only; :mod:`.numwords` and :mod:`.numbers` merge them).

Estonian declines its numerals: "kahe aasta" (of two years), "viie protsendi", "kümne päeva"; halves come as
"poolteist" / "poolteise" (one and a half: "üle poolteise protsendipunkti", "more than 1.5 percentage points"),
"kaks ja pool aastat" (two and a half years) and "pool miljonit" (half a million). With the nominatives alone
the half of a figure was no figure, and a faithful "1.5 percentage points" looked invented (A002).
"""

from __future__ import annotations

import re

# nominative, genitive and partitive of 2-10 ("kuus" six is also "a month" and stays as it was; "kuut" is left out:
# it is also the partitive of "kuu", moon)
_UNITS = ("kaks:2 kahe:2 kahte:2 kolm:3 kolme:3 neli:4 nelja:4 viis:5 viie:5 viit:5 kuus:6 kuue:6 seitse:7 "
          "seitsme:7 seitset:7 kaheksa:8 kaheksat:8 üheksa:9 üheksat:9 kümme:10 kümne:10 kümmet:10")
_TEENS = " ".join(f"{u}teist:{i + 11}" for i, u in enumerate(
    "üks kaks kolm neli viis kuus seitse kaheksa üheksa".split()))
_TENS = " ".join(f"{n}kümmend:{v} {g}kümne:{v}" for n, g, v in (
    ("kaks", "kahe", 20), ("kolm", "kolme", 30), ("neli", "nelja", 40), ("viis", "viie", 50), ("kuus", "kuue", 60),
    ("seitse", "seitsme", 70), ("kaheksa", "kaheksa", 80), ("üheksa", "üheksa", 90)))
WORDS = " ".join((_UNITS, _TEENS, _TENS, "sada:100 saja:100 poolteist:1.5 poolteise:1.5 pooleteise:1.5"))

# "kaks ja pool" (2.5), genitive "kahe ja poole"; "pool miljonit" is half a million ("pool" alone is "half", "side")
HALVES = {"et": r"\s+ja\s+poole?"}
HALF_BEFORE_SCALE = {"et": re.compile(r"(?<![\w-])pool (?=(?:miljon|miljard)\w*\b)", re.IGNORECASE)}
