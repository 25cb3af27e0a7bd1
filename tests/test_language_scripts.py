"""Scripts langdetect has no profile for (Khmer, Burmese, Lao, Georgian, Armenian, Amharic...) and Pashto.

An MT draft from a low-resource language often keeps a sentence of its source; in these scripts it used to
go unseen, because their words were taken for Latin ones, and an original in them was called English.
"""

from __future__ import annotations

import pytest

from checks import check_text
from checks.accuracy.pairing import original_language
from checks.accuracy.split import split_original
from checks.language.words import WORD_RE, weight

LEAD = "The Ministry of Public Works said on Tuesday that construction had been slowed by heavy rains. "
TAIL = " Officials expect the new road to open to traffic next year, two years later than planned."

SENTENCES = {
    "Khmer": ("km", "នៅឆ្នាំ ២០១៩ រដ្ឋាភិបាលបានចាប់ផ្តើមសាងសង់ផ្លូវនេះ។"),
    "Burmese": ("my", "မြန်မာနိုင်ငံ အစိုးရက လမ်းအသစ် ဆောက်မည်ဟု ကြေညာခဲ့သည်။"),
    "Lao": ("lo", "ລັດຖະບານລາວ ໄດ້ປະກາດວ່າ ຈະສ້າງຖະໜົນໃໝ່ ໃນປີໜ້າ"),
    "Georgian": ("ka", "საქართველოს მთავრობამ განაცხადა, რომ ახალი გზა აშენდება."),
    "Armenian": ("hy", "Հայաստանի կառավարությունը հայտարարեց նոր ճանապարհի մասին։"),
    "Amharic": ("am", "የኢትዮጵያ መንግሥት አዲስ መንገድ እንደሚገነባ አስታወቀ።"),
    "Pashto": ("ps", "ولسمشر وویل چې دا پروژه به راتلونکی کال بشپړه شي."),
}


@pytest.mark.parametrize("name", sorted(SENTENCES))
def test_an_untranslated_sentence_in_these_scripts_is_flagged_with_its_language(name):
    sentence = SENTENCES[name][1]
    text = LEAD + sentence + TAIL
    found = [f for f in check_text(text).findings if f.rule == "L001"]
    assert len(found) == 1, name
    f = found[0]
    assert f.message.startswith(f"Untranslated {name}")
    start = text.index(sentence)
    assert start <= f.start < f.end <= start + len(sentence)
    assert f.end - f.start >= 0.8 * len(sentence.rstrip("។።։."))


@pytest.mark.parametrize("name", sorted(SENTENCES))
def test_an_original_in_these_scripts_is_named_by_its_script(name):
    code, sentence = SENTENCES[name]
    assert original_language(sentence + " " + sentence) == code


def test_persian_urdu_and_arabic_are_not_taken_for_pashto():
    assert original_language("دولت ایران اعلام کرد که جاده جدید سال آینده افتتاح می‌شود.") == "fa"
    assert original_language("پاکستان کی حکومت نے نئی سڑک بنانے کا اعلان کیا۔ وزیر نے کہا کہ منصوبہ مکمل ہوگا۔") == "ur"
    assert original_language("أعلنت الحكومة المصرية أن الطريق الجديد سيفتتح العام المقبل.") == "ar"


def test_a_name_in_its_own_script_beside_english_is_not_untranslated_text():
    text = ("The talks were held in Tbilisi (თბილისი) and in Yerevan (Երևան), where the ministers agreed "
            "to reopen the border crossing at Bagratashen before the winter.")
    assert [f for f in check_text(text).findings if f.rule in ("L001", "L002")] == []


def test_khmer_sentences_end_at_the_khan_with_or_without_a_space():
    text = "នៅឆ្នាំ ២០១៩ រដ្ឋាភិបាលបានសាងសង់ផ្លូវ ១២០ គីឡូម៉ែត្រ។ លោករដ្ឋមន្ត្រី បានថ្លែងថា គម្រោងនឹងបញ្ចប់។អ្នកជំនាញបាននិយាយ។"
    parts = [text[s.start : s.end] for s in split_original(text)]
    assert len(parts) == 3
    assert all(p.endswith("។") for p in parts)


def test_words_keep_their_vowel_signs():
    assert WORD_RE.findall("नमस्ते दुनिया") == ["नमस्ते", "दुनिया"]
    assert WORD_RE.findall("រដ្ឋាភិបាល") == ["រដ្ឋាភិបាល"]
    assert WORD_RE.findall("l'économie and a well-known café in 2019") == [
        "l'économie", "and", "a", "well-known", "café", "in"]


def test_an_unspaced_word_counts_its_letters_not_its_vowel_signs():
    # ကြေညာခဲ့သည် has 11 code points but 5 letters: two and a half words of two letters, not five and a half
    assert weight("ကြေညာခဲ့သည်") == 2.5
    assert weight("government") == 1.0
