"""Scale, currency and unit words of the languages read after the first ones (Greek, Czech, Hindi, Sinhala,
Romanian, Korean), kept apart from :mod:`.numwords` so each module stays small; numwords merges them in place.
"""

from __future__ import annotations

import re

from . import numwordsextra as _extra
from . import urdu as _ur
from .devanagari import nukta_forms

K, M, B, T = 1e3, 1e6, 1e9, 1e12

SCALES: list[tuple[str, float, str]] = []
# Greek: written out in the plural and genitive (2,5 εκατομμύρια, 300 χιλιάδων), or abbreviated with a
# full stop (185 εκατ. ευρώ, 1,2 δισ., 3 εκ. ευρώ, 2 τρισ.)
SCALES += [(w, m, "el") for ws, m in (
    ("χιλιάδα χιλιάδες χιλιάδων χιλ", K), ("εκατομμύριο εκατομμύρια εκατομμυρίου εκατομμυρίων εκατ εκ.", M),
    ("δισεκατομμύριο δισεκατομμύρια δισεκατομμυρίου δισεκατομμυρίων δισ", B),
    ("τρισεκατομμύριο τρισεκατομμύρια τρισεκατομμυρίου τρισεκατομμυρίων τρισ τρισ.", T)) for w in ws.split()]
# Czech: tisíc/tisíce/tis., milion/miliony/milionů/mil., miliarda/miliardy/miliard/mld., bilion in their
# cases (3,2 miliardy korun, 4,3 milionu míst, 236 tisíc, 1,5 mil. Kč)
SCALES += [(w, m, "cs") for ws, m in (
    ("tisíc tisíce tisícům tisících tisíci tis tis.", K), ("milion miliony milionech milionům mil.", M),
    ("miliardu miliardách miliardám miliardami", B), ("bilion bilionu bilionů biliony", T)) for w in ws.split()]
# Hindi: every nukta spelling (हज़ार written with the sign, precomposed or without it: :mod:`.devanagari`); Indian
# English gives lakh and crore in Latin letters ("Rs 2,450 crore", "4.2 lakh hectares", "Rs 5 cr")
SCALES += [(f, m, "hi") for w, m in (("हज़ार", K), ("करोड़", 1e7), ("करोड़ों", 1e7)) for f in nukta_forms(w)]
SCALES += [(w, m, "en hi ne mr") for ws, m in (("lakh lakhs lac lacs", 1e5), ("crore crores", 1e7)) for w in ws.split()]
SCALES += [("cr", 1e7, "en"), ("cr.", 1e7, "en")]
# budgets count in lakh crore (7.36 लाख करोड़ = 7.36 trillion) and thousand crore (50 हज़ार करोड़ = 500 billion)
SCALES += [(f"{a} {c}", m * 1e7, "hi") for w, m in (("लाख", 1e5), ("हज़ार", K)) for a in nukta_forms(w)
            for c in nukta_forms("करोड़")]
SCALES += [("lakh crore", 1e12, "en hi"), ("thousand crore", 1e10, "en hi")]
SCALES += [("දහස", K, "si"), ("ලක්ෂ", 1e5, "si"), ("කෝටි", 1e7, "si"), ("මිලියන", M, "si"), ("බිලියන", B, "si")]
# Romanian: "mil." is milioane (5 mil. euro; Spanish and Portuguese mil is a thousand), "mld." miliarde; the
# trillion is trilion / trilioane
SCALES += [("mil.", M, "ro"), ("mil", M, "ro"), ("trilion", T, "ro"), ("trilioane", T, "ro")]
# Russian and Ukrainian count in tens and hundreds as nouns after a figure: два десятка "two tens" (20), двух
# десятков, три сотни (300); English renders the tens as "dozen" too (samefigure.tens_as_dozens)
SCALES += [(w, m, "ru uk") for ws, m in (("десяток десятка десятков десятки десятків", 10),
                                          ("сотня сотни сотен сотні сотень", 100)) for w in ws.split()]
# Vietnamese: nghìn / ngàn (thousand), triệu (abbreviated tr: 12 tr đồng), tỷ / tỉ (billion); budgets count in
# thousands of billions (3,2 nghìn tỷ đồng = 3.2 trillion dong), also written ngàn tỷ
SCALES += [(w, m, "vi") for ws, m in (("nghìn ngàn", K), ("triệu tr", M), ("tỷ tỉ", B),
                                      ("nghìn_tỷ ngàn_tỷ nghìn_tỉ ngàn_tỉ", T), ("triệu_tỷ triệu_tỉ", 1e15))
          for w in (x.replace("_", " ") for x in ws.split())]
# a million billion (3,4 triệu tỷ đồng, credit totals) is what the English press calls a quadrillion
SCALES += [("quadrillion", 1e15, "en")]


CURRENCIES: dict[str, str] = {}
# Czech: Kč, koruna in its cases (32,5 miliardy korun, 6 korunách), euro (2 eura, 100 eur), and the koruna in
# English ("crowns", CZK)
CURRENCIES.update({w: code for ws, code in (
    ("kč czk korun koruny koruna korunu korunách korunám korunami crowns korunas czech_crowns", "CZK"),
    ("eura eurech eurům", "EUR"), ("dolarů dolarech dolarům", "USD"), ("liber", "GBP")) for w in (x.replace("_", " ") for x in ws.split())})
# Greek: ευρώ does not decline; δολάριο does (δολάρια, δολαρίων). Bare λίρες is left out: Greek news says it
# of sterling and of the Turkish lira alike.
CURRENCIES.update({w: code for ws, code in (
    ("ευρώ ευρω", "EUR"), ("δολάριο δολάρια δολαρίου δολαρίων δολ.", "USD"),
    ("στερλίνες στερλινών λίρες_στερλίνες λιρών_στερλινών λίρες_αγγλίας λιρών_αγγλίας", "GBP"),
    ("γιεν", "JPY"), ("γουάν", "CNY"), ("ρούβλι ρούβλια ρουβλίων", "RUB"), ("ελβετικά_φράγκα", "CHF"),
    ("τουρκικές_λίρες τουρκικών_λιρών", "TRY")) for w in (x.replace("_", " ") for x in ws.split())})
# Romanian: leu / lei (RON), dolari americani, franci elvețieni, lire sterline (bare "lire" is left out: the
# Turkish lira is "lire turcești")
CURRENCIES.update({w.replace("_", " "): code for ws, code in (
    ("leu lei_noi", "RON"), ("dolari_americani", "USD"), ("lire_sterline", "GBP"),
    ("lire_turcești lire_turceşti", "TRY"), ("franci_elvețieni franci_elveţieni franci", "CHF")) for w in ws.split()})
# Hindi rupees (रुपये, रुपए, रुपयों; रु. before or after the figure) and Indian English "Rs 500", "Rs. 2,450 crore"
CURRENCIES.update({w: "INR" for w in "रुपये रुपए रुपया रुपयों रुपयो रु. rs rs. inr rupee".split()})
CURRENCIES.update({w: "NPR" for w in "रुपैयाँ रुपैयां रूपैयाँ रुपियाँ".split()})  # Nepali rupees
CURRENCIES.update({"डॉलर": "USD", "डालर": "USD", "यूरो": "EUR", "पाउंड": "GBP"})
# Bangladeshi English puts "Tk" before the figure (Tk 50,000, Tk 2.4 crore); "25 million US dollars" is money too
CURRENCIES.update({"tk": "BDT", "tk.": "BDT", "us dollars": "USD", "us dollar": "USD", "u.s. dollars": "USD"})
# Ukrainian dollars, pounds and hryvnia in their cases (185 доларів, 2 долари, 3,5 гривні): only the Russian
# долларов was known, so "185 euros" for 185 доларів went unseen
CURRENCIES.update({w: code for ws, code in (("долар долари доларів доларам доларах доларами дол.", "USD"),
                                             ("фунтів фунти", "GBP"), ("гривня гривню гривнями", "UAH")) for w in ws.split()})
# Vietnamese dong (đồng, đ glued or spaced: 500.000đ, 5 tỷ đ; VND, VNĐ) and English "dong"; đô la (Mỹ) / USD,
# bảng Anh, yên Nhật, nhân dân tệ
CURRENCIES.update({w.replace("_", " "): code for ws, code in (
    ("đồng đ vnd vnđ dong", "VND"), ("đô_la_mỹ đô_la đôla đô", "USD"), ("bảng_anh", "GBP"), ("yên_nhật yên", "JPY"),
    ("nhân_dân_tệ", "CNY")) for w in ws.split()})


UNITS: dict[str, tuple[str, float]] = {}
# Greek units, nominative, accusative and genitive plural (12 ναυτικά μίλια, 5.100 εκταρίων, 40 βαθμούς Κελσίου);
# the στρέμμα is a tenth of a hectare
UNITS.update({w.replace("_", " "): unit for ws, unit in (
    ("χλμ χλμ. χιλιόμετρα χιλιομέτρων", ("len", 1000)), ("μέτρα μέτρων", ("len", 1)),
    ("χιλιοστά χιλιοστών", ("len", 0.001)), ("μίλια μιλίων", ("len", 1609.344)),
    ("ναυτικά_μίλια ναυτικών_μιλίων", ("len", 1852)), ("κιλά κιλών", ("mass", 1)),
    ("τόνοι τόνους τόνων", ("mass", 1000)), ("εκτάρια εκταρίων", ("area", 1e4)), ("στρέμματα στρεμμάτων", ("area", 1e3)),
    ("τ.μ. τετραγωνικά_μέτρα τετραγωνικών_μέτρων", ("area", 1)),
    ("τ.χλμ. τετραγωνικά_χιλιόμετρα τετραγωνικών_χιλιομέτρων", ("area", 1e6)), ("λίτρα λίτρων", ("vol", 1)),
    ("κυβικά_μέτρα κυβικών_μέτρων κ.μ.", ("vol", 1000)),
    ("βαθμούς_κελσίου βαθμοί_κελσίου βαθμών_κελσίου", ("temp_c", 1))) for w in ws.split()})
# Hindi units (12 किमी, 4.2 लाख हेक्टेयर, 250 मिमी बारिश, 40 डिग्री सेल्सियस)
UNITS.update({w.replace("_", " "): unit for ws, unit in (
    ("किमी कि.मी. किलोमीटर", ("len", 1000)), ("मीटर", ("len", 1)), ("मिमी मि.मी. मिलीमीटर", ("len", 0.001)),
    ("सेमी सेंटीमीटर", ("len", 0.01)), ("हेक्टेयर", ("area", 1e4)), ("एकड़ एकड", ("area", 4046.856)),
    ("वर्ग_किलोमीटर वर्ग_किमी", ("area", 1e6)), ("किलो किलोग्राम", ("mass", 1)), ("टन", ("mass", 1000)),
    ("लीटर", ("vol", 1)), ("डिग्री_सेल्सियस डिग्री", ("temp_c", 1)), ("मेगावाट", ("power", 1e6))) for w in ws.split()})
# Korean units written out (120밀리미터, 3킬로미터, 500톤), and the one-character unit signs Korean and Japanese
# news set (550㎞, 30㎜, 84㎡; Unicode's CJK compatibility block), which no Latin "km" matched
UNITS.update({w: unit for ws, unit in (
    ("킬로미터 ㎞", ("len", 1000)), ("㎜", ("len", 0.001)), ("㎝", ("len", 0.01)), ("㎏", ("mass", 1)),
    ("㎡", ("area", 1)), ("㎢", ("area", 1e6)), ("㎥", ("vol", 1000)), ("℃", ("temp_c", 1)), ("미터", ("len", 1)), ("밀리미터", ("len", 0.001)), ("센티미터", ("len", 0.01)),
    ("킬로그램", ("mass", 1)), ("톤", ("mass", 1000)), ("헥타르", ("area", 1e4)), ("제곱킬로미터", ("area", 1e6))) for w in ws.split()})
# English speeds as MT spells out the Korean 초속 43.2m / 시속 22㎞ ("34.2 m per second", "22 km per hour"): a figure
# before "m per second" is a speed, not a bare number next to the ordinal "second"
UNITS.update({w.replace("_", " "): unit for ws, unit in (
    ("m_per_second m_a_second metres_a_second meters_a_second", ("speed", 3.6)),
    ("km_per_hour km_an_hour kilometres_an_hour kilometers_an_hour", ("speed", 1))) for w in ws.split()})
# Romanian units, plural as news writes them after "de" (150 de litri, 2.350 de hectare, 30 de grade Celsius);
# "mp" is the square metre (75 mp), "l/mp" the rain gauge's litre per square metre
UNITS.update({w.replace("_", " "): unit for ws, unit in (
    ("kilometri kilometru", ("len", 1000)), ("metru", ("len", 1)), ("centimetri", ("len", 0.01)),
    ("milimetri", ("len", 0.001)), ("kilograme kilogram", ("mass", 1)), ("tone tonă", ("mass", 1000)),
    ("hectare hectar", ("area", 1e4)), ("mp metri_pătrați metri_pătraţi", ("area", 1)),
    ("kmp kilometri_pătrați kilometri_pătraţi", ("area", 1e6)), ("litru l/mp", ("vol", 1)),
    ("grade_celsius grade", ("temp_c", 1))) for w in ws.split()})

# Indonesian and Malay: ribu, juta, miliar (milyar), triliun, abbreviated rb / rb. / jt / jt. (Rp 150 rb,
# Rp 2,5 jt); Malay says bilion and trilion (read in "Indonesian" too, which is what langdetect makes of Malay). "M" and "T" after a rupiah figure (Rp 5 M, Rp 2 T) are read by
# numbers.py from RP_SCALE_RE only there: a bare "5 M" is five metres.
SCALES += [(w, m, langs) for ws, m, langs in (
    ("ribu rb rb.", K, "id ms"), ("juta jt jt.", M, "id ms"), ("miliar milyar", B, "id ms"),
    ("triliun", T, "id ms"), ("bilion", B, "id ms"), ("trilion", T, "id ms")) for w in ws.split()]
RP_SCALES = {"M": B, "T": T}
# rupiah (Rp, Rp., IDR; "rupiah" in English too) and ringgit (RM, MYR)
CURRENCIES.update({"rp": "IDR", "rp.": "IDR", "idr": "IDR", "rupiah": "IDR", "ringgit": "MYR", "rm": "MYR",
                   "myr": "MYR"})
# Indonesian persen (15 persen), percentage points (0,25 poin persentase, 0,5 persen poin); Malay peratus
PERCENT_ID = ("persen", "poin persentase", "persen poin", "poin persen", "peratus", "mata peratusan")
# Indonesian units (2.500 hektare, 12 km, 30 derajat Celsius, 1,2 juta meter kubik)
UNITS.update({w.replace("_", " "): unit for ws, unit in (
    ("hektare hektar", ("area", 1e4)), ("meter_kubik", ("vol", 1000)), ("kilometer_persegi", ("area", 1e6)),
    ("derajat_celsius", ("temp_c", 1)), ("milimeter", ("len", 0.001)), ("sentimeter", ("len", 0.01)),
    ("kilogram", ("mass", 1)), ("ton", ("mass", 1000))) for w in ws.split()})
# Vietnamese units (18.600 ha, 7,5 triệu tấn gạo, 350 mm, 120 cây số, 40 độ C)
UNITS.update({w.replace("_", " "): unit for ws, unit in (
    ("cây_số ki-lô-mét", ("len", 1000)), ("mét", ("len", 1)), ("tấn", ("mass", 1000)), ("héc-ta hécta", ("area", 1e4)),
    ("lít", ("vol", 1)), ("độ_c", ("temp_c", 1))) for w in ws.split()})
# Catalan, Croatian/Serbian, Finnish, Bulgarian, Bengali (numwordsextra.py), merged with these; their percent
# words ride with the Indonesian ones into numwords.PERCENT_WORDS
SCALES += _extra.SCALES; CURRENCIES.update(_extra.CURRENCIES); UNITS.update(_extra.UNITS)
PERCENT_ID += _extra.PERCENT_WORDS
BENGALI_LETTERS, WORDS, DE_HALVES = _extra.BENGALI_LETTERS, _extra.WORDS, _extra.DE_HALVES
# Urdu (:mod:`.urdu`): 1,050 ارب روپے, 6 لاکھ ٹن, 15 فیصد
SCALES += _ur.SCALES; CURRENCIES.update(_ur.CURRENCIES); UNITS.update(_ur.UNITS); PERCENT_ID += _ur.PERCENT_WORDS
WORDS = {**WORDS, "ur": _ur.WORDS}
# Japanese units in katakana (時速約75キロ, 2.5キロメートル, 降水量120ミリ, 500トン); bare キロ is news's kilometre,
# and a kilogram (コメ10キロ) given as "10 kilograms" is the same figure in another unit, which stays silent
UNITS.update({w: unit for ws, unit in (
    ("キロ キロメートル", ("len", 1000)), ("メートル", ("len", 1)), ("ミリ ミリメートル", ("len", 0.001)),
    ("センチ センチメートル", ("len", 0.01)), ("キログラム", ("mass", 1)), ("トン", ("mass", 1000)),
    ("ヘクタール", ("area", 1e4))) for w in ws.split()})
# ...and power and energy, whose キロ is no kilometre: 100万キロワット, 月260キロワット時 (kWh, "kilowatt-hours")
UNITS.update({"キロワット": ("power", 1e3), "メガワット": ("power", 1e6), "ギガワット": ("power", 1e9),
              "キロワット時": ("energy", 1), "メガワット時": ("energy", 1e3), "ギガワット時": ("energy", 1e6)})
# Arabic units of weather and road reports (٢٣٠ ملم, ٩٥ كيلومتراً في الساعة, ١٦ درجة مئوية, ٣٠٠ كلم): unread, the figure
# was a bare number that the draft's "320 mm" (a unit) could never be compared with
UNITS.update({w.replace("_", " "): unit for ws, unit in (
    ("ملم مم ملليمتر ملليمترات مليمتر مليمترات ملليمترا ملليمتراً مليمترا مليمتراً", ("len", 0.001)),
    ("سم سنتيمتر سنتيمترات سنتيمترا سنتيمتراً", ("len", 0.01)), ("متر مترا متراً أمتار", ("len", 1)),
    ("كم كلم كيلومتر كيلومترات كيلومترا كيلومتراً", ("len", 1000)),
    ("كم/ساعة كلم/ساعة كم/س كيلومتر_في_الساعة كيلومترات_في_الساعة كيلومترا_في_الساعة كيلومتراً_في_الساعة", ("speed", 1)),
    ("درجة_مئوية درجات_مئوية درجة_مئويّة", ("temp_c", 1)), ("كيلوغرام كغ كجم كيلوغراما كيلوغراماً", ("mass", 1)),
    ("طن أطنان طنا طناً", ("mass", 1000)), ("هكتار هكتارات هكتارا هكتاراً", ("area", 1e4))) for w in ws.split()})
# Grams and micrograms of doses and food prices (500 mg as "500 g" is a thousandfold error). "g" alone is read
# only in lower case (500 g, 500g): 5G and 4G are networks (numbers._finish)
UNITS.update({w: unit for ws, unit in (
    ("g gram gramme grammes gramos gramas grammi grammes gramm grammes грамм граммов грамма грамів", ("mass", 1e-3)),
    ("µg μg mcg microgram micrograms microgrammes microgramos микрограмм", ("mass", 1e-9)),
    ("milligram milligramme milligrammes miligramos miligramas milligrammi milligramm миллиграмм", ("mass", 1e-6)))
    for w in ws.split()})
# Japanese writes the rest of a figure as digits and 千/百 before the next myriad (3億5千万円 350 million yen,
# 3兆5千億円 3.5 trillion yen); read as "5千" alone, the 億 after it was lost and 3億5千万 became 300,005,000
THOUSANDS_OF_MYRIADS = [("千億", 1e11, "ja"), ("百億", 1e10, "ja"), ("千亿", 1e11, "zh"), ("百亿", 1e10, "zh")]

# Russian вдвое / втрое больше: "twice" / "three times" as much, so "almost three times" for почти вдвое is A003
RU_TIMES = " вдвое:2 втрое:3 вчетверо:4 впятеро:5 вдесятеро:10"
# Russian and Ukrainian units spelled out in their cases (2,1 млн квадратных метров, 9,7 млн гектарів, 3 тонни):
# unread, the figure was a bare number that no English unit ("21 million square meters") could be compared with
UNITS.update({w.replace("_", " "): unit for ws, unit in (
    ("квадратных_метров квадратных_метра кв._метров квадратних_метрів квадратних_метри кв._метрів", ("area", 1)),
    ("квадратных_километров квадратных_километра квадратних_кілометрів квадратних_кілометри", ("area", 1e6)),
    ("гектаров гектара гектарів гектари", ("area", 1e4)), ("километра кілометрів кілометри", ("len", 1000)),
    ("тонны тонни", ("mass", 1000))) for w in ws.split()})

# "more than a million invigilators" (超过100万名): one of a scale word, not "half a million" (numbers.py)
ONE_BEFORE_SCALE = re.compile(r"(?<![\w-])(?<!half )(?:a|one) (?=(?:million|billion|trillion)\b(?!-))", re.IGNORECASE)

# Greek ordinals glued to the figure (56ο λεπτό, 25η αγωνιστική, 5ου ορόφου): "56th minute", not a product name
GREEK_ORDINAL_ENDINGS = "ους|ου|ος|ης|ων|ο|η|α"
