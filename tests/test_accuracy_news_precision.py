"""Accuracy rules on professional Chinese->English news (mqm-zhen ref.A/ref.B, WMT22 dev segments no rater
faulted): classes of false alarm, each beside the broken pair that must still fire."""

from checks import CheckOptions, check_text
from checks.accuracy import polarity
from checks.accuracy.propernames import compare_names


def accuracy(draft, original):
    report = check_text(draft, CheckOptions(original=original))
    return [(f.rule, f.excerpt) for f in report.findings if f.category == "accuracy"]


def rules(draft, original):
    return {rule for rule, _ in accuracy(draft, original)}


def names(original, draft):
    found = compare_names(original, [(0, len(original))], draft, [(0, len(draft))], "zh", [])
    return [draft[m.start : m.end] for m in found]


def a006(original, draft):
    """Whether A006 fires on the pair as check.py decides it (cues one side, none and no soft word the other)."""
    ocues, dcues = polarity.cues(original, "zh"), polarity.cues(draft, "en")
    if ocues and not dcues:
        return not polarity.softened(draft) and polarity.negated(original, "zh")
    if dcues and not ocues:
        return not polarity.softened(original) and polarity.negated(draft, "en")
    return False


def test_A005_english_plural_of_an_acronym_the_original_leaves_bare():
    original = "EPIQ方法现已经应用于加拿大全国所有的NICU，并被6个国家采纳应用。"
    assert names(original, "The EPIQ method has been applied to all NICUs across Canada and adopted in six countries.") == []
    assert names("共有12个NGO参与了救援。", "A total of 12 NGOs took part in the rescue.") == []
    # a slip in the acronym itself still shows
    assert names(original, "The EPIQ method has been applied to all NICs across Canada.") == ["NICs"]
