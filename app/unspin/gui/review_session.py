"""The window's side of one review: mirrors :class:`unspin.core.review.Review` into the right
pane and reports changes as Qt signals.

Decisions, typing and the one undo history live in core; here each text edit core makes is
written into the editor silently (``Review.mirror``), the view and the typing cursor are kept in
place across big edits, and big batches (or their undo) run in slices over event-loop turns so the
window keeps drawing.
"""
from __future__ import annotations

from time import perf_counter
from typing import Callable, Iterator

from PySide6.QtCore import QObject, QTimer, Signal

from unspin.core.model import Document, Status
from unspin.core.review import Review, Step, span_mapper
from unspin.core.span_tracking import Span, TextChange, map_offset
from unspin.store.remembered import suggestions_signature
from unspin.gui.panes import RepairedPane

SLICE_BUDGET = 0.02   # seconds of batch work per event-loop turn (a piece is not started past it)
REPLAY_IN_SLICES = 3000   # undo/redo of a step with more decisions than this runs in slices


class PreparedReview:
    """A review built from an analysis away from the GUI thread (plain Python, no Qt): the
    Document, the suggestions' spans in both panes, the repaired preview and an index of the
    suggestions by their words. ``whole`` False (the visible part's first suggestions) skips the
    repaired text."""

    def __init__(self, document: Document, whole: bool = True):
        self.document = document
        self.skipped: list = []   # engine/windows.Skipped: stretches the engine could not analyse
        self.left_spans: list[Span] = [(s.start, s.end) for s in document]
        self.right_text = document.repaired_text(True) if whole else None
        self.right_spans = document.repaired_spans(True) if whole else None
        self.by_original: dict[str, list[int]] = {}
        for s in document:
            self.by_original.setdefault(s.original.lower(), []).append(s.id)
        # What autosaves identify the suggestion list by (a hash of every span: not for the GUI thread).
        self.signature = suggestions_signature([(s.start, s.end, s.original) for s in document]) if whole else None

    def fresh(self) -> bool:
        """True while no decision has been applied to the document (its text and spans hold)."""
        return all(s.status is Status.PENDING for s in self.document)


class ReviewSession(QObject):
    """The review of one document in the window (``review`` is the core object)."""

    changed = Signal()   # statuses, spans or text changed: re-highlight, refresh lists
    historyChanged = Signal()   # a step was recorded, undone or redone
    cleanChanged = Signal(bool)
    progress = Signal(int, int)   # a batch in slices: pieces done, total
    batchDone = Signal()

    def __init__(self, document: Document, pane: RepairedPane, right_text: str | None = None,
                 spans: list[Span] | None = None, dropped: set[int] | None = None, parent=None,
                 prepared: PreparedReview | None = None):
        super().__init__(parent)
        if prepared is not None and prepared.document is not document:
            prepared = None
        left = prepared.left_spans if prepared else None
        if (right_text is None or spans is None) and prepared is not None \
                and prepared.right_text is not None and prepared.fresh():
            right_text, spans, dropped = prepared.right_text, prepared.right_spans, set()
        self.review = Review(document, right_text, spans, dropped, left_spans=left)
        self.document = document
        self.pane = pane
        if self.review.text != pane.text():   # usually the text already shown: no second setPlainText
            soft = pane.soft_breaks()   # in the original's text: moved to the repaired text's offsets
            if soft and pane.text() == document.text:
                soft = [map_offset(k, self.review.left_spans, self.review.spans) for k in soft]
            pane.set_text(self.review.text, soft)
        self.review.mirror = pane.replace_silently
        self._batch: _SlicedWork | None = None      # a batch (or its undo) being applied in slices
        self._was_clean = True
        self.also_held: list = []   # other panes whose highlights wait for the end of a batch
        pane.typed.connect(self._on_typed)

    def close(self) -> None:
        if self._batch is not None:
            self._batch.abandon()
        self.pane.typed.disconnect(self._on_typed)
        self.review.mirror = None

    # -- what core holds ---------------------------------------------------------------------------
    @property
    def history(self):
        return self.review.history

    @property
    def spans(self) -> list[Span]:
        return self.review.spans

    @property
    def left_spans(self) -> list[Span]:
        return self.review.left_spans

    @property
    def dropped(self) -> set[int]:
        return self.review.dropped

    @property
    def last_changed(self) -> list[int] | None:
        return self.review.last_changed

    @property
    def busy(self) -> bool:
        """True while a batch, or the undo or redo of one, is being applied in slices: no other
        change may start."""
        return self._batch is not None

    def text(self) -> str:
        return self.review.text

    def actionable(self, sid: int) -> bool:
        return self.review.actionable(sid)

    def is_typed(self) -> bool:
        return self.review.is_typed()

    def sid_at(self, offset: int, left: bool = False) -> int | None:
        return self.review.sid_at(offset, left)

    def pending_ids(self) -> list[int]:
        return self.review.pending_ids()

    # -- the clean state (what the file on disk holds) -------------------------------------------
    def set_clean(self) -> None:
        self.history.set_clean()
        self._history_moved()

    def reset_clean(self) -> None:
        self.history.reset_clean()
        self._history_moved()

    def _history_moved(self) -> None:
        clean = self.history.is_clean()
        if clean != self._was_clean:
            self._was_clean = clean
            self.cleanChanged.emit(clean)
        self.historyChanged.emit()

    # -- decisions -------------------------------------------------------------------------------
    def run(self, label: str, decide: Callable[[], object], on_redo: Callable[[], None] | None = None,
            on_undo: Callable[[], None] | None = None) -> list[int]:
        """One decision (or a small batch) as one undo step; see :meth:`Review.run`."""
        old = self.review.spans
        with self.pane.highlights_held(), self.pane.keep_view() as view:   # drawn once, at the end
            changed = self.review.run(label, decide, on_redo=on_redo, on_undo=on_undo)
            view.mapper = span_mapper(old, self.review.spans)
        if changed or on_redo is not None:
            self._history_moved()
            self.changed.emit()
        return changed

    def run_in_slices(self, label: str, decisions: list[tuple[int, Status, str | None]],
                      slice_size: int = 1500) -> None:
        """A big batch ("accept all" on thousands of suggestions) applied ``slice_size`` decisions
        at a time over several event-loop turns, so the window keeps drawing and the progress bar
        moves; one undo step when the last slice is done (``batchDone``). The pane is read-only
        meanwhile, its highlights are drawn once at the end, and :attr:`busy` is True."""
        if self._batch is not None:
            return
        old = self.review.spans
        view = self.pane.keep_view()
        view.__enter__()

        def work() -> Iterator[int]:
            yield from self.review.run_in_pieces(label, decisions, slice_size)
            view.mapper = span_mapper(old, self.review.spans)
            view.__exit__(None, None, None)

        self._batch = _SlicedWork(self, work(), len(decisions), self._batch_finished)

    def _batch_finished(self) -> None:
        self._history_moved()
        self.changed.emit()
        self.batchDone.emit()

    def finish_batch(self) -> None:
        """Apply what is left of a batch (or of its undo) now, before saving or closing."""
        if self._batch is not None:
            self._batch.finish()

    # -- typing ----------------------------------------------------------------------------------
    def _on_typed(self, change: TextChange) -> None:
        self.review.typed(change)
        self._history_moved()
        self.changed.emit()

    # -- undo/redo -------------------------------------------------------------------------------
    def undo(self) -> str | None:
        """Undo the last step; returns its label (None when there is nothing to undo)."""
        return self._step_back_or_forth(forward=False)

    def redo(self) -> str | None:
        return self._step_back_or_forth(forward=True)

    def _step_back_or_forth(self, forward: bool) -> str | None:
        if self._batch is not None:
            return None
        step = self.review.take_redo() if forward else self.review.take_undo()
        if step is None:
            return None
        if not step.typing and step.size > REPLAY_IN_SLICES:
            self._replay_in_slices(step, forward)
            return step.label
        old, new = (step.before[0], step.after[0]) if forward else (step.after[0], step.before[0])
        with self.pane.highlights_held():   # drawn once, with the spans restored
            if step.typing:
                for _ in self.review.replay(step, forward):
                    pass
            else:
                # Decisions: the view and the typing cursor stay where they were (moved along
                # with the words around them), however big the edits.
                with self.pane.keep_view() as view:
                    for _ in self.review.replay(step, forward):
                        pass
                    view.mapper = span_mapper(old, new)
        if step.typing and step.edits:
            pos, old_words, new_words = step.edits[-1] if forward else step.edits[0]
            self.pane.setTextCursor(self.pane.cursor_for(pos + len(new_words if forward else old_words)))
        self._history_moved()
        self.changed.emit()
        return step.label

    def _replay_in_slices(self, step: Step, forward: bool) -> None:
        """Undo or redo a big batch over several event-loop turns, like the batch itself. The
        history already counts it as done; :attr:`busy` is True until ``batchDone``."""
        view = self.pane.keep_view()
        view.__enter__()
        old, new = (step.before[0], step.after[0]) if forward else (step.after[0], step.before[0])

        def work() -> Iterator[int]:
            yield from self.review.replay(step, forward)
            view.mapper = span_mapper(old, new)
            view.__exit__(None, None, None)

        self._batch = _SlicedWork(self, work(), Review.replay_size(step), self._batch_finished)


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
