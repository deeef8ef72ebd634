from unspin.core.model import Document, Status, Suggestion
from unspin.core.relocate import offset_mapper, relocate_decisions

OLD = "The officers met. Later the officers left for 2 days."


def _doc(text):
    sugs = []
    for word, repl in (("officers", "officials"), ("2", "two")):
        start = 0
        while (i := text.find(word, start)) >= 0:
            sugs.append(Suggestion(i, i + len(word), word, repl, rule="r"))
            start = i + len(word)
    return Document(text, sugs)


def test_an_unchanged_text_keeps_every_offset():
    m = offset_mapper(OLD, OLD)
    assert [m(i) for i in range(len(OLD))] == list(range(len(OLD)))


def test_decisions_follow_their_words_when_text_is_inserted_before_them():
    doc = _doc(OLD)
    doc.ignore(0)
    doc.edit(1, "staff")
    new = "Breaking: " + OLD.replace("Later", "Much later")
    moved = relocate_decisions(OLD, new, doc.decisions())
    assert [(new[d["start"]:d["end"]], d["status"]) for d in moved] == \
        [("officers", "ignored"), ("officers", "edited")]
    again = _doc(new)
    assert again.restore_decisions(moved) == 2
    assert again.get(0).status is Status.IGNORED and again.get(1).edited_text == "staff"


def test_decisions_whose_words_were_replaced_are_dropped():
    doc = _doc(OLD)
    doc.accept(0)   # saved over the file: "officers" became "officials" there
    doc.ignore(2)   # "2" stays as it was
    new = doc.repaired_text()
    moved = relocate_decisions(OLD, new, doc.decisions())
    assert [(d["original"], d["status"]) for d in moved] == [("2", "ignored")]
    assert new[moved[0]["start"]:moved[0]["end"]] == "2"


def test_malformed_saved_decisions_are_skipped():
    assert relocate_decisions(OLD, OLD + "!", [{"start": "x"}, {"end": 3}, {}]) == []
