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
        return "utf-16-le"
    if even_zero > 0.4 and odd_zero < 0.05:
        return "utf-16-be"
    return None


def _guess_legacy(body: bytes) -> str | None:
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
