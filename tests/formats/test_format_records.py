"""Formats describe themselves: one Format record per kind, and everything else derives from them."""
from __future__ import annotations

from pathlib import Path

import pytest

from unspin.core.model import Document
from unspin.formats import registry
from unspin.formats.errors import OutputError
from unspin.formats.registry import Format, Source


def test_every_format_has_one_record_and_the_dialogs_follow_them():
    assert list(registry.FORMATS) == ["text", "markdown", "docx", "odt", "pdf"]
    labels = [label for label, _ in registry.save_types()]
    assert labels == ["Text", "Markdown", "Word document", "OpenDocument text"]   # PDF is read only
    opened = dict(registry.open_types())
    assert opened["PDF (read only)"] == "*.pdf" and opened["All files"] == "*"
    assert all(f"*{s}" in opened["Documents"] for f in registry.FORMATS.values() for s in f.suffixes if s)
    assert {k for k, f in registry.FORMATS.items() if f.rebuilt_in_place} == {"docx", "odt"}


def test_rebuilt_in_place_only_for_its_own_kind():
    docx = Source(Path("a.docx"), "x", "docx")
    assert registry.rebuilt_in_place(docx, "b.DOCX") and not registry.rebuilt_in_place(docx, "b.odt")
    assert not registry.rebuilt_in_place(Source(Path("a.txt"), "x", "text"), "b.txt")


def test_only_a_docx_and_an_odt_hold_one_paragraph_a_line():
    # Find's spaces and the Markdown writer's blank lines read this (helper gui58)
    assert {k for k in registry.FORMATS if registry.lines_are_paragraphs(Source(None, "x", k))} == {"docx", "odt"}
    assert not registry.lines_are_paragraphs(None)     # no document open


def test_save_as_names():
    home = Path("/home/u")
    assert registry.save_as_name(Source(Path("/d/a.docx"), "x", "docx"), home) == Path("/d/a-repaired.docx")
    assert registry.save_as_name(Source(Path("/d/a.markdown"), "x", "markdown"), home) == Path("/d/a-repaired.markdown")
    assert registry.save_as_name(Source(Path("/d/p.pdf"), "x", "pdf"), home) == Path("/d/p-repaired.txt")
    assert registry.save_as_name(None, home) == home / "repaired.txt"
    assert registry.with_suffix_of("/d/x", registry.FORMATS["odt"]) == Path("/d/x.odt")


def test_a_new_format_is_one_record(tmp_path, monkeypatch):
    """Registering a record is all it takes: reading, writing, refusing and both dialogs follow."""
    for table in ("FORMATS", "READERS", "WRITERS", "READ_ONLY"):
        monkeypatch.setattr(registry, table, dict(getattr(registry, table)))

    def read(path: Path) -> Source:
        return Source(path, path.read_text(encoding="utf-8").upper(), "shout")

    def write(source, document: Document, path: Path, pending: bool) -> bytes:
        return document.repaired_text(pending).lower().encode()

    registry.register(Format("shout", "Shouted text", (".shout",), read, write))
    registry.register(Format("carved", "Stone tablet", (".stone",), read))
    (tmp_path / "a.shout").write_text("quiet words", encoding="utf-8")
    src = registry.load_document(tmp_path / "a.shout")
    assert src.kind == "shout" and src.text == "QUIET WORDS"
    registry.save_document(src, Document(src.text), tmp_path / "b.shout")
    assert (tmp_path / "b.shout").read_text() == "quiet words"
    assert ("Shouted text", "*.shout") in registry.save_types()
    assert ("Stone tablet (read only)", "*.stone") in registry.open_types()
    with pytest.raises(OutputError, match="does not write Stone tablet files"):
        registry.check_can_save(src, tmp_path / "c.stone")


def test_the_line_breaks_inside_a_paragraph_are_a_docx_soft_breaks_and_an_odt_line_breaks(tmp_path):
    from tests.formats.formats_fixtures import docx_with_document_xml, make_odt
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = (f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>Signed 🙂</w:t><w:br/><w:t>Town Hall</w:t>'
            '<w:tab/><w:t>x</w:t></w:r></w:p><w:p><w:r><w:t>Next</w:t></w:r></w:p></w:body></w:document>')
    (tmp_path / "a.docx").write_bytes(docx_with_document_xml(body.encode("utf-8")))
    source = registry.load_document(tmp_path / "a.docx")
    assert source.text == "Signed 🙂\nTown Hall\tx\nNext"
    assert registry.line_breaks_in_paragraphs(source) == [8]               # not the tab, not the paragraph break
    (tmp_path / "a.odt").write_bytes(make_odt("<text:p>One<text:line-break/>two<text:s text:c=\"2\"/>three</text:p>"
                                              "<text:p>Four</text:p>"))
    source = registry.load_document(tmp_path / "a.odt")
    assert source.text == "One\ntwo  three\nFour" and registry.line_breaks_in_paragraphs(source) == [3]
    plain = Source(None, "One\ntwo", "text", protected=[(3, 4)])
    assert registry.line_breaks_in_paragraphs(plain) == [] and registry.line_breaks_in_paragraphs(None) == []
