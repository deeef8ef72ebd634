"""The window's Find in the text (core.search, helper gui50): composed and decomposed accents find
each other, and the offsets are the text's own, after emoji and combining marks alike."""
import unicodedata

from unspin.core.search import find_all

DECOMPOSED = "Cafe\u0301 owners 🙂 met. The cafe\u0301 closed; CAFÉ signs stayed. Que\u0301bec cafe."


def words(text, spans):
    return [text[a:b] for a, b in spans]


def test_a_composed_query_finds_decomposed_words_with_the_texts_own_offsets():
    found = find_all(DECOMPOSED, "café")
    assert words(DECOMPOSED, found) == ["Cafe\u0301", "cafe\u0301", "CAFÉ"]
    assert find_all(DECOMPOSED, "café", match_case=True) == [found[1]]
    assert words(DECOMPOSED, find_all(DECOMPOSED, "québec")) == ["Que\u0301bec"]
    assert words(DECOMPOSED, find_all(DECOMPOSED, "signs")) == ["signs"]      # after the composed ones
    assert words(DECOMPOSED, find_all(DECOMPOSED, "cafe.")) == ["cafe."]      # no accent: only the plain one


def test_a_decomposed_query_finds_composed_words_and_plain_text_is_searched_as_it_is():
    composed = unicodedata.normalize("NFC", DECOMPOSED)
    assert words(composed, find_all(composed, "cafe\u0301")) == ["Café", "café", "CAFÉ"]
    assert find_all("a.b a.b", "a.b") == [(0, 3), (4, 7)]      # the query is words, not a pattern
    assert find_all("anything", "") == []
    emoji = "🙂🙂 mayor 🙂 Mayor"
    assert words(emoji, find_all(emoji, "mayor")) == ["mayor", "Mayor"]
