"""The real dialogs of gui/prompts.py, answered with the keyboard (issue 13, defect 5: Enter on
"N suggestions are still pending" applied every unreviewed suggestion)."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from unspin.gui.prompts import PendingChoice, Prompts


def _answer_with_key(qtbot, key, seen):
    def press():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)  # the box is not up yet
            return
        seen.append((box.text(), box.defaultButton().text()))
        qtbot.keyClick(box, key)
    QTimer.singleShot(0, press)


def test_enter_on_the_pending_question_does_not_apply(qtbot):
    seen = []
    _answer_with_key(qtbot, Qt.Key_Return, seen)
    choice = Prompts().pending_on_save(7)
    assert "7 suggestions are still pending" in seen[0][0]
    assert choice is not PendingChoice.APPLY
    assert choice is PendingChoice.KEEP
    assert "Keep" in seen[0][1]


def test_escape_on_the_pending_question_cancels(qtbot):
    seen = []
    _answer_with_key(qtbot, Qt.Key_Escape, seen)
    assert Prompts().pending_on_save(1) is PendingChoice.CANCEL
    assert "1 suggestion is still pending" in seen[0][0]
