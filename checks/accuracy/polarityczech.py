"""Czech negation written as a prefix of the verb, for :mod:`.polarity`: ``nebude`` "will not be", ``nemá``,
``není``, ``nepředložil``, ``neschválí``.

Many words merely start with ``ne``: ``nemocnice`` (hospital), ``nedávno`` (recently), ``neděle`` (Sunday),
``nebo`` (or), ``nejen`` (not only), superlatives (``nejvyšší``), ``nepřítel`` (enemy), and adjectives whose
``ne-`` is a prefix, "un-" (``nezávislý`` independent, ``neznámá`` unknown), which English renders without a
"not". A word counts when it is on the list of common negated verbs, or when it has a verb's ending and what
follows ``ne`` is a frequent Czech word that is not an adjective's form (``ne|schválí``, ``ne|předložil``).
"""

from __future__ import annotations

import re
from functools import lru_cache

# Common negated verbs, counted whatever the frequency list says (nemá: "má" is also "my", colloquial).
_VERBS = frozenset("""
není nejsou nejsem nejsme nejsi nejste nebude nebudou nebudeme nebudu nebudete nebyl nebyla nebylo nebyli nebyly
nebýt nemá nemají nemáme nemám nemáte neměl neměla nemělo neměli neměly nemůže nemohou nemůžeme nemůžu nemohu
nemohl nemohla nemohlo nemohli nemohly nechce nechtějí nechceme nechci nechtěl nechtěla nechtělo nechtěli nechtěly
nesmí nesměl nesměla nesměli nemusí nemusel nemusela nemuseli nelze nejde nejdou nešlo nešel nešla nejedná
nejednalo nedá nedají nezná neznají neví nevíme nevím nevědí nezmění nedokáže nedokázal nedokázala nebrání
nechrání nevyhání nezmění
""".split())
# Words built on ne- that do not negate a verb (and the superlative nej-, bar the verbs above)
_NOT_VERBS = re.compile(
    r"ne(?:moc|děl(?:e|i|í|ích|emi|ní\w*)?$|dáv|dalek|jen|bo$|boť|boli|hled|mluvě|ust|zbyt|závis|zisk|movit|přít|přát"
    r"|hod|rv|on|utr|tto|zaměst|bezpeč|štěst|smysl|uvěřiteln|pochyb|mál|konečn|sčet|věst|rez|rost|het|ktar|ur"
    r"|šťast|ochot|jvy|jv|jlep|jhor|jmén|jdří|jdel|jbliž|jčast|jsil|jstar|jnov|jmlad|j(?!s|d|e))", re.IGNORECASE)
_WORD_RE = re.compile(r"(?<![\w'’-])ne[^\W\d_]{2,}(?![\w'’-])", re.IGNORECASE)
# a verb's endings: past (-l, -la, -li), present and future (-e, -á, -í, -ou, -uje, -íme), infinitive (-t)
_VERB_END = re.compile(r"(?:l|la|lo|li|ly|e|á|í|ou|uje|ují|ujeme|eme|íme|áme|ete|íte|áte|ím|ám|at|it|et|ět|out)$")
# adjective endings (hard and soft); nouns in -ství and -ní (nesplnění, nedodržení), soft adjectives in -ní
# (nestátní, nevládní, nelegální) and participles in -ící (nevyhovující) are never verbs here (the few verbs in
# -ní, nebrání, nezmění, are on the list)
_ADJ_END = re.compile(r"(?:ého|ému|ých|ými|ým|ou|á|é|ý|í)$")
_NOUN_END = re.compile(r"(?:ství|ctví|ní|ící|oucí)$")


def czech_negations(text: str, skip: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of the negated verbs of ``text`` (those inside a ``skip`` span left out)."""
    out = []
    for m in _WORD_RE.finditer(text):
        if not any(a <= m.start() < b for a, b in skip) and _negated_verb(m.group().lower()):
            out.append(m.span())
    return out


@lru_cache(maxsize=4096)
def _negated_verb(word: str) -> bool:
    if word in _VERBS:
        return True
    if _NOT_VERBS.match(word) or not _VERB_END.search(word) or _NOUN_END.search(word):
        return False
    from wordfreq import zipf_frequency

    rest = word[2:]
    if zipf_frequency(rest, "cs") < 2.5:
        return False
    adj = _ADJ_END.search(rest)
    if adj:  # nezávislou, neznámá: the stem is an adjective's (závislý, známý)
        stem = rest[: adj.start()]
        forms = [stem + "ý"] + ([stem + "í"] if len(adj.group()) > 1 else [])  # soft -í only where it differs
        if len(stem) >= 2 and max(zipf_frequency(f, "cs") for f in forms) >= 2.5:
            return False
    return True
