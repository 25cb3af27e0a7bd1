"""Pattern detectors for the failure modes of machine-translated news that can be named exactly.

Each detector reads one sentence (a list of tokens with offsets) and returns hits with a reason and,
where one can be determined, an edit. Kept free of the rule registry so that the score (which uses
the hits) and the rules (which report them) share one implementation.

- spliced fragments: a capitalised function word in mid-sentence, where link text or a caption was
  cut out of scraped copy (``…a visit By Washington’s top diplomat…``, ``…postponed Chinese spy
  balloon It flew over…``), or a capitalised common noun that starts the next sentence (``…cuts to
  health and education Spending plans were…``);
- noun piles and lost prepositions (``China’s key concerns Taiwan problem``, ``a group of
  countries mediators``);
- agreement slips that are unambiguous (``they has``, ``he have``, ``the two country have``).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import NamedTuple

import numpy as np

from ..document import Token
from . import tokens as gt
from .lm import trigram_model
from .tokens import FUNCTION_WORDS, lexicon

# Function words that start clauses: a capital one in mid-sentence most likely starts a new sentence
# whose full stop was lost with the cut-out text.
CLAUSE_STARTERS = frozenset(
    "it he she they we both this these those there but and however its his her their our while when"
    " although yet".split()
)
# Prepositions and articles: a capital one in mid-sentence is most likely a cut-out link's neighbour.
SPLICE_PREPOSITIONS = frozenset(
    "by in on at for from with of to into the a an according after before despite since during"
    " amid under over against".split()
)
SPLICE_WORDS = CLAUSE_STARTERS | SPLICE_PREPOSITIONS
# Nouns that introduce the title of a work, whose words are capitalised: "the 1980s film At Middle Age".
WORK_NOUNS = frozenset(
    "film films movie movies book books novel novels song songs album albums play plays series drama dramas"
    " opera operas poem poems painting paintings show shows documentary documentaries column magazine"
    " programme program exhibition campaign slogan title titled called named entitled".split()
)
# Common Chinese surnames in pinyin: "Liu He", "Wang Yi", "Lin An" are names, not a clause after a cut.
CHINESE_SURNAMES = frozenset(
    """li wang zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie
    song tang han feng deng cao peng zeng xiao tian dong yuan pan cai jiang yu du ye cheng wei su lu ding
    ren shen yao jin fu fan fang shi tan zou xiong qin kong bai mao qiu hou dai lei long duan hao wan gu
    lai meng qian yan yin""".split()
)
ARTICLES = frozenset({"the", "a", "an"})

# Common words English writes in lower case mid-sentence (data/garble_lowercase.txt, counted in human
# post-edits by bench/splice.py): a capitalised one after a lower-case word starts a new sentence.
LOWERCASE_WORDS = Path(__file__).resolve().parent.parent / "data" / "garble_lowercase.txt"
# Before the capital: words after which a capitalised noun is an object, a title or a name of a work
# ("the album Thriller", "said Fed chair", a caption after "photo"); numbers and ordinals below.
NOT_BEFORE_CAPITAL_NOUN = WORK_NOUNS | frozenset(
    """single newspaper journal game ship operation dubbed nicknamed word term brand motto project mission
    app hashtag channel station website wrote published painted said says told asked added replied announced
    according thumbnail caption photo image picture video graphic illustration map chart""".split()
)
NUMBER_WORDS = frozenset(
    """one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred
    thousand million billion first second third fourth fifth last next""".split()
)
# The text before the capital must be able to end a sentence: the natural log-probability of a full
# stop after its last two words, by the trigram model (lm.py), at least this ("…and education" -1.1,
# "the country" -1.3; not "the bright" -4.1, "was helping" -3.1, "the seven" -3.7).
MIN_END_LOGPROB = -3.0
# "a meaningless Dispute", "the national Budget": a determiner and a word shaped like an adjective
# before the capital make one noun phrase of the three.
DETERMINERS = frozenset("the a an this that these those his her its their our my your some any no every each".split())
ADJECTIVE_ENDINGS = ("less", "ful", "ous", "ive", "al", "ic", "able", "ible", "ary", "ent", "ant")
# A capital joined by one of these to another capital is part of a name or title ("Law and Justice",
# "Thoughts on Government", "Inside the Games").
NAME_JOINERS = frozenset("and & on the for to de del der von van".split())


@cache
def lowercase_words() -> frozenset[str]:
    lines = LOWERCASE_WORDS.read_text(encoding="utf-8").splitlines()
    return frozenset(w for w in (x.strip() for x in lines) if w and not w.startswith("#"))

# "X's key concerns Taiwan problem": a head noun of stance, a proper noun, a topic noun.
STANCE_HEADS = frozenset(
    "concerns concern interests interest position stance attitude views view claims demands"
    " sovereignty opposition support worries".split()
)
TOPIC_NOUNS = frozenset("problem issue question situation affairs crisis conflict dispute matter independence".split())

# Plural nouns commonly used attributively ("arms sales", "sports teams"): never a pile.
ATTRIBUTIVE_PLURALS = frozenset(
    """arms sales sports news goods savings customs earnings communications operations systems
    affairs jobs rights women men children people states nations parts products services weapons
    materials resources human humans civil securities futures options data media species series
    means headquarters politics economics physics works""".split()
)
PILE_CLOSERS = frozenset("and or of".split())
PILE_OPENERS = frozenset("of the a an some many several these those its their his her our two three".split())

NUMBERS = frozenset("two three four five six seven eight nine ten both several many various numerous".split())
SINGULAR_PLURAL = {
    "country": "countries", "city": "cities", "company": "companies", "official": "officials",
    "leader": "leaders", "minister": "ministers", "member": "members", "nation": "nations",
    "soldier": "soldiers", "government": "governments", "state": "states", "party": "parties",
    "president": "presidents", "diplomat": "diplomats", "student": "students", "victim": "victims",
}
PRONOUN_FIX = {
    ("he", "have"): "has", ("she", "have"): "has", ("it", "have"): "has",
    ("he", "are"): "is", ("she", "are"): "is", ("it", "are"): "is",
    ("he", "were"): "was", ("she", "were"): "was", ("it", "were"): "was",
    ("he", "do"): "does", ("she", "do"): "does", ("it", "do"): "does",
    ("he", "don't"): "doesn't", ("she", "don't"): "doesn't", ("it", "don't"): "doesn't",
    ("they", "has"): "have", ("we", "has"): "have", ("you", "has"): "have",
    ("they", "is"): "are", ("we", "is"): "are",
    ("they", "was"): "were", ("we", "was"): "were",
    ("they", "does"): "do", ("we", "does"): "do",
    ("they", "doesn't"): "don't", ("we", "doesn't"): "don't",
    ("i", "is"): "am", ("i", "has"): "have", ("i", "does"): "do",
}
# A pronoun after these is an object or in an inverted question ("does it have", "let them"):
# no agreement is due with the next verb.
NO_AGREEMENT_BEFORE = frozenset(
    "does did do will would can could should shall may might must let make makes made help helps"
    " see sees saw watch had has have if as though wish than".split()
)


OBJECT_BEFORE = frozenset(
    "of to about by from with for in on at besides against into after before than like over under"
    " through without within between among behind beyond toward towards upon onto despite".split()
)


class Hit(NamedTuple):
    kind: str  # "splice", "pile", "agreement"
    start: int
    end: int
    message: str
    edits: tuple[tuple[int, int, str], ...] = ()


def _titlecase(word: str) -> bool:
    return word[:1].isupper() and (len(word) == 1 or word[1:].islower() or not word[1:].isalpha())


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def spliced_fragments(text: str, toks: list[Token]) -> list[Hit]:
    """Capitalised function words (or common nouns) in mid-sentence right after a word (no punctuation)."""
    words = [t for t in toks if t.is_word]
    if len(words) < 4:
        return []
    caps = sum(1 for w in words if _capitalised(w.text))
    if caps / len(words) >= 0.6:  # a headline or title in title case
        return []
    hits = []
    for k, tok in enumerate(toks):
        if k == 0 or not tok.is_word or tok.text in ("I", "A") or not _titlecase(tok.text):
            continue
        low = tok.text.lower()
        if low not in SPLICE_WORDS:
            hit = _capital_noun_splice(text, toks, k)
            if hit is not None:
                hits.append(hit)
            continue
        prev = toks[k - 1]
        if not prev.is_word or "\n" in text[prev.end : tok.start]:
            continue  # after punctuation ("said: In", "“By") capitals are normal
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if nxt is None or not nxt.is_word or nxt.text[0].isdigit() or prev.text[0].isdigit():
            continue  # the sentence's end, a date ("Before 1907"), a verse or list number
        if _capitalised(nxt.text) and (_capitalised(prev.text) or low not in SPLICE_PREPOSITIONS or low in ARTICLES):
            continue  # title case runs ("Council On Foreign Relations"), names ("at The Rock")
        if prev.text.lower() in FUNCTION_WORDS and _titlecase(prev.text):
            continue  # inside a title in title case ("This Is It")
        if _capitalised(nxt.text) and prev.text.lower() in WORK_NOUNS:
            continue  # the title of a work: "the film At Middle Age"
        if _titlecase(prev.text) and prev.text.lower() in CHINESE_SURNAMES and len(tok.text) <= 3:
            continue  # a Chinese name: "between Lighthizer and Liu He"
        if lexicon().zipf(prev.text) == 0.0:
            continue  # scraped residue glued to the word ("thumbleft The"): the cleanup family's job
        after = toks[k + 2] if k + 2 < len(toks) else None
        if _capitalised(prev.text) and after is not None and after.is_word and _capitalised(after.text):
            continue  # a title of a work: "Gone With the Wind"
        if low in CLAUSE_STARTERS:
            edits = ((prev.end, tok.start, ". "),)
            fix = f"a full stop before “{tok.text}”"
        else:
            edits = ((tok.start, tok.end, low),)
            fix = f"lower-case “{low}”"
        hits.append(Hit(
            "splice", prev.start, tok.end,
            f"Capitalised “{tok.text}” in mid-sentence: text was probably cut out here (a link or caption); "
            f"check the source, or use {fix}",
            edits,
        ))
    return hits


def _capital_noun_splice(text: str, toks: list[Token], k: int) -> Hit | None:
    """``…health and education Spending plans were…``: a capitalised common noun between lower-case words.

    Only words that English writes in lower case mid-sentence (nearly always, in the post-edits the
    list was counted from) count, so names, titles and institutions (``Party``, ``Court``, ``Texas``)
    never do; nor a capital that opens a name or a title of several capitalised words.
    """
    tok, prev = toks[k], toks[k - 1]
    word, low = tok.text, tok.text.lower()
    if len(word) < 3 or not word.isalpha() or not word[1:].islower() or low not in lowercase_words():
        return None
    if low in NUMBER_WORDS or k + 1 >= len(toks):
        return None
    p = prev.text
    if not (p.isalpha() and p.islower() and len(p) > 1) or text[prev.end : tok.start] != " ":
        return None
    if p in FUNCTION_WORDS or p in NOT_BEFORE_CAPITAL_NOUN or p in NUMBER_WORDS or lexicon().zipf(p) == 0.0:
        return None
    before = toks[k - 2] if k >= 2 else None
    if before is not None and (
        before.text.endswith(("'s", "’s")) or (before.text.lower() in DETERMINERS and p.endswith(ADJECTIVE_ENDINGS))
    ):
        return None  # "Shyangshung's natural Won religion", "a meaningless Dispute": one noun phrase
    nxt = toks[k + 1]
    if not (nxt.is_word and nxt.text.isalpha() and nxt.text.islower()):
        return None
    if text[tok.end : nxt.start] != " ":
        return None
    rest = [t for t in toks[k + 1 : k + 4] if t.is_word]
    if _capitalised(rest[0].text) or (
        rest[0].text in NAME_JOINERS and len(rest) > 1 and _capitalised(rest[1].text)
    ):
        return None
    left = [t.text for t in toks[max(0, k - 2) : k] if t.is_word and t.end <= prev.end]
    end = trigram_model().end_logprob(left)
    if end is None or end < MIN_END_LOGPROB:
        return None  # "the bright Reason": the word before modifies the capital, one noun phrase
    return Hit(
        "splice", prev.start, tok.end,
        f"Capitalised “{word}” in mid-sentence: a new sentence probably starts here (its full stop was lost "
        f"with text cut out around it); check the source, or use a full stop before “{word}”",
        ((prev.end, tok.start, ". "), (tok.start, tok.end, low)),
    )


def _plural_noun(word: str) -> bool:
    if not word.isalpha() or not word.islower() or len(word) < 4 or word in ATTRIBUTIVE_PLURALS or word in FUNCTION_WORDS:
        return False
    if not word.endswith("s") or word.endswith(("ss", "us", "is", "ous", "ics")):
        return False
    lex = lexicon()
    for stem in (word[:-1], word[:-2] if word.endswith("es") else "", word[:-3] + "y" if word.endswith("ies") else ""):
        if stem and lex.zipf(stem) >= 2.5:
            return True
    return False


def noun_piles(text: str, toks: list[Token]) -> list[Hit]:
    from .ngrams import table

    hits = []
    words = [t for t in toks if t.is_word]
    # Adjacency must be real: no punctuation between consecutive words.
    adjacent = [
        i for i in range(len(words) - 1) if not text[words[i].end : words[i + 1].start].strip()
    ]
    adj = set(adjacent)
    for i in adjacent:
        a, b = words[i], words[i + 1]
        la = a.text.lower()
        # (a) stance noun + Proper Noun(s) + topic noun: a lost "over the"/"on the".
        if la in STANCE_HEADS and a.text.islower() and _titlecase(b.text) and b.text.lower() not in FUNCTION_WORDS:
            j = i + 1
            while j < len(words) and _titlecase(words[j].text) and j - i <= 3 and (j - 1) in adj:
                j += 1
            if j < len(words) and (j - 1) in adj and words[j].text in TOPIC_NOUNS:
                pile = text[a.start : words[j].end]
                hits.append(Hit(
                    "pile", a.start, words[j].end,
                    f"Lost preposition: “{pile}” piles nouns together; e.g. “{a.text} over the {text[b.start:words[j].end]}”",
                    ((a.end, a.end, " over the"),),
                ))
        # (b) two plural nouns side by side that English never pairs: "countries mediators".
        if i > 0 and (i - 1) in adj and words[i - 1].text.lower() in PILE_OPENERS and _plural_noun(a.text) and _plural_noun(b.text):
            lex = lexicon()
            za, zb = lex.zipf(a.text), lex.zipf(b.text)
            nxt = words[i + 2] if i + 2 < len(words) else None
            # A verb in third person ("the employers steals the work") is followed by its object or
            # a particle; a pile's second noun ends the phrase.
            ends_phrase = nxt is None or text[b.end : nxt.start].strip() or nxt.text.lower() in PILE_CLOSERS
            if ends_phrase and za >= 3.5 and zb >= 2.5 and table().log_count(a.text, b.text) is None:
                hits.append(Hit(
                    "pile", a.start, b.end,
                    f"Noun pile: “{a.text} {b.text}” is missing a preposition or possessive between the nouns",
                ))
    return hits


def agreement_slips(text: str, toks: list[Token]) -> list[Hit]:
    hits = []
    words = [t for t in toks if t.is_word]
    for i in range(len(words) - 1):
        a, b = words[i], words[i + 1]
        if text[a.end : b.start].strip():
            continue
        la, lb = a.text.lower(), b.text.lower().replace("’", "'")
        fix = PRONOUN_FIX.get((la, lb))
        if fix and not (la == "i" and a.text != "I"):
            before = [w.text.lower() for w in words[max(0, i - 3) : i]]
            if before and before[-1] in NO_AGREEMENT_BEFORE:
                continue
            if la in ("it", "you") and before and before[-1] in OBJECT_BEFORE:
                continue  # "about it have": "it" is an object, the verb agrees with an earlier subject
            if lb == "were" and any(w in ("if", "wish", "though", "as") for w in before):
                continue  # subjunctive: "if he were"
            repl = fix if b.text[0].islower() else fix.capitalize()
            if "’" in b.text:
                repl = repl.replace("'", "’")
            hits.append(Hit(
                "agreement", a.start, b.end,
                f"Agreement slip: “{a.text} {b.text}” should be “{a.text} {repl}”",
                ((b.start, b.end, repl),),
            ))
        if la in NUMBERS and lb in SINGULAR_PLURAL and b.text.islower():
            nxt = words[i + 2] if i + 2 < len(words) else None
            gap = text[b.end : nxt.start] if nxt else ""
            if nxt is None or gap.strip() or nxt.text.lower() in FUNCTION_WORDS:
                plural = SINGULAR_PLURAL[lb]
                hits.append(Hit(
                    "agreement", a.start, b.end,
                    f"Agreement slip: “{a.text} {b.text}” should be plural: “{a.text} {plural}”",
                    ((b.start, b.end, plural),),
                ))
    return hits


# -- which sentences can have a hit at all ---------------------------------------------------
#
# The detectors walk a sentence's tokens in Python; most sentences cannot have any hit. Each
# detector needs one of a few words (or two in a row), so per-token flags (computed once per
# distinct token string of the garble token table) and a few numpy comparisons over a whole batch
# of sentences pick the ones worth walking. Every flag is a necessary condition of its detector.

SPLICE, STANCE, OPENER, PLURALISH, NUMBER, SINGULAR, CAPNOUN = (1 << k for k in range(7))
_SPLICE_TITLE = frozenset(w.capitalize() for w in SPLICE_WORDS) - {"I", "A"}
# Agreement pairs as codes: a pronoun's code in bits 8-11, a verb's in bits 12-16.
_PRONOUN_CODE = {p: k + 1 for k, p in enumerate(sorted({p for p, _ in PRONOUN_FIX}))}
_VERB_CODE = {v: k + 1 for k, v in enumerate(sorted({v for _, v in PRONOUN_FIX}))}
_BAD_PAIR = np.zeros((16, 32), bool)
for _p, _v in PRONOUN_FIX:
    _BAD_PAIR[_PRONOUN_CODE[_p], _VERB_CODE[_v]] = True


def _flags_of(tok: str) -> int:
    low = tok.lower()
    f = 0
    f |= SPLICE if tok in _SPLICE_TITLE else 0
    f |= STANCE if tok in STANCE_HEADS else 0
    f |= OPENER if low in PILE_OPENERS else 0
    f |= PLURALISH if len(tok) >= 4 and tok.endswith("s") and tok.isalpha() and tok.islower() else 0
    f |= NUMBER if low in NUMBERS else 0
    f |= SINGULAR if tok in SINGULAR_PLURAL else 0
    f |= CAPNOUN if tok[:1].isupper() and tok[1:].islower() and tok.lower() in lowercase_words() else 0
    f |= _PRONOUN_CODE.get(low, 0) << 8
    f |= _VERB_CODE.get(low.replace("’", "'"), 0) << 12
    return f


_FLAG_CACHE: dict = {"generation": None, "flags": np.zeros(0, np.int64)}


def _token_flags(b: gt.Batch) -> np.ndarray:
    tab = gt.token_table()
    cache = _FLAG_CACHE
    if cache["generation"] != (id(tab), tab.generation):
        cache.update(generation=(id(tab), tab.generation), flags=np.zeros(0, np.int64))
    have = len(cache["flags"])
    if have < len(tab.strings):
        new = np.array([_flags_of(t) for t in tab.strings[have:]], dtype=np.int64)
        cache["flags"] = np.concatenate([cache["flags"], new])
    return cache["flags"][b.ids]


def candidate_sentences(b: gt.Batch) -> np.ndarray:
    """Per sentence of the batch: could any detector hit it? (False means certainly no hit.)"""
    f = _token_flags(b)
    word = b.props[:, gt.C["word"]] > 0
    upper = b.props[:, gt.C["upper_first"]] > 0
    has = np.zeros(b.n, bool)
    if len(f) < 2:
        return has
    same1 = b.sid[1:] == b.sid[:-1]
    # Spliced: a capitalised splice word between two words; a stance noun before a capital.
    mid = np.zeros(len(f), bool)
    mid[1:-1] = same1[:-1] & same1[1:] & word[:-2] & word[2:]
    has[b.sid[mid & ((f & (SPLICE | CAPNOUN)) != 0)]] = True
    stance = np.zeros(len(f), bool)
    stance[:-1] = same1 & ((f[:-1] & STANCE) != 0) & upper[1:]
    has[b.sid[stance]] = True
    # Agreement: a pronoun and a verb that disagree; a number before a singular noun.
    bad = _BAD_PAIR[(f[:-1] >> 8) & 15, (f[1:] >> 12) & 31]
    number = ((f[:-1] & NUMBER) != 0) & ((f[1:] & SINGULAR) != 0)
    has[b.sid[1:][same1 & (bad | number)]] = True
    # Piles: an opener and two plural-looking nouns.
    same2 = same1[1:] & same1[:-1]
    pile = same2 & ((f[:-2] & OPENER) != 0) & ((f[1:-1] & PLURALISH) != 0) & ((f[2:] & PLURALISH) != 0)
    has[b.sid[2:][pile]] = True
    return has


def sentence_hits(text: str, toks: list[Token]) -> list[Hit]:
    """All pattern hits of one sentence, in order."""
    hits = spliced_fragments(text, toks) + noun_piles(text, toks) + agreement_slips(text, toks)
    return sorted(hits, key=lambda h: (h.start, h.end))
