"""Preferences ▸ Spinner thesauri: lists the settings folder's files, adds a checked copy, removes it."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from unspin.gui.preferences import PreferencesDialog
from unspin.store.settings import Settings, user_thesaurus_dir


def _picking(tmp_path: Path, monkeypatch, name: str, text: str, box: str) -> tuple[Path, list]:
    """A settings folder of its own, a file the Add dialog will pick, and the messages the dialog
    shows with ``QMessageBox.<box>``."""
    monkeypatch.setenv("UNSPIN_CONFIG_DIR", str(tmp_path / "cfg"))
    src = tmp_path / name
    src.write_text(text, encoding="utf-8")
    said: list = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(src), "")))
    monkeypatch.setattr(QMessageBox, box, staticmethod(lambda *a, **k: said.append(a[2])))
    return src, said


def test_add_and_remove_a_thesaurus(qtbot, tmp_path: Path, monkeypatch):
    src, shown = _picking(tmp_path, monkeypatch, "farm.txt", "bill|invoice\nno separator here\n{final|ultimate}\n",
                          "information")
    dlg = PreferencesDialog(Settings(), ["news-spinner"])
    qtbot.addWidget(dlg)
    assert dlg.thesauri.count() == 0 and not dlg.remove_thesaurus.isEnabled()
    add = next(b for b in dlg.findChildren(type(dlg.remove_thesaurus)) if b.text().startswith("&Add Thes"))
    qtbot.mouseClick(add, Qt.LeftButton)
    assert dlg.thesauri.count() == 1 and (user_thesaurus_dir() / "farm.txt").is_file()
    assert shown and ":2:" in shown[0]          # the bad line, by number
    dlg.thesauri.setCurrentRow(0)
    qtbot.mouseClick(dlg.remove_thesaurus, Qt.LeftButton)
    assert dlg.thesauri.count() == 0 and not (user_thesaurus_dir() / "farm.txt").exists()
    assert src.exists()                         # the user's own file is never touched


def test_a_file_without_synonym_lines_is_refused(qtbot, tmp_path: Path, monkeypatch):
    _, warned = _picking(tmp_path, monkeypatch, "notes.txt", "just a note\n", "warning")
    dlg = PreferencesDialog(Settings(), [])
    qtbot.addWidget(dlg)
    dlg._add_thesaurus()
    assert warned and "no synonym lines" in warned[0] and dlg.thesauri.count() == 0
