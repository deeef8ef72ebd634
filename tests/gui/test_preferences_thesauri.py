"""Preferences ▸ Spinner thesauri: lists the settings folder's files, adds a checked copy, removes it."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from unspin.gui.preferences import PreferencesDialog
from unspin.store.settings import Settings, user_thesaurus_dir


def test_add_and_remove_a_thesaurus(qtbot, tmp_path: Path, monkeypatch):
    monkeypatch.setenv("UNSPIN_CONFIG_DIR", str(tmp_path / "cfg"))
    src = tmp_path / "farm.txt"
    src.write_text("bill|invoice\nno separator here\n{final|ultimate}\n", encoding="utf-8")
    shown = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(src), "")))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a, **k: shown.append(a[2])))
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
    monkeypatch.setenv("UNSPIN_CONFIG_DIR", str(tmp_path / "cfg"))
    src = tmp_path / "notes.txt"
    src.write_text("just a note\n", encoding="utf-8")
    warned = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(src), "")))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: warned.append(a[2])))
    dlg = PreferencesDialog(Settings(), [])
    qtbot.addWidget(dlg)
    dlg._add_thesaurus()
    assert warned and "no synonym lines" in warned[0] and dlg.thesauri.count() == 0
