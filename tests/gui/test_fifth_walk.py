"""The window walked a fifth time (helper gui58): Find's Match accents, and a space in the query
that crosses no paragraph break of a .docx or .odt."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import type_text, wait_for_review

ACCENTS = ("The mayor 🙂 met the cafe owners.\n\n"
           "Cafe\u0301 🙂🙂 owners told the mayor; the CAFÉ closed.\n")


def selected(pane) -> tuple[int, int]:
    cursor = pane.textCursor()
    return pane.from_qt(cursor.selectionStart()), pane.from_qt(cursor.selectionEnd())


def test_match_accents_finds_only_the_accented_words_and_is_kept_for_the_next_document(qtbot, make_window,
                                                                                        tmp_path):
    w = make_window(ACCENTS)
    bar = w.find_bar
    w.actions_.focus_original.trigger()
    w.actions_.find.trigger()
    type_text(qtbot, bar.field, "café")
    assert bar.count.text() == "1 of 3" and not bar.accents.isChecked()     # off: accents folded, as before
    qtbot.mouseClick(bar.accents, Qt.LeftButton)
    assert bar.accents.isChecked() and bar.field.hasFocus()                # the keys stay in the field
    a, b = ACCENTS.index("Cafe\u0301"), ACCENTS.index("CAFÉ")
    assert w.left.find_marks() == [(a, a + 5), (b, b + 4)]                # the plain "cafe" no longer
    assert selected(w.left) == (a, a + 5) and bar.count.text() == "1 of 2"   # after the emoji, exactly
    qtbot.keyClick(bar.field, Qt.Key_N, Qt.AltModifier)                   # its own key (Alt+A is Accept)
    qtbot.waitUntil(lambda: not bar.accents.isChecked(), timeout=1000)    # (a button's key clicks it in 0.1 s)
    assert bar.count.text().endswith("of 3")
    bar.accents.setChecked(True)
    bar.case.setChecked(True)
    other = tmp_path / "other.txt"
    other.write_text("Cafe owners and cafe\u0301 owners met at the café.\n", encoding="utf-8")
    assert w.files.open_file(other)
    wait_for_review(qtbot, w)
    assert bar.accents.isChecked() and bar.case.isChecked()               # for the session, like Match case
    w.actions_.focus_original.trigger()
    w.actions_.find.trigger()
    type_text(qtbot, bar.field, "cafe")
    assert w.left.find_marks() == []                                      # no "cafe" in lower case, unaccented
    assert bar.count.text() == "No matches"
    bar.field.selectAll()
    type_text(qtbot, bar.field, "café")
    assert bar.count.text().endswith("of 2")


def _docx(path, paragraphs):
    docx = pytest.importorskip("docx")
    d = docx.Document()
    for p in paragraphs:
        d.add_paragraph(p)
    d.save(str(path))
    return path


def test_a_space_in_find_crosses_no_paragraph_break_of_a_docx(qtbot, make_window, tmp_path):
    w = make_window(_docx(tmp_path / "memo.docx", ["The mayor 🙂 spoke of the rain", "Came today, rain came."]))
    bar = w.find_bar
    w.right.setFocus()
    w.actions_.find.trigger()
    type_text(qtbot, bar.field, "rain came")
    text = w.right.text()
    a = text.rindex("rain came")
    assert w.right.find_marks() == [(a, a + 9)] and bar.count.text() == "1 of 1"   # not "rain\nCame"
    assert selected(w.right) == (a, a + 9)
    plain = tmp_path / "memo.txt"                                          # the same lines in plain text:
    plain.write_text("The mayor 🙂 spoke of the rain\nCame today, rain came.\n", encoding="utf-8")
    assert w.files.open_file(plain)                                        # wrapped words, found across
    wait_for_review(qtbot, w)
    w.right.setFocus()
    w.actions_.find.trigger()
    text = w.right.text()
    assert bar.count.text() == "2 matches" and w.right.find_marks()[0] == (text.index("rain\nCame"),
                                                                           text.index("rain\nCame") + 9)


def test_a_document_opens_with_the_keys_in_the_repaired_text_not_in_the_lists_filter(qtbot, make_window):
    w = make_window(ACCENTS)
    assert w.focusWidget() is w.right                     # where typing and the arrows are meant to go
    status_filter = w.list.status_filter.currentIndex()
    qtbot.keyClick(w.focusWidget(), Qt.Key_Down)          # the first key a reader presses
    assert w.list.status_filter.currentIndex() == status_filter
