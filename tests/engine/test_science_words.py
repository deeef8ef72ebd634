"""News-spinner swaps in paper-mill prose (engine/science_words.py): a usual word of science in a
tortured neighbourhood is the writer's own, so a news swap of it is for review only."""
from __future__ import annotations

import pytest

from unspin.engine.matcher import Candidate
from unspin.engine.science_words import TERM_USES, usual_in_science

from engine_fixtures import accepted_all


class _Terms:
    """Stands in for the unseen finder's SwapModel: how many standard terms hold each word."""
    uses = {"knowledge": 30, "knowledge base": 5, "base": 40, "monetary": 2}

    def term_uses(self, word):
        return self.uses.get(word, 0)


def _cand(start, original, category, prior, tell, rule):
    return Candidate(start, start + len(original), original, "y", [], prior, tell, category, rule, "")


def test_a_usual_word_of_science_needs_every_content_word_in_standard_terms():
    terms = _Terms()
    assert usual_in_science("knowledge", terms) and usual_in_science("the knowledge base", terms)
    assert not usual_in_science("vitality", terms)
    assert not usual_in_science("knowledge vitality", terms)
    assert not usual_in_science("base knowledge", terms)   # the phrase as a whole, not word by word
    assert terms.term_uses("monetary") < TERM_USES and not usual_in_science("monetary", terms)


def test_the_swap_model_counts_the_standard_terms_that_hold_a_word_or_phrase(tmp_path):
    from unspin.engine.langmodel import LanguageModel
    from unspin.engine.lexicon import parse_lexicon
    from unspin.engine.unseen import SwapModel
    entries, _ = parse_lexicon("#@ group: t\n#@ category: tortured phrase\nprofound learning\tdeep learning\t\t\t0.9\n")
    terms = tmp_path / "terms.txt"
    terms.write_text("# terms\nknowledge base\nprior knowledge\nknowledge graphs\nheart disease\n"
                     "coronary heart disease\nelectrical energy storage\n", encoding="utf-8")
    model = SwapModel.from_entries(entries, [terms], lm=LanguageModel({"deep": 1e6}, {}))
    assert model.term_uses("knowledge") == 3 and model.term_uses("Knowledge") == 3
    assert model.term_uses("graphs") == 1                    # a plural as its singular
    assert model.term_uses("heart disease") == 2 and model.term_uses("coronary heart disease") == 1
    assert model.term_uses("electrical energy") == 1
    assert model.term_uses("coronary heart failure") == 0 and model.term_uses("vitality") == 0


@pytest.fixture(scope="module")
def bare(engine):
    from unspin.engine import Engine
    return Engine(nlp=engine.nlp, entries=[], swap_model=_Terms())


def _confidences(eng, text, candidates):
    return {s.rule: s.confidence for s in eng.finish(text, candidates).suggestions}


def test_a_news_swap_of_a_usual_word_of_science_waits_for_review_in_a_tortured_neighbourhood(bare):
    text = "x " * 4000                                    # 4,000 words, two characters each
    tortured = [_cand(k, "x", "tortured phrase", 0.9, True, f"t{k}") for k in range(0, 400, 20)]
    near = _cand(500, "knowledge", "spinner", 0.75, False, "near")
    odd = _cand(520, "vitality", "spinner", 0.75, False, "odd")
    tell = _cand(540, "knowledge", "spinner", 0.9, True, "tell")
    far = _cand(7000, "knowledge", "spinner", 0.75, False, "far")
    got = _confidences(bare, text, tortured + [near, odd, tell, far])
    assert got["near"] < 0.5                               # the writer's own word in a paper
    assert got["odd"] == pytest.approx(0.75)               # no usual word of science: the swap stands
    assert got["tell"] == pytest.approx(0.9)               # a tell is evidence on its own
    assert got["far"] == pytest.approx(0.75)               # outside the tortured part: news rules apply
    alone = _confidences(bare, text, [near])
    assert alone["near"] == pytest.approx(0.75)            # no tortured phrase at all: as before


# Our own sentences: a paper-mill paragraph (tortured phrases the bundled lexicons list) holding
# "national knowledge" and "knowledge factors", which the news lexicon repairs to "data" in news.
PAPER = ("In this paper we apply profound learning and counterfeit consciousness to the national knowledge "
         "portal of the ministry. The irregular woodland classifier and the support vector machine were "
         "trained on the large information collected by the sensors. Previous studies have shown that "
         "knowledge factors of the staff matter for the acceptance of such a framework.")


def test_a_paper_mill_paragraph_keeps_its_own_knowledge(engine):
    out = accepted_all(engine, PAPER)
    assert "deep learning" in out and "artificial intelligence" in out   # the tortured phrases go
    assert "national knowledge portal" in out and "knowledge factors" in out


def test_a_record_that_improves_something_is_a_verb_with_an_object(engine):
    # news_everyday's "a record improve" (a spun "a record increase") is a noun; "improves the"
    # is a verb with an object, in news as in science
    text = ("The committee said on Monday that the new patient record improves the outcome of most "
            "treatments, according to the hospital.")
    assert "improves the outcome" in accepted_all(engine, text)


def test_vitality_that_plays_a_role_is_energy_not_a_power_play(engine):
    # news_synonym_file's "a vitality play" (a spun "power play") is a noun; "plays a" is a verb
    text = ("Officials said on Tuesday that cheap vitality plays a key role in the region, and the "
            "minister's latest vitality play angered the opposition.")
    out = accepted_all(engine, text)
    assert "power plays a key role" not in out and "plays a key role" in out
    assert "power play angered" in out


def test_remarks_before_a_noun_are_a_modifier_not_a_spun_comment(engine):
    # "for remark" is a spun "for comment" in news; before a common noun "remarks" modifies it
    news = "The company did not respond to a request for remark on Friday, a spokesman said."
    assert "request for comment on Friday" in accepted_all(engine, news)
    essay = "The panel scored each essay for remarks quality and length before the second round."
    assert "for remarks quality" in accepted_all(engine, essay)
    # ... and leaves a listed tortured phrase ("remarks loop": feedback loop) to its own repair
    science = "Each nurse was trained for remarks loop design in the first week of the study."
    assert "for feedback loop design" in accepted_all(engine, science)
