"""The review in the window: the open :class:`ReviewSession`, the highlights in both panes, the
selected suggestion and its card, the list, the decisions, undo/redo and moving between
suggestions. Everything it works on is handed to it by the window that builds it.
"""
from __future__ import annotations

from bisect import bisect_left
from typing import Callable

from PySide6.QtCore import QEvent, QObject, QRect, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from unspin.core.model import Document, Status
from unspin.gui.actions import Actions
from unspin.gui.card import SuggestionCard
from unspin.gui.panes import OriginalPane, RepairedPane, ReviewPane
from unspin.gui.prompts import Prompts
from unspin.gui.review_session import PreparedReview, ReviewSession
from unspin.gui.status_bar import StatusArea
from unspin.gui.suggestion_list import SuggestionList
from unspin.gui.theme import suggestion_format
from unspin.store.settings import Settings

BATCH_SLICE = 1500   # "accept all" on more suggestions than this runs in slices of this many


class ReviewController(QObject):
    """``settings()`` gives the current settings (Preferences may replace them) and
    ``save_settings()`` stores them; ``frame`` is the widget the card floats in."""

    changed = Signal()              # a decision, typing, undo or redo: autosave, refresh actions
    modifiedChanged = Signal(bool)  # the review differs (or no longer differs) from the file
    availabilityChanged = Signal()  # what can be done changed (a review began, a batch started or ended)

    def __init__(self, frame: QWidget, left: OriginalPane, right: RepairedPane, card: SuggestionCard,
                 suggestions: SuggestionList, actions: Actions, prompts: Prompts, status: StatusArea,
                 settings: Callable[[], Settings], save_settings: Callable[[], None], parent=None):
        super().__init__(parent)
        self.frame, self.left, self.right, self.card, self.list = frame, left, right, card, suggestions
        self.actions, self.prompts, self.status = actions, prompts, status
        self.settings, self.save_settings = settings, save_settings
        self.session: ReviewSession | None = None
        self.preview: Document | None = None      # suggestions shown while the analysis runs
        self.current: int | None = None           # the selected suggestion
        self._card_pane: ReviewPane | None = None
        self._formats: dict[tuple, object] = {}   # highlight formats by look, for this palette
        self._preview_spans: list[tuple[int, int]] = []
        self._by_original: dict[str, list[int]] = {}   # ids by lower-cased words (for "alike")
        self._kept: int | None = None   # the suggestion whose card a resize or zoom must not lose
        self._card_from: QWidget | None = None   # the list, when the card was opened from it
        left.set_highlight_source(lambda a, b: self._highlights(left, a, b))
        right.set_highlight_source(lambda a, b: self._highlights(right, a, b))
        self._connect()

    def _connect(self) -> None:
        a = self.actions
        a.undo.triggered.connect(self.undo)
        a.redo.triggered.connect(self.redo)
        a.next.triggered.connect(lambda: self.go(+1))
        a.previous.triggered.connect(lambda: self.go(-1))
        a.show_card.triggered.connect(lambda: self.show_card(focus=True))
        a.accept.triggered.connect(lambda: self.accept())
        a.accept_next.triggered.connect(self.accept_and_next)
        a.edit.triggered.connect(self.start_edit)
        a.ignore.triggered.connect(lambda: self.ignore())
        a.accept_like.triggered.connect(lambda: self.accept_all_like())
        a.ignore_like.triggered.connect(lambda: self.ignore_all_like())
        a.turn_off_rule.triggered.connect(lambda: self.turn_off_rule())
        a.accept_above.triggered.connect(self.accept_above)
        self.left.clickedAt.connect(lambda off: self._clicked(self.left, off))
        self.right.clickedAt.connect(lambda off: self._clicked(self.right, off))
        for pane in (self.left, self.right):
            pane.verticalScrollBar().valueChanged.connect(lambda _v: self.place_card())
            pane.installEventFilter(self)   # a pane resized: the open card's words stay in sight
        self.right.undoRequested.connect(self.undo)
        self.right.redoRequested.connect(self.redo)
        c = self.card
        c.acceptRequested.connect(lambda sid, alt: self.accept(sid, alt))
        c.editRequested.connect(self.edit)
        c.editStarted.connect(lambda sid: self.card.set_edit_text(self._edit_text(sid)))
        c.ignoreRequested.connect(lambda sid: self.ignore(sid))
        c.acceptAllLikeRequested.connect(lambda sid: self.accept_all_like(sid))
        c.ignoreAllLikeRequested.connect(lambda sid: self.ignore_all_like(sid))
        c.turnOffRuleRequested.connect(lambda sid: self.turn_off_rule(sid))
        c.closed.connect(self._card_closed)
        key = lambda action: action.shortcut().toString(QKeySequence.NativeText)   # noqa: E731
        c.name_keys({c.accept_button: key(a.accept), c.edit_button: key(a.edit), c.ignore_button: key(a.ignore),
                     c.accept_like_button: key(a.accept_like), c.ignore_like_button: key(a.ignore_like),
                     c.rule_button: key(a.turn_off_rule)})
        self.list.selected.connect(lambda sid: self.select(sid, show_card=False))
        self.list.activated.connect(self._open_from_list)

    # -- the review's life -------------------------------------------------------------------------
    def show_preview(self, prepared: PreparedReview) -> None:
        """The suggestions for the visible part, while the rest is being analysed."""
        self.preview = prepared.document
        self._preview_spans = prepared.left_spans
        self.refresh()

    def begin(self, document: Document, prepared: PreparedReview | None, restored: tuple,
              file_lacks_it: bool) -> ReviewSession:
        """Start reviewing ``document``; ``restored`` is (right text, spans, dropped) of earlier
        work, and ``file_lacks_it`` says the file on disk does not hold the restored work."""
        self.preview = None
        self._preview_spans = []
        if prepared is None or prepared.document is not document:
            prepared = PreparedReview(document, whole=False)
        self._by_original = prepared.by_original
        self.current = None
        self.card.drop_draft()
        self.card.hide()
        self.close()
        # No Qt parent: the session dies with its Python reference, never half-way through the
        # window's own destruction; bound-method connections end with the window.
        session = ReviewSession(document, self.right, *restored, prepared=prepared)
        session.also_held = [self.left]
        session.changed.connect(self._on_session_changed)
        session.progress.connect(self.status.advance)
        session.batchDone.connect(self._on_batch_done)
        session.cleanChanged.connect(lambda clean: self.modifiedChanged.emit(not clean))
        session.historyChanged.connect(self.changed)
        if file_lacks_it or session.document.decisions() or session.is_typed():
            session.reset_clean()  # restored work: the file on disk lacks it
            self.modifiedChanged.emit(True)
        self.session = session
        self.right.setReadOnly(False)
        self.list.set_document(document, session.dropped)
        self.refresh()
        self.availabilityChanged.emit()
        return session

    def close(self) -> None:
        """End the review of the open document (a new one is opening)."""
        if self.session is not None:
            session, self.session = self.session, None
            session.close()
            session.changed.disconnect(self._on_session_changed)
            session.batchDone.disconnect(self._on_batch_done)
        self.modifiedChanged.emit(False)

    def clear(self) -> None:
        """A new document is shown: no review, no preview, no card."""
        self.close()
        self.preview = None
        self.current = None
        self.card.drop_draft()
        self.card.hide()
        self.list.set_document(None)

    def finish_batch(self) -> None:
        if self.session is not None and self.session.busy:
            self.session.finish_batch()   # a half-applied batch is neither saved nor remembered

    @property
    def busy(self) -> bool:
        return self.session is not None and self.session.busy

    # -- display ---------------------------------------------------------------------------------
    def document(self) -> Document | None:
        return self.session.document if self.session else self.preview

    def span_pairs(self):
        if self.session is not None:
            return self.session.left_spans, self.session.spans
        return [], []

    def _right_span(self, sid: int) -> tuple[int, int]:
        if self.session is not None:
            return self.session.spans[sid]
        s = self.preview.get(sid)
        return s.start, s.end

    def _pane_spans(self, pane: ReviewPane) -> list[tuple[int, int]]:
        if self.session is not None:
            return self.session.left_spans if pane is self.left else self.session.spans
        return self._preview_spans   # while analysing both panes hold the original text

    def _format(self, s, current: bool, original_side: bool):
        confidence = round(s.confidence, 2)
        key = (s.status, confidence, current, original_side, s.tentative)
        fmt = self._formats.get(key)
        if fmt is None:
            fmt = self._formats[key] = suggestion_format(s.status, confidence, self.frame.palette(), current=current,
                                                         original_side=original_side, tentative=s.tentative)
        return fmt

    def palette_changed(self) -> None:
        self._formats = {}
        self.refresh()

    def _highlights(self, pane: ReviewPane, start: int, end: int) -> list:
        """The highlights of one pane for text[start:end]: only suggestions there are looked at."""
        doc = self.document()
        if doc is None:
            return []
        spans = self._pane_spans(pane)
        i = bisect_left(spans, (start, -1))
        if i and spans[i - 1][1] > start:
            i -= 1
        left = pane is self.left
        out = []
        get, n, current = doc.get, len(spans), self.current
        while i < n:
            a, b = spans[i]
            if a >= end:
                break
            out.append((i, a, b, self._format(get(i), i == current, left)))
            i += 1
        return out

    def refresh(self) -> None:
        self.left.refresh_highlights()
        self.right.refresh_highlights()
        self._update_counts()

    def _on_session_changed(self) -> None:
        self.refresh()
        if self.session is not None:
            self.list.refresh(self.session.dropped, self.session.last_changed)
        if self.card.isVisible() and self.current is not None:
            self._fill_card()
            self.place_card()
        self.changed.emit()

    def _update_counts(self) -> None:
        doc = self.document()
        if doc is None:
            self.status.set_review(("", ""), ("", ""))
            return
        # Pending as Save counts them (the review's pending_ids): not the ones below the threshold,
        # which keep the original words unless accepted, nor the ones typing removed.
        c = doc.counts()
        if self.session is not None:
            review = self.session.review
            c[Status.PENDING] = len(review.pending_ids())
            below = len(review.pending_ids(include_tentative=True)) - c[Status.PENDING]
        else:   # the preview of an analysis under way: nothing typed away yet
            below = sum(1 for s in doc if s.status is Status.PENDING and s.tentative)
            c[Status.PENDING] -= below
        pending = f"Pending {c[Status.PENDING]}" + (f" (+{below} below the threshold)" if below else "")
        counts = f"{pending} · Accepted {c[Status.ACCEPTED]} · Edited {c[Status.EDITED]} · Ignored {c[Status.IGNORED]}"
        decided = c[Status.ACCEPTED] + c[Status.EDITED] + c[Status.IGNORED]
        short_counts = f"Pending {c[Status.PENDING]} · Decided {decided}"
        score = short_score = f"Spin score {doc.spin_score:.2f}"
        tip = ("How much of the document looks spun, from 0 (clean) to 1 "
               "(heavily spun), judged from unambiguous spinner tells")
        from unspin.core.verdict import CAVEAT, document_verdict
        verdict = document_verdict(doc)
        if verdict.count:  # the paper verdict on tortured phrases: a screening signal, not proof
            summary = verdict.summary()
            if doc.analysed_words is not None:   # a stopped analysis: the words it read
                summary = summary.replace("Tortured phrases:", "Tortured phrases in the part analysed:", 1)
            score = f"{score} · {summary} (screening signal)"
            short_score = f"{short_score} · tortured phrases: {verdict.level} risk"
            tip = f"{tip}.\n{verdict.summary()}: {CAVEAT}."
        self.status.set_review((counts, short_counts), (score, short_score), tip)

    def update_actions(self) -> None:
        a = self.actions
        reviewing = self.session is not None and not self.session.busy
        history = self.session.history if reviewing else None
        a.undo.setEnabled(bool(history and history.can_undo()))
        a.redo.setEnabled(bool(history and history.can_redo()))
        a.undo.setText(f"&Undo {history.undo_label()}" if history and history.can_undo() else "&Undo")
        a.redo.setText(f"&Redo {history.redo_label()}" if history and history.can_redo() else "&Redo")
        for action in a.review_actions:
            action.setEnabled(reviewing and len(self.session.document) > 0)

    # -- selection and the card ------------------------------------------------------------------
    def _open_from_list(self, sid: int) -> None:
        """Enter (or a double-click) in the list: the card, the keys in it; deciding or closing
        it gives the keys back to the list, at its place (they went to the repaired pane)."""
        self.select(sid)
        self.show_card(focus=True)
        self._card_from = self.list.tree

    def _focus_back(self) -> None:
        """The card closes: the keys go back where it was opened from (the list or a pane)."""
        target = self._card_from
        if target is None or not target.isVisible():
            target = self._card_pane or self.right
        target.setFocus()

    def _clicked(self, pane: ReviewPane, offset: int) -> None:
        self._card_from = None   # a card opened by a click belongs to the pane
        sid = self._sid_at(pane, offset)
        if sid is None:
            self.commit_draft()   # a click elsewhere: the words typed in the card are applied
            self.card.hide()
            return
        self.select(sid, show_card=True, source=pane)

    def _sid_at(self, pane: ReviewPane, offset: int) -> int | None:
        if self.session is not None:
            return self.session.sid_at(offset, left=pane is self.left)
        for s in self.preview or ():
            if s.start <= offset < s.end:
                return s.id
        return None

    def select(self, sid: int | None, show_card: bool = False, source: ReviewPane | None = None) -> None:
        doc = self.document()
        if doc is None or sid is None or not (0 <= sid < len(doc)):
            return
        if self.card.editing() and sid != self.card.sid:
            self.commit_draft()   # moving to another suggestion applies the edit typed in the card
        self.current = sid
        s = doc.get(sid)
        with self.left.highlights_held(), self.right.highlights_held():   # one update after scrolling
            if source is not self.left:
                self.left.setTextCursor(self.left.cursor_for(s.start))
                self.left.ensureCursorVisible()
            if source is not self.right:
                rs, _ = self._right_span(sid)
                self.right.setTextCursor(self.right.cursor_for(rs))
                self.right.ensureCursorVisible()
        self.list.select(sid)
        self._card_pane = source or self.right
        if show_card:
            self.show_card()

    def _follow_caret(self) -> None:
        """From the keyboard, the suggestion is the one the typing cursor is in: a pane that has
        the focus and whose cursor was moved (arrows, Ctrl+End) into other words than the current
        suggestion's makes those current. (Alt+A accepted the suggestion selected earlier, off
        screen, while the cursor sat in another.)"""
        pane = next((p for p in (self.right, self.left) if p.hasFocus()), None)
        if pane is None or self.document() is None:
            return
        offset = pane.from_qt(pane.textCursor().position())
        sid = self._sid_at(pane, offset)
        if sid is None and offset > 0:
            sid = self._sid_at(pane, offset - 1)      # just after the words ("country|")
        if sid is not None and sid != self.current:
            self.select(sid, source=pane)

    def show_card(self, focus: bool = False) -> None:
        focused = QApplication.focusWidget()
        if focused is self.list.tree:
            self._card_from = self.list.tree
        elif focused in (self.left, self.right):
            self._card_from = None
        self._follow_caret()
        if self.current is None:
            self.go(+1)
            if self.current is None:
                return
        self._fill_card()
        self.place_card(force=True)
        if focus:
            for b in (self.card.accept_button, self.card.ignore_button, self.card.close_button):
                if b.isEnabled():
                    b.setFocus()
                    break

    def _alike(self, sid: int) -> list[int]:
        """Document.alike without a pass over every suggestion (the words never change)."""
        doc = self.document()
        s = doc.get(sid)
        ids = self._by_original.get(s.original.lower()) if doc is not self.preview else None
        if ids is None:
            return doc.alike(sid)
        return [i for i in ids if doc.get(i).key == s.key]

    def _fill_card(self) -> None:
        doc = self.document()
        s = doc.get(self.current)
        session = self.session
        alike = [i for i in self._alike(s.id) if doc.get(i).status is Status.PENDING
                 and (session is None or session.actionable(i))]
        self.card.set_suggestion(s, alike_pending=len(alike),
                                 actionable=session is not None and session.actionable(s.id),
                                 busy=session is None)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Resize and watched in (self.left, self.right):
            self.hold_card_in_view()
        return False

    def hold_card_in_view(self) -> None:
        """The panes are about to be laid out again (the window resized, the text zoomed): the
        suggestion whose card is open stays in sight and keeps its card. (The pane kept its top
        line, so the words of the card often went below the bottom and the card closed.)"""
        if self._kept is None and self.current is not None and self.card.isVisible():
            self._kept = self.current
            QTimer.singleShot(0, self._card_back_in_view)

    def _card_back_in_view(self) -> None:
        sid, self._kept = self._kept, None
        if sid is None or sid != self.current or self.document() is None or not self.card.isVisible():
            return
        pane = self._card_pane or self.right
        start, end = (self.document().get(sid).start, self.document().get(sid).end) if pane is self.left \
            else self._right_span(sid)
        if not pane.viewport().rect().contains(pane.span_rect(start, end)):
            with pane.highlights_held():
                pane.setTextCursor(pane.cursor_for(start))
                pane.centerCursor()
        self.place_card()

    def place_card(self, force: bool = False) -> None:
        """Keep the card next to its span (after scrolling, zoom, resize); ``force`` shows it."""
        if self.current is None or self.document() is None or not (force or self.card.isVisible()):
            return
        if self._kept is not None and not force:
            return   # a resize or zoom under way: placed when it is over (_card_back_in_view)
        pane = self._card_pane or self.right
        if pane is self.left:
            s = self.document().get(self.current)
            start, end = s.start, s.end
        else:
            start, end = self._right_span(self.current)
        rect = pane.span_rect(start, end)
        if not pane.viewport().rect().intersects(rect):
            self.card.hide()  # the span scrolled out of sight
            return
        parent = self.card.parentWidget()
        span = QRect(pane.viewport().mapTo(parent, rect.topLeft()), rect.size())
        viewport = pane.viewport()
        area = QRect(viewport.mapTo(parent, viewport.rect().topLeft()), viewport.size())
        self.card.place_near(span, area)   # in the clicked pane, never over the word's line

    def found(self, pane: ReviewPane, start: int, end: int) -> None:
        """Find selected ``pane``'s words [start, end): words of a suggestion make it the current one
        (the list follows; Alt+A acts on it, not on one selected before, maybe off screen); the
        card goes when it belongs to another suggestion or covers the words found (an edit typed
        in it is applied when it is another's, as on any move to another suggestion)."""
        sid = self._sid_at(pane, start)
        if sid is None and self.document() is not None:   # words found that reach into one
            spans = self._pane_spans(pane)
            i = bisect_left(spans, (end, -1))
            if i and spans[i - 1][1] > start and spans[i - 1][0] < end:
                sid = i - 1
        if sid is not None and sid != self.current:
            self.select(sid, source=pane)
        if not self.card.isVisible():
            return
        rect = pane.span_rect(start, end)
        words = QRect(pane.viewport().mapTo(self.card.parentWidget(), rect.topLeft()), rect.size())
        if self.card.sid != self.current or self.card.geometry().intersects(words):
            self.card.hide()

    def _card_closed(self) -> None:
        self.commit_draft()   # closed with ×, or Esc outside the edit line: the words typed stay
        self._focus_back()

    def commit_draft(self) -> bool:
        """Apply an edit typed in the card's edit line and not applied yet, as one undo step.
        Called wherever the user leaves it: another suggestion (F8, a click, the list), a click
        elsewhere, closing the card, saving, closing or re-analysing the document. Only Esc in the
        edit line throws the words away. (They were lost silently on every one of these paths.)"""
        draft = self.card.take_draft()
        if draft is None or self.session is None:
            return False
        sid, words = draft
        if self._target(sid) is None:
            return False
        doc = self.session.document
        s = doc.get(sid)
        in_card = self.card.isAncestorOf(QApplication.focusWidget())
        self.session.run("Edit", lambda: doc.edit(sid, words))
        if self.card.isVisible():
            self.card.hide()
            if in_card:   # from the edit line: the keys go on, not into the void
                self._focus_back()
        shown = f"“{words}”" if words else "nothing (deleted)"
        self.status.message(f"Your edit of “{s.original}” to {shown} was applied; Ctrl+Z undoes it.", 6000)
        return True

    # -- decisions -------------------------------------------------------------------------------
    def _target(self, sid: int | None) -> int | None:
        if sid is None:
            self._follow_caret()
        sid = self.current if sid is None else sid
        if self.session is None or self.session.busy or sid is None or not self.session.actionable(sid):
            return None
        return sid

    def _decided(self) -> None:
        if self.card.isVisible():
            self.card.hide()
            self._focus_back()

    def _run(self, label: str, decide, **side_effects) -> None:
        self.card.drop_draft()   # a decision on the card's words (Accept, Ignore...) replaces the edit
        if self.card.isVisible() and self.card.isAncestorOf(QApplication.focusWidget()):
            self._focus_back()   # first: a list filtered by status keeps its place as the row leaves
        self.session.run(label, decide, **side_effects)
        self._decided()

    def accept(self, sid: int | None = None, alternative: str | None = None) -> None:
        sid = self._target(sid)
        if sid is not None:
            doc = self.session.document
            self._run("Accept", lambda: doc.accept(sid, alternative))

    def accept_and_next(self) -> None:
        self.accept()
        self.go(+1)

    def ignore(self, sid: int | None = None) -> None:
        sid = self._target(sid)
        if sid is not None:
            doc = self.session.document
            self._run("Ignore", lambda: doc.ignore(sid))

    def edit(self, sid: int, text: str) -> None:
        sid = self._target(sid)
        if sid is not None:
            doc = self.session.document
            self._run("Edit", lambda: doc.edit(sid, text))

    def _edit_text(self, sid: int) -> str:
        """What an edit starts from: the words the repaired text shows (the proposal, or the
        user's own words)."""
        doc = self.document()
        if doc is None:
            return ""
        s = doc.get(sid)
        if s.status is Status.EDITED:
            return s.shown_text()
        return s.replacement

    def start_edit(self) -> None:
        sid = self._target(None)
        if sid is None:
            return
        self.show_card()
        self.card.start_edit()

    def accept_all_like(self, sid: int | None = None) -> None:
        sid = self._target(sid)
        if sid is not None:
            doc = self.session.document
            self._run("Accept all like this", lambda: doc.accept_all_like(sid))

    def ignore_all_like(self, sid: int | None = None) -> None:
        sid = self._target(sid)
        if sid is not None:
            doc = self.session.document
            self._run("Ignore all like this", lambda: doc.ignore_all_like(sid))

    def turn_off_rule(self, sid: int | None = None) -> None:
        sid = self._target(sid)
        if sid is None:
            return
        doc = self.session.document
        rule = doc.get(sid).rule
        if not rule or rule in self.settings().disabled_rules:
            return

        def off():
            if rule not in self.settings().disabled_rules:
                self.settings().disabled_rules.append(rule)
                self.save_settings()

        def on():
            if rule in self.settings().disabled_rules:
                self.settings().disabled_rules.remove(rule)
                self.save_settings()

        self._run(f"Turn off rule {rule}", lambda: doc.ignore_rule(rule), on_redo=off, on_undo=on)
        self.status.message(f"Rule {rule} turned off; Preferences can turn it back on.", 5000)

    def accept_above(self) -> None:
        if self.session is None:
            return
        self.commit_draft()
        value = self.prompts.confidence(self.settings().min_confidence)
        if value is None:
            return
        doc = self.session.document
        ids = [i for i in doc.pending_at_or_above(value) if self.session.actionable(i)]
        if not ids:
            self.prompts.info("Nothing to accept", f"No pending suggestion has a confidence of {value:.2f} or more.")
            return
        if not self.prompts.confirm("Accept suggestions",
                                    f"Accept {len(ids)} pending suggestion{'s' if len(ids) != 1 else ''} "
                                    f"with a confidence of {value:.2f} or more?"):
            return
        label = f"Accept {len(ids)} above {value:.2f}"
        if len(ids) <= BATCH_SLICE:
            self._run(label, lambda: doc.decide((i, Status.ACCEPTED, None) for i in ids))
            return
        # thousands: in slices, so the window keeps drawing; still one undo step
        self.status.busy(True, f"Accepting {len(ids)} suggestions…")
        self.session.run_in_slices(label, [(i, Status.ACCEPTED, None) for i in ids], BATCH_SLICE)
        self.availabilityChanged.emit()
        self._decided()

    def apply_pending(self, ids: list[int]) -> bool:
        """Accept these pending suggestions as one undo step (saving chose "apply")."""
        doc = self.session.document
        return bool(self.session.run(f"Apply {len(ids)} pending",
                                     lambda: doc.decide((i, Status.ACCEPTED, None) for i in ids)))

    def _on_batch_done(self) -> None:
        self.status.busy(False)
        self.status.clear()
        self.availabilityChanged.emit()

    def undo(self) -> None:
        if self.session is not None and not self.session.busy:
            label = self.session.undo()
            self._history_in_slices(f"Undoing {label}…")

    def redo(self) -> None:
        if self.session is not None and not self.session.busy:
            label = self.session.redo()
            self._history_in_slices(f"Redoing {label}…")

    def _history_in_slices(self, message: str) -> None:
        """The undo or redo of a big batch goes on in slices, like the batch: show its progress."""
        if self.session is not None and self.session.busy:
            self.status.busy(True, message)
            self.availabilityChanged.emit()

    def go(self, step: int) -> None:
        """Select the next (or previous) pending suggestion, or any suggestion if none is pending;
        going past the end (or the start) says so in the status bar, as editors do for search."""
        doc = self.document()
        if doc is None or len(doc) == 0:
            return
        self._follow_caret()   # the next one after the words the cursor was moved into
        n = len(doc)
        if self.current is not None:
            origin = self.current
        else:
            offset = self.right.from_qt(self.right.textCursor().position())
            before = bisect_left(self._pane_spans(self.right), (offset, -1))  # suggestions starting before it
            origin = (before - 1 if before else -1) if step > 0 else (before if before else 0)
        session = self.session
        target = None
        for k in range(1, n + 1):   # stops at the first pending one: no pass over the document
            i = (origin + step * k) % n
            if doc.get(i).status is Status.PENDING and (session is None or session.actionable(i)):
                target = i
                break
        if target is None:
            target = (origin + step) % n
        if step > 0 and target <= origin:
            self.status.message("Wrapped to the start of the document.", 4000)
        elif step < 0 and target >= origin:
            self.status.message("Wrapped to the end of the document.", 4000)
        self.select(target, show_card=True, source=None)
