"""Dates, months and weekdays in many languages, as mentions with exact spans.

``im März`` is March, ``3 juillet`` is July 3, ``12 марта 2022 г.`` is March 12, 2022, ``7月3日`` is July 3,
``Mart'ta`` is March, ``星期一`` is Monday (Korean ``3월 12일`` and Vietnamese ``ngày 12 tháng 3``:
:mod:`.datesnumbered`). Month words that are also ordinary words (Romanian ``mai``
"more", Turkish ``Ekim`` "sowing", French ``Mars`` the planet, English "May" and "march") count only next
to a figure (``15 mai``, ``mai 2020``) or, in English, after a preposition (``in May``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from functools import lru_cache

from .datemention import DateMention, year_in
from .datesbaltic import AMBIGUOUS as BALTIC_AMBIGUOUS
from .datesczech import czech_word_ok
from .datesarabic import arabic_ordinal_days
from .datesextra import MONTHS as _MORE_MONTHS, WEEKDAYS as _MORE_WEEKDAYS, bulgarian_word_ok, croatian_month
from .slovak import slovak_word_ok
from .dateshebrew import hebrew_dates
from .dateskhmer import khmer_dates
from .datesthai import thai_dates
from .dateshindi import hindi_dates
from .datesbengali import bengali_dates
from .datessinhala import sinhala_dates
from .datespashto import is_pashto, pashto_dates
from .datesurdu import is_urdu, urdu_dates
from .datestamil import tamil_dates
from .datesbikram import bikram_dates, roman_bikram_dates
from .datesethiopian import ethiopian_dates, roman_ethiopian_dates
from .datescjk import cjk_dates
from .datespersian import persian_dates, roman_solar_dates
from .dateshungarian import hungarian_numeric_dates, tables as _hungarian_tables, year_before
from .datesindonesian import indonesian_dates
from .datesnumbered import numbered_dates
from .datesportuguese import english_bracketed_days, portuguese_weekdays
from .datesromanian import romanian_dates
from .numbers import ascii_digits
from .yearmonth import year_months

_MONTHS = {
    "en": "january february march april may june july august september october november december",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "de": "januar februar märz april mai juni juli august september oktober november dezember",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
    "ru": "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь",
    "ru2": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "ru3": "январе феврале марте апреле мае июне июле августе сентябре октябре ноябре декабре",
    "uk": "січень лютий березень квітень травень червень липень серпень вересень жовтень листопад грудень",
    "uk2": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    "uk3": "січні лютому березні квітні травні червні липні серпні вересні жовтні листопаді грудні",
    "pl": "styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad grudzień",
    "pl2": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "pl3": "styczniu lutym marcu kwietniu maju czerwcu lipcu sierpniu wrześniu październiku listopadzie grudniu",
    # Polish instrumental (przed marcem "before March", między styczniem a marcem)
    "pl4": "styczniem lutym marcem kwietniem majem czerwcem lipcem sierpniem wrześniem październikiem listopadem "
           "grudniem",
    "tr": "ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık",
    "et": "jaanuar veebruar märts aprill mai juuni juuli august september oktoober november detsember",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince",
    "cs2": "leden únor březen duben květen červen červenec srpen září říjen listopad prosinec",
    # Czech locative and dative (v březnu "in March", k 31. březnu) and instrumental (před březnem "before March")
    "cs3": "lednu únoru březnu dubnu květnu červnu červenci srpnu září říjnu listopadu prosinci",
    "cs4": "lednem únorem březnem dubnem květnem červnem červencem srpnem zářím říjnem listopadem prosincem",
    "el": "ιανουαρίου φεβρουαρίου μαρτίου απριλίου μαΐου ιουνίου ιουλίου αυγούστου σεπτεμβρίου "
          "οκτωβρίου νοεμβρίου δεκεμβρίου",
    "id": "januari februari maret april mei juni juli agustus september oktober november desember",
    "ar": "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",
    "ar2": "كانون_الثاني شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين_الأول تشرين_الثاني كانون_الأول",
    "abbr": "jan feb mar apr _ jun jul aug sep oct nov dec",
    "abbr2": "janv févr _ avr _ _ juil _ sept okt _ déc",
    "abbr3": "_ _ mär _ _ _ _ _ _ _ _ dez",
    "abbr4": "_ _ mrt _ _ _ _ _ _ _ _ _",  # Dutch: 3 mrt. 2025
}
_WEEKDAYS = {
    "en": "monday tuesday wednesday thursday friday saturday sunday",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "de": "montag dienstag mittwoch donnerstag freitag samstag sonntag",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo",
    "ro": "luni marți miercuri joi vineri sâmbătă duminică",
    "ru": "понедельник вторник среда четверг пятница суббота воскресенье",
    "ru2": "понедельника вторника среду четверга пятницу субботу воскресенья",
    "uk": "понеділок вівторок середа четвер п'ятниця субота неділя",
    "uk2": "понеділка вівторка середу четверга п'ятницю суботу неділю",
    "pl": "poniedziałek wtorek środa czwartek piątek sobota niedziela",
    "pl2": "poniedziałku wtorku środę czwartku piątku sobotę niedzielę",
    # Polish weekdays in every case news uses: w środę / od środy / przed środą / w środzie (locative);
    # plural w poniedziałki "on Mondays"
    "pl3": "poniedziałkiem wtorkiem środy czwartkiem piątkiem soboty niedzieli",
    "pl4": "poniedziałkowi wtorkowi środą czwartkowi piątkowi sobotą niedzielą",
    "pl5": "poniedziałki wtorki środzie czwartki piątki sobocie niedziele",
    "pl6": "_ _ środom _ _ sobotom niedzielom",
    # Czech weekdays in every case news uses: nominative, accusative (ve středu "on Wednesday", v sobotu),
    # genitive (od středy, do pátku), dative and locative (ke středě, v neděli), instrumental (před středou)
    "cs": "pondělí úterý středa čtvrtek pátek sobota neděle",
    "cs2": "_ _ středu _ _ sobotu neděli",
    "cs3": "_ _ středy čtvrtka pátku soboty _",
    "cs4": "_ _ středě čtvrtku _ sobotě _",
    "cs5": "pondělím úterým středou čtvrtkem pátkem sobotou nedělí",
    "tr": "pazartesi salı çarşamba perşembe cuma cumartesi pazar",
    "et": "esmaspäev teisipäev kolmapäev neljapäev reede laupäev pühapäev",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "sv": "måndag tisdag onsdag torsdag fredag lördag söndag",
    "id": "senin selasa rabu kamis jumat sabtu minggu",
    "id2": "_ _ _ _ jum'at _ _",
    "ar": "الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد",
}
# Greek months in every case news uses: the genitive of a date (12 Μαρτίου, above), the accusative and
# nominative (τον Μάρτιο, ο Μάρτιος) and the spoken forms (Μάρτη, Μάης, Γενάρη); weekdays in the accusative
# (την Τρίτη) and the genitive (της Τρίτης). Looked up without accents (Μαίου, ΜΑΡΤΙΟΥ).
_MONTHS.update({
    "el2": "ιανουάριο φεβρουάριο μάρτιο απρίλιο μάιο ιούνιο ιούλιο αύγουστο σεπτέμβριο οκτώβριο νοέμβριο δεκέμβριο",
    "el3": "ιανουάριος φεβρουάριος μάρτιος απρίλιος μάιος ιούνιος ιούλιος αύγουστος σεπτέμβριος οκτώβριος "
           "νοέμβριος δεκέμβριος",
    "el4": "γενάρη φλεβάρη μάρτη απρίλη μάη ιούνη ιούλη _ σεπτέμβρη οκτώβρη νοέμβρη δεκέμβρη",
    "el5": "γενάρης φλεβάρης μάρτης απρίλης μάης ιούνης ιούλης _ σεπτέμβρης οκτώβρης νοέμβρης δεκέμβρης",
})
# Romanian weekdays with the article (sâmbăta trecută "last Saturday", joia "on Thursdays") and in the
# genitive (în noaptea de vineri spre sâmbătă, dimineața zilei de joi; ședința marții), with cedillas (marţi)
# and without diacritics (marti, sambata); bare "luni" (also "months"): :mod:`.datesromanian`
_WEEKDAYS.update({
    "ro2": "lunea marțea miercurea joia vinerea sâmbăta duminica",
    "ro3": "_ marții _ joii vinerii sâmbetei duminicii",
    "ro4": "_ marţi _ _ _ sîmbătă _", "ro5": "_ marti _ _ _ sambata _", "ro6": "_ marţea _ _ _ sîmbăta _",
})
_MONTHS["abbr_ro"] = "ian febr _ _ _ iun iul _ _ _ noiem _"
# Hungarian months and weekdays with their case endings (márciusban, kedden, szerdán): :mod:`.dateshungarian`
_MONTHS.update(_hungarian_tables()[0])
_WEEKDAYS.update(_hungarian_tables()[1])
# Dutch glues the part of the day to the weekday: dinsdagmiddag "on Tuesday afternoon", zondagavond, vrijdagnacht
_WEEKDAYS.update({f"nl{part}": " ".join(d + part for d in _WEEKDAYS["nl"].split())
                  for part in ("ochtend", "morgen", "middag", "avond", "nacht")})
# German glues the part of the day to the weekday too (Samstagabend "on Saturday evening", Montagmorgen,
# Freitagnacht); samstags "on Saturdays"; Sonnabend is northern German for Saturday
_WEEKDAYS.update({f"de{part}": " ".join(d + part for d in _WEEKDAYS["de"].split())
                  for part in ("morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht", "s")})
_WEEKDAYS["de2"] = "_ _ _ _ _ sonnabend _"
_WEEKDAYS["de3"] = "_ _ _ _ _ sonnabends _"
# Swedish weekdays in the forms news uses: på tisdagen "on Tuesday", i tisdags "last Tuesday", tisdagens möte,
# tisdagar "Tuesdays", and glued to the part of the day (tisdagskvällen, onsdagsmorgon, natten till lördagen:
# lördagen); Danish and Norwegian weekdays (mandag, tirsdag, lørdag, søndag) and their months (da marts, no desember)
_WEEKDAYS.update({f"sv{form}": " ".join(d + form for d in _WEEKDAYS["sv"].split())
                  for form in ("en", "ens", "s", "ar", "arna")})
_WEEKDAYS.update({f"sv{part}": " ".join(d + "s" + part for d in _WEEKDAYS["sv"].split())
                  for part in ("morgon", "morgonen", "förmiddag", "förmiddagen", "eftermiddag", "eftermiddagen",
                               "kväll", "kvällen", "natt", "natten")})
_WEEKDAYS["da"] = "mandag tirsdag onsdag torsdag fredag lørdag søndag"
_MONTHS["no"] = "januar februar mars april mai juni juli august september oktober november desember"
_MONTHS["da"] = "januar februar marts april maj juni juli august september oktober november december"
_MONTHS.update(_MORE_MONTHS); _WEEKDAYS.update(_MORE_WEEKDAYS)  # ca, fi, hr, bg: datesextra.py
_WEEKDAYS.update({
    "el": "δευτέρα τρίτη τετάρτη πέμπτη παρασκευή σάββατο κυριακή",
    "el2": "δευτέρας τρίτης τετάρτης πέμπτης παρασκευής σαββάτου κυριακής",
})
# Greek weekdays that are also ordinals (τρίτη "third", πέμπτης "fifth"): a weekday only in capitals and not
# opening a sentence ("Τρίτη σε σειρά χρονιά" is "a third year running") unless a date follows
_GREEK_RE = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")


def _greek_key(word: str) -> str:
    s = unicodedata.normalize("NFD", word.lower())
    return "".join(c for c in s if not unicodedata.combining(c)).replace("ς", "σ")


_GREEK_ORDINAL_DAYS = frozenset(map(_greek_key, "δευτέρα τρίτη τετάρτη πέμπτη δευτέρας τρίτης τετάρτης πέμπτης".split()))


@lru_cache(maxsize=1)
def _greek_table() -> dict[str, tuple[str, int, str]]:
    return {_greek_key(w): hit for w, hit in _table().items() if hit[2].startswith("el")}


def _greek_weekday_ok(t: str, word: str, a: int, b: int, lo: int, hi: int) -> bool:
    if _greek_key(word) not in _GREEK_ORDINAL_DAYS:
        return True
    if not word[0].isupper():
        return False
    before = t[lo:a].rstrip(" \u00a0\t«\"“(")
    return bool(before) and before[-1] not in ".!?;:\u037e\n" or re.match(r"[\s,]+\d", t[b:hi]) is not None


# Month and weekday words that are ordinary words too: they count only next to a figure.
AMBIGUOUS = frozenset(
    "may march august june april mai maj maja marca luty lutego lutym ocak nisan ekim kasım aralık "
    "mayıs şubat مارس آب luni среда середа salı cuma pazar domingo sábado sabato segunda-feira minggu marta mája".split()
) | BALTIC_AMBIGUOUS
_SUFFIX_LANG_STEMS = ("tr", "et", "et2", "az", "kk")  # that glue case endings to months (Mart'ta, märtsis, наурызда)
ENGLISH_MONTHS = _MONTHS["en"].split()
ENGLISH_WEEKDAYS = _WEEKDAYS["en"].split()
_EN_PREPS = frozenset("in on since until till by from to of during through early late mid last next this between".split())
# Polish months that are ordinary words too (luty "fierce", Maja a name) are months after a preposition or
# "the start/middle/end of": w lutym, od marca, do maja, na początku marca, pod koniec lutego, w połowie maja
_PL_PREPS = frozenset("w we od do z ze na przed po początku końca połowie połowy koniec początek".split())
_PL_AMBIGUOUS = frozenset("maj maja marca luty lutego lutym".split())
# Swedish and Danish maj is May after a preposition too: i maj, sedan maj, i början av maj (Maja is a name)
_SV_MAJ_PREPS = frozenset("i sedan till från före efter under av början mitten slutet".split())


@lru_cache(maxsize=1)
def _suffix_stems() -> frozenset[str]:
    return frozenset(w for lang in _SUFFIX_LANG_STEMS for t in (_MONTHS, _WEEKDAYS) for w in t.get(lang, "").split())


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[str, int, str]]:
    """word -> ("month" | "weekday", number, language key)."""
    out: dict[str, tuple[str, int, str]] = {}
    for kind, tables in (("month", _MONTHS), ("weekday", _WEEKDAYS)):
        for lang, words in tables.items():
            for i, w in enumerate(words.split()):
                if w != "_":
                    out.setdefault(w.replace("_", " "), (kind, i + 1, lang))
    return out


_WORD_RE = re.compile(r"[^\W\d_]+(?:[-_'’][^\W\d_]+)*", re.UNICODE)
_NUMERIC_RE = re.compile(r"(?<![\d.])(\d{1,2})[./](\d{1,2})[./](\d{4})(?![\d.])|(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")


def date_mentions(text: str, start: int = 0, end: int | None = None, english: bool = False) -> list[DateMention]:
    """Every date, month or weekday in ``text[start:end]``; ``english`` reads the draft's conventions."""
    end = len(text) if end is None else end
    t = ascii_digits(text)
    out = _word_dates(t, start, end, english) + cjk_dates(t, start, end) + _numeric_dates(t, start, end, english)
    if not english:  # Korean and Vietnamese: 3월 12일, ngày 12 tháng 3
        out += numbered_dates(t, start, end)
        out += portuguese_weekdays(t, start, end)  # nesta terça (12), no domingo
        out += romanian_dates(t, start, end)  # Guvernul a aprobat luni; în luna mai
        out += hindi_dates(t, start, end) + sinhala_dates(t, start, end)  # 14 अगस्त, मंगलवार; නොවැම්බර් 13
        out += bengali_dates(t, start, end)  # ৩১ আগস্ট, বৃহস্পতিবার
        out = bikram_dates(t, start, end) + out  # मंसिर १८ गते (Nepal's calendar; before any other reading)
        out = ethiopian_dates(t, start, end) + out  # መጋቢት 5 ቀን 2016 ዓ.ም (Ethiopia's calendar)
        out += hungarian_numeric_dates(t, start, end)  # 2024. 09. 17.
        out += hebrew_dates(t, start, end)  # 12 במרץ 2024, ביום שלישי
        out += khmer_dates(t, start, end)  # ថ្ងៃពុធ ទី៩ ខែតុលា ឆ្នាំ២០២៤
        out += thai_dates(t, start, end)  # วันพุธที่ 15 มกราคม 2568, 20 ก.พ. 68
        out += indonesian_dates(t, start, end)  # Selasa (12/3), pada Minggu
        out += year_months(t, start, end)  # 2005.09―2006.01 (a CV's timeline)
        out = arabic_ordinal_days(t, out, start)  # في الثاني من كانون الأول
        out += tamil_dates(t, start, end)  # நவ. 14, செவ்வாய்க்கிழமை
        if is_pashto(t):  # د جنوري په ۱۶مه, ۱۵ حوت ۱۴۰۲, د سه شنبې په ورځ (and no Iranian month: دی is "is")
            out = pashto_dates(t, start, end) + out
        elif is_urdu(t):  # 16 جون, جمعہ کی شب (and no Iranian month: Urdu دی is "gave")
            out = urdu_dates(t, start, end) + out
        else:
            out = persian_dates(t, start, end) + out  # ۱۵ اسفند ۱۴۰۲ (and ۱۴۰۲/۱۲/۱۵ before any Gregorian reading)
    else:
        out = roman_solar_dates(t, start, end) + roman_bikram_dates(t, start, end) + out  # "15 Esfand 1402", "Mangsir 20"
        out = roman_ethiopian_dates(t, start, end) + out  # "Megabit 5, 2016 E.C."
        out += english_bracketed_days(t, start, end)  # MT keeps the Brazilian "this Monday (9)"
    out.sort(key=lambda d: (d.start, -d.end))
    kept: list[DateMention] = []
    for d in out:
        if kept and d.start < kept[-1].end:
            continue
        if kept and d.month and d.month == kept[-1].month and d.day is None and t[kept[-1].end : d.start].strip() in ("/", "("):
            # one month by its two names: ديسمبر/كانون الأول, ٢٨ مارس (آذار), ٥ أيار/مايو ٢٠٢٤
            kept[-1] = replace(kept[-1], end=d.end, year=kept[-1].year or d.year)
            continue
        kept.append(d)
    return kept


def _lookup(word: str, english: bool) -> tuple[str, int, str] | None:
    low = " ".join(word.lower().replace("’", "'").split())
    table = _table()
    if _GREEK_RE.match(low):
        return None if english else _greek_table().get(_greek_key(low))
    hit = table.get(low)
    if hit and english and hit[2] not in ("en", "abbr") and low != "sept":  # AP style: Sept. 12
        return None
    if hit or english:
        return hit
    if "'" in low:  # Turkish: Mart'ta, Ocak'ta
        hit = table.get(low.split("'")[0])
        if hit:
            return hit
    for n in range(len(low) - 1, 3, -1):  # Estonian and Turkish endings: märtsis, augustil, ekimde
        if low[:n] in _suffix_stems() and len(low) - n <= 4:
            return table[low[:n]]
    return None


# Turkish writes an apostrophe before the case ending of a proper noun only (Nisan'da "in April", but nisanda
# "at the engagement"), and names the month a month: "Ocak ve Şubat aylarında", "Mart ayında".
# A weekday likewise: "Salı günü" (on Tuesday), but salı "the raft".
_TR_MONTH_AFTER_RE = re.compile(r"(?:\s+ve\s+[^\W\d_]+)?\s+(?:ay(?:ı|ın|ında|ından|ına|lar|ları|larında|larından)?"
                                r"|gün(?:ü|ünden|üne|leri)?)\b")
# Levantine Arabic names four months in two words: كانون الثاني (January), تشرين الأول (October)
_DATE_WORD_RE = re.compile(r"(?:كانون|تشرين)\s[^\W\d_]+|(?i:bazar\s+ertəsi|(?:çərşənbə|cümə)\s+axşamı)\b|" + _WORD_RE.pattern, re.UNICODE)


def _month_for_sure(t: str, m: re.Match, english: bool, end: int) -> bool:
    word = m.group().replace("’", "'")
    if english or not word[0].isupper():
        return False
    return "'" in word or _TR_MONTH_AFTER_RE.match(t, m.end(), end) is not None


# An elided article or preposition glued to a month: Italian nell'aprile, dall'agosto, French d'avril, l'octobre
_POSSESSIVE_RE = re.compile(r"['’]s$")
_ELIDED_RE = re.compile(r"(?:l|d|dell|nell|all|dall|sull|qu)['’](?=[^\W\d_])", re.IGNORECASE)


def _word_dates(t: str, start: int, end: int, english: bool) -> list[DateMention]:
    out = []
    for m in _DATE_WORD_RE.finditer(t, start, end):
        word, (a, b) = m.group(), m.span()
        if english and _POSSESSIVE_RE.search(word):  # Thursday's session, Sunday's election
            word, b = word[:-2], b - 2
        elided = None if english else _ELIDED_RE.match(word)
        if elided:
            word, a = word[elided.end() :], a + elided.end()
        hit = _lookup(word, english)
        if hit is None:
            continue
        kind, num, lang = hit
        if lang.startswith("abbr") and not (b < end and t[b] == "."):
            if not english or word[0].islower():
                continue
        dot = b + 1 if lang.startswith("abbr") and b < end and t[b] == "." else b  # AP style "Oct. 26, 2024"
        day, day_span = _day_near(t, a, dot, start, end)
        num = croatian_month(t, word.lower(), day_span, num)  # 1. listopada
        year = _year_after(t, dot, end)
        if year is None and lang.startswith("hu") and kind == "month":
            year = year_before(t, a, start)  # 2024. március 15.
        low = word.lower()
        if english and (not word[0].isupper()):
            continue
        if low == "mars" and word[0].isupper() and day is None:
            continue  # the planet; French months are written in lower case
        if (low.split("'")[0] in AMBIGUOUS or (english and low in AMBIGUOUS)) and not _month_for_sure(t, m, english, end):
            prev = t[max(start, a - 12) : a].split()
            if day is None and year is None and not (english and prev and prev[-1].lower() in _EN_PREPS) and not (
                    not english and low in _PL_AMBIGUOUS and prev and prev[-1].lower() in _PL_PREPS) and not (
                    not english and low == "maj" and prev and prev[-1].lower() in _SV_MAJ_PREPS) and not (
                    english and _second_month(t, out, a, prev)):
                continue
        if lang.startswith("cs") and not czech_word_ok(t, low, a, b, start, end, day, year):
            continue
        if lang.startswith("bg") and not bulgarian_word_ok(t, low, a, b, start, end):
            continue
        if lang.startswith("sk") and not slovak_word_ok(t, low, a, b, start, end):
            continue
        if kind == "weekday":
            if lang.startswith("el") and not _greek_weekday_ok(t, word, a, b, start, end):
                continue
            out.append(DateMention(a, b, weekday=num, word=(a, b)))
        else:
            lo = min(a, day_span[0]) if day_span else a
            hi = max(b, day_span[1]) if day_span else b
            out.append(DateMention(lo, hi, month=num, day=day, year=year, word=(a, b), day_span=day_span))
            if day_span:
                out += _second_days(t, num, year, day_span, a, b, start, end)
    return out


def _second_month(t: str, out: list[DateMention], a: int, prev: list[str]) -> bool:
    """The second month of a pair or range: "between April and June", "in March or May"."""
    return bool(prev) and prev[-1].lower() in ("and", "or", "to") and bool(out) and out[-1].month is not None \
        and out[-1].day is None and a - out[-1].end <= 6


# A second day of the same month: "July 17 and 22," / "17 and 22 July" / "17-22 juillet". After the month
# the second figure must end the phrase (a stop, a year, the end): "July 17 and 22 people" keeps 22 a count.
# Dutch and Nordic too: "14 en 15 november", "3 tot 5 mei", "14 och 15 november", "14 og 15. november";
# Turkish "21 ve 22 Haziran", "21 ile 25 Haziran arasında"
_JOIN = r"\s*(?:and|or|to|through|&|et|au|und|bis|y|al|e|i|a|en|tot|t/m|och|og|ve|ile|и|și|ja|і|й|та|до|на|по|-|–|—)\s*"
_SECOND_AFTER_RE = re.compile(_JOIN + r"(\d{1,2})(?:st|nd|rd|th)?(?=\s*(?:[,.;:)]|$|\d{4}))")
# the second day may take its article: "el 14 y el 15 de noviembre", "14 i el 15 de novembre", "le 14 et le 15"
_FIRST_BEFORE_RE = re.compile(r"(?<![\d.,])(\d{1,2})(?:st|nd|rd|th|\.)?" + _JOIN + r"(?:(?:el|le|il|lo|the)\s+)?$")


def _second_days(t: str, month: int, year: int | None, day_span: tuple[int, int], a: int, b: int,
                 lo: int, hi: int) -> list[DateMention]:
    """The other day of a pair or range written with one month name, as a date of its own."""
    if day_span[0] > b:  # the day follows the month: look past it
        m = _SECOND_AFTER_RE.match(t, day_span[1], hi)
    else:  # the day comes first: look before it
        m = _FIRST_BEFORE_RE.search(t, max(lo, day_span[0] - 16), day_span[0])
    if m is None or not 1 <= int(m.group(1)) <= 31:
        return []
    span = m.span(1)
    return [DateMention(span[0], span[1], month=month, day=int(m.group(1)), year=year, day_span=span)]


# (never the minutes of a time: "at 17:07 of July 13")
# the day may be an ordinal: 3. Juli, 3-го, 1er mai, the 14th of February, Spanish 1.º / 1º de mayo, Italian 1° / 1º maggio
_DAY_BEFORE_RE = re.compile(r"(?<![\d:：])(\d{1,2})(?:\.º|\.|-?го|-?е|er|e|º|°|st|nd|rd|th|ης|η|:[ea])?\s*(?:de\s+|of\s+|d['’])?$")  # Swedish den 3:e mars; Catalan 2 d'abril
_DAY_AFTER_RE = re.compile(r"\s*(\d{1,2})(?:st|nd|rd|th)?(?!\d)")
_YEAR_AFTER_RE = re.compile(r"[\s,]*(?:del?\s+|of\s+|του\s+)?(\d{4})(?!\d)")


def _day_near(t: str, a: int, b: int, lo: int, hi: int) -> tuple[int | None, tuple[int, int] | None]:
    m = _DAY_BEFORE_RE.search(t, max(lo, a - 12), a)
    if m and 1 <= int(m.group(1)) <= 31:
        return int(m.group(1)), m.span(1)
    m = _DAY_AFTER_RE.match(t, b, hi)
    if m and 1 <= int(m.group(1)) <= 31 and not (m.end() < hi and t[m.end()].isdigit()):
        return int(m.group(1)), m.span(1)
    return None, None


def _year_after(t: str, b: int, hi: int) -> int | None:
    """A year after the month word, past a day if there is one ("July 3, 2023", "3 juillet 2023")."""
    day = _DAY_AFTER_RE.match(t, b, hi)
    m = _YEAR_AFTER_RE.match(t, day.end() if day and len(day.group(1)) <= 2 else b, hi)
    if m is None and day:
        m = _YEAR_AFTER_RE.match(t, b, hi)
    return year_in(m)


def _numeric_dates(t: str, start: int, end: int, english: bool) -> list[DateMention]:
    out = []
    for m in _NUMERIC_RE.finditer(t, start, end):
        if m.group(4):
            y, mo, d = int(m.group(4)), int(m.group(5)), int(m.group(6))
        else:
            a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
            d, mo = (b, a) if english and "/" in m.group() else (a, b)  # US drafts write month first
        if 1 <= mo <= 12 and 1 <= d <= 31:
            out.append(DateMention(m.start(), m.end(), month=mo, day=d, year=y))
    return out


def month_name(n: int) -> str:
    return ENGLISH_MONTHS[n - 1].capitalize()


def weekday_name(n: int) -> str:
    return ENGLISH_WEEKDAYS[n - 1].capitalize()
