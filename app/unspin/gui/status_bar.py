"""The window's status bar as the controllers use it: messages, a progress bar with a Cancel
button for long work (the analysis, big batches), the review counts and the spin score."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QToolButton


class StatusArea(QObject):
    """The review counts and the score sit at the right; a message (what just happened, what to
    do next) is written in the room left of them. When a message would not fit there, or the
    counts and the score themselves do not fit in the bar (a narrow window, a long tortured-phrase
    verdict), they say it shorter (their full text stays in their tooltips), so the message and
    they are read whole instead of cut off mid-word, or not shown at all in a narrow window."""

    def __init__(self, bar: QStatusBar):
        super().__init__(bar)
        self.bar = bar
        self.counts_label = QLabel()
        self.score_label = QLabel()
        self.progress = QProgressBar(maximumWidth=160, textVisible=True)
        self.cancel_button = QToolButton(text="Cancel", toolTip="Stop the analysis (Ctrl+.)")
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.cancel_button)
        bar.addPermanentWidget(self.counts_label)
        bar.addPermanentWidget(self.score_label)
        self._review = (("", ""), ("", ""))   # (counts, score), each (full, short)
        bar.messageChanged.connect(lambda _text: self._fit())
        bar.installEventFilter(self)
        self.busy(False)

    def set_review(self, counts: tuple[str, str], score: tuple[str, str], score_tip: str = "") -> None:
        """The review counts and the score, each as (full text, short text)."""
        self._review = (counts, score)
        self.counts_label.setToolTip(counts[0])
        self.score_label.setToolTip(score_tip)
        self._fit()

    def _fit(self) -> None:
        (counts, counts_short), (score, score_short) = self._review
        message = self.bar.currentMessage()
        needed = self.bar.fontMetrics().horizontalAdvance(message) if message else 0
        short = self._room(counts, score) < needed
        self.counts_label.setText(counts_short if short else counts)
        self.score_label.setText(score_short if short else score)

    def _room(self, counts: str, score: str) -> int:
        """Width left for a message beside the full counts and score (and a visible progress bar)."""
        metrics = self.bar.fontMetrics()
        taken = sum(metrics.horizontalAdvance(t) + 12 for t in (counts, score) if t)
        taken += sum(w.sizeHint().width() + 6 for w in (self.progress, self.cancel_button) if w.isVisibleTo(self.bar))
        return self.bar.width() - taken - 24

    def eventFilter(self, watched, event):
        if watched is self.bar and event.type() == QEvent.Resize:
            self._fit()
        return False

    def message(self, text: str, msecs: int = 0) -> None:
        self.bar.showMessage(text, msecs)

    def clear(self) -> None:
        self.bar.clearMessage()

    def busy(self, on: bool, message: str = "", cancellable: bool = False) -> None:
        """Show (or hide) the progress bar; indeterminate until :meth:`advance` is called."""
        self.progress.setVisible(on)
        self.cancel_button.setVisible(on and cancellable)
        if on:
            self.progress.setRange(0, 0)
        if message:
            self.bar.showMessage(message)

    def advance(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
