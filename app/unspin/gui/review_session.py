"""One open review: the core Document, where its suggestions sit in the repaired pane, and the one
undo history that covers decisions and typing alike.

Decisions are made by the core Document (its own undo records the status changes); this module
only mirrors each decision into the right pane's text. Every step - a decision, a batch, or a run
of typing - becomes one QUndoCommand that remembers the text edits it made, the spans before and
after, and how many Document steps it contains, so undoing it restores all three exactly.
"""
from __future__ import annotations

from bisect import bisect_right
from time import perf_counter
from typing import Callable, Iterator

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from unspin.core.model import Document, Status, Suggestion
from unspin.store.remembered import suggestions_signature
from unspin.gui.panes import RepairedPane
from unspin.gui.span_tracking import Span, TextChange, apply_change

Edit = tuple[int, str, str]                    # (position, old words, new words), code points
Snapshot = tuple[tuple[Span, ...], frozenset]  # (span of each suggestion, dropped ids)

_TYPING_ID = 7
MERGE_GAP = 2000   # decisions closer than this (characters) are written to the pane as one edit
SLICE_BUDGET = 0.02   # seconds of batch work per event-loop turn (a piece is not started past it)
REPLAY_IN_SLICES = 3000   # undo/redo of a step with more decisions than this runs in slices


class PreparedReview:
    """A review built from an analysis away from the GUI thread (plain Python, no Qt): the
    Document, the suggestions' spans in both panes, the repaired text and an index of the
    suggestions by their words. ``whole`` False (the visible part's first suggestions) skips the
    repaired text."""

    def __init__(self, document: Document, whole: bool = True):
        self.document = document
        self.left_spans: list[Span] = [(s.start, s.end) for s in document]
        self.right_text = document.repaired_text() if whole else None
        self.right_spans = document.repaired_spans() if whole else None
        self.by_original: dict[str, list[int]] = {}
        for s in document:
            self.by_original.setdefault(s.original.lower(), []).append(s.id)
        # What autosaves identify the suggestion list by (a hash of every span: not for the GUI thread).
        self.signature = suggestions_signature([(s.start, s.end, s.original) for s in document]) if whole else None

    def fresh(self) -> bool:
        """True while no decision has been applied to the document (its text and spans hold)."""
        return all(s.status is Status.PENDING for s in self.document)


def _offset_mapper(changes: list[tuple[int, int, int]]) -> Callable[[int], int]:
    """old offset -> new offset through replaced spans (start, end, new length), in text order;
    an offset inside a replaced span goes to the start of its new words."""
    starts = [a for a, _, _ in changes]
    shifts = [0]
    for a, b, n in changes:
        shifts.append(shifts[-1] + n - (b - a))

    def mapper(offset: int) -> int:
        k = bisect_right(starts, offset)          # spans starting at or before the offset
        if k and offset < changes[k - 1][1]:
            a = changes[k - 1][0]
            return a + shifts[k - 1]             # inside (or at the start of) replaced words
        return offset + shifts[k]
    return mapper


class ReviewStep(QUndoCommand):
    def __init__(self, session: "ReviewSession", label: str, edits: list[Edit], before: Snapshot,
                 after: Snapshot, model_steps: int, typing: bool = False,
                 on_undo: Callable[[], None] | None = None, on_redo: Callable[[], None] | None = None,
                 size: int = 0):
        super().__init__(label)
        self.session = session
        self.size = size          # decisions in the step: a big one is undone in slices
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
    progress = Signal(int, int)   # a batch in slices: decisions done, total
    batchDone = Signal()

    def __init__(self, document: Document, pane: RepairedPane, right_text: str | None = None,
                 spans: list[Span] | None = None, dropped: set[int] | None = None, parent=None,
                 prepared: PreparedReview | None = None):
        super().__init__(parent)
        self.document = document
        self.pane = pane
        self.stack = QUndoStack(self)
        if prepared is not None and prepared.document is not document:
            prepared = None
        self.left_spans: list[Span] = prepared.left_spans if prepared else [(s.start, s.end) for s in document]
        if right_text is None or spans is None or len(spans) != len(self.left_spans):
            if prepared is not None and prepared.right_text is not None and prepared.fresh():
                right_text, spans, dropped = prepared.right_text, prepared.right_spans, set()
            else:
                right_text, spans, dropped = document.repaired_text(), document.repaired_spans(), set()
        if right_text != pane.text():   # usually the text already shown: no second setPlainText
            pane.set_text(right_text)
        self.spans: list[Span] = list(spans)
        self.dropped: set[int] = set(dropped or ())
        self._retyping: int | None = None   # the suggestion whose words the user is typing over
        self.last_changed: list[int] | None = None   # ids the last change touched (None: maybe all)
        self._batch: _SlicedWork | None = None      # a batch (or its undo) being applied in slices
        self.also_held: list = []   # other panes whose highlights wait for the end of a batch
        pane.typed.connect(self._on_typed)

    def close(self) -> None:
        if self._batch is not None:
            self._batch.abandon()
        self.pane.typed.disconnect(self._on_typed)

    @property
    def busy(self) -> bool:
        """True while a batch, or the undo or redo of one, is being applied in slices: no other
        change may start."""
        return self._batch is not None

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
        edits = self._show_decisions(changed)
        if on_redo is not None:
            on_redo()
        step = ReviewStep(self, label, edits, before, self._snapshot(),
                          1 if changed else 0, on_undo=on_undo, on_redo=on_redo, size=len(changed))
        self.stack.push(step)
        self.last_changed = list(changed)
        self.changed.emit()
        return changed

    def run_in_slices(self, label: str, decisions: list[tuple[int, Status, str | None]],
                      slice_size: int = 1500) -> None:
        """A big batch ("accept all" on thousands of suggestions) applied ``slice_size`` decisions
        at a time over several event-loop turns (as many pieces per turn as fit in
        ``SLICE_BUDGET``), so the window keeps drawing and the progress bar moves; it becomes one
        undo step when the last slice is done (``batchDone``). The pane is read-only meanwhile,
        its highlights are drawn once at the end, and :attr:`busy` is True."""
        if self._batch is not None:
            return
        before = self._snapshot()
        self._retyping = None
        edits: list[Edit] = []
        changed_ids: list[int] = []
        steps = 0

        def work() -> Iterator[int]:
            nonlocal steps
            k = 0
            while k < len(decisions):
                chunk = decisions[k:k + slice_size]
                k += len(chunk)
                changed = self.document.decide(chunk)
                if changed:
                    steps += 1
                    changed_ids.extend(changed)
                    edits.extend(self._show_decisions(changed))
                yield k

        def done() -> None:
            if steps:
                # The work is done: pushing only records it (ReviewStep.redo skips the first call).
                self.stack.push(ReviewStep(self, label, edits, before, self._snapshot(), steps,
                                           size=len(changed_ids)))
            self.last_changed = changed_ids
            self.changed.emit()
            self.batchDone.emit()

        self._batch = _SlicedWork(self, work(), len(decisions), done)

    def finish_batch(self) -> None:
        """Apply what is left of a batch (or of its undo) now, before saving or closing."""
        if self._batch is not None:
            self._batch.finish()

    def _show_decisions(self, changed: list[int]) -> list[Edit]:
        """Put each changed suggestion's words into the pane; returns the edits made, in order.

        Spans are moved in one pass whatever the number of decisions. Neighbouring decisions
        (less than ``MERGE_GAP`` characters apart) become one replacement of the text between
        them, rebuilt from the pane's own text, so typing there is kept: "accept all" on 20,000
        suggestions is a handful of edits of the editor's document, not 20,000.
        """
        text = self.pane.text()
        spans = self.spans
        targets: dict[int, str] = {}
        for sid in changed:
            if sid in self.dropped:
                continue
            a, b = spans[sid]
            new = self.document.get(sid).shown_text()
            if text[a:b] != new:
                targets[sid] = new
        if not targets:
            return []
        order = sorted(targets)           # ids are in text order, like their spans
        # Groups of neighbouring targets: each becomes one replacement of text[start:end].
        groups: list[list[int]] = [[order[0]]]
        for sid in order[1:]:
            if spans[sid][0] - spans[groups[-1][-1]][1] > MERGE_GAP:
                groups.append([])
            groups[-1].append(sid)
        replacements: list[tuple[int, int, str]] = []
        for group in groups:
            start, end = spans[group[0]][0], spans[group[-1]][1]
            parts, pos = [], start
            for sid in group:
                a, b = spans[sid]
                parts.append(text[pos:a])
                parts.append(targets[sid])
                pos = b
            parts.append(text[pos:end])
            replacements.append((start, end, "".join(parts)))
        # New spans in one pass: a target takes its new words, everything after moves.
        new_spans = spans[:order[0]]
        shift = 0
        for k, sid in enumerate(order):
            a, b = spans[sid]
            new = targets[sid]
            new_spans.append((a + shift, a + shift + len(new)))
            shift += len(new) - (b - a)
            nxt = order[k + 1] if k + 1 < len(order) else len(spans)
            if shift:
                new_spans.extend([(x + shift, y + shift) for x, y in spans[sid + 1:nxt]])
            else:
                new_spans.extend(spans[sid + 1:nxt])
        # Edit from the end backwards so each position is still valid when its edit is made.
        edits: list[Edit] = []
        with self.pane.highlights_held(), self.pane.keep_view() as view:   # drawn once, at the end
            for start, end, new in reversed(replacements):
                edits.append((start, text[start:end], new))
                self.pane.replace_silently(start, end, new)
            view.mapper = _offset_mapper([(*spans[i], len(targets[i])) for i in order])
            self.spans = new_spans
        return edits

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
        self.last_changed = list(changed) + newly_dropped
        self.changed.emit()

    # -- undo/redo -------------------------------------------------------------------------------
    def _snapshot(self) -> Snapshot:
        return (tuple(self.spans), frozenset(self.dropped))

    def _restore(self, snap: Snapshot) -> None:
        self.spans = list(snap[0])
        self.dropped = set(snap[1])

    def _replay(self, step: ReviewStep, forward: bool) -> None:
        if not step.typing and step.size > REPLAY_IN_SLICES and self._batch is None:
            self._replay_in_slices(step, forward)
            return
        last = None
        self._retyping = None
        with self.pane.highlights_held():   # drawn once, with the spans restored
            if step.typing:
                last = self._replay_edits(step, forward)
            else:
                # Decisions: the view and the typing cursor stay where they were (moved along
                # with the words around them), however big the edits.
                old, new = (step.before[0], step.after[0]) if forward else (step.after[0], step.before[0])
                with self.pane.keep_view() as view:
                    self._replay_edits(step, forward)
                    view.mapper = _offset_mapper([(a, b, d - c) for (a, b), (c, d) in zip(old, new)
                                                  if b - a != d - c])
            if forward:
                self._restore(step.after)
                if step.on_redo:
                    step.on_redo()
            else:
                self._restore(step.before)
                if step.on_undo:
                    step.on_undo()
        if last is not None and step.typing:
            self.pane.setTextCursor(self.pane.cursor_for(last))
        self.last_changed = None
        self.changed.emit()

    def _replay_in_slices(self, step: ReviewStep, forward: bool) -> None:
        """Undo or redo a big batch over several event-loop turns, like the batch itself: the
        Document's steps, then the pane's edits, as many per turn as fit in ``SLICE_BUDGET``.
        The undo stack already counts it as done; :attr:`busy` is True until ``batchDone``."""
        self._retyping = None
        edits = step.edits if forward else step.edits[::-1]
        pane, document = self.pane, self.document
        view = pane.keep_view()
        view.__enter__()     # left at the end of work(), in the last turn

        def work() -> Iterator[int]:
            n = 0
            for _ in range(step.model_steps):
                document.redo() if forward else document.undo()
                n += 1
                yield n
            for pos, old, new in edits:
                if forward:
                    pane.replace_silently(pos, pos + len(old), new)
                else:
                    pane.replace_silently(pos, pos + len(new), old)
                n += 1
                yield n
            yield n   # the spans and the view: a piece of their own
            old_spans, new_spans = (step.before[0], step.after[0]) if forward else (step.after[0], step.before[0])
            view.mapper = _offset_mapper([(a, b, d - c) for (a, b), (c, d) in zip(old_spans, new_spans)
                                          if b - a != d - c])
            view.__exit__(None, None, None)
            self._restore(step.after if forward else step.before)
            callback = step.on_redo if forward else step.on_undo
            if callback:
                callback()

        def done() -> None:
            self.last_changed = None
            self.changed.emit()
            self.batchDone.emit()

        self._batch = _SlicedWork(self, work(), step.model_steps + len(edits), done)

    def _replay_edits(self, step: ReviewStep, forward: bool) -> int | None:
        last = None
        if forward:
            for _ in range(step.model_steps):
                self.document.redo()
            for pos, old, new in step.edits:
                self.pane.replace_silently(pos, pos + len(old), new)
                last = pos + len(new)
        else:
            for _ in range(step.model_steps):
                self.document.undo()
            for pos, old, new in reversed(step.edits):
                self.pane.replace_silently(pos, pos + len(new), old)
                last = pos + len(old)
        return last


class _SlicedWork:
    """Runs ``work`` (a generator: each step a piece of a batch, yielding how many of ``total``
    are done) over event-loop turns, as many pieces per turn as fit in ``SLICE_BUDGET`` judging
    by the last one; then ``done()``. Meanwhile the pane is read-only, its highlights are held
    (drawn once, at the end) and the session is busy."""

    def __init__(self, session: ReviewSession, work: Iterator[int], total: int, done: Callable[[], None]):
        self.session, self.work, self.total, self.done = session, work, total, done
        self.worked = False   # every piece done; done() is left
        pane = session.pane
        self.was_read_only = pane.isReadOnly()
        pane.setReadOnly(True)
        self.held = [pane, *session.also_held]
        for p in self.held:
            p.hold_highlights()
        self.timer = QTimer(session)
        self.timer.setInterval(0)
        self.timer.timeout.connect(self.step)
        self.timer.start()

    def step(self, budget: float = SLICE_BUDGET) -> None:
        start, last, count = perf_counter(), 0.0, None
        while not self.worked and perf_counter() - start + last <= budget:
            t = perf_counter()
            try:
                count = next(self.work)
            except StopIteration:
                self.worked = True
            except BaseException:
                self._end()
                raise
            last = perf_counter() - t
        if self.worked and perf_counter() - start <= budget / 4:
            # The end (every pane and the list redrawn) in a turn of its own, unless this one
            # has barely begun.
            self._end(refresh=False)   # done() reports the change: everything is redrawn
            self.done()
            return
        if count is not None:
            self.session.progress.emit(count, self.total)

    def finish(self) -> None:
        """Everything left, now."""
        if self.session._batch is self:
            self.step(budget=float("inf"))

    def abandon(self) -> None:
        """Stop where it is (the session is being closed)."""
        self.work.close()
        self._end()

    def _end(self, refresh: bool = True) -> None:
        self.timer.stop()
        session = self.session
        if session._batch is self:
            session._batch = None
        session.pane.setReadOnly(self.was_read_only)
        for p in self.held:
            p.release_highlights(refresh=refresh)
