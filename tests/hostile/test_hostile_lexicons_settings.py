"""Lexicon rows and settings files that used to end in a traceback (issue 14, items 12-13): a bad
row is reported with its line and skipped, the rest loads; a bad setting is reported once and its
default used."""
from __future__ import annotations

import json

import pytest

from unspin.engine.lexicon import load_lexicons, parse_lexicon
from unspin.engine.screener import parse_screener_csv
from unspin.store.settings import Settings, load_settings, validate_settings

SPUN = "The officer mentioned on Tuesday that costs at the White Home rose 12 p.c. over 3 years.\n"
HEADER = "Tortured phrase,Expected,Nb papers\n"


def _lines(problems):
    return sorted(p.line for p in problems)


# -- 12. lexicon rows ---------------------------------------------------------------------------------
def test_a_huge_paper_count(hostile):
    entries, problems = parse_screener_csv(HEADER + "counterfeit consciousness,artificial intelligence,1e400\n"
                                           "profound learning,deep learning,12\n"
                                           "bosom peril,breast cancer," + "9" * 5000 + "\n")
    assert [e.spun for e in entries] == [("profound", "learning")]
    assert _lines(problems) == [2, 4] and all(len(str(p)) < 300 for p in problems)


def test_deeply_nested_parentheses(hostile):
    deep = "(" * 5000 + '"a b"' + ")" * 5000
    entries, problems = parse_screener_csv(HEADER + f'"{deep}",x,1\nprofound learning,deep learning,3\n')
    assert len(entries) == 1 and _lines(problems) == [2] and "nested" in problems[0].message


def test_a_long_chain_of_nots(hostile):
    entries, problems = parse_screener_csv(HEADER + "NOT " * 5000 + "a,b,1\nprofound learning,deep learning,3\n")
    assert len(entries) == 1 and _lines(problems) == [2]


def test_a_huge_gap_in_a_condition_is_a_row_error(hostile, engine):
    from unspin.engine.matcher import LexiconMatcher
    text = ("spun\trestored\tpos\twhen\tconfidence\n"
            "zorble\tthing\t\tpara_has:x~" + "9" * 5000 + "\t0.9\n"
            "zorbles ~99999\tthings\t\t\t0.9\n"
            "florble\tthing\t\t\t0.9\n")
    entries, problems = parse_lexicon(text, "bad.tsv")
    assert _lines(problems) == [3]          # the proximity gap: refused when read
    matcher = LexiconMatcher(entries, engine.nlp)
    assert [p.line for p in matcher.problems] == [2]   # the condition: refused before analysis
    assert "too large" in matcher.problems[0].message


def test_a_line_separator_does_not_split_a_row(hostile):
    entries, problems = parse_lexicon("spun\trestored\tpos\twhen\tconfidence\tnote\n"
                                      "zorble\tthing\t\t\t0.9\tsee\u2028this note\n"
                                      "florble\tthing\t\t\t0.9\tform\x0cfeed\n")
    assert not problems and len(entries) == 2 and entries[0].note == "see\u2028this note"
    assert [e.line for e in entries] == [2, 3]


def test_tsv_and_csv_decode_the_same_way(hostile, tmp_path):
    tsv = tmp_path / "legacy.tsv"
    tsv.write_bytes("spun\trestored\nzorblé\tthing\n".encode("cp1252"))
    csv_ = tmp_path / "legacy.csv"
    csv_.write_bytes((HEADER + "zorblé phrase,thing,3\n").encode("cp1252"))
    entries, problems = load_lexicons([tsv, csv_])
    # (each says once that it was read as Windows-1252, naming its first line of such letters: helper hostile59)
    assert [(p.line, "Windows-1252" in p.message) for p in problems] == [(2, True), (2, True)]
    assert {e.spun[0] for e in entries} == {"zorblé"}


def test_an_unreadable_lexicon_is_an_error(hostile, tmp_path):
    doc = tmp_path / "doc.txt"
    doc.write_text(SPUN, encoding="utf-8")
    binary = tmp_path / "lex.tsv"
    binary.write_bytes(bytes(range(256)) * 10)
    r = hostile.cli("check", doc, "--lexicon", binary, expect=1)
    assert "lex.tsv" in r.err
    hostile.cli("check", doc, "--lexicon", tmp_path / "missing.tsv", expect=1)
    hostile.cli("check", doc, "--lexicon", tmp_path, expect=1)


def test_bad_rows_through_the_command_line(hostile, tmp_path):
    doc = tmp_path / "doc.txt"
    doc.write_text(SPUN + "The zorble was found.\n", encoding="utf-8")
    lex = tmp_path / "mine.csv"
    lex.write_text(HEADER + "zorble,thing,1e400\n" + "(" * 3000 + "a" + ")" * 3000 + ",b,1\n"
                   + "NOT " * 3000 + "a,b,1\nzorble,gadget,5\n", encoding="utf-8")
    r = hostile.cli("check", doc, "--lexicon", lex, "--all", expect=0)
    assert "mine.csv:2:" in r.err and "mine.csv:3:" in r.err and "mine.csv:4:" in r.err
    assert "'gadget'" in r.out


# -- 13. settings.json ----------------------------------------------------------------------------------
@pytest.mark.parametrize("raw, key", [({"min_confidence": "abc"}, "min_confidence"),
                                      ({"min_confidence": None}, "min_confidence"),
                                      ({"min_confidence": 5}, "min_confidence"),
                                      ({"disabled_rules": 5}, "disabled_rules"),
                                      ({"disabled_rules": [[1]]}, "disabled_rules"),
                                      ({"protect_quotes": "yes"}, "protect_quotes"),
                                      ({"protect_quotes": 1}, "protect_quotes"),
                                      ([1, 2], "object")])
def test_bad_settings_are_reported_once_with_the_default(hostile, raw, key):
    settings, problems = validate_settings(raw)
    assert settings == Settings()
    assert len(problems) == 1 and key in problems[0] and "\n" not in problems[0]


def test_good_keys_survive_a_bad_one(hostile):
    settings, problems = validate_settings({"min_confidence": 0.7, "disabled_rules": 5, "zoom": 2})
    assert settings.min_confidence == 0.7 and settings.zoom == 2 and settings.disabled_rules == []
    assert len(problems) == 1


def test_bad_settings_through_the_command_line(hostile, tmp_path):
    config = tmp_path / "config"
    config.mkdir()
    (config / "settings.json").write_text(json.dumps({"min_confidence": "abc", "disabled_rules": [[1]]}))
    doc = tmp_path / "doc.txt"
    doc.write_text(SPUN, encoding="utf-8")
    r = hostile.cli("check", doc, env={"UNSPIN_CONFIG_DIR": str(config)}, expect=0)
    assert r.err.count("min_confidence") == 1 and r.err.count("disabled_rules") == 1
    (config / "settings.json").write_text("[1, 2]")
    r = hostile.cli("check", doc, env={"UNSPIN_CONFIG_DIR": str(config)}, expect=0)
    assert r.err.count("using the defaults") == 1


def test_settings_that_are_not_json(hostile, tmp_path, monkeypatch):
    monkeypatch.setenv("UNSPIN_CONFIG_DIR", str(tmp_path))
    (tmp_path / "settings.json").write_bytes(b"\xff\xfe not json")
    problems = []
    assert load_settings(problems) == Settings() and len(problems) == 1


# -- spinner thesauri (helper hostile55) -----------------------------------------------------------------
def test_a_thesaurus_line_of_thirty_thousand_entries(hostile, tmp_path):
    doc = tmp_path / "doc.txt"
    doc.write_text(SPUN, encoding="utf-8")
    thesaurus = tmp_path / "spinner.txt"
    # Deduplicating a line's entries was quadratic: a 10 MB line never finished loading.
    thesaurus.write_text("said|mentioned|stated\n" + "|".join(f"zorb{i}" for i in range(30_000)) + "\n",
                         encoding="utf-8")
    r = hostile.cli("check", doc, "--thesaurus", thesaurus, expect=0)
    assert "spinner.txt:2:" in r.err and "more than 100 different entries" in r.err


def test_spintax_beyond_the_channel_budget_is_cut_short(hostile):
    from unspin.engine.thesaurus import parse_thesaurus
    # Each spintax group of n members gives n*n options: 1,000 groups of 100 would be 10 million.
    text = "\n".join("{" + "|".join(f"w{k}x{i}" for i in range(100)) + "}" for k in range(1000))
    groups, problems = parse_thesaurus(text, "big.txt")
    assert sum(len(g.members) ** 2 for g in groups) <= 2_000_000
    assert len(groups) == 200 and _lines(problems) == [201] and "too large" in problems[0].message


@pytest.mark.parametrize("kind", ["device", "fifo"])
def test_a_thesaurus_that_is_not_a_file(hostile, tmp_path, kind):
    import os
    doc = tmp_path / "doc.txt"
    doc.write_text(SPUN, encoding="utf-8")
    if kind == "device":
        thesaurus = tmp_path / "zero.txt"
        thesaurus.symlink_to("/dev/zero")
    else:
        thesaurus = tmp_path / "pipe.txt"
        os.mkfifo(thesaurus)
    r = hostile.cli("check", doc, "--thesaurus", thesaurus, expect=1, timeout=120)
    assert "no such file" not in r.err and ("device" in r.err or "FIFO" in r.err)


def test_the_window_adding_a_fifo_as_a_thesaurus_does_not_block(hostile, tmp_path):
    import os
    import threading
    from unspin.engine.thesaurus import load_thesaurus_file
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    result = []
    worker = threading.Thread(target=lambda: result.append(load_thesaurus_file(fifo)), daemon=True)
    worker.start()
    worker.join(30)
    assert result, "reading a FIFO as a thesaurus blocked"
    groups, problems = result[0]
    assert not groups and "FIFO" in problems[0].message
    hostile.count("clear errors")


# -- thesauri that are not text, or hold no synonym line (helper hostile56) ------------------------------
CARS = "The family parked the automobile outside the house.\n"    # "automobile": no bundled lexicon row


@pytest.mark.parametrize("what", ["a picture", "a word document", "empty", "no synonym line"])
def test_a_named_thesaurus_that_gives_nothing_is_an_error(hostile, tmp_path, what):
    doc = tmp_path / "doc.txt"
    doc.write_text(CARS, encoding="utf-8")
    thesaurus = tmp_path / "spinner.txt"
    thesaurus.write_bytes({"a picture": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4,
                           "a word document": b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + b"car|automobile" * 20,
                           "empty": b"",
                           "no synonym line": b"car automobile vehicle\n# a comment\n"}[what])
    # was: a warning (or, for bytes Windows-1252 can read, nothing), and the check ran without it
    r = hostile.cli("check", doc, "--thesaurus", thesaurus, expect=1)
    assert "spinner.txt" in r.err and ("binary file" in r.err or "no synonym lines" in r.err)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32"])
def test_a_thesaurus_with_a_byte_order_mark_is_read(hostile, tmp_path, encoding):
    from unspin.engine.thesaurus import load_thesaurus_file
    doc = tmp_path / "doc.txt"
    doc.write_text(CARS, encoding="utf-8")
    folder = tmp_path / "config" / "thesauri"
    folder.mkdir(parents=True)
    thesaurus = folder / "spinner.txt"
    thesaurus.write_bytes("car|automobile|vehicle\r\n{home|house}\r\n".encode(encoding))  # Notepad's "Unicode"
    # was: read as Windows-1252, a NUL between letters: the words were "c\x00a\x00r\x00", the file useless
    groups, problems = load_thesaurus_file(thesaurus)     # what Preferences check before adding it
    assert [g.members for g in groups] == [("car", "automobile", "vehicle"), ("home", "house")] and not problems
    r = hostile.cli("check", doc, "--json", env={"UNSPIN_CONFIG_DIR": str(tmp_path / "config")}, expect=0)
    assert '"car"' in r.out and "warning" not in r.err


def test_an_unreadable_thesaurus_in_the_settings_folder_only_warns(hostile, tmp_path):
    doc = tmp_path / "doc.txt"
    doc.write_text(CARS, encoding="utf-8")
    folder = tmp_path / "config" / "thesauri"
    folder.mkdir(parents=True)
    (folder / "picture.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    (folder / "good.txt").write_text("car|automobile|vehicle\n", encoding="utf-8")
    # A file the command did not name: the check runs with the others, and says which one it skipped.
    r = hostile.cli("check", doc, "--json", env={"UNSPIN_CONFIG_DIR": str(tmp_path / "config")}, expect=0)
    assert '"car"' in r.out and r.err.count("warning") == 1 and "picture.txt" in r.err and "binary" in r.err


@pytest.mark.parametrize("option", ["--lexicon", "--thesaurus"])
def test_scan_refuses_a_named_list_it_cannot_read_as_check_does(hostile, tmp_path, option):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "doc.txt").write_text(CARS, encoding="utf-8")
    picture = tmp_path / ("picture.tsv" if option == "--lexicon" else "picture.txt")
    picture.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    hostile.cli("check", folder / "doc.txt", option, picture, expect=1)
    # was: the scan ran without it (exit 0), after a warning for a lexicon and without a word for a
    # thesaurus (each worker loaded it again and kept its problems to itself)
    r = hostile.cli("scan", folder, option, picture, "--quiet", expect=1)
    assert "picture" in r.err and "binary" in r.err


# -- the settings folder's learned files: two stories, one file name (helper hostile56) ----------------
def test_learning_two_stories_of_the_same_file_names_keeps_both(hostile, tmp_path):
    config = tmp_path / "config"
    env = {"UNSPIN_CONFIG_DIR": str(config)}
    stories = {"a": ("The family parked the car outside the house.\n",
                     "The family parked the automobile outside the dwelling.\n"),
               "b": ("The mayor said the bridge would reopen soon.\n",
                     "The mayor mentioned the span would reopen quickly.\n")}
    for folder, (original, spun) in stories.items():
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "original.txt").write_text(original, encoding="utf-8")
        (tmp_path / folder / "spun.txt").write_text(spun, encoding="utf-8")
        hostile.cli("learn", tmp_path / folder / "original.txt", tmp_path / folder / "spun.txt", env=env, expect=0)
    # was: story b's learned-spun.tsv and sources/original.txt replaced story a's, without a word
    lexicons = sorted((config / "lexicons").iterdir())
    sources = sorted((config / "sources").iterdir())
    assert [p.name for p in lexicons] == ["learned-spun-2.tsv", "learned-spun.tsv"]
    assert {p.read_text(encoding="utf-8") for p in sources} == {o for o, _ in stories.values()}
    learned = "".join(p.read_text(encoding="utf-8") for p in lexicons)
    assert "automobile" in learned and "span" in learned
    # Learning a story again writes the same file, not a third one.
    hostile.cli("learn", tmp_path / "a" / "original.txt", tmp_path / "a" / "spun.txt", env=env, expect=0)
    assert len(list((config / "lexicons").iterdir())) == 2 and len(list((config / "sources").iterdir())) == 2


def test_adding_two_thesauri_of_one_name_keeps_both(hostile, tmp_path, monkeypatch):
    from unspin.store.settings import add_user_thesaurus, user_thesaurus_paths
    monkeypatch.setenv("UNSPIN_CONFIG_DIR", str(tmp_path / "config"))
    for folder, line in (("one", "car|automobile|vehicle\n"), ("two", "house|dwelling|home\n")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "thesaurus.txt").write_text(line, encoding="utf-8")
        add_user_thesaurus(tmp_path / folder / "thesaurus.txt")    # what Preferences' Add Thesaurus does
    # was: the second "thesaurus.txt" replaced the first one's copy
    assert sorted(p.read_text(encoding="utf-8") for p in user_thesaurus_paths()) == [
        "car|automobile|vehicle\n", "house|dwelling|home\n"]


# -- the settings folder's JSON files (helper hostile55) -------------------------------------------------
def test_a_settings_file_that_is_a_fifo_does_not_block_the_command_line(hostile, tmp_path):
    import os
    config = tmp_path / "config"
    config.mkdir()
    os.mkfifo(config / "settings.json")
    doc = tmp_path / "doc.txt"
    doc.write_text(SPUN, encoding="utf-8")
    r = hostile.cli("check", doc, env={"UNSPIN_CONFIG_DIR": str(config)}, expect=0, timeout=90)
    assert r.err.count("FIFO") == 1 and "using the default settings" in r.err


def _nested_json(depth: int = 100_000) -> str:
    return '{"version": 1, "text": "x", "decisions": ' + "[" * depth + "]" * depth + "}"


def test_deeply_nested_autosaves_and_remembered_reviews_are_ignored(hostile, tmp_path, monkeypatch):
    from unspin.store.autosave import autosave_path, list_autosaves, read_autosave
    from unspin.store.remembered import load_remembered, remembered_path
    monkeypatch.setenv("UNSPIN_CONFIG_DIR", str(tmp_path / "config"))
    doc = tmp_path / "doc.txt"
    doc.write_text(SPUN, encoding="utf-8")
    for path in (autosave_path(doc), remembered_path(doc)):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(_nested_json(), encoding="utf-8")
    # These run as the window starts and opens a file: a RecursionError there ended the window.
    assert list_autosaves() == [] and read_autosave(doc) is None
    assert load_remembered(doc, SPUN) is None


def test_an_autosave_that_is_a_fifo_does_not_block_the_window_starting(hostile, tmp_path, monkeypatch):
    import os
    import threading
    from unspin.store.autosave import autosave_dir, list_autosaves
    monkeypatch.setenv("UNSPIN_CONFIG_DIR", str(tmp_path / "config"))
    autosave_dir().mkdir(parents=True)
    os.mkfifo(autosave_dir() / "doc.txt.0123456789abcdef.json")
    found = []
    worker = threading.Thread(target=lambda: found.append(list_autosaves()), daemon=True)
    worker.start()
    worker.join(30)
    assert found == [[]], "listing the autosaves blocked on a FIFO"
