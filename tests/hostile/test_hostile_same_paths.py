"""One path given twice (helper hostile55): an output named like a file the same command reads --
a lexicon, a thesaurus, a source, learn's original or spun copy, a scanned document -- used to be
replaced without a backup. Each is now refused before anything is read or written."""
from __future__ import annotations

import pytest

SPUN = "The officer mentioned on Tuesday that costs at the White Home rose 12 p.c. over 3 years.\n"
ORIGINAL = "The officer said on Tuesday that costs at the White House rose 12 percent over three years.\n"
LEXICON = "Tortured phrase,Expected,Nb papers\nprofound learning,deep learning,3\n"
THESAURUS = "said|mentioned|stated\n"


@pytest.fixture
def files(tmp_path):
    (tmp_path / "doc.txt").write_text(SPUN, encoding="utf-8")
    (tmp_path / "original.txt").write_text(ORIGINAL, encoding="utf-8")
    (tmp_path / "mine.csv").write_text(LEXICON, encoding="utf-8")
    (tmp_path / "mine.tsv").write_text("spun\trestored\nzorble\tthing\n", encoding="utf-8")
    (tmp_path / "spinner.txt").write_text(THESAURUS, encoding="utf-8")
    (tmp_path / "spun.tsv").write_text(SPUN, encoding="utf-8")
    (tmp_path / "original.tsv").write_text(ORIGINAL, encoding="utf-8")
    return tmp_path


CASES = {
    "check: the report over a Screener lexicon": ("mine.csv", ["check", "doc.txt", "--lexicon", "mine.csv",
                                                               "--report", "mine.csv"]),
    "repair: OUT over a lexicon": ("mine.tsv", ["repair", "doc.txt", "--lexicon", "mine.tsv", "-o", "mine.tsv"]),
    "repair: OUT over a thesaurus": ("spinner.txt", ["repair", "doc.txt", "--thesaurus", "spinner.txt",
                                                     "-o", "spinner.txt"]),
    "repair: OUT over the source": ("original.txt", ["repair", "doc.txt", "--source", "original.txt",
                                                     "-o", "original.txt"]),
    "learn: the lexicon over the spun copy": ("spun.tsv", ["learn", "original.txt", "spun.tsv", "-o", "spun.tsv"]),
    "learn: the lexicon over the original": ("original.tsv", ["learn", "original.tsv", "doc.txt",
                                                              "-o", "original.tsv"]),
    "scan: OUT over a lexicon": ("mine.csv", ["scan", "doc.txt", "--workers", "0", "--lexicon", "mine.csv",
                                              "-o", "mine.csv"]),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_an_output_named_like_an_input_is_refused(hostile, files, case):
    victim, argv = CASES[case]
    before = (files / victim).read_bytes()
    r = hostile.cli(*argv, cwd=files, expect=2)
    assert "this command reads" in r.err
    hostile.intact(files / victim, before)


def test_a_link_to_the_lexicon_is_refused_too(hostile, files):
    (files / "report.csv").symlink_to(files / "mine.csv")
    hostile.cli("check", "doc.txt", "--lexicon", "mine.csv", "--report", "report.csv", cwd=files, expect=2)
    hostile.intact(files / "mine.csv", LEXICON.encode())
