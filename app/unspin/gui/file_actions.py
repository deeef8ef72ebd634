"""Opening, saving and closing documents in the window (:class:`FileController`).

What gets saved: for text formats, exactly the right pane's text (so typing anywhere is kept),
written in the file's own encoding and line endings by the format's writer. For other formats the
writer rebuilds the document from the model's decisions. Load and save errors become a message
box; the text in the window is never lost: a file that cannot be opened is refused before the open
document is touched, and a failed save keeps the edits and the unsaved state. Decisions are
remembered between runs through :mod:`unspin.store` (autosave and recovery after a
crash live in :mod:`unspin.gui.recovery`).
"""
from __future__ import annotations

from pathlib import Path

from typing import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from unspin import store
from unspin.core.model import Document
from unspin.formats.errors import EncodingError, InputError, OutputError
from unspin.formats import registry
from unspin.formats.registry import Source, load_document, save_document
from unspin.gui.analysis_controller import AnalysisController
from unspin.gui.panes import OriginalPane, RepairedPane
from unspin.gui.prompts import CloseChoice, PendingChoice, Prompts, RecoveryChoice
from unspin.gui.recovery import OpenFile, RecoveryController
from unspin.gui.review_controller import ReviewController
from unspin.gui.status_bar import StatusArea
from unspin.store.settings import Settings
from unspin.resources_path import resource

# Word-processing files saved in their own format are patched from the model's decisions (so their
# formatting survives); everything else is saved as the right pane's text.
MAX_RECENT = 10


class FileController(QObject):
    """The open document: opening (files, drops, recent files, the sample, autosaves left by a
    crash), saving, reloading and closing. ``frame`` is the window whose title and "modified"
    mark follow the document."""

    def __init__(self, frame: QMainWindow, left: OriginalPane, right: RepairedPane, prompts: Prompts,
                 status: StatusArea, settings: Callable[[], Settings], save_settings: Callable[[], None],
                 review: ReviewController, analysis: AnalysisController, recovery: RecoveryController,
                 recent_menu: QMenu, parent=None):
        super().__init__(parent)
        self.frame, self.left, self.right, self.prompts, self.status = frame, left, right, prompts, status
        self.settings, self._save_settings = settings, save_settings
        self.review, self.analysis, self.recovery = review, analysis, recovery
        self.recent_menu = recent_menu
        self.opened: OpenFile | None = None
        self.backed_up: set[str] = set()          # files already backed up (file~) this run
        self.save_target: Path | None = None      # where Save writes after a Save As elsewhere
        # The suffix (so the kind) last chosen in Save As: proposed again for the next document of
        # this session, as an editor does, rather than each document's own kind every time.
        self.save_as_suffix: str | None = None
        recent_menu.aboutToShow.connect(self._fill_recent_menu)
        recovery.reloadRequested.connect(self.reload_from_disk)
        analysis.finished.connect(self._analysed)
        analysis.partial.connect(review.show_preview)
        analysis.stopped.connect(self._analysis_stopped)

    @property
    def source(self) -> Source | None:
        return self.opened.source if self.opened else None

    @property
    def session(self):
        return self.review.session

    @property
    def is_sample(self) -> bool:
        return bool(self.opened and self.opened.sample)

    # -- opening ---------------------------------------------------------------------------------
    def open_dialog(self) -> None:
        folder = str(self.source.path.parent) if self.source and self.source.path else str(Path.home())
        path = self.prompts.open_path(folder)
        if path:
            self.open_file(path)

    def open_file(self, path, *, sample: bool = False, recovery: dict | None = None) -> bool:
        """Open a document; ``recovery`` is an autosave of it the user already chose to recover.
        A file that cannot be read is reported and leaves the open document as it was."""
        try:
            source = load_document(Path(path))   # first: a refused file must not close anything
        except (InputError, OutputError) as exc:
            self.prompts.error("Cannot open the document", str(exc))
            return False
        except OSError as exc:
            self.prompts.error("Cannot open the document", f"{path}: {exc.strerror or exc}")
            return False
        if not self.maybe_close_document():
            return False
        self.recovery.offer_recovery(source, recovery)
        if not sample:
            self._add_recent(Path(path))
        self.show_source(source, sample)
        for note in source.notes:
            self.status.message(note, 8000)
        return True

    def open_sample(self) -> bool:
        return self.open_file(resource("samples", "sample.txt"), sample=True)

    def show_source(self, source: Source, sample: bool | None = None) -> None:
        if source is not self.source:
            self.recovery.disk_bar.hide()   # about the previous document
            self.save_target = None
        self.review.clear()
        self.opened = OpenFile(source, self.is_sample if sample is None else sample)
        per_line, soft = registry.lines_are_paragraphs(source), registry.line_breaks_in_paragraphs(source)
        for pane in (self.left, self.right):
            pane.set_paragraph_per_line(per_line)   # a .docx's paragraphs with a gap between them
            pane.set_text(source.text, soft)
        self.right.setReadOnly(True)   # editable once the analysis has placed the suggestions
        self._show_title(source)
        self.frame.setWindowFilePath(str(source.path) if source.path else "")
        self.recovery.check_disk()   # (re)watch the file; F5 keeps an outside change reported
        self.review.refresh()
        self.analysis.start(source, self.left.visible_range())

    def _analysed(self, prepared) -> None:
        if self.source is not None:
            self._begin_review(prepared.document, prepared)

    def _analysis_stopped(self, message: str | None) -> None:
        if message is not None:
            self.prompts.error("Analysis failed", message)
            if self.source is not None and self.session is None:
                self._begin_review(Document(self.source.text))
            return
        # Whatever was found for the visible part is still worth reviewing.
        preview = self.review.preview
        document = preview or Document(self.source.text if self.source else "")
        stopped = Document(document.text, document.suggestions, document.spin_score)
        stopped.analysed_words = document.analysed_words if preview is not None else 0
        self._begin_review(stopped)
        # Say how much of the document the review covers: the rest has no suggestions, though it
        # looks just like text that was analysed and found clean.
        if preview is not None:
            n = len(preview)
            self.status.message(f"Analysis stopped: only the text first on screen was analysed ({n} suggestion"
                                f"{'s' if n != 1 else ''}); the rest has none yet. Press F5 to analyse it all.")
        else:
            self.status.message("Analysis stopped before any suggestions were found. "
                                "Press F5 to analyse the document.")

    def _begin_review(self, document: Document, prepared=None) -> None:
        if prepared is not None:
            self.recovery.know_signature(document, prepared.signature)
        self.review.close()
        restored = self._restore_review(document)
        self.review.begin(document, prepared, restored, file_lacks_it=False)

    def reanalyse(self) -> None:
        if self.source is None:
            return
        self.review.commit_draft()   # remembered with the other decisions
        if self.session is not None and self.session.is_typed():
            if not self.prompts.confirm("Analyse again", "Your decisions are kept, but typing outside the "
                                        "suggestions may be lost if the suggestions change. Analyse again?"):
                return
        self.remember_decisions()
        dirty = self.frame.isWindowModified()
        self.show_source(self.source)
        self.frame.setWindowModified(dirty)

    # -- drag and drop -----------------------------------------------------------------------------
    def files_dropped(self, files: list[str]) -> None:
        if files:
            self.open_file(files[0])

    # -- recent files --------------------------------------------------------------------------------
    def _add_recent(self, path: Path) -> None:
        p = str(path.resolve())
        recent = [r for r in self.settings().recent_files if r != p]
        self.settings().recent_files = [p] + recent[:MAX_RECENT - 1]
        self._save_settings()

    def _fill_recent_menu(self) -> None:
        menu = self.recent_menu
        menu.clear()
        # settings.json may hold any number (edited by hand): a menu of 100,000 entries froze the window.
        for i, p in enumerate(self.settings().recent_files[:MAX_RECENT]):
            action = QAction(f"&{i + 1} {Path(p).name}" if i < 9 else Path(p).name, menu)
            action.setToolTip(p)
            action.triggered.connect(lambda _=False, p=p: self.open_recent(p))
            menu.addAction(action)
        if not self.settings().recent_files:
            menu.addAction("(none)").setEnabled(False)
        else:
            menu.addSeparator()
            menu.addAction("&Clear List", self._clear_recent)

    def open_recent(self, path: str) -> bool:
        """Open a file of Open Recent; one that is gone is said so and taken off the list (it
        stayed there, and every click on it gave the same "no such file" box)."""
        if not Path(path).exists():
            self.settings().recent_files = [r for r in self.settings().recent_files if r != path]
            self._save_settings()
            self.prompts.error("Cannot open the document",
                               f"{path} is no longer there: it was moved, renamed or deleted. "
                               "It has been taken off the Open Recent list.")
            return False
        return self.open_file(path)

    def _clear_recent(self) -> None:
        self.settings().recent_files = []
        self._save_settings()

    # -- saving --------------------------------------------------------------------------------------
    def _show_title(self, source: Source) -> None:
        name = source.path.name if source.path else "Untitled"
        if self.save_target is not None:
            name = f"{name} → {self.save_target.name}"   # the original, and where Save writes
        self.frame.setWindowTitle(f"{name}[*] — Unspin")

    def save(self) -> bool:
        """Save where the repair was last saved as, else over the original file (keeping a backup).
        (After Save As fixed.txt, Save went on writing over the original, not fixed.txt.)"""
        path = None if self.is_sample or self.source is None else self.source.path
        path = self.save_target or path
        if path is None:
            return self.save_as()
        return self._save_to(Path(path))

    def save_as(self) -> bool:
        if self.session is None:
            return False
        suggested = str(registry.save_as_name(self.source, Path.home(), self.save_as_suffix))
        path = self.prompts.save_path(suggested)
        if not path:
            return False
        saved = self._save_to(Path(path))
        fmt = registry.format_for(path)
        if saved and fmt is not None and fmt.writer is not None and Path(path).suffix:
            self.save_as_suffix = Path(path).suffix
        return saved

    def _save_to(self, path: Path) -> bool:
        session = self.session
        if session is None:
            self.prompts.info("Still analysing", "Wait for the analysis to finish before saving.")
            return False
        self.review.finish_batch()
        self.review.commit_draft()   # words typed in the card and not applied yet are saved too
        try:   # a kind Unspin does not write is refused before any question about it
            registry.check_can_save(self.source, path)
        except OutputError as exc:
            self.prompts.error("Cannot save", f"{exc}\n\nYour text is still here; try Save As.")
            return False
        if not self.recovery.confirm_overwrite_changed(path):
            return False
        pending = session.pending_ids()
        applied = False
        if pending:
            choice = self.prompts.pending_on_save(len(pending))
            if choice is PendingChoice.CANCEL:
                return False
            if choice is PendingChoice.APPLY:
                applied = self.review.apply_pending(pending)
            # KEEP: the file gets the original words there; the review still proposes them.
        if not self._write(path, session):
            if applied:
                session.undo()  # the save failed: leave the window as it was before
            return False
        session.set_clean()
        self.frame.setWindowModified(False)
        original = self.source.path if self.source is not None and not self.is_sample else None
        self.save_target = None if original is not None and path.resolve() == Path(original).resolve() \
            else path
        if self.source is not None:
            self._show_title(self.source)
        self.recovery.after_save(path)
        self.remember_decisions()
        if not self.is_sample:
            self._add_recent(path)
        self.status.message(f"Saved {path}", 5000)
        return True

    def _write(self, path: Path, session) -> bool:
        try:
            rebuilt = registry.rebuilt_in_place(self.source, path)
            if not rebuilt:
                # The right pane, typing included, with the original words where still pending.
                content = Document(session.review.text_keeping_originals())
            else:
                content = session.document
                if session.is_typed() and not self.prompts.confirm(
                        "Typing not kept", f"A {self.source.kind} file is rebuilt from the suggestions; "
                        "text you typed outside them will not be in the saved file. Save anyway?"):
                    return False
            key = str(path.resolve())
            # The first save over the original file keeps the original as file~.
            backup = path.exists() and key not in self.backed_up and self.source.path is not None \
                and path.resolve() == Path(self.source.path).resolve()
            try:
                save_document(self.source, content, path, backup=backup)
            except EncodingError as exc:
                # Never change a file's encoding behind the user's back: ask.
                if not self.prompts.confirm(
                        "Change the file's encoding?", f"{exc}.\n\nSave {path.name} as UTF-8 instead? "
                        "(Programs that expect the old encoding may show those characters wrongly.)"):
                    self.status.message("Not saved: the file's encoding cannot hold the new text.", 8000)
                    return False
                save_document(self.source, content, path, backup=backup, encoding="utf-8")
                if self.source.path is not None and path.resolve() == Path(self.source.path).resolve():
                    self.source.info = self.source.info.with_encoding("utf-8")   # the file is UTF-8 now
            if backup:
                self.backed_up.add(key)
        except (OutputError, InputError) as exc:
            self.prompts.error("Cannot save", f"{exc}\n\nYour text is still here; try Save As.")
            return False
        except OSError as exc:
            self.prompts.error("Cannot save", f"{path}: {exc.strerror or exc}\n\nYour text is still here.")
            return False
        return True

    # -- closing ---------------------------------------------------------------------------------------
    def is_dirty(self) -> bool:
        return self.session is not None and not self.session.history.is_clean()

    def maybe_close_document(self) -> bool:
        """Ask about unsaved work; False when the user chose to stay."""
        self.review.finish_batch()   # a half-applied batch is neither saved nor remembered
        self.review.commit_draft()   # words typed in the card count as unsaved work
        if self.is_dirty():
            name = self.source.path.name if self.source and self.source.path else "this document"
            choice = self.prompts.unsaved_changes(name)
            if choice is CloseChoice.CANCEL:
                return False
            if choice is CloseChoice.SAVE and not self.save():
                return False
        self.remember_decisions()
        self.recovery.discard_autosave()   # saved, deliberately discarded, or nothing unsaved
        return True

    # -- remembered decisions ---------------------------------------------------------------------------
    def remember_decisions(self) -> None:
        session, source = self.session, self.source
        if session is None or source is None or source.path is None:
            return
        typed = session.is_typed()
        try:
            store.save_remembered(
                source.path, source.text, session.document.decisions(),
                right_text=session.text() if typed else None, spans=session.spans if typed else None,
                dropped=sorted(session.dropped) if typed else None,
                suggestions_signature=self.recovery.signature(session.document))
        except (OutputError, OSError):
            pass  # remembering decisions is a convenience; never block closing on it

    def _restore_review(self, document: Document) -> tuple:
        """Apply recovered or remembered decisions; returns (right text, spans, dropped) when the
        pane's text (typing included) is restorable."""
        recovered = self.recovery._take_recovery(document)
        if recovered is not None:
            return recovered
        source = self.source
        if source is None or source.path is None:
            return (None, None, None)
        saved = store.load_remembered(source.path, source.text)
        if not saved:
            return (None, None, None)
        applied = document.restore_decisions(saved.get("decisions") or [])
        if applied:
            self.status.message(f"Restored {applied} earlier decision{'s' if applied != 1 else ''}.", 5000)
        if "right_text" in saved and saved.get("signature") == self.recovery.signature(document):
            spans = [tuple(s) for s in saved.get("spans") or []]
            return (saved["right_text"], spans, set(saved.get("dropped") or []))
        return (None, None, None)

    # -- work left by a crash, and the file changed on disk ------------------------------------------
    def offer_leftover_autosaves(self) -> bool:
        """At start-up: offer the work a crash left behind. True when a document was opened."""
        for data in store.list_autosaves():
            if store.in_use_elsewhere(data):
                continue   # another Unspin window is working on it right now
            path = Path(data["doc_path"])
            if not path.is_file() or not store.autosave_matches(data, path):
                self.recovery._set_aside(data, f"{path.name} has changed or is gone since")
                continue
            if self.prompts.recover(path.name, data.get("saved_at") or 0) is not RecoveryChoice.RECOVER:
                store.clear_autosave(path)
                continue
            if self.open_file(path, sample=bool(data["extra"].get("sample")), recovery=data):
                return True
        return False

    def reload_from_disk(self) -> bool:
        path = self.recovery._watched_path()
        if path is None:
            return False
        if self.is_dirty() and not self.prompts.confirm(
                "Reload from disk", f"Reload {path.name} as it is on disk? Your unsaved changes to it "
                                    "will be lost."):
            return False
        try:
            source = load_document(path)
        except (InputError, OutputError) as exc:
            self.prompts.error("Cannot reload the document", f"{exc}\n\nYour text is still here.")
            return False
        except OSError as exc:
            self.prompts.error("Cannot reload the document",
                               f"{path}: {exc.strerror or exc}\n\nYour text is still here.")
            return False
        self.recovery.discard_autosave()   # the user chose the file's version over the unsaved work
        self.recovery.disk_bar.hide()
        self.show_source(source)
        for note in source.notes:
            self.status.message(note, 8000)
        return True
