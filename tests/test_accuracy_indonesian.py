"""Originals in Indonesian (and the Malay forms that share its tables): figures (1.234,5, Rp 3,2 triliun,
Rp 5 M, Rp 150 rb, 15 persen, dua puluh lima, satu setengah juta), dates (Selasa (12/3), pada Minggu, not
minggu lalu), clock times written with a dot (pukul 14.30 WIB), sentence-splitting abbreviations (dll., Jl.,
Hj.) and negation (tidak, belum, tanpa) but not tidak sedikit, bukan tidak mungkin or tak lama; each on a
faithful translation that must raise nothing and on a broken one that must raise the right finding."""

import pytest

from checks.accuracy.clocktimes import clock_times
from checks.accuracy.dates import date_mentions
from checks.accuracy.numbers import quantities
from checks.accuracy.polarity import negated
from checks.accuracy.split import split_original
from accuracy_pairs import accuracy, whole_figure


@pytest.mark.parametrize("text,value,kind,unit", [
    ("1.234,5", 1234.5, "number", ""), ("Rp 3,2 triliun", 3.2e12, "money", "IDR"),
    ("Rp3,2 triliun", 3.2e12, "money", "IDR"), ("Rp 450 miliar", 450e9, "money", "IDR"),
    ("Rp 12.500", 12500, "money", "IDR"), ("Rp 5 M", 5e9, "money", "IDR"), ("Rp 1,5 M", 1.5e9, "money", "IDR"),
    ("Rp 2 T", 2e12, "money", "IDR"), ("Rp 150 rb", 150e3, "money", "IDR"), ("Rp 2 jt", 2e6, "money", "IDR"),
    ("US$ 1,2 miliar", 1.2e9, "money", "USD"), ("1,2 miliar dolar", 1.2e9, "money", "USD"),
    ("15 persen", 15, "percent", "%"), ("0,25 poin persentase", 0.25, "percent", "%"),
    ("250 ribu", 250e3, "number", ""), ("4,5 juta", 4.5e6, "number", ""), ("2.500 hektare", 2500, "unit", "hektare"),
    ("dua puluh lima", 25, "number", ""), ("lima belas", 15, "number", ""), ("tiga ratus", 300, "number", ""),
    ("seratus", 100, "number", ""), ("seribu", 1000, "number", ""), ("dua ribu lima ratus", 2500, "number", ""),
    ("setengah juta", 5e5, "number", ""), ("satu setengah juta", 1.5e6, "number", ""),
])
def test_indonesian_figures(text, value, kind, unit):
    assert whole_figure(text, "id") == (value, kind, unit)


@pytest.mark.parametrize("text,value,kind,unit", [
    ("RM 5 juta", 5e6, "money", "MYR"), ("5 bilion ringgit", 5e9, "money", "MYR"), ("15 peratus", 15, "percent", "%"),
])
def test_malay_figures(text, value, kind, unit):
    (q,) = quantities(text, lang="ms")
    assert (q.value, q.kind, q.unit) == (value, kind, unit)


@pytest.mark.parametrize("text,value", [
    ("Rp 3.2 trillion", 3.2e12), ("3.2 trillion rupiah", 3.2e12), ("IDR 3.2 trillion", 3.2e12), ("Rp3.2tn", 3.2e12),
])
def test_english_rupiah(text, value):
    (q,) = quantities(text, lang="en")
    assert (q.value, q.kind, q.unit) == (value, "money", "IDR")


def test_a_bare_m_is_not_a_billion():
    (q,) = quantities("jarak 5 M", lang="id")
    assert q.value == 5 and q.kind == "unit"


def test_indonesian_dates_and_sunday():
    t = "Gunung itu erupsi pada Selasa (12/3) dan Senin (4/3/2024), lalu pada Minggu, 12 Maret 2024."
    assert [(d.month, d.day, d.year, d.weekday) for d in date_mentions(t)] == [
        (None, None, None, 2), (3, 12, None, None), (None, None, None, 1), (3, 4, 2024, None),
        (None, None, None, 7), (3, 12, 2024, None)]
    assert [d.weekday for d in date_mentions("Hari Minggu pagi warga berkumpul, Minggu (10/3).")] == [7, 7, None]
    assert date_mentions("Dua minggu lalu harga naik. Minggu lalu juga. Minggu depan turun.") == []


def test_indonesian_clock_times_are_not_decimals():
    t = "Erupsi terjadi pukul 14.30 WIB, dan di Makassar 09.00 WITA; rapat pukul 08.00-12.00."
    assert [(t[c.start:c.end], sorted(c.minutes)) for c in clock_times(t, lang="id")] == [
        ("14.30 WIB", [870]), ("09.00 WITA", [540]), ("08.00", [480]), ("12.00", [720])]  # 09.00: 24-hour clock
    assert clock_times("Harga naik 14,30 persen.", lang="id") == []


def test_indonesian_sentence_splitting():
    t = ("Banjir melanda Jl. Sudirman No. 5 dan sekitarnya. Prof. Budi Santoso dkk. meneliti air, tanah, dll. "
         "Kemudian H. Ahmad dan Hj. Siti datang. Saham PT Astra International Tbk. Perusahaan itu untung.")
    assert [t[s.start:s.end] for s in split_original(t)] == [
        "Banjir melanda Jl. Sudirman No. 5 dan sekitarnya.", "Prof. Budi Santoso dkk. meneliti air, tanah, dll.",
        "Kemudian H. Ahmad dan Hj. Siti datang.", "Saham PT Astra International Tbk.", "Perusahaan itu untung."]


@pytest.mark.parametrize("text,neg", [
    ("Pemerintah tidak akan menaikkan harga.", True), ("Ia tak hadir.", True), ("Itu bukan keputusan final.", True),
    ("Belum ada korban.", True), ("Tiada yang selamat.", True), ("Jangan panik.", True),
    ("Pemerintah tidak menaikkan harga dan belum memutuskan subsidi.", True),
    ("Tidak hanya Jakarta, tetapi juga Bandung.", False), ("Tidak sedikit warga yang mengungsi.", False),
    ("Bukan tidak mungkin harga naik.", False), ("Tak lama kemudian, gunung meletus.", False),
    ("Belum lama ini harga naik.", False), ("Harga naik tidak kurang dari 10 persen.", False),
    ("Tak pelak, banjir merendam kota.", False), ("Warga mengungsi tanpa membawa barang.", False),
])
def test_indonesian_negation(text, neg):
    assert negated(text, "id") is neg
    assert negated(text, "ms") is neg  # Malay negates with the same words


@pytest.mark.parametrize("original,draft,expected", [
    ("Presiden Jokowi meresmikan bendungan itu pada Kamis (14/3).",
     "President Joko Widodo inaugurated the dam on Thursday, March 14.", []),
    ("Presiden Jokowi meresmikan bendungan itu pada Kamis (14/3).",
     "President Joko Widodo inaugurated the dam on Thursday, March 15.", [("A004", "March 15")]),
    ("Menteri Pertahanan Prabowo Subianto tiba pukul 14.30 WIB.",
     "Defense Minister Prabowo Subianto arrived at 2:30 p.m. Western Indonesia Time.", []),
    ("Menteri Pertahanan Prabowo Subianto tiba pukul 14.30 WIB.",
     "Defense Minister Prabowo Subianto arrived at 3:30 p.m. Western Indonesia Time.", [("A004", "3:30 p.m.")]),
    ("Ekspor minyak sawit naik 15 persen menjadi 2,5 juta ton pada Februari.",
     "Palm oil exports rose 15% to 2.5 million tonnes in February.", []),
    ("Ekspor minyak sawit naik 15 persen menjadi 2,5 juta ton pada Februari.",
     "Palm oil exports rose 15% to 25 million tonnes in February.", [("A003", "25 million tonnes")]),
    ("Nilai ekspor mencapai US$ 1,2 miliar atau sekitar Rp 18,7 triliun.",
     "Exports were worth $1.2 billion, or around 18.7 trillion rupiah.", []),
    ("Pemprov DKI mengalokasikan Rp 5 M untuk pompa air.",
     "The Jakarta administration allocated Rp 5 billion for water pumps.", []),
    ("Pemprov DKI mengalokasikan Rp 5 M untuk pompa air.",
     "The Jakarta administration allocated Rp 5 million for water pumps.", [("A003", "Rp 5 million")]),
    ("Kerugian mencapai satu setengah triliun rupiah.", "Losses reached 1.5 trillion rupiah.", []),
    ("Sebanyak dua puluh lima warga dievakuasi ke Kepulauan Seribu.",
     "Twenty-five residents were evacuated to the Thousand Islands.", []),
    ("Tidak sedikit warga yang kehilangan rumah.", "Quite a lot of residents lost their homes.", []),
    ("Bukan tidak mungkin harga beras naik lagi.", "Rice prices could rise again.", []),
    ("Tak lama kemudian, banjir surut.", "Soon afterwards, the flood receded.", []),
    ("Harga cabai naik pekan lalu, kata Hj. Siti Aminah, pedagang di Jl. Pasar Baru No. 12.",
     "Chili prices rose last week, said Hajjah Siti Aminah, a trader at Jalan Pasar Baru No. 12.", []),
    ("Gubernur Heru Budi Hartono tidak hadir dalam rapat itu.", "Governor Heru Budi Hartono attended the meeting.",
     [("A006", "Governor Heru Budi Hartono attended the meeting.")]),
    ("Bupati Lumajang Thoriqul Haq menyebut kerugian mencapai Rp 3,2 triliun.",
     "Lumajang Regent Toriqul Haq said losses reached Rp 3.2 trillion.", [("A005", "Toriqul")]),
])
def test_indonesian_sentences(original, draft, expected):
    assert accuracy(draft, original) == expected
