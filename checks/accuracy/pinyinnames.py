"""Chinese names in the draft checked against the original's characters by their pinyin (part of A005).

Why: strong MT writes a Chinese name in pinyin and gets part of it wrong, fluently: 潘乘风 becomes
"Pan Zhifeng", 张继科 "Zhang Jilin", 金银潭 "Jinyitan", 湘西 "Xiangshi". The names list only knows heads
of state; the original itself says how every other name reads.

How: pypinyin (MIT; its character and phrase dictionaries ship in the wheel, nothing is downloaded) reads
each Han character of the original with all its readings. A capitalised draft word of two syllables or
more that splits into pinyin syllables and is not a common English word ("Lake", "Police" split too) is
confirmed when a run of the original's characters reads as it, anywhere in the article. An unconfirmed
word next to a confirmed one (the surname, or the place before a hospital's name) is compared with the
characters the aligned original sentence has at that place: when their pinyin is close to the draft's
word (a slip, not another word: "Lake" for 湖 is a translation) the draft is flagged, with the original's
characters, their pinyin as a fix, and both quoted.

Measured on the mqm-zhen news (all documents): it fires on 16 MT segments with a Major Accuracy error, 6 other
MT segments (name slips the raters let pass) and 2 of 1,300 human translations (both real slips: 赵雅敏 "Zhao
Yaomin", 金银潭 "Jinyitan"); on WMT22 dev, another year, on 5 segments, all real slips.
"""

from __future__ import annotations

import functools
import math
import re

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from .mismatch import Mismatch

MIN_SYLLABLES = 2  # a one-syllable word ("Kong", "Yue") matches too much by chance
MAX_SYLLABLES = 3  # given names have one or two characters, place names two or three ("Academician" splits in 7)
BOUNDARY_WORD = 3.0  # wordfreq Zipf of a Chinese word that a name's end would cut through (葛平|坦言: 坦 is not his)
OTHER_WORD = 1.0  # Zipf by which the word on the far side of a boundary outweighs the word across it (华|表示)
COMMON_ENGLISH = 3.0  # wordfreq Zipf at which a capitalised word is an English word, not a name
CLOSE = 50  # rapidfuzz ratio of the draft's word to the original's pinyin: a slip, not another word
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
WORD = re.compile(r"\b[A-Z][a-z]+(?:[-'’][a-z]+)*\b")


@functools.cache
def _syllables() -> frozenset[str]:
    """Every toneless pinyin syllable of the dictionary (ü written u, as English does)."""
    from pypinyin import Style
    from pypinyin.constants import PINYIN_DICT
    from pypinyin.style import convert

    out = set()
    for readings in PINYIN_DICT.values():
        for r in readings.split(","):
            out.add(_plain(convert(r, Style.NORMAL, strict=True)))
    # interjections without a vowel (嗯 n, 呣 m, 哼 hng) never stand in a name, and would split "Jilin" as ji li n
    return frozenset(x for x in out if re.search(r"[aeiou]", x))


def _plain(syllable: str) -> str:
    return syllable.replace("ü", "u").replace("v", "u")


@functools.lru_cache(maxsize=4096)
def splits(word: str) -> tuple[tuple[str, ...], ...]:
    """The ways ``word`` splits into pinyin syllables ("Zhifeng" -> zhi feng; "Xian" -> xian, xi an).
    "Shaanxi" also splits as shan xi: the doubled a is the official spelling that keeps 陕西 apart from 山西."""
    plain = _plain(re.sub(r"[-'’]", "", word.lower()))
    known, out = _syllables(), []

    def walk(w: str, i: int, acc: tuple[str, ...]) -> None:
        if len(out) >= 8:
            return
        if i == len(w):
            out.append(acc)
            return
        for j in range(min(len(w), i + 6), i, -1):
            if w[i:j] in known:
                walk(w, j, acc + (w[i:j],))

    for w in dict.fromkeys((plain, plain.replace("aa", "a"))):
        walk(w, 0, ())
    return tuple(dict.fromkeys(out))


class Readings:
    """Each character of a text with all its toneless readings (empty for a non-Han character), and the one
    reading pypinyin gives it in context (its phrase dictionary settles most heteronyms: 重庆 chong qing)."""

    def __init__(self, text: str) -> None:
        from pypinyin import Style, pinyin

        blank = lambda chunk: [[""] for _ in chunk]  # noqa: E731
        every = pinyin(text, style=Style.NORMAL, heteronym=True, errors=blank)
        usual = pinyin(text, style=Style.NORMAL, errors=blank)
        self.text = text
        self.every = [frozenset(_plain(r) for r in rs if r) if HAN.match(c) else frozenset()
                      for c, rs in zip(text, every)]
        self.usual = [_plain(rs[0]) if HAN.match(c) else "" for c, rs in zip(text, usual)]
        self._at: dict[str, list[int]] = {}  # where each syllable can be read
        for p, rs in enumerate(self.every):
            for s in rs:
                self._at.setdefault(s, []).append(p)

    def reads(self, at: int, syllables: tuple[str, ...]) -> bool:
        n = len(syllables)
        return at >= 0 and at + n <= len(self.every) and all(s in self.every[at + k] for k, s in enumerate(syllables))

    def find(self, syllables: tuple[str, ...]) -> list[int]:
        """Where the text reads as these syllables."""
        return [p for p in self._at.get(syllables[0], ()) if self.reads(p, syllables)]

    def spelled(self, a: int, b: int) -> str:
        """The pinyin of characters a..b as a name is written: Chengfeng, Xi'an (an apostrophe before a vowel)."""
        out = ""
        for s in self.usual[a:b]:
            out += ("'" if out and s[:1] in "aoe" else "") + s
        return out.capitalize()


@functools.lru_cache(maxsize=8)
def readings(text: str) -> Readings:
    return Readings(text)


def _is_english(word: str) -> bool:
    from wordfreq import zipf_frequency

    return zipf_frequency(word.lower(), "en") >= COMMON_ENGLISH


def _cuts_a_word(original: str, at: int, outside: int = 0) -> bool:
    """A common Chinese word runs across ``at`` (葛平坦言: 坦言 "said frankly"; 小宅跨界): the name ends elsewhere.
    Not when the text outside the name (``outside`` +1: it runs on after ``at``, -1: it stands before) makes a far
    commoner word of that character with its other neighbour: 王中华|表示 "said", not 华表 "ornamental column"."""
    from wordfreq import get_frequency_dict

    pair = original[max(at - 1, 0) : at + 1]
    if len(pair) < 2 or not all(HAN.match(c) for c in pair):
        return False
    freq = get_frequency_dict("zh")
    zipf = lambda w: math.log10(freq[w]) + 9 if freq.get(w, 0) > 0 else 0.0  # noqa: E731
    if zipf(pair) < BOUNDARY_WORD:
        return False
    beside = original[at : at + 2] if outside > 0 else original[max(at - 2, 0) : at] if outside < 0 else ""
    return not (len(beside) == 2 and zipf(beside) >= zipf(pair) + OTHER_WORD)


def _closeness(shape: tuple[str, ...], usual: list[str]) -> float:
    """How close the draft's syllables are to the original's: the rapidfuzz ratio of the two spellings, or
    CLOSE when one syllable agrees in place (张继科 "Zhang Jilin": ji of Jike kept, the rest replaced)."""
    ratio = fuzz.ratio("".join(shape), "".join(usual)) - (len(shape) != len(usual))  # a tie goes to the same size
    if len(shape) == len(usual) and any(x == y for x, y in zip(shape, usual)):
        return max(ratio, CLOSE)
    return ratio


def compare_pinyin_names(original: str, ospans: list[tuple[int, int]], draft: str,
                         dspans: list[tuple[int, int]]) -> list[Mismatch]:
    """Draft pinyin words that misspell the name the aligned original sentence has at that place."""
    if not HAN.search(original):
        return []
    words = [(m.start(), m.end(), m.group()) for a, b in dspans for m in WORD.finditer(draft, a, b)]
    if not words:
        return []
    r = readings(original)
    # where each word reads in the original: anywhere (to confirm it) and inside this pair (to anchor on)
    found = [{p: r.find(p) for p in splits(w)} for _, _, w in words]
    local = [{p: [at for at in hits if any(a <= at < b for a, b in ospans)] for p, hits in f.items()} for f in found]
    out = []
    for k, (start, end, w) in enumerate(words):
        if any(found[k].values()):
            continue
        # read the way a name is written, in as few syllables as it splits into ("Lijiang" is li jiang,
        # not li ji ang); confirming it above tried every split
        fewest = min(map(len, splits(w)), default=0)
        shapes = [p for p in splits(w) if len(p) == fewest and MIN_SYLLABLES <= len(p) <= MAX_SYLLABLES]
        if not shapes or _is_english(w):
            slip = _one_syllable_slip(original, r, words, local, k) if fewest == 1 else None
            if slip:  # the whole name quoted, surname and all: 刘芳 (Liu Fang), the draft's "Liu Fan"
                a, b, fix, shown, name = slip
                out.append(Mismatch(start, end, a, b, f"The original has “{original[a:b]}” ({shown}) here; the "
                                    f"draft has “{name}”", (start, end, fix)))
            continue
        best = None
        for side in (-1, 1):  # the confirmed word before this one (a surname), or after it
            j = k + side
            if not 0 <= j < len(words) or draft[min(end, words[j][1]) : max(start, words[j][0])] != " ":
                continue
            for anchor, hits in local[j].items():
                for at in hits:
                    for shape in shapes:
                        # the name as long as the draft's word, or a character longer or shorter (金银潭 as
                        # "Jintan": a syllable dropped; the fix must be the whole name, not 金银)
                        for size in {len(shape) - 1, len(shape), len(shape) + 1} - {0, 1}:
                            a = at + len(anchor) if side < 0 else at - size
                            b = a + size
                            if a < 0 or b > len(r.every) or not all(r.every[a:b]):
                                continue
                            if _cuts_a_word(original, b if side < 0 else a, -side):
                                continue
                            if size > len(shape) and _cuts_a_word(original, b - 1 if side < 0 else a + 1):
                                continue  # grown onto a word of its own: 葛平坦言 is not "Ping-tan-yan"
                            close = _closeness(shape, r.usual[a:b])
                            if close >= CLOSE and (best is None or close > best[0]):
                                best = (close, a, b, r.spelled(a, b))
        if best:
            _, a, b, fix = best
            out.append(Mismatch(start, end, a, b, f"The original has “{original[a:b]}” ({fix}) here; the draft "
                                f"has “{w}”", (start, end, fix)))
    return out


def _one_syllable_slip(original: str, r: Readings, words, local, k: int) -> tuple[int, int, str, str, str] | None:
    """A one-character given name or surname a letter off its character's readings, beside the rest of the name
    read at that place in the aligned original: 刘芳 as "Liu Fan", 程建军 as "Chen Jianjun" (strong MT mixes up
    surnames that differ by a final -ng as readily as given names). One syllable matches too much by chance to
    be read anywhere else, and is often an English word ("Fan"), so only this: the word and its neighbour stand
    a space apart, the neighbour is read at that place in the aligned original (a given name in two syllables
    or more, so that it is no chance match), the character beside it is Han and ends the name (no common word
    runs across its far edge), and no reading of it is the draft's syllable, but one is a letter away.
    Returns the name's span in the original, the word's fix, the name as the original reads and as the draft has it."""
    start, end, w = words[k]
    syllable = _plain(w.lower())
    for side in (-1, 1):  # the surname before this word, or the given name after it
        j = k + side
        if not 0 <= j < len(words) or (words[j][1] + 1 != start if side < 0 else end + 1 != words[j][0]):
            continue
        for anchor, hits in local[j].items():
            if len(anchor) != 1 if side < 0 else len(anchor) < 2:
                continue
            for at in hits:
                a = at + 1 if side < 0 else at - 1
                if not 0 <= a < len(r.every) or not r.every[a] or syllable in r.every[a]:
                    continue
                if _cuts_a_word(original, a + 1 if side < 0 else a, -side):
                    continue
                if any(Levenshtein.distance(syllable, x) == 1 and x[0] == syllable[0] for x in r.every[a]):
                    lo, hi = (at, a + 1) if side < 0 else (a, at + len(anchor))
                    fix = r.spelled(a, a + 1)
                    pair = lambda x: f"{words[j][2]} {x}" if side < 0 else f"{x} {words[j][2]}"  # noqa: E731
                    return lo, hi, fix, pair(fix), pair(w)
    return None
