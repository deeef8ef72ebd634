"""Writing a file so that a crash, a full disk or a read-only folder never damages what was there.

The bytes go to a temporary file in the target's folder, are flushed to disk, then renamed over
the target in one step (``os.replace`` is atomic on POSIX and Windows). If anything fails, the
temporary file is removed and the target is exactly as it was.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from unspin.formats.errors import OutputError


def write_atomic(path: Path, data: bytes, backup: bool = False) -> Path | None:
    """Write ``data`` to ``path``; with ``backup``, keep the previous file as ``path~``.

    Returns the backup's path when one was made.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError(f"cannot save {path}: the folder {folder} does not exist")
    backup_path = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise OutputError(f"cannot save {path}: {exc.strerror or exc}") from None
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
                backup_path = path.with_name(path.name + "~")
                shutil.copy2(path, backup_path)
        os.replace(tmp, path)
    except OSError as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise OutputError(f"cannot save {path}: {exc.strerror or exc}") from None
    return backup_path
