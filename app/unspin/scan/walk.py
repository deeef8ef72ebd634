"""Which files a scan covers: every file named on the command line, and in folders every file with
an extension Unspin reads (the registry's readers), hidden files and folders skipped."""
from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Iterable, Iterator


def readable_suffixes() -> frozenset[str]:
    from unspin.formats.registry import READERS
    return frozenset(s for s in READERS if s)  # "" (no extension) is read as text only when named


def _identity(p: Path):
    """What makes two names one file: its device and inode ("a/../a/x.txt", a link, a hard link and
    the folder named twice all reach the same one); the path itself when it cannot be looked at."""
    try:
        st = os.stat(p)
    except (OSError, ValueError):
        return p
    return (st.st_dev, st.st_ino)


def walk(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Absolute paths, in a stable order, each file once (under the first name it is met by). A path
    that does not exist is yielded as is: the scan records it as a row with its error rather than
    stopping. So is a folder that cannot be listed (no permission): its documents cannot be named,
    and a scan that left them out without a word would look complete (:func:`unlisted_folder`
    gives its row's error)."""
    suffixes = readable_suffixes()
    seen: set = set()
    for given in paths:
        p = Path(given).expanduser().absolute()
        if not p.is_dir():
            key = _identity(p)
            if key not in seen:
                seen.add(key)
                yield p
            continue
        unlisted: list[OSError] = []
        for root, dirs, files in os.walk(p, onerror=unlisted.append):
            yield from _new_folders(unlisted, seen)
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if name.startswith(".") or Path(name).suffix.lower() not in suffixes:
                    continue
                f = Path(root, name)
                key = _identity(f)
                if key not in seen:
                    seen.add(key)
                    yield f
        yield from _new_folders(unlisted, seen)


def _new_folders(unlisted: list[OSError], seen: set) -> Iterator[Path]:
    """The folders os.walk could not list since last asked (each once)."""
    while unlisted:
        folder = Path(unlisted.pop(0).filename)
        key = _identity(folder)
        if key not in seen:
            seen.add(key)
            yield folder


def unlisted_folder(path: str | Path) -> str | None:
    """The error of a scan row that is a folder (one :func:`walk` could not list), or None when
    ``path`` is no folder."""
    from unspin.core.bounded_read import shown
    try:
        if not os.path.isdir(path):
            return None
        with os.scandir(path):
            why = "it could not be listed"
    except OSError as exc:
        why = {errno.EACCES: "permission denied", errno.EPERM: "permission denied"}.get(
            exc.errno, exc.strerror or str(exc))
    return f"{shown(path)}: the folder cannot be read ({why}); the documents in it were not scanned"


def batches(paths: Iterable[Path], max_files: int = 16, max_bytes: int = 256_000,
            workers: int = 1) -> Iterator[list[Path]]:
    """Groups of files handed to a worker at once, so that small files do not each pay the cost of
    a round trip to a worker; a batch closes at ``max_files`` files or ``max_bytes`` bytes.

    Towards the end of a list of known length, batches shrink (to about a quarter of each
    worker's share of what is left, down to one file), so that the workers finish together
    rather than one scanning a last full batch while the others wait: with 200 files and two
    workers, fixed batches of 16 left one worker a whole batch (about two seconds) alone.
    """
    total = len(paths) if isinstance(paths, (list, tuple)) else None
    workers = max(1, workers)
    batch: list[Path] = []
    size = 0
    given = 0      # files in the batches yielded so far
    limit = max_files
    for p in paths:
        try:
            n = p.stat().st_size
        except OSError:
            n = 0
        if batch and (len(batch) >= limit or size + n > max_bytes):
            yield batch
            given += len(batch)
            batch, size = [], 0
        if not batch and total is not None:
            limit = max(1, min(max_files, -(-(total - given) // (4 * workers))))
        batch.append(p)
        size += n
    if batch:
        yield batch
