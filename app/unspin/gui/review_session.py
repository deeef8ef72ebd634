"""One open review: the core Document, where its suggestions sit in the repaired pane, and the one
undo history that covers decisions and typing alike.

Decisions are made by the core Document (its own undo records the status changes); this module
only mirrors each decision into the right pane's text. Every step - a decision, a batch, or a run
of typing - becomes one QUndoCommand that remembers the text edits it made, the spans before and
after, and how many Document steps it contains, so undoing it restores all three exactly.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from unspin.core.model import Document, Status, Suggestion
from unspin.gui.panes import RepairedPane
from unspin.gui.span_tracking import Span, TextChange, apply_change

Edit = tuple[int, str, str]                    # (position, old words, new words), code points
Snapshot = tuple[tuple[Span, ...], frozenset]  # (span of each suggestion, dropped ids)

_TYPING_ID = 7


class ReviewStep(QUndoCommand):
    def __init__(self, session: "ReviewSession", label: str, edits: list[Edit], before: Snapshot,
                 after: Snapshot, model_steps: int, typing: bool = False,
                 on_undo: Callable[[], None] | None = None, on_redo: Callable[[], None] | None = None):
        super().__init__(label)
        self.session = session
        self.edits = edits
        self.before = before
        self.after = after
        self.model_steps = model_steps
        self.typing = typing
        self.on_undo = on_undo
        self.on_redo = on_redo
        self._done = True  # the work is already done when the step is pushed

    def redo(self):
        if self._done:
            self._done = False
            return
        self.session._replay(self, forward=True)

    def undo(self):
        self.session._replay(self, forward=False)

    def id(self) -> int:
        return _TYPING_ID if self.typing else -1

    def mergeWith(self, other) -> bool:
        # Consecutive keystrokes in one place undo together, like in any editor; a new line or
        # a jump elsewhere starts a new step.
        if not isinstance(other, ReviewStep) or not other.typing or len(other.edits) != 1:
            return False
        pos, old, new = self.edits[-1]
        pos2, old2, new2 = other.edits[0]
        if "\n" in new2 or "\n" in old2:
            return False
        inserting = not old and not old2 and pos2 == pos + len(new)
        backspacing = not new and not new2 and pos2 + len(old2) == pos
        deleting = not new and not new2 and pos2 == pos
        if not (inserting or backspacing or deleting):
            return False
        self.edits.append(other.edits[0])
        self.after = other.after
        self.model_steps += other.model_steps
        return True


class ReviewSession(QObject):
    """The review of one document in the window."""

    changed = Signal()   # statuses, spans or text changed: re-highlight, refresh lists

    def __init__(self, document: Document, pane: RepairedPane, right_text: str | None = None,
                 spans: list[Span] | None = None, dropped: set[int] | None = None, parent=None):
        super().__init__(parent)
        self.document = document
        self.pane = pane
        self.stack = QUndoStack(self)
        self.left_spans: list[Span] = [(s.start, s.end) for s in document]
        if right_text is None or spans is None or len(spans) != len(self.left_spans):
            right_text, spans, dropped = document.repaired_text(), document.repaired_spans(), set()
        pane.set_text(right_text)
        self.spans: list[Span] = list(spans)
        self.dropped: set[int] = set(dropped or ())
        self._retyping: int | None = None   # the suggestion whose words the user is typing over
        pane.typed.connect(self._on_typed)

    def close(self) -> None:
        self.pane.typed.disconnect(self._on_typed)

    # -- queries -------------------------------------------------------------------------------
    def text(self) -> str:
        return self.pane.text()

    def suggestion(self, sid: int) -> Suggestion:
        return self.document.get(sid)

    def actionable(self, sid: int) -> bool:
        """False for a suggestion whose words the user deleted together with text around them."""
        return sid not in self.dropped

    def is_typed(self) -> bool:
        """True when the pane holds typing beyond what the decisions explain."""
        return self.text() != self.document.repaired_text()

    def sid_at(self, offset: int, left: bool = False) -> int | None:
        spans = self.left_spans if left else self.spans
        for sid, (s, e) in enumerate(spans):
            if s <= offset < e or (s == e == offset and not left and sid not in self.dropped):
                return sid
            if s > offset:
                break
        return None

    def pending_ids(self) -> list[int]:
        return [s.id for s in self.document if s.status is Status.PENDING and s.id not in self.dropped]

    def counts(self) -> dict[Status, int]:
        counts = self.document.counts()
        return counts

    # -- decisions -------------------------------------------------------------------------------
    def run(self, label: str, model_op: Callable[[], list[int]],
            on_redo: Callable[[], None] | None = None, on_undo: Callable[[], None] | None = None) -> list[int]:
        """Make a decision through the Document and mirror it into the pane, as one undo step.

        on_redo/on_undo carry a side effect that belongs to the same step (turning a rule off).
        """
        before = self._snapshot()
        self._retyping = None
        changed = model_op()
        if not changed and on_redo is None:
            return []
        edits: list[Edit] = []
        for sid in sorted(changed, key=lambda i: self.spans[i][0], reverse=True):
            if sid in self.dropped:
                continue
            edits.append(self._set_span_text(sid, self.document.get(sid).shown_text()))
        if on_redo is not None:
            on_redo()
        step = ReviewStep(self, label, [e for e in edits if e[1] != e[2]], before, self._snapshot(),
                          1 if changed else 0, on_undo=on_undo, on_redo=on_redo)
        self.stack.push(step)
        self.changed.emit()
        return changed

    def _set_span_text(self, sid: int, new: str) -> Edit:
        s, e = self.spans[sid]
        old = self.pane.text()[s:e]
        if old != new:
            self.pane.replace_silently(s, e, new)
            delta = len(new) - len(old)
            self.spans = [(a + delta, b + delta) if i > sid else (a, b) for i, (a, b) in enumerate(self.spans)]
        self.spans[sid] = (s, s + len(new))
        return (s, old, new)

    # -- typing ----------------------------------------------------------------------------------
    def _on_typed(self, change: TextChange) -> None:
        before = self._snapshot()
        spans, touched, dropped = apply_change(self.spans, change, extend=self._retyping)
        self.spans = spans
        # Letters typed straight after retyped words continue them ("s", "sa", "said").
        end = change.pos + len(change.added)
        self._retyping = touched[-1] if touched and spans[touched[-1]][1] == end else None
        newly_dropped = [i for i in dropped if i not in self.dropped]
        self.dropped.update(dropped)
        text = self.pane.text()
        decisions = [(i, Status.EDITED, text[spans[i][0]:spans[i][1]]) for i in touched]
        decisions += [(i, Status.EDITED, "") for i in newly_dropped]
        changed = self.document.decide(decisions) if decisions else []
        step = ReviewStep(self, "Typing", [(change.pos, change.removed, change.added)], before,
                          self._snapshot(), 1 if changed else 0, typing=True)
        self.stack.push(step)
        self.changed.emit()

    # -- undo/redo -------------------------------------------------------------------------------
    def _snapshot(self) -> Snapshot:
        return (tuple(self.spans), frozenset(self.dropped))

    def _restore(self, snap: Snapshot) -> None:
        self.spans = list(snap[0])
        self.dropped = set(snap[1])

    def _replay(self, step: ReviewStep, forward: bool) -> None:
        last = None
        self._retyping = None
        if forward:
            for _ in range(step.model_steps):
                self.document.redo()
            for pos, old, new in step.edits:
                self.pane.replace_silently(pos, pos + len(old), new)
                last = pos + len(new)
            self._restore(step.after)
            if step.on_redo:
                step.on_redo()
        else:
            for _ in range(step.model_steps):
                self.document.undo()
            for pos, old, new in reversed(step.edits):
                self.pane.replace_silently(pos, pos + len(new), old)
                last = pos + len(old)
            self._restore(step.before)
            if step.on_undo:
                step.on_undo()
        if last is not None and step.typing:
            self.pane.setTextCursor(self.pane.cursor_for(last))
        self.changed.emit()
