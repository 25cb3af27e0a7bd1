"""Word-trigram plausibility from the US-English language model that ships in ``pocketsphinx``.

Why: garbled MT strings common words together in sequences English rarely uses ("a quick old man
is a slow old man", "for the effect of the retribution of the party"). The web bigram table
(ngrams.py) sees one pair at a time and only its most frequent pairs; a smoothed trigram model
scores every word given the two before it. The CMU Sphinx US-English model (about 27 MB, a
backed-off trigram model over general English) is part of the ``pocketsphinx`` wheel on PyPI, so
nothing is downloaded and nothing of it is copied into this package: it is read where pip put it.

What is measured, per sentence: how probable its words are in context (mean, minimum, the three
lowest), how much more or less probable than on their own (a pointwise-mutual-information view
that discounts plain rarity, which the word-frequency features already carry), words the model
does not know (lower-case and capitalised separately: the latter are mostly names), and how
likely the sentence is to end where it does. The model knows no punctuation or digits, so those
are skipped; an unknown word restarts the context.
"""

from __future__ import annotations

import functools
import math
import os
import re

import numpy as np

LM_NAMES = (
    "lm_mean", "lm_min", "lm_low3", "lm_pmi_mean", "lm_pmi_min", "lm_pmi_low3",
    "lm_oov_lower", "lm_oov_capital", "lm_pmi_bad_share", "lm_end",
)
# pocketsphinx returns log-probabilities in base 1.0001; this turns them into natural logarithms.
LOG_BASE = math.log(1.0001)
UNKNOWN = -536870912  # what the model returns for a word outside its vocabulary
BAD_PMI = -2.0  # a word this much (natural log) less likely in context than alone reads as misplaced
_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*")


class TrigramModel:
    def __init__(self) -> None:
        import pocketsphinx

        path = os.path.join(pocketsphinx.get_model_path(), "en-us", "en-us.lm.bin")
        self._lm = pocketsphinx.NGramModel.readfile(path)
        self._forms: dict[str, tuple[str, int] | None] = {}

    def form(self, tok: str) -> tuple[str, int] | None:
        """The model's spelling of a token and its unigram log-probability; None for non-words."""
        try:
            return self._forms[tok]
        except KeyError:
            pass
        if _WORD.fullmatch(tok):
            w = tok.lower().replace("’", "'")
            f = (w, self._lm.prob([w]))
        else:
            f = None
        if len(self._forms) > 500_000:  # a long-running process starts afresh
            self._forms.clear()
        self._forms[tok] = f
        return f

    def walk(self, tokens: list[str]) -> tuple[list[tuple[int, float, float]], list[int], int, float]:
        """Score a sentence left to right.

        Returns ``(scored, unknown, words, end)``: ``(token index, log p in context, PMI)`` for each
        word scored with its context, the indexes of words the model does not know, how many words
        there are, and the log-probability of the sentence ending after its last word.
        """
        prob = self._lm.prob
        form = self.form
        history: list[str] = ["<s>"]
        scored: list[tuple[int, float, float]] = []
        unknown: list[int] = []
        words = 0
        for i, tok in enumerate(tokens):
            f = form(tok)
            if f is None:
                continue
            words += 1
            w, u = f
            if u == UNKNOWN:
                unknown.append(i)
                history = []
                continue
            if history:
                p = prob([w, *reversed(history)])
                scored.append((i, p * LOG_BASE, (p - u) * LOG_BASE))
            history = [*history[-1:], w]
        end = prob(["</s>", *reversed(history)]) * LOG_BASE if history and words else 0.0
        return scored, unknown, words, end

    def end_logprob(self, words: list[str]) -> float | None:
        """Natural log-probability that a sentence ends after ``words`` (the last two are its context).

        None when the model does not know the last word. A noun phrase ends a sentence easily
        (``…and education``: -1.1); an adjective or a verb waiting for its object does not
        (``…the bright``: -4.1, ``…was helping``: -3.1).
        """
        forms = [self.form(w) for w in words[-2:]]
        if not forms or forms[-1] is None or forms[-1][1] == UNKNOWN:
            return None
        history = [f[0] for f in forms if f is not None and f[1] != UNKNOWN][-2:]
        return self._lm.prob(["</s>", *reversed(history)]) * LOG_BASE

    def sentence_features(self, tokens: list[str]) -> list[float]:
        """One row of ``LM_NAMES`` for a sentence given as its token strings."""
        scored, unknown, n, end = self.walk(tokens)
        if not n:
            return [0.0] * len(LM_NAMES)
        oov_capital = sum(1 for i in unknown if i > 0 and tokens[i][0].isupper())
        oov_lower = len(unknown) - oov_capital
        if not scored:
            return [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, oov_lower / n, oov_capital / n, 0.0, end]
        lp = sorted(v for _, v, _ in scored)
        pm = sorted(v for _, _, v in scored)
        return [
            sum(lp) / len(lp), lp[0], sum(lp[:3]) / len(lp[:3]),
            sum(pm) / len(pm), pm[0], sum(pm[:3]) / len(pm[:3]),
            oov_lower / n, oov_capital / n, sum(v < BAD_PMI for v in pm) / len(pm), end,
        ]

    def features(self, sentences_tokens: list[list[str]]) -> np.ndarray:
        """``(sentences, len(LM_NAMES))`` for sentences given as token lists."""
        rows = [self.sentence_features(t) for t in sentences_tokens]
        return np.array(rows, dtype=np.float64).reshape(len(rows), len(LM_NAMES))


@functools.cache
def trigram_model() -> TrigramModel:
    return TrigramModel()
