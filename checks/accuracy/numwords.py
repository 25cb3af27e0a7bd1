"""Words that carry numbers, in many languages: scale words, currencies, units, percent, number words.

Tables only; :mod:`checks.accuracy.numbers` reads them. Keys are lower case. A scale word maps to its
multipliers; most have one, a few differ by language (German and French ``Billion`` is 10^12, English
``billion`` 10^9), and a side whose language is known reads its own (:func:`scale_words`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from . import points as _points
from .devanagari import LETTERS as _DEVANAGARI, nukta_forms
from . import numtables as _more
from . import hebrew as _he
from . import khmer as _km
from . import thai as _th
from . import persian as _fa
from . import pashto as _ps
from . import numwordsnordic as _nordic, numwordsestonian as _et, ordinalwords as _ordinals
from . import numwordsindonesian as _id
from .turkishforms import turkish_forms
from .numwordshungarian import CURRENCIES_HU, PERCENT_HU, SCALES_HU, UNITS_HU, WORDS_HU
from .scripts import CJK_LETTERS

K, M, B, T = 1e3, 1e6, 1e9, 1e12

# (word, multiplier, languages or "" for all); regex-safe words, longest matched first.
_SCALES = [
    ("thousand", K, ""), ("thousands", K, ""), ("k", K, "en"), ("million", M, "en fr"), ("millions", M, "en fr"),
    ("mn", M, "en"), ("m", M, "en"), ("mln", M, ""), ("mio", M, ""), ("mio.", M, ""), ("billion", B, "en"),
    ("billions", B, "en"), ("bn", B, "en"), ("b", B, "en"), ("trillion", T, "en"), ("tn", T, "en"),
    ("mille", K, "fr it"), ("milliard", B, "fr"), ("milliards", B, "fr"), ("md", B, "fr"), ("mds", B, "fr"),
    ("mrd", B, ""), ("mrd.", B, ""), ("billion", T, "fr de"), ("billions", T, "fr"),
    ("tausend", K, "de"), ("million", M, "de"), ("millionen", M, "de"), ("milliarde", B, "de"),
    ("milliarden", B, "de"), ("billionen", T, "de"), ("tsd", K, "de"), ("tsd.", K, "de"),
    ("mil", K, "es pt"), ("mill.", M, "es"), ("mill", M, "es"), ("millón", M, "es"), ("millones", M, "es"), ("mil millones", B, "es"),
    ("millardo", B, "es"), ("millardos", B, "es"), ("billón", T, "es"), ("billones", T, "es"),
    ("mila", K, "it"), ("milione", M, "it"), ("milioni", M, "it"), ("miliardo", B, "it"), ("miliardi", B, "it"),
    ("milhão", M, "pt"), ("milhões", M, "pt"), ("mil milhões", B, "pt"), ("bilhão", B, "pt"),
    ("bilhões", B, "pt"), ("bilião", T, "pt"), ("biliões", T, "pt"),
    # Brazilian bilhão is 10^9 and trilhão 10^12 (European bilião is 10^12); Brazilian news abbreviates
    # them after the figure: R$ 450 mi, R$ 3,2 bi, R$ 1 tri
    ("trilhão", T, "pt"), ("trilhões", T, "pt"), ("mi", M, "pt"), ("bi", B, "pt"), ("tri", T, "pt"),
    ("mii", K, "ro"), ("mie", K, "ro"), ("milion", M, "ro pl"), ("milioane", M, "ro"), ("miliard", B, "ro pl"),
    ("miliarde", B, "ro"), ("mld", B, ""), ("mld.", B, ""),
    ("тыс", K, ""), ("тыс.", K, ""), ("тысяча", K, ""), ("тысячи", K, ""), ("тысяч", K, ""), ("тысячу", K, ""),
    ("млн", M, ""), ("млн.", M, ""), ("миллион", M, ""), ("миллиона", M, ""), ("миллионов", M, ""),
    ("млрд", B, ""), ("млрд.", B, ""), ("миллиард", B, ""), ("миллиарда", B, ""), ("миллиардов", B, ""),
    ("трлн", T, ""), ("трлн.", T, ""), ("триллион", T, ""), ("триллиона", T, ""), ("триллионов", T, ""),
    ("тис", K, ""), ("тис.", K, ""), ("тисяч", K, ""), ("тисячі", K, ""), ("мільйон", M, ""),
    ("мільйони", M, ""), ("мільйонів", M, ""), ("мільярд", B, ""), ("мільярди", B, ""), ("мільярдів", B, ""),
    ("мільйона", M, ""), ("мільярда", B, ""), ("miliona", M, "pl"), ("miliarda", B, "pl cs"),
    ("tys", K, "pl"), ("tys.", K, "pl"), ("tysiąc", K, "pl"), ("tysiące", K, "pl"), ("tysięcy", K, "pl"),
    ("miliony", M, "pl"), ("milionów", M, "pl"), ("miliardy", B, "pl"), ("miliardów", B, "pl"),
    ("tysiąca", K, "pl"), ("tysiącach", K, "pl"), ("milionach", M, "pl"), ("miliardach", B, "pl"),
    ("bilion", T, "pl"), ("biliona", T, "pl"), ("biliony", T, "pl"), ("bilionów", T, "pl"), ("bln", T, "pl"),
    ("bin", K, "tr"), ("milyon", M, "tr"), ("milyar", B, "tr"),
    ("tuhat", K, "et"), ("tuh", K, "et"), ("miljon", M, "et"), ("miljonit", M, "et"), ("miljard", B, "et"),
    ("miljardit", B, "et"), ("duizend", K, "nl"), ("miljoen", M, "nl"), ("miljard", B, "nl sv"),
    # Estonian genitive before a declined unit: 41,6 miljoni euroni, 1,2 miljardi euro, 5 tuhande euro
    ("miljoni", M, "et"), ("miljardi", B, "et"), ("tuhande", K, "et"),
    # Dutch: biljoen is 10^12 (like German Billion); news abbreviates mln. and mld. / mrd. with or without a stop
    ("biljoen", T, "nl"), ("mln.", M, "nl pl"),
    ("tusen", K, "sv"), ("miljon", M, "sv"), ("miljoner", M, "sv"), ("miljarder", B, "sv"),
    ("tisíc", K, "cs"), ("milionů", M, "cs"), ("milionu", M, "cs"), ("miliard", B, "cs"), ("miliardy", B, "cs"),
    ("χιλ.", K, "el"), ("εκατ.", M, "el"), ("δισ.", B, "el"), ("ألف", K, "ar"), ("مليون", M, "ar"),
    ("مليار", B, "ar"), ("ملايين", M, "ar"), ("مليارات", B, "ar"),
    ("万亿", T, "zh"), ("万億", T, "ja"), ("万", 1e4, "zh ja"), ("萬", 1e4, "zh ja"), ("亿", 1e8, "zh"), ("億", 1e8, "zh ja"), ("千", K, "zh ja"),
    ("百万", M, "zh ja"), ("千万", 1e7, "zh ja"), ("兆", T, "ja"), *_more.THOUSANDS_OF_MYRIADS,
    # Korean counts in myriads like Chinese, in Hangul and with spaces: 45조 7천억 원 (45.7 trillion won)
    ("천", K, "ko"), ("만", 1e4, "ko"), ("십만", 1e5, "ko"), ("백만", M, "ko"), ("천만", 1e7, "ko"), ("억", 1e8, "ko"),
    ("십억", B, "ko"), ("백억", 1e10, "ko"), ("천억", 1e11, "ko"), ("조", T, "ko"),
]
_SCALES += [(f, m, "tr") for w, m in (("bin", K), ("milyon", M), ("milyar", B), ("trilyon", T)) for f in turkish_forms(w)]
_SCALES += [("trilyon", T, "tr")]
# Arabic: the accusative ending (28 ألفاً "28 thousand", ملياراً) and plurals (آلاف, ملايين)
_SCALES += [(w + e, m, "ar") for w, m in (("ألف", K), ("مليون", M), ("مليار", B)) for e in ("اً", "ًا", "ا")]
_SCALES += [("آلاف", K, "ar"), ("تريليون", T, "ar")]

# South Asian scales: lakh (100,000) and crore (10 million) beside thousand, million and billion; Nepali
# and Hindi glue postpositions to the word ("३० लाखको" = of 3 million)
_DEVANAGARI_SCALES = [
    ("हजार", K, "ne hi mr"), ("हज़ार", K, "hi"), ("लाख", 1e5, "ne hi mr"), ("करोड", 1e7, "ne hi mr"),
    ("करोड़", 1e7, "hi"), ("अर्ब", B, "ne"), ("अरब", B, "ne hi"), ("मिलियन", M, "ne hi mr"),
    ("बिलियन", B, "ne hi mr"),
]
_SCALES += _DEVANAGARI_SCALES + [
    (w + p, m, langs) for w, m, langs in _DEVANAGARI_SCALES for p in ("को", "का", "की", "मा", "ले", "सम्म", "भन्दा", "से", "में")
]
_SCALES += _more.SCALES  # Greek, Czech, Hindi, Sinhala, Romanian: numtables.py
_SCALES += _nordic.SCALES  # Swedish, Danish, Norwegian: milj., mdr, biljon, tusind, mia.
_SCALES += SCALES_HU  # Hungarian, in their cases (3,2 milliárdos, 850 millióval): numwordshungarian.py

# Currency words and symbols -> ISO-ish code (what a conversion between two of them is about).
CURRENCIES = {
    "$": "USD", "us$": "USD", "usd": "USD", "dollar": "USD", "dollars": "USD", "доллар": "USD",
    "доллара": "USD", "долларов": "USD", "долл.": "USD", "долл": "USD", "dollari": "USD", "dólares": "USD",
    "dólar": "USD", "dolarów": "USD", "dolari": "USD", "dolar": "USD", "美元": "USD", "ドル": "USD",
    "€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR", "евро": "EUR", "євро": "EUR",
    "欧元": "EUR", "ユーロ": "EUR", "eurot": "EUR", "eurót": "EUR",
    # Estonian declines the currency after a change: kasvas 41,6 miljoni euroni ("to"), eurolt ("from"), euroga
    "euroni": "EUR", "eurolt": "EUR", "eurole": "EUR", "euroga": "EUR", "eurost": "EUR", "dollarit": "USD",
    "£": "GBP", "gbp": "GBP", "pound": "GBP", "pounds": "GBP", "sterling": "GBP", "фунтов": "GBP", "英镑": "GBP",
    "¥": "JPY/CNY", "￥": "JPY/CNY", "cny": "CNY", "rmb": "CNY", "yuan": "CNY", "renminbi": "CNY", "元": "CNY", "人民币": "CNY",
    "юаней": "CNY", "юаня": "CNY", "юань": "CNY",
    "jpy": "JPY", "yen": "JPY", "円": "JPY", "日元": "JPY", "иен": "JPY",
    "₽": "RUB", "rub": "RUB", "руб": "RUB", "руб.": "RUB", "рублей": "RUB", "рубля": "RUB", "рубль": "RUB",
    "rubles": "RUB", "roubles": "RUB", "ruble": "RUB", "rouble": "RUB", "卢布": "RUB",
    "₴": "UAH", "uah": "UAH", "грн": "UAH", "грн.": "UAH", "гривень": "UAH", "гривні": "UAH", "hryvnias": "UAH",
    "hryvnia": "UAH", "₹": "INR", "rupees": "INR", "₩": "KRW", "won": "KRW", "원": "KRW", "달러": "USD", "유로": "EUR", "엔": "JPY", "위안": "CNY", "₺": "TRY", "lira": "TRY", "lei": "RON",
    "ron": "RON", "zł": "PLN", "złotych": "PLN", "zloty": "PLN", "chf": "CHF", "francs": "CHF",
    "tl": "TRY", "liras": "TRY", "egp": "EGP",
    "دولار": "USD", "دولاراً": "USD", "دولارًا": "USD", "دولارا": "USD", "دولارات": "USD", "يورو": "EUR",
    "جنيه": "EGP", "جنيهاً": "EGP", "جنيهًا": "EGP", "جنيها": "EGP", "جنيهات": "EGP",
    "ين": "JPY", "يوان": "CNY", "روبل": "RUB",  # ريال, دينار, درهم, ليرة: one name, several countries' money
    "sterline": "GBP", "libras": "GBP", "franchi": "CHF", "francos": "CHF", "reais": "BRL", "r$": "BRL",
    "libras esterlinas": "GBP", "ienes": "JPY", "iuanes": "CNY", "yuans": "CNY",
    # Polish: zł / złotych / złote / złotego, and the złoty in English (zlotys, PLN)
    "złote": "PLN", "złoty": "PLN", "złotego": "PLN", "złotówek": "PLN", "złotówki": "PLN",
    "pln": "PLN", "zlotys": "PLN", "zlotych": "PLN", "dolary": "USD", "dolara": "USD", "dolarach": "USD",
    "funtów": "GBP", "funty": "GBP", "franków": "CHF", "jenów": "JPY", "juanów": "CNY", "hrywien": "UAH",
}
CURRENCIES.update(_more.CURRENCIES)  # Czech, Greek, Romanian, Hindi: numtables.py
CURRENCIES.update({f: code for w, code in (("dolar", "USD"), ("euro", "EUR"), ("avro", "EUR"), ("lira", "TRY"),
                                          ("sterlin", "GBP")) for f in turkish_forms(w)})
CURRENCIES.update(CURRENCIES_HU)  # forint, forintot, forinttal, HUF (Ft: LANG_CURRENCIES)
# Currencies English calls by one name: the Egyptian pound is "pounds" in a draft as much as sterling is.
CURRENCIES.update(_nordic.CURRENCIES)  # kronor, kr, SEK; kroner, NOK, DKK
_NAMESAKES = (frozenset("GBP EGP LBP SYP SDG SSP".split()), frozenset("INR PKR NPR LKR".split()))  # "rupees"
_NAMESAKES += _nordic.NAMESAKES  # "kr" and "crowns" name every crown


def currencies_differ(a: str, b: str) -> bool:
    """Whether two currency codes name different money (GBP and EGP are both "pounds" in English)."""
    return (not set(a.split("/")) & set(b.split("/"))  # "¥" (JPY/CNY) is the yen's sign and the yuan's: either
            and not any(a in group and b in group for group in _NAMESAKES))

# Units -> (dimension, factor to the SI-ish base unit). Conversions between two units of one dimension
# are recognised when the figures agree within a few percent.
UNITS = {
    "km": ("len", 1000), "kilometres": ("len", 1000), "kilometers": ("len", 1000), "км": ("len", 1000),
    "kilometer": ("len", 1000), "kilomètres": ("len", 1000), "kilómetros": ("len", 1000),
    "chilometri": ("len", 1000), "километров": ("len", 1000), "公里": ("len", 1000), "千米": ("len", 1000),
    "miles": ("len", 1609.344), "mile": ("len", 1609.344), "mi": ("len", 1609.344), "meilen": ("len", 1609.344),
    "m": ("len", 1), "metres": ("len", 1), "meters": ("len", 1), "meter": ("len", 1), "mètres": ("len", 1),
    "metros": ("len", 1), "метров": ("len", 1), "米": ("len", 1), "feet": ("len", 0.3048), "ft": ("len", 0.3048),
    "kg": ("mass", 1), "kilograms": ("mass", 1), "kilos": ("mass", 1), "кг": ("mass", 1), "公斤": ("mass", 1),
    "千克": ("mass", 1), "kilogramm": ("mass", 1), "lb": ("mass", 0.45359237), "lbs": ("mass", 0.45359237),
    "tonnes": ("mass", 1000), "tons": ("mass", 1000), "tonnen": ("mass", 1000), "тонн": ("mass", 1000),
    "吨": ("mass", 1000), "t": ("mass", 1000),
    "ha": ("area", 1e4), "hectares": ("area", 1e4), "га": ("area", 1e4), "公顷": ("area", 1e4),
    "acres": ("area", 4046.856), "km²": ("area", 1e6), "km2": ("area", 1e6), "sq km": ("area", 1e6),
    "square kilometres": ("area", 1e6), "平方公里": ("area", 1e6), "кв. км": ("area", 1e6),
    "m²": ("area", 1), "m2": ("area", 1), "sq m": ("area", 1), "sqm": ("area", 1), "square metres": ("area", 1),
    "square meters": ("area", 1), "平方米": ("area", 1), "м²": ("area", 1), "кв. м": ("area", 1),
    "square miles": ("area", 2.58999e6), "sq mi": ("area", 2.58999e6),
    "°c": ("temp_c", 1), "°f": ("temp_f", 1), "градусов": ("temp_c", 1), "度": ("temp_c", 1),
    "litres": ("vol", 1), "liters": ("vol", 1), "l": ("vol", 1), "литров": ("vol", 1), "gallons": ("vol", 3.785),
    "litri": ("vol", 1), "litros": ("vol", 1), "cubic metres": ("vol", 1000), "cubic meters": ("vol", 1000),
    "m³": ("vol", 1000), "m3": ("vol", 1000), "metri cubi": ("vol", 1000), "metros cúbicos": ("vol", 1000),
    "mètres cubes": ("vol", 1000), "hm³": ("vol", 1e9), "hectómetros cúbicos": ("vol", 1e9),
    "mm": ("len", 0.001), "millimetres": ("len", 0.001), "millimeters": ("len", 0.001), "millimetri": ("len", 0.001),
    "milímetros": ("len", 0.001), "millimètres": ("len", 0.001), "миллиметров": ("len", 0.001),
    "metri": ("len", 1), "chilometri quadrati": ("area", 1e6), "kilómetros cuadrados": ("area", 1e6),
    "tonnellate": ("mass", 1000), "toneladas": ("mass", 1000), "ettari": ("area", 1e4), "hectáreas": ("area", 1e4),
    "quilómetros": ("len", 1000), "quilômetros": ("len", 1000), "quilos": ("mass", 1), "quilogramas": ("mass", 1),
    "quilómetros quadrados": ("area", 1e6), "quilômetros quadrados": ("area", 1e6), "metros quadrados": ("area", 1),
    "graus": ("temp_c", 1), "graus celsius": ("temp_c", 1),
    # glued or spelled small units and power (150-200ml, 5mg, 10cm, 500MW); "g" alone is left out: 5G is a network
    "ml": ("vol", 0.001), "millilitres": ("vol", 0.001), "milliliters": ("vol", 0.001), "毫升": ("vol", 0.001),
    "mg": ("mass", 1e-6), "milligrams": ("mass", 1e-6), "grams": ("mass", 0.001), "克": ("mass", 0.001),
    "мг": ("mass", 1e-6), "毫克": ("mass", 1e-6), "мл": ("vol", 0.001), "мм": ("len", 0.001), "см": ("len", 0.01),
    "cm": ("len", 0.01), "centimetres": ("len", 0.01), "centimeters": ("len", 0.01), "厘米": ("len", 0.01),
    "kw": ("power", 1e3), "kilowatts": ("power", 1e3), "mw": ("power", 1e6), "megawatts": ("power", 1e6),
    "gw": ("power", 1e9), "gigawatts": ("power", 1e9), "千瓦": ("power", 1e3), "兆瓦": ("power", 1e6),
    "kwh": ("energy", 1), "mwh": ("energy", 1e3), "gwh": ("energy", 1e6), "千瓦时": ("energy", 1),
    "nautical miles": ("len", 1852),
    # speed and air pressure of storm reports (110 км/год as "110 mph" is a wrong unit; 915百帕 as "951 hPa")
    "km/h": ("speed", 1), "kph": ("speed", 1), "km/hr": ("speed", 1), "kilometres per hour": ("speed", 1),
    "kilometers per hour": ("speed", 1), "mph": ("speed", 1.609344), "miles per hour": ("speed", 1.609344),
    "m/s": ("speed", 3.6), "metres per second": ("speed", 3.6), "meters per second": ("speed", 3.6),
    "knots": ("speed", 1.852), "км/ч": ("speed", 1), "км/год": ("speed", 1), "м/с": ("speed", 3.6),
    "公里/小时": ("speed", 1), "千米/小时": ("speed", 1), "米/秒": ("speed", 3.6), "km/std": ("speed", 1),
    "hpa": ("pressure", 1), "hectopascals": ("pressure", 1), "mbar": ("pressure", 1), "millibars": ("pressure", 1),
    "百帕": ("pressure", 1), "гпа": ("pressure", 1), "ヘクトパスカル": ("pressure", 1),
    # Dutch (and the English singulars): 450 hectare, 13.600 ton, 2 kubieke meter, 5 graden
    "hectare": ("area", 1e4), "ton": ("mass", 1000), "kilo": ("mass", 1), "kilogram": ("mass", 1),
    "liter": ("vol", 1), "centimeter": ("len", 0.01), "millimeter": ("len", 0.001), "graden": ("temp_c", 1),
    "graden celsius": ("temp_c", 1), "kubieke meter": ("vol", 1000), "vierkante meter": ("area", 1),
    "vierkante kilometer": ("area", 1e6),
}
UNITS.update(_more.UNITS)  # Greek, Hindi, Korean, Romanian: numtables.py

UNITS.update(UNITS_HU)  # Hungarian units in their cases (8,45 méteren)


PERCENT_WORDS = (
    "%", "％", "٪", "per cent", "percent", "percentage points", "prozent", "prozentpunkte", "pour cent", "por ciento",
    "per cento", "por cento", "procent", "procentów", "procente", "процент", "процента", "процентов",
    "п.п.", "відсотка", "відсотків", "відсоток", "protsenti", "protsendi", "yüzde", "‰",
    # Estonian: 19,6 protsendini ("to 19.6 percent"), 2,3 protsendipunkti (points: "punkt" marks it)
    "protsendini", "protsendipunkti", "protsendipunkt",
    "في المائة", "في المئة", "بالمائة", "بالمئة", "pontos percentuais",
    "في المائة", "في المئة", "بالمائة", "بالمئة",
    # Polish: 2 proc. (procent), 1,5 pkt proc. (percentage points)
    "proc.", "proc", "procent", "procenta", "procentach", "procentom", "pkt proc.", "pkt. proc.", "pkt proc",
    "p.p.", "pkt procentowego", "pkt procentowych", "punkt procentowy", "punkty procentowe", "punktu procentowego",
    "punktów procentowych", "percentage point",
    # Czech: 15 procent, 4,75 procenta, 0,5 procentního bodu (p. b.)
    "procento", "procentech", "procentům", "procentní bod", "procentní body", "procentního bodu", "procentních bodů",
    "procentními body", "procentním bodem", "p. b.", "p.b.",
    *PERCENT_HU,  # Hungarian: 15 százalékkal, 0,5 százalékponttal, 15 százaléka
    # Dutch: 15 procent, 0,5 procentpunt (percentage point)
    "procentpunt", "procentpunten",
    "τοις εκατό", "τοις εκατόν", "ποσοστιαίες μονάδες", "ποσοστιαίας μονάδας", "ποσοστιαία μονάδα",
    # Romanian: 15 la sută (or la suta without diacritics), 20 de procente, 0,5 puncte procentuale (pp)
    "la sută", "la suta", "puncte procentuale", "punct procentual", "pp",
    # Hindi: प्रतिशत, फ़ीसदी / फीसदी, फ़ीसद (with every nukta spelling), प्रतिशत अंक (percentage points)
    "प्रतिशत", "प्रतिशत अंक", "प्रतिशत अंकों", *nukta_forms("फ़ीसदी"), *nukta_forms("फ़ीसद"),
    # Nepali glues its postpositions on: ६२.४ प्रतिशतले ("by"), प्रतिशतको ("of"), प्रतिशतमा ("at"), प्रतिशतभन्दा ("than")
    "प्रतिशतले", "प्रतिशतको", "प्रतिशतमा", "प्रतिशतभन्दा", "प्रतिशतसम्म",
    # Korean: 15퍼센트, 0.25%포인트 / 0.25%p / 5퍼센트포인트 (percentage points)
    "퍼센트", "%포인트", "%p", "퍼센트포인트",
)
PERCENT_WORDS += _nordic.PERCENT_WORDS  # procentenheter, prosent, pst.
PERCENT_WORDS += _more.PERCENT_ID  # Indonesian persen, poin persentase; Malay peratus
PERCENT_WORDS += ("phần trăm", "điểm phần trăm")  # Vietnamese: 15 phần trăm, 0,5 điểm phần trăm
PERCENT_WORDS += _points.MORE_POINT_WORDS  # Russian, Ukrainian, German points in their cases

# Number words that stand alone in running text: 2-12, tens and hundreds (1 is left out: "a"/"un"/"ein").
_WORDS = {
    "en": "two:2 three:3 four:4 five:5 six:6 seven:7 eight:8 nine:9 ten:10 eleven:11 twelve:12 thirteen:13 "
          "fourteen:14 fifteen:15 sixteen:16 seventeen:17 eighteen:18 nineteen:19 twenty:20 thirty:30 forty:40 "
          "fifty:50 sixty:60 seventy:70 eighty:80 ninety:90 hundred:100 dozen:12 dozens:0 twice:2",
    "fr": "deux:2 trois:3 quatre:4 cinq:5 six:6 sept:7 huit:8 neuf:9 dix:10 onze:11 douze:12 vingt:20 trente:30 "
          "quarante:40 cinquante:50 cent:100 douzaine:12",
    "de": "zwei:2 drei:3 vier:4 fünf:5 sechs:6 sieben:7 acht:8 neun:9 zehn:10 elf:11 zwölf:12 zwanzig:20 "
          "dreißig:30 vierzig:40 fünfzig:50 hundert:100",
    "es": "dos:2 tres:3 cuatro:4 cinco:5 seis:6 siete:7 ocho:8 nueve:9 diez:10 once:11 doce:12 veinte:20 "
          "treinta:30 cuarenta:40 cincuenta:50 cien:100 trece:13 catorce:14 quince:15 dieciséis:16 diecisiete:17 "
          "dieciocho:18 diecinueve:19 sesenta:60 setenta:70 ochenta:80 noventa:90 doscientos:200 doscientas:200 "
          "trescientos:300 trescientas:300 quinientos:500 quinientas:500",
    "it": "due:2 tre:3 quattro:4 cinque:5 sei:6 sette:7 otto:8 nove:9 dieci:10 undici:11 dodici:12 venti:20 "
          "trenta:30 cento:100 tredici:13 quattordici:14 quindici:15 sedici:16 diciassette:17 diciotto:18 "
          "diciannove:19 quaranta:40 cinquanta:50 sessanta:60 settanta:70 ottanta:80 novanta:90 duecento:200 "
          "trecento:300 cinquecento:500",
    "pt": "dois:2 duas:2 três:3 quatro:4 cinco:5 seis:6 sete:7 oito:8 nove:9 dez:10 onze:11 doze:12 vinte:20 "
          "trinta:30 cem:100 treze:13 catorze:14 quatorze:14 quinze:15 dezasseis:16 dezesseis:16 dezassete:17 "
          "dezessete:17 dezoito:18 dezanove:19 dezenove:19 quarenta:40 cinquenta:50 sessenta:60 setenta:70 "
          "oitenta:80 noventa:90 cento:100 duzentos:200 duzentas:200 trezentos:300 trezentas:300 "
          "quatrocentos:400 quatrocentas:400 quinhentos:500 quinhentas:500 seiscentos:600 seiscentas:600 "
          "setecentos:700 setecentas:700 oitocentos:800 oitocentas:800 novecentos:900 novecentas:900 mil:1000",
    "ro": "doi:2 două:2 trei:3 patru:4 cinci:5 șase:6 șapte:7 opt:8 nouă:9 zece:10 douăzeci:20 treizeci:30 "
          "sută:100 unsprezece:11 doisprezece:12 douăsprezece:12 treisprezece:13 paisprezece:14 "
          "cincisprezece:15 șaisprezece:16 șaptesprezece:17 optsprezece:18 nouăsprezece:19 patruzeci:40 "
          "cincizeci:50 șaizeci:60 șaptezeci:70 optzeci:80 nouăzeci:90 sute:100 mie:1000 zeci:0",
    "ru": "два:2 две:2 двух:2 двум:2 двумя:2 три:3 трёх:3 трех:3 трем:3 четыре:4 четырёх:4 четырех:4 пять:5 "
          "пяти:5 шесть:6 шести:6 семь:7 семи:7 восемь:8 восьми:8 девять:9 девяти:9 десять:10 десяти:10 "
          "двадцать:20 двадцати:20 тридцать:30 сорок:40 пятьдесят:50 сто:100 ста:100 полтора:1.5 полторы:1.5",
    "uk": "два:2 дві:2 двох:2 двом:2 три:3 трьох:3 трьом:3 чотири:4 чотирьох:4 п'ять:5 п'яти:5 шість:6 шести:6 сім:7 "
          "семи:7 вісім:8 восьми:8 дев'ять:9 дев'яти:9 десять:10 десяти:10 двадцять:20 тридцять:30 сорок:40 сто:100",
    "pl": "dwa:2 dwie:2 dwóch:2 trzy:3 trzech:3 cztery:4 pięć:5 sześć:6 siedem:7 osiem:8 dziewięć:9 dziesięć:10 "
          "dwadzieścia:20 sto:100 dwu:2 dwoma:2 dwom:2 trzem:3 trzema:3 czterech:4 czterem:4 czterema:4 pięciu:5 "
          "sześciu:6 siedmiu:7 ośmiu:8 dziewięciu:9 dziesięciu:10 jedenaście:11 dwanaście:12 trzynaście:13 "
          "czternaście:14 piętnaście:15 szesnaście:16 siedemnaście:17 osiemnaście:18 dziewiętnaście:19 "
          "jedenastu:11 dwunastu:12 piętnastu:15 dwudziestu:20 trzydzieści:30 trzydziestu:30 czterdzieści:40 "
          "czterdziestu:40 pięćdziesiąt:50 pięćdziesięciu:50 sześćdziesiąt:60 siedemdziesiąt:70 osiemdziesiąt:80 "
          "dziewięćdziesiąt:90 stu:100 dwieście:200 dwustu:200 trzysta:300 czterysta:400 pięćset:500 "
          "półtora:1.5 półtorej:1.5 pół:0.5 kilkanaście:0 kilkadziesiąt:0 kilkaset:0",
    "nl": "twee:2 drie:3 vier:4 vijf:5 zes:6 zeven:7 acht:8 negen:9 tien:10 twintig:20 honderd:100 elf:11 "
          "twaalf:12 dertien:13 veertien:14 vijftien:15 zestien:16 zeventien:17 achttien:18 negentien:19 "
          "dertig:30 veertig:40 vijftig:50 zestig:60 zeventig:70 tachtig:80 negentig:90 anderhalf:1.5 "
          "anderhalve:1.5",
    "tr": "iki:2 üç:3 dört:4 beş:5 altı:6 yedi:7 sekiz:8 dokuz:9 on:10 yirmi:20 otuz:30 yüz:100",
    "el": "δύο:2 δυο:2 τρία:3 τρεις:3 τριών:3 τέσσερα:4 τέσσερις:4 τεσσάρων:4 πέντε:5 έξι:6 επτά:7 εφτά:7 οκτώ:8 "
          "οχτώ:8 εννέα:9 εννιά:9 δέκα:10 έντεκα:11 ένδεκα:11 δώδεκα:12 είκοσι:20 τριάντα:30 σαράντα:40 "
          "πενήντα:50 εξήντα:60 εβδομήντα:70 ογδόντα:80 ενενήντα:90 εκατό:100 εκατόν:100 διακόσια:200 "
          "διακόσιες:200 διακόσιοι:200 τριακόσια:300 τριακόσιες:300 τριακόσιοι:300 πεντακόσια:500 "
          "πεντακόσιες:500 πεντακόσιοι:500 ενάμισι:1.5 ενάμιση:1.5 μιάμιση:1.5 δεκάδες:0",
    "cs": "dva:2 dvě:2 dvou:2 dvěma:2 tři:3 tří:3 třem:3 třemi:3 čtyři:4 čtyř:4 čtyřech:4 čtyřem:4 čtyřmi:4 "
          "pět:5 pěti:5 šest:6 šesti:6 sedm:7 sedmi:7 osm:8 osmi:8 devět:9 devíti:9 deset:10 deseti:10 "
          "jedenáct:11 dvanáct:12 třináct:13 čtrnáct:14 patnáct:15 šestnáct:16 sedmnáct:17 osmnáct:18 "
          "devatenáct:19 dvacet:20 dvaceti:20 třicet:30 třiceti:30 čtyřicet:40 padesát:50 padesáti:50 "
          "šedesát:60 sedmdesát:70 osmdesát:80 devadesát:90 sto:100 stě:100 sta:100 půl:0.5 "
          "jedenácti:11 dvanácti:12 patnácti:15 jeden:1 jedna:1 jedno:1",
    # Hindi (डेढ़ 1.5, ढाई 2.5; साढ़े adds a half: साढ़े तीन 3.5; एक counts only before a scale word: एक लाख)
    "hi": "एक:1 दो:2 तीन:3 चार:4 पांच:5 पाँच:5 छह:6 छः:6 सात:7 आठ:8 नौ:9 दस:10 ग्यारह:11 बारह:12 पंद्रह:15 "
          "बीस:20 पच्चीस:25 तीस:30 चालीस:40 पचास:50 साठ:60 सत्तर:70 अस्सी:80 नब्बे:90 सौ:100 "
          + " ".join(f"{f}:{v}" for w, v in (("डेढ़", 1.5), ("ढाई", 2.5), ("साढ़े", 0.5)) for f in nukta_forms(w)),
}
# Dutch writes a number below a million as one word: vijfentwintig (25), drieëntwintig (23), tweehonderd (200),
# vijfduizend (5,000)
_NL_UNITS = "een twee drie vier vijf zes zeven acht negen".split()
_NL_TENS = "twintig dertig veertig vijftig zestig zeventig tachtig negentig".split()
_WORDS["nl"] += "".join(
    f" {u}{'ën' if u.endswith('e') else 'en'}{t}:{(j + 2) * 10 + i + 1}"
    for i, u in enumerate(_NL_UNITS) for j, t in enumerate(_NL_TENS)
) + "".join(f" {u}{big}:{(i + 1) * v}" for i, u in enumerate(_NL_UNITS) if i for big, v in (("honderd", 100), ("duizend", 1000)))
# Persian (:mod:`.persian`): ۴۵۰ هزار میلیارد تومان, ۱۲ درصد, ۱٫۶ میلیون بشکه, بیست و پنج
_SCALES += _fa.SCALES; CURRENCIES.update(_fa.CURRENCIES); UNITS.update(_fa.UNITS); _WORDS["fa"] = _fa.WORDS
PERCENT_WORDS += _fa.PERCENT_WORDS
# Pashto (:mod:`.pashto`): ۲۸۰ میلیونه ډالر, ۸۵ افغانیو, ۲۵ سلنه, ۴۲۰ میګاواټه, دوو میاشتو
_SCALES += _ps.SCALES; CURRENCIES.update(_ps.CURRENCIES); UNITS.update(_ps.UNITS); _WORDS["ps"] = _ps.WORDS
PERCENT_WORDS += _ps.PERCENT_WORDS
_WORDS.update(_nordic.WORDS); _WORDS.update(_more.WORDS); _WORDS["et"] = _et.WORDS; _WORDS["de"] += _more.DE_HALVES; _WORDS["ru"] += _more.RU_TIMES  # tjugofem; četiri; siebeneinhalb; вдвое
_WORDS["hu"] = WORDS_HU  # Hungarian: két, tizenöt, háromszáz (numwordshungarian.py)
# Hebrew (:mod:`.hebrew`): 210 מיליארד ש"ח, 3.3%, 0.25 נקודת אחוז, עשרים וחמישה
_SCALES += _he.SCALES; CURRENCIES.update(_he.CURRENCIES); UNITS.update(_he.UNITS); _WORDS["he"] = _he.WORDS
PERCENT_WORDS += _he.PERCENT_WORDS
# Khmer (:mod:`.khmer`): ៣៤៥ លានដុល្លារ, ៥សែនរៀល, ១២,៥ ភាគរយ, ៤៨០.០០០ តោន (no number words)
_SCALES += _km.SCALES; CURRENCIES.update(_km.CURRENCIES); UNITS.update(_km.UNITS); PERCENT_WORDS += _km.PERCENT_WORDS
# Thai (:mod:`.thai`): 3,500 ล้านบาท, 1.67 ล้านล้านบาท, 15 เปอร์เซ็นต์ (ร้อยละ 26 is read in numbers.py)
_SCALES += _th.SCALES; CURRENCIES.update(_th.CURRENCIES); UNITS.update(_th.UNITS); PERCENT_WORDS += _th.PERCENT_WORDS
_WORDS["id"], _WORDS["ms"] = _id.WORDS_ID, _id.WORDS_MS  # dua puluh lima, seratus (numwordsindonesian.py)
ENGLISH_ORDINALS = {
    w: i for i, w in enumerate(
        "_ _ second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split()) if i >= 2
}

# Hindi ordinals from the third (तीसरी बार, "the third time"); दूसरा/दूसरी/दूसरे is as often "other" and पहले
# "before", so they are left out
HINDI_ORDINALS = {f: i for i, forms in enumerate(["", "", "", "तीसरा तीसरी तीसरे", "चौथा चौथी चौथे",
                  "पांचवां पाँचवाँ पांचवीं पाँचवीं पांचवें पाँचवें", "छठा छठी छठे", "सातवां सातवीं सातवें",
                  "आठवां आठवीं आठवें", "नौवां नौवीं नौवें", "दसवां दसवीं दसवें"]) for f in forms.split()}
ORDINALS = {"en": ENGLISH_ORDINALS, "hi": HINDI_ORDINALS, **_ordinals.ORDINALS}  # tweede plaats, fjerde sejr (ordinalwords.py)


@lru_cache(maxsize=64)
def number_words(lang: str) -> dict[str, float]:
    """Number words of a language (every language's when it is not known)."""
    tables = [_WORDS[lang]] if lang in _WORDS else [v for k, v in _WORDS.items() if k != "en"]
    out: dict[str, float] = {}
    for table in tables:
        for item in table.split():
            w, v = item.rsplit(":", 1)
            out.update({f: float(v) for f in (w, w.replace("'", "’"), w.replace("'", "ʼ")) if f not in out})  # п’ять
    if lang not in _WORDS:
        out = {w: v for w, v in out.items() if w not in _AMBIGUOUS_WORDS}
    return out


# Words that are numbers in one language and something else in another (Turkish "on", Spanish "once").
_AMBIGUOUS_WORDS = frozenset("on once due sei sette tre dos sept cent bin acht elf iki sto mil dez sta du".split())  # du: lt 2, fr "of the"
_AMBIGUOUS_WORDS |= frozenset("lima satu puluh belas ratus ribu".split())  # Lima (Peru); Indonesian parts
_AMBIGUOUS_WORDS |= _nordic.AMBIGUOUS_WORDS


@lru_cache(maxsize=64)
def scale_words(lang: str) -> dict[str, tuple[float, ...]]:
    """Scale word -> its multipliers in ``lang`` (every reading, bar English abbreviations, when unknown)."""
    known = lang in _KNOWN_SCALE_LANGS
    out: dict[str, list[float]] = {}
    for word, mult, langs in _SCALES:
        ls = langs.split()
        if word in ("万", "萬", "亿", "億", "万亿"):
            pass  # unambiguous in every language: 3万 and 1.2亿 may sit in any original
        elif (known and ls and lang not in ls) or (not known and ls == ["en"]):
            continue
        out.setdefault(word, [])
        if mult not in out[word]:
            out[word].append(mult)
    return {w: tuple(v) for w, v in out.items()}


# English abbreviations that are scale words only glued to the figure ("$3m", "4.5bn"); "10 m" is metres.
GLUED_ONLY = frozenset({"k", "m", "b"})
_KNOWN_SCALE_LANGS = frozenset(l for _, _, langs in _SCALES for l in langs.split())


# Romanian puts "de" between a figure of 20 or more and what it counts, scale words too: 120 de milioane de
# lei, 25 de mii (Polish-style "12 mii" without it below 20)
SCALE_OF = defaultdict(str, {"ro": "de[ \u00a0]"})
# Number words that only multiply the figure before them: "două sute" is 200, but "sute de oameni" is
# "hundreds of people", no figure
MULTIPLIER_ONLY = frozenset({"sute", "מאות"})  # Hebrew מאות אנשים "hundreds of people"; תשע מאות is 900
# Number words that are also adjectives: Romanian "nouă" is nine and "new" (o lege nouă, o nouă etapă,
# clădirea nouă). An adjective after an article, "mai"/"foarte", or a noun (a word ending in -ă, -e, -a); the
# words ending so that do come before a figure (cele nouă, alte nouă, la nouă) are listed.
NUMBER_ADJECTIVES = {"nouă": "ro", "noua": "ro"}
ADJECTIVE_AFTER = frozenset("o cea mai foarte una această aceasta acea noua".split())
FIGURE_AFTER = frozenset("cele alte primele ultimele următoarele celelalte aproape peste toate încă până după circa "
                         "cca ora orele la pe de dintre între aceste acestea ale ultima fiecare".split())


# "of" between a figure and its currency or unit: 3,2 milliards d'euros (or d’euros), 7 miliardi di euro,
# 2,7 millones de euros, 5 milioane de euro
OF_WORDS = "de |di |d['’]"
# Spanish and Portuguese write millions and thousands of millions of a currency as M€, MM€ (also M$):
# "2,5 M€" is 2.5 million euros, not 2.5 metres
CURRENCY_SCALE = r"MM(?=[€$£])|M(?=[€$£])"
CURRENCY_SCALES = {"m": M, "mm": B}
CURRENCY_SCALE += _nordic.CURRENCY_SCALE  # Swedish 3,2 mkr, 1,5 mdkr, 450 tkr, 25 MSEK
CURRENCY_SCALES |= _nordic.CURRENCY_SCALES
APPROX = "[多余餘几幾]"  # 1100多万 "over 11 million", 3000余万元: more than the figure, read at the figure


# A word of the scale or tail alternations that ends in a letter or digit must not run on into more letters of
# its own script ("10 m" but not "10 more"); one ending in a symbol, kana, Hangul or a CJK character ends where
# it ends (円 of 150円の, 원 of 3억원을; 5km的, 200ml之间: Chinese may follow at once). One guard after each
# alternation, not one per word: the regex backtracks into the alternation exactly as per-word guards would,
# and each class with the CJK ranges costs a millisecond to compile (per word, ~1 s for every language).
# Khmer and Thai write no spaces between words: their words end where they end, unless a vowel sign, coeng or
# tone mark follows
_OWN_LETTER = rf"[^\W{CJK_LETTERS}\u1780-\u17ff\u0e00-\u0e7f]|[{_DEVANAGARI}{_more.BENGALI_LETTERS}]"  # Devanagari's vowel signs are letters of its words
_WORD_END = rf"(?-i:(?<!{_OWN_LETTER})|(?!{_OWN_LETTER}))(?![{_km.MARKS}{_th.MARKS}])(?!{_th.SILENT_NEXT})"


# a scale word's letter that begins a rate: the "m" of "62 m/s" or "43 m per second" is metres, of "€2.5m/year" millions
_NOT_PER_UNIT = r"(?!/[sh]\b|\s(?:per|an?)\s(?:second|hour)\b)"


@lru_cache(maxsize=64)
def after_number_re(lang: str) -> re.Pattern:
    """What may follow a figure: an optional scale word, then a currency, unit or percent word."""
    scales = sorted(scale_words(lang), key=len, reverse=True)
    tails = sorted(set(CURRENCIES) | set(UNITS) | set(PERCENT_WORDS), key=len, reverse=True)

    def alt(words, more=""):
        return "(?:" + "|".join(map(re.escape, words)) + ")" + _WORD_END + more

    return re.compile(
        rf"(?P<scale>(?:{'-|' if lang == 'en' else ''}[ \u00a0\u202f\u200b])?(?:{SCALE_OF[lang]})?(?:{APPROX}(?=[万萬亿億千百]))?(?:{CURRENCY_SCALE}|{alt(scales, _NOT_PER_UNIT)}))?(?P<tail>[ \u00a0\u202f\u200b]?(?:{OF_WORDS})?{alt(tails)})?",  # en: a 12-billion-baht plan
        re.IGNORECASE,
    )
