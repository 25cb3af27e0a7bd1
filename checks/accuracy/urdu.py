"""Urdu (ur) figures as the accuracy family reads them: tables for :mod:`.numwords` (merged in :mod:`.numtables`).

Pakistani Urdu news writes Western digits with the comma grouping (``1,050 ارب روپے``) or the Urdu ones
(``۲۹۳٫۹۴``, read by :mod:`.numbers`). Scale words: ``ہزار`` (thousand), ``لاکھ`` (100,000), ``کروڑ`` (10
million), ``ارب`` (a billion: ``1,050 ارب`` is 1.05 trillion), ``کھرب`` (100 billion), and the English
``ملین`` / ``بلین``. Money: the rupee (``روپے``, ``روپیہ``, ``روپوں``; the same code as English "Rs"), ``ڈالر``.
Percent: ``فیصد``. Units of prices and weather (``لیٹر``, ``ٹن``, ``کلومیٹر``). Number words: ``ایک`` counts
only before a scale word (``ایک لاکھ``); ``نو`` (nine) is also "new" (``نو منتخب``) and
``اسی`` (eighty) "this very" (``اسی طرح``): both are left out.
"""

from __future__ import annotations

K, M, B = 1e3, 1e6, 1e9

SCALES = [(w, m, "ur") for ws, m in (
    ("ہزار", K), ("لاکھ لاکھوں", 1e5), ("کروڑ کروڑوں", 1e7), ("ملین", M), ("ارب اربوں بلین", B), ("کھرب", 1e11))
    for w in ws.split()]
CURRENCIES = {w: code for ws, code in (
    ("روپے روپیہ روپوں روپئے روپیے", "INR"), ("ڈالر ڈالرز", "USD"), ("یورو", "EUR"), ("پاؤنڈ", "GBP"))
    for w in ws.split()}
PERCENT_WORDS = ("فیصد",)
UNITS = {w.replace("_", " "): unit for ws, unit in (
    ("کلومیٹر", ("len", 1000)), ("میٹر", ("len", 1)), ("ملی_میٹر", ("len", 0.001)), ("سینٹی_میٹر", ("len", 0.01)),
    ("کلوگرام کلو", ("mass", 1)), ("ٹن", ("mass", 1000)), ("لیٹر", ("vol", 1)), ("ایکڑ", ("area", 4046.856)),
    ("ڈگری_سینٹی_گریڈ ڈگری", ("temp_c", 1)), ("میگاواٹ", ("power", 1e6))) for w in ws.split()}
WORDS = ("ایک:1 دو:2 تین:3 چار:4 پانچ:5 چھ:6 سات:7 آٹھ:8 دس:10 گیارہ:11 بارہ:12 پندرہ:15 بیس:20 "
         "پچیس:25 تیس:30 چالیس:40 پچاس:50 ساٹھ:60 ستر:70 نوے:90 سو:100 ڈیڑھ:1.5 ڈھائی:2.5")
