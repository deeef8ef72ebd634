"""Sources and lexicons as the user hands them in (helper hostile59): names that are not UTF-8, an empty
standard input, invisible characters in a row, a file that is UTF-8 but for a stray byte."""
from __future__ import annotations

import os

ORIGINAL = "The official said on Tuesday that prices at the White House rose 12 percent over three years.\n"
SPUN = "The officer mentioned on Tuesday that prices at the White Home rose 12 p.c. over three years.\n"


def test_a_source_whose_name_is_not_utf8_is_shown_with_a_replacement_mark(hostile, tmp_path):
    doc = tmp_path / "spun.txt"
    doc.write_text(SPUN, encoding="utf-8")
    name = os.fsencode(tmp_path) + b"/or\xffig.txt"   # a Latin-1 name from an old archive
    with open(name, "wb") as fh:
        fh.write(ORIGINAL.encode())
    # was: "[0.97 source:or\udcffig] The source "or\udcffig" has ..." (the tolerant stream's escape)
    config = {"UNSPIN_CONFIG_DIR": str(tmp_path / "config")}
    r = hostile.cli("check", doc, "--source", name, env=config, expect=0)
    assert "source:or\ufffdig" in r.out and "udcff" not in r.out and "copy of the source 'or\ufffdig'" in r.err
    # ...and the same for an original kept in the settings folder
    folder = tmp_path / "config" / "sources"
    folder.mkdir(parents=True)
    os.rename(name, os.fsencode(folder) + b"/or\xffig.txt")
    r = hostile.cli("check", doc, env=config, expect=0)
    assert "source:or\ufffdig" in r.out and "udcff" not in r.out


def test_a_lexicon_that_gives_nothing_says_so(hostile, tmp_path):
    doc = tmp_path / "spun.txt"
    doc.write_text(SPUN, encoding="utf-8")
    # was: exit 0 and the check ran as if no lexicon had been given, without a word
    r = hostile.cli("check", doc, "--lexicon", "-", stdin=b"", expect=1)
    assert "standard input is empty: there is no lexicon to read" in r.err
    r = hostile.cli("check", doc, "--lexicon", "-", stdin=b"# my rows, to come\n\n", expect=1)
    assert "standard input holds no lexicon rows" in r.err
    empty = tmp_path / "mine.tsv"
    empty.write_bytes(b"")
    r = hostile.cli("repair", doc, "-o", tmp_path / "out.txt", "--lexicon", empty, expect=1)
    assert "lexicon" in r.err and "mine.tsv: the file is empty" in r.err and not (tmp_path / "out.txt").exists()
    empty.write_text("spun\trestored\tpos\twhen\tconfidence\tnote\n", encoding="utf-8")
    hostile.cli("scan", doc, "--lexicon", empty, "--workers", "0", expect=1)
    # one in the settings folder (a list begun and not filled) warns, and the check runs
    folder = tmp_path / "config" / "lexicons"
    folder.mkdir(parents=True)
    empty.rename(folder / "mine.tsv")
    r = hostile.cli("check", doc, env={"UNSPIN_CONFIG_DIR": str(tmp_path / "config")}, expect=0)
    assert "warning:" in r.err and "mine.tsv:0: no lexicon rows found" in r.err and "White House" in r.out


def test_lexicon_rows_holding_invisible_characters_are_reported(hostile, tmp_path):
    doc = tmp_path / "spun.txt"
    doc.write_text("The gaffer spoke to the committee at the White Home.\n", encoding="utf-8")
    lexicon = tmp_path / "pasted.tsv"
    lexicon.write_text("spun\trestored\tpos\twhen\tconfidence\tnote\n"
                       "\u202egaffer\tboss\t\t\t0.95\n"             # 2: a right-to-left override
                       "White\u200bHome\tWhite House\t\t\t0.95\n"    # 3: a zero-width space
                       "\ufeffcommittee\tboard\t\t\t0.95\n"          # 4: a byte-order mark from a joined file
                       "spoke\ttal\u202eked\t\t\t0.95\n"             # 5: planted in the repair
                       "\u06a9\u0627\u0631\u200c\u0647\u0627\tx\t\t\t0.9\n",  # 6: Persian's joiner is a letter's
                       encoding="utf-8")
    out = tmp_path / "out.txt"
    # was: exit 0, no word; rows 2-4 never matched, row 5 wrote U+202E into the repaired text
    r = hostile.cli("repair", doc, "-o", out, "--lexicon", lexicon, expect=0)
    warned = [line for line in r.err.splitlines() if "pasted.tsv:" in line]
    assert [line.split("pasted.tsv:")[1].split(":")[0] for line in warned] == ["2", "3", "4", "5"]
    assert "U+202E (RIGHT-TO-LEFT OVERRIDE)" in warned[0] and "U+200B (ZERO WIDTH SPACE)" in warned[1]
    assert "write it into the document unseen" in warned[3]
    assert not any(c in r.err for c in "\u202e\u200b\ufeff")      # the warning itself shows no hidden character
    assert "\u202e" not in out.read_text(encoding="utf-8")
    from unspin.engine.lexicon import load_lexicon_file
    entries, _ = load_lexicon_file(lexicon)
    assert [e.line for e in entries] == [6]


def test_a_lexicon_that_is_not_quite_utf8_says_how_it_was_read(hostile, tmp_path):
    doc = tmp_path / "spun.txt"
    doc.write_text(SPUN, encoding="utf-8")
    header = b"spun\trestored\tpos\twhen\tconfidence\tnote\n"
    stray = tmp_path / "stray.tsv"     # ASCII but for two stray bytes (a UTF-16 mark pasted into a row)
    stray.write_bytes(header + b"officer\tofficial\xff\xfe\t\t\t0.95\nWhite Home\tWhite House\t\t\t0.99\n")
    out = tmp_path / "out.txt"
    # was: read whole as Windows-1252 without a word: "The official\xff\xfe" planted in the repair
    r = hostile.cli("repair", doc, "-o", out, "--lexicon", stray, expect=0)
    assert "stray.tsv:2: not UTF-8: the file was read as Windows-1252" in r.err and "official\u00ff\u00fe" in r.err
    assert "White House" in out.read_text(encoding="utf-8")      # the other lines are read
    # UTF-8 elsewhere (its accents read as UTF-8): the line with the stray byte is named and left out
    mixed = tmp_path / "mixed.tsv"
    mixed.write_bytes(header + b"officer\tofficial\xff\t\t\t0.95\nWhite Home\tWhite House\t\t\t0.99\t"
                      b"A \xe2\x80\x9cHome\xe2\x80\x9d for \xc3\xa9lite spinners.\n")
    r = hostile.cli("repair", doc, "-o", out, "--lexicon", mixed, expect=0)
    assert "mixed.tsv:2: byte 0xFF at column 17 is not UTF-8 (the rest of the file is): the line is left out" in r.err
    repaired = out.read_text(encoding="utf-8")
    assert "White House" in repaired and "\u00ff" not in repaired
    from unspin.engine.lexicon import load_lexicon_file
    entries, _ = load_lexicon_file(mixed)
    assert [(e.line, e.note) for e in entries] == [(3, "A \u201cHome\u201d for \u00e9lite spinners.")]
    # ...and one with a UTF-8 byte-order mark, which used to be refused whole ("claims to be utf-8")
    mixed.write_bytes(b"\xef\xbb\xbf" + mixed.read_bytes())
    assert [e.line for e in load_lexicon_file(mixed)[0]] == [3]
    # bytes no encoding reads (most lines) stay one clear error
    noise = tmp_path / "noise.tsv"
    noise.write_bytes(b"\x81\x8d\xff\n" * 50 + b"a\tb\n")
    hostile.cli("check", doc, "--lexicon", noise, expect=1)
