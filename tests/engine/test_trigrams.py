"""The restorer's trigram model (CMU Sphinx's English model from the pocketsphinx wheel), its
fall-back to the bigram model, and the two-word histories the restorer's chain passes it."""
from __future__ import annotations

import pytest

from unspin.engine import trigrams
from unspin.engine.langmodel import LanguageModel, shared_model
from unspin.engine.restorer import Choice, Lattice, Site, decode_lattice


@pytest.fixture(scope="module")
def model():
    m = trigrams.restorer_model()
    if not isinstance(m, trigrams.TrigramModel):
        pytest.fail("pocketsphinx is a dependency: the restorer should have its trigram model")
    return m


def test_two_words_of_history_tell_what_one_does_not(model):
    # "the house floor" against "the house ground": the word before "house" is what makes "floor" the
    # usual reading; and a bill is passed where an invoice is not.
    assert model.logp3("the", "house", "floor") > model.logp3("the", "house", "ground") + 2
    assert model.logp3("passed", "the", "bill") > model.logp3("passed", "the", "invoice") + 4
    assert model.logp("officials", "said") > model.logp("officials", "mentioned") + 4
    assert model.unigram_logp("the") > model.unigram_logp("invoice")


def test_a_word_outside_the_vocabulary_is_rare_not_impossible(model):
    odd = model.unigram_logp("qzxvbnmw")
    assert odd == trigrams.OOV_LOGP
    assert model.logp("the", "qzxvbnmw") == trigrams.OOV_LOGP
    # an unknown history word only shortens the history
    assert model.logp3("qzxvbnmw", "the", "bill") == pytest.approx(model.logp("the", "bill"))


def test_a_sequence_is_scored_with_two_words_of_history(model):
    words = ["passed", "the", "bill"]
    expected = (model.unigram_logp("passed") + model.logp("passed", "the")
                + model.logp3("passed", "the", "bill"))
    assert model.sequence_logp(None, words) == pytest.approx(expected)


def test_without_pocketsphinx_the_restorer_reads_the_bigram_model(monkeypatch):
    def missing(cls):
        raise ImportError("No module named 'pocketsphinx'")

    monkeypatch.setattr(trigrams, "_MODEL", None)
    monkeypatch.setattr(trigrams.TrigramModel, "bundled", classmethod(missing))
    m = trigrams.restorer_model()
    assert m is shared_model()
    assert isinstance(m, LanguageModel)
    # the bigram model answers the restorer's two-word question with one word of history
    assert m.logp3("passed", "the", "bill") == m.logp("the", "bill")


class _OnlyTrigrams:
    """A model that knows one thing: "bill" after "passed the". Every other word is equally likely."""

    sentence_start = sentence_end = None

    def logp3(self, before, prev, word):
        return -1.0 if (before, prev, word) == ("passed", "the", "bill") else -10.0

    def logp(self, prev, word):
        return self.logp3(None, prev, word)

    def unigram_logp(self, word):
        return -10.0

    def sequence_logp(self, prev, words):
        total, before = 0.0, None
        for w in words:
            total += self.logp3(before, prev, w)
            before, prev = prev, w
        return total


def _bill_site(start: int, fixed: tuple) -> Site:
    return Site(start, start + 7, "invoice",
                [Choice("invoice", ("invoice",), 0.5), Choice("bill", ("bill",), 0.5, "test")], fixed_before=fixed)


def test_the_chain_passes_two_words_of_history_to_each_site():
    lm = _OnlyTrigrams()
    passed = decode_lattice(Lattice([_bill_site(20, ("passed", "the"))]), lm, 0.9)[0]
    assert passed.best == 1 and passed.margin > 5
    sent = decode_lattice(Lattice([_bill_site(20, ("sent", "the"))]), lm, 0.9)[0]
    assert sent.best == 0
    # the history crosses a site: "passed" is the choice of the site before, "the" a fixed word
    verb = Site(0, 4, "sent", [Choice("sent", ("sent",), 0.5), Choice("passed", ("passed",), 0.5, "test")])
    both = decode_lattice(Lattice([verb, _bill_site(9, ("the",))]), lm, 0.9)
    assert [d.best for d in both] == [1, 1]


def test_the_history_crosses_two_adjacent_sites():
    # "passed" -> "the" -> "bill", three sites with no fixed word between them: the third site's
    # history is the first site's best choice given the second's (its back-pointer), not unknown
    lm = _OnlyTrigrams()
    verb = Site(0, 4, "sent", [Choice("sent", ("sent",), 0.1), Choice("passed", ("passed",), 0.9, "test")])
    det = Site(5, 9, "this", [Choice("this", ("this",), 0.5), Choice("the", ("the",), 0.5, "test")])
    decisions = decode_lattice(Lattice([verb, det, _bill_site(10, ())]), lm, 0.9)
    assert [d.best for d in decisions] == [1, 1, 1]
    assert decisions[2].margin > 5


class _Boundaries(_OnlyTrigrams):
    """A model that knows sentences start with "bill" and end after "vote"."""

    sentence_start, sentence_end = "<s>", "</s>"

    def logp3(self, before, prev, word):
        return -1.0 if (prev, word) in {("<s>", "bill"), ("vote", "</s>")} else -10.0


def test_the_chain_scores_the_sentence_boundaries_when_the_model_knows_them():
    lm = _Boundaries()
    first = decode_lattice(Lattice([_bill_site(0, ())]), lm, 0.9)[0]
    assert first.best == 1
    last = Site(10, 14, "poll", [Choice("poll", ("poll",), 0.5), Choice("vote", ("vote",), 0.5, "test")],
                fixed_before=("the",))
    assert decode_lattice(Lattice([last]), lm, 0.9)[0].best == 1
    # the bigram model marks no boundaries: nothing is added for them
    assert decode_lattice(Lattice([_bill_site(0, ())]), _OnlyTrigrams(), 0.9)[0].best == 0
