"""``unspin scan PATH… [-o results.jsonl|.csv|.html] [--workers N] [--scheduler ADDRESS] [--resume]``

:class:`Scan` is the job itself (walk, skip what a resumed journal already has, hand batches to
a runner, record each result as it comes); the command line and the window's scan table both
drive it.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Callable, Iterable

from unspin.scan import record, results
from unspin.scan.walk import batches, walk


class Scan:
    """One scan. ``run()`` returns every record (resumed ones included), ranked; ``cancel()``
    (from another thread, or on Ctrl+C) stops it after the batches in hand, keeping what is done."""

    def __init__(self, paths: Iterable, runner, journal: results.Journal | None = None,
                 previous: Iterable[dict] = (), on_record: Callable[[dict], None] | None = None,
                 on_progress: Callable[[int, int, int], None] | None = None):
        self.files = list(walk(paths))
        self.runner = runner
        self.journal = journal
        self.on_record = on_record
        self.on_progress = on_progress
        by_path = {r["path"]: r for r in previous}
        self.records: list[dict] = []
        self.todo: list[Path] = []
        for f in self.files:
            old = by_path.get(str(f))
            if old is not None and results.unchanged(old, f):
                self.records.append(old)
            else:
                self.todo.append(f)
        self.resumed = len(self.records)
        self.cancelled = False
        self.interrupted = False

    @property
    def total(self) -> int:
        return len(self.files)

    def cancel(self) -> None:
        self.cancelled = True
        self.runner.stop()

    def run(self) -> list[dict]:
        done_before = len(self.records)
        try:
            workers = max(1, getattr(self.runner, "workers", 1) or 1)
            for batch in self.runner.results(batches(self.todo, workers=workers)):
                for rec in batch:
                    self.records.append(rec)
                    if self.journal is not None:
                        self.journal.append(rec)
                    if self.on_record is not None:
                        self.on_record(rec)
                if self.journal is not None:
                    self.journal.flush()     # once a batch: a crash loses only batches in flight
                if self.on_progress is not None:
                    self.on_progress(len(self.records), self.total,
                                     sum(1 for r in batch if r.get("error")))
                if self.cancelled:
                    break
        except KeyboardInterrupt:
            self.cancelled = self.interrupted = True
        finally:
            self.runner.close(cancel=self.cancelled)
            if self.journal is not None:
                self.journal.close()
        self.new = len(self.records) - done_before
        return results.ranked(self.records)


# -- the command line -------------------------------------------------------------------------------
def _say(kind: str, message: str) -> None:
    """``unspin: KIND: MESSAGE`` on standard error, always one line (see cli._say)."""
    from unspin.core.bounded_read import one_line
    print(f"unspin: {kind}: {one_line(message)}", file=sys.stderr)


def add_parser(sub, add_engine_options: Callable) -> argparse.ArgumentParser:
    p = sub.add_parser(
        "scan", help="rank a corpus (files and folders) by how spun each document looks",
        description="Scan documents and folders (every format Unspin reads; hidden files skipped) and rank "
                    "them by scan score. Detection only: nothing is rewritten. Results are written as they "
                    "come to a JSONL journal (the -o file, or NAME.jsonl beside a .csv/.html), so --resume "
                    "after a crash or Ctrl+C skips the files already done.")
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="a document or a folder to walk")
    p.add_argument("-o", "--output", type=Path, default=None, metavar="OUT",
                   help="results.jsonl (ranked JSON lines), results.csv or results.html (a sortable table); "
                        "without it the ranking is printed")
    p.add_argument("--workers", type=int, default=None, metavar="N",
                   help="local worker processes (default: one per core)")
    p.add_argument("--scheduler", default=None, metavar="ADDRESS",
                   help='run on a dask.distributed cluster, e.g. tcp://host:8786 (pip install "unspin[cluster]")')
    p.add_argument("--send-files", action="store_true",
                   help="with --scheduler: send the files' bytes to the workers (default: only when the "
                        "workers do not see the same paths)")
    p.add_argument("--resume", action="store_true", help="skip the files already in the journal (unchanged since)")
    p.add_argument("--min-confidence", type=float, default=None, metavar="X",
                   help="count suggestions at or above this confidence as shown (default: the window's)")
    p.add_argument("--quiet", action="store_true", help="no progress line")
    add_engine_options(p)
    return p


def _print_table(rows: list[dict], out=None) -> None:
    out = out or sys.stdout
    out.write(f"{'score':>6} {'level':<6} {'words':>7} {'shown':>5} {'tort.':>5}  path  (strongest tells | error)\n")
    for r in rows:
        if r.get("error"):
            out.write(f"{'-':>6} {'error':<6} {'':>7} {'':>5} {'':>5}  {r['path']}  | {r['error']}\n")
            continue
        t = r.get("tortured") or {}
        tells = record.tells_text(r)
        out.write(f"{r['score']:6.3f} {r['level']:<6} {r['words']:>7} {r['suggestions']:>5} {t.get('count', 0):>5}  "
                  f"{r['path']}" + (f"  ({tells})" if tells else "") + "\n")


def run(args, engine_settings: Callable, usage_error: type[Exception],
        refuse_over_inputs: Callable[[Path], None] = lambda target: None,
        refuse_unreadable: Callable[[list], None] = lambda problems: None) -> int:
    """``refuse_over_inputs(path)`` raises ``usage_error`` when ``path`` is a file the scan reads;
    ``refuse_unreadable(problems)`` raises when a file named on the command line cannot be used."""
    from unspin.formats.errors import OutputError
    from unspin.scan.progress import Progress
    from unspin.scan.worker import ScanSpec

    out = args.output
    if out is not None:
        if out.suffix.lower() not in results.SUFFIXES:
            raise usage_error("-o must name a .jsonl, .csv or .html file")
        if not out.absolute().parent.is_dir():
            raise OutputError(f"cannot write {out}: the folder {out.parent} does not exist")
        refuse_over_inputs(out)
        refuse_over_inputs(results.journal_path(out))
        results.check_journal(results.journal_path(out), out)
    if args.resume and out is None:
        raise usage_error("--resume needs -o (the results to resume)")
    if args.workers is not None and args.workers < 0:
        raise usage_error("--workers must be 0 (in this process) or more")
    if args.min_confidence is not None and not 0.0 <= args.min_confidence <= 1.0:
        raise usage_error("--min-confidence must be between 0 and 1")
    if args.send_files and not args.scheduler:
        raise usage_error("--send-files goes with --scheduler")

    settings = engine_settings(args)
    # The neural second opinion reads some 400 tokens a second and changes only which uncertain
    # swaps are applied, not whether a document reads as spun: a screen of thousands of files
    # leaves it out unless asked for (--neural).
    if getattr(args, "neural", None) is not True:
        settings.neural = False
    spec = ScanSpec.build(settings, args.min_confidence)
    refuse_unreadable(spec.problems)
    for problem in spec.problems[:20]:
        _say("warning", f"{problem}")
    if args.scheduler:
        from unspin.scan.cluster import ClusterUnavailable, DaskRunner
        try:
            runner = DaskRunner(spec, args.scheduler, send_files=True if args.send_files else None)
        except ClusterUnavailable as exc:
            _say("error", f"{exc}")
            return 1
    else:
        from unspin.scan.local import LocalPool
        runner = LocalPool(spec, args.workers)

    journal_file = results.journal_path(out) if out is not None else None
    previous = results.read_journal(journal_file) if args.resume and journal_file is not None else []
    journal = results.Journal(journal_file, resume=args.resume) if journal_file is not None else None
    progress: Progress | None = None

    def on_progress(done: int, total: int, errors: int) -> None:
        progress.update(done - progress.done, errors)

    job = Scan(args.paths, runner, journal, previous, on_progress=on_progress)
    if not job.files:
        if journal is not None:
            journal.close()
        runner.close()
        _say("error", "no documents found (Unspin reads "
             f"{', '.join(sorted(_suffixes()))})")
        return 1
    progress = Progress(job.total, enabled=not args.quiet)
    progress.done = job.resumed
    if job.resumed:
        print(f"unspin: resuming: {job.resumed} of {job.total} already scanned", file=sys.stderr)
    try:
        rows = job.run()
    except Exception as exc:
        cluster = sys.modules.get("unspin.scan.cluster")
        if cluster is not None and isinstance(exc, cluster.ClusterUnavailable):
            _say("error", f"{exc}")
            return 1
        raise
    unreadable = sum(1 for r in rows if r.get("error"))
    note = (f"{len(rows)} of {job.total} document(s) scanned, {unreadable} unreadable"
            + (f"; results in {out}" if out is not None else ""))
    progress.finish(note if not args.quiet else "")
    if out is not None:
        results.write_output(rows, out, title=f"Unspin scan of {', '.join(str(p) for p in args.paths)}")
        if journal_file != out and args.quiet is False:
            print(f"unspin: journal (for --resume): {journal_file}", file=sys.stderr)
    else:
        _print_table(rows)
    if job.interrupted or job.cancelled:
        print(f"unspin: interrupted: {len(rows)} of {job.total} scanned"
              + ("; run the same command with --resume to finish" if out is not None else ""), file=sys.stderr)
        return 130
    return 0


def _suffixes():
    from unspin.scan.walk import readable_suffixes
    return readable_suffixes()
