"""Checks every lexicon written from knowledge shares: it is bundled and parses, its group and
source are its own, no spun form is listed twice (in it or in another bundled lexicon: a lowercase
row matches any case, so two rows would compete for the same words), and no row restores its own
words. Each lexicon's repairs are tested in its own module (test_news_common_heads.py, ...,
test_news_common_band3.py, test_news_common_band4.py, test_news_common_band5.py,
test_news_common_band6.py, test_news_common_band7.py,
test_news_common_band8.py)."""
from __future__ import annotations

from pathlib import Path

import pytest

from unspin.engine.lexicon import bundled_lexicon_paths, load_lexicon_file

LEXICONS = Path(__file__).resolve().parents[2] / "resources" / "lexicons"
SOURCE = "Unspin project; written from knowledge"
# lexicon file -> (its group, the fewest rows it must keep, its source line)
BLIND = {"news_common_heads.tsv": ("news-common-heads", 1000, SOURCE),
         "news_common_tail.tsv": ("news-common-tail", 500, SOURCE),
         "news_common_band3.tsv": ("news-common-band3", 1000, SOURCE),
         "news_common_band4.tsv": ("news-common-band4", 400, SOURCE),
         "news_common_band5.tsv": ("news-common-band5", 400, SOURCE),
         "news_common_band6.tsv": ("news-common-band6", 400, SOURCE),
         "news_common_band7.tsv": ("news-common-band7", 400, SOURCE),
         "news_common_band8.tsv": ("news-common-band8", 100, SOURCE),
         "news_collocations.tsv": ("news-collocations", 400,
                                   "Unspin project; written from general knowledge of news English, blind")}


@pytest.mark.parametrize("name", sorted(BLIND))
def test_the_file_is_bundled_and_parses_cleanly(name):
    path = LEXICONS / name
    group, fewest, source = BLIND[name]
    assert path in [Path(p) for p in bundled_lexicon_paths()]
    entries, problems = load_lexicon_file(path)
    assert problems == []
    assert len(entries) >= fewest
    assert {e.group for e in entries} == {group}
    assert {e.source for e in entries} == {source}


@pytest.mark.parametrize("name", sorted(BLIND))
def test_no_spun_form_is_listed_twice_here_or_in_another_bundled_lexicon(name):
    path = LEXICONS / name
    keys = [e.spun_key for e in load_lexicon_file(path)[0]]
    assert len(keys) == len(set(keys)), sorted(k for k in set(keys) if keys.count(k) > 1)
    others = set()
    for other in bundled_lexicon_paths():
        if Path(other) != path:
            others |= {e.spun_key for e in load_lexicon_file(Path(other))[0]}
    assert not set(keys) & others, sorted(set(keys) & others)


@pytest.mark.parametrize("name", sorted(BLIND))
def test_no_row_restores_its_own_words(name):
    entries, _ = load_lexicon_file(LEXICONS / name)
    same = [e.line for e in entries if " ".join(e.spun).lower() in {r.lower() for r in e.restored}]
    assert same == []
