"""Never losing a word: crash autosave and recovery, and files changed on disk (the window's
:class:`RecoveryController`).

Autosave: a few seconds after the last change (a single-shot timer restarted on every change) the
review - the right pane's text, the decisions and where each suggestion sits in the pane - is
written through :mod:`unspin.store.autosave`. A save, or closing the document (saved, discarded
on purpose, or with nothing to save), deletes it; so an autosave found later means Unspin did not
close normally. The bundled sample is autosaved under its own (stable) path like any file; the
window never shows a document without a path.

Recovery: when a file is opened and its autosave belongs to the same file content (size and
SHA-256 as autosaved), the user is asked to recover it (text and decisions come back once the
analysis has placed the suggestions) or to discard it (deleted). At start-up without a file, the
autosaves left by a crash are offered the same way. Autosaved work that can no longer be restored
into its document (the file changed or vanished since, or the suggestions changed) is never
dropped: its text is kept as a .txt file next to the autosaves and the user is told where.

Big documents are autosaved off the GUI thread (:class:`AutosaveWriter`): the window takes a
snapshot (the text is an immutable string; the decisions become tuples), and a thread of its own
turns it into JSON piece by piece and writes it atomically; the newest autosave of a file always
wins, and one cleared (saved, discarded) is never written again by a write still queued.

Files changed on disk: the open file is watched (QFileSystemWatcher, plus a check whenever the
window is activated). A change or deletion shows a bar above the panes - not a dialog - offering
Reload (asks first when there is unsaved work) or Keep mine (the window's text stays and counts as
unsaved, since the file differs from it). Saving a deleted file creates it again.
"""
from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QFileSystemWatcher, QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from unspin import store
from unspin.store.jsonfile import write_json_bytes
from unspin.formats.errors import InputError, OutputError
from unspin.formats.registry import Source
from unspin.store.watch import changed_on_disk, refresh
from unspin.core.model import Status
from unspin.gui.prompts import RecoveryChoice


class AutosaveSnapshot(NamedTuple):
    """What an autosave holds, taken on the GUI thread in a few milliseconds: immutable values
    only, so the writing thread never reads the live review."""
    key: Path                  # the document's path
    text: str                  # the right pane's text
    decisions: list[tuple]     # (start, end, original, replacement, status, edited text), decided only
    spans: tuple               # the right pane's span of each suggestion
    dropped: list[int]
    kind: str
    sample: bool
    signature: str
    fingerprint: dict | None


def autosave_snapshot(key: Path, session, source: Source, sample: bool, signature: str) -> AutosaveSnapshot:
    pending = Status.PENDING
    decisions = [(s.start, s.end, s.original, s.replacement, s.status.value, s.edited_text)
                 for s in session.document.suggestions if s.status is not pending]
    return AutosaveSnapshot(key, session.text(), decisions, tuple(session.spans), sorted(session.dropped),
                            source.kind, bool(sample), signature, store.fingerprint_dict(source.fingerprint))


def autosave_bytes(snap: AutosaveSnapshot, pause=lambda: None) -> bytes:
    """The autosave file for ``snap``, made by the store's one writer (in pieces, calling ``pause``)."""
    decisions = [{"start": d[0], "end": d[1], "original": d[2], "replacement": d[3], "status": d[4],
                  "edited_text": d[5]} for d in snap.decisions]
    extra = {"kind": snap.kind, "sample": snap.sample, "spans": [list(x) for x in snap.spans],
             "dropped": snap.dropped, "signature": snap.signature}
    payload = store.autosave_payload(snap.key, snap.text, decisions, extra, snap.fingerprint)
    return store.autosave_bytes(payload, pause)


class AutosaveWriter(QObject):
    """Writes autosaves: at once (:meth:`write_now`) or in a thread of its own
    (:meth:`write_later`). Per file the newest request wins; :meth:`clear` deletes the autosave
    and cancels any write still queued for it."""

    failed = Signal(str)     # a background write failed (message)
    written = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._lock = threading.Lock()             # held while a file is written or deleted
        self._generation: dict[str, int] = {}     # per autosave file: the newest request

    def _bump(self, target: Path) -> int:
        key = str(target)
        self._generation[key] = self._generation.get(key, 0) + 1
        return self._generation[key]

    def write_now(self, snap: AutosaveSnapshot) -> Path:
        target = store.autosave_path(snap.key)
        data = autosave_bytes(snap)
        with self._lock:
            self._bump(target)
            _write(target, data)
        return target

    def write_later(self, snap: AutosaveSnapshot) -> Path:
        target = store.autosave_path(snap.key)
        with self._lock:
            generation = self._bump(target)
        self.pool.start(_AutosaveJob(self, snap, target, generation))
        return target

    def _write_if_newest(self, target: Path, generation: int, data: bytes) -> bool:
        with self._lock:
            if self._generation.get(str(target)) != generation:
                return False   # superseded or cleared meanwhile
            _write(target, data)
            return True

    def clear(self, doc_path: Path) -> None:
        target = store.autosave_path(doc_path)
        with self._lock:
            self._bump(target)
            store.clear_autosave(doc_path)

    def wait(self, msecs: int = -1) -> bool:
        """Wait for the queued writes (tests, the benchmark, closing)."""
        return self.pool.waitForDone(msecs)


def _write(target: Path, data: bytes) -> None:
    write_json_bytes(target, data)


class _AutosaveJob(QRunnable):
    def __init__(self, writer: AutosaveWriter, snap: AutosaveSnapshot, target: Path, generation: int):
        super().__init__()
        self.writer, self.snap, self.target, self.generation = writer, snap, target, generation

    def run(self):
        try:
            data = autosave_bytes(self.snap, pause=lambda: time.sleep(0))
            written = self.writer._write_if_newest(self.target, self.generation, data)
        except (OutputError, OSError, ValueError) as exc:
            self.writer.failed.emit(str(exc))
            return
        if written:
            self.writer.written.emit()


class DiskChangedBar(QFrame):
    """A non-modal bar: "<file> has changed on disk." [Reload] [Keep mine]."""

    reloadRequested = Signal()
    keepRequested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("diskChangedBar")
        self.setFrameShape(QFrame.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ToolTipBase)
        self.message = QLabel(wordWrap=True)
        self.message.setForegroundRole(QPalette.ToolTipText)
        self.reload_button = QPushButton("&Reload", toolTip="Open the file again as it is on disk")
        self.keep_button = QPushButton("&Keep mine", toolTip="Keep the text in the window; save it when ready")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.reload_button)
        layout.addWidget(self.keep_button)
        self.reload_button.clicked.connect(self.reloadRequested)
        self.keep_button.clicked.connect(self.keepRequested)
        self.hide()

    def show_changed(self, name: str) -> None:
        self.message.setText(f"<b>{name}</b> has been changed by another program. Reload it, or keep the "
                             "text in this window (saving will replace the file)?")
        self.reload_button.show()
        self.keep_button.setText("&Keep mine")
        self.show()

    def show_deleted(self, name: str) -> None:
        self.message.setText(f"<b>{name}</b> has been deleted or moved. Your text is still here; "
                             "saving will create the file again.")
        self.reload_button.hide()
        self.keep_button.setText("&OK")
        self.show()


def _same_file(a: Path | str | None, b: Path | str | None) -> bool:
    if a is None or b is None:
        return False
    try:
        return Path(a).resolve() == Path(b).resolve()
    except OSError:
        return Path(a).absolute() == Path(b).absolute()


class OpenFile(NamedTuple):
    """The document open in the window: its source and whether it is the bundled sample."""
    source: Source
    sample: bool


class RecoveryController(QObject):
    """Autosave, recovery and watching the open file. ``opened()`` gives the open document
    (or None); the review controller holds the review being autosaved."""

    reloadRequested = Signal()   # the user chose the file's version in the "changed on disk" bar

    AUTOSAVE_DELAY_MS = 2000
    AUTOSAVE_IN_BACKGROUND = 100_000   # characters: smaller autosaves take a few ms, written at once
    DISK_CHECK_DELAY_MS = 300   # editors save in several steps: look once they are done

    def __init__(self, prompts, status, review, opened, parent=None):
        super().__init__(parent)
        self.prompts, self.status, self.review, self.opened = prompts, status, review, opened
        self._autosave_timer = QTimer(self)
        self._autosave_timer.setSingleShot(True)
        self._autosave_timer.setInterval(self.AUTOSAVE_DELAY_MS)
        self._autosave_timer.timeout.connect(self.autosave_now)
        self._autosave_warned = False
        self.autosave_writer = AutosaveWriter(self)
        self.autosave_writer.failed.connect(self._autosave_failed)
        self.autosave_writer.written.connect(self._autosave_written)
        self._recovery: dict | None = None          # an accepted autosave, applied when the review begins
        self._recovery_source: Source | None = None
        self._signature_cache: tuple | None = None

        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(lambda _p: self._disk_timer.start())
        self._disk_timer = QTimer(self)
        self._disk_timer.setSingleShot(True)
        self._disk_timer.setInterval(self.DISK_CHECK_DELAY_MS)
        self._disk_timer.timeout.connect(self.check_disk)

        self.disk_bar = DiskChangedBar()
        self.disk_bar.reloadRequested.connect(self.reloadRequested)
        self.disk_bar.keepRequested.connect(self.keep_mine)

    @property
    def source(self) -> Source | None:
        opened = self.opened()
        return opened.source if opened else None

    @property
    def session(self):
        return self.review.session

    @property
    def _is_sample(self) -> bool:
        opened = self.opened()
        return bool(opened and opened.sample)

    def signature(self, document) -> str:
        """What autosaves and remembered decisions identify the suggestion list by. A
        suggestion's span and words never change, only its status: one hash per list."""
        cached = self._signature_cache
        if cached is not None and cached[0] is document and cached[1] is document.suggestions:
            return cached[2]
        signature = store.suggestions_signature([(s.start, s.end, s.original) for s in document])
        self._signature_cache = (document, document.suggestions, signature)
        return signature

    def know_signature(self, document, signature: str | None) -> None:
        """The signature computed off the GUI thread with the review (see PreparedReview)."""
        if signature is not None:
            self._signature_cache = (document, document.suggestions, signature)

    def start_watching_activation(self) -> None:
        self._disk_timer.start()  # back from another program: has it changed the file?

    def stop(self) -> None:
        self._disk_timer.stop()

    # -- autosave ------------------------------------------------------------------------------------
    def _autosave_key(self) -> Path | None:
        return self.source.path if self.source is not None else None

    def schedule_autosave(self) -> None:
        """Restart the countdown: the autosave is written once changes pause."""
        if self.session is not None and self._autosave_key() is not None:
            self._autosave_timer.start()

    def autosave_now(self) -> Path | None:
        """Write (or, with nothing unsaved, delete) the autosave of the open document now; a big
        one (``AUTOSAVE_IN_BACKGROUND`` characters or more) is only snapshotted here and written
        by a background thread (:meth:`wait_for_autosave`)."""
        self._autosave_timer.stop()
        session, source, key = self.session, self.source, self._autosave_key()
        if session is None or key is None:
            return None
        if getattr(session, "busy", False):
            self._autosave_timer.start()   # a batch is half-applied: autosave once it is done
            return None
        if session.history.is_clean():
            self.autosave_writer.clear(key)
            return None
        snap = autosave_snapshot(key, session, source, self._is_sample, self.signature(session.document))
        if len(snap.text) >= self.AUTOSAVE_IN_BACKGROUND:
            return self.autosave_writer.write_later(snap)
        try:
            path = self.autosave_writer.write_now(snap)
        except (OutputError, OSError) as exc:
            self._autosave_failed(str(exc))
            return None
        self._autosave_warned = False
        return path

    def _autosave_failed(self, message: str) -> None:
        if not self._autosave_warned:   # once, not every few seconds
            self._autosave_warned = True
            self.status.message(f"Autosave failed ({message}); save your work yourself.", 10000)

    def _autosave_written(self) -> None:
        self._autosave_warned = False

    def wait_for_autosave(self, msecs: int = -1) -> bool:
        """Wait until the autosaves being written in the background are on disk."""
        return self.autosave_writer.wait(msecs)

    def discard_autosave(self) -> None:
        """The user saved, or chose to lose the changes: there is nothing to recover."""
        self._autosave_timer.stop()
        key = self._autosave_key()
        if key is not None:
            self.autosave_writer.clear(key)

    # -- recovery ------------------------------------------------------------------------------------
    def _set_aside(self, data: dict, why: str) -> None:
        """Keep autosaved text that cannot be restored into its document, and say where."""
        name = Path(data.get("doc_path") or "document").name
        try:
            kept = store.set_aside(data)
        except (OutputError, OSError) as exc:
            self.prompts.error("Unsaved work not restored",
                               f"Unsaved work on {name} could not be restored ({why}) nor copied out: {exc}. "
                               f"It is still in {store.autosave_path(data['doc_path'])}.")
            return
        self.prompts.info("Unsaved work kept aside",
                          f"Unsaved work on {name} could not be restored ({why}).\n\n"
                          f"Its text was saved as:\n{kept}")

    def offer_recovery(self, source: Source, accepted: dict | None = None) -> None:
        """Before showing ``source``: ask about an autosave of it (or take one already accepted)."""
        self._recovery = self._recovery_source = None
        if source.path is None:
            return
        data = accepted or store.read_autosave(source.path)
        if data is None:
            return
        if data.get("doc_fingerprint") != store.fingerprint_dict(source.fingerprint):
            self._set_aside(data, f"{source.path.name} has changed since")
            return
        if data["text"] == source.text and not data["decisions"]:
            store.clear_autosave(source.path)   # nothing that is not in the file already
            return
        if accepted is None and self.prompts.recover(source.path.name, data.get("saved_at") or 0) \
                is not RecoveryChoice.RECOVER:
            store.clear_autosave(source.path)
            return
        self._recovery, self._recovery_source = data, source

    def _take_recovery(self, document) -> tuple | None:
        """For _begin_review: (right text, spans, dropped) of an accepted autosave, decisions
        applied to ``document``; None when there is none for the current source."""
        data, source = self._recovery, self._recovery_source
        self._recovery = self._recovery_source = None
        if data is None or source is not self.source:
            return None
        document.restore_decisions(data.get("decisions") or [])
        extra = data.get("extra") or {}
        spans = [tuple(s) for s in extra.get("spans") or []]
        if extra.get("signature") == self.signature(document) and len(spans) == len(document):
            self.status.message("Recovered your unsaved work.", 8000)
            return (data["text"], spans, set(extra.get("dropped") or []))
        if data["text"] != document.repaired_text(True):
            # The suggestions differ from the autosaved ones (new rules or settings): the decisions
            # that still fit are back, and the typed text is kept aside rather than misplaced.
            self._set_aside(data, "the suggestions have changed since; the decisions that still "
                                  "apply were restored")
        return (None, None, None)

    # -- the file on disk ------------------------------------------------------------------------------
    def _watched_path(self) -> Path | None:
        source = self.source
        if source is None or source.path is None or self._is_sample:
            return None
        return Path(source.path)

    def watch_source(self) -> None:
        """Watch the open file (again: replacing a file ends the watch on it)."""
        old = self.watcher.files()
        if old:
            self.watcher.removePaths(old)
        path = self._watched_path()
        if path is not None and path.exists():
            self.watcher.addPath(str(path))

    def check_disk(self) -> bool:
        """Show the bar when the open file changed or vanished; True when it did."""
        path = self._watched_path()
        if path is None or not changed_on_disk(self.source):
            if path is None or self.disk_bar.reload_button.isVisible():
                self.disk_bar.hide()   # (a deletion stays reported until acknowledged or saved)
            self.watch_source()
            return False
        self.watch_source()
        if path.exists():
            self.disk_bar.show_changed(path.name)
        else:
            self.disk_bar.show_deleted(path.name)
        return True

    def keep_mine(self) -> None:
        """Keep the window's text; it now differs from the file, so it counts as unsaved."""
        if self.source is not None:
            refresh(self.source)
        self.disk_bar.hide()
        self.watch_source()
        if self.session is not None:
            self.session.reset_clean()
            self.schedule_autosave()

    def confirm_overwrite_changed(self, path: Path) -> bool:
        """Before saving over the open file: if another program changed it, ask first."""
        watched = self._watched_path()
        if watched is None or not _same_file(path, watched) or not watched.exists() \
                or not changed_on_disk(self.source):
            return True
        return self.prompts.confirm("File changed on disk",
                                    f"{watched.name} has been changed by another program since you opened "
                                    "it. Replace it with your version?")

    def after_save(self, path: Path) -> None:
        self.discard_autosave()
        if _same_file(path, self._watched_path()):
            self.disk_bar.hide()
        self.watch_source()
