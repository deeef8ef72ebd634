"""The hand-written table of paraphraser word swaps (resources/tortured/synonyms_written.tsv): it is
bundled with the other synonym files, says where it comes from, parses line by line, keeps every
word in one row and one field group, and pairs no word with itself."""
from __future__ import annotations

import re
from pathlib import Path

from unspin.engine.unseen import SwapModel, bundled_synonym_files, read_synonyms

from unspin.engine.unseen.words import _ALPHA

ROOT = Path(__file__).resolve().parents[2]
PATH = ROOT / "resources" / "tortured" / "synonyms_written.tsv"
GROUP = re.compile(r"^# -- (.+): (\d+) rows$")


def _rows() -> list[tuple[str, list[str]]]:
    rows = []
    for line in PATH.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            word, alts = line.split("\t")
            rows.append((word, alts.split(" ")))
    return rows


def test_the_file_is_bundled_after_the_dictionaries_and_says_where_it_comes_from():
    files = bundled_synonym_files()
    assert files[-1] == PATH and [p.name for p in files[:-1]] == ["synonyms.tsv", "synonyms_roget.tsv"]
    head = PATH.read_text(encoding="utf-8")[:2000]
    assert "written for" in head and "Unspin" in head and "no source copied" in head


def test_every_line_is_a_comment_or_a_word_a_tab_and_its_synonyms():
    for number, line in enumerate(PATH.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("#"):
            continue
        assert line.count("\t") == 1, f"line {number}: {line!r}"
        word, alts = line.split("\t")
        assert _ALPHA.match(word), f"line {number}: {word!r}"
        assert alts and all(_ALPHA.match(a) for a in alts.split(" ")), f"line {number}: {alts!r}"
    # read_synonyms keeps every row whole: nothing it would skip was written
    assert {w: a for w, a in _rows()} == read_synonyms(PATH)


def test_no_word_pairs_with_itself_and_nothing_is_listed_twice():
    rows = _rows()
    words = [w for w, _ in rows]
    assert len(words) == len(set(words)), sorted({w for w in words if words.count(w) > 1})
    assert [w for w, alts in rows if w in alts] == []
    assert [w for w, alts in rows if len(alts) != len(set(alts))] == []


def test_the_group_headings_count_their_rows():
    counts, current = {}, None
    for line in PATH.read_text(encoding="utf-8").splitlines():
        m = GROUP.match(line)
        if m:
            current = m.group(1)
            counts[current] = [int(m.group(2)), 0]
        elif line and not line.startswith("#"):
            assert current is not None, "a row before the first group heading"
            counts[current][1] += 1
    assert len(counts) >= 8
    assert {g: c for g, (c, n) in counts.items() if c != n} == {}


def test_the_rows_are_words_of_the_standard_terms():
    terms = set()
    for line in (ROOT / "resources" / "tortured" / "terms.txt").read_text(encoding="utf-8").splitlines():
        terms.update(line.split("#", 1)[0].lower().split())
    words = [w for w, _ in _rows()]
    assert len(words) >= 1000
    assert sum(w in terms for w in words) >= 0.9 * len(words)


def test_a_wrong_sense_synonym_from_the_table_swaps_back_to_a_term(tmp_path):
    # the table gives "organization" for "network" (the wrong sense: a paraphraser's choice)
    assert "organization" in read_synonyms(PATH)["network"]
    (tmp_path / "terms.txt").write_text("deep neural network model\n", encoding="utf-8")
    model = SwapModel.from_entries([], [tmp_path / "terms.txt"], synonym_files=[PATH])
    assert "network" in model.dictionary["organization"]


def test_term_words_no_table_had_a_row_for_have_rows_now(tmp_path):
    # words of terms.txt that neither WordNet's nor Roget's table nor this one gave a row (helper
    # tortured30, written from the frequency list of term words); one row a word, as the file's
    # groups ask
    table = read_synonyms(PATH)
    assert "blackout" in table["outage"] and "dump" in table["landfill"]
    assert "joblessness" in table["unemployment"] and "framework" in table["scaffold"]
    (tmp_path / "terms.txt").write_text("power outage\nsanitary landfill site\n", encoding="utf-8")
    model = SwapModel.from_entries([], [tmp_path / "terms.txt"], synonym_files=[PATH])
    assert "outage" in model.dictionary["blackout"] and "landfill" in model.dictionary["dump"]
