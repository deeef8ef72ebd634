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
