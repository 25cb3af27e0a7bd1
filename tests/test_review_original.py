"""A review checked against a foreign-language original: omissions translated in, the alignment and the
original kept through a save and a reload (older saved reviews without them still open), lookups of the
original sentence a card shows. No model here: the reports are built by hand, as the engine builds them."""

from __future__ import annotations

import json

import pytest

from checks.findings import Finding, Report, Suggestion
from editor_app import export
from editor_app.aligned import AlignedIndex, insertion, pairs_from_json
from editor_app.review import Review, ReviewError
from editor_app.store import ReviewStore

ORIGINAL = (
    "Le gouvernement débloque 3,2 milliards d'euros.\n\n"
    "Le Premier ministre a annoncé mardi un plan. Les syndicats ont salué un « premier pas ».\n\n"
    "Le plan sera présenté au Parlement à l'automne.\n"
)
DRAFT = (
    "The government releases 4.2 billion euros.\n\n"
    "The prime minister announced a plan on Tuesday. The unions welcomed a \"first step\".\n"
)


def span(text: str, piece: str) -> tuple[int, int]:
    i = text.index(piece)
    return i, i + len(piece)


class FakeAlignment:
    """What ``Report.alignment`` offers the app: ``pairs()`` and ``language``."""

    language = "fr"

    def __init__(self, pairs):
        self._pairs = pairs

    def pairs(self):
        return self._pairs


def sentences(text: str, pieces: list[str]) -> list[tuple[int, int]]:
    return [span(text, p) for p in pieces]


O = sentences(ORIGINAL, ["Le gouvernement débloque 3,2 milliards d'euros.", "Le Premier ministre a annoncé mardi un plan.",
                         "Les syndicats ont salué un « premier pas ».", "Le plan sera présenté au Parlement à l'automne."])
D = sentences(DRAFT, ["The government releases 4.2 billion euros.", "The prime minister announced a plan on Tuesday.",
                      "The unions welcomed a \"first step\"."])
PAIRS = [(O[0], D[0]), (O[1], D[1]), (O[2], D[2]), (O[3], None)]


def accuracy_report() -> Report:
    figure = span(DRAFT, "4.2")
    omission = Finding("A001", "accuracy", "warning", D[2][1], D[2][1],
                       "Not in the draft: the original's sentence “Le plan sera présenté…” has no counterpart here",
                       original=O[3], original_excerpt=ORIGINAL[O[3][0]:O[3][1]])
    a003 = Finding("A003", "accuracy", "error", figure[0], figure[0] + 3, "The original has 3,2 milliards",
                   (Suggestion(figure[0], figure[1], "3.2"),), "4.2", original=span(ORIGINAL, "3,2 milliards"),
                   original_excerpt="3,2 milliards")
    quote = span(DRAFT, "\"first step\"")
    q008 = Finding("Q008", "quotes", "info", quote[0], quote[0] + 1, "Straight quotation mark",
                   (Suggestion(quote[0], quote[0] + 1, "“"),), "\"")
    findings = [f.with_excerpt(DRAFT) for f in (omission, a003, q008)]
    return Report(DRAFT, "en", findings, original=ORIGINAL, alignment=FakeAlignment(PAIRS))


def review() -> Review:
    return Review.from_report(accuracy_report())


def by_rule(r: Review) -> dict[str, str]:
    return {f.rule: f.id for f in r.findings}


def test_the_review_keeps_the_original_its_language_and_the_pairs():
    r = review()
    assert r.original == ORIGINAL and r.original_language == "fr" and r.pairs == PAIRS


def test_translating_an_omission_inserts_it_where_it_belongs_as_a_new_paragraph():
    r = review()
    fid = by_rule(r)["A001"]
    assert r.is_omission(fid) and not r.is_omission(by_rule(r)["A003"])
    r.translate(fid, "  The plan will be presented\nto Parliament in the autumn.  ")
    assert r.status(fid) == "rewritten" and r.translation_of(fid).startswith("The plan will be presented")
    # The original's sentence opened a paragraph, so the translation does too (the draft's blank-line style).
    assert r.cleaned_text() == DRAFT.rstrip("\n") + "\n\nThe plan will be presented\nto Parliament in the autumn.\n"
    assert export.export_bytes(r, "txt") == r.cleaned_text().encode("utf-8")
    row = {x["id"]: x for x in r.report_rows()}[fid]
    assert row["decision"] == "rewritten" and row["final_text"].strip().startswith("The plan will")
    assert row["original_article_excerpt"] == "Le plan sera présenté au Parlement à l'automne."
    csv_text = export.export_bytes(r, "csv").decode("utf-8-sig")
    assert csv_text.splitlines()[0].endswith(",original_article_excerpt") and "3,2 milliards" in csv_text
    assert r.undo_last() == [fid]
    assert r.status(fid) == "pending" and r.cleaned_text() == DRAFT


def test_an_empty_translation_or_a_finding_that_is_no_omission_is_refused():
    r = review()
    with pytest.raises(ReviewError, match="type the translation"):
        r.translate(by_rule(r)["A001"], " \n ")
    with pytest.raises(ReviewError, match="not an omitted sentence"):
        r.translate(by_rule(r)["A003"], "3.2 billion")
    assert r.counts()["pending"] == 3


@pytest.mark.parametrize(
    "text,at,original,ospan,want",
    [
        # mid-paragraph in the original: joins the sentence before it
        ("One. Three.", 4, "Un. Deux. Trois.", (4, 9), " Two."),
        # the original's first sentence, missing at the draft's start, ends its paragraph
        ("Body.\n\nMore.", 0, "Titre\n\nCorps.", (0, 5), "Title\n\n"),
        # Windows line endings: the new paragraph uses them
        ("One.\r\n\r\nTwo.", 4, "Un.\n\nDeux.\n\nTrois.", (5, 10), "\r\n\r\nTwo."),
        # one paragraph per line: a single line break
        ("One.\nTwo.", 4, "Un.\n\nDeux.", (5, 10), "\nTwo."),
        # after a space, before the next word
        ("One. Three.", 5, "Un. Deux. Trois.", (4, 9), "Two. "),
    ],
)
def test_insertion_follows_the_originals_paragraphs_and_the_drafts_line_endings(text, at, original, ospan, want):
    typed = "Two." if "Deux" in original[ospan[0]:ospan[1]] else "Title"
    assert insertion(text, original, at, ospan, typed) == want


def test_save_and_reload_keep_the_original_the_pairs_and_the_translation(tmp_path):
    store = ReviewStore(tmp_path / "r.sqlite3")
    r = review()
    ids = by_rule(r)
    r.translate(ids["A001"], "The plan will be presented to Parliament in the autumn.")
    r.accept(ids["A003"])
    store.save(r)
    back = store.load(r.id)
    assert back is not None and not back.repairs
    assert back.original == ORIGINAL and back.original_language == "fr" and back.pairs == PAIRS
    assert {f.id for f in back.findings} == set(ids.values())  # ids name the original span: they must survive
    a003 = back.finding(ids["A003"])
    assert a003.original == span(ORIGINAL, "3,2 milliards") and a003.original_excerpt == "3,2 milliards"
    assert back.cleaned_text() == r.cleaned_text() and "Parliament in the autumn" in back.cleaned_text()


def test_a_review_saved_before_originals_were_kept_still_opens(tmp_path):
    store = ReviewStore(tmp_path / "r.sqlite3")
    old = Review(DRAFT, [accuracy_report().findings[2]])  # a quotes finding, no original
    data = old.to_dict()
    for key in ("original", "original_language", "pairs"):
        del data[key]
    back = Review.from_dict(json.loads(json.dumps(data)))
    assert back.original is None and back.pairs == [] and not back.repairs
    assert back.aligned_index().view(back.findings[0]) is None
    store.save(back)
    assert store.load(back.id).original is None


def test_damaged_pairs_and_original_spans_are_left_out_with_one_message():
    data = review().to_dict()
    data["pairs"][1] = [0, 10 ** 6, 0, 5]  # past the original's end
    data["findings"][0]["original"]["end"] = 10 ** 6
    back = Review.from_dict(json.loads(json.dumps(data)))
    assert back.pairs == [] and len(back.findings) == 2
    assert len(back.repairs) == 1 and "1 finding" in back.repairs[0] and "alignment" in back.repairs[0]
    assert pairs_from_json([[None, None, None, None]], 10, 10) is None
    assert pairs_from_json([[True, 2, 0, 1]], 10, 10) is None


def test_each_finding_finds_the_original_sentence_a_card_shows():
    r = review()
    index = AlignedIndex(r.pairs)
    ids = by_rule(r)
    q = index.view(r.finding(ids["Q008"]))  # any finding: the original aligned with its draft sentence
    assert ORIGINAL[q.start:q.end] == "Les syndicats ont salué un « premier pas »." and not q.marks
    a = index.view(r.finding(ids["A003"]))  # an accuracy finding: its own stretch of the original marked
    assert ORIGINAL[a.start:a.end].startswith("Le gouvernement") and a.marks == (span(ORIGINAL, "3,2 milliards"),)
    o = index.view(r.finding(ids["A001"]))  # an omission: the missing sentence itself
    assert ORIGINAL[o.start:o.end] == "Le plan sera présenté au Parlement à l'automne." and "Missing" in o.note
    added = Finding("A002", "accuracy", "warning", D[1][0], D[1][1], "No counterpart", original=(O[1][0], O[1][0]))
    assert index.view(added).end == index.view(added).start and "No sentence of the original" in index.view(added).note
