"""Words edited to nothing take one space with them, in the live review and in the text rebuilt
from the document, and get it back when words return (helper gui49)."""
import re

from unspin.core.model import Document, Suggestion
from unspin.core.review import Review

# "spare" is our spun word; every place it can stand: mid-sentence, before a full stop, before a
# comma, at the start of a line, at the end of a line and of the text, in brackets, hyphenated.
TEXT = ("The spare vote passed. Nobody saw the vote spare. Then spare, the count\n"
        "Spare members left early\nthe hall was spare\n(spare) a spare-time job, ends spare")
WANTED = ("The vote passed. Nobody saw the vote. Then, the count\n"
          "members left early\nthe hall was\n() a -time job, ends")


def make() -> Review:
    sugs = [Suggestion(m.start(), m.end(), m.group(), "final") for m in re.finditer("(?i)spare", TEXT)]
    return Review(Document(TEXT, sugs))


def delete_all(r: Review, order) -> None:
    for sid in order:
        r.run("Edit", lambda sid=sid: r.document.edit(sid, ""))


def test_an_edit_to_nothing_leaves_one_space_and_none_before_punctuation_or_at_a_line_edge():
    r = make()
    delete_all(r, range(len(r.document)))
    assert r.text == WANTED
    assert "  " not in r.text and " ." not in r.text and " ," not in r.text and "\n " not in r.text
    # the document's own rendering (what a saved file and "is it typed?" read) agrees
    assert r.document.repaired_text(True) == WANTED and not r.is_typed()
    assert r.spans == r.document.repaired_spans(True)
    # each deleted suggestion sits, empty, where its words were
    assert [r.text[a - 4:a] for a, b in r.spans[:2]] == ["The ", "vote"] and all(a == b for a, b in r.spans)


def test_the_order_of_the_deletions_does_not_matter_and_spans_stay_on_their_words():
    r = make()
    delete_all(r, [1, 4, 0])
    assert r.text.startswith("The vote passed. Nobody saw the vote. Then final, the count\nfinal members")
    for sid in range(len(r.document)):
        a, b = r.spans[sid]
        assert r.text[a:b] == r.document.get(sid).shown_text(True)
    assert r.text == r.document.repaired_text(True) and not r.is_typed()


def test_words_put_back_get_their_space_back_and_undo_restores_the_text_exactly():
    r = make()
    start = r.text
    delete_all(r, range(len(r.document)))
    for sid in range(len(r.document)):
        r.run("Ignore", lambda sid=sid: r.document.ignore(sid))
    assert r.text == TEXT
    for sid in range(len(r.document)):
        r.run("Edit", lambda sid=sid: r.document.edit(sid, ""))
        assert "  " not in r.text and not r.is_typed()
        r.run("Accept", lambda sid=sid: r.document.accept(sid))
    assert r.text == start and r.spans == r.document.repaired_spans(True)
    while r.history.can_undo():
        r.undo()
    assert r.text == start
    while r.history.can_redo():
        r.redo()
    assert r.text == start


def test_the_text_kept_with_original_words_on_saving_has_no_double_space():
    r = make()
    r.run("Edit", lambda: r.document.edit(0, ""))
    assert r.text_keeping_originals().startswith("The vote passed. Nobody saw the vote spare.")


# gui50: two neighbours deleted at a sentence end left "the ." (a space before the full stop).
PAIR = "The mayor opened the spare extra. Then spare extra, she left.\nIt was spare extra"
PAIR_WANTED = "The mayor opened the. Then, she left.\nIt was"


def make_pair() -> Review:
    sugs = [Suggestion(m.start(), m.end(), m.group(), "x") for m in re.finditer("spare|extra", PAIR)]
    return Review(Document(PAIR, sugs))


def test_two_neighbours_deleted_leave_no_space_before_punctuation_in_any_order():
    for order in ([0, 1, 2, 3, 4, 5], [1, 0, 3, 2, 5, 4], [5, 3, 1, 4, 2, 0]):
        r = make_pair()
        delete_all(r, order)
        assert r.text == PAIR_WANTED, order
        assert r.document.repaired_text(True) == PAIR_WANTED and not r.is_typed()
        assert r.spans == r.document.repaired_spans(True)
        for sid in range(len(r.document)):
            a, b = r.spans[sid]
            assert a == b and 0 <= a <= len(r.text)


def test_two_neighbours_deleted_in_one_step_and_put_back_one_by_one():
    r = make_pair()
    r.run("Edit all", lambda: [r.document.edit(sid, "") for sid in range(len(r.document))])
    assert r.text == PAIR_WANTED and r.text == r.document.repaired_text(True)
    for order in ([0, 1, 2, 3, 4, 5], [1, 0, 3, 2, 5, 4]):
        r = make_pair()
        r.run("Edit all", lambda: [r.document.edit(sid, "") for sid in range(len(r.document))])
        for sid in order:
            r.run("Ignore", lambda sid=sid: r.document.ignore(sid))
            assert r.text == r.document.repaired_text(True), (order, sid)
        assert r.text == PAIR
    while r.history.can_undo():
        r.undo()
    assert r.text == PAIR.replace("spare", "x").replace("extra", "x")


def test_the_rebuilt_text_of_two_neighbours_deleted_has_no_space_before_punctuation():
    sugs = [Suggestion(m.start(), m.end(), m.group(), "x") for m in re.finditer("spare|extra", PAIR)]
    doc = Document(PAIR, sugs)
    for sid in range(len(doc)):
        doc.edit(sid, "")
    assert doc.repaired_text(True) == PAIR_WANTED
