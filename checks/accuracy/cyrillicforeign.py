"""English spellings of names a Cyrillic original transliterates by Russian rules (forms for propernames).

Russian writes the k of Latin and Greek names where English has c (Iskariot, Iscariot). Kazakh, Kyrgyz and
Uzbek names reach the English press in their own romanisation, not the Russian one: ж is j (Касым-Жомарт
Токаев is Kassym-Jomart Tokayev, Жанибек Janibek) and a single с between vowels is often ss (Kassym,
Kassymov, Nurlan Kassymbek). Company names borrow English words (ТОВ «Будресурс-Плюс», «Агро-Груп», «Техно-Сервіс»),
which an English draft spells as English: Budresurs-Plus, Agro Group, Tekhno-Service. A draft with these spellings
names the same person or firm, not a misspelling.
"""

from __future__ import annotations

import re

_LONE_S_RE = re.compile(r"(?<=[aeiouy])s(?=[aeiouy])")
# English words in Ukrainian and Russian firms' names, romanised (Плюс, Груп, Сервіс, Трейд, Енерджі, Холдинг, Центр)
_BRAND_WORDS = {"plyus": "plus", "plius": "plus", "hrup": "group", "grup": "group", "servis": "service",
                "treid": "trade", "treyd": "trade", "enerdzhi": "energy", "kholdynh": "holding", "kholding": "holding",
                "kompani": "company", "tsentr": "center", "tekhno": "techno", "lohistyk": "logistic",
                "logistik": "logistic"}
_BRAND_WORD_RE = re.compile(rf"(?<![^\W\d_])(?:{'|'.join(_BRAND_WORDS)})(?![^\W\d_])", re.IGNORECASE)


def _english_brand_words(form: str) -> str:
    """``form`` with the English words of a firm's name spelt as English (Budresurs-Plyus: Budresurs-Plus)."""
    def english(m: re.Match) -> str:
        word = _BRAND_WORDS[m.group().lower()]
        return word.capitalize() if m.group()[0].isupper() else word
    return _BRAND_WORD_RE.sub(english, form)


def foreign_spellings(forms: set[str]) -> set[str]:
    """``forms`` (Russian-rule romanisations) with the c for k and the Central Asian j for zh and ss for s."""
    out = set(forms) | {f.replace("k", "c") for f in forms}
    out |= {f.replace("zh", "j").replace("Zh", "J") for f in out if "zh" in f.lower()}
    out |= {_LONE_S_RE.sub("ss", f) for f in out if _LONE_S_RE.search(f)}
    return out | {_english_brand_words(f) for f in out}
