"""The window walked a sixth time (helper gui59): a .docx's paragraphs shown apart in the panes,
and Find's space crossing a soft line break inside a paragraph."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import click_span, suggestion_named, type_text, utf16, wait_for_review

PARAGRAPHS = ["The local weather talks began on Monday 🙂 in the hall.",
              "Residents mentioned the sea wall.",
              ("Signed by the mayor", "Town Hall 🙂, High Street"),   # a soft break (w:br) between them
              "An officer spoke last."]


def _docx(path, paragraphs=PARAGRAPHS):
    docx = pytest.importorskip("docx")
    d = docx.Document()
    for p in paragraphs:
        if isinstance(p, tuple):
            para = d.add_paragraph(p[0])
            para.add_run().add_break()
            para.add_run(p[1])
        else:
            d.add_paragraph(p)
    d.save(str(path))
    return path


def line_top(pane, offset: int) -> int:
    from PySide6.QtGui import QTextCursor
    cursor = QTextCursor(pane.document())
    cursor.setPosition(utf16(pane.text(), offset))
    return pane.cursorRect(cursor).top()


def selected(pane) -> tuple[int, int]:
    cursor = pane.textCursor()
    return pane.from_qt(cursor.selectionStart()), pane.from_qt(cursor.selectionEnd())


def test_a_docx_paragraphs_are_shown_apart_and_a_soft_break_is_not(qtbot, make_window, tmp_path):
    w = make_window(_docx(tmp_path / "memo.docx"))
    for pane in (w.left, w.right):
        text = pane.text()
        step = pane.fontMetrics().lineSpacing()
        second, signed, town = text.index("Residents"), text.index("Signed"), text.index("Town Hall")
        last = text.index("An ")
        assert line_top(pane, second) - line_top(pane, 0) >= step + step // 3      # a gap after a paragraph
        assert line_top(pane, last) - line_top(pane, town) >= step + step // 3
        assert line_top(pane, town) - line_top(pane, signed) < step + step // 3     # none at a soft break
        assert pane.soft_breaks() == [town - 1]
    assert w.left.text() == w.files.source.text                                    # the text is as read
    # The card still opens on a click on the words after the gaps, and a decision keeps them.
    s = suggestion_named(w, "officer")
    a, b = w.review.session.spans[s.id]
    click_span(qtbot, w.right, a, b)
    assert w.card.isVisible() and "officer" in w.card.title.text()
    qtbot.mouseClick(w.card.accept_button, Qt.LeftButton)
    text = w.right.text()
    town, last = text.index("Town Hall"), text.index("An ")
    assert line_top(w.right, last) - line_top(w.right, town) >= w.right.fontMetrics().lineSpacing() * 4 // 3
    # Zoomed in, the gap grows with the font; plain text has none (its blank lines are its gaps).
    gap = w.right.paragraph_gap()
    w.zoom(+4)
    assert w.right.paragraph_gap() > gap > 0
    plain = tmp_path / "memo.txt"
    plain.write_text("One line.\nAnother line.\n\nA paragraph.\n", encoding="utf-8")
    assert w.files.open_file(plain)
    wait_for_review(qtbot, w)
    assert w.right.paragraph_gap() == 0 and w.left.paragraph_gap() == 0
    step = w.left.fontMetrics().lineSpacing()
    assert line_top(w.left, w.left.text().index("Another")) - line_top(w.left, 0) < step + step // 3


def test_a_space_in_find_crosses_a_soft_break_of_a_docx_but_not_a_paragraph_break(qtbot, make_window, tmp_path):
    w = make_window(_docx(tmp_path / "memo.docx"))
    bar = w.find_bar
    for pane in (w.right, w.left):
        pane.setFocus()
        w.actions_.find.trigger()
        bar.field.selectAll()
        type_text(qtbot, bar.field, "mayor town hall")
        text = pane.text()
        a = text.index("mayor\nTown")
        assert pane.find_marks() == [(a, a + 15)] and bar.count.text() == "1 of 1"
        assert selected(pane) == (a, a + 15)
        bar.field.selectAll()
        type_text(qtbot, bar.field, "hall residents")                      # "hall.\nResidents": a paragraph break
        assert bar.count.text() == "No matches"
        bar.close_bar()
    # Typed before it, the soft break moves with its words and is still crossed.
    cursor = w.right.cursor_for(0)
    w.right.setTextCursor(cursor)
    w.right.setFocus()
    type_text(qtbot, w.right, "🙂 Memo. ")
    w.actions_.find.trigger()
    bar.field.selectAll()
    type_text(qtbot, bar.field, "the mayor town")
    a = w.right.text().index("the mayor\nTown")
    assert w.right.find_marks() == [(a, a + 14)]


PAPER = ("We trained a profound learning model and a counterfeit consciousness agent on huge information. "
         "The irregular woodland classifier was compared with the neural organization.\n")


def test_the_tortured_verdict_and_the_counts_are_shortened_rather_than_cut_in_a_narrow_window(
        qtbot, make_window, engine):
    # At 760 px, with no message, the bar showed "... 7 (170.7 per 1,000 words), high risk (scre".
    from tests.gui.conftest import wait
    w = make_window(PAPER, tmp_name="paper.txt", engine=engine)   # the bundled lexicons
    w.resize(760, 520)
    wait(200)
    assert not w.statusBar().currentMessage()
    bar = w.statusBar()
    for label in (w.status.counts_label, w.status.score_label):
        assert label.width() >= label.fontMetrics().horizontalAdvance(label.text()), label.text()
        assert label.geometry().right() <= bar.width()
    assert "high risk" in w.status.score_label.text() and "not proof" in w.status.score_label.toolTip()
    w.resize(1400, 700)                                             # room again: the whole verdict
    wait(200)
    assert "screening signal" in w.status.score_label.text() and "Ignored 0" in w.status.counts_label.text()


def test_a_narrower_window_narrows_the_list_with_the_panes_and_a_wider_one_gives_it_back(qtbot, make_window):
    # At 760 px the list kept 390 px and both panes were squeezed to their 180 px minimum.
    from tests.gui.conftest import wait
    LIST_SHARE = 0.35   # main_window.LIST_SHARE: the list's share of a narrowed window
    w = make_window("The officers mentioned the local weather.\n")
    w.resize(1280, 800)
    wait(200)
    wide = w.dock.width()
    w.resize(760, 520)
    wait(200)
    assert w.dock.width() <= round(760 * LIST_SHARE) + 2
    assert min(w.left.width(), w.right.width()) >= 220                     # some 30 letters a line
    w.resize(1000, 600)
    wait(200)
    assert w.dock.width() <= round(1000 * LIST_SHARE) + 2
    w.resize(1280, 800)
    wait(200)
    assert abs(w.dock.width() - wide) <= 2                                  # back to its own width


def test_preferences_fit_a_laptop_screen_at_a_large_font(qtbot):
    # Stacked, the dialog needed 740 px at 10 pt and 900 px at 14 pt: on a 768 px laptop screen its
    # OK button was past the screen's edge.
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication
    from unspin.gui.preferences import PreferencesDialog
    from unspin.store.settings import Settings
    app = QApplication.instance()
    kept = QFont(app.font())
    groups = [f"news-group-{k}" for k in range(60)]
    try:
        for points, most in ((10, 560), (14, 700)):
            font = QFont(kept)
            font.setPointSize(points)
            app.setFont(font)
            dialog = PreferencesDialog(Settings(), groups)
            qtbot.addWidget(dialog)
            assert dialog.minimumSizeHint().height() <= most, points
            assert dialog.height() <= max(dialog.screen().availableGeometry().height() - 80,
                                          dialog.minimumSizeHint().height())
            dialog.resize(dialog.minimumSizeHint())
            dialog.show()
            qtbot.waitExposed(dialog)
            # nothing drawn over anything else at the smallest size: the lists and their buttons
            for lst, button in ((dialog.rules, dialog.enable_rule), (dialog.thesauri, dialog.remove_thesaurus)):
                top = button.mapTo(lst.parentWidget(), button.rect().topLeft()).y()
                assert lst.geometry().bottom() < top, (points, lst.geometry(), top)
            assert dialog.groups.height() >= 5 * dialog.groups.sizeHintForRow(0)
            dialog.close()
    finally:
        app.setFont(kept)
