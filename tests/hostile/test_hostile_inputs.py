"""Hangs, unbounded work and tracebacks on hostile inputs (issue 14, items 8-11 and the report
file name of 14)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from unspin.engine.windows import MAX_RUN, MAX_WINDOW, bounded_pieces

SPUN = "The officer mentioned on Tuesday that costs at the White Home rose 12 p.c. over 3 years.\n"


# -- 8. what is read, and how -------------------------------------------------------------------------
def test_a_device_is_refused_before_reading(hostile):
    r = hostile.cli("check", "/dev/zero", expect=1, timeout=60)
    assert "device" in r.err


def test_a_fifo_is_refused_without_blocking(hostile, tmp_path):
    fifo = tmp_path / "in.txt"
    os.mkfifo(fifo)
    r = hostile.cli("check", fifo, expect=1, timeout=60)
    assert "FIFO" in r.err and "'-'" in r.err


def test_dash_reads_standard_input_once(hostile):
    r = hostile.cli("check", "-", "--json", stdin=SPUN.encode(), expect=0)
    assert '"White House"' in r.out


def test_dev_stdin_reads_the_pipe(hostile):
    r = hostile.cli("check", "/dev/stdin", "--json", stdin=SPUN.encode(), expect=0)
    assert '"White House"' in r.out


def test_repair_from_standard_input(hostile, tmp_path):
    out = tmp_path / "out.txt"
    hostile.cli("repair", "-", "-o", out, stdin=SPUN.encode(), expect=0)
    assert b"White House" in out.read_bytes()


def test_empty_standard_input_is_a_clear_error(hostile):
    r = hostile.cli("check", "-", stdin=b"", expect=1)
    assert "standard input is empty" in r.err


def test_a_symlink_to_a_device_is_refused(hostile, tmp_path):
    link = tmp_path / "zero.txt"
    link.symlink_to("/dev/zero")
    hostile.cli("check", link, expect=1, timeout=60)


# -- 9. long paragraphs: windows keep analysis linear (speed: bench/quadratic.py) ---------------------
def test_a_long_paragraph_finds_every_repeat(hostile, tmp_path):
    doc = tmp_path / "long.txt"
    doc.write_text(SPUN.strip() + " " + (SPUN.strip() + " ") * 299 + "\n", encoding="utf-8")
    r = hostile.cli("check", doc, "--json", expect=0)
    assert r.out.count('"White House"') == 300
    assert r.out.count('"percent"') == 300


def test_windows_are_bounded_and_cover_the_paragraph():
    text = ("A sentence of ordinary words. " * 3000).strip()
    pieces, skipped = bounded_pieces(100, text)
    assert not skipped and len(pieces) > 1
    assert all(len(p) <= MAX_WINDOW for _, p in pieces)
    rebuilt = "".join(p for _, p in pieces)
    assert rebuilt == text and pieces[0][0] == 100
    assert all(p.endswith(". ") for _, p in pieces[:-1])   # cut at sentence ends


# -- 10. pathological paragraphs -------------------------------------------------------------------------
def test_a_long_bracket_run_is_skipped_and_reported(hostile, tmp_path):
    doc = tmp_path / "brackets.txt"
    doc.write_text("The officer mentioned it. " + "[" * 20_000 + "x" + "]" * 20_000 + " The White Home.\n",
                   encoding="utf-8")
    r = hostile.cli("check", doc, "--json", expect=0)
    assert "not analysed" in r.err and "characters without a space" in r.err
    assert '"White House"' in r.out


def test_a_paragraph_over_a_million_characters(hostile, tmp_path):
    doc = tmp_path / "huge.txt"
    filler = "word " * 210_000          # 1,050,000 characters on one line
    doc.write_text(filler + "at the White Home.\n", encoding="utf-8")
    r = hostile.cli("check", doc, "--json", expect=0)
    assert '"White House"' in r.out


def test_long_runs_keep_offsets():
    text = "ok " + "=" * (MAX_RUN + 5) + " fine"
    pieces, skipped = bounded_pieces(0, text)
    assert len(pieces) == 1 and len(pieces[0][1]) == len(text)
    assert skipped[0].start == 3 and skipped[0].end == 3 + MAX_RUN + 5


# -- 11. paths the user cannot use -------------------------------------------------------------------------
@pytest.fixture
def locked(tmp_path):
    """A folder nobody may enter (the CLI runs unprivileged), and an open one beside it."""
    folder = tmp_path / "locked"
    folder.mkdir()
    (folder / "doc.txt").write_text(SPUN, encoding="utf-8")
    (folder / "lex.tsv").write_text("spun\trestored\nfoo\tbar\n", encoding="utf-8")
    open_ = tmp_path / "open"
    open_.mkdir()
    (open_ / "doc.txt").write_text(SPUN, encoding="utf-8")
    os.chmod(folder, 0)
    yield tmp_path
    os.chmod(folder, 0o755)


def test_standard_input_named_twice_is_a_usage_error(hostile, tmp_path):
    # was: the second reader found the pipe drained and said "standard input is empty: there is no
    # text to check" of a document that was not (helper hostile58)
    doc = tmp_path / "doc.txt"
    doc.write_text(SPUN, encoding="utf-8")
    for args in (("learn", "-", "-"), ("check", "-", "--source", "-"),
                 ("repair", "-", "-o", tmp_path / "o.txt", "--lexicon", "-")):
        r = hostile.cli(*args, stdin=SPUN.encode(), expect=2)
        assert "standard input can be read only once" in r.err and "empty" not in r.err
    hostile.cli("learn", "-", doc, "--no-source", "-o", tmp_path / "l.tsv",
                stdin=SPUN.replace("officer mentioned", "official said").encode(), expect=0)   # once is fine


def test_an_input_in_a_locked_folder(hostile, locked):
    base = locked
    r = hostile.cli("check", base / "locked" / "doc.txt", unprivileged=True, cwd=base, expect=1,
                    env={"UNSPIN_CONFIG_DIR": str(base / "open" / "config")})
    assert "permission denied" in r.err


def test_an_output_in_a_locked_folder(hostile, locked):
    base = locked
    hostile.cli("repair", base / "open" / "doc.txt", "-o", base / "locked" / "out.txt", unprivileged=True, cwd=base,
                expect=1, env={"UNSPIN_CONFIG_DIR": str(base / "open" / "config")})


def test_a_lexicon_in_a_locked_folder(hostile, locked):
    base = locked
    hostile.cli("check", base / "open" / "doc.txt", "--lexicon", base / "locked" / "lex.tsv", unprivileged=True,
                cwd=base, expect=1, env={"UNSPIN_CONFIG_DIR": str(base / "open" / "config")})


def test_a_locked_config_folder(hostile, locked):
    base = locked
    r = hostile.cli("check", base / "open" / "doc.txt", unprivileged=True, cwd=base,
                    env={"UNSPIN_CONFIG_DIR": str(base / "locked")})
    assert r.returncode == 0   # the settings cannot be read: one warning, then the defaults
    assert "warning" in r.err and "permission denied" in r.err.lower()


def test_a_300_character_name(hostile, tmp_path):
    r = hostile.cli("check", tmp_path / ("x" * 300 + ".txt"), expect=1)
    assert "too long" in r.err


def test_a_300_character_output_name(hostile, tmp_path):
    doc = tmp_path / "doc.txt"
    doc.write_text(SPUN, encoding="utf-8")
    hostile.cli("repair", doc, "-o", tmp_path / ("x" * 300 + ".txt"), expect=1)
    hostile.intact(doc, SPUN.encode())


# -- 14 (the part that is reliability's): a report with a non-UTF-8 name ----------------------------
def test_a_report_name_that_is_not_utf8(hostile, tmp_path):
    doc = tmp_path / "doc.txt"
    doc.write_text(SPUN, encoding="utf-8")
    report = os.fsencode(tmp_path) + b"/r\xe9sum\xe9.html"
    hostile.cli("check", doc, "--report", report, expect=0)
    assert os.path.exists(report)
    page = Path(os.fsdecode(report)).read_text(encoding="utf-8")
    assert "White House" in page


def test_an_input_name_that_is_not_utf8(hostile, tmp_path):
    doc = os.fsencode(tmp_path) + b"/d\xe9j\xe0.txt"
    with open(doc, "wb") as fh:
        fh.write(SPUN.encode())
    r = hostile.cli("check", doc, "--report", os.fsencode(tmp_path) + b"/out.csv", expect=0)
    assert "White House" in r.out


def test_lexicon_and_learned_file_names_that_are_not_utf8(hostile, tmp_path):
    # A name that is not UTF-8 reaches Python as half a UTF-16 pair ("\udce9"). was: "unspin: error:
    # unexpected UnicodeEncodeError ... surrogates not allowed" from learn (the names go into the
    # learned lexicon's header) and from check --report with such a lexicon (its rules are named
    # after the file), after the whole analysis
    doc = tmp_path / "doc.txt"
    doc.write_text(SPUN, encoding="utf-8")
    lexicon = os.fsencode(tmp_path) + b"/farm-l\xe9xique.tsv"
    with open(lexicon, "wb") as fh:
        fh.write(b"officer\tofficial\n")
    for report in ("r.html", "r.csv"):
        hostile.cli("check", doc, "--lexicon", lexicon, "--report", tmp_path / report, expect=0)
        page = (tmp_path / report).read_text(encoding="utf-8-sig")
        assert "White House" in page and "farm-l\ufffdxique:officer" in page
    original = os.fsencode(tmp_path) + b"/orig\xe9.txt"
    with open(original, "wb") as fh:
        fh.write(SPUN.replace("officer mentioned", "official said").replace("Home", "House").encode())
    # (--no-source: the suite's settings folder is shared, and a kept original would match later cases)
    hostile.cli("learn", original, doc, "-o", tmp_path / "learned.tsv", "--no-source", expect=0)
    learned = (tmp_path / "learned.tsv").read_text(encoding="utf-8")
    assert "orig\ufffd.txt and doc.txt" in learned and "mention" in learned



def test_scan_names_a_folder_it_cannot_read(hostile, locked):
    # was: the locked folder's documents silently left out ("2 of 2 document(s) scanned"), and a
    # scan of the locked folder alone "0 of 0": a corpus screened only in part looked screened whole
    import json
    base = locked
    out = base / "open" / "ranking.jsonl"
    hostile.cli("scan", base, base / "locked", "-o", out, "--quiet", "--workers", "0", unprivileged=True,
                    cwd=base, expect=0, env={"UNSPIN_CONFIG_DIR": str(base / "open" / "config")})
    rows = {Path(row["path"]).name: row for row in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    assert set(rows) == {"doc.txt", "locked"} and rows["doc.txt"]["error"] is None
    assert rows["locked"]["error"].endswith("the folder cannot be read (permission denied); the documents in it "
                                            "were not scanned")


# -- Markdown: long runs of spaces (helper hostile55) -----------------------------------------------------
def test_markdown_lines_with_long_runs_of_spaces(hostile, tmp_path):
    # Each line met a pattern in which two parts could both take the run of spaces: reading the
    # file tried every split of every run (a 100,000-space line took minutes; a 1 MB one, hours).
    spaces = " " * 100_000
    doc = tmp_path / "padded.md"
    doc.write_text(f"The officer mentioned it.\n{spaces}x\n\nA line\n---{spaces}x\n\n# Title{spaces}x\n\n"
                   f"Text <a{spaces}\n\nThe White Home rose 12 p.c. in `White Home` code.\n", encoding="utf-8")
    r = hostile.cli("check", doc, "--json", expect=0, timeout=150)
    assert r.out.count('"White House"') == 1 and '"percent"' in r.out   # ...and code stays code
    # The patterns, rewritten so that each run of spaces has one taker, still find the same syntax.
    from unspin.formats.markdown import protected_ranges
    text = "| a | b |\n|:--| --: |\n\nTitle\n- - -  \n\n## Head ##  \n\nSee <a href='x'>it</a>.\n"
    shown = [text[a:b] for a, b in protected_ranges(text)]
    assert "|:--| --: |" in shown and "- - -  " in shown and " ##  " in shown and "<a href='x'>" in shown


# -- Markdown: patterns that scanned to the end of the line or text from every start (helper hostile56) --
def test_markdown_stretches_that_made_reading_quadratic(hostile, tmp_path):
    # Each stretch made the protected-syntax scan quadratic: "a.a.a." (every dot a new start for the
    # e-mail pattern, each scanning the whole run: 200 KB took 73 s, 1 MB half an hour), unclosed
    # "<!--" (each scanned to the end of the text for "-->"), "![a" (each to the end of the line for
    # "]"), and a paragraph of code spans without a blank line (each looked for the paragraph's end).
    doc = tmp_path / "stretches.md"
    doc.write_text("The officer mentioned it at the White Home.\n\n" + "a." * 150_000 + "\n\nA note <!-- x"
                   + " <!-- x" * 40_000 + "\n\n" + "![a" * 40_000 + "\n\nCode: " + "`x` " * 100_000
                   + "\nThe White Home rose 12 p.c. in `White Home` code.\n", encoding="utf-8")
    r = hostile.cli("check", doc, "--json", expect=0, timeout=90)
    assert r.out.count('"White House"') == 2 and '"percent"' in r.out   # the code span's stays code
    from unspin.formats.markdown import protected_ranges
    text = "Mail a.b+c@x.org, see ![a [b] c](p.png) and `` a ` b `` then <!-- n --> ok.\n"
    shown = [text[a:b] for a, b in protected_ranges(text)]
    assert "a.b+c@x.org" in shown and "![a [b] c](p.png)" in shown and "`` a ` b ``" in shown
    assert "<!-- n -->" in shown


# -- scan: one document under several names (helper hostile56) ------------------------------------------
def test_scan_ranks_a_document_named_twice_once(hostile, tmp_path):
    import json
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text(SPUN, encoding="utf-8")
    (folder / "b.txt").write_text("A plain sentence about the weather today.\n", encoding="utf-8")
    os.link(folder / "a.txt", tmp_path / "hard.txt")
    out = tmp_path / "ranking.jsonl"
    # was: a.txt ranked three times (as corpus/a.txt, corpus/../corpus/a.txt and hard.txt), each row
    # a scan of its own; only the same spelling twice was dropped
    hostile.cli("scan", folder, tmp_path / "corpus" / ".." / "corpus", folder / "a.txt", tmp_path / "hard.txt",
                "-o", out, "--quiet", "--workers", "0", expect=0)
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert sorted(Path(r["path"]).name for r in rows) == ["a.txt", "b.txt"]



def test_scan_of_a_file_whose_name_is_not_utf8(hostile, tmp_path):
    import json
    folder = tmp_path / "crawl"
    folder.mkdir()
    with open(os.fsencode(folder) + b"/d\xe9j\xe0.txt", "wb") as fh:   # a Latin-1 name from an old archive
        fh.write(SPUN.encode())
    (folder / "plain.txt").write_text("A plain sentence about the weather today.\n", encoding="utf-8")
    # was: "unspin: error: unexpected UnicodeEncodeError ... surrogates not allowed" for every -o kind,
    # the whole corpus unranked for one name
    for out in ("r.jsonl", "r.csv", "r.html"):
        hostile.cli("scan", folder, "-o", tmp_path / out, "--quiet", "--workers", "0", expect=0)
    rows = [json.loads(line) for line in (tmp_path / "r.jsonl").read_text(encoding="utf-8").splitlines()]
    spun = [r for r in rows if r["path"].endswith("j\udce0.txt")]
    assert len(rows) == 2 and len(spun) == 1 and spun[0]["error"] is None and spun[0]["suggestions"] >= 2
    assert os.path.exists(spun[0]["path"])    # the journal holds the very name: --resume knows the file
    assert "d\ufffdj\ufffd.txt" in (tmp_path / "r.csv").read_text(encoding="utf-8-sig")
    assert "d%E9j%E0.txt" in (tmp_path / "r.html").read_text(encoding="utf-8")   # its link opens it
    r = hostile.cli("scan", folder, "-o", tmp_path / "r.jsonl", "--workers", "0", "--resume", expect=0)
    assert "2 of 2 already scanned" in r.err

# -- a line feed in a file name (helper hostile56) ---------------------------------------------------
def test_a_line_feed_in_a_file_name_keeps_the_error_one_line(hostile, tmp_path):
    doc = tmp_path / "doc.txt"
    doc.write_text(SPUN, encoding="utf-8")
    binary = tmp_path / "bin\nary.txt"
    binary.write_bytes(b"\x00\x01\x02binary")
    # was: "unspin: error: .../bin" then "ary.txt is a binary file, not text" on a line of its own,
    # which reads as a second message (the Hostile helper counts it as not one clear error line)
    r = hostile.cli("check", binary, expect=1)
    assert "bin\\nary.txt is a binary file" in r.err
    hostile.cli("check", tmp_path / "no\nsuch.txt", expect=1)
    hostile.cli("check", doc, "--lexicon", binary.with_suffix(".tsv"), expect=1)
    hostile.cli("repair", doc, "-o", tmp_path / "new\nfolder" / "out.txt", expect=1)
    r = hostile.cli("scan", binary, "--lexicon", tmp_path / "bad\r.tsv", expect=1)
    assert "bad\\r.tsv" in r.err


def test_control_characters_glued_to_words_keep_their_repairs(hostile, tmp_path):
    # a terminal's colour codes and a DOS end-of-file mark pasted with the text (thirty-fifth session)
    doc = tmp_path / "pasted.txt"
    doc.write_bytes(b"\x1b[1mThe officer\x1b[0m mentioned on Tuesday that costs at the White Home\x01 rose "
                    b"12 p.c. over 3 years.\x1a\n")
    out = tmp_path / "out.txt"
    hostile.cli("repair", doc, "-o", out, expect=0)
    # was: "Home\x01" read as one token, the repair missed; the control characters stay where they were
    repaired = out.read_bytes()
    assert b"White House\x01 rose" in repaired and repaired.startswith(b"\x1b[1mThe official\x1b[0m")
    assert repaired.endswith(b"years.\x1a\n")


def test_a_bad_option_value_is_one_clear_error_line(hostile, tmp_path):
    doc = tmp_path / "doc.txt"
    doc.write_text(SPUN, encoding="utf-8")
    # was: argparse's usage over several lines, then "unspin check: error: ..." (not a clear error)
    r = hostile.cli("check", doc, "--min-confidence", "lots", expect=2)
    assert "unspin: error: argument --min-confidence" in r.err


# -- Markdown: a long line of unclosed footnote marks (helper hostile58) ------------------------------
def test_markdown_a_line_of_unclosed_footnote_marks(hostile, tmp_path):
    # Each "[^" was a start for the footnote pattern, which then scanned to the line's end for "]":
    # 40 KB took 2 s to open, 600 KB (this line) some ten minutes, a megabyte half an hour.
    doc = tmp_path / "notes.md"
    doc.write_text("The officer mentioned it at the White Home.[^1]\n\n" + ".[^" * 200_000
                   + "\n\nThe White Home rose 12 p.c. in `White Home` code.\n\n[^1]: A note.\n", encoding="utf-8")
    r = hostile.cli("check", doc, "--json", expect=0, timeout=90)
    assert r.out.count('"White House"') == 2 and '"percent"' in r.out
    from unspin.formats.markdown import protected_ranges
    text = "See this[^note-1] and [^a b] there.\n"
    shown = [text[a:b] for a, b in protected_ranges(text)]
    assert "[^note-1]" in shown   # a footnote reference is still syntax, not prose


# -- standard output closed (helper hostile59) ---------------------------------------------------------------
def test_a_closed_standard_output_is_an_error_where_results_go_there(hostile, tmp_path):
    doc = tmp_path / "doc.txt"
    doc.write_text(SPUN, encoding="utf-8")
    # was: "unexpected AttributeError: 'NoneType' object has no attribute 'flush'" (Python sets
    # sys.stdout to None), and check's findings printed nowhere with exit 0
    for args in (("repair", doc, "-o", "-"), ("check", doc), ("check", doc, "--json")):
        r = hostile.cli(*args, closed_stdout=True, expect=1)
        assert "standard output is closed" in r.err
    # results that go to a file are written, and the command succeeds
    hostile.cli("repair", doc, "-o", tmp_path / "out.txt", closed_stdout=True, expect=0)
    assert "White House" in (tmp_path / "out.txt").read_text(encoding="utf-8")
    r = hostile.cli("check", doc, "--report", tmp_path / "r.html", closed_stdout=True, expect=0)
    assert "wrote" in r.err and (tmp_path / "r.html").exists()
    original = tmp_path / "orig.txt"
    original.write_text(SPUN.replace("officer", "official").replace("White Home", "White House"), encoding="utf-8")
    hostile.cli("learn", original, doc, "-o", tmp_path / "l.tsv", "--no-source", closed_stdout=True, expect=0)
    assert (tmp_path / "l.tsv").exists()
