"""Hostile input through the window (pytest-qt): opening a FIFO, a save the file's encoding
cannot hold, and a save with nothing accepted in a file with mixed line endings."""
from __future__ import annotations

import os

import pytest

pytest.importorskip("pytestqt")

from tests.gui.conftest import (ScriptedPrompts, config_dir, make_window, prompts, test_engine,  # noqa: E402,F401
                                type_text, wait_for_review)
from unspin.gui.prompts import PendingChoice  # noqa: E402


def test_opening_a_fifo_is_refused_at_once(hostile, make_window, prompts, tmp_path):
    window = make_window()
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert not window.open_file(fifo)   # returns: nothing waits for a writer on the pipe
    errors = [a for a in prompts.asked if a[0] == "error"]
    assert len(errors) == 1 and "FIFO" in errors[0][2]
    hostile.count("clear errors")


def test_a_character_the_encoding_cannot_hold_is_asked_about(hostile, make_window, prompts, qtbot, tmp_path):
    raw = "Café au lait.\r\nSecond line.\n".encode("cp1252")
    path = tmp_path / "menu.txt"
    path.write_bytes(raw)
    window = make_window(path)
    window.right.setFocus()
    type_text(qtbot, window.right, "✓")
    prompts.confirm_answer = False
    assert not window.files.save()
    asked = [a for a in prompts.asked if a[0] == "confirm"]
    assert len(asked) == 1 and "cp1252" in asked[0][2] and "UTF-8" in asked[0][2]
    hostile.intact(path, raw)                      # declined: not a byte changed
    assert window.isWindowModified()               # ...and the typing is still there
    prompts.confirm_answer = True
    assert window.files.save()
    assert path.read_bytes() == "✓Café au lait.\r\nSecond line.\n".encode("utf-8")


def test_saving_with_nothing_accepted_is_byte_exact(hostile, make_window, prompts, tmp_path):
    raw = b"The town officers mentioned it.\r\nThe local weather was fine.\n\r\nThird.\r\r\n"
    path = tmp_path / "mixed.txt"
    path.write_bytes(raw)
    window = make_window(path)
    assert len(window.review.session.document) > 0
    prompts.pending_choice = PendingChoice.KEEP
    assert window.files.save()
    hostile.intact(path, raw)


def test_a_stretch_too_long_to_analyse_is_reported_in_the_status_bar(hostile, make_window, tmp_path):
    run = "=" * 1_500                       # no word is that long: blanked before spaCy (engine/windows.py)
    window = make_window(f"The town officers mentioned it. {run} The local weather was fine.\n")
    message = window.statusBar().currentMessage()
    assert message.startswith("Not analysed: 1,500 characters without a space"), message
    # ...and the prose around it is still analysed.
    assert {s.original for s in window.review.session.document} >= {"officers", "local weather"}
    hostile.count("clear errors")


def test_a_remembered_file_name_holding_a_nul_is_reported(hostile, make_window, prompts, tmp_path):
    # A recent-files entry comes from settings.json, where "\u0000" is valid JSON: opening it raised
    # ValueError("embedded null byte") out of the menu's slot instead of saying it cannot be opened.
    window = make_window("The town officers mentioned it.\n")
    assert not window.files.open_file(str(tmp_path / "gone\x00.txt"))
    errors = [a for a in prompts.asked if a[0] == "error"]
    assert len(errors) == 1 and "no such file" in errors[0][2]
    assert "officers" in window.left.toPlainText()   # the open document stays
    hostile.count("clear errors")


def test_a_recent_files_list_of_twenty_thousand_is_shown_as_ten(hostile, make_window, tmp_path):
    import time
    window = make_window("The town officers mentioned it.\n")
    # settings.json, edited by hand or by another program: the window itself keeps ten.
    window.files.settings().recent_files = [str(tmp_path / f"gone-{i}.txt") for i in range(20_000)]
    started = time.monotonic()
    window.files._fill_recent_menu()
    entries = [a for a in window.files.recent_menu.actions() if "gone-" in a.toolTip()]
    assert len(entries) == 10, f"{len(entries)} entries in the menu, built in {time.monotonic() - started:.1f} s"
    hostile.count("clear errors")


# -- damaged autosaves and remembered reviews (helper hostile58) ------------------------------------
def _damaged(data: dict) -> dict:
    """An autosave or remembered review as a damaged disk or a hand edit leaves it: every field the
    window reads besides the text of the wrong type."""
    return {**data, "saved_at": "yesterday", "pid": "12", "extra": ["spans"],
            "decisions": [1, None, {"start": [4], "end": 12, "original": "officers"},
                          {"start": 9, "end": 17, "original": "officers", "status": "ignored", "replacement": 5}],
            "right_text": 7, "spans": {"a": 1}, "dropped": "all"}


def test_a_damaged_autosave_is_still_offered_at_start_up(hostile, make_window, prompts, qtbot, tmp_path):
    import json
    from unspin.store import autosave as store
    doc = tmp_path / "article.txt"
    doc.write_text("The town officers mentioned it.\n", encoding="utf-8")
    typed = "The town officials said it, as I typed before the crash.\n"
    store.write_autosave(doc, typed, [])
    other = tmp_path / "other.txt"          # a second autosave: the list is sorted by saved_at
    other.write_text("Another document.\n", encoding="utf-8")
    store.write_autosave(other, "Another document, typed.\n", [])
    other.write_text("Another document, changed since.\n", encoding="utf-8")   # set aside, not offered
    path = store.autosave_path(doc)
    path.write_text(json.dumps(_damaged(json.loads(path.read_text(encoding="utf-8")))), encoding="utf-8")
    window = make_window()
    # was: TypeError ("'<' not supported between 'str' and 'float'") out of the start-up timer, every
    # start, the window left empty and the unsaved work never offered
    assert window.files.offer_leftover_autosaves()
    wait_for_review(qtbot, window)
    asked = [a for a in prompts.asked if a[0] == "recover"]
    assert asked and asked[0][1:] == ("article.txt", 0.0)    # "an earlier session": the time is gone
    kept = list(store.autosave_dir().glob("article-unsaved-*.txt"))
    # Its pane spans were damaged too: the typed text cannot be placed, so it is kept aside and said so.
    assert [p.read_text(encoding="utf-8") for p in kept] == [typed]
    assert any(a[0] == "info" and str(kept[0]) in a[2] for a in prompts.asked)
    hostile.count("clear errors")


def test_a_damaged_remembered_review_does_not_stop_the_file_opening(hostile, make_window, prompts, tmp_path):
    import json
    from unspin.store.remembered import remembered_path
    doc = tmp_path / "article.txt"
    text = "The town officers mentioned it.\n"
    doc.write_text(text, encoding="utf-8")
    from unspin.store.remembered import save_remembered, text_hash
    save_remembered(doc, text, [])
    path = remembered_path(doc)
    data = _damaged(json.loads(path.read_text(encoding="utf-8")))
    path.write_text(json.dumps({**data, "text_sha256": text_hash(text)}), encoding="utf-8")
    # was: AttributeError ("'int' object has no attribute 'get'") as the review began: no review shown
    window = make_window(doc)
    assert {s.original for s in window.review.session.document} >= {"officers"}
    assert not [a for a in prompts.asked if a[0] == "error"]
