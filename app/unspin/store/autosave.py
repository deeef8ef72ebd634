"""Crash autosaves: one JSON file per open document, under ``config_dir()/autosave``, named after a
hash of the document's absolute path (plus its file name, for people looking in the folder)::

    write_autosave(doc_path, text, decisions, extra=None)  # a few seconds after each change
    read_autosave(doc_path) -> dict | None                   # when opening: offer to recover
    autosave_matches(data, doc_path) -> bool                 # does it still apply to the file?
    clear_autosave(doc_path)                                 # after a save, or a deliberate discard
    set_aside(data) -> Path                                  # keep the text of one that cannot apply
    list_autosaves() -> list[dict]                           # at start-up: reviews left by a crash
    in_use_elsewhere(data) -> bool                           # ...unless another Unspin is running it

``text`` is the right-hand (repaired) text as shown; ``decisions`` is ``Document.decisions()``
(restore with ``Document.restore_decisions``); ``extra`` is any JSON-able dict the window wants
back (spans, scroll position). ``read_autosave`` returns ``{"version", "doc_path", "saved_at"
(epoch seconds), "pid", "doc_fingerprint" ({"size", "sha256"} of the file when autosaved, or None),
"text", "decisions", "extra"}`` or None if there is none or it is unreadable. Writes are atomic,
so a crash during autosave leaves the previous autosave intact.

There is one writer: :func:`autosave_payload` builds the dict and :func:`autosave_bytes` encodes
it (in pieces, so the window's background writer never holds the GIL for long);
:func:`write_autosave` and the window's thread both go through them.
"""
from __future__ import annotations

import os
import re
import time
from pathlib import Path
from typing import Any, Callable

from unspin.formats.fingerprint import fingerprint
from unspin.formats.safe_write import write_atomic
from unspin.store.jsonfile import (PRIVATE_FOLDER, digest as _digest, dumps_in_pieces, epoch_seconds, int_list,
                                   is_int, read_json as _read_json, span_list, write_json_bytes)
from unspin.store.settings import config_dir

VERSION = 1


def autosave_dir() -> Path:
    return config_dir() / "autosave"


def autosave_key(doc_path: Path | str) -> str:
    """The identity an autosave records for its document (absolute path, links not resolved)."""
    return str(Path(os.path.abspath(os.fspath(doc_path))))


def autosave_path(doc_path: Path | str) -> Path:
    key = autosave_key(doc_path)
    digest = _digest(key)[:16]
    stem = re.sub(r"[^\w.-]+", "_", Path(key).name)[:60] or "document"
    return autosave_dir() / f"{stem}.{digest}.json"


def _doc_fingerprint(doc_path: Path | str) -> dict | None:
    return fingerprint_dict(fingerprint(Path(doc_path)))


def fingerprint_dict(fp) -> dict | None:
    """A :class:`unspin.formats.fingerprint.Fingerprint` as stored in an autosave."""
    return None if fp is None else {"size": fp.size, "sha256": fp.sha256}


def autosave_payload(doc_path: Path | str, text: str, decisions: list[dict], extra: dict[str, Any] | None,
                     doc_fingerprint: dict | None) -> dict:
    """The dict an autosave file holds (what :func:`read_autosave` gives back)."""
    return {"version": VERSION, "doc_path": autosave_key(doc_path), "saved_at": time.time(), "pid": os.getpid(),
            "doc_fingerprint": doc_fingerprint, "text": text, "decisions": list(decisions),
            "extra": dict(extra or {})}


def autosave_bytes(payload: dict, pause: Callable[[], None] = lambda: None) -> bytes:
    """The file's bytes; ``pause()`` is called between pieces (see ``dumps_in_pieces``)."""
    return dumps_in_pieces(payload, pause)


def write_autosave(doc_path: Path | str, text: str, decisions: list[dict],
                   extra: dict[str, Any] | None = None, doc_fingerprint: Any = None) -> Path:
    """Save the review of ``doc_path``; returns the autosave file. Raises OutputError if the
    settings folder cannot be written (the window should report it once, not on every tick).

    ``doc_fingerprint`` is the file the decisions belong to (``fingerprint_dict(source.fingerprint)``,
    which spares hashing a large file on every autosave); by default the file is fingerprinted now."""
    if doc_fingerprint is None:
        doc_fingerprint = _doc_fingerprint(doc_path)
    payload = autosave_payload(doc_path, text, decisions, extra, doc_fingerprint)
    return write_json_bytes(autosave_path(doc_path), autosave_bytes(payload))


def _valid(data: Any) -> bool:
    return (isinstance(data, dict) and data.get("version") == VERSION and isinstance(data.get("text"), str)
            and isinstance(data.get("decisions"), list) and isinstance(data.get("doc_path"), str))


def _checked(data: dict) -> dict:
    """A valid autosave with every other field as the window expects it. A damaged or hand-edited
    field ("saved_at": "yesterday", "extra": []) is dropped to its default instead: it ended the
    window's start in a traceback (sorting, or showing the time), every start, and the unsaved
    text it holds was never offered. The text itself is always kept."""
    data["saved_at"] = epoch_seconds(data.get("saved_at"))
    if not is_int(data.get("pid")):
        data["pid"] = None
    if not isinstance(data.get("doc_fingerprint"), dict):
        data["doc_fingerprint"] = None
    data["decisions"] = [d for d in data["decisions"] if isinstance(d, dict)]
    extra = data.get("extra")
    extra = dict(extra) if isinstance(extra, dict) else {}
    for key, check in (("spans", span_list), ("dropped", int_list)):
        if key in extra and check(extra[key]) is None:
            del extra[key]
            extra.pop("signature", None)   # the pane's spans are gone: the text is set aside, not placed
    if not isinstance(extra.get("sample", False), bool):
        extra["sample"] = False
    data["extra"] = extra
    return data


def read_autosave(doc_path: Path | str) -> dict | None:
    data = _read_json(autosave_path(doc_path))
    if not _valid(data) or data["doc_path"] != autosave_key(doc_path):
        return None
    return _checked(data)


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
        data = _read_json(f)
        if _valid(data):
            out.append(_checked(data))
    return sorted(out, key=lambda d: d.get("saved_at", 0), reverse=True)


def autosave_matches(data: dict, doc_path: Path | str) -> bool:
    """True when the file at ``doc_path`` still holds what it held when ``data`` was autosaved
    (same size and content hash), so its decisions and spans apply. A file merely touched still
    matches; a file changed or deleted since does not."""
    saved = data.get("doc_fingerprint") if isinstance(data, dict) else None
    return saved is not None and saved == _doc_fingerprint(doc_path)


def in_use_elsewhere(data: dict) -> bool:
    """True when the autosave was written by another Unspin process that is still running (so it
    is live work, not work left by a crash). Only known on POSIX; elsewhere assumed not."""
    pid = data.get("pid") if isinstance(data, dict) else None
    if not isinstance(pid, int) or pid <= 0 or pid == os.getpid() or os.name != "posix":
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:   # exists, but belongs to someone else
        return True
    return True


def set_aside(data: dict) -> Path:
    """Keep an autosave's text as a plain .txt file in the autosave folder (for work that can no
    longer be restored into its document: the file changed or vanished), then delete the autosave.
    Returns the text file. Raises OutputError (and keeps the autosave) if it cannot be written."""
    name = Path(data.get("doc_path") or "document").stem
    stem = re.sub(r"[^\w.-]+", "_", name)[:60] or "document"
    stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(data.get("saved_at") or time.time()))
    target = autosave_dir() / f"{stem}-unsaved-{stamp}.txt"
    n = 1
    while target.exists():
        n += 1
        target = autosave_dir() / f"{stem}-unsaved-{stamp}-{n}.txt"
    target.parent.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
    write_atomic(target, data.get("text", "").encode("utf-8"), private=True)
    if data.get("doc_path"):
        clear_autosave(data["doc_path"])
    return target
