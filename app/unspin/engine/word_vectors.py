"""Word vectors: how close two words sit in a corpus-trained vector space.

The spinner and the paper-mill paraphraser put a dictionary neighbour in a word's place. Where no
lexicon, observed rate or thesaurus shows a swap, the closeness of the two words' GloVe vectors
(resources/vectors/, built by tools/build_word_vectors.py; PDDL 1.0) is evidence that one stands for
the other. Vectors measure relatedness, not synonymy ("increase" sits near "decrease"), so callers
use them to rank or to veto candidates another source proposed, never as a source of their own.

The table is 133,579 lowercase words by 50 signed bytes (6.7 MB); it is read on first use, once
per process, and shared.
"""
from __future__ import annotations

import threading
from functools import lru_cache
from pathlib import Path

import numpy as np

from unspin.resources_path import resource

VECTOR_FILE = "glove50.npy"
WITHIN_BLOCK = 16_384   # rows per block in WordVectors.within
WORD_FILE = "glove50.words.txt"


class WordVectors:
    """Cosine similarity between lowercase words (None where a word has no vector)."""

    def __init__(self, vectors: np.ndarray, words: list[str]):
        if len(vectors) != len(words):
            raise ValueError(f"{len(words)} words for {len(vectors)} vectors")
        self._rows = {w: i for i, w in enumerate(words)}
        # unit rows in float32: 27 MB for the bundled table, paid once for fast dot products
        matrix = np.asarray(vectors, dtype=np.float32)
        norms = np.linalg.norm(matrix, axis=1, keepdims=True)
        norms[norms == 0] = 1.0
        self._unit = matrix / norms

    @classmethod
    def load(cls, folder: Path | None = None) -> "WordVectors":
        folder = folder or resource("vectors")
        words = (folder / WORD_FILE).read_text(encoding="utf-8").split("\n")
        if words and words[-1] == "":
            words.pop()
        return cls(np.load(folder / VECTOR_FILE), words)

    def __contains__(self, word: str) -> bool:
        return word.lower() in self._rows

    def __len__(self) -> int:
        return len(self._rows)

    def similarity(self, a: str, b: str) -> float | None:
        ia, ib = self._rows.get(a.lower()), self._rows.get(b.lower())
        if ia is None or ib is None:
            return None
        return float(self._unit[ia] @ self._unit[ib])

    def ranked(self, word: str, candidates) -> list[tuple[str, float]]:
        """The candidates that have a vector, closest to ``word`` first (empty if ``word`` has none)."""
        i = self._rows.get(word.lower())
        if i is None:
            return []
        known = [(c, self._rows[c.lower()]) for c in candidates if c.lower() in self._rows]
        if not known:
            return []
        sims = self._unit[[r for _, r in known]] @ self._unit[i]
        return sorted(((c, float(s)) for (c, _), s in zip(known, sims)), key=lambda cs: -cs[1])

    def within(self, word: str, other: str, limit: int) -> bool:
        """``other`` is among the ``limit`` words of the table nearest to ``word`` (False where either
        has no vector). Counts the closer words block by block, commonest words first, and stops
        as soon as ``limit`` are found: a far pair costs a block, a near one a pass over the table
        (a few ms); for checking a few candidates, not for searching."""
        i, j = self._rows.get(word.lower()), self._rows.get(other.lower())
        if i is None or j is None:
            return False
        if i == j:
            return True
        unit = self._unit
        v = unit[i]
        bar = float(unit[j] @ v)
        closer = -1   # the word itself is closer than any other
        for k in range(0, len(unit), WITHIN_BLOCK):
            # einsum, not the BLAS product: no worker threads to wake for a small product (under
            # load the threaded one took ten times as long)
            closer += int((np.einsum("ij,j->i", unit[k:k + WITHIN_BLOCK], v) > bar).sum())
            if closer >= limit:
                return False
        return True


_lock = threading.Lock()


@lru_cache(maxsize=1)
def _shared() -> WordVectors:
    return WordVectors.load()


def word_vectors() -> WordVectors:
    """The bundled table, loaded once per process (thread-safe)."""
    with _lock:
        return _shared()
