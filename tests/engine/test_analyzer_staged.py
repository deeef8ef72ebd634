"""The staged analysis (tag everywhere; parse only the sentences a condition needs; entities only
where a name could matter) gives the candidates and suggestions of a full parse; cancellation,
progress and worker processes behave. No timings: the machines are noisy."""
from __future__ import annotations

from pathlib import Path

import pytest

from unspin.engine import Engine, analyzer
from unspin.engine.analyzer import Cancelled
from unspin.engine.conditions import UNPARSED, parse_condition
from unspin.engine.lexicon import load_lexicons
from unspin.engine.protect import protected_tokens
from unspin.engine.restorer import Lattice
from unspin.engine.staging import PARSED_SENTENCES, emulate_parse_pos, parse_sentences, parsed_sentence

ROOT = Path(__file__).resolve().parents[2]
SPUN = """Harbour officials warn of local weather risks

The town officers mentioned on Monday that a go to from the regional planners was expected earlier than the storms. Officers additionally mentioned that 4 p.c. of the budget would go to the wall.
"We will not wait any longer," the mayor mentioned. Nonetheless, the White Home sent a particular envoy to the convention, and the 2 nations agreed to strive to share the costs.
Additionally, the coverage will be published. Officer Daniel Reyes, a navy veteran, said the nation faces a hanging instance of a coastal town under pressure; the authorities has triggered a sequence of reviews.
Regardless of the cost, guests welcomed the news. It is the place there are 3 harbours, and the chief of the council said the 5 boats were safe.
"""

CLEAN = """The river rose slowly through the night, and by morning the lower fields were under water.

Farmers moved their animals to the ridge before dawn. Two of the older barns were lost, but nobody was hurt.
She said the bridge would stay closed until engineers had checked it. The school opened late.
In 1998 the same fields flooded twice in one spring; the village still talks about it.
Mr. Howard, who keeps the inn, served soup to anyone who came in from the rain.
"""


def _both(engine, **kw):
    staged = Engine(engine.settings, nlp=engine.matcher.nlp, entries=engine.entries, staged=True, processes=1, **kw)
    full = Engine(engine.settings, nlp=engine.matcher.nlp, entries=engine.entries, staged=False, processes=1, **kw)
    return staged, full


def _texts():
    yield "spun fixture", SPUN
    yield "clean fixture", CLEAN
    sample = ROOT / "resources" / "samples" / "sample.txt"
    if sample.exists():
        yield "sample", sample.read_text(encoding="utf-8")
    for f in sorted((ROOT / "bench" / "corpus").glob("*.clean.txt"))[:4]:
        yield f.name, f.read_text(encoding="utf-8")


def _lexical(cands):
    return [c for c in cands if not isinstance(c, Lattice)]


@pytest.mark.parametrize("name,text", list(_texts()), ids=[n for n, _ in _texts()])
def test_tagging_gives_the_candidates_and_suggestions_of_a_full_parse(engine, name, text):
    # The restorer's lattices may differ where the sentence recogniser splits sentences
    # differently from the parser; what is found and suggested must not.
    staged, full = _both(engine)
    got, want = list(staged.iter_candidates(text)), list(full.iter_candidates(text))
    assert _lexical(got) == _lexical(want)
    s, f = staged.finish(text, got), full.finish(text, want)
    assert s.spin_score == f.spin_score
    assert [x.to_json() for x in s.suggestions] == [x.to_json() for x in f.suggestions]


def test_staged_gives_the_same_candidates_with_other_settings(engine):
    from dataclasses import replace

    for changes in ({"protect_quotes": False}, {"protect_names": False}, {"numerals": False}):
        settings = replace(engine.settings, **changes)
        staged = Engine(settings, nlp=engine.matcher.nlp, entries=engine.entries, staged=True, processes=1)
        full = Engine(settings, nlp=engine.matcher.nlp, entries=engine.entries, staged=False, processes=1)
        for text in (SPUN, CLEAN):
            assert _lexical(staged.iter_candidates(text)) == _lexical(full.iter_candidates(text)), changes


def _small_engine(engine, tmp_path, lines: str, **kw) -> Engine:
    path = tmp_path / "small.tsv"
    path.write_text("#@ group: test\n" + lines, encoding="utf-8")
    entries, problems = load_lexicons([path])
    assert not problems
    from dataclasses import replace
    settings = replace(engine.settings, swap_rates=[])  # only this lexicon's words may start a candidate
    return Engine(settings, nlp=engine.matcher.nlp, entries=entries, processes=1, **kw)


def test_paragraphs_without_candidates_are_not_tagged(engine, tmp_path):
    small = _small_engine(engine, tmp_path, "officer\tofficial\tNOUN\t\t0.9\n")
    text = "The river rose in the night.\nThe officers left at dawn.\nNobody was hurt.\n"
    cands = list(small.iter_candidates(text))
    assert [c.original for c in _lexical(cands)] == ["officers"]
    assert small.stats.paragraphs == 3
    assert small.stats.tagged == 1      # only the paragraph that may hold a candidate
    assert small.stats.parsed == 0      # no condition needed the parse
    assert small.stats.entities == 0    # a lowercase match needs no entities


def test_entities_run_where_a_name_could_matter(engine, tmp_path):
    small = _small_engine(engine, tmp_path, "officer\tofficial\tNOUN\t\t0.9\n")
    full = _small_engine(engine, tmp_path, "officer\tofficial\tNOUN\t\t0.9\n", staged=False)
    text = "Officers left at dawn.\nOfficer Reyes spoke.\nThe officers left.\n"
    assert list(small.iter_candidates(text)) == list(full.iter_candidates(text))
    assert small.stats.tagged == 3
    assert 1 <= small.stats.entities <= 2  # the capitalised matches only


def test_lemmas_are_found_without_the_parse(engine, tmp_path):
    # "said" is only "say" by its lemma: the surface filter must know every possible lemma.
    small = _small_engine(engine, tmp_path, "say\tstate\tVERB\t\t0.9\ngo* to\tvisit\t\t\t0.9\n")
    full = _small_engine(engine, tmp_path, "say\tstate\tVERB\t\t0.9\ngo* to\tvisit\t\t\t0.9\n", staged=False)
    text = "She said so.\nThey went to Rome.\nWe are going to win.\nNothing here.\n"
    got = list(small.iter_candidates(text))
    assert _lexical(got) == _lexical(full.iter_candidates(text))
    assert "said" in [c.original for c in _lexical(got)]
    assert small.stats.tagged == 3 and small.stats.parsed == 0


def _tagged(engine, text):
    plan, nlp = engine.plan, engine.matcher.nlp
    return plan.tag(nlp, [nlp.make_doc(text)], 8)[0]


def test_a_condition_that_reads_the_parse_parses_only_its_sentence(engine, tmp_path):
    small = _small_engine(engine, tmp_path, "mention\tsay\tVERB\treporting\t0.9\n")
    text = ("The river rose in the night. Officials mentioned that the bridge would close. "
            "The mayor mentioned the report. Nobody was hurt.")
    doc = _tagged(small, text)
    assert doc.user_data.get(UNPARSED) and not doc.has_annotation("DEP")
    cands = small.matcher.candidates(doc, 0, small.settings)
    # reporting speech is a spun "said"; "mentioned the report" (an object of its own) is not
    assert [(c.original, c.replacement) for c in cands] == [("mentioned", "said")]
    assert sorted(doc.user_data[PARSED_SENTENCES]) == [(7, 15), (15, 21)]   # two sentences of four
    assert not doc.has_annotation("DEP")   # the paragraph itself stays unparsed
    full = _small_engine(engine, tmp_path, "mention\tsay\tVERB\treporting\t0.9\n", staged=False)
    assert _lexical(small.iter_candidates(text)) == _lexical(full.iter_candidates(text))
    assert small.stats.parsed == 1


def test_matches_that_need_a_parse_wait_for_the_batch_of_sentences(engine, tmp_path):
    small = _small_engine(engine, tmp_path, "mention\tsay\tVERB\treporting\t0.9\nriver\tstream\tNOUN\t\t0.9\n")
    texts = ["The river rose. Officials mentioned that the bridge would close. The mayor mentioned the report.",
             "Nobody mentioned it. The police mentioned on Monday that roads were shut."]
    docs = [_tagged(small, t) for t in texts]
    matcher, nlp = small.matcher, small.matcher.nlp
    opened = [matcher.start(doc, 0, small.settings, defer=True) for doc in docs]
    # nothing parsed yet: the three "mentioned" matches are open, the plain swap is found
    assert all(PARSED_SENTENCES not in doc.user_data for doc in docs)
    assert [len(p.open) for p in opened] == [2, 2]
    assert [len(p.parse_requests) for p in opened] == [2, 2]
    assert [f[3].original for f in opened[0].found if f is not None] == ["river"]
    parse_sentences(nlp, [(p.doc, a, b) for p in opened for a, b in p.parse_requests], 8)
    assert [len(doc.user_data[PARSED_SENTENCES]) for doc in docs] == [2, 2]
    got = [[(c.original, c.replacement) for c in matcher.complete(p)] for p in opened]
    assert got == [[("river", "stream"), ("mentioned", "said")], [("mentioned", "said")]]
    # the same as matching each paragraph with its sentences parsed one at a time
    again = [matcher.candidates(_tagged(small, t), 0, small.settings) for t in texts]
    assert [[(c.original, c.replacement) for c in cands] for cands in again] == got


def test_sentences_parsed_in_a_batch_are_parsed_as_one_at_a_time(engine):
    nlp = engine.matcher.nlp
    text = ("The council, which met on Monday, mentioned that it had approved the budget. "
            "Officials said the plan was sound. She gave him the keys, and he left.")
    one, batch = _tagged(engine, text), _tagged(engine, text)
    sentences = [(s.start, s.end - 1) for s in one.sents]
    singly = [parsed_sentence(nlp, one, a, b)[0] for a, b in sentences]
    parse_sentences(nlp, [(batch, a, b) for a, b in sentences], 64)
    together = [parsed_sentence(nlp, batch, a, b)[0] for a, b in sentences]
    def read(d):
        return [(t.text, t.dep_, t.head.i, t.pos_) for t in d]
    assert [read(d) for d in together] == [read(d) for d in singly]
    assert all(d.has_annotation("DEP") for d in together)


def test_after_det_asks_for_the_parse_only_where_a_noun_stands_between(engine, tmp_path):
    cond = parse_condition("after_det")
    plain = _tagged(engine, "They met the new envoy in the city.")
    assert cond(plain, 4, 5, 4) and PARSED_SENTENCES not in plain.user_data   # "the new envoy"
    # "the soccer final": a compound after "the"; "a case final week": two phrases. Only the parse tells.
    line = "final\tlast\tADJ|NOUN\t!after_det\t0.9\n"
    small, full = _small_engine(engine, tmp_path, line), _small_engine(engine, tmp_path, line, staged=False)
    for text, found in (("The Eagles won 3-2 in the regional soccer final Saturday, with a late goal.", []),
                        ("He spoke in a single case final week.", ["final"])):
        small.stats.__init__()
        got = _lexical(small.iter_candidates(text))
        assert [c.original for c in got] == found, text
        assert got == _lexical(full.iter_candidates(text))
        assert small.stats.parsed == 1, text


@pytest.mark.parametrize("text,word,pos", [
    ("The plan, which was approved, failed.", "which", "PRON"),
    ("That is what they said.", "That", "PRON"),
    ("They chose that road.", "that", "DET"),
    ("Prices fell as demand slowed.", "as", "SCONJ"),
    ("She left after the meeting.", "after", "ADP"),
    ("They had a long meeting.", "had", "VERB"),
    ("They had left early.", "had", "AUX"),
    ("It's been a long year.", "'s", "AUX"),
])
def test_parts_of_speech_without_the_parse_are_those_the_parse_gives(engine, text, word, pos):
    doc = _tagged(engine, text)
    tok = next(t for t in doc if t.text == word)
    assert tok.pos_ == pos
    assert engine.matcher.nlp(text)[tok.i].pos_ == pos   # what the full pipeline says


@pytest.mark.parametrize("cond,text,i,n,want", [
    ("object_is:taxes", "The council will elevate local taxes next year.", 3, 1, True),
    ("object_is:taxes", "The council will elevate the question of taxes.", 3, 1, False),
    ("object_is", "He instructed them to wait.", 1, 1, True),
    ("object_is", "She instructed that the doors stay shut.", 1, 1, False),
    ("has_object", "They struggle the job cuts.", 1, 1, True),
    ("has_object", "The court dominated that the law was void.", 2, 1, False),
    ("has_object", "The motion was introduced on Monday.", 3, 1, False),
    ("object_is:uproar", "The balloon triggered a political and public uproar.", 2, 1, True),
    ("head_lemma:seize", "The army seized energy in the capital.", 3, 1, True),
    ("head_lemma:seize", "They seized energy prices as a theme.", 2, 1, False),
    ("head_lemma:in", "It was done in a timely method.", 6, 1, True),
    ("modifier", "The authorities officers met.", 1, 1, True),
    ("modifier", "The authorities met officers.", 1, 1, False),
    ("clause_follows", "Talks stalled as a result of the strike failed.", 2, 4, True),
    ("clause_follows", "Talks stalled as a result of the storm.", 2, 4, False),
    ("before_clause", "It is the place there are three harbours.", 3, 1, True),
])
def test_conditions_on_tags(engine, cond, text, i, n, want):
    doc = _tagged(engine, text)
    assert parse_condition(cond)(doc, i, i + n, i) is want
    assert PARSED_SENTENCES not in doc.user_data   # judged on tags alone


def test_names_are_protected_only_when_capitalised(engine):
    # entities_matter() relies on this: entities can only protect capitalised words.
    doc = engine.matcher.nlp("the officers met apple in paris.")
    from spacy.tokens import Span
    doc.ents = [Span(doc, 3, 4, label="ORG"), Span(doc, 5, 6, label="GPE")]
    _, named = protected_tokens(doc, True, True)
    assert named == set()


def test_progress_is_monotonic_and_complete(engine):
    staged, _ = _both(engine)
    seen = []
    list(staged.iter_candidates(SPUN + CLEAN, progress=lambda i, n: seen.append((i, n)), batch_size=2))
    assert seen and seen[-1][0] == seen[-1][1]
    assert all(b[0] >= a[0] and b[1] == a[1] for a, b in zip(seen, seen[1:]))


def test_cancellation_stops_the_analysis(engine):
    staged, _ = _both(engine)
    with pytest.raises(Cancelled):
        list(staged.iter_candidates(SPUN, cancelled=lambda: True))
    calls = []

    def progress(i, n):
        calls.append(i)

    with pytest.raises(Cancelled):
        list(staged.iter_candidates(SPUN * 3, cancelled=lambda: len(calls) >= 2, progress=progress, batch_size=2))
    assert 2 <= len(calls) < len([p for p in (SPUN * 3).split("\n") if p.strip()])


@pytest.mark.slow
@pytest.mark.parametrize("start_method", ["fork", "spawn"])
def test_worker_processes_give_identical_results(engine, monkeypatch, start_method):
    monkeypatch.setattr(analyzer, "PARALLEL_CHUNK_CHARS", 400)  # several chunks on a small text
    if start_method == "spawn":  # what the window uses (it analyses in a thread)
        monkeypatch.setattr(analyzer.threading, "active_count", lambda: 2)
    else:
        monkeypatch.setattr(analyzer.threading, "active_count", lambda: 1)
    text = "\n".join([SPUN, CLEAN] * 3)
    one = list(Engine(engine.settings, nlp=engine.matcher.nlp, entries=engine.entries, processes=1).iter_candidates(text))
    multi = Engine(engine.settings, entries=engine.entries, processes=2)
    try:
        seen = []
        got = list(multi.iter_candidates(text, progress=lambda i, n: seen.append((i, n))))
        assert got == one
        assert seen[-1][0] == seen[-1][1] and all(b[0] > a[0] for a, b in zip(seen, seen[1:]))
        assert multi.stats.paragraphs == len([p for p in text.split("\n") if p.strip()])
        # cancelling mid-way stops and drops the workers
        with pytest.raises(Cancelled):
            list(multi.iter_candidates(text, cancelled=lambda: True))
        assert multi._pool is None
    finally:
        multi.close()


def test_small_texts_stay_in_one_process(engine):
    assert engine._processes_for([(0, "A short text.")], None) == 1


def test_a_sentence_after_a_unit_abbreviation_starts_as_the_parser_starts_it(engine):
    # "p.c." stays one token and holds the sentence's full stop: without the parser, the sentence
    # recogniser read one sentence across it, so the next sentence's "Each" counted as a capitalised
    # word mid-sentence and the sentence-start row "each" -> "both" skipped it
    text = ("Shares of the two carriers fell 2 p.c. Each corporations stated the merger would lower fares. "
            "About 4 p.c. of flights were late.")
    staged, full = _both(engine)
    got, want = list(staged.iter_candidates(text)), list(full.iter_candidates(text))
    assert _lexical(got) == _lexical(want)
    suggestions = staged.finish(text, got).suggestions
    assert any(s.original == "Each" and s.replacement == "Both" for s in suggestions)
    # a lowercase word after the abbreviation goes on with the sentence
    doc = staged.matcher.nlp.make_doc(text)
    tagged = staged.plan.tag(staged.matcher.nlp, [doc], 8)[0]
    starts = [t.text for t in tagged if t.is_sent_start]
    assert starts == ["Shares", "Each", "About"]


def test_a_clock_time_or_a_lowercase_word_after_the_abbreviation_goes_on_with_the_sentence(engine):
    from spacy.tokens import Doc
    from unspin.engine.staging import mark_stops_in_abbreviations
    words = ["Sales", "rose", "4", "p.c.", "Analysts", "cheered", "at", "9", "a.m.", "Eastern", "time",
             "and", "2", "p.c.", "more", "later", "."]
    doc = Doc(engine.matcher.nlp.vocab, words=words, sent_starts=[True] + [False] * (len(words) - 1))
    mark_stops_in_abbreviations(doc)
    assert [t.text for t in doc if t.is_sent_start] == ["Sales", "Analysts"]
