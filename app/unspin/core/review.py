"""The review of one document, without Qt: the Document, the repaired text the user sees and
edits, where each suggestion sits in it, and the one undo history that covers decisions and
typing alike.

The repaired text is a preview: every pending suggestion already shows its repair (tentative ones,
below the threshold, keep the original words), accepted and edited ones show the user's choice,
ignored ones the original. A decision rewrites the suggestion's words in that text; typing moves
the spans (:mod:`unspin.core.span_tracking`) and turns the words typed over into an edit.

Every change becomes one :class:`Step` on the :class:`History`: the decision records
(:class:`unspin.core.model.Change`), the text edits made, and the spans before and after, so undo
restores all three exactly. The window mirrors text edits into its editor through
:attr:`Review.mirror` and only ever replays what a step holds.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from unspin.core.model import Change, Document, Status
from unspin.core.spacing import spaces_dropped_at, spaces_to_restore
from unspin.core.span_tracking import Span, TextChange, apply_change

Edit = tuple[int, str, str]                    # (position, old words, new words), code points
Snapshot = tuple[tuple[Span, ...], frozenset]  # (span of each suggestion, dropped ids)
Decision = tuple[int, Status, "str | None"]    # (suggestion id, new status, edited text)

MERGE_GAP = 2000   # decisions closer than this (characters) are written to the text as one edit


@dataclass
class Step:
    """One entry of the undo history."""
    label: str
    changes: list[Change]
    edits: list[Edit]
    before: Snapshot
    after: Snapshot
    typing: bool = False
    on_undo: Callable[[], None] | None = None   # a side effect belonging to the step (a rule
    on_redo: Callable[[], None] | None = None   # turned off in the settings)

    @property
    def size(self) -> int:
        return len(self.changes)

    def absorb(self, other: "Step") -> bool:
        """Consecutive keystrokes in one place undo together, like in any editor; a new line or
        a jump elsewhere starts a new step. True when ``other`` was merged into this step."""
        if not (self.typing and other.typing and len(other.edits) == 1 and self.edits):
            return False
        pos, old, new = self.edits[-1]
        pos2, old2, new2 = other.edits[0]
        if "\n" in new2 or "\n" in old2:
            return False
        # Letters typed on after a letter typed over a selection go with it, as in any editor
        # (a paste over a selection stays a step of its own).
        inserting = (not old or len(new) == 1) and not old2 and pos2 == pos + len(new)
        backspacing = not new and not new2 and pos2 + len(old2) == pos
        deleting = not new and not new2 and pos2 == pos
        if not (inserting or backspacing or deleting):
            return False
        self.edits.append(other.edits[0])
        self.changes.extend(other.changes)
        self.after = other.after
        return True


@dataclass
class History:
    """Undo/redo steps and the clean point (the state the file on disk holds)."""
    steps: list[Step] = field(default_factory=list)
    index: int = 0                  # steps[:index] are done
    clean: int | None = 0           # index of the saved state; None: no reachable state is saved

    def push(self, step: Step) -> None:
        del self.steps[self.index:]
        if self.clean is not None and self.clean > self.index:
            self.clean = None          # the saved state was in the redo branch just dropped
        if self.index and self.steps[-1].absorb(step):
            if self.clean == self.index:
                self.clean = None      # the saved state was the step that just grew
            return
        self.steps.append(step)
        self.index += 1

    def can_undo(self) -> bool:
        return self.index > 0

    def can_redo(self) -> bool:
        return self.index < len(self.steps)

    def undo_label(self) -> str:
        return self.steps[self.index - 1].label if self.can_undo() else ""

    def redo_label(self) -> str:
        return self.steps[self.index].label if self.can_redo() else ""

    def is_clean(self) -> bool:
        return self.clean == self.index

    def set_clean(self) -> None:
        self.clean = self.index

    def reset_clean(self) -> None:
        """No state in the history is the file's any more (restored work, a file changed on disk)."""
        self.clean = None


def offset_mapper(changes: list[tuple[int, int, int]]) -> Callable[[int], int]:
    """old offset -> new offset through replaced spans (start, end, new length), in text order;
    an offset inside a replaced span goes to the start of its new words."""
    starts = [a for a, _, _ in changes]
    shifts = [0]
    for a, b, n in changes:
        shifts.append(shifts[-1] + n - (b - a))

    def mapper(offset: int) -> int:
        k = bisect_right(starts, offset)          # spans starting at or before the offset
        if k and offset < changes[k - 1][1]:
            return changes[k - 1][0] + shifts[k - 1]   # inside (or at the start of) replaced words
        return offset + shifts[k]
    return mapper


def span_mapper(old: tuple[Span, ...] | list[Span], new: tuple[Span, ...] | list[Span]) -> Callable[[int], int]:
    """The offset mapper for a change of spans from ``old`` to ``new`` (undo and redo)."""
    return offset_mapper([(a, b, d - c) for (a, b), (c, d) in zip(old, new) if b - a != d - c])


class Review:
    """The review of one document (see the module docstring). ``text``/``spans``/``dropped``
    restore a review saved earlier (typing included); by default the preview is built from the
    document."""

    def __init__(self, document: Document, text: str | None = None, spans: list[Span] | None = None,
                 dropped: Iterable[int] | None = None, left_spans: list[Span] | None = None):
        self.document = document
        self.left_spans: list[Span] = left_spans if left_spans is not None else [(s.start, s.end) for s in document]
        if text is None or spans is None or len(spans) != len(self.left_spans):
            text, spans, dropped = document.repaired_text(True), document.repaired_spans(True), ()
        self.text = text
        self.spans: list[Span] = list(spans)
        self.dropped: set[int] = set(dropped or ())
        self.history = History()
        self.mirror: Callable[[int, int, str], None] | None = None   # the editor showing the text
        self.last_changed: list[int] | None = None   # ids the last change touched (None: maybe all)
        self._retyping: int | None = None   # the suggestion whose words the user is typing over

    # -- queries -------------------------------------------------------------------------------
    def actionable(self, sid: int) -> bool:
        """False for a suggestion whose words the user deleted together with text around them."""
        return sid not in self.dropped

    def is_typed(self) -> bool:
        """True when the text holds typing beyond what the decisions explain."""
        return self.text != self.document.repaired_text(True)

    def sid_at(self, offset: int, left: bool = False) -> int | None:
        spans = self.left_spans if left else self.spans
        k = bisect_right(spans, (offset, float("inf")))   # spans starting at or before offset
        for sid in (k - 1, k):
            if 0 <= sid < len(spans):
                s, e = spans[sid]
                if s <= offset < e or (s == e == offset and not left and sid not in self.dropped):
                    return sid
        return None

    def pending_ids(self, include_tentative: bool = False) -> list[int]:
        """Pending suggestions the user can still decide; tentative ones (the text keeps their
        original words) only with ``include_tentative``."""
        return [s.id for s in self.document if s.status is Status.PENDING and s.id not in self.dropped
                and (include_tentative or not s.tentative)]

    def text_keeping_originals(self) -> str:
        """The text with the original words wherever a suggestion is still pending (what "keep
        the original words" on saving writes; the review itself stays as it is)."""
        parts, pos = [], 0
        for sid in self.pending_ids():
            a, b = self.spans[sid]
            parts.append(self.text[pos:a])
            parts.append(self.document.get(sid).original)
            pos = b
        parts.append(self.text[pos:])
        return "".join(parts)

    # -- decisions -------------------------------------------------------------------------------
    def run(self, label: str, decide: Callable[[], object], on_redo: Callable[[], None] | None = None,
            on_undo: Callable[[], None] | None = None) -> list[int]:
        """Make decisions (``decide`` calls the Document) and write them into the text, as one
        undo step. on_redo/on_undo carry a side effect that belongs to the same step (turning a
        rule off); ``on_redo`` has already happened when the step is recorded."""
        before = self._snapshot()
        self._retyping = None
        with self.document.recording() as changes:
            decide()
        changed = [c.sid for c in changes]
        if not changed and on_redo is None:
            return []
        edits = self.show_decisions(changed)
        if on_redo is not None:
            on_redo()
        self.history.push(Step(label, list(changes), edits, before, self._snapshot(),
                               on_undo=on_undo, on_redo=on_redo))
        self.last_changed = changed
        return changed

    def run_in_pieces(self, label: str, decisions: list[Decision], piece: int) -> Iterator[int]:
        """A big batch, ``piece`` decisions at a time: a generator yielding how many are done, so
        the window can keep drawing between pieces. The step is recorded when it is exhausted."""
        before = self._snapshot()
        self._retyping = None
        edits: list[Edit] = []
        records: list[Change] = []
        k = 0
        while k < len(decisions):
            chunk = decisions[k:k + piece]
            k += len(chunk)
            with self.document.recording() as changes:
                self.document.decide(chunk)
            if changes:
                records.extend(changes)
                edits.extend(self.show_decisions([c.sid for c in changes]))
            yield k
        if records:
            self.history.push(Step(label, records, edits, before, self._snapshot()))
        self.last_changed = [c.sid for c in records]

    def show_decisions(self, changed: list[int]) -> list[Edit]:
        """Put each changed suggestion's words into the text; returns the edits made, in order.

        Spans are moved in one pass whatever the number of decisions. Neighbouring decisions
        (less than ``MERGE_GAP`` characters apart) become one replacement of the text between
        them, rebuilt from the text itself, so typing there is kept: "accept all" on 20,000
        suggestions is a handful of edits of the editor's document, not 20,000.
        """
        text, spans = self.text, self.spans
        # sid -> (start, end) of the text replaced, the text put there, where its words start in it.
        targets: dict[int, tuple[int, int, str, int]] = {}
        shown: dict[int, str] = {}   # sid -> its new text, for the ids whose words change
        for sid in sorted(changed):
            if sid in self.dropped:
                continue
            a, b = spans[sid]
            new = self.document.get(sid).shown_text(True)
            if text[a:b] != new:
                shown[sid] = new
        # Words edited to nothing take one space with them ("the big vote" -> "the vote").
        dropped = spaces_dropped_at(text, spans, [sid for sid, new in shown.items()
                                                  if not new and self.document.get(sid).original])
        for sid, new in shown.items():
            a, b = spans[sid]
            s = self.document.get(sid)
            region = (a, b, new, 0)
            if s.original and not new:
                j = dropped.get(sid)
                if j is not None:
                    region = (a, b + 1, "", 0) if j == b else (a - 1, b, "", 0)
            elif s.original and a == b:
                before, after = spaces_to_restore(text, a)   # the space they took comes back
                region = (a, b, before + new + after, len(before))
            targets[sid] = region
        if not targets:
            return []
        order = list(targets)             # ids are in text order, like their spans
        groups: list[list[int]] = [[order[0]]]
        for sid in order[1:]:
            if targets[sid][0] - targets[groups[-1][-1]][1] > MERGE_GAP:
                groups.append([])
            groups[-1].append(sid)
        replacements: list[tuple[int, int, str]] = []
        for group in groups:
            start, end = targets[group[0]][0], targets[group[-1]][1]
            parts, pos = [], start
            for sid in group:
                a, b, new, _ = targets[sid]
                parts.append(text[pos:a])
                parts.append(new)
                pos = b
            parts.append(text[pos:end])
            replacements.append((start, end, "".join(parts)))
        # New spans in one pass: a target takes its new words, everything after moves.
        new_spans = spans[:order[0]]
        shift = 0
        for k, sid in enumerate(order):
            a, b, new, at = targets[sid]
            words = len(self.document.get(sid).shown_text(True))
            new_spans.append((a + shift + at, a + shift + at + words))
            # Words removed with the space before them ("the |red." -> "the.") take along the
            # empty places of words removed earlier just before them, which stood after that space.
            p = sid - 1
            while p >= 0 and spans[p][0] == spans[p][1] and spans[p][0] > a and p not in targets:
                new_spans[p] = (a + shift, a + shift)
                p -= 1
            shift += len(new) - (b - a)
            nxt = order[k + 1] if k + 1 < len(order) else len(spans)
            if shift:
                new_spans.extend([(x + shift, y + shift) for x, y in spans[sid + 1:nxt]])
            else:
                new_spans.extend(spans[sid + 1:nxt])
        # Edit from the end backwards so each position is still valid when its edit is made.
        edits: list[Edit] = []
        for start, end, new in reversed(replacements):
            edits.append((start, text[start:end], new))
            self._replace(start, end, new)
        self.spans = new_spans
        return edits

    # -- typing ----------------------------------------------------------------------------------
    def typed(self, change: TextChange) -> list[int]:
        """The user typed: ``change`` is already in the editor. Moves the spans, turns the words
        typed over into edits, and records one step (merged with the keystrokes before it)."""
        before = self._snapshot()
        self.text = self.text[:change.pos] + change.added + self.text[change.end:]
        spans, touched, dropped = apply_change(self.spans, change, extend=self._retyping)
        self.spans = spans
        # Letters typed straight after retyped words continue them ("s", "sa", "said").
        end = change.pos + len(change.added)
        self._retyping = touched[-1] if touched and spans[touched[-1]][1] == end else None
        newly_dropped = [i for i in dropped if i not in self.dropped]
        self.dropped.update(dropped)
        text = self.text
        decisions = [(i, Status.EDITED, text[spans[i][0]:spans[i][1]]) for i in touched]
        decisions += [(i, Status.EDITED, "") for i in newly_dropped]
        with self.document.recording() as changes:
            if decisions:
                self.document.decide(decisions)
        self.history.push(Step("Typing", list(changes), [(change.pos, change.removed, change.added)],
                               before, self._snapshot(), typing=True))
        self.last_changed = [c.sid for c in changes] + newly_dropped
        return self.last_changed

    # -- undo/redo -------------------------------------------------------------------------------
    def undo(self) -> Step | None:
        if not self.history.can_undo():
            return None
        step = self.history.steps[self.history.index - 1]
        self.history.index -= 1
        for _ in self.replay(step, forward=False):
            pass
        return step

    def redo(self) -> Step | None:
        if not self.history.can_redo():
            return None
        step = self.history.steps[self.history.index]
        self.history.index += 1
        for _ in self.replay(step, forward=True):
            pass
        return step

    def take_undo(self) -> Step | None:
        """Move the history back one step without replaying it (the caller replays it in pieces
        with :meth:`replay`)."""
        if not self.history.can_undo():
            return None
        self.history.index -= 1
        return self.history.steps[self.history.index]

    def take_redo(self) -> Step | None:
        if not self.history.can_redo():
            return None
        self.history.index += 1
        return self.history.steps[self.history.index - 1]

    def replay(self, step: Step, forward: bool, piece: int = 1500) -> Iterator[int]:
        """Redo (``forward``) or undo ``step``: its decisions ``piece`` at a time, then its text
        edits one by one, then the spans; yields the pieces done (see :meth:`replay_size`)."""
        self._retyping = None
        n = 0
        records = step.changes if forward else step.changes[::-1]
        for k in range(0, len(records), piece):
            self.document.apply_changes(records[k:k + piece], forward=True) if forward else \
                self._revert(records[k:k + piece])
            n += 1
            yield n
        edits = step.edits if forward else step.edits[::-1]
        for pos, old, new in edits:
            if forward:
                self._replace(pos, pos + len(old), new)
            else:
                self._replace(pos, pos + len(new), old)
            n += 1
            yield n
        self._restore(step.after if forward else step.before)
        callback = step.on_redo if forward else step.on_undo
        if callback:
            callback()
        self.last_changed = None

    @staticmethod
    def replay_size(step: Step, piece: int = 1500) -> int:
        return -(-len(step.changes) // piece) + len(step.edits)

    def _revert(self, records: list[Change]) -> None:
        # records are already in reverse order: undo each as it comes
        for c in records:
            self.document.apply_changes([c], forward=False)

    # -- internals -------------------------------------------------------------------------------
    def _replace(self, start: int, end: int, new: str) -> None:
        self.text = self.text[:start] + new + self.text[end:]
        if self.mirror is not None:
            self.mirror(start, end, new)

    def _snapshot(self) -> Snapshot:
        return (tuple(self.spans), frozenset(self.dropped))

    def _restore(self, snap: Snapshot) -> None:
        self.spans = list(snap[0])
        self.dropped = set(snap[1])
