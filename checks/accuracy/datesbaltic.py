"""Lithuanian and Latvian months and weekdays, in the cases dates take, for the word table of :mod:`.dates`.

Lithuanian puts the month in the genitive before the day (``spalio 14 d.``, ``2024 m. lapkričio 1 d.``), says "in
October" with the accusative or locative (``spalį``, ``spalyje``) and "on Monday" with the accusative
(``pirmadienį``); Latvian writes the day with a dot before the month's locative (``25. novembrī``) and genitive
(``2005. gada janvāra``), and "on Monday" is ``pirmdien`` (``pirmdienas vakarā``, ``naktī uz sestdienu``).
Forms that are ordinary words too (Lithuanian ``kovą`` "fight", ``liepa`` "linden"; Latvian ``Marta``, ``Maija``
as names) count only next to a figure (:data:`AMBIGUOUS`).
"""

from __future__ import annotations

MONTHS = {
    "lt": "sausis vasaris kovas balandis gegužė birželis liepa rugpjūtis rugsėjis spalis lapkritis gruodis",
    "lt2": "sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio lapkričio gruodžio",
    "lt3": "sausį vasarį kovą balandį gegužę birželį liepą rugpjūtį rugsėjį spalį lapkritį gruodį",
    "lt4": "sausyje vasaryje kove balandyje gegužėje birželyje liepoje rugpjūtyje rugsėjyje spalyje lapkrityje "
           "gruodyje",
    "lv": "janvāris februāris marts aprīlis maijs jūnijs jūlijs augusts septembris oktobris novembris decembris",
    "lv2": "janvāra februāra marta aprīļa maija jūnija jūlija augusta septembra oktobra novembra decembra",
    "lv3": "janvārī februārī martā aprīlī maijā jūnijā jūlijā augustā septembrī oktobrī novembrī decembrī",
    "lv4": "janvārim februārim martam aprīlim maijam jūnijam jūlijam augustam septembrim oktobrim novembrim "
           "decembrim",
}
_LT_DAYS = "pirmadien antradien trečiadien ketvirtadien penktadien šeštadien sekmadien".split()
_LV_DAYS = "pirmdien otrdien trešdien ceturtdien piektdien sestdien svētdien".split()
WEEKDAYS = {f"lt{e}": " ".join(d + e for d in _LT_DAYS) for e in ("is", "į", "io", "iais", "iui")}
WEEKDAYS.update({f"lv{e}": " ".join(d + e for d in _LV_DAYS) for e in ("", "a", "as", "u", "ā", "ām", "ās")})

AMBIGUOUS = frozenset("kovas kovą liepa liepą marta maija".split())
