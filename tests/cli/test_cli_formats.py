"""The command line on real documents, with the engine, and with every network call refused.

Few and purposeful: each run loads spaCy. The wrapper replaces socket connections and name
lookups with a function that records the attempt on stderr and raises, so these tests also prove
that checking and repairing work fully offline.
"""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "formats"))  # the document builders
from formats_fixtures import make_docx  # noqa: E402

pytestmark = pytest.mark.slow

OFFLINE = r"""
import socket, sys
def refuse(*args, **kwargs):
    sys.stderr.write("NETWORK ATTEMPT\n")
    raise OSError("network access is blocked in this test")
socket.socket.connect = refuse
socket.socket.connect_ex = refuse
socket.create_connection = refuse
socket.getaddrinfo = refuse
from unspin.cli import main
sys.exit(main(sys.argv[1:]))
"""

MD = """# Notes

The officers said a go to to the capital is planned.

```
a go to inside code
```

See [the go to page](https://example.com/go%20to) and `a go to` span.
"""


def run_offline(*args):
    r = subprocess.run([sys.executable, "-c", OFFLINE, *map(str, args)], capture_output=True, text=True,
                       timeout=300)
    assert "NETWORK ATTEMPT" not in r.stderr
    assert "Traceback" not in r.stderr, r.stderr
    return r


def test_check_markdown_with_reports_offline(tmp_path):
    md = tmp_path / "notes.md"
    md.write_text(MD, encoding="utf-8")
    html_report, csv_report = tmp_path / "changes.html", tmp_path / "changes.csv"
    r = run_offline("check", md, "--json", "--report", html_report)
    assert r.returncode == 0, r.stderr
    found = json.loads(r.stdout)["suggestions"]
    go_to = [s for s in found if s["original"] == "go to"]
    prose = [MD.index("go to"), MD.index("the go to page") + 4]       # the sentence and the link text
    assert [s["start"] for s in go_to] == prose                         # not code, URL or code span
    page = html_report.read_text(encoding="utf-8")
    assert "<del>go to</del>" in page and "notes.md" in page
    r = run_offline("check", md, "--report", csv_report)
    assert r.returncode == 0
    rows = list(csv.DictReader(io.StringIO(csv_report.read_text(encoding="utf-8-sig"))))
    assert {"original": "go to", "line": "3"}.items() <= next(x for x in rows if x["original"] == "go to").items()
    assert md.read_text(encoding="utf-8") == MD                         # checking never writes the document


def test_repair_docx_offline(tmp_path):
    docx = pytest.importorskip("docx")
    src = make_docx(tmp_path / "in.docx")
    out = tmp_path / "out.docx"
    r = run_offline("repair", src, "-o", out)
    assert r.returncode == 0, r.stderr
    assert "repair(s) applied" in r.stderr
    first = docx.Document(str(out)).paragraphs[0]
    assert first.text.startswith("The officials planned a visit to the capital.") or \
        first.text.startswith("The officers planned a visit to the capital.")
    bold = [run.text for run in first.runs if run.bold]
    assert bold == ["visit"]                          # the repair took the first run's formatting
    assert docx.Document(str(out)).tables[0].cell(0, 1).text == "Ünïcödé & <angle> text"


def test_a_docx_saved_as_text_takes_the_encoding_asked_for(tmp_path):
    pytest.importorskip("docx")
    src = make_docx(tmp_path / "in.docx")
    plain, wide = tmp_path / "plain.txt", tmp_path / "wide.txt"
    assert run_offline("repair", src, "-o", plain).returncode == 0
    r = run_offline("repair", src, "-o", wide, "--encoding", "utf-16")
    assert r.returncode == 0, r.stderr
    # was: written in UTF-8 whatever --encoding said, and nothing told the user
    assert wide.read_bytes() == b"\xff\xfe" + plain.read_text(encoding="utf-8").encode("utf-16-le")


def test_an_encoding_for_a_docx_saved_as_docx_is_said_to_be_unused(tmp_path):
    docx = pytest.importorskip("docx")
    src = make_docx(tmp_path / "in.docx")
    out = tmp_path / "out.docx"
    r = run_offline("repair", src, "-o", out, "--encoding", "latin-1")
    assert r.returncode == 0, r.stderr
    assert "--encoding latin-1 is not used" in r.stderr       # was: ignored without a word
    assert docx.Document(str(out)).paragraphs        # still a document Word opens
