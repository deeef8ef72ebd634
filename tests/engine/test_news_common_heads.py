"""The alternatives a synonym-file spinner gives for the most common words of news:
resources/lexicons/news_common_heads.tsv. Sentences written for these tests."""
from __future__ import annotations

from pathlib import Path

import pytest

from engine_fixtures import accepted_all as repaired
from unspin.engine.lexicon import bundled_lexicon_paths, load_lexicon_file

LEXICON = Path(__file__).resolve().parents[2] / "resources" / "lexicons" / "news_common_heads.tsv"


def _key(entry) -> str:
    """The spun form, case folded: a lowercase row matches any case, so a capitalised row of one
    lexicon and a lowercase row of another would compete for the same words."""
    gap = f" ~{entry.gap}" if entry.gap else ""
    return " ".join(entry.spun).lower() + gap


def test_the_file_is_bundled_and_parses_cleanly():
    assert LEXICON in [Path(p) for p in bundled_lexicon_paths()]
    entries, problems = load_lexicon_file(LEXICON)
    assert problems == []
    assert len(entries) >= 1000
    assert {e.group for e in entries} == {"news-common-heads"}
    assert {e.source for e in entries} == {"Unspin project; written from knowledge"}


def test_no_spun_form_is_listed_twice_here_or_in_another_bundled_lexicon():
    entries, _ = load_lexicon_file(LEXICON)
    keys = [_key(e) for e in entries]
    assert len(keys) == len(set(keys)), sorted(k for k in set(keys) if keys.count(k) > 1)
    others = set()
    for path in bundled_lexicon_paths():
        if Path(path) != LEXICON:
            others |= {_key(e) for e in load_lexicon_file(Path(path))[0]}
    assert not set(keys) & others, sorted(set(keys) & others)


def test_no_row_restores_its_own_words():
    entries, _ = load_lexicon_file(LEXICON)
    same = [e.line for e in entries if " ".join(e.spun).lower() in {r.lower() for r in e.restored}]
    assert same == []


@pytest.mark.parametrize("spun, originals", [
    ("On Monday native officers said the peace course of got here again below strain, regardless that "
     "both sides had agreed to a truce.",
     ["local officials", "peace process", "came back", "under pressure", "even though"]),
    ("The governor sent a textual content message to lawmakers, warning that the vote would possibly slip "
     "again, as it has ever for the reason that budget talks stalled.",
     ["text message", "might", "ever since"]),
])
def test_spun_phrases_are_restored(engine, spun, originals):
    fixed = repaired(engine, spun)
    for original in originals:
        assert original in fixed, fixed


@pytest.mark.parametrize("text", [
    # the same words in their ordinary senses
    "Most cancers are found early, and the exterior of the building was repaired before winter.",
    "Every part of the river changed course of its own accord, and an identical coil was tested.",
    "They finally got here after a long drive, and the temperature fell below freezing overnight.",
])
def test_ordinary_sentences_with_the_same_words_stay(engine, text):
    assert repaired(engine, text) == text
