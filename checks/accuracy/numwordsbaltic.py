"""Words that carry numbers in Lithuanian and Latvian (tables only; :mod:`.numwordsextra` merges them).

Both languages decline their scale words, units and number words, and abbreviate the scales after the figure:
Lithuanian ``23,4 mln. eurų``, ``41 tūkst.``, ``18,6 proc.``, ``trys metai``; Latvian ``1,2 miljonus eiro``,
``3,5 milj. eiro``, ``61%``, ``trīs stundas``. Unread, ``23,4 mln.`` was a bare 23.4 that no "23.4 billion" in the
draft could be set against, and with no number words of its own a Lithuanian text was read with every other
language's (Italian ``cento`` "hundred" in ``9,84 euro cento``, "9.84 euro cents").
"""

from __future__ import annotations

K, M, B, T = 1e3, 1e6, 1e9, 1e12

SCALES = [(w, m, lang) for ws, m, lang in (
    ("tūkst. tūkst tūkstantis tūkstančiai tūkstančių tūkstantį tūkstančius tūkstančio", K, "lt"),
    ("mln. mln milijonas milijonai milijonų milijoną milijonus milijono milijonais", M, "lt"),
    ("mlrd. mlrd milijardas milijardai milijardų milijardą milijardus milijardo milijardais", B, "lt"),
    ("trln. trilijonas trilijonai trilijonų trilijoną", T, "lt"),
    ("tūkst. tūkst tūkstotis tūkstoši tūkstošu tūkstošus tūkstošiem tūkstoša", K, "lv"),
    ("milj. milj miljons miljoni miljonu miljonus miljoniem miljona", M, "lv"),
    ("mljrd. mljrd miljards miljardi miljardu miljardus miljardiem miljarda", B, "lv"),
) for w in ws.split()]

CURRENCIES = {w: code for ws, code in (
    ("eurų eurą eurai eurais eurui eiro", "EUR"),
    ("dolerių dolerius doleriai doleriais dolāru dolāri dolārus dolāriem", "USD"),
) for w in ws.split()}

PERCENT_WORDS = (
    "procentų", "procentai", "procentais", "procentą", "procentinio punkto", "procentinių punktų",
    "procentiniais punktais", "procentinį punktą", "proc. punkto", "proc. punktų", "proc. punktais",
    "procenti", "procentiem", "procentu", "procentus", "procentpunkti", "procentpunktiem", "procentpunktu",
    "procentpunktus", "procentpunkts",
)

UNITS = {w.replace("_", " "): unit for ws, unit in (
    ("kilometro kilometrų kilometrus kilometrai kilometrais kilometri kilometriem kilometru", ("len", 1000)),
    ("metro metrų metrus metrai metri metriem metru", ("len", 1)),
    ("milimetro milimetrų milimetrus milimetrai milimetri milimetriem milimetru", ("len", 0.001)),
    ("metrų_per_sekundę metro_per_sekundę metrai_per_sekundę metriem_sekundē metrus_sekundē metri_sekundē "
     "metru_sekundē", ("speed", 3.6)),
    ("kilometrų_per_valandą kilometrus_stundā kilometri_stundā kilometru_stundā", ("speed", 1)),
    ("laipsnių laipsnius laipsniai grādi grādiem grādus grādu", ("temp_c", 1)),
    ("hektarų hektarus hektarai hektāri hektārus hektāriem hektāru", ("area", 1e4)),
    ("tonų tonas tonos tonnas tonnām tonnu", ("mass", 1000)),
) for w in ws.split()}

# number words in the cases news uses (trys metai, keturis kartus, penkių dienų; trīs stundas, piecas dienas,
# divos gados); "one" (vienas, viens) is also "a" and is left out
_LT = ("du:2 dvi:2 dviejų:2 dviem:2 trys:3 tris:3 trijų:3 trims:3 keturi:4 keturios:4 keturis:4 keturių:4 "
       "penki:5 penkios:5 penkis:5 penkių:5 šeši:6 šešios:6 šešis:6 šešių:6 septyni:7 septynios:7 septynis:7 "
       "septynių:7 aštuoni:8 aštuonios:8 aštuonis:8 aštuonių:8 devyni:9 devynios:9 devynis:9 devynių:9 dešimt:10 "
       "dešimties:10 vienuolika:11 dvylika:12 trylika:13 keturiolika:14 penkiolika:15 šešiolika:16 septyniolika:17 "
       "aštuoniolika:18 devyniolika:19 dvidešimt:20 trisdešimt:30 keturiasdešimt:40 penkiasdešimt:50 "
       "šešiasdešimt:60 septyniasdešimt:70 aštuoniasdešimt:80 devyniasdešimt:90 šimtas:100 šimtą:100 šimto:100 "
       "pusantro:1.5 pusantrų:1.5 pusantros:1.5")
_LV = ("divi:2 divas:2 divu:2 diviem:2 divām:2 trīs:3 triju:3 trijiem:3 trijām:3 četri:4 četras:4 četru:4 "
       "četriem:4 četrām:4 pieci:5 piecas:5 piecu:5 pieciem:5 piecām:5 seši:6 sešas:6 sešu:6 sešiem:6 septiņi:7 "
       "septiņas:7 septiņu:7 septiņiem:7 astoņi:8 astoņas:8 astoņu:8 astoņiem:8 deviņi:9 deviņas:9 deviņu:9 "
       "deviņiem:9 desmit:10 vienpadsmit:11 divpadsmit:12 trīspadsmit:13 četrpadsmit:14 piecpadsmit:15 "
       "sešpadsmit:16 septiņpadsmit:17 astoņpadsmit:18 deviņpadsmit:19 divdesmit:20 trīsdesmit:30 četrdesmit:40 "
       "piecdesmit:50 sešdesmit:60 septiņdesmit:70 astoņdesmit:80 deviņdesmit:90 simts:100 simt:100 "
       "pusotra:1.5 pusotras:1.5 pusotru:1.5")
WORDS = {"lt": _LT, "lv": _LV}
