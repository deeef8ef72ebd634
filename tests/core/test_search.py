"""The window's Find in the text (core.search, helper gui50): composed and decomposed accents find
each other, and the offsets are the text's own, after emoji and combining marks alike."""
import unicodedata

from unspin.core.search import find_all

DECOMPOSED = "Cafe\u0301 owners 🙂 met. The cafe\u0301 closed; CAFÉ signs stayed. Que\u0301bec cafe."


def words(text, spans):
    return [text[a:b] for a, b in spans]


def test_a_composed_query_finds_decomposed_words_with_the_texts_own_offsets():
    found = find_all(DECOMPOSED, "café")
    assert words(DECOMPOSED, found) == ["Cafe\u0301", "cafe\u0301", "CAFÉ", "cafe"]   # accents never count
    assert find_all(DECOMPOSED, "café", match_case=True) == [found[1], found[3]]
    assert words(DECOMPOSED, find_all(DECOMPOSED, "québec")) == ["Que\u0301bec"]
    assert words(DECOMPOSED, find_all(DECOMPOSED, "signs")) == ["signs"]      # after the composed ones
    assert words(DECOMPOSED, find_all(DECOMPOSED, "cafe.")) == ["cafe."]


def test_a_decomposed_query_finds_composed_words_and_plain_text_is_searched_as_it_is():
    composed = unicodedata.normalize("NFC", DECOMPOSED)
    assert words(composed, find_all(composed, "cafe\u0301")) == ["Café", "café", "CAFÉ", "cafe"]
    assert find_all("a.b a.b", "a.b") == [(0, 3), (4, 7)]      # the query is words, not a pattern
    assert find_all("anything", "") == []
    emoji = "🙂🙂 mayor 🙂 Mayor"
    assert words(emoji, find_all(emoji, "mayor")) == ["mayor", "Mayor"]


# Helper gui57: accents folded away, whatever Match case says; a space matches a line break.
FOLDED = "🙂 Le cafe\u0301 ouvre. 🙂🙂 Un café, un CAFE\u0301, un cafe; x\u0301\u0302y."


def test_a_query_without_accents_finds_the_accented_words_at_the_texts_own_offsets():
    found = find_all(FOLDED, "cafe")
    assert words(FOLDED, found) == ["cafe\u0301", "café", "CAFE\u0301", "cafe"]
    assert found[0] == (FOLDED.index("cafe\u0301"), FOLDED.index("cafe\u0301") + 5)   # the accent is taken
    assert find_all(FOLDED, "cafe", match_case=True) == [found[0], found[1], found[3]]
    assert find_all(FOLDED, "CAFÉ", match_case=True) == [found[2]]
    assert words(FOLDED, find_all(FOLDED, "xy")) == ["x\u0301\u0302y"]      # marks no letter takes
    assert words(FOLDED, find_all(FOLDED, "é, un")) == ["é, un", "E\u0301, un"]
    assert find_all(FOLDED, "\u0301") == []                                  # an accent alone finds nothing


def test_a_space_in_the_query_matches_a_line_break_inside_a_paragraph_not_a_blank_line():
    text = "The mayor\n  said so.\n\nThe end\tcame   soon."
    assert words(text, find_all(text, "mayor said")) == ["mayor\n  said"]
    assert words(text, find_all(text, "end came soon")) == ["end\tcame   soon"]
    assert words(text, find_all(text, "mayor  said")) == ["mayor\n  said"]   # two spaces typed
    assert find_all(text, "so. The") == []                                    # a paragraph break


# Helper gui58: Match accents, and a space that crosses no paragraph break where each line is one.
def test_with_match_accents_only_words_written_with_the_same_accents_are_found():
    found = find_all(FOLDED, "café", match_accents=True)
    assert words(FOLDED, found) == ["cafe\u0301", "café", "CAFE\u0301"]       # composed or not, any case
    assert words(FOLDED, find_all(FOLDED, "cafe", match_accents=True)) == ["cafe"]
    assert find_all(FOLDED, "CAFÉ", match_case=True, match_accents=True) == [found[2]]
    assert find_all(FOLDED, "cafe\u0301", match_accents=True) == found           # a decomposed query too
    assert find_all(FOLDED, "x", match_accents=True) == []       # "x" with accents NFC cannot compose
    assert words(FOLDED, find_all(FOLDED, "x\u0301\u0302y", match_accents=True)) == ["x\u0301\u0302y"]
    assert len(find_all(FOLDED, "cafe")) == 4                    # off (folded), after a search with it on


def test_where_each_line_is_a_paragraph_a_space_matches_no_line_break():
    text = "The mayor\nsaid so. The end\tcame   soon.\n"
    assert words(text, find_all(text, "mayor said")) == ["mayor\nsaid"]          # plain text: wrapped
    assert find_all(text, "mayor said", lines_are_paragraphs=True) == []
    assert words(text, find_all(text, "end came soon", lines_are_paragraphs=True)) == ["end\tcame   soon"]
    assert words(text, find_all(text, "so. the", lines_are_paragraphs=True)) == ["so. The"]


def test_where_each_line_is_a_paragraph_a_space_matches_a_soft_break_inside_one():
    text = "Signed by the mayor\nTown Hall 🙂\nThe mayor\nTown"            # a soft break at 19 only
    soft = [19]
    assert words(text, find_all(text, "mayor town", lines_are_paragraphs=True, soft_breaks=soft)) == ["mayor\nTown"]
    assert find_all(text, "mayor town", lines_are_paragraphs=True, soft_breaks=soft) == [(14, 24)]
    assert find_all(text, "hall 🙂 the", lines_are_paragraphs=True, soft_breaks=soft) == []   # a paragraph break
    assert find_all(text, "mayor town", lines_are_paragraphs=True) == []                     # none said
    assert find_all(text, "mayor town", lines_are_paragraphs=True, soft_breaks=[5, 99]) == []  # not line breaks
    assert find_all(text, "mayortown", lines_are_paragraphs=True, soft_breaks=soft) == []
    text = "a\tb\n\nc"                                                    # two soft breaks in a row: not crossed
    assert find_all(text, "b c", lines_are_paragraphs=True, soft_breaks=[3, 4]) == []
    assert find_all(text, "b c", lines_are_paragraphs=True, soft_breaks=[3]) == []
