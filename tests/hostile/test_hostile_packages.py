"""Word and OpenDocument packages built to mislead (helper hostile55): parts named twice by the
package's relationships, and XML parts in an encoding other than UTF-8. The saved file must be
one a word processor opens, with only the repaired words changed."""
from __future__ import annotations

import io
import zipfile

import pytest

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
SPUN = "The officer mentioned on Tuesday that costs at the White Home rose 12 p.c. over 3 years."


def _para(text: str) -> str:
    return f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def _docx(document: bytes | str, extra: dict[str, str] | None = None, document_rels: str = "") -> bytes:
    """A minimal .docx: ``document`` as word/document.xml, ``document_rels`` its relationships."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml",
                    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                    'content-types"/>')
        zf.writestr("_rels/.rels",
                    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                    f'relationships"><Relationship Id="rId1" Type="{REL}officeDocument" '
                    'Target="word/document.xml"/></Relationships>')
        zf.writestr("word/document.xml", document)
        if document_rels:
            zf.writestr("word/_rels/document.xml.rels",
                        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
                        f'2006/relationships">{document_rels}</Relationships>')
        for name, data in (extra or {}).items():
            zf.writestr(name, data)
    return out.getvalue()


def _body(*paragraphs: str) -> str:
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<w:document xmlns:w="{W}"><w:body>'
            f'{"".join(_para(p) for p in paragraphs)}</w:body></w:document>')


def _member(data: bytes, name: str) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return zf.read(name)


# -- a part named by two relationships ---------------------------------------------------------------
def test_a_header_that_is_also_the_footer_is_read_and_repaired_once(hostile, tmp_path):
    header = f'<?xml version="1.0"?><w:hdr xmlns:w="{W}">{_para("Notes from the White Home.")}</w:hdr>'
    rels = (f'<Relationship Id="rId2" Type="{REL}header" Target="header1.xml"/>'
            f'<Relationship Id="rId3" Type="{REL}footer" Target="header1.xml"/>')
    raw = _docx(_body(SPUN), {"word/header1.xml": header}, rels)
    doc = tmp_path / "shared.docx"
    doc.write_bytes(raw)
    r = hostile.cli("check", doc, "--json", expect=0)
    assert r.out.count('"White House"') == 2          # the body's and the header's, not the header's twice
    out = tmp_path / "out.docx"
    hostile.cli("repair", doc, "-o", out, expect=0)   # was: "cannot save out.docx: overlapping XML edits"
    assert b"Notes from the White House." in _member(out.read_bytes(), "word/header1.xml")
    hostile.intact(doc, raw)


def test_a_header_that_is_the_document_itself(hostile, tmp_path):
    raw = _docx(_body(SPUN), document_rels=f'<Relationship Id="rId2" Type="{REL}header" Target="document.xml"/>')
    doc = tmp_path / "loop.docx"
    doc.write_bytes(raw)
    out = tmp_path / "out.docx"
    hostile.cli("repair", doc, "-o", out, expect=0)
    saved = _member(out.read_bytes(), "word/document.xml").decode()
    assert saved.count("White House") == 1 and "White Home" not in saved


# -- an XML part in ISO-8859-1 -----------------------------------------------------------------------
@pytest.mark.parametrize("cafe", ["Café", "Caf&#233;"])
def test_a_part_in_iso_8859_1_is_read_and_saved_in_it(hostile, tmp_path, cafe):
    part = (f'<?xml version="1.0" encoding="ISO-8859-1"?>\n<w:document xmlns:w="{W}"><w:body>'
            f'{_para(cafe + " prices.")}{_para("Five zorbles a cup.")}{_para("Then florbles.")}</w:body></w:document>')
    raw_part = part.encode("latin-1")
    doc = tmp_path / "latin.docx"
    doc.write_bytes(_docx(raw_part))
    lexicon = tmp_path / "lex.tsv"
    lexicon.write_text("spun\trestored\tpos\twhen\tconfidence\tnote\nzorbles\tcrèmes\t\t\t0.9\ta test row\n"
                       "florbles\t✓\t\t\t0.9\ta test row\n", encoding="utf-8")
    out = tmp_path / "out.docx"
    hostile.cli("repair", doc, "-o", out, "--lexicon", lexicon, expect=0)
    saved = _member(out.read_bytes(), "word/document.xml")
    # Only the two words changed, each in the part's own encoding ("✓" has no ISO-8859-1 byte: a
    # character reference); the UTF-8 bytes of "crèmes" under this declaration read as "crÃ¨mes".
    assert saved == raw_part.replace(b"zorbles", "crèmes".encode("latin-1")).replace(b"florbles", b"&#10003;")
    from lxml import etree
    assert "".join(etree.fromstring(saved).itertext()) == "Café prices.Five crèmes a cup.Then ✓."



@pytest.mark.parametrize("suffix", [".docx", ".odt", ".txt"])
def test_a_lone_surrogate_in_a_repair_is_saved_as_a_replacement_character(hostile, tmp_path, suffix):
    from unspin.core.model import Document, Suggestion
    from unspin.formats.registry import load_document, save_document
    doc = tmp_path / "doc.txt"
    doc.write_text(SPUN, encoding="utf-8")
    source = load_document(doc)
    k = source.text.index("White Home")
    d = Document(source.text, [Suggestion(k, k + 10, "White Home", "White \ud800House")])   # a damaged paste
    d.accept(0)
    out = tmp_path / f"out{suffix}"
    save_document(source, d, out)   # was: "cannot save: 'utf-8' codec can't encode character '\ud800'"
    assert "White \ufffdHouse" in load_document(out).text


# -- a package of very many members ------------------------------------------------------------------
def _many_members(n: int, width: int = 1) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr("word/document.xml", _body(SPUN))
        for i in range(n):
            zf.writestr(zipfile.ZipInfo(f"{i:x}".rjust(width, "n")), b"")
    return out.getvalue()


def test_a_package_of_very_many_members_is_refused_before_they_are_listed(hostile, tmp_path):
    import tracemalloc

    from unspin.formats.errors import InputError
    from unspin.formats.package import open_package
    data = _many_members(150_000)   # 13 MB; a 100 MB file holds over a million such members
    tracemalloc.start()
    try:
        open_package(data, tmp_path / "many.docx", "docx", "Word document")
        raise AssertionError("a package of 150,001 members was opened")
    except InputError as exc:
        message = str(exc)
    finally:
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    # Listing them first took some 600 bytes a member (a million: 25 s and 630 MB, to refuse it).
    assert peak < 10 * 1024 * 1024, f"{peak / 1048576:.0f} MB to refuse the package"
    assert "150,001 parts" in message and "zip bomb" in message
    hostile.count("clear errors")


def test_a_package_whose_end_record_understates_its_members(hostile, tmp_path):
    import struct
    data = bytearray(_many_members(60_000, width=60))   # a member list of 6 MiB, under zip64's 65,535
    end = data.rfind(b"PK\x05\x06")
    struct.pack_into("<HH", data, end + 8, 3, 3)    # "3 members": zipfile reads the list's full size anyway
    doc = tmp_path / "liar.docx"
    doc.write_bytes(bytes(data))
    r = hostile.cli("check", doc, expect=1)
    assert "zip bomb" in r.err and "MiB" in r.err


# -- a DTD hidden behind a long comment --------------------------------------------------------------
def test_entity_expansion_behind_a_long_comment_is_refused_as_a_dtd(hostile, tmp_path):
    entities = '<!ENTITY a "aaaaaaaaaa">' + "".join(
        f'<!ENTITY {b} "{("&" + a + ";") * 10}">' for a, b in zip("abcdefg", "bcdefgh"))
    part = (f'<?xml version="1.0"?>\n<!--{"x" * 5000}--><!DOCTYPE w:document [{entities}]>'
            f'<w:document xmlns:w="{W}"><w:body>{_para(SPUN + " &h;")}</w:body></w:document>')
    doc = tmp_path / "laughs.docx"
    doc.write_bytes(_docx(part))
    r = hostile.cli("check", doc, expect=1)
    assert "DTD" in r.err and "amplification" not in r.err   # was: "is damaged: Maximum entity amplification..."


# -- a member compressed with a method Python cannot read (helper hostile56) -------------------------
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40
IMAGE_REL = f'<Relationship Id="rId9" Type="{REL}image" Target="media/image1.png"/>'


def _relabelled(data: bytes, member: str) -> bytes:
    """``data`` with ``member`` stored as deflate's stored blocks and labelled Deflate64 (the method
    Windows' own zip tool uses for large files): a valid member, since Deflate64 reads stored blocks
    as deflate does, that Python's zipfile cannot decompress."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            dst.writestr(zipfile.ZipInfo(info.filename, info.date_time), src.read(info),
                         compress_type=zipfile.ZIP_DEFLATED, compresslevel=0 if info.filename == member else 6)
    return _with_method(out.getvalue(), member, 9)


def _with_method(data: bytes, member: str, method: int) -> bytes:
    """``data`` with the compression method of ``member`` set to ``method`` (bytes unchanged)."""
    import struct
    b = bytearray(data)
    at = zipfile.ZipFile(io.BytesIO(data)).getinfo(member).header_offset
    struct.pack_into("<H", b, at + 8, method)                    # the local header's method
    i = data.find(b"PK\x01\x02")
    while i >= 0:                                                # the member list's entry
        n, m, k = struct.unpack_from("<HHH", b, i + 28)
        if data[i + 46:i + 46 + n].decode() == member:
            struct.pack_into("<H", b, i + 10, method)
        i = data.find(b"PK\x01\x02", i + 46 + n + m + k)
    return bytes(b)


def test_a_picture_compressed_with_deflate64_is_copied_as_it_is(hostile, tmp_path):
    raw = _relabelled(_docx(_body(SPUN), {"word/media/image1.png": PNG}, IMAGE_REL), "word/media/image1.png")
    doc = tmp_path / "picture.docx"
    doc.write_bytes(raw)
    out = tmp_path / "out.docx"
    # was: opened and reviewed, then "cannot save out.docx: That compression method is not supported"
    hostile.cli("repair", doc, "-o", out, expect=0)
    hostile.intact(doc, raw)
    assert b"White House" in _member(out.read_bytes(), "word/document.xml")
    with zipfile.ZipFile(io.BytesIO(raw)) as a, zipfile.ZipFile(io.BytesIO(out.read_bytes())) as b:
        old, new = a.getinfo("word/media/image1.png"), b.getinfo("word/media/image1.png")
        assert (new.compress_type, new.CRC, new.file_size, new.compress_size) == (9, old.CRC, len(PNG), old.compress_size)
    # Its compressed bytes are the original's, so the picture decompresses as before (to PNG).
    deflated = zipfile.ZipFile(io.BytesIO(_with_method(out.read_bytes(), "word/media/image1.png", 8)))
    assert deflated.read("word/media/image1.png") == PNG


def test_a_damaged_picture_does_not_stop_the_save(hostile, tmp_path):
    raw = bytearray(_docx(_body(SPUN), {"word/media/image1.png": PNG}, IMAGE_REL))
    with zipfile.ZipFile(io.BytesIO(bytes(raw))) as zf:
        info = zf.getinfo("word/media/image1.png")
    raw[info.header_offset + 30 + len(info.filename) + 20] ^= 0xFF   # one byte of the picture: its CRC fails
    raw = bytes(raw)
    doc = tmp_path / "damaged.docx"
    doc.write_bytes(raw)
    out = tmp_path / "out.docx"
    hostile.cli("repair", doc, "-o", out, expect=0)    # was: "cannot save out.docx: Bad CRC-32 for file ..."
    assert b"White House" in _member(out.read_bytes(), "word/document.xml")
    with zipfile.ZipFile(io.BytesIO(raw)) as a, zipfile.ZipFile(io.BytesIO(out.read_bytes())) as b:
        assert b.getinfo("word/media/image1.png").CRC == a.getinfo("word/media/image1.png").CRC


def test_a_document_part_compressed_with_deflate64_is_a_clear_error(hostile, tmp_path):
    doc = tmp_path / "text64.docx"
    raw = _relabelled(_docx(_body(SPUN)), "word/document.xml")
    doc.write_bytes(raw)
    r = hostile.cli("check", doc, expect=1)
    # was: "word/document.xml cannot be decompressed (That compression method is not supported)"
    assert "Deflate64" in r.err and "save it again" in r.err


def test_members_that_overlap_are_refused(hostile, tmp_path):
    import os
    import struct
    src = zipfile.ZipFile(io.BytesIO(_docx(_body(SPUN))))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            dst.writestr(info.filename, src.read(info), compress_type=zipfile.ZIP_DEFLATED)
        for j in range(50):
            dst.writestr(zipfile.ZipInfo(f"customXml/item{j}.xml"), b"")
        dst.writestr(zipfile.ZipInfo("media/pad.bin"), os.urandom(200_000))
    data = bytearray(out.getvalue())
    listing = data.find(b"PK\x01\x02")
    i = listing
    while i >= 0:                       # each empty item's compressed bytes: everything after it
        n, m, k = struct.unpack_from("<HHH", data, i + 28)
        if data[i + 46:i + 46 + n].startswith(b"customXml/item"):
            (offset,) = struct.unpack_from("<I", data, i + 42)
            struct.pack_into("<I", data, i + 20, listing - (offset + 30 + n))
        i = data.find(b"PK\x01\x02", i + 46 + n + m + k)
    doc = tmp_path / "overlap.docx"
    doc.write_bytes(bytes(data))
    # The items declare 0 bytes, so no size limit applied: the package opened and saved, each item
    # emptied. Copied as compressed, 50 items each holding the other members' bytes made a 10 MB
    # file of a 200 KB one (10,000 items of a 10 MB file: 100 GB).
    r = hostile.cli("repair", doc, "-o", tmp_path / "out.docx", expect=1)
    assert "overlap" in r.err and not (tmp_path / "out.docx").exists()
