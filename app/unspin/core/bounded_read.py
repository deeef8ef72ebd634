"""The one way Unspin reads a file's bytes (documents, lexicons): type and size checked before reading, read once,
bounded.

    data = read_input(path, limit, "text files")   # InputError with a one-line message on failure

* ``-`` is standard input (also ``/dev/stdin`` and the like when they are this process's standard
  input): read once, up to the limit. A terminal is refused, not waited on.
* Anything else must be a regular file: folders, FIFOs, devices (``/dev/zero``) and sockets are
  refused from their ``stat`` before they are opened, so nothing can block or read forever. The
  file is opened without blocking and checked again on the open descriptor (it cannot be
  swapped for a FIFO in between), and never more than ``limit + 1`` bytes are read.
* What was read is remembered (per thread) with its status, so that the caller can take the
  file's fingerprint from the same bytes (:func:`last_read`) instead of reading the file again.
"""
from __future__ import annotations

import os
import re
import stat
import sys
import threading
from pathlib import Path



class Unreadable(Exception):
    """The file cannot be read as asked; str(exc) is a one-line message for the user.
    (``unspin.formats`` turns it into its InputError.)"""


def shown(path) -> str:
    """A path as text that can always be printed or encoded (undecodable bytes become U+FFFD)."""
    text = os.fspath(path)
    if isinstance(text, bytes):
        return text.decode("utf-8", "replace")
    if any("\ud800" <= c <= "\udfff" for c in text):
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return text


_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def one_line(text: str) -> str:
    """A message as one line: control characters (a line feed in a file name) written as escapes
    ("bin\\nary.txt"), so that an error stays one line a person or a script can read."""
    return _CONTROL.sub(lambda m: repr(m.group())[1:-1], text)


STDIN_NAMES = ("-",)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_BINARY = getattr(os, "O_BINARY", 0)
_last = threading.local()


def is_stdin(path) -> bool:
    return str(path) in STDIN_NAMES


def file_kind(mode: int) -> str | None:
    """What a file of this mode is, for a message ("a pipe (FIFO)"); None for a regular file."""
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
    return Unreadable(f"{name} is {mib} MiB; the limit is {limit // 1048576} MiB for {what}")


def check_input(path: Path, limit: int, what: str = "documents") -> os.stat_result | None:
    """Raise InputError when ``path`` cannot be a document (missing, unreadable, not a regular
    file, over ``limit`` bytes); nothing is opened. Returns its status (None for stdin)."""
    name = shown(path)
    if is_stdin(path):
        return None
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise Unreadable(f"{name}: no such file") from None
    except OSError as exc:
        raise Unreadable(f"{name}: cannot be read ({_reason(exc)})") from None
    except ValueError:   # "embedded null byte": no file can have such a name
        raise Unreadable(f"{name.replace(chr(0), '?')}: no such file (the name holds a NUL character)") from None
    kind = file_kind(st.st_mode)
    if kind is not None:
        here = _stdin_stat()
        if kind != "a folder" and here is not None and os.path.samestat(st, here):
            return None   # /dev/stdin and the like: this process's own standard input
        if kind == "a folder":
            raise Unreadable(f"{name} is a folder, not a file")
        raise Unreadable(f"{name} is {kind}, not a regular file; to read standard input, give '-'")
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
            raise Unreadable(f"{name}: cannot be read ({_reason(exc)})") from None
        try:
            st = os.fstat(fd)
            kind = file_kind(st.st_mode)
            if kind is not None:   # replaced between the check and the open
                raise Unreadable(f"{name} is {kind}, not a regular file")
            if st.st_size > limit:
                raise _too_big(name, st.st_size, limit, what)
            data = _read_bounded(fd, limit)
        except OSError as exc:
            raise Unreadable(f"{name}: cannot be read ({_reason(exc)})") from None
        finally:
            os.close(fd)
        if len(data) > limit:
            raise Unreadable(f"{name} is over {limit // 1048576} MiB; the limit is {limit // 1048576} MiB for {what}")
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
        raise Unreadable("standard input is not available")
    try:
        if stream.isatty():
            raise Unreadable("standard input is a terminal: pipe a document in (… | unspin check -)")
        st = _stdin_stat()
        data = stream.read(limit + 1)
    except (OSError, ValueError) as exc:
        raise Unreadable(f"standard input cannot be read ({exc})") from None
    if len(data) > limit:
        raise Unreadable(f"standard input is over {limit // 1048576} MiB; the limit is {limit // 1048576} MiB for {what}")
    return data, st


def last_read(path):
    """(stat, bytes) of what this thread last read from ``path``, or None (standard input, or
    another file)."""
    last = getattr(_last, "value", None)
    if last is None or last[0] != str(path) or is_stdin(path) or last[1] is None:
        return None
    return last[1], last[2]


def forget() -> None:
    _last.value = None
