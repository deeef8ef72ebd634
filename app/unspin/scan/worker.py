"""What runs in a worker: one engine per process (spaCy loaded once), scanning batches of files.

The local pool and the dask cluster call the same two functions: :func:`scan_paths` when the
worker can read the files itself, :func:`scan_blobs` when it receives their bytes.
"""
from __future__ import annotations

import dataclasses
import gc
import hashlib
import pickle
import signal
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from unspin.scan import record


@dataclass
class ScanSpec:
    """Everything a worker needs to build the same engine as the caller (picklable).

    The lexicon entries and the thesauri's synonym groups travel with it (loaded once by the
    caller), so a remote worker needs neither the caller's lexicon and thesaurus files nor the same
    Unspin data version to give the same results.
    """
    settings: object = None            # unspin.engine.EngineSettings
    entries: list = field(default_factory=list)
    min_confidence: float = 0.5        # suggestions at or above this count as shown
    token: str = field(default_factory=lambda: uuid.uuid4().hex)  # identifies the spec cheaply
    synonyms: list = field(default_factory=list)   # unspin.engine.thesaurus.SynonymGroup of settings.thesauri

    @classmethod
    def build(cls, settings=None, min_confidence: float | None = None) -> "ScanSpec":
        from unspin.engine import EngineSettings
        from unspin.engine.lexicon import bundled_lexicon_paths, load_lexicons
        settings = settings or EngineSettings()
        entries, problems = load_lexicons(bundled_lexicon_paths() + list(settings.user_lexicons))
        synonyms = []
        if settings.thesauri:
            # Read here, once: a cluster's workers may not see the caller's files (they were
            # scanned without the thesauri), and their problems are the caller's to report (a
            # file named with --thesaurus, to refuse).
            from unspin.engine.thesaurus import load_thesauri
            synonyms, thesaurus_problems = load_thesauri(settings.thesauri)
            problems = problems + thesaurus_problems
        if min_confidence is None:
            min_confidence = settings.min_confidence
        # The same set-up gives the same token, so a cluster's workers keep their engine from one
        # scan to the next instead of loading it again; an edited thesaurus is another set-up.
        token = hashlib.sha1(pickle.dumps((settings, entries, synonyms, min_confidence))).hexdigest()
        spec = cls(settings, entries, min_confidence, token, synonyms)
        spec.problems = problems   # lexicon and thesaurus lines that could not be read, for the caller to report
        return spec


_ENGINE = None
_TOKEN: str | None = None
_INSTALLED: ScanSpec | None = None   # the spec a pool worker was started with
# Dask may run several tasks of one worker process in threads (and LocalCluster(processes=False)
# runs every worker in one process): one engine per process, one analysis at a time.
_LOCK = threading.Lock()


def install(spec: ScanSpec) -> None:
    """Pool initializer: remember the spec (sent once per worker, not with every batch); Ctrl+C
    is the parent's to handle (it stops the pool and keeps what is done)."""
    global _INSTALLED
    _INSTALLED = spec
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def engine_for(spec: ScanSpec | None):
    global _ENGINE, _TOKEN
    spec = spec or _INSTALLED
    if _ENGINE is None or _TOKEN != spec.token:
        if _ENGINE is not None:
            _ENGINE = None
            gc.unfreeze()   # the engine being replaced may be collected again (see below)
        from unspin.engine import Engine
        # processes=1: a scan worker is itself one of a pool sized to the cores; the engine's own
        # worker processes for big texts would oversubscribe them (and a daemonic pool worker
        # may not have children).
        settings = spec.settings
        if spec.synonyms:   # the groups the caller read, not the files (which may not be here)
            settings = dataclasses.replace(settings, thesauri=[])
        engine = Engine(settings, entries=spec.entries, processes=1)
        if spec.synonyms:
            engine.synonyms = list(spec.synonyms)
        engine.warm_up()
        if engine.settings.restore:
            # warm_up loads the language model in a background thread (for the window's start-up);
            # a worker waits for it here, so that no batch pays for it, a forked worker inherits
            # it loaded, and no thread is left running when the pool forks.
            from unspin.engine.langmodel import load_models
            load_models()
            for t in threading.enumerate():
                if t.name == "unspin-langmodel":
                    t.join()
        # The pipeline, lexicons and language model are some millions of long-lived objects: keep
        # the collector from walking them again in every full collection (a dask or spawned worker
        # needed 268 ms of CPU a document against 206 ms for a forked one, which inherits a frozen
        # heap from local.py).
        gc.collect()
        gc.freeze()
        _ENGINE, _TOKEN = engine, spec.token
    return _ENGINE


def warm(spec: ScanSpec | None = None) -> bool:
    """Load the engine now (so that start-up is not counted against the first batch)."""
    with _LOCK:
        engine_for(spec)
    return True


def scan_one(spec: ScanSpec | None, path: str, data: bytes | None = None, stat: tuple | None = None) -> dict:
    """Scan one document; any failure becomes the record's one-line error, never an exception."""
    from unspin.formats.errors import InputError
    from unspin.formats.registry import analyse_source, load_document

    rec = record.blank(path, *(stat or (None, None)))
    started = time.perf_counter()
    if data is None:
        from unspin.scan.walk import unlisted_folder
        folder = unlisted_folder(path)   # a folder the walk could not list: a row says so
        if folder is not None:
            return record.failed(rec, folder)
    try:
        with _LOCK:
            engine = engine_for(spec)
            started = time.perf_counter()   # the time of this document, not of loading the engine
            if data is None:
                source = load_document(Path(path))
            else:
                source = _load_bytes(path, data)
            analysis = analyse_source(engine, source)
        record.fill(rec, source.kind, analysis, (spec or _INSTALLED).min_confidence)
    except InputError as exc:
        record.failed(rec, str(exc))
    except MemoryError:
        record.failed(rec, f"{path} is too large to be analysed")
    except Exception as exc:  # one bad document must never stop a scan of thousands
        detail = str(exc).splitlines()[0] if str(exc) else ""
        record.failed(rec, f"{path} could not be analysed: {type(exc).__name__}" + (f": {detail}" if detail else ""))
    rec["seconds"] = round(time.perf_counter() - started, 4)
    return rec


def _load_bytes(path: str, data: bytes):
    """Read a document sent as bytes: the readers work on files, so it goes to a private temporary
    file of the same name; messages and the source name the original path."""
    from unspin.formats.errors import InputError
    from unspin.formats.registry import load_document

    name = Path(path).name or "document"
    with tempfile.TemporaryDirectory(prefix="unspin-scan-") as tmp:
        local = Path(tmp, name)
        local.write_bytes(data)
        try:
            source = load_document(local)
        except InputError as exc:
            raise InputError(str(exc).replace(str(local), path)) from None
    source.path = Path(path)
    return source


def scan_paths(spec: ScanSpec | None, paths: list[str]) -> list[dict]:
    """A batch of files the worker reads itself."""
    return [scan_one(spec, str(p)) for p in paths]


def scan_blobs(spec: ScanSpec | None, items: list[tuple]) -> list[dict]:
    """A batch of (path, bytes, (size, mtime_ns)) the caller read and sent."""
    return [scan_one(spec, p, data, stat) for p, data, stat in items]
