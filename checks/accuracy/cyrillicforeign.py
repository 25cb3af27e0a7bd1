"""English spellings of names a Cyrillic original transliterates by Russian rules (forms for propernames).

Russian writes the k of Latin and Greek names where English has c (Iskariot, Iscariot). Kazakh, Kyrgyz and
Uzbek names reach the English press in their own romanisation, not the Russian one: ж is j (Касым-Жомарт
Токаев is Kassym-Jomart Tokayev, Жанибек Janibek) and a single с between vowels is often ss (Kassym,
Kassymov, Nurlan Kassymbek). A draft with these spellings names the same person, not a misspelling.
"""

from __future__ import annotations

import re

_LONE_S_RE = re.compile(r"(?<=[aeiouy])s(?=[aeiouy])")


def foreign_spellings(forms: set[str]) -> set[str]:
    """``forms`` (Russian-rule romanisations) with the c for k and the Central Asian j for zh and ss for s."""
    out = set(forms) | {f.replace("k", "c") for f in forms}
    out |= {f.replace("zh", "j").replace("Zh", "J") for f in out if "zh" in f.lower()}
    out |= {_LONE_S_RE.sub("ss", f) for f in out if _LONE_S_RE.search(f)}
    return out
