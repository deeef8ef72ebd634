"""The neural language model's second opinion on the uncertain swaps of a spun document.

After the restorer and the lexicons have decided, a spun page still holds many swaps below the
threshold: symmetric synonyms whose n-gram evidence is even ("the bill went to the ground" /
"floor"). For each, :mod:`neural_lm` reads the swap in its sentence, with the sentence before it and
with the document's sure repairs already applied around it (the spinner's other words would mislead
it), and says how much likelier each candidate makes the text than the words as written. A candidate
at least ``LIFT_NATS`` likelier is applied: the suggestion rises to the threshold (or just above it,
by how strong the evidence is), with the model's candidate first. A swap whose candidate comes from
a thesaurus the user imported (the spinner's own channel) is read up to ``THESAURUS_READINGS`` times,
each time again with the other uncertain swaps' favourites of the reading before in place around it
(as if the spinner's neighbouring swaps were undone), and needs only ``THESAURUS_LIFT_NATS`` when it
is listed. Where a built-in lexicon's swap stands on a form that the imported file lists under other
heads, the model chooses among them all (``file_heads``).

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
from unspin.engine.inflect import match_case
from unspin.engine.thesaurus import form_key

LIFT_NATS = 4.0          # the model's margin, in nats, over the words as written
# ... for a listed swap whose candidate comes from a thesaurus the user imported: the spinner's own
# channel, so a smaller margin is worth applying. The bars, the readings and the file's heads at a
# built-in swap (file_heads) were chosen together on the training pairs with a thesaurus of their
# substitutions (bench/restorer_eval.py --oracle): 79.3 -> 80.2 %, Pok 95.3 %; the same setting won in
# each of the 33 folds when each story's was chosen on the other stories only (bench/README.md,
# thirty-eighth session). The built-in lexicons keep LIFT_NATS.
THESAURUS_LIFT_NATS = 2.0
# ... for an imported thesaurus's swap too weak to be listed (the engine's floor): it was not offered
QUIET_THESAURUS_LIFT_NATS = 3.0
THESAURUS_READINGS = 3   # readings of an imported thesaurus's swap: the first, then with favourites
CONTEXT_NATS = 0.0       # a reading's favourite at least this good is context for the next reading
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
                   quiet: list = (), heads: dict | None = None) -> list:
    """The suggestions, with the uncertain spinner swaps the model prefers applied (see above).
    ``cancelled()``, asked before each reading, stops the work: a window whose user typed on must
    not wait seconds for readings of a text that is gone (``Cancelled`` is raised).
    ``progress(done, total)`` counts the readings (the window shows them: they take seconds); the
    total grows by the later readings once the ones before have said which there are.
    ``heads``: an imported thesaurus's forms and the heads each may stand for (``file_heads``).
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
    # The next readings: a swap of an imported thesaurus read again with the other swaps' favourites
    # of the reading before around it, where its window holds one (the spinner changed the words
    # around a swap too, and a reading among spun words misjudges it). A window whose favourites did
    # not change is not read again. The built-in lexicons' swaps are read once: with them a second
    # reading changed two edits of the training pairs' 894, one right one lost and one wrong one made
    # (bench/README.md, thirty-seventh session), for readings that take seconds.
    filed = [s for s in questions if THESAURUS_RULE in s.rule]
    first = {id(s): gains[id(s)] for s in filed}
    read_with: dict[int, tuple] = {}
    for _ in range(THESAURUS_READINGS - 1):
        favourites = [replace(s, replacement=c) for s in questions
                      for c in [_favourite(_candidates(s), gains[id(s)], CONTEXT_NATS)] if c is not None]
        again = []
        for s in filed:
            near = _favourites_near(text, s, favourites)
            if not near:
                gains[id(s)] = first[id(s)]   # read as the first time: with the sure repairs alone
            elif read_with.get(id(s)) != _context_key(near):
                read_with[id(s)] = _context_key(near)
                again.append((s, sorted([*sure, *near], key=lambda x: x.start)))
        counter.more(len(again))
        for s, ctx in again:
            gains[id(s)] = _read(text, s, ctx, model, counter)
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
        out.append(_applied(s, choice, [s.replacement, *s.alternatives], lift_confidence(threshold, margins[best]),
                            why))
    if heads:
        out = file_heads(text, out, threshold, model, heads, counter)
    counter.finish()
    return out


def lift_nats(s, listed: bool = True) -> float:
    """The margin a swap's favourite needs to be applied: lower for a swap whose candidate comes from
    a thesaurus the user imported (the spinner's own channel, see the bars' note)."""
    if THESAURUS_RULE not in s.rule:
        return LIFT_NATS
    return THESAURUS_LIFT_NATS if listed else QUIET_THESAURUS_LIFT_NATS


def file_heads(text: str, suggestions: list, threshold: float, model, heads: dict, counter: "_Readings") -> list:
    """The suggestions, where a built-in lexicon's swap stands on a form that an imported thesaurus
    lists under other heads, with the model's choice among all of them. The file is the spinner's
    own channel and the built-in candidate is a guess made without it ("methods" read "manners"
    where the file has it only on the lines of "ways" and "systems"). The file's head is taken where
    the model reads the sentence best with it (of every candidate and the words as written); a swap
    not yet applied needs ``THESAURUS_LIFT_NATS`` over the words as written, as the file's own do."""
    asks = []
    for s in suggestions:
        if s.category != SPINNER or THESAURUS_RULE in s.rule:
            continue
        cands = _candidates(s)
        have = {form_key(c) for c in [s.original, *cands]}
        extra = [_apostrophes_like(match_case(h, s.original), s.original)
                 for h in heads.get(form_key(s.original), ()) if form_key(h) not in have]
        if extra:
            asks.append((s, cands + extra))
    if not asks:
        return suggestions
    counter.more(len(asks))
    sure = [s for s in suggestions if s.confidence >= threshold]
    chosen = {}
    for s, cands in asks:
        margins = _read_candidates(text, s, [x for x in sure if x is not s], cands, model, counter)
        best = max(range(len(cands)), key=margins.__getitem__)
        applied = s.confidence >= threshold
        if best < len(_candidates(s)) or margins[best] < (0.0 if applied else THESAURUS_LIFT_NATS):
            continue
        choice = cands[best]
        listing = ", ".join(f'"{c}"' for c in cands)
        why = (f'"{s.original}" stands for "{choice}" in the synonym file you imported, and a neural language '
               f'model reads this sentence best with "{choice}" (of {listing} and the words as written).')
        confidence = s.confidence if applied else lift_confidence(threshold, margins[best])
        chosen[id(s)] = _applied(s, choice, cands, confidence, why)
    return [chosen.get(id(s), s) for s in suggestions]


def _applied(s, choice: str, candidates: list[str], confidence: float, why: str):
    """``s`` with the model's ``choice`` first and applied; the other ``candidates`` stay alternatives."""
    return replace(s, replacement=choice, first_choice=choice, category=SPINNER, confidence=confidence,
                   alternatives=[c for c in candidates if c != choice], explanation=why, tentative=False)


def _apostrophes_like(word: str, original: str) -> str:
    """A file's entry with the original's apostrophes ("it’s" where the page writes them curly)."""
    return word.replace("'", "\u2019") if "\u2019" in original else word


def _favourite(cands: list[str], margins: list[float], floor: float) -> str | None:
    best = max(range(len(cands)), key=margins.__getitem__)
    return cands[best] if margins[best] >= floor else None


def _favourites_near(text: str, s, favourites: list) -> list:
    """The other swaps' favourites in ``s``'s window: put in place for its next reading."""
    a, b = _sentence_bounds(text, s.start, s.end)
    return [f for f in favourites if f.start != s.start and a <= f.start and f.end <= b]


def _context_key(near: list) -> tuple:
    return tuple((f.start, f.end, f.replacement) for f in near)


def _read(text: str, s, context: list, model, counter: "_Readings") -> list[float]:
    """The model's gains for ``s``'s candidates, read in its window with ``context``'s repairs."""
    return _read_candidates(text, s, context, _candidates(s), model, counter)


def _read_candidates(text: str, s, context: list, cands: list[str], model, counter: "_Readings") -> list[float]:
    counter.step()
    a, b = _sentence_bounds(text, s.start, s.end)
    before = _rendered(text, a, s.start, context)
    after = _rendered(text, s.end, b, context)
    return model.gains(before, text[s.start:s.end], after, cands)


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
