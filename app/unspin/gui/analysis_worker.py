"""Background work: loading spaCy and analysing a text, as short-lived runnables.

Each job carries an id; the window ignores anything from a job that is no longer the current one
(a newer file was opened, or the user cancelled), so a slow stale result can never overwrite a
fresh one. The jobs run on a pool of one thread: spaCy is not shared between threads.
"""
from __future__ import annotations

import gc
import threading
import time
import traceback
from typing import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from unspin.engine.analyzer import Analysis, Cancelled, Engine, count_words


class JobSignals(QObject):
    ready = Signal(int)                 # job id: the language model is loaded
    progress = Signal(int, int)         # job id, percent done
    partial = Signal(int, object)       # job id, Analysis of the visible part only
    finished = Signal(int, object)      # job id, Analysis of the whole text
    failed = Signal(int, str)           # job id, message for the user
    cancelled = Signal(int)
    reading = Signal(int, int, int)     # job id, readings done, readings in all (the neural model's)


_frozen = False


def freeze_loaded_objects() -> None:
    """Move every object alive now (the loaded pipeline, the lexicons and lemma tables, the
    window) out of reach of the cyclic garbage collector, once.

    They live as long as the process, and a full collection had to walk them all: about 70-100
    ms holding the GIL, at any moment, in either thread (the analysis allocates a lot), which was
    most of the window's longest event-loop gaps. Freezing costs nothing (no collection is run);
    objects frozen here are still freed by reference counting when dropped."""
    global _frozen
    if not _frozen:
        _frozen = True
        gc.freeze()


class WarmUpJob(QRunnable):
    def __init__(self, job_id: int, engine: Engine, signals: JobSignals):
        super().__init__()
        self.job_id, self.engine, self.signals = job_id, engine, signals

    def run(self):
        try:
            self.engine.warm_up()
        except Exception as exc:  # shown to the user; the window stays usable
            self.signals.failed.emit(self.job_id, str(exc))
            return
        freeze_loaded_objects()
        self.signals.ready.emit(self.job_id)


def _line_pieces(text: str, start: int, end: int, size: int) -> list[tuple[int, int]]:
    """text[start:end] cut into pieces of about ``size`` characters, each ending after a newline
    (or at ``end``)."""
    pieces = []
    while start < end:
        cut = text.find("\n", min(start + size, end), end)
        cut = end if cut < 0 else cut + 1
        pieces.append((start, cut))
        start = cut
    return pieces


class AnalysisJob(QRunnable):
    """Analyse ``text``: the visible range first (so its suggestions appear at once), then the rest.

    The job shares the GIL with the window, so it never holds it long: spaCy gets
    ``BATCH_SIZE`` paragraphs at a time (one call into spaCy's compiled code does not let the
    window's thread in until it returns), the thread yields between batches, and the words are
    counted in pieces rather than in one regex pass over the whole text."""

    BATCH_SIZE = 16          # paragraphs per spaCy call (the CLI uses 64: same results, ~10 % faster)
    WORD_PIECE = 32_000      # characters per word-count step

    def __init__(self, job_id: int, engine: Engine, text: str, visible: tuple[int, int], signals: JobSignals,
                 prepare: Callable[[Analysis, bool], object] | None = None):
        super().__init__()
        self.job_id, self.engine, self.text, self.signals = job_id, engine, text, signals
        self.visible = visible
        # Turns an Analysis into what the window shows (``whole`` False for the visible part),
        # here in the worker thread: with tens of thousands of suggestions building the review
        # takes a few hundred milliseconds that the window's event loop must not wait for.
        self.prepare = prepare or (lambda analysis, _whole: analysis)
        self.stop = threading.Event()

    def run(self):
        try:
            self._analyse()
        except Cancelled:
            self.signals.cancelled.emit(self.job_id)
        except Exception as exc:
            traceback.print_exc()
            self.signals.failed.emit(self.job_id, f"The analysis failed: {exc}")

    def _words(self, start: int, end: int) -> int:
        words = 0
        for a, b in _line_pieces(self.text, start, end, self.WORD_PIECE):
            if self.stop.is_set():
                raise Cancelled()
            words += count_words(self.text, a, b)
            time.sleep(0)   # let the window's thread have the GIL
        return words

    def _analyse(self):
        text, n = self.text, max(len(self.text), 1)
        vs, ve = self.visible
        vs, ve = max(0, min(vs, len(text))), max(0, min(ve, len(text)))
        # Whole lines, so that the word counts of the ranges add up to the text's.
        vs = text.rfind("\n", 0, vs) + 1
        ve = max(ve, vs)
        if 0 < ve < len(text) and text[ve - 1] != "\n":
            nl = text.find("\n", ve)
            ve = len(text) if nl < 0 else nl + 1
        cancelled = self.stop.is_set
        ranges = [(vs, ve), (0, vs), (ve, len(text))]
        done = 0
        words = 0
        candidates = []
        self.engine.warm_up()  # a no-op once loaded
        self.engine.skipped = []   # stretches too pathological to analyse (engine/windows.py), this job's
        batch = self.BATCH_SIZE
        for k, (start, end) in enumerate(ranges):
            if end <= start:
                continue
            weight = end - start

            def progress(i, total, base=done, weight=weight):
                if i % batch == 0:
                    time.sleep(0)   # between spaCy batches: let the window's thread in
                self.signals.progress.emit(self.job_id, int(100 * (base + weight * i / max(total, 1)) / n))

            found = list(self.engine.iter_candidates(text, start, end, cancelled, progress, batch_size=batch))
            candidates.extend(found)
            done += weight
            part_words = self._words(start, end)
            words += part_words
            if k == 0 and (start > 0 or end < len(text)):
                # Confidence depends on the whole document's spin score; this first estimate from
                # the visible part lets the user see the suggestions while the rest is analysed.
                first = self.engine.finish(text[start:end], found, words=part_words, whole=False)
                first = Analysis(text, first.spin_score, first.suggestions, first.words)
                self.signals.partial.emit(self.job_id, self.prepare(first, False))
        if cancelled():
            raise Cancelled()
        # Restorer lattices (no span) ride along with the candidates; finish() separates them.
        candidates.sort(key=lambda c: (getattr(c, "start", -1), getattr(c, "end", -1)))
        analysis = self.engine.finish(text, candidates, words=words, cancelled=cancelled,
                                      readings=lambda done, total: self.signals.reading.emit(self.job_id, done, total))
        analysis.skipped = list(self.engine.skipped)   # so the window can say what was left out
        result = self.prepare(analysis, True)
        if cancelled():
            raise Cancelled()
        self.signals.finished.emit(self.job_id, result)


class AnalysisRunner(QObject):
    """Starts jobs with fresh ids and forwards only the current job's results."""

    ready = Signal()
    progress = Signal(int)
    partial = Signal(object)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    reading = Signal(int, int)      # the neural model's readings: done, in all

    def __init__(self, engine: Engine, parent=None):
        super().__init__(parent)
        self.engine = engine
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.signals = JobSignals()
        self._job_id = 0
        self._job: AnalysisJob | None = None
        self.model_ready = False
        # Bound methods (not lambdas) so Qt queues the calls into this object's (the GUI) thread.
        s = self.signals
        s.ready.connect(self._on_ready)
        s.progress.connect(self._on_progress)
        s.partial.connect(self._on_partial)
        s.finished.connect(self._on_finished)
        s.failed.connect(self._on_failed)
        s.cancelled.connect(self._on_cancelled)
        s.reading.connect(self._on_reading)

    def _current(self, job_id: int) -> bool:
        return job_id == self._job_id

    def _on_ready(self, job_id: int) -> None:
        self.model_ready = True
        self.ready.emit()

    def _on_progress(self, job_id: int, percent: int) -> None:
        if self._current(job_id):
            self.progress.emit(percent)

    def _on_reading(self, job_id: int, done: int, total: int) -> None:
        if self._current(job_id):
            self.reading.emit(done, total)

    def _on_partial(self, job_id: int, analysis) -> None:
        if self._current(job_id):
            self.partial.emit(analysis)

    def _on_failed(self, job_id: int, message: str) -> None:
        if self._current(job_id):
            self._job = None
            self.failed.emit(message)

    def _on_cancelled(self, job_id: int) -> None:
        if self._current(job_id):
            self._job = None
            self.cancelled.emit()

    def _on_finished(self, job_id: int, analysis) -> None:
        self.model_ready = True
        if self._current(job_id):
            self._job = None
            self.finished.emit(analysis)

    @property
    def busy(self) -> bool:
        return self._job is not None

    def warm_up(self) -> None:
        self._job_id += 1
        self.pool.start(WarmUpJob(self._job_id, self.engine, self.signals))

    def analyse(self, text: str, visible: tuple[int, int],
                prepare: Callable[[Analysis, bool], object] | None = None) -> None:
        """Analyse in the background; ``prepare(analysis, whole)`` (run in the worker thread)
        makes what ``partial`` and ``finished`` deliver (the Analysis itself by default)."""
        self.cancel(quiet=True)
        self._job_id += 1
        self._job = AnalysisJob(self._job_id, self.engine, text, visible, self.signals, prepare)
        self._job.setAutoDelete(False)  # we keep it to set its stop flag
        self.pool.start(self._job)

    def cancel(self, quiet: bool = False) -> None:
        if self._job is not None:
            self._job.stop.set()
            if quiet:
                self._job = None
                self._job_id += 1  # whatever the old job still sends is now stale

    def wait(self, msecs: int = 30000) -> bool:
        return self.pool.waitForDone(msecs)
