"""Analysing the open document in the background and turning the result into a review ready to
show: the engine's suggestions, cut down to what the user sees (:mod:`unspin.engine.visibility`),
prepared off the GUI thread. The window starts it and takes the results from its signals."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, Signal

from unspin.core.model import Document
from unspin.engine import Engine
from unspin.engine.visibility import Visibility
from unspin.formats.registry import Source, masked_text, suggestions_in_source
from unspin.gui.analysis_worker import AnalysisRunner
from unspin.gui.review_session import PreparedReview
from unspin.gui.status_bar import StatusArea
from unspin.store.settings import Settings


def _review_of(source: Source, analysis, visibility: Visibility, whole: bool) -> PreparedReview:
    review = PreparedReview(document_from(source, analysis, visibility), whole)
    if not whole:   # the visible part: a stop now leaves a review of these words only
        review.document.analysed_words = analysis.words
    review.skipped = list(getattr(analysis, "skipped", None) or [])
    return review


def skipped_message(skipped: list) -> str:
    """One status-bar line for the stretches the engine left out (as the CLI's notes say)."""
    first = skipped[0]
    more = f" and {len(skipped) - 1} more" if len(skipped) > 1 else ""
    return (f"Not analysed: {first.reason} (characters {first.start:,}–{first.end:,}){more}; "
            "that text is left as it is.")


def document_from(source: Source, analysis, visibility: Visibility) -> Document:
    """The suggestions the window shows, none touching protected text. Plain Python: the
    analysis thread calls it too."""
    return Document(source.text, visibility.shown(suggestions_in_source(analysis.suggestions, source)),
                    analysis.spin_score)


class AnalysisController(QObject):
    partial = Signal(object)     # PreparedReview of the visible part
    finished = Signal(object)    # PreparedReview of the whole document
    stopped = Signal(object)     # the analysis was cancelled or failed: message or None
    busyChanged = Signal()

    def __init__(self, engine: Engine, status: StatusArea, settings: Callable[[], Settings], parent=None):
        super().__init__(parent)
        self.status, self.settings = status, settings
        self.runner = AnalysisRunner(engine, self)
        self.source: Source | None = None
        r = self.runner
        r.ready.connect(self._model_ready)
        r.progress.connect(lambda percent: self.status.advance(percent, 100))
        r.reading.connect(self._reading)
        r.partial.connect(lambda result: self._deliver(result, whole=False))
        r.finished.connect(lambda result: self._deliver(result, whole=True))
        r.failed.connect(self._failed)
        r.cancelled.connect(self._cancelled)
        status.cancel_button.clicked.connect(self.cancel)
        r.warm_up()
        if not r.model_ready:
            status.busy(True, "Loading the English language model…")

    @property
    def engine(self) -> Engine:
        return self.runner.engine

    @engine.setter
    def engine(self, engine: Engine) -> None:
        self.runner.engine = engine

    @property
    def busy(self) -> bool:
        return self.runner.busy

    def visibility(self) -> Visibility:
        return Visibility.from_settings(self.settings(), tentative=True)

    def start(self, source: Source, visible: tuple[int, int]) -> None:
        """Analyse ``source``; ``visible`` (code points) is analysed first, for a quick preview."""
        self.source = source
        self.status.busy(True, "Analysing…", cancellable=True)
        visibility = self.visibility()

        def prepare(analysis, whole: bool) -> PreparedReview:   # runs in the analysis thread
            return _review_of(source, analysis, visibility, whole)

        # The engine reads the text with protected parts (Markdown code, URLs...) blanked out.
        self.runner.analyse(masked_text(source), visible, prepare)
        self.busyChanged.emit()

    def cancel(self, quiet: bool = False) -> None:
        self.runner.cancel(quiet=quiet)

    def _prepared(self, result, whole: bool) -> PreparedReview:
        if isinstance(result, PreparedReview):
            return result
        return _review_of(self.source, result, self.visibility(), whole)

    def _deliver(self, result, whole: bool) -> None:
        if self.source is None:
            return
        prepared = self._prepared(result, whole)
        if whole:
            self.status.busy(False)
            self.status.clear()
            self.finished.emit(prepared)
            if prepared.skipped:
                self.status.message(skipped_message(prepared.skipped))
        else:
            self.status.message("Suggestions for the visible text are ready; analysing the rest…")
            self.partial.emit(prepared)
        self.busyChanged.emit()

    def _reading(self, done: int, total: int) -> None:
        """The neural model's readings come after the parsing's 100 %: seconds on a long page."""
        if done == 0:
            self.status.busy(True, f"Asking the neural language model about {total} uncertain "
                                   f"swap{'s' if total != 1 else ''}…", cancellable=True)
        self.status.advance(done, total)

    def _model_ready(self) -> None:
        if not self.runner.busy:
            self.status.busy(False)
            self.status.message("Ready.", 3000)

    def _cancelled(self) -> None:
        self.status.busy(False, "Analysis stopped. Press F5 to analyse again.")
        self.stopped.emit(None)
        self.busyChanged.emit()

    def _failed(self, message: str) -> None:
        self.status.busy(False)
        self.stopped.emit(message)
        self.busyChanged.emit()
