"""The review session without Qt: the preview text, decisions, typing and the one undo history."""
from unspin.core.model import Document, Status, Suggestion
from unspin.core.review import Review
from unspin.core.span_tracking import TextChange

TEXT = "👍🏽 The officers mentioned a go to e\u0301 Rome, the nation said."


def make_review(tentative_nation=True):
    def sug(word, repl, conf=0.9):
        start = TEXT.index(word)
        return Suggestion(start, start + len(word), word, repl, confidence=conf, rule="r:" + word,
                          tentative=conf < 0.5)
    doc = Document(TEXT, [sug("officers", "officials"), sug("mentioned", "said"),
                          sug("go to", "visit"), sug("nation", "country", 0.3 if tentative_nation else 0.9)])
    return Review(doc)


def words(review, sid):
    a, b = review.spans[sid]
    return review.text[a:b]


def test_the_preview_applies_pending_repairs_but_keeps_tentative_ones_original():
    r = make_review()
    assert r.text == "👍🏽 The officials said a visit e\u0301 Rome, the nation said."
    assert [words(r, i) for i in range(4)] == ["officials", "said", "visit", "nation"]
    assert r.pending_ids() == [0, 1, 2] and r.pending_ids(include_tentative=True) == [0, 1, 2, 3]
    assert not r.is_typed()


def test_ignoring_puts_the_original_back_and_accepting_a_tentative_one_applies_it():
    r = make_review()
    mirrored = []
    r.mirror = lambda a, b, new: mirrored.append((a, b, new))
    r.run("Ignore", lambda: r.document.ignore(1))
    assert words(r, 1) == "mentioned" and "officials mentioned a visit" in r.text
    assert mirrored == [(r.spans[1][0], r.spans[1][0] + 4, "mentioned")]
    r.run("Accept", lambda: r.document.accept(3))
    assert r.text.endswith("the country said.")
    assert r.document.get(3).status is Status.ACCEPTED


def test_one_history_undoes_and_redoes_decisions_typing_and_spans_together():
    r = make_review()
    start = r.text
    r.run("Accept all", lambda: r.document.accept_all(0.5))      # one step
    end = r.spans[0][1]
    for k, ch in enumerate("s!"):                                  # typing right after a suggestion
        r.typed(TextChange(end + k, "", ch))
    assert words(r, 0) == "officials" and "officialss! said" in r.text   # typed after it, not in it
    assert r.history.index == 2, "keystrokes in one place are one step"
    assert r.history.undo_label() == "Typing"
    r.undo()
    assert r.text == start
    assert r.document.get(0).status is Status.ACCEPTED
    r.undo()
    assert r.text == start and all(s.status is Status.PENDING for s in r.document)
    assert not r.history.can_undo() and r.history.is_clean()
    r.redo()
    r.redo()
    assert "officialss! said" in r.text and r.document.get(3).status is Status.PENDING
    assert not r.history.is_clean()


def test_typing_over_a_suggestion_edits_it_and_deleting_around_it_drops_it():
    r = make_review()
    a, b = r.spans[2]                          # "visit"
    r.typed(TextChange(a, "visit", "tour"))
    assert r.document.get(2).status is Status.EDITED and r.document.get(2).edited_text == "tour"
    a, b = r.spans[1]
    r.typed(TextChange(a - 1, r.text[a - 1:b + 1], ""))   # " said " gone with its spaces
    assert not r.actionable(1) and 1 not in r.pending_ids()
    assert r.sid_at(r.spans[0][0] + 1) == 0 and r.sid_at(0, left=True) is None


def test_a_new_step_drops_the_redo_branch_and_a_saved_state_in_it():
    r = make_review()
    r.run("Accept", lambda: r.document.accept(0))
    r.history.set_clean()
    r.undo()
    r.run("Ignore", lambda: r.document.ignore(1))
    assert not r.history.can_redo() and r.history.clean is None


def test_typing_over_a_selection_and_on_is_one_undo_step():
    # helper gui50 (left by gui48): the letter typed over the selection and the rest were two steps
    r = make_review()
    start = r.text
    a = r.text.index("Rome")
    r.typed(TextChange(a, "Rome", "P"))          # "Rome" selected, "P" typed over it
    for k, ch in enumerate("aris"):
        r.typed(TextChange(a + 1 + k, "", ch))
    assert "Paris, the nation" in r.text and r.history.index == 1
    r.undo()
    assert r.text == start
    # a paste over a selection stays a step of its own; typing after it is the next step
    r.typed(TextChange(a, "Rome", "Paris"))
    r.typed(TextChange(a + 5, "", "!"))
    assert r.history.index == 2
