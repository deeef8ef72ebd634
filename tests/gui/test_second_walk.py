"""The window walked again by a demanding user (helper gui49): keyboard-only review, deleting
words, undo after a save, the second file, the panes; driven by clicks and keys on real spans."""
from __future__ import annotations

from PySide6.QtCore import Qt

from unspin.core.model import Status
from tests.gui.conftest import click_span, edit_to, right_words, suggestion_named as sug

TEXT = ("Town officers mentioned the rain today.\n\n"
        "The council set aside money for flood coverage.\n")


def test_editing_a_suggestion_to_nothing_leaves_no_double_space_in_the_pane_or_the_file(qtbot, make_window, prompts):
    w = make_window(TEXT)
    mentioned, coverage = sug(w, "mentioned"), sug(w, "coverage")
    edit_to(qtbot, w, mentioned, "")
    edit_to(qtbot, w, coverage, "")
    assert mentioned.status is Status.EDITED and coverage.status is Status.EDITED
    text = w.right.text()
    assert "Town officials the rain today." in text, text          # one space kept between words
    assert "money for flood.\n" in text, text                       # none left before the full stop
    # the highlights (empty now) sit where the words were, and the others on their words
    assert w.review.session.spans[mentioned.id][0] == text.index("the rain")
    assert right_words(w, sug(w, "officers")) == "officials"
    # saved as shown
    prompts.pending_choice = prompts.pending_choice.APPLY
    out = w.files.source.path.with_name("out.txt")
    prompts.save_path_answer = str(out)
    assert w.files.save_as()
    assert out.read_text(encoding="utf-8") == w.right.text()
    assert "  " not in out.read_text(encoding="utf-8") and " ." not in out.read_text(encoding="utf-8")
    # putting the words back brings the space back; undo gives back the text exactly
    w.review.undo()                     # the "apply pending" of the save
    before = w.right.text()
    a, b = w.review.session.spans[coverage.id]
    w.review.select(coverage.id, show_card=True)
    qtbot.mouseClick(w.card.accept_button, Qt.LeftButton)
    assert "money for flood policy.\n" in w.right.text()
    w.review.undo()
    assert w.right.text() == before


def test_an_edit_pasted_with_a_line_break_or_typed_with_spaces_around_stays_one_line(qtbot, make_window):
    from PySide6.QtWidgets import QApplication
    w = make_window(TEXT)
    mentioned, rain = sug(w, "mentioned"), sug(w, "coverage")
    a, b = w.review.session.spans[mentioned.id]
    click_span(qtbot, w.right, a, b)
    qtbot.keyClick(w.right, Qt.Key_F2)                  # the keyboard's way to the edit line
    assert w.card.edit_line.hasFocus()
    QApplication.clipboard().setText("told\nreporters")  # copied from two lines of a note
    qtbot.keyClick(w.card.edit_line, Qt.Key_V, Qt.ControlModifier)
    qtbot.keyClick(w.card.edit_line, Qt.Key_Return)
    assert mentioned.status is Status.EDITED and mentioned.edited_text == "told reporters"
    assert w.right.text().startswith("Town officials told reporters the rain today.\n\nThe council")
    edit_to(qtbot, w, rain, "  defence\u00a0plans  ")   # stray spaces, a no-break space meant
    assert rain.edited_text == "defence\u00a0plans"
    assert "money for flood defence\u00a0plans.\n" in w.right.text()


def test_words_edited_to_nothing_are_marked_where_they_were_and_listed_as_deleted(qtbot, make_window):
    from unspin.gui.suggestion_list import SUGGESTED
    from unspin.gui.theme import status_colour
    w = make_window(TEXT)
    mentioned = sug(w, "mentioned")
    edit_to(qtbot, w, mentioned, "")
    w.review.select(sug(w, "coverage").id)        # another one current: the mark in its status colour
    w.right.viewport().repaint()
    a, _ = w.review.session.spans[mentioned.id]
    cursor = w.right.cursor_for(a)
    rect = w.right.cursorRect(cursor)
    image = w.right.viewport().grab().toImage()
    want = status_colour(Status.EDITED, w.palette())
    got = image.pixelColor(rect.left() - 1, rect.center().y())
    assert abs(got.red() - want.red()) + abs(got.green() - want.green()) + abs(got.blue() - want.blue()) < 60, \
        f"no mark where the words were: {got.name()} (want {want.name()})"
    # the list says what happened to them, as the card does
    model = w.list.model
    row = model.row_of(mentioned.id)
    assert model.data(model.index(row, SUGGESTED)) == "(deleted)"
    # a click on the mark opens their card (to put them back)
    w.card.hide()
    qtbot.mouseClick(w.right.viewport(), Qt.LeftButton, pos=rect.center())
    assert w.card.isVisible() and w.card.sid == mentioned.id


def test_resizing_or_zooming_with_the_card_open_keeps_its_words_and_the_card_in_sight(qtbot, make_window):
    from tests.gui.conftest import wait
    long_text = "".join(f"Part {k}. " + TEXT.replace("\n\n", " ") + "\n" for k in range(60))
    w = make_window(long_text)
    doc = w.review.session.document

    def in_sight(sid):
        a, b = w.review.session.spans[sid]
        return w.right.viewport().rect().contains(w.right.span_rect(a, b))

    # the lowest suggestion on screen, its card open (a click on its words)
    visible = [s.id for s in doc if in_sight(s.id)]
    sid = visible[-1]
    a, b = w.review.session.spans[sid]
    click_span(qtbot, w.right, a, b)
    assert w.card.isVisible() and w.card.sid == sid
    w.resize(820, 480)                      # narrower and shorter: each line holds fewer words
    wait(200)
    assert in_sight(sid) and w.card.isVisible() and w.card.sid == sid
    for _ in range(6):                      # Ctrl+= six times
        w.actions_.zoom_in.trigger()
    wait(200)
    assert in_sight(sid) and w.card.isVisible() and w.card.sid == sid
    # scrolling away still closes the card, as before
    w.right.verticalScrollBar().setValue(0 if w.right.verticalScrollBar().value() > 50 else 200)
    wait(100)
    assert not w.card.isVisible()


def test_a_recent_file_that_is_gone_is_said_so_and_taken_off_the_list(qtbot, make_window, prompts, tmp_path):
    from tests.gui.conftest import wait_for_review
    w = make_window(TEXT)
    gone = tmp_path / "moved-away.txt"
    gone.write_text(TEXT, encoding="utf-8")
    assert w.files.open_file(gone)
    wait_for_review(qtbot, w)
    gone.unlink()
    w.files.recent_menu.aboutToShow.emit()
    item = next(a for a in w.files.recent_menu.actions() if "moved-away.txt" in a.text())
    item.trigger()
    kind, _title, message = prompts.asked[-1]
    assert kind == "error" and "no longer there" in message and "Open Recent" in message
    w.files.recent_menu.aboutToShow.emit()
    assert not any("moved-away.txt" in a.text() for a in w.files.recent_menu.actions())
    assert any("article.txt" in a.text() for a in w.files.recent_menu.actions())


def test_tab_goes_round_the_card_and_reaches_the_alternatives(qtbot, make_window):
    from PySide6.QtWidgets import QApplication
    w = make_window(TEXT)
    officers = sug(w, "officers")             # "officials", or the alternative "authorities"
    w.right.setFocus()
    w.review.select(officers.id)
    qtbot.keyClick(w.right, Qt.Key_Return, Qt.AltModifier)   # Show Suggestion Card: focus on Accept
    assert QApplication.focusWidget() is w.card.accept_button
    seen = []
    for _ in range(12):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert all(x is w.card or w.card.isAncestorOf(x) for x in seen), [type(x).__name__ for x in seen]
    texts = [x.text() for x in seen]
    assert "authorities" in texts and texts.count("Accept") >= 1
    # Shift+Tab from Accept goes back to the alternative just before it, and Enter takes it
    w.card.accept_button.setFocus()
    qtbot.keyClick(w.card.accept_button, Qt.Key_Backtab, Qt.ShiftModifier)
    assert QApplication.focusWidget().text() == "authorities"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Return)
    assert officers.status is Status.ACCEPTED and right_words(w, officers) == "authorities"


def test_every_card_button_names_the_key_of_its_action(qtbot, make_window):
    w = make_window(TEXT)
    a, c = w.actions_, w.card
    pairs = {c.accept_button: a.accept, c.edit_button: a.edit, c.ignore_button: a.ignore,
             c.accept_like_button: a.accept_like, c.ignore_like_button: a.ignore_like, c.rule_button: a.turn_off_rule}
    for button, action in pairs.items():
        key = action.shortcut().toString()
        assert key and button.toolTip().endswith(f"({key})"), (button.text(), button.toolTip(), key)
    assert "turn it back on in Preferences" in c.rule_button.toolTip()


def test_deciding_in_a_list_filtered_to_pending_keeps_the_place_for_the_keyboard(qtbot, make_window):
    w = make_window(TEXT + "Harbour officers mentioned a new flood coverage, and the nation agreed.\n")
    lst, tree = w.list, w.list.tree
    lst.status_filter.setCurrentIndex(lst.status_filter.findData("pending"))
    qtbot.keyClick(w.right, Qt.Key_3, Qt.ControlModifier)          # Go to Suggestion List
    assert tree.hasFocus()
    for _ in range(2):
        qtbot.keyClick(tree, Qt.Key_Down)
    third = lst.shown_ids()[2]
    assert w.review.current == third
    qtbot.keyClick(tree, Qt.Key_A, Qt.AltModifier)                  # Accept: it leaves the list
    assert w.review.session.document.get(third).status is Status.ACCEPTED and third not in lst.shown_ids()
    following = lst.shown_ids()[2]
    assert tree.currentIndex().row() == 2 and w.review.current == following   # the next took its place
    qtbot.keyClick(tree, Qt.Key_Down)                                # and Down goes on from there
    assert w.review.current == lst.shown_ids()[3]


def test_after_save_as_save_writes_the_new_file_not_over_the_original(qtbot, make_window, prompts):
    w = make_window(TEXT)
    original = w.files.source.path
    prompts.pending_choice = prompts.pending_choice.KEEP
    prompts.save_path_answer = str(original.with_name("fixed.txt"))
    w.review.accept(sug(w, "officers").id)
    assert w.files.save_as()
    assert "fixed.txt" in w.windowTitle() and not w.isWindowModified()
    w.review.accept(sug(w, "mentioned").id)
    assert w.isWindowModified()
    asked = len(prompts.asked)
    qtbot.keyClick(w.right, Qt.Key_S, Qt.ControlModifier)            # Save
    assert not any(q[0] == "save_path" for q in prompts.asked[asked:])
    assert original.read_text(encoding="utf-8") == TEXT             # the spun original untouched
    assert not original.with_name(original.name + "~").exists()
    assert original.with_name("fixed.txt").read_text(encoding="utf-8").startswith("Town officials said the rain")
    assert not w.isWindowModified()


def test_keys_act_on_the_suggestion_the_cursor_was_moved_into(qtbot, make_window):
    w = make_window(TEXT + "The nation agreed.\n")
    doc = w.review.session.document
    w.right.setFocus()
    qtbot.keyClick(w.right, Qt.Key_F8)                  # the first suggestion ("officers") is current
    qtbot.keyClick(w.right, Qt.Key_Escape)
    first = w.review.current
    qtbot.keyClick(w.right, Qt.Key_End, Qt.ControlModifier)   # the cursor to the last line's second word
    qtbot.keyClick(w.right, Qt.Key_Up)
    qtbot.keyClick(w.right, Qt.Key_Home)
    qtbot.keyClick(w.right, Qt.Key_Right, Qt.ControlModifier)
    nation = sug(w, "nation")
    a, b = w.review.session.spans[nation.id]
    assert a <= w.right.from_qt(w.right.textCursor().position()) <= b
    qtbot.keyClick(w.right, Qt.Key_Return, Qt.AltModifier)   # Show Suggestion Card
    assert w.card.isVisible() and w.card.sid == nation.id
    qtbot.keyClick(w.card, Qt.Key_Escape)
    qtbot.keyClick(w.right, Qt.Key_A, Qt.AltModifier)         # Accept
    assert nation.status is Status.ACCEPTED and doc.get(first).status is Status.PENDING
