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
