"""The local engine: a pool of worker processes, each with its own engine (spaCy loaded once).

How the workers start depends on where the scan runs:

* **fork** (the command line on Linux: this process has no other thread): the engine is loaded
  here once, then the workers are forked from it. They start at once, and their copies of the
  pipeline, the lexicon tables and the language model are the same physical memory pages as this
  process's (copy-on-write; :func:`gc.freeze` keeps the collector from touching, and so copying,
  them), where spawned workers each build and walk a 240 MB copy of their own. This process
  only hands out paths and records the compact results; it never analyses a document.
* **spawn** (the window, which scans from a thread; other systems; a frozen app scans in this
  process): each worker loads its own engine.

Either way the workers read the files themselves (only paths go out, only records come back),
take batches of files (see :func:`unspin.scan.walk.batches`), and analyse single-process (the
engine's own pool for big texts is off in a worker: nested pools would fight for the same
cores). At most two batches per worker are queued, so a cancel or Ctrl+C stops within a batch
and nothing large waits in the pipes.
"""
from __future__ import annotations

import gc
import multiprocessing
import os
import sys
import threading
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Iterable, Iterator

from unspin.scan import record, worker


def default_workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def can_fork() -> bool:
    """Whether workers may be forked from this process: Linux (macOS forks unsafely once system
    frameworks are loaded, Windows cannot), called from the main thread with no other Python
    thread running (a fork copies only the calling thread; a lock another thread held would stay
    held in the child forever), and no Qt application (its threads are not Python's to see)."""
    if not sys.platform.startswith("linux") or getattr(sys, "frozen", False):
        return False
    if threading.current_thread() is not threading.main_thread() or threading.active_count() != 1:
        return False
    qt = sys.modules.get("PySide6.QtCore")
    return qt is None or qt.QCoreApplication.instance() is None


class LocalPool:
    """``results(batches)`` yields each finished batch's records (in completion order).
    ``workers=0`` scans in this process (no pool: for tests and tiny jobs). ``start_method``:
    "fork", "spawn", or None to fork whenever :func:`can_fork` allows it (checked each time the
    pool starts)."""

    def __init__(self, spec: worker.ScanSpec, workers: int | None = None, start_method: str | None = None):
        self.spec = spec
        self.workers = default_workers() if workers is None else max(0, workers)
        if getattr(sys, "frozen", False):
            # A frozen (PyInstaller) app would start itself again in each spawned worker unless its
            # entry point calls freeze_support(): scan in this process there.
            self.workers = 0
        if start_method not in (None, "fork", "spawn"):
            raise ValueError(f"start_method must be 'fork', 'spawn' or None, not {start_method!r}")
        self.start_method = start_method
        self.started_with: str | None = None    # how the current pool's workers were started
        self._pool: ProcessPoolExecutor | None = None
        self._stopped = False

    def _start(self) -> ProcessPoolExecutor:
        method = self.start_method or ("fork" if can_fork() else "spawn")
        if method == "fork":
            # Load the engine here, once, before the workers exist: they inherit it. Frozen, its
            # objects are left alone by every later collection (the collector would otherwise
            # write to each of them, turning the shared pages into a private copy per worker).
            # They stay frozen here too: this process keeps the engine for the pool's life.
            worker.warm(self.spec)
            gc.collect()
            gc.freeze()
        ctx = multiprocessing.get_context(method)
        pool = ProcessPoolExecutor(self.workers, mp_context=ctx, initializer=worker.install,
                                   initargs=(self.spec,))
        if method == "fork":
            # A fork pool starts all its workers at the first submit, before its manager thread:
            # do that now, while this is still the only thread.
            pool.submit(worker.warm).result()
        self._pool, self.started_with = pool, method
        return pool

    def warm_up(self) -> None:
        """Start the workers and load their engines now (a forked worker has it already)."""
        if self.workers == 0:
            worker.warm(self.spec)
            return
        pool = self._pool or self._start()
        for f in [pool.submit(worker.warm) for _ in range(self.workers)]:
            f.result()

    def results(self, batches: Iterable[list[Path]]) -> Iterator[list[dict]]:
        if self.workers == 0:
            for batch in batches:
                if self._stopped:
                    return
                yield worker.scan_paths(self.spec, [str(p) for p in batch])
            return
        pool = self._pool or self._start()
        todo = iter(batches)
        running: dict = {}
        limit = 2 * self.workers
        exhausted = False
        while True:
            while not exhausted and not self._stopped and len(running) < limit:
                batch = next(todo, None)
                if batch is None:
                    exhausted = True
                    break
                running[pool.submit(worker.scan_paths, None, [str(p) for p in batch])] = batch
            if not running:
                return
            done, _ = wait(running, return_when=FIRST_COMPLETED)
            for f in done:
                batch = running.pop(f)
                try:
                    yield f.result()
                except BrokenProcessPool:
                    # A worker died (killed, out of memory): the files it held are reported, the
                    # rest of the scan goes on in a new pool.
                    yield [record.failed(record.blank(p), f"{p}: the worker process stopped while scanning "
                                         "this file or one next to it (out of memory?); scan it alone")
                           for p in batch]
                    for g, b in list(running.items()):
                        running.pop(g)
                        yield [record.failed(record.blank(p), f"{p}: the worker process stopped while scanning "
                                             "this file or one next to it (out of memory?); scan it alone")
                               for p in b]
                    self._pool = None
                    # Waited for, so that its manager thread is gone before a new pool forks.
                    pool.shutdown(wait=True, cancel_futures=True)
                    pool = self._start()
                    break
            if self._stopped and not running:
                return

    def stop(self) -> None:
        """Stop handing out batches (the one running in each worker is abandoned by close())."""
        self._stopped = True

    def close(self, cancel: bool = False) -> None:
        pool, self._pool = self._pool, None
        if pool is None:
            return
        if cancel:
            procs = list((getattr(pool, "_processes", None) or {}).values())
            pool.shutdown(wait=False, cancel_futures=True)
            for p in procs:  # a batch being analysed is not waited for
                if p.is_alive():
                    p.terminate()
            for p in procs:
                p.join(timeout=5)
        else:
            pool.shutdown(wait=True)
