"""Never losing a word: crash autosave and recovery, remembered decisions, files changed on disk."""
from __future__ import annotations

from unspin.core.model import Status
from unspin import store
from unspin.gui.prompts import CloseChoice, PendingChoice, RecoveryChoice
from tests.gui.conftest import wait_for_review

TEXT = ("The town officers mentioned the local weather today.\n\n"
        "The council set 4 p.c. for a new flood coverage, and other officers agreed.\n")


def preview(text):
    """What the repaired pane shows before any decision: every (test-lexicon) repair applied."""
    for spun, repair in (("officers", "officials"), ("mentioned", "said"), ("local weather", "climate"),
                         ("p.c.", "percent"), ("coverage", "policy")):
        text = text.replace(spun, repair)
    return text


def sid(w, words):
    return next(s.id for s in w.review.session.document if s.original == words)


def status(w, words):
    return w.review.session.document.get(sid(w, words)).status


def work_on(qtbot, w):
    """Decisions and typing, left unsaved."""
    w.review.accept(sid(w, "p.c."))
    w.review.ignore(sid(w, "mentioned"))
    w.right.setTextCursor(w.right.cursor_for(len(w.right.text())))
    qtbot.keyClicks(w.right, "Typed before the crash.")
    assert w.isWindowModified()


def crash(qtbot, w):
    """The autosave timer fires, then the program dies: the window is never closed."""
    assert w.recovery._autosave_timer.isActive()        # a change started the countdown
    w.recovery._autosave_timer.timeout.emit()           # ...which runs out
    assert not w.recovery._autosave_timer.isActive()
    return store.autosave_path(w.files.source.path)


# -- autosave and recovery ---------------------------------------------------------------------------
def test_crash_then_recover_restores_text_and_decisions(qtbot, make_window, prompts):
    w = make_window(TEXT)
    work_on(qtbot, w)
    text, decisions = w.right.text(), w.review.session.document.decisions()
    autosave = crash(qtbot, w)
    assert autosave.is_file()
    saved = store.read_autosave(w.files.source.path)
    assert saved["text"] == text and saved["decisions"] == decisions

    prompts.recover_choice = RecoveryChoice.RECOVER
    w2 = make_window(w.files.source.path)    # a new window, as after a restart
    assert ("recover", "article.txt", saved["saved_at"]) in prompts.asked
    assert w2.right.text() == text and w2.left.text() == TEXT
    assert w2.review.session.document.decisions() == decisions
    assert status(w2, "p.c.") is Status.ACCEPTED and status(w2, "mentioned") is Status.IGNORED
    assert w2.isWindowModified()
    # the recovered review works like any other: undo nothing recovered, keep reviewing, save
    w2.review.accept(sid(w2, "coverage"))
    assert "new flood policy" in w2.right.text() and w2.right.text().endswith("Typed before the crash.")
    prompts.pending_choice = PendingChoice.KEEP
    assert w2.files.save()
    saved = w2.files.source.path.read_text(encoding="utf-8")
    assert saved == w2.right.text().replace("officials", "officers").replace("climate", "local weather")
    assert "new flood policy" in saved and saved.endswith("Typed before the crash.")
    assert not autosave.exists()       # saved: nothing left to recover


def test_crash_then_discard_deletes_the_autosave(qtbot, make_window, prompts):
    w = make_window(TEXT)
    work_on(qtbot, w)
    autosave = crash(qtbot, w)
    prompts.recover_choice = RecoveryChoice.DISCARD
    w2 = make_window(w.files.source.path)
    assert [q for q in prompts.asked if q[0] == "recover"]
    assert not autosave.exists()
    assert w2.right.text() == preview(TEXT) and not w2.isWindowModified()
    assert all(s.status is Status.PENDING for s in w2.review.session.document)


def test_autosave_follows_the_timer_and_is_cleared_by_save_and_discard(qtbot, make_window, prompts):
    w = make_window(TEXT)
    assert not w.recovery._autosave_timer.isActive()     # nothing changed yet
    w.recovery._autosave_timer.setInterval(30)
    w.review.accept(sid(w, "p.c."))
    path = store.autosave_path(w.files.source.path)
    qtbot.waitUntil(path.is_file, timeout=5000)
    assert "4 percent" in store.read_autosave(w.files.source.path)["text"]
    w.review.undo()                                    # back to the file's state: nothing to recover
    qtbot.waitUntil(lambda: not path.exists(), timeout=5000)

    w.review.accept(sid(w, "p.c."))
    w.recovery.autosave_now()
    assert path.is_file()
    prompts.close_choice = CloseChoice.DISCARD  # a deliberate discard at close
    assert w.close()
    assert not path.exists()


def test_no_offer_after_a_clean_close(qtbot, make_window, prompts):
    w = make_window(TEXT)
    w.review.accept(sid(w, "p.c."))
    w.recovery.autosave_now()
    prompts.close_choice = CloseChoice.SAVE
    prompts.pending_choice = PendingChoice.KEEP
    assert w.close()
    assert not store.autosave_path(w.files.source.path).exists()
    make_window(w.files.source.path)
    assert not [q for q in prompts.asked if q[0] == "recover"]


def test_autosave_of_a_file_changed_since_is_kept_aside(qtbot, make_window, prompts):
    w = make_window(TEXT)
    work_on(qtbot, w)
    text = w.right.text()
    autosave = crash(qtbot, w)
    w.files.source.path.write_text(TEXT.replace("today", "yesterday"), encoding="utf-8")
    w2 = make_window(w.files.source.path)
    assert not [q for q in prompts.asked if q[0] == "recover"]   # its decisions do not fit any more
    assert w2.right.text() == preview(TEXT.replace("today", "yesterday"))
    infos = [q for q in prompts.asked if q[0] == "info" and q[1] == "Unsaved work kept aside"]
    assert infos and "changed" in infos[-1][2]
    kept = [p for p in store.autosave_dir().glob("article-unsaved-*.txt")]
    assert len(kept) == 1 and kept[0].read_text(encoding="utf-8") == text and str(kept[0]) in infos[-1][2]
    assert not autosave.exists()


def test_leftover_autosaves_are_offered_at_start_up(qtbot, make_window, prompts):
    w = make_window(TEXT)
    work_on(qtbot, w)
    text = w.right.text()
    crash(qtbot, w)
    w2 = make_window()                    # started without a file
    assert w2.files.offer_leftover_autosaves()
    wait_for_review(qtbot, w2)
    assert w2.files.source.path == w.files.source.path and w2.right.text() == text
    assert status(w2, "p.c.") is Status.ACCEPTED
    assert len([q for q in prompts.asked if q[0] == "recover"]) == 1   # asked once, not again on opening

    prompts.recover_choice = RecoveryChoice.DISCARD
    w2.recovery.autosave_now()
    w3 = make_window()
    assert not w3.files.offer_leftover_autosaves() and w3.files.source is None
    assert not store.list_autosaves()


def test_the_sample_is_autosaved_under_its_own_path(qtbot, make_window, prompts):
    from unspin.resources_path import resource
    w = make_window()
    assert w.files.open_sample()
    wait_for_review(qtbot, w)
    w.review.accept(w.review.session.document.suggestions[0].id)
    text = w.right.text()
    w.recovery.autosave_now()
    data = store.read_autosave(resource("samples", "sample.txt"))
    assert data["text"] == text and data["extra"]["sample"]
    w2 = make_window()
    assert w2.files.offer_leftover_autosaves()
    wait_for_review(qtbot, w2)
    assert w2.right.text() == text and w2.files.is_sample


def test_remembered_decisions_use_the_shared_store(qtbot, make_window, prompts):
    w = make_window(TEXT)
    w.review.accept(sid(w, "p.c."))
    assert w.files.maybe_close_document()                 # discard: decisions are remembered, not saved
    remembered = store.load_remembered(w.files.source.path, TEXT)
    assert remembered and remembered["decisions"][0]["original"] == "p.c."
    moved = store.load_remembered(w.files.source.path, "Update: " + TEXT)  # the file changed since
    assert moved["relocated"] and moved["decisions"][0]["start"] == remembered["decisions"][0]["start"] + 8
    assert store.load_remembered(w.files.source.path, TEXT.replace("p.c.", "percent")) is None
    assert not store.autosave_path(w.files.source.path).exists()
    w2 = make_window(w.files.source.path)
    assert status(w2, "p.c.") is Status.ACCEPTED
    assert not [q for q in prompts.asked if q[0] == "recover"]


def test_ignored_suggestions_stay_ignored_after_saving_the_repair_over_the_file(qtbot, make_window, prompts):
    w = make_window(TEXT)
    w.review.accept(sid(w, "p.c."))
    w.review.ignore(sid(w, "coverage"))
    prompts.pending_choice = PendingChoice.KEEP
    assert w.files.save()                                  # the repaired text is now the file's text
    assert w.files.maybe_close_document()
    w2 = make_window(w.files.source.path)                  # reopened: the text differs from the review's
    assert "4 percent" in w2.left.text()
    assert status(w2, "coverage") is Status.IGNORED  # the user's "ignore" is remembered
    assert status(w2, "mentioned") is Status.PENDING


# -- the file changed on disk --------------------------------------------------------------------------
# (not "new words": "word" was a spun "note" twice in the training pairs, and with the trigram model
# the restorer reads "new notes" about as well; the reload, not the repair, is what these tests check)
NEW_TEXT = "Entirely new text: the officers mentioned a new coverage.\n"


def test_file_changed_on_disk_reload_picks_up_new_text(qtbot, make_window, prompts):
    w = make_window(TEXT)
    assert not w.recovery.disk_bar.isVisible()
    w.files.source.path.write_text(NEW_TEXT, encoding="utf-8")
    qtbot.waitUntil(w.recovery.disk_bar.isVisible, timeout=5000)     # the file watcher noticed
    assert "changed" in w.recovery.disk_bar.message.text() and "article.txt" in w.recovery.disk_bar.message.text()
    assert w.recovery.disk_bar.reload_button.isVisible()
    assert w.right.text() == preview(TEXT)                    # nothing happens until the user says
    w.recovery.disk_bar.reload_button.click()                          # no unsaved work: no question
    assert not [q for q in prompts.asked if q[0] == "confirm"]
    wait_for_review(qtbot, w)
    assert w.left.text() == NEW_TEXT and w.right.text() == preview(NEW_TEXT)
    assert not w.recovery.disk_bar.isVisible() and not w.isWindowModified()


def test_reload_with_unsaved_work_asks_first(qtbot, make_window, prompts):
    w = make_window(TEXT)
    w.review.accept(sid(w, "p.c."))
    mine = w.right.text()
    w.files.source.path.write_text(NEW_TEXT, encoding="utf-8")
    assert w.recovery.check_disk() and w.recovery.disk_bar.isVisible()
    prompts.confirm_answer = False
    assert not w.files.reload_from_disk()
    assert prompts.asked[-1][0] == "confirm" and "unsaved" in prompts.asked[-1][2]
    assert w.right.text() == mine and w.isWindowModified() and w.recovery.disk_bar.isVisible()
    prompts.confirm_answer = True
    w.recovery.disk_bar.reload_button.click()
    wait_for_review(qtbot, w)
    assert w.right.text() == preview(NEW_TEXT) and not w.isWindowModified()
    assert not store.autosave_path(w.files.source.path).exists()


def test_keep_mine_keeps_the_text(qtbot, make_window, prompts):
    w = make_window(TEXT)
    w.review.accept(sid(w, "p.c."))
    mine = w.right.text()
    w.files.source.path.write_text(NEW_TEXT, encoding="utf-8")
    assert w.recovery.check_disk()
    w.recovery.disk_bar.keep_button.click()
    assert not w.recovery.disk_bar.isVisible()
    assert w.right.text() == mine and w.left.text() == TEXT and w.isWindowModified()
    assert not w.recovery.check_disk()                  # the same outside change is not reported twice
    w.review.undo()                                   # the file differs from the window: still unsaved
    assert w.isWindowModified()
    prompts.pending_choice = PendingChoice.KEEP
    assert w.files.save()
    assert w.files.source.path.read_text(encoding="utf-8") == TEXT and not w.isWindowModified()


def test_activation_checks_the_file(qtbot, make_window, monkeypatch):
    from PySide6.QtCore import QEvent
    w = make_window(TEXT)
    w.recovery.watcher.removePaths(w.recovery.watcher.files())   # as if the watcher missed it (network drive...)
    w.files.source.path.write_text(NEW_TEXT, encoding="utf-8")
    monkeypatch.setattr(w, "isActiveWindow", lambda: True)
    w.changeEvent(QEvent(QEvent.ActivationChange))
    qtbot.waitUntil(w.recovery.disk_bar.isVisible, timeout=5000)


def test_saving_over_a_file_changed_elsewhere_asks(qtbot, make_window, prompts):
    w = make_window(TEXT)
    w.review.accept(sid(w, "p.c."))
    w.files.source.path.write_text(NEW_TEXT, encoding="utf-8")
    prompts.pending_choice = PendingChoice.KEEP
    prompts.confirm_answer = False
    assert not w.files.save()
    assert prompts.asked[-1][:2] == ("confirm", "File changed on disk")
    assert w.files.source.path.read_text(encoding="utf-8") == NEW_TEXT and w.isWindowModified()
    prompts.confirm_answer = True
    assert w.files.save()
    assert "4 percent" in w.files.source.path.read_text(encoding="utf-8") and not w.recovery.check_disk()


def test_deleted_file_is_reported_and_saving_recreates_it(qtbot, make_window, prompts):
    w = make_window(TEXT)
    w.review.accept(sid(w, "p.c."))
    mine = w.right.text()
    path = w.files.source.path
    path.unlink()
    qtbot.waitUntil(w.recovery.disk_bar.isVisible, timeout=5000)
    assert "deleted" in w.recovery.disk_bar.message.text() and not w.recovery.disk_bar.reload_button.isVisible()
    assert w.right.text() == mine
    w.recovery.disk_bar.keep_button.click()            # "OK"
    assert not w.recovery.disk_bar.isVisible() and w.isWindowModified()
    prompts.pending_choice = PendingChoice.KEEP
    assert w.files.save()
    assert path.read_text(encoding="utf-8") == TEXT.replace("p.c.", "percent") and not w.isWindowModified()
    assert w.right.text() == mine   # still proposing the pending repairs
    assert str(path) in w.recovery.watcher.files()     # watched again
    path.write_text(NEW_TEXT, encoding="utf-8")
    qtbot.waitUntil(w.recovery.disk_bar.isVisible, timeout=5000)


def test_autosave_of_another_running_unspin_is_left_alone(qtbot, make_window, prompts, monkeypatch):
    import os
    w = make_window(TEXT)
    work_on(qtbot, w)
    autosave = crash(qtbot, w)
    monkeypatch.setattr(os, "getpid", lambda: 999_999_999)   # "this" process is another one now
    w2 = make_window()
    assert not w2.files.offer_leftover_autosaves()
    assert autosave.exists() and not [q for q in prompts.asked if q[0] in ("recover", "info")]


def test_reanalysing_keeps_an_outside_change_reported(qtbot, make_window):
    w = make_window(TEXT)
    w.files.source.path.write_text(NEW_TEXT, encoding="utf-8")
    assert w.recovery.check_disk()
    w.files.reanalyse()
    wait_for_review(qtbot, w)
    assert w.recovery.disk_bar.isVisible() and w.right.text() == preview(TEXT)


def test_a_big_autosave_is_written_off_the_gui_thread_and_recovers(qtbot, make_window, prompts, monkeypatch):
    from unspin.gui.recovery import RecoveryController
    monkeypatch.setattr(RecoveryController, "AUTOSAVE_IN_BACKGROUND", 0)   # every autosave "big"
    w = make_window(TEXT)
    work_on(qtbot, w)
    text, decisions, spans = w.right.text(), w.review.session.document.decisions(), list(w.review.session.spans)
    path = crash(qtbot, w)
    assert w.recovery.wait_for_autosave(10000)
    saved = store.read_autosave(w.files.source.path)
    assert path.is_file() and saved["text"] == text and saved["decisions"] == decisions
    assert saved["extra"]["spans"] == [list(s) for s in spans]

    # a newer state always wins over the write still queued; a save cancels both
    w.review.accept(sid(w, "coverage"))
    w.recovery.autosave_now()
    w.review.ignore(sid(w, "officers"))
    w.recovery.autosave_now()
    assert w.recovery.wait_for_autosave(10000)
    assert store.read_autosave(w.files.source.path)["text"] == w.right.text()
    w.review.accept(sid(w, "local weather"))
    w.recovery.autosave_now()
    w.recovery.discard_autosave()
    assert w.recovery.wait_for_autosave(10000)
    assert not path.exists()

    w.review.undo()
    w.recovery.autosave_now()
    assert w.recovery.wait_for_autosave(10000)
    crashed_text, crashed_decisions = w.right.text(), w.review.session.document.decisions()
    prompts.recover_choice = RecoveryChoice.RECOVER
    w2 = make_window(w.files.source.path)    # after a restart
    assert w2.right.text() == crashed_text and w2.review.session.document.decisions() == crashed_decisions
    assert w2.review.session.spans == w.review.session.spans
