"""File > "Learn from Original…": learn a spinner's swaps from the open document's original.

The open document is the spun copy; the user picks the original it was spun from. The two are
aligned (:mod:`unspin.engine.learn`), the swaps are saved as a user lexicon in the settings
folder (``lexicons/learned-NAME.tsv``, which the CLI reads too), and the document is analysed
again with them. The window only calls :func:`install`; everything else lives here.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox


class LearnFromOriginal(QObject):
    """The action and what it does; ``choose_original`` and ``report`` can be replaced (tests)."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        self.action = QAction("&Learn from Original…", window)
        self.action.setStatusTip("Pick the original of this spun document: its swaps are learned, saved "
                                 "as a lexicon, and the document is analysed again")
        self.action.triggered.connect(self.run)
        self.last_path: Path | None = None     # the lexicon written last
        self.last_source: Path | None = None   # the original kept as a source last (engine/sources.py)
        self.last_message = ""                  # what the user was told about it
        self.choose_original = self._ask_for_original
        self.report = self._show_problem
        self._job: _LearnJob | None = None      # learning under way

    def _ask_for_original(self) -> Path | None:
        source = self.window.files.source
        start = str(Path(source.path).parent) if getattr(source, "path", None) else ""
        name, _ = QFileDialog.getOpenFileName(self.window, "Learn from the original of this document", start,
                                              "Documents (*.txt *.md *.docx *.odt *.pdf);;All files (*)")
        return Path(name) if name else None

    def _show_problem(self, message: str) -> None:
        QMessageBox.warning(self.window, "Learn from Original", message)

    @property
    def busy(self) -> bool:
        """Learning is under way (in the background)."""
        return self._job is not None

    def run(self) -> None:
        window = self.window
        if self.busy:
            return
        source = window.files.source
        if source is None:
            self.report("Open the spun document first, then pick its original.")
            return
        path = self.choose_original()
        if path is None:
            return
        from unspin.formats.errors import InputError
        from unspin.formats.registry import load_document
        try:
            original = load_document(path)
        except InputError as exc:
            self.report(str(exc))
            return
        spun_name = Path(getattr(source, "path", None) or "document").name
        # Parsing both texts takes about a second per thousand words: on the analysis's own
        # thread (spaCy is not shared between threads; the jobs take turns), so the window keeps
        # drawing and says what it is doing instead of freezing under a wait cursor.
        self._job = _LearnJob(window.analysis.engine, original.text, source.text, path.name, spun_name)
        self._job.setAutoDelete(False)
        self._asked = (source, path, original, spun_name)
        self._job.signals.done.connect(self._learned)   # a bound method: queued into the GUI thread
        self.action.setEnabled(False)
        window.status.busy(True, f"Learning the swaps of {spun_name} from {path.name}…")
        window.analysis.runner.pool.start(self._job)

    def _learned(self, result) -> None:
        if self._job is None:
            return
        self._job = None
        source, path, original, spun_name = self._asked
        self.action.setEnabled(True)
        window = self.window
        if not window.analysis.busy:   # an analysis started meanwhile keeps its bar and message
            window.status.busy(False)
            window.status.clear()
        if isinstance(result, str):   # the learner failed
            self.report(f"Could not learn from {path.name}: {result}")
            return
        text, entries = result
        from unspin.engine.learn import safe_file_stem
        from unspin.formats.safe_write import write_atomic
        from unspin.store.settings import user_lexicon_dir
        if not entries:
            self.report(f"Nothing to learn: this document has no word swaps against {path.name}.")
            return
        from unspin.store.settings import free_name
        # Another story's spun copy of the same name keeps its learned lexicon (learned-NAME-2.tsv).
        out = free_name(user_lexicon_dir(), f"learned-{safe_file_stem(Path(spun_name).stem)}", ".tsv",
                        text.encode("utf-8"))
        try:
            out.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(out, text.encode("utf-8"))
        except OSError as exc:
            self.report(f"Could not save the learned lexicon {out}: {exc}")
            return
        self.last_path = out
        from unspin.store.settings import add_user_source
        try:   # the original itself: other copies of this story are repaired against it word for word
            self.last_source = add_user_source(safe_file_stem(path.stem), original.text)
        except OSError:
            self.last_source = None   # the lexicon is saved; the source is a bonus
        # A new engine reads the user lexicons and sources again; the loaded language model is kept.
        from unspin.gui.main_window import engine_for
        window.analysis.engine = engine_for(window.settings, nlp=getattr(window.analysis.engine, "_nlp", None))
        still_open = window.files.source is source
        examples = ", ".join(f"{e.form.spun} → {e.best}" for e in entries[:4])
        self.last_message = (f"Learned {sum(e.changed for e in entries)} swaps as {len(entries)} lexicon entries "
                             f"from {path.name} (for example {examples}).\n\nSaved to {out}; "
                             + ("this document is analysed again with them, and so is every document you open "
                                "from now on." if still_open else
                                f"every document you open from now on is analysed with them ({spun_name} "
                                "is no longer open).")
                             + (f"\n\nThe original is kept as a source ({self.last_source}): other copies of "
                                "this story are repaired against it word for word." if self.last_source else ""))
        window.prompts.info("Learn from Original", self.last_message)
        if still_open:
            window.files.reanalyse()  # keeps the decisions made so far, as F5 does


class _LearnSignals(QObject):
    done = Signal(object)   # (lexicon text, entries), or a message when learning failed


class _LearnJob(QRunnable):
    """Align the original with the spun copy and make the lexicon, in the analysis pool's thread."""

    def __init__(self, engine, original: str, spun: str, original_name: str, spun_name: str):
        super().__init__()
        self.engine, self.original, self.spun = engine, original, spun
        self.original_name, self.spun_name = original_name, spun_name
        self.signals = _LearnSignals()   # lives in the GUI thread: its signal is queued there

    def run(self):
        from unspin.engine.learn import SubstitutionLearner, user_lexicon
        try:
            learner = SubstitutionLearner(self.engine.nlp)
            learner.add_pair(self.original, self.spun, self.spun_name)
            known = [e for e in self.engine.entries if e.group != "learned"]
            result = user_lexicon(learner, f"{self.original_name} and {self.spun_name}", known)
        except Exception as exc:  # said to the user; the window stays usable
            result = str(exc) or type(exc).__name__
        self.signals.done.emit(result)


def install(window: QMainWindow) -> LearnFromOriginal:
    """Add the action to the File menu, before Preferences."""
    learn = LearnFromOriginal(window)
    prefs = window.actions_.preferences
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if menu is not None and prefs in menu.actions():
            menu.insertAction(prefs, learn.action)
            break
    return learn
