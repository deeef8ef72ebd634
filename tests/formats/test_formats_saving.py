"""Safe saving (full disk, missing folder, crash mid-save, backup) and reports."""
from __future__ import annotations

import csv
import errno
import io
import os
import re

import pytest

from unspin.core.model import Document, Suggestion
from unspin.formats import safe_write
from unspin.store import watch
from unspin.formats.errors import OutputError
from unspin.formats.registry import load_document, save_document
from unspin.formats.report import report_bytes, report_rows, write_report
from unspin.formats.safe_write import write_atomic


def leftovers(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


def test_full_disk_keeps_the_original(tmp_path, monkeypatch):
    target = tmp_path / "doc.txt"
    target.write_bytes(b"original")

    def no_space(*a, **k):
        raise OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(safe_write.os, "replace", no_space)
    with pytest.raises(OutputError, match="disk is full"):
        write_atomic(target, b"new content")
    assert target.read_bytes() == b"original" and leftovers(tmp_path) == []


def test_full_disk_while_writing(tmp_path, monkeypatch):
    target = tmp_path / "doc.txt"
    target.write_bytes(b"original")

    def no_space(fd):
        raise OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(safe_write.os, "fsync", no_space)
    with pytest.raises(OutputError, match="disk is full"):
        write_atomic(target, b"new content", backup=True)
    assert target.read_bytes() == b"original" and leftovers(tmp_path) == []


def test_read_only_folder(tmp_path, monkeypatch):
    target = tmp_path / "doc.txt"
    target.write_bytes(b"original")

    def read_only(*a, **k):
        raise OSError(errno.EROFS, "Read-only file system")
    monkeypatch.setattr(safe_write, "_create_temp", read_only)
    with pytest.raises(OutputError, match="read-only"):
        write_atomic(target, b"new")
    assert target.read_bytes() == b"original"


def test_missing_folder_and_folder_target(tmp_path):
    with pytest.raises(OutputError, match="does not exist"):
        write_atomic(tmp_path / "nope" / "doc.txt", b"x")
    with pytest.raises(OutputError, match="is a folder"):
        write_atomic(tmp_path, b"x")


def test_crash_mid_save_leaves_target_and_no_temp(tmp_path, monkeypatch):
    target = tmp_path / "doc.txt"
    target.write_bytes(b"original")

    def crash(fd):
        raise KeyboardInterrupt
    monkeypatch.setattr(safe_write.os, "fsync", crash)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(target, b"half-written")
    assert target.read_bytes() == b"original" and leftovers(tmp_path) == []


def test_backup_when_saving_over_the_original(tmp_path):
    path = tmp_path / "doc.txt"
    path.write_bytes(b"A go to here.\n")
    src = load_document(path)
    doc = Document(src.text, [Suggestion(2, 7, "go to", "visit")])
    doc.accept(0)
    backup = save_document(src, doc, path, backup=True)
    assert backup == tmp_path / "doc.txt~"
    assert backup.read_bytes() == b"A go to here.\n" and path.read_bytes() == b"A visit here.\n"
    assert not watch.changed_on_disk(src)  # our own save is not an outside change
    save_document(src, doc, path, backup=True)  # one backup, replaced each time
    assert sorted(p.name for p in tmp_path.iterdir()) == ["doc.txt", "doc.txt~"]


def test_new_files_get_ordinary_permissions(tmp_path):
    write_atomic(tmp_path / "new.txt", b"x")
    mode = (tmp_path / "new.txt").stat().st_mode & 0o777
    assert mode == 0o666 & ~safe_write._UMASK


def test_saving_through_a_symlink_keeps_the_link(tmp_path):
    real = tmp_path / "real.txt"
    real.write_bytes(b"old")
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    write_atomic(link, b"new")
    assert link.is_symlink() and real.read_bytes() == b"new"


def test_unknown_target_format(tmp_path):
    path = tmp_path / "doc.txt"
    path.write_bytes(b"Some text.\n")
    src = load_document(path)
    with pytest.raises(OutputError, match="cannot save as .rtf"):
        save_document(src, Document(src.text), tmp_path / "out.rtf")


# -- reports ------------------------------------------------------------------------------------------
def _doc():
    text = "First line.\nThe officers planned a go to <script>alert(1)</script>.\n=SUM(A1) go to end"
    sugs = [Suggestion(m.start(), m.end(), m.group(), "visit", rule="news:go to", confidence=0.95,
                       explanation="spun <b>form</b>") for m in re.finditer("go to", text)]
    sugs.append(Suggestion(text.index("=SUM"), text.index("=SUM") + 8, "=SUM(A1)", "-x", rule="r"))
    doc = Document(text, sugs)
    doc.accept(0)
    doc.ignore(1)
    doc.edit(2, "tour")
    return doc


def test_report_rows():
    rows = report_rows(_doc())
    assert [(r["line"], r["column"], r["status"], r["result"]) for r in rows] == [
        (2, 24, "accepted", "visit"), (3, 1, "ignored", "=SUM(A1)"), (3, 10, "edited", "tour")]
    assert rows[0]["context_before"] == "The officers planned a "


def test_csv_report(tmp_path):
    write_report(_doc(), tmp_path / "r.csv")
    data = (tmp_path / "r.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0]["original"] == "go to" and rows[0]["status"] == "accepted"
    assert rows[1]["original"] == "'=SUM(A1)" and rows[1]["replacement"] == "'-x"  # no formulas


def test_html_report_is_escaped_and_self_contained(tmp_path):
    write_report(_doc(), tmp_path / "r.html", title="<thesis>.docx")
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "<script>" not in page and "&lt;script&gt;" in page and "&lt;thesis&gt;" in page
    assert "<b>form</b>" not in page
    assert not re.search(r"""(src|href)\s*=|url\(|@import""", page)
    assert "<del>go to</del>" in page and "<ins>visit</ins>" in page and "<ins>tour</ins>" in page
    assert "default-src 'none'" in page


def test_report_refuses_other_formats(tmp_path):
    with pytest.raises(OutputError, match=".html or .csv"):
        report_bytes(_doc(), tmp_path / "r.pdf")


def test_a_text_document_saves_as_text_under_any_plain_name(tmp_path):
    path = tmp_path / "doc.txt"
    path.write_bytes("Caf\xe9 notes.\r\n".encode("cp1252"))
    src = load_document(path)
    for name in ("out.log", "out.out", "noext"):
        save_document(src, Document(src.text), tmp_path / name)
        assert (tmp_path / name).read_bytes() == path.read_bytes()  # same encoding and line ends


# -- plain text saved as Markdown (helper gui57) ---------------------------------------------------------
def test_plain_text_saved_as_markdown_keeps_a_line_starting_with_a_hash_from_becoming_a_heading(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_bytes(b"# 1 on the list: a go to here.\r\nTotals\r\n===\r\n  ## not a title\r\n#hashtag stays\r\n")
    src = load_document(path)
    doc = Document(src.text, [Suggestion(src.text.index("go to"), src.text.index("go to") + 5, "go to", "visit")])
    doc.accept(0)
    save_document(src, doc, tmp_path / "notes.md")
    assert (tmp_path / "notes.md").read_bytes() == (b"\\# 1 on the list: a visit here.\r\nTotals\r\n\\===\r\n"
                                                    b"  \\## not a title\r\n#hashtag stays\r\n")
    save_document(src, doc, tmp_path / "notes-again.txt")     # as text: exactly the words, no escapes
    assert (tmp_path / "notes-again.txt").read_bytes() == (b"# 1 on the list: a visit here.\r\nTotals\r\n===\r\n"
                                                           b"  ## not a title\r\n#hashtag stays\r\n")


def test_markdown_saved_as_markdown_keeps_its_headings_as_written(tmp_path):
    path = tmp_path / "notes.md"
    path.write_bytes(b"# Title\n\nSome text\n---\n")
    src = load_document(path)
    save_document(src, Document(src.text), tmp_path / "out.md")
    assert (tmp_path / "out.md").read_bytes() == b"# Title\n\nSome text\n---\n"
