"""Lithuanian and Latvian negation cues for A006 (merged by :mod:`.polarityextra`).

Both languages negate with ``ne`` and glue it to the verb (Lithuanian ``nėra`` "is not", ``nebus``, ``negali``;
Latvian ``nav``, ``nebija``, ``nevar``); only the particles, the n-words and the commonest glued verbs are listed,
since many words merely start with ne- (Lithuanian ``nelaimė`` "accident", Latvian ``nedēļa`` "week"), so only a
negation the draft lost is reported (``polarity.LOST_ONLY``); Lithuanian ``nei`` is also "than" (``mažiau nei
pernai``) and is left out. Not negations: "not only" (ne tik, ne tikai) and "no less / no more / no earlier than"
(ne mažiau kaip, ne vairāk kā).
"""

from __future__ import annotations

CUES = {
    "lt": "ne nėra nebus nebuvo nebėra negali negalės negalėjo negalima neturi neturės neturėjo nereikia nereikės "
          "neketina nežino nenori niekada niekas nieko niekam niekur joks jokia jokio jokios jokių jokie",
    "lv": "ne nav nebija nebūs nevar nevarēs nevarēja nevajag nedrīkst neviens neviena nevienu neko nekas nekad "
          "nekur nedz nekāds nekāda nekādu nekādas nekādi",
}
_ONLY = r"\b(?:{neg})\s+(?:{only})\b|\b(?:{neg})\s+(?:{more})\s+(?:{than})\b"
NOT_NEGATION = {
    "lt": _ONLY.format(neg="ne", only="tik|vien", more="mažiau|daugiau|anksčiau|vėliau|trumpiau|ilgiau",
                       than="kaip|nei"),
    "lv": _ONLY.format(neg="ne", only="tikai|vien", more="mazāk|vairāk|agrāk|vēlāk", than="kā|par"),
}
