"""Untranslated-fragment bench, and the builder of the shipped word data.

    python bench/language.py               # recall / false alarms on samples/untranslated_*.txt, speed
    python bench/language.py --build-data  # rewrite checks/data/language_words.json from wordfreq

The test set is samples/untranslated_paragraphs.txt: one paragraph per block, and every foreign
fragment written between ``[[lang:`` and ``]]`` (the markers are stripped before checking), so the
bench knows exactly which spans must be caught and in which language.
"""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
DATA_FILE = ROOT / "checks" / "data" / "language_words.json"

# Latin-script languages wordfreq knows, with the langdetect code they map to.
MARKER_LANGS = {"fr": "fr", "de": "de", "es": "es", "it": "it", "pt": "pt", "ro": "ro", "nl": "nl",
                "ca": "ca", "pl": "pl", "sv": "sv", "da": "da", "nb": "no", "tr": "tr", "id": "id",
                "cs": "cs", "hu": "hu", "fi": "fi", "sh": "hr", "sk": "sk", "sl": "sl", "lt": "lt",
                "lv": "lv", "fil": "tl"}
WORD = re.compile(r"^[^\W\d_]+(?:['’][^\W\d_]+)?$")


def build_data() -> None:
    """Derive the word classes from wordfreq frequencies (run once; the result ships).

    * markers: frequent words of a foreign language that are at least 100x rarer in English
      ("que", "und", "sera", "și") -- a cheap, strong sign of a foreign span;
    * english: the 40,000 commonest English words that are not much commoner abroad;
    * shared: common English words that are as common in some foreign language ("a", "in", "per"),
      which therefore say nothing either way.
    """
    from wordfreq import top_n_list, zipf_frequency

    markers: dict[str, list[str]] = {}
    for wf, code in MARKER_LANGS.items():
        for w in top_n_list(wf, 400):
            if not WORD.match(w) or len(w) > 12:
                continue
            zl, ze = zipf_frequency(w, wf), zipf_frequency(w, "en")
            if zl >= 4.3 and zl - ze >= 2.0:
                markers.setdefault(w, [])
                if code not in markers[w]:
                    markers[w].append(code)
    english, shared = [], []
    for w in top_n_list("en", 40000):
        if not WORD.match(w) or w in markers:
            continue
        ze = zipf_frequency(w, "en")
        zf = max(zipf_frequency(w, wf) for wf in MARKER_LANGS)
        (shared if zf >= 4.3 and zf >= ze - 0.2 else english).append(w)
    DATA_FILE.write_text(json.dumps({
        "source": "wordfreq top_n_list/zipf_frequency; see bench/language.py build_data",
        "markers": dict(sorted(markers.items())),
        "shared": sorted(shared),
        "english": sorted(english),
    }, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{DATA_FILE.name}: {len(markers)} markers, {len(shared)} shared, {len(english)} English words")


if __name__ == "__main__":
    if "--build-data" in sys.argv:
        build_data()
