"""Plain text files: decoding with encoding detection, and encoding back the same way.

The decoded text is what the engine and the model see; ``TextFormat`` remembers how the file was
written (encoding, byte-order mark, line endings) so that saving gives back the same bytes for
every unchanged character.
"""
from __future__ import annotations

import codecs
import dataclasses
import re
from dataclasses import dataclass, field
from pathlib import Path

from unspin.core.common_ends import common_ends
from unspin.formats.errors import InputError

MAX_BYTES = 20 * 1024 * 1024  # 20 MiB of text is roughly 3.5 million words: far beyond any thesis
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
         (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))


@dataclass(frozen=True)
class TextFormat:
    """How a text file was written. ``original`` is its decoded text (newlines as ``\n``),
    ``line_ends`` the file's own line ending for each ``\n`` of it when they were mixed (None when
    every line ended the same way, as ``newline``), and ``raw`` the file's bytes.

    :meth:`encode` gives the file's bytes back unchanged when the text is unchanged, and otherwise
    puts every unchanged line's own ending back: replacements never touch the bytes around them.
    """
    encoding: str = "utf-8"
    bom: bytes = b""
    newline: str = "\n"
    line_ends: tuple[str, ...] | None = field(default=None, compare=False, repr=False)
    original: str | None = field(default=None, compare=False, repr=False)
    raw: bytes = field(default=b"", compare=False, repr=False)

    def encode(self, text: str) -> bytes:
        """The bytes of ``text`` in this format; UnicodeEncodeError when the encoding cannot hold
        one of its characters (the caller decides: never a silent change of encoding)."""
        if self.raw and text == self.original:
            return self.raw
        if self.line_ends is not None and self.original is not None:
            text = _restore_line_ends(self.original, self.line_ends, text, self.newline)
        elif self.newline != "\n":
            text = text.replace("\n", self.newline)
        return self.bom + text.encode(self.encoding)

    def with_encoding(self, encoding: str) -> "TextFormat":
        """The same file written in another encoding (a byte-order mark stays if it had one; "utf-16"
        and "utf-32", which name no byte order, always get one, as Python's and iconv's do)."""
        name = file_encoding(encoding)
        bom = b""
        if self.bom:
            bom = {"utf-8": codecs.BOM_UTF8, "utf-16-le": codecs.BOM_UTF16_LE,
                   "utf-16-be": codecs.BOM_UTF16_BE, "utf-32-le": codecs.BOM_UTF32_LE,
                   "utf-32-be": codecs.BOM_UTF32_BE}.get(name, b"")
        if name in ("utf-16", "utf-32"):
            # Without the mark, most programs cannot tell the byte order, or that the file is text.
            bom = codecs.BOM_UTF16_LE if name == "utf-16" else codecs.BOM_UTF32_LE
            name += "-le"   # the BOM says little-endian; the codec must not add a second one
        return dataclasses.replace(self, encoding=name, bom=bom, raw=b"")


_EOL = re.compile(r"\r\n|\r|\n")

# Codecs Python knows that do not write text files: besides the bytes-to-bytes and text-to-text
# transforms (hex, base64, zlib, rot13: refused by their own flag), these.
_NOT_FILE_ENCODINGS = {"idna", "punycode", "unicode-escape", "raw-unicode-escape", "undefined"}


def file_encoding(name: str) -> str:
    """Python's name for the encoding ``name`` if it can write a text file; ValueError (a one-line
    reason) if it is unknown, or a codec of another kind ("base64", "rot13", "punycode")."""
    try:
        info = codecs.lookup(name)
    except LookupError:
        raise ValueError(f"unknown encoding {name!r}") from None
    if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_FILE_ENCODINGS:
        raise ValueError(f"{name!r} is not a text file encoding (try utf-8)")
    return info.name


def _restore_line_ends(original: str, ends: tuple[str, ...], text: str, default: str) -> str:
    """``text`` (newlines as ``\n``) with each line that is also a line of ``original`` ending as
    it did in the file; new lines end with ``default``."""
    old_lines = original.split("\n")
    new_lines = text.split("\n")
    out_ends: list[str] = []
    if len(new_lines) == len(old_lines):
        out_ends = list(ends)   # replacements within lines: every line keeps its own ending
    else:
        # Lines were added or removed (typing in the window): match lines, keep the matched ones'.
        import difflib
        lo, hi = common_ends(old_lines, new_lines)
        out_ends = list(ends[:lo])
        middle = difflib.SequenceMatcher(None, old_lines[lo:len(old_lines) - hi],
                                         new_lines[lo:len(new_lines) - hi], autojunk=False)
        for op, i1, i2, j1, j2 in middle.get_opcodes():
            for k in range(j2 - j1):
                i = lo + i1 + k
                out_ends.append(ends[i] if op in ("equal", "replace") and i < lo + i2 and i < len(ends) else default)
        out_ends.extend(ends[j] if j < len(ends) else default for j in range(len(old_lines) - hi, len(old_lines)))
    pieces = []
    last = len(new_lines) - 1
    for k, line in enumerate(new_lines):
        pieces.append(line)
        if k < last:
            pieces.append(out_ends[k] if k < len(out_ends) else default)
    return "".join(pieces)


def _detect_newline(text: str) -> str:
    crlf = text.count("\r\n")
    cr = text.count("\r") - crlf
    lf = text.count("\n") - crlf
    if crlf > max(lf, cr):
        return "\r\n"
    if cr > lf:
        return "\r"
    return "\n"


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return control > len(sample) * 0.05


def decode_bytes(data: bytes, name: str = "the file") -> tuple[str, TextFormat]:
    """Decode a text file's bytes; raise InputError with a clear message when it is not text."""
    bom, encoding = b"", None
    for mark, enc in _BOMS:
        if data.startswith(mark):
            bom, encoding = mark, enc
            break
    if encoding is None:
        if _looks_binary(data):
            if _utf16_without_bom(data):
                encoding = _utf16_without_bom(data)
            else:
                raise InputError(f"{name} is a binary file, not text")
    body = data[len(bom):]
    if encoding is None:
        try:
            text = body.decode("utf-8")
            encoding = "utf-8"
        except UnicodeDecodeError:
            encoding = _guess_legacy(body)
            if encoding is None:
                raise InputError(f"{name} is not in a text encoding Unspin can recognise") from None
            text = body.decode(encoding)
    else:
        try:
            text = body.decode(encoding)
        except UnicodeDecodeError as exc:
            raise InputError(f"{name} claims to be {encoding} but has invalid bytes at {exc.start}") from None
    newline = _detect_newline(text)
    line_ends = None
    if "\r" in text:
        found = _EOL.findall(text)
        if any(e != newline for e in found):
            line_ends = tuple(found)
        text = _EOL.sub("\n", text)
    return text, TextFormat(encoding, bom, newline, line_ends, text, data)


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_zero = sample[0::2].count(0) / max(len(sample[0::2]), 1)
    odd_zero = sample[1::2].count(0) / max(len(sample[1::2]), 1)
    if odd_zero > 0.4 and even_zero < 0.05:
        encoding = "utf-16-le"
    elif even_zero > 0.4 and odd_zero < 0.05:
        encoding = "utf-16-be"
    else:
        return None
    # Zero bytes in alternate places also occur in binary data: accept UTF-16 only if what it
    # decodes to reads as text (printable characters and ordinary whitespace).
    chars = sample[: len(sample) // 2 * 2].decode(encoding, errors="replace")
    odd = sum(1 for c in chars if not (c.isprintable() or c in "\t\n\r\f"))
    return encoding if odd <= len(chars) * 0.02 else None


_WESTERN_PUNCT = set("\u201c\u201d\u2018\u2019\u201a\u201e\u2013\u2014\u2026\u2022\u20ac\u00ab\u00bb\u00b0"
                     "\u00a7\u00a9\u00ae\u00b1\u00b7\u00a0\u2122\u00a1\u00bf\u00a3\u00a5\u00a2\u00b6"
                     "\u2020\u2021\u2030\u2039\u203a\u00bd\u00bc\u00be\u00b2\u00b3\u00b9")


def _plausible_cp1252(body: bytes) -> bool:
    """Western European text in Windows-1252: accented letters sit among mostly ASCII letters, and
    the other non-ASCII characters are typographic marks between words, not inside them.

    charset-normalizer alone often calls short French or German text Baltic or Central European;
    text in those encodings (or Cyrillic in cp1251) read as cp1252 fails one of these tests.
    """
    try:
        text = body.decode("cp1252")
    except UnicodeDecodeError:
        return False
    ascii_letters = high_letters = 0
    for i, ch in enumerate(text):
        if ch.isascii():
            ascii_letters += ch.isalpha()
            continue
        if ch.isalpha():
            high_letters += 1
            continue
        if ch not in _WESTERN_PUNCT:
            return False
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if before.isalpha() and after.isalpha() and ch not in "\u2019\u2013\u2014":
            return False   # a symbol inside a word: another code page's letter
    return high_letters <= 0.4 * max(ascii_letters + high_letters, 1)


def _guess_legacy(body: bytes) -> str | None:
    if _plausible_cp1252(body[:1_000_000]):
        try:
            body.decode("cp1252")
            return "cp1252"
        except UnicodeDecodeError:
            pass
    from charset_normalizer import from_bytes

    best = from_bytes(body[:200_000]).best()
    if best is None:
        return None
    enc = best.encoding
    try:
        body.decode(enc)
    except (UnicodeDecodeError, LookupError):
        return None
    return enc


def read_text_file(path: Path) -> tuple[str, TextFormat]:
    from unspin.formats.reading import read_input
    data = read_input(Path(path), MAX_BYTES, "text")
    return decode_bytes(data, "standard input" if str(path) == "-" else str(path))
