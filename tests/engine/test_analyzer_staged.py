"""The staged analysis (parse only where needed) gives exactly the suggestions of a full parse;
cancellation, progress and worker processes behave. No timings: the machines are noisy."""
from __future__ import annotations

from pathlib import Path

import pytest

from unspin.engine import Engine, analyzer
from unspin.engine.analyzer import Cancelled
from unspin.engine.lexicon import load_lexicons
from unspin.engine.protect import protected_tokens
from unspin.engine.restorer import Lattice

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


@pytest.mark.parametrize("name,text", list(_texts()), ids=[n for n, _ in _texts()])
def test_staged_gives_the_same_candidates_as_a_full_parse(engine, name, text):
    staged, full = _both(engine)
    got, want = list(staged.iter_candidates(text)), list(full.iter_candidates(text))
    assert got == want
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
            assert list(staged.iter_candidates(text)) == list(full.iter_candidates(text)), changes


def _small_engine(engine, tmp_path, lines: str, **kw) -> Engine:
    path = tmp_path / "small.tsv"
    path.write_text("#@ group: test\n" + lines, encoding="utf-8")
    entries, problems = load_lexicons([path])
    assert not problems
    from dataclasses import replace
    settings = replace(engine.settings, swap_rates=[])  # only this lexicon's words may start a candidate
    return Engine(settings, nlp=engine.matcher.nlp, entries=entries, processes=1, **kw)


def test_paragraphs_without_candidates_are_not_parsed(engine, tmp_path):
    small = _small_engine(engine, tmp_path, "officer\tofficial\tNOUN\t\t0.9\n")
    text = "The river rose in the night.\nThe officers left at dawn.\nNobody was hurt.\n"
    cands = list(small.iter_candidates(text))
    assert [c.original for c in cands if not isinstance(c, Lattice)] == ["officers"]
    assert small.stats.paragraphs == 3
    assert small.stats.parsed == 1      # only the paragraph that may hold a candidate
    assert small.stats.entities == 0    # a lowercase match needs no entities


def test_entities_run_where_a_name_could_matter(engine, tmp_path):
    small = _small_engine(engine, tmp_path, "officer\tofficial\tNOUN\t\t0.9\n")
    full = _small_engine(engine, tmp_path, "officer\tofficial\tNOUN\t\t0.9\n", staged=False)
    text = "Officers left at dawn.\nOfficer Reyes spoke.\nThe officers left.\n"
    assert list(small.iter_candidates(text)) == list(full.iter_candidates(text))
    assert small.stats.parsed == 3
    assert 1 <= small.stats.entities <= 2  # the capitalised matches only


def test_lemmas_are_found_without_the_parse(engine, tmp_path):
    # "said" is only "say" by its lemma: the surface filter must know every possible lemma.
    small = _small_engine(engine, tmp_path, "say\tstate\tVERB\t\t0.9\ngo* to\tvisit\t\t\t0.9\n")
    full = _small_engine(engine, tmp_path, "say\tstate\tVERB\t\t0.9\ngo* to\tvisit\t\t\t0.9\n", staged=False)
    text = "She said so.\nThey went to Rome.\nWe are going to win.\nNothing here.\n"
    got = list(small.iter_candidates(text))
    assert got == list(full.iter_candidates(text))
    assert "said" in [c.original for c in got if not isinstance(c, Lattice)]
    assert small.stats.parsed == 3


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
