"""Words that carry numbers in Catalan, Croatian/Serbian, Finnish, Bulgarian and Bengali (tables only;
:mod:`.numwords` merges them), kept apart so numwords stays small.

Without them a scale word is not read and a faithful "6.6 million" stands against a bare "6,6" (Bulgarian
``6,6 милиона``), "18,000 taka" against "18" (Bengali ``১৮ হাজার টাকা``): Catalan ``1,3 milions d'euros``,
Croatian ``2,35 milijuna eura`` / Serbian ``2,3 miliona dinara``, Finnish ``3,4 miljoonaa euroa`` / ``48 prosenttia``,
Bulgarian ``64 млн. лева``, Bengali ``২ কোটি ১৫ লাখ টন`` (2 crore and 15 lakh: 21.5 million tonnes).
"""

from __future__ import annotations

import re

from .serbian import cyrillic
from . import numwordsbaltic as _baltic, numwordssinhala as _sinhala, numwordsmore as _more
from . import numwordsturkic as _turkic, numwordsburmese as _burmese

K, M, B, T = 1e3, 1e6, 1e9, 1e12

# Bengali letters, vowel signs and virama (not the danda or the digits ০-৯): a word boundary in Bengali
BENGALI_LETTERS = "\u0980-\u09e5\u09f0-\u09fe"

SCALES = [(w, m, langs) for ws, m, langs in (
    ("milió milions", M, "ca"), ("mil_milions", B, "ca"), ("bilió bilions", T, "ca"), ("mil", K, "ca"),
    ("tisuća tisuće tisuću tis. hiljada hiljade hiljadu", K, "hr sr bs"),
    ("milijun milijuna milijuni milijunima milion miliona milioni mil.", M, "hr sr bs"),
    ("milijarda milijarde milijardi milijardu milijardama mlrd. mlrd", B, "hr sr bs"),
    ("bilijun bilijuna bilion biliona", T, "hr sr bs"),
    # Serbian Cyrillic: 160 хиљада, 17,4 милијарде динара, 1,2 милијарде евра
    (cyrillic("hiljada hiljade hiljadu hiljadama"), K, "sr"), (cyrillic("milion miliona milioni milionima"), M, "sr"),
    (cyrillic("milijarda milijarde milijardi milijardu milijardama"), B, "sr"), (cyrillic("bilion biliona"), T, "sr"),
    # Slovak in its cases: 23 tisíc, 525 miliónov eur, 1,1 miliardy eur, 2 mld. eur
    ("tisíc tisíca tisíce tisícov tisícmi tis. tis", K, "sk"), ("milión milióna milióny miliónov miliónu miliónmi mil. mil", M, "sk"),
    ("miliarda miliardy miliárd miliardu miliardami miliardách mld. mld", B, "sk"), ("bilión bilióny biliónov", T, "sk"),
    ("tuhat tuhatta tuhannen tuhanteen", K, "fi"),
    ("miljoona miljoonaa miljoonan miljoonaan miljoonalla milj. milj", M, "fi"),
    ("miljardi miljardia miljardin miljardiin miljardilla mrd. mrd", B, "fi"),
    ("biljoona biljoonaa", T, "fi"),
    ("хиляда хиляди хил. хил", K, "bg"), ("милион милиона милиони", M, "bg"),
    ("милиард милиарда милиарди", B, "bg"), ("трилион трилиона", T, "bg"),
    ("হাজার", K, "bn"), ("লাখ লক্ষ", 1e5, "bn"), ("কোটি", 1e7, "bn"), ("শত শতাধিক", 100, "bn"), ("মিলিয়ন", M, "bn"), ("বিলিয়ন", B, "bn"),
) for w in (x.replace("_", " ") for x in ws.split())]
# শত "hundred", শতাধিক "over a hundred" (চার শতাধিক চলচ্চিত্রের "more than 400 of them for films")
# the Bengali scale with a case ending glued on: ২ কোটি টাকার "of 20 million taka", ৫ লাখের
SCALES += [(w + e, m, "bn") for w, m in (("হাজার", K), ("লাখ", 1e5), ("কোটি", 1e7)) for e in ("ের", "র", "ে")]

# every dinar is one currency to the comparer (Serbian dinara, Arabic دينار, the English "dinars"): a draft's
# "17.4 million dinars" is then set against the original's "17,4 milijarde dinara" as money, scale and all
# the English press writes the lev's plural as Bulgarian does: "19.7 billion leva" (the bare "lev" is also a name)
CURRENCIES = {w.replace("_", " "): code for ws, code in (
    ("eura eurima", "EUR"), ("euroa euron euroon eurolla", "EUR"), ("dolara dolari dollaria dollarin", "USD"),
    ("kuna kune", "HRK"), ("dinara dinari динара динари dinar dinars دينار دينارا ديناراً دنانير", "DINAR"), ("евра еврима", "EUR"), ("лева лв. лв лев", "BGN"), ("leva bgn", "BGN"), ("долара", "USD"),
    ("টাকা টাকার টাকায় taka", "BDT"), ("ডলার ডলারের", "USD"),
    ("mark marks d-mark dm deutschmark deutschmarks deutsche_mark deutsche_marks", "DEM")) for w in ws.split()}

PERCENT_WORDS = (
    "punts percentuals", "punt percentual", "posto", "postotak", "postotaka", "postotna boda", "postotnih bodova",
    "procenata", "procentnih poena", "procentna poena", "prosenttia", "prosentin", "prosenttiin", "prosenttiyksikköä",
    "prosentista", "prosentilla", "prosentiksi", "prosentissa", "prosenttiyksikön", "prosenttiyksikkö",
    "prosenttiyksiköllä", "prosenttiyksikköön", "prosenttiyksiköstä",
    "percenta", "percento", "percentá", "percentuálneho bodu", "percentuálne body", "percentuálnych bodov",
    "процентни пункта", "процентни пункт", "одсто", "посто", "процената", "процентних поена", "процентна поена", "শতাংশ", "শতাংশের", "শতাংশে", "শতাংশেরও",
    "শতাংশ পয়েন্ট",
)

UNITS = {w.replace("_", " "): unit for ws, unit in (
    ("টন টনের", ("mass", 1000)), ("হেক্টর হেক্টরে", ("area", 1e4)), ("কেজি", ("mass", 1)), ("কিলোমিটার", ("len", 1000)),
    ("tonnia tonnin", ("mass", 1000)), ("hehtaaria", ("area", 1e4)), ("kilometriä kilometrin", ("len", 1000)),
    # Finnish and Estonian weather units (45 millimetriä, 34,2 metriä sekunnissa, neljään asteeseen, 20 millimeetrit):
    # unread, the figure was a bare number the draft's "54 millimeters" could not be set against
    ("millimetriä millimetrin millimetriin", ("len", 0.001)), ("metriä metrin", ("len", 1)),
    ("metriä_sekunnissa metrin_sekunnissa", ("speed", 3.6)), ("kilometriä_tunnissa kilometrin_tunnissa", ("speed", 1)),
    ("astetta asteeseen asteen", ("temp_c", 1)), ("litraa", ("vol", 1)),
    ("millimeetrit millimeetrini millimeetri", ("len", 0.001)), ("meetrit meetrini", ("len", 1)),
    ("kilomeetrit kilomeetrini", ("len", 1000)), ("meetrit_sekundis meetrini_sekundis", ("speed", 3.6)),
    ("kraadi kraadini", ("temp_c", 1)), ("hektarit", ("area", 1e4)),
    ("tona tone", ("mass", 1000)), ("hektara", ("area", 1e4)), ("kilometara", ("len", 1000)),
    ("тона тон", ("mass", 1000)), ("хектара", ("area", 1e4)), ("километра", ("len", 1000)),
    ("tones", ("mass", 1000)), ("hectàrees", ("area", 1e4)), ("quilòmetres", ("len", 1000)),
) for w in ws.split()}

# Croatian, Serbian and Bosnian number words (četiri godine i šest mjeseci; još trojica optuženika "three more
# defendants"); jedan / jedna "one" is also "a" and is left out
_HR_UNITS = "dva:2 dvije:2 dve:2 tri:3 četiri:4 pet:5 šest:6 sedam:7 osam:8 devet:9 deset:10"
_HR_TEENS = "jedanaest:11 dvanaest:12 trinaest:13 četrnaest:14 petnaest:15 šesnaest:16 sedamnaest:17 osamnaest:18"
_HR_TENS = "devetnaest:19 dvadeset:20 trideset:30 četrdeset:40 pedeset:50 šezdeset:60 sedamdeset:70 osamdeset:80"
_HR_MORE = "devedeset:90 sto:100 dvojica:2 trojica:3 četvorica:4 petorica:5 šestorica:6 dvoje:2 troje:3"
WORDS = dict.fromkeys(("hr", "sr", "bs"), " ".join((_HR_UNITS, _HR_TEENS, _HR_TENS, _HR_MORE)))
WORDS["sr"] += " " + cyrillic(WORDS["sr"])  # Serbian in Cyrillic too: осам одсто, две године
# Bulgarian number words (през първите девет месеца "in the first nine months", петима души "five people"), with
# the colloquial -найсет / -йсет forms; един / една "one" is also "a" and is left out; двадесет и пет is 25
_BG_UNITS = ("два:2 две:2 двама:2 три:3 трима:3 четири:4 четирима:4 пет:5 петима:5 шест:6 шестима:6 седем:7 "
             "седмина:7 осем:8 осмина:8 девет:9 деветима:9 десет:10 десетима:10")
_BG_TEENS = " ".join(f"{w}{end}:{v}" for w, v in (("едина", 11), ("двана", 12), ("трина", 13), ("четирина", 14),
                     ("петна", 15), ("шестна", 16), ("седемна", 17), ("осемна", 18), ("деветна", 19))
                     for end in ("десет", "йсет"))
_BG_TENS = ("двадесет:20 двайсет:20 тридесет:30 трийсет:30 четиридесет:40 четирийсет:40 петдесет:50 шестдесет:60 "
            "седемдесет:70 осемдесет:80 деветдесет:90 сто:100 двеста:200 триста:300 четиристотин:400 петстотин:500 "
            "шестстотин:600 седемстотин:700 осемстотин:800 деветстотин:900")
WORDS["bg"] = " ".join((_BG_UNITS, _BG_TEENS, _BG_TENS))
# Finnish number words in the nominative, genitive and partitive (kahden vuoden ja neljän kuukauden vankeuteen
# "two years and four months in prison", kolmea "three"); yksi "one" is left out, and sataa (also "it rains")
_FI_UNITS = ("kaksi:2 kahden:2 kahta:2 kolme:3 kolmen:3 kolmea:3 neljä:4 neljän:4 neljää:4 viisi:5 viiden:5 "
             "viittä:5 kuusi:6 kuuden:6 kuutta:6 seitsemän:7 seitsemää:7 kahdeksan:8 kahdeksaa:8 yhdeksän:9 "
             "yhdeksää:9 kymmenen:10 kymmentä:10 sata:100 sadan:100")
# and in the local cases (laskee neljään asteeseen "falls to 4C", kolmessa kaupungissa, viidellä prosentilla):
# stem + illative / inessive / elative / adessive / allative
_FI_STEMS = (("kahte", "kahde", 2), ("kolme", "kolme", 3), ("neljä", "neljä", 4), ("viite", "viide", 5),
             ("kuute", "kuude", 6), ("seitsemä", "seitsemä", 7), ("kahdeksa", "kahdeksa", 8),
             ("yhdeksä", "yhdeksä", 9), ("kymmene", "kymmene", 10))


def _fi_cases() -> str:
    out = []
    for ill, stem, v in _FI_STEMS:
        back = any(c in stem for c in "aou")
        a = "a" if back else "ä"
        out.append(f"{ill}{ill[-1]}n:{v}")
        out += [f"{stem}{end}:{v}" for end in (f"ss{a}", f"st{a}", f"ll{a}", "lle")]  # not -lta: kahdeksalta "at eight"
    return " ".join(out)


WORDS["fi"] = _FI_UNITS + " " + _fi_cases()
# German halves are one word: anderthalb / eineinhalb (1.5), zweieinhalb (2.5) ... zwölfeinhalb (12.5); without
# them "siebeneinhalb Jahre Haft" carried no figure and "six and a half years" for it went unreported
_DE_UNITS = "ein zwei drei vier fünf sechs sieben acht neun zehn elf zwölf".split()
DE_HALVES = " anderthalb:1.5 " + " ".join(f"{u}einhalb:{i + 1.5}" for i, u in enumerate(_DE_UNITS))

# Arabic number words (أكثر من مئة ألف طالب "more than 100,000 students", عشرة أيام "ten days", مئتي ألف);
# خمس ست سبع عشر are also "a fifth", "lady", "lion", "a tenth" unvowelled: they count only before an indefinite
# noun, as a number from three to ten stands (ست نقاط "six points", خمس سنوات); خمس السكان is "a fifth of the
# population". Teens join a unit to عشر/عشرة: أحد عشر 11, اثنا عشر 12, خمسة عشر 15
AR_COUNT_ONLY = {"خمس": 5, "ست": 6, "سبع": 7, "عشر": 10}
_AR_TEENS = "أحد:1 إحدى:1 اثنا:2 اثنتا:2 اثني:2 اثنتي:2"
_AR_UNITS = "اثنان:2 اثنين:2 ثلاثة:3 ثلاث:3 أربعة:4 أربع:4 خمسة:5 ستة:6 سبعة:7 ثمانية:8 ثماني:8 تسعة:9 تسع:9"
_AR_TENS = ("عشرة:10 عشرون:20 عشرين:20 ثلاثون:30 ثلاثين:30 أربعون:40 أربعين:40 خمسون:50 خمسين:50 ستون:60 "
            "ستين:60 سبعون:70 سبعين:70 ثمانون:80 ثمانين:80 تسعون:90 تسعين:90")
_AR_HUNDREDS = "مئة:100 مائة:100 مئتا:200 مئتي:200 مئتين:200 مائتي:200 مائتين:200 ثلاثمئة:300 خمسمئة:500"
WORDS["ar"] = " ".join((_AR_UNITS, _AR_TENS, _AR_HUNDREDS, _AR_TEENS, *(f"{w}:{v}" for w, v in AR_COUNT_ONLY.items())))
_AR_NEXT = re.compile(r"\s+(?!(?:ال|لل|بال|وال|فال|كال))[\u0621-\u064a]{2,}")
_AR_BEFORE = re.compile(r"([\u0621-\u064a]+)\s+$")
_AR_TEEN_UNITS = frozenset(w.split(":")[0] for w in (_AR_UNITS + " " + _AR_TEENS).split())
_HE_NEXT = re.compile(r"\s+(?:ו?[\u05d0-\u05ea]{2,}(?:ות|ים)|עשרה|אלף)(?![\u05d0-\u05ea])")


def _arabic_counts(text: str, start: int, end: int) -> bool:
    """Whether the ambiguous number word at ``start:end`` counts: an indefinite Arabic noun follows it, and it is
    not the ten of a teen whose unit carries a prefix the table does not read (بخمسة عشر "with fifteen")."""
    before = _AR_BEFORE.search(text[max(0, start - 20) : start])
    if before and text[start:end] == "عشر" and before.group(1)[1:] in _AR_TEEN_UNITS:
        return False
    return _AR_NEXT.match(text, end) is not None


def _hebrew_counts(text: str, start: int, end: int) -> bool:
    """Whether Hebrew שש is six, not "glad": a plural noun follows it (שש נקודות אחוז, שש שנים) or a number
    word (שש עשרה, שש מאות), as the adjective is followed by ל or a verb (שש לעזור, שש אלי קרב)."""
    return _HE_NEXT.match(text, end) is not None


# Bengali number words (ছয় দশকের "six decades", তিন হাজার 3,000); এক "one" is also "a" and নয় "nine" also "is not",
# so both are left out. সাড়ে "and a half" comes before its figure (সাড়ে তিন হাজার 3,500): read as 0.5 added to the
# figure after it, alone it is no figure (numbers drops a lone half with no scale word); দেড় 1.5, আড়াই 2.5
WORDS["bn"] = ("দুই:2 দু:2 তিন:3 চার:4 পাঁচ:5 ছয়:6 ছয়:6 সাত:7 আট:8 দশ:10 এগারো:11 বারো:12 পনেরো:15 বিশ:20 "
               "পঁচিশ:25 ত্রিশ:30 চল্লিশ:40 পঞ্চাশ:50 ষাট:60 সত্তর:70 আশি:80 নব্বই:90 একশ:100 একশো:100 দুইশ:200 "
               "সাড়ে:0.5 সাড়ে:0.5 দেড়:1.5 দেড়:1.5 আড়াই:2.5 আড়াই:2.5")
# Catalan (dues setmanes, tres anys, vint-i-cinc, trenta-dos); u/un/una "one" is also "a", nou "nine" also
# "new" (el nou govern) and deu "ten" also "owes": all left out
_CA_UNITS = "dos:2 dues:2 tres:3 quatre:4 cinc:5 sis:6 set:7 vuit:8"
_CA_TENS = ("deu:10 onze:11 dotze:12 tretze:13 catorze:14 quinze:15 setze:16 disset:17 divuit:18 dinou:19 vint:20 "
            "trenta:30 quaranta:40 cinquanta:50 seixanta:60 setanta:70 vuitanta:80 noranta:90 cent:100")
WORDS["ca"] = " ".join((_CA_UNITS, _CA_TENS.replace("deu:10 ", ""),
                        *(f"vint-i-{w}:{20 + int(v)}" for w, v in (i.split(":") for i in _CA_UNITS.split()))))
# letters a number word must not sit inside, beyond \w (the vowel signs: তিন is not the তিন of তিনি "he")
EDGE_LETTERS = {"bn": BENGALI_LETTERS, "si": _sinhala.SINHALA_LETTERS}
WORDS["si"] = _sinhala.WORDS  # වසර පහකට "for five years", තිදෙනෙකු "three people" (numwordssinhala.py)

# number words that count only where the next word says so (the language's test of it in COUNTS)
COUNT_ONLY = {"ar": frozenset(AR_COUNT_ONLY), "he": frozenset({"שש", "ושש"}), "si": _sinhala.COUNT_ONLY}
COUNTS = {"ar": _arabic_counts, "he": _hebrew_counts, "si": _sinhala.counts}

# Each language group's own tables, merged in one place: Lithuanian and Latvian (numwordsbaltic: 23,4 mln. eurų,
# trys metai), Azerbaijani, Kazakh, Uzbek, Mongolian (numwordsturkic: 40 min, 30 миллиард теңге), Burmese
# (numwordsburmese: ၄၅ ဘီလီယံ), Tagalog, Georgian, Armenian, Macedonian, Amharic (numwordsmore: 15 bilyong piso)
for _group in (_baltic, _turkic, _burmese, _more):
    SCALES += _group.SCALES
    CURRENCIES.update(_group.CURRENCIES)
    PERCENT_WORDS += _group.PERCENT_WORDS
    UNITS.update(getattr(_group, "UNITS", {}))
    WORDS.update(getattr(_group, "WORDS", {}))
