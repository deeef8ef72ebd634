"""Review decisions remembered between runs, one JSON file per document (no Qt here).

A session is keyed by the file's absolute path and only applies while the file's text is the
same (its SHA-256 matches): reopening an unchanged file brings back its decisions and typing;
a file changed on disk starts a fresh review.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

from unspin.formats.safe_write import write_atomic
from unspin.settings import config_dir

VERSION = 1


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def session_path(path: Path) -> Path:
    key = hashlib.sha256(str(Path(path).resolve()).encode("utf-8", "surrogatepass")).hexdigest()[:24]
    return config_dir() / "sessions" / f"{key}.json"


def signature(spans: list[tuple[int, int, str]]) -> str:
    """Identifies the suggestion list, so saved pane spans are only reused for the same list."""
    return hashlib.sha256(json.dumps(spans, ensure_ascii=False).encode("utf-8", "surrogatepass")).hexdigest()


def save_session(path: Path, original_text: str, decisions: list[dict], right_text: str | None = None,
                 spans: list[tuple[int, int]] | None = None, dropped: list[int] | None = None,
                 suggestions_signature: str = "") -> None:
    data = {"version": VERSION, "path": str(Path(path).resolve()), "text_sha256": text_hash(original_text),
            "decisions": decisions}
    if right_text is not None:
        data.update(right_text=right_text, spans=[list(s) for s in spans or []], dropped=sorted(dropped or []),
                    signature=suggestions_signature)
    target = session_path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(target, json.dumps(data, ensure_ascii=False).encode("utf-8"))


def load_session(path: Path, original_text: str) -> dict | None:
    try:
        data = json.loads(session_path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("text_sha256") != text_hash(original_text):
        return None
    return data
