"""Which reader and writer handle which file, chosen by extension.

``load_document(path)`` returns a :class:`Source`: the text the engine analyses and whatever the
format needs to write the document back (encoding, or the original package for .docx).
``save_document(source, document, path)`` writes the repaired document in the format the target
path asks for, always through :func:`unspin.formats.safe_write.write_atomic`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from unspin.core.model import Document
from unspin.formats.errors import InputError, OutputError
from unspin.formats.safe_write import write_atomic
from unspin.formats.textfile import TextFormat, read_text_file


@dataclass
class Source:
    path: Path | None
    text: str
    kind: str                      # "text", "markdown", "docx", ...
    info: Any = None               # format-specific: TextFormat for text
    notes: list[str] = field(default_factory=list)  # things to tell the user (e.g. PDF not rewritten)


Reader = Callable[[Path], Source]
Writer = Callable[[Source, Document, Path, bool], bytes]

READERS: dict[str, Reader] = {}
WRITERS: dict[str, Writer] = {}


def reader(*suffixes: str):
    def register(fn: Reader) -> Reader:
        for s in suffixes:
            READERS[s] = fn
        return fn
    return register


def writer(*suffixes: str):
    def register(fn: Writer) -> Writer:
        for s in suffixes:
            WRITERS[s] = fn
        return fn
    return register


@reader(".txt", ".text", "")
def read_text(path: Path) -> Source:
    text, fmt = read_text_file(path)
    return Source(path, text, "text", fmt)


@writer(".txt", ".text", "")
def write_text(source: Source, document: Document, path: Path, pending_as_replacement: bool) -> bytes:
    fmt = source.info if isinstance(source.info, TextFormat) else TextFormat()
    text = document.repaired_text(pending_as_replacement)
    try:
        return fmt.encode(text)
    except UnicodeEncodeError:
        # A replacement the original encoding cannot hold: fall back to UTF-8 rather than lose it.
        return TextFormat("utf-8", b"", fmt.newline).encode(text)


def _suffix(path: Path) -> str:
    return path.suffix.lower()


def load_document(path: Path) -> Source:
    path = Path(path)
    fn = READERS.get(_suffix(path))
    if fn is None:
        fn = READERS[".txt"]  # unknown extension: try it as text; binary files are refused there
    src = fn(path)
    if not src.text.strip():
        raise InputError(f"{path} is empty: there is no text to check")
    return src


def document_bytes(source: Source, document: Document, path: Path, pending_as_replacement: bool = False) -> bytes:
    fn = WRITERS.get(_suffix(Path(path)))
    if fn is None:
        fn = WRITERS[".txt"] if source.kind == "text" else WRITERS.get(source.kind and f".{source.kind}")
    if fn is None:
        raise OutputError(f"cannot save as {Path(path).suffix or 'a file without extension'}")
    return fn(source, document, Path(path), pending_as_replacement)


def save_document(source: Source, document: Document, path: Path, pending_as_replacement: bool = False,
                  backup: bool = False) -> Path | None:
    data = document_bytes(source, document, path, pending_as_replacement)
    return write_atomic(Path(path), data, backup=backup)
