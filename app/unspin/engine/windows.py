"""Bounded pieces of text for spaCy: every paragraph is analysed in bounded time and memory.

spaCy's tokenizer is slow and memory-hungry on very long runs of characters without a space
(twenty thousand brackets took minutes and most of a gigabyte), and refuses a text over
``nlp.max_length`` (a million characters) with an error. Before anything reaches spaCy:

* a run of more than ``MAX_RUN`` characters without a space is not prose (no lexicon entry can
  match inside it): it is blanked (replaced by as many spaces, so every offset stays valid) and
  reported as skipped;
* a paragraph longer than ``MAX_WINDOW`` characters is cut into windows of at most that length,
  at a sentence end where there is one (else at a space), and each window is analysed as a
  paragraph of its own.

Ordinary paragraphs (a few hundred words) are left exactly as they are.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

MAX_WINDOW = 20_000   # characters: about 3,500 words, far beyond any real paragraph
MAX_RUN = 1_000       # characters without a space: no word, URL or formula is that long
_LONG_RUN = re.compile(r"\S{%d,}" % (MAX_RUN + 1))
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Skipped:
    """A stretch of the text that was not analysed, and why."""
    start: int
    end: int
    reason: str


def bounded_pieces(offset: int, text: str) -> tuple[list[tuple[int, str]], list[Skipped]]:
    """``text`` (a paragraph starting at ``offset``) as (offset, text) pieces for spaCy, with the
    stretches that were blanked."""
    skipped: list[Skipped] = []
    if len(text) > MAX_RUN and _LONG_RUN.search(text):
        chars = []
        last = 0
        for m in _LONG_RUN.finditer(text):
            chars.append(text[last:m.start()])
            chars.append(" " * (m.end() - m.start()))
            last = m.end()
            skipped.append(Skipped(offset + m.start(), offset + m.end(),
                                   f"{m.end() - m.start():,} characters without a space (not prose)"))
        chars.append(text[last:])
        text = "".join(chars)
    if len(text) <= MAX_WINDOW:
        return ([(offset, text)] if text.strip() else []), skipped
    pieces: list[tuple[int, str]] = []
    start = 0
    while start < len(text):
        stop = min(start + MAX_WINDOW, len(text))
        if stop < len(text):
            stop = _cut(text, start, stop)
        piece = text[start:stop]
        if piece.strip():
            pieces.append((offset + start, piece))
        start = stop
    return pieces, skipped


def _cut(text: str, start: int, limit: int) -> int:
    """Where to end a window that may not reach past ``limit``: after the last sentence end in
    its second half, else after its last space, else at the limit."""
    half = start + (limit - start) // 2
    best = None
    for m in _SENTENCE_END.finditer(text, half, limit):
        best = m.end()
    if best is None:
        for m in _SPACE.finditer(text, half, limit):
            best = m.end()
    return best if best is not None and best > start else limit
