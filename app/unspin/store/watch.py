"""Has a document's file changed on disk since it was opened? (Qt-free; the window asks.)

``load_document`` stores a :class:`unspin.formats.fingerprint.Fingerprint` on the Source. The
window polls ``changed_on_disk(source)`` (on focus-in, or from a QFileSystemWatcher signal) and
offers to reload. Saving over the original through ``save_document`` refreshes the fingerprint,
so Unspin's own saves are not reported as outside changes.
"""
from __future__ import annotations

import os
from pathlib import Path

from unspin.formats.fingerprint import file_hash, fingerprint


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
        return file_hash(Path(path)) != old.sha256
    except OSError:
        return True


def refresh(source) -> None:
    """Accept the file as it is now (after the user declines to reload, or after saving)."""
    if getattr(source, "path", None) is not None:
        source.fingerprint = fingerprint(source.path)
