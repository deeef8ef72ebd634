"""A language model of ordinary English: word unigrams and bigrams with back-off.

The counts are the frequency files bundled in the ``symspellpy`` wheel (MIT licence; derived from
the Google Books n-gram corpus): about 83,000 lowercase words and 243,000 lowercase word pairs.
They are read from the installed package, never downloaded.

Two facts about the files shape the model:

* The bigram file's counts run about ``BIGRAM_SCALE`` (23) times the unigram file's (they were cut
  from different releases of the corpus), so bigram counts are divided by it before they are
  compared with unigram counts.
* The bigram file holds only pairs seen at least ``cutoff`` times (6.4 million raw). A missing pair
  is not impossible, only rarer than that: its probability backs off to the second word's unigram
  probability, capped at what a pair just below the cut-off would get.

Loading takes about half a second and some 60 MB; :func:`shared_model` loads one model per process
on first use, and :func:`load_in_background` starts that in a thread so the window opens at once.
"""
from __future__ import annotations

import math
import threading
from pathlib import Path

BIGRAM_SCALE = 23.0
UNKNOWN_COUNT = 5_000.0     # a word missing from the unigram file (its smallest count is 12,714)
BACKOFF = 0.4               # the share of a word's unigram probability a missing pair may keep
UNIGRAM_FILE = "frequency_dictionary_en_82_765.txt"
BIGRAM_FILE = "frequency_bigramdictionary_en_243_342.txt"


class LanguageModelMissing(RuntimeError):
    """The frequency files could not be found (symspellpy is not installed)."""


def data_dir() -> Path:
    import importlib.util

    spec = importlib.util.find_spec("symspellpy")
    if spec is None or spec.origin is None:
        raise LanguageModelMissing("the package 'symspellpy' (word frequencies) is not installed: "
                                   "pip install symspellpy")
    return Path(spec.origin).parent


class LanguageModel:
    """Log probabilities (natural log) of lowercase words given the previous word."""

    sentence_start = sentence_end = None   # the pair file marks no sentence boundaries

    def __init__(self, unigrams: dict[str, float], bigrams: dict[str, float], cutoff: float | None = None):
        self.unigrams = unigrams            # word -> count
        self.bigrams = bigrams              # "w1 w2" -> count, already rescaled to unigram units
        self.total = float(sum(unigrams.values())) or 1.0
        self.cutoff = cutoff if cutoff is not None else (min(bigrams.values()) if bigrams else 1.0)
        self._log_total = math.log(self.total)

    # -- loading ---------------------------------------------------------------------------------
    @classmethod
    def from_files(cls, unigram_path: Path, bigram_path: Path, scale: float = BIGRAM_SCALE) -> "LanguageModel":
        unigrams: dict[str, float] = {}
        with open(unigram_path, encoding="utf-8") as f:
            for line in f:
                word, _, count = line.rstrip("\n").rpartition(" ")
                if word and count.isdigit():
                    unigrams[word] = float(count)
        bigrams: dict[str, float] = {}
        with open(bigram_path, encoding="utf-8") as f:
            for line in f:
                pair, _, count = line.rstrip("\n").rpartition(" ")
                if pair and count.isdigit():
                    bigrams[pair] = float(count) / scale
        return cls(unigrams, bigrams)

    @classmethod
    def bundled(cls) -> "LanguageModel":
        folder = data_dir()
        return cls.from_files(folder / UNIGRAM_FILE, folder / BIGRAM_FILE)

    # -- probabilities -----------------------------------------------------------------------------
    def count(self, word: str) -> float:
        return self.unigrams.get(word, UNKNOWN_COUNT)

    def unigram_logp(self, word: str) -> float:
        return math.log(self.count(word)) - self._log_total

    def logp(self, prev: str | None, word: str) -> float:
        """log P(word | prev); ``prev`` None starts a phrase (after punctuation or at the start)."""
        if prev is None:
            return self.unigram_logp(word)
        c_prev = self.count(prev)
        pair = self.bigrams.get(prev + " " + word)
        if pair is not None:
            return math.log(min(pair, c_prev)) - math.log(c_prev)
        # Below the file's cut-off: at most what a pair just under it would get.
        unseen = BACKOFF * self.count(word) / self.total
        ceiling = self.cutoff / c_prev
        return math.log(min(unseen, ceiling))

    def logp3(self, before: str | None, prev: str | None, word: str) -> float:
        """log P(word | before prev) as this model can tell it: one word back (the restorer asks
        every model for two, see :mod:`trigrams`)."""
        return self.logp(prev, word)

    def sequence_logp(self, prev: str | None, words: list[str]) -> float:
        total = 0.0
        for w in words:
            total += self.logp(prev, w)
            prev = w
        return total


_SHARED: LanguageModel | None = None
_LOCK = threading.Lock()


def shared_model() -> LanguageModel:
    """The process's one bundled model, loaded on first use (thread-safe)."""
    global _SHARED
    with _LOCK:
        if _SHARED is None:
            _SHARED = LanguageModel.bundled()
        return _SHARED


def is_loaded() -> bool:
    return _SHARED is not None


def load_models() -> None:
    """Load the shared model and the restorer's (:mod:`trigrams`), if not loaded yet."""
    shared_model()
    from unspin.engine.trigrams import restorer_model  # imports this module: not at the top

    restorer_model()


def load_in_background() -> threading.Thread:
    """Start loading the shared model and the restorer's (:mod:`trigrams`) in a daemon thread (for
    the window's start-up)."""
    t = threading.Thread(target=load_models, name="unspin-langmodel", daemon=True)
    t.start()
    return t
