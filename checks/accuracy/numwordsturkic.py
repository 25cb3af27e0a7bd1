"""Words that carry numbers in Azerbaijani, Kazakh and Uzbek (tables only; :mod:`.numwordsextra` merges them).

Neither is a language langdetect knows (Azerbaijani reads as Turkish, Kazakh as Ukrainian), so the aligner
names them by their letters (ə; ә, ғ, қ, ұ, һ) and they get their own tables: Azerbaijani ``40 min`` is
40,000 (Turkish writes bin), ``85 milyon manat``, ``1,2 milyard``, ``15 faiz``; Kazakh ``30 миллиард теңге``,
``12 мың``, ``5 пайыз``. Unread, ``40 min`` was a bare 40 against a faithful "40,000". ``bir`` / ``бір``
("one", also "a") and Kazakh ``жүз`` ("hundred", also "face", "swim") are left out.
"""

from __future__ import annotations

K, M, B, T = 1e3, 1e6, 1e9, 1e12

SCALES = [(w, m, lang) for ws, m, lang in (
    ("min", K, "az"), ("milyon mln. mln", M, "az"), ("milyard mlrd. mlrd", B, "az"), ("trilyon trln.", T, "az"),
    # Uzbek, which langdetect does not know (read when the original's language is unknown): 2 mingga, 450 milliard
    ("ming mingga mingdan mingta", K, "uz"),
    ("мың", K, "kk"), ("миллион млн. млн", M, "kk"), ("миллиард млрд. млрд", B, "kk"), ("триллион трлн. трлн", T, "kk"),
) for w in ws.split()]

CURRENCIES = {w: code for ws, code in (
    ("manat manatlıq manats", "AZN"), ("soʻm so'm so‘m soʼm soums", "UZS"),
    ("теңге теңгеге теңгеден теңгені tenge", "KZT"),
) for w in ws.split()}

PERCENT_WORDS = ("faiz", "faizə", "faizdən", "faiz bəndi", "пайыз", "пайызға", "пайыздан", "пайыздық тармақ")

WORDS = {
    "az": ("iki:2 üç:3 dörd:4 beş:5 altı:6 yeddi:7 səkkiz:8 doqquz:9 on:10 iyirmi:20 otuz:30 qırx:40 əlli:50 "
           "altmış:60 yetmiş:70 səksən:80 doxsan:90 yüz:100"),
    "kk": ("екі:2 үш:3 төрт:4 бес:5 алты:6 жеті:7 сегіз:8 тоғыз:9 он:10 жиырма:20 отыз:30 қырық:40 елу:50 "
           "алпыс:60 жетпіс:70 сексен:80 тоқсан:90"),
}

# Mongolian and Kyrgyz, read when the original's language is unknown (pairing names them so by their ө and ү):
# 120 тэрбум төгрөг, 3 сая, 5 мянган; 2 миллиард сом, 15 миң
SCALES += [(w, m, lang) for ws, m, lang in (
    ("мянга мянган", K, "mn"), ("сая", M, "mn"), ("тэрбум", B, "mn"), ("миң", K, "ky"),
) for w in ws.split()]
CURRENCIES.update({w: code for ws, code in (("төгрөг төгрөгийн tugriks tugrik tögrög", "MNT"), ("сом", "KGS"))
                   for w in ws.split()})
