"""The restorer's indexes (speed18): what they answer is what a scan of the channel table answers,
and the lattices built with them are those built without them."""
from __future__ import annotations

from pathlib import Path

import pytest

from unspin.engine.channel import ChannelTable, Option
from unspin.engine.restorer import Lattice

ROOT = Path(__file__).resolve().parents[2]


def _rated_first_words(table) -> tuple[set, set]:
    def scan(t):
        return {k[0] for k, opts in t.items() if any(o.kept is not None for o in opts.values())}
    return scan(table.forms), scan(table.lemmas)


def test_rated_at_answers_as_a_scan_of_the_bundled_table(engine):
    for table in (engine.channel, engine.channel.backing):
        forms, lemmas = _rated_first_words(table)
        assert forms or lemmas   # the bundled observed rates are there
        words = {k[0] for k in table.forms} | {k[0] for k in table.lemmas} | {"the", "zzz"}
        for w in words:
            assert table.rated_at(w, "\0") == (w in forms), w
            assert table.rated_at("\0", w) == (w in lemmas), w


def test_rated_at_follows_options_added_later():
    t = ChannelTable()
    t._add(t.forms, ("within",), Option("in", 0.5, 0, False, "lexicon"))
    assert not t.rated_at("within", "within")
    t._add(t.lemmas, ("within",), Option("in", 0.8, 0, True, "observed:within", kept=0.2))
    assert t.rated_at("nothing", "within") and not t.rated_at("within", "nothing")


def test_lattices_are_those_built_without_the_rate_index(engine, monkeypatch):
    """Matcher candidates whose swap was also observed take the observed odds; skipping the sites
    where no observed rate can be (ChannelTable.rated_at) changes no lattice."""
    paths = [ROOT / "resources" / "samples" / "sample.txt"] + sorted((ROOT / "bench" / "corpus").glob("news-*.txt"))[:4]
    if not all(p.exists() for p in paths[1:]) or len(paths) < 5:
        pytest.skip("bench/corpus not here")
    text = "\n".join(p.read_text(encoding="utf-8") for p in paths)
    fast = [c for c in engine.iter_candidates(text) if isinstance(c, Lattice)]
    monkeypatch.setattr(ChannelTable, "rated_at", lambda self, form, lemma: True)
    slow = [c for c in engine.iter_candidates(text) if isinstance(c, Lattice)]
    assert fast and fast == slow
    external = [s for lat in fast for s in lat.sites if s.external]
    assert any(any(ch.rate for ch in s.choices) for s in external)       # observed odds taken
    assert any(not any(ch.rate for ch in s.choices) for s in external)   # sites the index skipped
