"""The same scan on a dask.distributed cluster (``unspin scan --scheduler tcp://HOST:8786``).

dask is an optional extra (``pip install "unspin[cluster]"``) and is imported only here, only when
a scheduler is given. Every worker runs :mod:`unspin.scan.worker` with the spec scattered to it
once; it builds its engine once per process. Workers read the files themselves when they see the
same paths as this machine (a shared file system: checked on every worker by size before the
scan), otherwise this process reads each batch and sends the bytes. For the scan's length the
workers are prepared for it (dask's profiler paused, glibc's allocator given room: see
:func:`_prepare`) and put back afterwards.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable, Iterator

from unspin.scan import record, worker

INSTALL_HINT = ('scanning on a cluster needs dask.distributed: pip install "unspin[cluster]" '
                '(or: pip install "dask[distributed]")')


class ClusterUnavailable(RuntimeError):
    """dask is missing or the scheduler cannot be reached; the message says what to do."""


def _distributed():
    try:
        import distributed
    except ImportError:
        raise ClusterUnavailable(INSTALL_HINT) from None
    return distributed


def _sees(probe: list[tuple[str, int]]) -> bool:
    """Runs on each worker: do these paths exist there with the same sizes?"""
    for path, size in probe:
        try:
            if os.stat(path).st_size != size:
                return False
        except OSError:
            return False
    return True


# dask's statistical profiler (for its dashboard) samples the stack of every thread of a worker
# every 10 ms; on the engine's deep call stacks that took a tenth of a dask worker's CPU. A scan
# pauses it on every worker while it runs and restarts it at the end.
PROFILER_CALLBACKS = ("profile", "profile-cycle")
# Per worker (one process may hold several: LocalCluster(processes=False)): how many scans hold it
# prepared, and the profiler callbacks the first one paused.
_PREPARED: dict[str, tuple[int, list[str]]] = {}


def _prepare(dask_worker=None) -> bool:
    """Runs on a worker's event loop (client.run) before a scan: pause the profiler, and set the
    allocator for the engine (process-wide: see :mod:`unspin.scan.allocator`). True when this
    call did it, False when another scan holds the worker prepared already."""
    from unspin.scan import allocator
    key = dask_worker.address
    if key in _PREPARED:
        count, paused = _PREPARED[key]
        _PREPARED[key] = (count + 1, paused)
        return False
    paused = []
    for name in PROFILER_CALLBACKS:
        pc = dask_worker.periodic_callbacks.get(name)
        if pc is not None and pc.is_running():
            pc.stop()
            paused.append(name)
    if not _PREPARED:
        allocator.loosen()
    _PREPARED[key] = (1, paused)
    return True


def _release(dask_worker=None) -> bool:
    """The end of a scan on a worker: the last scan holding it restarts what the first paused."""
    from unspin.scan import allocator
    key = dask_worker.address
    if key not in _PREPARED:
        return False
    count, paused = _PREPARED.pop(key)
    if count > 1:
        _PREPARED[key] = (count - 1, paused)
        return False
    for name in paused:
        pc = dask_worker.periodic_callbacks.get(name)
        if pc is not None and not pc.is_running():
            pc.start()
    if not _PREPARED:
        allocator.restore()
    return True


def _version() -> str:
    from unspin import __version__
    return __version__


def _import_check() -> str:
    """Runs on each worker: the Unspin version it has, or why it cannot import Unspin."""
    try:
        return _version()
    except Exception as exc:  # noqa: BLE001 - reported to the user as is
        return f"cannot import unspin ({exc})"


class DaskRunner:
    """``results(batches)`` like :class:`unspin.scan.local.LocalPool`, on a dask cluster.

    ``scheduler`` is an address (``tcp://host:8786``) or an existing ``distributed.Client``.
    ``send_files``: True sends bytes, False has workers read the paths, None decides by checking
    that every worker sees the first files.
    """

    def __init__(self, spec: worker.ScanSpec, scheduler, send_files: bool | None = None, timeout: float = 10):
        distributed = _distributed()
        self.spec = spec
        self._own_client = not isinstance(scheduler, distributed.Client)
        if self._own_client:
            try:
                self.client = distributed.Client(scheduler, timeout=timeout)
            except (OSError, TimeoutError) as exc:
                raise ClusterUnavailable(f"cannot reach the dask scheduler at {scheduler} ({exc})") from None
        else:
            self.client = scheduler
        self.send_files = send_files
        self._spec_future = None
        self._running: dict = {}   # future -> its batch
        self._prepared: set[str] = set()   # the workers this runner prepared (see _prepare)
        self._stopped = False

    @property
    def workers(self) -> int:
        return max(1, sum(self.client.nthreads().values()))

    def _spec(self):
        if self._spec_future is None:
            self._spec_future = self.client.scatter(self.spec, broadcast=True, hash=False)
        return self._spec_future

    def prepare_workers(self) -> None:
        """Set every current worker up for scanning (a worker joining later scans unprepared:
        the same results, a little slower)."""
        todo = [w for w in self.client.scheduler_info()["workers"] if w not in self._prepared]
        if todo:
            # A worker that cannot be prepared (gone meanwhile) still scans: nothing to undo there.
            done = self.client.run(_prepare, workers=todo, on_error="return")
            self._prepared.update(w for w, ok in done.items() if isinstance(ok, bool))

    def release_workers(self) -> None:
        if not self._prepared:
            return
        mine, self._prepared = list(self._prepared), set()
        try:
            self.client.run(_release, workers=mine, on_error="ignore")
        except Exception:  # noqa: BLE001 - a worker gone or the scheduler lost: nothing to restore there
            pass

    def warm_up(self) -> None:
        self.prepare_workers()
        spec = self._spec()
        futures = [self.client.submit(worker.warm, spec, workers=[w], pure=False, allow_other_workers=False)
                   for w in self.client.scheduler_info()["workers"]]
        self.client.gather(futures)

    def check_workers(self) -> None:
        """Every worker must run the same Unspin as this machine (the job's settings and entries
        are that version's objects); say so plainly instead of failing on the first batch."""
        mine = _version()
        try:
            theirs = self.client.run(_import_check)
        except Exception as exc:  # e.g. unspin not importable where the function is unpickled
            raise ClusterUnavailable(f"the dask workers cannot run Unspin: install it on every worker "
                                     f"(pip install \"unspin[cluster]\"): {exc}") from None
        if not theirs:
            raise ClusterUnavailable("the dask scheduler has no workers: start some with 'dask worker ADDRESS'")
        wrong = {w: v for w, v in theirs.items() if v != mine}
        if wrong:
            w, v = next(iter(wrong.items()))
            raise ClusterUnavailable(f"{len(wrong)} dask worker(s) run a different Unspin than this machine "
                                     f"({mine}): {w} has {v}; install the same version everywhere")

    def decide_sharing(self, sample: list[Path]) -> bool:
        """Whether the workers must be sent the bytes (they do not see these files)."""
        if self.send_files is None:
            probe = []
            for p in sample[:8]:
                try:
                    probe.append((str(p), p.stat().st_size))
                except OSError:
                    continue
            if not probe:
                self.send_files = False
            else:
                answers = self.client.run(_sees, probe)
                self.send_files = not answers or not all(answers.values())
        return self.send_files

    def _submit(self, batch: list[Path]):
        spec = self._spec()
        if not self.send_files:
            return self.client.submit(worker.scan_paths, spec, [str(p) for p in batch], pure=False), []
        items, local = [], []
        for p in batch:
            data = _read_for_sending(p)
            if isinstance(data, dict):   # unreadable here: the same message a worker would give
                local.append(data)
            else:
                items.append(data)
        fut = self.client.submit(worker.scan_blobs, spec, items, pure=False) if items else None
        return fut, local

    def results(self, batches: Iterable[list[Path]]) -> Iterator[list[dict]]:
        distributed = _distributed()
        todo = iter(batches)
        first = next(todo, None)
        if first is None:
            return
        self.check_workers()
        self.prepare_workers()
        self.decide_sharing(first)
        limit = 2 * self.workers
        pending = distributed.as_completed()
        in_flight = 0
        queue = [first]
        exhausted = False
        while True:
            while not exhausted and not self._stopped and in_flight < limit:
                batch = queue.pop() if queue else next(todo, None)
                if batch is None:
                    exhausted = True
                    break
                fut, local = self._submit(batch)
                if local:
                    yield local
                if fut is not None:
                    self._running[fut] = batch
                    pending.add(fut)
                    in_flight += 1
            if in_flight == 0:
                return
            fut = next(pending)
            in_flight -= 1
            batch = self._running.pop(fut)
            try:
                yield fut.result()
            except Exception as exc:  # a worker lost with its batch: report it, go on
                detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
                yield [record.failed(record.blank(p), f"{p}: the cluster could not scan this batch ({detail})")
                       for p in batch]
            if self._stopped and in_flight == 0:
                return

    def stop(self) -> None:
        self._stopped = True

    def close(self, cancel: bool = False) -> None:
        if cancel and self._running:
            self.client.cancel(list(self._running))
        self._running = {}
        self.release_workers()
        if self._own_client:
            self.client.close()


def _read_for_sending(p: Path):
    """(path, bytes, (size, mtime_ns)), or a finished error record when this machine cannot read it."""
    from unspin.formats.errors import InputError
    from unspin.formats.registry import load_document
    from unspin.formats.textfile import MAX_BYTES
    from unspin.scan.walk import unlisted_folder
    folder = unlisted_folder(p)   # a folder the walk could not list
    if folder is not None:
        return record.failed(record.blank(p), folder)
    try:
        st = p.stat()
        if not p.is_file() or st.st_size > 4 * MAX_BYTES:
            raise OSError
        return (str(p), p.read_bytes(), (st.st_size, st.st_mtime_ns))
    except OSError:
        try:
            load_document(p)   # fails fast, with the one-line message every reader gives
        except InputError as exc:
            return record.failed(record.blank(p), str(exc))
        except Exception as exc:
            return record.failed(record.blank(p), f"{p} cannot be read: {type(exc).__name__}")
        return record.failed(record.blank(p), f"{p} cannot be read")
