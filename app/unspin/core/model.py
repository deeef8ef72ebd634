"""The review document: a text, the suggestions made on it, and the user's decisions.

A suggestion covers a span of the original text (offsets in code points of the decoded text). Its
status says what the repaired text shows there: the replacement (accepted), the user's own words
(edited), or the original words (pending or ignored). Rejecting everything gives back the original
text exactly, because the repaired text is always rebuilt from the untouched original.
"""
from __future__ import annotations

import enum
from bisect import bisect_right
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Iterable, Iterator


class Status(str, enum.Enum):
    PENDING = "pending"
    ACCEPTED = "accepted"
    EDITED = "edited"
    IGNORED = "ignored"


@dataclass
class Suggestion:
    start: int
    end: int
    original: str
    replacement: str
    alternatives: list[str] = field(default_factory=list)
    confidence: float = 1.0
    category: str = "spinner"
    rule: str = ""
    explanation: str = ""
    status: Status = Status.PENDING
    edited_text: str | None = None
    id: int = -1
    # Below the threshold: offered for review, but the repair keeps the original words until the
    # user accepts it (see unspin.engine.visibility).
    tentative: bool = False
    # The engine's first choice: accepting an alternative changes ``replacement``, not this.
    first_choice: str = ""

    def __post_init__(self):
        if not self.first_choice:
            self.first_choice = self.replacement

    def shown_text(self, pending_as_replacement: bool = False) -> str:
        """The words the repaired text shows for this suggestion. ``pending_as_replacement``: the
        preview the window's right pane shows, with every pending (not tentative) repair applied."""
        if self.status is Status.ACCEPTED:
            return self.replacement
        if self.status is Status.EDITED:
            return self.edited_text if self.edited_text is not None else self.original
        if self.status is Status.PENDING and pending_as_replacement and not self.tentative:
            return self.replacement
        return self.original

    @property
    def key(self) -> tuple[str, str]:
        """Suggestions with the same key are 'alike' (same spun form and the same repair)."""
        return (self.original.lower(), self.replacement.lower())

    def to_json(self) -> dict:
        return {
            "start": self.start,
            "end": self.end,
            "original": self.original,
            "replacement": self.replacement,
            "alternatives": list(self.alternatives),
            "confidence": round(self.confidence, 3),
            "category": self.category,
            "rule": self.rule,
            "explanation": self.explanation,
        }


@dataclass(frozen=True)
class Change:
    """One decision as a record: the suggestion's (status, edited text, replacement) before and
    after. The review's history (:mod:`unspin.core.review`) keeps these to undo and redo."""
    sid: int
    before: tuple[Status, str | None, str]
    after: tuple[Status, str | None, str]


class Document:
    """Original text plus non-overlapping suggestions and the decisions made on them.

    Every decision goes through :meth:`decide`, which returns the ids it changed and, inside
    :meth:`recording`, hands a :class:`Change` record per decision to the caller; the one undo
    history is the review's (:class:`unspin.core.review.Review`), not the document's.
    """

    def __init__(self, text: str, suggestions: Iterable[Suggestion] = (), spin_score: float = 0.0):
        self.text = text
        self.spin_score = spin_score
        # Words of the part analysed, when the analysis was stopped before the end (the window's
        # Cancel); None: the whole text was analysed. What densities are measured against.
        self.analysed_words: int | None = None
        self.suggestions: list[Suggestion] = []
        self._recording: list[list[Change]] = []
        self.set_suggestions(suggestions)

    # -- suggestions ---------------------------------------------------------------------------
    def set_suggestions(self, suggestions: Iterable[Suggestion]) -> None:
        items = sorted(suggestions, key=lambda s: (s.start, s.end))
        last_end = -1
        clean: list[Suggestion] = []
        for s in items:
            if not (0 <= s.start <= s.end <= len(self.text)):
                raise ValueError(f"suggestion span {s.start}-{s.end} outside the text")
            if self.text[s.start:s.end] != s.original:
                raise ValueError(f"suggestion at {s.start} does not match the text: {s.original!r}")
            if s.start < last_end:
                continue  # overlapping: the engine already chose; keep the first
            clean.append(s)
            last_end = s.end
        for i, s in enumerate(clean):
            s.id = i
        self.suggestions = clean

    def __iter__(self) -> Iterator[Suggestion]:
        return iter(self.suggestions)

    def __len__(self) -> int:
        return len(self.suggestions)

    def get(self, sid: int) -> Suggestion:
        return self.suggestions[sid]

    def counts(self) -> dict[Status, int]:
        out = {st: 0 for st in Status}
        for s in self.suggestions:
            out[s.status] += 1
        return out

    # -- text ----------------------------------------------------------------------------------
    def repaired_text(self, pending_as_replacement: bool = False) -> str:
        return self._rendered(pending_as_replacement)[0]

    def repaired_spans(self, pending_as_replacement: bool = False) -> list[tuple[int, int]]:
        """Span of each suggestion in the repaired text, in suggestion order."""
        return self._rendered(pending_as_replacement)[1]

    def _rendered(self, pending_as_replacement: bool) -> tuple[str, list[tuple[int, int]]]:
        """The repaired text and the span of each suggestion in it. Words edited to nothing take
        one neighbouring space with them (:mod:`unspin.core.spacing`): "the big vote" with "big"
        deleted reads "the vote", not "the  vote"."""
        parts: list[str] = []
        spans: list[tuple[int, int]] = []
        pos = shift = 0
        removed: list[int] = []
        for i, s in enumerate(self.suggestions):
            shown = s.shown_text(pending_as_replacement)
            parts.append(self.text[pos:s.start])
            parts.append(shown)
            start = s.start + shift
            spans.append((start, start + len(shown)))
            shift += len(shown) - (s.end - s.start)
            pos = s.end
            if not shown and s.original:
                removed.append(i)
        parts.append(self.text[pos:])
        text = "".join(parts)
        if removed:
            from unspin.core.spacing import spaces_dropped
            drop = spaces_dropped(text, spans, removed)
            if drop:
                text = "".join(text[a + 1:b] for a, b in zip([-1] + drop, drop + [len(text)]))
                spans = [(a - bisect_right(drop, a - 1), b - bisect_right(drop, b - 1)) for a, b in spans]
        return text, spans

    # -- decisions -----------------------------------------------------------------------------
    @staticmethod
    def _state(s: Suggestion) -> tuple[Status, str | None, str]:
        return (s.status, s.edited_text, s.replacement)

    @staticmethod
    def _apply_state(s: Suggestion, state: tuple[Status, str | None, str]) -> None:
        s.status, s.edited_text, s.replacement = state

    @contextmanager
    def recording(self) -> Iterator[list[Change]]:
        """``with document.recording() as changes:`` collects a record of every decision made
        inside the block, in order (what an undo step keeps)."""
        changes: list[Change] = []
        self._recording.append(changes)
        try:
            yield changes
        finally:
            self._recording.remove(changes)

    def apply_changes(self, changes: Iterable[Change], forward: bool = True) -> list[int]:
        """Redo (``forward``) or undo a list of recorded changes; returns the ids touched."""
        records = list(changes) if forward else list(changes)[::-1]
        for c in records:
            self._apply_state(self.suggestions[c.sid], c.after if forward else c.before)
        return [c.sid for c in records]

    def decide(self, changes: Iterable[tuple[int, Status, str | None]]) -> list[int]:
        """Apply decisions (suggestion id, new status, edited text). Returns the ids that changed."""
        step: list[Change] = []
        for sid, status, text in changes:
            s = self.suggestions[sid]
            before = self._state(s)
            if status is Status.EDITED:
                if text is None:
                    raise ValueError("an edit needs the new text")
                if text == s.replacement:
                    after = (Status.ACCEPTED, None, s.replacement)
                elif text == s.original:
                    after = (Status.IGNORED, None, s.replacement)
                else:
                    after = (Status.EDITED, text, s.replacement)
            elif status is Status.ACCEPTED and text is not None:
                # accepting one of the alternatives makes it the replacement
                after = (Status.ACCEPTED, None, text)
            else:
                after = (status, None, s.replacement)
            if after != before:
                self._apply_state(s, after)
                step.append(Change(sid, before, after))
        for recorder in self._recording:
            recorder.extend(step)
        return [c.sid for c in step]

    def accept(self, sid: int, replacement: str | None = None) -> list[int]:
        return self.decide([(sid, Status.ACCEPTED, replacement)])

    def edit(self, sid: int, text: str) -> list[int]:
        return self.decide([(sid, Status.EDITED, text)])

    def ignore(self, sid: int) -> list[int]:
        return self.decide([(sid, Status.IGNORED, None)])

    def alike(self, sid: int) -> list[int]:
        key = self.suggestions[sid].key
        return [s.id for s in self.suggestions if s.key == key]

    def accept_all_like(self, sid: int) -> list[int]:
        return self.decide((i, Status.ACCEPTED, None) for i in self.alike(sid)
                           if self.suggestions[i].status is Status.PENDING or i == sid)

    def ignore_all_like(self, sid: int) -> list[int]:
        return self.decide((i, Status.IGNORED, None) for i in self.alike(sid)
                           if self.suggestions[i].status is Status.PENDING or i == sid)

    def pending_at_or_above(self, min_confidence: float) -> list[int]:
        return [s.id for s in self.suggestions
                if s.status is Status.PENDING and s.confidence >= min_confidence]

    def accept_all(self, min_confidence: float = 0.0) -> list[int]:
        return self.decide((i, Status.ACCEPTED, None) for i in self.pending_at_or_above(min_confidence))

    def ignore_rule(self, rule: str) -> list[int]:
        return self.decide((s.id, Status.IGNORED, None) for s in self.suggestions
                           if s.rule == rule and s.status is Status.PENDING)

    # -- persistence of decisions ----------------------------------------------------------------
    def decisions(self) -> list[dict]:
        """The decided suggestions, in a form that can be saved and restored on the same text."""
        return [{"start": s.start, "end": s.end, "original": s.original, "replacement": s.replacement,
                 "status": s.status.value, "edited_text": s.edited_text}
                for s in self.suggestions if s.status is not Status.PENDING]

    def restore_decisions(self, saved: Iterable[dict]) -> int:
        """Re-apply saved decisions whose span and words still match; returns how many applied.
        A decision of the wrong shape (from a damaged or hand-edited file: a number for the words,
        a list for the start) is skipped, as one that no longer matches is."""
        index = {(s.start, s.end, s.original): s for s in self.suggestions}
        applied = 0
        for d in saved:
            if not isinstance(d, dict):
                continue
            start, end, original = d.get("start"), d.get("end"), d.get("original")
            if not (type(start) is int and type(end) is int and isinstance(original, str)):
                continue
            s = index.get((start, end, original))
            replacement, edited = d.get("replacement"), d.get("edited_text")
            if s is None or not isinstance(replacement, (str, type(None))) \
                    or not isinstance(edited, (str, type(None))):
                continue
            try:
                status = Status(d.get("status"))
            except (ValueError, TypeError):
                continue
            s.status = status
            s.replacement = replacement or s.replacement
            s.edited_text = edited
            applied += 1
        return applied

