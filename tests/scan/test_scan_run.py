"""The scan job end to end in this process (workers=0): records, ranking, errors, journal, resume,
interruption, and the outputs."""
from __future__ import annotations

import csv
import io
import json
import os
import pathlib

import pytest

from scan_fixtures import make_corpus
from unspin.scan import results
from unspin.scan.command import Scan
from unspin.scan.local import LocalPool


def _scan(spec, paths, **kw):
    job = Scan(paths, LocalPool(spec, workers=0), **kw)
    return job, job.run()


def test_records_rank_spun_and_tortured_above_clean(tmp_path, scan_spec):
    files = make_corpus(tmp_path / "c")
    job, rows = _scan(scan_spec, [tmp_path / "c"])
    by = {pathlib.Path(r["path"]).name: r for r in rows}
    assert set(by) == {"spun.txt", "clean.md", "paper.txt"}
    assert rows[-1]["path"] == str(files["clean"])
    spun, clean, paper = by["spun.txt"], by["clean.md"], by["paper.txt"]
    assert spun["score"] > clean["score"] and paper["score"] > clean["score"]
    assert spun["level"] in ("medium", "high") and clean["level"] in ("none", "low")
    assert spun["kind"] == "text" and clean["kind"] == "markdown"
    assert spun["suggestions"] == sum(spun["categories"].values()) > 3
    assert spun["tells"] and all(t["confidence"] >= 0.5 for t in spun["tells"])
    assert paper["tortured"]["count"] >= 3 and paper["tortured"]["level"] in ("suspicious", "high")
    assert paper["tortured"]["per_1k"] == round(1000 * paper["tortured"]["count"] / paper["words"], 2)
    assert spun["tortured"]["count"] == 0 and clean["error"] is None
    assert all(r["words"] > 20 for r in rows)


def _unreadable(path):
    """os.open refusing one file, as the system does for a file the user may not read (root may
    read anything, so chmod alone proves nothing here)."""
    real = os.open

    def open_(file, *args, **kwargs):
        if os.fspath(file).endswith(path.name):
            raise PermissionError(13, "Permission denied", os.fspath(file))
        return real(file, *args, **kwargs)
    return open_


def test_bad_inputs_each_get_their_row_and_the_scan_goes_on(tmp_path, scan_spec, monkeypatch):
    """Unreadable, empty, binary, huge and permission-denied files (tests run as root, so the
    permission error is simulated where the reader opens the file)."""
    folder = tmp_path / "bad"
    make_corpus(folder)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (folder / "damaged.docx").write_bytes(b"PK\x03\x04 not really a zip")
    (folder / "damaged.pdf").write_bytes(b"%PDF-1.4\n garbage")
    with open(folder / "huge.txt", "wb") as fh:          # sparse: 30 MiB without writing them
        fh.truncate(30 * 1024 * 1024)
    (folder / "locked.txt").write_text("Some text nobody may read.")
    monkeypatch.setattr(os, "open", _unreadable(folder / "locked.txt"))
    job, rows = _scan(scan_spec, [folder, tmp_path / "gone.txt"])
    by = {pathlib.Path(r["path"]).name: r for r in rows}
    assert len(rows) == job.total == 10
    expect = {"empty.txt": "empty", "binary.txt": "binary", "damaged.docx": "docx", "damaged.pdf": "pdf",
              "huge.txt": "MiB", "locked.txt": "Permission denied", "gone.txt": "no such file"}
    for name, word in expect.items():
        err = by[name]["error"]
        assert err and word.lower() in err.lower() and "\n" not in err, (name, err)
    assert all(by[n]["error"] is None and by[n]["words"] > 0 for n in ("spun.txt", "clean.md", "paper.txt"))
    assert [r["error"] is None for r in rows[:3]] == [True, True, True]   # readable ones rank first


def test_journal_resume_skips_done_files_and_rescans_changed_ones(tmp_path, scan_spec):
    files = make_corpus(tmp_path / "c")
    log = tmp_path / "out.jsonl"
    _scan(scan_spec, [tmp_path / "c"], journal=results.Journal(log))
    lines = log.read_text().splitlines()
    assert len(lines) == 3
    # A crash after the first record, in the middle of writing the second.
    log.write_text(lines[0] + "\n" + lines[1][:25])
    first = json.loads(lines[0])["path"]
    seen = []
    job, rows = _scan(scan_spec, [tmp_path / "c"], journal=results.Journal(log, resume=True),
                      previous=results.read_journal(log), on_record=lambda r: seen.append(r["path"]))
    assert job.resumed == 1 and first not in seen and len(seen) == 2 and len(rows) == 3
    assert len(results.read_journal(log)) == 3
    # A file changed since it was scanned is scanned again.
    pathlib.Path(first).write_text(pathlib.Path(first).read_text() + "\nOne more line.\n")
    seen.clear()
    job, rows = _scan(scan_spec, [tmp_path / "c"], journal=results.Journal(log, resume=True),
                      previous=results.read_journal(log), on_record=lambda r: seen.append(r["path"]))
    assert seen == [first] and job.resumed == 2


def test_journal_is_on_disk_after_each_batch(tmp_path, scan_spec, monkeypatch):
    """Lines are buffered within a batch and flushed when it is recorded: what a crash right after
    a batch would leave is the whole batch."""
    make_corpus(tmp_path / "c")
    monkeypatch.setattr("unspin.scan.command.batches", lambda paths, **kw: ([p] for p in paths))
    log = tmp_path / "out.jsonl"
    on_disk = []
    job = Scan([tmp_path / "c"], LocalPool(scan_spec, workers=0), journal=results.Journal(log),
               on_progress=lambda done, total, errors: on_disk.append(len(log.read_text().splitlines())))
    job.run()
    assert on_disk == [1, 2, 3]


class _InterruptedRunner:
    """Delivers one batch, then the user presses Ctrl+C."""
    def __init__(self, pool):
        self.pool, self.closed = pool, None

    def results(self, batches):
        for i, b in enumerate(batches):
            if i == 1:
                raise KeyboardInterrupt
            yield from self.pool.results([b])

    def stop(self):
        pass

    def close(self, cancel=False):
        self.closed = cancel


def test_ctrl_c_keeps_what_is_done(tmp_path, scan_spec, monkeypatch):
    make_corpus(tmp_path / "c")
    monkeypatch.setattr("unspin.scan.command.batches", lambda paths, **kw: ([p] for p in paths))
    runner = _InterruptedRunner(LocalPool(scan_spec, workers=0))
    log = tmp_path / "out.jsonl"
    job = Scan([tmp_path / "c"], runner, journal=results.Journal(log))
    rows = job.run()
    assert job.interrupted and runner.closed is True
    assert len(rows) == 1 and len(results.read_journal(log)) == 1


def test_cancel_from_a_callback_stops_after_the_batch(tmp_path, scan_spec, monkeypatch):
    make_corpus(tmp_path / "c")
    monkeypatch.setattr("unspin.scan.command.batches", lambda paths, **kw: ([p] for p in paths))
    holder = {}
    job = Scan([tmp_path / "c"], LocalPool(scan_spec, workers=0), on_record=lambda r: holder["job"].cancel())
    holder["job"] = job
    assert len(job.run()) == 1 and job.cancelled


def test_outputs_csv_html_jsonl(tmp_path, scan_spec):
    make_corpus(tmp_path / "c")
    evil = tmp_path / "c" / "=cmd <b>.txt"
    evil.write_text("The officers mentioned the local weather report.\n")
    _, rows = _scan(scan_spec, [tmp_path / "c"])
    for suffix in (".csv", ".html", ".jsonl"):
        results.write_output(rows, tmp_path / f"r{suffix}")
    table = list(csv.DictReader(io.StringIO((tmp_path / "r.csv").read_text(encoding="utf-8-sig"))))
    assert [int(r["rank"]) for r in table] == [1, 2, 3, 4]
    assert [float(r["score"]) for r in table] == sorted((float(r["score"]) for r in table), reverse=True)
    assert {r["level"] for r in table} <= {"none", "low", "medium", "high"}
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert page.count("<tr>") == 5 and "<script>" in page and "=cmd &lt;b&gt;.txt" in page
    assert "<b>.txt" not in page and "file://" in page and "unspin " in page
    assert "default-src 'none'" in page          # nothing is loaded from anywhere
    lines = (tmp_path / "r.jsonl").read_text().splitlines()
    assert [json.loads(x)["path"] for x in lines] == [r["path"] for r in rows]
    with pytest.raises(Exception):
        results.write_output(rows, tmp_path / "r.xlsx")


@pytest.mark.parametrize("flags, expected", [([], False), (["--neural"], True), (["--no-neural"], False)])
def test_a_scan_leaves_the_neural_second_opinion_out_unless_asked(tmp_path, monkeypatch, flags, expected):
    """Thousands of files at some 400 tokens a second: the stage changes which uncertain swaps a
    repair applies, not whether a document reads as spun."""
    from unspin.cli import main
    from unspin.scan.worker import ScanSpec

    seen = []

    class Stop(BaseException):   # main() turns an Exception into a message
        pass

    def build(settings, min_confidence):
        seen.append(settings.neural)
        raise Stop

    monkeypatch.setattr(ScanSpec, "build", staticmethod(build))
    (tmp_path / "a.txt").write_text("Officials said so.\n", encoding="utf-8")
    with pytest.raises(Stop):
        main(["scan", str(tmp_path), "-o", str(tmp_path / "out.csv"), *flags])
    assert seen == [expected]
