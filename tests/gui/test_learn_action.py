"""File > Learn from Original…: learn the open (spun) document's swaps from its original, then review them."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import click_span, wait_for_review

ORIGINAL = ("The city council approved the budget on Tuesday after a long debate. "
            "The mayor said the plan would fund new buses.\n")
SPUN = ("The city council greenlit the budget on Tuesday after a prolonged debate. "
        "The mayor said the plan would fund new coaches.\n")


def _menu_texts(window):
    for a in window.menuBar().actions():
        if a.text() == "&File":
            return [x.text() for x in a.menu().actions()]
    return []


@pytest.mark.slow
def test_learn_from_original_saves_a_lexicon_and_reanalyses(qtbot, make_window, prompts, config_dir, tmp_path):
    w = make_window(SPUN, tmp_name="spun.txt")
    assert "&Learn from Original…" in _menu_texts(w)
    # the small test lexicon knows none of these swaps
    assert not [s for s in w.review.session.document.suggestions if s.original == "greenlit"]

    original = tmp_path / "original.txt"
    original.write_text(ORIGINAL, encoding="utf-8")
    w.learn.choose_original = lambda: original
    w.learn.action.trigger()
    qtbot.waitUntil(lambda: not w.learn.busy, timeout=30000)   # it learns in the background
    wait_for_review(qtbot, w)
    assert prompts.asked[-1][0] == "info" and prompts.asked[-1][2] == w.learn.last_message

    lexicon = config_dir / "lexicons" / "learned-spun.tsv"
    assert w.learn.last_path == lexicon and lexicon.is_file()
    assert "greenlit\tapproved" in lexicon.read_text(encoding="utf-8")
    assert w.learn.last_message.startswith("Learned 3 swaps") and "greenlit → approved" in w.learn.last_message
    # the original is kept as a source: copies of this story are repaired against it word for word
    assert w.learn.last_source == config_dir / "sources" / "original.txt"
    assert w.learn.last_source.read_text(encoding="utf-8") == ORIGINAL and "kept as a source" in w.learn.last_message

    doc = w.review.session.document
    found = [s for s in doc.suggestions if s.original == "greenlit"]
    assert found and found[0].replacement == "approved"
    s = found[0]
    click_span(qtbot, w.left, s.start, s.end)
    assert w.review.current == s.id and w.card.isVisible()
    qtbot.keyClick(w, Qt.Key_A, Qt.AltModifier)
    qtbot.waitUntil(lambda: "council approved the budget" in w.right.toPlainText(), timeout=5000)


def test_learn_without_a_document_explains(make_window):
    w = make_window()
    told = []
    w.learn.report = told.append
    w.learn.choose_original = lambda: pytest.fail("must not ask for a file without a document")
    w.learn.action.trigger()
    assert told and "Open the spun document first" in told[0]


@pytest.mark.slow
def test_an_unreadable_original_is_reported_and_nothing_is_written(make_window, config_dir, tmp_path):
    w = make_window(SPUN, tmp_name="spun.txt")
    told = []
    w.learn.report = told.append
    w.learn.choose_original = lambda: tmp_path / "missing.txt"
    w.learn.action.trigger()
    assert told and "missing.txt" in told[0]
    assert not (config_dir / "lexicons").exists()


@pytest.mark.slow
def test_cancelling_the_file_dialog_does_nothing(make_window, config_dir):
    w = make_window(SPUN, tmp_name="spun.txt")
    w.learn.choose_original = lambda: None
    w.learn.action.trigger()
    assert w.learn.last_path is None and not (config_dir / "lexicons").exists()


@pytest.mark.slow
def test_learning_runs_in_the_background_and_says_so(qtbot, make_window, prompts, config_dir, tmp_path, monkeypatch):
    """Learning parses both texts (about a second per thousand words): it froze the window under a
    wait cursor, 10 s for a 9,000-word pair, with nothing said (helper gui48)."""
    import threading
    import time

    from unspin.engine import learn
    w = make_window(SPUN, tmp_name="spun.txt")
    original = tmp_path / "original.txt"
    original.write_text(ORIGINAL, encoding="utf-8")
    w.learn.choose_original = lambda: original
    release = threading.Event()
    real_add_pair = learn.SubstitutionLearner.add_pair

    def slow_add_pair(self, *args, **kwargs):   # a long pair: holds until the test lets it go
        release.wait(3)
        return real_add_pair(self, *args, **kwargs)

    monkeypatch.setattr(learn.SubstitutionLearner, "add_pair", slow_add_pair)
    began = time.monotonic()
    w.learn.action.trigger()
    assert time.monotonic() - began < 1.5, "the window waited for the learning"
    assert w.learn.busy and not w.learn.action.isEnabled()
    assert "Learning" in w.statusBar().currentMessage() and w.status.progress.isVisible()
    # the window still answers meanwhile: typing reaches the repaired pane
    w.right.setFocus()
    qtbot.keyClicks(w.right, "Q")
    assert "Q" in w.right.text()
    release.set()
    qtbot.waitUntil(lambda: not w.learn.busy, timeout=30000)
    wait_for_review(qtbot, w)
    assert w.learn.action.isEnabled() and not w.status.progress.isVisible()
    assert (config_dir / "lexicons" / "learned-spun.tsv").is_file()
    assert [s for s in w.review.session.document if s.original == "greenlit"]
