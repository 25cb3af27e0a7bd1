"""A draft that is not in English gets the checks that do not depend on English, and is told so (issue 12).

French copy sets « » with spaces inside and a space before : ; ! ?, German copy „…“ or »…«, and neither
is an error there; English-only rules (garble, calques, guillemets in English copy, nesting order,
punctuation placement, the direction of curly marks, repeated words, spaces before punctuation) are
skipped, while quotation marks that do not pair, mojibake and scraped residue are still found.
"""

from __future__ import annotations

from checks import check_text
from checks.registry import ENGLISH_ONLY, RULES

FRENCH = (
    "Le président a déclaré mardi que la France « ne reculera pas » face aux menaces. « Nous défendrons nos "
    "intérêts, a-t-il dit, et nous le ferons avec nos partenaires européens. »\n\n"
    "Le ministre des Affaires étrangères a qualifié la situation de « préoccupante » et a appelé à la retenue : "
    "selon lui, « les négociations doivent reprendre sans délai ». Il a parlé d'un ‹ accord › historique !\n\n"
    "Les syndicats ont dénoncé un projet « injuste » et ont appelé à une nouvelle journée de grève jeudi. Nous nous "
    "sommes battus pour cela, a rappelé la secrétaire générale.\n"
)
GERMAN = (
    "Der Bundeskanzler sagte am Dienstag, Deutschland werde „nicht zurückweichen“. „Wir werden unsere Interessen "
    "verteidigen“, sagte er in Berlin.\n\n"
    "Die Außenministerin nannte die Lage »besorgniserregend« und rief zur Zurückhaltung auf. Die Gewerkschaften "
    "kritisierten den Entwurf als „ungerecht“ und kündigten einen weiteren Streik an.\n\n"
    "Die Opposition sprach von einem „historischen Fehler“ und verlangte Neuwahlen im Herbst dieses Jahres.\n"
)


def test_clean_french_copy_gets_only_the_language_notice():
    report = check_text(FRENCH)
    assert report.language == "fr"
    assert [f.rule for f in report.findings] == ["L002"]
    assert "only checks that do not depend on English" in report.findings[0].message
    [notice] = report.notices
    assert "French" in notice and "Q009" in notice and "G005" in notice


def test_clean_german_copy_has_no_quote_findings():
    report = check_text(GERMAN)
    assert report.language == "de"
    assert [f.rule for f in report.findings] == ["L002"]


def test_french_copy_still_gets_the_language_independent_checks():
    broken = FRENCH.replace("« préoccupante »", "« préoccupante").replace("défendrons", "dÃ©fendrons")
    rules = [f.rule for f in check_text(broken).findings]
    assert "Q002" in rules and "C005" in rules
    unclosed = next(f for f in check_text(broken).findings if f.rule == "Q002")
    assert unclosed.excerpt == "«" and any(s.replacement == "»" for s in unclosed.suggestions)


def test_english_copy_still_gets_guillemets_flagged():
    report = check_text("The minister called the deal «historic» on Monday, officials in Paris said.")
    assert report.language == "en" and [f.rule for f in report.findings] == ["Q009", "Q009"]
    assert report.notices == []


def test_english_only_rules_are_the_ones_that_read_english():
    assert {"G001", "G005", "L001", "Q008", "Q009", "Q011", "C006", "C008"} <= ENGLISH_ONLY
    assert not {"Q001", "Q002", "Q003", "Q007", "C005", "N001", "M001", "L002"} & ENGLISH_ONLY
    assert ENGLISH_ONLY <= set(RULES)
