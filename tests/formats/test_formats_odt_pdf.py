"""OpenDocument text (edited in place) and PDF (read only)."""
from __future__ import annotations

import io
import re
import zipfile

import pytest

from formats_fixtures import make_odt, make_pdf
from unspin.core.model import Document, Suggestion
from unspin.formats.errors import InputError, OutputError
from unspin.formats.pdf import NOTE
from unspin.formats.registry import check_can_save, load_document, save_document

BODY = ('<text:h text:outline-level="1">Title about a go to</text:h>'
        '<text:p>The officers <text:span text:style-name="T1">go</text:span> to<text:s text:c="2"/>the capital'
        '<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body>'
        '<text:p>A note with a go to.</text:p></text:note-body></text:note> today &amp; tomorrow.</text:p>'
        '<office:annotation><text:p>A comment go to</text:p></office:annotation>'
        '<table:table><table:table-row><table:table-cell><text:p>Cell go to</text:p></table:table-cell>'
        '</table:table-row></table:table>')
HEADER = "<style:header><text:p>Header go to</text:p></style:header>"


def suggest(text, word="go to", replacement="visit"):
    return [Suggestion(m.start(), m.end(), m.group(), replacement, rule="test")
            for m in re.finditer(re.escape(word), text)]


def members(data):
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {i.filename: (zf.read(i), i.compress_type) for i in zf.infolist()}


@pytest.fixture
def odt(tmp_path):
    path = tmp_path / "a.odt"
    path.write_bytes(make_odt(BODY, HEADER))
    return path


def test_odt_text(odt):
    src = load_document(odt)
    assert src.kind == "odt"
    assert src.text == ("Title about a go to\nThe officers go to  the capital today & tomorrow.\n"
                        "A note with a go to.\nCell go to\nHeader go to")
    s = src.text.index("  the")
    assert (s, s + 2) in src.protected


def test_odt_round_trip(odt, tmp_path):
    src = load_document(odt)
    doc = Document(src.text, suggest(src.text))
    out = tmp_path / "b.odt"
    save_document(src, doc, out)
    assert out.read_bytes() == odt.read_bytes()   # nothing decided: the very same file
    doc.accept_all()
    doc.ignore(2)
    save_document(src, doc, out)
    assert load_document(out).text == doc.repaired_text()
    old, new = members(odt.read_bytes()), members(out.read_bytes())
    assert list(new)[0] == "mimetype" and new["mimetype"] == (b"application/vnd.oasis.opendocument.text",
                                                                zipfile.ZIP_STORED)
    assert {n for n in old if old[n] != new[n]} == {"content.xml", "styles.xml"}
    content = new["content.xml"][0].decode()
    assert '<text:span text:style-name="T1">visit</text:span><text:s text:c="2"/>' in content
    assert "<text:note-citation>1</text:note-citation>" in content
    assert "<text:p>A note with a go to.</text:p>" in content       # ignored
    assert "today &amp; tomorrow." in content
    assert "<text:p>A comment go to</text:p>" in content            # comments are not analysed
    assert content.replace("visit", "go").replace("</text:span><text:s", "</text:span> to<text:s") \
        .replace("Title about a go<", "Title about a go to<").replace("Cell go<", "Cell go to<") \
        == old["content.xml"][0].decode()


def test_odt_words_kept_by_a_repair_keep_their_own_span(tmp_path):
    body = ('<text:p><text:span text:style-name="T1">Local weather</text:span> talks began.</text:p>'
            '<text:p>They <text:span text:style-name="T1">go</text:span><text:span text:style-name="T2"> to</text:span>'
            ' Paris.</text:p>')
    path = tmp_path / "a.odt"
    path.write_bytes(make_odt(body))
    src = load_document(path)
    assert src.text == "Local weather talks began.\nThey go to Paris."
    doc = Document(src.text, [Suggestion(0, 19, "Local weather talks", "Climate talks"),
                              Suggestion(32, 37, "go to", "visit")])
    doc.accept_all()
    save_document(src, doc, tmp_path / "b.odt")
    with zipfile.ZipFile(tmp_path / "b.odt") as zf:
        content = zf.read("content.xml").decode()
    assert ('<text:p><text:span text:style-name="T1">Climate</text:span> talks began.</text:p>'
            '<text:p>They <text:span text:style-name="T1">visit</text:span> Paris.</text:p>') in content
    assert load_document(tmp_path / "b.odt").text == "Climate talks began.\nThey visit Paris."


def test_odt_made_by_odfpy(tmp_path):
    odf = pytest.importorskip("odf")
    from odf.opendocument import OpenDocumentText
    from odf.text import P, Span
    doc = OpenDocumentText()
    p = P(text="The officers made a ")
    p.addElement(Span(text="go to"))
    p.addText(" to the capital.")
    doc.text.addElement(p)
    path = tmp_path / "odfpy.odt"
    doc.save(str(path))
    src = load_document(path)
    assert src.text == "The officers made a go to to the capital."
    d = Document(src.text, suggest(src.text))
    d.accept_all()
    save_document(src, d, tmp_path / "out.odt")
    assert load_document(tmp_path / "out.odt").text == "The officers made a visit to the capital."
    assert odf is not None


def test_new_odt_from_text(tmp_path):
    path = tmp_path / "in.txt"
    path.write_text("  Two  spaces\tand a tab & more.\nSecond go to line.\n", encoding="utf-8")
    src = load_document(path)
    doc = Document(src.text, suggest(src.text))
    doc.accept_all()
    save_document(src, doc, tmp_path / "out.odt")
    assert load_document(tmp_path / "out.odt").text == "  Two  spaces\tand a tab & more.\nSecond visit line.\n"


@pytest.mark.parametrize("kind,words", [
    ("encrypted", "password-protected"), ("spreadsheet", "spreadsheet"), ("no content", "content.xml is missing")])
def test_odt_refused(tmp_path, kind, words):
    if kind == "encrypted":
        data = make_odt("<text:p>x</text:p>", manifest_extra="<manifest:encryption-data/>")
    elif kind == "spreadsheet":
        data = make_odt("<text:p>x</text:p>", mimetype="application/vnd.oasis.opendocument.spreadsheet")
    else:
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as zf:
            zf.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        data = buf.getvalue()
    path = tmp_path / "bad.odt"
    path.write_bytes(data)
    with pytest.raises(InputError, match=words):
        load_document(path)


# -- PDF ------------------------------------------------------------------------------------------------
PAGES = [["The officers said that a go to to the capital was planned for the first", "week of May, and that",
          "everyone agreed.", "", "A second paragraph (short)."], ["Page two: another go to here."]]


def test_pdf_text_and_note(tmp_path):
    path = tmp_path / "a.pdf"
    path.write_bytes(make_pdf(PAGES))
    src = load_document(path)
    assert src.kind == "pdf" and src.notes == [NOTE] and "not rewritten" in NOTE
    assert "go to to the capital was planned for the first week of May" in src.text
    assert "Page two: another go to here." in src.text


def test_pdf_saved_as_text_markdown_docx_but_not_pdf(tmp_path):
    path = tmp_path / "a.pdf"
    path.write_bytes(make_pdf(PAGES))
    src = load_document(path)
    doc = Document(src.text, suggest(src.text))
    doc.accept_all()
    for name in ("o.txt", "o.md", "o.docx", "o.odt"):
        save_document(src, doc, tmp_path / name)
        assert load_document(tmp_path / name).text.strip() == doc.repaired_text().strip()
    with pytest.raises(OutputError, match="does not write PDF"):
        check_can_save(src, tmp_path / "o.pdf")
    with pytest.raises(OutputError, match="does not write PDF"):
        save_document(src, doc, path)
    assert path.read_bytes() == make_pdf(PAGES)


def test_scanned_pdf(tmp_path):
    path = tmp_path / "scan.pdf"
    path.write_bytes(make_pdf([[], []], image_only=True))
    with pytest.raises(InputError, match="no text layer"):
        load_document(path)


def test_corrupt_pdf(tmp_path):
    path = tmp_path / "bad.pdf"
    path.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 9 0 R >> garbage")
    with pytest.raises(InputError) as info:
        load_document(path)
    assert "\n" not in str(info.value)
    path.write_bytes(b"not a pdf at all")
    with pytest.raises(InputError, match="not a PDF"):
        load_document(path)


def test_encrypted_pdf(tmp_path):
    from pypdf import PdfReader, PdfWriter
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf(PAGES))))
    try:
        writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    except Exception as exc:  # pragma: no cover - depends on pypdf's optional crypto
        pytest.skip(f"pypdf cannot encrypt here: {exc}")
    buf = io.BytesIO()
    writer.write(buf)
    path = tmp_path / "locked.pdf"
    path.write_bytes(buf.getvalue())
    with pytest.raises(InputError, match="password-protected"):
        load_document(path)
