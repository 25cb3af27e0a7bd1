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
# their 'not only' and 'no less than' (ne tik, ne mažiau kaip; ne tikai, ne vairāk kā): polarityextra.NOT_NEGATION
