"""The hand-written phrasal thesaurus (resources/tortured/phrasal_synonyms.tsv): it is bundled, says
where it comes from, parses line by line (two to four words on the left, single words on the right),
lists no expression twice and no expression as a synonym of one of its own words, and the bundled
model reads it as several-word swaps."""
from __future__ import annotations

from pathlib import Path

from unspin.engine.unseen import SwapModel, bundled_phrasal_files, read_phrasal

from unspin.engine.unseen.phrasal import _phrasal_forms

from unspin.engine.unseen.words import _ALPHA

ROOT = Path(__file__).resolve().parents[2]
PATH = ROOT / "resources" / "tortured" / "phrasal_synonyms.tsv"


def _rows() -> list[tuple[str, list[str]]]:
    rows = []
    for line in PATH.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            phrase, words = line.split("\t")
            rows.append((phrase, words.split("|")))
    return rows


def test_the_file_is_bundled_and_says_where_it_comes_from():
    assert bundled_phrasal_files() == [PATH]
    head = PATH.read_text(encoding="utf-8")[:2500]
    assert "Written for Unspin from general knowledge of English" in head and "Format:" in head


def test_every_line_is_a_comment_or_an_expression_a_tab_and_its_words():
    for number, line in enumerate(PATH.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("#"):
            continue
        assert line.count("\t") == 1, f"line {number}: {line!r}"
        phrase, words = line.split("\t")
        assert phrase == phrase.lower() and 2 <= len(phrase.split(" ")) <= 4 and "-" not in phrase, \
            f"line {number}: {phrase!r}"
        assert words and all(_ALPHA.match(w) for w in words.split("|")), f"line {number}: {words!r}"
    assert {p: w for p, w in _rows()} == read_phrasal(PATH)
    assert len(_rows()) >= 500


def test_no_expression_twice_and_no_word_listed_twice_in_a_row():
    phrases = [p for p, _ in _rows()]
    assert len(phrases) == len(set(phrases)), sorted({p for p in phrases if phrases.count(p) > 1})
    assert [p for p, words in _rows() if len(words) != len(set(words))] == []


def test_a_verbs_other_forms_come_with_the_same_forms_of_its_words():
    forms = dict(_phrasal_forms(("leave", "out"), ["miss", "omit", "control"]))
    assert "missed" in forms[("left", "out")] and "controlled" in forms[("left", "out")]
    assert forms[("leaving", "out")][:3] == ["missing", "omitting", "controlling"]
    assert forms[("leaving", "out")][-3:] == ["miss", "omit", "control"]   # an -ing form is a noun too
    assert forms[("leaves", "out")] == ["misses", "omits", "controls"]
    # the forms come from the engine's inflector (lemminflect): irregular verbs on both sides, the
    # past and the participle each, no form made up ("sweeped", "growed", "transfered"); a word
    # already in -ing or -ed is a form, not a verb to inflect ("wantinged")
    forms = list(_phrasal_forms(("sweep", "up"), ["grow", "wanting", "transfer"]))
    assert (("swept", "up"), ["grew", "transferred"]) in forms
    assert (("swept", "up"), ["grown", "transferred"]) in forms
    assert dict(forms)[("sweeps", "up")] == ["grows", "transfers"]
    assert dict(forms)[("sweeping", "up")] == ["growing", "transferring", "grow", "wanting", "transfer"]
    assert list(_phrasal_forms(("sorting", "out"), ["organizing"])) == [(("sorting", "out"), ["organizing"])]
    forms = dict(_phrasal_forms(("bring", "about"), ["cause", "begin"]))
    assert forms[("brought", "about")] == ["caused", "begun"] and forms[("bringing", "about")][:2] == ["causing", "beginning"]
    # a noun's plural, and no verb forms for an expression that is no phrasal verb
    forms = dict(_phrasal_forms(("weak", "point"), ["weakness"]))
    assert forms == {("weak", "point"): ["weakness"], ("weak", "points"): ["weaknesses"]}


def test_the_bundled_model_reads_it_towards_the_words_of_its_terms(tmp_path):
    (tmp_path / "terms.txt").write_text("test set\nmiss rate\n", encoding="utf-8")
    model = SwapModel.from_entries([], [tmp_path / "terms.txt"], phrasal_files=[PATH])
    assert "test" in model.swaps["take a look at"]
    assert model.swaps["leave out"] == ["miss"]          # only the words of the terms are kept
    assert "set up" not in model.swaps or "set" not in model.swaps["set up"]
