"""Names checks (N001-N003): misspellings against the names list and sources, inconsistency in the draft."""

from __future__ import annotations

from pathlib import Path

import pytest

from checks import check_text
from checks.document import Document
from checks.names import check_names
from checks.names.index import list_index
from checks.stylesheet import CheckOptions, NameEntry, SourceDocument, load_names_csv

ROOT = Path(__file__).resolve().parent.parent
NAMES = load_names_csv(ROOT / "checks" / "data" / "names_list.csv")


def names_findings(text: str, names=NAMES, sources=()) -> list:
    """Findings against exactly ``names`` (the shipped list by default) and ``sources``."""
    opts = CheckOptions(names=list(names) if names is not NAMES else NAMES, sources=list(sources), default_lists=False)
    return sorted(check_names(Document(text), opts), key=lambda f: f.start)


def fixes(text: str, **kw) -> list[tuple[str, str, str]]:
    """(rule, excerpt, first replacement) for every names finding."""
    out = []
    for f in names_findings(text, **kw):
        s = f.suggestions[0]
        out.append((f.rule, text[f.start : f.end], s.replacement))
    return out


# --- misspellings against the names list ------------------------------------------------------------

MUST_FIX = [
    ("US Secretary of State Anthony Blinken spoke by phone with his Chinese counterpart on Wednesday.",
     "Anthony Blinken", "Antony Blinken"),
    ("Russian Foreign Minister Sergey Lavrow said Moscow was open to talks.", "Sergey Lavrow", "Sergei Lavrov"),
    ("German Chancellor Olaf Scholtz said the agreement showed Europe could act quickly.", "Olaf Scholtz",
     "Olaf Scholz"),
    ("Chinese President Xi Jingping will attend the summit in person, state media said.", "Xi Jingping",
     "Xi Jinping"),
    ("European Commission President Ursula von der Layen thanked the Belgian presidency.",
     "Ursula von der Layen", "Ursula von der Leyen"),
    ("Saudi Crown Prince Mohammad bin Salman received the delegation in Riyadh.", "Mohammad bin Salman",
     "Mohammed bin Salman"),
    ("Kremlin spokesman Dmitri Peskov told reporters there was no date yet.", "Dmitri Peskov", "Dmitry Peskov"),
    ("Israeli Prime Minister Benjamin Netanyahou met the envoy on Sunday.", "Benjamin Netanyahou",
     "Benjamin Netanyahu"),
    ("The decision was welcomed by NATO Secretary General Mark Rute.", "Mark Rute", "Mark Rutte"),
    ("UN Secretary-General Antonio Guteres urged both sides to show restraint.", "Antonio Guteres",
     "Antonio Guterres"),
    ("Prime Minister Keir Stramer told parliament the plan was fully funded.", "Keir Stramer", "Keir Starmer"),
    ("Ukrainian President Volodymyr Zelensky said air defences were stretched.", "Volodymyr Zelensky",
     "Volodymyr Zelenskiy"),
    ("Qatari Prime Minister Mohammed bin Abdulrahman al-Thanni hosted the talks in Doha.",
     "Mohammed bin Abdulrahman al-Thanni", "Mohammed bin Abdulrahman al-Thani"),
]


@pytest.mark.parametrize("text,wrong,right", MUST_FIX)
def test_misspelled_name_is_fixed_to_the_list_spelling(text, wrong, right):
    found = fixes(text)
    assert found == [("N001", wrong, right)]


def test_message_names_the_list_entry():
    f = names_findings("US Secretary of State Anthony Blinken spoke on Wednesday.")[0]
    assert f.message == "Name differs from the names list: Antony Blinken"
    assert (f.category, f.severity) == ("names", "error")


def test_possessive_is_outside_the_span():
    text = "Antony Blinken arrived on Monday. Blinkin’s visit is the first since February."
    assert fixes(text) == [("N001", "Blinkin", "Blinken")]


def test_possessive_full_name():
    text = "Olaf Scholtz's government collapsed in November."
    assert fixes(text) == [("N001", "Olaf Scholtz", "Olaf Scholz")]


def test_initial_is_kept_in_the_fix():
    text = "Secretary of State Antony J. Blinkin met the foreign minister."
    assert fixes(text) == [("N001", "Antony J. Blinkin", "Antony J. Blinken")]


def test_surname_variant_on_its_own():
    text = "Zelensky said the talks in Istanbul had produced nothing new."
    assert fixes(text) == [("N001", "Zelensky", "Zelenskiy")]


def test_accents_only_is_n003_and_uses_the_list_spelling():
    text = "Turkish President Recep Tayyip Erdoğan spoke to reporters. Erdoğan said the corridor was open."
    found = fixes(text)
    assert found == [
        ("N003", "Recep Tayyip Erdoğan", "Recep Tayyip Erdogan"),
        ("N003", "Erdoğan", "Erdogan"),
    ]
    f = names_findings(text)[0]
    assert f.severity == "warning" and "accents only" in f.message


def test_missing_accents_map_to_an_accented_list():
    names = [NameEntry("Viktor Orbán"), NameEntry("Recep Tayyip Erdoğan")]
    text = "Hungarian Prime Minister Viktor Orban met Erdogan in Ankara. Orban said the deal was fair."
    assert fixes(text, names=names) == [
        ("N003", "Viktor Orban", "Viktor Orbán"),
        ("N003", "Erdogan", "Erdoğan"),
        ("N003", "Orban", "Orbán"),
    ]


def test_surname_typo_needs_the_full_name_in_the_draft():
    # "Scholtz" alone is not corrected: no full name in the draft says which Scholz is meant
    assert fixes("Scholtz said the coalition would hold.") == []
    text = "Chancellor Olaf Scholz spoke first. Later, Scholtz said the coalition would hold."
    assert fixes(text) == [("N001", "Scholtz", "Scholz")]


def test_second_reference_form_from_the_short_column():
    text = "President Luiz Inacio Lula da Silva arrived in Rome. Lulla said the deal was fair."
    assert fixes(text) == [("N001", "Lulla", "Lula")]


def test_common_surname_alone_is_not_taken_for_a_listed_person():
    text = "Chancellor Olaf Scholz met party leaders. Schulz, a former party chairman, did not attend."
    assert fixes(text) == []


def test_listed_variant_with_one_unit_maps_to_surname():
    names = [NameEntry("Volodymyr Zelenskiy", ("Zelenskyy", "Volodymyr Zelensky"))]
    text = "Volodymyr Zelensky spoke by video link. Zelenskyy thanked the allies."
    assert fixes(text, names=names) == [
        ("N001", "Volodymyr Zelensky", "Volodymyr Zelenskiy"),
        ("N001", "Zelenskyy", "Zelenskiy"),
    ]


def test_four_letter_part_that_lost_a_letter():
    assert fixes("Federal Reserve Governor Lisa Cok voted against the cut.") == [("N001", "Lisa Cok", "Lisa Cook")]
    # three-letter results that are names or words of their own are left alone
    assert fixes("Jon Healey, a local councillor, and Luis Are spoke at the meeting.") == []


def test_title_case_headline():
    text = "Anthony Blinken Speaks With Chinese Foreign Minister Ahead of Beijing Visit"
    assert fixes(text) == [("N001", "Anthony Blinken", "Antony Blinken")]


# --- near misses and clean copy must stay quiet ------------------------------------------------------

QUIET = [
    "Australian Prime Minister Anthony Albanese met Antony Blinken in Canberra.",
    "State Department spokesman Matthew Miller declined to comment, as did Michael Miller of the embassy.",
    "Peter Scholl, a trade unionist, spoke before Olaf Scholz addressed the rally. Scholl said wages must rise.",
    "Former Premier Li Keqiang died in 2023; Premier Li Qiang attended the memorial.",
    "Kim Jong Il ruled North Korea until 2011, when his son Kim Jong Un took power.",
    "UN rapporteur Francesca Albanese criticised the decision.",
    "Prime Minister Hun Manet succeeded his father, Hun Sen, in 2023.",
    "Defence Minister Khalid bin Salman is a brother of Crown Prince Mohammed bin Salman.",
    "Nechirvan Barzani and Masrour Barzani both attended the ceremony in Erbil.",
    "Speaker Mike Johnson met Boris Johnson, the former British prime minister.",
    "Secretary of State Marco Rubio and NATO chief Mark Rutte spoke on Thursday.",
    "Javier Milei's sister Karina Milei runs the presidential office.",
    "Former Cuban leader Raul Castro and Honduran President Xiomara Castro met in Havana.",
    "The Getty Images photographer Chip Somodevilla took the picture in Washington.",
    "“We will not accept this,” said Maria Zakharova, the Russian Foreign Ministry spokeswoman.",
    "Kristalina Georgieva said the IMF would lower its forecast, while Jerome Powell kept rates on hold.",
    "Sheikh Tamim bin Hamad al-Thani received Badr Abdelatty and Ayman Safadi in Doha.",
    "President Luiz Inacio Lula da Silva spoke in Brasilia. Lula said growth would pick up.",
    "Recep Tayyip Erdogan met Tayyip Erdogan's aides; Erdogan later spoke to reporters.",
    "Jean-Noel Barrot and Annalena Baerbock travelled to Damascus to meet Ahmed al-Sharaa.",
]


@pytest.mark.parametrize("text", QUIET)
def test_near_misses_and_correct_names_are_not_flagged(text):
    assert fixes(text) == []


def test_every_list_name_is_accepted_as_written():
    text = "\n\n".join(f"The statement was issued by {e.name} on Monday." for e in NAMES)
    assert fixes(text) == []


def test_seed_flags_only_the_two_anthony_blinkens(seed_text):
    text = seed_text
    report = check_text(text, CheckOptions(names=NAMES))
    names = [(f.rule, f.excerpt, f.suggestions[0].replacement) for f in report.findings if f.category == "names"]
    assert names == [("N001", "Anthony Blinken", "Antony Blinken")] * 2


def test_no_names_list_means_no_reference_findings():
    assert fixes("US Secretary of State Anthony Blinken spoke on Wednesday.", names=[]) == []


def test_the_library_uses_the_shipped_list_by_default():
    text = "US Secretary of State Anthony Blinken spoke on Wednesday."
    assert [(f.rule, f.excerpt) for f in check_text(text).findings if f.category == "names"] == [
        ("N001", "Anthony Blinken")]
    assert not [f for f in check_text(text, CheckOptions(default_lists=False)).findings if f.category == "names"]


def test_a_users_entry_replaces_the_shipped_one_it_collides_with():
    # A desk that keeps its own spelling of a listed person is not corrected back to the shipped one.
    desk = [NameEntry("Anthony Blinken", ("Tony Blinken",))]
    text = "US Secretary of State Anthony Blinken spoke on Wednesday, and Tony Blinken later left."
    found = [(f.excerpt, f.suggestions[0].replacement) for f in check_text(text, CheckOptions(names=desk)).findings
             if f.category == "names"]
    assert found == [("Tony Blinken", "Anthony Blinken")]


# --- sources -----------------------------------------------------------------------------------------

STATEMENT = SourceDocument(
    "statement.txt",
    "Foreign Minister Harald Lindqvist met Ambassador Ingrid Okafor-Baines in Stockholm on Tuesday.",
)


def test_source_names_are_reference_spellings():
    text = "Foreign Minister Harald Lindquist said the talks were constructive."
    found = names_findings(text, names=[], sources=[STATEMENT])
    assert [(f.rule, f.suggestions[0].replacement) for f in found] == [("N001", "Harald Lindqvist")]
    assert found[0].message == "Name differs from the source statement.txt: Harald Lindqvist"


def test_source_spelling_is_accepted():
    text = "Ambassador Ingrid Okafor-Baines said Harald Lindqvist would travel to Riga."
    assert fixes(text, names=[], sources=[STATEMENT]) == []


# --- consistency inside the draft --------------------------------------------------------------------

def test_minority_spelling_gets_the_dominant_one_without_a_list():
    text = (
        "EU foreign policy chief Kaja Kallas arrived in Kyiv on Monday. "
        "Kaia Kallas said the bloc would keep its support. "
        "Asked about sanctions, Kaja Kallas said a new package was ready."
    )
    found = names_findings(text, names=[])
    assert [(f.rule, text[f.start : f.end]) for f in found] == [("N002", "Kaia Kallas")]
    s = found[0].suggestions[0]
    assert text[s.start : s.end] == "Kaia" and s.replacement == "Kaja"
    assert found[0].message == "Name spelled differently elsewhere in the draft: Kaja Kallas (2 times)"


def test_surname_minority_without_a_list():
    text = (
        "Finance Minister Helena Whitfield presented the budget. Whitfield said the deficit would narrow. "
        "Whitfeld added that taxes would not rise."
    )
    found = names_findings(text, names=[])
    assert [(f.rule, text[f.start : f.end], f.suggestions[0].replacement) for f in found] == [
        ("N002", "Whitfeld", "Whitfield")
    ]


def test_two_people_with_similar_names_are_not_inconsistent():
    text = (
        "Matthew Miller, the spokesman, spoke first. Michael Miller, a lawyer, followed. "
        "Peter Scholl and Olaf Scholz did not attend. Miller said the case was closed."
    )
    assert names_findings(text, names=[]) == []


def test_a_full_name_is_not_corrected_after_a_bare_surname():
    text = "Scholz spoke on Monday. Peter Scholl, a union leader, answered him on Tuesday."
    assert names_findings(text, names=[]) == []


def test_list_spelling_wins_over_draft_majority():
    text = "Kaia Kallas spoke. Kaia Kallas travelled to Kyiv. Kaja Kallas met the minister."
    found = fixes(text)
    assert found == [("N001", "Kaia Kallas", "Kaja Kallas")] * 2


# --- the index is built once per list ----------------------------------------------------------------

def test_index_is_cached_for_the_same_entries():
    assert list_index(NAMES) is list_index(NAMES)
    # the app builds a new list from the same cached entries on every rerun: no re-indexing
    assert list_index(list(NAMES)) is list_index(NAMES)
    changed = list(NAMES[:-1]) + [NameEntry("Kaja Kallas", ("Kaia Kallas",))]
    assert list_index(changed) is not list_index(NAMES)


# --- a whole article of clean professional copy ------------------------------------------------------

ARTICLE = """Blinken meets Wang Yi in Beijing as both sides seek to steady ties

BEIJING, June 19 (Reuters) - U.S. Secretary of State Antony Blinken met China's top diplomat Wang Yi in
Beijing on Monday, the second day of a visit aimed at easing tensions between the world's two largest
economies.

Blinken and Wang held talks for about three hours, a State Department official said. Wang told Blinken
that Washington should stop hyping the "China threat", according to a Chinese readout.

Matthew Miller, the State Department spokesman, said the talks had been "candid and constructive".
Michael Miller, a trade analyst at a Washington think tank, said expectations remained low.

Blinken later met President Xi Jinping. Xi said the two sides had made progress. It was the first visit
by a U.S. secretary of state since Mike Pompeo travelled to China in 2018.

In Berlin, Chancellor Olaf Scholz said Europe would not decouple from China. Peter Scholl, who heads the
German chamber of commerce in Shanghai, welcomed the remarks. Scholz is due to host Premier Li Qiang
next week; Li Keqiang, his predecessor, died in October.

Australian Prime Minister Anthony Albanese said Canberra would keep talking to Beijing. Albanese visited
China in November. UN special rapporteur Francesca Albanese was not involved.

Russian Foreign Minister Sergei Lavrov and Kremlin spokesman Dmitry Peskov declined to comment. Lavrov
is expected in New Delhi next month, where he will meet Subrahmanyam Jaishankar.
"""


@pytest.mark.parametrize("names", [NAMES, []], ids=["with the list", "without a list"])
def test_clean_article_is_quiet(names):
    assert fixes(ARTICLE, names=names) == []
