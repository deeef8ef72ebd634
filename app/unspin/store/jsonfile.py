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


PRIVATE_FOLDER = 0o700


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def write_json_bytes(target: Path, data: bytes) -> Path:
    """Atomic: a crash mid-write leaves the previous file intact. Private (the owner's alone, as is a
    new folder for it): an autosave or a remembered review holds a document's text or words. Raises
    OutputError."""
    try:
        target.parent.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot write {target.parent}: {exc.strerror or exc}") from None
    write_atomic(target, data, private=True)
    return target


def write_json(target: Path, payload: dict) -> Path:
    return write_json_bytes(target, dumps_in_pieces(payload))


# An autosave holds a document's text (at most 20 MiB) twice at most, escaped, and its decisions.
MAX_JSON_BYTES = 256 * 1024 * 1024


def read_json(path: Path) -> Any:
    """The decoded file, or None when it is missing, unreadable or not JSON. Read once and bounded
    (a FIFO or a device left in the settings folder is refused, not waited on), and JSON nested
    too deeply for the decoder is "not JSON", not a RecursionError in the window."""
    from unspin.core.bounded_read import Unreadable, read_input
    try:
        return json.loads(read_input(Path(path), MAX_JSON_BYTES, "the settings folder's files").decode("utf-8"))
    except (Unreadable, ValueError, RecursionError, MemoryError):
        return None


# -- what a file holds, checked: a damaged or hand-edited file is ignored in part, never a traceback
def is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def int_list(value: Any) -> list[int] | None:
    """``value`` when it is a list of whole numbers, else None."""
    return value if isinstance(value, list) and all(is_int(v) for v in value) else None


def span_list(value: Any) -> list[list[int]] | None:
    """``value`` when it is a list of [start, end] pairs of whole numbers, else None."""
    if isinstance(value, list) and all(isinstance(v, list) and len(v) == 2 and int_list(v) for v in value):
        return value
    return None


def epoch_seconds(value: Any) -> float:
    """A time as stored (seconds since 1970), or 0 ("an earlier session") when it is not one a
    clock can show: a string, a boolean, infinity or a year past 5000 made time.localtime fail."""
    if isinstance(value, (int, float)) and not isinstance(value, bool) and 0 <= value < 95_000_000_000:
        return float(value)
    return 0.0


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
