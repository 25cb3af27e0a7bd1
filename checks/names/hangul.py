"""Hangul names spelled in Latin letters as the English-language press spells Korean names.

Each syllable is an initial consonant, a vowel and a final consonant, each with its usual spellings: the
Revised Romanization's first (``ㅓ`` eo, ``ㄱ`` g), then McCune-Reischauer's without its breves and the press's
(``ㅓ`` u or o: Suk, Jong; ``ㅕ`` yu, yo, you: Myung, Young; ``ㅜ`` oo; ``ㄱ`` k; ``ㅅ`` sh). Family names have
the spellings their bearers use (``이`` Lee, Yi, Rhee; ``박`` Park; ``최`` Choi; ``정`` Chung, Jeong, Jung;
``노`` Roh; ``안`` Ahn), which no letter table gives. A name is compared syllable by syllable, as the press
writes the given name hyphenated (Jae-myung), spaced (Suk Yeol) or joined (Jaemyung).
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

HANGUL_RE = re.compile(r"[\uac00-\ud7a3]")

_INITIALS = [("g", "k"), ("kk", "gg", "k"), ("n",), ("d", "t"), ("tt", "dd"), ("r", "l", "n"), ("m",), ("b", "p"),
             ("pp", "bb"), ("s", "sh"), ("ss", "s"), ("",), ("j", "ch"), ("jj", "tch"), ("ch",), ("k",), ("t",),
             ("p",), ("h",)]
_VOWELS = [("a",), ("ae", "ai"), ("ya",), ("yae",), ("eo", "u", "o"), ("e",), ("yeo", "yu", "yo", "you"), ("ye",),
           ("o", "oh"), ("wa",), ("wae",), ("oe", "oi", "we"), ("yo",), ("u", "oo", "woo"), ("wo", "weo"), ("we",),
           ("wi", "wee"), ("yu", "yoo"), ("eu", "u"), ("ui", "eui", "ee"), ("i", "ee", "y")]
_FINALS = [("",), ("k", "g", "ck"), ("k",), ("k",), ("n",), ("n",), ("n",), ("t", "d"), ("l", "r"), ("k", "l"),
           ("m",), ("l", "p"), ("l",), ("l",), ("p",), ("l",), ("m",), ("p", "b"), ("p",), ("t", "s"), ("t", "ss"),
           ("ng",), ("t", "j"), ("t",), ("k",), ("t",), ("p",), ("t", "h")]
# family names with the spellings their bearers use (beside the letters' own)
SURNAMES = {s: tuple(v.split(",")) for s, v in (item.split(":") for item in """
이:lee,yi,rhee,ri,rie 박:park,pak,bak 김:kim,gim 최:choi,choe 정:chung,jeong,jung,cheong,chong,jong 윤:yoon,yun
조:cho,jo,joe 강:kang,gang 한:han 오:oh,o 임:lim,im,rim,yim 신:shin,sin 유:yoo,yu,you,ryu 류:ryu,yoo,yu
노:roh,noh,no 문:moon,mun 장:jang,chang 전:jeon,chun,jun,chon 손:son,sohn 안:ahn,an 송:song 홍:hong 황:hwang
서:seo,suh 권:kwon,gwon 고:ko,go,koh 구:koo,gu,ku 곽:kwak,gwak 성:sung,seong 남:nam 심:shim,sim 우:woo,u
나:na,ra 민:min 진:jin,chin 변:byun,byeon 백:baek,paik,paek 허:heo,hur,huh 양:yang 배:bae 원:won 여:yeo,yoh
추:choo,chu 주:joo,ju,chu 차:cha 하:ha 현:hyun,hyeon 엄:eom,um,uhm 천:chun,cheon 방:bang 공:kong,gong
염:yeom,yum 반:ban 마:ma 길:gil,kil 표:pyo 함:ham 석:seok,suk 선:sun,seon 설:seol,sul 채:chae 도:do,doh
육:yuk 태:tae 지:ji,chi 위:wi,wee 명:myung,myeong 기:ki,gi 연:yeon,yun 인:in 경:kyung,gyeong 모:mo 봉:bong
""".split())}


def _parts(syllable: str) -> tuple[int, int, int]:
    n = ord(syllable) - 0xAC00
    return n // 588, (n % 588) // 28, n % 28


@lru_cache(maxsize=4096)
def syllable_spellings(syllable: str, family: bool = False) -> frozenset[str]:
    """Lower-case spellings of one Hangul syllable (a family name's own spellings too when ``family``)."""
    i, v, f = _parts(syllable)
    out = {a + b + c for a, b, c in itertools.product(_INITIALS[i], _VOWELS[v], _FINALS[f])}
    if i == 11 and v == 13:
        out |= {"woo", "wu"}
    if family:
        out |= set(SURNAMES.get(syllable, ()))
    return frozenset(out)


def primary(syllable: str) -> str:
    """The Revised Romanization of one syllable (the first spelling of each letter)."""
    i, v, f = _parts(syllable)
    return _INITIALS[i][0] + _VOWELS[v][0] + _FINALS[f][0]


def hangul_romanize(word: str) -> str:
    """A Hangul word in the Revised Romanization (재명 -> Jaemyeong); a family name alone as its bearers mostly
    spell it (이 -> Lee, 박 -> Park)."""
    hangul = [c for c in word if HANGUL_RE.match(c)]
    if len(hangul) == 1 and hangul[0] in SURNAMES:
        return SURNAMES[hangul[0]][0].capitalize()
    s = "".join(primary(c) if HANGUL_RE.match(c) else c for c in word)
    return s[:1].upper() + s[1:]


def hangul_romanizations(word: str) -> frozenset[str]:
    """Fair spellings of a short Hangul word (up to three syllables), capitalised; the usual one for longer."""
    syls = [c for c in word if HANGUL_RE.match(c)]
    if not syls or len(syls) > 3 or len(syls) != len(word):
        return frozenset({hangul_romanize(word)})
    sets = [syllable_spellings(c, k == 0) for k, c in enumerate(syls)]
    return frozenset("".join(p).capitalize() for p in itertools.product(*sets))


def spells(letters: str, syllables: str, family_first: bool = True) -> bool:
    """Whether ``letters`` (lower case, no hyphens or spaces) is a fair spelling of ``syllables`` in a row."""
    sets = [syllable_spellings(c, family_first and k == 0) for k, c in enumerate(syllables)]

    @lru_cache(maxsize=None)
    def walk(pos: int, k: int) -> bool:
        if k == len(sets):
            return pos == len(letters)
        return any(letters.startswith(s, pos) and walk(pos + len(s), k + 1) for s in sets[k] if s)

    return walk(0, 0)
