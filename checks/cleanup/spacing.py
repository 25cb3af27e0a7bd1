"""Mechanical slips: a word typed twice, doubled spaces, a space before punctuation, and a sentence
glued to the next one (``ended.Then``).

Each is a regular expression plus the exceptions that keep correct text quiet: ``had had`` and
``that that`` are grammar, names may repeat (``Sirhan Sirhan``), and a dot between letters is not a
glued sentence in ``U.S.``, ``e.g.``, ``3.5``, ``Node.js``, ``example.com``, e-mail addresses or
file names.
"""

from __future__ import annotations

import re

from ..document import ABBREVIATIONS, Document
from ..registry import checker, define, english_only
from ..stylesheet import CheckOptions

C006 = define("C006", "repeated-word", "cleanup", "warning", "The same word twice in a row (“the the”).")
C007 = define("C007", "doubled-space", "cleanup", "info", "Two or more spaces between words.")
C008 = define("C008", "space-before-punctuation", "cleanup", "warning", "A space before a comma, full stop or other mark.")
# "nous nous", "die die" are grammar; French sets a space before : ; ! ? and inside « ».
english_only(C006, C008)
C009 = define("C009", "missing-space", "cleanup", "warning",
              "No space after a full stop or comma: two sentences or words glued together (“ended.Then”).")

# Words that are grammatical when doubled ("what it is is", "he had had", "so that that").
GRAMMATICAL_DOUBLES = frozenset(
    [
        "had", "that", "is", "do", "can", "bye", "very", "no", "yes", "yeah", "ha", "ah", "oh", "hey",
        "knock", "well", "so", "now", "there", "go", "bla", "blah", "tut", "chop", "night", "far", "many",
    ]
)

# Adverb particles that end a phrasal verb and may be followed by the same word as a preposition
# ("was taken in in the church", "moved in in May", "logged on on Monday", "turned up up the hill").
PARTICLES = frozenset(["in", "on", "up", "out", "off", "over", "down", "by"])
_PHRASAL_STEMS = (
    "take took taken move check log sign swear swore sworn come came give gave given fill hand turn drop break broke "
    "broken join cave settle step pitch sink sank sunk phase lock plug tuck let kick set dig call bring brought stay "
    "sleep slept carry catch caught hold held pass go went gone keep kept put get got gotten run ran show end stand "
    "stood wait pay paid write wrote written send sent cut close shut back"
).split()


def _forms(stem: str) -> set[str]:
    e = stem[:-1] if stem.endswith("e") else stem
    y = stem[:-1] + "ie" if stem.endswith("y") else stem
    return {stem, stem + "s", y + "s", e + "ed", y + "d", e + "ing", stem + stem[-1] + "ed", stem + stem[-1] + "ing"}


PHRASAL_VERBS = frozenset(f for stem in _PHRASAL_STEMS for f in _forms(stem))
_WORD_BEFORE_RE = re.compile(r"([^\W\d_]+)[ \t]+$")
_REPEAT_RE = re.compile(r"\b([^\W\d_]+(?:['’][^\W\d_]+)?)([ \t]+)(\1)\b", re.IGNORECASE)
_DOUBLE_SPACE_RE = re.compile(r"(?<=\S)[ \t]{2,}(?=\S)")
_SPACE_BEFORE_RE = re.compile(r"(?<=[^\W_])[ \t]+([,;:!?]+|\.(?!\.))(?=[\s\"”’)»]|$)")
# letters.Letters / letters,letters : glued; checked against the exceptions below.
_GLUED_RE = re.compile(r"(?<=[a-z\u00e0-\u00ff)”\"’])([.!?,;])(?=[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]|[“\"]?[A-Z][a-z])|"
                       r"(?<=[a-z]{2})(,)(?=[a-z]{2})")
_CHUNK_RE = re.compile(r"\S+")
_DOTTED_RE = re.compile(r"[^\W\d_]\.[^\W\d_]")
_TECHY = re.compile(r"@|://|^www\.|\.(?:com|org|net|gov|edu|io|co|uk|de|fr|ru|cn|js|py|ts|exe|pdf|docx?|xlsx?|csv|"
                    r"txt|html?|php|json|jpg|png|gif|zip|NET)\b|[\\/_#=]|\d", re.IGNORECASE)


@checker(C006)
def check_repeated_words(doc: Document, opts: CheckOptions):
    text = doc.text
    for m in _REPEAT_RE.finditer(text):
        first, second = m.group(1), m.group(3)
        low = first.lower()
        if low in GRAMMATICAL_DOUBLES:
            continue
        if second[0].isupper():
            continue  # names: "Sirhan Sirhan", "Walla Walla", "Bora Bora"
        before = _WORD_BEFORE_RE.search(text, max(0, m.start() - 30), m.start()) if low in PARTICLES else None
        if before and before.group(1).lower() in PHRASAL_VERBS:
            continue  # a phrasal verb's particle, then the preposition: "was taken in in the church"
        a, b = m.end(1), m.end(3)
        yield C006.finding(m.start(), m.end(), f"Repeated word: “{first} {second}”",
                           suggestions=[(a, b, "")])


@checker(C007)
def check_doubled_spaces(doc: Document, opts: CheckOptions):
    text = doc.text
    line_end, layout = -1, False
    for m in _DOUBLE_SPACE_RE.finditer(text):
        if m.start() > line_end:  # each line is judged once (linear on a long line of many spaces)
            line_start = text.rfind("\n", 0, m.start()) + 1
            line_end = text.find("\n", m.start())
            line_end = len(text) if line_end < 0 else line_end
            layout = _is_layout_line(text[line_start:line_end])
        if layout:
            continue
        yield C007.finding(m.start(), m.end(), "Doubled space: one space is enough",
                           suggestions=[(m.start(), m.end(), " ")])


def _is_layout_line(line: str) -> bool:
    """Tables and aligned columns (three or more runs of spaces on a line) are layout, not slips."""
    return len(re.findall(r"\S {2,}\S", line)) >= 3 or "\t" in line


@checker(C008)
def check_space_before_punctuation(doc: Document, opts: CheckOptions):
    text = doc.text
    for m in _SPACE_BEFORE_RE.finditer(text):
        mark = m.group(1)
        if mark[0] in ":;!?" and _french_spacing_quote(text, m.start()):
            continue
        yield C008.finding(m.start(), m.end(), f"Space before “{mark}”: remove it",
                           suggestions=[(m.start(), m.start(1), "")])


def _french_spacing_quote(text: str, pos: int) -> bool:
    """French typography puts a space before : ; ! ? -- leave it alone inside « guillemets »."""
    a = text.rfind("«", max(0, pos - 300), pos)
    return a >= 0 and text.find("»", a, pos) < 0


@checker(C009)
def check_glued_sentences(doc: Document, opts: CheckOptions):
    text = doc.text
    chunk_end, techy = -1, False
    for m in _GLUED_RE.finditer(text):
        mark_start = m.start(1) if m.group(1) else m.start(2)
        mark = text[mark_start]
        if mark_start >= chunk_end:  # each chunk is judged once, however many marks it holds (linear)
            chunk_start, chunk_end = _chunk_bounds(text, mark_start)
            chunk = text[chunk_start:chunk_end]
            techy = bool(_TECHY.search(chunk)) or len(_DOTTED_RE.findall(chunk)) >= 2
        if techy:
            continue  # URLs, e-mails, file names, Node.js, 3.5, dotted paths (System.Collections.Generic)
        word = re.search(r"([^\W\d_]+(?:\.[^\W\d_]+)*)$", text[max(0, mark_start - 20) : mark_start])
        before = word.group(1) if word else ""
        if mark == "." and (before.lower() in ABBREVIATIONS or "." in before or len(before) == 1):
            continue  # U.S.A, e.g., initials
        if mark == "." and re.match(r"[A-Z][a-z]+[A-Z]", text[mark_start + 1 : mark_start + 30]):
            continue  # CamelCase identifiers: System.Collections, ASP.NetCore
        if mark == "." and before[:1].isupper() and _next_word(text, mark_start + 1) not in SENTENCE_STARTERS:
            continue  # a name or abbreviation (Dm.Bykov, Rino.Ink); "Washington.The" still counts
        what = "two sentences glued together" if mark in ".!?" else f"no space after “{mark}”"
        yield C009.finding(mark_start, mark_start + 1, f"Missing space after “{mark}”: {what}",
                           suggestions=[(mark_start + 1, mark_start + 1, " ")])


SENTENCE_STARTERS = frozenset(
    [
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those",
        "But", "And", "Yet", "So", "In", "On", "At", "For", "If", "When", "While", "After", "Before", "Since",
        "Later", "Earlier", "Meanwhile", "However", "There", "His", "Her", "Their", "Its", "Our", "Then",
        "Now", "Some", "Many", "Most",
    ]
)


def _next_word(text: str, pos: int) -> str:
    m = re.compile(r"[“\"]?([^\W\d_]+)").match(text, pos)
    return m.group(1) if m else ""


def _chunk_bounds(text: str, pos: int) -> tuple[int, int]:
    """The run of non-space characters around ``pos``."""
    a = pos
    while a > 0 and not text[a - 1].isspace():
        a -= 1
    b = pos
    while b < len(text) and not text[b].isspace():
        b += 1
    return a, b
