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


FRAGMENT_RE = re.compile(r"\[\[([a-z]{2}):(.*?)\]\]", re.DOTALL)


def load_test_set(path: Path) -> list[tuple[str, list[tuple[int, int, str]]]]:
    """Paragraphs with the marked fragments' spans and languages, markers stripped."""
    out = []
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        block = block.strip()
        if not block:
            continue
        text, spans, pos = "", [], 0
        for m in FRAGMENT_RE.finditer(block):
            text += block[pos : m.start()]
            spans.append((len(text), len(text) + len(m.group(2)), m.group(1)))
            text += m.group(2)
            pos = m.end()
        text += block[pos:]
        out.append((text, spans))
    return out


def score(items, check) -> dict:
    """Recall (a finding covering most of the fragment, language named right) and false alarms."""
    caught = wrong_lang = missed = false_alarms = 0
    misses, alarms = [], []
    for text, spans in items:
        found = [f for f in check(text) if f.rule == "L001"]
        for a, b, lang in spans:
            hits = [f for f in found if min(b, f.end) - max(a, f.start) >= 0.6 * (b - a)]
            if any(_lang_of(f) == lang for f in hits):
                caught += 1
            elif hits:
                wrong_lang += 1
                misses.append(f"wrong language {[_lang_of(f) for f in hits]} for {lang}: {text[a:b]}")
            else:
                missed += 1
                misses.append(f"missed {lang}: {text[a:b]}")
        for f in found:
            if not any(min(b, f.end) - max(a, f.start) > 0 for a, b, _ in spans):
                false_alarms += 1
                alarms.append(f"false alarm: {f.excerpt} ({f.message})")
    total = caught + wrong_lang + missed
    return {"fragments": total, "caught": caught, "wrong_language": wrong_lang, "missed": missed,
            "false_alarms": false_alarms, "recall": caught / total if total else 1.0,
            "details": misses + alarms}


def _lang_of(f) -> str:
    from checks.language import LANGUAGE_NAMES

    names = {v: k for k, v in LANGUAGE_NAMES.items()}
    m = re.match(r"Untranslated (\w+)", f.message)
    return names.get(m.group(1), "?") if m else "?"


def main() -> None:
    for name in ("untranslated_paragraphs.txt", "untranslated_short.txt"):
        _bench_test_set(ROOT / "samples" / name)
    _bench_speed()


def _bench_test_set(path: Path) -> None:
    from checks import check_text

    items = load_test_set(path)
    n_clean = sum(1 for _, s in items if not s)
    words = [len(t[a:b].split()) for t, spans in items for a, b, _ in spans]
    print(f"{path.name}: {len(items)} paragraphs ({len(items) - n_clean} with fragments of "
          f"{min(words)}-{max(words)} words, {n_clean} clean: names, loanwords, titles)")
    for label, check in (
        ("each paragraph checked alone", lambda t: check_text(t).findings),
        ("all paragraphs as one draft", None),
    ):
        if check is None:
            whole = "\n\n".join(t for t, _ in items)
            offs, pos = [], 0
            for t, _ in items:
                offs.append(pos)
                pos += len(t) + 2
            rep = check_text(whole)
            joined_spans = [(a + o, b + o, l) for (t, spans), o in zip(items, offs) for a, b, l in spans]
            res = score([(whole, joined_spans)], lambda _t, rep=rep: rep.findings)
            print(f"  language of the joined draft: {rep.language}")
        else:
            res = score(items, check)
        print(f"{label}: recall {res['recall']:.3f} ({res['caught']}/{res['fragments']} caught, "
              f"{res['wrong_language']} wrong language, {res['missed']} missed), false alarms {res['false_alarms']}")
        for d in res["details"]:
            print("   ", d)



def _bench_speed() -> None:
    # speed: the language checks alone, on the MLQE-PE test MT (5,000 sentences) and a 77,000-word draft
    from common import joined_test_text

    from checks.document import Document
    from checks.language import document_language, foreign_fragments

    big = joined_test_text()
    for name, text in (("MLQE-PE test MT, 5,000 sentences", big),
                       ("77,000-word draft", " ".join(big.split(" ")[:1]) and _words(big, 77000))):
        doc = Document(text)
        _ = doc.sentences
        t = time.perf_counter()
        frags = foreign_fragments(doc)
        lang = document_language(doc)
        dt = time.perf_counter() - t
        print(f"{name} ({len(text.split())} words): language {lang}, {len(frags)} fragments, "
              f"L001/L002 analysis {dt * 1000:.0f} ms")


def _words(text: str, n: int) -> str:
    words = text.split(" ")
    while len(" ".join(words).split()) < n:
        words = words + words
    return " ".join(words[: n + 1])


if __name__ == "__main__" and "--build-data" not in sys.argv:
    main()
