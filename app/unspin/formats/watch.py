"""Has a document's file changed on disk since it was opened? (Qt-free; the window asks.)

``load_document`` stores a :class:`Fingerprint` on the Source. The window can poll
``changed_on_disk(source)`` (on focus-in, or from a QFileSystemWatcher signal) and offer to reload.
Saving over the original through ``save_document`` refreshes the fingerprint, so Unspin's own
saves are not reported as outside changes.
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


def _hash(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(_CHUNK):
            h.update(chunk)
    return h.hexdigest()


def fingerprint(path: Path) -> Fingerprint | None:
    """The file's modification time, size and content hash; None if it cannot be read."""
    try:
        st = os.stat(path)
        return Fingerprint(st.st_mtime_ns, st.st_size, _hash(Path(path)))
    except OSError:
        return None


def changed_on_disk(source) -> bool:
    """True when the source's file now differs from what was read: other content, or the file
    was deleted or became unreadable. A file merely touched (same content) is not a change."""
    path = getattr(source, "path", None)
    old = getattr(source, "fingerprint", None)
    if path is None or old is None:
        return False
    try:
        st = os.stat(path)
    except OSError:
        return True
    if st.st_mtime_ns == old.mtime_ns and st.st_size == old.size:
        return False
    if st.st_size != old.size:
        return True
    try:
        return _hash(Path(path)) != old.sha256
    except OSError:
        return True


def refresh(source) -> None:
    """Accept the file as it is now (after the user declines to reload, or after saving)."""
    if getattr(source, "path", None) is not None:
        source.fingerprint = fingerprint(source.path)
