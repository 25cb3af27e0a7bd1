"""Who said it: the speaker a draft names for a quotation, and the speaker a source gives the words.

Draft side, the common news patterns: ``…,” Qin said``, ``…,” said State Department spokesman
Matthew Miller``, ``Blinken said that “…”``, ``Qin urged the US to “…”``, ``according to Miller, “…”``.
Pronouns (``he said``) leave the speaker unknown. Source side: transcript labels (``MILLER: …``,
when a source has at least two), attributed quotations inside the source (read with the draft
patterns), reported speech in the same sentence (``Qin Gang said that …``), or a header of spoken
words such as ``Remarks by President Biden`` (not a statement or readout: those report what others
said).

Names are compared loosely (titles, organisations and first names aside): only a clear
disagreement between two people counts, so that ``Qin`` and ``Foreign Minister Qin Gang`` agree and
``the ministry`` versus ``Wang Wenbin`` says nothing.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from ..document import Document

VERBS = (
    r"said|says|say|told|tells|added|adds|stressed|stresses|urged|urges|warned|warns|called|calls|described|"
    r"describes|discussed|insisted|insists|noted|notes|explained|declared|announced|asked|asks|wrote|writes|"
    r"replied|argued|argues|claimed|claims|promised|pledged|vowed|accused|praised|welcomed|emphasised|"
    r"emphasized|underlined|underscored|reiterated|hoped|expressed|clarified|stated|states|recalled|admitted|"
    r"acknowledged|countered|proposed|blamed|told|tweeted|posted|responded|remarked|observed|suggested|"
    r"demanded|cautioned|conceded|complained|predicted|affirmed|confirmed|denied|continued"
)
_CAP = r"(?:[A-Z][\w’'\-]*\.?|[A-Z]\.(?:[A-Z]\.)+)"
_PARTICLE = r"(?:von|van|der|den|de|du|bin|al|da|di|le|la|del|dos|das|ter)"
# A capitalised run of words, with name particles inside (Ursula von der Leyen, Secretary of State).
CAP_RUN = (rf"(?:{_PARTICLE}\s+)*{_CAP}(?:\s+(?:{_CAP}|(?:of|{_PARTICLE})(?=\s+(?:[A-Z]|{_PARTICLE}\s+[A-Z]))))*")
CAP_RUN_RE = re.compile(CAP_RUN)
PRONOUNS = r"he|she|they|we|I|He|She|They|We"

# Right after the closing mark: `, Qin said`, `, State Department spokesman Matthew Miller said`, `, he said`.
AFTER_NAME_FIRST = re.compile(
    rf"[\s,.]*(?:(?P<pron>{PRONOUNS})|(?P<desc>[^.!?;:“”\"«»‘’]{{1,100}}?))\s+(?:also\s+|later\s+)?(?:{VERBS})\b"
)
# `, said State Department spokesman Matthew Miller in a statement`.
AFTER_VERB_FIRST = re.compile(rf"[\s,.]*(?:{VERBS}|according to)\s+(?P<desc>[^.!?;,“”\"«»]{{1,100}})")
# Before the opening mark, in the same sentence: `Blinken said that`, `Qin urged the US to`.
BEFORE_RE = re.compile(
    rf"(?:(?P<pron>\b(?:{PRONOUNS}))|(?P<name>{CAP_RUN}))\s+(?:also\s+|later\s+|then\s+|had\s+|has\s+)?(?:{VERBS})\b"
    rf"|\b[Aa]ccording to (?P<acc>{CAP_RUN})"
    rf"|\bquoted (?P<as>{CAP_RUN}) as saying"
)

TITLE_WORDS = frozenset(
    """president vice prime minister foreign secretary state chancellor spokesman spokeswoman spokesperson
    ambassador general senator sen rep representative governor gov mayor mr mrs ms dr prof chairman
    chairwoman chair director chief envoy premier king queen prince pope leader commissioner deputy senior
    official us u.s uk u.k eu un chinese american british french german russian ukrainian european
    defence defense interior finance trade affairs national security adviser advisor press secretary-general
    department's ministry's""".split()
)
ORG_WORDS = frozenset(
    """department ministry office council commission house government agency party committee embassy union
    nations bank court police army military administration parliament congress senate kremlin pentagon
    cabinet bureau organisation organization company group""".split()
)
FUNCTION_WORDS = frozenset(
    """the a an and but so yet in on at after before when while however also then of to for with by from as
    this that these those it its""".split()
)
# Capitalised at the start of a sentence, these speak for a group, not as a named person.
GROUP_WORDS = frozenset(
    """officials diplomats analysts sources experts observers critics residents witnesses lawmakers legislators
    leaders ministers authorities protesters investors economists scientists researchers doctors officers
    people others some many both most all several police spokesmen spokespeople aides negotiators
    delegates envoys activists"""
    .split()
)
NON_SPEAKER_LABELS = frozenset(
    """note notes date source sources subject time location updated photo photos tags related read more
    background contact editor editors caption summary title headline dateline keywords category""".split()
)
LABEL_RE = re.compile(r"^[ \t]*(?P<label>(?:[A-Z][A-Za-z.'’\-]*[ \t]+){0,4}[A-Z][A-Za-z.'’\-]*)[ \t]*:[ \t]+\S", re.MULTILINE)
# Only spoken-word headers: a spokesperson's statement or readout reports what others said.
HEADER_RE = re.compile(r"^\s*(?:Remarks|Speech|Address)\b[^\n]*?\b(?:by|of|from)\s+(?P<who>[^\n]+)")


@dataclass(frozen=True)
class Speaker:
    """A named speaker, or a pronoun (``name`` None); ``start``/``end`` locate the words in the text."""

    name: str | None
    start: int
    end: int


def name_key(name: str | None) -> frozenset[str]:
    """The tokens that identify a person in ``name``: at most the last two, titles left out."""
    if not name:
        return frozenset()
    tokens = [t.lower().rstrip(".") for t in re.findall(r"[A-Za-z][\w’'\-.]*", name)]
    tokens = [re.sub(r"[’']s$", "", t) for t in tokens]
    # The name follows the last title or organisation word: "State Department spokesman Matthew Miller".
    cut = max((i + 1 for i, t in enumerate(tokens) if t in ORG_WORDS or t in TITLE_WORDS), default=0)
    kept = [t for t in tokens[cut:] if t not in FUNCTION_WORDS and t not in GROUP_WORDS and len(t) > 1]
    return frozenset(kept[-2:])


def same_person(a: str | None, b: str | None) -> bool | None:
    """True/False when both names identify a person; None when either does not."""
    ka, kb = name_key(a), name_key(b)
    if not ka or not kb:
        return None
    return bool(ka & kb)


def _first_person_run(text: str, lo: int, hi: int) -> Speaker | None:
    for m in CAP_RUN_RE.finditer(text, lo, hi):
        if name_key(m.group()):
            return Speaker(m.group(), m.start(), m.end())
    return None


def speaker_after(text: str, close: int, hi: int) -> Speaker | None:
    """The attribution right after a closing mark at ``close`` (paragraph ends at ``hi``)."""
    pos = close + 1
    # News style ends the quoted words with a comma (or ?/!) when an attribution follows; without
    # one, only a short attribution right after the mark counts (MT often drops the comma).
    signalled = "," in (text[close], text[pos : pos + 1]) or text[close - 1 : close] in (",", "?", "!", "—", "–")
    m = AFTER_VERB_FIRST.match(text, pos, hi)
    if m and (signalled or len(m.group("desc").split()) <= 6):
        return _first_person_run(text, m.start("desc"), m.end("desc"))
    m = AFTER_NAME_FIRST.match(text, pos, hi)
    if m:
        if m.group("pron"):
            return Speaker(None, m.start("pron"), m.end("pron"))
        if signalled or len(m.group("desc").split()) <= 4:
            return _first_person_run(text, m.start("desc"), m.end("desc"))
    return None


def speaker_before(text: str, lo: int, open_: int) -> Speaker | None:
    """The nearest ``NAME said``/``according to NAME`` between ``lo`` (sentence start) and the mark."""
    last = None
    for m in BEFORE_RE.finditer(text, lo, open_):
        last = m
    if last is None:
        return None
    if last.group("pron"):
        return Speaker(None, last.start("pron"), last.end("pron"))
    group = next(g for g in ("name", "acc", "as") if last.group(g))
    run = last.group(group)
    if not name_key(run):
        return None
    return Speaker(run, last.start(group), last.end(group))


def quotation_speaker(doc: Document, q, close: int | None = None) -> Speaker | None:
    """The speaker the text gives quotation ``q`` (a ``checks.quotes.Quotation``), if any.

    ``close`` overrides where the quoted words end (the comma of an unclosed quotation that runs
    on into its attribution)."""
    text = doc.text
    first = q.pieces[0]
    last = q.pieces[-1]
    para_i = doc.paragraph_index_at(last.start)
    para_hi = doc.paragraphs[para_i].end if para_i is not None else len(text)
    close = q.close if close is None else close
    after = speaker_after(text, close, para_hi) if close is not None else None
    if after is not None and after.name:
        return after
    sent = doc.sentence_at(q.open)
    para_j = doc.paragraph_index_at(q.open)
    lo = sent.start if sent is not None else (doc.paragraphs[para_j].start if para_j is not None else 0)
    if lo >= q.open and para_j is not None:
        lo = doc.paragraphs[para_j].start
    before = speaker_before(text, lo, q.open) if lo < first.start else None
    if before is not None and before.name:
        return before
    return after or before


def _display(label: str) -> str:
    """``URSULA VON DER LEYEN`` as ``Ursula von der Leyen``: transcript labels are often capitals."""
    if not label.isupper():
        return label
    words = label.title().split()
    return " ".join(w.lower() if re.fullmatch(_PARTICLE, w.lower()) else w for w in words)


class SourceSpeakers:
    """Speaker regions of one source document, looked up by character offset."""

    def __init__(self, text: str):
        self.quoted: list[tuple[int, int, str | None]] = []  # (start, end, name) of attributed quotes
        self.turns: list[tuple[int, str]] = []  # (start, label) of transcript turns
        self.header: str | None = None
        self._read_quotes(text)
        self._read_turns(text)
        m = HEADER_RE.match(text)
        if m:
            run = _first_person_run(m.group("who"), 0, len(m.group("who")))
            self.header = run.name if run else None
        self._turn_starts = [t[0] for t in self.turns]

    def _read_quotes(self, text: str) -> None:
        from ..quotes import quotations

        self.doc = doc = Document(text)
        for q in quotations(doc):
            if q.depth:
                continue
            sp = quotation_speaker(doc, q)
            if sp is not None and sp.name:
                self.quoted.append((q.pieces[0].start, q.pieces[-1].end, sp.name))

    def _read_turns(self, text: str) -> None:
        turns = []
        for m in LABEL_RE.finditer(text):
            label = m.group("label").strip()
            if label.lower() in NON_SPEAKER_LABELS or len(label) > 60:
                continue
            turns.append((m.end("label"), "a questioner" if label.upper() in ("Q", "QUESTION") else _display(label)))
        if len(turns) >= 2:
            self.turns = turns

    def speaker_at(self, start: int, end: int) -> str | None:
        for lo, hi, name in self.quoted:
            if lo <= start and end <= hi:
                return name
        # Reported speech: `Qin Gang said that since the beginning of this year, ...`.
        sent = self.doc.sentence_at(start)
        if sent is not None and sent.start < start:
            found = speaker_before(self.doc.text, sent.start, start)
            if found is not None and found.name:
                return found.name
        i = bisect_right(self._turn_starts, start) - 1
        if i >= 0:
            return self.turns[i][1]
        return self.header
