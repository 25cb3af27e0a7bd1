"""Quote analysis on hostile input: random quote soup stays fast and every offset stays exact.

This is the project's only timed test (issue 13: the pairing was quadratic, 13.6 s for 20,000 marks). It
measures CPU time, not wall time, so a loaded CI machine does not make it flake, and its limit is several
times what the analysis takes (about 0.6 s for the whole quote check of 20,000 marks on a loaded 2-core
machine). ``bench/hostile.py`` prints the figures for 200,000 marks.
"""

from __future__ import annotations

import random
import time

from hypothesis import given, settings
from hypothesis import strategies as st

from checks import CheckOptions, check_text
from checks.apply import apply_edits
from checks.document import Document
from checks.quotes import quotations
from checks.quotes.marks import MARK_CHARS
from checks.registry import select_codes

QUOTES_ONLY = CheckOptions(select=select_codes(["quotes"]))
# Every mark, and the one-sided mixes that once made the pairing quadratic (openers never closed).
MARK_SETS = [MARK_CHARS, "“„«‹‘", '"', "“”", "‘’'", "”»"]
FILLERS = [" ", " ", " ", ".", ",", ". ", "; ", ":", "s", "20", "n", "em", "til", "he said", "The", "we", "—"]
ONE_MARK_RULES = {"Q001", "Q002", "Q003", "Q004", "Q007", "Q009", "Q010", "Q011"}


def quote_soup(seed: int, n_marks: int, marks: str, mark_share: float, paragraph_rate: float) -> str:
    """``n_marks`` quotation marks, apostrophes and primes among words, spaces, punctuation and breaks."""
    rng = random.Random(seed)
    out, count = [], 0
    while count < n_marks:
        if rng.random() < paragraph_rate:
            out.append(rng.choice(["\n\n", "\n"]))
        elif rng.random() < mark_share:
            out.append(rng.choice(marks))
            count += 1
        else:
            out.append(rng.choice(FILLERS))
    return "".join(out)


@given(seed=st.integers(0, 2**32 - 1), marks=st.sampled_from(MARK_SETS), mark_share=st.floats(0.2, 0.9),
       paragraph_rate=st.sampled_from([0.0, 0.001, 0.05]))
@settings(max_examples=10, deadline=None)
def test_twenty_thousand_marks_of_quote_soup_are_checked_fast_with_exact_offsets(seed, marks, mark_share, paragraph_rate):
    text = quote_soup(seed, 20_000, marks, mark_share, paragraph_rate)
    started = time.process_time()
    report = check_text(text, QUOTES_ONLY)
    elapsed = time.process_time() - started
    assert elapsed < 2.0, f"quote check of 20,000 marks took {elapsed:.2f} s of CPU"

    for f in report.findings:
        assert 0 <= f.start <= f.end <= len(text) and f.excerpt == text[f.start : f.end]
        if f.rule in ONE_MARK_RULES:
            assert len(f.excerpt) == 1 and f.excerpt in MARK_CHARS, (f.rule, f.excerpt)
        for s in f.suggestions:
            assert 0 <= s.start <= s.end <= len(text)
    for q in quotations(Document(text)):
        assert text[q.open] in MARK_CHARS and (q.close is None or text[q.close] in MARK_CHARS)
        assert q.open < q.pieces[0].start <= q.pieces[0].end
        assert all(a.end <= b.start for a, b in zip(q.pieces, q.pieces[1:]))
        assert q.pieces[-1].end <= (q.close if q.close is not None else len(text))
    fixed = apply_edits(text, [f.suggestions[0] for f in report.findings if f.suggestions and f.fixable])
    assert len(fixed.text) <= len(text) + len(report.findings) * 2
