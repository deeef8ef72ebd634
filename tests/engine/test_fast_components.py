"""The compiled attribute ruler sets exactly what spaCy's attribute ruler sets."""
from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

from unspin.engine.fast_components import CachedLemmatizer, CompiledAttributeRuler, compile_token, fast_component

ROOT = Path(__file__).resolve().parents[2]
TEXTS = [
    "I'd say it's fine, but he'd rather not do it. There's nothing there that we can't fix.",
    "Let's go: y'all are gonna love it, c'mon. They ain't coming, nothin' to see.",
    "The ministry, which has said that it was reviewing the case, had a meeting.  Then   it rested.",
    "Whether or not the bill passes, those who voted for it will have been proved right; this is that.",
    "He himself gave her the book, and she gave him hers. Once upon a time, 12 p.c. of voters were there.",
]


def _texts():
    yield from TEXTS
    for f in [ROOT / "resources" / "samples" / "sample.txt", *sorted((ROOT / "bench" / "corpus").glob("*.clean.txt"))[:3]]:
        if f.exists():
            yield from (p for p in f.read_text(encoding="utf-8").split("\n") if p.strip())


def _annotations(doc):
    return [(t.text, t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_) for t in doc]


@pytest.mark.parametrize("parsed", [False, True], ids=["tagged", "parsed"])
def test_compiled_ruler_agrees_with_spacy_on_every_token(engine, parsed):
    nlp = engine.matcher.nlp
    disable = ["ner", "attribute_ruler", "lemmatizer"] + ([] if parsed else ["parser"])
    docs = list(nlp.pipe(list(_texts()), disable=disable))
    spacy_ruler, fast, lemmatizer = nlp.get_pipe("attribute_ruler"), fast_component(nlp, "attribute_ruler"), nlp.get_pipe("lemmatizer")
    for doc in docs:
        want = lemmatizer(spacy_ruler(doc.copy()))
        got = lemmatizer(fast(doc.copy()))
        assert _annotations(got) == _annotations(want)


def test_the_bundled_pipeline_needs_no_matcher(engine):
    fast = fast_component(engine.matcher.nlp, "attribute_ruler")
    assert len(fast.rest) == 0 and fast.one and fast.longer


def _toy(patterns):
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns(patterns)
    words = ["The", "cats", "ca", "n't", "sleep", " ", "gon", "na", "happen", "tonight"]
    tags = ["DT", "NNS", "MD", "RB", "VB", "_SP", "VBG", "TO", "VB", "NN"]
    deps = ["det", "nsubj", "aux", "neg", "ROOT", "dep", "aux", "aux", "conj", "npadvmod"]
    doc = Doc(nlp.vocab, words=words, tags=tags, deps=deps, heads=[1, 4, 4, 4, 4, 4, 8, 8, 4, 8])
    return nlp, ruler, doc


TOY_PATTERNS = [
    {"patterns": [[{"TAG": "NNS"}]], "attrs": {"POS": "NOUN", "MORPH": "Number=Plur"}},
    {"patterns": [[{"LOWER": "cats"}]], "attrs": {"POS": "PROPN"}},          # later: overrides POS only
    {"patterns": [[{"LOWER": {"REGEX": "^n'?t$"}, "TAG": {"NOT_IN": ["MD"]}}]], "attrs": {"LEMMA": "not"}},
    {"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "to"}, "index": -1},
    {"patterns": [[{"TEXT": "The", "DEP": {"IN": ["det"]}}]], "attrs": {"LEMMA": "the"}},
    {"patterns": [[{"IS_SPACE": True}]], "attrs": {"POS": "SPACE"}},
    {"patterns": [[{"TAG": "VB", "OP": "+"}]], "attrs": {"POS": "VERB"}},     # an operator: left to spaCy
    {"patterns": [[{"LOWER": "tonight", "LENGTH": 7}]], "attrs": {"POS": "ADV"}},   # another attribute too
    {"patterns": [[{"TAG": "VB"}, {"TAG": "NN"}]], "attrs": {"POS": "AUX"}, "index": 0},  # then overrides the "+"
]


def test_compiled_ruler_agrees_with_spacy_on_order_indexes_and_predicates():
    nlp, ruler, doc = _toy(TOY_PATTERNS)
    fast = CompiledAttributeRuler(ruler)
    assert len(fast.rest) == 2 and len(fast.longer) == 2
    want = _annotations(ruler(doc.copy()))
    got = _annotations(fast(doc.copy()))
    assert got == want
    assert [t[1] for t in got][:2] == ["", "PROPN"] and got[3][3] == "not" and got[7][3] == "to"
    assert got[8][1] == "AUX" and got[4][1] == "VERB"


def test_patterns_added_later_are_compiled_too():
    nlp, ruler, doc = _toy(TOY_PATTERNS[:1])
    fast = CompiledAttributeRuler(ruler)
    ruler.add_patterns([{"patterns": [[{"LOWER": "the"}]], "attrs": {"POS": "DET"}}])
    assert fast(doc.copy())[0].pos_ == "DET"


def test_unsupported_shapes_are_not_compiled():
    assert compile_token({"TAG": "NN", "OP": "?"}) is None
    assert compile_token({"LOWER": {"FUZZY": "cat"}}) is None
    assert compile_token({"IS_SPACE": "yes"}) is None
    assert compile_token({}) is None
    assert compile_token({"lower": {"IN": ["a", "b"]}})["LOWER"]("b")


@pytest.mark.parametrize("parsed", [False, True], ids=["tagged", "parsed"])
def test_cached_lemmatizer_agrees_with_spacy_on_every_token(engine, parsed):
    nlp = engine.matcher.nlp
    disable = ["ner", "lemmatizer"] + ([] if parsed else ["parser"])
    docs = list(nlp.pipe(list(_texts()), disable=disable))
    lemmatizer, fast = nlp.get_pipe("lemmatizer"), fast_component(nlp, "lemmatizer")
    assert isinstance(fast, CachedLemmatizer)
    for rounds in range(2):   # the second time from its table
        for doc in docs:
            assert _annotations(fast(doc.copy())) == _annotations(lemmatizer(doc.copy()))


def test_cached_lemmatizer_keeps_lemmas_already_set_and_leaves_subclasses_to_spacy(engine):
    nlp = engine.matcher.nlp
    doc = nlp("They were running home.", disable=["lemmatizer"])
    doc[2].lemma_ = "sprint"
    fast = fast_component(nlp, "lemmatizer")
    assert [t.lemma_ for t in fast(doc)] == ["they", "be", "sprint", "home", "."]

    from spacy.lang.en.lemmatizer import EnglishLemmatizer

    class Reading(EnglishLemmatizer):
        pass
    assert not CachedLemmatizer.handles(Reading(nlp.vocab, None, mode="rule"))
