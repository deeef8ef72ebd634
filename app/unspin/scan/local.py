"""The local engine: a pool of worker processes, each with its own spaCy pipeline.

Processes are spawned (not forked) so that the pool can be started from the window, which runs
threads; each worker loads the pipeline once and then takes batches of files (see
:func:`unspin.scan.walk.batches`). At most two batches per worker are queued, so a cancel or
Ctrl+C stops within a batch and nothing large waits in the pipes.
"""
from __future__ import annotations

import multiprocessing
import os
import sys
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


class LocalPool:
    """``results(batches)`` yields each finished batch's records (in completion order).
    ``workers=0`` scans in this process (no pool: for tests and tiny jobs)."""

    def __init__(self, spec: worker.ScanSpec, workers: int | None = None):
        self.spec = spec
        self.workers = default_workers() if workers is None else max(0, workers)
        if getattr(sys, "frozen", False):
            # A frozen (PyInstaller) app would start itself again in each spawned worker unless its
            # entry point calls freeze_support(): scan in this process there.
            self.workers = 0
        self._pool: ProcessPoolExecutor | None = None
        self._stopped = False

    def _start(self) -> ProcessPoolExecutor:
        ctx = multiprocessing.get_context("spawn")
        self._pool = ProcessPoolExecutor(self.workers, mp_context=ctx, initializer=worker.install,
                                         initargs=(self.spec,))
        return self._pool

    def warm_up(self) -> None:
        """Start the workers and load their pipelines now."""
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
                    pool.shutdown(wait=False, cancel_futures=True)
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
