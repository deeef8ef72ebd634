"""The right pane shows the repair, and the card, list and navigation defects a new user hit
(issue 13), driven by clicks and keys on real highlighted spans."""
from __future__ import annotations

import re

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPalette

from unspin.core.model import Status
from unspin.store.settings import Settings
from tests.gui.conftest import click_span, status_at, type_text, right_words, suggestion_named as sug

# Emoji (astral, one a ZWJ sequence) and combining marks before every suggestion.
TEXT = ("Caf\u0301e\u0301 news 👩\u200d🔬 ✨: town officers 😀 mentioned the local weather today.\n\n"
        "The nai\u0308ve 🎉 council set 4 p.c. for a new flood coverage, and the nation agreed.\n")


def test_pending_repairs_are_applied_on_the_right_and_ignoring_puts_the_original_back(qtbot, make_window):
    w = make_window(TEXT)
    doc = w.review.session.document
    assert w.left.text() == TEXT
    for s in doc:     # every pending suggestion already shows its repair on the right
        assert right_words(w, s) == s.replacement and status_at(w.right, w.review.session.spans[s.id][0])[0] == "pending"
        assert w.left.text()[s.start:s.end] == s.original
    weather = sug(w, "local weather")
    a, b = w.review.session.spans[weather.id]
    click_span(qtbot, w.right, a, b)
    qtbot.mouseClick(w.card.ignore_button, Qt.LeftButton)
    assert right_words(w, weather) == "local weather" and "the local weather today" in w.right.text()
    assert status_at(w.right, w.review.session.spans[weather.id][0])[0] == "ignored"
    # accepting keeps the words and marks them accepted (distinct from pending)
    coverage = sug(w, "coverage")
    a, b = w.review.session.spans[coverage.id]
    click_span(qtbot, w.right, a, b)
    qtbot.mouseClick(w.card.accept_button, Qt.LeftButton)
    assert right_words(w, coverage) == "policy"
    assert status_at(w.right, a)[0] == "accepted"
    w.review.undo()
    w.review.undo()
    assert "the climate today" in w.right.text() and weather.status is Status.PENDING


def test_low_confidence_suggestions_keep_the_original_words_until_accepted(qtbot, make_window):
    from unspin.gui.theme import TENTATIVE_PROPERTY
    w = make_window(TEXT, settings=Settings(min_confidence=0.99))
    doc = w.review.session.document
    tentative = [s for s in doc if s.tentative]
    assert tentative, "suggestions below the threshold are offered, as tentative"
    assert all(0.99 * 0.5 <= s.confidence < 0.99 for s in tentative)
    s = tentative[0]
    a, b = w.review.session.spans[s.id]
    assert w.right.text()[a:b] == s.original
    fmt = w.right.highlight_at(a)
    assert fmt.property(TENTATIVE_PROPERTY) and fmt.background().style() == Qt.NoBrush   # quieter
    assert s.id not in w.review.session.pending_ids()   # saving does not ask about them
    click_span(qtbot, w.right, a, b)
    assert "below the threshold" in w.card.status.text()
    qtbot.mouseClick(w.card.accept_button, Qt.LeftButton)
    assert right_words(w, s) == s.replacement and s.status is Status.ACCEPTED
    w.review.undo()
    assert right_words(w, s) == s.original


def test_editing_works_on_the_proposal_and_edit_prefills_like_f2(qtbot, make_window):
    w = make_window(TEXT)
    s = sug(w, "mentioned")
    a, b = w.review.session.spans[s.id]
    click_span(qtbot, w.right, a, b)
    qtbot.mouseClick(w.card.edit_button, Qt.LeftButton)
    assert w.card.edit_line.isVisible() and w.card.edit_line.text() == "said"   # the proposal shown
    qtbot.keyClick(w.card.edit_line, Qt.Key_End)
    qtbot.keyClicks(w.card.edit_line, " quietly")
    qtbot.keyClick(w.card.edit_line, Qt.Key_Return)
    assert s.status is Status.EDITED and right_words(w, s) == "said quietly"
    # F2 opens the same field with the words now shown
    a, b = w.review.session.spans[s.id]
    click_span(qtbot, w.right, a, b)
    w.right.setFocus()
    qtbot.keyClick(w.right, Qt.Key_F2)
    assert w.card.edit_line.isVisible() and w.card.edit_line.text() == "said quietly"


def test_typing_follows_qt_changes_without_rereading_the_text(qtbot, make_window, monkeypatch):
    w = make_window(TEXT)
    s = sug(w, "coverage")

    def no_full_read():
        raise AssertionError("a keystroke re-read the whole text")
    monkeypatch.setattr(w.right, "_read_document", no_full_read)
    a, b = w.review.session.spans[s.id]       # "policy"
    w.right.setFocus()
    w.right.setTextCursor(w.right.cursor_for(a + 3))
    type_text(qtbot, w.right, "🦄é")
    assert right_words(w, s) == "pol🦄éicy" and s.status is Status.EDITED
    qtbot.keyClick(w.right, Qt.Key_Backspace)
    qtbot.keyClick(w.right, Qt.Key_Backspace)
    assert right_words(w, s) == "policy" and s.status is Status.ACCEPTED
    assert w.right.text() == w.review.session.text()
    monkeypatch.undo()
    assert w.right._read_document() == w.right.text()   # the pane's copy matches Qt's document


def test_picking_an_alternative_keeps_the_card_whole(qtbot, make_window):
    w = make_window(TEXT)
    s = sug(w, "officers")
    click_span(qtbot, w.left, s.start, s.end)

    def offered():
        return [w.card.alternatives.itemAt(i).widget().text() for i in range(w.card.alternatives.count())
                if w.card.alternatives.itemAt(i).widget() is not None
                and w.card.alternatives.itemAt(i).widget().text() != "Or:"]
    assert offered() == ["authorities"]
    explanation = w.card.explanation.text()
    button = next(w.card.alternatives.itemAt(i).widget() for i in range(w.card.alternatives.count())
                  if w.card.alternatives.itemAt(i).widget() is not None
                  and w.card.alternatives.itemAt(i).widget().text() == "authorities")
    qtbot.mouseClick(button, Qt.LeftButton)
    assert "town authorities 😀" in w.right.text() and s.status is Status.ACCEPTED
    click_span(qtbot, w.left, s.start, s.end)
    assert "authorities" in w.card.title.text()
    assert offered() == ["officials"], "the first suggestion is still offered, the choice not twice"
    assert w.card.explanation.text() != explanation and "officials" in w.card.explanation.text()
    button = next(w.card.alternatives.itemAt(i).widget() for i in range(w.card.alternatives.count())
                  if w.card.alternatives.itemAt(i).widget() is not None
                  and w.card.alternatives.itemAt(i).widget().text() == "officials")
    qtbot.mouseClick(button, Qt.LeftButton)
    assert "town officials 😀" in w.right.text() and s.replacement == "officials"


def _line_rect(w, pane, start, end) -> QRect:
    rect = pane.span_rect(start, end)
    line = QRect(0, rect.top(), pane.viewport().width(), rect.height())
    return QRect(pane.viewport().mapTo(w, line.topLeft()), line.size())


def test_the_card_sits_beside_the_word_in_the_clicked_pane_and_reads_well(qtbot, make_window):
    from unspin.gui.theme import contrast_ratio
    w = make_window(TEXT)
    s = sug(w, "mentioned")
    for pane, (a, b) in ((w.left, (s.start, s.end)), (w.right, w.review.session.spans[s.id])):
        click_span(qtbot, pane, a, b)
        assert w.card.isVisible()
        card = w.card.geometry()
        area = QRect(pane.viewport().mapTo(w, pane.viewport().rect().topLeft()), pane.viewport().size())
        assert not card.intersects(_line_rect(w, pane, a, b)), "never over the word's line"
        assert area.left() <= card.left() and card.right() <= area.right(), "inside the clicked pane"
        w.card.dismiss()
    click_span(qtbot, w.left, s.start, s.end)
    colour = QColor(re.search(r"#[0-9a-fA-F]{6}", w.card.meta.styleSheet()).group(0))
    assert w.card.meta.isEnabled()
    assert contrast_ratio(colour, w.card.palette().color(QPalette.Base)) >= 4.5


def test_the_list_shows_status_and_the_sentence_at_the_default_size(qtbot, make_window):
    from unspin.gui.suggestion_list import CONTEXT, STATUS
    w = make_window(TEXT)
    w.resize(1280, 800)
    qtbot.wait(50)
    tree = w.list.tree
    metrics = tree.fontMetrics()
    assert tree.columnViewportPosition(STATUS) + tree.columnWidth(STATUS) <= tree.viewport().width()
    assert tree.columnWidth(STATUS) >= metrics.horizontalAdvance("Accepted")
    s = sug(w, "coverage")
    row = w.list.model.row_of(s.id)
    context = w.list.model.index(row, CONTEXT).data()
    assert context == "… a new flood coverage, and the nation agreed." and "officers" not in context
    assert w.list.model.index(w.list.model.row_of(sug(w, "officers").id), CONTEXT).data().startswith(
        "… 👩\u200d🔬 ✨: town officers 😀 mentioned")
    assert tree.columnViewportPosition(CONTEXT) < tree.viewport().width(), "the context column is on screen"


def test_previous_suggestion_wrapping_says_so(qtbot, make_window):
    w = make_window(TEXT)
    w.review.accept(0)
    w.review.accept(1)
    third = w.review.session.document.get(2)
    a, b = w.review.session.spans[2]
    click_span(qtbot, w.right, a, b)
    assert w.review.current == third.id
    w.right.setFocus()
    qtbot.keyClick(w.right, Qt.Key_Up, Qt.AltModifier)
    n = len(w.review.session.document)
    assert w.review.current == n - 1
    assert "wrapped to the end" in w.statusBar().currentMessage().lower()
