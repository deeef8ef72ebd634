"""``--thesaurus FILE`` on check and repair, and the settings folder's thesauri/ subfolder."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SPUN = ("The senators said the ultimate vote on the invoice would come next week. The ultimate passage of "
        "the invoice needs a majority. Leaders said the invoice had support, and the ultimate tally was close.\n")
THESAURUS = "# our own test file\nbill|invoice|measure\nfinal|ultimate|last\nthis line is bad\n{vote|poll}\n"


def run_cli(*args, config: Path):
    env = dict(os.environ, UNSPIN_CONFIG_DIR=str(config))
    return subprocess.run([sys.executable, "-m", "unspin", *map(str, args)], capture_output=True, text=True,
                          timeout=300, env=env)


def test_check_and_repair_with_a_thesaurus(tmp_path: Path):
    doc = tmp_path / "spun.txt"
    doc.write_text(SPUN, encoding="utf-8")
    th = tmp_path / "spinner.txt"
    th.write_text(THESAURUS, encoding="utf-8")
    out = tmp_path / "fixed.txt"
    r = run_cli("repair", doc, "-o", out, "--thesaurus", th, config=tmp_path / "cfg")
    assert r.returncode == 0, r.stderr
    assert f"{th}:4:" in r.stderr           # the bad line, with its number; the rest loaded
    fixed = out.read_text(encoding="utf-8")
    assert "final vote" in fixed and "the bill" in fixed
    r = run_cli("check", doc, "--json", "--min-confidence", "0", "--thesaurus", th, config=tmp_path / "cfg")
    assert r.returncode == 0, r.stderr
    got = json.loads(r.stdout)["suggestions"]
    assert any(s["original"] == "invoice" and s["replacement"] == "bill" for s in got)


def test_thesaurus_in_the_settings_folder_is_used(tmp_path: Path):
    doc = tmp_path / "spun.txt"
    doc.write_text(SPUN, encoding="utf-8")
    folder = tmp_path / "cfg" / "thesauri"
    folder.mkdir(parents=True)
    (folder / "mine.txt").write_text(THESAURUS, encoding="utf-8")
    r = run_cli("repair", doc, "-o", "-", config=tmp_path / "cfg")
    assert r.returncode == 0, r.stderr
    assert "the bill" in r.stdout


def test_missing_thesaurus_is_a_usage_error(tmp_path: Path):
    doc = tmp_path / "spun.txt"
    doc.write_text(SPUN, encoding="utf-8")
    r = run_cli("check", doc, "--thesaurus", tmp_path / "nope.txt", config=tmp_path / "cfg")
    assert r.returncode == 2
    assert "thesaurus" in r.stderr and "Traceback" not in r.stderr


def test_add_and_remove_a_thesaurus_in_settings(tmp_path: Path, monkeypatch):
    from unspin.store.settings import add_user_thesaurus, remove_user_thesaurus, user_thesaurus_paths
    monkeypatch.setenv("UNSPIN_CONFIG_DIR", str(tmp_path / "cfg"))
    src = tmp_path / "spinner.txt"
    src.write_text(THESAURUS, encoding="utf-8")
    copy = add_user_thesaurus(src)
    assert user_thesaurus_paths() == [copy] and src.read_text(encoding="utf-8") == THESAURUS
    remove_user_thesaurus(copy)
    assert user_thesaurus_paths() == [] and src.exists()
    remove_user_thesaurus(src)          # only files of the thesauri folder are ever removed
    assert src.exists()


def test_a_lexicon_row_with_an_unknown_condition_is_reported_with_its_line(tmp_path: Path):
    # the row's conditions are parsed when the matcher is built; the warning must still come out,
    # with the file and line, and the other rows must load
    doc = tmp_path / "spun.txt"
    doc.write_text("The committee will meet the gaffer on Monday. The gaffer agreed.\n", encoding="utf-8")
    lex = tmp_path / "mine.tsv"
    lex.write_text("spun\trestored\tpos\twhen\tconfidence\tnote\n"
                   "gaffer\tboss\t\t!no_such_condition:x\t0.9\t\n"
                   "committee will meet\tcommittee will hold\t\t\t0.9\t\n", encoding="utf-8")
    r = run_cli("check", doc, "--lexicon", lex, "--json", "--min-confidence", "0", config=tmp_path / "cfg")
    assert r.returncode == 0, r.stderr
    assert f"{lex}:2: unknown condition 'no_such_condition'" in r.stderr
    got = json.loads(r.stdout)["suggestions"]
    assert any(s["replacement"] == "committee will hold" for s in got)
    assert not any(s["replacement"] == "boss" for s in got)
