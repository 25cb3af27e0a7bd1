"""The aligner's dynamic programme on sentence vectors built to behave like E5's (no model needed).

Every sentence vector shares a topic direction, so unrelated sentences sit near cosine 0.78 as they do
with multilingual-e5-small; a translation keeps its original's own direction (cosine ~0.93), a bad
translation keeps a little of it, an unrelated sentence none.
"""

import numpy as np
import pytest

from checks.accuracy import align as A
from checks.accuracy.anchors import Anchors

DIM = 384
TOPIC = 0.88  # weight of the shared direction: unrelated sentences at cosine ~0.78


def _unit(v):
    return v / np.linalg.norm(v)


class Article:
    """Original sentence vectors and ways of making draft vectors from them."""

    def __init__(self, n: int, seed: int = 0):
        self.rng = np.random.default_rng(seed)
        self.topic = _unit(self.rng.normal(size=DIM))
        self.own = [_unit(self.rng.normal(size=DIM)) for _ in range(n)]
        self.original = np.array([self._vec(u) for u in self.own], dtype=np.float32)

    def _vec(self, own):
        return _unit(TOPIC * self.topic + np.sqrt(1 - TOPIC**2) * own)

    def _own(self, i: int, fidelity: float):
        noise = _unit(self.rng.normal(size=DIM))
        return _unit(fidelity * self.own[i] + np.sqrt(1 - fidelity**2) * noise)

    def translation(self, i: int, fidelity: float = 0.93):
        return self._vec(self._own(i, fidelity))

    def unrelated(self):
        return self._vec(_unit(self.rng.normal(size=DIM)))

    def merged(self, *rows):
        """One sentence translating several: E5 pools its tokens, so it is as topical as any sentence."""
        return self._vec(_unit(sum(self._own(i, 0.93) for i in rows)))


def _anchors(n: int, length: int = 100) -> list[Anchors]:
    return [Anchors(frozenset(), frozenset(), length) for _ in range(n)]


def _run(article: Article, draft: list, olens=None, dlens=None):
    d = np.array(draft, dtype=np.float32)
    oa = _anchors(len(article.original)) if olens is None else [Anchors(frozenset(), frozenset(), x) for x in olens]
    da = _anchors(len(d)) if dlens is None else [Anchors(frozenset(), frozenset(), x) for x in dlens]
    return A.align(article.original, d, oa, da)


def _pairs(beads):
    return [(b.original, b.draft) for b in beads]


def test_faithful_translation_is_all_one_to_one():
    art = Article(12)
    beads = _run(art, [art.translation(i) for i in range(12)])
    assert _pairs(beads) == [((i,), (i,)) for i in range(12)]
    assert all(b.margin > 0.05 for b in beads)


def test_a_dropped_sentence_is_an_omission():
    art = Article(12)
    beads = _run(art, [art.translation(i) for i in range(12) if i != 5])
    assert ((5,), ()) in _pairs(beads)
    assert sum(1 for b in beads if not b.draft) == 1 and all(b.original for b in beads)


def test_a_bad_translation_between_good_pairs_is_a_pair_not_an_omission_and_an_addition():
    art = Article(12)
    draft = [art.translation(i) for i in range(12)]
    draft[6] = art.translation(6, fidelity=0.2)  # weak MT: it keeps a little of what sentence 6 says
    beads = _run(art, draft)
    assert ((6,), (6,)) in _pairs(beads)
    assert all(b.original and b.draft for b in beads)
    bad = next(b for b in beads if b.original == (6,))
    assert bad.margin < 0.5 * min(b.margin for b in beads if b is not bad)


@pytest.mark.parametrize("seed", range(5))
def test_a_sentence_replaced_by_something_else_is_two_skips_naming_each_other(seed):
    # the draft says something else entirely in sentence 6's place (or the MT hallucinated): nothing of
    # sentence 6 is in the draft, and the sentence in its place has no original
    art = Article(12, seed=seed)
    draft = [art.translation(i) for i in range(12)]
    draft[6] = art.unrelated()
    beads = _run(art, draft)
    pairs = _pairs(beads)
    assert ((6,), ()) in pairs and ((), (6,)) in pairs
    assert [p for p in pairs if p[0] and p[1]] == [((i,), (i,)) for i in range(12) if i != 6]
    # the two skips name each other, so the check reports one substitution (A009), not A001 + A002
    assert {(b.original, b.draft, b.instead) for b in beads if b.instead} == {((6,), (), (6,)), ((), (6,), (6,))}


@pytest.mark.parametrize("seed", range(5))
def test_a_pair_that_gives_the_same_figure_or_month_is_never_called_a_substitution(seed):
    # a free translation the vectors place badly ("每年5月底 ... 藏羚羊" / "Each year in late May, Tibetan
    # antelopes ...") keeps its date: a sentence put in another's place rarely gives the same one
    art = Article(12, seed=seed)
    draft = [art.translation(i) for i in range(12)]
    draft[6] = art.unrelated()
    oa, da = _anchors(12), _anchors(12)
    oa[6] = Anchors(frozenset(), frozenset(), 100, frozenset({5}))
    da[6] = Anchors(frozenset(), frozenset(), 100, frozenset({5}))
    beads = A.align(art.original, np.array(draft, dtype=np.float32), oa, da)
    assert ((6,), (6,)) in _pairs(beads)
    assert not any(b.instead for b in beads)


def _clash(oa: Anchors, da: Anchors, elsewhere: Anchors | None = None) -> bool:
    """Whether sentence 3 of an article and sentence 3 of its draft disagree on every anchor they give."""
    from checks.accuracy.beadscore import PairScorer

    art = Article(6)
    oas, das = _anchors(6), _anchors(6)
    oas[3], das[3] = oa, da
    if elsewhere is not None:
        das[1] = elsewhere
    scorer = PairScorer(art.original, np.array([art.translation(i) for i in range(6)], np.float32), oas, das)
    return A._anchors_clash(scorer, 3, 3)


def test_a_weak_pair_disagreeing_on_every_anchor_is_a_clash():
    none = frozenset()
    # both give figures and none agrees ("79.4%" turnout, "since 2005" in its place): a clash; one shared: none
    assert _clash(Anchors(frozenset({79.4}), none, 90), Anchors(frozenset({2005.0}), none, 90))
    assert not _clash(Anchors(frozenset({79.4, 12.0}), none, 90), Anchors(frozenset({12.0}), none, 90))
    # the original names its coach, the draft sentence in its place gives a figure and the draft names the
    # coach nowhere: a clash; a draft that names him in another sentence may have moved him there: none
    coach = Anchors(none, frozenset({"xavie", "garci", "pimie"}), 90)
    assert _clash(coach, Anchors(frozenset({2.0}), none, 70))
    assert not _clash(coach, Anchors(frozenset({2.0}), none, 70), elsewhere=Anchors(none, frozenset({"pimie"}), 80))
    # a translation that keeps the name (a misspelt one keeps its key) is no clash, nor a pair without anchors
    assert not _clash(coach, Anchors(none, frozenset({"garci", "pimie"}), 80))
    assert not _clash(Anchors(none, none, 90), Anchors(frozenset({2.0}), none, 70))
    # an original's capitalised first word is no name ("Üürihinnad seevastu tõusid." / "Rents, by contrast, rose.")
    rents = frozenset({"uurih"})
    assert not _clash(Anchors(none, rents, 40, frozenset(), rents), Anchors(none, none, 30))


def test_a_chinese_month_is_an_anchor_of_its_own_not_a_figure():
    from checks.accuracy.anchors import agreement, anchors

    zh = anchors("今年5月12日，三江源国家公园管理局在西宁发布了新的保护规划。", "zh")
    en = anchors("On May 12 this year, the Sanjiangyuan park administration released a new plan in Xining.", "en", True)
    assert zh.numbers == en.numbers == frozenset({12.0}) and zh.months == en.months == frozenset({5})
    assert agreement(zh, en) > 0.5
    other = anchors("On June 12 this year, the administration released a new plan in Xining.", "en", True)
    assert agreement(zh, other) < agreement(zh, en)


def test_merged_sentences_are_one_bead():
    art = Article(10)
    draft = [art.translation(i) for i in range(10)]
    draft[3:5] = [art.merged(3, 4)]
    beads = _run(art, draft, dlens=[100] * 3 + [200] + [100] * 5)
    assert ((3, 4), (3,)) in _pairs(beads)
    assert not any(b.missing for b in beads)


def test_a_sentence_left_out_of_a_merge_is_named_missing():
    art = Article(10)
    draft = [art.translation(i) for i in range(10)]
    draft[3:6] = [art.merged(3, 5)]  # "sentence 3; sentence 5" with sentence 4 gone
    beads = _run(art, draft, dlens=[100] * 3 + [200] + [100] * 4)
    bead = next(b for b in beads if 4 in b.original)
    assert bead.original == (3, 4, 5) and bead.missing == (4,)


def test_a_merge_member_whose_figures_the_draft_lacks_is_named_missing():
    """"Analysts raised the target from 8 to 9 euros" dropped, the next sentence (dividend 0.42, March 22)
    translated: a merge of the two can look carried by vectors alone (a short sentence barely moves the
    merge's mean); the member whose figures the draft gives none of, while its sibling's are there, is not."""
    from checks.accuracy.beadscore import PairScorer

    art = Article(6)
    draft = [art.translation(i) for i in range(6)]
    draft[2:4] = [art.merged(2, 3)]  # the vectors say both are carried
    oa = [Anchors(frozenset(), frozenset(), 100) for _ in range(6)]
    oa[2] = Anchors(frozenset({8.0, 9.0}), frozenset(), 100)
    oa[3] = Anchors(frozenset({0.42, 22.0}), frozenset(), 100)
    da = [Anchors(frozenset(), frozenset(), 100) for _ in range(5)]
    da[2] = Anchors(frozenset({0.42, 22.0}), frozenset(), 200)
    scorer = PairScorer(art.original, np.array(draft, dtype=np.float32), oa, da)
    bead = A.Bead((2, 3), (2,), 0.1, 0.1)
    assert A._figures_left_behind(bead, scorer, "original") == {0}
    da[2] = Anchors(frozenset({0.42, 22.0, 8.0, 9.0}), frozenset(), 200)  # both translated: nothing left behind
    scorer = PairScorer(art.original, np.array(draft, dtype=np.float32), oa, da)
    assert A._figures_left_behind(bead, scorer, "original") == set()


def test_a_skip_beside_a_merge_takes_back_its_own_translation():
    # a short headline whose translation was swallowed by the next, long sentence's bead
    art = Article(6)
    draft = [art.translation(i, fidelity=0.6 if i == 0 else 0.93) for i in range(6)]
    beads = _run(art, draft, olens=[20] + [200] * 5, dlens=[25] + [210] * 5)
    assert _pairs(beads)[:2] == [((0,), (0,)), ((1,), (1,))]


@pytest.mark.parametrize("cut", ["none", "draft_chunk", "draft_start"])
def test_the_banded_alignment_of_a_long_article_matches_the_whole_table(monkeypatch, cut):
    art = Article(640, seed=3)
    keep = [i for i in range(640) if i % 9 != 4]  # some omissions all along
    if cut == "draft_chunk":
        keep = [i for i in keep if not 200 <= i < 240]
    elif cut == "draft_start":
        keep = [i for i in keep if i >= 60]
    draft = [art.translation(i) for i in keep]
    monkeypatch.setattr(A, "FULL_CELLS", 10**9)
    whole = _run(art, draft)
    monkeypatch.setattr(A, "FULL_CELLS", 250_000)
    banded = _run(art, draft)
    assert len(art.original) * len(draft) > 250_000
    assert _pairs(banded) == _pairs(whole)
    assert [(b.original, b.draft) for b in whole if b.original and b.draft] == [
        ((i,), (k,)) for k, i in enumerate(keep)]


def test_empty_sides():
    art = Article(3)
    assert _pairs(A.align(art.original, np.zeros((0, DIM), np.float32), _anchors(3), [])) == [
        ((0,), ()), ((1,), ()), ((2,), ())]
    assert _pairs(A.align(np.zeros((0, DIM), np.float32), art.original, [], _anchors(3))) == [
        ((), (0,)), ((), (1,)), ((), (2,))]
