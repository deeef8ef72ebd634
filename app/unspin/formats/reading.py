"""The one way Unspin reads a document's bytes: type and size checked before reading, read once,
bounded.

    data = read_input(path, limit, "text files")   # InputError with a one-line message on failure

* ``-`` is standard input (also ``/dev/stdin`` and the like when they are this process's standard
  input): read once, up to the limit. A terminal is refused, not waited on.
* Anything else must be a regular file: folders, FIFOs, devices (``/dev/zero``) and sockets are
  refused from their ``stat`` before they are opened, so nothing can block or read forever. The
  file is opened without blocking and checked again on the open descriptor (it cannot be
  swapped for a FIFO in between), and never more than ``limit + 1`` bytes are read.
* What was read is remembered (per thread) with its size, time and hash, so that the caller can
  take the file's fingerprint from the same bytes (:func:`last_fingerprint`) instead of reading
  the file again.
"""
from __future__ import annotations

import hashlib
import os
import stat
import sys
import threading
from pathlib import Path

from unspin.formats.errors import InputError
from unspin.formats.safe_write import shown

STDIN_NAMES = ("-",)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_BINARY = getattr(os, "O_BINARY", 0)
_last = threading.local()


def is_stdin(path) -> bool:
    return str(path) in STDIN_NAMES


def _kind(mode: int) -> str | None:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if not stat.S_ISREG(mode):
        return "a special file"
    return None


def _stdin_stat() -> os.stat_result | None:
    try:
        return os.fstat(sys.stdin.fileno())
    except (OSError, ValueError, AttributeError):
        return None


def _too_big(name: str, size: float, limit: int, what: str) -> InputError:
    mib = f"{size / 1048576:.1f}"
    if float(mib) <= limit // 1048576:
        mib = f"over {limit // 1048576}"
    return InputError(f"{name} is {mib} MiB; the limit is {limit // 1048576} MiB for {what}")


def check_input(path: Path, limit: int, what: str = "documents") -> os.stat_result | None:
    """Raise InputError when ``path`` cannot be a document (missing, unreadable, not a regular
    file, over ``limit`` bytes); nothing is opened. Returns its status (None for stdin)."""
    name = shown(path)
    if is_stdin(path):
        return None
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except OSError as exc:
        raise InputError(f"{name}: cannot be read ({_reason(exc)})") from None
    kind = _kind(st.st_mode)
    if kind is not None:
        here = _stdin_stat()
        if kind != "a folder" and here is not None and os.path.samestat(st, here):
            return None   # /dev/stdin and the like: this process's own standard input
        if kind == "a folder":
            raise InputError(f"{name} is a folder, not a file")
        raise InputError(f"{name} is {kind}, not a regular file; to read standard input, give '-'")
    if st.st_size > limit:
        raise _too_big(name, st.st_size, limit, what)
    return st


def _reason(exc: OSError) -> str:
    import errno
    return {errno.EACCES: "permission denied", errno.EPERM: "permission denied",
            errno.ENAMETOOLONG: "the file name is too long", errno.ELOOP: "too many levels of symbolic links",
            errno.ENOTDIR: "a part of the path is not a folder"}.get(exc.errno, exc.strerror or str(exc))


def read_input(path: Path, limit: int, what: str = "documents") -> bytes:
    """The bytes of ``path`` (or of standard input for ``-``), at most ``limit``; InputError for
    everything that cannot be read, with a one-line message."""
    name = "standard input" if is_stdin(path) else shown(path)
    st = check_input(path, limit, what)
    if st is None:
        data, st = _read_stdin(limit, what)
    else:
        try:
            fd = os.open(path, os.O_RDONLY | _NONBLOCK | _BINARY)
        except OSError as exc:
            raise InputError(f"{name}: cannot be read ({_reason(exc)})") from None
        try:
            st = os.fstat(fd)
            kind = _kind(st.st_mode)
            if kind is not None:   # replaced between the check and the open
                raise InputError(f"{name} is {kind}, not a regular file")
            if st.st_size > limit:
                raise _too_big(name, st.st_size, limit, what)
            data = _read_bounded(fd, limit)
        except OSError as exc:
            raise InputError(f"{name}: cannot be read ({_reason(exc)})") from None
        finally:
            os.close(fd)
        if len(data) > limit:
            raise InputError(f"{name} is over {limit // 1048576} MiB; the limit is {limit // 1048576} MiB for {what}")
    _last.value = (str(path), st, data)
    return data


def _read_bounded(fd: int, limit: int) -> bytes:
    chunks, total = [], 0
    while total <= limit:
        chunk = os.read(fd, min(1 << 20, limit + 1 - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    return b"".join(chunks)


def _read_stdin(limit: int, what: str) -> tuple[bytes, os.stat_result | None]:
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:
        raise InputError("standard input is not available")
    try:
        if stream.isatty():
            raise InputError("standard input is a terminal: pipe a document in (… | unspin check -)")
        st = _stdin_stat()
        data = stream.read(limit + 1)
    except (OSError, ValueError) as exc:
        raise InputError(f"standard input cannot be read ({exc})") from None
    if len(data) > limit:
        raise InputError(f"standard input is over {limit // 1048576} MiB; the limit is {limit // 1048576} MiB for {what}")
    return data, st


def last_fingerprint(path: Path):
    """The :class:`unspin.formats.fingerprint.Fingerprint` of what this thread last read from ``path``
    (None when that was standard input or another file)."""
    from unspin.formats.fingerprint import Fingerprint
    last = getattr(_last, "value", None)
    if last is None or last[0] != str(path) or is_stdin(path) or last[1] is None:
        return None
    _, st, data = last
    if not stat.S_ISREG(st.st_mode):
        return None
    return Fingerprint(st.st_mtime_ns, st.st_size, hashlib.sha256(data).hexdigest())


def forget() -> None:
    _last.value = None
