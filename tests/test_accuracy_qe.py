"""The source-aware garble score: it reads the original when it is given, and only then.

Pairs are realistic news sentences with professional translations beside machine translations that say
something else fluently (the errors an English-only score cannot see).
"""

from __future__ import annotations

import numpy as np
import pytest

from checks.accuracy import qe_features as qf
from checks.accuracy.qe import DATA, QEModel, source_aware_scores
from checks.garble import score_texts
from editor_app.cli import main

GOOD = [
    ("Der Bundeskanzler hat die Reise nach Peking am Dienstag abgesagt.",
     "The chancellor cancelled the trip to Beijing on Tuesday."),
    ("Le gouvernement a débloqué 3,2 milliards d'euros pour les agriculteurs touchés par la sécheresse.",
     "The government released 3.2 billion euros for farmers hit by the drought."),
    ("外交部发言人汪文斌在例行记者会上回答了有关问题。",
     "Foreign Ministry spokesman Wang Wenbin answered questions at a regular press conference."),
    ("Министр иностранных дел России Сергей Лавров прибыл в Пекин с двухдневным визитом.",
     "Russian Foreign Minister Sergei Lavrov arrived in Beijing for a two-day visit."),
]
# Fluent English that says something else: an unrelated sentence, the key clause dropped, a wrong number.
WRONG = [
    ("Der Bundeskanzler hat die Reise nach Peking am Dienstag abgesagt.",
     "Heavy rain flooded several streets in the south of the country overnight."),
    ("Le gouvernement a débloqué 3,2 milliards d'euros pour les agriculteurs touchés par la sécheresse.",
     "The government said it was worried."),
    ("外交部发言人汪文斌在例行记者会上回答了有关问题。",
     "The football club announced the signing of a new striker on a three-year contract."),
]


def scores(pairs):
    return source_aware_scores(pairs, score_texts([m for _, m in pairs]))


def test_scores_are_floats_in_range_one_per_pair_in_order():
    pairs = GOOD + WRONG
    s = scores(pairs)
    assert len(s) == len(pairs) and all(isinstance(x, float) and 0.0 <= x <= 1.0 for x in s)
    assert scores(pairs[::-1]) == pytest.approx(s[::-1], abs=1e-6)
    assert source_aware_scores([], []) == []


def test_professional_translations_pass_and_unfaithful_ones_are_flagged():
    good, wrong = scores(GOOD), scores(WRONG)
    assert max(good) < 0.5, good
    assert min(wrong) >= 0.5, wrong


def test_the_source_changes_the_verdict_on_fluent_english():
    """The English-only score cannot tell these apart; the source-aware one can."""
    src = GOOD[0][0]
    faithful, unrelated = GOOD[0][1], WRONG[0][1]
    english = score_texts([faithful, unrelated])
    assert max(english) < 0.5
    s = source_aware_scores([(src, faithful), (src, unrelated)], english)
    assert s[1] - s[0] > 0.3


def test_without_a_source_the_english_score_stays():
    english = [0.12, 0.83, 0.4]
    pairs = [(None, "The talks ended."), ("", "Grass the of."), ("   ", "It rained.")]
    assert source_aware_scores(pairs, english) == english


def test_a_blank_english_line_scores_zero():
    assert source_aware_scores([("Il pleut.", ""), ("Il pleut.", "  ")], [0.3, 0.3]) == [0.0, 0.0]


def test_english_scores_must_match_the_pairs():
    with pytest.raises(ValueError):
        source_aware_scores(GOOD, [0.1])


def unit_vectors(rng, n: int, dim: int) -> tuple[np.ndarray, np.ndarray]:
    """Two batches of ``n`` random L2-normalised vectors: stand-ins for a source's and a draft's e5 vectors."""
    u, v = rng.standard_normal((2, n, dim))
    return u / np.linalg.norm(u, axis=1, keepdims=True), v / np.linalg.norm(v, axis=1, keepdims=True)


def test_model_file_is_small_and_loads_with_numpy():
    assert DATA.stat().st_size < 500_000  # an MLP head and a linear model for CJK sources: ~155 kB
    m = QEModel()
    assert m.calib[0] > 0 and set(m.ratios) >= {"latin", "cyrillic", "cjk"}


def test_an_mlp_classifier_in_the_model_file_is_read_and_scores_each_row_on_its_own(tmp_path):
    """A model file with the trainer's --mlp head (random weights here): the head is evaluated row by row
    (a batch scores as its rows do one at a time), |u - v| is read, and its output enters the score."""
    with np.load(DATA) as z:  # the shipped weights without their MLP head (and without the CJK model)
        arrays = {k: z[k] for k in z.files if not k.startswith(("m_", "cjk_"))}
    np.savez(tmp_path / "plain.npz", **arrays)
    rng = np.random.default_rng(0)
    n, dim, width = len(arrays["mu"]), len(arrays["w_uv"]), 8
    arrays.update(m_w1=rng.standard_normal((n, width)), m_w1_uv=rng.standard_normal((dim, width)),
                  m_w1_ad=rng.standard_normal((dim, width)), m_b1=rng.standard_normal(width),
                  m_w2=rng.standard_normal(width), m_b2=np.float64(0.1), m_k=np.array([1.0, 0.5]))
    np.savez(tmp_path / "mlp.npz", **arrays)
    m, plain = QEModel(tmp_path / "mlp.npz"), QEModel(tmp_path / "plain.npz")
    assert m.mlp is not None and plain.mlp is None
    f = m.mu + m.sd * rng.standard_normal((5, n))
    u, v = unit_vectors(rng, 5, dim)
    batch = m.raw(f, u * v, np.abs(u - v))
    one = [m.raw(f[i : i + 1], (u * v)[i : i + 1], np.abs(u - v)[i : i + 1])[0] for i in range(5)]
    assert batch.tolist() == pytest.approx(one, abs=1e-9)
    assert not np.allclose(batch, m.raw(f, u * v))
    assert not np.allclose(batch, plain.raw(f, u * v))


def test_a_chinese_source_is_judged_against_its_own_threshold():
    """0.5 sits at the dev alarm point of the human news translations for a CJK source, of the post-edits
    for the rest: the same raw value may land on either side of 0.5."""
    m = QEModel()
    assert len(m.calib) == 3
    f = np.zeros((2, len(m.mu))) + m.mu
    uv = np.zeros((2, len(m.w_uv)))
    plain, cjk = m.score(f, uv, np.array([False, True]))
    raw = m.raw(f[:1], uv[:1])[0]
    assert plain == pytest.approx(1 / (1 + np.exp(-m.calib[0] * (raw - m.calib[1]))))
    c = m.cjk_model or m  # a CJK source has a model of its own when the file carries one
    raw_c = c.raw(f[:1], uv[:1])[0]
    assert cjk == pytest.approx(1 / (1 + np.exp(-c.calib[0] * (raw_c - c.calib[2]))))
    assert m.score(f, uv).tolist() == pytest.approx([plain, plain])


def test_the_shipped_model_keeps_the_linear_score_for_a_cjk_source():
    """The MLP head for every other script; the linear model for Chinese, Japanese and Korean sources
    (the MLP flagged more human news translations of Chinese): each row is scored by its script's model."""
    m = QEModel()
    assert m.mlp is not None and m.cjk_model is not None and m.cjk_model.mlp is None
    rng = np.random.default_rng(1)
    f = m.mu + m.sd * rng.standard_normal((4, len(m.mu)))
    u, v = unit_vectors(rng, 4, len(m.w_uv))
    cjk = np.array([False, True, False, True])
    mixed = m.score(f, u * v, cjk, np.abs(u - v))
    assert mixed[cjk].tolist() == pytest.approx(m.cjk_model.score(f[cjk], (u * v)[cjk], cjk[cjk]).tolist())
    others = m.score(f[~cjk], (u * v)[~cjk], cjk[~cjk], np.abs(u - v)[~cjk])
    assert mixed[~cjk].tolist() == pytest.approx(others.tolist())


def test_the_english_heads_enter_the_score():
    """The English-only score's heads (checks.garble.score_heads) are features: the same pair with a
    garbled English side scores higher than with a fluent one of the same meaning."""
    src = "Le gouvernement a débloqué 3,2 milliards d'euros pour les agriculteurs touchés par la sécheresse."
    fluent = "The government released 3.2 billion euros for farmers hit by the drought."
    garbled = "Government debloque 3.2 billions euros to the farmers touch by the drying."
    s = scores([(src, fluent), (src, garbled)])
    assert s[1] > s[0] and s[1] >= 0.5 > s[0]
    m = QEModel()
    assert m.w[:, 1][qf.ALL_NAMES.index("garble_clf")] > 0  # the hinge reads the garble classifier


# -- the command line -------------------------------------------------------------------------


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def pair_files(tmp_path):
    pairs = GOOD[:2] + WRONG[:1]
    src = tmp_path / "original.txt"
    src.write_text("".join(s + "\n" for s, _ in pairs), encoding="utf-8")
    draft = tmp_path / "draft.txt"
    draft.write_text("".join(m + "\n" for _, m in pairs), encoding="utf-8")
    return src, draft, pairs


def test_score_with_original_prints_one_float_per_line(pair_files, capsys):
    src, draft, pairs = pair_files
    code, out, err = run(capsys, "score", "--original", src, draft)
    assert code == 0 and err == ""
    values = [float(x) for x in out.splitlines()]
    assert values == pytest.approx(scores(pairs), abs=1e-4)
    assert values[0] < 0.5 <= values[2]
    # the option may come after the file too
    assert run(capsys, "score", draft, f"--original={src}")[1] == out


def test_score_without_original_is_unchanged(pair_files, capsys):
    _, draft, pairs = pair_files
    code, out, _ = run(capsys, "score", draft)
    assert code == 0
    assert [float(x) for x in out.splitlines()] == pytest.approx(score_texts([m for _, m in pairs]), abs=1e-4)


def test_score_original_with_other_line_count_is_one_line_exit_2(pair_files, tmp_path, capsys):
    src, draft, _ = pair_files
    short = tmp_path / "short.txt"
    short.write_text("Il pleut.\n", encoding="utf-8")
    code, out, err = run(capsys, "score", "--original", short, draft)
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1 and "lines" in err


@pytest.mark.parametrize("args", [["score", "--original"], ["score", "--original", "{src}"],
                                  ["score", "--original", "missing.txt", "{draft}"], ["score", "--bogus", "{draft}"]])
def test_score_bad_original_usage_is_one_line_exit_2(pair_files, capsys, args):
    src, draft, _ = pair_files
    code, out, err = run(capsys, *[a.format(src=src, draft=draft) for a in args])
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1


def test_a_source_left_untranslated_is_flagged_and_a_line_of_names_is_not():
    copied = "Le Premier ministre a démissionné jeudi après trois jours de négociations."
    names = "Emmanuel Macron"
    s = scores([(copied, copied), (names, names)])
    assert s[0] >= 0.9 and s[1] < 0.5


def test_draft_sentences_that_translate_one_original_together_are_scored_together():
    from checks import CheckOptions, check_text

    original = ("Le gouvernement a annoncé mardi un plan de 3,2 milliards d'euros pour les hôpitaux publics, qui "
                "manquent d'infirmières depuis la pandémie et réclament des moyens depuis des années.\n\n"
                "Les syndicats ont salué un premier pas.")
    draft = ("The government announced a 3.2 billion euro plan for public hospitals on Tuesday. The hospitals have "
             "lacked nurses since the pandemic and have been asking for resources for years.\n\n"
             "The unions welcomed a first step.")
    report = check_text(draft, CheckOptions(original=original))
    first, second, third = report.sentences
    assert first.original == second.original and first.original is not None  # one original, two sentences
    joined = draft[first.start : second.end]
    english = max(score_texts([draft[first.start : first.end], draft[second.start : second.end]]))
    together = source_aware_scores([(original[first.original[0] : first.original[1]], joined)], [english])[0]
    assert first.garble_score == second.garble_score == pytest.approx(together, abs=1e-4)
    assert together < 0.5  # a faithful translation split in two is not half an omission


def test_with_a_chinese_original_a_garbled_sentence_looks_no_cleaner_than_its_english_alone():
    """The CJK model learned from a few thousand news segments; the English-only score catches more garbled
    news MT, so for a CJK source the score is never below it (for other sources the model is trusted)."""
    src = "据新华社报道，当地时间25日下午，一架小型飞机在德国北威州撞上一座多层住宅楼的顶层。"
    garbled = ("According to Xinhua reported, local time 25 afternoon, a small plane in Germany north Wei state "
               "hit one building top floor of many.")
    english = score_texts([garbled])
    assert source_aware_scores([(src, garbled)], english)[0] >= english[0]
    for fake in (0.2, 0.9):  # whatever the English-only score says, the score does not fall below it
        assert source_aware_scores([(src, garbled)], [fake])[0] >= fake


def test_each_source_script_with_enough_dev_post_edits_has_its_own_alarm_point():
    """The same raw score means more in one language pair than another: 0.5 sits where 4.5% of the dev
    post-edits of that script score above it (the trainer's single point flagged 7.6% of Russian test
    post-edits and 2.3% of Romanian ones); a script without its own keeps the trainer's point."""
    m = QEModel()
    assert {"latin", "cyrillic", "devanagari", "sinhala"} <= set(m.script_thr)
    scripts = ["latin", "cyrillic", "other"]
    f = np.zeros((3, len(m.mu))) + m.mu
    uv = np.zeros((3, len(m.w_uv)))
    got = m.score(f, uv, np.zeros(3, bool), None, scripts)
    raw = m.raw(f, uv)
    thr = [m.script_thr["latin"], m.script_thr["cyrillic"], m.calib[1]]
    assert got.tolist() == pytest.approx((1 / (1 + np.exp(-m.calib[0] * (raw - thr)))).tolist())
    assert len(set(np.round(got, 6).tolist())) == 3
