"""The review window: original and repaired panes side by side, the suggestion card, the list of
suggestions and the status bar. The window builds the widgets and four controllers, each handed
what it works on, and wires them together:

- :class:`~unspin.gui.file_actions.FileController` - the open document: open, save, reload, close;
- :class:`~unspin.gui.recovery.RecoveryController` - autosave, recovery, the file changed on disk;
- :class:`~unspin.gui.review_controller.ReviewController` - the review: highlights, card, list,
  decisions, undo/redo (the review itself, its history included, is :mod:`unspin.core.review`);
- :class:`~unspin.gui.analysis_controller.AnalysisController` - the background analysis.

What is left here is the window's own: fonts and zoom, preferences, the window's geometry.
"""
from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import (QApplication, QDockWidget, QLabel, QMainWindow, QMenu, QSplitter,
                               QVBoxLayout, QWidget)

from unspin import __version__
from unspin.engine import Engine
from unspin.engine.visibility import engine_settings
from unspin.gui.actions import Actions
from unspin.gui.analysis_controller import AnalysisController
from unspin.gui.card import SuggestionCard
from unspin.gui.file_actions import FileController
from unspin.gui.find_bar import FindBar
from unspin.formats.registry import lines_are_paragraphs
from unspin.gui.panes import OriginalPane, RepairedPane, ReviewPane
from unspin.gui.prompts import Prompts
from unspin.gui.recovery import RecoveryController
from unspin.gui.review_controller import ReviewController
from unspin.gui.status_bar import StatusArea
from unspin.gui.suggestion_list import SuggestionList
from unspin.gui.sync_scroll import ScrollSync
from unspin.resources_path import resource
from unspin.gui import learn_action
from unspin.store.settings import (Settings, config_dir, load_settings, user_lexicon_paths, user_source_paths,
                                   user_thesaurus_paths)


def engine_for(settings: Settings, nlp=None) -> Engine:
    # Rules turned off and the threshold are applied to each result (engine.visibility), so one
    # engine (and its loaded spaCy model) serves every document; only rule groups shape the engine.
    return Engine(engine_settings(settings, user_lexicon_paths(), thesauri=user_thesaurus_paths(),
                                  sources=user_source_paths()), nlp=nlp)


# Each pane keeps room for a readable line (about 25 characters) when the window is made small:
# the suggestion list gives up its width first, instead of the text wrapping a few letters a line.
PANE_MIN_WIDTH = 180
# As the window is made narrower, the list gives up its width to keep at most this share of the
# window (down to what it needs), and takes it back up to its earlier width as the window grows:
# QMainWindow would otherwise squeeze both panes to their minimum before narrowing the list at all.
LIST_SHARE = 0.35


def _pane_box(title: str, pane: ReviewPane) -> QWidget:
    pane.setMinimumWidth(PANE_MIN_WIDTH)
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


class MainWindow(QMainWindow):
    def __init__(self, settings: Settings | None = None, engine: Engine | None = None,
                 prompts: Prompts | None = None):
        super().__init__()
        settings_problems: list[str] = []   # a bad settings.json: said once, defaults used
        self.settings = settings or load_settings(settings_problems)
        if settings_problems:
            more = f" (and {len(settings_problems) - 1} more)" if len(settings_problems) > 1 else ""
            self.statusBar().showMessage(settings_problems[0] + more, 15000)
        self.prompts = prompts or Prompts(self)
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
        self.card = SuggestionCard(self)
        self.list = SuggestionList()
        self.dock = QDockWidget("Suggestions", self)
        self.dock.setObjectName("suggestionsDock")
        self.dock.setWidget(self.list)
        self.addDockWidget(Qt.RightDockWidgetArea, self.dock)
        self.resizeDocks([self.dock], [440], Qt.Horizontal)
        self._list_width: int | None = None   # the list's own width, while a narrow window narrowed it
        self._list_seen: int | None = None    # its width after the window's last resize
        self._window_seen = None
        self._list_asked: int | None = None   # the width just asked of the layout
        self.dock.installEventFilter(self)
        self.status = StatusArea(self.statusBar())

        self.actions_ = Actions(self)
        recent_menu = QMenu("Open &Recent", self)
        toggle = self.dock.toggleViewAction()
        toggle.setText("Suggestion &List")
        toggle.setShortcut("Ctrl+Shift+L")
        self.actions_.build_menus(self, recent_menu, toggle)
        from unspin.gui.scan_window import install as install_scan
        install_scan(self)   # File → Scan Folder… (the corpus scan table)
        self.right.history_actions = (self.actions_.undo, self.actions_.redo)
        self.learn = learn_action.install(self)   # File > Learn from Original…

        settings_now = lambda: self.settings   # noqa: E731 - Preferences replace the object
        self.review = ReviewController(self, self.left, self.right, self.card, self.list, self.actions_,
                                       self.prompts, self.status, settings_now, self.save_settings, self)
        self.analysis = AnalysisController(engine or engine_for(self.settings), self.status, settings_now, self)
        self._told_problems: set[str] = set()
        self.recovery = RecoveryController(self.prompts, self.status, self.review,
                                           lambda: self.files.opened, self)
        self.files = FileController(self, self.left, self.right, self.prompts, self.status, settings_now,
                                    self.save_settings, self.review, self.analysis, self.recovery,
                                    recent_menu, self)
        self.sync = ScrollSync(self.left, self.right, self.review.span_pairs, self)

        central = QWidget()   # the "changed on disk" bar above the panes
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.recovery.disk_bar)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)
        self.find_bar = FindBar([self.right, self.left],   # Ctrl+F, along the bottom
                                lambda: lines_are_paragraphs(self.files.source), self)
        self.addToolBar(Qt.BottomToolBarArea, self.find_bar)

        self._connect()
        self._apply_font()
        self._restore_window_state()
        self.setAcceptDrops(True)
        self._update_actions()
        # The keys start in the text, as in an editor: otherwise Qt gives them to the first widget
        # that takes them, the list's Status filter, where an arrow key changes the filter.
        self.right.setFocus(Qt.OtherFocusReason)

    def open_file(self, path) -> bool:
        """Open a document in this window (the launcher and the scan window call this)."""
        return self.files.open_file(path)

    # -- wiring --------------------------------------------------------------------------------
    def _connect(self) -> None:
        a, files, review = self.actions_, self.files, self.review
        a.open.triggered.connect(files.open_dialog)
        a.save.triggered.connect(files.save)
        a.save_as.triggered.connect(files.save_as)
        a.reanalyse.triggered.connect(files.reanalyse)
        a.stop.triggered.connect(self.analysis.cancel)
        a.preferences.triggered.connect(self.show_preferences)
        a.quit.triggered.connect(self.close)
        a.zoom_in.triggered.connect(lambda: self.zoom(+1))
        a.zoom_out.triggered.connect(lambda: self.zoom(-1))
        a.zoom_reset.triggered.connect(lambda: self.zoom(0))
        a.focus_original.triggered.connect(self.left.setFocus)
        a.focus_repaired.triggered.connect(self.right.setFocus)
        a.focus_list.triggered.connect(self._focus_list)
        a.sync_scroll.toggled.connect(lambda on: setattr(self.sync, "enabled", on))
        a.about.triggered.connect(self.show_about)
        a.find.triggered.connect(self.find_bar.open)
        a.find_next.triggered.connect(lambda: self.find_bar.find(+1))
        a.find_previous.triggered.connect(lambda: self.find_bar.find(-1))
        self.find_bar.found.connect(review.found)
        for pane in (self.left, self.right):
            pane.filesDropped.connect(files.files_dropped)
        review.changed.connect(self._review_changed)
        review.modifiedChanged.connect(self.setWindowModified)
        review.availabilityChanged.connect(self._update_actions)
        self.analysis.busyChanged.connect(self._update_actions)
        self.analysis.finished.connect(self._tell_lexicon_problems)

    def _tell_lexicon_problems(self, _prepared=None) -> None:
        """Rows of the user's lexicons or thesauri that could not be used, said once each in the status
        bar. A row's conditions are checked only when the first analysis builds the matcher, so this
        runs after an analysis (the command line prints the same lines as warnings)."""
        new = [str(p) for p in self.analysis.engine.problems if str(p) not in self._told_problems]
        if not new:
            return
        self._told_problems.update(new)
        more = f" (and {len(new) - 1} more)" if len(new) > 1 else ""
        first = new[0].split(" (known:")[0]   # the list of known conditions is for the command line
        self.status.message(f"Skipped in your lexicons: {first}{more}", 20000)

    def _review_changed(self) -> None:
        self.recovery.schedule_autosave()
        self._update_actions()

    def _update_actions(self) -> None:
        a = self.actions_
        self.review.update_actions()
        reviewing = self.review.session is not None and not self.review.busy
        a.save.setEnabled(reviewing)
        a.save_as.setEnabled(reviewing)
        a.reanalyse.setEnabled(self.files.source is not None)
        a.stop.setEnabled(self.analysis.busy)

    # -- view --------------------------------------------------------------------------------------
    def zoom(self, step: int) -> None:
        self.settings.zoom = 0 if step == 0 else max(-8, min(self.settings.zoom + step, 30))
        self._apply_font()
        self.save_settings()

    def _apply_font(self) -> None:
        font = QFont(QApplication.font())
        if self.settings.font_family:
            font.setFamily(self.settings.font_family)
        base = self.settings.font_size or font.pointSize() or 10
        font.setPointSize(max(6, base + 1 + self.settings.zoom))
        self.review.hold_card_in_view()   # the open card's words stay in sight at the new size
        for pane in (self.left, self.right):
            pane.setFont(font)
        self.review.place_card()

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
        engine_changed = (set(new.disabled_groups) != old_groups
                          or new.protect_quotes != self.settings.protect_quotes
                          or new.neural != self.settings.neural)
        self.settings = new
        self.save_settings()
        self._apply_font()
        if engine_changed:
            self.analysis.engine = engine_for(new, nlp=getattr(self.analysis.engine, "_nlp", None))
        if self.files.source is not None and (rules_changed or threshold_changed or engine_changed):
            self.status.message("Settings saved; press F5 to analyse this document again with them.", 8000)

    def save_settings(self) -> None:
        try:
            self.settings.save()
        except Exception as exc:  # a read-only config folder must not break the window
            self.status.message(f"Could not save settings: {exc}", 5000)

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
        self.find_bar.hide()   # Ctrl+F opens it; a window starts without it

    def _save_window_state(self) -> None:
        qs = self._qsettings()
        qs.setValue("geometry", self.saveGeometry())
        qs.setValue("state", self.saveState())
        qs.sync()

    def resizeEvent(self, event):
        super().resizeEvent(event)
        old = event.oldSize().width()
        if old > 0 and old != event.size().width():
            # The list's width before: the layout has already taken some of it by now.
            self._share_width_with_list(self._list_seen or self.dock.width(), shrinking=event.size().width() < old)
        self._window_seen, self._list_seen = self.size(), self.dock.width()
        QTimer.singleShot(0, self.review.place_card)

    def eventFilter(self, watched, event):
        if watched is self.dock and event.type() == QEvent.Resize and self.size() == self._window_seen:
            if self._list_asked is not None and abs(self.dock.width() - self._list_asked) <= 2:
                self._list_asked = None   # the width asked for below, laid out after the resize
            else:   # the window kept its size: the user moved the list's edge, a width of their own
                self._list_width = None
            self._list_seen = self.dock.width()
        return super().eventFilter(watched, event)

    def _share_width_with_list(self, before: int, shrinking: bool) -> None:
        """See LIST_SHARE: the list narrowed with the window, and widened back to where it was."""
        dock = self.dock
        if not dock.isVisible() or dock.isFloating() or self.dockWidgetArea(dock) not in (
                Qt.LeftDockWidgetArea, Qt.RightDockWidgetArea):
            self._list_width = None
            return
        share = max(dock.minimumSizeHint().width(), round(self.width() * LIST_SHARE))
        width = dock.width()
        if shrinking and max(width, before) > share:
            if self._list_width is None:
                self._list_width = before   # the width to go back to
            self._list_asked = share
            self.resizeDocks([dock], [share], Qt.Horizontal)
        elif not shrinking and self._list_width is not None:
            target = min(self._list_width, share)
            if target > width:
                self._list_asked = target
                self.resizeDocks([dock], [target], Qt.Horizontal)
            if target >= self._list_width:
                self._list_width = None   # back where it was: the user's width from now on

    def changeEvent(self, event):
        super().changeEvent(event)
        if event.type() == QEvent.PaletteChange and hasattr(self, "review"):
            self.review.palette_changed()  # light/dark switch: highlight colours follow the palette
        elif event.type() == QEvent.ActivationChange and self.isActiveWindow() and hasattr(self, "recovery"):
            self.recovery.start_watching_activation()

    def keyPressEvent(self, event):
        if event.key() == Qt.Key_Escape and self.card.isVisible():
            self.card.dismiss()
            return
        if event.key() == Qt.Key_Escape and self.find_bar.isVisible():
            self.find_bar.close_bar()   # Esc in the text closes Find too, as in an editor
            return
        super().keyPressEvent(event)

    def dragEnterEvent(self, event):
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event):
        files = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.files.files_dropped(files)

    def closeEvent(self, event):
        if not self.files.maybe_close_document():
            event.ignore()
            return
        self.recovery.stop()
        self.analysis.cancel(quiet=True)
        self.recovery.wait_for_autosave()   # a write already under way lands before the program ends
        self._save_window_state()
        self.save_settings()
        event.accept()


__all__ = ["MainWindow", "engine_for", "__version__"]
