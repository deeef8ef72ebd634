"""A .docx's or .odt's headings saved as Markdown headings, its paragraphs a blank line apart, and a
plain line that begins with "#" escaped so that Markdown does not read a heading that was not one
(helper gui57)."""
from __future__ import annotations

import re

import pytest

from formats_fixtures import make_odt
from unspin.core.model import Document, Suggestion
from unspin.formats.registry import load_document, save_document


def accept_all(source, word="go to", replacement="visit"):
    doc = Document(source.text, [Suggestion(m.start(), m.end(), m.group(), replacement)
                                 for m in re.finditer(word, source.text)])
    doc.accept_all()
    return doc


def test_a_docx_saved_as_markdown_writes_its_headings_with_their_levels(tmp_path):
    docx = pytest.importorskip("docx")
    from docx.enum.style import WD_STYLE_TYPE
    d = docx.Document()
    d.add_paragraph("Report on a go to", style="Heading 1")
    d.add_paragraph("The officers planned a go to.")
    d.add_paragraph("# 1 is not a title here")
    d.add_paragraph("Findings", style="Heading 2")
    mine = d.styles.add_style("Chapter title", WD_STYLE_TYPE.PARAGRAPH)   # a name in no language
    mine.base_style = d.styles["Heading 3"]
    d.add_paragraph("Based on a heading", style=mine)
    d.add_paragraph("Body text again.")
    d.save(str(tmp_path / "report.docx"))
    source = load_document(tmp_path / "report.docx")
    save_document(source, accept_all(source), tmp_path / "report.md")
    assert (tmp_path / "report.md").read_text(encoding="utf-8") == (
        "# Report on a visit\n\nThe officers planned a visit.\n\n\\# 1 is not a title here\n\n## Findings\n\n"
        "### Based on a heading\n\nBody text again.")
    save_document(source, accept_all(source), tmp_path / "report.txt")   # as text: the words only
    assert (tmp_path / "report.txt").read_text(encoding="utf-8").startswith("Report on a visit\n")


def test_a_docx_heading_is_found_after_the_text_before_it_was_retyped(tmp_path):
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_paragraph("Intro words.")
    d.add_paragraph("Results", style="Heading 2")
    d.add_paragraph("Text.")
    d.save(str(tmp_path / "short.docx"))
    source = load_document(tmp_path / "short.docx")
    typed = Document(source.text.replace("Intro words.", "Some new\nintro words typed in."))   # as the window saves
    save_document(source, typed, tmp_path / "short.md")
    assert (tmp_path / "short.md").read_text(encoding="utf-8") == \
        "Some new\n\nintro words typed in.\n\n## Results\n\nText."


def test_an_odt_saved_as_markdown_writes_its_headings(tmp_path):
    path = tmp_path / "paper.odt"
    path.write_bytes(make_odt('<text:h text:outline-level="2">A go to title</text:h>'
                              '<text:p>Body with a go to.</text:p><text:h>Plain h</text:h>'))
    source = load_document(path)
    save_document(source, accept_all(source), tmp_path / "paper.md")
    assert (tmp_path / "paper.md").read_text(encoding="utf-8") == \
        "## A visit title\n\nBody with a visit.\n\n# Plain h"


def test_a_soft_line_break_of_a_docx_or_odt_is_saved_as_a_markdown_hard_break_not_a_paragraph(tmp_path):
    # gui59: "Signed by the go to<w:br/>Town Hall" was saved as two Markdown paragraphs.
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_paragraph("The officers planned a go to.")
    p = d.add_paragraph("Signed after a go to 🙂")
    p.add_run().add_break()
    p.add_run("Town Hall")
    d.add_paragraph("Last.")
    d.save(str(tmp_path / "memo.docx"))
    source = load_document(tmp_path / "memo.docx")
    save_document(source, accept_all(source), tmp_path / "memo.md")        # repairs move the break
    assert (tmp_path / "memo.md").read_text(encoding="utf-8") == (
        "The officers planned a visit.\n\nSigned after a visit 🙂\\\nTown Hall\n\nLast.")
    path = tmp_path / "memo.odt"
    path.write_bytes(make_odt("<text:p>One go to<text:line-break/>two</text:p><text:p>Three</text:p>"))
    source = load_document(path)
    save_document(source, accept_all(source), tmp_path / "memo2.md")
    assert (tmp_path / "memo2.md").read_text(encoding="utf-8") == "One visit\\\ntwo\n\nThree"
