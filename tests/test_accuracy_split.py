"""Sentence splitting of originals: full stops of many scripts, abbreviations of many languages, exact spans."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checks.accuracy.split import split_original


def sentences(text):
    spans = split_original(text)
    return [text[a:b] for a, b in spans]


CASES = {
    "fr": (
        "Le président Emmanuel Macron a reçu M. Scholz à l'Élysée le 3 juillet. « Nous sommes d'accord », "
        "a-t-il déclaré. Le budget atteindra 3,2 milliards d'euros, etc. Selon l'INSEE, la croissance ralentit.",
        4,
    ),
    "es": (
        "El Sr. García viajó a EE. UU. el lunes. ¿Quién pagará la factura? El Gobierno aprobó 1.500 millones. "
        "¡Es una vergüenza!, dijo la Dra. López.",
        4,
    ),
    "de": (
        "Am 3. Juli reiste Bundeskanzler Olaf Scholz nach Peking. Die Regierung hat z. B. neue Regeln "
        "beschlossen, u. a. für Importe. Im 20. Jahrhundert war das anders. „Ein Rückzug ist nicht "
        "ausgeschlossen“, sagte Dr. Müller.",
        4,
    ),
    "it": ("Il sig. Rossi è arrivato a Roma. Il dott. Bianchi ha confermato la notizia. Ecco i dati.", 3),
    "pt": ("O Sr. Silva chegou a Lisboa. A Dra. Costa confirmou, e o governo aprovou 2,5 mil milhões.", 2),
    "ro": ("Dl. Popescu a declarat că bugetul crește cu 5%. Ministrul a plecat la Bruxelles. Nr. 3 este gol.", 3),
    "ru": (
        "Президент В. В. Путин подписал указ 12 марта 2022 г. в Москве. Это т. е. новая мера. "
        "«Мы не отступим», — сказал он. Бюджет составит 1,5 млн руб. на человека.",
        4,
    ),
    "uk": ("Президент України заявив про підтримку. Уряд виділив 3 тис. грн. на допомогу. Що далі?", 3),
    "pl": ("Premier spotkał się m.in. z prezydentem. Budżet wyniesie ok. 5 mln zł. Co dalej?", 3),
    "tr": ("Cumhurbaşkanı Dr. Yılmaz açıklama yaptı. Toplantı 3 saat sürdü. Neden?", 3),
    "et": ("Valitsus kiitis eelarve heaks. Näiteks nt 3 mln eurot. Mis edasi?", 3),
    "nl": ("De heer Jansen, bijv. de minister, sprak. Het kabinet viel.", 2),
    "ar": ("قال الرئيس إن الاتفاق مهم. هل سيوقع الطرفان؟ نعم، قال المتحدث.", 3),
    "fa": ("رئیس جمهور سخنرانی کرد۔ مردم گوش دادند.", 2),
    "hi": ("प्रधानमंत्री ने बैठक की। सरकार ने योजना की घोषणा की।", 2),
    "zh": ("外交部长秦刚与布林肯通电话。双方讨论了中美关系！“我们不会让步。”他说。这是第三次通话吗？", 5),
    "ja": ("首相は記者会見を開いた。「増税はしない」と述べた。会見は30分続いた｡", 3),
    "el": ("Ο πρωθυπουργός μίλησε στη Βουλή. Τι θα γίνει τώρα; Κανείς δεν ξέρει.", 3),
    "hy": ("Վարչապետը հայտարարություն արեց։ Կառավարությունը համաձայնեց։", 2),
    "am": ("ጠቅላይ ሚኒስትሩ ንግግር አደረጉ። መንግሥት ተስማማ።", 2),
}


@pytest.mark.parametrize("lang", sorted(CASES))
def test_each_language_splits_into_its_sentences(lang):
    text, n = CASES[lang]
    got = sentences(text)
    assert len(got) == n, got


def test_abbreviations_initials_and_ordinals_do_not_end_sentences():
    assert len(sentences("Am 3. Juli kam Dr. Müller, d. h. der Chef, mit Prof. Schmidt.")) == 1
    assert len(sentences("В. В. Путин и Д. А. Медведев встретились в 2022 г. в Сочи.")) == 1
    assert len(sentences("M. Dupont et Mme Martin sont arrivés.")) == 1
    # Italian and Spanish titles, and abbreviations that introduce a number (art. 155, núm. 5)
    assert len(sentences("Lo ha confermato l'on. Meloni a Roma, insieme al sen. Renzi e alla sig.ra Rossi.")) == 1
    assert len(sentences("El pdte. Sánchez invocó el art. 155 de la Constitución y el núm. 3 del decreto.")) == 1
    assert len(sentences("Ganaron en 2019. 2020 fue peor.")) == 2


def test_a_currency_or_scale_abbreviation_ends_a_sentence_before_a_capital():
    text = ("Тариф становитиме 4,32 грн. Наступне засідання уряду 8 березня. Збитки сягнули 1,2 млрд. "
            "Найбільше постраждала підстанція на вул. Клочківській, без світла 200 тис. споживачів.")
    assert sentences(text) == ["Тариф становитиме 4,32 грн.", "Наступне засідання уряду 8 березня.",
                               "Збитки сягнули 1,2 млрд.",
                               "Найбільше постраждала підстанція на вул. Клочківській, без світла 200 тис. споживачів."]
    assert len(sentences("Бюджет составит 1,5 млн руб. на человека, сообщил Минфин.")) == 1


def test_turkish_and_arabic_titles_and_abbreviations_do_not_end_sentences():
    tr = ("Akdeniz Üniversitesi'nden Prof. Dr. Ayşe Demir konuştu. Otel, pansiyon vb. tesislerde doluluk yüzde 4,5 "
          "arttı. Doç. Dr. Kaya ve Av. Ali Şen katıldı. T.C. Merkez Bankası faizi yüzde 45'e çıkardı.")
    assert len(sentences(tr)) == 4
    ar = ("وأكد رئيس الوزراء، د. مصطفى مدبولي، أن الحكومة لن تلجأ إلى خفض جديد. قال أ. د. محمد فؤاد إن التضخم "
          "بلغ 33.7%. وارتفعت البورصة بنسبة ٦٫١٪. هل ينجح البنك هذه المرة؟ يتساءل كثيرون.")
    assert sentences(ar)[:2] == ["وأكد رئيس الوزراء، د. مصطفى مدبولي، أن الحكومة لن تلجأ إلى خفض جديد.",
                                 "قال أ. د. محمد فؤاد إن التضخم بلغ 33.7%."]
    assert len(sentences(ar)) == 5


def test_quotes_stay_with_their_sentence():
    text = "„Das ist nicht ausgeschlossen.“ Dann ging er. «Non.» Il part."
    assert sentences(text) == ["„Das ist nicht ausgeschlossen.“", "Dann ging er.", "«Non.»", "Il part."]
    assert sentences("他说：“我们会继续努力。”会议结束。") == ["他说：“我们会继续努力。”", "会议结束。"]


def test_decimals_and_thousands_do_not_split():
    assert len(sentences("Le taux est de 7,8 % et la dette de 15.000 euros, soit 3.5 fois plus.")) == 1


def test_paragraphs_and_headlines_are_boundaries():
    text = "Scholz in Peking\nDer Kanzler reist ab.\n\nZweiter Absatz ohne Punkt"
    assert sentences(text) == ["Scholz in Peking", "Der Kanzler reist ab.", "Zweiter Absatz ohne Punkt"]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab .。!?«»„“\n\r ZЖ中3,")), max_size=80))
def test_spans_are_ordered_trimmed_and_inside_the_text(text):
    spans = split_original(text)
    last = 0
    for a, b in spans:
        assert last <= a < b <= len(text)
        assert not text[a].isspace() and not text[b - 1].isspace()
        last = b


def test_turkish_ordinals_before_an_institution_name_do_not_end_sentences():
    tr = ("İstanbul Anadolu 12. Ağır Ceza Mahkemesi, sanığa 8 yıl 4 ay hapis cezası verdi. Yargıtay 3. Hukuk "
          "Dairesi kararı onadı. Dosya 11. Kalkınma Planı ile 28. Dönem milletvekillerini ve İzmir 2. İdare "
          "Mahkemesi'ni ilgilendirmiyor.")
    assert len(sentences(tr)) == 3
    # a sentence that ends on a figure still ends there
    assert len(sentences("Kazada ölenlerin sayısı 12. Ağır yaralılar hastaneye kaldırıldı.")) == 2
    assert len(sentences("Die Zahl der Toten stieg auf 12. Die Polizei ermittelt.")) == 2
