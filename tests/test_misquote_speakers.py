"""Speaker attribution for the misquote family: who the draft says spoke, who the source says spoke."""

import pytest

from checks import CheckOptions, check_text
from checks.document import Document
from checks.misquote import verify_quotations
from checks.misquote.speakers import (
    SourceSpeakers,
    name_key,
    quotation_speaker,
    same_person,
)
from checks.quotes import quotations
from checks.registry import select_codes
from checks.stylesheet import SourceDocument


def draft_speaker(text: str):
    doc = Document(text)
    [q] = [q for q in quotations(doc) if q.depth == 0]
    sp = quotation_speaker(doc, q)
    return None if sp is None else sp.name


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("“We will not back down,” Qin said.", "Qin"),
        ("“We will not back down,” Qin Gang said on Wednesday.", "Qin Gang"),
        ("“He will raise possible cooperation,” said State Department spokesman Matthew Miller.", "Matthew Miller"),
        ("“The talks were useful,” State Department spokesman Matthew Miller said in a statement.", "Matthew Miller"),
        ("Blinken said that “the United States will continue to use diplomatic engagement.”", "Blinken"),
        ("Qin urged the US to “stop interfering in China's internal affairs.”", "Qin"),
        ("According to Miller, “the Secretary will travel to Beijing on Friday.”", "Miller"),
        ("In his call with Qin Gang, Blinken discussed the “importance of maintaining communication.”", "Blinken"),
        ("“This is a strong signal,” European Commission President Ursula von der Leyen told reporters.",
         "European Commission President Ursula von der Leyen"),
        ("“It is a good day for Europe,” said Viktor Orban, Hungary's prime minister.", "Viktor Orban"),
        ("The money will be paid “in tranches,” according to von der Leyen.", "von der Leyen"),
        ("Xinhua quoted Qin Gang as saying “the responsibility is clear.”", "Qin Gang"),
        ("Qin Gang told U.S. Secretary of State Antony Blinken that “the responsibility is clear.”", "Qin Gang"),
    ],
)
def test_draft_speaker_patterns(text, speaker):
    assert draft_speaker(text) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "“We will not back down,” he said.",
        "“We will not back down,” the ministry said in a statement.",
        "The ministry called the report “a fabrication” and demanded an apology.",
        "Officials described the meeting as “frank” and “useful.”",
        "“The State Department said nothing,” the newspaper reported.",
    ],
)
def test_no_named_speaker(text):
    doc = Document(text)
    q = [q for q in quotations(doc) if q.depth == 0][0]
    sp = quotation_speaker(doc, q)
    assert sp is None or sp.name is None


def test_pronoun_after_falls_back_to_the_name_before():
    assert draft_speaker("Qin said: “China has always followed the principles of mutual respect,” he added.") == "Qin"


@pytest.mark.parametrize(
    "a, b, same",
    [
        ("Qin", "Qin Gang", True),
        ("Chinese Foreign Minister Qin Gang", "Qin Gang", True),
        ("Blinken", "Secretary of State Antony Blinken", True),
        ("Blinken", "Qin Gang", False),
        ("von der Leyen", "Ursula von der Leyen", True),
        ("Foreign Minister Qin", "Foreign Minister Wang Yi", False),
        ("State Department spokesman Matthew Miller", "Miller", True),
    ],
)
def test_same_person(a, b, same):
    assert same_person(a, b) is same


@pytest.mark.parametrize("name", ["the ministry", "China's Foreign Ministry", "State Department", "the spokesman", None, ""])
def test_organisations_and_titles_identify_nobody(name):
    assert name_key(name) == frozenset()
    assert same_person(name, "Qin Gang") is None


TRANSCRIPT = """Press conference after the summit

CHARLES MICHEL: We have decided to support Ukraine for the long term.

URSULA VON DER LEYEN: This is a strong signal of unity and of support for Ukraine.

Q: Did anyone receive special guarantees?
"""


def test_transcript_labels_give_the_speaker():
    sp = SourceSpeakers(TRANSCRIPT)
    assert sp.speaker_at(TRANSCRIPT.index("We have"), TRANSCRIPT.index("We have") + 10) == "Charles Michel"
    assert sp.speaker_at(TRANSCRIPT.index("strong"), TRANSCRIPT.index("strong") + 6) == "Ursula von der Leyen"
    assert sp.speaker_at(TRANSCRIPT.index("Did anyone"), TRANSCRIPT.index("Did anyone") + 5) == "a questioner"


def test_a_single_colon_line_is_not_a_transcript():
    text = "Note: figures are provisional.\n\nThe ministry said growth slowed to 2 percent in the quarter."
    sp = SourceSpeakers(text)
    assert sp.speaker_at(text.index("growth"), text.index("growth") + 6) is None


def test_quoted_and_reported_speech_in_a_source():
    text = ('"We are deeply concerned about the situation," Blinken said. Qin Gang said that the responsibility '
            "for the tensions is clear. The statement did not mention Taiwan.")
    sp = SourceSpeakers(text)
    assert sp.speaker_at(text.index("deeply"), text.index("deeply") + 6) == "Blinken"
    assert sp.speaker_at(text.index("the responsibility"), text.index("is clear")) == "Qin Gang"
    assert sp.speaker_at(text.index("did not"), text.index("did not") + 7) is None


def test_statement_by_a_spokesperson_does_not_claim_every_word():
    text = ("Statement by Spokesperson Matthew Miller\n\nThe Secretary discussed the importance of maintaining "
            "open lines of communication with the minister.")
    draft = "Blinken discussed “the importance of maintaining open lines of communication” with Qin."
    [qc] = verify_quotations(draft, [SourceDocument("s.txt", text)])
    assert qc.status == "verified" and not qc.misattributed


def test_remarks_header_gives_the_speaker():
    text = "Remarks by President Biden on the economy\n\nWe are building an economy from the middle out and the bottom up."
    draft = "“We are building an economy from the middle out and the bottom up,” Trump said."
    [qc] = verify_quotations(draft, [SourceDocument("remarks.txt", text)])
    assert qc.misattributed and qc.source_speaker == "President Biden"


def test_misattribution_finding():
    source = SourceDocument("transcript.txt", TRANSCRIPT)
    opts = CheckOptions(sources=[source], select=select_codes(["misquote"]))
    draft = "“We have decided to support Ukraine for the long term,” von der Leyen told reporters."
    [f] = check_text(draft, opts).findings
    assert (f.rule, f.severity, f.excerpt) == ("M003", "warning", "von der Leyen")
    assert "Charles Michel" in f.message and "transcript.txt" in f.message
    ok = "“We have decided to support Ukraine for the long term,” said European Council President Charles Michel."
    assert check_text(ok, opts).findings == []
    anon = "“We have decided to support Ukraine for the long term,” one diplomat said."
    assert check_text(anon, opts).findings == []


def test_short_quote_is_not_misattributed():
    source = SourceDocument("transcript.txt", TRANSCRIPT)
    draft = "Orban said he received “special guarantees” from Brussels."
    [qc] = verify_quotations(draft, [source])
    assert qc.status == "verified" and not qc.misattributed


def test_source_quote_split_by_its_attribution_keeps_its_speaker():
    text = ('"We will not accept any interference in our internal affairs," Qin Gang said. "The responsibility '
            'for the tensions lies entirely with Washington."')
    draft = ("“We will not accept any interference in our internal affairs. The responsibility for the tensions "
             "lies entirely with Washington,” Blinken said.")
    [qc] = verify_quotations(draft, [SourceDocument("wire.txt", text)])
    assert qc.status == "verified"
    assert qc.misattributed and qc.source_speaker == "Qin Gang"
