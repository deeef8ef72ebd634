"""What a document's file held when it was read: modification time, size and content hash.

``load_document`` stores one on the Source (taken before reading, so a change during the read is
noticed); :mod:`unspin.store.watch` compares the file with it later.
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

_CHUNK = 1 << 20


@dataclass(frozen=True)
class Fingerprint:
    mtime_ns: int
    size: int
    sha256: str


def file_hash(path: Path) -> str:
    """The SHA-256 of a regular file; OSError for anything else. Opened without blocking and
    checked on the descriptor: a document swapped for a FIFO (or a link to /dev/zero) while it is
    open must not freeze the window that checks whether it changed."""
    import stat
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with open(fd, "rb") as fh:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(f"{path} is not a regular file")
        h = hashlib.sha256()
        while chunk := fh.read(_CHUNK):
            h.update(chunk)
    return h.hexdigest()


def fingerprint(path: Path) -> Fingerprint | None:
    """The file's modification time, size and content hash; None if it cannot be read."""
    try:
        st = os.stat(path)
        return Fingerprint(st.st_mtime_ns, st.st_size, file_hash(Path(path)))
    except OSError:
        return None
