"""`unspin scan` on the command line: outputs, resume, usage errors."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scan"))
from scan_fixtures import make_corpus  # noqa: E402
from unspin.cli import main  # noqa: E402


def test_scan_writes_ranked_jsonl_and_resumes(tmp_path, capsys):
    make_corpus(tmp_path / "c")
    out = tmp_path / "r.jsonl"
    assert main(["scan", str(tmp_path / "c"), "-o", str(out), "--workers", "0"]) == 0
    rows = [json.loads(x) for x in out.read_text().splitlines()]
    assert len(rows) == 3 and rows[0]["score"] >= rows[1]["score"] >= rows[2]["score"]
    err = capsys.readouterr().err
    assert "3/3" in err and "docs/s" in err and "3 of 3 document(s) scanned, 0 unreadable" in err
    out.write_text("\n".join(json.dumps(r) for r in rows[:2]) + "\n")
    assert main(["scan", str(tmp_path / "c"), "-o", str(out), "--workers", "0", "--resume"]) == 0
    assert "resuming: 2 of 3 already scanned" in capsys.readouterr().err
    assert len(out.read_text().splitlines()) == 3


def test_scan_html_keeps_a_journal_beside_it_and_prints_without_output(tmp_path, capsys):
    make_corpus(tmp_path / "c")
    assert main(["scan", str(tmp_path / "c"), "-o", str(tmp_path / "r.html"), "--workers", "0", "--quiet"]) == 0
    assert (tmp_path / "r.html").read_text().count("<tr>") == 4
    assert len((tmp_path / "r.jsonl").read_text().splitlines()) == 3
    capsys.readouterr()
    assert main(["scan", str(tmp_path / "c" / "spun.txt"), str(tmp_path / "nope.txt"), "--workers", "0", "--quiet"]) == 0
    table = capsys.readouterr().out.splitlines()
    assert "spun.txt" in table[1] and "nope.txt" in table[2] and "no such file" in table[2]


@pytest.mark.parametrize("argv, message", [
    (["-o", "r.xlsx"], "-o must name"),
    (["--resume"], "--resume needs -o"),
    (["--workers", "-1"], "--workers"),
    (["--send-files"], "--send-files goes with --scheduler"),
])
def test_scan_usage_errors(tmp_path, capsys, argv, message):
    make_corpus(tmp_path / "c")
    argv = [a if a != "r.xlsx" else str(tmp_path / a) for a in argv]
    assert main(["scan", str(tmp_path / "c")] + argv) == 2
    assert message in capsys.readouterr().err


def test_scan_of_nothing_readable_says_so(tmp_path, capsys):
    (tmp_path / "empty_folder").mkdir()
    assert main(["scan", str(tmp_path / "empty_folder"), "--workers", "0"]) == 1
    assert "no documents found" in capsys.readouterr().err
