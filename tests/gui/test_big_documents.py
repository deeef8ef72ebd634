"""What the window does differently for big documents: highlights drawn only around the visible
text (and still right after scrolling), "accept all" in slices and as one edit of the pane, the
list as a model/view. Nothing here is timed: bench/speed_gui.py measures the speed."""
from __future__ import annotations

from PySide6.QtCore import Qt

from unspin.core.model import Status
from unspin.store.settings import Settings
from tests.gui.conftest import click_span, status_at, type_text, wait

PARAGRAPH = ("Town officers mentioned the local weather today, and the council set 4 p.c. for a new "
             "flood coverage. ")
LONG = "\n\n".join(f"{k}. {PARAGRAPH * 3}" for k in range(120)) + "\n"
# A threshold above every suggestion: all are tentative (the right pane keeps the original words),
# so accepting them all rewrites the pane in bulk.
TENTATIVE = dict(settings=Settings(min_confidence=1.0))


def test_only_the_visible_part_is_highlighted_and_scrolling_follows(qtbot, make_window):
    w = make_window(LONG)
    doc = w.review.session.document
    assert len(doc) > 300
    drawn = len(w.left.extraSelections())
    assert 0 < drawn < len(doc)   # not every suggestion of the document
    first = doc.get(0)
    assert status_at(w.left, first.start) == ("pending", False)
    # scroll to the end: the last suggestions get their highlights, in both panes
    bar = w.right.verticalScrollBar()
    bar.setValue(bar.maximum())
    last = doc.get(len(doc) - 1)
    rs, re_ = w.review.session.spans[last.id]
    assert status_at(w.right, rs) == ("pending", False)
    assert status_at(w.left, last.start) == ("pending", False)   # the left pane follows the scroll
    assert status_at(w.left, first.start) is None                 # far away: not drawn
    # a click there marks it current and opens its card; accepting it repaints both panes
    click_span(qtbot, w.right, rs, re_)
    assert w.review.current == last.id and w.card.isVisible()
    assert status_at(w.right, rs) == ("pending", True)
    assert status_at(w.left, last.start) == ("pending", True)
    qtbot.mouseClick(w.card.accept_button, Qt.LeftButton)
    rs, _ = w.review.session.spans[last.id]
    assert status_at(w.right, rs)[0] == "accepted" and status_at(w.left, last.start)[0] == "accepted"
    # selecting from the list jumps back to the top with its highlight
    w.review.select(0)
    assert status_at(w.left, first.start) == ("pending", True)
    assert status_at(w.right, w.review.session.spans[0][0]) == ("pending", True)


def test_accept_all_in_slices_is_one_undo_step_and_keeps_typing(qtbot, make_window, prompts, monkeypatch):
    from unspin.gui import review_controller
    monkeypatch.setattr(review_controller, "BATCH_SLICE", 150)   # force slices on a small document
    w = make_window(LONG, **TENTATIVE)
    doc = w.review.session.document
    # type in the middle of the text, outside any suggestion, and at the very end
    text = w.right.text()
    middle = text.index("60. ") + len("60. ")
    w.right.setFocus()
    w.right.setTextCursor(w.right.cursor_for(middle))
    type_text(qtbot, w.right, "[typed 🦄]")
    w.right.setTextCursor(w.right.cursor_for(len(w.right.text())))
    type_text(qtbot, w.right, "The end.")
    typed_text = w.right.text()
    steps = w.review.session.history.index
    prompts.confidence_answer = 0.0
    w.review.accept_above()
    assert w.review.session.busy and w.right.isReadOnly()
    assert not w.actions_.accept.isEnabled()
    w.review.undo()                                   # ignored until the batch is done
    qtbot.waitUntil(lambda: not w.review.session.busy, timeout=10000)
    assert not w.right.isReadOnly()
    assert all(s.status is Status.ACCEPTED for s in doc)
    assert w.review.session.history.index == steps + 1   # one undo step
    repaired = w.right.text()
    assert "60. [typed 🦄]" in repaired and repaired.endswith("The end.")
    assert "officials said the climate today" in repaired and "4 percent" in repaired
    for s in doc:                               # every span sits on its new words
        a, b = w.review.session.spans[s.id]
        assert repaired[a:b] == s.replacement
    w.review.undo()
    assert w.right.text() == typed_text and all(s.status is Status.PENDING for s in doc)
    w.review.redo()
    assert w.right.text() == repaired and all(s.status is Status.ACCEPTED for s in doc)


def test_bulk_accept_keeps_the_view_and_the_cursor(qtbot, make_window, prompts):
    w = make_window(LONG, **TENTATIVE)
    text = w.right.text()
    anchor = text.index("80. ")
    w.right.setTextCursor(w.right.cursor_for(anchor))
    bar = w.right.verticalScrollBar()
    bar.setValue(bar.value() + 5)   # the cursor's line stays in view, not at the top
    wait()
    value = bar.value()
    prompts.confidence_answer = 0.0
    w.review.accept_above()
    qtbot.waitUntil(lambda: not w.review.session.busy, timeout=10000)
    assert abs(bar.value() - value) <= 2
    cursor = w.right.from_qt(w.right.textCursor().position())
    assert w.right.text()[cursor:cursor + 4] == "80. "


def test_the_list_is_a_model_that_follows_decisions_and_filters(qtbot, make_window):
    w = make_window(LONG)
    doc = w.review.session.document
    model = w.list.tree.model()
    assert model.rowCount() == len(doc)
    w.review.accept(3)
    row = w.list.model.row_of(3)
    assert model.index(row, 0).data() == "Accepted"
    w.list.status_filter.setCurrentIndex(w.list.status_filter.findData(Status.PENDING.value))
    assert 3 not in w.list.shown_ids() and len(w.list.shown_ids()) == len(doc) - 1
    w.review.undo()
    assert 3 in w.list.shown_ids()
    w.list.tree.setCurrentIndex(w.list.index_of(200))
    assert w.review.current == 200


def test_undo_and_redo_of_a_big_batch_run_in_slices_and_restore_the_text(qtbot, make_window, prompts,
                                                                         monkeypatch):
    from unspin.gui import review_controller, review_session
    monkeypatch.setattr(review_controller, "BATCH_SLICE", 100)
    monkeypatch.setattr(review_session, "REPLAY_IN_SLICES", 50)   # undo this batch in slices
    monkeypatch.setattr(review_session, "SLICE_BUDGET", 0.0)      # one piece per event-loop turn
    w = make_window(LONG, **TENTATIVE)
    doc = w.review.session.document
    w.right.setFocus()
    w.right.setTextCursor(w.right.cursor_for(w.right.text().index("30. ") + 4))
    type_text(qtbot, w.right, "[mine ✓]")
    before_text, before_spans = w.right.text(), list(w.review.session.spans)
    before_status = [s.status for s in doc]
    prompts.confidence_answer = 0.0
    w.review.accept_above()
    qtbot.waitUntil(lambda: not w.review.session.busy, timeout=10000)
    after_text, after_spans = w.right.text(), list(w.review.session.spans)
    assert after_text != before_text and after_text == doc.repaired_text().replace("30. ", "30. [mine ✓]", 1)
    assert all(s.tentative for s in doc)

    w.review.undo()
    assert w.review.session.busy and w.right.isReadOnly()   # in slices: the window keeps drawing
    assert not w.actions_.accept.isEnabled() and not w.actions_.undo.isEnabled()
    w.review.redo()                                         # ignored until the undo is done
    qtbot.waitUntil(lambda: not w.review.session.busy, timeout=10000)
    assert not w.right.isReadOnly()
    assert w.right.text() == before_text and w.review.session.spans == before_spans
    assert [s.status for s in doc] == before_status
    assert w.actions_.redo.isEnabled()

    w.review.redo()
    assert w.review.session.busy
    w.review.session.finish_batch()                         # (saving or closing finishes it at once)
    assert not w.review.session.busy
    assert w.right.text() == after_text and w.review.session.spans == after_spans
    assert all(s.status is Status.ACCEPTED for s in doc)
    for s in doc:
        a, b = w.review.session.spans[s.id]
        assert after_text[a:b] == s.replacement
    # the typing after it is its own step again
    w.right.setTextCursor(w.right.cursor_for(len(after_text)))
    type_text(qtbot, w.right, "!")
    w.review.undo()
    assert w.right.text() == after_text


def test_the_analysis_counts_words_in_pieces_that_add_up():
    from unspin.engine.analyzer import count_words
    from unspin.gui.analysis_worker import _line_pieces
    text = LONG + "no newline at the end, ünïcode wörds 42"
    pieces = _line_pieces(text, 0, len(text), 500)
    assert len(pieces) > 10 and pieces[0][0] == 0 and pieces[-1][1] == len(text)
    assert all(a == b for (_, a), (b, _) in zip(pieces, pieces[1:]))
    assert all(text[b - 1] == "\n" for _, b in pieces[:-1])
    assert sum(count_words(text, a, b) for a, b in pieces) == count_words(text)
