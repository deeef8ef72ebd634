"""The unseen tortured-phrase detector's routes: compounds, several-word swaps, the language model's
attested pairs and hallmark swaps (engine/unseen/). A tiny language model stands in for the
bundled one so that each test says exactly which pairs are common English."""
from __future__ import annotations

import math

import pytest

from unspin.engine.langmodel import LanguageModel
from unspin.engine.lexicon import parse_lexicon
from unspin.engine.unseen import SwapModel, join_hyphens, plural, singular, units

LEXICON = """#@ group: t
#@ category: tortured phrase
profound learning	deep learning			0.9
profound organization	deep network			0.9
neural organization	neural network			0.9
irregular woodland	random forest			0.9
half - breed model	hybrid model			0.9
deep getting to know	deep learning			0.9
machine getting to know	machine learning			0.9
lactic corrosive	lactic acid			0.9
nitric corrosive	nitric acid			0.9
citric corrosive	citric acid			0.9
solar vitality	solar energy			0.9
kinetic vitality	kinetic energy			0.9
information mining	data mining			0.9
information stockpiling	data storage			0.9
"""

# Counts in the units of the bundled model (unigram counts; bigrams already rescaled). Everything
# missing is rarer than the bigram file's cut-off.
UNIGRAMS = {"the": 2e10, "of": 1.5e10, "wind": 4e7, "energy": 1.2e8, "vitality": 2e6, "acid": 3e7,
            "corrosive": 4e5, "gastric": 2e6, "important": 1.4e8, "significant": 6e7, "role": 7e7,
            "information": 9e8, "data": 4e8, "general": 3e8, "deep": 5e7, "profound": 1e7,
            "organization": 5e7, "network": 8e7, "learning": 1e8, "transfer": 4e7}
BIGRAMS = {"wind energy": 1.1e6, "energy data": 5e5, "important role": 8e6, "significant role": 1.9e6, "general information": 3e6,
           "gastric acid": 4e5}


@pytest.fixture(scope="module")
def lm():
    return LanguageModel(dict(UNIGRAMS), dict(BIGRAMS))


@pytest.fixture(scope="module")
def model(tmp_path_factory, lm):
    entries, problems = parse_lexicon(LEXICON)
    assert not problems
    terms = tmp_path_factory.mktemp("terms") / "terms.txt"
    terms.write_text("# terms\nhybrid approach\ntransfer learning\ndeep network\n", encoding="utf-8")
    return SwapModel.from_entries(entries, [terms], lm=lm)


def test_words_join_hyphenated_compounds():
    assert join_hyphens("half - breed model".split()) == ["half-breed", "model"]
    assert join_hyphens("a - b - c d".split()) == ["a-b-c", "d"]
    lowers = ["a", "half", "-", "breed", "approach", "-", "here"]
    glued = [False, True, True, False, False, False, False]   # "a half-breed approach - here"
    assert units(lowers, glued) == [("a", 0, 1), ("half-breed", 1, 4), ("approach", 4, 5), ("-", 5, 6),
                                    ("here", 6, 7)]
    assert [w for w, _, _ in units(lowers)] == lowers     # without spacing, no compound is assumed


def test_singular_and_plural_are_inverse_on_regular_nouns():
    for word in ("network", "study", "class", "match", "feature"):
        assert singular(plural(word)) == word


def test_a_compound_swaps_as_one_word(model):
    assert model.swaps["half-breed"] == ["hybrid"]
    lowers = "we used a half - breed approach".split()
    glued = [False, False, False, True, True, False, False]
    found = model.find(lowers, glued)
    assert [(f.start, f.length, f.display, f.changed) for f in found] == [(3, 4, "hybrid approach", (3, 4, 5))]


def test_several_words_for_one_are_learnt_and_swapped_back(model):
    assert "getting to know" in model.swaps and model.swaps["getting to know"] == ["learning"]
    found = model.find("we applied transfer getting to know here".split())
    assert [(f.start, f.length, f.display, f.swapped) for f in found] == [(2, 4, "transfer learning", 1)]
    assert found[0].changed == (3, 4, 5)


def test_attested_route_needs_a_common_pair_that_was_not_common_as_written(model):
    found = model.find("the wind vitality".split())
    assert [(f.display, f.route, f.attested) for f in found] == [("wind energy", "attested", True)]
    assert 0 < SwapModel.prior(found[0]) < 0.5     # no term list knows it: weak alone
    # "important role" is common English as written: never swapped to "significant role"
    assert model._pairs("important", "role") == []
    # a single everyday word swapped ("general information" is common, "general data" is not in the
    # thin bigram file): not evidence enough
    assert [f for f in model.find("the general data".split()) if f.route == "attested"] == []


def test_hallmark_swap_next_to_a_plain_word(model):
    found = model.find("the teichoic corrosive".split())   # no term, no common pair: the hallmark alone
    assert [(f.display, f.route) for f in found] == [("teichoic acid", "hallmark")]
    assert 0 < SwapModel.prior(found[0]) < 0.5
    # "information" is swapped for "data" as often, but everyone writes it: no hallmark
    assert model._hallmark_of("information") is None
    assert model._hallmark_of("corrosive") == ("acid", 3)


def test_fully_swapped_everyday_words_are_not_a_tell(tmp_path, lm):
    entries, _ = parse_lexicon(LEXICON)
    terms = tmp_path / "terms.txt"
    terms.write_text("data network\n", encoding="utf-8")
    model = SwapModel.from_entries(entries, [terms], lm=lm)
    found = model.find("an information organization".split())
    assert found and found[0].display == "data network" and found[0].ordinary
    assert SwapModel.prior(found[0]) < 0.5


def test_every_length_at_a_start_for_a_filtering_caller(model):
    # the matcher keeps the longest noun phrase; it needs the shorter finds when the longest is no
    # noun phrase in context
    text = "the wind vitality data".split()
    assert [(f.start, f.length, f.display) for f in model.find(text)] == [(1, 3, "wind energy data")]
    every = [(f.start, f.length, f.display) for f in model.find(text, every=True)]
    assert every[:2] == [(1, 3, "wind energy data"), (1, 2, "wind energy")]


def test_engine_repairs_a_several_word_swap_the_tagger_reads_as_verbs(engine, model):
    from unspin.engine import Engine
    entries, _ = parse_lexicon(LEXICON)
    eng = Engine(nlp=engine.nlp, entries=entries, swap_model=model)
    got = eng.analyse("We describe a transfer getting to know scheme for small clinics.").suggestions
    assert [(s.original, s.replacement) for s in got if s.rule.startswith("tortured-unseen")] == [
        ("transfer getting to know", "transfer learning")]


# -- a paper-mill paper is not spun news ------------------------------------------------------------------
def _cand(start, category, prior, tell, rule="r"):
    from unspin.engine.matcher import Candidate
    return Candidate(start, start + 1, "x", "y", [], prior, tell, category, rule, "")


def test_paper_mill_tells_do_not_raise_ambiguous_news_swaps(engine):
    from unspin.engine import Engine
    from unspin.engine.scoring import paper_mill
    tortured = [_cand(k, "tortured phrase", 0.9, True) for k in range(0, 40, 10)]
    news_tell = [_cand(50, "spinner", 0.9, True)]
    weak = _cand(60, "spinner", 0.3, False, "weak-news")
    assert paper_mill(tortured, news_tell) and not paper_mill(tortured[:1], news_tell)
    assert not paper_mill(tortured[:2], news_tell * 2)
    eng = Engine(nlp=engine.nlp, entries=[])
    text = "x " * 300
    paper = {s.rule: s.confidence for s in eng.finish(text, tortured + news_tell + [weak]).suggestions}
    news = {s.rule: s.confidence for s in eng.finish(text, news_tell * 4 + [weak]).suggestions}
    assert paper["weak-news"] == pytest.approx(0.3)      # stays below the threshold in a paper
    assert news["weak-news"] > 0.5                         # raised in spun news, as before


def test_an_everyday_word_swapped_in_a_two_word_phrase_is_for_review_only(tmp_path):
    from unspin.engine.scoring import WEAK_PRIOR
    from unspin.engine.unseen.tuning import ORDINARY_PRIOR
    lexicon = "#@ group: t\n#@ category: tortured phrase\n" + \
        "".join(f"{a} scheme\t{a} system\t\t\t0.9\n" for a in ("control", "power"))
    entries, problems = parse_lexicon(lexicon)
    assert not problems
    terms = tmp_path / "terms.txt"
    terms.write_text("proposed system\nproposed power system\n", encoding="utf-8")
    # "scheme" is used 40 times per million words: swapped twice in the list, that is no habit
    lm = LanguageModel({"the": 2e10, "scheme": 4e7, "proposed": 3e7, "system": 2e8, "power": 1e8},
                       {"proposed system": 3e5})
    model = SwapModel.from_entries(entries, [terms], lm=lm)
    two = model.find("the proposed scheme".split())
    assert two and two[0].ordinary and SwapModel.prior(two[0]) == ORDINARY_PRIOR < WEAK_PRIOR
    three = model.find("the proposed power scheme".split())   # two words of the term kept: weak, not review-only
    assert three and not three[0].ordinary and SwapModel.prior(three[0]) > WEAK_PRIOR


class PairModel:
    """A stand-in for the trigram model (trigrams.TrigramModel): the pairs given are five times
    likelier than their second word alone, every other pair backs off to half as likely."""

    def __init__(self, pairs):
        self.pairs = set(pairs)

    def unigram_logp(self, word):
        return -10.0

    def logp(self, prev, word):
        return -10.0 + (math.log(5) if f"{prev} {word}" in self.pairs else math.log(0.5))


def test_an_everyday_word_in_no_known_pair_is_no_writers_own_word(tmp_path):
    from unspin.engine.scoring import WEAK_PRIOR
    lexicon = "#@ group: t\n#@ category: tortured phrase\n" + \
        "".join(f"{a} move\t{a} transfer\t\t\t0.9\n" for a in ("energy", "mass"))
    entries, _ = parse_lexicon(lexicon)
    terms = tmp_path / "terms.txt"
    terms.write_text("heat transfer\nrapid transfer\n", encoding="utf-8")
    lm = LanguageModel({"the": 2e10, "move": 1e8, "heat": 3e7, "rapid": 3e7, "transfer": 4e7}, {})
    model = SwapModel.from_entries(entries, [terms], lm=lm, trigram=PairModel({"rapid move", "heat transfer"}))
    # "heat move" is no pair of English: the everyday "move" is out of place there ...
    heat = model.find("the heat move".split())
    assert heat and heat[0].display == "heat transfer" and not heat[0].ordinary
    assert SwapModel.prior(heat[0]) > WEAK_PRIOR
    # ... where "rapid move" is a pair everyone writes: for review only
    rapid = model.find("a rapid move".split())
    assert rapid and rapid[0].ordinary and SwapModel.prior(rapid[0]) < WEAK_PRIOR
    # ... and only where the term's words are a pair some model knows ("precipitation information"
    # is no pair, nor is "precipitation data"): else the writer's own, as before
    unknown = SwapModel.from_entries(entries, [terms], lm=lm, trigram=PairModel({"rapid move"}))
    assert unknown.find("the heat move".split())[0].ordinary
    # without the trigram model the everyday word is read as the writer's own, as before
    plain = SwapModel.from_entries(entries, [terms], lm=lm).find("the heat move".split())
    assert plain and plain[0].ordinary


# -- phrases the writer wrote on purpose ---------------------------------------------------------------
def test_every_word_swapped_in_a_common_english_pair_is_no_find(tmp_path):
    entries, _ = parse_lexicon(LEXICON)
    terms = tmp_path / "terms.txt"
    terms.write_text("data network\n", encoding="utf-8")
    # "information organization" is a pair everyone writes here: both words swapped back would turn
    # it into another term ("force field" -> "power plant"), not repair it
    lm = LanguageModel(dict(UNIGRAMS), dict(BIGRAMS, **{"information organization": 4e5}))
    model = SwapModel.from_entries(entries, [terms], lm=lm)
    assert model.find("an information organization".split()) == []


def test_no_find_where_a_known_term_as_written_holds_a_swapped_word(tmp_path, lm):
    entries, _ = parse_lexicon(LEXICON)
    terms = tmp_path / "terms.txt"
    terms.write_text("random network\nrandom forest\norganization chart\nforest fire\n", encoding="utf-8")
    # "irregular" -> "random" once in the list and once in a dictionary: a habit (a swap seen only
    # once yields to any term it crosses)
    synonyms = tmp_path / "synonyms.tsv"
    synonyms.write_text("random\tirregular\n", encoding="utf-8")
    model = SwapModel.from_entries(entries, [terms], lm=lm, synonym_files=[synonyms])
    assert [f.display for f in model.find("the irregular organization".split())] == ["random network"]
    # "organization chart" is a term as written: its "organization" is the writer's own word
    assert [f.display for f in model.find("the irregular organization chart".split())] == []
    # a term as written that shares only a kept word leaves the find alone
    assert [f.display for f in model.find("the irregular forest fire".split())] == ["random forest"]


def test_a_tortured_introduction_does_not_raise_weak_finds_far_from_it(engine):
    from unspin.engine import Engine
    eng = Engine(nlp=engine.nlp, entries=[])
    text = "x " * 4000                                    # 4,000 words, two characters each
    intro = [_cand(k, "tortured phrase", 0.9, True, f"t{k}") for k in range(0, 400, 20)]
    near = _cand(600, "tortured phrase", 0.35, False, "near")
    far = _cand(7000, "tortured phrase", 0.35, False, "far")
    got = {s.rule: s.confidence for s in eng.finish(text, intro + [near, far]).suggestions}
    assert got["near"] > 0.5
    assert got["far"] == pytest.approx(0.35, abs=0.01)


def test_one_swapped_word_that_is_itself_a_usual_word_of_standard_terms_is_for_review_only(tmp_path, lm):
    from unspin.engine.unseen.tuning import ORDINARY_PRIOR, STANDARD_SLOT
    lexicon = "#@ group: t\n#@ category: tortured phrase\n" + \
        "".join(f"{a} system\t{a} network\t\t\t0.9\n" for a in ("sensor", "neural", "mesh"))
    entries, problems = parse_lexicon(lexicon)
    assert not problems

    def model_with(standard: int):
        terms = tmp_path / f"terms{standard}.txt"
        terms.write_text("brain network\n" + "".join(f"kind{k} system\n" for k in range(standard)), encoding="utf-8")
        return SwapModel.from_entries(entries, [terms], lm=lm)

    # "system" ends STANDARD_SLOT standard terms here: the writer's "brain systems" is no tortured "brain networks"
    found = model_with(STANDARD_SLOT).find("the brain systems".split())
    assert found and found[0].display == "brain network" and found[0].ordinary
    assert SwapModel.prior(found[0]) == ORDINARY_PRIOR
    found = model_with(STANDARD_SLOT - 5).find("the brain systems".split())
    assert found and not found[0].ordinary and SwapModel.prior(found[0]) > ORDINARY_PRIOR
    # ... unless "brain systems" is no pair at all and "brain networks" one the trigram model knows
    terms = tmp_path / f"terms{STANDARD_SLOT}.txt"
    witnessed = SwapModel.from_entries(entries, [terms], lm=lm, trigram=PairModel({"brain network"}))
    found = witnessed.find("the brain systems".split())
    assert found and not found[0].ordinary and SwapModel.prior(found[0]) > ORDINARY_PRIOR
    both = SwapModel.from_entries(entries, [terms], lm=lm, trigram=PairModel({"brain network", "brain systems"}))
    assert both.find("the brain systems".split())[0].ordinary


def test_a_conjunction_is_no_part_of_a_tortured_phrase(tmp_path):
    entries, _ = parse_lexicon(LEXICON)
    # "but energy" is a common pair and "vitality" a swap of "energy": still no "but vitality" -> "but energy"
    lm = LanguageModel(dict(UNIGRAMS), dict(BIGRAMS, **{"but energy": 1e6}))
    model = SwapModel.from_entries(entries, [], lm=lm)
    assert model.find("it was weak but vitality".split()) == []
    assert [f.display for f in model.find("it was weak wind vitality".split())] == ["wind energy"]


# -- the composed route: no known term, no common pair, but a paraphraser's favourite swap ------------
COMPOSED_LEXICON = "#@ group: t\n#@ category: tortured phrase\n" + \
    "voice highlights\tvoice features\t\t\t0.9\nimage highlights\timage features\t\t\t0.9\n"


def _composed_model(tmp_path, highlight_count: float, extra_terms: str = ""):
    entries, problems = parse_lexicon(COMPOSED_LEXICON)
    assert not problems
    terms = tmp_path / "terms.txt"
    terms.write_text("deep feature\ntexture feature\n" + extra_terms, encoding="utf-8")
    lm = LanguageModel({"the": 2e10, "highlight": highlight_count, "highlights": highlight_count,
                        "sound": 5e7, "feature": 6e7, "features": 3e7}, {})
    return SwapModel.from_entries(entries, [terms], lm=lm)


def test_a_favourite_swap_is_swapped_back_where_its_target_is_a_usual_word_of_terms(tmp_path):
    from unspin.engine.unseen.tuning import COMPOSED_ODD, COMPOSED_ROLE
    # "highlight" -> "feature": twice in the list, 4 times per million uses of "highlight" in English;
    # "feature" ends four terms; "sound feature" is in no term list and no common pair
    model = _composed_model(tmp_path, 5e5)
    assert model._odd("highlight", "feature") >= COMPOSED_ODD and model._heads["feature"] >= COMPOSED_ROLE
    found = model.find("the sound highlight".split())
    assert [(f.display, f.route, f.swapped) for f in found] == [("sound feature", "composed", 1)]
    # for review only: no term list vouches for the result (below the spin score's weak-prior line,
    # so not even a paper full of tortured phrases lifts it to the default threshold)
    from unspin.engine.scoring import WEAK_PRIOR
    assert 0 < SwapModel.prior(found[0]) < WEAK_PRIOR
    # the written head's number is kept
    assert [f.display for f in model.find("the sound highlights".split())] == ["sound features"]


def test_the_composed_route_leaves_everyday_swaps_and_usual_term_words_alone(tmp_path):
    # "highlight" used ten times as often in English: swapped twice in the list is no habit
    assert _composed_model(tmp_path, 5e6).find("the sound highlight".split()) == []
    # "highlight" itself ends three terms: the writer's own word there
    model = _composed_model(tmp_path, 5e5, "key highlight\nmain highlight\nyear highlight\n")
    assert model.find("the sound highlight".split()) == []


def test_a_run_no_term_list_knows_yields_to_a_shorter_known_term_at_its_start(tmp_path):
    # "changes" -> "features" is a list swap too, so "sound highlight changes" composes to "sound
    # highlight features" (no term list knows it); the known term "sound feature" inside it wins
    entries, problems = parse_lexicon(COMPOSED_LEXICON + "sharp changes\tsharp features\t\t\t0.9\n"
                                      "small changes\tsmall features\t\t\t0.9\n")
    assert not problems
    terms = tmp_path / "terms.txt"
    terms.write_text("deep feature\ntexture feature\nsound feature\n", encoding="utf-8")
    lm = LanguageModel({"the": 2e10, "highlight": 5e5, "highlights": 5e5, "changes": 5e5, "change": 5e5,
                        "sound": 5e7, "feature": 6e7}, {})
    model = SwapModel.from_entries(entries, [terms], lm=lm)
    words = "how the sound highlight changes over".split()
    assert [(f.display, f.route) for f in model.find(words)] == [("sound feature", "term")]
    assert ("sound highlight features", "composed") not in [(f.display, f.route) for f in model.find(words, every=True)]


# -- the completion route: a longer term in all but one word, that word linked by no source -------------
def _completion_model(tmp_path, terms_text: str, bigrams: dict | None = None):
    entries, problems = parse_lexicon(LEXICON)
    assert not problems
    terms = tmp_path / "terms.txt"
    terms.write_text(terms_text, encoding="utf-8")
    return SwapModel.from_entries(entries, [terms], lm=LanguageModel(dict(UNIGRAMS), dict(bigrams or {})))


def test_a_longer_term_with_one_unlinked_word_is_completed_weakly(tmp_path):
    from unspin.engine.unseen.tuning import COMPLETION_PRIOR
    # "glowing" is no synonym of "emitting" in any table here: the rest of the run is one known term
    model = _completion_model(tmp_path, "light emitting diode\nsolar energy\n")
    found = model.find("a light glowing diode was used".split())
    assert [(f.display, f.route, f.swapped) for f in found] == [("light emitting diode", "completed", 1)]
    # weak evidence: applied only where the document's other tortured phrases raise it
    assert SwapModel.prior(found[0]) == COMPLETION_PRIOR < 0.5
    # a middle word of a four-word term
    model = _completion_model(tmp_path, "singular value decomposition method\n")
    assert [f.display for f in model.find("the singular worth decomposition method".split())] == \
        ["singular value decomposition method"]


def test_the_completion_route_needs_a_unique_completion_and_an_odd_word(tmp_path):
    # two terms keep "light ... diode": no evidence for either
    model = _completion_model(tmp_path, "light emitting diode\nlight sensing diode\n")
    assert model.find("a light glowing diode was used".split()) == []
    # the written word stands in a term in that place: the writer's own variant of the term
    model = _completion_model(tmp_path, "light emitting diode\nlaser glowing diode\n")
    assert model.find("a light glowing diode was used".split()) == []
    # a common English pair as written is the writer's own phrase
    model = _completion_model(tmp_path, "light emitting diode\n", {"glowing diode": 4e5})
    assert model.find("a light glowing diode was used".split()) == []
    # a two-word run has one kept word only: too little of the term to go on
    model = _completion_model(tmp_path, "glass transition\n")
    assert model.find("the glass passage was measured".split()) == []


def test_the_completion_route_leaves_a_term_with_the_writers_own_word_alone(tmp_path):
    model = _completion_model(tmp_path, "deep neural network\nneural network\nmagnetic resonance imaging\n")
    # a known term with a modifier of the writer's own before it is that term
    assert model.find("a compact neural network was trained".split()) == []
    # ... and one after it, or a phrase that goes on past the run
    model = _completion_model(tmp_path, "deep neural network\n")
    assert model.find("a deep neural sieve was trained".split())
    assert model.find("a deep neural sieve layer was trained".split()) == []


def test_a_completion_before_a_word_of_content_is_left_to_the_matcher(tmp_path):
    # the word after it may be a verb ("... sieve trained well"), which the words alone do not
    # tell: every find keeps it, marked, for the matcher to judge with the tagger's help
    model = _completion_model(tmp_path, "deep neural network\n")
    found = [f for f in model.find("a deep neural sieve layer was trained".split(), every=True) if f.route == "completed"]
    assert [(f.display, f.open_end) for f in found] == [("deep neural network", True)]
    found = [f for f in model.find("a deep neural sieve was trained".split(), every=True) if f.route == "completed"]
    assert [(f.display, f.open_end) for f in found] == [("deep neural network", False)]


def test_a_find_no_term_list_knows_becomes_the_term_one_more_swap_back_gives(tmp_path):
    lexicon = "#@ group: t\n#@ category: tortured phrase\n" + \
        "".join(f"warmth {w}\theat {w}\t\t\t0.9\n" for w in ("flux", "sink", "pump"))
    entries, problems = parse_lexicon(lexicon)
    assert not problems
    terms = tmp_path / "terms.txt"
    # "transport" ends a term of its own, so the two-word dictionary route leaves it alone
    terms.write_text("heat transfer\nmass transport\n", encoding="utf-8")
    synonyms = tmp_path / "synonyms.tsv"
    synonyms.write_text("transfer\ttransport conveyance\n", encoding="utf-8")
    # ("transport" below unseen.HALLMARK_ANCHOR_COUNT: a word everyone writes anchors no hallmark find)
    lm = LanguageModel({"the": 2e10, "warmth": 3e5, "transport": 2e7, "heat": 9e7}, {})
    model = SwapModel.from_entries(entries, [terms], lm=lm, synonym_files=[synonyms])
    # "warmth" is a hallmark of "heat"; "heat transport" is in no term list, "heat transfer" is
    found = model.find("the warmth transport".split())
    assert [(f.display, f.route, f.swapped) for f in found] == [("heat transfer", "hallmark", 2)]
    assert 0 < SwapModel.prior(found[0]) < 0.5        # as weak as the hallmark find itself
    # two terms within one swap-back: no evidence for either, the hallmark find stays as it was
    terms.write_text("heat transfer\nheat conveyance\nmass transport\n", encoding="utf-8")
    synonyms.write_text("transfer\ttransport conveyance\nconveyance\ttransport\n", encoding="utf-8")
    model = SwapModel.from_entries(entries, [terms], lm=lm, synonym_files=[synonyms])
    assert [f.display for f in model.find("the warmth transport".split())] == ["heat transport"]


def test_a_phrase_listed_only_in_the_plural_leaves_its_singular_to_the_finder(tmp_path, lm):
    lexicon = LEXICON + "irregular meadows\trandom meadows\t\t\t0.9\n"
    entries, problems = parse_lexicon(lexicon)
    assert not problems
    terms = tmp_path / "terms.txt"
    terms.write_text("random meadow\n", encoding="utf-8")
    model = SwapModel.from_entries(entries, [terms], lm=lm)
    # the lexicon matches "irregular meadows" as written: the finder leaves it alone ...
    assert model.find("the irregular meadows".split()) == []
    # ... but not the singular, which that entry does not match
    assert [f.display for f in model.find("the irregular meadow".split())] == ["random meadow"]
    # a phrase listed in the singular is the lexicon's in the plural too
    assert model.find("the irregular woodlands".split()) == []


def test_a_swap_seen_once_counts_weakly_towards_a_usual_target(tmp_path, lm):
    from unspin.engine.unseen.tuning import STRONG_TERM
    once = "#@ group: t\n#@ category: tortured phrase\ntremendous information\tbig data\t\t\t0.9\n"
    usual = once + "enormous information\tbig data\t\t\t0.9\nhuge information\tbig data\t\t\t0.9\n"
    terms = tmp_path / "terms.txt"
    terms.write_text("data set\n", encoding="utf-8")

    def model_of(lexicon):
        entries, problems = parse_lexicon(lexicon)
        assert not problems
        return SwapModel.from_entries(entries, [terms], lm=lm)

    # "tremendous" -> "big" seen once, and only one entry restores to "big data": no evidence
    found = model_of(once).find("the tremendous data".split())
    assert found and SwapModel.prior(found[0]) == 0
    # three entries restore to "big data": a usual target, weak evidence (raised only by the document)
    model = model_of(usual)
    assert model.terms[("big", "data")] >= STRONG_TERM
    found = model.find("the tremendous data".split())
    assert [f.display for f in found] == ["big data"] and 0 < SwapModel.prior(found[0]) < 0.5
    # ... and it yields to a known term as written that it crosses ("data set")
    assert model.find("the tremendous data set".split()) == []


def test_a_swap_seen_once_counts_where_the_language_models_witness_it(tmp_path):
    lexicon = "#@ group: t\n#@ category: tortured phrase\ncontrarily charged ions\tnegatively charged ions\t\t\t0.9\n"
    entries, problems = parse_lexicon(lexicon)
    assert not problems
    terms = tmp_path / "terms.txt"
    terms.write_text("negatively charged\n", encoding="utf-8")
    unigrams = {"the": 2e10, "contrarily": 2e4, "negatively": 4e6, "charged": 2e7}

    def find(bigrams, pairs=()):
        lm = LanguageModel(dict(unigrams), dict(bigrams))
        model = SwapModel.from_entries(entries, [terms], lm=lm, trigram=PairModel(set(pairs)))
        return model.find("the contrarily charged".split())

    # the term's pair is common English, the pair as written no pair anywhere: weak evidence
    found = find({"negatively charged": 3e5})
    assert [f.display for f in found] == ["negatively charged"] and 0 < SwapModel.prior(found[0]) < 0.5
    # the term's pair unknown, or the pair as written known to the trigram model: no evidence, as before
    assert SwapModel.prior(find({})[0]) == 0
    assert SwapModel.prior(find({"negatively charged": 3e5}, {"contrarily charged"})[0]) == 0


TORTURED_HEADER = "#@ group: t\n#@ category: tortured phrase\n"


def _swap_model(tmp_path, rows: str, terms: str, lm) -> SwapModel:
    """A swap model learnt from these tortured-phrase rows and this term list."""
    entries, problems = parse_lexicon(TORTURED_HEADER + rows)
    assert not problems
    path = tmp_path / "terms.txt"
    path.write_text(terms, encoding="utf-8")
    return SwapModel.from_entries(entries, [path], lm=lm)


def test_a_swap_seen_in_one_verb_form_is_swapped_back_in_the_others(tmp_path):
    from unspin.engine.unseen.building import _verb_form_swaps
    rows = "registering framework\tcomputing system\t\t\t0.9\nregistering power\tcomputing power\t\t\t0.9\n" + \
        "expanded returns\tincreased returns\t\t\t0.9\n"
    model = _swap_model(tmp_path, rows, "computed tomography\nincreasing returns\n", LanguageModel(dict(UNIGRAMS), {}))
    assert model.swap_counts["registered"]["computed"] == 2   # as often as the form the list shows
    assert [(f.display, f.swapped) for f in model.find("the registered tomography".split())] == \
        [("computed tomography", 1)]
    # only towards a word of some standard term
    from collections import Counter
    derived = _verb_form_swaps({"registering": Counter(computing=2), "registered": Counter(noted=1)},
                               {"compute"})
    assert "registered" not in derived and derived["register"] == {"compute": 2}
    assert _verb_form_swaps({"registering": Counter(computing=2)}, {"computer"}) == {}
    derived = _verb_form_swaps({"expanded": Counter(increased=1)}, {"increasing"})
    assert derived == {"expanding": {"increasing": 1}}


def test_a_verb_form_swap_reaches_words_the_list_swaps_otherwise_and_compounds(tmp_path):
    """A word the list swaps to something else still gets the swap its other verb form shows, after
    the list's own ("separated" -> "stratified" listed; "separate" -> "extract" gives "separated"
    -> "extracted"), and a hyphenated compound's verb forms count ("pre-handled" ->
    "pre-processed" gives "pre-handling" -> "pre-processing")."""
    rows = "separate example\textract example\t\t\t0.9\nseparate test\textract test\t\t\t0.9\n" + \
        "separated examining\tstratified sampling\t\t\t0.9\n" + \
        "pre-handled information\tpre-processed data\t\t\t0.9\npre-handled signals\tpre-processed signals\t\t\t0.9\n"
    model = _swap_model(tmp_path, rows, "extracted features\nimage pre-processing\nstratified random sampling\n",
                        LanguageModel(dict(UNIGRAMS), {}))
    assert model.swaps["separated"][0] == "stratified"          # the list's own swap first
    assert "extracted" in model.swaps["separated"]
    assert model.swap_counts["separated"]["extracted"] == 1     # no more often than the list's own
    assert model.swap_counts["pre-handling"]["pre-processing"] == 2
    assert [(f.display, f.swapped) for f in model.find("the separated features".split())] == \
        [("extracted features", 1)]
    assert [(f.display, f.swapped) for f in model.find("the image pre-handling".split())] == \
        [("image pre-processing", 1)]


# -- habitual swaps in ordinary-looking phrases; several-word swaps seen once ------------------------
def test_a_habitual_swap_to_a_usual_target_in_an_ordinary_phrase_stays_weak(tmp_path):
    from unspin.engine.unseen.tuning import ORDINARY_PRIOR, STRONG_TERM
    swap = "exchange function\ttransfer function\t\t\t0.9\nexchange matrix\ttransfer matrix\t\t\t0.9\n"
    targets = ["move learning", "shift learning", "relocation learning", "passage learning"]
    # "exchange learning" is a common pair as written: ordinary English
    lm = LanguageModel({"the": 2e10, "exchange": 5e7, "learning": 1e8, "transfer": 4e7},
                       {"exchange learning": 2e5})

    def found_with(n_targets: int):
        rows = swap + "".join(f"{t}\ttransfer learning\t\t\t0.9\n" for t in targets[:n_targets])
        found = _swap_model(tmp_path, rows, "# none\n", lm).find("the exchange learning".split())
        assert found and found[0].display == "transfer learning" and found[0].ordinary
        return found[0]

    # a swap seen twice, back to a term STRONG_TERM list entries restore to: weak, not review-only
    assert SwapModel.prior(found_with(STRONG_TERM)) > ORDINARY_PRIOR
    assert SwapModel.prior(found_with(STRONG_TERM - 1)) == ORDINARY_PRIOR


def test_a_several_word_swap_seen_once_counts_unless_it_holds_a_word_swap(tmp_path, lm):
    rows = "put away cost\tstorage cost\t\t\t0.9\n" + \
        "channel volume\tchannel capacity\t\t\t0.9\nheat volume\theat capacity\t\t\t0.9\n" + \
        "squander heat\twaste heat\t\t\t0.9\nsquander water\twastewater\t\t\t0.9\n"
    model = _swap_model(tmp_path, rows, "storage capacity\n", lm)
    assert ("put", "away") in model.chunks["put"]
    # "squander" is a word swap of its own: "squander water" seen once is no chunk
    assert "squander" not in model.chunks
    assert [f.display for f in model.find("the put away volume".split())] == ["storage capacity"]


# -- the completion route by list swaps: the other words kept or swapped back by habits of the list ---------
def _swapped_completion_model(tmp_path, terms_text: str):
    entries, problems = parse_lexicon(LEXICON)
    assert not problems
    terms = tmp_path / "terms.txt"
    terms.write_text(terms_text, encoding="utf-8")
    synonyms = tmp_path / "synonyms.tsv"   # "conviction" is an everyday word (a synonym of a term word)
    synonyms.write_text("opinion\tconviction view\n", encoding="utf-8")
    return SwapModel.from_entries(entries, [terms], lm=LanguageModel(dict(UNIGRAMS), {}), synonym_files=[synonyms])


def test_a_term_is_completed_around_one_unlinked_word_when_the_others_are_habitual_list_swaps(tmp_path):
    from unspin.engine.unseen.tuning import COMPLETION_PRIOR
    # "profound" -> "deep" and "organization" -> "network" are swaps the list shows twice;
    # "conviction" -> "belief" no source of ours gives
    model = _swapped_completion_model(tmp_path, "deep belief network\npublic opinion\n")
    found = model.find("a profound conviction organization was trained".split())
    assert [(f.display, f.route) for f in found] == [("deep belief network", "completed")]
    assert SwapModel.prior(found[0]) == COMPLETION_PRIOR < 0.5


def test_the_completion_by_list_swaps_needs_an_everyday_odd_word_and_habitual_swaps(tmp_path):
    # the odd word stands in a term of its own (anywhere): the writer's own word
    model = _swapped_completion_model(tmp_path, "deep belief network\npublic opinion\nconviction rate\n")
    assert model.find("a profound conviction organization was trained".split()) == []
    # the odd word is in no dictionary: a technical word of the writer's, not a paraphraser's pick
    model = _swapped_completion_model(tmp_path, "deep belief network\npublic opinion\n")
    assert model.find("a profound bayesnet organization was trained".split()) == []
    # a swap the list shows once ("irregular" -> "random") is no habit to rest on
    model = _swapped_completion_model(tmp_path, "random belief network\npublic opinion\n")
    assert model.find("an irregular conviction organization was trained".split()) == []
    # two terms fit: no evidence for either
    model = _swapped_completion_model(tmp_path, "deep belief network\ndeep residual network\npublic opinion\n")
    assert model.find("a profound conviction organization was trained".split()) == []


def test_the_completion_by_list_swaps_leaves_the_writers_word_beside_a_shorter_term(tmp_path):
    # "vitality information" is the known "energy data"; "view" after it is the writer's own word,
    # not a guess at "energy data pruning"
    model = _swapped_completion_model(tmp_path, "energy data\nenergy data pruning\npublic opinion\n")
    words = "the vitality information view was shown".split()
    assert [f.display for f in model.find(words)] == ["energy data"]
    assert "energy data pruning" not in [f.display for f in model.find(words, every=True)]
    # ... while a term that no shorter one explains is completed ("view" -> "pruning" at the end)
    model = _swapped_completion_model(tmp_path, "energy data pruning\npublic opinion\n")
    assert [f.display for f in model.find(words)] == ["energy data pruning"]



def test_a_composed_find_with_two_swapped_words_in_a_short_run_is_weak_evidence():
    from unspin.engine.unseen import Found
    from unspin.engine.unseen.tuning import COMPOSED_PRIOR, ORDINARY_PRIOR
    from unspin.engine.scoring import WEAK_PRIOR

    def composed(words: int, swapped: int) -> Found:
        term = tuple(f"w{k}" for k in range(words))
        return Found(0, words, term, " ".join(term), swapped, 0, 2, True, "composed")

    # two paraphraser's favourites side by side ("lingering commotion" -> "residual noise"): weak,
    # applied where the document's other tortured phrases vouch for it
    assert SwapModel.prior(composed(2, 2)) == SwapModel.prior(composed(3, 2)) == COMPOSED_PRIOR
    assert ORDINARY_PRIOR < WEAK_PRIOR <= COMPOSED_PRIOR < 0.5
    # one swapped word in two, or two among four words: review only
    assert SwapModel.prior(composed(2, 1)) == SwapModel.prior(composed(4, 2)) == ORDINARY_PRIOR
    # one swapped word with two or three kept words of a longer run ("single point disappointment"
    # -> "single point failure"): weak evidence too
    assert SwapModel.prior(composed(3, 1)) == SwapModel.prior(composed(4, 1)) == COMPOSED_PRIOR


def test_a_mass_noun_target_keeps_its_singular_after_a_plural_word(tmp_path):
    # "fact" -> "data" and "organization" -> "network" are list swaps; a plural written word takes its
    # target in the plural only where ordinary English has that plural ("networks", never "datas")
    lexicon = "#@ group: t\n#@ category: tortured phrase\n" + \
        "".join(f"fact {w}\tdata {w}\t\t\t0.9\n" for w in ("mining", "storage")) + \
        "".join(f"{w} organization\t{w} network\t\t\t0.9\n" for w in ("neural", "deep"))
    entries, problems = parse_lexicon(lexicon)
    assert not problems
    lm = LanguageModel({"the": 2e10, "data": 4e8, "network": 8e7, "networks": 6e7}, {})
    model = SwapModel.from_entries(entries, [], lm=lm)
    assert model._targets("facts") == ["data"]
    assert model._targets("organizations") == ["networks"]
    assert model.known_word("networks") and not model.known_word("datas")
    # ... and the composed route's repair of a plural head too: "features" is no word of this
    # model's English, so "sound highlights" keeps its target singular
    entries, problems = parse_lexicon(COMPOSED_LEXICON)
    assert not problems
    terms = tmp_path / "terms.txt"
    terms.write_text("deep feature\ntexture feature\n", encoding="utf-8")
    lm = LanguageModel({"the": 2e10, "highlight": 5e5, "highlights": 5e5, "sound": 5e7, "feature": 6e7}, {})
    model = SwapModel.from_entries(entries, [terms], lm=lm)
    assert [f.display for f in model.find("the sound highlights".split())] == ["sound feature"]


# -- a several-word swap that is a common English pair ---------------------------------------------
def test_a_common_pair_chunk_counts_right_after_a_word_of_content_towards_a_known_term(tmp_path):
    # the paraphraser writes "the crew" for "management"; "the crew" is a common English pair
    rows = "budget the crew\tbudget management\t\t\t0.9\nwaste the crew\twaste management\t\t\t0.9\n" + \
        "fleet the crews\tfleet management\t\t\t0.9\n"
    lm = LanguageModel({"the": 2e10, "crew": 3e7, "crews": 1e7, "management": 6e7, "budget": 4e7,
                        "praised": 1e7, "water": 9e7}, {"the crew": 4e6, "the crews": 1e6})
    model = _swap_model(tmp_path, rows, "water management\nbudget management\n", lm)
    # after a word of content, where English has no determiner: one word, swapped back
    found = model.find("for water the crew .".split())
    assert [(f.start, f.length, f.display) for f in found] == [(1, 3, "water management")]
    # the singular and the plural chunk are one habit: "the crews" seen once counts like the other
    assert model.swap_counts["the crews"]["management"] == 3
    assert [f.display for f in model.find("for water the crews .".split())] == ["water management"]
    # after a function word, or towards no known term, the pair is the writer's own
    assert model.find("of the crew .".split()) == []
    assert model.find("we praised the crew .".split()) == []


# -- two words that standard terms write as one ----------------------------------------------------
def _join_model(tmp_path, extra_terms: str = ""):
    # the paraphraser writes "tile" for "block" and "weird" for "spectral"; terms write "blockchain",
    # "hyperspectral" and "eigenspectral" as one word (made-up rows and terms of our own)
    rows = "tile size\tblock size\t\t\t0.9\ntile cipher\tblock cipher\t\t\t0.9\n" + \
        "weird analysis\tspectral analysis\t\t\t0.9\nweird density\tspectral density\t\t\t0.9\n" + \
        "coach set\ttrain set\t\t\t0.9\ncoach loss\ttrain loss\t\t\t0.9\n"
    terms = "blockchain technology\nblockchain network\nsecure blockchain\nhyperspectral imaging\n" + \
        "strain rate\nstrain energy\nshear strain\n" + \
        "hyperspectral data\nhyperspectral sensor\neigenspectral method\neigenspectral analysis\n" + \
        "eigenspectral decomposition\n" + extra_terms
    lm = LanguageModel({"the": 2e10, "tile": 2e7, "chain": 5e7, "block": 6e7, "hyper": 1e6, "weird": 3e7,
                        "spectral": 2e6, "s": 1e7, "coach": 2e7, "train": 4e7}, {})
    return _swap_model(tmp_path, rows, terms, lm)


def test_two_words_that_terms_write_as_one_are_joined(tmp_path):
    model = _join_model(tmp_path)
    # a habitual swap beside a kept word, and the two make one word of standard terms
    found = model.find("the tile chain .".split())
    assert [(f.start, f.length, f.display) for f in found] == [(1, 2, "blockchain")]
    assert 0 < SwapModel.prior(found[0]) < 0.5   # weak evidence
    assert [(f.display, f.length) for f in model.find("the hyper weird .".split())] == [("hyperspectral", 2)]
    # "eigen" is no word of ordinary English: the writer's own spelling of a technical word
    assert model.find("the eigen weird .".split()) == []
    # a letter alone (the "s" of a possessive split apart) is no part of a word: no "strain"
    assert model.find("the s coach .".split()) == []
    # where a term writes the two words apart, they stay apart
    model = _join_model(tmp_path, "block chain analysis\n")
    assert model.find("the tile chain .".split()) == []


def _compound_model(tmp_path):
    # the paraphraser writes "radiance" for "light" and "ledger" for "record" (both habits), and
    # "knowledge" for "data" (an everyday word); made-up rows and terms of our own
    rows = "radiance source\tlight source\t\t\t0.9\nradiance beam\tlight beam\t\t\t0.9\n" + \
        "ledger keeping\trecord keeping\t\t\t0.9\nledger linkage\trecord linkage\t\t\t0.9\n" + \
        "knowledge logging\tdata logging\t\t\t0.9\nknowledge fusion\tdata fusion\t\t\t0.9\n"
    terms = "visible light sensor\npatient record system\nsensor data archive\nmachine learning model\n"
    lm = LanguageModel({"the": 2e10, "radiance": 2e6, "ledger": 3e6, "knowledge": 9e8, "data": 4e8,
                        "light": 2e8, "record": 1e8}, {})
    return _swap_model(tmp_path, rows, terms, lm)


def test_a_hyphenated_compound_with_a_swapped_part_is_repaired_to_the_spaced_term(tmp_path):
    model = _compound_model(tmp_path)
    # "visible-radiance sensor": the parts written apart swap back to the known "visible light sensor"
    lowers = "a visible - radiance sensor was used".split()
    glued = [False, True, True, False, False, False, False]
    found = model.find(lowers, glued)
    assert [(f.start, f.length, f.display) for f in found] == [(1, 4, "visible light sensor")]
    assert SwapModel.prior(found[0]) > 0
    lowers = "the patient - ledger system failed".split()
    assert [f.display for f in model.find(lowers, glued)] == ["patient record system"]
    # a part swapped back by an everyday word of English is the writer's own compound
    lowers = "the sensor - knowledge archive grew".split()
    assert model.find(lowers, glued) == []
    # the parts must be swapped: a compound of the term's own words is no find
    lowers = "the visible - light sensor was used".split()
    assert model.find(lowers, glued) == []


def test_a_kept_word_spelt_otherwise_takes_the_terms_own_spelling(tmp_path):
    # "bunching" is the paraphraser's hallmark for "clustering" (made-up rows of our own); the kept
    # word is the term's own word with other hyphens or without its final "s"
    rows = "".join(f"bunching {w}\tclustering {w}\t\t\t0.9\n" for w in ("analysis", "method", "step"))
    terms = "k-means clustering\nset-up clustering\n"
    lm = LanguageModel({"the": 2e10, "bunching": 3e5, "clustering": 2e7, "setup": 3e7}, {})
    model = _swap_model(tmp_path, rows, terms, lm)
    found = model.find("the kmeans bunching".split())
    assert [(f.display, f.route) for f in found] == [("k-means clustering", "hallmark")]
    assert 0 < SwapModel.prior(found[0]) < 0.5        # as weak as the hallmark find itself
    lowers, glued = "the k - mean bunching".split(), [False, True, True, False, False]
    assert [f.display for f in model.find(lowers, glued)] == ["k-means clustering"]
    # a kept word of ordinary English is the writer's own: no "set-up clustering" for "setup"
    assert [f.display for f in model.find("the setup bunching".split())] == ["setup clustering"]


def test_two_everyday_swaps_to_a_common_pair_are_vouched_for_by_the_bigram_file(tmp_path):
    from unspin.engine.scoring import WEAK_PRIOR
    # "global" -> "international" and "diary" -> "journal", each twice in the list: everyday words,
    # no paraphraser's favourite (so neither the composed nor the attested route takes them), and
    # "international journal" is in no term list
    rows = "global trade\tinternational trade\t\t\t0.9\nglobal law\tinternational law\t\t\t0.9\n" + \
        "online diary\tonline journal\t\t\t0.9\nacademic diary\tacademic journal\t\t\t0.9\n"
    unigrams = {"the": 2e10, "global": 1e8, "international": 1.5e8, "diary": 1e7, "journal": 5e7}

    def find(terms="peer review\n", bigrams=None, pairs=()):
        lm = LanguageModel(dict(unigrams), {"international journal": 3e5} if bigrams is None else bigrams)
        model = _swap_model(tmp_path, rows, terms, lm)
        model._trigram = PairModel(set(pairs))
        return model.find("in the global diary".split())

    found = find()
    assert [(f.display, f.route, f.swapped) for f in found] == [("international journal", "vouched", 2)]
    assert SwapModel.prior(found[0]) == pytest.approx(WEAK_PRIOR, abs=0.1)   # weak: raised only by other tortured phrases
    # the pair as written is a pair of English (the trigram model knows it): the writer's own
    assert find(pairs={"global diary"}) == []
    # a written head that heads terms ("diary" in three) is the writer's own word too
    assert find(terms="food diary\nsleep diary\npain diary\n") == []
    # no common pair once swapped back: nothing
    assert find(bigrams={}) == []


def _near_model(tmp_path, terms: str, pairs=(), vectors="default"):
    """A swap model with a tiny vector table: "many" sits next to "multiple", "systemic" apart."""
    import numpy as np
    from unspin.engine.word_vectors import WordVectors
    words = ["many", "multiple", "systemic", "sclerosis", "numerous"]
    table = np.array([[10, 2], [10, 1], [0, 10], [3, -10], [6, 7]], dtype=np.int8)
    rows = "profound learning\tdeep learning\t\t\t0.9\n"
    entries, problems = parse_lexicon(TORTURED_HEADER + rows)
    assert not problems
    path = tmp_path / "terms.txt"
    path.write_text(terms, encoding="utf-8")
    lm = LanguageModel({"the": 2e10, "many": 3e8, "multiple": 5e7, "sclerosis": 1e6}, {})
    return SwapModel.from_entries(entries, [path], lm=lm, trigram=PairModel(set(pairs)),
                                  vectors=WordVectors(table, words) if vectors == "default" else vectors)


def test_the_near_route_is_off_by_default(tmp_path):
    # the route's measured setting made a false find in news ("potential cooperation" -> "potential energy")
    usual = "multiple sclerosis\n" * 3 + "systemic sclerosis\n"
    assert _near_model(tmp_path, usual).find("in many sclerosis".split()) == []


def test_the_word_vectors_choose_a_term_for_a_word_no_source_links(tmp_path, monkeypatch):
    from unspin.engine.unseen import tuning
    from unspin.engine.unseen.tuning import NEAR_PRIOR
    monkeypatch.setattr(tuning, "NEAR_SIMILARITY", tuning.ROUTE_NEAR_SIMILARITY)
    usual = "multiple sclerosis\n" * 3 + "systemic sclerosis\n"
    found = _near_model(tmp_path, usual).find("in many sclerosis".split())
    assert [(f.display, f.route, f.swapped) for f in found] == [("multiple sclerosis", "near", 1)]
    assert SwapModel.prior(found[0]) == NEAR_PRIOR   # weak: raised only by other tortured phrases
    # no vectors, a pair of English as written, a term seen once (no usual target): nothing
    assert _near_model(tmp_path, usual, vectors=None).find("in many sclerosis".split()) == []
    assert _near_model(tmp_path, usual, pairs={"many sclerosis"}).find("in many sclerosis".split()) == []
    assert _near_model(tmp_path, "multiple sclerosis\nsystemic sclerosis\n").find("in many sclerosis".split()) == []
    # a word halfway between two terms' words ("numerous": close to "multiple" and to "systemic"): no margin
    assert _near_model(tmp_path, usual).find("in numerous sclerosis".split()) == []


def test_a_hallmark_beside_a_word_everyone_writes_is_no_repair(tmp_path):
    # "corrosive" is the paraphraser's hallmark for "acid" (made-up rows of our own); "teichoic"
    # anchors it, "blood" (used as often as "model" or "vehicle") does not: "blood acid" is no term,
    # and such a word is as likely part of a longer tortured phrase ("profundity model" is no "depth
    # model")
    lexicon = "#@ group: t\n#@ category: tortured phrase\n" + \
        "".join(f"{w} corrosive\t{w} acid\t\t\t0.9\n" for w in ("lactic", "nitric", "citric"))
    entries, problems = parse_lexicon(lexicon)
    assert not problems
    terms = tmp_path / "terms.txt"
    terms.write_text("amino acid\n", encoding="utf-8")
    lm = LanguageModel({"the": 2e10, "corrosive": 4e5, "acid": 3e7, "blood": 6e7, "plasma": 1e7}, {})
    model = SwapModel.from_entries(entries, [terms], lm=lm)
    assert [(f.display, f.route) for f in model.find("the teichoic corrosive".split())] == [("teichoic acid", "hallmark")]
    assert [(f.display, f.route) for f in model.find("the plasma corrosive".split())] == [("plasma acid", "hallmark")]
    assert [f.display for f in model.find("the blood corrosive".split())] == []


class PhraseModel(PairModel):
    """:class:`PairModel` that also knows three-word phrases: the last word of one given is five
    times likelier after its two words than after the middle word alone."""

    def __init__(self, pairs, phrases):
        super().__init__(pairs)
        self.phrases = set(phrases)

    def logp3(self, before, prev, word):
        if before is None:
            return self.logp(prev, word)
        return self.logp(prev, word) + (math.log(5) if f"{before} {prev} {word}" in self.phrases else 0.0)


def test_an_attested_x_of_y_needs_the_phrase_not_its_two_halves(tmp_path):
    # made-up rows of our own: "sickness" -> "disease", "wellspring" -> "source" are habits
    lexicon = "#@ group: t\n#@ category: tortured phrase\n" + \
        "".join(f"{a} sickness\t{a} disease\t\t\t0.9\n" for a in ("heart", "lung", "skin")) + \
        "".join(f"{a} wellspring\t{a} source\t\t\t0.9\n" for a in ("power", "light", "heat"))
    entries, problems = parse_lexicon(lexicon)
    assert not problems
    terms = tmp_path / "terms.txt"
    terms.write_text("open source\n", encoding="utf-8")
    lm = LanguageModel({"the": 2e10, "of": 1.5e10, "disease": 5e7, "sickness": 5e6, "source": 9e7,
                        "wellspring": 2e5, "income": 6e7, "parkinson": 2e6},
                       {"disease of": 2e6, "source of": 9e6, "of income": 3e6, "of parkinson": 2e5})
    trigram = PhraseModel(set(), {"source of income"})
    model = SwapModel.from_entries(entries, [terms], lm=lm, trigram=trigram)
    # "source of income" is a phrase of English: the attested find stays
    assert [(f.display, f.route) for f in model.find("a wellspring of income".split())] == \
        [("source of income", "attested")]
    # "disease of" and "of parkinson" are common, "disease of parkinson" is no phrase (the list
    # writes "parkinson's disease"): no find
    assert [f.display for f in model.find("the sickness of parkinson".split()) if f.route == "attested"] == []
    # without a trigram model, the bigram pairs alone, as before
    plain = SwapModel.from_entries(entries, [terms], lm=lm)
    plain._trigram = None
    assert [f.display for f in plain.find("the sickness of parkinson".split())] == ["disease of parkinson"]


def test_one_swapped_word_that_also_gives_another_known_term_is_for_review(tmp_path):
    from unspin.engine.unseen.tuning import ORDINARY_PRIOR
    from unspin.engine.scoring import WEAK_PRIOR
    # made-up rows of our own: "sickness" -> "disease" is a habit of the list; a dictionary also
    # gives "sickness" -> "illness"
    lexicon = "#@ group: t\n#@ category: tortured phrase\n" + \
        "".join(f"{a} sickness\t{a} disease\t\t\t0.9\n" for a in ("heart", "lung", "liver"))
    entries, problems = parse_lexicon(lexicon)
    assert not problems
    terms = tmp_path / "terms.txt"
    synonyms = tmp_path / "synonyms.tsv"
    synonyms.write_text("illness\tsickness\n", encoding="utf-8")
    lm = LanguageModel({"the": 2e10, "sickness": 5e6, "disease": 5e7, "illness": 2e7, "skin": 3e7, "kidney": 1e7}, {})
    # "skin disease" and "skin illness" are both terms: which one the list writes is unknown
    terms.write_text("skin disease\nskin illness\nkidney disease\n", encoding="utf-8")
    model = SwapModel.from_entries(entries, [terms], lm=lm, synonym_files=[synonyms])
    skin = model.find("the skin sickness".split())
    assert [(f.display, f.rivals) for f in skin] == [("skin disease", 1)]
    assert SwapModel.prior(skin[0]) == ORDINARY_PRIOR < WEAK_PRIOR
    # "kidney illness" is no term: the find is weak evidence, as before
    kidney = model.find("the kidney sickness".split())
    assert [(f.display, f.rivals) for f in kidney] == [("kidney disease", 0)]
    assert SwapModel.prior(kidney[0]) > ORDINARY_PRIOR


def _sickness_model(tmp_path, terms_text: str, extra_rows: str = ""):
    # made-up rows of our own: "sickness" -> "disease" is a strong habit of the list (eight
    # entries), "sickness" -> "cancer" seen once
    rows = "".join(f"{a} sickness\t{a} disease\t\t\t0.9\n" for a in
                   ("heart", "lung", "liver", "bone", "gum", "eye", "ear", "foot"))
    rows += "blood sickness\tblood cancer\t\t\t0.9\n" + extra_rows
    entries, problems = parse_lexicon("#@ group: t\n#@ category: tortured phrase\n" + rows)
    assert not problems
    terms = tmp_path / "terms.txt"
    terms.write_text(terms_text, encoding="utf-8")
    lm = LanguageModel({"the": 2e10, "sickness": 5e6, "disease": 5e7, "cancer": 4e7, "skin": 3e7,
                        "kidney": 1e7, "malignancy": 1e6, "tumour": 5e6}, {})
    return SwapModel.from_entries(entries, [terms], lm=lm)


def test_a_swap_far_likelier_than_the_other_leaves_that_term_no_rival(tmp_path):
    from unspin.engine.unseen.tuning import ORDINARY_PRIOR, RIVAL_RATIO
    # "kidney disease" and "kidney cancer" are both terms, but the list swapped "sickness" for
    # "disease" eight times and for "cancer" once: "kidney cancer" is no rival, the find is weak
    # evidence (main's code held it for review as the list's choice unknown)
    model = _sickness_model(tmp_path, "kidney disease\nkidney cancer\n")
    assert RIVAL_RATIO <= 8
    kidney = model.find("the kidney sickness".split())
    assert [(f.display, f.rivals) for f in kidney] == [("kidney disease", 0)]
    assert SwapModel.prior(kidney[0]) > ORDINARY_PRIOR


def test_the_habitual_swap_wins_over_a_commoner_term_that_a_single_swap_gives(tmp_path):
    # "skin cancer" is the commoner term (three list entries restore to it), "skin disease" only
    # in the term list; "sickness" stood for "cancer" once and for "disease" eight times: the
    # habit decides ("skin disease"), not the term's weight (main's code: "skin cancer")
    extra = "skin malignancy\tskin cancer\t\t\t0.9\nskin tumour\tskin cancer\t\t\t0.9\n" \
            "skin neoplasm\tskin cancer\t\t\t0.9\n"
    model = _sickness_model(tmp_path, "skin disease\n", extra)
    assert model.terms[("skin", "cancer")] > model.terms[("skin", "disease")]
    skin = model.find("the skin sickness".split())
    assert [f.display for f in skin] == ["skin disease"]
    # with the two swaps equally habitual, the commoner term still wins, as before
    even = _sickness_model(tmp_path, "skin disease\n", extra + "".join(
        f"{a} sickness\t{a} cancer\t\t\t0.9\n" for a in ("lip", "neck", "throat", "chest", "hand", "back", "arm")))
    assert [f.display for f in even.find("the skin sickness".split())] == ["skin cancer"]


def test_an_attested_find_does_not_swap_back_the_writers_everyday_word_too(tmp_path):
    from unspin.engine.unseen.tuning import ATTESTED_ODD
    # made-up rows of our own: "gadget" -> "system" and "research" -> "analysis" are both list
    # swaps (twice each), but "research" is a word everyone writes (1e8 uses: 0.02 swaps per
    # million), "gadget" a paraphraser's word (2 per million)
    rows = "".join(f"{a} gadget\t{a} system\t\t\t0.9\n" for a in ("control", "storage")) + \
        "".join(f"research {a}\tanalysis {a}\t\t\t0.9\n" for a in ("pipeline", "toolkit"))
    lm = LanguageModel({"the": 2e10, "research": 1e8, "analysis": 9e7, "gadget": 1e6, "system": 2e8,
                        "sensor": 3e7},
                       {"analysis system": 5e6, "sensor system": 4e6})
    model = _swap_model(tmp_path, rows, "# none\n", lm)
    assert model._odd("research", "analysis") < ATTESTED_ODD <= model._odd("gadget", "system")
    # both words swapped back to a common pair: the writer's "research" was no paraphraser's word
    # (main's code: "research gadget" -> "analysis system")
    assert [f.display for f in model.find("the research gadget".split()) if f.route == "attested"] == []
    # one paraphraser's word swapped beside a kept word: the attested find stays
    assert [(f.display, f.route) for f in model.find("the sensor gadget".split())] == \
        [("sensor system", "attested")]


def test_a_paraphrasers_word_before_a_known_term_extends_it(tmp_path):
    from unspin.engine.unseen.tuning import COMPOSED_PRIOR, EXTENDED_ODD
    # made-up rows of our own: "hungry" -> "greedy" and "quest" -> "search", each twice; "greedy"
    # is a usual modifier of terms, "search tree" a known term, "greedy search tree" none
    rows = "".join(f"hungry {a}\tgreedy {a}\t\t\t0.9\n" for a in ("decoding", "heuristic")) + \
        "".join(f"quest {a}\tsearch {a}\t\t\t0.9\n" for a in ("tree", "engine"))
    terms = "greedy algorithm\ngreedy decoding\ngreedy heuristic\nsearch tree\nsearch engine\n"
    unigrams = {"the": 2e10, "hungry": 1e6, "greedy": 2e6, "quest": 5e7, "search": 2e8, "tree": 5e7,
                "ravenous": 2e5}
    model = _swap_model(tmp_path, rows, terms, LanguageModel(unigrams, {"search tree": 2e6}))
    assert model._odd("hungry", "greedy") >= EXTENDED_ODD
    found = model.find("the hungry quest tree".split())
    assert [(f.display, f.route) for f in found] == [("greedy search tree", "extended")]
    assert SwapModel.prior(found[0]) == COMPOSED_PRIOR
    # a word the list never swaps stays the writer's own before the term
    assert all(f.route != "extended" for f in model.find("the ravenous quest tree".split(), every=True))
    # ... and so does a paraphraser's word that makes a common pair with the term's first word
    model = _swap_model(tmp_path, rows, terms, LanguageModel(unigrams, {"search tree": 2e6, "hungry quest": 1e6}))
    assert all(f.route != "extended" for f in model.find("the hungry quest tree".split(), every=True))


def test_a_possessive_is_one_word_of_a_term(tmp_path):
    # made-up rows of our own: "statute" is put for "law" twice, and one row restores to a term
    # that holds a possessive, split as the tokenizer splits it ("Fick 's")
    rows = "gas statute\tgas law\t\t\t0.9\npower statute\tpower law\t\t\t0.9\n" + \
        "Fick 's regulation\tFick's law\t\t\t0.9\n"
    model = _swap_model(tmp_path, rows, "rate law\n", LanguageModel({"the": 2e10, "law": 1e8}, {}))
    assert join_hyphens("Fick 's law".split()) == ["Fick's", "law"]
    assert singular("fick's") == "fick's"
    assert ("fick's", "law") in model.terms
    lowers = ["the", "fick", "'s", "statute", "holds"]
    glued = [False, True, False, False, False]          # "the Fick's statute holds"
    assert units(lowers, glued)[1] == ("fick's", 1, 3)
    found = model.find(lowers, glued)
    assert [(f.start, f.length, f.display) for f in found] == [(1, 3, "Fick's law")]
    # the term as written is no find, and a possessive with a space before "'s" is two words
    assert model.find(["the", "fick", "'s", "law"], [False, True, False, False]) == []
    assert model.find(lowers, [False] * 5) == []


PHRASAL = """# made-up rows of our own for the tests
leave out\tmiss|omit
take a look at\ttest|examine
take in\tlearn|absorb
in public\tpublic|openly
put forward\tpropose|suggest
"""


def _phrasal_model(tmp_path, rows: str, terms: str, lm, phrasal: str | None = PHRASAL) -> SwapModel:
    entries, problems = parse_lexicon(TORTURED_HEADER + rows)
    assert not problems
    path = tmp_path / "terms.txt"
    path.write_text(terms, encoding="utf-8")
    files = []
    if phrasal is not None:
        files = [tmp_path / "phrasal.tsv"]
        files[0].write_text(phrasal, encoding="utf-8")
    return SwapModel.from_entries(entries, [path], lm=lm, phrasal_files=files)


PHRASAL_ROWS = "error charge\terror rate\t\t\t0.9\nbirth charge\tbirth rate\t\t\t0.9\n" + \
    "floor plans\tfloor design\t\t\t0.9\nsystem plans\tsystem design\t\t\t0.9\n" + \
    "neglect rate\tmiss rate\t\t\t0.9\nmiss charge\tmiss rate\t\t\t0.9\n"
PHRASAL_TERMS = "miss rate\ntest set\nlearning rate\npublic database\nproposed design\n"
PHRASAL_LM = {"the": 2e10, "of": 1.5e10, "rate": 5e7, "charge": 1e7, "plans": 8e7, "design": 9e7, "set": 2e8}


def test_several_words_of_the_phrasal_thesaurus_swap_back_to_one_word_of_a_term(tmp_path):
    from unspin.engine.unseen import read_phrasal
    lm = LanguageModel(dict(PHRASAL_LM), {})
    model = _phrasal_model(tmp_path, PHRASAL_ROWS, PHRASAL_TERMS, lm)
    assert read_phrasal(tmp_path / "phrasal.tsv")["take a look at"] == ["test", "examine"]
    # the expression alone swapped back: a find, weak evidence (as one habitual list swap is)
    found = model.find("we report the leave out rate here".split())
    assert [(f.start, f.length, f.display, f.route, f.changed) for f in found] == \
        [(3, 3, "miss rate", "phrasal", (3, 4))]
    assert 0.3 <= model.prior(found[0]) < 0.5
    found = model.find("on the take a look at set".split())
    assert [(f.start, f.length, f.display) for f in found] == [(2, 5, "test set")]
    # ... with another word swapped back by a habit of the list, a paraphraser's word, to a term
    # the list restores to (every word swapped): a tell
    found = model.find("the leave out charge fell".split())
    assert [(f.display, f.swapped) for f in found] == [("miss rate", 2)]
    assert model.prior(found[0]) >= 0.8
    # a verb's other forms, an -ing form for a noun too
    assert [f.display for f in model.find("the taking in rate".split())] == ["learning rate"]


def test_an_expression_of_the_phrasal_thesaurus_written_as_one_compound(tmp_path):
    # the paraphraser writes an expression hyphenated ("covered-up layer" for "hidden layer"): the
    # detector reads the compound as one unit, the phrasal route reads it as the expression
    lm = LanguageModel(dict(PHRASAL_LM), {})
    model = _phrasal_model(tmp_path, PHRASAL_ROWS, PHRASAL_TERMS, lm)
    lowers = "we report the leave - out rate here".split()
    found = model.find(lowers, [False, False, False, True, True, False, False, False])
    assert [(f.start, f.length, f.display, f.route, f.changed) for f in found] == \
        [(3, 4, "miss rate", "phrasal", (3, 4, 5))]
    assert 0.3 <= model.prior(found[0]) < 0.5
    # the compound's other forms too, and a longer expression ("take-a-look-at set")
    lowers = "on the taking - a - look - at set".split()
    found = model.find(lowers, [False, False, True, True, True, True, True, True, False, False])
    assert [f.display for f in found] == ["test set"]
    # a compound that holds the expression and more is no expression
    lowers = "the leave - out - all rate".split()
    assert model.find(lowers, [False, True, True, True, True, False, False]) == []


def test_a_compound_that_ends_in_the_first_word_of_an_expression_or_writes_a_list_chunk(tmp_path):
    # made-up rows of our own: the list teaches a chunk ("getting to know" for "learning") twice
    rows = PHRASAL_ROWS + "getting to know rate\tlearning rate\t\t\t0.9\n" + \
        "getting to know curve\tlearning curve\t\t\t0.9\n"
    lm = LanguageModel(dict(PHRASAL_LM), {})
    model = _phrasal_model(tmp_path, rows, PHRASAL_TERMS + "self-learning map\nself-miss map\n", lm)
    # the list's chunk written as one compound
    lowers = "the getting - to - know rate".split()
    found = model.find(lowers, [False, True, True, True, True, False])
    assert [(f.display, f.route) for f in found] == [("learning rate", "phrasal")]
    # a compound whose last part begins the chunk, or an expression of the thesaurus
    lowers = "a self - getting to know map".split()
    found = model.find(lowers, [False, True, True, False, False, False, False])
    assert [(f.start, f.length, f.display) for f in found] == [(1, 6, "self-learning map")]
    lowers = "a self - leave out map".split()
    assert [f.display for f in model.find(lowers, [False, True, True, False, False, False])] == ["self-miss map"]
    # ... not where the rest of the expression is missing
    lowers = "a self - getting to map".split()
    assert model.find(lowers, [False, True, True, False, False, False]) == []


def test_the_phrasal_route_keeps_to_whole_words_and_the_writers_own(tmp_path):
    lm = LanguageModel(dict(PHRASAL_LM), {})
    model = _phrasal_model(tmp_path, PHRASAL_ROWS, PHRASAL_TERMS, lm)
    # not across punctuation, not with one word of it inside a hyphenated compound
    assert model.find("we leave , out rate".split()) == []
    lowers = "the self - leave out rate".split()
    assert model.find(lowers, [False, True, True, False, False, False]) == []
    # a word of the expression itself is no swap back ("in public databases" is the writer's)
    assert model.find("proteins in public databases".split()) == []
    # another swapped word that is an everyday word of the writer's ("plans": swapped twice in
    # 80 million uses) leaves the run alone
    assert model.find("they put forward plans".split()) == []
    # without the thesaurus, nothing
    plain = _phrasal_model(tmp_path, PHRASAL_ROWS, PHRASAL_TERMS, lm, phrasal=None)
    assert plain.find("we report the leave out rate here".split()) == []


def test_a_possessive_written_without_its_s_on_the_other_side_is_no_swap(tmp_path):
    # made-up rows of our own: a repair that writes the name without its possessive teaches only
    # the other word's swap
    rows = "Fick 's regulation\tFick law\t\t\t0.9\ngas regulation\tgas law\t\t\t0.9\n"
    model = _swap_model(tmp_path, rows, "rate law\n", LanguageModel({"the": 2e10, "law": 1e8}, {}))
    assert "fick's" not in model.swaps
    assert model.swaps["regulation"] == ["law"]
