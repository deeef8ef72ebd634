"""Every shortcut of the window is bound once, so pressing it runs its action (issue 13, defect 1:
Save As, Quit and Redo listed the same key twice and Qt ran none of them: "Ambiguous shortcut
overload")."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from unspin.core.model import Status
from unspin.gui.actions import unique_sequences
from tests.gui.conftest import click_span

TEXT = "Town officers mentioned the local weather today.\n"


def test_a_sequence_listed_twice_is_kept_once(qapp):  # standard keys need the application
    seqs = unique_sequences([QKeySequence("Ctrl+Shift+S"), "Ctrl+Shift+S", QKeySequence.SaveAs, ""])
    assert [s.toString(QKeySequence.PortableText) for s in seqs] == ["Ctrl+Shift+S"]
    assert len(unique_sequences([QKeySequence.Redo, "Ctrl+Shift+Z", "Ctrl+Y"])) == 2


def test_no_key_sequence_is_bound_twice(make_window):
    w = make_window(TEXT)
    owners: dict[str, list[str]] = {}
    for action in w.findChildren(QAction):
        keys = [s.toString(QKeySequence.PortableText) for s in action.shortcuts()]
        assert len(keys) == len(set(keys)), f"{action.text()!r} lists a key twice: {keys}"
        for key in keys:
            owners.setdefault(key, []).append(action.text())
    shared = {k: v for k, v in owners.items() if len(v) > 1}
    assert shared == {}
    assert "Ctrl+Shift+S" in owners and "Ctrl+Q" in owners and "Ctrl+Shift+Z" in owners


def test_save_as_quit_and_redo_keys_work(qtbot, make_window, prompts, tmp_path):
    w = make_window(TEXT)
    s = next(s for s in w.review.session.document if s.original == "local weather")
    rs, re_ = w.review.session.spans[s.id]
    click_span(qtbot, w.right, rs, re_)
    qtbot.mouseClick(w.card.accept_button, Qt.LeftButton)
    assert s.status is Status.ACCEPTED

    # Redo from outside the right pane (which has its own undo keys): the window's action runs.
    w.left.setFocus()
    qtbot.keyClick(w.left, Qt.Key_Z, Qt.ControlModifier)
    assert s.status is Status.PENDING
    qtbot.keyClick(w.left, Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)
    assert s.status is Status.ACCEPTED and "the climate today" in w.right.text()

    prompts.save_path_answer = None  # the dialog is cancelled: only the question matters
    qtbot.keyClick(w.left, Qt.Key_S, Qt.ControlModifier | Qt.ShiftModifier)
    assert prompts.asked and prompts.asked[-1][0] in ("save_path", "pending")

    prompts.close_choice = prompts.close_choice.DISCARD
    qtbot.keyClick(w.left, Qt.Key_Q, Qt.ControlModifier)
    qtbot.waitUntil(lambda: not w.isVisible(), timeout=5000)
