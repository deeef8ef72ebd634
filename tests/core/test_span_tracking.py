"""Spans following the text as the user types (Qt-free logic behind the right pane)."""
from unspin.core.span_tracking import TextChange, apply_change, diff_change, map_offset


def test_diff_change_uses_the_hint_for_repeated_letters():
    # "off" + "f": the editor says the letter went in at 3, not at 1
    assert diff_change("off x", "offf x", hint=3) == TextChange(3, "", "f")
    assert diff_change("abc", "abc") is None
    assert diff_change("a 😀 b", "a 😀😀 b", hint=3) == TextChange(3, "", "😀")


def test_typing_before_after_and_inside():
    spans = [(4, 8), (10, 12)]
    # before: both move
    assert apply_change(spans, TextChange(0, "", "XY")) == ([(6, 10), (12, 14)], [], [])
    # right after the first span: it stays, the second moves
    assert apply_change(spans, TextChange(8, "", "s")) == ([(4, 8), (11, 13)], [], [])
    # right before a span: it moves and is not touched
    assert apply_change(spans, TextChange(4, "", "a ")) == ([(6, 10), (12, 14)], [], [])
    # inside: the span grows and is touched
    assert apply_change(spans, TextChange(5, "", "zz")) == ([(4, 10), (12, 14)], [0], [])
    # selecting exactly its words and typing over them
    assert apply_change(spans, TextChange(4, "abcd", "q")) == ([(4, 5), (7, 9)], [0], [])


def test_deleting_a_span_with_its_surroundings_drops_it():
    spans = [(4, 8), (10, 12)]
    new, touched, dropped = apply_change(spans, TextChange(2, "x" * 8, ""))
    assert dropped == [0] and touched == [] and new == [(2, 2), (2, 4)]


def test_a_selection_across_two_spans_gives_the_text_to_the_first():
    new, touched, _ = apply_change([(4, 8), (10, 14)], TextChange(6, "x" * 6, "NEW"))
    assert touched == [0, 1] and new == [(4, 9), (9, 11)]


def test_letters_typed_at_the_end_of_a_retyped_word_continue_it():
    spans = [(4, 5)]
    assert apply_change(spans, TextChange(5, "", "a"), extend=0) == ([(4, 6)], [0], [])
    assert apply_change(spans, TextChange(5, "", " "), extend=0) == ([(4, 5)], [], [])
    assert apply_change(spans, TextChange(5, "", "a")) == ([(4, 5)], [], [])


def test_map_offset_between_panes():
    left = [(10, 18), (30, 34)]       # "officers" ... "p.c."
    right = [(10, 19), (31, 38)]      # "officials" ... "percent"
    assert map_offset(5, left, right) == 5
    assert map_offset(12, left, right) == 12
    assert map_offset(20, left, right) == 21
    assert map_offset(40, left, right) == 44
    assert map_offset(21, right, left) == 20
