"""Reading a document's bytes: :mod:`unspin.core.bounded_read` (type and size checked before
reading, FIFOs and devices refused, ``-`` for standard input, read once, bounded), with its
errors as :class:`InputError` and the fingerprint of the very bytes read."""
from __future__ import annotations

import hashlib
import stat
from pathlib import Path

from unspin.core import bounded_read
from unspin.core.bounded_read import forget, is_stdin  # noqa: F401  (part of this module's API)
from unspin.formats.errors import InputError


def check_input(path: Path, limit: int, what: str = "documents"):
    try:
        return bounded_read.check_input(path, limit, what)
    except bounded_read.Unreadable as exc:
        raise InputError(str(exc)) from None


def read_input(path: Path, limit: int, what: str = "documents") -> bytes:
    try:
        return bounded_read.read_input(path, limit, what)
    except bounded_read.Unreadable as exc:
        raise InputError(str(exc)) from None


def last_fingerprint(path: Path):
    """The :class:`unspin.formats.fingerprint.Fingerprint` of what this thread last read from
    ``path`` (None when that was standard input or another file)."""
    from unspin.formats.fingerprint import Fingerprint
    last = bounded_read.last_read(path)
    if last is None or not stat.S_ISREG(last[0].st_mode):
        return None
    st, data = last
    return Fingerprint(st.st_mtime_ns, st.st_size, hashlib.sha256(data).hexdigest())
