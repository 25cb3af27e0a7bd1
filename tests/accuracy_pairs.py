"""The accuracy findings of a draft checked against its original, for the per-language tests: every finding's
span checked against both texts (offsets are sacred), then given as (rule, draft excerpt) pairs."""

from checks import CheckOptions, check_text


def accuracy(draft: str, original: str) -> list[tuple[str, str]]:
    report = check_text(draft, CheckOptions(original=original))
    for f in report.findings:
        assert f.excerpt == draft[f.start : f.end]
        if f.category == "accuracy" and f.original is not None:
            assert f.original_excerpt == original[f.original[0] : f.original[1]]
    return [(f.rule, f.excerpt) for f in report.findings if f.category == "accuracy"]
