"""Every question the window asks the user, in one replaceable object.

The window never calls QMessageBox or QFileDialog directly; tests give it a scripted Prompts
instead, so no modal dialog can block a test run.
"""
from __future__ import annotations

import time
from enum import Enum

from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox, QWidget

from unspin.formats import registry


class PendingChoice(Enum):
    APPLY = "apply"        # apply the pending suggestions before saving
    KEEP = "keep"          # keep the original words where suggestions are pending
    CANCEL = "cancel"


class CloseChoice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class RecoveryChoice(Enum):
    RECOVER = "recover"    # restore the autosaved text and decisions
    DISCARD = "discard"    # delete the autosave and open the file as it is


def _filters(types) -> list[str]:
    return [f"{label} ({patterns})" for label, patterns in types]


class Prompts:
    def __init__(self, parent: QWidget | None = None):
        self.parent = parent

    def error(self, title: str, message: str) -> None:
        QMessageBox.warning(self.parent, title, message)

    def info(self, title: str, message: str) -> None:
        QMessageBox.information(self.parent, title, message)

    def confirm(self, title: str, message: str) -> bool:
        return QMessageBox.question(self.parent, title, message,
                                    QMessageBox.Ok | QMessageBox.Cancel) == QMessageBox.Ok

    def pending_on_save(self, pending: int) -> PendingChoice:
        box = QMessageBox(QMessageBox.Question, "Pending suggestions",
                          f"{pending} suggestion{'s are' if pending != 1 else ' is'} still pending.\n\n"
                          "Apply them before saving, or keep the original words there?", parent=self.parent)
        apply = box.addButton(f"&Apply {pending}", QMessageBox.AcceptRole)
        keep = box.addButton("&Keep original words", QMessageBox.DestructiveRole)
        cancel = box.addButton(QMessageBox.Cancel)
        # Enter must not apply suggestions nobody has looked at: the default keeps the original
        # words there (the pending suggestions stay pending and come back when the file is reopened).
        box.setDefaultButton(keep)
        box.setEscapeButton(cancel)
        box.exec()
        if box.clickedButton() is apply:
            return PendingChoice.APPLY
        if box.clickedButton() is keep:
            return PendingChoice.KEEP
        return PendingChoice.CANCEL

    def unsaved_changes(self, name: str) -> CloseChoice:
        answer = QMessageBox.question(self.parent, "Unsaved changes",
                                      f"Save the repaired text of {name} before closing it?",
                                      QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel,
                                      QMessageBox.Save)
        return {QMessageBox.Save: CloseChoice.SAVE, QMessageBox.Discard: CloseChoice.DISCARD}.get(
            answer, CloseChoice.CANCEL)

    def recover(self, name: str, saved_at: float) -> RecoveryChoice:
        when = time.strftime("%H:%M on %d %B %Y", time.localtime(saved_at)) if saved_at else "an earlier session"
        box = QMessageBox(QMessageBox.Warning, "Recover unsaved work",
                          f"Unspin did not close normally while you were reviewing {name}. Your unsaved "
                          f"work from {when} was kept.\n\nRecover it, or discard it and open the file "
                          "as it is on disk?", parent=self.parent)
        recover = box.addButton("&Recover", QMessageBox.AcceptRole)
        discard = box.addButton("&Discard", QMessageBox.DestructiveRole)
        box.setDefaultButton(recover)
        box.setEscapeButton(recover)   # closing the box never throws the work away
        box.exec()
        return RecoveryChoice.DISCARD if box.clickedButton() is discard else RecoveryChoice.RECOVER

    def open_path(self, folder: str) -> str | None:
        path, _ = QFileDialog.getOpenFileName(self.parent, "Open document", folder,
                                              ";;".join(_filters(registry.open_types())))
        return path or None

    def save_path(self, suggested: str) -> str | None:
        """Ask where to save. The filter shown is the suggested name's format; a name typed without
        a suffix Unspin writes gets the suffix of the filter chosen."""
        filters = _filters(registry.save_types())
        dialog = QFileDialog(self.parent, "Save repaired document as")
        dialog.setAcceptMode(QFileDialog.AcceptSave)
        dialog.setFileMode(QFileDialog.AnyFile)
        dialog.setNameFilters(filters)
        fmt = registry.format_for(suggested)
        if fmt is not None and fmt.writer is not None:
            dialog.selectNameFilter(next(f for f in filters if f.startswith(f"{fmt.label} (")))
        dialog.setDirectory(str(Path(suggested).parent))
        dialog.selectFile(Path(suggested).name)
        if dialog.exec() != QDialog.Accepted or not dialog.selectedFiles():
            return None
        chosen = dialog.selectedNameFilter()
        fmt = next((registry.FORMATS[kind] for kind in registry.FORMATS
                    if chosen.startswith(f"{registry.FORMATS[kind].label} (")), registry.FORMATS["text"])
        return str(registry.with_suffix_of(dialog.selectedFiles()[0], fmt))

    def confidence(self, default: float) -> float | None:
        value, ok = QInputDialog.getDouble(self.parent, "Accept all above a confidence",
                                           "Accept every pending suggestion with a confidence of at least:",
                                           default, 0.0, 1.0, 2)
        return value if ok else None
