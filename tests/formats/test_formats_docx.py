"""Word documents: what is read, byte-exact saving outside the edited words, and refused inputs."""
from __future__ import annotations

import io
import re
import zipfile

import pytest

from formats_fixtures import docx_with_document_xml, make_docx
from unspin.core.model import Document, Suggestion
from unspin.formats.errors import InputError
from unspin.formats import package
from unspin.formats.registry import load_document, save_document

docx = pytest.importorskip("docx")

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_WT = re.compile(r"(<w:t(?:\s[^>]*)?>)([^<]*)(</w:t>)")


def suggest(text, word="go to", replacement="visit"):
    return [Suggestion(m.start(), m.end(), m.group(), replacement, rule="test")
            for m in re.finditer(re.escape(word), text)]


def members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {i.filename: zf.read(i) for i in zf.infolist()}


def test_reads_body_tables_headers_footers(tmp_path):
    src = load_document(make_docx(tmp_path / "a.docx"))
    assert src.kind == "docx"
    lines = src.text.split("\n")
    assert lines[0] == "The officers planned a go to to the capital.\tAfter the tab, a go to again."
    assert "Cell with a go to inside" in lines
    assert "Ünïcödé & <angle> text" in lines
    assert "Header: a go to here" in lines and "Footer: nothing to see" in lines
    tab = src.text.index("\t")
    assert (tab, tab + 1) in src.protected


def test_ignore_everything_writes_the_original_package(tmp_path):
    path = make_docx(tmp_path / "a.docx")
    src = load_document(path)
    doc = Document(src.text, suggest(src.text))
    for s in doc:
        doc.ignore(s.id)
    out = tmp_path / "b.docx"
    save_document(src, doc, out)
    assert out.read_bytes() == path.read_bytes()


def test_accepted_words_only_change_and_formatting_is_kept(tmp_path):
    path = make_docx(tmp_path / "a.docx")
    src = load_document(path)
    doc = Document(src.text, suggest(src.text))
    doc.accept_all()
    doc.ignore(1)  # the second 'go to' (after the tab) stays
    out = tmp_path / "b.docx"
    save_document(src, doc, out)

    again = load_document(out)
    assert again.text == _apply(src.text, doc)
    # Every part but the edited ones is byte-identical, in the same order.
    old, new = members(path.read_bytes()), members(out.read_bytes())
    assert list(old) == list(new)
    changed = {n for n in old if old[n] != new[n]}
    assert changed == {"word/document.xml", "word/header1.xml"}
    # In the header, everything outside the <w:t> text is byte-identical, and only that text changed.
    a, b = old["word/header1.xml"].decode(), new["word/header1.xml"].decode()
    assert _WT.sub(r"\1\3", a) == _WT.sub(r"\1\3", b)
    # In the body, the bold "go" became "visit", the italic run " to" that held nothing else went
    # away whole (no empty run is left), and no other byte moved.
    a, b = old["word/document.xml"].decode(), new["word/document.xml"].decode()
    italic = re.search(r"<w:r><w:rPr><w:i/></w:rPr><w:t xml:space=\"preserve\"> to</w:t></w:r>", a)
    assert italic
    expected = (a[:italic.start()] + a[italic.end():]).replace("<w:t>go</w:t>", "<w:t>visit</w:t>", 1)
    expected = expected.replace("Cell with a go to inside", "Cell with a visit inside")
    assert b == expected
    # The replacement spanning a bold and an italic run sits in the first (bold) run.
    runs = docx.Document(str(out)).paragraphs[0].runs
    assert [(r.text, bool(r.bold), bool(r.italic)) for r in runs[:3]] == [
        ("The officers planned a ", False, False), ("visit", True, False),
        (" to the capital.\tAfter the tab, a go to again.", False, False)]


def _runs(path):
    return [[(r.text, bool(r.bold), bool(r.italic)) for r in p.runs] for p in docx.Document(str(path)).paragraphs]


def test_words_kept_by_a_repair_keep_their_own_run(tmp_path):
    d = docx.Document()
    p = d.add_paragraph()
    p.add_run("Local weather").bold = True
    p.add_run(" talks began.")
    p = d.add_paragraph()
    p.add_run("They ")
    p.add_run("go").bold = True
    p.add_run(" to").italic = True
    p.add_run(" Paris.")
    d.save(str(tmp_path / "a.docx"))
    src = load_document(tmp_path / "a.docx")
    assert src.text == "Local weather talks began.\nThey go to Paris."
    doc = Document(src.text, [Suggestion(0, 19, "Local weather talks", "Climate talks"),
                              Suggestion(32, 37, "go to", "visit")])
    doc.accept_all()
    save_document(src, doc, tmp_path / "b.docx")
    assert _runs(tmp_path / "b.docx") == [
        [("Climate", True, False), (" talks began.", False, False)],          # "talks" stays plain
        [("They ", False, False), ("visit", True, False), (" Paris.", False, False)]]  # no empty italic run
    assert load_document(tmp_path / "b.docx").text == "Climate talks began.\nThey visit Paris."


def test_changed_part_is_whole_words():
    from unspin.formats.xmltext import changed_part
    assert changed_part("Local weather talks", "Climate talks") == (0, 13, "Climate")
    assert changed_part("go to", "visit") == (0, 5, "visit")
    assert changed_part("the officers said", "the officials said") == (4, 12, "officials")
    assert changed_part("a plan", "a new plan") == (2, 2, "new ")
    assert changed_part("same", "same") == (4, 4, "")


def _apply(text, doc):
    return doc.repaired_text()


def test_escaping_and_space_preservation(tmp_path):
    xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>'
           '<w:p><w:r><w:t>go</w:t></w:r><w:r><w:t>to&amp;fro</w:t></w:r></w:p>'
           '<w:p><w:r><w:t xml:space="preserve">x <![CDATA[go]]> y</w:t></w:r></w:p></w:body></w:document>')
    path = tmp_path / "h.docx"
    path.write_bytes(docx_with_document_xml(xml.encode()))
    src = load_document(path)
    assert src.text == "goto&fro\nx go y"
    doc = Document(src.text, [Suggestion(0, 4, "goto", "a <b> & "), Suggestion(11, 13, "go", "went")])
    doc.accept_all()
    out = tmp_path / "o.docx"
    save_document(src, doc, out)
    new = members(out.read_bytes())["word/document.xml"].decode()
    assert '<w:t xml:space="preserve">a &lt;b&gt; &amp; </w:t>' in new
    assert "<w:t>&amp;fro</w:t>" in new
    assert '<w:t xml:space="preserve">x went y</w:t>' in new
    assert load_document(out).text == "a <b> & &fro\nx went y"


def test_text_boxes_fallback_and_tracked_deletions(tmp_path):
    mc = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
    xml = (f'<w:document {W} {mc}><w:body><w:p><w:r><w:t>Outer start </w:t></w:r>'
           '<w:r><mc:AlternateContent><mc:Choice><w:txbxContent><w:p><w:r><w:t>Inside the box</w:t></w:r></w:p>'
           '</w:txbxContent></mc:Choice><mc:Fallback><w:p><w:r><w:t>Inside the box</w:t></w:r></w:p></mc:Fallback>'
           '</mc:AlternateContent></w:r><w:del><w:r><w:delText>gone</w:delText></w:r></w:del>'
           '<w:r><w:t>outer end</w:t></w:r><w:r><w:instrText> PAGE </w:instrText></w:r></w:p></w:body></w:document>')
    path = tmp_path / "t.docx"
    path.write_bytes(docx_with_document_xml(xml.encode()))
    assert load_document(path).text == "Outer start outer end\nInside the box"


def test_the_fallback_copy_of_a_text_box_gets_the_same_repair(tmp_path):
    mc = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
    box = '<w:p><w:r><w:t xml:space="preserve">We </w:t></w:r><w:r><w:t>go to the local weather summit</w:t></w:r></w:p>'
    xml = (f'<w:document {W} {mc}><w:body><w:p><w:r><w:t>Before </w:t></w:r>'
           f'<w:r><mc:AlternateContent><mc:Choice><w:txbxContent>{box}</w:txbxContent></mc:Choice>'
           f'<mc:Fallback><w:pict><w:txbxContent>{box}</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>'
           '<w:r><w:t>after.</w:t></w:r></w:p></w:body></w:document>')
    path = tmp_path / "t.docx"
    path.write_bytes(docx_with_document_xml(xml.encode()))
    src = load_document(path)
    assert src.text == "Before after.\nWe go to the local weather summit"
    start = src.text.index("go to")
    doc = Document(src.text, [Suggestion(start, start + 5, "go to", "attend"),
                              Suggestion(src.text.index("local"), len(src.text), "local weather summit",
                                         "climate summit")])
    doc.accept_all()
    save_document(src, doc, tmp_path / "o.docx")
    new = members((tmp_path / "o.docx").read_bytes())["word/document.xml"].decode()
    fixed = '<w:t>attend the climate summit</w:t>'
    assert new.count(fixed) == 2 and "go to" not in new and "local weather" not in new
    assert load_document(tmp_path / "o.docx").text == "Before after.\nWe attend the climate summit"


def test_a_fallback_that_differs_from_its_choice_is_left_alone(tmp_path):
    mc = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
    xml = (f'<w:document {W} {mc}><w:body><w:p><w:r><mc:AlternateContent><mc:Choice><w:txbxContent>'
           '<w:p><w:r><w:t>We go to town</w:t></w:r></w:p></w:txbxContent></mc:Choice><mc:Fallback>'
           '<w:p><w:r><w:t>Older text: go to town</w:t></w:r></w:p></mc:Fallback></mc:AlternateContent></w:r>'
           '</w:p></w:body></w:document>')
    path = tmp_path / "t.docx"
    path.write_bytes(docx_with_document_xml(xml.encode()))
    src = load_document(path)
    start = src.text.index("go to")
    doc = Document(src.text, [Suggestion(start, start + 5, "go to", "visit")])
    doc.accept_all()
    save_document(src, doc, tmp_path / "o.docx")
    new = members((tmp_path / "o.docx").read_bytes())["word/document.xml"].decode()
    assert "<w:t>We visit town</w:t>" in new and "<w:t>Older text: go to town</w:t>" in new


def test_new_docx_from_a_text_file(tmp_path):
    path = tmp_path / "in.txt"
    path.write_text("First go to line.\n\nSecond\tline & <more>.\n", encoding="utf-8")
    src = load_document(path)
    doc = Document(src.text, suggest(src.text))
    doc.accept_all()
    out = tmp_path / "out.docx"
    save_document(src, doc, out)
    paras = [p.text for p in docx.Document(str(out)).paragraphs]
    assert paras == ["First visit line.", "", "Second\tline & <more>.", ""]
    assert load_document(out).text == "First visit line.\n\nSecond\tline & <more>.\n"


def test_docx_saved_as_text_and_markdown(tmp_path):
    src = load_document(make_docx(tmp_path / "a.docx"))
    doc = Document(src.text, suggest(src.text))
    doc.accept(0)
    for name in ("o.txt", "o.md"):
        save_document(src, doc, tmp_path / name)
        expected = doc.repaired_text()
        if name.endswith(".md"):   # the fixture's "Heading 1" paragraph is a Markdown heading there,
            # and the paragraphs are a blank line apart (Markdown joins the lines that are not)
            expected = expected.replace("\nA plain paragraph", "\n# A plain paragraph").replace("\n", "\n\n")
        assert (tmp_path / name).read_text(encoding="utf-8") == expected


# -- refused inputs ---------------------------------------------------------------------------------------
def _refused(tmp_path, data: bytes, name="bad.docx") -> str:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError) as info:
        load_document(path)
    msg = str(info.value)
    assert "\n" not in msg and str(path) in msg
    return msg


def test_duplicate_member_names_are_refused_without_a_warning(tmp_path, recwarn):
    good = members(make_docx(tmp_path / "a.docx").read_bytes())
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        for name, data in good.items():
            zf.writestr(name, data)
        import warnings
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")   # zipfile warns while we build the bad file
            zf.writestr("word/document.xml", good["word/document.xml"].replace(b"officers", b"soldiers"))
    recwarn.clear()
    msg = _refused(tmp_path, out.getvalue(), "dup.docx")
    assert "two parts named word/document.xml" in msg
    assert not [w for w in recwarn.list if issubclass(w.category, UserWarning)]


def test_not_a_zip(tmp_path):
    assert "not a zip package" in _refused(tmp_path, b"Just some text pretending to be Word.")


def test_truncated_zip(tmp_path):
    data = make_docx(tmp_path / "a.docx").read_bytes()
    assert "damaged" in _refused(tmp_path, data[: len(data) // 2])


def test_missing_document_xml(tmp_path):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
    assert "word/document.xml is missing" in _refused(tmp_path, out.getvalue())


def test_encrypted_docx(tmp_path):
    ole = package.OLE_MAGIC + b"\0" * 504 + "EncryptionInfo".encode("utf-16-le") + b"\0" * 64 + \
        "EncryptedPackage".encode("utf-16-le") + b"\0" * 512
    assert "password-protected" in _refused(tmp_path, ole)


def test_old_word_file(tmp_path):
    assert "Word 97-2003" in _refused(tmp_path, package.OLE_MAGIC + b"\0" * 2048)


def test_zip_bomb_by_ratio(tmp_path):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/document.xml", f"<w:document {W}><w:body>" + " " * (8 * 1024 * 1024) + "</w:body></w:document>")
    assert "zip bomb" in _refused(tmp_path, out.getvalue())


def test_zip_bomb_by_declared_size(tmp_path, monkeypatch):
    monkeypatch.setattr(package, "MAX_TOTAL_BYTES", 10_000)
    data = make_docx(tmp_path / "a.docx").read_bytes()
    assert "zip bomb" in _refused(tmp_path, data)


def test_member_lying_about_its_size(tmp_path):
    data = docx_with_document_xml(f"<w:document {W}><w:body><w:p><w:r><w:t>{'x' * 5000}</w:t></w:r></w:p>"
                                  "</w:body></w:document>".encode())
    # Shrink the declared size of word/document.xml in its central directory entry to 100 bytes.
    start = data.find(b"PK\x01\x02")
    while data[start + 46:start + 46 + len(b"word/document.xml")] != b"word/document.xml":
        start = data.find(b"PK\x01\x02", start + 4)
    patched = data[:start + 24] + (100).to_bytes(4, "little") + data[start + 28:]
    msg = _refused(tmp_path, patched)
    assert "larger than it declares" in msg or "cannot be decompressed" in msg


@pytest.mark.parametrize("doctype", [
    '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
    '<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>',
    '<!DOCTYPE w:document SYSTEM "http://example.com/evil.dtd">',
])
def test_dtd_and_entities_are_refused(tmp_path, doctype):
    xml = f'<?xml version="1.0"?>\n{doctype}<w:document {W}><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>'
    assert "DTD" in _refused(tmp_path, docx_with_document_xml(xml.encode()))


def test_malformed_xml(tmp_path):
    xml = f"<w:document {W}><w:body><w:p><w:r><w:t>unclosed</w:r></w:p></w:body></w:document>"
    assert "damaged" in _refused(tmp_path, docx_with_document_xml(xml.encode()))


def test_docx_without_text(tmp_path):
    xml = f"<w:document {W}><w:body><w:p/></w:body></w:document>"
    assert "empty" in _refused(tmp_path, docx_with_document_xml(xml.encode()))


def test_a_pdf_named_docx(tmp_path):
    assert ".pdf extension" in _refused(tmp_path, b"%PDF-1.4\n...")


def test_scanner_keeps_exact_positions_through_odd_markup(tmp_path):
    xml = (f'<?xml version="1.0"?>\n<?mso-application progid="Word.Document"?>\n<w:document {W}>'
           '<!-- <w:p><w:r><w:t>not text</w:t></w:r></w:p> --><w:body>'
           '<w:p><w:pPr><w:pStyle w:val="a&gt;b/>c"/><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>'
           "<w:r><w:t\n  xml:space='preserve' >go to &#233;t&#xE9;</w:t></w:r></w:p>"
           '<x:p xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><x:r><x:t>prefixed go to</x:t>'
           '</x:r></x:p></w:body></w:document>')
    path = tmp_path / "odd.docx"
    path.write_bytes(docx_with_document_xml(xml.encode()))
    src = load_document(path)
    assert src.text == "go to été\nprefixed go to" and src.protected == []   # tab stops are not tabs
    doc = Document(src.text, suggest(src.text))
    doc.accept_all()
    out = tmp_path / "o.docx"
    save_document(src, doc, out)
    new = members(out.read_bytes())["word/document.xml"].decode()
    assert new == xml.replace("go to &#233;t&#xE9;", "visit été").replace(">prefixed go to<", ">prefixed visit<")


def test_words_edited_to_nothing_take_one_space_with_them_in_the_saved_package(tmp_path):
    # helper gui49: "the  vote" in the saved file, as in the window before its fix
    path = make_docx(tmp_path / "a.docx")
    src = load_document(path)
    doc = Document(src.text, suggest(src.text, "planned", "meant"))
    doc.edit(0, "")
    out = tmp_path / "b.docx"
    save_document(src, doc, out)
    again = load_document(out)
    assert again.text.split("\n")[0] == "The officers a go to to the capital.\tAfter the tab, a go to again."
    assert again.text == doc.repaired_text()


def test_two_neighbours_edited_to_nothing_leave_no_space_before_the_full_stop(tmp_path):
    # helper gui50: "praised the ." in the saved file when both words before the full stop went
    import docx
    d = docx.Document()
    p = d.add_paragraph()
    p.add_run("The mayor praised the ")
    p.add_run("nation").bold = True      # the two words in different runs
    p.add_run(" coverage. Then the hall emptied.")
    path = tmp_path / "a.docx"
    d.save(str(path))
    src = load_document(path)
    doc = Document(src.text, [Suggestion(m.start(), m.end(), m.group(), "x")
                              for m in re.finditer("nation|coverage", src.text)])
    for s in doc:
        doc.edit(s.id, "")
    out = tmp_path / "b.docx"
    save_document(src, doc, out)
    assert load_document(out).text == "The mayor praised the. Then the hall emptied." == doc.repaired_text()
