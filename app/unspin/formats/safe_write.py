"""Writing a file so that a crash, a full disk or a read-only folder never damages what was there.

The bytes go to a temporary file in the target's folder, are flushed to disk, then renamed over
the target in one step (``os.replace`` is atomic on POSIX and Windows). If anything fails -- an
OSError such as a full disk, or any exception or interruption during the write -- the temporary
file is removed and the target is exactly as it was. With ``backup``, the file being replaced is
first copied to ``name~`` (one backup, replaced on each save).
"""
from __future__ import annotations

import errno
import os
import shutil
import tempfile
from pathlib import Path

from unspin.formats.errors import OutputError

_REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is exceeded",
    errno.EROFS: "the folder is on a read-only disk",
    errno.EACCES: "permission denied (the folder or file is read-only)",
    errno.EPERM: "permission denied (the folder or file is read-only)",
}


def _reason(exc: OSError) -> str:
    return _REASONS.get(exc.errno, exc.strerror or str(exc))


def backup_path_for(path: Path) -> Path:
    return Path(path).with_name(Path(path).name + "~")


def _read_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_UMASK = _read_umask()  # read once, at import: os.umask is process-wide and not thread-safe


def write_atomic(path: Path, data: bytes, backup: bool = False) -> Path | None:
    """Write ``data`` to ``path``; with ``backup``, keep the previous file as ``path~``.

    Returns the backup's path when one was made. Raises OutputError (nothing changed on disk).
    """
    path = Path(path)
    if path.is_symlink():
        path = path.resolve()  # write through the link: the link stays a link
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError(f"cannot save {path}: the folder {folder} does not exist")
    if path.is_dir():
        raise OutputError(f"cannot save {path}: it is a folder")
    backup_path = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise OutputError(f"cannot save {path}: {_reason(exc)}") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if path.exists():
            try:
                shutil.copymode(path, tmp)
            except OSError:
                pass
            if backup:
                backup_path = backup_path_for(path)
                shutil.copy2(path, backup_path)
        else:
            try:
                os.chmod(tmp, 0o666 & ~_UMASK)
            except OSError:
                pass
        os.replace(tmp, path)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise OutputError(f"cannot save {path}: {_reason(exc)}") from None
        raise
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
