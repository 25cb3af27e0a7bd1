"""Slovak months, weekdays and negation cues, for the tables of the accuracy rules.

Slovak writes the day with a dot and the month in the genitive (``14. novembra``), ``v stredu`` / ``vo štvrtok``
(on Wednesday / Thursday), ``od pondelka``, ``v máji``; it negates with ``nie``, the n-words (nikdy, nič, nikto,
žiadny, ani) and the prefix ne- of a verb (nebude, nemá, nebolo). ``stredu`` is Wednesday after ``v`` or a word
that takes a day (``minulú stredu``), and the genitive of stred "centre" elsewhere (``zo stredu mesta``);
``v strede`` "in the middle" is never a weekday and is left out.
"""

from __future__ import annotations

import re

MONTHS = {
    "sk": "január február marec apríl máj jún júl august september október november december",
    "sk2": "januára februára marca apríla mája júna júla augusta septembra októbra novembra decembra",
    "sk3": "januári februári marci apríli máji júni júli auguste septembri októbri novembri decembri",
}
WEEKDAYS = {
    "sk": "pondelok utorok streda štvrtok piatok sobota nedeľa",
    "sk2": "_ _ stredu _ _ sobotu nedeľu",
    "sk3": "pondelka utorka stredy štvrtka piatka soboty nedele",
    "sk4": "pondelku utorku _ štvrtku piatku sobote nedeli",
}
_DAY_BEFORE = frozenset("v vo na minulú budúcu túto každú poslednú najbližšiu".split())
_DATE_AFTER = re.compile(r",?\s*\d")


def slovak_word_ok(t: str, low: str, a: int, b: int, lo: int, hi: int) -> bool:
    """``stredu`` is Wednesday after a word that takes a day or before a date, not the genitive of "centre"."""
    if low != "stredu":
        return True
    before = t[lo:a].split()
    return bool(before and before[-1].lower() in _DAY_BEFORE) or _DATE_AFTER.match(t, b, hi) is not None


# n-words in their cases; "nie" also in "nie je" (is not), "nie všetky" (not all)
CUES = ("nie nikdy nič ničoho ničím nikto nikoho nikomu nikým nikde nikam nijako žiadny žiadna žiadne žiadneho "
        "žiadnej žiadnu žiadnom žiadnych žiadni žiadnym ani "
        # the commonest verbs negated by their prefix ne- (nebolo "was not", nemôže "cannot")
        "nebol nebola nebolo neboli nebude nebudú nebudem nemá nemajú nemal nemala nemali nemôže nemôžu nemohol "
        "nemohla nemohli nechce nechcú nechcel nemusí nemusia nesmie nevie nevedia nejde nešlo")
NOT_NEGATION = (r"\b(?:nie|ani)\s+(?:len|iba|výlučne)\b|\bnie\s+(?:menej|viac|neskôr|skôr)\s+(?:ako|než)\b"
                r"|\bani\s+nie\b")

_CUE_SET = frozenset(CUES.split())

# a verb's endings: past (-l, -la, -li), present and future (-í, -ia, -á, -e, -me, -te, -m), infinitive (-ť); nouns
# in -osť, -nie, -tie, -ca, adjectives in -ý, -é, -ú and participles in -aní are never verbs here (nezamestnanosť,
# nesplnenie, neúplnú, nezamestnaní)
_WORD_RE = re.compile(r"(?<![\w'’-])ne[^\W\d_]{2,}(?![\w'’-])", re.IGNORECASE)
_VERB_END = re.compile(r"(?:l|la|lo|li|ly|í|ia|jú|á|e|me|te|m|ť)$")
_NOT_VERB_END = re.compile(r"(?:osť|nie|tie|ca|ci|ice|ého|ému|ých|ými|ým|ou|é|ý|aní)$")
# endings only a verb has (nepokryjú, nechápu, nestihol, nezaplatili, nemať): read even where the frequency list,
# small for Slovak, lacks the verb
_SURE_VERB_END = re.compile(r"(?:[aeiouyáíú]jú|ia|ať|iť|ieť|núť|[aeiouy]l[aoiy]?)$")
_NOT_VERBS = re.compile(r"ne(?:deľ|del|dáv|ďalek|len|moc|bezpeč|priateľ|priatel|závis|ustál|vládn|ho|j)", re.IGNORECASE)


def slovak_negations(text: str, skip: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of the verbs negated by their prefix ne- (nezmení "will not change", nesúhlasí), where what follows
    ne- is a frequent Slovak word with a verb's ending; the listed common ones (nebolo, nemá) are in CUES."""
    from wordfreq import zipf_frequency

    out = []
    for m in _WORD_RE.finditer(text):
        w = m.group().lower()
        if any(a <= m.start() < b for a, b in skip) or w in _CUE_SET or _NOT_VERBS.match(w):
            continue
        rest = w[2:]
        if _NOT_VERB_END.search(rest) or not _VERB_END.search(rest):
            continue
        if _SURE_VERB_END.search(rest) or zipf_frequency(rest, "sk") >= 3.0:
            out.append(m.span())
    return out
