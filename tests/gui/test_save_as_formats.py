"""Save As follows the document's format: the dialog's filter and name, and the suffix of a bare name."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog

from tests.formats.formats_fixtures import make_docx
from unspin.gui.prompts import Prompts


@pytest.fixture
def dialog_answers(monkeypatch):
    """Patch QFileDialog.exec: record what the dialog shows, then type ``answer['name']`` into it
    and pick ``answer['filter']`` (a label) before accepting."""
    seen: dict = {}
    answer: dict = {"name": None, "filter": None}

    def exec_(dialog):
        seen["filter"] = dialog.selectedNameFilter()
        seen["filters"] = dialog.nameFilters()
        seen["files"] = dialog.selectedFiles()
        if answer["name"] is None:
            return QDialog.Rejected
        if answer["filter"]:
            dialog.selectNameFilter(next(f for f in dialog.nameFilters() if f.startswith(answer["filter"] + " (")))
        dialog.selectFile(answer["name"])
        return QDialog.Accepted

    monkeypatch.setattr(QFileDialog, "exec", exec_)
    return seen, answer


def test_the_dialog_offers_the_documents_own_format(qtbot, dialog_answers, tmp_path):
    seen, answer = dialog_answers
    prompts = Prompts(None)
    assert prompts.save_path(str(tmp_path / "article-repaired.docx")) is None     # cancelled
    assert seen["filter"] == "Word document (*.docx)"
    assert seen["files"] and Path(seen["files"][0]).name == "article-repaired.docx"
    assert "Text (*.txt *.text)" in seen["filters"] and "OpenDocument text (*.odt)" in seen["filters"]
    prompts.save_path(str(tmp_path / "notes-repaired.md"))
    assert seen["filter"].startswith("Markdown (")


@pytest.mark.parametrize("typed, chosen, expected", [
    ("mine", "Word document", "mine.docx"),
    ("mine", "OpenDocument text", "mine.odt"),
    ("mine", "Text", "mine.txt"),
    ("mine.v2", "Markdown", "mine.v2.md"),      # not a suffix Unspin writes: the format's is added
    ("mine.odt", "Word document", "mine.odt"),  # a suffix typed on purpose is kept
])
def test_a_bare_name_gets_the_chosen_formats_suffix(qtbot, dialog_answers, tmp_path, typed, chosen, expected):
    _, answer = dialog_answers
    answer.update(name=str(tmp_path / typed), filter=chosen)
    assert Path(Prompts(None).save_path(str(tmp_path / "article-repaired.docx"))) == tmp_path / expected


def test_save_as_of_a_docx_in_the_window(qtbot, make_window, prompts, tmp_path):
    pytest.importorskip("docx")
    import docx
    path = make_docx(tmp_path / "article.docx")
    w = make_window(path)
    prompts.save_path_answer = None
    assert not w.files.save_as()
    assert ("save_path", str(tmp_path / "article-repaired.docx")) in prompts.asked
    out = tmp_path / "out.docx"
    prompts.save_path_answer = str(out)
    from unspin.gui.prompts import PendingChoice
    prompts.pending_choice = PendingChoice.APPLY
    assert w.files.save_as()
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "planned a visit to the capital" in text and "go to" not in text.split("\t")[0]


def test_save_as_of_a_pdf_proposes_text(qtbot, make_window, prompts, tmp_path):
    from tests.formats.formats_fixtures import make_pdf
    path = tmp_path / "paper.pdf"
    path.write_bytes(make_pdf([["The White Home mentioned the plan."]]))
    w = make_window(path)
    prompts.save_path_answer = None
    assert not w.files.save_as()
    assert ("save_path", str(tmp_path / "paper-repaired.txt")) in prompts.asked
