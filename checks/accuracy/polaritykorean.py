"""Korean negation for :mod:`.polarity`: the negators are glued to their verb's endings, so they are read
here, not from a word list.

Cues: 안 before a verb (``안 된다``, ``안됐다``), ``않다`` in all its forms (``하지 않았다``, ``않은``, ``않기로``),
못 (``못 했다``, ``하지 못한``), ``없다`` (``계획이 없다``, ``수 없었다``), ``아니다`` (``사실이 아니다``, ``아닌``),
the prohibitive ``~지 말라`` / ``마라``, and a closed list of words built on 미- "not yet" (``미정`` undecided,
``미확정``, ``미지급`` unpaid; not 미국, 미래, 미만).

Not cues: ``뿐만 아니라`` (not only), ``~지 않을 수 없다`` (cannot but), ``~지 않으면 안 된다`` (must),
``~할 수밖에 없다`` (have no choice but: must), ``없지 않다`` (not without), ``머지않아`` (soon), ``못지않게`` (no
less than), the question that asserts (``~이 아니냐는 관측`` "speculation that it is", ``~지 않을까 우려`` "fears
that it may"), ``아니면`` (or), ``안`` before a title (``안 장관`` Minister Ahn), ``없이`` "without" and the
compounds that hold 없 (``끊임없이`` constantly, ``틀림없이`` surely, ``관계없이`` regardless). Litotes (``적지
않은`` considerable, ``만만치 않다`` formidable, ``못 미치는`` short of) say no softly: :data:`SOFT`.
"""

from __future__ import annotations

import re

_H = "\uac00-\ud7a3"
_NOT_AFTER = rf"(?<![{_H}])"
_TITLES = ("장관 대표 의원 위원장 대통령 총리 시장 지사 씨 교수 회장 사장 대변인 후보 차관 청장 원장 감독 선수 측 팀장 "
           "부장 기자 전 전前 박사 변호사 의장 고문 부회장 부사장 실장 국장 과장 연구원 이사장 이사 총장").split()
_TITLE_AFTER = "|".join(sorted(_TITLES, key=len, reverse=True))
# the dependent verbs 되다 and 하다 glued to 안 and 못 (안되다, 못하다: written as one word as often as not)
_GLUED_VERB = r"(?:되|된|돼|됐|될|하|한|했|할|해|합)"
_CUE_RE = re.compile(
    rf"{_NOT_AFTER}안(?=\s+(?!(?:{_TITLE_AFTER})(?:[은는이가을를의과와도께에]|\s|$))[{_H}])"
    rf"|{_NOT_AFTER}(?:안|못){_GLUED_VERB}[{_H}]*"
    rf"|{_NOT_AFTER}못(?=\s+[{_H}])"
    rf"|않[{_H}]*"
    rf"|{_NOT_AFTER}없(?!이(?![{_H}]))[{_H}]*"
    rf"|{_NOT_AFTER}아(?:니|닌|닐|닙|냐|녀)[{_H}]*"
    rf"|(?:(?<=지)|(?<=지\s))(?:말|마)(?:라|고|아|자|세요|십시오|란|라고|라는|았|야)[{_H}]*"
    rf"|{_NOT_AFTER}미(?:정|확정|결정|해결|확인|지급|공개|발표|완료|납|착수|가입|접종|체결|반영|이행|회수|복구|신고|등록)"
    rf"(?![{_H}]*(?:국|래|사일))[{_H}]*"
)
# constructions whose negators do not negate the statement (see the module's docstring)
_NOT_NEGATION_RE = re.compile(
    rf"뿐(?:만)?\s?아니라|(?:머|못|마)지\s?않[{_H}]*|지\s?않을\s?수(?:밖에)?\s?없[{_H}]*"
    rf"|지\s?않으면\s?안\s?{_GLUED_VERB}[{_H}]*|수밖에\s?없[{_H}]*|없지\s?않[{_H}]*"
    rf"|{_NOT_AFTER}아(?:니냐|닌가|닐까|니겠느냐|니었나)[{_H}]*|지\s?않(?:을까|나|느냐|겠느냐|았나|았느냐|았을까)[{_H}]*"
    rf"|{_NOT_AFTER}아니면(?![{_H}])|{_NOT_AFTER}아닌\s?게\s?아니라"
    rf"|(?:적지|만만치|심상치|녹록지|녹록치|예사롭지|가볍지|드물지)\s?않[{_H}]*|못\s?미[치쳤쳐칠친][{_H}]*"
)
# Words that say no softly, for :func:`.polarity.softened`: refused, rejected, failed, fell through, impossible,
# unclear, uncertain, lacking, put on hold, withdrew, denied, opposed, halted, banned, excluded, without, falls short
SOFT = (rf"|(?:거부|거절|실패|무산|불가|불투명|불확실|부족|결여|보류|유보|철회|부인하|부인했|반대|중단|금지|제외|미지수|미흡|미달"
        rf"|불발|결렬|적잖|만만찮)[{_H}]*|없이|(?:적지|만만치|심상치|녹록지|녹록치|예사롭지)\s?않[{_H}]*|못\s?미[치쳤쳐칠친][{_H}]*"
        rf"|수밖에\s?없[{_H}]*")


def korean_negations(text: str) -> list[tuple[int, int]]:
    """Spans of the Korean negation cues in ``text``."""
    skip = [m.span() for m in _NOT_NEGATION_RE.finditer(text)]
    return [m.span() for m in _CUE_RE.finditer(text) if not any(a <= m.start() < b for a, b in skip)]
