"""The review window: original and repaired panes side by side, the suggestion card, the list of
suggestions, and the status bar. File handling lives in :mod:`unspin.gui.file_actions`; the
decisions themselves are made by the core Document through :class:`ReviewSession`.
"""
from __future__ import annotations

from bisect import bisect_left
from pathlib import Path

import shiboken6
from PySide6.QtCore import QByteArray, QEvent, QRect, QSettings, Qt, QTimer
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import (QApplication, QDockWidget, QLabel, QMainWindow, QMenu, QProgressBar,
                               QSplitter, QToolButton, QVBoxLayout, QWidget)

from unspin import __version__
from unspin.core.model import Document, Status
from unspin.engine import Engine, EngineSettings
from unspin.formats.registry import Source, filter_protected, masked_text
from unspin.gui.actions import Actions
from unspin.gui.analysis_worker import AnalysisRunner
from unspin.gui.card import SuggestionCard
from unspin.gui.file_actions import FileActions
from unspin.gui.recovery import Recovery
from unspin.gui.panes import OriginalPane, RepairedPane, ReviewPane
from unspin.gui.prompts import Prompts
from unspin.gui.review_session import PreparedReview, ReviewSession
from unspin.gui.suggestion_list import SuggestionList
from unspin.gui.sync_scroll import ScrollSync
from unspin.gui.theme import suggestion_format
from unspin.resources_path import resource
from unspin.store.settings import Settings, config_dir, load_settings, user_lexicon_paths, user_thesaurus_paths


BATCH_SLICE = 1500   # "accept all" on more suggestions than this runs in slices of this many


def engine_for(settings: Settings, nlp=None) -> Engine:
    # Rules turned off and the threshold are applied by the window to each result, so one engine
    # (and its loaded spaCy model) serves every document; only rule groups shape the engine.
    return Engine(EngineSettings(disabled_groups=set(settings.disabled_groups),
                                 user_lexicons=user_lexicon_paths(), thesauri=user_thesaurus_paths()), nlp=nlp)


def _document_from(source: Source, analysis, min_confidence: float, disabled_rules: set[str]) -> Document:
    """The suggestions the window shows: above the threshold, not from a rule turned off, not
    touching protected text. Plain Python: the analysis thread calls it too."""
    text = source.text
    keep = [s for s in filter_protected(analysis.suggestions, source.protected)
            if s.confidence >= min_confidence and s.rule not in disabled_rules
            and text[s.start:s.end] == s.original]
    return Document(text, keep, analysis.spin_score)


def _pane_box(title: str, pane: ReviewPane) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    label = QLabel(f"<b>{title}</b>")
    label.setBuddy(pane)
    label.setContentsMargins(4, 2, 0, 0)
    layout.addWidget(label)
    layout.addWidget(pane)
    return box


class MainWindow(FileActions, Recovery, QMainWindow):
    def __init__(self, settings: Settings | None = None, engine: Engine | None = None,
                 prompts: Prompts | None = None):
        super().__init__()
        settings_problems: list[str] = []   # a bad settings.json: said once, defaults used
        self.settings = settings or load_settings(settings_problems)
        if settings_problems:
            more = f" (and {len(settings_problems) - 1} more)" if len(settings_problems) > 1 else ""
            self.statusBar().showMessage(settings_problems[0] + more, 15000)
        self.engine = engine or engine_for(self.settings)
        self.prompts = prompts or Prompts(self)
        self.source: Source | None = None
        self.session: ReviewSession | None = None
        self.preview: Document | None = None      # suggestions shown while the analysis runs
        self.current: int | None = None           # the selected suggestion
        self._card_pane: ReviewPane | None = None
        self._is_sample = False
        self.backed_up: set[str] = set()          # files already backed up (file~) this run
        self.setWindowTitle("Unspin")
        icon = resource("icons", "unspin.svg")
        if icon.is_file():
            self.setWindowIcon(QIcon(str(icon)))

        self.left = OriginalPane()
        self.right = RepairedPane()
        splitter = QSplitter(Qt.Horizontal)
        splitter.addWidget(_pane_box("Original", self.left))
        splitter.addWidget(_pane_box("Repaired (editable)", self.right))
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)
        self.card = SuggestionCard(self)

        self.list = SuggestionList()
        self.dock = QDockWidget("Suggestions", self)
        self.dock.setObjectName("suggestionsDock")
        self.dock.setWidget(self.list)
        self.addDockWidget(Qt.RightDockWidgetArea, self.dock)
        self.resizeDocks([self.dock], [380], Qt.Horizontal)

        self.counts_label = QLabel()
        self.score_label = QLabel()
        self.progress = QProgressBar(maximumWidth=160, textVisible=True)
        self.cancel_button = QToolButton(text="Cancel", toolTip="Stop the analysis (Ctrl+.)")
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.cancel_button)
        self.statusBar().addPermanentWidget(self.counts_label)
        self.statusBar().addPermanentWidget(self.score_label)
        self._set_busy(False)

        self.actions_ = Actions(self)
        self.recent_menu = QMenu("Open &Recent", self)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        toggle = self.dock.toggleViewAction()
        toggle.setText("Suggestion &List")
        toggle.setShortcut("Ctrl+Shift+L")
        self.actions_.build_menus(self, self.recent_menu, toggle)
        from unspin.gui.scan_window import install as install_scan
        install_scan(self)   # File → Scan Folder… (the corpus scan table)
        self.right.history_actions = (self.actions_.undo, self.actions_.redo)

        self._formats: dict[tuple, object] = {}   # highlight formats by look, for this palette
        self._preview_spans: list[tuple[int, int]] = []
        self._by_original: dict[str, list[int]] = {}   # ids by lower-cased words (for "alike")
        self.left.set_highlight_source(lambda a, b: self._highlights(self.left, a, b))
        self.right.set_highlight_source(lambda a, b: self._highlights(self.right, a, b))

        self.runner = AnalysisRunner(self.engine, self)
        self.sync = ScrollSync(self.left, self.right, self._span_pairs, self)
        self._init_recovery()   # autosave timer, file watcher, the "changed on disk" bar
        self._connect()
        self._apply_font()
        self._restore_window_state()
        self.setAcceptDrops(True)
        self._update_actions()
        self.runner.warm_up()
        if not self.runner.model_ready:
            self._set_busy(True, "Loading the English language model…")

    # -- wiring --------------------------------------------------------------------------------
    def _connect(self) -> None:
        a = self.actions_
        a.open.triggered.connect(self.open_dialog)
        a.save.triggered.connect(self.save)
        a.save_as.triggered.connect(self.save_as)
        a.reanalyse.triggered.connect(self.reanalyse)
        a.stop.triggered.connect(self.runner.cancel)
        a.preferences.triggered.connect(self.show_preferences)
        a.quit.triggered.connect(self.close)
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
        a.zoom_in.triggered.connect(lambda: self.zoom(+1))
        a.zoom_out.triggered.connect(lambda: self.zoom(-1))
        a.zoom_reset.triggered.connect(lambda: self.zoom(0))
        a.focus_original.triggered.connect(self.left.setFocus)
        a.focus_repaired.triggered.connect(self.right.setFocus)
        a.focus_list.triggered.connect(self._focus_list)
        a.sync_scroll.toggled.connect(lambda on: setattr(self.sync, "enabled", on))
        a.about.triggered.connect(self.show_about)

        self.left.clickedAt.connect(lambda off: self._clicked(self.left, off))
        self.right.clickedAt.connect(lambda off: self._clicked(self.right, off))
        for pane in (self.left, self.right):
            pane.filesDropped.connect(self._files_dropped)
            pane.verticalScrollBar().valueChanged.connect(lambda _v: self._place_card())
        self.right.undoRequested.connect(self.undo)
        self.right.redoRequested.connect(self.redo)

        c = self.card
        c.acceptRequested.connect(lambda sid, alt: self.accept(sid, alt))
        c.editRequested.connect(self.edit)
        c.ignoreRequested.connect(lambda sid: self.ignore(sid))
        c.acceptAllLikeRequested.connect(lambda sid: self.accept_all_like(sid))
        c.ignoreAllLikeRequested.connect(lambda sid: self.ignore_all_like(sid))
        c.turnOffRuleRequested.connect(lambda sid: self.turn_off_rule(sid))
        c.closed.connect(self._card_closed)

        self.list.selected.connect(lambda sid: self.select(sid, show_card=False))
        self.list.activated.connect(lambda sid: (self.select(sid), self.show_card(focus=True)))

        r = self.runner
        r.ready.connect(self._model_ready)
        r.progress.connect(self._on_progress)
        r.partial.connect(self._on_partial)
        r.finished.connect(self._on_finished)
        r.failed.connect(self._on_failed)
        r.cancelled.connect(self._on_cancelled)
        self.cancel_button.clicked.connect(self.runner.cancel)

    # -- analysis --------------------------------------------------------------------------------
    def _set_busy(self, busy: bool, message: str = "") -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy and self.source is not None)
        if busy:
            self.progress.setRange(0, 0)  # indeterminate until the first progress report
        if message:
            self.statusBar().showMessage(message)

    def _model_ready(self) -> None:
        if not self.runner.busy:
            self._set_busy(False)
            self.statusBar().showMessage("Ready.", 3000)

    def start_analysis(self) -> None:
        if self.source is None:
            return
        self._set_busy(True, "Analysing…")
        # The engine reads the text with protected parts (Markdown code, URLs...) blanked out.
        source, settings = self.source, self.settings
        minimum, disabled = settings.min_confidence, set(settings.disabled_rules)

        def prepare(analysis, whole: bool) -> PreparedReview:   # runs in the analysis thread
            return PreparedReview(_document_from(source, analysis, minimum, disabled), whole)

        self.runner.analyse(masked_text(source), self.left.visible_range(), prepare)
        self._update_actions()

    def _on_progress(self, percent: int) -> None:
        self.progress.setRange(0, 100)
        self.progress.setValue(percent)

    def _document_from(self, analysis) -> Document:
        """The suggestions this window shows: above the threshold, not from a rule turned off, not
        touching protected text."""
        return _document_from(self.source, analysis, self.settings.min_confidence, set(self.settings.disabled_rules))

    def _prepared(self, result, whole: bool) -> PreparedReview:
        return result if isinstance(result, PreparedReview) else PreparedReview(self._document_from(result), whole)

    def _on_partial(self, result) -> None:
        if self.source is None:
            return
        prepared = self._prepared(result, False)
        self.preview = prepared.document
        self._preview_spans = prepared.left_spans
        self.statusBar().showMessage("Suggestions for the visible text are ready; analysing the rest…")
        self._refresh()

    def _on_finished(self, result) -> None:
        self._set_busy(False)
        self.statusBar().clearMessage()
        if self.source is not None:
            prepared = self._prepared(result, True)
            self._begin_review(prepared.document, prepared)
            skipped = getattr(self.engine, "skipped", None)
            if skipped:   # said, not hidden: these stretches got no suggestions
                self.statusBar().showMessage(f"Not analysed: {len(skipped)} stretch(es), e.g. {skipped[0].reason}.",
                                             15000)

    def _on_cancelled(self) -> None:
        self._set_busy(False, "Analysis stopped. Press F5 to analyse again.")
        # Whatever was found for the visible part is still worth reviewing.
        document = self.preview or Document(self.source.text if self.source else "")
        self._begin_review(Document(document.text, document.suggestions, document.spin_score))

    def _on_failed(self, message: str) -> None:
        self._set_busy(False, "")
        self.prompts.error("Analysis failed", message)
        if self.source is not None and self.session is None:
            self._begin_review(Document(self.source.text))

    def _begin_review(self, document: Document, prepared: PreparedReview | None = None) -> None:
        self.preview = None
        self._preview_spans = []
        if prepared is None or prepared.document is not document:
            prepared = PreparedReview(document, whole=False)
        self._by_original = prepared.by_original
        self.current = None
        self.card.hide()
        self._close_session()
        restored = self._restore_session(document)
        # No Qt parent: the session dies with its Python reference, never half-way through the
        # window's own destruction; bound-method connections end with the window.
        session = ReviewSession(document, self.right, *restored, prepared=prepared)
        session.also_held = [self.left]
        if prepared.signature is not None:
            self._signature_cache = (document, document.suggestions, prepared.signature)
        session.changed.connect(self._on_session_changed)
        session.progress.connect(self._on_batch_progress)
        session.batchDone.connect(self._on_batch_done)
        session.stack.cleanChanged.connect(self._on_clean_changed)
        session.stack.indexChanged.connect(self._on_stack_index)
        if self.source is not None and session.text() != self.source.text:
            session.stack.resetClean()  # restored decisions: the file on disk lacks them
            self.setWindowModified(True)
        self.session = session
        self.right.setReadOnly(False)
        self.list.set_document(document, session.dropped)
        self.sync.follow(self.left, self.right)
        self._refresh()
        self._update_actions()

    def _close_session(self) -> None:
        if self.session is not None:
            session, self.session = self.session, None
            session.close()
            session.changed.disconnect(self._on_session_changed)
            session.progress.disconnect(self._on_batch_progress)
            session.batchDone.disconnect(self._on_batch_done)
            session.stack.cleanChanged.disconnect(self._on_clean_changed)
            session.stack.indexChanged.disconnect(self._on_stack_index)
        self.setWindowModified(False)

    def _on_clean_changed(self, clean: bool) -> None:
        self.setWindowModified(not clean)

    def _on_stack_index(self, _index: int) -> None:
        if self.session is not None and shiboken6.isValid(self.session.stack):
            self._update_actions()
            self.schedule_autosave()

    # -- display ---------------------------------------------------------------------------------
    def document(self) -> Document | None:
        return self.session.document if self.session else self.preview

    def _span_pairs(self):
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
        key = (s.status, confidence, current, original_side)
        fmt = self._formats.get(key)
        if fmt is None:
            fmt = self._formats[key] = suggestion_format(s.status, confidence, self.palette(), current=current,
                                                         original_side=original_side)
        return fmt

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

    def _refresh(self) -> None:
        self.left.refresh_highlights()
        self.right.refresh_highlights()
        self._update_status()

    def _on_session_changed(self) -> None:
        self.schedule_autosave()
        self._refresh()
        if self.session is not None:
            self.list.refresh(self.session.dropped, self.session.last_changed)
        if self.card.isVisible() and self.current is not None:
            self._fill_card()
            self._place_card()
        self._update_actions()

    def _update_status(self) -> None:
        doc = self.document()
        if doc is None:
            self.counts_label.setText("")
            self.score_label.setText("")
            return
        c = doc.counts()
        self.counts_label.setText(f"Pending {c[Status.PENDING]} · Accepted {c[Status.ACCEPTED]} · "
                                  f"Edited {c[Status.EDITED]} · Ignored {c[Status.IGNORED]}")
        self.score_label.setText(f"Spin score {doc.spin_score:.2f}")
        self.score_label.setToolTip("How much of the document looks spun, from 0 (clean) to 1 (heavily "
                                    "spun), judged from unambiguous spinner tells")
        from unspin.core.verdict import CAVEAT, document_verdict
        verdict = document_verdict(doc)
        if verdict.count:  # the paper verdict on tortured phrases: a screening signal, not proof
            self.score_label.setText(f"{self.score_label.text()} · {verdict.summary()} (screening signal)")
            self.score_label.setToolTip(f"{self.score_label.toolTip()}.\n{verdict.summary()}: {CAVEAT}.")

    def _update_actions(self) -> None:
        a = self.actions_
        reviewing = self.session is not None and not self.session.busy
        stack = self.session.stack if reviewing else None
        a.undo.setEnabled(bool(stack and stack.canUndo()))
        a.redo.setEnabled(bool(stack and stack.canRedo()))
        a.undo.setText(f"&Undo {stack.undoText()}" if stack and stack.canUndo() else "&Undo")
        a.redo.setText(f"&Redo {stack.redoText()}" if stack and stack.canRedo() else "&Redo")
        for action in a.review_actions:
            action.setEnabled(reviewing and len(self.session.document) > 0)
        a.save.setEnabled(reviewing)
        a.save_as.setEnabled(reviewing)
        a.reanalyse.setEnabled(self.source is not None)
        a.stop.setEnabled(self.runner.busy)

    # -- selection and the card ------------------------------------------------------------------
    def _clicked(self, pane: ReviewPane, offset: int) -> None:
        sid = self._sid_at(pane, offset)
        if sid is None:
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

    def show_card(self, focus: bool = False) -> None:
        if self.current is None:
            self.go(+1)
            if self.current is None:
                return
        self._fill_card()
        self._place_card(force=True)
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

    def _place_card(self, force: bool = False) -> None:
        """Keep the card next to its span (after scrolling, zoom, resize); ``force`` shows it."""
        if self.current is None or self.document() is None or not (force or self.card.isVisible()):
            return
        pane = self._card_pane or self.right
        if pane is self.left:
            s = self.document().get(self.current)
            start, end = s.start, s.end
        else:
            start, end = self._right_span(self.current)
        rect = pane.span_rect(start, end)
        top_left = pane.viewport().mapTo(self, rect.topLeft())
        window_rect = QRect(top_left, rect.size())
        if not pane.viewport().rect().intersects(rect):
            self.card.hide()  # the span scrolled out of sight
            return
        central = self.centralWidget()
        area = QRect(central.mapTo(self, central.rect().topLeft()), central.size())
        self.card.place_near(window_rect, area)  # over the panes, never over the list

    def _card_closed(self) -> None:
        (self._card_pane or self.right).setFocus()

    # -- decisions -------------------------------------------------------------------------------
    def _target(self, sid: int | None) -> int | None:
        sid = self.current if sid is None else sid
        if self.session is None or self.session.busy or sid is None or not self.session.actionable(sid):
            return None
        return sid

    def _decided(self) -> None:
        if self.card.isVisible():
            self.card.hide()
            (self._card_pane or self.right).setFocus()

    def accept(self, sid: int | None = None, alternative: str | None = None) -> None:
        sid = self._target(sid)
        if sid is not None:
            doc = self.session.document
            self.session.run("Accept", lambda: doc.accept(sid, alternative))
            self._decided()

    def accept_and_next(self) -> None:
        self.accept()
        self.go(+1)

    def ignore(self, sid: int | None = None) -> None:
        sid = self._target(sid)
        if sid is not None:
            doc = self.session.document
            self.session.run("Ignore", lambda: doc.ignore(sid))
            self._decided()

    def edit(self, sid: int, text: str) -> None:
        sid = self._target(sid)
        if sid is not None:
            doc = self.session.document
            self.session.run("Edit", lambda: doc.edit(sid, text))
            self._decided()

    def start_edit(self) -> None:
        sid = self._target(None)
        if sid is None:
            return
        self.show_card()
        s = self.session.document.get(sid)
        self.card.set_edit_text(s.shown_text() if s.status is Status.EDITED else s.replacement)
        self.card.start_edit()

    def accept_all_like(self, sid: int | None = None) -> None:
        sid = self._target(sid)
        if sid is not None:
            doc = self.session.document
            self.session.run("Accept all like this", lambda: doc.accept_all_like(sid))
            self._decided()

    def ignore_all_like(self, sid: int | None = None) -> None:
        sid = self._target(sid)
        if sid is not None:
            doc = self.session.document
            self.session.run("Ignore all like this", lambda: doc.ignore_all_like(sid))
            self._decided()

    def turn_off_rule(self, sid: int | None = None) -> None:
        sid = self._target(sid)
        if sid is None:
            return
        doc = self.session.document
        rule = doc.get(sid).rule
        if not rule or rule in self.settings.disabled_rules:
            return

        def off():
            if rule not in self.settings.disabled_rules:
                self.settings.disabled_rules.append(rule)
                self._save_settings()

        def on():
            if rule in self.settings.disabled_rules:
                self.settings.disabled_rules.remove(rule)
                self._save_settings()

        self.session.run(f"Turn off rule {rule}", lambda: doc.ignore_rule(rule), on_redo=off, on_undo=on)
        self.statusBar().showMessage(f"Rule {rule} turned off; Preferences can turn it back on.", 5000)
        self._decided()

    def accept_above(self) -> None:
        if self.session is None:
            return
        value = self.prompts.confidence(self.settings.min_confidence)
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
            self.session.run(label, lambda: doc.decide((i, Status.ACCEPTED, None) for i in ids))
        else:   # thousands: in slices, so the window keeps drawing; still one undo step
            self._set_busy(True, f"Accepting {len(ids)} suggestions…")
            self.cancel_button.hide()
            self.session.run_in_slices(label, [(i, Status.ACCEPTED, None) for i in ids], BATCH_SLICE)
            self._update_actions()
        self._decided()

    def _on_batch_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _on_batch_done(self) -> None:
        self._set_busy(self.runner.busy)
        self.statusBar().clearMessage()
        self._update_actions()

    def maybe_close_document(self) -> bool:
        if self.session is not None and self.session.busy:
            self.session.finish_batch()   # a half-applied batch is neither saved nor remembered
        return super().maybe_close_document()

    def _save_to(self, path) -> bool:
        if self.session is not None and self.session.busy:
            self.session.finish_batch()
        return super()._save_to(path)

    def undo(self) -> None:
        if self.session is not None and not self.session.busy:
            label = self.session.stack.undoText()
            self.session.stack.undo()
            self._history_in_slices(f"Undoing {label}…")

    def redo(self) -> None:
        if self.session is not None and not self.session.busy:
            label = self.session.stack.redoText()
            self.session.stack.redo()
            self._history_in_slices(f"Redoing {label}…")

    def _history_in_slices(self, message: str) -> None:
        """The undo or redo of a big batch goes on in slices, like the batch: show its progress."""
        if self.session is not None and self.session.busy:
            self._set_busy(True, message)
            self.cancel_button.hide()
            self._update_actions()

    def go(self, step: int) -> None:
        """Select the next (or previous) pending suggestion, or any suggestion if none is pending."""
        doc = self.document()
        if doc is None or len(doc) == 0:
            return
        n = len(doc)
        if self.current is not None:
            origin = self.current
        else:
            offset = self.right.from_qt(self.right.textCursor().position())
            before = bisect_left(self._right_spans(), (offset, -1))  # suggestions starting before it
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
        self.select(target, show_card=True, source=None)

    def _right_spans(self) -> list[tuple[int, int]]:
        return self._pane_spans(self.right)

    # -- view --------------------------------------------------------------------------------------
    def zoom(self, step: int) -> None:
        self.settings.zoom = 0 if step == 0 else max(-8, min(self.settings.zoom + step, 30))
        self._apply_font()
        self._save_settings()

    def _apply_font(self) -> None:
        font = QFont(QApplication.font())
        if self.settings.font_family:
            font.setFamily(self.settings.font_family)
        base = self.settings.font_size or font.pointSize() or 10
        font.setPointSize(max(6, base + 1 + self.settings.zoom))
        for pane in (self.left, self.right):
            pane.setFont(font)
        self._place_card()

    def _focus_list(self) -> None:
        self.dock.show()
        self.list.tree.setFocus()

    def show_about(self) -> None:
        from unspin.gui.about import show_about
        show_about(self)

    def show_preferences(self) -> None:
        from unspin.gui.preferences import PreferencesDialog, available_groups
        dialog = PreferencesDialog(self.settings, available_groups(), self)
        if dialog.exec():
            self.apply_preferences(dialog.result_settings)

    def apply_preferences(self, new: Settings) -> None:
        old_groups = set(self.settings.disabled_groups)
        rules_changed = set(new.disabled_rules) != set(self.settings.disabled_rules)
        threshold_changed = new.min_confidence != self.settings.min_confidence
        self.settings = new
        self._save_settings()
        self._apply_font()
        if set(new.disabled_groups) != old_groups:
            self.engine = engine_for(new, nlp=getattr(self.engine, "_nlp", None))
            self.runner.engine = self.engine
        if self.source is not None and (rules_changed or threshold_changed or set(new.disabled_groups) != old_groups):
            self.statusBar().showMessage("Settings saved; press F5 to analyse this document again with them.", 8000)

    def _save_settings(self) -> None:
        try:
            self.settings.save()
        except Exception as exc:  # a read-only config folder must not break the window
            self.statusBar().showMessage(f"Could not save settings: {exc}", 5000)

    # -- window state ------------------------------------------------------------------------------
    def _qsettings(self) -> QSettings:
        # Kept next to settings.json (not in Qt's default place) so UNSPIN_CONFIG_DIR isolates it too.
        return QSettings(str(config_dir() / "window.ini"), QSettings.IniFormat)

    def _restore_window_state(self) -> None:
        qs = self._qsettings()
        geometry = qs.value("geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        state = qs.value("state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)

    def _save_window_state(self) -> None:
        qs = self._qsettings()
        qs.setValue("geometry", self.saveGeometry())
        qs.setValue("state", self.saveState())
        qs.sync()

    def resizeEvent(self, event):
        super().resizeEvent(event)
        QTimer.singleShot(0, self._place_card)

    def changeEvent(self, event):
        super().changeEvent(event)
        if event.type() == QEvent.PaletteChange:
            self._formats = {}
            self._refresh()  # light/dark switch: highlight colours follow the palette
        elif event.type() == QEvent.ActivationChange and self.isActiveWindow():
            self._disk_timer.start()  # back from another program: has it changed the file?

    def keyPressEvent(self, event):
        if event.key() == Qt.Key_Escape and self.card.isVisible():
            self.card.dismiss()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event):
        if not self.maybe_close_document():
            event.ignore()
            return
        self._disk_timer.stop()
        self.runner.cancel(quiet=True)
        self.wait_for_autosave()   # a write already under way lands before the program ends
        self._save_window_state()
        self._save_settings()
        event.accept()


__all__ = ["MainWindow", "engine_for", "__version__"]
