"""JSON files of the store: hashed names, atomic writes, tolerant reads, encoding in pieces."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any, Callable

from unspin.formats.errors import OutputError
from unspin.formats.safe_write import write_atomic

LIST_PIECE = 2000            # list items per json.dumps call
TEXT_PIECE = 200_000         # characters of a string per json.dumps call


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def write_json_bytes(target: Path, data: bytes) -> Path:
    """Atomic: a crash mid-write leaves the previous file intact. Raises OutputError."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot write {target.parent}: {exc.strerror or exc}") from None
    write_atomic(target, data)
    return target


def write_json(target: Path, payload: dict) -> Path:
    return write_json_bytes(target, dumps_in_pieces(payload))


def read_json(path: Path) -> Any:
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def dumps_in_pieces(value: Any, pause: Callable[[], None] = lambda: None) -> bytes:
    """``json.dumps(value, ensure_ascii=False)`` as UTF-8, the same bytes, but encoded a piece at a
    time: one ``json.dumps`` of a big review (a long text, 20,000 decisions) holds the GIL for most
    of 100 ms; ``pause()``, called between pieces, lets other threads (the window's) run."""
    out: list[str] = []
    _encode(value, out, pause)
    try:
        return "".join(out).encode("utf-8")
    except UnicodeEncodeError:   # a lone surrogate (from a damaged paste): escaped, still readable
        return json.dumps(value).encode("ascii")


def _encode(value: Any, out: list[str], pause: Callable[[], None]) -> None:
    if isinstance(value, dict):
        out.append("{")
        for k, (key, item) in enumerate(value.items()):
            out.append((", " if k else "") + json.dumps(str(key), ensure_ascii=False) + ": ")
            _encode(item, out, pause)
        out.append("}")
    elif isinstance(value, (list, tuple)) and len(value) > LIST_PIECE:
        out.append("[")
        for k in range(0, len(value), LIST_PIECE):
            out.append((", " if k else "") + json.dumps(list(value[k:k + LIST_PIECE]), ensure_ascii=False)[1:-1])
            pause()
        out.append("]")
    elif isinstance(value, str) and len(value) > TEXT_PIECE:
        out.append('"')
        for k in range(0, len(value), TEXT_PIECE):
            out.append(json.dumps(value[k:k + TEXT_PIECE], ensure_ascii=False)[1:-1])
            pause()
        out.append('"')
    else:
        out.append(json.dumps(value, ensure_ascii=False))
