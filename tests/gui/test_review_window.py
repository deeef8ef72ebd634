"""The review window, driven the way a user drives it: clicks on the highlighted words, the card's
buttons, keys in the editor."""
from __future__ import annotations

from PySide6.QtCore import Qt

from unspin.core.model import Status
from tests.gui.conftest import click_span, open_and_stop, status_at, type_text, utf16, wait_for_review

# Emoji (astral: two UTF-16 units each, one with a ZWJ sequence) and combining marks come before
# every suggestion, so any code-point / UTF-16 mix-up lands the click or the repair on the wrong words.
TEXT = ("Caf\u0301e\u0301 news 👩\u200d🔬 ✨: town officers 😀 mentioned the local weather today.\n\n"
        "The nai\u0308ve 🎉 council set 4 p.c. for a new flood coverage, and other officers agreed.\n")


def span_of(window, words, nth=0):
    doc = window.review.session.document
    hits = [s for s in doc if s.original == words]
    return hits[nth]


def right_span(window, s):
    return window.review.session.spans[s.id]


def test_highlights_sit_on_the_right_utf16_positions(make_window):
    w = make_window(TEXT)
    doc = w.review.session.document
    assert {s.original for s in doc} >= {"officers", "mentioned", "local weather", "p.c.", "coverage"}
    text = w.left.text()
    # The right pane shows the repair: every pending suggestion applied, the original on the left.
    assert text == TEXT and w.right.text() == TEXT.replace("officers", "officials").replace(
        "mentioned", "said").replace("local weather", "climate").replace("p.c.", "percent").replace(
        "coverage", "policy")
    starts = {(sel.cursor.selectionStart(), sel.cursor.selectionEnd()) for sel in w.left.extraSelections()}
    for s in doc:
        assert (utf16(text, s.start), utf16(text, s.end)) in starts
        assert status_at(w.left, s.start)[0] == "pending"
        assert status_at(w.right, w.review.session.spans[s.id][0])[0] == "pending"


def test_click_in_either_pane_opens_card_and_marks_both(qtbot, make_window):
    w = make_window(TEXT)
    s = span_of(w, "mentioned")
    click_span(qtbot, w.left, s.start, s.end)
    assert w.review.current == s.id
    assert w.card.isVisible() and "mentioned" in w.card.title.text() and "said" in w.card.title.text()
    assert status_at(w.left, s.start) == ("pending", True)
    rs, re_ = right_span(w, s)
    assert status_at(w.right, rs) == ("pending", True)

    other = span_of(w, "local weather")
    rs, re_ = right_span(w, other)
    click_span(qtbot, w.right, rs, re_)
    assert w.review.current == other.id
    assert status_at(w.left, other.start) == ("pending", True)
    assert status_at(w.left, s.start) == ("pending", False)
    assert "Confidence" in w.card.meta.text() and w.card.explanation.text()


def test_accept_undo_redo_by_clicks_and_keys(qtbot, make_window):
    w = make_window(TEXT)
    s = span_of(w, "local weather")
    preview = w.right.text()
    rs, re_ = right_span(w, s)
    click_span(qtbot, w.right, rs, re_)
    qtbot.mouseClick(w.card.accept_button, Qt.LeftButton)
    assert "the climate today" in w.right.text()
    assert "local weather" in w.left.text()
    assert s.status is Status.ACCEPTED
    assert status_at(w.right, rs)[0] == "accepted"
    assert status_at(w.left, s.start)[0] == "accepted"
    assert not w.card.isVisible()
    assert w.isWindowModified()

    w.right.setFocus()
    qtbot.keyClick(w.right, Qt.Key_Z, Qt.ControlModifier)
    assert w.right.text() == preview
    assert s.status is Status.PENDING and status_at(w.right, rs)[0] == "pending"
    qtbot.keyClick(w.right, Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)
    assert "the climate today" in w.right.text() and s.status is Status.ACCEPTED


def test_accept_an_alternative(qtbot, make_window):
    w = make_window(TEXT)
    s = span_of(w, "officers")
    click_span(qtbot, w.left, s.start, s.end)
    alt = [w.card.alternatives.itemAt(i).widget() for i in range(w.card.alternatives.count())]
    buttons = [b for b in alt if b is not None and b.text() == "authorities"]
    assert buttons, "the alternative is offered on the card"
    qtbot.mouseClick(buttons[0], Qt.LeftButton)
    assert "town authorities 😀" in w.right.text()
    assert s.status is Status.ACCEPTED and s.replacement == "authorities"


def test_edit_from_the_card(qtbot, make_window):
    w = make_window(TEXT)
    s = span_of(w, "coverage")
    preview = w.right.text()
    rs, re_ = right_span(w, s)
    click_span(qtbot, w.right, rs, re_)
    qtbot.mouseClick(w.card.edit_button, Qt.LeftButton)
    assert w.card.edit_line.isVisible()
    w.card.edit_line.clear()
    qtbot.keyClicks(w.card.edit_line, "defence plan")
    qtbot.keyClick(w.card.edit_line, Qt.Key_Return)
    assert "a new flood defence plan, and" in w.right.text()
    assert s.status is Status.EDITED and s.edited_text == "defence plan"
    assert status_at(w.right, w.review.session.spans[s.id][0])[0] == "edited"
    w.review.undo()
    assert w.right.text() == preview and s.status is Status.PENDING


def test_ignore_ignore_all_and_turn_off_rule_are_different(qtbot, make_window):
    w = make_window(TEXT)
    first, second = span_of(w, "officers", 0), span_of(w, "officers", 1)
    mention = span_of(w, "mentioned")

    click_span(qtbot, w.left, first.start, first.end)
    qtbot.mouseClick(w.card.ignore_button, Qt.LeftButton)
    assert first.status is Status.IGNORED and second.status is Status.PENDING
    assert status_at(w.left, first.start)[0] == "ignored"
    w.review.undo()

    click_span(qtbot, w.left, first.start, first.end)
    assert "(2)" in w.card.ignore_like_button.text()
    qtbot.mouseClick(w.card.ignore_like_button, Qt.LeftButton)
    assert first.status is Status.IGNORED and second.status is Status.IGNORED
    assert mention.status is Status.PENDING
    assert w.settings.disabled_rules == []
    w.review.undo()
    assert first.status is Status.PENDING and second.status is Status.PENDING

    click_span(qtbot, w.left, mention.start, mention.end)
    qtbot.mouseClick(w.card.rule_button, Qt.LeftButton)
    assert mention.status is Status.IGNORED
    assert mention.rule in w.settings.disabled_rules
    from unspin.store.settings import load_settings
    assert mention.rule in load_settings().disabled_rules   # saved for every document
    w.review.undo()
    assert mention.status is Status.PENDING and mention.rule not in w.settings.disabled_rules


def test_accept_all_like_this_is_one_undo_step(qtbot, make_window):
    w = make_window(TEXT)
    first, second = span_of(w, "officers", 0), span_of(w, "officers", 1)
    preview = w.right.text()
    click_span(qtbot, w.left, second.start, second.end)
    qtbot.mouseClick(w.card.accept_like_button, Qt.LeftButton)
    assert w.right.text().count("officials") == 2 and first.status is second.status is Status.ACCEPTED
    assert status_at(w.right, w.review.session.spans[first.id][0])[0] == "accepted"
    w.review.undo()
    assert w.right.text() == preview and first.status is Status.PENDING and second.status is Status.PENDING


def test_typing_before_a_suggestion_keeps_it_on_its_words(qtbot, make_window):
    w = make_window(TEXT)
    s = span_of(w, "coverage")
    preview = w.right.text()
    w.right.setFocus()
    w.right.setTextCursor(w.right.cursor_for(0))
    type_text(qtbot, w.right, "🦄 Breaking: ")
    # and an edit in the middle of the text, between two suggestions, that removes characters
    text = w.right.text()
    cut = text.index("today")
    w.right.setTextCursor(w.right.cursor_for(cut + len("today")))
    for _ in range(len(" today")):
        qtbot.keyClick(w.right, Qt.Key_Backspace)
    assert w.right.text().startswith("🦄 Breaking: Caf")
    rs, re_ = w.review.session.spans[s.id]
    assert w.right.text()[rs:re_] == "policy"          # the pending repair, shown
    click_span(qtbot, w.right, rs, re_)
    assert w.review.current == s.id
    qtbot.mouseClick(w.card.ignore_button, Qt.LeftButton)
    assert "a new flood coverage, and other" in w.right.text()    # ignoring puts the original back
    assert "climate." in w.right.text() and w.right.text().startswith("🦄 Breaking: ")
    # one undo per run of typing: ignore, then the backspaces, then the typed prefix
    w.review.undo()
    assert "flood policy" in w.right.text() and s.status is Status.PENDING
    w.review.undo()
    assert "climate today." in w.right.text()
    w.review.undo()
    assert w.right.text() == preview


def test_retyping_a_suggestion_resolves_it(qtbot, make_window):
    w = make_window(TEXT)
    preview = w.right.text()
    s = span_of(w, "mentioned")
    rs, re_ = w.review.session.spans[s.id]
    w.right.setFocus()
    w.right.setTextCursor(w.right.cursor_for(rs, re_))   # select the proposed word and type over it
    qtbot.keyClicks(w.right, "told")
    assert s.status is Status.EDITED and s.edited_text == "told"
    w.right.setTextCursor(w.right.cursor_for(*w.review.session.spans[s.id]))
    qtbot.keyClicks(w.right, "said")
    assert s.status is Status.ACCEPTED          # typed exactly the repair
    assert w.right.text()[slice(*w.review.session.spans[s.id])] == "said"
    qtbot.keyClicks(w.right, " quietly")        # typing after the word is not inside it
    assert s.status is Status.ACCEPTED
    w.right.setTextCursor(w.right.cursor_for(w.review.session.spans[s.id][0] + 2))
    qtbot.keyClicks(w.right, "X")               # typing inside it makes it the user's own words
    assert s.status is Status.EDITED and s.edited_text == "saXid"
    assert status_at(w.right, w.review.session.spans[s.id][0])[0] == "edited"
    # deleting the words together with text around them drops the suggestion
    t = w.right.text()
    a, b = t.index("town"), t.index("the climate")
    w.right.setTextCursor(w.right.cursor_for(a, b))
    qtbot.keyClick(w.right, Qt.Key_Delete)
    assert not w.review.session.actionable(s.id)
    assert not w.review.session.actionable(span_of(w, "officers").id)
    while w.review.session.history.can_undo():
        w.review.undo()
    assert w.right.text() == preview and s.status is Status.PENDING and w.review.session.actionable(s.id)


def test_save_with_pending_follows_the_choice(qtbot, make_window, prompts, tmp_path):
    from unspin.gui.prompts import PendingChoice
    w = make_window(TEXT)
    s = span_of(w, "p.c.")
    click_span(qtbot, w.left, s.start, s.end)
    qtbot.mouseClick(w.card.accept_button, Qt.LeftButton)
    w.right.setTextCursor(w.right.cursor_for(len(w.right.text())))
    qtbot.keyClicks(w.right, "Typed line.")
    pending = len(w.review.session.pending_ids())

    keep = tmp_path / "keep.txt"
    prompts.pending_choice = PendingChoice.KEEP
    prompts.save_path_answer = str(keep)
    assert w.files.save_as()
    assert ("pending", pending) in prompts.asked
    saved = keep.read_text(encoding="utf-8")
    assert "4 percent" in saved and "officers" in saved and saved.endswith("Typed line.")
    assert not w.isWindowModified()
    # the window still proposes the pending repairs; the file has the original words there
    assert "officials" in w.right.text() and len(w.review.session.pending_ids()) == pending

    prompts.pending_choice = PendingChoice.CANCEL
    assert not w.files.save()
    assert len(w.review.session.pending_ids()) == pending

    applied = tmp_path / "applied.txt"
    prompts.pending_choice = PendingChoice.APPLY
    prompts.save_path_answer = str(applied)
    assert w.files.save_as()
    saved = applied.read_text(encoding="utf-8")
    assert "officials" in saved and "said" in saved and saved.endswith("Typed line.")
    assert not w.review.session.pending_ids()
    w.review.undo()  # applying the pending suggestions was one step
    assert len(w.review.session.pending_ids()) == pending


def test_save_errors_are_messages_and_keep_the_text(qtbot, make_window, prompts, tmp_path):
    w = make_window(TEXT)
    w.review.accept_all_like(span_of(w, "officers").id)
    before = w.right.text()
    prompts.save_path_answer = str(tmp_path / "no-such-folder" / "out.txt")
    assert not w.files.save_as()
    assert prompts.asked[-1][0] == "error"
    assert w.right.text() == before and w.isWindowModified()


def test_open_errors_are_messages(make_window, prompts, tmp_path):
    w = make_window(TEXT)
    before = w.right.text()
    assert not w.files.open_file(tmp_path / "missing.txt")
    assert prompts.asked[-1][0] == "error" and "missing.txt" in prompts.asked[-1][2]
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    assert not w.files.open_file(binary)
    assert prompts.asked[-1][0] == "error"
    assert w.right.text() == before and w.review.session is not None


def test_keyboard_navigation_and_accept_next(qtbot, make_window):
    w = make_window(TEXT)
    doc = w.review.session.document
    w.right.setFocus()
    w.right.setTextCursor(w.right.cursor_for(0))
    qtbot.keyClick(w.right, Qt.Key_F8)
    assert w.review.current == 0 and w.card.isVisible()
    qtbot.keyClick(w.right, Qt.Key_Down, Qt.AltModifier)
    assert w.review.current == 1
    qtbot.keyClick(w.right, Qt.Key_Up, Qt.AltModifier)
    assert w.review.current == 0
    qtbot.keyClick(w.right, Qt.Key_Return, Qt.ControlModifier)  # accept and go to next
    assert doc.get(0).status is Status.ACCEPTED and w.review.current == 1
    qtbot.keyClick(w.right, Qt.Key_I, Qt.AltModifier)           # ignore
    assert doc.get(1).status is Status.IGNORED
    qtbot.keyClick(w.right, Qt.Key_F8, Qt.ShiftModifier)         # previous pending wraps round
    assert doc.get(w.review.current).status is Status.PENDING
    qtbot.keyClick(w.right, Qt.Key_Escape)
    assert not w.card.isVisible()


def test_accept_above_confidence_asks_with_a_count(make_window, prompts):
    w = make_window(TEXT)
    doc = w.review.session.document
    expected = [s.id for s in doc if s.confidence >= 0.9]
    assert 0 < len(expected) < len(doc)
    prompts.confidence_answer = 0.9
    w.actions_.accept_above.trigger()
    assert any(a[0] == "confirm" and f"Accept {len(expected)} pending" in a[2] for a in prompts.asked)
    assert [s.id for s in doc if s.status is Status.ACCEPTED] == expected
    w.review.undo()
    assert all(s.status is Status.PENDING for s in doc)
    prompts.confirm_answer = False
    w.actions_.accept_above.trigger()
    assert all(s.status is Status.PENDING for s in doc)


def test_status_bar_and_list(qtbot, make_window):
    w = make_window(TEXT)
    n = len(w.review.session.document)
    assert f"Pending {n}" in w.status.counts_label.text() and "Spin score" in w.status.score_label.text()
    w.review.accept(0)
    assert f"Pending {n - 1}" in w.status.counts_label.text() and "Accepted 1" in w.status.counts_label.text()
    tree = w.list.tree
    assert tree.model().rowCount() == n and w.list.shown_ids() == list(range(n))
    w.list.status_filter.setCurrentIndex(w.list.status_filter.findData(Status.ACCEPTED.value))
    shown = w.list.shown_ids()
    assert shown == [0] and tree.model().rowCount() == 1
    w.list.status_filter.setCurrentIndex(0)
    w.list.confidence_filter.setValue(0.9)
    shown = w.list.shown_ids()
    assert shown and all(w.review.session.document.get(i).confidence >= 0.9 for i in shown)
    tree.setCurrentIndex(w.list.index_of(shown[-1]))
    assert w.review.current == shown[-1]


def test_decisions_come_back_when_reopening(qtbot, make_window, prompts):
    w = make_window(TEXT)
    path = w.files.source.path
    w.review.accept(span_of(w, "p.c.").id)
    w.review.ignore(span_of(w, "mentioned").id)
    prompts.close_choice = prompts.close_choice.DISCARD
    assert w.files.maybe_close_document()
    w2 = make_window(path)
    assert span_of(w2, "p.c.").status is Status.ACCEPTED
    assert span_of(w2, "mentioned").status is Status.IGNORED
    assert "4 percent" in w2.right.text() and w2.isWindowModified()


def test_closing_with_unsaved_work_asks(qtbot, make_window, prompts):
    from unspin.gui.prompts import CloseChoice
    w = make_window(TEXT)
    w.review.accept(0)
    prompts.close_choice = CloseChoice.CANCEL
    assert not w.close()
    assert ("unsaved", "article.txt") in prompts.asked
    prompts.close_choice = CloseChoice.DISCARD
    assert w.close()


def test_stale_analysis_results_are_dropped(qtbot, make_window, tmp_path):
    w = make_window()
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("The officers mentioned it.\n" * 200, encoding="utf-8")
    b.write_text("A new coverage for the local weather.\n", encoding="utf-8")
    wait_for_review(qtbot, w) if w.review.session else None
    assert w.files.open_file(a)
    assert w.files.open_file(b)
    wait_for_review(qtbot, w)
    qtbot.wait(300)
    assert w.review.session.document.text == b.read_text(encoding="utf-8")
    assert {s.original for s in w.review.session.document} == {"coverage", "local weather"}


def _stopped_at_once(qtbot, make_window, tmp_path):
    """A window whose analysis of a long spun file was stopped as soon as it started: (window, file)."""
    w = make_window()
    big = tmp_path / "big.txt"
    big.write_text("The officers mentioned the local weather.\n\n" * 3000, encoding="utf-8")
    assert w.files.open_file(big)
    w.actions_.stop.trigger()
    wait_for_review(qtbot, w)
    return w, big


def test_cancel_leaves_an_editable_window(qtbot, make_window, tmp_path):
    w, big = _stopped_at_once(qtbot, make_window, tmp_path)
    assert not w.right.isReadOnly()
    assert w.right.text() == big.read_text(encoding="utf-8")


def test_synchronised_scrolling_keeps_the_same_paragraph(qtbot, make_window):
    paragraphs = [f"Paragraph {i}: the officers mentioned that " + "words go on and on " * (5 + i % 7)
                  for i in range(60)]
    w = make_window("\n\n".join(paragraphs) + "\n")
    w.review.accept_all_like(span_of(w, "officers").id)   # changes lengths in the right pane
    w.right.setTextCursor(w.right.cursor_for(0))
    qtbot.keyClicks(w.right, "Extra first paragraph.")  # and shifts its paragraphs by two
    qtbot.keyClick(w.right, Qt.Key_Return)
    qtbot.keyClick(w.right, Qt.Key_Return)
    bar = w.left.verticalScrollBar()
    target = w.left.document().findBlockByNumber(60)
    bar.setValue(target.firstLineNumber())
    qtbot.wait(20)
    top = w.right.cursorForPosition(w.right.viewport().rect().topLeft()).block()
    assert top.text().startswith("Paragraph 30:")
    w.right.verticalScrollBar().setValue(w.right.document().findBlockByNumber(2 * 45 + 2).firstLineNumber())
    top = w.left.cursorForPosition(w.left.viewport().rect().topLeft()).block()
    assert top.text().startswith("Paragraph 45:")


def test_zoom_and_preferences_re_enable_rule(qtbot, make_window):
    from unspin.gui.preferences import PreferencesDialog
    w = make_window(TEXT)
    size = w.left.font().pointSize()
    w.actions_.zoom_in.trigger()
    assert w.left.font().pointSize() == size + 1 and w.right.font().pointSize() == size + 1
    w.actions_.zoom_reset.trigger()
    w.review.turn_off_rule(span_of(w, "mentioned").id)
    rule = span_of(w, "mentioned").rule
    dialog = PreferencesDialog(w.settings, ["test-spinner"], w)
    assert [dialog.rules.item(i).text() for i in range(dialog.rules.count())] == [rule]
    dialog.rules.setCurrentRow(0)
    qtbot.mouseClick(dialog.enable_rule, Qt.LeftButton)
    dialog.accept()
    w.apply_preferences(dialog.result_settings)
    assert rule not in w.settings.disabled_rules


def test_launches_on_the_bundled_sample(qtbot, engine, prompts):
    from unspin.gui.main_window import MainWindow
    from unspin.resources_path import resource
    window = MainWindow(engine=engine, prompts=prompts)
    qtbot.addWidget(window)
    window.show()
    assert window.files.open_sample()
    wait_for_review(qtbot, window)
    sample = resource("samples", "sample.txt").read_text(encoding="utf-8")
    assert window.left.text() == sample and window.right.text() == window.review.session.document.repaired_text(True)
    assert window.right.text() != sample, "the right pane shows the repair"
    assert len(window.review.session.document) >= 3
    assert window.left.extraSelections() and window.right.extraSelections()
    # the bundled sample is never overwritten: Save asks for a new name
    prompts.save_path_answer = None
    prompts.pending_choice = prompts.pending_choice.KEEP
    assert not window.files.save()
    assert prompts.asked[-1][0] == "save_path"


def test_dropping_a_file_on_a_pane_opens_it(qtbot, make_window, tmp_path):
    import warnings
    from PySide6.QtCore import QMimeData, QPoint, QPointF, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    warnings.filterwarnings("ignore", category=DeprecationWarning)
    from PySide6.QtWidgets import QApplication
    w = make_window(TEXT)
    other = tmp_path / "dropped.txt"
    other.write_text("The officers mentioned a new coverage.\n", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(other))])
    enter = QDragEnterEvent(QPoint(20, 20), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(w.right.viewport(), enter)   # a drop always follows a drag entering
    assert enter.isAccepted()
    event = QDropEvent(QPointF(20, 20), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(w.right.viewport(), event)
    wait_for_review(qtbot, w)
    assert w.files.source.path == other and w.left.text() == other.read_text(encoding="utf-8")
    assert w.right.text() == "The officials said a new policy.\n"


def test_recent_files_menu_reopens(qtbot, make_window):
    w = make_window(TEXT)
    path = w.files.source.path
    w.files._fill_recent_menu()
    entries = [a for a in w.files.recent_menu.actions() if a.toolTip() == str(path.resolve())]
    assert entries
    entries[0].trigger()
    wait_for_review(qtbot, w)
    assert w.files.source.path == path


def test_launch_creates_a_window_on_a_file(qtbot, monkeypatch, test_engine, prompts, tmp_path):
    import unspin.gui.main_window as mw
    from unspin.gui import launch
    monkeypatch.setattr(mw, "engine_for", lambda settings, nlp=None: test_engine)
    path = tmp_path / "cli.txt"
    path.write_text(TEXT, encoding="utf-8")
    window = launch.create_window(path)
    qtbot.addWidget(window)
    assert window.isVisible()
    wait_for_review(qtbot, window)
    assert window.files.source.path == path and "officers" in {s.original for s in window.review.session.document}
    assert window.windowTitle().startswith("cli.txt")


def test_about_box_names_versions_and_sources():
    import PySide6
    from unspin import __version__
    from unspin.gui.about import about_html
    text = about_html()
    assert __version__ in text and PySide6.__version__ in text and "spaCy" in text
    assert "Data sources" in text


def test_every_action_has_a_shortcut(make_window):
    w = make_window()
    missing = [a.text() for a in w.actions_.__dict__.values()
               if hasattr(a, "shortcuts") and not a.shortcuts()]
    assert missing == []


def test_preferences_leave_quotations_as_written(qtbot, make_window):
    from unspin.gui.preferences import PreferencesDialog
    w = make_window(TEXT)
    assert not w.analysis.engine.settings.protect_quotes       # repaired by default
    dialog = PreferencesDialog(w.settings, ["test-spinner"], w)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.protect_quotes, Qt.LeftButton, pos=dialog.protect_quotes.rect().center())
    assert dialog.protect_quotes.isChecked()
    dialog.accept()
    w.apply_preferences(dialog.result_settings)
    assert w.settings.protect_quotes and w.analysis.engine.settings.protect_quotes


def test_the_pending_count_is_the_one_saving_asks_about(qtbot, make_window, prompts):
    # The status bar said "Pending 13" and Save then asked about 12: it counted the suggestions
    # below the threshold, which keep the original words and which saving rightly leaves alone
    # (helper gui48).
    from unspin.store.settings import Settings
    w = make_window("City officers mentioned the nation's plan for the local weather.\n",
                    settings=Settings(min_confidence=0.8))
    session = w.review.session
    below = [s for s in session.document if s.tentative]
    assert below, "the test needs a suggestion below the threshold"
    pending = len(session.pending_ids())
    text = w.status.counts_label.text()
    assert text.startswith(f"Pending {pending} (+{len(below)} below the threshold) · Accepted 0")
    prompts.save_path_answer = str(w.files.source.path.with_name("fixed.txt"))
    assert w.files.save_as()
    assert ("pending", pending) in prompts.asked


def test_the_list_shows_suggestions_below_the_threshold_as_quietly_as_the_panes(qtbot, make_window):
    # In the panes they are a dotted underline that keeps the original words; in the list they were
    # the same orange "Pending" as the ones already applied (helper gui48).
    from PySide6.QtCore import Qt as _Qt
    from unspin.gui.suggestion_list import BELOW_TIP, STATUS
    from unspin.gui.theme import secondary_text, status_colour
    from unspin.store.settings import Settings
    w = make_window("City officers mentioned the nation's plan for the local weather.\n",
                    settings=Settings(min_confidence=0.8))
    model = w.list.model
    below = next(s for s in w.review.session.document if s.tentative)
    applied = next(s for s in w.review.session.document if not s.tentative)
    quiet = model.index(model.row_of(below.id), STATUS)
    loud = model.index(model.row_of(applied.id), STATUS)
    assert model.data(quiet) == model.data(loud) == "Pending"
    assert model.data(quiet, _Qt.ForegroundRole) == secondary_text(w.list.palette())
    assert model.data(loud, _Qt.ForegroundRole) == status_colour(Status.PENDING, w.list.palette())
    assert model.data(quiet, _Qt.ToolTipRole) == BELOW_TIP and model.data(loud, _Qt.ToolTipRole) is None
    # accepted, it takes the accepted colour like any other
    w.review.select(below.id)
    w.review.accept(below.id)
    assert model.data(quiet, _Qt.ForegroundRole) == status_colour(Status.ACCEPTED, w.list.palette())


def test_a_stopped_analysis_says_how_much_of_the_document_the_review_covers(qtbot, make_window, tmp_path):
    # "Analysis stopped. Press F5 to analyse again." left a 30,000-word review looking analysed
    # and clean after its first screen (helper gui48).
    w = make_window()
    big = tmp_path / "big.txt"
    big.write_text("The officers mentioned the local weather.\n\n" * 3000, encoding="utf-8")
    open_and_stop(qtbot, w, big)
    message = w.statusBar().currentMessage()
    n = len(w.review.session.document)
    assert 0 < n < 4 * 3000
    assert message.startswith("Analysis stopped: only the text first on screen was analysed") and f"({n} " in message
    assert "F5" in message


def test_an_analysis_stopped_at_once_says_nothing_was_found_yet(qtbot, make_window, tmp_path):
    w, _ = _stopped_at_once(qtbot, make_window, tmp_path)
    message = w.statusBar().currentMessage()
    if len(w.review.session.document):
        assert message.startswith("Analysis stopped: only the text first on screen")
    else:
        assert message == "Analysis stopped before any suggestions were found. Press F5 to analyse the document."
