"""A trigram language model of ordinary English for the restorer's choices.

The bigram counts of :mod:`langmodel` stop at a cut-off and see one word back: "the House ground"
and "the House floor" differ only in the pair "house floor" / "house ground", and a pair below the
cut-off is only "rare". CMU Sphinx's generic US English model, a back-off trigram model of about
130,000 words in ARPA binary form, ships inside the ``pocketsphinx`` wheel (BSD licence, Carnegie
Mellon University) and is read from the installed package, never downloaded. Its C library answers
a query in about three microseconds from a memory image of some 27 MB loaded in a quarter of a
second.

Measured on the training pairs (``bench/recall_loso.py --originals``, ``bench/restorer_eval.py
--oracle``, 2026-12-02), with every other setting as tuned for the bigram model: leave-one-story-out
ERR 34.1 -> 36.1 %, Pok 96.1 -> 96.0 %, harmful edits 7 -> 4, false alarms unchanged (clean corpus
0, held-out originals 1); decisions given the right candidates 49.0 -> 58.4 % (Pok 95.3 -> 94.7 %).
Sentence boundaries added 0.1 point; a log-linear blend with the bigram model did worse (half and
half: 35.5 %, Pok 95.7 %, harm 6).

Only the restorer reads it (:func:`restorer_model`); the tortured-phrase finder keeps reading the
bigram file's pairs as a list of attested word pairs. Without ``pocketsphinx`` the restorer falls
back to the bigram model, which answers the same questions (:meth:`LanguageModel.logp3`).
"""
from __future__ import annotations

import math
import threading

from unspin.engine.langmodel import shared_model

MODEL_PATH = "en-us/en-us.lm.bin"
# The C library reports log probabilities in base 1.0001.
LOG_BASE = math.log(1.0001)
# A word outside the model's vocabulary: about the log probability of its rarest words (the library
# itself gives such a word a score near minus infinity, which would veto any reading holding it).
OOV_LOGP = -15.0
_OOV_RAW = -500.0   # below this (in nats) the library's answer means "not in the vocabulary"
CACHE_SIZE = 200_000


class TrigramModel:
    """Log probabilities (natural log) of lowercase words given up to two previous words."""

    # The model was trained on sentences with their boundaries marked: the first words of a
    # sentence and its last are scored as such.
    sentence_start = "<s>"
    sentence_end = "</s>"

    def __init__(self, ngram) -> None:
        self._prob = ngram.prob      # words in reverse order: the word, then its history
        # The chain asks the same questions for every choice of a site (the fixed words after it, each
        # reading's own words alone): answers are remembered, up to CACHE_SIZE of them (some 40 MB),
        # then forgotten at once.
        self._cache: dict[tuple, float] = {}

    @classmethod
    def bundled(cls) -> "TrigramModel":
        import pocketsphinx

        pocketsphinx.set_loglevel("FATAL")  # the library logs every step of loading to stderr
        ngram = pocketsphinx.NGramModel(pocketsphinx.Config(), pocketsphinx.LogMath(),
                                        pocketsphinx.get_model_path(MODEL_PATH))
        return cls(ngram)

    def _query(self, words: tuple) -> float:
        v = self._cache.get(words)
        if v is None:
            v = self._prob(list(words)) * LOG_BASE
            if v < _OOV_RAW:
                v = OOV_LOGP
            if len(self._cache) >= CACHE_SIZE:
                self._cache.clear()
            self._cache[words] = v
        return v

    def unigram_logp(self, word: str) -> float:
        return self._query((word,))

    def logp(self, prev: str | None, word: str) -> float:
        """log P(word | prev); ``prev`` None starts a phrase (after punctuation or at the start)."""
        return self.logp3(None, prev, word)

    def logp3(self, before: str | None, prev: str | None, word: str) -> float:
        """log P(word | before prev); None for a history word that is unknown or a break."""
        if prev is None:
            return self._query((word,))
        if before is None:
            return self._query((word, prev))
        return self._query((word, prev, before))

    def sequence_logp(self, prev: str | None, words: list[str]) -> float:
        total, before = 0.0, None
        for w in words:
            total += self.logp3(before, prev, w)
            before, prev = prev, w
        return total


_MODEL = None
_LOCK = threading.Lock()


def restorer_model():
    """The model the restorer scores readings with: the trigram model when ``pocketsphinx`` is
    installed, else the bigram model (loaded once per process, thread-safe)."""
    global _MODEL
    with _LOCK:
        if _MODEL is None:
            try:
                _MODEL = TrigramModel.bundled()
            except (ImportError, OSError, RuntimeError, ValueError):
                _MODEL = shared_model()
        return _MODEL


def is_loaded() -> bool:
    return _MODEL is not None

