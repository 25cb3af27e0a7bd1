"""Helpers of the per-language accuracy tests: the accuracy findings of a draft checked against its original
(every finding's span checked against both texts, offsets are sacred, then given as (rule, draft excerpt)
pairs), and the one figure of a text read over the whole of it."""

from checks import CheckOptions, check_text
from checks.accuracy.numbers import quantities


def accuracy(draft: str, original: str) -> list[tuple[str, str]]:
    report = check_text(draft, CheckOptions(original=original))
    for f in report.findings:
        assert f.excerpt == draft[f.start : f.end]
        if f.category == "accuracy" and f.original is not None:
            assert f.original_excerpt == original[f.original[0] : f.original[1]]
    return [(f.rule, f.excerpt) for f in report.findings if f.category == "accuracy"]


def whole_figure(text: str, lang: str) -> tuple[float, str, str]:
    """(value, kind, unit) of the one figure ``text`` holds, which must span the whole text."""
    (q,) = quantities(text, lang=lang)
    assert (q.start, q.end) == (0, len(text))
    return q.value, q.kind, q.unit
