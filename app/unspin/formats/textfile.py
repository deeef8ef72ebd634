"""Plain text files: decoding with encoding detection, and encoding back the same way.

The decoded text is what the engine and the model see; ``TextFormat`` remembers how the file was
written (encoding, byte-order mark, line endings) so that saving gives back the same bytes for
every unchanged character.
"""
from __future__ import annotations

import codecs
from dataclasses import dataclass
from pathlib import Path

from unspin.formats.errors import InputError

MAX_BYTES = 20 * 1024 * 1024  # 20 MiB of text is roughly 3.5 million words: far beyond any thesis
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
         (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))


@dataclass(frozen=True)
class TextFormat:
    encoding: str = "utf-8"
    bom: bytes = b""
    newline: str = "\n"

    def encode(self, text: str) -> bytes:
        if self.newline != "\n":
            text = text.replace("\n", self.newline)
        return self.bom + text.encode(self.encoding)


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
    if newline != "\n":
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text, TextFormat(encoding, bom, newline)


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
    path = Path(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror})") from None
    if path.is_dir():
        raise InputError(f"{path} is a folder, not a file")
    if size > MAX_BYTES:
        raise InputError(f"{path} is {size / 1048576:.1f} MiB; the limit is {MAX_BYTES // 1048576} MiB of text")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror})") from None
    return decode_bytes(data, str(path))
