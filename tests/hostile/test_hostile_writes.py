"""Data loss and unsafe writes (issue 14, items 1-7): what Unspin writes, and where."""
from __future__ import annotations

import errno
import os
import stat

import pytest

from unspin.core.model import Document, Suggestion
from unspin.formats import safe_write
from unspin.formats.errors import OutputError
from unspin.formats.registry import load_document, save_document
from unspin.formats.safe_write import write_atomic

# Written for these tests: spinner swaps the bundled lexicons repair.
SPUN = "The officer mentioned on Tuesday that costs at the White Home rose 12 p.c. over 3 years.\n"
CLEAN = "Nothing here needs a repair at all.\n"


# -- 1. a report over the input --------------------------------------------------------------------
@pytest.mark.parametrize("suffix", [".html", ".csv"])
def test_report_equal_to_the_input_is_refused(hostile, tmp_path, suffix):
    doc = tmp_path / f"a{suffix}"
    doc.write_bytes(SPUN.encode())
    hostile.cli("check", doc, "--report", doc, expect=2)
    hostile.intact(doc, SPUN.encode())


@pytest.mark.parametrize("link", ["symbolic", "hard"])
def test_report_linked_to_the_input_is_refused(hostile, tmp_path, link):
    doc = tmp_path / "a.txt"
    doc.write_bytes(SPUN.encode())
    report = tmp_path / "report.html"
    if link == "symbolic":
        report.symlink_to(doc)
    else:
        os.link(doc, report)
    hostile.cli("check", doc, "--report", report, expect=2)
    hostile.intact(doc, SPUN.encode())


def test_output_hard_linked_to_the_input_needs_overwrite(hostile, tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_bytes(SPUN.encode())
    out = tmp_path / "b.txt"
    os.link(doc, out)
    hostile.cli("repair", doc, "-o", out, expect=2)
    hostile.intact(doc, SPUN.encode())


# -- 2. line endings -------------------------------------------------------------------------------
MIXES = {
    "crlf and lf": b"First line of text.\r\nSecond line.\nThird line.\r\n\r\nLast.\n",
    "cr cr lf": b"One line.\r\r\nAnother line.\r\r\n",
    "lone cr": b"Old Mac line.\rNext line.\r\nAnd a Unix one.\n",
    "no final newline": b"Ends without one.\r\nStill CRLF\nend",
}


@pytest.mark.parametrize("mix", sorted(MIXES))
def test_nothing_replaced_gives_the_input_back_byte_for_byte(hostile, tmp_path, mix):
    doc = tmp_path / "in.txt"
    doc.write_bytes(MIXES[mix])
    out = tmp_path / "out.txt"
    hostile.cli("repair", doc, "-o", out, "--min-confidence", "1", expect=0)
    hostile.intact(out, MIXES[mix])
    hostile.intact(doc, MIXES[mix])


@pytest.mark.parametrize("mix", sorted(MIXES))
def test_rejecting_everything_in_the_model_is_byte_exact(hostile, tmp_path, mix):
    doc = tmp_path / "in.txt"
    doc.write_bytes(MIXES[mix])
    src = load_document(doc)
    d = Document(src.text, [Suggestion(0, 3, src.text[:3], "XYZ")])
    d.ignore(0)
    out = tmp_path / "out.txt"
    save_document(src, d, out)
    hostile.intact(out, MIXES[mix])


def test_replacements_touch_only_the_replaced_words(hostile, tmp_path):
    raw = b"An officer spoke.\r\nThe officer mentioned it.\n\r\nOfficers left.\r\r\n"
    doc = tmp_path / "in.txt"
    doc.write_bytes(raw)
    src = load_document(doc)
    k = src.text.index("officer mentioned")
    d = Document(src.text, [Suggestion(k, k + 7, "officer", "official")])
    d.accept(0)
    out = tmp_path / "out.txt"
    save_document(src, d, out)
    hostile.intact(out, raw.replace(b"The officer", b"The official"))


def test_added_lines_keep_the_other_lines_endings(hostile, tmp_path):
    raw = b"alpha\r\nbeta\ngamma\r\n"
    doc = tmp_path / "in.txt"
    doc.write_bytes(raw)
    src = load_document(doc)
    out = tmp_path / "out.txt"
    save_document(src, Document("alpha\nnew line\nbeta\ngamma\n"), out)
    assert out.read_bytes() == b"alpha\r\nnew line\r\nbeta\ngamma\r\n"


# -- 3. encodings ---------------------------------------------------------------------------------
def _tick_lexicon(tmp_path):
    lex = tmp_path / "euro.tsv"
    lex.write_text("spun\trestored\tpos\twhen\tconfidence\tnote\nzorbles\t✓\t\t\t0.9\ta test entry\n",
                   encoding="utf-8")
    return lex


def test_a_repair_the_encoding_cannot_hold_is_refused(hostile, tmp_path):
    raw = "Café prices: 5 zorbles a cup.\r\n".encode("cp1252")
    doc = tmp_path / "menu.txt"
    doc.write_bytes(raw)
    out = tmp_path / "out.txt"
    r = hostile.cli("repair", doc, "-o", out, "--lexicon", _tick_lexicon(tmp_path), expect=1)
    assert "cp1252" in r.err and "--encoding" in r.err
    assert not out.exists()
    hostile.intact(doc, raw)
    hostile.cli("repair", doc, "-o", out, "--lexicon", _tick_lexicon(tmp_path), "--encoding", "utf-8", expect=0)
    assert out.read_bytes() == "Café prices: 5 ✓ a cup.\r\n".encode("utf-8")


def test_repair_to_stdout_keeps_bom_eol_and_encoding(hostile, tmp_path):
    raw = b"\xef\xbb\xbf" + SPUN.replace("\n", "\r\n").encode()
    doc = tmp_path / "in.txt"
    doc.write_bytes(raw)
    out = tmp_path / "out.txt"
    hostile.cli("repair", doc, "-o", out, expect=0)
    r = hostile.cli("repair", doc, "-o", "-", expect=0, env={"PYTHONIOENCODING": "ascii"})
    assert r.stdout == out.read_bytes()
    assert r.stdout.startswith(b"\xef\xbb\xbf") and b"\r\n" in r.stdout and b"White House" in r.stdout


def test_stdout_on_a_narrow_terminal_encoding_never_crashes(hostile, tmp_path):
    raw = "Zoë said “hello” — the officer mentioned it, in 3 days.\n".encode("utf-16")
    doc = tmp_path / "in.txt"
    doc.write_bytes(raw)
    r = hostile.cli("repair", doc, "-o", "-", expect=0, env={"PYTHONIOENCODING": "ascii", "LC_ALL": "C"})
    assert r.stdout.startswith(b"\xff\xfe")   # UTF-16 as the file was, whatever the terminal
    r = hostile.cli("check", doc, expect=0, env={"PYTHONIOENCODING": "ascii", "LC_ALL": "C"})


@pytest.mark.parametrize("name", ["base64", "rot13", "punycode", "unicode_escape"])
def test_an_encoding_that_does_not_write_text_files_is_a_usage_error(hostile, tmp_path, name):
    doc = tmp_path / "in.txt"
    doc.write_text(SPUN, encoding="utf-8")
    out = tmp_path / "out.txt"
    # was: base64 and rot13 analysed the file, then "cannot save: 'base64' is not a text encoding;
    # use codecs.encode() to handle arbitrary codecs"; punycode wrote the text with a "-" appended,
    # unicode_escape wrote every line end as the two characters "\n" (a one-line file)
    r = hostile.cli("repair", doc, "-o", out, "--encoding", name, expect=2)
    assert "not a text file encoding" in r.err and "codecs.encode" not in r.err
    assert not out.exists()


@pytest.mark.parametrize("name, mark, codec", [("utf-16", b"\xff\xfe", "utf-16-le"),
                                               ("UTF32", b"\xff\xfe\x00\x00", "utf-32-le")])
def test_utf16_asked_for_gets_its_byte_order_mark(hostile, tmp_path, name, mark, codec):
    doc = tmp_path / "in.txt"
    doc.write_text(SPUN, encoding="utf-8")
    out, plain = tmp_path / "out.txt", tmp_path / "plain.txt"
    hostile.cli("repair", doc, "-o", plain, expect=0)
    hostile.cli("repair", doc, "-o", out, "--encoding", name, expect=0)
    # was: UTF-16/32 without a mark, which `file` calls "data" and most editors cannot tell from
    # binary (a byte order named, as in utf-16-be, needs none and gets none)
    assert out.read_bytes() == mark + plain.read_text(encoding="utf-8").encode(codec)


def test_output_to_dev_stdout_is_standard_output(hostile, tmp_path):
    doc = tmp_path / "in.txt"
    doc.write_text(SPUN, encoding="utf-8")
    plain = hostile.cli("repair", doc, "-o", "-", expect=0).stdout
    # was: "cannot save /proc/1234/fd/pipe:[56789]: No such file or directory" (the link's target,
    # which names nothing); with standard output sent to a file, that file replaced behind the shell
    r = hostile.cli("repair", doc, "-o", "/dev/stdout", expect=0)
    assert r.stdout == plain and b"White House" in plain
    # Another link to a pipe is refused with the name given, not with its target.
    r = hostile.cli("repair", doc, "-o", "/dev/stderr", expect=1)
    assert "cannot save /dev/stderr: it is a pipe" in r.err and "/proc/" not in r.err
    hostile.intact(doc, SPUN.encode())


def test_a_backup_name_taken_by_a_folder_is_named_in_the_error(hostile, tmp_path):
    doc = tmp_path / "in.txt"
    doc.write_text(SPUN, encoding="utf-8")
    (tmp_path / "in.txt~").mkdir()
    (tmp_path / "in.txt~" / "kept.txt").write_text("a file of the folder\n", encoding="utf-8")
    r = hostile.cli("repair", doc, "-o", doc, "--overwrite", expect=1)
    # was: "cannot save in.txt: Is a directory" (in.txt is a file: the folder was the backup's name)
    assert "backup" in r.err and "in.txt~" in r.err and "folder" in r.err
    hostile.intact(doc, SPUN.encode())
    hostile.intact(tmp_path / "in.txt~" / "kept.txt", b"a file of the folder\n")


# -- 4. links planted where the backup and temporary files go ------------------------------------
def test_a_planted_backup_link_is_replaced_not_followed(hostile, tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"someone else's file\n")
    doc = tmp_path / "doc.txt"
    doc.write_bytes(SPUN.encode())
    (tmp_path / "doc.txt~").symlink_to(victim)
    hostile.cli("repair", doc, "-o", doc, "--overwrite", expect=0)
    hostile.intact(victim, b"someone else's file\n")
    backup = tmp_path / "doc.txt~"
    assert not backup.is_symlink() and backup.read_bytes() == SPUN.encode()


def test_a_planted_temporary_name_is_never_opened(hostile, tmp_path, monkeypatch):
    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"keep me\n")
    names = iter(["0" * 8, "0" * 8, "1" * 8])   # the first name tried is the planted one
    monkeypatch.setattr(safe_write.secrets, "token_hex", lambda n: next(names))
    target = tmp_path / "doc.txt"
    planted = tmp_path / safe_write._part_name("doc.txt")
    planted.symlink_to(victim)
    write_atomic(target, b"new")   # O_EXCL|O_NOFOLLOW: the planted link is skipped, another name used
    hostile.intact(victim, b"keep me\n")
    assert target.read_bytes() == b"new"


# -- 5. outputs that are not regular files -----------------------------------------------------------
def test_a_fifo_output_is_refused(hostile, tmp_path):
    doc = tmp_path / "doc.txt"
    doc.write_bytes(SPUN.encode())
    fifo = tmp_path / "out.txt"
    os.mkfifo(fifo)
    r = hostile.cli("repair", doc, "-o", fifo, expect=1)
    assert "FIFO" in r.err and stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_a_fifo_report_is_refused(hostile, tmp_path):
    doc = tmp_path / "doc.txt"
    doc.write_bytes(SPUN.encode())
    fifo = tmp_path / "report.csv"
    os.mkfifo(fifo)
    hostile.cli("check", doc, "--report", fifo, expect=1)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_a_device_output_is_refused(hostile, tmp_path):
    node = tmp_path / "null.txt"
    try:
        os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 3))   # a second /dev/null
    except (PermissionError, OSError):
        pytest.skip("creating a device node needs root")
    with pytest.raises(OutputError, match="device"):
        write_atomic(node, b"x")
    assert stat.S_ISCHR(os.lstat(node).st_mode)
    hostile.count("clear errors")


# -- 6. owner, group and mode ---------------------------------------------------------------------
def test_owner_group_and_mode_are_kept(hostile, tmp_path):
    doc = tmp_path / "doc.txt"
    doc.write_bytes(b"old")
    os.chmod(doc, 0o640)
    if os.geteuid() == 0:
        os.chown(doc, 12345, 54321)
    before = os.stat(doc)
    write_atomic(doc, b"new", backup=True)
    after = os.stat(doc)
    assert stat.S_IMODE(after.st_mode) == 0o640
    assert (after.st_uid, after.st_gid) == (before.st_uid, before.st_gid)
    backup = os.stat(tmp_path / "doc.txt~")
    assert (backup.st_uid, backup.st_gid, stat.S_IMODE(backup.st_mode)) == (before.st_uid, before.st_gid, 0o640)


# -- 7. interrupted saves ---------------------------------------------------------------------------
def test_parts_left_by_a_killed_save_are_cleaned_on_the_next_save(hostile, tmp_path):
    target = tmp_path / "doc.txt"
    target.write_bytes(b"old")
    dead = tmp_path / f".unspin-{safe_write._target_key('doc.txt')}-999999999-abcd1234.part"
    dead.write_bytes(b"half")
    other = tmp_path / f".unspin-{safe_write._target_key('other.txt')}-999999999-abcd1234.part"
    other.write_bytes(b"someone else's")
    write_atomic(target, b"new")
    assert not dead.exists() and other.exists()


def test_a_full_disk_while_backing_up_keeps_the_previous_backup(hostile, tmp_path, monkeypatch):
    target = tmp_path / "doc.txt"
    target.write_bytes(b"version 2")
    backup = tmp_path / "doc.txt~"
    backup.write_bytes(b"version 1")
    real_write = os.write

    def full(fd, data):
        if len(data) and bytes(data[:9]) == b"version 2":   # the copy into the new backup
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, data)
    monkeypatch.setattr(safe_write.os, "write", full)
    with pytest.raises(OutputError, match="disk is full"):
        write_atomic(target, b"version 3", backup=True)
    hostile.intact(backup, b"version 1")
    hostile.intact(target, b"version 2")
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]
    hostile.count("clear errors")


def test_a_250_character_output_name_saves(hostile, tmp_path):
    doc = tmp_path / "doc.txt"
    doc.write_bytes(CLEAN.encode())
    out = tmp_path / ("n" * 246 + ".txt")
    hostile.cli("repair", doc, "-o", out, expect=0)
    assert out.read_bytes() == CLEAN.encode()


# -- the document swapped for a FIFO while it is open (helper hostile55) ---------------------------
def test_a_document_swapped_for_a_fifo_does_not_freeze_the_checks(hostile, tmp_path, monkeypatch):
    import threading

    from unspin.formats.fingerprint import fingerprint
    from unspin.formats.registry import load_document
    from unspin.store.autosave import write_autosave
    from unspin.store.watch import changed_on_disk, refresh
    doc = tmp_path / "doc.txt"
    doc.write_text(SPUN, encoding="utf-8")
    source = load_document(doc)
    doc.unlink()
    os.mkfifo(doc)
    monkeypatch.setenv("UNSPIN_CONFIG_DIR", str(tmp_path / "config"))
    done = []

    def checks():
        # What the window runs on focus-in, after "do not reload", and on each autosave.
        done.append((changed_on_disk(source), fingerprint(doc)))
        refresh(source)
        write_autosave(doc, SPUN, [])
        done.append(source.fingerprint)
    worker = threading.Thread(target=checks, daemon=True)
    worker.start()
    worker.join(30)
    assert done == [(True, None), None], "opening the FIFO to hash it blocked"
    hostile.count("clear errors")


def test_an_encoding_asked_for_a_docx_saved_as_text_is_used(hostile, tmp_path):
    docx = pytest.importorskip("docx")
    src = tmp_path / "in.docx"
    d = docx.Document()
    d.add_paragraph(SPUN.strip())
    d.save(str(src))
    plain, wide = tmp_path / "plain.txt", tmp_path / "wide.txt"
    hostile.cli("repair", src, "-o", plain, expect=0)
    hostile.cli("repair", src, "-o", wide, "--encoding", "utf-16", expect=0)
    # was: UTF-8 whatever --encoding said (thirty-fifth session)
    assert wide.read_bytes() == b"\xff\xfe" + plain.read_text(encoding="utf-8").encode("utf-16-le")
    r = hostile.cli("repair", src, "-o", tmp_path / "out.docx", "--encoding", "utf-16", expect=0)
    assert "--encoding utf-16 is not used" in r.err          # was: ignored without a word
    hostile.intact(src, src.read_bytes())


# -- the settings folder's copies of a document's text (helper hostile59) ----------------------------------
def test_copies_of_a_documents_text_are_the_owners_alone(hostile, tmp_path, monkeypatch):
    from unspin.store.autosave import autosave_path, read_autosave, set_aside, write_autosave
    from unspin.store.remembered import remembered_path, save_remembered
    from unspin.store.settings import Settings, add_user_source
    config = tmp_path / "config"
    monkeypatch.setenv("UNSPIN_CONFIG_DIR", str(config))
    old = os.umask(0o022)          # the usual umask: new files readable by everyone
    try:
        doc = tmp_path / "diary.txt"
        doc.write_text(SPUN, encoding="utf-8")
        doc.chmod(0o600)
        # was: 0644 in 0755 folders, so that another user of the machine could read the diary's
        # autosave, its remembered review and a kept original (and the recent files' names)
        autosave_path(doc).parent.mkdir(parents=True)
        autosave_path(doc).write_text("{}", encoding="utf-8")     # an autosave of an older version
        autosave_path(doc).chmod(0o644)
        autosaved = write_autosave(doc, SPUN, [])
        assert stat.S_IMODE(autosaved.stat().st_mode) == 0o600
        written = [save_remembered(doc, SPUN, []), add_user_source("diary", SPUN), set_aside(read_autosave(doc))]
        Settings(recent_files=[str(doc)]).save()
        written.append(config / "settings.json")
        for path in written:
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
        assert {stat.S_IMODE(p.parent.stat().st_mode) for p in written[:2]} == {0o700}
        assert written[0] == remembered_path(doc) and not autosaved.exists()
    finally:
        os.umask(old)


# -- scan's journal (helper hostile59) -----------------------------------------------------------------------
def test_scan_never_writes_its_journal_over_the_users_file_or_into_a_fifo(hostile, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(SPUN, encoding="utf-8")
    mine = tmp_path / "corpus.jsonl"
    data = b'{"id": 1, "text": "my own data set"}\n{"id": 2}\n'
    mine.write_bytes(data)
    # was: exit 0 and corpus.jsonl written over with the scan's journal (the -o named corpus.csv)
    r = hostile.cli("scan", corpus, "-o", tmp_path / "corpus.csv", "--workers", "0", "--quiet", expect=1)
    assert "corpus.jsonl is not a scan journal" in r.err and not (tmp_path / "corpus.csv").exists()
    hostile.intact(mine, data)
    # was: a hang, the journal opened for writing waiting for a reader (and --resume's read for a writer)
    fifo = tmp_path / "pipe.jsonl"
    os.mkfifo(fifo)
    for out, more in ((fifo, []), (tmp_path / "pipe.csv", []), (tmp_path / "pipe.html", ["--resume"])):
        r = hostile.cli("scan", corpus, "-o", out, "--workers", "0", "--quiet", *more, expect=1, timeout=60)
        assert "pipe.jsonl: it is a pipe (FIFO)" in r.err
    # a scan's own journal beside its .csv is replaced, or resumed, as before
    hostile.cli("scan", corpus, "-o", tmp_path / "ok.csv", "--workers", "0", "--quiet", expect=0)
    hostile.cli("scan", corpus, "-o", tmp_path / "ok.csv", "--workers", "0", "--quiet", expect=0)
    r = hostile.cli("scan", corpus, "-o", tmp_path / "ok.csv", "--workers", "0", "--resume", expect=0)
    assert "1 of 1 already scanned" in r.err
