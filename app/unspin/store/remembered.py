"""Remembered decisions: on a clean close the window stores a review's decisions (and, when the
user typed, the pane text and spans) under ``config_dir()/sessions`` so that reopening an unchanged
file brings them back; when the file's text changed, the decisions whose words are still there
are carried to their new places::

    save_remembered(doc_path, original_text, decisions, right_text=None, spans=None, dropped=None,
                    suggestions_signature="")
    load_remembered(doc_path, original_text) -> dict | None
    suggestions_signature(spans) -> str   # identifies a suggestion list: saved spans need the same
"""
from __future__ import annotations

import json
from pathlib import Path

from unspin.store.jsonfile import (digest as _digest, int_list, read_json as _read_json, span_list,
                                   write_json as _write_json)
from unspin.store.settings import config_dir

REMEMBERED_VERSION = 1


def text_hash(text: str) -> str:
    return _digest(text)


def remembered_path(doc_path: Path | str) -> Path:
    return config_dir() / "sessions" / f"{_digest(str(Path(doc_path).resolve()))[:24]}.json"


def suggestions_signature(spans: list[tuple[int, int, str]]) -> str:
    """Identifies a suggestion list, so saved pane spans are only reused for the same list."""
    return _digest(json.dumps([list(s) for s in spans], ensure_ascii=False))


def save_remembered(doc_path: Path | str, original_text: str, decisions: list[dict],
                    right_text: str | None = None, spans: list[tuple[int, int]] | None = None,
                    dropped: list[int] | None = None, suggestions_signature: str = "") -> Path:
    # The text itself is kept so that decisions can be carried over to a later version of the
    # file (for instance after the user saved the repaired text over it).
    data = {"version": REMEMBERED_VERSION, "path": str(Path(doc_path).resolve()),
            "text_sha256": text_hash(original_text), "text": original_text, "decisions": list(decisions)}
    if right_text is not None:
        data.update(right_text=right_text, spans=[list(s) for s in spans or []], dropped=sorted(dropped or []),
                    signature=suggestions_signature)
    return _write_json(remembered_path(doc_path), data)


def load_remembered(doc_path: Path | str, original_text: str) -> dict | None:
    """The remembered review of ``doc_path``, or None when there is none.

    When the file's text changed since, the decisions whose words are still there are carried
    over to their new places (``relocated`` is then true, and no pane text is returned).
    """
    data = _read_json(remembered_path(doc_path))
    if not isinstance(data, dict) or not isinstance(data.get("decisions"), list):
        return None
    # A damaged or hand-edited field is left out rather than met as a traceback when the file opens.
    data["decisions"] = [d for d in data["decisions"] if isinstance(d, dict)]
    if "right_text" in data and (not isinstance(data["right_text"], str) or span_list(data.get("spans")) is None
                                 or int_list(data.get("dropped", [])) is None):
        for key in ("right_text", "spans", "dropped", "signature"):
            data.pop(key, None)
    if data.get("text_sha256") == text_hash(original_text):
        return data
    old_text = data.get("text")
    if not isinstance(old_text, str):
        return None
    from unspin.core.relocate import relocate_decisions
    moved = relocate_decisions(old_text, original_text, data["decisions"])
    if not moved:
        return None
    return {"version": data.get("version"), "path": data.get("path"), "decisions": moved, "relocated": True}
