"""Lexicon, thesaurus and fingerprint-list files as text: the problems found on their lines, and
the decoding of their bytes (a byte-order mark, else UTF-8, else Windows-1252, never silently).
One module for the three readers (:mod:`.lexicon`, :mod:`.thesaurus`, :mod:`.screener`), so that a
stray byte is reported the same way in each.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from unspin.core.bounded_read import Unreadable, shown


@dataclass(frozen=True)
class LexiconProblem:
    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


# UTF-32's marks first: the little-endian one begins with UTF-16's.
_BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
         (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))


def decode_list_file(data: bytes, path: Path | str, what: str, problems: list | None = None) -> str:
    """The text of a lexicon or thesaurus file (``what`` names it): a byte-order mark (UTF-8, -16
    or -32), else UTF-8, else Windows-1252; line endings become line feeds. ``Unreadable`` (a
    one-line message) for a binary file (a NUL byte near the start: a picture, a .docx, UTF-16
    without its mark) or bytes that no encoding tried can read.

    Bytes that are not UTF-8 are never read silently: in a file that is UTF-8 elsewhere (its other
    accented letters read as UTF-8) each line holding them is left out and named in ``problems``;
    in one with no UTF-8 letters at all, read as Windows-1252, the first line that reading
    changed is named, with how it now reads (a stray byte in an ASCII list becomes a letter in a
    repair: "official\u00ff\u00fes")."""
    notes = problems if problems is not None else []
    encoding = "utf-8"
    for bom, marked in _BOMS:
        if data.startswith(bom):
            data, encoding = data[len(bom):], marked
            break
    else:
        if b"\x00" in data[:8192]:
            raise Unreadable(f"{shown(path)} is a binary file, not a text {what}")
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        if encoding != "utf-8":
            raise Unreadable(f"{shown(path)} claims to be {encoding} but has invalid bytes at {exc.start}") from None
        text = _not_quite_utf8(data, str(path), what, notes)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _not_quite_utf8(data: bytes, path: str, what: str, notes: list) -> str:
    lines = re.split(rb"\r\n|\r|\n", data)
    replaced = data.decode("utf-8", "replace")
    bad = replaced.count("\ufffd")
    utf8_letters = sum(1 for c in replaced if ord(c) > 127) - bad
    try:
        legacy = data.decode("cp1252")   # lists are often saved by Windows tools
    except UnicodeDecodeError:
        legacy = None
    if legacy is not None and utf8_letters < bad:
        first = next(i for i, line in enumerate(lines) if not line.isascii())
        shown_line = lines[first].decode("cp1252").strip()
        notes.append(LexiconProblem(path, first + 1, f"not UTF-8: the file was read as Windows-1252, so this line "
                                    f"reads {shown_line[:80]!r}; if that is wrong, save the {what} as UTF-8"))
        return legacy
    kept, left_out = [], 0
    for lineno, line in enumerate(lines, 1):
        try:
            kept.append(line.decode("utf-8"))
        except UnicodeDecodeError as exc:
            kept.append("")
            left_out += 1
            notes.append(LexiconProblem(path, lineno, f"byte 0x{line[exc.start]:02X} at column {exc.start + 1} is not "
                                        "UTF-8 (the rest of the file is): the line is left out"))
    if left_out * 2 > len([line for line in lines if line.strip()]):
        del notes[len(notes) - left_out:]
        raise Unreadable(f"{shown(path)} is neither UTF-8 nor Windows-1252 text")
    return "\n".join(kept)
