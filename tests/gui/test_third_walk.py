"""The window walked a third time by a demanding user (helper gui50): two neighbours deleted, an
edit left in the card, Find, the filtered list, long lines; driven by clicks and keys on real spans."""
from __future__ import annotations

from PySide6.QtCore import Qt

from unspin.core.model import Status
from tests.gui.conftest import click_span, right_words, suggestion_named as sug

NEIGHBOURS = ("The mayor praised the nation coverage.\n\n"
              "Town officers said nothing.\n")


def edit_to(qtbot, w, s, text):
    a, b = w.review.session.spans[s.id]
    click_span(qtbot, w.right, a, b)
    qtbot.mouseClick(w.card.edit_button, Qt.LeftButton)
    w.card.edit_line.clear()
    if text:
        qtbot.keyClicks(w.card.edit_line, text)
    qtbot.keyClick(w.card.edit_line, Qt.Key_Return)


def test_two_neighbours_deleted_at_a_sentence_end_leave_no_space_before_the_full_stop(qtbot, make_window, prompts):
    w = make_window(NEIGHBOURS)
    nation, coverage = sug(w, "nation"), sug(w, "coverage")
    edit_to(qtbot, w, nation, "")
    edit_to(qtbot, w, coverage, "")
    assert nation.status is Status.EDITED and coverage.status is Status.EDITED
    assert w.right.text().startswith("The mayor praised the.\n"), w.right.text()
    out = w.files.source.path.with_name("out.txt")
    prompts.save_path_answer = str(out)
    assert w.files.save_as()
    saved = out.read_text(encoding="utf-8")
    assert saved == w.right.text() and " ." not in saved
    # the words put back, the other way round, come back with their spaces
    w.review.undo()   # the save's "apply pending"
    for s in (coverage, nation):
        w.review.select(s.id, show_card=True)
        qtbot.mouseClick(w.card.accept_button, Qt.LeftButton)
    assert w.right.text().startswith("The mayor praised the country policy.\n"), w.right.text()
    assert right_words(w, nation) == "country" and right_words(w, coverage) == "policy"
