"""A no-break or typographic space between words reads as a space, and is written back as it was.
Sentences written for these tests."""
from __future__ import annotations

from test_news_repair import SPUN_PREAMBLE
from unspin.core.model import Suggestion
from unspin.engine.spaces import as_written, plain_spaces

NBSP, THIN = "\u00a0", "\u2009"


def test_plain_spaces_keeps_every_offset():
    text = f"declined{NBSP}to{THIN}remark on 4{NBSP}p.c. \u00adsoft"
    plain = plain_spaces(text)
    assert len(plain) == len(text)
    assert plain == "declined to remark on 4 p.c. \u00adsoft"   # a soft hyphen is no space


def test_as_written_takes_the_original_back_and_keeps_unchanged_words_spaces():
    text = f"A spokesman declined{NBSP}to{NBSP}remark on it."
    start = text.index("declined")
    s = Suggestion(start, start + len("declined to remark on"), "declined to remark on", "declined to comment on",
                   ["declined to speak on"])
    (fixed,) = as_written(text, [s])
    assert fixed.original == text[s.start:s.end]
    assert fixed.replacement == f"declined{NBSP}to{NBSP}comment on"
    assert fixed.first_choice == fixed.replacement
    assert fixed.alternatives == [f"declined{NBSP}to{NBSP}speak on"]


def test_as_written_leaves_a_span_that_does_not_read_so():
    # a first estimate on part of a text carries the whole document's offsets
    text = f"x{NBSP}y and more words"
    s = Suggestion(0, 5, "other", "thing")
    assert as_written(text, [s]) == [s]


def test_a_page_with_no_break_spaces_is_repaired_as_with_plain_ones(engine):
    sentence = "A spokesman declined to remark on the brand new coverage, officers mentioned."
    plain = engine.analyse(SPUN_PREAMBLE + sentence).to_document()
    spaced = SPUN_PREAMBLE + sentence.replace(" ", NBSP)
    doc = engine.analyse(spaced).to_document()
    assert [(s.start, s.end) for s in doc] == [(s.start, s.end) for s in plain]
    for s in doc:
        assert s.original == spaced[s.start:s.end]
    plain.accept_all(0.5)
    doc.accept_all(0.5)
    assert doc.repaired_text().replace(NBSP, " ") == plain.repaired_text()
    tail = doc.repaired_text()[doc.repaired_text().index("spokesman"):]
    assert tail.startswith(f"spokesman{NBSP}declined{NBSP}to{NBSP}comment")


def test_control_characters_and_colour_codes_read_as_spaces_at_the_same_offsets():
    text = "\x1b[1mBold\x1b[0m text.\x01 Then\x07more\x1a\n\ttab"
    plain = plain_spaces(text)
    assert len(plain) == len(text)
    assert plain == "    Bold     text.  Then more \n\ttab"     # tab and line end stay


def test_a_control_character_glued_to_a_word_no_longer_hides_its_repair(engine):
    # was: spaCy read "Home\x01" and "\x1b[0mmentioned" as single tokens, so "White Home" and the
    # reporting verb after the colour code were missed (a terminal's output pasted into a file)
    sentence = "Costs rose sharply, officers at the White Home\x01 \x1b[1mmentioned\x1b[0m on Tuesday."
    doc = engine.analyse(SPUN_PREAMBLE + sentence).to_document()
    found = {s.original: s for s in doc if s.start >= len(SPUN_PREAMBLE)}
    assert "White Home" in found and "mentioned" in found, sorted(found)
    doc.accept_all(0.5)
    repaired = doc.repaired_text()[len(SPUN_PREAMBLE):]
    assert "White House\x01 \x1b[1msaid\x1b[0m" in repaired       # the control characters stay where they were
