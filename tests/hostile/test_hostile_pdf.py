"""PDFs built to stall their reader (helper hostile59): pypdf bounds the work of one page, but every
page may draw the same content stream."""
from __future__ import annotations

import zlib

import pytest

LINE = b"BT /F1 12 Tf 72 700 Td (The officer mentioned that prices at the White Home rose 12 p.c.) Tj ET\n"


def _pdf(pages: int, content: bytes) -> bytes:
    """A PDF whose ``pages`` pages all draw one (compressed) content stream."""
    packed = zlib.compress(content, 9)
    kids = " ".join(f"{5 + i} 0 R" for i in range(pages))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>".encode(),
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
               f"<< /Length {len(packed)} /Filter /FlateDecode >>\nstream\n".encode() + packed + b"\nendstream"]
    objects += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> "
                b"/Contents 4 0 R >>"] * pages
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def test_pages_drawing_one_stream_of_empty_operators(hostile, tmp_path):
    pytest.importorskip("pypdf")
    doc = tmp_path / "stall.pdf"
    doc.write_bytes(_pdf(60, b"q Q\n" * 950_000 + LINE))    # 50 KB on disk
    # was: some 5 s a page for 64 characters of text (60 pages: five minutes; 5,000 pages: seven hours)
    r = hostile.cli("check", doc, expect=1, timeout=120)
    assert "of page content for" in r.err and "by page 5 of 60" in r.err
    ok = tmp_path / "fine.pdf"
    ok.write_bytes(_pdf(3, LINE * 40))
    r = hostile.cli("check", ok, "--json", expect=0)
    assert '"White House"' in r.out


def test_pages_drawing_one_stream_of_text_stop_at_the_text_limit(hostile, monkeypatch):
    # 4,000 pages of one 200 KB stream took a quarter of an hour to read, and were then refused whole
    from unspin.formats import pdf
    from unspin.formats.errors import InputError
    from unspin.formats.registry import MAX_BYTES

    class Page:
        read = 0

        def get_contents(self):
            return None

        def extract_text(self):
            Page.read += 1
            return "officer " * 160_000

    class Document:
        pages = [Page() for _ in range(4000)]

    with pytest.raises(InputError, match="holds over 20 million characters of text by page 17 of 4000"):
        pdf._page_texts(Document(), "many.pdf")
    assert Page.read == MAX_BYTES // 1_280_000 + 1
