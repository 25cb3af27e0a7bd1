"""An "original" that is another article (checks/accuracy/unrelated.py): one notice, not a flood of omissions
and additions; a real original, a partial one, or a translation with a dropped sentence keeps every check."""

from checks import CheckOptions, check_text

TRAMWAY = (
    "Le conseil métropolitain de Lyon a approuvé jeudi soir la construction d'une nouvelle ligne de tramway. "
    "La ligne T10 reliera la gare de Saint-Fons au quartier de Gerland sur 6,5 kilomètres. "
    "Le chantier coûtera 210 millions d'euros, financés pour moitié par l'État. "
    "Les travaux doivent commencer en mars 2025 et durer trois ans. "
    "Les commerçants de la rue Marcel-Mérieux craignent une baisse de leur chiffre d'affaires. "
    "« Nous serons attentifs à chaque riverain », a promis le vice-président chargé des transports, Jean-Charles Kohlhaas."
)
TRAMWAY_EN = (
    "Lyon's metropolitan council on Thursday evening approved the construction of a new tram line. "
    "The T10 line will link Saint-Fons station with the Gerland district over 6.5 kilometres. "
    "The project will cost 210 million euros, half of it paid for by the state. "
    "Work is due to start in March 2025 and to last three years. "
    "Shopkeepers on Rue Marcel-Mérieux fear a fall in their takings. "
    "\"We will pay attention to every resident,\" promised the vice-president for transport, Jean-Charles Kohlhaas."
)
VENDANGES = (
    "Les vendanges ont commencé avec deux semaines d'avance dans le Bordelais. "
    "La chaleur de l'été a fait mûrir le raisin plus vite que prévu. "
    "Les viticulteurs annoncent une récolte en baisse de 15 % par rapport à l'an dernier. "
    "Le manque de main-d'œuvre inquiète de nombreux domaines. "
    "Certains châteaux ont fait appel à des étudiants venus d'Espagne. "
    "Les premiers vins seront goûtés par les négociants au printemps."
)


def _check(draft: str, original: str):
    return check_text(draft, CheckOptions(original=original))


def test_another_article_gives_one_notice_and_no_accuracy_findings():
    report = _check(TRAMWAY_EN, VENDANGES)
    assert [f for f in report.findings if f.category == "accuracy"] == []
    (notice,) = [n for n in report.notices if "does not read as the source" in n]
    assert "6 sentences" in notice


def test_the_draft_s_own_original_is_used():
    report = _check(TRAMWAY_EN, TRAMWAY)
    assert not any("does not read as the source" in n for n in report.notices)
    assert report.alignment is not None


def test_a_translation_with_errors_is_still_checked():
    draft = TRAMWAY_EN.replace("210 million", "120 million").replace(
        "Work is due to start in March 2025 and to last three years. ", "")
    report = _check(draft, TRAMWAY)
    assert not any("does not read as the source" in n for n in report.notices)
    assert {"A001", "A003"} <= {f.rule for f in report.findings}


def test_an_original_of_which_the_draft_translates_half_is_still_checked():
    half = " ".join(TRAMWAY_EN.split(". ")[:3]) + "."
    report = _check(half + " " + TRAMWAY_EN, TRAMWAY)
    assert report.alignment is not None
