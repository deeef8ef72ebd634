"""Every kind of bad input through the real command line: exit 1, one line on stderr, no traceback,
and nothing written or changed. These fail before the engine loads, so they are quick."""
from __future__ import annotations

import io
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "formats"))  # the document builders
from formats_fixtures import docx_with_document_xml, make_pdf  # noqa: E402
from unspin.formats.package import OLE_MAGIC
from unspin.formats.textfile import MAX_BYTES

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def run_cli(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "unspin", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd, timeout=120)


def _zip(members: dict[str, bytes | str]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


def make_bad(tmp_path, kind):
    p = tmp_path
    if kind == "binary":
        f = p / "data.txt"
        f.write_bytes(bytes(range(256)) * 16)
    elif kind == "empty":
        f = p / "empty.txt"
        f.write_bytes(b"")
    elif kind == "too big":
        f = p / "huge.txt"
        with open(f, "wb") as fh:
            fh.truncate(MAX_BYTES + 1)
    elif kind == "not a zip":
        f = p / "corrupt.docx"
        f.write_bytes(b"This was never a Word document.")
    elif kind == "no document.xml":
        f = p / "hollow.docx"
        f.write_bytes(_zip({"[Content_Types].xml": "<Types/>"}))
    elif kind == "encrypted":
        f = p / "locked.docx"
        f.write_bytes(OLE_MAGIC + b"\0" * 500 + "EncryptedPackage".encode("utf-16-le") + b"\0" * 500)
    elif kind == "zip bomb":
        f = p / "bomb.docx"
        f.write_bytes(_zip({"word/document.xml": f"<w:document {W}>" + " " * (16 * 1024 * 1024) + "</w:document>"}))
    elif kind == "external entity":
        f = p / "xxe.docx"
        f.write_bytes(docx_with_document_xml(
            f'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
            f'<w:document {W}><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>'.encode()))
    elif kind == "scanned pdf":
        f = p / "scan.pdf"
        f.write_bytes(make_pdf([[]], image_only=True))
    elif kind == "missing":
        f = p / "nowhere.txt"
    elif kind == "folder":
        f = p / "a folder"
        f.mkdir()
    else:  # pragma: no cover
        raise AssertionError(kind)
    return f


CASES = {
    "binary": "binary file", "empty": "empty", "too big": "limit is 20 MiB", "not a zip": "not a zip package",
    "no document.xml": "word/document.xml is missing", "encrypted": "password-protected",
    "zip bomb": "zip bomb", "external entity": "DTD", "scanned pdf": "no text layer",
    "missing": "no such file", "folder": "is a folder",
}


def _snapshot(folder):
    return sorted((p.name, p.is_file() and p.read_bytes()[:64]) for p in folder.iterdir())


@pytest.mark.parametrize("command", ["check", "repair"])
@pytest.mark.parametrize("kind", list(CASES))
def test_bad_input_gives_one_clear_line(tmp_path, kind, command):
    f = make_bad(tmp_path, kind)
    before = _snapshot(tmp_path)
    args = [command, f] + (["-o", tmp_path / "out.txt"] if command == "repair" else [])
    r = run_cli(*args)
    assert r.returncode == 1, r.stderr
    assert "Traceback" not in r.stderr and r.stdout == ""
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("unspin: error: "), r.stderr
    assert CASES[kind] in lines[0]
    assert _snapshot(tmp_path) == before   # nothing written, nothing lost


def test_repair_to_pdf_is_refused_before_analysis(tmp_path):
    src = tmp_path / "in.txt"
    src.write_text("A go to here.\n", encoding="utf-8")
    r = run_cli("repair", src, "-o", tmp_path / "out.pdf")
    assert r.returncode == 1 and "does not write PDF" in r.stderr and "Traceback" not in r.stderr
    assert not (tmp_path / "out.pdf").exists()


def test_report_into_a_missing_folder(tmp_path):
    src = tmp_path / "in.txt"
    src.write_text("A go to here.\n", encoding="utf-8")
    r = run_cli("check", src, "--report", tmp_path / "no" / "r.html")
    assert r.returncode == 1 and "does not exist" in r.stderr and "Traceback" not in r.stderr
    r = run_cli("check", src, "--report", tmp_path / "r.pdf")
    assert r.returncode == 2 and ".html or .csv" in r.stderr
