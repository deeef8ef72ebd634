"""The window's status bar as the controllers use it: messages, a progress bar with a Cancel
button for long work (the analysis, big batches), the review counts and the spin score."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QToolButton


class StatusArea:
    def __init__(self, bar: QStatusBar):
        self.bar = bar
        self.counts_label = QLabel()
        self.score_label = QLabel()
        self.progress = QProgressBar(maximumWidth=160, textVisible=True)
        self.cancel_button = QToolButton(text="Cancel", toolTip="Stop the analysis (Ctrl+.)")
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.cancel_button)
        bar.addPermanentWidget(self.counts_label)
        bar.addPermanentWidget(self.score_label)
        self.busy(False)

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
