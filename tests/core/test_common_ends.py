"""common_ends: the shared prefix and suffix of two sequences, never overlapping."""
from unspin.core.common_ends import common_ends


def test_a_replacement_in_the_middle():
    assert common_ends("the go to was", "the visit was") == (4, 4)


def test_head_and_tail_never_overlap_on_repeats():
    # "aaa" -> "aa": two shared at the start leave nothing for the end to claim twice.
    assert common_ends("aaa", "aa") == (2, 0)


def test_lists_of_lines_and_identical_or_empty_inputs():
    assert common_ends(["a", "b", "c"], ["a", "x", "c"]) == (1, 1)
    assert common_ends(["a", "b"], ["a", "b"]) == (2, 0)
    assert common_ends("", "abc") == (0, 0)
