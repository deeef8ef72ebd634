"""Opening, saving and closing documents in the window (a mixin of MainWindow).

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

from PySide6.QtGui import QAction

from unspin.core.model import Document, Status
from unspin import store
from unspin.formats.errors import EncodingError, InputError, OutputError
from unspin.formats import registry
from unspin.formats.registry import Source, load_document, save_document
from unspin.gui.prompts import CloseChoice, PendingChoice
from unspin.resources_path import resource

# Word-processing files saved in their own format are patched from the model's decisions (so their
# formatting survives); everything else is saved as the right pane's text.
MAX_RECENT = 10


class FileActions:
    """Needs from the window: settings, prompts, source, session, left/right panes, statusBar()."""

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
        self.offer_recovery(source, recovery)
        self._is_sample = sample
        if not sample:
            self._add_recent(Path(path))
        self.show_source(source)
        for note in source.notes:
            self.statusBar().showMessage(note, 8000)
        return True

    def open_sample(self) -> bool:
        return self.open_file(resource("samples", "sample.txt"), sample=True)

    def show_source(self, source: Source) -> None:
        if source is not self.source:
            self.disk_bar.hide()   # about the previous document
        self._close_session()
        self.source = source
        self.preview = None
        self.current = None
        self.card.hide()
        self.left.set_text(source.text)
        self.right.set_text(source.text)
        self.right.setReadOnly(True)   # editable once the analysis has placed the suggestions
        self.list.set_document(None)
        name = source.path.name if source.path else "Untitled"
        self.setWindowTitle(f"{name}[*] — Unspin")
        self.setWindowFilePath(str(source.path) if source.path else "")
        self.check_disk()   # (re)watch the file; F5 keeps an outside change reported
        self._refresh()
        self.start_analysis()

    def reanalyse(self) -> None:
        if self.source is None:
            return
        if self.session is not None and self.session.is_typed():
            if not self.prompts.confirm("Analyse again", "Your decisions are kept, but typing outside the "
                                        "suggestions may be lost if the suggestions change. Analyse again?"):
                return
        self.store_session()
        dirty = self.isWindowModified()
        self.show_source(self.source)
        self.setWindowModified(dirty)

    # -- drag and drop -----------------------------------------------------------------------------
    def dragEnterEvent(self, event):
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event):
        files = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self._files_dropped(files)

    def _files_dropped(self, files: list[str]) -> None:
        if files:
            self.open_file(files[0])

    # -- recent files --------------------------------------------------------------------------------
    def _add_recent(self, path: Path) -> None:
        p = str(path.resolve())
        recent = [r for r in self.settings.recent_files if r != p]
        self.settings.recent_files = [p] + recent[:MAX_RECENT - 1]
        self._save_settings()

    def _fill_recent_menu(self) -> None:
        menu = self.recent_menu
        menu.clear()
        for i, p in enumerate(self.settings.recent_files):
            action = QAction(f"&{i + 1} {Path(p).name}" if i < 9 else Path(p).name, menu)
            action.setToolTip(p)
            action.triggered.connect(lambda _=False, p=p: self.open_file(p))
            menu.addAction(action)
        if not self.settings.recent_files:
            menu.addAction("(none)").setEnabled(False)
        else:
            menu.addSeparator()
            menu.addAction("&Clear List", self._clear_recent)

    def _clear_recent(self) -> None:
        self.settings.recent_files = []
        self._save_settings()

    # -- saving --------------------------------------------------------------------------------------
    def save(self) -> bool:
        path = None if getattr(self, "_is_sample", False) or self.source is None else self.source.path
        if path is None:
            return self.save_as()
        return self._save_to(Path(path))

    def save_as(self) -> bool:
        if self.session is None:
            return False
        suggested = str(registry.save_as_name(self.source, Path.home()))
        path = self.prompts.save_path(suggested)
        if not path:
            return False
        return self._save_to(Path(path))

    def _save_to(self, path: Path) -> bool:
        session = self.session
        if session is None:
            self.prompts.info("Still analysing", "Wait for the analysis to finish before saving.")
            return False
        if not self.confirm_overwrite_changed(path):
            return False
        pending = session.pending_ids()
        applied = False
        if pending:
            choice = self.prompts.pending_on_save(len(pending))
            if choice is PendingChoice.CANCEL:
                return False
            if choice is PendingChoice.APPLY:
                doc = session.document
                applied = bool(session.run(f"Apply {len(pending)} pending",
                                           lambda: doc.decide((i, Status.ACCEPTED, None) for i in pending)))
        if not self._write(path, session):
            if applied:
                session.stack.undo()  # the save failed: leave the window as it was before
            return False
        session.stack.setClean()
        self.setWindowModified(False)
        self.after_save(path)
        self.store_session()
        if not getattr(self, "_is_sample", False):
            self._add_recent(path)
        self.statusBar().showMessage(f"Saved {path}", 5000)
        return True

    def _write(self, path: Path, session) -> bool:
        try:
            rebuilt = registry.rebuilt_in_place(self.source, path)
            if not rebuilt:
                content = Document(session.text())   # the right pane, typing included
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
                    self.statusBar().showMessage("Not saved: the file's encoding cannot hold the new text.", 8000)
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
        return self.session is not None and not self.session.stack.isClean()

    def maybe_close_document(self) -> bool:
        """Ask about unsaved work; False when the user chose to stay."""
        if self.is_dirty():
            name = self.source.path.name if self.source and self.source.path else "this document"
            choice = self.prompts.unsaved_changes(name)
            if choice is CloseChoice.CANCEL:
                return False
            if choice is CloseChoice.SAVE and not self.save():
                return False
        self.store_session()
        self.discard_autosave()   # saved, deliberately discarded, or nothing unsaved
        return True

    # -- remembered decisions ---------------------------------------------------------------------------
    def _signature(self, document: Document) -> str:
        # A suggestion's span and words never change, only its status: one hash per list (every
        # autosave needs it, and hashing 20,000 spans takes a few tens of milliseconds).
        cached = getattr(self, "_signature_cache", None)
        if cached is not None and cached[0] is document and cached[1] is document.suggestions:
            return cached[2]
        signature = store.suggestions_signature([(s.start, s.end, s.original) for s in document])
        self._signature_cache = (document, document.suggestions, signature)
        return signature

    def store_session(self) -> None:
        session, source = self.session, self.source
        if session is None or source is None or source.path is None:
            return
        typed = session.is_typed()
        try:
            store.save_remembered(
                source.path, source.text, session.document.decisions(),
                right_text=session.text() if typed else None, spans=session.spans if typed else None,
                dropped=sorted(session.dropped) if typed else None,
                suggestions_signature=self._signature(session.document))
        except (OutputError, OSError):
            pass  # remembering decisions is a convenience; never block closing on it

    def _restore_session(self, document: Document) -> tuple:
        """Apply recovered or remembered decisions; returns (right text, spans, dropped) when the
        pane's text (typing included) is restorable."""
        recovered = self._take_recovery(document)
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
            self.statusBar().showMessage(f"Restored {applied} earlier decision{'s' if applied != 1 else ''}.", 5000)
        if "right_text" in saved and saved.get("signature") == self._signature(document):
            spans = [tuple(s) for s in saved.get("spans") or []]
            return (saved["right_text"], spans, set(saved.get("dropped") or []))
        return (None, None, None)
