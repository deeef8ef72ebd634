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
    h = hashlib.sha256()
    with open(path, "rb") as fh:
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
