"""Autosave of a review session, for recovery after a crash. Qt-free; the window drives it.

One JSON file per document, in ``unspin.settings.config_dir() / "autosave"``, named after a hash
of the document's absolute path (plus its file name, for people looking in the folder):

    write_autosave(doc_path, text, decisions, extra=None)  # e.g. every 30 s while there are changes
    read_autosave(doc_path) -> dict | None                   # when opening: offer to restore
    clear_autosave(doc_path)                                 # after a save, or a clean close
    list_autosaves() -> list[dict]                            # at start-up: sessions left by a crash

``text`` is the right-hand (repaired) text as shown; ``decisions`` is ``Document.decisions()``
(restore with ``Document.restore_decisions``); ``extra`` is any JSON-able dict the window wants
back (scroll position, current suggestion). ``read_autosave`` returns ``{"version", "doc_path",
"saved_at" (epoch seconds), "doc_fingerprint" ({"size", "sha256"} of the file when autosaved, or
None), "text", "decisions", "extra"}`` or None if there is none or it is unreadable. Compare
``doc_fingerprint`` with the file to know whether the decisions still apply to the same file.
Writes are atomic, so a crash during autosave leaves the previous autosave intact.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import time
from pathlib import Path
from typing import Any

from unspin.formats.safe_write import write_atomic

VERSION = 1


def autosave_dir() -> Path:
    from unspin.settings import config_dir
    return config_dir() / "autosave"


def _key(doc_path: Path | str) -> str:
    return str(Path(os.path.abspath(os.fspath(doc_path))))


def autosave_path(doc_path: Path | str) -> Path:
    key = _key(doc_path)
    digest = hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    stem = re.sub(r"[^\w.-]+", "_", Path(key).name)[:60] or "document"
    return autosave_dir() / f"{stem}.{digest}.json"


def _doc_fingerprint(doc_path: Path | str) -> dict | None:
    from unspin.formats.watch import fingerprint
    fp = fingerprint(Path(doc_path))
    return None if fp is None else {"size": fp.size, "sha256": fp.sha256}


def write_autosave(doc_path: Path | str, text: str, decisions: list[dict],
                   extra: dict[str, Any] | None = None) -> Path:
    """Save the session for ``doc_path``; returns the autosave file. Raises OutputError if the
    settings folder cannot be written (the window should report it once, not on every tick)."""
    path = autosave_path(doc_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = {"version": VERSION, "doc_path": _key(doc_path), "saved_at": time.time(),
               "doc_fingerprint": _doc_fingerprint(doc_path), "text": text,
               "decisions": list(decisions), "extra": dict(extra or {})}
    write_atomic(path, json.dumps(payload, ensure_ascii=False).encode("utf-8"))
    return path


def _valid(data: Any) -> bool:
    return (isinstance(data, dict) and data.get("version") == VERSION and isinstance(data.get("text"), str)
            and isinstance(data.get("decisions"), list) and isinstance(data.get("doc_path"), str))


def read_autosave(doc_path: Path | str) -> dict | None:
    path = autosave_path(doc_path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not _valid(data) or data["doc_path"] != _key(doc_path):
        return None
    data.setdefault("extra", {})
    return data


def clear_autosave(doc_path: Path | str) -> None:
    try:
        autosave_path(doc_path).unlink()
    except OSError:
        pass


def list_autosaves() -> list[dict]:
    """Every readable autosave, newest first (each as read_autosave returns it)."""
    folder = autosave_dir()
    out = []
    try:
        files = list(folder.glob("*.json"))
    except OSError:
        return []
    for f in files:
        try:
            data = json.loads(f.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if _valid(data):
            data.setdefault("extra", {})
            out.append(data)
    return sorted(out, key=lambda d: d.get("saved_at", 0), reverse=True)
