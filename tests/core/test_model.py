import pytest

from unspin.core.model import Document, Status, Suggestion

TEXT = "The officers mentioned a go to to Rome, said the 2 nations."


def make_doc():
    def sug(word, repl, conf=0.9, rule="r", nth=0):
        start = -1
        for _ in range(nth + 1):
            start = TEXT.index(word, start + 1)
        return Suggestion(start, start + len(word), word, repl, ["alt-" + repl], conf, "spinner", rule, "why")
    return Document(TEXT, [
        sug("officers", "officials", 0.4, "news:officer"),
        sug("mentioned", "said", 0.8, "news:mention"),
        sug("go to", "visit", 0.95, "news:go to"),
        sug("2", "two", 0.6, "num"),
        sug("nations", "countries", 0.3, "news:nation"),
    ])


def test_rejecting_everything_gives_back_the_original_exactly():
    doc = make_doc()
    for s in doc:
        doc.ignore(s.id)
    assert doc.repaired_text() == TEXT
    assert make_doc().repaired_text() == TEXT  # pending shows the original words


def test_decisions_build_the_repaired_text():
    doc = make_doc()
    doc.accept(0)
    doc.accept(2)
    doc.edit(1, "stated")
    doc.ignore(3)
    assert doc.repaired_text() == "The officials stated a visit to Rome, said the 2 nations."
    assert doc.get(1).status is Status.EDITED
    counts = doc.counts()
    assert counts[Status.ACCEPTED] == 2 and counts[Status.IGNORED] == 1 and counts[Status.PENDING] == 1


def test_pending_as_replacement_applies_pending_ones():
    doc = make_doc()
    doc.ignore(4)
    assert doc.repaired_text(pending_as_replacement=True) == \
        "The officials said a visit to Rome, said the two nations."


def test_repaired_spans_point_at_the_shown_words():
    doc = make_doc()
    doc.accept(0)
    doc.accept(2)
    out = doc.repaired_text()
    shown = [out[a:b] for a, b in doc.repaired_spans()]
    assert shown == ["officials", "mentioned", "visit", "2", "nations"]


def test_accepting_an_alternative_makes_it_the_replacement():
    doc = make_doc()
    doc.accept(1, "alt-said")
    assert "alt-said a go to" in doc.repaired_text()


def test_edit_to_the_replacement_or_the_original_is_not_an_edit():
    doc = make_doc()
    doc.edit(1, "said")
    assert doc.get(1).status is Status.ACCEPTED
    doc.edit(1, "mentioned")
    assert doc.get(1).status is Status.IGNORED


def test_recording_collects_change_records_that_undo_and_redo():
    doc = make_doc()
    with doc.recording() as changes:
        doc.accept(0)
        doc.accept_all(0.5)
    assert [c.sid for c in changes] == [0, 1, 2, 3]
    doc.apply_changes(changes, forward=False)
    assert doc.repaired_text() == TEXT
    doc.apply_changes(changes)
    assert doc.counts()[Status.ACCEPTED] == 4


def test_accept_all_like_and_ignore_all_like_touch_only_alike_suggestions():
    text = "officers and officers and officers met officials"
    sugs = [Suggestion(i, i + 8, "officers", "officials", rule="news:officer")
            for i in (0, 13, 26)]
    doc = Document(text, sugs)
    doc.ignore(1)
    doc.accept_all_like(0)
    assert [s.status for s in doc] == [Status.ACCEPTED, Status.IGNORED, Status.ACCEPTED]
    doc.decide((s.id, Status.PENDING, None) for s in doc)
    doc.ignore_all_like(0)
    assert all(s.status is Status.IGNORED for s in doc)


def test_ignore_rule_ignores_pending_suggestions_of_that_rule_only():
    doc = make_doc()
    doc.accept(1)
    doc.ignore_rule("news:mention")
    assert doc.get(1).status is Status.ACCEPTED
    doc.ignore_rule("news:officer")
    assert doc.get(0).status is Status.IGNORED


def test_suggestions_must_match_the_text_and_not_overlap():
    with pytest.raises(ValueError):
        Document("abc", [Suggestion(0, 2, "xy", "z")])
    doc = Document("abcdef", [Suggestion(0, 3, "abc", "x"), Suggestion(2, 4, "cd", "y"),
                              Suggestion(4, 6, "ef", "z")])
    assert [s.original for s in doc] == ["abc", "ef"]


def test_decisions_survive_a_save_and_restore():
    doc = make_doc()
    doc.accept(0)
    doc.edit(3, "two")  # equals the replacement: becomes accepted
    doc.edit(4, "states")
    saved = doc.decisions()
    again = make_doc()
    assert again.restore_decisions(saved) == 3
    assert again.repaired_text() == doc.repaired_text()


def test_unicode_offsets_are_code_points():
    text = "👍🏽 e\u0301 officers"
    start = text.index("officers")
    doc = Document(text, [Suggestion(start, start + 8, "officers", "officials")])
    doc.accept(0)
    assert doc.repaired_text() == "👍🏽 e\u0301 officials"


def test_the_tortured_verdict_of_a_partly_analysed_document_counts_only_its_words():
    # helper gui50: a stopped analysis measured its finds against the whole text's words
    from unspin.core.verdict import document_verdict
    text = "We apply counterfeit consciousness here. " + "Plain words follow on and on. " * 400
    doc = Document(text, [Suggestion(9, 34, "counterfeit consciousness", "artificial intelligence",
                                     category="tortured phrase", confidence=0.9)])
    assert document_verdict(doc).per_1k < 1
    doc.analysed_words = 20
    assert document_verdict(doc).per_1k == 50.0 and document_verdict(doc).count == 1
