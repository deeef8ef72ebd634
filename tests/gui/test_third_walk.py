"""The window walked a third time by a demanding user (helper gui50): two neighbours deleted, an
edit left in the card, Find, the filtered list, long lines; driven by clicks and keys on real spans."""
from __future__ import annotations

from PySide6.QtCore import Qt

from unspin.core.model import Status
from tests.gui.conftest import (click_span, edit_to, open_and_stop, right_words, suggestion_named as sug,
                                type_in_card, type_text)

NEIGHBOURS = ("The mayor praised the nation coverage.\n\n"
              "Town officers said nothing.\n")


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


DRAFT = ("Town officers mentioned the rain today.\n\n"
         "The council set aside money for flood coverage.\n")


def test_an_edit_typed_in_the_card_is_applied_when_the_user_moves_on_with_f8(qtbot, make_window):
    w = make_window(DRAFT)
    mentioned = sug(w, "mentioned")
    type_in_card(qtbot, w, mentioned, "told")
    qtbot.keyClick(w.card.edit_line, Qt.Key_F8)       # on to the next suggestion
    assert mentioned.status is Status.EDITED and right_words(w, mentioned) == "told"
    assert w.card.isVisible() and w.card.sid != mentioned.id and not w.card.edit_line.isVisible()
    assert "applied" in w.statusBar().currentMessage() and "Ctrl+Z" in w.statusBar().currentMessage()
    assert "moving on" in w.card.edit_line.toolTip() and "Esc drops" in w.card.edit_line.toolTip()
    w.review.undo()                                   # one undo step takes it back
    assert mentioned.status is Status.PENDING and right_words(w, mentioned) == "said"
    # only Esc in the edit line throws the words away; opened and left unchanged makes no edit
    type_in_card(qtbot, w, mentioned, "told")
    qtbot.keyClick(w.card.edit_line, Qt.Key_Escape)
    qtbot.keyClick(w.card, Qt.Key_F8)
    assert mentioned.status is Status.PENDING and right_words(w, mentioned) == "said"
    a, b = w.review.session.spans[mentioned.id]
    click_span(qtbot, w.right, a, b)
    qtbot.mouseClick(w.card.edit_button, Qt.LeftButton)
    qtbot.keyClick(w.card.edit_line, Qt.Key_F8)
    assert mentioned.status is Status.PENDING and w.review.session.history.redo_label() == "Edit"


def test_an_edit_typed_in_the_card_is_applied_on_a_click_on_other_words_or_elsewhere_or_closing(qtbot, make_window):
    w = make_window(DRAFT)
    mentioned, coverage, officers = sug(w, "mentioned"), sug(w, "coverage"), sug(w, "officers")
    type_in_card(qtbot, w, mentioned, "told")
    a, b = w.review.session.spans[coverage.id]
    click_span(qtbot, w.right, a, b)                  # a click on another suggestion's words
    assert right_words(w, mentioned) == "told" and w.card.sid == coverage.id
    type_in_card(qtbot, w, coverage, "defences")
    plain = w.right.text().index("rain")
    click_span(qtbot, w.right, plain, plain + 4)      # a click on words that are no suggestion
    assert right_words(w, coverage) == "defences" and not w.card.isVisible()
    type_in_card(qtbot, w, officers, "staff")
    qtbot.mouseClick(w.card.close_button, Qt.LeftButton)   # the card closed with ×
    assert right_words(w, officers) == "staff"


def test_coming_back_to_the_same_words_finds_the_edit_still_typed(qtbot, make_window):
    w = make_window(DRAFT)
    mentioned = sug(w, "mentioned")
    type_in_card(qtbot, w, mentioned, "tol")
    a, b = w.review.session.spans[mentioned.id]
    click_span(qtbot, w.right, a, b)                  # the same words clicked again
    assert w.card.edit_line.isVisible() and w.card.edit_line.text() == "tol"
    assert mentioned.status is Status.PENDING


def test_an_edit_typed_in_the_card_is_saved_and_counts_as_unsaved_work_on_closing(qtbot, make_window, prompts):
    from unspin.gui.prompts import CloseChoice
    w = make_window(DRAFT)
    coverage = sug(w, "coverage")
    type_in_card(qtbot, w, coverage, "defences")
    out = w.files.source.path.with_name("out.txt")
    prompts.save_path_answer = str(out)
    prompts.pending_choice = prompts.pending_choice.KEEP
    assert w.files.save_as()
    assert "money for flood defences.\n" in out.read_text(encoding="utf-8")
    officers = sug(w, "officers")
    type_in_card(qtbot, w, officers, "staff")
    prompts.close_choice = CloseChoice.CANCEL
    w.close()                                         # the window asks: the typed words are unsaved work
    assert prompts.asked[-1][0] == "unsaved" and w.isVisible()
    assert right_words(w, officers) == "staff"


FIND = ("Town officers mentioned the rain today. The mayor 🙂 spoke.\n\n"
        "Ca\u0301fe\u0301 🙂🙂 owners told the Mayor of flood coverage; the mayor left.\n")


def test_ctrl_f_finds_words_in_the_pane_with_the_focus_counts_them_and_goes_round(qtbot, make_window):
    w = make_window(FIND)
    bar = w.find_bar
    w.right.setFocus()
    qtbot.keyClick(w.right, Qt.Key_F, Qt.ControlModifier)
    assert bar.isVisible() and bar.field.hasFocus() and bar.where.text() == "Find in Repaired:"
    qtbot.keyClicks(bar.field, "mayor")
    text = w.right.text()
    first = text.index("mayor")
    assert w.right.textCursor().selectedText() == "mayor"
    assert w.right.from_qt(w.right.textCursor().selectionStart()) == first
    assert bar.count.text() == "1 of 3"
    qtbot.keyClick(bar.field, Qt.Key_Return)           # the next: after an emoji and combining marks
    assert w.right.textCursor().selectedText() == "Mayor" and bar.count.text() == "2 of 3"
    qtbot.keyClick(bar.field, Qt.Key_F3)
    assert w.right.from_qt(w.right.textCursor().selectionStart()) == text.rindex("mayor")
    qtbot.keyClick(bar.field, Qt.Key_Return)           # round the end
    assert bar.count.text() == "1 of 3, from the start"
    qtbot.keyClick(bar.field, Qt.Key_Return, Qt.ShiftModifier)   # back round the start
    assert bar.count.text() == "3 of 3, from the end"
    bar.case.setChecked(True)                           # Match case: "Mayor" no longer counts
    assert bar.count.text().endswith("of 2")
    qtbot.keyClick(bar.field, Qt.Key_Escape)           # Esc: the bar goes, the pane has the keys
    assert not bar.isVisible() and w.right.hasFocus() and w.right.textCursor().selectedText() == "mayor"
    # in the original pane (Ctrl+1), found after the emoji and the combining marks
    w.actions_.focus_original.trigger()
    qtbot.keyClick(w.left, Qt.Key_F, Qt.ControlModifier)
    assert bar.where.text() == "Find in Original:"
    bar.field.selectAll()
    qtbot.keyClicks(bar.field, "owners")
    cursor = w.left.textCursor()
    assert cursor.selectedText() == "owners"
    assert w.left.from_qt(cursor.selectionStart()) == FIND.index("owners")
    qtbot.keyClicks(bar.field, "x")
    assert bar.count.text() == "No matches"


def test_find_on_a_suggestions_words_makes_it_current_and_the_keys_act_on_it(qtbot, make_window):
    w = make_window(FIND)
    officers, coverage = sug(w, "officers"), sug(w, "coverage")
    a, b = w.review.session.spans[officers.id]
    click_span(qtbot, w.right, a, b)                   # a card open at the top
    assert w.card.isVisible() and w.card.sid == officers.id
    w.actions_.find.trigger()
    qtbot.keyClicks(w.find_bar.field, "flood pol")
    qtbot.waitUntil(lambda: w.review.current == coverage.id, timeout=2000)   # when the typing pauses
    assert not w.card.isVisible()
    assert w.list.tree.currentIndex() == w.list.index_of(coverage.id)   # the list follows
    assert w.find_bar.field.hasFocus()                  # the keys stay in the find field
    w.actions_.accept.trigger()                         # Alt+A: the words found, not the card's
    assert coverage.status is Status.ACCEPTED and officers.status is Status.PENDING


def test_find_from_the_keyboard_alone_f3_opens_it_tab_reaches_match_case(qtbot, make_window):
    w = make_window(FIND)
    bar = w.find_bar
    w.right.setFocus()
    w.actions_.find_next.trigger()                      # F3 with no bar: the bar opens for the words
    assert bar.isVisible() and bar.field.hasFocus()
    qtbot.keyClicks(bar.field, "MAYOR")
    order = []
    for _ in range(3):
        qtbot.keyClick(w.focusWidget(), Qt.Key_Tab)
        order.append(w.focusWidget())
    assert order == [bar.previous_button, bar.next_button, bar.case]
    qtbot.keyClick(bar.case, Qt.Key_Space)              # Match case from the keyboard
    assert bar.case.isChecked() and bar.count.text() == "No matches"
    qtbot.keyClick(bar.case, Qt.Key_Escape)             # Esc anywhere in the bar closes it
    assert not bar.isVisible() and w.right.hasFocus()
    assert w.actions_.find.shortcut().matches(Qt.CTRL | Qt.Key_F)


def test_words_found_off_screen_are_shown_mid_pane_not_on_its_edge(qtbot, make_window):
    from tests.gui.conftest import wait
    paragraph = " ".join(["Town officers mentioned the rain today."] * 120)
    w = make_window(paragraph + " A needle lay in the long paragraph. " + paragraph + "\n")
    w.right.setFocus()
    w.actions_.find.trigger()
    qtbot.keyClicks(w.find_bar.field, "needle")
    wait(50)
    a = w.right.text().index("needle")
    rect, height = w.right.span_rect(a, a + 6), w.right.viewport().height()
    assert height * 0.25 < rect.center().y() < height * 0.75, (rect, height)


def test_deciding_in_a_card_opened_from_the_filtered_list_gives_the_keys_back_to_the_list(qtbot, make_window):
    w = make_window(DRAFT + "Harbour officers mentioned a new flood coverage, and the nation agreed.\n")
    lst, tree = w.list, w.list.tree
    lst.status_filter.setCurrentIndex(lst.status_filter.findData("pending"))
    qtbot.keyClick(w.right, Qt.Key_3, Qt.ControlModifier)          # Go to Suggestion List
    qtbot.keyClick(tree, Qt.Key_Down)
    second = lst.shown_ids()[1]
    qtbot.keyClick(tree, Qt.Key_Return)                              # its card, the focus in it
    assert w.card.isVisible() and w.card.sid == second and w.card.accept_button.hasFocus()
    qtbot.keyClick(w.card.accept_button, Qt.Key_Return)              # Accept from the card
    assert w.review.session.document.get(second).status is Status.ACCEPTED
    assert tree.hasFocus(), w.focusWidget()                          # back in the list, at its place
    assert tree.currentIndex().row() == 1 and w.review.current == lst.shown_ids()[1]
    qtbot.keyClick(tree, Qt.Key_Return)                              # and on: the next one's card
    nxt = lst.shown_ids()[1]
    assert w.card.sid == nxt
    qtbot.keyClick(w.card, Qt.Key_Escape)                            # closing the card: back to the list
    assert tree.hasFocus() and w.review.current == nxt
    # a card later opened from the pane gives the keys back to the pane
    w.actions_.focus_repaired.trigger()
    qtbot.keyClick(w.right, Qt.Key_Return, Qt.AltModifier)
    assert w.card.isVisible()
    qtbot.keyClick(w.card, Qt.Key_Escape)
    assert w.right.hasFocus()


def test_save_as_a_kind_unspin_does_not_write_is_refused_before_asking_about_pending(qtbot, make_window, prompts):
    w = make_window(DRAFT)
    for name in ("out.pdf", "out.html"):
        prompts.asked.clear()
        prompts.save_path_answer = str(w.files.source.path.with_name(name))
        assert not w.files.save_as()
        kinds = [a[0] for a in prompts.asked]
        assert "pending" not in kinds and kinds[-1] == "error", prompts.asked
        assert "Unspin" in prompts.asked[-1][2]
    assert not w.files.source.path.with_name("out.pdf").exists()
    assert w.review.session.pending_ids()                 # nothing applied on the way


def test_find_landing_on_another_suggestion_applies_the_edit_typed_and_keeps_the_keys_in_find(qtbot, make_window):
    w = make_window(DRAFT)
    mentioned, coverage = sug(w, "mentioned"), sug(w, "coverage")
    type_in_card(qtbot, w, mentioned, "told")
    w.actions_.find.trigger()
    qtbot.keyClicks(w.find_bar.field, "policy")
    qtbot.waitUntil(lambda: w.review.current == coverage.id, timeout=2000)
    assert right_words(w, mentioned) == "told" and w.find_bar.field.hasFocus()
    assert "applied" in w.statusBar().currentMessage()


def test_esc_in_find_gives_the_keys_back_to_the_cards_edit_line_it_was_opened_from(qtbot, make_window):
    w = make_window(DRAFT)
    mentioned = sug(w, "mentioned")
    type_in_card(qtbot, w, mentioned, "to")
    qtbot.keyClick(w.card.edit_line, Qt.Key_F, Qt.ControlModifier)
    assert w.find_bar.field.hasFocus()
    qtbot.keyClicks(w.find_bar.field, "rain")
    qtbot.keyClick(w.find_bar.field, Qt.Key_Escape)
    assert w.card.edit_line.hasFocus()
    qtbot.keyClicks(w.card.edit_line, "ld")
    qtbot.keyClick(w.card.edit_line, Qt.Key_Return)
    assert right_words(w, mentioned) == "told"


def test_match_case_has_a_key_of_its_own(qtbot, make_window):
    w = make_window(FIND)
    w.actions_.find.trigger()
    qtbot.keyClicks(w.find_bar.field, "Mayor")
    qtbot.keyClick(w.find_bar.field, Qt.Key_M, Qt.AltModifier)     # Alt+C was the list's Category too
    qtbot.waitUntil(w.find_bar.case.isChecked, timeout=1000)         # (a button's key clicks it in 0.1 s)
    assert w.find_bar.count.text().endswith("of 1")
    qtbot.keyClick(w.find_bar.field, Qt.Key_C, Qt.AltModifier)     # the list's Category keeps Alt+C
    assert w.list.category_filter.hasFocus()


def test_find_typed_with_composed_accents_selects_words_written_with_combining_marks(qtbot, make_window):
    w = make_window(FIND)
    w.actions_.focus_original.trigger()
    w.actions_.find.trigger()
    type_text(qtbot, w.find_bar.field, "cáfé")                         # composed, as a keyboard types it
    cursor = w.left.textCursor()
    a = FIND.index("Ca\u0301fe\u0301")
    assert (w.left.from_qt(cursor.selectionStart()), w.left.from_qt(cursor.selectionEnd())) == (a, a + 6)
    assert cursor.selectedText() == "Ca\u0301fe\u0301" and w.find_bar.count.text() == "1 of 1"


def test_the_find_field_does_not_jump_as_the_count_changes(qtbot, make_window):
    from tests.gui.conftest import wait
    w = make_window(FIND)
    w.resize(800, 500)
    w.actions_.find.trigger()
    qtbot.keyClicks(w.find_bar.field, "rain")
    wait(50)
    assert w.find_bar.count.text() == "1 of 1"
    width = w.find_bar.field.width()
    qtbot.keyClicks(w.find_bar.field, "zz")
    wait(50)
    assert w.find_bar.count.text() == "No matches" and w.find_bar.field.width() == width


def test_typing_over_a_selection_and_on_is_undone_in_one_ctrl_z(qtbot, make_window):
    w = make_window(DRAFT)
    before = w.right.text()
    a = before.index("rain")
    w.right.setFocus()
    w.right.setTextCursor(w.right.cursor_for(a, a + 4))      # "rain" selected
    qtbot.keyClicks(w.right, "snow")
    assert "the snow today" in w.right.text()
    qtbot.keyClick(w.right, Qt.Key_Z, Qt.ControlModifier)
    assert w.right.text() == before


TORTURED_LEXICON = """#@ group: test-tortured
#@ category: tortured phrase
spun\trestored\tpos\twhen\tconfidence\tnote
counterfeit consciousness\tartificial intelligence\t\t\t0.95\tA tortured "artificial intelligence".
"""


def test_a_stopped_analysis_measures_tortured_phrases_against_the_words_analysed(qtbot, make_window, tmp_path,
                                                                                 test_engine):
    # "Tortured phrases: 14 (0.5 per 1,000 words)": the part analysed's count over the whole text's
    # words (noticed by gui48)
    from unspin.engine import Engine, EngineSettings
    from unspin.engine.lexicon import parse_lexicon
    entries, problems = parse_lexicon(TORTURED_LEXICON, "tortured.tsv")
    assert not problems
    engine = Engine(EngineSettings(), nlp=test_engine.nlp, entries=entries)
    w = make_window(engine=engine)
    paragraph = ("We apply counterfeit consciousness to the early detection of faults in the pumps of "
                 "the plant, with the sensors read each hour.\n\n")      # 1 in 22 words: 45.5 per 1,000
    big = tmp_path / "paper.txt"
    big.write_text(paragraph * 3000, encoding="utf-8")
    open_and_stop(qtbot, w, big, timeout=60000)
    n = len(w.review.session.document)
    assert 0 < n < 3000
    w.status.bar.clearMessage()
    score = w.status.score_label.text()
    assert f"Tortured phrases in the part analysed: {n} (45.5 per 1,000 words)" in score, score


def test_a_click_on_match_case_leaves_the_keys_in_the_find_field(qtbot, make_window):
    w = make_window(FIND)
    w.actions_.find.trigger()
    qtbot.keyClicks(w.find_bar.field, "mayor")
    qtbot.mouseClick(w.find_bar.case, Qt.LeftButton)
    assert w.find_bar.case.isChecked() and w.find_bar.field.hasFocus()
    qtbot.keyClick(w.find_bar.field, Qt.Key_Return)       # Enter goes on finding
    assert w.find_bar.count.text() == "2 of 2"


def test_esc_in_the_text_closes_the_card_first_then_the_find_bar(qtbot, make_window):
    w = make_window(FIND)
    w.actions_.find.trigger()
    qtbot.keyClicks(w.find_bar.field, "rain")
    officers = sug(w, "officers")
    a, b = w.review.session.spans[officers.id]
    click_span(qtbot, w.right, a, b)                      # back in the text, a card open
    assert w.card.isVisible() and w.right.hasFocus() and w.find_bar.isVisible()
    qtbot.keyClick(w.right, Qt.Key_Escape)
    assert not w.card.isVisible() and w.find_bar.isVisible()
    qtbot.keyClick(w.right, Qt.Key_Escape)
    assert not w.find_bar.isVisible() and w.right.hasFocus()
