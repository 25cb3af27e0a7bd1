"""Find the person-name mentions of a text: capitalised runs with their particles, titles cut off.

"US Secretary of State Anthony Blinken’s" yields the mention ``Anthony Blinken`` (units ``Anthony`` and
``Blinken``); "Ursula von der Leyen" yields ``Ursula`` + ``von der Leyen``; "Antony J. Blinken" keeps the
initial inside the span but compares only ``Antony`` and ``Blinken``. Every unit is an exact span of the
text, so a fix can replace one unit and leave the rest of the mention as the writer typed it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..document import Document

PARTICLES = frozenset(
    "von van der den de du da do di dos das del della le la bin bint ibn ben abu al el ter ten zu".split()
)
# Prefixes glued to a name by a hyphen: al-Sudani, el-Sisi, ad-Din.
_PREFIXED = re.compile(r"^(?:al|el|ad|as|ash|an|ar|at|az|bin|ben|abu)-[A-Z]")
_POSSESSIVE = re.compile(r"['’]s$")
SUFFIXES = frozenset({"Jr", "Sr", "II", "III", "IV"})

# Words that precede a name but are not part of it: titles, offices, organisations, demonyms.
TITLE_WORDS = frozenset(
    """
    president presidents vice prime minister ministers secretary secretary-general state foreign defence
    defense finance interior affairs economy trade justice health energy chancellor king queen prince
    princess crown sheikh sheik emir sultan pope cardinal archbishop bishop general gen lt lieutenant
    colonel col admiral adm major maj captain capt sergeant sgt mr mrs ms miss dr prof professor sir dame
    lord lady senator sen rep representative congressman congresswoman governor gov mayor ambassador envoy
    spokesman spokeswoman spokesperson chairman chairwoman chair director director-general chief
    executive ceo premier leader commissioner deputy speaker judge attorney prosecutor commander marshal
    ayatollah imam rabbi saint president-elect taoiseach tanaiste treasurer officer head adviser advisor
    aide counsellor councillor lawmaker mp member central bank national security council department
    ministry office house white party government parliament congress assembly commission committee
    union united nations agency fund organization organisation court army forces navy police service
    news times post images press reuters afp ap photo photos getty pool staff correspondent reporting
    editing writing by with and the his her their its our my
    american british chinese russian ukrainian french german italian spanish japanese korean indian
    israeli palestinian iranian turkish saudi egyptian syrian iraqi polish hungarian european canadian
    mexican brazilian australian estonian finnish swedish norwegian danish dutch belgian austrian swiss
    greek qatari emirati lebanese jordanian afghan pakistani venezuelan argentine argentinian chilean
    colombian cuban nigerian kenyan ethiopian sudanese taiwanese vietnamese thai indonesian filipino
    malaysian singaporean belarusian georgian armenian azerbaijani kazakh serbian croatian romanian
    bulgarian czech slovak slovenian lithuanian latvian irish scottish welsh portuguese moroccan algerian
    tunisian libyan yemeni omani kuwaiti bahraini north south east west new former acting interim late
    then incoming outgoing
    """.split()
)

# Capitalised words that start sentences or headlines and are never the first word of a name.
BREAK_WORDS = frozenset(
    """
    the a an and but or nor so yet in on at for with from to by as of if when while after before since
    until during he she it they we i you his her their its our my your this that these those there here
    what who whom whose how why where which according later earlier meanwhile however also both some
    many most all any each every last next no not one two three first second third other another such
    more much few several then than now today tonight yesterday tomorrow asked speaking despite amid
    among under over about against between without within through into onto upon via per
    monday tuesday wednesday thursday friday saturday sunday january february march april june july
    august september october november december
    """.split()
)

# Of those, the words that end a name even in mid-sentence ("He" there is more likely Chinese surname He).
MIDRUN_BREAKS = BREAK_WORDS - frozenset("he she it we i you his her their its our my your one no not".split())
# Two-letter capitals that are abbreviations, not initials of a name like JD or KP.
ACRONYMS = frozenset("US UK EU UN AU IS AP AI TV PM MP DC NY LA BC AD OK ID".split())


@dataclass(frozen=True)
class Unit:
    """One comparable part of a name: a word with any particles before it (``von der Leyen``)."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Mention:
    units: tuple[Unit, ...]

    @property
    def start(self) -> int:
        return self.units[0].start

    @property
    def end(self) -> int:
        return self.units[-1].end

    @property
    def key(self) -> tuple[str, ...]:
        return tuple(u.text for u in self.units)


def _is_name_word(w: str) -> bool:
    if _PREFIXED.match(w):
        return True
    if not w[0].isupper() or not w[0].isalpha():
        return False
    letters = [c for c in w if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):  # US, NATO, PRC; but JD Vance
        return len(w) == 2 and w not in ACRONYMS
    return not any(c.isdigit() for c in w)


def extract_mentions(doc: Document) -> list[Mention]:
    """All candidate name mentions of the document, in text order."""
    return doc.memo("names.mentions", _extract)


def _extract(doc: Document) -> list[Mention]:
    text = doc.text
    tokens = doc.tokens
    sentence_first: set[int] = set()
    for s in doc.sentences:
        for t in doc.tokens_in(s.start, min(s.end, s.start + 40)):
            if t.is_word:
                sentence_first.add(t.start)
                break
    mentions: list[Mention] = []
    run: list[tuple[int, int, str, bool]] = []  # (start, end, word, is_particle)

    def flush():
        if run:
            mentions.extend(_mentions_from_run(run, sentence_first))
            run.clear()

    n = len(tokens)
    i = 0
    while i < n:
        tok = tokens[i]
        w = tok.text
        if w[0].islower() and w not in PARTICLES and w != "of" and not _PREFIXED.match(w):
            if run:  # the common case, an ordinary lower-case word: it ends any name
                flush()
            i += 1
            continue
        if run and "\n" in text[run[-1][1] : tok.start]:
            flush()
        if not tok.is_word:
            flush()
            i += 1
            continue
        low = w.lower()
        nxt = tokens[i + 1] if i + 1 < n else None
        if len(w) == 1 and w.isupper() and run and nxt is not None and nxt.text == "." and nxt.start == tok.end:
            i += 2  # an initial inside a name: "Antony J. Blinken"
            continue
        if w in SUFFIXES and run:
            flush()
            i += 1
            continue
        if low in PARTICLES and not w[0].isupper() or low == "of":
            if nxt is not None and nxt.is_word and (_is_name_word(nxt.text) or nxt.text.lower() in PARTICLES):
                if low != "of" or run:
                    run.append((tok.start, tok.end, w, True))
                    i += 1
                    continue
            flush()
            i += 1
            continue
        if _is_name_word(w):
            poss = _POSSESSIVE.search(w)
            if poss:
                run.append((tok.start, tok.end - 2, w[:-2], False))
                flush()
            else:
                run.append((tok.start, tok.end, w, False))
            i += 1
            continue
        flush()
        i += 1
    flush()
    return mentions


def _mentions_from_run(run, sentence_first: set[int]) -> list[Mention]:
    """Split a capitalised run at titles, organisation words and "of"; each piece left is a name.

    "US Secretary of State Antony Blinken" leaves "Antony Blinken"; a title-case headline "Antony Blinken
    Speaks With Chinese Foreign Minister" leaves "Antony Blinken Speaks". A title word that ends the run
    is a name (John Major, Martin Luther King).
    """
    pieces: list[list] = [[]]
    for j, it in enumerate(run):
        low = it[2].lower().rstrip(".")
        if low == "of" or (not it[3] and j + 1 < len(run) and (low in TITLE_WORDS or low in MIDRUN_BREAKS)):
            pieces.append([])
        else:
            pieces[-1].append(it)
    out = []
    for items in pieces:
        if items and not items[0][3] and items[0][0] in sentence_first and items[0][2].lower() in BREAK_WORDS:
            items = items[1:]
        m = _mention(items)
        if m is not None:
            out.append(m)
    return out


def _mention(items) -> Mention | None:
    # group particles with the word after them; a capitalised particle counts too (Von der Leyen)
    units: list[Unit] = []
    pending: list[tuple[int, int, str, bool]] = []
    for k, it in enumerate(items):
        is_part = it[3] or (it[2].lower() in PARTICLES and k + 1 < len(items))
        if is_part:
            pending.append(it)
            continue
        start = pending[0][0] if pending else it[0]
        words = [p[2] for p in pending] + [it[2]]
        units.append(Unit(start, it[1], " ".join(words)))
        pending = []
    if not units:
        return None
    return Mention(tuple(units))


def mention_text(text: str, mention: Mention) -> str:
    return text[mention.start : mention.end]
