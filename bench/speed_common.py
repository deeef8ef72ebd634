"""Shared helpers for the speed benchmarks: the big test document, timing and memory.

The document is built from the project's own text only: the clean texts of ``bench/corpus``, the
bundled sample (``resources/samples/sample.txt``), and synthetic variants of them: sentences
reshuffled into new paragraphs, and "spun" copies made by running the bundled lexicons backwards
(the restored word replaced by the spun one, small numbers written as digits). About half of the
paragraphs are spun, so the engine meets both clean and spun text. The same seed gives the same
document.
"""
from __future__ import annotations

import random
import re
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "bench" / "corpus"
SAMPLE = ROOT / "resources" / "samples" / "sample.txt"
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"])")
_NUMBERS = {"two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8"}


def source_paragraphs() -> list[str]:
    paras: list[str] = []
    files = sorted(CORPUS.glob("*.clean.txt")) + [SAMPLE]
    for f in files:
        paras.extend(p.strip() for p in f.read_text(encoding="utf-8").split("\n") if p.strip())
    return paras


def _spin_table() -> list[tuple[re.Pattern, str]]:
    """restored word -> spun word, from the bundled lexicons (single words, unambiguous first)."""
    from unspin.engine.lexicon import bundled_lexicon_paths, load_lexicons

    entries, _ = load_lexicons(bundled_lexicon_paths())
    table: dict[str, str] = {}
    for e in sorted(entries, key=lambda e: -e.confidence):
        best = e.restored[0].replace("*", "")
        spun = " ".join(e.spun)
        if best.isalpha() and best.lower() not in table and best.lower() != spun.lower():
            table[best.lower()] = spun
    return [(re.compile(rf"\b{re.escape(k)}\b", re.IGNORECASE), v) for k, v in table.items()]


def _spin(paragraph: str, table, rng: random.Random) -> str:
    for rx, spun in table:
        if rng.random() < 0.6:
            paragraph = rx.sub(lambda m: spun[:1].upper() + spun[1:] if m.group()[:1].isupper() else spun, paragraph)
    for word, digit in _NUMBERS.items():
        if rng.random() < 0.5:
            paragraph = re.sub(rf"\b{word}\b", digit, paragraph)
    return paragraph


def build_document(words: int = 200_000, seed: int = 7) -> str:
    rng = random.Random(seed)
    base = source_paragraphs()
    sentences = [s for p in base if len(p.split()) > 12 for s in _SENTENCE.split(p)]
    table = _spin_table()
    out: list[str] = []
    count = 0
    while count < words:
        kind = rng.random()
        if kind < 0.35:
            para = rng.choice(base)
        else:  # a new paragraph of 2-6 sentences drawn from anywhere
            para = " ".join(rng.choice(sentences) for _ in range(rng.randint(2, 6)))
        if rng.random() < 0.5:
            para = _spin(para, table, rng)
        out.append(para)
        count += len(para.split())
    return "\n\n".join(out) + "\n"


def word_count(text: str) -> int:
    return len(text.split())


class Timer:
    """Wall-clock ``seconds`` and this process's CPU time ``cpu`` (all its threads): on a shared,
    loaded machine the CPU time is the steadier of the two for work done in this process."""

    def __init__(self):
        self.seconds = 0.0
        self.cpu = 0.0

    def __enter__(self):
        self._t = time.perf_counter()
        self._c = time.process_time()
        return self

    def __exit__(self, *exc):
        self.seconds = time.perf_counter() - self._t
        self.cpu = time.process_time() - self._c


def bare_tagging(nlp, paras: list[str]) -> Timer:
    """Issue 15's baseline, timed: ``nlp.pipe`` over ``paras`` with the parser and the entity
    recogniser disabled."""
    with nlp.select_pipes(disable=[p for p in ("parser", "ner") if p in nlp.pipe_names]):
        with Timer() as t:
            for _ in nlp.pipe(paras, batch_size=64):
                pass
    return t


def peak_rss_mb(children: bool = False) -> float:
    """Peak resident memory of this process (or the largest of its finished children), in MB."""
    who = resource.RUSAGE_CHILDREN if children else resource.RUSAGE_SELF
    kb = resource.getrusage(who).ru_maxrss
    return kb / 1024 if sys.platform != "darwin" else kb / (1024 * 1024)


def paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n") if p.strip()]
