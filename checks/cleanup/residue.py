"""Scraped residue: lines of the web page that came along with the article (category ``cleanup``).

Every rule here judges a whole line standing on its own (a paragraph, or a line of one), never a
sentence inside article prose, so a story that mentions Facebook or a photographer stays quiet.
Each finding suggests deleting the line together with the line break and blank lines after it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from ..document import Document
from ..registry import checker, define
from ..stylesheet import CheckOptions

C001 = define("C001", "scraped-residue", "cleanup", "warning",
              "A line of web-page furniture (comment form, share bar, advert, cookie notice) is not article text.")
C002 = define("C002", "photo-credit-line", "cleanup", "warning",
              "A photo-credit line from the scraped page is not article text.")
C003 = define("C003", "orphaned-dateline", "cleanup", "info",
              "A dateline stands alone on its own line, cut off from the story it opens.")
C004 = define("C004", "caption-repeats-lede", "cleanup", "warning",
              "A photo caption repeats the lede that follows it.")

DATA = Path(__file__).parent.parent / "data"


class Line(NamedTuple):
    start: int  # offset of the first non-space character
    end: int    # offset after the last non-space character
    text: str


def lines(text: str) -> Iterator[Line]:
    """Non-blank lines of the text, trimmed, with their offsets."""
    for m in re.finditer(r"[^\n]+", text):
        raw = m.group()
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            yield Line(m.start() + lead, m.start() + lead + len(stripped), stripped)


def line_deletion(text: str, start: int, end: int) -> tuple[int, int, str]:
    """An edit deleting the line ``[start, end)`` with its break and the blank lines after it
    (or, for the last line of the text, the breaks before it), so no empty paragraph is left."""
    a = text.rfind("\n", 0, start) + 1
    b = end
    while b < len(text) and text[b] in " \t\r":
        b += 1
    if b < len(text):  # eat the line break and any blank lines that follow
        m = re.compile(r"(?:[ \t\r]*\n)+").match(text, b)
        b = m.end() if m else b
        return a, b, ""
    # last line: remove the breaks before it instead
    while a > 0 and text[a - 1] in " \t\r\n":
        a -= 1
    return a, b, ""


# -- C001 web-page furniture ----------------------------------------------------------------------

@lru_cache(maxsize=1)
def residue_pattern() -> re.Pattern:
    parts = []
    for raw in (DATA / "cleanup_residue.txt").read_text(encoding="utf-8").splitlines():
        raw = raw.strip()
        if raw and not raw.startswith("#"):
            parts.append(f"(?:{raw})")
    return re.compile(r"(?:" + "|".join(parts) + r")[\s.:!…]*", re.IGNORECASE)


def is_residue(line: str) -> bool:
    return len(line) <= 400 and residue_pattern().fullmatch(line) is not None


# -- C002 photo credits ---------------------------------------------------------------------------

AGENCIES = (
    "Getty Images", "Getty", "AFP", "Reuters", "AP", "AP Photo", "Associated Press", "EPA", "EPA-EFE", "EFE",
    "Bloomberg", "Shutterstock", "Alamy", "Xinhua", "Anadolu", "Anadolu Agency", "ANSA", "dpa", "DPA",
    "picture alliance", "Sipa", "SIPA", "Sipa USA", "Pool", "POOL", "SOPA Images", "LightRocket", "NurPhoto",
    "Imago", "IMAGO", "TASS", "Sputnik", "Kyodo", "Yonhap", "PA", "PA Images", "PA Wire", "Corbis",
    "WireImage", "Redux", "Polaris", "ZUMA", "ZUMA Wire", "Zuma Press", "AAP", "CNN", "BBC", "Handout",
    "File", "File Photo", "Courtesy", "Bloomberg News", "The New York Times", "NYT", "UPI", "Abaca",
)
_AGENCY_ALT = "|".join(sorted((re.escape(a) for a in AGENCIES), key=len, reverse=True))
_NAME = r"[A-Z][\w'’.\-]*(?:\s+(?:[A-Z][\w'’.\-]*|de|da|del|der|van|von|la|le|bin|al))*"
_CREDIT_PREFIX = r"(?:(?:Photo(?:graph)?s?|Images?|Pictures?|Credits?|Photo credits?|Image source|Source|Foto)\s*(?::|,|by)?\s*)"
_CREDIT_RE = re.compile(
    rf"\(?\s*(?:{_CREDIT_PREFIX}?(?:{_NAME}\s*[/|]\s*)+(?:{_AGENCY_ALT})(?:\s*[/|]\s*(?:{_AGENCY_ALT}|{_NAME}))*"
    rf"(?:\s+(?:via|for)\s+(?:{_AGENCY_ALT}))?"
    rf"|{_CREDIT_PREFIX}(?:{_NAME})(?:\s*[/|,]\s*{_NAME})*(?:\s+(?:via|for)\s+(?:{_AGENCY_ALT}))?"
    rf"|(?:{_AGENCY_ALT})\s+(?:Photo|Images)?\s*[/|]\s*{_NAME}"
    rf"|{_NAME}\s+(?:via|for)\s+(?:{_AGENCY_ALT}))\s*\)?"
)


def is_photo_credit(line: str) -> bool:
    """A short line made only of names, slashes and a photo agency (``Name/Getty Images``)."""
    if len(line.split()) > 14 or line.endswith((".", "?", "!")) and not re.search(r"\b[A-Z]\.$", line):
        return False
    return _CREDIT_RE.fullmatch(line) is not None


# -- C003 datelines -------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def places() -> frozenset[str]:
    out = set()
    for raw in (DATA / "cleanup_places.txt").read_text(encoding="utf-8").splitlines():
        raw = raw.strip()
        if raw and not raw.startswith("#"):
            out.add(raw.lower())
    return frozenset(out)


_DATELINE_RE = re.compile(
    r"(?P<place>[A-Z][\w'’.\-]*(?:\s+[A-Za-z][\w'’.\-]*){0,3}(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?)"
    r"\s*(?P<agency>\((?:[A-Z][\w.&-]*\s?){1,3}\))?\s*(?P<dash>[—–-]{1,2})?"
)


def is_dateline(line: str) -> bool:
    """A place name standing alone, in capitals or from the shipped list, maybe with ``(AP) —``."""
    if len(line) > 60:
        return False
    m = _DATELINE_RE.fullmatch(line)
    if not m:
        return False
    place = m.group("place")
    city = place.split(",")[0].strip()  # "KYIV, Ukraine", "Hong Kong"
    capitals = city.isupper() and len(city) >= 4 and len(city.split()) <= 4
    if m.group("agency") or m.group("dash"):
        return capitals or city.lower() in places() or len(place.split()) <= 3
    return capitals or city.lower() in places()


# -- C004 caption repeating the lede -------------------------------------------------------------

_STOP = frozenset(
    [
        "the", "a", "an", "of", "to", "in", "on", "at", "for", "with", "by", "from", "and", "or", "but", "as",
        "is", "was", "are", "were", "be", "been", "that", "this", "which", "who", "its", "it", "his", "her",
        "their", "has", "have", "had", "will", "would", "said", "says", "on",
    ]
)
_CONTENT_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")


def content_words(text: str) -> set[str]:
    return {w.lower() for w in _CONTENT_RE.findall(text) if w.lower() not in _STOP and len(w) > 1}


# -- the checker ---------------------------------------------------------------------------------

@checker(C001, C002, C003, C004)
def check_residue(doc: Document, opts: CheckOptions):
    text = doc.text
    all_lines = list(lines(text))
    found: dict[int, tuple] = {}  # line index -> (rule, message, extra suggestions)
    for i, ln in enumerate(all_lines):
        if is_residue(ln.text):
            found[i] = (C001, f"Scraped page residue, not article text: delete “{_short(ln.text)}”", [])
        elif is_photo_credit(ln.text):
            found[i] = (C002, "Photo-credit line left over from the web page: delete it", [])
        elif 0 < i < len(all_lines) - 1 and is_dateline(ln.text) and _starts_body(all_lines[i + 1].text):
            nxt = all_lines[i + 1]
            merge = (ln.start, nxt.start, f"{ln.text.rstrip(' —–-')} — ")
            found[i] = (C003, "Dateline cut off on a line of its own: delete it, or run it into the first paragraph",
                        [merge])
    for i, rule, message in _captions(doc, all_lines, set(found)):
        found[i] = (rule, message, [])
    # Lines from here to the end are all deleted: each takes the breaks *before* it, so the cleaned
    # text ends on its last real line and neighbouring deletions never overlap.
    tail = len(all_lines)
    while tail > 0 and tail - 1 in found:
        tail -= 1
    for i in sorted(found):
        rule, message, extra = found[i]
        ln = all_lines[i]
        if i >= tail:
            deletion = (all_lines[i - 1].end if i > 0 else 0, ln.end, "")
        else:
            deletion = line_deletion(text, ln.start, ln.end)
        yield rule.finding(ln.start, ln.end, message, suggestions=[deletion, *extra])


def _starts_body(line: str) -> bool:
    """The next line is article prose (a sentence), not another short heading."""
    return len(line.split()) >= 8 and line[-1:] in ".!?”\"’)"


# A caption describes a picture; a sentence that reports what someone said is story text.
_REPORTED_RE = re.compile(r"\b(?:said|says|told|according to|stated)\b", re.IGNORECASE)
CAPTION_MAX_WORDS = 30
CAPTION_MAX_LINE = 2  # the caption sits in the top matter: after the headline (and a standfirst)


def _headline_like(line: str) -> bool:
    """A short line that does not end as a sentence does: a headline or subhead."""
    return len(line.split()) <= 20 and line.rstrip()[-1:] not in ".!?\"”’:;,"


def _captions(doc: Document, all_lines: list[Line], furniture: set[int]):
    """A short one-sentence paragraph under a headline whose words come back in the next paragraph.

    Never the draft's first line (that is its headline, or the lede itself: "Mascots for World Expo
    2020 Dubai Unveiled." followed by a lede that repeats it is a headline, not a caption), nor a
    sentence that reports speech, nor a long one (captions are short; ledes are not).
    """
    text = doc.text
    body = [(i, ln) for i, ln in enumerate(all_lines) if i not in furniture]
    for k, (i, ln) in enumerate(body[1:], start=1):
        if k > CAPTION_MAX_LINE and not _headline_like(body[k - 1][1].text):
            continue  # deeper in the story, only right under a (sub)headline
        words = content_words(ln.text)
        if len(words) < 5 or len(ln.text.split()) > CAPTION_MAX_WORDS or ln.text[-1:] not in ".!?":
            continue
        if k + 1 >= len(body) or _REPORTED_RE.search(ln.text):
            continue
        if len(doc.sentences) and sum(1 for s in doc.sentences if ln.start <= s.start < ln.end) != 1:
            continue  # captions are one sentence
        _, nxt = body[k + 1]
        lede = doc.sentence_at(nxt.start)
        if lede is None or nxt.end - nxt.start <= ln.end - ln.start:
            continue
        lede_words = content_words(text[lede.start : lede.end])
        if len(words & lede_words) >= 0.6 * len(words):
            yield i, C004, "Photo caption repeating the lede below it: delete the caption"


def _short(s: str, n: int = 60) -> str:
    return s if len(s) <= n else s[: n - 1] + "…"
