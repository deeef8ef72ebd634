"""Zip packages (.docx, .odt): opened defensively, rewritten with every untouched member as it was.

Checks made before anything is decompressed: the file is a zip at all (and not an encrypted
Office file, which is an OLE2 compound file), the number of members, no two members of one name, each member's declared size,
the total declared size and the compression ratio (a "zip bomb" declares or hides enormous
sizes). Reading then stops at the declared size, so a member that lies about its size cannot
inflate past the limit either.
"""
from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

from unspin.formats.errors import InputError

MAX_PACKAGE_BYTES = 100 * 1024 * 1024      # size of the .docx/.odt/.pdf file itself
MAX_MEMBER_BYTES = 100 * 1024 * 1024       # one decompressed member
MAX_TOTAL_BYTES = 300 * 1024 * 1024        # all members, decompressed
MAX_MEMBERS = 10_000
MAX_RATIO = 200                            # decompressed / compressed, for members over 1 MiB
# The central directory (the member list) is read whole, as Python objects of some 600 bytes a
# member, before the members can be counted: its size is checked first, from the end record.
# 10,000 members with names of 400 bytes fit; an 86 MB package of a million empty members
# (25 s and 630 MB to list) does not.
MAX_DIRECTORY_BYTES = MAX_MEMBERS * 512

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
PDF_MAGIC = b"%PDF"


def read_file_bytes(path: Path, limit: int, what: str) -> bytes:
    """The bytes of a document file, with a clear InputError for every way that can fail (read
    once and bounded by :func:`unspin.formats.reading.read_input`)."""
    from unspin.formats.reading import read_input
    data = read_input(Path(path), limit, what)
    if not data:
        raise InputError(f"{path} is empty: there is no text to check")
    return data


def describe_ole(data: bytes, path: Path, kind: str) -> str:
    """The message for an OLE2 compound file given where a zip package was expected."""
    if "EncryptedPackage".encode("utf-16-le") in data or "EncryptionInfo".encode("utf-16-le") in data:
        return (f"{path} is password-protected (encrypted); remove the password in your word "
                "processor and save it again, then open that copy")
    if kind == "docx":
        return f"{path} is an old Word 97-2003 (.doc) file; save it as .docx in your word processor first"
    return f"{path} is not an OpenDocument file (it is an old Microsoft Office file)"


@dataclass
class Package:
    """A zip package held in memory: the original bytes and the member list in order."""
    data: bytes
    infos: list[zipfile.ZipInfo]
    comment: bytes

    def names(self) -> list[str]:
        return [i.filename for i in self.infos]

    def has(self, name: str) -> bool:
        return any(i.filename == name for i in self.infos)

    def read(self, name: str) -> bytes:
        info = next((i for i in self.infos if i.filename == name), None)
        if info is None:
            raise KeyError(name)
        with zipfile.ZipFile(io.BytesIO(self.data)) as zf:
            with zf.open(info) as fh:
                out = fh.read(min(info.file_size, MAX_MEMBER_BYTES) + 1)
        if len(out) > info.file_size or len(out) > MAX_MEMBER_BYTES:
            raise InputError(f"the member {name} is larger than it declares (a possible zip bomb)")
        return out

    def rebuilt(self, replacements: dict[str, bytes]) -> bytes:
        """The package with some members' contents replaced; every other member keeps its bytes,
        name, order, date, attributes and compression method.

        An untouched member is copied as it is compressed, never decompressed: a method Python
        cannot read (Deflate64, which Windows' own zip tool uses for large files; PPMd) or a
        damaged picture stays as the word processor wrote it instead of making the save fail."""
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as dst:
            dst.comment = self.comment
            for info in self.infos:
                content = replacements.get(info.filename)
                new = zipfile.ZipInfo(info.filename, info.date_time)
                new.external_attr = info.external_attr
                new.internal_attr = info.internal_attr
                new.create_system = info.create_system
                new.comment = info.comment
                new.extra = _without_zip64(info.extra)
                new.flag_bits = info.flag_bits & 0x800  # keep only the UTF-8 name flag
                if content is not None:
                    new.compress_type = info.compress_type
                    dst.writestr(new, content)
                    continue
                # Written as stored bytes, then labelled with the member's own method, CRC and size.
                new.compress_type = zipfile.ZIP_STORED
                dst.writestr(new, self._compressed(info))
                new.compress_type, new.CRC, new.file_size = info.compress_type, info.CRC, info.file_size
                end = out.tell()
                out.seek(new.header_offset)
                out.write(new.FileHeader())
                out.seek(end)
        return out.getvalue()

    def _compressed(self, info: zipfile.ZipInfo) -> bytes:
        """A member's bytes as stored in the package (after its local header), not decompressed."""
        import struct
        at = info.header_offset
        if self.data[at:at + 4] != b"PK\x03\x04":
            raise InputError(f"the package is damaged: the part {info.filename} is not where its list says")
        name_len, extra_len = struct.unpack_from("<HH", self.data, at + 26)
        if self.data[at + 30:at + 30 + name_len] != info.orig_filename.encode(
                "utf-8" if info.flag_bits & 0x800 else "cp437", "replace"):
            raise InputError(f"the package is damaged: the part {info.filename} is not where its list says")
        start = at + 30 + name_len + extra_len
        raw = self.data[start:start + info.compress_size]
        if len(raw) != info.compress_size:
            raise InputError(f"the package is damaged: the part {info.filename} is cut short")
        return raw


def _without_zip64(extra: bytes) -> bytes:
    """Extra fields minus the zip64 record, which zipfile writes itself when it is needed."""
    out, i = [], 0
    while i + 4 <= len(extra):
        kind = int.from_bytes(extra[i:i + 2], "little")
        size = int.from_bytes(extra[i + 2:i + 4], "little")
        if kind != 0x0001:
            out.append(extra[i:i + 4 + size])
        i += 4 + size
    return b"".join(out)


def open_package(data: bytes, path: Path, kind: str, label: str) -> Package:
    """Open a zip package from bytes after the safety checks; ``label`` names the format."""
    if data.startswith(OLE_MAGIC):
        raise InputError(describe_ole(data, path, kind))
    if not data.startswith(ZIP_MAGIC):
        if data.startswith(PDF_MAGIC):
            raise InputError(f"{path} is a PDF file, not a {label}; give it a .pdf extension")
        raise InputError(f"{path} is not a valid {label}: it is not a zip package (the file is damaged "
                         "or is another kind of file)")
    listed, directory = _directory_size(data)
    if listed > MAX_MEMBERS or directory > MAX_DIRECTORY_BYTES:
        many = f"{listed:,} parts" if listed > MAX_MEMBERS else f"a list of parts of {directory / 1048576:.0f} MiB"
        raise InputError(f"{path} has {many} inside; the limit is {MAX_MEMBERS:,} parts (a possible zip bomb)")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
            comment = zf.comment
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        raise InputError(f"{path} is not a valid {label}: the zip package is damaged") from None
    if len(infos) > MAX_MEMBERS:
        raise InputError(f"{path} has {len(infos)} parts inside; the limit is {MAX_MEMBERS}")
    seen: set[str] = set()
    for info in infos:
        # Two members of one name: programs disagree about which one is the document, so what
        # Unspin checks might not be what a word processor shows. Refused, not guessed.
        if info.filename in seen:
            raise InputError(f"{path} is not a valid {label}: it holds two parts named {info.filename} "
                             "(the package is damaged or was tampered with)")
        seen.add(info.filename)
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise InputError(f"{path} is password-protected (encrypted); remove the password first")
        if info.file_size > MAX_MEMBER_BYTES:
            raise InputError(f"{path} contains a part of {info.file_size / 1048576:.0f} MiB when "
                             f"decompressed; the limit is {MAX_MEMBER_BYTES // 1048576} MiB (a possible zip bomb)")
        if info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise InputError(f"{path} is compressed suspiciously well ({info.filename} expands "
                             f"{info.file_size // max(info.compress_size, 1)} times): refused as a possible zip bomb")
        total += info.file_size
    # Members' compressed bytes lie side by side in the file: more of them than the file holds means
    # members overlap (one member's bytes counted as another's too, a way of hiding a zip bomb, and
    # what saving copies once per member).
    if sum(info.compress_size for info in infos) > len(data):
        raise InputError(f"{path} is not a valid {label}: its parts overlap (the package is damaged, "
                         "or built as a zip bomb)")
    if total > MAX_TOTAL_BYTES:
        raise InputError(f"{path} expands to {total / 1048576:.0f} MiB; the limit is "
                         f"{MAX_TOTAL_BYTES // 1048576} MiB (a possible zip bomb)")
    return Package(data, infos, comment)


def _directory_size(data: bytes) -> tuple[int, int]:
    """(members listed, bytes of the central directory) as the zip's end record (or its zip64
    record) declares them; (0, 0) when there is none (zipfile then reports the damage). zipfile
    reads exactly the declared directory size, whatever member count is declared, so the size
    bounds the work even when the count lies."""
    import struct
    end = data.rfind(b"PK\x05\x06", max(0, len(data) - 22 - 65535))
    if end < 0 or end + 22 > len(data):
        return 0, 0
    count, size = struct.unpack_from("<HI", data, end + 10)
    locator = end - 20
    if locator >= 0 and data[locator:locator + 4] == b"PK\x06\x07":
        (record,) = struct.unpack_from("<Q", data, locator + 8)
        if record + 56 <= len(data) and data[record:record + 4] == b"PK\x06\x06":
            count64, size64 = struct.unpack_from("<QQ", data, record + 32)
            count, size = max(count, count64), max(size, size64)
    return count, size


# Zip compression methods Python's zipfile cannot read, by number (APPNOTE.TXT 4.4.5).
_METHODS = {6: "Implode", 9: "Deflate64", 10: "PKWARE DCL Implode", 18: "IBM TERSE", 19: "IBM LZ77",
            93: "Zstandard", 94: "MP3", 95: "XZ", 96: "JPEG", 97: "WavPack", 98: "PPMd"}


def read_member(pkg: Package, name: str, path: Path, label: str) -> bytes:
    try:
        return pkg.read(name)
    except KeyError:
        raise InputError(f"{path} is not a valid {label}: {name} is missing") from None
    except NotImplementedError:
        info = next(i for i in pkg.infos if i.filename == name)
        method = _METHODS.get(info.compress_type, f"method {info.compress_type}")
        raise InputError(f"{path} cannot be read: its part {name} is compressed with {method}, which Unspin "
                         f"cannot decompress; open it in your word processor and save it again") from None
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise InputError(f"{path} is not a valid {label}: {name} cannot be decompressed ({exc})") from None
