"""The noisy-channel restorer: language model, thesaurus import, channel odds, joint choice, gate."""
from __future__ import annotations

import math
from pathlib import Path

import pytest

from unspin.engine.channel import ChannelTable
from unspin.engine.langmodel import LanguageModel, shared_model
from unspin.engine.lexicon import parse_lexicon
from unspin.engine.restorer import POSSIBLE, Choice, Lattice, Site, confidence, decode_lattice, spin_probability
from unspin.engine.thesaurus import parse_thesaurus


# -- language model ---------------------------------------------------------------------------------
def test_bundled_model_prefers_ordinary_english():
    lm = shared_model()
    assert lm.logp("he", "said") > lm.logp("he", "mentioned") + 2
    assert lm.logp("final", "passage") > lm.logp("ultimate", "passage")
    assert lm.logp(None, "the") > lm.logp(None, "invoice")


def test_missing_bigram_backs_off_below_the_cutoff(tmp_path: Path):
    (tmp_path / "uni.txt").write_text("the 1000000\ncat 1000\ndog 1000\n", encoding="utf-8")
    # Bigram counts are stored 10x the unigram scale here; the cut-off is the smallest pair.
    (tmp_path / "bi.txt").write_text("the cat 50000\nthe dog 20000\n", encoding="utf-8")
    lm = LanguageModel.from_files(tmp_path / "uni.txt", tmp_path / "bi.txt", scale=10.0)
    assert lm.logp("the", "cat") == pytest.approx(math.log(5000 / 1_000_000))
    # "cat dog" is not in the file: below the cut-off (2,000), so at most 2000/count(cat) ...
    assert lm.logp("cat", "dog") <= math.log(2000 / 1000) + 1e-9
    # ... and a seen pair beats an unseen one after the same word.
    assert lm.logp("the", "cat") > lm.logp("the", "the")


# -- thesaurus ----------------------------------------------------------------------------------------
def test_thesaurus_lines_spintax_and_bad_lines():
    text = "# comment\nsaid|mentioned|stated\n{bill|invoice}\nno pipe here\n{broken|group\nonly|\nyear|yr|12 months\n"
    groups, problems = parse_thesaurus(text, "t.txt")
    assert [g.head for g in groups] == ["said", None, "year"]
    assert groups[2].members == ("year", "yr", "12 months")
    assert [p.line for p in problems] == [4, 5, 6]
    assert all(p.path == "t.txt" and p.message for p in problems)


def test_channel_odds_follow_the_line_length():
    groups, _ = parse_thesaurus("said|mentioned|stated\nnoted|mentioned\n{bill|invoice}\n")
    t = ChannelTable.build((), groups)
    opts = t.forms[("mentioned",)]
    assert opts["said"].odds == pytest.approx(1 / 3)
    assert opts["noted"].odds == pytest.approx(1 / 2)
    assert t.forms[("invoice",)]["bill"].odds == pytest.approx(1 / 2)
    assert t.keep_odds(("said",)) == pytest.approx(1 / 3)
    assert t.keep_odds(("mentioned",)) is None


def test_channel_takes_lexicon_entries_by_lemma():
    entries, _ = parse_lexicon("spun\trestored\tpos\twhen\tconfidence\nmention\tsay\tVERB\t\t0.6\n"
                               "stated\tsaid\tVERB\treporting\t0.3\nlarge\tbig\t\t\t0.4\n")
    t = ChannelTable.build(entries, ())
    opt = t.lemmas[("mention",)]["say"]
    assert opt.by_lemma and opt.pos == {"VERB"}
    assert opt.odds == pytest.approx(0.18)  # a POS restriction lowers the odds
    assert t.lemmas[("large",)]["big"].odds == pytest.approx(0.4)
    assert ("stated",) not in t.lemmas      # conditions carry the precision: left to the matcher


# -- joint decoding -----------------------------------------------------------------------------------
def _site(start, original, *alts, odds=0.5, before=()):
    choices = [Choice(original, (original,), None)] + [Choice(a, tuple(a.split()), odds) for a in alts]
    return Site(start, start + len(original), original, choices, tuple(before))


def test_viterbi_chooses_the_candidate_that_fits_the_context():
    lm = shared_model()
    # "he mentioned that" -> "he said that": the bigram "he said" decides.
    lat = Lattice([_site(3, "mentioned", "said", "noted", before=("he",))], ("that",), 3)
    d = decode_lattice(lat, lm, 0.9)[0]
    assert d.best and d.site.choices[d.best].text == "said" and d.margin > 0
    # Neighbouring sites agree: "the ultimate passage" -> "the final passage".
    lat = Lattice([_site(0, "ultimate", "final", "eventual", before=("the",)),
                   _site(9, "passage", "passing")], ("of", "the", "bill"), 6)
    ds = decode_lattice(lat, lm, 0.9)
    assert ds[0].site.choices[ds[0].best].text == "final"
    assert ds[1].best == 0


def test_margin_falls_with_the_spin_probability():
    lm = shared_model()
    lat = Lattice([_site(3, "mentioned", "said", before=("he",))], ("that",), 3)
    spun = decode_lattice(lat, lm, 0.9)[0].margin
    clean = decode_lattice(lat, lm, 0.02)[0].margin
    assert spun > clean
    assert confidence(spun) > confidence(clean)


def test_gate_is_low_without_evidence_and_high_with_it():
    lm = shared_model()
    weak = [Lattice([_site(0, "house", "home", odds=0.5)], ("is", "big"), 3)]
    assert spin_probability(weak, lm) < 0.1
    assert spin_probability(weak, lm, tell_score=0.8) == pytest.approx(0.8)
    strong = [Lattice([_site(3, "mentioned", "said", before=("he",))], ("that",), 3)] * 40
    assert spin_probability(strong, lm) > 0.5


# -- through the engine ---------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def nlp():
    from unspin.engine.pipeline import available_pipeline, load_pipeline
    if available_pipeline() is None:
        pytest.skip("no spaCy pipeline installed")
    return load_pipeline()


def _engine(nlp, tmp_path: Path, lines: str, **settings):
    from unspin.engine import Engine, EngineSettings
    th = tmp_path / "spinner.txt"
    th.write_text(lines, encoding="utf-8")
    return Engine(EngineSettings(thesauri=[th], **settings), nlp=nlp)


def test_thesaurus_repairs_a_spun_paragraph(nlp, tmp_path: Path):
    engine = _engine(nlp, tmp_path, "bill|invoice|measure\nfinal|ultimate|last\nvote|poll\n")
    text = ("The senators said the ultimate vote on the invoice would come next week. The ultimate passage of "
            "the invoice needs a majority. Leaders said the invoice had support, and the ultimate tally was close.")
    a = engine.analyse(text)
    fixes = {(s.original, s.replacement) for s in a.suggestions if s.confidence >= 0.5}
    assert ("ultimate", "final") in fixes
    # alone, or inside a phrase a bundled lexicon repairs as a whole ("invoice would" -> "bill would")
    assert any(o.split()[0] == "invoice" and r.split()[0] == "bill" for o, r in fixes), fixes


def test_a_form_two_originals_fit_is_offered_for_review_not_applied(nlp, tmp_path: Path):
    """"method" heads no line but stands in two ("way|method", "approach|method"); where the sentence
    reads well with either, the site is surely spun but its original is not sure: a possible spin with
    the other original as an alternative (restorer.ORIGINALS_COMPETE). With one line it is applied."""
    text = ("Researchers examined a fresh method to the matter, and the group mentioned the outcomes had "
            "been encouraging for farmers.")

    def restorer_swaps(lines: str):
        return [s for s in _engine(nlp, tmp_path, lines).analyse(text).suggestions
                if s.rule.startswith("restorer") and s.original == "method"]

    two = restorer_swaps("way|method\napproach|method\n")
    assert len(two) == 1 and two[0].confidence < 0.5 and two[0].category == POSSIBLE
    assert {two[0].replacement, *two[0].alternatives} == {"way", "approach"}
    one = restorer_swaps("approach|method\n")
    assert len(one) == 1 and one[0].replacement == "approach" and one[0].confidence >= 0.5


def test_possible_spin_is_listed_with_candidates_below_the_threshold(nlp, tmp_path: Path):
    engine = _engine(nlp, tmp_path, "large|big|huge\n")
    a = engine.analyse("The museum has a big garden behind the old station, and visitors like it.")
    low = [s for s in a.suggestions if s.category == POSSIBLE]
    assert all(s.confidence < 0.5 for s in low)
    assert not [s for s in a.suggestions if s.confidence >= 0.5 and s.rule.startswith("restorer")]


def test_clean_text_stays_clean(nlp, tmp_path: Path):
    engine = _engine(nlp, tmp_path, "said|mentioned|stated\nbig|large|huge\nhouse|home\nfinal|last\n")
    text = ("The council met on Tuesday in the town hall. Members said the new library would open in the "
            "spring, and that the old building on the main street would become a home for the local "
            "history society. The last item was the budget for road repairs, which passed after a short "
            "debate. A large crowd stayed for the final vote.") * 3
    a = engine.analyse(text)
    assert [s for s in a.suggestions if s.confidence >= 0.5 and s.rule.startswith("restorer")] == []


@pytest.mark.parametrize("protect_quotes", [False, True])
def test_names_stay_protected_and_quotes_when_asked(nlp, tmp_path: Path, protect_quotes: bool):
    engine = _engine(nlp, tmp_path, "final|ultimate\n", protect_quotes=protect_quotes)
    text = "“The ultimate chapter is next,” she said. The coach met Ultimate Sports, and the ultimate game was won."
    a = engine.analyse(text)
    spans = {(s.start, s.original) for s in a.suggestions if s.rule.startswith("restorer")}
    quoted = text.index("ultimate")
    assert any(start == quoted for start, _ in spans) is not protect_quotes
    assert all(orig != "Ultimate" for _, orig in spans)


def test_part_of_a_hyphenated_word_is_not_a_site(nlp, tmp_path: Path):
    engine = _engine(nlp, tmp_path, "part|half\nfinal|ultimate\n")
    a = engine.analyse("The bank cut rates by a half-point, its ultimate move this year.")
    assert not [s for s in a.suggestions if s.original == "half"]


def test_lexicon_confidence_spreads_without_crossing_the_threshold():
    from unspin.engine.restorer import adjust_lexicon_confidence
    assert adjust_lexicon_confidence(0.9, 8.0, 0.5) > adjust_lexicon_confidence(0.9, -8.0, 0.5)
    assert adjust_lexicon_confidence(0.52, -20.0, 0.5) >= 0.5
    assert adjust_lexicon_confidence(0.46, 20.0, 0.5) < 0.5
    assert adjust_lexicon_confidence(0.7, None, 0.5) == 0.7


# -- evidence from the rest of the document (local_evidence.py) --------------------------------------
def _spans_at(text: str, words: list[str], conf: float) -> list[tuple[int, int, float]]:
    out = []
    for w in words:
        i = text.index(w)
        out.append((i, i + len(w), conf))
    return out


SPUN_PARAGRAPH = ("The corporate mentioned its quarterly income rose sharply, and the agency expects "
                  "extra progress within the subsequent yr as the financial system recovers.")
PLAIN_PARAGRAPH = ("The company said its quarterly revenue rose sharply, and the firm expects more "
                   "growth in the next year as the economy recovers from the slowdown.")


def test_a_thickly_spun_paragraph_lends_an_uncertain_swap_confidence():
    from unspin.engine.local_evidence import document_bonuses, with_bonus
    text = SPUN_PARAGRAPH + "\n\n" + PLAIN_PARAGRAPH
    applied = _spans_at(text, ["corporate", "mentioned", "income", "extra", "subsequent yr"], 0.9)
    unsure_spun = (text.index("progress"), text.index("progress") + 8, 0.4)
    i = text.index("growth")
    unsure_plain = (i, i + 6, 0.4)
    bonuses = document_bonuses(text, applied + [unsure_spun, unsure_plain], 0.5)
    assert bonuses[:5] == [0.0] * 5                 # applied changes need nothing
    assert bonuses[5] > 0 and with_bonus(0.4, bonuses[5]) >= 0.5
    assert bonuses[6] == 0.0                         # the plain paragraph lends nothing


def test_density_does_not_count_the_swap_itself_or_a_clean_document():
    from unspin.engine.local_evidence import document_bonuses
    text = SPUN_PARAGRAPH
    i = text.index("progress")
    # a lexicon candidate and a restorer site over the same words are one change
    same = [(i, i + 8, 0.9), (i, i + 8, 0.4)]
    assert document_bonuses(text, same, 0.5) == [0.0, 0.0]
    # nothing applied anywhere: nothing to lend
    unsure = _spans_at(text, ["corporate", "mentioned", "income", "extra", "progress"], 0.3)
    assert document_bonuses(text, unsure, 0.5) == [0.0] * 5


def test_a_short_line_counts_as_a_paragraph_of_thirty_words():
    from unspin.engine.local_evidence import document_bonuses
    text = "Extra progress was mentioned by the corporate.\n\n" + PLAIN_PARAGRAPH
    spans = _spans_at(text, ["Extra", "mentioned"], 0.9) + _spans_at(text, ["progress"], 0.4)
    assert document_bonuses(text, spans, 0.5)[2] == 0.0   # 2 changes in 7 words read as 2 in 30
    spans = _spans_at(text, ["Extra", "mentioned", "corporate"], 0.9) + _spans_at(text, ["progress"], 0.4)
    assert document_bonuses(text, spans, 0.5)[3] > 0      # 3 in 30: thick enough


def test_density_settles_only_whether_a_site_was_spun_not_which_original():
    from unspin.engine.restorer import Decision, sure_of_original
    keep = Choice("method", ("method",), 0.5)
    two = Site(0, 6, "method", [keep, Choice("way", ("way",), 0.3), Choice("approach", ("approach",), 0.3)])
    one = Site(0, 6, "method", [keep, Choice("way", ("way",), 0.3)])
    rated = Site(0, 6, "method", [Choice("method", ("method",), 0.2, rate=True),
                                  Choice("way", ("way",), 0.5, rate=True), Choice("approach", ("approach",), 0.3, rate=True)])
    assert not sure_of_original(Decision(two, 1, [1, 2], 0.5))
    assert sure_of_original(Decision(one, 1, [1], 0.5))
    assert sure_of_original(Decision(rated, 1, [1, 2], 0.5))   # the rate weighs the originals already


def test_a_site_of_several_originals_is_as_sure_as_its_best_against_all_the_others():
    """A form that several heads swap to ("method": way, approach) may be surely spun and still not
    surely *this* original: the change's confidence weighs the other originals as well as keeping
    the text (restorer.ORIGINALS_COMPETE), as an observed rate's does (_rate_margin)."""
    from unspin.engine.restorer import Decision, decision_confidence, suggestion_for
    from unspin.engine.restorer.settings import ORIGINALS_COMPETE
    assert ORIGINALS_COMPETE
    keep = Choice("method", ("method",), 0.5)
    two = Site(0, 6, "method", [keep, Choice("way", ("way",), 0.3), Choice("approach", ("approach",), 0.3)])
    # the sentence prefers "way" to "method" by 5 nats, and "approach" nearly as much
    d = Decision(two, 1, [1, 2], 5.0, [0.0, 5.0, 4.6], [0.0, 0.0, 0.0], 0.97)
    best, conf = decision_confidence(d)
    assert best == 1
    assert conf == pytest.approx(confidence(5.0 - math.log(1.0 + math.exp(4.6))))
    assert conf < 0.5 < confidence(d.margin)
    s = suggestion_for(d, 0.5)
    assert s.category == POSSIBLE and s.replacement == "way" and s.alternatives == ["approach"]
    # a clear winner among the originals keeps (nearly) the margin over the text as written
    clear = Decision(two, 1, [1, 2], 5.0, [0.0, 5.0, -1.0], [0.0, 0.0, 0.0], 0.97)
    assert decision_confidence(clear)[1] > 0.5
    # one original: the margin over keeping the text, as before
    one = Site(0, 6, "method", [keep, Choice("way", ("way",), 0.3)])
    alone = Decision(one, 1, [1], 5.0, [0.0, 5.0], [0.0, 0.0], 0.97)
    assert decision_confidence(alone)[1] == pytest.approx(confidence(5.0))
    # a weak candidate keeps its credit on the margin over the text (its odds are a tenth already)
    from unspin.engine.restorer.settings import WEAK_CREDIT
    weak = Site(0, 6, "method", [keep, Choice("way", ("way",), 0.03, weak=True), Choice("approach", ("approach",), 0.3)])
    d = Decision(weak, 1, [1, 2], 5.0, [0.0, 5.0, 4.6], [0.0, 0.0, 0.0], 0.97)
    assert decision_confidence(d)[1] == pytest.approx(confidence(5.0 + WEAK_CREDIT))


def test_an_observed_swap_whose_original_stands_elsewhere_gains_confidence():
    from unspin.engine.local_evidence import ATTESTED_BONUS, document_bonuses
    text = ("Thieves took the cash from the corporate vault, officers mentioned, and the agency "
            "anticipated extra losses within the subsequent yr as the probe widened further.\n\n"
            "The bank said the money was insured.")
    applied = _spans_at(text, ["corporate", "mentioned"], 0.9)   # 2 in 30 words: below the density bonus
    i = text.index("cash")
    site = (i, i + 4, 0.2)
    assert document_bonuses(text, applied + [site], 0.5, [None, None, "money"])[2] == ATTESTED_BONUS
    # without "money" written elsewhere, or for a candidate that is not an observed swap: nothing
    assert document_bonuses(text.replace("money", "sum"), applied + [site], 0.5, [None, None, "money"])[2] == 0.0
    assert document_bonuses(text, applied + [site], 0.5)[2] == 0.0
    # a word every text has says nothing ("in" for "within")
    j = text.index("within")
    assert document_bonuses(text, applied + [(j, j + 6, 0.2)], 0.5, [None, None, "in"])[2] == 0.0


def test_an_original_written_only_where_a_change_is_applied_attests_nothing():
    from unspin.engine.local_evidence import document_bonuses
    text = ("Thieves took the cash from the corporate vault, officers mentioned, and the agency "
            "anticipated extra losses within the subsequent yr as the probe widened further.\n\n"
            "The bank said the money was insured.")
    k = text.index("money")
    applied = _spans_at(text, ["corporate", "mentioned"], 0.9) + [(k, k + 5, 0.9)]  # "money" -> "funds", applied
    i = text.index("cash")
    assert document_bonuses(text, applied + [(i, i + 4, 0.2)], 0.5, [None] * 3 + ["money"])[3] == 0.0


def test_attestation_counts_only_where_the_paragraph_is_spun_at_all():
    from unspin.engine.local_evidence import document_bonuses
    text = ("Thieves took the cash from the vault, officers said, and the agency expected more "
            "losses in the next year as the probe widened further and further.\n\n"
            "The corporate bank mentioned the money was insured.")
    applied = _spans_at(text, ["corporate", "mentioned"], 0.9)   # in the other paragraph
    i = text.index("cash")
    assert document_bonuses(text, applied + [(i, i + 4, 0.2)], 0.5, [None, None, "money"])[2] == 0.0


def test_the_engine_lends_document_evidence_to_a_possible_spin(nlp, tmp_path: Path, monkeypatch):
    """The wiring in Engine.finish: a restorer choice below the threshold that the document's
    evidence backs is reported as a repair, with the repair's category and explanation."""
    from unspin.engine import local_evidence
    from unspin.engine.restorer import CATEGORY
    engine = _engine(nlp, tmp_path, "large|big|huge\n", floor=0.0)
    text = "The museum has a big garden behind the old station, and visitors like it."
    low = [s for s in engine.analyse(text).suggestions if s.category == POSSIBLE]
    assert low and all(s.confidence < 0.5 for s in low)
    monkeypatch.setattr(local_evidence, "document_bonuses",
                        lambda text, spans, threshold, candidates=None: [20.0] * len(spans))
    raised = [s for s in engine.analyse(text).suggestions if (s.start, s.end) == (low[0].start, low[0].end)]
    assert raised and raised[0].confidence >= 0.5 and raised[0].category == CATEGORY


def test_a_weak_candidate_the_sentence_clearly_prefers_is_applied_in_a_spun_document():
    """A lexicon entry outside its conditions (a weak candidate) competes only in a document that
    looks spun; there, a clear margin for it in its sentence carries it past the threshold,
    while the same margin for an ordinary candidate does not (restorer.WEAK_CREDIT)."""
    from unspin.engine.restorer import decision_confidence
    from unspin.engine.restorer.settings import WEAK_CREDIT
    lm = shared_model()

    def decided(weak: bool):
        choices = [Choice("mentioned", ("mentioned",), None), Choice("said", ("said",), 0.05, weak=weak)]
        lat = Lattice([Site(3, 12, "mentioned", choices, ("he",))], ("that",), 3)
        return decode_lattice(lat, lm, 0.9)[0]

    weak, plain = decided(True), decided(False)
    assert weak.margin == pytest.approx(plain.margin)
    assert WEAK_CREDIT > 0
    assert decision_confidence(weak)[1] == pytest.approx(confidence(plain.margin + WEAK_CREDIT))
    assert decision_confidence(weak)[1] > decision_confidence(plain)[1]
    # ... and not at all in a document that does not look spun (restorer.WEAK_GATE)
    clean = [Choice("mentioned", ("mentioned",), None), Choice("said", ("said",), 0.05, weak=True)]
    d = decode_lattice(Lattice([Site(3, 12, "mentioned", clean, ("he",))], ("that",), 3), lm, 0.1)[0]
    assert d.margin < -20


def test_an_observed_swap_needs_less_in_a_surely_spun_document():
    """The same observed margin is applied in a document the gate finds surely spun and left as a
    possible swap in one it does not (restorer.SPUN_GATE, SPUN_RATE_OFFSET)."""
    from unspin.engine.restorer.settings import RATE_OFFSET, SPUN_GATE, SPUN_RATE_OFFSET
    assert SPUN_RATE_OFFSET < RATE_OFFSET
    margin = (RATE_OFFSET + SPUN_RATE_OFFSET) / 2
    assert confidence(margin, True, gate=SPUN_GATE) > 0.5
    assert confidence(margin, True, gate=SPUN_GATE - 0.2) < 0.5
    assert confidence(margin, True) < 0.5   # no gate given: as before
    # the restorer's other (calibrated) margins do not depend on it
    assert confidence(3.5, False, gate=0.97) == confidence(3.5, False)


def test_a_clear_margin_lifts_a_lexicon_candidate_to_the_threshold_only_in_a_spun_document():
    from unspin.engine.restorer import adjust_lexicon_confidence
    from unspin.engine.restorer.settings import LEXICON_CROSS_MARGIN, WEAK_GATE
    clear = LEXICON_CROSS_MARGIN + 0.5
    assert adjust_lexicon_confidence(0.42, clear, 0.5, gate=0.97) >= 0.5
    assert adjust_lexicon_confidence(0.42, clear, 0.5, gate=WEAK_GATE - 0.1) < 0.5     # not spun enough
    assert adjust_lexicon_confidence(0.42, LEXICON_CROSS_MARGIN - 0.5, 0.5, gate=0.97) < 0.5  # not clear
    assert adjust_lexicon_confidence(0.42, clear, 0.5) < 0.5                           # no gate: as before


def test_a_backing_rate_is_applied_only_beside_a_change_of_its_sentence():
    """A form whose observed rate only backs up a lexicon (a sense guard keeps it theirs) becomes a
    lean site: the lattice weighs it with its neighbours, and it is reported only where a
    neighbouring site (no word between) changes on the sentence's best path (restorer.LEAN_SITES)."""
    from unspin.engine.restorer import decode
    from unspin.engine.restorer.settings import LEAN_GATE
    lm = shared_model()

    def lean(start):
        return Site(start, start + 6, "handed", [Choice("handed", ("handed",), 0.2, rate=True),
                                                 Choice("passed", ("passed",), 0.8, "observed:hand",
                                                        rate=True, lean=True)])

    def spun_noun(before):
        return Site(4, 8, "Home", [Choice("Home", ("home",), None), Choice("House", ("house",), 0.9)], before)

    beside = Lattice([spun_noun(("the",)), lean(9)], ("the", "bill"), 5)
    decided, _ = decode([beside], lm, 0.95)
    assert [d.site.original for d in decided] == ["Home", "handed"]
    assert decided[1].beside and decided[1].site.choices[decided[1].ranked[0]].text == "passed"
    # alone (the words around it are the writer's), the rate stays the lexicon's: no suggestion
    alone = lean(14)
    alone.fixed_before = ("the", "committee")
    assert decode([Lattice([alone], ("the", "bill"), 5)], lm, 0.95)[0] == []
    # and not in a document that does not look spun
    assert [d.site.original for d in decode([Lattice([spun_noun(("the",)), lean(9)], ("the", "bill"), 5)],
                                            lm, LEAN_GATE - 0.2)[0]] == ["Home"]


def test_a_form_whose_rate_is_only_backing_makes_a_lean_site(nlp):
    from unspin.engine.lexicon import parse_entry
    from unspin.engine.restorer import build_lattices
    from unspin.engine.swap_rates import RateRow
    entry = parse_entry(["handed", "passed", "VERB", "passive", "0.8", ""], {"group": "test"}, "t.tsv", 1)
    rows = [RateRow("hand", "lemma", frozenset({"VERB"}), 6, 0, 4, (("pass", 6),))]
    table = ChannelTable.build([entry], rates=rows)
    assert ("hand",) not in table.lemmas and "pass" in table.backing.lemmas[("hand",)]
    doc = nlp("The committee handed the measure to the floor.")
    lats = build_lattices(doc, 0, table, set(), set())
    sites = [s for lat in lats for s in lat.sites]
    assert [s.original for s in sites] == ["handed"]
    assert [c.text for c in sites[0].choices if c.lean] == ["passed"]


def test_lean_sites_read_as_written_where_they_cannot_change():
    """Below the lean gate (and for the gate itself) a lean site is fixed words: the other sites'
    margins are those of the full lattice, and the gate does not decode it."""
    from unspin.engine.restorer import without_lean
    from unspin.engine.restorer.settings import LEAN_GATE
    lm = shared_model()
    lean = Site(9, 15, "handed", [Choice("handed", ("handed",), 0.2, rate=True),
                                  Choice("passed", ("passed",), 0.8, "observed:hand", rate=True, lean=True)], ())
    noun = Site(4, 8, "Home", [Choice("Home", ("home",), None), Choice("House", ("house",), 0.9)], ("the",))
    after = Site(20, 27, "invoice", [Choice("invoice", ("invoice",), None), Choice("bill", ("bill",), 0.9)], ("the",))
    lat = Lattice([noun, lean, after], ("today",), 6)
    bare = without_lean(lat)
    assert [s.original for s in bare.sites] == ["Home", "invoice"]
    assert bare.sites[1].fixed_before == ("handed", "the") and bare.tail == ("today",)
    s = LEAN_GATE - 0.3
    full = {d.site.original: d.margin for d in decode_lattice(lat, lm, s)}
    for d in decode_lattice(bare, lm, s):
        assert d.margin == pytest.approx(full[d.site.original])
    assert without_lean(bare) is bare


# -- a phrase entry's topics, and its words' inflection ---------------------------------------------
_PHRASE_ROW = ("spun\trestored\tpos\twhen\tconfidence\n"
               "painted a bleak image\tpainted a bleak picture\t\t!near:artist|canvas\t0.97\n")


def test_a_phrase_entry_rules_out_its_topics_for_its_one_word_swap(monkeypatch):
    from unspin.engine import channel
    entries, _ = parse_lexicon(_PHRASE_ROW)
    vetoed = ChannelTable.build(entries, ()).rate_vetoes.get(("image", "picture"), [])
    assert [c.name for _, c in vetoed] == ["near"]
    monkeypatch.setattr(channel, "PHRASE_TOPICS_RULE_WORDS", False)
    assert not ChannelTable.build(entries, ()).rate_vetoes.get(("image", "picture"))


@pytest.mark.parametrize("row", [
    "spun\trestored\tpos\twhen\tconfidence\npainted a grim image\tpainted a grim picture\t\t\t0.97\n",
    "spun\trestored\tpos\twhen\tconfidence\nbleak image\tgrim picture\t\t!near:artist\t0.97\n",
])
def test_only_a_phrase_that_repairs_one_word_with_topics_vetoes_it(row):
    entries, _ = parse_lexicon(row)
    assert not ChannelTable.build(entries, ()).rate_vetoes.get(("image", "picture"))


def _phrase_engine(nlp, tmp_path: Path, row: str):
    from unspin.engine import Engine, EngineSettings
    path = tmp_path / "rows.tsv"
    path.write_text("spun\trestored\tpos\twhen\tconfidence\tnote\n" + row, encoding="utf-8")
    return Engine(EngineSettings(builtin_lexicons=[path], calibrate=False, unseen_tortured=False), nlp=nlp)


def test_a_lemma_match_inflects_the_words_beside_the_head_too(nlp, tmp_path: Path):
    # "assault on" (head "on") read at "assaults on": the repair's first word takes the plural too
    engine = _phrase_engine(nlp, tmp_path, "assault on\tattack on\t\tnear:missile\t0.45\t\n"
                                           "missile strikes\tmissile attacks\t\t\t0.97\t\n")
    text = ("The missile strikes hit the port. Officers said the assaults on the port went on all night, "
            "and the missile strikes resumed at dawn.")
    repairs = {text[s.start:s.end]: s.replacement for s in engine.analyse(text).suggestions}
    assert repairs["assaults on"] == "attacks on"   # "attack on" before the words beside the head inflected


def test_thesaurus_entries_are_keyed_by_the_tokenizer_s_tokens():
    """A spinner's file writes "similar-intercourse" and "wouldn’t" as words; the document's tokens
    are similar, -, intercourse and would, n’t: keyed by whitespace alone those lines never matched.
    The apostrophe is keyed both ways, as a file and the page it spun need not agree."""
    from unspin.engine.channel import ChannelTable
    groups, _ = parse_thesaurus("same-sex|similar-intercourse\nwould not|wouldn’t\nthey will|they'll\n")
    t = ChannelTable.build(groups=groups)
    assert "same-sex" in t.forms[("similar", "-", "intercourse")]
    assert "would not" in t.forms[("would", "n’t")] and "would not" in t.forms[("would", "n't")]
    assert "they will" in t.forms[("they", "'ll")] and "they will" in t.forms[("they", "’ll")]


def test_thesaurus_lines_with_hyphens_and_contractions_repair_the_page(nlp, tmp_path: Path):
    engine = _engine(nlp, tmp_path, "same-sex|similar-intercourse|identical-sex\nthey will|they’ll\n"
                                    "would not|wouldn't\nlawmakers|legislators\n", floor=0.0)
    text = ("The council members mentioned they’ll back the plan to recognise similar-intercourse unions, though "
            "two councillors wouldn’t say how they would vote. Campaigners for similar-intercourse couples welcomed "
            "the news, and the members mentioned they’ll meet again on Monday.")
    a = engine.analyse(text)
    fixes = {(s.original, s.replacement) for s in a.suggestions if s.confidence >= 0.5}
    assert ("similar-intercourse", "same-sex") in fixes
    # a contraction is a site now (the straight apostrophe of the file matches the page's curly one);
    # the model reads both as the same words, so the text is kept
    offered = {(s.original, s.replacement) for s in a.suggestions}
    assert ("they’ll", "they will") in offered
    assert ("wouldn’t", "would not") in offered
    assert not {("they’ll", "they will"), ("wouldn’t", "would not")} & fixes
    # a hyphenated word is still no site for a key of one of its parts
    engine = _engine(nlp, tmp_path, "sex|intercourse\nsame|similar\n")
    assert not [s for s in engine.analyse(text).suggestions if s.rule.startswith("restorer:thesaurus")]


def test_a_contracted_verb_is_read_by_the_language_model_as_its_full_word():
    """The model knows no "n’t" or "’ll" (both at its floor of unknown words): read as written, a
    writer's "couldn’t" was a far less likely sentence than "could not", whatever the context."""
    from unspin.engine.restorer.lattice import _lm_word
    assert _lm_word("n’t", "n’t", False, False, False) == "not"
    assert _lm_word("'ll", "'ll", False, False, False) == "will"
    assert _lm_word("’re", "’re", False, False, False) == "are"
    assert _lm_word("’s", "’s", False, False, False) == "’s"   # a possessive as often as "is"


def test_a_writer_s_contraction_is_not_written_out_on_a_spun_page(nlp, tmp_path: Path):
    engine = _engine(nlp, tmp_path, "could not|couldn’t\nsaid|mentioned|stated\nbill|invoice\nfinal|ultimate\n")
    text = ("The senators mentioned the ultimate vote on the invoice would come next week. The coach couldn’t hide "
            "his delight after the match, and the players stated they were proud. The ultimate tally on the "
            "invoice was close, officials mentioned.")
    swaps = [s for s in engine.analyse(text).suggestions if s.original == "couldn’t"]
    assert swaps and all(s.confidence < 0.5 for s in swaps)


def test_a_file_s_line_takes_the_span_of_an_unseen_tortured_guess(nlp, tmp_path: Path):
    """On a news page the unseen tortured-phrase finder guesses "typical fee" -> "average value"; an
    imported file says "average rate|typical fee". The guess made the span a matcher's site with its
    own choices only, so the file's line was never weighed; now the file's site takes the span."""
    text = ("Lenders mentioned the typical fee on a new loan rose again this month. The typical fee had "
            "fallen in the spring, the invoice's backers mentioned, and buyers had been hoping for more cuts.")
    plain = _engine(nlp, tmp_path, "said|mentioned\nbill|invoice\n", floor=0.0).analyse(text)
    assert [s for s in plain.suggestions if s.original == "typical fee" and s.rule.startswith("tortured-unseen")]
    a = _engine(nlp, tmp_path, "average rate|typical fee\nsaid|mentioned\nbill|invoice\n", floor=0.0).analyse(text)
    at = [s for s in a.suggestions if s.original == "typical fee"]
    assert at and all(s.replacement == "average rate" and s.rule.startswith("restorer:thesaurus") for s in at)
    assert any(s.confidence >= 0.5 for s in at)


def test_a_thesaurus_says_which_heads_each_form_may_stand_for():
    from unspin.engine.thesaurus import form_key, heads_by_form, parse_thesaurus

    groups, _ = parse_thesaurus("ways|methods|manners\nsystems|Methods\n{big|large}\nit's|it is\n")
    heads = heads_by_form(groups)
    assert heads["methods"] == ("ways", "systems") and heads["manners"] == ("ways",)
    assert heads["big"] == ("large",) and heads["large"] == ("big",)     # spintax: each for the others
    assert "ways" not in heads                                            # a head stands for itself only
    assert heads[form_key("It  is")] == ("it's",) and form_key("it’s") == "it's"
