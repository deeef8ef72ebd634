"""Writing a file so that a crash, a full disk, a read-only folder or a planted link never damages
what was there, and never writes anywhere but the file asked for. Every file Unspin writes goes
through :func:`write_atomic`.

* The bytes go to a temporary file in the target's folder, created new (``O_CREAT|O_EXCL|
  O_NOFOLLOW``: an existing file or link of that name is never opened), flushed to disk, then
  renamed over the target in one step (``os.replace`` is atomic on POSIX and Windows, and replaces
  a link itself rather than what it points to). If anything fails -- an OSError such as a full
  disk, or any exception or interruption -- the temporary file is removed and the target is
  exactly as it was.
* Temporary names are short (``.unspin-<hash>-<pid>-<random>.part``, 38 characters) so that any
  legal target name can be saved; the hash names the target, so the parts a killed process left
  for this file are recognised and removed on its next save.
* Only a regular file (or nothing) is ever replaced: a device, FIFO or socket at the target is
  refused with a message (renaming over ``/dev/null`` as root would replace the device). A target
  that is a symbolic link is written through: the link stays a link and its file gets the bytes.
* The replaced file's mode, owner and group are kept (owner and group where the system allows it:
  as root always, as a user the group when the user belongs to it).
* With ``private``, the file is readable by its owner alone (mode 0600), whatever it replaces: the
  settings folder's copies of a document's text (autosaves, remembered reviews, kept originals) must
  not be readable by others where the document itself is not.
* With ``backup``, the file being replaced is first copied to ``name~`` the same way (new
  temporary file, then rename), so a full disk leaves the previous backup intact and a planted
  ``name~`` link is replaced, never followed.
"""
from __future__ import annotations

import errno
import hashlib
import os
import secrets
import stat
import time
from pathlib import Path

from unspin.core.bounded_read import file_kind, shown
from unspin.formats.errors import OutputError

_REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is exceeded",
    errno.EROFS: "the folder is on a read-only disk",
    errno.EACCES: "permission denied (the folder or file is read-only)",
    errno.EPERM: "permission denied (the folder or file is read-only)",
    errno.ENAMETOOLONG: "the file name is too long",
    errno.ELOOP: "too many levels of symbolic links",
    errno.ENOTDIR: "a part of the path is not a folder",
}
PART_SUFFIX = ".part"
_PART_PREFIX = ".unspin-"
STALE_AFTER = 24 * 3600   # a part this old is stale even if its process number is in use again
_COPY_CHUNK = 1 << 20


def _reason(exc: OSError) -> str:
    return _REASONS.get(exc.errno, exc.strerror or str(exc))


def backup_path_for(path: Path) -> Path:
    return Path(path).with_name(Path(path).name + "~")


def _read_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_UMASK = _read_umask()  # read once, at import: os.umask is process-wide and not thread-safe
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_BINARY = getattr(os, "O_BINARY", 0)


def _target_key(name: str) -> str:
    return hashlib.sha256(os.fsencode(name)).hexdigest()[:10]


def _part_name(target_name: str) -> str:
    return f"{_PART_PREFIX}{_target_key(target_name)}-{os.getpid()}-{secrets.token_hex(4)}{PART_SUFFIX}"


def _create_temp(folder: Path, target_name: str) -> tuple[int, Path]:
    """A new, empty temporary file beside the target, opened for writing; never an existing file
    or link (O_EXCL with O_NOFOLLOW)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _BINARY
    for _ in range(20):
        tmp = folder / _part_name(target_name)
        try:
            return os.open(tmp, flags, 0o600), tmp
        except FileExistsError:
            continue
    raise OSError(errno.EEXIST, "cannot create a temporary file")


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name != "posix":
        return True   # cannot tell: rely on the age alone
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def remove_stale_parts(folder: Path, target_name: str) -> list[Path]:
    """Remove temporary files an interrupted save of ``target_name`` left in ``folder`` (its
    process is gone, or the part is a day old). Returns what was removed."""
    prefix = f"{_PART_PREFIX}{_target_key(target_name)}-"
    removed = []
    try:
        names = os.listdir(folder)
    except OSError:
        return removed
    now = time.time()
    for name in names:
        if not (name.startswith(prefix) and name.endswith(PART_SUFFIX)):
            continue
        pid_text = name[len(prefix):].split("-", 1)[0]
        p = folder / name
        try:
            st = os.lstat(p)
        except OSError:
            continue
        if not (stat.S_ISREG(st.st_mode) or stat.S_ISLNK(st.st_mode)):
            continue
        old = now - st.st_mtime > STALE_AFTER
        if old or not pid_text.isdigit() or not _process_alive(int(pid_text)):
            try:
                os.unlink(p)   # unlink removes a link itself, never what it points to
                removed.append(p)
            except OSError:
                pass
    return removed


def _final_target(path: Path) -> Path:
    """The file that will get the bytes: ``path`` itself, or where its symbolic link points."""
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return path
    except OSError as exc:
        raise OutputError(f"cannot save {shown(path)}: {_reason(exc)}") from None
    if stat.S_ISLNK(st.st_mode):
        try:
            target = os.stat(path)
        except OSError:
            target = None                    # a dangling link: the file is made where it points
        if target is not None and not stat.S_ISREG(target.st_mode):
            # A link to a folder, a device or a pipe (/dev/stdout): refused with the name given, not
            # the link's target, which may name nothing ("/proc/123/fd/pipe:[4567]").
            _refuse_unless_regular(path, target)
        return Path(os.path.realpath(path))  # write through the link: the link stays a link
    return path


def check_writable_target(path: Path) -> None:
    """Raise OutputError when ``path`` is something Unspin must not replace (a folder, a device, a
    FIFO, a socket) or its folder is missing; nothing is written."""
    _existing_regular(_final_target(Path(path)))


def _existing_regular(path: Path) -> os.stat_result | None:
    """The target's status when it is a regular file, None when it does not exist; OutputError
    for anything else (and for a missing folder)."""
    folder = path.parent if str(path.parent) else Path(".")
    try:
        st = os.stat(path)
    except FileNotFoundError:
        try:
            if not stat.S_ISDIR(os.stat(folder).st_mode):
                raise OutputError(f"cannot save {shown(path)}: {shown(folder)} is not a folder")
        except FileNotFoundError:
            raise OutputError(f"cannot save {shown(path)}: the folder {shown(folder)} does not exist") from None
        except OSError as exc:
            raise OutputError(f"cannot save {shown(path)}: {_reason(exc)}") from None
        return None
    except OSError as exc:
        raise OutputError(f"cannot save {shown(path)}: {_reason(exc)}") from None
    _refuse_unless_regular(path, st)
    return st


def _refuse_unless_regular(path: Path, st: os.stat_result) -> None:
    if stat.S_ISDIR(st.st_mode):
        raise OutputError(f"cannot save {shown(path)}: it is a folder")
    if not stat.S_ISREG(st.st_mode):
        raise OutputError(f"cannot save {shown(path)}: it is {file_kind(st.st_mode)}, not a regular file; "
                          "Unspin only replaces ordinary files")


def _keep_attributes(fd: int, st: os.stat_result | None, private: bool = False) -> None:
    """Give the new file the old one's mode, owner and group (or ordinary permissions if new); a
    private one is the owner's alone."""
    if private:
        try:
            os.fchmod(fd, 0o600)
        except (OSError, AttributeError):
            pass
        return
    if st is None:
        try:
            os.fchmod(fd, 0o666 & ~_UMASK)
        except (OSError, AttributeError):
            pass
        return
    if hasattr(os, "fchown"):
        try:
            os.fchown(fd, st.st_uid, st.st_gid)
        except OSError:
            try:
                os.fchown(fd, -1, st.st_gid)   # a user may keep the group if they belong to it
            except OSError:
                pass
    try:
        os.fchmod(fd, stat.S_IMODE(st.st_mode))   # after chown, which may clear set-id bits
    except (OSError, AttributeError):
        pass


def _write_new(folder: Path, target: Path, fill, st: os.stat_result | None, private: bool = False) -> None:
    """Create a temporary file, let ``fill(fd)`` write it, then rename it over ``target``."""
    fd, tmp = _create_temp(folder, target.name)
    try:
        try:
            fill(fd)
            _keep_attributes(fd, st, private)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        n = os.write(fd, view)
        view = view[n:]


def _copy_into(source: Path, fd: int) -> None:
    src = os.open(source, os.O_RDONLY | _NOFOLLOW | _BINARY | getattr(os, "O_NONBLOCK", 0))
    try:
        if not stat.S_ISREG(os.fstat(src).st_mode):
            raise OSError(errno.EINVAL, "the file being replaced is not a regular file")
        while chunk := os.read(src, _COPY_CHUNK):
            _write_all(fd, chunk)
    finally:
        os.close(src)


def write_atomic(path: Path, data: bytes, backup: bool = False, private: bool = False) -> Path | None:
    """Write ``data`` to ``path``; with ``backup``, keep the previous file as ``path~``; ``private``:
    mode 0600.

    Returns the backup's path when one was made. Raises OutputError (nothing changed on disk).
    """
    path = _final_target(Path(path))
    st = _existing_regular(path)
    folder = path.parent if str(path.parent) else Path(".")
    remove_stale_parts(folder, path.name)
    backup_path = None
    if backup and st is not None:
        backup_path = backup_path_for(path)
        try:
            _write_new(folder, backup_path, lambda fd: _copy_into(path, fd), st)
        except OSError as exc:
            # Said of the backup: "cannot save x.txt: Is a directory" sent people looking at x.txt.
            why = "it is a folder" if os.path.isdir(backup_path) else _reason(exc)
            raise OutputError(f"cannot save {shown(path)}: its backup {shown(backup_path)} cannot be "
                              f"written ({why}); nothing was changed") from None
    try:
        _write_new(folder, path, lambda fd: _write_all(fd, data), st, private)
    except OSError as exc:
        raise OutputError(f"cannot save {shown(path)}: {_reason(exc)}") from None
    _sync_folder(folder)
    return backup_path


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); harmless where folders cannot be opened."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
