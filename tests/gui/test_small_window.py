"""The window made small, as a user on a laptop half-screen makes it (helper gui48): the card and
the panes must stay readable, nothing drawn over anything else."""
from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QLabel, QPushButton

from tests.gui.conftest import click_span, wait

# Written for these tests: a long spun phrase, so the card's title and explanation wrap.
TEXT = ("The harbour officers mentioned that the local weather had delayed the sea wall, and the "
        "council set 4 p.c. of its budget aside for a new flood coverage after a go to by the mayor.\n")


def card_problems(w) -> list[str]:
    """What a user would see wrong with the card: text clipped or drawn over other text, buttons
    squeezed below the width their label needs, or the card past the window's edge."""
    card, problems = w.card, []
    shown = [c for kind in (QLabel, QPushButton) for c in card.findChildren(kind) if c.isVisible()]
    for c in shown:
        name = c.text()[:30]
        if isinstance(c, QPushButton) and c.width() < c.minimumSizeHint().width():
            problems.append(f"button {name!r} squeezed to {c.width()} px (needs {c.minimumSizeHint().width()})")
        if isinstance(c, QLabel) and c.wordWrap() and c.height() < c.heightForWidth(c.width()):
            problems.append(f"label {name!r} clipped: {c.height()} px of {c.heightForWidth(c.width())}")
        if not card.rect().contains(QRect(c.mapTo(card, c.rect().topLeft()), c.size())):
            problems.append(f"{name!r} outside the card")
    for i, a in enumerate(shown):
        for b in shown[i + 1:]:
            ga = QRect(a.mapTo(card, a.rect().topLeft()), a.size())
            gb = QRect(b.mapTo(card, b.rect().topLeft()), b.size())
            if ga.intersects(gb):
                problems.append(f"{a.text()[:20]!r} drawn over {b.text()[:20]!r}")
    if not w.rect().contains(card.geometry()):
        problems.append(f"card {card.geometry()} past the window {w.rect()}")
    return problems


def open_card(qtbot, w, words):
    s = next(s for s in w.review.session.document if s.original == words)
    a, b = w.review.session.spans[s.id]
    click_span(qtbot, w.right, a, b)
    wait(100)
    assert w.card.isVisible() and w.card.sid == s.id
    return s


def test_the_card_in_a_narrow_pane_wraps_its_text_and_stacks_its_buttons(qtbot, make_window):
    w = make_window(TEXT)
    w.resize(640, 460)
    wait(200)
    assert w.right.viewport().width() < 300        # a narrow pane: the card cannot have its 460 px
    open_card(qtbot, w, "local weather")
    assert card_problems(w) == []
    qtbot.mouseClick(w.card.edit_button, Qt.LeftButton)   # the edit line makes the card taller
    wait(50)
    assert w.card.edit_line.isVisible() and card_problems(w) == []
    assert w.card.rect().contains(w.card.edit_line.geometry())
    # A wide window again: the buttons go back side by side.
    w.card.dismiss()
    w.resize(1700, 900)
    wait(200)
    assert w.right.viewport().width() > 480
    open_card(qtbot, w, "coverage")
    assert card_problems(w) == []
    row = [w.card.accept_like_button, w.card.ignore_like_button, w.card.rule_button]
    assert len({b.y() for b in row}) == 1


def test_the_card_at_the_default_window_size_has_room_for_its_buttons(qtbot, make_window):
    w = make_window(TEXT)
    w.resize(1280, 800)   # the size a first start gets
    wait(200)
    open_card(qtbot, w, "local weather")
    assert card_problems(w) == []


def test_a_small_window_keeps_both_panes_readable_and_narrows_the_list_first(qtbot, make_window):
    from unspin.gui.main_window import PANE_MIN_WIDTH
    w = make_window(TEXT)
    w.resize(1200, 800)
    wait(200)
    wide_list = w.dock.width()
    w.resize(600, 460)   # half a small laptop screen
    wait(200)
    # Before, the list kept its 440 px and the panes wrapped the text a few letters a line.
    assert w.left.width() >= PANE_MIN_WIDTH and w.right.width() >= PANE_MIN_WIDTH
    assert w.dock.width() < wide_list
    assert w.left.viewport().width() > 20 * w.left.fontMetrics().averageCharWidth()   # ~20 letters a line
    # a click on a highlight still opens a card that fits in the window
    open_card(qtbot, w, "coverage")
    assert card_problems(w) == []


PAPER = ("We trained a profound learning model and a counterfeit consciousness agent on huge information. "
         "The irregular woodland classifier was compared with the neural organization.\n")


def message_room(w) -> int:
    """Width the status bar leaves for its message: up to the first visible permanent widget."""
    bar = w.statusBar()
    shown = [x for x in (w.status.progress, w.status.cancel_button, w.status.counts_label, w.status.score_label)
             if x.isVisible()]
    return min(x.geometry().left() for x in shown) if shown else bar.width()


def test_a_status_message_is_read_whole_beside_the_tortured_verdict(qtbot, make_window, engine):
    # At 1,024 px the counts and the verdict took the bar: "Rule tortured-science:profoun" was all a
    # user read of the message telling how to turn the rule back on; at 800 px nothing at all.
    w = make_window(PAPER, tmp_name="paper.txt", engine=engine)   # the bundled lexicons
    w.resize(1024, 700)
    wait(200)
    assert "high risk" in w.status.score_label.text() and "screening signal" in w.status.score_label.text()
    s = next(s for s in w.review.session.document if s.category.startswith("tortured"))
    a, b = w.review.session.spans[s.id]
    from tests.gui.conftest import click_span
    click_span(qtbot, w.right, a, b)
    qtbot.mouseClick(w.card.rule_button, Qt.LeftButton)
    wait(100)
    message = w.statusBar().currentMessage()
    assert message.endswith("Preferences can turn it back on.")
    assert w.statusBar().fontMetrics().horizontalAdvance(message) <= message_room(w)
    # the verdict is still there, shorter, and whole in its tooltip
    assert "high risk" in w.status.score_label.text() and "not proof" in w.status.score_label.toolTip()
    assert "Pending" in w.status.counts_label.text()
    # once the message is gone the full counts and verdict come back
    w.statusBar().clearMessage()
    wait(50)
    assert "screening signal" in w.status.score_label.text() and "Ignored 1" in w.status.counts_label.text()
