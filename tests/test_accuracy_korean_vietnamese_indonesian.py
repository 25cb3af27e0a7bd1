"""Originals in Korean, Vietnamese and Indonesian: their dates (3월 12일, ngày 12 tháng 3, 12 Maret), Korean
figures in myriads with spaces (45조 7천억 원), and Vietnamese and Indonesian negation (chưa, belum), each on a
faithful translation that must raise nothing and on a broken one that must raise the right finding."""

import pytest

from checks.accuracy.dates import date_mentions
from checks.accuracy.numbers import quantities
from accuracy_pairs import accuracy


def test_korean_and_vietnamese_dates_with_numbered_months():
    ko = "서울시는 2024년 3월 15일 예산을 발표했다. 시의회는 다음 달 10일까지 심의하며 화요일(12일) 회의를 연다."
    assert [(d.month, d.day, d.year, d.weekday) for d in date_mentions(ko)] == [
        (3, 15, 2024, None), (None, 10, None, None), (None, None, None, 2), (None, 12, None, None)]
    assert date_mentions("행사는 10일간 열린다.") == []  # "for ten days" is a duration
    vi = "Ngày 12 tháng 3, Bộ Y tế họp vào thứ Ba, ngày 5/4/2024, và tháng Giêng năm 2023, trừ Chủ nhật."
    assert [(d.month, d.day, d.year, d.weekday) for d in date_mentions(vi)] == [
        (3, 12, None, None), (None, None, None, 2), (4, 5, 2024, None), (1, None, 2023, None), (None, None, None, 7)]
    assert [(d.month, d.day, d.weekday) for d in date_mentions("Pada hari Senin, 12 Maret 2024, dua minggu lalu")] == [
        (None, None, 1), (3, 12, None)]


@pytest.mark.parametrize("text,value,unit", [
    ("45조 7천억 원", 45.7e12, "KRW"), ("3억원을", 3e8, "KRW"), ("3억 달러", 3e8, "USD"), ("1만 2천 명", 12000, ""),
    ("5천만 명", 5e7, ""),
])
def test_korean_figures_in_myriads(text, value, unit):
    (q,) = quantities(text, lang="ko")
    assert (q.value, q.unit) == (value, unit)


KO = ("서울시는 15일 내년 예산으로 45조 7천억 원을 편성했다고 밝혔다. 이는 올해보다 3.2% 늘어난 규모다.\n\n"
      "시의회는 다음 달 10일까지 예산안을 심의한다.")
KO_EN = ("The city of Seoul said on the 15th that it had drawn up a budget of 45.7 trillion won for next year. "
         "This is 3.2% more than this year.\n\nThe city council will review the budget until the 10th of next month.")


def test_a_korean_article():
    assert accuracy(KO_EN, KO) == []
    broken = KO_EN.replace("on the 15th", "on the 16th").replace("45.7 trillion", "4.57 trillion")
    assert accuracy(broken, KO) == [("A004", "16th"), ("A003", "4.57 trillion won")]


VI = ("Ngày 12 tháng 3, Bộ Y tế cho biết đã ghi nhận thêm 1.250 ca mắc mới. Tỷ lệ tiêm chủng đạt 87,5%.\n\n"
      "Bộ trưởng Nguyễn Thanh Long khẳng định dịch bệnh chưa được kiểm soát hoàn toàn. "
      "Ô nhiễm không khí tại Hà Nội tăng mạnh trong tháng 3.")
VI_EN = ("On March 12, the Ministry of Health said it had recorded 1,250 new cases. The vaccination rate reached "
         "87.5%.\n\nMinister Nguyen Thanh Long affirmed that the epidemic had not been completely brought under "
         "control. Air pollution in Hanoi rose sharply in March.")


def test_a_vietnamese_article():
    assert accuracy(VI_EN, VI) == []
    broken = (VI_EN.replace("March 12", "March 21").replace("1,250", "1,520")
              .replace("had not been completely brought under control", "had been completely brought under control"))
    assert [r for r, _ in accuracy(broken, VI)] == ["A004", "A003", "A006"]


def test_indonesian_negation_and_has_yet_to():
    original = "Pemerintah belum memutuskan kenaikan harga BBM pada Senin, 12 Maret."
    assert accuracy("The government has yet to decide on a fuel price rise on Monday, March 12.", original) == []
    assert accuracy("The government has not decided on a fuel price rise on Monday, March 12.", original) == []
    assert [r for r, _ in accuracy("The government decided on a fuel price rise on Monday, March 12.", original)] == [
        "A006"]
    assert accuracy("Not only Jakarta but Bandung too saw protests on Monday.",
                    "Tidak hanya Jakarta, tetapi juga Bandung dilanda protes pada hari Senin.") == []
