"""File → Scan Folder…: a corpus ranked by how spun each document looks, filling as the scan runs.

A thin layer over :mod:`unspin.scan` (the same job as ``unspin scan``): the scan runs in a
background thread driving the local process pool; each finished document is a row at once
(sorted by score, most spun first), with a progress bar, rate, ETA and Cancel. Double-click (or
Enter) on a row opens the document in the review window. The results can be saved as .html,
.csv or .jsonl like the command line's.
"""
from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QSortFilterProxyModel, Qt, QThread, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QMainWindow,
                               QMessageBox, QProgressBar, QPushButton, QTableView, QVBoxLayout, QWidget)

from unspin.gui.theme import secondary_text
from unspin.scan import record, results

COLUMNS = ("Score", "Level", "Words", "Shown", "Tortured", "Document", "Strongest tells / error")
SORT_ROLE = Qt.UserRole + 1
SCORE_TIP = ("The scan score ranks the folder: every suggestion counts, weighed by its confidence, per word. "
             "The review window's spin score counts only unambiguous spinner tells, so the two numbers differ.")


class ScanTableModel(QAbstractTableModel):
    """One row a scanned document (the scan's record dicts, in arrival order)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[dict] = []

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return COLUMNS[section]
        if orientation == Qt.Horizontal and role == Qt.ToolTipRole and section == 0:
            return SCORE_TIP
        return None

    def add(self, rec: dict) -> None:
        n = len(self.rows)
        self.beginInsertRows(QModelIndex(), n, n)
        self.rows.append(rec)
        self.endInsertRows()

    def clear(self) -> None:
        self.beginResetModel()
        self.rows = []
        self.endResetModel()

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        r, col = self.rows[index.row()], index.column()
        err = r.get("error")
        t = r.get("tortured") or {}
        if role == SORT_ROLE:
            return [-1.0 if err else r["score"], results.LEVEL_ORDER.get("error" if err else r["level"], 0),
                    r.get("words") or 0, -1 if err else r["suggestions"], -1 if err else t.get("count", 0),
                    r["path"].lower(), err or record.tells_text(r)][col]
        if role == Qt.DisplayRole:
            if col == 5:
                return r["path"]
            if err:
                return {0: "—", 1: "error", 6: err}.get(col, "")
            return [f"{r['score']:.3f}", r["level"], str(r["words"]), str(r["suggestions"]),
                    f"{t.get('count', 0)} ({t.get('level', 'none')})" if t.get("count") else "0",
                    None, record.tells_text(r)][col]
        if role == Qt.ToolTipRole:
            if col in (0, 1) and not err:
                # The review window shows the engine's spin score, a different number: say both.
                return (f"Scan score {r['score']:.3f} ({r['level']}). Spin score {r.get('spin_score', 0.0):.2f}: "
                        f"what the review window's status bar shows for this document.\n{SCORE_TIP}")
            if col == 6:
                return err or record.tells_text(r) or None
            if col == 4 and not err:
                return f"{t.get('count', 0)} tortured phrase(s), {t.get('per_1k', 0)} per 1,000 words"
            if col == 5:
                return f"{r['path']}\nDouble-click to open it for review"
        if role == Qt.TextAlignmentRole and col in (0, 2, 3, 4):
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.UserRole:
            return r
        return None


class _ScanThread(QThread):
    """Runs one :class:`unspin.scan.command.Scan` and reports each record through signals."""
    found = Signal(int)                  # how many documents the walk found (to scan)
    recorded = Signal(dict)
    failed = Signal(str)

    def __init__(self, paths, settings, workers, parent=None):
        super().__init__(parent)
        self.paths, self.settings, self.workers = paths, settings, workers
        self.job = None
        self._cancel = False

    def cancel(self) -> None:
        self._cancel = True
        if self.job is not None:
            self.job.cancel()

    def run(self) -> None:
        from unspin.scan.command import Scan
        from unspin.scan.local import LocalPool
        from unspin.scan.worker import ScanSpec
        try:
            spec = ScanSpec.build(self.settings)
            self.job = Scan(self.paths, LocalPool(spec, self.workers), on_record=self.recorded.emit)
            self.found.emit(self.job.total)
            if self._cancel:
                self.job.cancel()
            self.job.run()
        except Exception as exc:  # a scan must never take the window down
            self.failed.emit(str(exc).splitlines()[0] if str(exc) else type(exc).__name__)


class ScanWindow(QWidget):
    """The scan table for one or more folders. ``open_requested(path)`` asks the main window to
    open a document; ``workers`` is the local pool's size (None: one per core; 0: in this thread)."""
    open_requested = Signal(str)
    finished = Signal()

    def __init__(self, paths, settings=None, workers: int | None = None, parent=None):
        super().__init__(parent, Qt.Window)
        self.paths = [Path(p) for p in paths]
        self.setWindowTitle(f"Scan — {', '.join(p.name or str(p) for p in self.paths)}")
        self.resize(1000, 560)
        self.model = ScanTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setDynamicSortFilter(True)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for col in (0, 1, 2, 3, 4):
            header.setSectionResizeMode(col, QHeaderView.ResizeToContents)
        header.resizeSection(5, 360)
        self.table.doubleClicked.connect(self._open_index)
        open_row = QAction("Open for review", self.table, shortcut=QKeySequence(Qt.Key_Return))
        open_row.setShortcutContext(Qt.WidgetShortcut)
        open_row.triggered.connect(lambda: self._open_index(self.table.currentIndex()))
        self.table.addAction(open_row)

        self.status = QLabel("Finding documents…")
        self.progress = QProgressBar(textVisible=True)
        self.progress.setRange(0, 0)
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.clicked.connect(self.cancel)
        self.save_button = QPushButton("Save Results…")
        self.save_button.clicked.connect(self.save_results)
        self.save_button.setEnabled(False)
        # Secondary but readable (a disabled label was light grey on grey, 1.6:1).
        hint = self.hint = QLabel("Most spun first. Double-click a row (or press Enter) to open the document "
                                  "for review.")
        hint.setStyleSheet(f"color: {secondary_text(self.palette()).name()}")
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.progress)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        self.total = 0
        self.errors = 0
        self.started = time.monotonic()
        self.running = True
        self.thread = _ScanThread(self.paths, settings, workers, self)
        self.thread.found.connect(self._found)
        self.thread.recorded.connect(self._recorded)
        self.thread.failed.connect(self._failed)
        self.thread.finished.connect(self._done)
        app = QApplication.instance()
        if app is not None:   # the window may be deleted with the main window: never leave the thread running
            app.aboutToQuit.connect(self._stop_and_wait)
        self.thread.start()

    # -- progress ----------------------------------------------------------------------------------
    def _found(self, total: int) -> None:
        self.total = total
        self.started = time.monotonic()
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(0)
        self.status.setText(f"Scanning {total} document(s)… (starting the language model)")

    def _recorded(self, rec: dict) -> None:
        self.model.add(rec)
        self.errors += bool(rec.get("error"))
        done = len(self.model.rows)
        self.progress.setValue(done)
        elapsed = time.monotonic() - self.started
        rate = done / elapsed if elapsed > 0 else 0.0
        eta = (self.total - done) / rate if rate > 0 else 0
        self.status.setText(f"{done} of {self.total} scanned · {rate:.1f} docs/s · about {_clock(eta)} left"
                            + (f" · {self.errors} unreadable" if self.errors else ""))

    def _failed(self, message: str) -> None:
        QMessageBox.warning(self, "Scan stopped", f"The scan stopped: {message}")

    def _done(self) -> None:
        self.running = False
        done = len(self.model.rows)
        job = self.thread.job
        stopped = job is not None and job.cancelled
        self.progress.setRange(0, max(self.total, 1))
        self.progress.setValue(done)
        self.status.setText(("Cancelled: " if stopped else "Done: ") + f"{done} of {self.total} document(s) scanned"
                            + (f", {self.errors} unreadable" if self.errors else ""))
        self.cancel_button.setText("Close")
        self.cancel_button.setEnabled(True)
        self.save_button.setEnabled(bool(done))
        self.finished.emit()

    # -- actions -----------------------------------------------------------------------------------
    def cancel(self) -> None:
        if self.running:
            self.status.setText("Cancelling… (the documents in hand are finished first)")
            self.cancel_button.setEnabled(False)
            self.thread.cancel()
        else:
            self.close()

    def record_at(self, row: int) -> dict:
        """The record shown in a row of the table (as sorted)."""
        return self.proxy.index(row, 0).data(Qt.UserRole)

    def _open_index(self, index) -> None:
        if index.isValid():
            rec = index.data(Qt.UserRole)
            self.open_requested.emit(rec["path"])

    def save_results(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, "Save scan results", str(Path.home() / "scan.html"),
                                                  "Web page (*.html);;Spreadsheet (*.csv);;JSON lines (*.jsonl)")
        if not path:
            return
        try:
            results.write_output(self.model.rows, Path(path), title=self.windowTitle())
        except Exception as exc:
            QMessageBox.warning(self, "Cannot save the results", str(exc))

    def _stop_and_wait(self) -> None:
        if self.thread.isRunning():
            self.thread.cancel()
            self.thread.wait()

    def closeEvent(self, event) -> None:
        self._stop_and_wait()
        super().closeEvent(event)


def _clock(seconds: float) -> str:
    seconds = int(max(0, seconds))
    m, s = divmod(seconds, 60)
    h, m = divmod(m, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def install(window: QMainWindow) -> QAction:
    """Add File → Scan Folder… to the main window (after Open…); the scan windows it opens open
    their documents in it (through its ``open_file``)."""
    action = QAction("Scan &Folder…", window)
    action.setStatusTip("Rank every document in a folder by how spun it looks")
    action.triggered.connect(lambda: start_scan(window))
    menu = window.menuBar().actions()[0].menu()
    items = menu.actions()
    after = next((i for i, a in enumerate(items) if a.text().replace("&", "").startswith("Open")), 0)
    menu.insertAction(items[after + 1] if after + 1 < len(items) else None, action)
    window.scan_action = action
    return action


def start_scan(window: QMainWindow, folder: str | None = None, workers: int | None = None) -> ScanWindow | None:
    if folder is None:
        folder = QFileDialog.getExistingDirectory(window, "Scan folder", str(Path.home()))
    if not folder:
        return None
    engine = getattr(window, "engine", None)
    scan = ScanWindow([folder], getattr(engine, "settings", None), workers, window)
    scan.open_requested.connect(lambda path: _open_in(window, scan, path))
    scan.show()
    window._scan_windows = [w for w in getattr(window, "_scan_windows", []) if w.isVisible()] + [scan]
    return scan


def _open_in(window, scan: ScanWindow, path: str) -> None:
    if window.open_file(path):
        window.raise_()
        window.activateWindow()
