"""Runs of words that may be untranslated: the cheap search that decides what langdetect sees.

A run is a stretch of a sentence with at least MIN_WORDS words, two distinct foreign signs and
plain English words only one at a time; names, name particles (Costa de la Luz), loanwords (coup
d'état) and titles announced by a cue word (his novel Cien años de soledad) never make one.
"""

from __future__ import annotations

import re

from .words import (
    ENGLISH,
    FOREIGN,
    FOREIGN_LETTER,
    NAME_PARTICLES,
    NEUTRAL,
    NON_LATIN,
    TITLE_CUES,
    UNKNOWN,
    WORD_RE,
    WordLists,
    classify,
    loanword_pattern,
    weight,
)

MIN_WORDS = 5  # never ask langdetect about fewer words (DESIGN.md 5)

CLAUSE_BREAK = re.compile(r"[:;()\[\]\"“”«»—–]")


def looks_like_title(text: str, run: list, before: str) -> bool:
    """A capitalised run announced by a cue word ("his novel Cien años de soledad")."""
    lead = [text[a:b].lower() for a, b, cls, _ in run[:3] if cls != FOREIGN and not text[a].isupper()]
    first_cap = next((i for i, (a, _, cls, _) in enumerate(run[:3]) if text[a].isupper()), None)
    return first_cap is not None and (before in TITLE_CUES or any(w in TITLE_CUES for w in lead[: first_cap]))


def neutralise_loanwords(text: str, start: int, end: int, toks: list) -> None:
    """Words of a shipped loanword phrase (laissez-faire, bête noire, de facto) are no foreign sign."""
    spans = [(m.start(), m.end()) for m in loanword_pattern().finditer(text, start, end)]
    if not spans:
        return
    for i, (a, b, word, cls) in enumerate(toks):
        if cls != ENGLISH and any(sa <= a and b <= sb for sa, sb in spans):
            toks[i] = (a, b, word, NEUTRAL)


def neutralise_name_particles(toks: list) -> None:
    """``de`` and ``la`` between capitalised words belong to a name (Costa de la Luz, Lula da Silva)."""
    for i, (a, b, word, cls) in enumerate(toks):
        if cls != FOREIGN or word not in NAME_PARTICLES or i == 0:
            continue
        prev = toks[i - 1][2]
        if not prev[0].isupper() and prev not in NAME_PARTICLES:
            continue
        j = i + 1
        while j < len(toks) and toks[j][2] in NAME_PARTICLES:
            j += 1
        if j < len(toks) and toks[j][2][0].isupper():
            toks[i] = (a, b, word, NEUTRAL)


def candidate_runs(text: str, start: int, end: int, lists: WordLists) -> list[tuple[int, int, int]]:
    """Spans of ``text[start:end]`` that may be foreign: >= MIN_WORDS words, at least two foreign signs,
    and plain English words only one at a time (foreign prose holds a few: "les options", "divide").
    Each run is ``(start, end, core_end)``: the core ends on the last foreign sign and is what
    language identification reads."""
    runs: list[tuple[int, int]] = []
    cur: list[tuple[int, int, str, float]] = []
    before = [""]  # the word just before the current run

    def close(at_end: bool = False) -> None:
        # After the last foreign sign, keep one neutral word ("à Paris", "de paz"), but no English
        # word and no longer tail ("... zal stemmen on Thursday", "..., according to a").
        last = max((k for k, c in enumerate(cur) if c[2] in (FOREIGN, UNKNOWN)), default=-1)
        tail = cur[last + 1 :]
        kept = 0
        if tail and last >= 0 and not text[cur[last][1] : tail[0][0]].strip():  # not after a comma
            if at_end and len(tail) == 1:
                kept = 1  # the sentence's last word: international vocabulary ("... sur les sanctions.")
            elif tail[0][2] == NEUTRAL and (_capitalised(tail[0]) or len(tail) == 1 or not _capitalised(tail[1])):
                kept = 1  # "à Paris", "de paz", "nem fog engedni Brüsszelnek", but not "on Thursday"
        del cur[last + 1 + kept :]
        while cur and (cur[0][2] == ENGLISH or text[cur[0][0] : cur[0][1]].lower() in TITLE_CUES):
            before[0] = text[cur[0][0] : cur[0][1]].lower()
            cur.pop(0)
        # Before the first foreign sign, keep one neutral word ("... said la conférence"), or the
        # sentence's opening words ("Die Regierung hat"), not a lead-in of names mid-sentence.
        first = next((k for k, c in enumerate(cur) if c[2] in (FOREIGN, UNKNOWN)), len(cur))
        if first >= len(cur):
            cur.clear()
        elif (first > 1 and text[start : cur[0][0]].strip(" \"“‘'(«")  # a sentence may open on names
              or first == 1 and text[cur[0][1] : cur[1][0]].strip()):
            before[0] = text[cur[first - 1][0] : cur[first - 1][1]].lower()
            del cur[:first]
        if cur and any(NON_LATIN.search(text[c[0] : c[1]]) for c in cur):
            # a run in another script does not take Latin-script words at its edges
            while cur and not NON_LATIN.search(text[cur[0][0] : cur[0][1]]):
                cur.pop(0)
            while cur and not NON_LATIN.search(text[cur[-1][0] : cur[-1][1]]):
                cur.pop()
        if cur:
            words = sum(c[3] for c in cur if c[2] != ENGLISH)
            foreign = len({text[c[0] : c[1]].lower() for c in cur if c[2] == FOREIGN and c[1] - c[0] > 1})
            unknown = sum(1 for c in cur if c[2] == UNKNOWN)
            english = sum(1 for c in cur if c[2] == ENGLISH)
            is_title = looks_like_title(text, cur, before[0])
            if (words >= MIN_WORDS and foreign >= 2 and foreign + unknown >= 0.4 * len(cur)
                    and english * 4 <= len(cur) and not is_title):
                stop = cur[-1][1]
                tail = re.match(r"[\s.!?…\"”’»)]*", text[stop:end]).group()
                if stop + len(tail) == end:  # the run ends the sentence: take its full stop too
                    stop = end - (len(tail) - len(tail.rstrip()))
                core = max(c[1] for c in cur if c[2] in (FOREIGN, UNKNOWN))
                runs.append((cur[0][0], stop, core))
        cur.clear()

    def _capitalised(tok) -> bool:
        return text[tok[0]].isupper()

    toks = [(m.start(), m.end(), m.group(), classify(m.group(), lists)) for m in WORD_RE.finditer(text, start, end)]
    neutralise_name_particles(toks)
    neutralise_loanwords(text, start, end, toks)
    prev_end = start
    prev_word = ""
    for a, b, word, cls in toks:
        if CLAUSE_BREAK.search(text, prev_end, a):
            close()  # a colon, dash, bracket or quotation mark starts a new clause
        if cls == ENGLISH and (not cur or cur[-1][2] == ENGLISH or not any(c[2] in (FOREIGN, UNKNOWN) for c in cur)):
            close()  # two plain English words in a row, or no foreign sign yet: back in English
            before[0] = word.lower()
        elif not cur:
            before[0] = prev_word
            cur.append((a, b, cls, weight(word)))
        else:
            cur.append((a, b, cls, weight(word)))
        prev_end = b
        prev_word = word.lower()
    close(at_end=True)
    return runs


def quick_foreign_signs(sentence: str, lists: WordLists) -> bool:
    """The cheapest test: does a sentence hold two foreign marker words or any non-Latin letter?"""
    if NON_LATIN.search(sentence):
        return True
    markers = lists.markers
    hits = 0
    for w in WORD_RE.findall(sentence):
        if w.lower() in markers and not w[0].isupper() or FOREIGN_LETTER.search(w) and w.islower():
            hits += 1
            if hits >= 2:
                return True
    return False


