"""The neural language model's second opinion on the uncertain swaps of a spun document.

After the restorer and the lexicons have decided, a spun page still holds many swaps below the
threshold: symmetric synonyms whose n-gram evidence is even ("the bill went to the ground" /
"floor"). For each, :mod:`neural_lm` reads the swap in its sentence, with the sentence before it and
with the document's sure repairs already applied around it (the spinner's other words would mislead
it), and says how much likelier each candidate makes the text than the words as written. A candidate
at least ``LIFT_NATS`` likelier is applied: the suggestion rises to the threshold (or just above it,
by how strong the evidence is), with the model's candidate first. A swap whose candidate comes from
a thesaurus the user imported (the spinner's own channel) is read twice, the second time with the
other uncertain swaps' favourites of the first reading in place around it (as if the spinner's
neighbouring swaps were undone), and needs only ``THESAURUS_LIFT_NATS`` when it is listed.

Only where the document reads as spun news (the engine's gate), only for spinner swaps (tortured
phrases have their own evidence), and only up to ``max_words`` (the model reads some 400 tokens a
second: the budget of a 100,000-word batch job cannot hold it; see ``bench/speed_neural.py``).
Measured on the training pairs: ``bench/README.md``, the thirty-fourth session's lead section.
"""
from __future__ import annotations

import math
import re
from bisect import bisect_left, insort
from dataclasses import replace

from unspin.engine.analyzer import Cancelled
from unspin.engine.channel import THESAURUS_RULE

LIFT_NATS = 4.0          # the model's margin, in nats, over the words as written
# ... for a listed swap whose candidate comes from a thesaurus the user imported: the spinner's own
# channel, so a smaller margin is worth applying. With the second reading, on the training pairs with
# a thesaurus of their substitutions (bench/restorer_eval.py --oracle): 77.4 -> 79.3 %, Pok 95.2 ->
# 95.3 %; chosen again in 27 of 33 folds when each story's bar is chosen on the other stories only
# (bench/README.md, thirty-seventh session). The built-in lexicons keep LIFT_NATS.
THESAURUS_LIFT_NATS = 2.5
CONTEXT_NATS = 0.0       # a first reading's favourite at least this good is context for the second
LIFTED_SPAN = 0.3        # confidence above the threshold at LIFT_NATS + FULL_NATS
FULL_NATS = 6.0
MIN_CONFIDENCE = 0.1     # swaps the engine rated lower are not asked about
SPINNER = "spinner"          # restorer.CATEGORY and the lexicons' swaps
POSSIBLE = "possible spin"   # restorer.POSSIBLE: a swap the restorer offers below the threshold

# a sentence ends at . ! ? (and a closing quote) before a space, or at a line break
_SENTENCE_END = re.compile(r"[.!?][”\"’')\]]*(?=\s)|\n")


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The window the model reads: from the start of the sentence before the one holding
    ``start`` to the end of the sentence holding ``end``."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 1500), start)]
    a = ends[-2] if len(ends) >= 2 else (0 if start <= 1500 else (ends[0] if ends else start))
    m = _SENTENCE_END.search(text, end)
    b = m.end() if m else len(text)
    if text[b - 1:b] == "\n":
        b -= 1
    return a, min(b, end + 1500)


def _rendered(text: str, lo: int, hi: int, sure: list) -> str:
    """``text[lo:hi]`` with the sure repairs inside it applied."""
    out, pos = [], lo
    for s in sure:
        if s.start < lo or s.end > hi:
            continue
        out.append(text[pos:s.start])
        out.append(s.replacement)
        pos = s.end
    out.append(text[pos:hi])
    return "".join(out)


def _times(nats: float) -> str:
    """A margin in nats as a reader would say it: "about 160 times"."""
    n = math.exp(min(nats, 50.0))
    if n >= 1e6:
        return "over a million times"
    rounded = float(f"{n:.2g}")
    return f"about {rounded:,.0f} times"


def lift_confidence(threshold: float, nats: float) -> float:
    extra = LIFTED_SPAN * min(1.0, max(0.0, nats - LIFT_NATS) / FULL_NATS)
    return min(0.95, threshold + 0.01 + extra)


def _candidates(s) -> list[str]:
    """The words the model is asked to compare with ``s.original``: each once, in order."""
    return [c for c in dict.fromkeys([s.replacement, *s.alternatives]) if c and c != s.original]


def _asked(s, threshold: float) -> bool:
    return s.category in (SPINNER, POSSIBLE) and MIN_CONFIDENCE <= s.confidence < threshold \
        and bool(_candidates(s))


def _overlaps(s, spans: list[tuple[int, int]]) -> bool:
    """Whether ``s`` overlaps one of the sorted, non-overlapping ``spans``."""
    i = bisect_left(spans, (s.start, s.start))
    return any(b < s.end and s.start < e for b, e in spans[max(0, i - 1):i + 2])


def second_opinion(text: str, suggestions: list, threshold: float, model, cancelled=None, progress=None,
                   quiet: list = ()) -> list:
    """The suggestions, with the uncertain spinner swaps the model prefers applied (see above).
    ``cancelled()``, asked before each reading, stops the work: a window whose user typed on must
    not wait seconds for readings of a text that is gone (``Cancelled`` is raised).
    ``progress(done, total)`` counts the readings (the window shows them: they take seconds); the
    total grows by the second pass's readings once the first pass has said which there are.
    ``quiet``: swaps too weak to be listed (below the engine's floor) that the engine still wants
    read (an imported thesaurus's, see ``Engine.finish``): those the model applies are added, the
    others stay out."""
    sure = sorted((s for s in suggestions if s.confidence >= threshold), key=lambda s: s.start)
    taken = sorted((s.start, s.end) for s in suggestions)
    heard = []   # the quiet swaps to read: none over a listed suggestion or over one another
    for q in sorted(quiet, key=lambda q: -q.confidence):
        if q.category in (SPINNER, POSSIBLE) and not _overlaps(q, taken):
            heard.append(q)
            insort(taken, (q.start, q.end))
    unlisted = set(map(id, heard))

    def asked(s) -> bool:
        return bool(_candidates(s)) if id(s) in unlisted else _asked(s, threshold)

    items = sorted([*suggestions, *heard], key=lambda s: s.start) if heard else suggestions
    questions = [s for s in items if asked(s)]
    counter = _Readings(cancelled, progress, len(questions))
    gains = {id(s): _read(text, s, sure, model, counter) for s in questions}
    # The second pass: a swap of an imported thesaurus read again with the other swaps' favourites
    # of the first pass around it, where its window holds one (the spinner changed the words around
    # a swap too, and a reading among spun words misjudges it). Only those windows are read again.
    # The built-in lexicons' swaps are not: with them the second reading changed two edits of the
    # training pairs' 894, one right one lost and one wrong one made (bench/README.md, thirty-seventh
    # session), for readings that take seconds.
    favourites = [replace(s, replacement=c) for s in questions
                  for c in [_favourite(_candidates(s), gains[id(s)], CONTEXT_NATS)] if c is not None]
    again = [(s, ctx) for s in questions if THESAURUS_RULE in s.rule
             for ctx in [_with_favourites(text, s, sure, favourites)] if ctx is not None]
    counter.more(len(again))
    for s, ctx in again:
        gains[id(s)] = _read(text, s, ctx, model, counter)
    counter.finish()
    out = []
    for s in items:
        listed = id(s) not in unlisted
        if id(s) not in gains:
            if listed:
                out.append(s)
            continue
        cands = _candidates(s)
        margins = gains[id(s)]
        best = max(range(len(cands)), key=margins.__getitem__)
        if margins[best] < lift_nats(s, listed):
            if listed:
                out.append(s)
            continue
        choice = cands[best]
        why = (f'"{s.original}" is a spinner\'s swap for "{choice}" in some synonym lists, and a neural '
               f'language model reads this sentence as {_times(margins[best])} likelier with "{choice}".')
        out.append(replace(s, replacement=choice, first_choice=choice, category=SPINNER,
                           alternatives=[c for c in [s.replacement, *s.alternatives] if c != choice],
                           confidence=lift_confidence(threshold, margins[best]), explanation=why,
                           tentative=False))
    return out


def lift_nats(s, listed: bool = True) -> float:
    """The margin a swap's favourite needs to be applied: lower for a listed swap whose candidate
    comes from a thesaurus the user imported (the spinner's own channel, see the bar's note)."""
    return THESAURUS_LIFT_NATS if listed and THESAURUS_RULE in s.rule else LIFT_NATS


def _favourite(cands: list[str], margins: list[float], floor: float) -> str | None:
    best = max(range(len(cands)), key=margins.__getitem__)
    return cands[best] if margins[best] >= floor else None


def _with_favourites(text: str, s, sure: list, favourites: list) -> list | None:
    """The repairs in place around ``s`` for its second reading (the sure ones and the other swaps'
    favourites in its window), or None when no favourite lies there (the first reading stands)."""
    a, b = _sentence_bounds(text, s.start, s.end)
    near = [f for f in favourites if f.start != s.start and a <= f.start and f.end <= b]
    return sorted([*sure, *near], key=lambda x: x.start) if near else None


def _read(text: str, s, context: list, model, counter: "_Readings") -> list[float]:
    """The model's gains for ``s``'s candidates, read in its window with ``context``'s repairs."""
    counter.step()
    a, b = _sentence_bounds(text, s.start, s.end)
    before = _rendered(text, a, s.start, context)
    after = _rendered(text, s.end, b, context)
    return model.gains(before, text[s.start:s.end], after, _candidates(s))


class _Readings:
    """Counts the readings for ``progress`` and asks ``cancelled`` before each one."""

    def __init__(self, cancelled, progress, total: int):
        self.cancelled, self.progress, self.total, self.done = cancelled, progress, total, 0

    def step(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise Cancelled()
        if self.progress is not None:
            self.progress(self.done, self.total)
        self.done += 1

    def more(self, n: int) -> None:
        self.total += n

    def finish(self) -> None:
        if self.progress is not None and self.total:
            self.progress(self.total, self.total)
