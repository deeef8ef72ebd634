"""Where the matcher lets an unseen tortured phrase through (engine/matcher.py): a head or a kept word
the tagger reads as a participle, a listed phrase inside a longer unseen one, a weaker listed swap."""
from __future__ import annotations

import pytest

from unspin.engine.lexicon import parse_lexicon
from unspin.engine.unseen import SwapModel

TORTURED = """#@ group: t
#@ category: tortured phrase
profound learning	deep learning			0.9
profound organization	deep network			0.9
irregular woodland	random forest			0.9
thick woodland	dense forest			0.9
profound studying	deep learning			0.9
machine studying	machine learning			0.9
slope plunge	gradient descent			0.9
slope boosting	gradient boosting			0.9
colossal information	big data			0.9
colossal collection	big collection			0.9
information examination	data analysis			0.9
crude examination	raw analysis			0.9
profound fashion	deep model			0.9
straight fashion	linear model			0.9
"""
NEWS = """#@ group: n
#@ category: spinner
woodland	forest			0.2
"""
TERMS = "hidden Markov model\nlaser cutting machine\nbig data repository\nquantum dot laser\ntrue negative\ntype i error\nfederated deep learning\ndeep gradient boosting\nbig data analysis pipeline\ndecision forest\ndense network\n"


@pytest.fixture(scope="module")
def make(engine, tmp_path_factory):
    from unspin.engine import Engine
    terms = tmp_path_factory.mktemp("terms") / "terms.txt"
    terms.write_text(TERMS, encoding="utf-8")

    def build(*lexicons):
        entries = []
        for text in lexicons:
            got, problems = parse_lexicon(text)
            assert not problems
            entries.extend(got)
        model = SwapModel.from_entries([e for e in entries if e.category == "tortured phrase"], [terms])
        return Engine(nlp=engine.nlp, entries=entries, swap_model=model)
    return build


def _unseen(analysis):
    return [(s.original, s.replacement) for s in analysis.suggestions if s.rule.startswith("tortured-unseen:")]


def test_a_kept_participle_inside_a_known_term(make):
    eng = make(TORTURED)
    got = _unseen(eng.analyse("The phones ran federated profound studying overnight."))
    assert got == [("federated profound studying", "federated deep learning")]


def test_a_head_the_tagger_reads_as_a_participle(make):
    eng = make(TORTURED)
    got = _unseen(eng.analyse("We compared profound slope boosting with two baselines."))
    assert got == [("profound slope boosting", "deep gradient boosting")]


def test_a_longer_unseen_phrase_takes_in_the_listed_one_it_agrees_with(make):
    eng = make(TORTURED)
    analysis = eng.analyse("The team relied on a colossal information examination pipeline for the audit.")
    got = [(s.original, s.replacement) for s in analysis.suggestions if s.confidence >= 0.5]
    assert got == [("colossal information examination pipeline", "big data analysis pipeline")]


def test_a_weaker_listed_swap_does_not_hide_an_unseen_phrase(make):
    eng = make(TORTURED, NEWS)
    got = [(s.original, s.replacement) for s in eng.analyse("The decision woodland was trained twice.").suggestions]
    assert ("decision woodland", "decision forest") in got
    assert ("woodland", "forest") not in got


def test_two_swapped_words_keep_the_number_of_the_written_head(make):
    # both words swapped back is no several-word chunk ("the executives" -> "management"): the plural stays
    eng = make(TORTURED)
    got = _unseen(eng.analyse("Both thick organizations were pruned before the test."))
    assert got == [("thick organizations", "dense networks")]


def test_the_words_the_writer_kept_stay_as_written(make):
    # the term list writes "hidden Markov model"; only the swapped word changes
    eng = make(TORTURED)
    got = _unseen(eng.analyse("We fitted a hidden markov fashion to the series."))
    assert got == [("hidden markov fashion", "hidden markov model")]
    got = _unseen(eng.analyse("Hidden markov fashion was fitted to the series."))
    assert got == [("Hidden markov fashion", "Hidden markov model")]


def test_a_mass_noun_in_ing_is_not_put_in_the_plural(engine):
    # "high quality packages" reads to the bundled finder as a tortured "high quality nursing"; a plural
    # written head must not turn that into "nursings", a word ordinary English does not have
    from unspin.engine.langmodel import shared_model
    known = shared_model().unigrams
    analysis = engine.analyse("The hospital said it would keep spending on safety and high quality packages.")
    heads = [s.replacement.split()[-1].lower() for s in analysis.suggestions if s.rule.startswith("tortured-unseen:")]
    assert heads, "the bundled finder no longer reads this phrase: pick another"
    assert all(not h.endswith("ings") or h in known for h in heads), heads


def test_a_kept_first_word_the_tagger_reads_as_a_verb(engine, tmp_path):
    from unspin.engine import Engine
    lexicon = "#@ group: t\n#@ category: tortured phrase\n" + \
        "light emanation\tlight emission\t\t\t0.9\nfield emanation\tfield emission\t\t\t0.9\n"
    entries, problems = parse_lexicon(lexicon)
    assert not problems
    terms = tmp_path / "terms.txt"
    terms.write_text("carbon emission\n", encoding="utf-8")
    eng = Engine(nlp=engine.nlp, entries=entries, swap_model=SwapModel.from_entries(entries, [terms]))
    text = "This work studies carbon emanation over ten years."
    # the tagger reads "studies" as a noun and "carbon" as the verb; the known term says otherwise
    assert [t.tag_ for t in engine.nlp(text)][2:4] == ["NNS", "VBP"]
    assert _unseen(eng.analyse(text)) == [("carbon emanation", "carbon emission")]


def test_a_lone_unseen_find_in_clean_news_is_not_shown(engine):
    # one weak unseen find with no other tortured phrase around it: noise, not a review item
    news = ("The company said it was planning trips to three new cities next spring, and bookings "
            "were already strong. Prices for hotels rose in the summer as travel picked up, and the "
            "airline added flights to the coast. Its chief executive told reporters on Tuesday that the "
            "busy season had started early this year. Shares of the company rose 3 percent in morning "
            "trading after the announcement. Analysts said demand for travel had held up despite higher "
            "fares, and several rivals have raised their forecasts for the year. The company plans to hire "
            "about 2,000 workers before the summer and to open a new office in Denver.")
    analysis = engine.analyse(news)
    assert not [s for s in analysis.suggestions if s.rule.startswith("tortured-unseen")]
    from unspin.engine import unseen
    from unspin.engine.matcher import Candidate
    # the analyzer knows the finder's guesses by their rule (Candidate.unseen)
    guess = Candidate(0, 4, "a b", "c d", [], 0.3, False, "tortured phrase", f"{unseen.GROUP}:c d", "")
    assert guess.unseen and not Candidate(0, 4, "a b", "c d", [], 0.3, False, "spinner", "news:a b", "").unseen


def test_unseen_finds_among_tortured_phrases_are_still_shown(engine):
    paper = ("We train a profound learning model with counterfeit consciousness methods. Planning trips "
             "were logged by the irregular woodland classifier, and the bosom peril cohort was studied "
             "with a convolutional neural organization.")
    rules = [s.rule for s in engine.analyse(paper).suggestions]
    assert any(r.startswith("tortured") for r in rules)



def test_a_listed_tell_vouches_for_the_weak_find_around_it(make):
    # "register" -> "repository" is seen once (a weak find alone), but the listed tell "colossal
    # information" inside the find agrees with it: the whole phrase is repaired, not half of it
    eng = make(TORTURED + "crude register\traw repository\t\t\t0.9\n")
    analysis = eng.analyse("All records were copied into a colossal information register every night.")
    got = [(s.original, s.replacement) for s in analysis.suggestions if s.confidence >= 0.5]
    assert got == [("colossal information register", "big data repository")]


def test_a_listed_phrase_below_a_tell_does_not_vouch(make):
    # the same find around a listed phrase that is no tell: the weak find stays weak
    weaker = TORTURED.replace("colossal information\tbig data\t\t\t0.9", "colossal information\tbig data\t\t\t0.6")
    eng = make(weaker + "crude register\traw repository\t\t\t0.9\n")
    analysis = eng.analyse("All records were copied into a colossal information register every night.")
    got = [(s.original, s.replacement) for s in analysis.suggestions if s.confidence >= 0.5]
    assert ("colossal information register", "big data repository") not in got


def test_a_completed_term_before_a_verb_is_a_whole_noun_phrase(make):
    # "speck" is linked to "dot" by no source: the completion route, weak evidence, shown for review;
    # the verb after it ends the noun phrase, a noun after it would continue it
    eng = make(TORTURED)
    got = _unseen(eng.analyse("In the lab the quantum speck laser failed twice."))
    assert got == [("quantum speck laser", "quantum dot laser")]
    assert _unseen(eng.analyse("In the lab the quantum speck laser array failed twice.")) == []


SWAPS = """genuine worth\ttrue value\t\t\t0.9
genuine mean\ttrue mean\t\t\t0.9
blood sort\tblood type\t\t\t0.9
sort theory\ttype theory\t\t\t0.9
slip rate\terror rate\t\t\t0.9
slip bar\terror bar\t\t\t0.9
"""


def test_a_known_term_with_an_adjective_for_its_head(make):
    # the tagger reads "negative" as an adjective; the term says it is the noun of "true negative"
    eng = make(TORTURED + SWAPS)
    got = _unseen(eng.analyse("Each genuine negative was counted twice by the two readers."))
    assert got == [("genuine negative", "true negative")]


def test_the_numeral_i_of_a_known_term_is_no_pronoun(make):
    # "i" kept as written, read as a pronoun by the tagger, is the numeral of "type i error"
    eng = make(TORTURED + SWAPS)
    got = _unseen(eng.analyse("The sort i slip was kept below five percent in every trial."))
    assert got == [("sort i slip", "type i error")]


def test_a_kept_participle_inside_a_completed_term(make):
    # "contraption" is linked to "machine" by no source (the completion route); the kept
    # "cutting" is read as a verb, the term says it modifies the noun
    eng = make(TORTURED)
    got = _unseen(eng.analyse("Last week the laser cutting contraption was serviced again."))
    assert got == [("laser cutting contraption", "laser cutting machine")]


def test_a_find_around_a_listed_tell_that_repairs_it_otherwise_takes_its_repair():
    from unspin.engine.matcher import Candidate
    from unspin.engine.unseen_matching import _merged_with_listed
    from unspin.engine.unseen import Found

    class Model:
        terms = {("ribbon", "gap", "energy"): 2}
        displays = {("ribbon", "gap", "energy"): "ribbon gap energy"}

        def __init__(self, prior):
            self.prior = lambda f: prior

    lowers = ["ribbon", "hole", "vigour"]
    # the swap model composed "ribbon hole energy" (the list showed it "vigour" -> "energy"); the
    # listed tell says "ribbon hole" is a tortured "ribbon gap": together a known term
    found = Found(0, 3, ("ribbon", "hole", "energy"), "ribbon hole energy", 1, 0, 5, route="composed", changed=(2,))
    tell = Candidate(0, 11, "ribbon hole", "ribbon gap", [], 0.9, True, "tortured phrase", "t", "")
    got = _merged_with_listed(Model(0.3), found, lowers, [(0, 2, 0.9, tell)])
    assert (got.display, got.route, got.changed, got.swapped) == ("ribbon gap energy", "term", (1, 2), 2)
    # a listed phrase that is no tell does not vouch
    weak = Candidate(0, 11, "ribbon hole", "ribbon gap", [], 0.6, False, "tortured phrase", "t", "")
    assert _merged_with_listed(Model(0.3), found, lowers, [(0, 2, 0.6, weak)]) is None
    # a result no term list knows needs a find that was weak evidence at least, not review-only
    other = Found(0, 3, ("ribbon", "hole", "power"), "ribbon hole power", 1, 0, 5, route="composed", changed=(2,))
    assert _merged_with_listed(Model(0.3), other, lowers, [(0, 2, 0.9, tell)]).display == "ribbon gap power"
    assert _merged_with_listed(Model(0.1), other, lowers, [(0, 2, 0.9, tell)]) is None


def test_a_news_swap_as_sure_as_a_weak_unseen_find_does_not_hide_it(make):
    # the news spinner's "examination" -> "test" (no tell, and a science word: held for review in a
    # tortured neighbourhood) is as sure as the weak unseen "data examination" -> "data analysis"
    # (one habitual swap); it no longer hides the find, which covers more of the phrase
    news = "#@ group: n\n#@ category: spinner\nexamination\ttest\t\t\t0.45\n"
    eng = make(TORTURED, news)
    got = _unseen(eng.analyse("Every night the team ran a data examination on the new records."))
    assert got == [("data examination", "data analysis")]


def test_a_plural_head_the_list_restores_in_the_singular_keeps_the_singular(make):
    # the list writes "heart ailments" -> "heart disease", "eye ailments" -> "eye disease": the
    # paraphraser's plural stands for the term's singular, so an unseen "skin ailments" is
    # "skin disease", not "skin diseases"; a plural the list restores in the plural stays plural
    ailments = ("heart ailments\theart disease\t\t\t0.9\neye ailments\teye disease\t\t\t0.9\n"
                "skin sickness\tskin disease\t\t\t0.9\n")
    eng = make(TORTURED + ailments)
    got = _unseen(eng.analyse("Skin ailments were recorded at every visit to the clinic."))
    assert got == [("Skin ailments", "Skin disease")]
    got = _unseen(eng.analyse("Both thick organizations were pruned before the test."))
    assert got == [("thick organizations", "dense networks")]


def test_a_kept_word_no_ordinary_english_has_does_not_make_the_pair_ordinary(make):
    # "work" -> "function" is a habit of the list; "lyapunov work" is no pair of ordinary English
    # because "lyapunov" is no word of it: weak evidence, applied among other tortured phrases, not
    # review-only like "team work" -> "team function" would be
    works = ("loss work\tloss function\t\t\t0.9\ncost work\tcost function\t\t\t0.9\n"
             "lyapunov capacity\tlyapunov function\t\t\t0.9\nteam capacity\tteam function\t\t\t0.9\n")
    eng = make(TORTURED + works)
    model = eng._unseen_model()
    lyapunov = [f for f in model.find(["lyapunov", "work"], every=True) if f.term == ("lyapunov", "function")]
    assert lyapunov and model.prior(lyapunov[0]) >= 0.3
    team = [f for f in model.find(["team", "work"], every=True) if f.term == ("team", "function")]
    assert not team or model.prior(team[0]) < 0.3


def test_a_news_swap_still_hides_a_weak_completion_over_it(engine):
    # in spun news "a sequence of journeys" is the spinner's "a series of trips"; the completion
    # route's "sequence of observation" (one word linked by no source) must not take its place
    text = ("Officials hope the visit will lead to a sequence of journeys by senior ministers "
            "over the coming months, a spokesman said on Tuesday.")
    got = [(s.original, s.replacement) for s in engine.analyse(text).suggestions]
    assert ("sequence", "series") in got
    assert not [o for o, _ in got if o.startswith("sequence of")]


def test_a_kept_head_after_to_inside_a_known_term_is_no_infinitive(make):
    # the tagger reads "to noise" as an infinitive; the known term "signal to noise" (a listed
    # repair) says it is a noun
    rows = "flag processing\tsignal processing\t\t\t0.9\nflag strength\tsignal strength\t\t\t0.9\n" + \
        "sign to commotion\tsignal to noise\t\t\t0.9\n"
    eng = make(TORTURED + rows)
    got = _unseen(eng.analyse("The proposed scheme uses flag to noise at every stage of the pipeline."))
    assert got == [("flag to noise", "signal to noise")]


def test_a_hyphenated_compound_with_a_swapped_part_is_repaired_to_the_spaced_term(make):
    # "profound" is the paraphraser's "deep"; the known term writes "deep learning" apart
    eng = make(TORTURED)
    got = _unseen(eng.analyse("The phones ran federated profound-learning overnight."))
    assert got == [("federated profound-learning", "federated deep learning")]


VOUCHED = """#@ group: t
#@ category: tortured phrase
global trade	international trade			0.9
global law	international law			0.9
online diary	online journal			0.9
academic diary	academic journal			0.9
half and half engine	hybrid engine			0.9
half and half vehicle	hybrid vehicle			0.9
half and half system	hybrid system			0.9
half and half model	hybrid model			0.9
"""


def test_two_everyday_swaps_vouched_for_by_the_bigram_file_as_a_noun_phrase_of_their_own(make):
    eng = make(VOUCHED)
    # "global diary" is no pair of English, "international journal" a common one (the bundled bigram file)
    got = _unseen(eng.analyse("Each participant was assessed for global diary at baseline."))
    assert got == [("global diary", "international journal")]
    # part of a longer noun phrase: the language models know nothing of the whole
    assert _unseen(eng.analyse("Each participant was assessed for global diary entries at baseline.")) == []


def test_a_kept_head_read_as_a_lowercase_name_is_a_noun(make):
    eng = make(VOUCHED)
    # the tagger reads the acronym "aes" as a name; the kept head of the hallmark find "hybrid aes"
    got = _unseen(eng.analyse("In the final stage, half and half aes is applied to the remaining records."))
    assert got == [("half and half aes", "hybrid aes")]


NEAR = TORTURED + """numerous sclerosis	multiple sclerosis			0.9
various sclerosis	multiple sclerosis			0.9
different sclerosis	multiple sclerosis			0.9
"""


def test_a_word_no_source_links_chosen_by_the_word_vectors_as_a_noun_phrase_of_its_own(make, monkeypatch):
    from unspin.engine.unseen import tuning
    monkeypatch.setattr(tuning, "NEAR_SIMILARITY", tuning.ROUTE_NEAR_SIMILARITY)
    eng = make(NEAR)
    # "many" is swapped for "multiple" by no list and no dictionary; the bundled word vectors put it
    # closest to "multiple" among the words of the two-word terms ending in "sclerosis"
    text = "Further experiments are needed to confirm the benefit of profound fashion. The risk of many sclerosis was estimated."
    assert ("many sclerosis", "multiple sclerosis") in _unseen(eng.analyse(text))
    # part of a longer noun phrase: no find
    text = "Further experiments are needed to confirm the benefit of profound fashion. The many sclerosis cases were estimated."
    assert all(o != "many sclerosis" for o, _ in _unseen(eng.analyse(text)))
    # after an adverb the adjective is the writer's own ("a very good phone" is no "smart phone")
    text = "Further experiments are needed to confirm the benefit of profound fashion. The risk of very many sclerosis was estimated."
    assert all(o != "many sclerosis" for o, _ in _unseen(eng.analyse(text)))


EXTENDED = """#@ group: t
#@ category: tortured phrase
voracious decoding	greedy decoding			0.9
voracious heuristic	greedy heuristic			0.9
gobbled decoding	greedy decoding			0.9
gobbled heuristic	greedy heuristic			0.9
quest engine	search engine			0.9
quest space	search space			0.9
"""


def _engine_of(engine, rows: str, terms: str, tmp_path):
    """An engine of made-up rows and known terms, on the shipped engine's pipeline."""
    from unspin.engine import Engine
    path = tmp_path / "terms.txt"
    path.write_text(terms, encoding="utf-8")
    entries, problems = parse_lexicon(rows)
    assert not problems
    return Engine(nlp=engine.nlp, entries=entries, swap_model=SwapModel.from_entries(entries, [path]))


def test_a_paraphrasers_word_before_a_known_term_but_not_the_sentences_verb(engine, tmp_path):
    # made-up rows of our own: "voracious" and "gobbled" are put for "greedy" (a usual modifier of
    # terms), "quest" for "search"; "search tree" is a known term, "greedy search tree" none
    eng = _engine_of(engine, EXTENDED, "greedy algorithm\ngreedy decoding\ngreedy heuristic\nsearch tree\n", tmp_path)
    assert _unseen(eng.analyse("The planner builds a voracious quest tree for each query.")) == \
        [("voracious quest tree", "greedy search tree")]
    assert _unseen(eng.analyse("A gobbled quest tree is built for each query.")) == \
        [("gobbled quest tree", "greedy search tree")]
    # the sentence's verb is the writer's own, however a paraphraser might use it
    assert all(o.split()[0] != "gobbled" for o, _ in _unseen(eng.analyse("The planner gobbled quest trees for each query.")))


POSSESSIVE = """#@ group: t
#@ category: tortured phrase
gas statute	gas law			0.9
power statute	power law			0.9
Fick 's regulation	Fick's law			0.9
"""


def test_a_term_with_a_possessive_is_repaired_whole(engine, tmp_path):
    # made-up rows of our own (above): the term "Fick's law" is learnt with its possessive, so a
    # "Fick's statute" no row lists swaps back to it, the possessive kept as written
    eng = _engine_of(engine, POSSESSIVE, "rate law\n", tmp_path)
    assert _unseen(eng.analyse("The flux across the membrane follows Fick's statute closely.")) == \
        [("Fick's statute", "Fick's law")]
    assert _unseen(eng.analyse("The flux across the membrane follows Fick's law closely.")) == []


PHRASAL_ROWS = """#@ group: t
#@ category: tortured phrase
error tempo	error rate			0.9
birth tempo	birth rate			0.9
"""


def test_several_words_for_one_of_a_term_through_the_engine(engine, tmp_path):
    # made-up rows of our own: a phrasal thesaurus of two rows, "tempo" put for "rate" twice; the
    # expression's verb, which the tagger may read as the sentence's, is part of the swap
    from unspin.engine import Engine
    terms = tmp_path / "terms.txt"
    terms.write_text("miss rate\ntest set\n", encoding="utf-8")
    phrasal = tmp_path / "phrasal.tsv"
    phrasal.write_text("leave out\tmiss|omit\ntake a look at\ttest|examine\n", encoding="utf-8")
    entries, problems = parse_lexicon(PHRASAL_ROWS)
    assert not problems
    model = SwapModel.from_entries(entries, [terms], phrasal_files=[phrasal])
    eng = Engine(nlp=engine.nlp, entries=entries, swap_model=model)
    assert _unseen(eng.analyse("The detector kept its leave out tempo below two percent.")) == \
        [("leave out tempo", "miss rate")]
    assert _unseen(eng.analyse("Every model was scored on the take a look at set.")) == \
        [("take a look at set", "test set")]
    # the writer's own phrasal verb before a word of no term: nothing
    assert _unseen(eng.analyse("We leave out charge transfer in this sketch.")) == []
