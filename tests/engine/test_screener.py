"""Importing Problematic Paper Screener fingerprint lists (CSV) and matching what they describe."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from unspin.engine import Engine
from unspin.engine.lexicon import load_lexicons, parse_lexicon
from unspin.engine.screener import (FingerprintError, fingerprint_rules, load_screener_csv,
                                    parse_screener_csv, prior_for, split_expected)

HEADER = "Fingerprint - Tortured Phrase,Expected Text,Nb Retrieved Papers"


def rules(text):
    return [(r.phrase.text, r.phrase.slop, r.when) for r in fingerprint_rules(text)]


# -- fingerprint syntax ------------------------------------------------------------------------------
def test_plain_and_quoted_phrases():
    assert rules("counterfeit consciousness") == [("counterfeit consciousness", 0, ())]
    assert rules('"counterfeit consciousness"') == [("counterfeit consciousness", 0, ())]
    assert rules('  "bosom   peril" ') == [("bosom peril", 0, ())]


def test_and_makes_the_first_phrase_the_target_and_the_rest_context():
    assert rules('"profound learning" AND "neural organization" AND "dataset"') == [
        ("profound learning", 0, ("para_has:neural organization", "para_has:dataset"))]


def test_or_gives_one_rule_per_phrase():
    assert rules('"colossal information" OR "enormous information" OR huge information') == [
        ("colossal information", 0, ()), ("enormous information", 0, ()), ("huge information", 0, ())]


def test_not_and_and_not_forbid_context():
    assert rules('"choice tree" NOT "family"') == [("choice tree", 0, ("!para_has:family",))]
    assert rules('"choice tree" AND NOT "family"') == [("choice tree", 0, ("!para_has:family",))]
    assert rules('"choice tree" NOT ("family" OR "menu")') == [("choice tree", 0, ("!para_has:family|menu",))]


def test_parentheses_distribute_targets_and_group_context():
    assert rules('("irregular woodland" OR "arbitrary woodland") AND classifier') == [
        ("irregular woodland", 0, ("para_has:classifier",)), ("arbitrary woodland", 0, ("para_has:classifier",))]
    assert rules('"direct relapse" AND (regression OR model)') == [
        ("direct relapse", 0, ("para_has:regression|model",))]


def test_proximity():
    assert rules('"profound organization"~2') == [("profound organization", 2, ())]
    assert rules('"profound organization" ~3 AND "image"~1') == [("profound organization", 3, ("para_has:image~1",))]


def test_lowercase_and_or_are_words_of_the_phrase():
    assert rules("queasiness and retching") == [("queasiness and retching", 0, ())]


@pytest.mark.parametrize("bad, message", [
    ("", "empty"),
    ("NOT counterfeit", "nothing to repair"),
    ('"a" AND', "ends where a phrase"),
    ('("a" OR "b"', "not closed"),
    ('(("a" AND "b") OR "c") AND "d"', "too complex"),
    ('"a" OR ~3', "must follow a phrase"),
])
def test_bad_fingerprints(bad, message):
    with pytest.raises(FingerprintError, match=message):
        fingerprint_rules(bad)


def test_expected_text_alternatives():
    assert split_expected("big data; massive data") == ["big data", "massive data"]
    assert split_expected("big data | large data") == ["big data", "large data"]
    assert split_expected("big data / large data") == ["big data", "large data"]
    assert split_expected("big data/large data") == ["big data", "large data"]
    assert split_expected("TCP/IP") == ["TCP/IP"]
    assert split_expected("signal/noise ratio") == ["signal/noise ratio"]
    assert split_expected(" ; ") == []


def test_paper_count_raises_the_prior_within_bounds():
    priors = [prior_for(n) for n in (None, 0, 1, 10, 100, 1000, 10 ** 6)]
    assert priors[0] == priors[1] == 0.8
    assert priors == sorted(priors)
    assert priors[-1] == pytest.approx(0.95)
    assert 0.84 < prior_for(10) < 0.86 and prior_for(100) == pytest.approx(0.9, abs=0.005)


# -- the CSV -----------------------------------------------------------------------------------------
def test_csv_with_bom_crlf_quotes_and_bad_rows(tmp_path):
    text = ("\ufeff" + HEADER + "\r\n"
            '"counterfeit consciousness","artificial intelligence","1,234"\r\n'
            "this row has no second column\r\n"
            '"flag to commotion proportion","signal-to-noise ratio, SNR",87\r\n'
            '"profound learning" AND,deep learning,3\r\n'
            '"colossal information","big data; massive data",12\r\n'
            '"multi\r\nline phrase",something,lots\r\n'
            '"bosom peril",breast cancer,\r\n'
            ',,\r\n'
            '"irregular woodland*",random forest,4\r\n')
    path = tmp_path / "fingerprints.csv"
    path.write_bytes(text.encode("utf-8"))
    entries, problems = load_screener_csv(path)
    got = {" ".join(e.spun): e for e in entries}
    assert set(got) == {"counterfeit consciousness", "flag to commotion proportion", "colossal information",
                        "bosom peril"}
    assert got["flag to commotion proportion"].restored == ("signal-to-noise ratio, SNR",)
    assert got["colossal information"].restored == ("big data", "massive data")
    assert got["counterfeit consciousness"].confidence == pytest.approx(0.95)  # 1,234 papers
    assert got["bosom peril"].confidence == pytest.approx(0.8)                 # no count
    assert got["colossal information"].line == 6
    for e in entries:
        assert e.category == "tortured phrase" and e.group == "screener" and e.is_tell
    lines = {p.line: p.message for p in problems}
    assert set(lines) == {3, 5, 7, 11}
    assert "column" in lines[3]
    assert "ends where a phrase" in lines[5]
    assert "paper count" in lines[7]       # the row that starts on line 7 spans two lines
    assert "wildcard" in lines[11]
    assert all(p.path == str(path) for p in problems)


def test_csv_columns_found_by_header_name_and_hyphens_split():
    text = "Expected Text,Nb Retrieved Papers,Fingerprint - Tortured Phrase\nk-nearest neighbor,5,k-closest neighbor\n"
    entries, problems = parse_screener_csv(text)
    assert not problems
    assert entries[0].spun == ("k", "-", "closest", "neighbor")
    assert entries[0].restored == ("k-nearest neighbor",)


def test_csv_without_header_takes_the_first_three_columns():
    entries, problems = parse_screener_csv("irregular woodland,random forest,40\n")
    assert not problems and entries[0].spun == ("irregular", "woodland")


def test_load_lexicons_dispatches_csv_and_tsv(tmp_path):
    (tmp_path / "a.csv").write_text(HEADER + "\nbosom peril,breast cancer,9\n", encoding="utf-8")
    (tmp_path / "b.tsv").write_text("spun\trestored\nhuge sum\tlarge amount\n", encoding="utf-8")
    entries, problems = load_lexicons([tmp_path / "a.csv", tmp_path / "b.tsv"])
    assert not problems
    assert {e.group for e in entries} == {"screener", "b"}


def test_tsv_proximity_syntax():
    entries, problems = parse_lexicon("spun\trestored\nprofound organization ~2\tdeep network\n")
    assert not problems
    assert entries[0].spun == ("profound", "organization") and entries[0].gap == 2
    assert entries[0].rule_id.endswith("profound organization ~2")


# -- matching what the conditions say ----------------------------------------------------------------
@pytest.fixture(scope="module")
def screener_engine(engine):
    text = (HEADER + "\n"
            '"choice tree" AND "classifier",decision tree,50\n'
            '"direct relapse" NOT "patients",linear regression,20\n'
            '"profound organization"~2,deep network,30\n'
            '"flag clamor"~3,signal to noise ratio,8\n'
            '"man-made consciousness" OR "counterfeit brainpower",artificial intelligence,100\n')
    entries, problems = parse_screener_csv(text, "test.csv")
    assert not problems
    return Engine(nlp=engine.nlp, entries=entries)


def suggestions(eng, text):
    return {s.original: s for s in eng.analyse(text).suggestions}


def test_and_needs_the_context_phrase_in_the_paragraph(screener_engine):
    assert "choice tree" in suggestions(screener_engine, "We fit a choice tree. The classifiers agree.")
    assert not suggestions(screener_engine, "Each menu is a choice tree for the guest.")
    # The context must be in the same paragraph, not merely in the document.
    assert not suggestions(screener_engine, "We fit a choice tree.\nThe classifier agrees.")


def test_not_suppresses_the_entry(screener_engine):
    found = suggestions(screener_engine, "A direct relapse model was fitted to the yields.")
    assert found["direct relapse"].replacement == "linear regression"
    assert not suggestions(screener_engine, "Patients showed a direct relapse after treatment.")


def test_proximity_keeps_the_words_between(screener_engine):
    found = suggestions(screener_engine, "We train a profound convolutional organization on images.")
    s = found["profound convolutional organization"]
    assert s.replacement == "deep convolutional network"
    assert s.confidence >= 0.8
    found = suggestions(screener_engine, "We train a profound organization.")
    assert found["profound organization"].replacement == "deep network"
    # More words between than allowed, or across a sentence end: no match.
    assert not suggestions(screener_engine, "A profound and very large organization.")
    assert not suggestions(screener_engine, "It was profound. Organization matters.")


def test_proximity_that_would_drop_words_is_capped_below_the_threshold(screener_engine):
    found = suggestions(screener_engine, "The flag to clamor was measured.")
    s = found["flag to clamor"]
    assert s.replacement == "signal to noise ratio"
    assert s.confidence < 0.5 and "check it" in s.explanation


def test_or_rows_match_each_phrase(screener_engine):
    found = suggestions(screener_engine, "Man-made consciousness and counterfeit brainpower are old ideas.")
    assert found["Man-made consciousness"].replacement == "Artificial intelligence"
    assert found["counterfeit brainpower"].replacement == "artificial intelligence"


# -- the command line --------------------------------------------------------------------------------
SPUN = "We apply counterfeit brainpower and a bosom peril screen to the wards.\n"
CSV = HEADER + '\n"bosom peril",breast cancer,120\n"wards" AND "screen",patients,1\n'


def _check_json(capsys, argv):
    from unspin.cli import main
    assert main(argv) == 0
    return {s["original"]: s["replacement"] for s in json.loads(capsys.readouterr().out)["suggestions"]}


def test_cli_check_with_a_csv_lexicon(tmp_path, capsys):
    doc, lex = tmp_path / "paper.txt", tmp_path / "my.csv"
    doc.write_text(SPUN, encoding="utf-8")
    lex.write_text(CSV, encoding="utf-8")
    found = _check_json(capsys, ["check", str(doc), "--json", "--lexicon", str(lex)])
    assert found["bosom peril"] == "breast cancer"
    assert found["wards"] == "patients"


def test_cli_loads_csv_lexicons_from_the_settings_folder(tmp_path, capsys, monkeypatch):
    config = tmp_path / "config"
    (config / "lexicons").mkdir(parents=True)
    (config / "lexicons" / "screener.csv").write_text(CSV, encoding="utf-8")
    monkeypatch.setenv("UNSPIN_CONFIG_DIR", str(config))
    doc = tmp_path / "paper.txt"
    doc.write_text(SPUN, encoding="utf-8")
    found = _check_json(capsys, ["check", str(doc), "--json"])
    assert found["wards"] == "patients"
    out = tmp_path / "out.txt"
    from unspin.cli import main
    assert main(["repair", str(doc), "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == (
        "We apply artificial intelligence and a breast cancer screen to the patients.\n")


def test_bad_csv_rows_are_warned_on_stderr(tmp_path, capsys):
    from unspin.cli import main
    doc, lex = tmp_path / "paper.txt", tmp_path / "bad.csv"
    doc.write_text(SPUN, encoding="utf-8")
    lex.write_text(HEADER + '\n"bosom peril",breast cancer,1\n"wards" AND,patients,1\n', encoding="utf-8")
    assert main(["check", str(doc), "--lexicon", str(lex)]) == 0
    captured = capsys.readouterr()
    assert f"{lex}:3: the fingerprint ends where a phrase was expected" in captured.err
    assert "'bosom peril' -> 'breast cancer'" in captured.out
