"""The window walked a fourth time (helper gui57): Find marks every match and ignores accents, a
space found across a wrapped line, and Save As proposing the kind chosen last."""
from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.conftest import status_at, suggestion_named as sug, type_text, wait
from unspin.gui import find_bar as find_bar_module

FIND = ("Town officers mentioned the rain today. The mayor 🙂 spoke.\n\n"
        "Ca\u0301fe\u0301 🙂🙂 owners told the Mayor of flood coverage; the mayor left.\n")


def spans_of(text, word):
    out, i = [], text.lower().find(word)
    while i >= 0:
        out.append((i, i + len(word)))
        i = text.lower().find(word, i + 1)
    return out


def test_find_marks_every_match_in_the_pane_searched_and_clears_them_on_closing(qtbot, make_window):
    w = make_window(FIND)
    bar = w.find_bar
    w.right.setFocus()
    w.actions_.find.trigger()
    qtbot.keyClicks(bar.field, "mayor")
    text = w.right.text()
    assert w.right.find_marks() == spans_of(text, "mayor")           # after the emoji, exactly
    assert bar.count.text() == "1 of 3" and w.left.find_marks() == []
    qtbot.keyClicks(bar.field, " l")                                  # the marks follow the query
    assert w.right.find_marks() == [(text.rindex("mayor"), text.rindex("mayor") + 7)]
    bar.field.selectAll()
    qtbot.keyClicks(bar.field, "policy")                              # a mark over a suggestion's highlight
    a, b = w.review.session.spans[sug(w, "coverage").id]
    assert w.right.find_marks() == [(a, b)] and status_at(w.right, a) is not None   # the suggestion is still read
    from unspin.gui.theme import FIND_PROPERTY
    marks = [s for s in w.right.extraSelections() if s.format.property(FIND_PROPERTY)]
    assert len(marks) == 1 and marks[0].format.background().color().alpha() < 255   # quieter than the match
    bar.field.selectAll()
    qtbot.keyClicks(bar.field, "Mayor")
    bar.case.setChecked(True)
    assert w.right.find_marks() == [(text.index("Mayor"), text.index("Mayor") + 5)]
    w.actions_.focus_original.trigger()                                # Find goes to the other pane
    wait(20)
    assert w.left.find_marks() == [(FIND.index("Mayor"), FIND.index("Mayor") + 5)] and w.right.find_marks() == []
    w.actions_.find.trigger()
    qtbot.keyClick(bar.field, Qt.Key_Escape)
    assert not bar.isVisible() and w.left.find_marks() == [] and w.right.find_marks() == []


def test_find_marks_only_the_first_matches_of_a_very_common_query(qtbot, make_window, monkeypatch):
    monkeypatch.setattr(find_bar_module, "MARK_LIMIT", 2)
    w = make_window(FIND)
    w.right.setFocus()
    w.actions_.find.trigger()
    qtbot.keyClicks(w.find_bar.field, "mayor")
    assert w.right.find_marks() == spans_of(w.right.text(), "mayor")[:2]
    assert w.find_bar.count.text() == "1 of 3"                          # the count still says all


def test_find_typed_without_accents_selects_the_accented_words_after_an_emoji(qtbot, make_window):
    w = make_window(FIND)
    w.actions_.focus_original.trigger()
    w.actions_.find.trigger()
    type_text(qtbot, w.find_bar.field, "cafe")
    cursor = w.left.textCursor()
    a = FIND.index("Ca\u0301fe\u0301")
    assert (w.left.from_qt(cursor.selectionStart()), w.left.from_qt(cursor.selectionEnd())) == (a, a + 6)
    assert cursor.selectedText() == "Ca\u0301fe\u0301" and w.find_bar.count.text() == "1 of 1"
    assert w.left.find_marks() == [(a, a + 6)]


def test_a_space_in_find_matches_a_line_break_inside_a_paragraph(qtbot, make_window):
    w = make_window("The mayor 🙂 said the rain\ncame today.\n\nRain came.\n")
    w.right.setFocus()
    w.actions_.find.trigger()
    qtbot.keyClicks(w.find_bar.field, "rain came")
    cursor = w.right.textCursor()
    a = w.right.text().index("rain\ncame")
    assert (w.right.from_qt(cursor.selectionStart()), w.right.from_qt(cursor.selectionEnd())) == (a, a + 9)
    assert w.find_bar.count.text() == "1 of 2"


def test_save_as_proposes_the_kind_chosen_last_in_this_session(qtbot, make_window, prompts, tmp_path):
    w = make_window("Town officers mentioned the rain.\n", tmp_name="first.txt")
    folder = w.files.source.path.parent
    prompts.save_path_answer = None
    assert not w.files.save_as()
    assert prompts.asked[-1] == ("save_path", str(folder / "first-repaired.txt"))   # the first time: its own
    prompts.save_path_answer = str(tmp_path / "first-fixed.md")
    assert w.files.save_as()
    prompts.save_path_answer = None
    assert not w.files.save_as()
    assert prompts.asked[-1] == ("save_path", str(folder / "first-repaired.md"))
    second = folder / "second.txt"
    second.write_text("The mayor mentioned the flood coverage.\n", encoding="utf-8")
    assert w.files.open_file(second)
    from tests.gui.conftest import wait_for_review
    wait_for_review(qtbot, w)
    assert not w.files.save_as()
    assert prompts.asked[-1] == ("save_path", str(folder / "second-repaired.md"))  # the kind chosen last


def test_a_docx_saved_as_markdown_from_the_window_keeps_its_headings_after_typing(qtbot, make_window, prompts,
                                                                                   tmp_path):
    import pytest
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_paragraph("Town officers mentioned the rain.")
    d.add_paragraph("The mayor", style="Heading 2")
    d.add_paragraph("# 1 on the list")
    d.save(str(tmp_path / "memo.docx"))
    w = make_window(tmp_path / "memo.docx")
    cursor = w.right.textCursor()
    cursor.setPosition(0)
    w.right.setTextCursor(cursor)
    w.right.setFocus()
    qtbot.keyClicks(w.right, "Note: ")                                # typing before the heading
    qtbot.keyClick(w.right, Qt.Key_Return)
    prompts.save_path_answer = str(tmp_path / "memo.md")
    from unspin.gui.prompts import PendingChoice
    prompts.pending_choice = PendingChoice.KEEP
    assert w.files.save_as()
    paragraphs = (tmp_path / "memo.md").read_text(encoding="utf-8").split("\n\n")   # a blank line apart
    assert paragraphs[0] == "Note: " and paragraphs[2:] == ["## The mayor", "\\# 1 on the list"], paragraphs
