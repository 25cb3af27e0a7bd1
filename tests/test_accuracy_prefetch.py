"""Embedding ahead: the sentences a check against an original will embed are embedded while the editor is
still on the input boxes, so Check finds them cached; a request for text that has since changed stops early.

Each test adds a sentence of its own (a nonce) so nothing it asserts about the cache was put there by
another test in the same process.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from apptest_page import page, review_db  # noqa: F401  (review_db: each test its own database)

from checks.accuracy import pairing
from checks.accuracy.embed import embedder
from checks.document import Document
from checks.engine import check_text
from checks.stylesheet import CheckOptions, SourceDocument
from editor_app.ui import prefetch

ACCURACY = Path(__file__).resolve().parent.parent / "samples" / "accuracy"
DRAFT = (ACCURACY / "de_kohle.draft.txt").read_text(encoding="utf-8")
ORIGINAL = (ACCURACY / "de_kohle.original.txt").read_text(encoding="utf-8")


def fresh_pair() -> tuple[str, str]:
    tag = uuid.uuid4().hex[:8]
    return (f"{DRAFT.rstrip()}\n\nThe ministry's file number is {tag}.\n",
            f"{ORIGINAL.rstrip()}\n\nDas Aktenzeichen des Ministeriums lautet {tag}.\n")


def sentence_texts(draft: str, original: str) -> list[str]:
    doc = Document(draft)
    osents, _, _ = pairing._original_side(original)
    return [original[s.start : s.end] for s in osents] + [draft[s.start : s.end] for s in doc.sentences]


class CountingModel:
    """Stands in for the loaded model to count what a check still has to embed."""

    def __init__(self, model):
        self.model, self.texts = model, []

    def query(self, texts):
        self.texts += texts
        return self.model.query(texts)


def test_after_embedding_ahead_a_check_embeds_no_sentence_of_either_side():
    draft, original = fresh_pair()
    e = embedder()
    assert pairing.prefetch(draft, original) >= 2  # at least the two new sentences
    texts = sentence_texts(draft, original)
    assert all(e.cached(t) for t in texts)
    counting = CountingModel(e._load())
    e._model = counting
    try:
        report = check_text(draft, CheckOptions(original=SourceDocument("original", original)))
    finally:
        e._model = counting.model
    assert not set(counting.texts) & set(texts)  # only runs of sentences joined for a score, if any
    assert report.alignment is not None and len(report.alignment.draft_sentences) == len(Document(draft).sentences)
    assert pairing.prefetch(draft, original) == 0  # all cached: nothing to do


def test_a_stale_request_stops_at_the_next_chunk():
    draft, original = fresh_pair()
    calls = []

    def stale() -> bool:
        calls.append(1)
        return len(calls) > 1  # the texts changed after the first chunk

    done = pairing.prefetch(draft, original, chunk=1, stale=stale)
    assert done == 1
    assert not all(embedder().cached(t) for t in sentence_texts(draft, original))


def test_the_app_worker_embeds_once_per_pair_of_texts_and_only_with_an_original():
    draft, original = fresh_pair()
    assert not prefetch.request(draft, "  \n")  # no original: the check embeds nothing
    assert prefetch.request(draft, original)
    assert not prefetch.request(draft, original)  # a rerun with the same boxes asks for nothing new
    assert prefetch.idle(timeout=120)
    assert all(embedder().cached(t) for t in sentence_texts(draft, original))


def test_the_page_embeds_ahead_once_both_boxes_hold_text():
    draft, original = fresh_pair()
    at = page()
    at.text_area(key="draft").set_value(draft)
    at.text_area(key="original").set_value(original).run()
    assert not at.exception
    assert prefetch.idle(timeout=120)
    assert all(embedder().cached(t) for t in sentence_texts(draft, original))
    assert not at.session_state["review"]  # nothing was checked: the editor has not pressed Check
