"""Bad input through the window: every refused file is a readable message, and the document open
in the window - its text, its decisions, its unsaved state - is exactly as it was. Failed saves
keep the edits and the unsaved state."""
from __future__ import annotations

import errno
import io
import os
import random
import struct
import zipfile

import pytest

from unspin.core.model import Status
from tests.formats.formats_fixtures import docx_with_document_xml, make_docx

TEXT = ("The town officers mentioned the local weather today.\n\n"
        "The council set 4 p.c. for a new flood coverage, and other officers agreed.\n")
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _binary(tmp_path):
    rnd = random.Random(7)
    path = tmp_path / "picture.txt"   # a PNG given a .txt name
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + b"IHDR"
                     + bytes(rnd.randrange(256) for _ in range(2000)))
    return path


def _empty(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    return path


def _blank(tmp_path):
    path = tmp_path / "blank.md"
    path.write_text("   \n\n\t\n", encoding="utf-8")
    return path


def _too_big_text(tmp_path):
    from unspin.formats.textfile import MAX_BYTES
    path = tmp_path / "huge.txt"
    with open(path, "wb") as fh:   # sparse: no need to write 20 MiB
        fh.truncate(MAX_BYTES + 1)
    return path


def _too_big_docx(tmp_path):
    from unspin.formats.package import MAX_PACKAGE_BYTES
    path = tmp_path / "huge.docx"
    with open(path, "wb") as fh:
        fh.truncate(MAX_PACKAGE_BYTES + 1)
    return path


def _corrupt_docx(tmp_path):
    pytest.importorskip("docx")
    data = make_docx(tmp_path / "good.docx").read_bytes()
    path = tmp_path / "corrupt.docx"
    path.write_bytes(data[: len(data) // 2])
    return path


def _encrypted_docx(tmp_path):
    ole = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504 + "EncryptionInfo".encode("utf-16-le")
           + b"\0" * 64 + "EncryptedPackage".encode("utf-16-le") + b"\0" * 512)
    path = tmp_path / "locked.docx"
    path.write_bytes(ole)
    return path


def _zip_bomb_docx(tmp_path):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml",
                    f"<w:document {W}><w:body>" + " " * (8 * 1024 * 1024) + "</w:body></w:document>")
    path = tmp_path / "bomb.docx"
    path.write_bytes(out.getvalue())
    return path


def _doctype_docx(tmp_path):
    xml = (f'<?xml version="1.0"?>\n<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
           f"<w:document {W}><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>")
    path = tmp_path / "entity.docx"
    path.write_bytes(docx_with_document_xml(xml.encode()))
    return path


def _missing(tmp_path):
    return tmp_path / "gone" / "missing.txt"


def _folder(tmp_path):
    path = tmp_path / "folder.txt"
    path.mkdir()
    return path


BAD_INPUTS = [
    (_binary, "binary"),
    (_empty, "empty"),
    (_blank, "empty"),
    (_too_big_text, "limit"),
    (_too_big_docx, "limit"),
    (_corrupt_docx, "damaged"),
    (_encrypted_docx, "password-protected"),
    (_zip_bomb_docx, "zip bomb"),
    (_doctype_docx, "DTD"),
    (_missing, "no such file"),
    (_folder, "folder"),
]


def _state(w):
    doc = w.review.session.document
    return (w.files.source, w.files.source.path, w.left.text(), w.right.text(), doc.decisions(),
            [s.status for s in doc], list(w.review.session.spans), w.isWindowModified(), w.windowTitle())


def _busy_window(qtbot, make_window):
    """A window with decisions made and words typed, not saved."""
    w = make_window(TEXT)
    doc = w.review.session.document
    w.review.accept(next(s.id for s in doc if s.original == "p.c."))
    w.review.ignore(next(s.id for s in doc if s.original == "mentioned"))
    w.right.setTextCursor(w.right.cursor_for(len(w.right.text())))
    qtbot.keyClicks(w.right, "My own words.")
    assert w.isWindowModified() and w.right.text().endswith("My own words.")
    return w


@pytest.mark.parametrize("build, expected", BAD_INPUTS, ids=[b.__name__.strip("_") for b, _ in BAD_INPUTS])
def test_bad_file_is_a_message_and_leaves_the_document(qtbot, make_window, prompts, tmp_path, build, expected):
    w = _busy_window(qtbot, make_window)
    before = _state(w)
    path = build(tmp_path)
    asked = len(prompts.asked)
    assert not w.files.open_file(path)
    new = prompts.asked[asked:]
    assert [q[0] for q in new] == ["error"]     # one message; no "save your changes?" first
    kind, title, message = new[0]
    assert title == "Cannot open the document"
    assert expected in message and path.name in message and "\n" not in message
    assert "Traceback" not in message
    assert _state(w) == before
    assert not w.analysis.runner.busy and not w.right.isReadOnly()


def test_bad_file_while_clean_keeps_the_window_clean(make_window, prompts, tmp_path):
    w = make_window(TEXT)
    before = _state(w)
    assert not w.files.open_file(_encrypted_docx(tmp_path))
    assert prompts.asked[-1][0] == "error" and _state(w) == before and not w.isWindowModified()


def test_drop_of_a_bad_file_is_a_message(qtbot, make_window, prompts, tmp_path):
    w = _busy_window(qtbot, make_window)
    before = _state(w)
    w.files.files_dropped([str(_zip_bomb_docx(tmp_path))])
    assert prompts.asked[-1][0] == "error" and "zip bomb" in prompts.asked[-1][2]
    assert _state(w) == before


# -- saving ------------------------------------------------------------------------------------------
def test_full_disk_on_save_keeps_edits_and_dirty_state(qtbot, make_window, prompts, monkeypatch):
    from unspin.gui.prompts import PendingChoice
    w = _busy_window(qtbot, make_window)
    path = w.files.source.path
    on_disk = path.read_bytes()
    before = _state(w)
    pending = len(w.review.session.pending_ids())
    assert pending

    def full(*_a, **_k):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    monkeypatch.setattr(os, "replace", full)
    prompts.pending_choice = PendingChoice.APPLY   # applied, then rolled back when the save fails
    assert not w.files.save()
    kind, title, message = prompts.asked[-1]
    assert kind == "error" and title == "Cannot save" and "disk is full" in message
    assert "still here" in message
    assert _state(w) == before and len(w.review.session.pending_ids()) == pending
    assert path.read_bytes() == on_disk
    assert not [p for p in path.parent.iterdir() if p.name.endswith(".part")]
    # and the work can still be saved once there is room again
    monkeypatch.undo()
    prompts.pending_choice = PendingChoice.KEEP
    assert w.files.save()
    assert path.read_text(encoding="utf-8").endswith("My own words.") and not w.isWindowModified()


def test_save_as_into_a_missing_folder(qtbot, make_window, prompts, tmp_path):
    from unspin.gui.prompts import PendingChoice
    w = _busy_window(qtbot, make_window)
    before = _state(w)
    prompts.pending_choice = PendingChoice.KEEP
    prompts.save_path_answer = str(tmp_path / "no-such-folder" / "out.txt")
    assert not w.files.save_as()
    kind, title, message = prompts.asked[-1]
    assert kind == "error" and "does not exist" in message
    assert _state(w) == before
    assert not (tmp_path / "no-such-folder").exists()


def test_failed_save_keeps_the_autosave(qtbot, make_window, prompts, monkeypatch):
    from unspin import store
    from unspin.gui.prompts import PendingChoice
    w = _busy_window(qtbot, make_window)
    w.recovery.autosave_now()
    assert store.read_autosave(w.files.source.path)["text"].endswith("My own words.")
    monkeypatch.setattr(os, "replace", lambda *a, **k: (_ for _ in ()).throw(OSError(errno.EROFS, "ro")))
    prompts.pending_choice = PendingChoice.KEEP
    assert not w.files.save()
    assert "read-only" in prompts.asked[-1][2]
    assert store.read_autosave(w.files.source.path) is not None   # nothing saved: the safety net stays
    assert {s.status for s in w.review.session.document} >= {Status.ACCEPTED, Status.IGNORED}
